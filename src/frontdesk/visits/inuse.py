"""Who has the visit log open: a lock file beside the database, held shared by every open store.

Recovery moves a damaged database aside and puts a backup in its place. On Linux and macOS a file that another
process has open can still be moved, and that process (the window, while ``frontdesk report`` recovers) would
go on writing its visits into the moved file: acknowledged visits missing from the restored log. So every open
store holds this lock shared, and recovery goes ahead only when it can have the lock to itself.

On Windows an open database can't be moved at all, which already stops recovery safely (see
:func:`frontdesk.visits.recovery.recover`), and there are no shared file locks in the standard library: the
lock is not taken there.

Once a log has been set up, one byte is written into the lock file: then a missing or emptied log is known to
have existed even when its backups are gone too (see :func:`frontdesk.visits.recovery.earlier_log_exists`).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from frontdesk.visits import database_texts as says
from frontdesk.visits.storage import DatabaseError, os_storage_error

SUFFIX = ".inuse"
# How long an opening store waits while another process recovers the log (moving files, restoring a backup).
WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05

if sys.platform == "win32":

    def _try_lock(fd: int, exclusive: bool) -> bool:
        return True

else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        """flock, not fcntl's record locks: those are per process, and one process may hold two stores."""
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class InUseLock:
    """The lock for one database file. Not thread-safe; each store has its own."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + SUFFIX)
        self._fd: int | None = None

    def share(self, wait_seconds: float = WAIT_SECONDS) -> None:
        """Hold the lock alongside other open stores. Waits while a recovery holds it alone; raises
        DatabaseError when that takes longer than ``wait_seconds``, StorageError when the folder can't be
        written."""
        fd = self._open()
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(fd, exclusive=False):
            if time.monotonic() >= deadline:
                self.release()
                raise DatabaseError(says.REPAIRING)
            time.sleep(_POLL_SECONDS)

    def take_alone(self) -> bool:
        """Hold the lock alone, without waiting: False while any other store (in any process) has it."""
        fd = self._open()
        if _try_lock(fd, exclusive=True):
            return True
        self.release()
        return False

    def mark_log_set_up(self) -> None:
        """Note in the lock file that a visit log has been set up here (once; the lock file is never removed)."""
        fd = self._open()
        if os.fstat(fd).st_size == 0:
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, b"1")

    @staticmethod
    def log_was_set_up(database: Path) -> bool:
        try:
            return database.with_name(database.name + SUFFIX).stat().st_size > 0
        except OSError:
            return False

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file drops its lock
            self._fd = None

    def _open(self) -> int:
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise os_storage_error(exc, self.path.parent) from exc
        return self._fd
