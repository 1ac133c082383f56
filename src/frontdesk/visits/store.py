"""The visit log: add a visit in one click, undo the last one, count today's, keep the database healthy.

Opening the store checks the database's integrity, brings its schema up to date, makes a backup when one is
due and applies the retention setting. Every write is one transaction on a WAL database with
synchronous=FULL, checkpointed into the database file before it returns, so a visit that
:meth:`VisitStore.add` returned survives a crash or a power cut, and the loss of the -wal file too.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType

from frontdesk.config import Config
from frontdesk.visits import database_texts as says
from frontdesk.visits import visit_texts as says_visit
from frontdesk.visits.backup import BackupSchedule
from frontdesk.visits.checks import VisitChecker
from frontdesk.visits.database import OutdatedLogError, open_database, transaction
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.events_store import EventLog
from frontdesk.visits.inuse import InUseLock
from frontdesk.visits.model import VISIT_FIELDS, Visit, VisitError, enum_value, validate_station
from frontdesk.visits.recovery import (
    DAMAGED_FOLDER,
    EMPTY,
    LostDatabaseError,
    Recovery,
    earlier_log_exists,
    lost,
    recover_alone,
    take_note,
)
from frontdesk.visits.retention import PurgeResult, fold_and_delete
from frontdesk.visits.salvage import RowCheck
from frontdesk.visits.schema import MIGRATIONS, applied_migrations, migrate
from frontdesk.visits.settings import Settings
from frontdesk.visits.storage import (
    DamagedDatabaseError,
    DatabaseError,
    StorageError,
    StorageProblem,
    os_storage_error,
)
from frontdesk.visits.taxonomy import Taxonomy

log = logging.getLogger("frontdesk.visits")

UNDO_WINDOW = timedelta(minutes=10)
# A back-filled visit may be a little ahead of the PC clock, never in the future.
FUTURE_TOLERANCE = timedelta(hours=1)


def _utc(moment: datetime | None) -> datetime:
    """An aware UTC time; a naive one is taken as this PC's local time."""
    return (moment or datetime.now(UTC)).astimezone(UTC)


def _stamp(moment: datetime) -> str:
    # One fixed format, so the expiry strings compare correctly as text inside SQL.
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _identity(path: Path) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_dev, status.st_ino


def _acceptable(checker: VisitChecker) -> RowCheck:
    """Salvaged rows are checked like imported ones: a damaged page can read back as nonsense."""
    def accept(row: dict[str, object]) -> dict[str, object] | None:
        try:
            return checker.visit(Visit.from_row(row), history=True).to_row()
        except (ValueError, TypeError):
            return None
    return accept


