"""What leaves the PC on a push: this install's own visits and events, and only those the central database lacks.

This install's own rows are those under its station name or a name it had before (``sync_own_names``, kept by
the sync work and by every rename): a renamed counter's earlier visits are its own, and the visits a PC imported
from its colleagues (by sync or ``visits import``) are theirs, so each row is pushed by the PC that logged it,
for that PC's centre. Rows that can still be undone (their 10 minutes) wait.

Rows are grouped by station and month, and each group has a fingerprint: how many rows and the sum of a 60-bit
hash of their random ids. Where the central database's fingerprint of the same group is equal, it already holds
those very rows and the group stays home, so an hourly push sends the rows of the day, not the whole log; any
difference (a new row, a database restored from a backup) sends the whole group again, and the ids make that
harmless. Every row is checked on its way out (:mod:`frontdesk.central.checks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import psycopg
import sqlite_utils

from frontdesk.central.checks import EventCheck, VisitCheck, refused
from frontdesk.visits.events import EVENT_FIELDS
from frontdesk.visits.model import VISIT_FIELDS
from frontdesk.visits.privacy import RefusedText, check_visit_id

_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_HASH_DIGITS = 15  # hex digits of the id: 60 bits, a positive bigint in PostgreSQL

Group = tuple[str, str]  # station, month (YYYY-MM)
Print = tuple[int, int]  # number of rows, sum of their id hashes


@dataclass(frozen=True)
class Rows:
    """One kind of row a push sends: its table (the same name locally and centrally) and how it is checked."""

    table: str
    noun: str  # for messages
    fields: tuple[str, ...]
    undoable: str  # SQL: the ids that can still be undone at the moment given as its one parameter
    check: Callable[[], Callable[[tuple[Any, ...]], tuple[Any, ...]]]
    types: Mapping[str, str] = field(default_factory=dict)  # PostgreSQL types of the staging table; else text

    def staging_columns(self) -> str:
        return ", ".join(f"{name} {self.types.get(name, 'text')}" for name in self.fields)


VISITS = Rows("visits", "visit", VISIT_FIELDS, "SELECT visit_id FROM undo_slot WHERE expires > ?", VisitCheck,
              {"id": "uuid", "date": "date", "hour": "smallint"})
EVENTS = Rows("events", "event", EVENT_FIELDS, "SELECT event_id FROM event_undo_slot WHERE expires > ?", EventCheck,
              {"id": "uuid", "date": "date", "hour": "smallint", "participants": "integer", "hours": "numeric",
               "volunteers": "integer", "volunteer_hours": "numeric"})


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # as visits/store.py writes undo_slot


def _own(rows: Rows, names: frozenset[str]) -> tuple[str, list[str]]:
    """The WHERE clause of this install's rows that can no longer be undone, and its parameters but the moment."""
    return (f"station IN ({', '.join('?' * len(names))}) AND id NOT IN ({rows.undoable})", sorted(names))


def outgoing_rows(db: sqlite_utils.Database, rows: Rows, now: datetime, names: frozenset[str],
                  groups: set[Group]) -> Iterator[tuple[Any, ...]]:
    """The own rows of ``groups`` to send, checked, with ``date`` as a date. Nothing else is read into a row."""
    check_row = rows.check()
    where, stations = _own(rows, names)
    cursor = db.execute(f"SELECT {', '.join(rows.fields)} FROM {rows.table} WHERE {where}", [*stations, _stamp(now)])
    for raw in cursor:
        if (raw[1], str(raw[2])[:7]) in groups:
            yield check_row(tuple(raw))


def local_prints(db: sqlite_utils.Database, rows: Rows, now: datetime, names: frozenset[str]) -> dict[Group, Print]:
    """Each (station, month) of the rows a push would send, with its fingerprint."""
    prints: dict[Group, list[int]] = {}
    where, stations = _own(rows, names)
    cursor = db.execute(f"SELECT id, station, substr(date, 1, 7) FROM {rows.table} WHERE {where}",
                        [*stations, _stamp(now)])
    for row_id, station, month in cursor:
        try:
            check_visit_id(row_id)  # an event id has the same shape
        except RefusedText:
            raise refused("id", rows.noun) from None
        if not isinstance(month, str) or not _MONTH.fullmatch(month):
            raise refused("date", rows.noun)
        slot = prints.setdefault((station, month), [0, 0])
        slot[0] += 1
        slot[1] += int(row_id.replace("-", "")[:_HASH_DIGITS], 16)
    return {group: (count, total) for group, (count, total) in prints.items()}


def central_prints(conn: psycopg.Connection[Any], rows: Rows, centre_id: int, since: str) -> dict[Group, Print]:
    """The same fingerprints of what the central database holds for the centre, from month ``since`` on."""
    found = conn.execute(
        f"SELECT station, to_char(date, 'YYYY-MM'), count(*), sum(('x' || substr(replace(id::text, '-', ''), 1, "
        f"{_HASH_DIGITS}))::bit({4 * _HASH_DIGITS})::bigint) FROM frontdesk.{rows.table} "
        "WHERE centre_id = %s AND date >= %s GROUP BY 1, 2", [centre_id, date.fromisoformat(f"{since}-01")])
    return {(str(station), str(month)): (int(count), int(total)) for station, month, count, total in found}


def changed_groups(conn: psycopg.Connection[Any], rows: Rows, centre_id: int,
                   local: dict[Group, Print]) -> set[Group]:
    """The groups whose rows the central database may lack: every group whose fingerprints differ."""
    if not local:
        return set()
    central = central_prints(conn, rows, centre_id, min(month for _, month in local))
    return {group for group, fingerprint in local.items() if central.get(group) != fingerprint}


def waiting_count(db: sqlite_utils.Database, rows: Rows, now: datetime) -> int:
    """The rows logged here that can still be undone: they go with a later push."""
    found = db.execute(f"SELECT count(*) FROM {rows.table} WHERE id IN ({rows.undoable})", [_stamp(now)]).fetchone()
    return int(found[0])
