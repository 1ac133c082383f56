"""Opening the visit-log database durably, and writing to it: durability pragmas, the integrity check, one
transaction per write and the checkpoint after it.

Every write is checkpointed into the database file before it is acknowledged (see :func:`transaction`), so
``visits.sqlite3`` alone always holds every acknowledged visit: a lost or damaged ``-wal`` file, or a copy of
the database file alone, loses nothing. The tables are made by :mod:`frontdesk.visits.schema`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlite_utils import Database

from frontdesk.visits import database_texts as says
from frontdesk.visits.storage import (
    DamagedDatabaseError,
    DatabaseError,
    is_damage,
    os_storage_error,
    storage_error,
)

log = logging.getLogger("frontdesk.visits")


class OutdatedLogError(DatabaseError):
    """The log was written by an older frontdesk and was opened read-only, so it can't be brought up to date."""


def _folder(db: Database) -> Path:
    """The database's folder, for messages."""
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        row = None
    return Path(str(row[2])).parent if row and row[2] else Path(".")


def _rollback(db: Database) -> None:
    # The write already failed; when the rollback fails too, SQLite has rolled back on its own.
    with suppress(sqlite3.Error):
        db.conn.rollback()


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One atomic write. BEGIN IMMEDIATE takes the write lock up front, so two processes (the app and a CLI
    command) queue instead of failing half-way; DDL inside is atomic too, unlike Python's implicit transactions.
    sqlite-utils' own write helpers commit on their own, so code inside uses plain SQL.

    A full disk or a read-only folder raises StorageError: the transaction is rolled back whole, so the
    database stays as it was after the last acknowledged write. After the commit the write is checkpointed
    into the database file (see :func:`checkpoint`)."""
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            _rollback(db)
            raise
        try:
            db.conn.commit()
        except sqlite3.Error:
            _rollback(db)
            raise
    except sqlite3.Error as exc:
        problem = storage_error(exc, _folder(db))
        if problem is None:
            raise
        log.info("visit log write refused by the disk: %s", problem.problem.value)
        raise problem from exc
    checkpoint(db)


def checkpoint(db: Database) -> bool:
    """Copy every committed write from the WAL into the database file and sync it; True when all of it is there.

    Without this, visits stay in ``visits.sqlite3-wal`` for as long as any other connection has the log open
    (the window, all day): losing that one file, or copying the database file alone, would lose them. FULL
    waits (up to the busy timeout) for readers of an older snapshot, such as a report being read, to finish.
    Never raises: the write is committed and durable in the WAL already, and a caller told it failed would
    log the visit twice. A checkpoint that could not finish is logged and done again by the next write."""
    try:
        row = db.conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
    except sqlite3.Error as exc:
        log.warning("visit log checkpoint failed, the last write is in the WAL only for now: %s", exc)
        return False
    if row is not None and row[0]:
        log.warning("visit log checkpoint waited too long for a reader; the next write copies the rest")
        return False
    return True


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA integrity_check`` is clean, else its first complaint. Raises sqlite3 errors (a file
    that is not a database raises SQLITE_NOTADB)."""
    result = conn.execute("PRAGMA integrity_check").fetchone()
    if result is not None and result[0] == "ok":
        return None
    return str(result[0]) if result else "no answer"


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open (or create) the database durably: WAL, synchronous=FULL, and an integrity check first.

    ``read_only`` opens an existing file without writing anything, for commands that only read (a report, the
    settings list) in a folder that may not be written. Raises DamagedDatabaseError for a damaged file or one
    that isn't a database, StorageError when the folder or disk refuses (read-only, full, missing),
    DatabaseError for anything else. The file is left untouched.
    """
    if read_only:
        return _open_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_storage_error(exc, path.parent) from exc
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), timeout=10.0)  # raises when the file can't be created
        _check_integrity(conn, path)
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL syncs the WAL on every commit: an acknowledged visit survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous=FULL")
    except (sqlite3.DatabaseError, DatabaseError) as exc:
        if conn is not None:
            conn.close()
        raise _opening_error(exc, path) from exc
    return Database(conn)


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    detail = integrity_problem(conn)
    if detail is not None:
        raise DamagedDatabaseError(path, detail[:200])


def _opening_error(error: Exception, path: Path) -> DatabaseError:
    if isinstance(error, DatabaseError):
        return error
    assert isinstance(error, sqlite3.Error)
    if is_damage(error):
        return DamagedDatabaseError(path, str(error))
    problem = storage_error(error, path.parent)
    if problem is not None:
        return problem
    return DatabaseError(says.CANT_OPEN, path=path, reason=error)


def _open_read_only(path: Path) -> Database:
    """A connection that never writes. In a folder that may not be written SQLite can't create the -shm file
    a WAL database is read through; the file is then read as immutable, which is complete because every
    acknowledged write is checkpointed into it, and safe because nobody can write there either."""
    uri = path.resolve().as_uri()
    for query in ("mode=ro", "immutable=1"):
        conn = sqlite3.connect(f"{uri}?{query}", uri=True, timeout=10.0)
        try:
            _check_integrity(conn, path)
        except sqlite3.Error as exc:
            conn.close()
            if query == "mode=ro" and storage_error(exc, path.parent) is not None:
                continue
            raise _opening_error(exc, path) from exc
        except DatabaseError:
            conn.close()
            raise
        return Database(conn)
    raise AssertionError("unreachable: the immutable open either returns or raises")
