"""Getting the counter going again when the visit log is found damaged, emptied or missing at start.

* *damaged*: the file fails ``integrity_check`` or is not a database;
* *empty*: the file is there but holds no log (cut to 0 bytes, or replaced by an empty database);
* *missing*: the file is gone.

An empty or missing log is a loss only when a log existed here before: there are backups of it (the first
is made as soon as a new log is set up), its lock file carries the mark of a set-up log, or a recovery was left
half-way. Otherwise it is a first start and nothing is said.

The replacement is built beside the log under a temporary name first: the newest healthy backup (or an empty
log), every visit still readable in the damaged file (:mod:`frontdesk.visits.salvage`), and a note of what
happened. Only then is the damaged file moved — never deleted — to ``<home>/damaged/`` with its -wal and -shm,
and the replacement renamed into place. A recovery killed half-way is done again, or finished, at the next
start; and the note is shown by the next store that opens the log, so the user is told even then.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from frontdesk.atomic_file import sync_folder
from frontdesk.visits import database_texts as says
from frontdesk.visits.backup import PREFIX, SUFFIX, backup_time, describe, existing_backups
from frontdesk.visits.database import transaction
from frontdesk.visits.inuse import InUseLock
from frontdesk.visits.messages import recovery_message
from frontdesk.visits.replacement import (
    RESTORING,
    build_replacement,
    finished_replacement,
    is_healthy,
    remove_replacement,
)
from frontdesk.visits.salvage import RowCheck
from frontdesk.visits.storage import DamagedDatabaseError, DatabaseError, os_storage_error, storage_error

log = logging.getLogger("frontdesk.visits")

DAMAGED_FOLDER = "damaged"
# The files SQLite keeps next to the database in WAL mode; they are part of its state and move with it.
COMPANIONS = ("-wal", "-shm")
DAMAGED, EMPTY, MISSING = "damaged", "empty", "missing"


class LostDatabaseError(DamagedDatabaseError):
    """The visit log is missing or empty although a log existed here before."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, says.FILE_MISSING if reason == MISSING else says.FILE_EMPTY)
        self.reason = reason


@dataclass(frozen=True)
class Recovery:
    """What a recovery did, as its note in the restored log tells; the CLI and the window show :meth:`message`."""

    reason: str  # DAMAGED, EMPTY or MISSING
    damaged_copy: Path | None  # where the damaged file now is; None when there was no file to move
    backup: Path | None  # the backup that was put back, or None when the log started empty
    salvaged: int = 0  # visits read back from the damaged file that the backup did not have

    @property
    def backup_date(self) -> date | None:
        moment = backup_time(self.backup) if self.backup is not None else None
        return moment.date() if moment is not None else None

    def message(self, language: str = "nb") -> str:
        moved = str(self.damaged_copy) if self.damaged_copy is not None else None
        when = describe(self.backup, language) if self.backup is not None else None
        return recovery_message(self.reason, moved, when, self.salvaged, language)


def take_note(db: Database, database: Path, backup_dir: Path | None) -> Recovery | None:
    """The recovery the log's note tells of, if there is one; the note is deleted, as it is now handed over to
    be shown (and so no backup carries it)."""
    rows = db.execute("SELECT reason, damaged_copy, backup, salvaged FROM recovery_notes ORDER BY rowid").fetchall()
    if not rows:
        return None
    with transaction(db):
        db.execute("DELETE FROM recovery_notes")
    reason, copy, backup, salvaged = rows[-1]
    return Recovery(str(reason), database.parent / DAMAGED_FOLDER / str(copy) if copy else None,
                    (backup_dir or database.parent) / str(backup) if backup else None, int(salvaged or 0))


