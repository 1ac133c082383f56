"""One frontdesk per home folder: a second start is told clearly instead of fighting over the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "frontdesk.lock"


class SingleInstance:
    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(home / LOCK_NAME))
        # Never stale by age: the app runs all day. A lock left by a crashed process is still taken over,
        # because Qt checks whether the owning process is alive.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        return self._lock.tryLock(200)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
