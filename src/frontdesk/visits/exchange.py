"""Station export files: how a centre with several counter PCs adds their logs up.

Each PC exports a month of its visits and events (courses, drop-ins: see events_exchange) to a JSON file; one
PC imports them all. Import is idempotent by visit and event id (importing a file twice adds nothing),
all-or-nothing per file, refuses unknown formats and schema versions, reads schema 1 files (written before
events existed) too, and skips stations whose month has already been folded by retention (their visits are
counted already; events are never folded).

An import file is outside input: every value must have exactly the type frontdesk writes (no true for an
hour, no number for a station) before it goes through the same checks as a visit logged at the counter, and
messages say which visit and field is wrong without repeating the value.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from frontdesk.visits.events import EventError
from frontdesk.visits.events_exchange import insert_events, parse_events
from frontdesk.visits.model import VISIT_FIELDS, Visit, VisitError
from frontdesk.visits.retention import folded_stations
from frontdesk.visits.schema import transaction
from frontdesk.visits.store import VisitStore

log = logging.getLogger("frontdesk.visits")

FORMAT = "frontdesk-visits"
SCHEMA = 2  # 2 added the visit questions age_group, repeat_visit, language_help and the events list
READABLE = {1: VISIT_FIELDS[:11], 2: VISIT_FIELDS}  # schema -> the exact fields of a visit
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class ExchangeError(ValueError):
    """A file that can't be imported (or a month that can't be exported). Nothing was stored."""


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
        raise ExchangeError("Month must be YYYY-MM, e.g. 2026-10.")
    return month


def export_month(store: VisitStore, month: str, station: str) -> dict[str, Any]:
    """The export document for one station's visits in ``month``."""
    visits = store.visits_in_month(check_month(month), station)
    return {
        "format": FORMAT,
        "schema": SCHEMA,
        "station": station,
        "month": month,
        "visits": [visit.to_row() for visit in visits],
        "events": [event.to_row() for event in store.events.in_month(month, station)],
    }


def write_export(document: dict[str, Any], out: Path) -> None:
    """Write atomically: a half-written file must never be imported as a whole month, nor be left behind when
    the disk is full."""
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
            handle.flush()
            os.fsync(handle.fileno())  # on the USB stick before "written" is printed
        partial.replace(out)
    except BaseException:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _read(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ExchangeError(f"{path}: not a readable JSON file ({exc}).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError(f"{path}: not a frontdesk visit export (format must be '{FORMAT}').")
    if type(document.get("schema")) is not int or document["schema"] not in READABLE:  # true == 1 in Python
        schema = document.get("schema")
        version = f"version {schema}" if type(schema) is int else "this version"
        raise ExchangeError(f"{path}: schema {version} is unknown to this frontdesk (it reads versions "
                            f"{' and '.join(map(str, READABLE))}). "
                            "Update frontdesk on this PC, or export again.")
    if not isinstance(document.get("visits"), list):
        raise ExchangeError(f"{path}: 'visits' must be a list.")
    if document["schema"] >= 2 and not isinstance(document.get("events"), list):
        raise ExchangeError(f"{path}: 'events' must be a list.")
    if document["schema"] == 1 and "events" in document:
        raise ExchangeError(f"{path}: a schema 1 file has no 'events'; export it again with this frontdesk.")
    return document


def _from_file(raw: object, fields: tuple[str, ...]) -> Visit:
    """A Visit from one entry of the file, every field of exactly the type frontdesk writes."""
    if not isinstance(raw, dict) or set(raw) != set(fields):
        raise VisitError(f"a visit has exactly the fields {', '.join(fields)}.")
    for name in fields:
        value = raw[name]
        if name == "hour":
            if type(value) is not int:  # a bool is an int to Python: true would be stored as hour 1
                raise VisitError("hour must be 0–23 (a whole number).")
        elif not (isinstance(value, str) or (value is None and name in VISIT_FIELDS[5:])):
            raise VisitError(f"{name} must be a text{' or null' if name in VISIT_FIELDS[5:] else ''}.")
    try:  # fromisoformat alone would take "20261005" and "2026-W41-1", and repeat the text when it fails
        day = date.fromisoformat(raw["date"]) if DAY.fullmatch(raw["date"]) else None
    except ValueError:
        day = None
    if day is None:
        raise VisitError("date must be a real day written YYYY-MM-DD.")
    return Visit(**{**raw, "date": day})


def _parse(store: VisitStore, path: Path, document: dict[str, Any]) -> list[Visit]:
    visits: list[Visit] = []
    for number, raw in enumerate(document["visits"], start=1):
        try:
            visits.append(store.checker.visit(_from_file(raw, READABLE[document["schema"]]), history=True))
        except ValueError as exc:  # VisitError and PersonalDataError: neither repeats the refused value
            raise ExchangeError(f"{path}: visit {number}: {exc} Nothing from this file was imported.") from None
    return visits


def import_file(store: VisitStore, path: Path) -> ImportResult:
    """Add the file's visits and events that aren't in the log yet, in one transaction. Raises ExchangeError."""
    document = _read(path)
    visits = _parse(store, path, document)
    try:
        events = parse_events(store.event_kinds, document.get("events", []), date.today())
    except ValueError as exc:
        message = exc.message("en") if isinstance(exc, EventError) else str(exc)
        raise ExchangeError(f"{path}: {message} Nothing from this file was imported.") from None
    result = ImportResult(path)
    columns = ", ".join(VISIT_FIELDS)
    placeholders = ", ".join("?" * len(VISIT_FIELDS))
    with transaction(store.db):
        folded: dict[str, set[str]] = {}
        for visit in visits:
            counts = result.stations.setdefault(visit.station, StationCounts())
            month = visit.date.isoformat()[:7]
            if visit.station in folded.setdefault(month, folded_stations(store.db, month)):
                counts.already_folded += 1
                continue
            row = visit.to_row()
            cursor = store.db.execute(f"INSERT OR IGNORE INTO visits ({columns}) VALUES ({placeholders})",
                                      [row[name] for name in VISIT_FIELDS])
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