def _holds_log(path: Path) -> bool:
    """True when the (healthy) database has been set up as a visit log: a new or emptied file has not."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_migrations'").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None


def earlier_log_exists(database: Path, backup_dir: Path) -> bool:
    """Whether a visit log existed here before: backups of it, the mark a set-up log leaves in its lock file, or
    a recovery left half-way."""
    return (bool(existing_backups(backup_dir)) or InUseLock.log_was_set_up(database)
            or database.with_name(database.name + RESTORING).exists())


def lost(database: Path, backup_dir: Path) -> str | None:
    """MISSING or EMPTY when the log file is gone or 0 bytes although a log existed here; else None. Looked at
    before the file is opened, because opening creates an empty log in its place."""
    size = _size(database)
    if size is not None and size > 0:
        return None
    if not earlier_log_exists(database, backup_dir):
        return None  # a first start
    if size is None:
        return MISSING
    # An empty file with a WAL beside it is opened: SQLite reads the WAL over it, and what that can't make
    # whole fails the integrity check, so the WAL's visits are salvaged.
    return None if _size(database.with_name(database.name + "-wal")) else EMPTY


def diagnose(database: Path, backup_dir: Path) -> str | None:
    """What is wrong with the log, looked at again while no store has it open: another process may have
    recovered it since this one found it damaged."""
    reason = lost(database, backup_dir)
    if reason is not None or not database.exists():
        return reason
    if not is_healthy(database):
        return DAMAGED
    if not _holds_log(database) and earlier_log_exists(database, backup_dir):
        return EMPTY
    return None


def newest_healthy_backup(backup_dir: Path) -> Path | None:
    for backup in reversed(existing_backups(backup_dir)):
        if is_healthy(backup):
            return backup
        log.warning("visit log backup %s is damaged too; trying an older one", backup.name)
    return None


def damaged_target(damaged_dir: Path, now: datetime) -> Path:
    """A new name in ``damaged_dir``: ``visits-<date>_<time>.sqlite3`` (numbered when taken)."""
    stamp = now.strftime("%Y-%m-%d_%H%M%S")
    target = damaged_dir / f"{PREFIX}{stamp}{SUFFIX}"
    number = 1
    while any(target.with_name(target.name + suffix).exists() for suffix in ("", *COMPANIONS)):
        # two recoveries in one second: keep both
        number += 1
        target = damaged_dir / f"{PREFIX}{stamp}-{number}{SUFFIX}"
    return target


def move_aside(database: Path, target: Path) -> Path:
    """Move the database and its companions (those that exist) to ``target``; return it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # All or nothing: a WAL left behind would be replayed into the restored backup, and a database moved
    # without its WAL loses the visits in it. On a failure every file already moved goes back.
    moves = [(database.with_name(database.name + suffix), target.with_name(target.name + suffix))
             for suffix in ("", *COMPANIONS)]
    done: list[tuple[Path, Path]] = []
    try:
        for source, destination in moves:
            if source.exists():
                os.replace(source, destination)
                done.append((source, destination))
    except OSError:
        for source, destination in reversed(done):
            os.replace(destination, source)
        raise
    return target


def recover(database: Path, backup_dir: Path, damaged_dir: Path, damage: DamagedDatabaseError, reason: str, *,
            accept: RowCheck, now: datetime | None = None) -> None:
    """Replace a damaged, empty or missing log (see the module docstring). Call it only while no store has the
    log open. Raises DatabaseError (StorageError for a full or read-only disk), leaving the log as it was, when
    the replacement can't be written or the damaged file can't be moved."""
    temp = database.with_name(database.name + RESTORING)
    target = damaged_target(damaged_dir, now or datetime.now())
    finished, named = finished_replacement(temp) if reason == MISSING else (False, None)
    if finished:
        log.warning("finishing a visit log recovery that was interrupted")
        target = damaged_dir / named if named else target  # the WAL left behind joins its database
    else:
        remove_replacement(temp)
        backup = newest_healthy_backup(backup_dir)
        moved = target.name if reason != MISSING else None
        try:
            salvaged = build_replacement(temp, backup, database if reason == DAMAGED else None, accept, reason,
                                         moved)
        except (OSError, sqlite3.Error, DatabaseError) as exc:
            remove_replacement(temp)
            if isinstance(exc, DatabaseError):
                raise
            problem = os_storage_error(exc, database.parent) if isinstance(exc, OSError) else \
                storage_error(exc, database.parent)
            raise problem or DatabaseError(says.NOT_RESTORED, damage=damage.text, reason=exc) from exc
        # File names only: the full path contains the Windows user name.
        log.warning("visit log %s (%s); %s; %d visits salvaged", reason, damage.detail[:200],
                    f"restoring backup {backup.name}" if backup is not None else "no healthy backup, new log",
                    salvaged)
    try:
        move_aside(database, target)
    except OSError as exc:
        if not finished:  # a finished one is kept: it holds the salvaged visits, and the damaged file is gone
            remove_replacement(temp)
        raise DatabaseError(says.NOT_MOVED, damage=damage.text, reason=exc.strerror or exc) from exc
    try:  # interrupted here, the next start finds the replacement finished and renames it
        os.replace(temp, database)
        sync_folder(database.parent)
    except OSError as exc:
        raise DatabaseError(says.NOT_PUT_IN_PLACE, reason=exc.strerror or exc) from exc


def recover_alone(database: Path, backup_dir: Path, damaged_dir: Path, damage: DamagedDatabaseError,
                  accept: RowCheck) -> None:
    """:func:`recover` once no store in any process has the log open; DatabaseError while one has."""
    alone = InUseLock(database)
    if not alone.take_alone():
        raise DatabaseError(says.OPEN_ELSEWHERE, damage=damage.text) from damage
    try:
        # Looked at again, alone: another process may have recovered it since this one found it damaged.
        reason = diagnose(database, backup_dir)
        if reason is not None:
            recover(database, backup_dir, damaged_dir, damage, reason, accept=accept)
    finally:
        alone.release()
