"""What one event is (a course, drop-in day or information meeting), and the checks before one is stored.

An event holds counts only: its kind, day, optional start hour, participants, hours, volunteers and volunteer
hours. There are no names and no text; the kind and station go through privacy.check like every visit id.
Numbers are refused when they are negative or absurd for one day at one centre, and every message says what
is allowed in bokmål and English without repeating the refused value.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from frontdesk.visits.checks import oldest_importable
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.privacy import TextShapeError, check, check_visit_id

MAX_PEOPLE = 1000  # participants or volunteers at one event: more is a typo (an extra zero, a phone number)
MAX_HOURS = 24.0  # one event is logged per day
# Stored in the order of the ``events`` table; the station file writes exactly these keys.
EVENT_FIELDS = ("id", "station", "date", "hour", "kind", "participants", "hours", "volunteers", "volunteer_hours")


class EventError(ValueError):
    """An event value the log can't accept. ``str()`` is bokmål; :meth:`message` gives English too."""

    def __init__(self, nb: str, en: str) -> None:
        self.nb, self.en = nb, en
        super().__init__(nb)

    def message(self, language: str = "nb") -> str:
        return self.en if language == "en" else self.nb


@dataclass(frozen=True)
class Event:
    """One logged event, exactly as stored."""

    id: str
    station: str
    date: date
    kind: str
    participants: int
    hours: float | None = None
    volunteers: int = 0
    volunteer_hours: float = 0.0
    hour: int | None = None  # start hour, for the weekday × hour view

    def to_row(self) -> dict[str, Any]:
        row = asdict(self)
        row["date"] = self.date.isoformat()
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        hours = row.get("hours")
        return cls(id=str(row["id"]), station=str(row["station"]), date=date.fromisoformat(str(row["date"])),
                   kind=str(row["kind"]), participants=int(row["participants"]),
                   hours=None if hours is None else float(hours), volunteers=int(row["volunteers"]),
                   volunteer_hours=float(row["volunteer_hours"]),
                   hour=None if row.get("hour") is None else int(row["hour"]))


def _text(field: str, value: object) -> str:
    """privacy.check, with a wrong shape as an EventError; PersonalDataError passes through."""
    try:
        return check(field, value)
    except TextShapeError as exc:
        raise EventError(exc.message("nb"), exc.message("en")) from None


def _number(value: object, nb: str, en: str) -> float:
    """A number from the UI (int, float) or the command line (text, with a decimal comma or point)."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            value = None
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise EventError(f"{nb} må være et tall.", f"{en} must be a number.")
    return float(value)


def whole(value: object, nb: str, en: str, high: int) -> int:
    number = _number(value, nb, en)
    if not number.is_integer() or not 0 <= number <= high:
        raise EventError(f"{nb} må være et helt tall fra 0 til {high}.", f"{en} must be a whole number from 0 to "
                         f"{high}.")
    return int(number)


def hours_value(value: object, nb: str, en: str, high: float) -> float:
    """Hours to two decimals (a quarter of an hour is 0.25), from 0 to ``high``."""
    number = _number(value, nb, en)
    if not 0 <= number <= high:
        raise EventError(f"{nb} må være fra 0 til {high:g} timer.", f"{en} must be from 0 to {high:g} hours.")
    return round(number, 2)


def checked_event(kinds: EventKinds, event: Event, *, today: date, history: bool = False,
                  future_days: int = 0) -> Event:
    """The event with every value checked and normalised. ``history`` (imports) accepts retired kinds;
    ``future_days`` allows another PC's clock to be a little ahead. Raises EventError or PersonalDataError."""
    kind_id = _text("event_kind", event.kind)
    kind = kinds.get(kind_id)
    if kind is None:
        valid = ", ".join(k.id for k in kinds.active(today))
        raise EventError(f"Ukjent arrangementstype «{kind_id}». Gyldige typer: {valid}.",
                         f"Unknown event kind '{kind_id}'. Valid kinds: {valid}.")
    if not history and not kind.is_active(event.date):
        raise EventError(f"Arrangementstypen «{kind_id}» er avviklet og kan ikke logges for den datoen.",
                         f"The event kind '{kind_id}' is retired and can't be logged on that date.")
    if event.date > today + timedelta(days=future_days):
        raise EventError("Et arrangement kan ikke logges fram i tid: logg det den dagen det holdes eller etterpå.",
                         "An event can't be logged in the future: log it on the day it is held or later.")
    if event.date < oldest_importable(today):
        raise EventError("Datoen er mer enn ti år tilbake.", "The date is more than ten years ago.")
    if event.hour is not None and (isinstance(event.hour, bool) or not isinstance(event.hour, int)
                                   or not 0 <= event.hour <= 23):
        raise EventError("Starttimen må være et helt tall fra 0 til 23.", "The start hour must be 0–23.")
    participants = whole(event.participants, "Antall deltakere", "The number of participants", MAX_PEOPLE)
    hours = None if event.hours is None else hours_value(event.hours, "Varigheten", "The duration", MAX_HOURS)
    if hours == 0:
        raise EventError("Varigheten må være mer enn 0 timer (eller la den stå tom).",
                         "The duration must be more than 0 hours (or leave it out).")
    volunteers = whole(event.volunteers, "Antall frivillige", "The number of volunteers", MAX_PEOPLE)
    volunteer_hours = hours_value(event.volunteer_hours, "Frivillige timer", "Volunteer hours",
                                  MAX_HOURS * max(volunteers, 1))
    if volunteer_hours and not volunteers:
        raise EventError("Frivillige timer er oppgitt uten antall frivillige: oppgi begge.",
                         "Volunteer hours were given without the number of volunteers: give both.")
    try:
        check_visit_id(event.id, "event_id")
    except TextShapeError as exc:
        raise EventError(str(exc), exc.message("en")) from None
    return Event(id=event.id, station=_text("station", event.station), date=event.date, kind=kind_id,
                 participants=participants, hours=hours, volunteers=volunteers, volunteer_hours=volunteer_hours,
                 hour=event.hour)
