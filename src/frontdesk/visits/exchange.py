"""Station export files: how a centre with several counter PCs adds their logs up.

Each PC exports a month of its visits and events (courses, drop-ins: see events_exchange) to a JSON file; one
PC imports them all. Import is idempotent by visit and event id (importing a file twice adds nothing),
all-or-nothing per file, refuses unknown formats and schema versions, reads schema 1 files (written before
events existed) too, and skips stations whose month has already been folded by retention (their visits are
counted already; events are never folded).

An import file is outside input: every value must have exactly the type frontdesk writes (no true for an
hour, no number for a station) before it goes through the same checks as a visit logged at the counter, and
messages say which visit and field is wrong without repeating the value.

A file of this install's own station carries ``install``, the random install id (settings.install_id). Import
refuses a file from another install that uses this install's station name: its visits would be counted as this
counter's. Files without ``install`` (older frontdesk, or another station's visits exported from here) are
imported as before; readers that don't know ``install`` ignore it.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from frontdesk.atomic_file import write_text_atomic
from frontdesk.i18n import Text, TextError, error_text
from frontdesk.visits import visit_texts as says
from frontdesk.visits.checks import VisitChecker
from frontdesk.visits.database import transaction
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.events_exchange import insert_events, parse_events
from frontdesk.visits.events_store import EventLog
from frontdesk.visits.model import VISIT_FIELDS, Visit, VisitError
from frontdesk.visits.retention import folded_stations
from frontdesk.visits.settings import Settings, is_install_id
from frontdesk.visits.store import VisitStore

log = logging.getLogger("frontdesk.visits")

FORMAT = "frontdesk-visits"
SCHEMA = 2  # 2 added the visit questions age_group, repeat_visit, language_help and the events list
READABLE = {1: VISIT_FIELDS[:11], 2: VISIT_FIELDS}  # schema -> the exact fields of a visit
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class ExchangeError(TextError, ValueError):
    """A file that can't be imported (or a month that can't be exported). Nothing was stored. Told in three
    languages (:mod:`frontdesk.visits.visit_texts`)."""


class UnreadableFile(ExchangeError):
    """Not (complete) JSON: on a share, often a file still being copied. Reading it later may work."""


_NAME_TAKEN = Text(
    "{source}: kommer fra en annen PC som også kaller seg «{station}», som er navnet på denne skranken; besøkene "
    "ville blitt talt som denne skrankens. Ingenting ble importert. Gi én av de to PC-ene et eget navn, for "
    "eksempel: frontdesk settings set station {free}",
    "{source}: kjem frå ein annan PC som òg kallar seg «{station}», som er namnet på denne skranken; besøka ville "
    "blitt talde som besøka til denne skranken. Ingenting vart importert. Gi éin av dei to PC-ane eit eige namn, "
    "til dømes: frontdesk settings set station {free}",
    "{source}: comes from another PC that also calls itself '{station}', the name of this counter; its visits "
    "would be counted as this counter's. Nothing from it was imported. Give one of the two PCs its own name, for "
    "example: frontdesk settings set station {free}")


class StationNameTaken(ExchangeError):
    """The file comes from another install that uses this install's station name. ``free`` is a name no
    station uses yet."""

    def __init__(self, source: str, station: str, free: str) -> None:
        self.source, self.station, self.free = source, station, free
        super().__init__(_NAME_TAKEN, source=source, station=station, free=free)


def free_station_name(db: Database) -> str:
    """The first 'skranke-N' (from 2) that no visit, no event and no station in the shared folder uses."""
    used = {str(row[0]) for row in db.execute("SELECT DISTINCT station FROM visits UNION SELECT station FROM "
                                              "events UNION SELECT station FROM sync_stations WHERE station IS "
                                              "NOT NULL")}
    return next(f"skranke-{n}" for n in range(2, 10_000) if f"skranke-{n}" not in used)


class VisitLog(Protocol):
    """What import and export need: a VisitStore, or a sync job's own connection to the same database."""

    @property
    def db(self) -> Database: ...

    @property
    def checker(self) -> VisitChecker: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def events(self) -> EventLog: ...

    @property
    def event_kinds(self) -> EventKinds: ...


