"""The window's scheduled push to a central PostgreSQL database, when the ``central_service`` setting names one.

A minute after start and then every hour, this PC's visits and events go to the libpq service the setting names
(its connection and password live in pg_service.conf and .pgpass, never in frontdesk). The push runs on the
thread pool with its own read-only SQLite connection, so the counter keeps logging; a label in the status bar
says when it last succeeded, or that it failed and why (in its tooltip). A failure is never a dialog: staff at
the counter can't fix the network, and the next hour tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.i18n import Text
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import told
from frontdesk.ui.report_jobs import read_only
from frontdesk.ui.services import Services
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.taxonomy import Taxonomy

log = logging.getLogger("frontdesk.central")

FIRST_PUSH_MS = 60_000  # after start-up: the window and the guides come first
EVERY_MS = 60 * 60_000


@dataclass(frozen=True)
class PushJob:
    """What a push needs, copied on the UI thread so the pool thread shares nothing with the window."""

    service: str
    database: Path
    municipality: str
    centre_name: str
    station: str
    taxonomy: Taxonomy
    event_kinds: EventKinds
    agency_names: Mapping[str, Text]

    def __call__(self) -> tuple[int, int]:
        """Push; return the numbers of new visits and new events. Raises CentralError, also when the server extra
        is missing."""
        from frontdesk.central.connection import require_driver, session

        require_driver()
        from frontdesk.central.identity import centre
        from frontdesk.central.push import LocalLog, push

        who = centre(self.municipality, self.centre_name)
        with read_only(self.database) as db, session(f"service={self.service}") as conn:
            result = push(LocalLog(db, self.station, self.taxonomy, self.event_kinds, self.agency_names), conn, who)
            return result.visits.added, result.events.added


class ScheduledPush(QObject):
    """Pushes on a timer while the setting is on; :meth:`configure` again after the settings change."""

    finished = Signal(bool)  # True when the push succeeded

    def __init__(self, services: Services, tasks: BackgroundTasks, agency_names: Mapping[str, Text],
                 status_parent: QWidget, first_delay_ms: int = FIRST_PUSH_MS) -> None:
        super().__init__(status_parent)
        self._services = services
        self._tasks = tasks
        self._agency_names = dict(agency_names)
        self._first_delay_ms = first_delay_ms
        self._busy = False
        self.label = QLabel(status_parent)
        self.label.setAccessibleName(self.tr("Sending til sentral database"))
        self.label.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.push_now)
        self.configure()

    @property
    def service(self) -> str:
        return str(self._services.settings.get("central_service") or "")

    def configure(self) -> None:
        """Start (or stop) the schedule as the setting now says."""
        if not self.service:
            self._timer.stop()
            self.label.hide()
            return
        self.label.setText(self.tr("Sentral: venter"))
        self.label.setToolTip(self.tr("Besøk og arrangementer sendes til den sentrale databasen «%1» hver time.")
                              .replace("%1", self.service))
        self.label.show()
        self._timer.start(self._first_delay_ms)

    def push_now(self) -> bool:
        """Start a push unless one is running or the setting is off; True when one was started."""
        self._timer.start(EVERY_MS)
        if self._busy or not self.service:
            return False
        settings = self._services.settings
        job = PushJob(self.service, self._services.config.database_path, str(settings.get("municipality") or ""),
                      str(settings.get("centre_name") or ""), str(settings.get("station")), self._services.taxonomy,
                      self._services.store.event_kinds, self._agency_names)
        self._busy = True
        self.label.setText(self.tr("Sentral: sender …"))
        self._tasks.run(job, self._done, self._failed)
        return True

    def _done(self, added: object) -> None:
        self._busy = False
        visits, events = added if isinstance(added, tuple) else (0, 0)
        moment = self._services.now().strftime("%H:%M")
        self.label.setText(self.tr("Sentral: sendt %1").replace("%1", moment))
        self.label.setToolTip(self.tr("Siste sending til «%1» kl. %2. Nye besøk: %3. Nye arrangementer: %4.")
                              .replace("%1", self.service).replace("%2", moment).replace("%3", str(visits))
                              .replace("%4", str(events)))
        log.info("pushed to the central database: %s new visits, %s new events", visits, events)
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.label.setText(self.tr("Sentral: ikke sendt"))
        # CentralError messages name the service and PostgreSQL's reason; they never hold visit data.
        self.label.setToolTip(self.tr("Sendingen til den sentrale databasen feilet (%1). Neste forsøk om en "
                                      "time.").replace("%1", told(error)))
        log.warning("push to the central database failed: %s", error)
        self.finished.emit(False)
