"""Reading back what can still be read from a damaged visit log, to merge into the backup that replaces it.

A damaged page stops an ordinary table scan at the first row on it, and every visit after it would be lost
with it. So visits are read in rowid order and, where a read fails, the scan jumps over the damage: it looks
for the nearest rowid beyond it from which the table reads again (doubling the jump, then narrowing it down),
and carries on from there. Each row read back is checked like an imported visit before it is merged.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from sqlite_utils import Database

from frontdesk.visits.model import VISIT_FIELDS
from frontdesk.visits.retention import folded_stations

log = logging.getLogger("frontdesk.visits")

MIN_ROWID, MAX_ROWID = -(2**63), 2**63 - 1
# Small tables whose rows in the damaged file are newer than the backup's: read whole, newest wins.
NEWEST_WINS = {"settings": ("key", "value"),
               "supervisor": ("id", "pin_hash", "recovery_hash", "failures", "locked_until")}

# Checks a row read back and returns it normalised, or None to refuse it.
RowCheck = Callable[[dict[str, object]], Mapping[str, object] | None]


def readable_rows(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> Iterator[tuple[object, ...]]:
    """The rows of ``table`` that can still be read, in rowid order, skipping the damaged parts. ``columns``
    starts with the table's key, which is never NULL in a real row."""
    # Without it SQLite may read a damaged page's cells from beyond the page as rows of nonsense instead of
    # failing, depending on what lies next to the page in memory.
    conn.execute("PRAGMA cell_size_check=ON")
    select = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE rowid >= ? ORDER BY rowid"
    after: int | None = None
    while after is None or after < MAX_ROWID:
        try:
            for row in conn.execute(select, [MIN_ROWID if after is None else after + 1]):
                if after is not None and int(row[0]) <= after:  # a damaged page can return rows out of order
                    continue
                if row[1] is None:  # the key column is NOT NULL: a damaged cell read as a row of nothing
                    continue
                after = int(row[0])
                yield tuple(row[1:])
            return
        except sqlite3.DatabaseError:
            after = _beyond_damage(conn, table, MIN_ROWID if after is None else after)
            if after is None:
                return


def _reads_after(conn: sqlite3.Connection, table: str, rowid: int) -> bool:
    try:
        conn.execute(f"SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1", [rowid]).fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def _beyond_damage(conn: sqlite3.Connection, table: str, failed: int) -> int | None:
    """A rowid past ``failed`` from which the table reads again, as near to the damage as the search finds;
    None when nothing beyond it reads."""
    # The log's rows have rowids from 1 up: a scan that failed before its first row searches from 0, since
    # doubling from the smallest possible rowid would leap past every row at once.
    base = max(failed, 0)
    step = 1
    while True:
        probe = base + step
        if probe >= MAX_ROWID:
            return None
        if _reads_after(conn, table, probe):
            break
        step *= 2
    low, high = probe - step // 2 if step > 1 else base, probe  # low fails, high reads
    while high - low > 1:
        middle = (low + high) // 2
        if _reads_after(conn, table, middle):
            high = middle
        else:
            low = middle
    return high


def copy_damaged(damaged: Path, scratch: Path) -> Path:
    """Copy the damaged file and its WAL to ``scratch`` (and ``scratch``-wal): it is read there, so the file kept
    for IT is never touched, not even by the -shm file a reader creates. Raises OSError (a full disk)."""
    remove_copy(scratch)
    for suffix in ("", "-wal"):
        source = damaged.with_name(damaged.name + suffix)
        if source.exists():
            shutil.copyfile(source, scratch.with_name(scratch.name + suffix))
    return scratch


def remove_copy(scratch: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        scratch.with_name(scratch.name + suffix).unlink(missing_ok=True)


def _open(path: Path) -> sqlite3.Connection | None:
    """A connection to the copy, or None when it can't be opened as a database at all."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(str(path))
        conn.execute("SELECT name FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error:
        return None
    return conn


def salvage_into(target: sqlite3.Connection, damaged: Path, accept: RowCheck, scratch: Path) -> int:
    """Merge the readable visits of ``damaged`` into ``target`` (idempotent by visit id; months already folded
    for a station are skipped, as an import does), and its readable settings and supervisor PIN state.
    ``scratch`` is where the damaged file is copied to be read. Returns how many visits were added. The caller
    commits."""
    source = _open(copy_damaged(damaged, scratch))
    if source is None:
        remove_copy(scratch)
        return 0
    added = rejected = 0
    folded: dict[str, set[str]] = {}
    insert = (f"INSERT OR IGNORE INTO visits ({', '.join(VISIT_FIELDS)}) "
              f"VALUES ({', '.join('?' * len(VISIT_FIELDS))})")
    try:
        for values in readable_rows(source, "visits", VISIT_FIELDS):
            row = accept(dict(zip(VISIT_FIELDS, values, strict=True)))
            if row is None:
                rejected += 1
                continue
            month = str(row["date"])[:7]
            if str(row["station"]) in folded.setdefault(month, _folded(target, month)):
                continue
            added += target.execute(insert, [row[name] for name in VISIT_FIELDS]).rowcount
        for table, columns in NEWEST_WINS.items():
            _copy_newest(source, target, table, columns)
    finally:
        source.close()
        remove_copy(scratch)
    log.warning("salvaged %d visits from the damaged visit log (%d unreadable rows refused)", added, rejected)
    return added


def _folded(target: sqlite3.Connection, month: str) -> set[str]:
    return folded_stations(Database(target), month)


def _copy_newest(source: sqlite3.Connection, target: sqlite3.Connection, table: str,
                 columns: tuple[str, ...]) -> None:
    rows = list(readable_rows(source, table, columns)) if _has_table(source, table) else []
    for values in rows:
        target.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * len(columns))})", values)


def _has_table(conn: sqlite3.Connection, table: str) -> bool:
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            [table]).fetchone() is not None
    except sqlite3.DatabaseError:
        return False
