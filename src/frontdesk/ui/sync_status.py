"""Sync for the window: runs visits/sync.py on a thread of its own and shows how it went, quietly.

A few seconds after each visit or event (so a burst of visits is one write) this PC's files are written; every
few minutes, at start, when the reports open and on request the other PCs' files are read too; at close there
is one last write. A slow or vanished share never freezes the window: the work runs on its own one-thread pool
(a hung share can't hold up reports), a request made while one runs is queued as one more run, and failures
are a line in the status bar. Only what needs someone to act (another PC using this PC's station name) opens
a message, once per session.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import friendly_message
from frontdesk.ui.services import Services
from frontdesk.visits.sync import SyncRun, configured_folder, open_log, run
from frontdesk.visits.sync_files import Problem, problem_text
from frontdesk.visits.sync_state import KnownStation, known_stations

log = logging.getLogger(__name__)

DEBOUNCE_MS = 5_000
INTERVAL_MS = 5 * 60_000
STARTUP_MS = 3_000
CLOSE_WAIT_MS = 5_000


@dataclass(frozen=True)
class SyncAnswer:
    run: SyncRun
    known: list[KnownStation] = field(default_factory=list)


def local_time(stamp: str | None) -> str:
    """A stored UTC minute as this PC's local "dd.mm. HH:MM"."""
    if stamp is None:
        return "–"
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC).astimezone()
    return moment.strftime("%d.%m. %H:%M")


