"""What Ctrl+Z undoes: the last visit the window has shown, kept in step with a log other programs write too.

``frontdesk visit add`` on the same PC (or a sync) writes to the log through another connection. A light
timer asks SQLite whether that happened (``PRAGMA data_version``: one cheap call); only then are today's
figures read again (``logChanged``) and the visit Ctrl+Z would undo now looked up. The window always knows
which visit that is, and undo is asked for that visit only (``VisitStore.undo_last(only=…)``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.visits.model import Visit
from frontdesk.visits.store import VisitStore

WATCH_MS = 2_000  # how often the window asks whether another program wrote to the log
T = TypeVar("T")


class UndoWatch(QObject):
    logChanged = Signal()  # another connection wrote: today's figures are stale
    undoableChanged = Signal(object)  # the Visit Ctrl+Z would undo now, or None
    loggedOutside = Signal(object)  # a Visit logged outside the window, now the one Ctrl+Z undoes

    def __init__(self, store: VisitStore, station: str, now: Callable[[], datetime],
                 attempt: Callable[[Callable[[], Visit | None]], Visit | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._station = station
        self._now = now
        self._attempt = attempt  # runs a store call; a failure is shown to the clerk and gives None
        self.visit: Visit | None = None
        self._seen_version = store.data_version()
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(lambda: self.check())
        self.timer.start()

    def shown(self, visit: Visit | None) -> None:
        """The window logged (or undid) a visit itself: that is what Ctrl+Z undoes now (or nothing)."""
        changed = (visit.id if visit else None) != (self.visit.id if self.visit else None)
        self.visit = visit
        if changed:
            self.undoableChanged.emit(visit)

    def check(self, force: bool = False) -> bool:
        """Look at the log when another program wrote to it (or when ``force``); True when it had changed."""
        version = self._store.data_version()
        changed = version != self._seen_version
        self._seen_version = version
        if version is None and not force:
            return False  # the log can't be read just now: try again later, without a message each time
        if changed or force:
            self.logChanged.emit()
        if not (changed or force or self.visit is not None):
            return False
        latest = self._attempt(lambda: self._store.undoable(self._station, now=self._now()))
        if latest is None:
            self.shown(None)  # the 10 minutes are over, or it was undone elsewhere
        elif self.visit is None or latest.id != self.visit.id:
            self.shown(latest)
            self.loggedOutside.emit(latest)
        return changed

    def undo(self) -> Visit | None:
        """Undo the visit on show, and only that one; None when it can no longer be undone."""
        shown = self.visit
        if shown is None:
            return None
        undone = self._attempt(lambda: self._store.undo_last(self._station, now=self._now(), only=shown.id))
        if undone is not None:
            self.shown(None)
        return undone
