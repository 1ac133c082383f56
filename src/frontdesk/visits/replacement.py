"""The replacement for a damaged or lost visit log, written beside it before it takes its place.

It is the newest healthy backup (or an empty log) brought up to date, with the visits salvaged from the damaged
file and the note of what happened, committed together. A replacement holding its note is complete: a recovery
killed after moving the damaged file away finds it and only has to rename it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from frontdesk.visits.database import integrity_problem, transaction
from frontdesk.visits.salvage import RowCheck, remove_copy, salvage_into
from frontdesk.visits.schema import migrate

RESTORING = ".restoring"
SALVAGING = ".salvaging"  # the copy of the damaged file that is read


def is_healthy(path: Path) -> bool:
    """True when ``path`` is an SQLite database that passes ``integrity_check``. Opened read-only: a backup
    that is being checked must not change."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return integrity_problem(conn) is None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _copy_database(source_path: Path, destination_path: Path) -> None:
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(str(destination_path))
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def build_replacement(temp: Path, backup: Path | None, damaged: Path | None, accept: RowCheck, reason: str,
                      damaged_copy: str | None) -> int:
    """Write the replacement log to ``temp``: the backup (or an empty log) brought up to date, the visits
    salvaged from ``damaged``, and the note, committed together. Returns how many visits were salvaged."""
    if backup is not None:
        _copy_database(backup, temp)
    conn = sqlite3.connect(str(temp), timeout=10.0)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # no -wal beside a file that is about to be renamed
        conn.execute("PRAGMA synchronous=FULL")
        db = Database(conn)
        migrate(db)
        with transaction(db):
            scratch = temp.with_name(temp.name.removesuffix(RESTORING) + SALVAGING)
            salvaged = salvage_into(conn, damaged, accept, scratch) if damaged is not None else 0
            db.execute("DELETE FROM recovery_notes")
            db.execute("INSERT INTO recovery_notes (reason, damaged_copy, backup, salvaged) VALUES (?, ?, ?, ?)",
                       [reason, damaged_copy, backup.name if backup is not None else None, salvaged])
    finally:
        conn.close()
    return salvaged


def finished_replacement(temp: Path) -> tuple[bool, str | None]:
    """Whether ``temp`` is a replacement completely written (its note is in it) by a recovery that was killed
    before the rename, and the damaged copy its note names."""
    if not temp.is_file() or not is_healthy(temp):
        return False, None
    conn = sqlite3.connect(f"{temp.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT damaged_copy FROM recovery_notes ORDER BY rowid DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return False, None
    finally:
        conn.close()
    return row is not None, str(row[0]) if row is not None and row[0] else None


def remove_replacement(temp: Path) -> None:
    for leftover in (temp, temp.with_name(temp.name + "-journal")):
        leftover.unlink(missing_ok=True)
    remove_copy(temp.with_name(temp.name.removesuffix(RESTORING) + SALVAGING))


