"""Daily rotating backups of the visit log, made with SQLite's online backup API when the store opens."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

log = logging.getLogger("frontdesk.visits")

KEEP = 7
PREFIX = "visits-"
SUFFIX = ".sqlite3"


def backup_path(backup_dir: Path, day: date) -> Path:
    return backup_dir / f"{PREFIX}{day.isoformat()}{SUFFIX}"


def existing_backups(backup_dir: Path) -> list[Path]:
    """Backups, oldest first (the ISO date in the name sorts by time)."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.glob(f"{PREFIX}*{SUFFIX}") if p.is_file())


def make_daily_backup(conn: sqlite3.Connection, backup_dir: Path, today: date | None = None,
                      keep: int = KEEP) -> Path | None:
    """Copy the database to ``visits-YYYY-MM-DD.sqlite3`` unless today's copy exists; keep the newest ``keep``.

    The copy is written to a temporary name and renamed, so a crash never leaves a half-written backup that
    looks complete. Returns the new backup, or None when there was one already (or the folder can't be written:
    a missing backup must not stop the counter from logging).
    """
    target = backup_path(backup_dir, today or date.today())
    if target.exists():
        return None
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(str(partial))
        try:
            conn.backup(destination)
        finally:
            destination.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("visit log backup failed: %s", exc)
        partial.unlink(missing_ok=True)
        return None
    for old in existing_backups(backup_dir)[:-keep]:
        old.unlink(missing_ok=True)
    log.info("visit log backup written: %s", target.name)
    return target
