"""Long work (reports over a year of visits, exports, guide-pack import) on a thread pool, never the UI thread.

A job is a plain function that takes nothing and returns a value; it must not touch widgets and must open its
own database connection (SQLite connections belong to the thread that made them). Its result or exception is
delivered on the UI thread to the slots given to :meth:`BackgroundTasks.run`. Those should be bound methods of
QObjects: Qt then queues the call to the receiver's thread and drops it if the receiver (a closed dialog) is
gone, so a late answer never touches a deleted widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; the pool thread emits on it, so Qt queues each signal to the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class BackgroundTasks(QObject):
    """The window's thread pool. Call :meth:`shutdown` before the window goes away."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running = 0

    @property
    def running(self) -> int:
        """Jobs started and not yet delivered."""
        return self._running

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], object],
            on_error: Callable[[BaseException], object]) -> None:
        relay = _Relay(self)
        relay.succeeded.connect(on_done)
        relay.failed.connect(on_error)
        relay.finished.connect(self._finished)
        self._running += 1

        def job() -> None:
            try:
                result = work()
            except Exception as error:  # delivered to on_error; the pool thread must survive it
                log.warning("background job failed: %s", type(error).__name__)
                relay.failed.emit(error)
            else:
                relay.succeeded.emit(result)
            finally:
                relay.finished.emit()

        self._pool.start(job)

    def _finished(self) -> None:
        self._running -= 1
        sender = self.sender()
        if sender is not None:
            sender.deleteLater()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has returned (tests and shutdown); their answers are still queued."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._pool.clear()  # jobs not started yet are dropped; running ones finish (a report can't be cut short)
        self._pool.waitForDone()
