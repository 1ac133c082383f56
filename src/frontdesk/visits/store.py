"""The visit log: add a visit in one click, undo the last one, count today's, keep the database healthy.

Opening the store checks the database's integrity, brings its schema up to date, makes the day's backup and
applies the retention setting. Every write is one transaction on a WAL database with synchronous=FULL, so a
visit that :meth:`VisitStore.add` returned survives a crash or a power cut.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType

from frontdesk.config import Config, bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.backup import make_daily_backup
from frontdesk.visits.checks import VisitChecker
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.events_store import EventLog
from frontdesk.visits.inuse import InUseLock
from frontdesk.visits.model import VISIT_FIELDS, Visit, VisitError, enum_value, validate_station
from frontdesk.visits.recovery import DAMAGED_FOLDER, Recovery, recover
from frontdesk.visits.retention import PurgeResult, fold_and_delete
from frontdesk.visits.schema import migrate, open_database, transaction
from frontdesk.visits.settings import Settings
from frontdesk.visits.storage import DamagedDatabaseError, DatabaseError, os_storage_error
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


class VisitStore:
    """The anonymous visit log in one SQLite file. Use as a context manager, or call :meth:`close`.

    The constructor is strict: a damaged file raises DamagedDatabaseError, a folder or disk that refuses
    raises StorageError (both DatabaseErrors). :meth:`open` recovers from damage; see :attr:`recovery`.
    """

    # Set by open() when the database was damaged and replaced; the UI and CLI show recovery.message().
    recovery: Recovery | None = None

    def __init__(self, path: Path, taxonomy: Taxonomy, backup_dir: Path | None = None, *,
                 agencies: Iterable[str] | None = None, apply_retention: bool = True,
                 event_kinds: EventKinds | None = None) -> None:
        self.path = path
        self.taxonomy = taxonomy
        self.event_kinds = event_kinds or EventKinds.bundled()
        if agencies is None:
            agencies = AgencyRegistry.load(bundled_data_dir()).agencies
        self.checker = VisitChecker(taxonomy, agencies)
        # Held while the store is open, so no other process moves the file away under it (see inuse).
        self._in_use = InUseLock(path)
        self._in_use.share()
        try:
            self.db = open_database(path)
        except BaseException:
            self._in_use.release()
            raise
        try:
            migrate(self.db)
            self.settings = Settings(self.db, taxonomy)
            self.events = EventLog(self.db, self.event_kinds, UNDO_WINDOW)  # courses and drop-ins (events.md)
            if backup_dir is not None:
                make_daily_backup(self.db.conn, backup_dir)
            self._drop_expired_undo(_utc(None))
            if apply_retention:  # privacy by default: the configured retention holds without anyone purging
                self.purge(self.settings.get("retention_months"))
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, config: Config, taxonomy: Taxonomy | None = None, *, apply_retention: bool = True) -> VisitStore:
        """The store at the configured place, with the configured taxonomy, backups and agencies.

        A damaged database is moved to ``<home>/damaged/`` and the newest healthy backup put back (or an empty
        log started); :attr:`recovery` then says so. Raises StorageError when the home folder can't be
        written, DatabaseError for what can't be recovered automatically."""
        try:
            config.ensure_home()
        except OSError as exc:
            raise os_storage_error(exc, config.home) from exc
        agencies = AgencyRegistry.load(config.data_dir).agencies
        chosen = taxonomy or Taxonomy.load(config)
        kinds = EventKinds.load(config)
        try:
            return cls(config.database_path, chosen, config.backup_dir, agencies=agencies,
                       apply_retention=apply_retention, event_kinds=kinds)
        except DamagedDatabaseError as damage:
            alone = InUseLock(config.database_path)
            if not alone.take_alone():
                raise DatabaseError(
                    f"{damage} It was not moved aside automatically, because another frontdesk window or "
                    "command still has it open: close every frontdesk window and try again.") from damage
            try:
                recovery = recover(config.database_path, config.backup_dir, config.home / DAMAGED_FOLDER, damage)
            finally:
                alone.release()
        store = cls(config.database_path, chosen, config.backup_dir, agencies=agencies,
                    apply_retention=apply_retention, event_kinds=kinds)
        store.recovery = recovery
        return store

    def __enter__(self) -> VisitStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

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
            raise VisitError("That date can't be used for a visit: give a date within the last few years.") from None
        if in_future:
            raise VisitError("A visit can't be logged in the future.")
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
        with transaction(self.db):
            self.db.execute(f"INSERT INTO visits ({', '.join(VISIT_FIELDS)}) VALUES "
                            f"({', '.join('?' * len(VISIT_FIELDS))})", [row[name] for name in VISIT_FIELDS])
            self.db.execute("INSERT OR REPLACE INTO undo_slot (station, visit_id, expires) VALUES (?, ?, ?)",
                            [visit.station, visit.id, _stamp(now + UNDO_WINDOW)])
            self._drop_expired_undo(now)
        return visit

    def undo_last(self, station: str, now: datetime | None = None) -> Visit | None:
        """Delete this station's last visit if it was logged less than 10 minutes ago; return it, else None."""
        moment = _utc(now)
        with transaction(self.db):
            slot = self.db.execute("SELECT visit_id, expires FROM undo_slot WHERE station = ?",
                                   [station]).fetchone()
            if slot is None:
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
