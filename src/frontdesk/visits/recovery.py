"""Getting the counter going again after the visit log is found damaged at start.

The damaged file (with its -wal and -shm, which belong to it) is moved — never deleted — to
``<home>/damaged/``, so IT can still look at it. The newest daily backup that passes ``integrity_check`` is
put back in its place; with none, the store starts empty. Either way the user is told what happened, because
visits logged after the backup are missing and a supervisor may need to know for the month's report.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from frontdesk.visits.backup import PREFIX, SUFFIX, existing_backups
from frontdesk.visits.messages import recovery_message
from frontdesk.visits.schema import integrity_problem
from frontdesk.visits.storage import DamagedDatabaseError, DatabaseError

log = logging.getLogger("frontdesk.visits")

DAMAGED_FOLDER = "damaged"
# The files SQLite keeps next to the database in WAL mode; they are part of its state and move with it.
COMPANIONS = ("-wal", "-shm")


@dataclass(frozen=True)
class Recovery:
    """What start-up did about a damaged visit log; the CLI and the window show :meth:`message`."""

    damaged_copy: Path  # where the damaged database now is
    backup: Path | None  # the backup that was put back, or None when the log started empty
    backup_date: date | None

    def message(self, language: str = "nb") -> str:
        day = self.backup_date.isoformat() if self.backup_date is not None else None
        return recovery_message(str(self.damaged_copy), day, language)


def backup_date(backup: Path) -> date | None:
    """The day in a backup's name (``visits-2026-11-20.sqlite3``), or None for a name that doesn't carry one."""
    stem = backup.name.removeprefix(PREFIX).removesuffix(SUFFIX)
    try:
        return date.fromisoformat(stem)
    except ValueError:
        return None


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


def newest_healthy_backup(backup_dir: Path) -> Path | None:
    for backup in reversed(existing_backups(backup_dir)):
        if is_healthy(backup):
            return backup
        log.warning("visit log backup %s is damaged too; trying an older one", backup.name)
    return None


def move_aside(database: Path, damaged_dir: Path, now: datetime) -> Path:
    """Move the database and its companions to ``damaged_dir/visits-<time>.sqlite3``; return the new path."""
    damaged_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y-%m-%d_%H%M%S")
    target = damaged_dir / f"{PREFIX}{stamp}{SUFFIX}"
    number = 1
    while target.exists():  # two recoveries in one second: keep both
        number += 1
        target = damaged_dir / f"{PREFIX}{stamp}-{number}{SUFFIX}"
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


def restore_backup(backup: Path, database: Path) -> None:
    """Copy ``backup`` to ``database`` through SQLite's backup API: the copy is a consistent database even if
    this is interrupted, because it is written to a temporary name and renamed into place."""
    partial = database.with_name(f"{database.name}.{os.getpid()}.restoring")
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(partial, database)
    finally:
        partial.unlink(missing_ok=True)


def recover(database: Path, backup_dir: Path, damaged_dir: Path, damage: DamagedDatabaseError,
            now: datetime | None = None) -> Recovery:
    """Move the damaged database aside and put the newest healthy backup in its place (or nothing: the store
    then creates an empty one). Raises DatabaseError, leaving the damaged file where it was, when it can't be
    moved (another program holds it open on Windows, or the folder is read-only)."""
    backup = newest_healthy_backup(backup_dir)
    try:
        moved = move_aside(database, damaged_dir, now or datetime.now())
    except OSError as exc:
        raise DatabaseError(
            f"{damage} It could not be moved aside automatically ({exc.strerror or exc}): close every "
            "frontdesk window and try again."
        ) from exc
    if backup is not None:
        try:
            restore_backup(backup, database)
        except (OSError, sqlite3.Error) as exc:
            # The damaged file is safe in damaged/; an empty log lets the counter work while IT restores by hand.
            log.error("restoring visit log backup %s failed: %s", backup.name, exc)
            backup = None
    # File names only: the full path contains the Windows user name.
    log.warning("visit log damaged (%s); moved to %s/%s; %s", damage.detail[:200], damaged_dir.name, moved.name,
                f"restored backup {backup.name}" if backup is not None else "no healthy backup, started empty")
    return Recovery(damaged_copy=moved, backup=backup, backup_date=backup_date(backup) if backup else None)
