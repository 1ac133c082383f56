"""Rotating backups of the visit log, made with SQLite's online backup API.

A restore must lose at most the last hour, and the window stays open all day, so a backup is made when the
store opens and again whenever one is *due* while it is open: the newest backup is older than DUE_AFTER and
the log has changed since. The store checks after every visit it logs, and the window every CHECK_EVERY, so
no acknowledged visit waits longer than MAX_LOSS for its backup.

Rotation keeps the newest KEEP_RECENT backups and the newest backup of each of the last KEEP_DAYS days, and
removes the half-written copies of backups that were killed.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from frontdesk import formatting

log = logging.getLogger("frontdesk.visits")

MAX_LOSS = timedelta(hours=1)
CHECK_EVERY = timedelta(minutes=5)
DUE_AFTER = MAX_LOSS - CHECK_EVERY
KEEP_RECENT = 4
KEEP_DAYS = 7
PREFIX = "visits-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
_STAMP = "%Y-%m-%d_%H%M"
_NAME = re.compile(rf"^{PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})(?:_(\d{{2}})(\d{{2}}))?{re.escape(SUFFIX)}$")
_PARTIAL_NAME = re.compile(rf"^{PREFIX}.*{re.escape(SUFFIX)}\.(\d+){re.escape(PARTIAL)}")
# A partial file whose writer still runs is left alone, unless it is this old (its process id was reused).
STALE_PARTIAL_SECONDS = 3600.0


def backup_path(backup_dir: Path, moment: datetime) -> Path:
    return backup_dir / f"{PREFIX}{moment.strftime(_STAMP)}{SUFFIX}"


def backup_time(backup: Path) -> datetime | None:
    """When a backup was made, from its name: ``visits-2026-11-20_1405.sqlite3``, or the day alone for the
    once-a-day names of earlier versions (``visits-2026-11-20.sqlite3``). None for any other name."""
    match = _NAME.match(backup.name)
    if match is None:
        return None
    day, hour, minute = match.groups()
    try:
        moment = datetime.combine(date.fromisoformat(day), datetime.min.time())
        return moment.replace(hour=int(hour), minute=int(minute)) if hour is not None else moment
    except ValueError:
        return None


def describe(backup: Path, language: str = "nb") -> str:
    """The backup's time as the recovery message shows it: ``20.11.2026 kl. 14.05`` (or the day alone)."""
    match, moment = _NAME.match(backup.name), backup_time(backup)
    if match is None or moment is None:
        return backup.name
    day = formatting.day(moment.date(), language)
    return f"{day} {formatting.clock(moment.hour, moment.minute, language)}" if match.group(2) else day


def existing_backups(backup_dir: Path) -> list[Path]:
    """Backups, oldest first. Files whose name carries no time are not backups frontdesk made: left alone."""
    try:
        found = [(moment, path) for path in backup_dir.glob(f"{PREFIX}*{SUFFIX}")
                 if (moment := backup_time(path)) is not None and path.is_file()]
    except OSError:
        return []
    return [path for _, path in sorted(found)]


def newest_backup_time(backup_dir: Path) -> datetime | None:
    backups = existing_backups(backup_dir)
    return backup_time(backups[-1]) if backups else None


def make_backup(conn: sqlite3.Connection, backup_dir: Path, now: datetime | None = None) -> Path | None:
    """Copy the database to ``visits-YYYY-MM-DD_HHMM.sqlite3`` and rotate; return the new backup.

    The copy is written to a temporary name and renamed, so a crash never leaves a half-written backup that
    looks complete. Returns None when the folder can't be written: a missing backup must not stop the counter
    from logging, and the next due check tries again.
    """
    target = backup_path(backup_dir, now or datetime.now())
    partial = target.with_name(f"{target.name}.{os.getpid()}{PARTIAL}")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(str(partial))
        try:
            conn.backup(destination)
            # A backup in rollback-journal mode is opened (checked, restored) without -wal/-shm files beside it.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("visit log backup failed: %s", exc)
        _remove(partial)
        return None
    rotate(backup_dir)
    log.info("visit log backup written: %s", target.name)
    return target


class BackupSchedule:
    """When an open log's next backup is due: the newest backup (this process's or another's) is DUE_AFTER old
    and the log has changed since this schedule's last backup. ``changes`` is a token that differs whenever
    anyone wrote to the log (None: unknown, so changed)."""

    def __init__(self, backup_dir: Path) -> None:
        self.backup_dir = backup_dir
        self._made_at: datetime | None = None
        self._changes_then: object = None
        self._started = False

    def run(self, conn: sqlite3.Connection, changes: Callable[[], object], now: datetime | None = None) -> Path | None:
        moment = now or datetime.now()
        if not self._started:  # the first look, when the log opens: clear what killed backups left
            self._started = True
            remove_stale_partials(self.backup_dir)
        if self._made_at is not None and timedelta(0) <= moment - self._made_at < DUE_AFTER:
            return None  # answered from memory: no file is looked at
        token = changes()
        if token is not None and token == self._changes_then:
            return None  # nothing written by anyone since this schedule's last backup
        newest = newest_backup_time(self.backup_dir)  # another process may have made one meanwhile
        if newest is not None and timedelta(0) <= moment - newest < DUE_AFTER:
            self._made_at = newest
            return None
        made = make_backup(conn, self.backup_dir, moment)
        if made is not None:
            self._made_at, self._changes_then = moment, token
        return made


def rotate(backup_dir: Path, keep_recent: int = KEEP_RECENT, keep_days: int = KEEP_DAYS) -> None:
    """Keep the newest ``keep_recent`` backups and the newest of each of the last ``keep_days`` days; remove
    the rest, and the partial files of backups that were killed half-way."""
    backups = existing_backups(backup_dir)
    keep = set(backups[max(0, len(backups) - keep_recent):])
    newest_of_day: dict[date, Path] = {}
    for backup in backups:  # oldest first: the last one of each day wins
        moment = backup_time(backup)
        assert moment is not None
        newest_of_day[moment.date()] = backup
    days = sorted(newest_of_day)
    keep.update(newest_of_day[day] for day in days[max(0, len(days) - keep_days):])
    for backup in backups:
        if backup not in keep:
            _remove(backup)
    remove_stale_partials(backup_dir)


def remove_stale_partials(backup_dir: Path) -> None:
    """Remove the half-written copies that killed backups left (one can be as big as the log)."""
    for partial in _partials(backup_dir):
        if not _still_written(partial):
            _remove(partial)


def _partials(backup_dir: Path) -> list[Path]:
    try:
        return [path for path in backup_dir.glob(f"{PREFIX}*{PARTIAL}*") if _PARTIAL_NAME.match(path.name)]
    except OSError:
        return []


def _still_written(partial: Path) -> bool:
    """True while the process named in the partial file's name may still be writing it.

    Windows refuses to delete a file that SQLite has open, so there the delete itself tells. On POSIX a file
    can be deleted under its writer: ask whether that process still runs."""
    if sys.platform == "win32":
        return False
    match = _PARTIAL_NAME.match(partial.name)
    assert match is not None
    pid = int(match.group(1))
    try:
        if time.time() - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:
            return False
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: the process runs as someone else; FileNotFoundError: gone already
        return True
    return pid != os.getpid()


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:  # in use (Windows) or a folder that may not be written: try again next time
            log.info("could not remove %s: %s", leftover.name, exc)
