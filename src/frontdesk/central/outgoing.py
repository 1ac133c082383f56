"""What leaves the PC on a push, and only what the central database doesn't have yet.

Every value is checked by the visit log's own rules (privacy.check once per distinct text, the enums, the
visit id's shape) on its way out. Visits are grouped by station and month, and each group has a fingerprint:
how many visits and the sum of a 60-bit hash of their random ids. Where the central database's fingerprint of
the same group is equal, it already holds those very visits and the group stays home, so an hourly push sends
the visits of the day, not the whole log; any difference (a new visit, an import, a database restored from a
backup) sends the whole group again, and the visit ids make that harmless.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import psycopg
import sqlite_utils

from frontdesk.central.connection import CentralError
from frontdesk.visits.model import ENUM_DIMENSIONS, VISIT_FIELDS
from frontdesk.visits.privacy import RefusedText, check, check_visit_id

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
# Visit fields whose text is an id with a privacy rule of its own (privacy.FIELD_RULES).
_ID_FIELDS = ("station", "category", "referred_to", "guide_id")
_OPTIONAL = VISIT_FIELDS[5:]
_HASH_DIGITS = 15  # hex digits of the id: 60 bits, a positive bigint in PostgreSQL
_UNDOABLE = "SELECT visit_id FROM undo_slot WHERE expires > ?"

Group = tuple[str, str]  # station, month (YYYY-MM)
Print = tuple[int, int]  # number of visits, sum of their id hashes


class _OutgoingCheck:
    """Each value of a row as the visit log's rules allow it; a refused one stops the push, naming the field."""

    def __init__(self) -> None:
        self._passed: set[tuple[str, str]] = set()
        self._choices = {name: {member.value for member in enum} for name, enum in ENUM_DIMENSIONS.items()}

    def row(self, raw: tuple[Any, ...]) -> tuple[Any, ...]:
        values = dict(zip(VISIT_FIELDS, raw, strict=True))
        try:
            check_visit_id(values["id"])
        except RefusedText:
            raise self.refused("id") from None
        for name in _ID_FIELDS:
            self._text(name, values[name], optional=name in _OPTIONAL)
        for name, choices in self._choices.items():
            if values[name] is not None and values[name] not in choices:
                raise self.refused(name)
        hour, day = values["hour"], values["date"]
        if type(hour) is not int or not 0 <= hour <= 23:
            raise self.refused("hour")
        if not isinstance(day, str) or not _DAY.fullmatch(day):
            raise self.refused("date")
        try:
            values["date"] = date.fromisoformat(day)
        except ValueError:
            raise self.refused("date") from None
        return tuple(values[name] for name in VISIT_FIELDS)

    def _text(self, field: str, value: object, *, optional: bool) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            raise self.refused(field)
        if (field, value) in self._passed:
            return
        try:
            if check(field, value) != value:
                raise self.refused(field)
        except RefusedText:
            raise self.refused(field) from None
        self._passed.add((field, value))

    @staticmethod
    def refused(field: str) -> CentralError:
        return CentralError(f"A visit in the local log has a value in '{field}' that the privacy rules refuse "
                            "(see docs/privacy.md). Nothing was sent.")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # as visits/store.py writes undo_slot


def outgoing_rows(db: sqlite_utils.Database, now: datetime, groups: set[Group]) -> Iterator[tuple[Any, ...]]:
    """The local visits of ``groups`` to send, checked, with ``date`` as a date; those that can still be undone
    wait. Nothing else is read into a row: the rest of the log stays home."""
    check_row = _OutgoingCheck()
    cursor = db.execute(f"SELECT {', '.join(VISIT_FIELDS)} FROM visits WHERE id NOT IN ({_UNDOABLE})", [_stamp(now)])
    for raw in cursor:
        if (raw[1], str(raw[2])[:7]) in groups:
            yield check_row.row(tuple(raw))


def local_prints(db: sqlite_utils.Database, now: datetime) -> dict[Group, Print]:
    """Each (station, month) of the visits a push would send, with its fingerprint."""
    prints: dict[Group, list[int]] = {}
    cursor = db.execute(f"SELECT id, station, substr(date, 1, 7) FROM visits WHERE id NOT IN ({_UNDOABLE})",
                        [_stamp(now)])
    for visit_id, station, month in cursor:
        try:
            check_visit_id(visit_id)
        except RefusedText:
            raise _OutgoingCheck.refused("id") from None
        if not isinstance(month, str) or not _MONTH.fullmatch(month):
            raise _OutgoingCheck.refused("date")
        slot = prints.setdefault((station, month), [0, 0])
        slot[0] += 1
        slot[1] += int(visit_id.replace("-", "")[:_HASH_DIGITS], 16)
    return {group: (count, total) for group, (count, total) in prints.items()}


def central_prints(conn: psycopg.Connection[Any], centre_id: int, since: str) -> dict[Group, Print]:
    """The same fingerprints of what the central database holds for the centre, from month ``since`` on."""
    rows = conn.execute(
        f"SELECT station, to_char(date, 'YYYY-MM'), count(*), sum(('x' || substr(replace(id::text, '-', ''), 1, "
        f"{_HASH_DIGITS}))::bit({4 * _HASH_DIGITS})::bigint) FROM frontdesk.visits "
        "WHERE centre_id = %s AND date >= %s GROUP BY 1, 2", [centre_id, date.fromisoformat(f"{since}-01")])
    return {(str(station), str(month)): (int(count), int(total)) for station, month, count, total in rows}


def changed_groups(conn: psycopg.Connection[Any], centre_id: int, local: dict[Group, Print]) -> set[Group]:
    """The groups whose visits the central database may lack: every group whose fingerprints differ."""
    if not local:
        return set()
    central = central_prints(conn, centre_id, min(month for _, month in local))
    return {group for group, fingerprint in local.items() if central.get(group) != fingerprint}


def waiting_count(db: sqlite_utils.Database, now: datetime) -> int:
    row = db.execute(f"SELECT count(*) FROM visits WHERE id IN ({_UNDOABLE})", [_stamp(now)]).fetchone()
    return int(row[0])