class SyncController(QObject):
    statusChanged = Signal()  # message, known stations or busy changed
    visitsArrived = Signal(int)  # how many visits and events another PC's files added
    actionNeeded = Signal(str)  # a problem someone must fix, in words

    def __init__(self, services: Services, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self._tasks = BackgroundTasks(self, max_threads=1)
        self._running = False
        self._closed = False
        self._queued: bool | None = None  # None: nothing queued; else whether the queued run reads too
        self._announced: set[str] = set()  # installs whose name clash was already shown this session
        self.message = ""
        self.details = ""
        self.known: list[KnownStation] = []
        self.last_run: SyncRun | None = None
        self._folder = configured_folder(services.settings)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._start(read=False))
        self._interval = QTimer(self)
        self._interval.setInterval(INTERVAL_MS)
        self._interval.timeout.connect(lambda: self._start(read=True))
        self._interval.start()
        self._startup = QTimer(self)
        self._startup.setSingleShot(True)
        self._startup.timeout.connect(self.sync_now)
        self._startup.start(STARTUP_MS)

    @property
    def enabled(self) -> bool:
        return configured_folder(self._services.settings) is not None

    @property
    def busy(self) -> bool:
        return self._running

    def visit_changed(self) -> None:
        """A visit or event was logged or undone: write this PC's files in a few seconds."""
        if self.enabled:
            self._debounce.start()

    def sync_now(self) -> None:
        """Write this PC's files and read the others' now (in the background)."""
        self._start(read=True)

    def _start(self, *, read: bool) -> None:
        self._folder = configured_folder(self._services.settings)
        if self._folder is None:
            if self.message:
                self._show("", "")
            return
        if self._running:
            self._queued = read or bool(self._queued)
            return
        self._launch(self._folder, read=read)

    def _launch(self, folder: Path, *, read: bool) -> None:
        self._running = True
        self._debounce.stop()
        database, taxonomy = self._services.store.path, self._services.taxonomy
        checker, kinds = self._services.store.checker, self._services.store.event_kinds

        def work() -> SyncAnswer:
            with open_log(database, checker, taxonomy, kinds) as log_:
                done = run(log_, folder, read=read)
                return SyncAnswer(done, known_stations(log_.db, log_.settings.install_id()))

        self.statusChanged.emit()
        self._tasks.run(work, self._done, self._failed)

    def _done(self, answer: SyncAnswer) -> None:
        self._running = False
        self.last_run, self.known = answer.run, answer.known
        self._show(*self._describe(answer.run))
        collected = answer.run.collected
        added = collected.added + collected.events_added if collected else 0
        if added:
            self.visitsArrived.emit(added)
        self._announce(answer.run)
        self._next()

    def _failed(self, error: BaseException) -> None:
        # The local log was busy or refused (a full disk): its visits are safe, and the next run tries again. A
        # bug is logged for IT rather than shown every few minutes.
        self._running = False
        reason = friendly_message(error)
        if reason is None:
            log.error("sync run failed", exc_info=(type(error), error, error.__traceback__))
        self._show(self.tr("Delt mappe: synkroniseringen feilet; prøver igjen senere."), reason or "")
        self._next()

    def _next(self) -> None:
        if self._queued is not None and not self._closed:
            read, self._queued = self._queued, None
            self._start(read=read)

    def _describe(self, done: SyncRun) -> tuple[str, str]:
        failure = done.publish_error or done.collect_error
        now = datetime.now().strftime("%H:%M")
        if failure is not None:
            text = problem_text(failure.problem.value, self._language)
            return self.tr("Delt mappe: %1").replace("%1", text), str(failure)
        problems = done.collected.problems if done.collected else []
        if problems:
            details = "\n".join(f"{p.station or p.install[:8]}: {p.describe(self._language)}" for p in problems)
            return self.tr("Delt mappe: %n skranke(r) med problemer (%1)", "", len(problems)).replace("%1", now), \
                details
        return self.tr("Delt mappe: oppdatert %1").replace("%1", now), ""

    def _show(self, message: str, details: str) -> None:
        self.message, self.details = message, details
        self.statusChanged.emit()

    def _announce(self, done: SyncRun) -> None:
        for outcome in done.collected.problems if done.collected else []:
            if outcome.problem is Problem.SAME_STATION and outcome.install not in self._announced:
                self._announced.add(outcome.install)
                self.actionNeeded.emit(outcome.describe(self._language))

    def shutdown(self) -> None:
        """Stop the timers, write this PC's files one last time, and wait a few seconds for it. A share that
        hangs longer doesn't keep the window open; the process ends when the share answers or the system gives
        up on it, and what wasn't written waits safely in the local log for the next start."""
        if self._closed:
            return
        self._closed = True
        for timer in (self._startup, self._debounce, self._interval):
            timer.stop()
        if self._folder is not None:  # the last run's folder: the window's own connection may be closed already
            self._launch(self._folder, read=False)  # after a run under way: the pool has one thread
        if not self._tasks.wait(CLOSE_WAIT_MS):
            log.warning("sync still running at close")


class SyncStatusLabel(QLabel):
    """The status bar's sync line; the tooltip has the details. Hidden while no shared folder is set."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setAccessibleName(self.tr("Delt mappe"))
        controller.statusChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = self._controller.message
        if self._controller.busy and not text:
            text = self.tr("Delt mappe: synkroniserer …")
        self.setText(text)
        self.setToolTip(self._controller.details)
        self.setVisible(bool(text))


class StationsTable(QTableWidget):
    """The stations this PC knows from the shared folder and when each was last seen (for the reports)."""

    def __init__(self, controller: SyncController, language: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self._controller = controller
        self._language = language
        self.setAccessibleName(self.tr("Skranker i den delte mappen"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setHorizontalHeaderLabels([self.tr("Skranke"), self.tr("Sist skrevet (filserverens klokke)"),
                                        self.tr("Sist sjekket"), self.tr("Status")])
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        controller.statusChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        known = self._controller.known
        self.setRowCount(len(known))
        for row, station in enumerate(known):
            name = station.station or station.install[:8]
            if station.this_pc:
                name = self.tr("%1 (denne PC-en)").replace("%1", name)
            state = problem_text(station.problem, self._language)
            if station.name_shared:
                state += "; " + self.tr("en annen PC bruker samme navn")
            for column, text in enumerate((name, local_time(station.last_seen), local_time(station.checked), state)):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeColumnsToContents()