class VisitStore:
    """The anonymous visit log in one SQLite file. Use as a context manager, or call :meth:`close`.

    The constructor is strict: a damaged file raises DamagedDatabaseError (LostDatabaseError when it is missing
    or empty although its backups show a log existed), a folder or disk that refuses raises StorageError (all
    DatabaseErrors). :meth:`open` recovers from damage; see :attr:`recovery`. ``agencies`` are the ids
    ``referred_to`` may name (the composition root reads them from the knowledge base's agency list).
    ``read_only`` opens an existing log without writing anything (no migrations, backups or retention), for
    commands that only read, also in a folder that may not be written.
    """

    # Set when the database was damaged and replaced: the UI and CLI show recovery.message().
    recovery: Recovery | None = None

    def __init__(self, path: Path, taxonomy: Taxonomy, backup_dir: Path | None = None, *,
                 agencies: Iterable[str] = (), apply_retention: bool = True, read_only: bool = False,
                 event_kinds: EventKinds | None = None) -> None:
        self.path = path
        self.taxonomy = taxonomy
        self.read_only = read_only
        self.event_kinds = event_kinds or EventKinds.bundled()
        self.checker = VisitChecker(taxonomy, agencies)
        self._backups = BackupSchedule(backup_dir) if backup_dir is not None and not read_only else None
        if backup_dir is not None and (reason := lost(path, backup_dir)) is not None:
            raise LostDatabaseError(path, reason)
        if read_only and not path.is_file():
            raise DatabaseError(says.NO_LOG_YET, path=path)
        # Held while the store is open, so no other process moves the file away under it (see inuse).
        self._in_use = InUseLock(path)
        try:
            self._in_use.share()
        except StorageError:
            if not read_only:
                raise  # a folder that can't even hold the lock file can't be recovered in by anyone either
        try:
            self.db = open_database(path, read_only=read_only)
            self._identity = _identity(path)
        except BaseException:
            self._in_use.release()
            raise
        try:
            # The proof first: backups and the lock file's mark are made only after the schema is set up, so a
            # log opened after them shows its migrations (a log another process is setting up has none yet).
            if backup_dir is not None and earlier_log_exists(path, backup_dir) and not applied_migrations(self.db):
                raise LostDatabaseError(path, EMPTY)
            if read_only:
                self._check_schema()
            else:
                migrate(self.db)
                self._in_use.mark_log_set_up()
                self.recovery = take_note(self.db, path, backup_dir)
                self.backup_if_due()
                self._drop_expired_undo(_utc(None))
            self.settings = Settings(self.db, taxonomy)
            self.events = EventLog(self.db, self.event_kinds, UNDO_WINDOW)  # courses and drop-ins (events.md)
            if not read_only:
                self.events.drop_expired_undo()
            if apply_retention and not read_only:  # privacy by default: retention holds without anyone purging
                self.purge(self.settings.get("retention_months"))
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, config: Config, taxonomy: Taxonomy | None = None, *, agencies: Iterable[str] = (),
             apply_retention: bool = True) -> VisitStore:
        """The store at the configured place, with the configured taxonomy and backups.

        A damaged, emptied or missing database is replaced by the newest healthy backup, with every visit that
        can still be read from the damaged file merged in (or by an empty log when there is no backup); the
        damaged file is kept in ``<home>/damaged/``, and :attr:`recovery` says what happened. Raises
        StorageError when the home folder can't be written, DatabaseError for what can't be recovered
        automatically."""
        try:
            config.ensure_home()
        except OSError as exc:
            raise os_storage_error(exc, config.home) from exc
        chosen = taxonomy or Taxonomy.load(config)
        ids = tuple(agencies)
        kinds = EventKinds.load(config)
        try:
            return cls(config.database_path, chosen, config.backup_dir, agencies=ids, apply_retention=apply_retention,
                       event_kinds=kinds)
        except DamagedDatabaseError as damage:
            recover_alone(config.database_path, config.backup_dir, config.home / DAMAGED_FOLDER, damage,
                          _acceptable(VisitChecker(chosen, ids)))
        return cls(config.database_path, chosen, config.backup_dir, agencies=ids, apply_retention=apply_retention,
                       event_kinds=kinds)

    @classmethod
    def open_read_only(cls, config: Config, taxonomy: Taxonomy | None = None, *,
                       agencies: Iterable[str] = ()) -> VisitStore:
        """The configured log opened for reading only (see the class docstring); it never recovers."""
        return cls(config.database_path, taxonomy or Taxonomy.load(config), config.backup_dir, agencies=agencies,
                   read_only=True, event_kinds=EventKinds.load(config))

    def _check_schema(self) -> None:
        """A read-only store can't bring an older schema up to date: say so instead of failing on a query."""
        known = [name for name, _ in MIGRATIONS]
        done = applied_migrations(self.db)
        if [name for name in done if name not in known]:
            migrate(self.db)  # raises the "newer version of frontdesk" error without writing
        if done != known:
            raise OutdatedLogError(says.OLDER_VERSION, path=self.path)

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Make a backup when one is due (see :mod:`frontdesk.visits.backup`); return it. Cheap when none is due,
        so it runs after every visit and on the window's timer. Never raises: a failed backup is logged and
        tried again next time."""
        if self._backups is None:
            return None
        return self._backups.run(self.db.conn, self._change_state, now)

    def _change_state(self) -> tuple[int, int] | None:
        """Changes by other connections (data_version) and by this one (total_changes): equal means unchanged."""
        version = self.data_version()
        return None if version is None else (version, self.db.conn.total_changes)  # None: treat as changed

    def __enter__(self) -> VisitStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def _check_file(self) -> None:
        """Refuse to write when the file was deleted or replaced under this store: on Linux and macOS the write
        would go into the deleted file and be lost, unseen, when the store closes."""
        try:
            same = _identity(self.path) == self._identity
        except OSError:
            same = False
        if not same:
            raise StorageError(StorageProblem.MOVED, self.path.parent)

    def close(self) -> None:
        self.db.conn.close()
        self._in_use.release()

    def add(self, category: str, *, station: str, channel: str | None = None, mode: str | None = None,
            outcome: str | None = None, referred_to: str | None = None, guide_id: str | None = None,
            duration: str | None = None, age_group: str | None = None, repeat_visit: str | None = None,
            language_help: str | None = None, at: datetime | None = None) -> Visit:
        """Log one visit and return it; it is on disk when this returns. ``at`` back-fills an earlier visit:
        only its date and hour are kept. Raises VisitError (or PersonalDataError for the station)."""
        now = _utc(None)
        try:
            # The counter works in local time: the date and hour staff see on the wall clock.
            when = datetime.now() if at is None else at if at.tzinfo is None else at.astimezone().replace(tzinfo=None)
            in_future = at is not None and _utc(at) > now + FUTURE_TOLERANCE
        except (OverflowError, ValueError):  # year 1 or 9999 can't be moved between time zones
            raise VisitError(says_visit.DATE_UNUSABLE) from None
        if in_future:
            raise VisitError(says_visit.IN_FUTURE)
        visit = Visit(
            id=str(uuid.uuid4()),
            station=validate_station(station),
            date=when.date(),
            hour=when.hour,
            category=self.checker.category(category, when.date()),
            channel=enum_value("channel", channel),
            mode=enum_value("mode", mode),
            outcome=enum_value("outcome", outcome),
            referred_to=self.checker.referred_to(referred_to),
            guide_id=self.checker.guide_id(guide_id),
            duration=enum_value("duration", duration),
            age_group=enum_value("age_group", age_group),
            repeat_visit=enum_value("repeat_visit", repeat_visit),
            language_help=enum_value("language_help", language_help),
        )
        row = visit.to_row()
        self._check_file()
        with transaction(self.db):
            self.db.execute(f"INSERT INTO visits ({', '.join(VISIT_FIELDS)}) VALUES "
                            f"({', '.join('?' * len(VISIT_FIELDS))})", [row[name] for name in VISIT_FIELDS])
            self.db.execute("INSERT OR REPLACE INTO undo_slot (station, visit_id, expires) VALUES (?, ?, ?)",
                            [visit.station, visit.id, _stamp(now + UNDO_WINDOW)])
            self._drop_expired_undo(now)
        self.backup_if_due()
        return visit

    def undo_last(self, station: str, now: datetime | None = None, *, only: str | None = None) -> Visit | None:
        """Delete this station's last visit if it was logged less than 10 minutes ago; return it, else None.
        With ``only`` (a visit id) nothing is undone unless that visit is the last one: the window undoes only
        the visit it shows, even when another program logged one since."""
        moment = _utc(now)
        self._check_file()
        with transaction(self.db):
            slot = self.db.execute("SELECT visit_id, expires FROM undo_slot WHERE station = ?",
                                   [station]).fetchone()
            if slot is None or (only is not None and str(slot[0]) != only):
                return None
            self.db.execute("DELETE FROM undo_slot WHERE station = ?", [station])
            if str(slot[1]) <= _stamp(moment):
                return None
            visit = self.get(str(slot[0]))
            if visit is not None:
                self.db.execute("DELETE FROM visits WHERE id = ?", [visit.id])
        if visit is not None:
            log.info("last visit undone at station %s", station)
        return visit

    def undoable(self, station: str, now: datetime | None = None) -> Visit | None:
        """The visit :meth:`undo_last` would take out for ``station`` now, left where it is."""
        slot = self.db.execute("SELECT visit_id, expires FROM undo_slot WHERE station = ?", [station]).fetchone()
        if slot is None or str(slot[1]) <= _stamp(_utc(now)):
            return None
        return self.get(str(slot[0]))

    def data_version(self) -> int | None:
        """A number that changes when another connection (``frontdesk visit add``, another window) commits to
        the log (SQLite's ``PRAGMA data_version``); cheap enough for a timer. None when the log can't be read."""
        try:
            row = self.db.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0])

    def get(self, visit_id: str) -> Visit | None:
        rows = list(self.db["visits"].rows_where("id = ?", [visit_id]))
        return Visit.from_row(rows[0]) if rows else None

    def counts_on(self, day: date, station: str | None = None) -> dict[str, int]:
        """Visits per category on ``day`` (the UI's "today" counter), for one station or all."""
        sql = "SELECT category, COUNT(*) FROM visits WHERE date = ?"
        params: list[str] = [day.isoformat()]
        if station is not None:
            sql += " AND station = ?"
            params.append(station)
        return {str(cat): int(n) for cat, n in self.db.execute(sql + " GROUP BY category", params).fetchall()}

    def visits_in_month(self, month: str, station: str | None = None) -> list[Visit]:
        where, params = "date LIKE ?", [f"{month}-%"]
        if station is not None:
            where, params = where + " AND station = ?", [*params, station]
        return [Visit.from_row(r) for r in self.db["visits"].rows_where(where, params, order_by="date, hour, id")]

    def purge(self, older_than_months: int, today: date | None = None, dry_run: bool = False) -> PurgeResult:
        """Fold months older than ``older_than_months`` into monthly totals and delete their visits."""
        return fold_and_delete(self.db, today or date.today(), older_than_months, dry_run=dry_run)

    def _drop_expired_undo(self, now: datetime) -> None:
        if self.db.conn.in_transaction:
            self.db.execute("DELETE FROM undo_slot WHERE expires <= ?", [_stamp(now)])
            return
        with transaction(self.db):
            self.db.execute("DELETE FROM undo_slot WHERE expires <= ?", [_stamp(now)])
