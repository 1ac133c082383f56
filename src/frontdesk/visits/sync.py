"""Sync through a shared folder: each install publishes its own visits and events there and imports everyone
else's.

:func:`publish` writes this install's month files (only those whose content changed) and then its station file;
collecting (:mod:`frontdesk.visits.sync_collect`) reads the other installs' station files and imports each month
file whose sha256 it has not imported yet. Both work from the local visit log, so while the share is away visits
simply wait there and go out whole when it is back. Import is the one ``visits import`` uses: idempotent by visit
and event id, all or nothing per file, and refusing a file from another install that uses this install's station
name. The layout is in sync_files.

The visit or event that can still be undone is held back until its undo chance is over, so one undone at the
counter never reaches another PC. Month files older than this install's retention are removed from the share
too, unless the month has events (retention folds visits, never events): then its file holds only those.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from frontdesk.atomic_file import write_atomic
from frontdesk.visits import sync_state as state
from frontdesk.visits.checks import VisitChecker
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.events_store import EventLog
from frontdesk.visits.exchange import (
    VisitLog,
    export_month,
)
from frontdesk.visits.retention import cutoff_month
from frontdesk.visits.settings import Settings
from frontdesk.visits.storage import StorageError
from frontdesk.visits.store import UNDO_WINDOW
from frontdesk.visits.sync_collect import CollectResult, collect
from frontdesk.visits.sync_files import (
    STATION_FILE,
    MonthEntry,
    Problem,
    StationFileError,
    SyncUnavailable,
    digest,
    encode,
    modified,
    read_station_file,
    remove_stale_partials,
    station_document,
    stations_folder,
    write_problem,
)
from frontdesk.visits.taxonomy import Taxonomy

log = logging.getLogger("frontdesk.visits")


@dataclass
class SyncLog:
    """A connection of its own to the visit log, for a sync job on another thread. It skips the store's
    integrity check, which reads the whole file: the window's store checked it when it opened."""

    db: Database
    checker: VisitChecker
    settings: Settings
    events: EventLog
    event_kinds: EventKinds


@contextmanager
def open_log(database: Path, checker: VisitChecker, taxonomy: Taxonomy, event_kinds: EventKinds) -> Iterator[SyncLog]:
    conn = sqlite3.connect(str(database), timeout=10.0)
    try:
        conn.execute("PRAGMA synchronous=FULL")  # the journal mode (WAL) is kept in the file itself
        db = Database(conn)
        yield SyncLog(db, checker, Settings(db, taxonomy), EventLog(db, event_kinds, UNDO_WINDOW), event_kinds)
    finally:
        conn.close()


def configured_folder(settings: Settings) -> Path | None:
    text = str(settings.get("sync_folder") or "")
    return Path(text).expanduser() if text else None


@dataclass
class PublishResult:
    written: list[str] = field(default_factory=list)  # months whose file was (re)written
    removed: list[str] = field(default_factory=list)  # months past retention, removed from the share
    held_back: int = 0  # visits still inside their undo window
    events_held_back: int = 0  # events still inside theirs


def publish(log_: VisitLog, root: Path, now: datetime | None = None) -> PublishResult:
    """Write this install's changed month files and its station file. Raises SyncUnavailable when the share
    can't be written; what was written before stays valid, and the next publish finishes the job."""
    moment = now or datetime.now(UTC)
    install, station = log_.settings.install_id(), str(log_.settings.get("station"))
    names = state.own_names(log_.db, station)
    held, held_events = state.held_back(log_.db, moment), state.held_back_events(log_.db, moment)
    folder = stations_folder(root) / install
    if not stations_folder(root).is_dir():
        state.record_station(log_.db, install, checked=moment, station=station, problem=Problem.OFFLINE.value)
        raise SyncUnavailable(Problem.OFFLINE, stations_folder(root))
    try:
        folder.mkdir(exist_ok=True)
        shared = _own_station_file(folder)
        result = PublishResult(held_back=len(held), events_held_back=len(held_events))
        months: dict[str, MonthEntry] = {}
        for month in state.own_months(log_.db, names):
            document = export_month(log_, month, station, names=names, held_back=held | held_events)
            if not document["visits"] and not document["events"]:
                continue  # everything of the month can still be undone
            data = encode(document)
            months[month] = MonthEntry(digest(data), len(data))
            if shared.get(month) != months[month] or not _has_size(folder / f"{month}.json", len(data)):
                write_atomic(folder / f"{month}.json", data)
                result.written.append(month)
        cutoff = cutoff_month(moment.astimezone().date(), int(log_.settings.get("retention_months")))
        for month, entry in shared.items():
            if month in months:
                continue
            if month < cutoff:
                (folder / f"{month}.json").unlink(missing_ok=True)
                result.removed.append(month)
            else:  # folded or lost here (a restored backup): the others keep what they have
                months[month] = entry
        written = write_atomic(folder / STATION_FILE, encode(station_document(install, station, months)))
    except StorageError:
        raise
    except OSError as exc:
        problem = write_problem(exc)
        state.record_station(log_.db, install, checked=moment, station=station, problem=problem.value)
        raise SyncUnavailable(problem, folder, exc.strerror or str(exc)) from None
    remove_stale_partials(folder, written.st_mtime)
    state.record_station(log_.db, install, checked=moment, station=station, last_seen=modified(written))
    log.info("sync: %d month files written, %d removed", len(result.written), len(result.removed))
    return result


def _own_station_file(folder: Path) -> dict[str, MonthEntry]:
    """The months this install's station file in the share lists; none when it is missing or unusable (the
    share was emptied, or restored from an old backup): then every month is written again."""
    try:
        return read_station_file(folder).months
    except StationFileError:
        return {}


def _has_size(path: Path, size: int) -> bool:
    try:
        return path.stat().st_size == size
    except OSError:
        return False


@dataclass
class SyncRun:
    """One sync: publish, then collect. Each half can fail alone (a read-only share can still be read)."""

    published: PublishResult | None = None
    collected: CollectResult | None = None
    publish_error: SyncUnavailable | None = None
    collect_error: SyncUnavailable | None = None

    @property
    def ok(self) -> bool:
        return self.publish_error is None and self.collect_error is None


def run(log_: VisitLog, root: Path, now: datetime | None = None, *, read: bool = True) -> SyncRun:
    """Publish, and with ``read`` collect too. Never raises for the share; the local disk's errors
    (StorageError) and SQLite's pass through."""
    done = SyncRun()
    try:
        done.published = publish(log_, root, now)
    except SyncUnavailable as error:
        done.publish_error = error
    if read:
        try:
            done.collected = collect(log_, root, now)
        except SyncUnavailable as error:
            done.collect_error = error
    return done


def prepare(root: Path) -> bool:
    """Make the stations/ folder inside an existing shared folder; True when it was made now. The window never
    does this: an unmounted share's empty mount point must not silently become the shared folder."""
    if not root.is_dir():
        raise SyncUnavailable(Problem.OFFLINE, root)
    try:
        stations_folder(root).mkdir()
    except FileExistsError:
        return False
    except OSError as exc:
        raise SyncUnavailable(write_problem(exc), root, exc.strerror or str(exc)) from None
    return True
