"""The visit log's error types, and sorting SQLite and OS failures into the ones a user can act on.

Three different things can go wrong with the database file, and each needs a different answer:

* it is *damaged* (:class:`DamagedDatabaseError`): recovery moves it aside and puts a backup back;
* the disk or folder refuses to be written (:class:`StorageError`: read-only, full, missing): the file is fine,
  so it must never be "recovered" — the user frees space or fixes the folder and tries again;
* anything else (:class:`DatabaseError`), such as a database written by a newer frontdesk.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path

from frontdesk.i18n import Text, TextError
from frontdesk.visits import database_texts as says
from frontdesk.visits.messages import storage_message

# Primary SQLite result codes (the low byte of ``sqlite_errorcode``).
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class DatabaseError(TextError, RuntimeError):
    """The database can't be used safely (damaged, or written by a newer frontdesk). The message says what
    to do, in three languages (:mod:`frontdesk.visits.database_texts`); the file is left untouched."""


class DamagedDatabaseError(DatabaseError):
    """The file fails ``PRAGMA integrity_check`` or is not an SQLite database at all. ``detail`` is SQLite's
    own words, or why the file is no log (a Text)."""

    def __init__(self, path: Path, detail: str | Text) -> None:
        super().__init__(says.DAMAGED, path=path, detail=detail)
        self.path = path
        self.detail = detail.en if isinstance(detail, Text) else detail


class StorageProblem(StrEnum):
    READ_ONLY = "read_only"  # the folder or file may not be written
    DISK_FULL = "disk_full"
    CANT_OPEN = "cant_open"  # the folder is missing, or a file stands where a folder should be
    IO_ERROR = "io_error"  # the disk reported a read or write error
    UNREADABLE = "unreadable"  # the folder may not be read (or looked into)
    MOVED = "moved"  # the log file was deleted or replaced while a store had it open


class StorageError(DatabaseError, OSError):
    """The disk or folder refused a read or write; the database itself is not damaged and nothing was stored.

    ``str()`` is the bokmål message; :meth:`message` gives nynorsk and English too. It is also an OSError, so
    code that already handles failing file operations shows it as one.
    """

    def __init__(self, problem: StorageProblem, folder: Path) -> None:
        self.problem = problem
        self.folder = folder
        super().__init__(Text.build(lambda language: storage_message(problem.value, str(folder), language)))


_SQLITE_PROBLEMS = {
    SQLITE_PERM: StorageProblem.READ_ONLY,
    SQLITE_READONLY: StorageProblem.READ_ONLY,
    SQLITE_FULL: StorageProblem.DISK_FULL,
    SQLITE_CANTOPEN: StorageProblem.CANT_OPEN,
    SQLITE_IOERR: StorageProblem.IO_ERROR,
}

# Less free space than this, when SQLite reports a plain I/O error, means the disk is full: SQLite says
# SQLITE_FULL only for the database and WAL files, not for the -shm file it creates when a log is opened.
NEARLY_FULL_BYTES = 1024 * 1024

_OS_PROBLEMS = {
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.ENOTDIR: StorageProblem.CANT_OPEN,
    errno.EEXIST: StorageProblem.CANT_OPEN,  # mkdir where a file of that name exists
    errno.ENOENT: StorageProblem.CANT_OPEN,
    errno.EIO: StorageProblem.IO_ERROR,
}


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file is corrupt or not a database at all."""
    return _primary_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def storage_error(error: sqlite3.Error, folder: Path) -> StorageError | None:
    """The StorageError for an SQLite failure of the disk or folder, or None for any other failure."""
    code = _primary_code(error)
    if code is None:  # older SQLite bindings: fall back on the message
        text = str(error).lower()
        code = SQLITE_FULL if "disk is full" in text else SQLITE_READONLY if "readonly" in text else None
    problem = _SQLITE_PROBLEMS.get(code) if code is not None else None
    if problem is StorageProblem.CANT_OPEN and _is_dir(folder) and not os.access(folder, os.W_OK):
        problem = StorageProblem.READ_ONLY  # SQLite can't create the file in a folder it may not write to
    if problem in (StorageProblem.IO_ERROR, StorageProblem.CANT_OPEN) and _nearly_full(folder):
        problem = StorageProblem.DISK_FULL
    return StorageError(problem, folder) if problem is not None else None


def _is_dir(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except OSError:  # a folder we may not look into
        return False


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def os_storage_error(error: OSError, folder: Path) -> StorageError:
    """The StorageError for a failed file or folder operation (creating the home folder, moving a file)."""
    if isinstance(error, StorageError):
        return error
    problem = _OS_PROBLEMS.get(error.errno or 0, StorageProblem.IO_ERROR)
    if problem is StorageProblem.IO_ERROR and _nearly_full(folder):
        problem = StorageProblem.DISK_FULL
    return StorageError(problem, folder)


def unreadable_home(home: Path) -> StorageError | None:
    """A StorageError when ``home`` exists but may not be listed or looked into, else None (a missing home is
    fine: commands that write create it). Checked first by every command that reads the home, so a folder
    the user may not read is a message, not a PermissionError from deep inside."""
    try:
        with os.scandir(home):
            pass
        # Listing may be allowed without the right to look inside (the x bit): stat a name in it.
        os.stat(home / "visits.sqlite3")
    except FileNotFoundError:
        return None
    except PermissionError:
        return StorageError(StorageProblem.UNREADABLE, home)
    except OSError as exc:
        return os_storage_error(exc, home)
    return None
