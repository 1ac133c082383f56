"""Collecting from the shared folder: every other install's station file is read, and each month file whose
sha256 this install has not imported yet is imported (as ``visits import`` does: idempotent, all or nothing per
file). One station's bad, locked or clashing file never stops the others; what went wrong is kept per station
for the command line and the window. Publishing is :mod:`frontdesk.visits.sync`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from frontdesk.i18n import error_text
from frontdesk.visits import sync_state as state
from frontdesk.visits import visit_texts as says
from frontdesk.visits.exchange import (
    ExchangeError,
    StationNameTaken,
    UnreadableFile,
    VisitLog,
    free_station_name,
    import_document,
    read_document,
)
from frontdesk.visits.storage import StorageError
from frontdesk.visits.sync_files import (
    MAX_MONTH_BYTES,
    STATION_FILE,
    Problem,
    StationFile,
    StationFileError,
    StationFileMissing,
    digest,
    install_folders,
    read_limited,
    read_station_file,
)

log = logging.getLogger("frontdesk.visits")


@dataclass
class StationOutcome:
    install: str
    station: str | None
    added: int = 0
    events_added: int = 0
    problem: Problem | None = None
    error: Exception | None = None  # what went wrong last, for the command line and the window's tooltip

    def describe(self, language: str = "nb") -> str:
        return error_text(self.error).get(language) if self.error is not None else ""


@dataclass
class CollectResult:
    stations: list[StationOutcome] = field(default_factory=list)
    forgotten: list[str] = field(default_factory=list)  # stations whose folder was removed from the share

    @property
    def added(self) -> int:
        return sum(s.added for s in self.stations)

    @property
    def events_added(self) -> int:
        return sum(s.events_added for s in self.stations)

    @property
    def problems(self) -> list[StationOutcome]:
        return [s for s in self.stations if s.problem is not None]


def collect(log_: VisitLog, root: Path, now: datetime | None = None) -> CollectResult:
    """Import every other install's month files that changed since they were last imported. Raises
    SyncUnavailable when the share can't be read; one station's bad or locked file never stops the others."""
    moment = now or datetime.now(UTC)
    own = log_.settings.install_id()
    folders = [f for f in install_folders(root) if f.name != own]
    result = CollectResult()
    for folder in folders:
        outcome = _collect_one(log_, folder, moment)
        if outcome is not None:
            result.stations.append(outcome)
    result.forgotten = state.forget_installs(log_.db, {own, *(f.name for f in folders)})
    log.info("sync: %d visits and %d events added from %d stations, %d problems", result.added,
             result.events_added, len(folders), len(result.problems))
    return result


def _collect_one(log_: VisitLog, folder: Path, moment: datetime) -> StationOutcome | None:
    install = folder.name
    try:
        station_file = read_station_file(folder)
    except StationFileMissing:
        return None  # a new PC between making its folder and writing its first station file
    except StationFileError as error:
        state.record_station(log_.db, install, checked=moment, problem=error.problem.value)
        return StationOutcome(install, None, problem=error.problem, error=error)
    outcome = StationOutcome(install, station_file.station)
    if station_file.station == log_.settings.get("station"):
        outcome.problem = Problem.SAME_STATION
        outcome.error = StationNameTaken(str(folder / STATION_FILE), station_file.station,
                                         free_station_name(log_.db))
    else:
        _import_months(log_, folder, station_file, outcome)
    state.record_station(log_.db, install, checked=moment, station=station_file.station,
                         last_seen=station_file.written, problem=outcome.problem.value if outcome.problem else None)
    return outcome


def _import_months(log_: VisitLog, folder: Path, station_file: StationFile, outcome: StationOutcome) -> None:
    known = state.imported_digests(log_.db, folder.name)
    for month, entry in sorted(station_file.months.items()):
        if known.get(month) == entry.sha256:
            continue
        path = folder / f"{month}.json"
        try:
            data, _status = read_limited(path, MAX_MONTH_BYTES)
            sha = digest(data)
            if known.get(month) != sha:  # the station file may lag behind its month file: the bytes decide
                document = read_document(data, path)
                if document.get("install") != folder.name or document.get("month") != month:
                    raise ExchangeError(says.NOT_THIS_STATION, path=path)
                imported = import_document(log_, document, path)
                outcome.added += imported.added
                outcome.events_added += imported.events_added
                state.record_month(log_.db, folder.name, month, sha)
        except StorageError:  # this PC's own disk: not the share's problem
            raise
        except (OSError, UnreadableFile) as error:  # gone, locked, cut short: it may be fine next time
            outcome.problem, outcome.error = Problem.UNREADABLE, _unreadable(error, path)
        except StationNameTaken as error:
            outcome.problem, outcome.error = Problem.SAME_STATION, error
        except ExchangeError as error:
            outcome.problem, outcome.error = Problem.REFUSED, error
    state.forget_months(log_.db, folder.name, set(station_file.months))


def _unreadable(error: Exception, path: Path) -> Exception:
    if isinstance(error, OSError):
        return UnreadableFile(says.CANT_READ_NOW, path=path, reason=error.strerror or error)
    return UnreadableFile(says.RETRIED, reason=error_text(error))
