"""The event log: add a course, drop-in day or meeting, undo the last one, list a period's events.

It lives in the visit log's database (table ``events``) and shares its connection and durability: each write
is one transaction on the WAL database with synchronous=FULL. The undo slot works like the visits' one, in its
own table, so undoing an event never touches a visit and the other way round.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlite_utils import Database

from frontdesk.visits.database import transaction
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.events import (
    DURATION,
    EVENT_FIELDS,
    MAX_HOURS,
    MAX_PEOPLE,
    PARTICIPANTS,
    VOLUNTEER_HOURS,
    VOLUNTEERS,
    Event,
    checked_event,
    hours_value,
    whole,
)

log = logging.getLogger("frontdesk.visits")

Number = int | float | str  # from the window (numbers) or the command line (text, "1,5" included)


def _stamp(moment: datetime) -> str:
    # One fixed format, so expiry strings compare correctly as text inside SQL.
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class EventLog:
    """Events in the visit log's database. Get it as ``VisitStore.events``."""

    def __init__(self, db: Database, kinds: EventKinds, undo_window: timedelta) -> None:
        self.db = db
        self.kinds = kinds
        self.undo_window = undo_window

    def drop_expired_undo(self, now: datetime | None = None) -> None:
        """An expired undo slot is not kept past the next opening (docs/privacy.md)."""
        with transaction(self.db):
            self.db.execute("DELETE FROM event_undo_slot WHERE expires <= ?", [_stamp(now or datetime.now(UTC))])

    def add(self, kind: str, *, station: str, on: date, participants: Number, hours: Number | None = None,
            volunteers: Number = 0, volunteer_hours: Number = 0, hour: int | None = None,
            now: datetime | None = None) -> Event:
        """Log one event and return it; it is on disk when this returns. Raises EventError (a value out of
        range, an unknown kind, a day in the future) or PersonalDataError (the kind or station)."""
        moment = now or datetime.now()
        local_today = (moment if moment.tzinfo is None else moment.astimezone()).date()
        event = checked_event(self.kinds, Event(
            id=str(uuid.uuid4()), station=station, date=on, kind=kind,
            participants=whole(participants, PARTICIPANTS, MAX_PEOPLE),
            hours=None if hours is None or hours == "" else hours_value(hours, DURATION, MAX_HOURS),
            volunteers=whole(volunteers, VOLUNTEERS, MAX_PEOPLE),
            volunteer_hours=hours_value(volunteer_hours, VOLUNTEER_HOURS, MAX_HOURS * MAX_PEOPLE),
            hour=hour,
        ), today=local_today)
        row = event.to_row()
        with transaction(self.db):
            self.db.execute(f"INSERT INTO events ({', '.join(EVENT_FIELDS)}) VALUES "
                            f"({', '.join('?' * len(EVENT_FIELDS))})", [row[name] for name in EVENT_FIELDS])
            self.db.execute("INSERT OR REPLACE INTO event_undo_slot (station, event_id, expires) VALUES (?, ?, ?)",
                            [event.station, event.id, _stamp(moment.astimezone(UTC) + self.undo_window)])
            self.db.execute("DELETE FROM event_undo_slot WHERE expires <= ?", [_stamp(moment)])
        log.info("event logged at station %s", event.station)
        return event

    def undo_last(self, station: str, now: datetime | None = None) -> Event | None:
        """Delete this station's last event if it was logged within the undo window; return it, else None."""
        stamp = _stamp(now or datetime.now(UTC))
        with transaction(self.db):
            slot = self.db.execute("SELECT event_id, expires FROM event_undo_slot WHERE station = ?",
                                   [station]).fetchone()
            if slot is None:
                return None
            self.db.execute("DELETE FROM event_undo_slot WHERE station = ?", [station])
            if str(slot[1]) <= stamp:
                return None
            event = self.get(str(slot[0]))
            if event is not None:
                self.db.execute("DELETE FROM events WHERE id = ?", [event.id])
        if event is not None:
            log.info("last event undone at station %s", station)
        return event

    def get(self, event_id: str) -> Event | None:
        rows = list(self.db["events"].rows_where("id = ?", [event_id]))
        return Event.from_row(rows[0]) if rows else None

    def between(self, start: date, end: date, station: str | None = None) -> list[Event]:
        """Events from ``start`` to ``end`` (both included), oldest first."""
        where, params = "date BETWEEN ? AND ?", [start.isoformat(), end.isoformat()]
        if station is not None:
            where, params = where + " AND station = ?", [*params, station]
        return [Event.from_row(row) for row in self.db["events"].rows_where(where, params, order_by="date, hour, id")]

    def in_month(self, month: str, station: str | None = None) -> list[Event]:
        first = date.fromisoformat(f"{month}-01")
        following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        return self.between(first, following - timedelta(days=1), station)