@dataclass
class StationCounts:
    added: int = 0
    already_there: int = 0
    already_folded: int = 0
    events_added: int = 0
    events_already_there: int = 0


@dataclass
class ImportResult:
    path: Path
    stations: dict[str, StationCounts] = field(default_factory=dict)

    @property
    def added(self) -> int:
        return sum(s.added for s in self.stations.values())

    @property
    def events_added(self) -> int:
        return sum(s.events_added for s in self.stations.values())


def check_month(month: str) -> str:
    if not MONTH.match(month):
        raise ExchangeError(says.MONTH)
    return month


def export_month(log: VisitLog, month: str, station: str, *, names: frozenset[str] = frozenset(),
                 held_back: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The export document for one station's visits and events in ``month``, and those under its earlier
    ``names``, without the visits and events whose ids are ``held_back``. A file of this install's own station
    says so."""
    stations = sorted({station, *names})
    year, number = (int(part) for part in check_month(month).split("-"))
    after = f"{year + number // 12:04d}-{number % 12 + 1:02d}-01"
    rows = log.db.execute(  # a date range and the station, so the (station, date) index answers it
        f"SELECT {', '.join(VISIT_FIELDS)} FROM visits WHERE station IN ({', '.join('?' * len(stations))}) "
        "AND date >= ? AND date < ? ORDER BY date, hour, id", [*stations, f"{month}-01", after])
    visits = [row for row in (dict(zip(VISIT_FIELDS, values, strict=True)) for values in rows)
              if row["id"] not in held_back]
    events = [event.to_row() for event in log.events.in_month(month)
              if event.station in stations and event.id not in held_back]
    document: dict[str, Any] = {"format": FORMAT, "schema": SCHEMA, "station": station, "month": month}
    if station == log.settings.get("station"):
        document["install"] = log.settings.install_id()
    return {**document, "visits": visits, "events": events}


def write_export(document: dict[str, Any], out: Path) -> None:
    """Write atomically: a half-written file must never be imported as a whole month, nor be left behind when
    the disk is full; flushed to the USB stick before "written" is printed."""
    write_text_atomic(out, json.dumps(document, ensure_ascii=False, indent=1) + "\n")


def _read(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(says.NOT_JSON, path=path, reason=exc) from None
    return read_document(data, path)


def read_document(data: bytes, path: Path) -> dict[str, Any]:
    """The export document in ``data`` (the bytes of ``path``), its format and schema checked."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UnreadableFile(says.NOT_JSON, path=path, reason=exc) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError(says.NOT_AN_EXPORT, path=path, format=FORMAT)
    if type(document.get("schema")) is not int or document["schema"] not in READABLE:  # true == 1 in Python
        schema = document.get("schema")
        version = says.VERSION.with_values(number=schema) if type(schema) is int else says.THIS_VERSION
        readable = Text.build(lambda language: says.AND.get(language).join(map(str, READABLE)))
        raise ExchangeError(says.UNKNOWN_SCHEMA, path=path, version=version, readable=readable)
    if not isinstance(document.get("visits"), list):
        raise ExchangeError(says.MUST_BE_LIST, path=path, key="visits")
    if document["schema"] >= 2 and not isinstance(document.get("events"), list):
        raise ExchangeError(says.MUST_BE_LIST, path=path, key="events")
    if document["schema"] == 1 and "events" in document:
        raise ExchangeError(says.NO_EVENTS_IN_SCHEMA_1, path=path)
    if "install" in document and not is_install_id(document["install"]):
        raise ExchangeError(says.INSTALL_ID, path=path)
    return document


def check_origin(log: VisitLog, document: dict[str, Any], path: Path) -> None:
    """Raise StationNameTaken for a file from another install that uses this install's station name."""
    own = str(log.settings.get("station"))
    install = document.get("install")
    if install is not None and install != log.settings.install_id() and document.get("station") == own:
        raise StationNameTaken(str(path), own, free_station_name(log.db))


def _from_file(raw: object, fields: tuple[str, ...]) -> Visit:
    """A Visit from one entry of the file, every field of exactly the type frontdesk writes."""
    if not isinstance(raw, dict) or set(raw) != set(fields):
        raise VisitError(says.EXACT_FIELDS, fields=", ".join(fields))
    for name in fields:
        value = raw[name]
        if name == "hour":
            if type(value) is not int:  # a bool is an int to Python: true would be stored as hour 1
                raise VisitError(says.HOUR)
        elif not (isinstance(value, str) or (value is None and name in VISIT_FIELDS[5:])):
            raise VisitError(says.MUST_BE_TEXT_OR_NULL if name in VISIT_FIELDS[5:] else says.MUST_BE_TEXT, name=name)
    try:  # fromisoformat alone would take "20261005" and "2026-W41-1", and repeat the text when it fails
        day = date.fromisoformat(raw["date"]) if DAY.fullmatch(raw["date"]) else None
    except ValueError:
        day = None
    if day is None:
        raise VisitError(says.NOT_A_DAY)
    return Visit(**{**raw, "date": day})


def _parse(store: VisitLog, path: Path, document: dict[str, Any]) -> list[Visit]:
    visits: list[Visit] = []
    for number, raw in enumerate(document["visits"], start=1):
        try:
            visits.append(store.checker.visit(_from_file(raw, READABLE[document["schema"]]), history=True))
        except ValueError as exc:  # VisitError and PersonalDataError: neither repeats the refused value
            raise ExchangeError(says.VISIT_IN_FILE, path=path, number=number, reason=error_text(exc)) from None
    return visits


def import_file(store: VisitLog, path: Path) -> ImportResult:
    """Add the file's visits and events that aren't in the log yet, in one transaction. Raises ExchangeError."""
    return import_document(store, _read(path), path)


def import_document(store: VisitLog, document: dict[str, Any], path: Path) -> ImportResult:
    """Import a document read by :func:`read_document` from ``path``. Raises ExchangeError."""
    check_origin(store, document, path)
    visits = _parse(store, path, document)
    try:
        events = parse_events(store.event_kinds, document.get("events", []), date.today())
    except ValueError as exc:
        raise ExchangeError(says.IN_FILE, path=path, reason=error_text(exc)) from None
    result = ImportResult(path)
    columns = ", ".join(VISIT_FIELDS)
    placeholders = ", ".join("?" * len(VISIT_FIELDS))
    with transaction(store.db):
        folded: dict[str, set[str]] = {}
        for visit in visits:
            counts = result.stations.setdefault(visit.station, StationCounts())
            month = visit.date.isoformat()[:7]
            if month not in folded:  # once per month: setdefault would run the query for every visit
                folded[month] = folded_stations(store.db, month)
            if visit.station in folded[month]:
                counts.already_folded += 1
                continue
            values = [visit.date.isoformat() if name == "date" else getattr(visit, name) for name in VISIT_FIELDS]
            cursor = store.db.execute(f"INSERT OR IGNORE INTO visits ({columns}) VALUES ({placeholders})", values)
            if cursor.rowcount:
                counts.added += 1
            else:
                counts.already_there += 1
        for station, (added, there) in insert_events(store.db, events).items():
            counts = result.stations.setdefault(station, StationCounts())
            counts.events_added, counts.events_already_there = added, there
    log.info("imported visit file: %d visits and %d events added", result.added, result.events_added)
    return result


def stations_in_month(store: VisitStore, month: str) -> Counter[str]:
    """Visits per station in ``month``: tells the user which stations an export could be made for."""
    return Counter(visit.station for visit in store.visits_in_month(check_month(month)))
