"""Every value of a row on its way to the central database, checked by the visit log's own rules.

A visit's texts go through privacy.check (once per distinct text), its choices through the enums, its id through
the visit id's shape; an event's kind and station the same way, and its figures through the limits an event is
logged with (visits/events.py). A refused value stops the whole push, naming the field and never the value: a
log changed behind frontdesk's back sends nothing.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from frontdesk.central import texts as says
from frontdesk.central.connection import CentralError
from frontdesk.visits.events import EVENT_FIELDS, MAX_HOURS, MAX_PEOPLE
from frontdesk.visits.model import ENUM_DIMENSIONS, VISIT_FIELDS
from frontdesk.visits.privacy import RefusedText, check, check_visit_id

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Visit fields whose text is an id with a privacy rule of its own (privacy.FIELD_RULES).
_ID_FIELDS = ("station", "category", "referred_to", "guide_id")
_OPTIONAL = VISIT_FIELDS[5:]


def refused(field: str, noun: str = "visit") -> CentralError:
    return CentralError(says.EVENT_REFUSED if noun == "event" else says.VISIT_REFUSED, field=field)


class _Texts:
    """privacy.check of each distinct text once: a log repeats its station and category ids thousands of times."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self._passed: set[tuple[str, str]] = set()

    def text(self, field: str, value: object, *, optional: bool = False, column: str | None = None) -> None:
        """``value`` by the privacy rule of ``field``; a refusal names ``column`` (default: the field)."""
        if value is None and optional:
            return
        shown = column or field
        if not isinstance(value, str):
            raise refused(shown, self.noun)
        if (field, value) in self._passed:
            return
        try:
            if check(field, value) != value:
                raise refused(shown, self.noun)
        except RefusedText:
            raise refused(shown, self.noun) from None
        self._passed.add((field, value))

    def identity(self, value: object, field: str) -> None:
        try:
            check_visit_id(value, field)
        except RefusedText:
            raise refused("id", self.noun) from None

    def day(self, value: object) -> date:
        """The date as ``date``; the text must be the log's own YYYY-MM-DD."""
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            raise refused("date", self.noun)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise refused("date", self.noun) from None

    def hour(self, value: object, *, optional: bool = False) -> None:
        if value is None and optional:
            return
        if type(value) is not int or not 0 <= value <= 23:
            raise refused("hour", self.noun)


class VisitCheck(_Texts):
    """A visit row (:data:`VISIT_FIELDS`) as the visit log's rules allow it, with ``date`` as a date."""

    def __init__(self) -> None:
        super().__init__("visit")
        self._choices = {name: {member.value for member in enum} for name, enum in ENUM_DIMENSIONS.items()}

    def __call__(self, raw: tuple[Any, ...]) -> tuple[Any, ...]:
        values = dict(zip(VISIT_FIELDS, raw, strict=True))
        self.identity(values["id"], "id")
        for name in _ID_FIELDS:
            self.text(name, values[name], optional=name in _OPTIONAL)
        for name, choices in self._choices.items():
            if values[name] is not None and values[name] not in choices:
                raise refused(name)
        self.hour(values["hour"])
        values["date"] = self.day(values["date"])
        return tuple(values[name] for name in VISIT_FIELDS)


class EventCheck(_Texts):
    """An event row (:data:`EVENT_FIELDS`) within the limits the event log's table holds, ``date`` as a date."""

    def __init__(self) -> None:
        super().__init__("event")

    def __call__(self, raw: tuple[Any, ...]) -> tuple[Any, ...]:
        values = dict(zip(EVENT_FIELDS, raw, strict=True))
        self.identity(values["id"], "event_id")
        self.text("station", values["station"])
        self.text("event_kind", values["kind"], column="kind")
        self.hour(values["hour"], optional=True)
        values["date"] = self.day(values["date"])
        for name in ("participants", "volunteers"):
            self._within(name, values[name], MAX_PEOPLE, whole=True)
        if values["hours"] is not None:
            self._within("hours", values["hours"], MAX_HOURS, above_zero=True)
        self._within("volunteer_hours", values["volunteer_hours"], MAX_HOURS * values["volunteers"])
        return tuple(values[name] for name in EVENT_FIELDS)

    def _within(self, field: str, value: object, high: float, *, whole: bool = False,
                above_zero: bool = False) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or (whole and not isinstance(value, int)):
            raise refused(field, self.noun)
        if not math.isfinite(value) or not (value > 0 if above_zero else value >= 0) or value > high:
            raise refused(field, self.noun)
