"""Events in station files (schema 2): one list ``events`` next to ``visits``, imported by event id.

Each entry has exactly the keys of the ``events`` table (see events.EVENT_FIELDS and docs/events.md)::

    {"id": "<uuid4>", "station": "skranke-1", "date": "2026-10-14", "hour": 10, "kind": "bankid_kurs",
     "participants": 8, "hours": 2.0, "volunteers": 2, "volunteer_hours": 4.0}

``hour`` and ``hours`` may be null. Entries are outside input: exact JSON types first, then the same checks as
an event logged at the counter (a retired kind is fine: it was valid when the event was held).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlite_utils import Database

from frontdesk.i18n import Text
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.events import EVENT_FIELDS, Event, EventError, checked_event
from frontdesk.visits.privacy import RefusedText

DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INTEGERS = ("participants", "volunteers")
_NUMBERS = ("hours", "volunteer_hours")
_TEXTS = ("id", "station", "date", "kind")


def _typed(raw: object) -> Event:
    """An Event from one entry of the file, every field of exactly the type frontdesk writes."""
    if not isinstance(raw, dict) or set(raw) != set(EVENT_FIELDS):
        fields = ", ".join(EVENT_FIELDS)
        raise EventError(Text(f"et arrangement har nøyaktig feltene {fields}.",
                              f"eit arrangement har nøyaktig felta {fields}.",
                              f"an event has exactly the fields {fields}."))
    for name in _TEXTS:
        if not isinstance(raw[name], str):
            raise EventError(Text(f"{name} må være en tekst.", f"{name} må vere ein tekst.", f"{name} must be a text."))
    for name in (*_INTEGERS, "hour"):
        # a bool is an int to Python: true would be stored as 1
        if type(raw[name]) is not int and not (name == "hour" and raw[name] is None):
            raise EventError(Text(f"{name} må være et helt tall.", f"{name} må vere eit heilt tal.",
                                  f"{name} must be a whole number."))
    for name in _NUMBERS:
        if type(raw[name]) not in (int, float) and not (name == "hours" and raw[name] is None):
            raise EventError(Text(f"{name} må være et tall.", f"{name} må vere eit tal.", f"{name} must be a number."))
    try:  # fromisoformat alone would take "20261005", and repeat the text when it fails
        day = date.fromisoformat(raw["date"]) if DAY.fullmatch(raw["date"]) else None
    except ValueError:
        day = None
    if day is None:
        raise EventError(Text("date må være en ekte dag skrevet ÅÅÅÅ-MM-DD.",
                              "date må vere ein ekte dag skriven ÅÅÅÅ-MM-DD.",
                              "date must be a real day written YYYY-MM-DD."))
    return Event(**{**raw, "date": day})


_AT_EVENT = Text("arrangement {number}: {reason}", "arrangement {number}: {reason}", "event {number}: {reason}")


def parse_events(kinds: EventKinds, entries: list[Any], today: date) -> list[Event]:
    """Every entry checked; raises EventError naming the entry's position (never its values)."""
    events = []
    for number, raw in enumerate(entries, start=1):
        try:
            events.append(checked_event(kinds, _typed(raw), today=today, history=True, future_days=1))
        except (EventError, RefusedText) as exc:  # neither repeats the refused value
            raise EventError(_AT_EVENT, number=number, reason=exc.text) from None
    return events


def insert_events(db: Database, events: list[Event]) -> dict[str, tuple[int, int]]:
    """Insert inside the caller's transaction; per station ``(added, already there)``."""
    counts: dict[str, tuple[int, int]] = {}
    columns, marks = ", ".join(EVENT_FIELDS), ", ".join("?" * len(EVENT_FIELDS))
    for event in events:
        row = event.to_row()
        cursor = db.execute(f"INSERT OR IGNORE INTO events ({columns}) VALUES ({marks})",
                            [row[name] for name in EVENT_FIELDS])
        added, there = counts.get(event.station, (0, 0))
        counts[event.station] = (added + 1, there) if cursor.rowcount else (added, there + 1)
    return counts
