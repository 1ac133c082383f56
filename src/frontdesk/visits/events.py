"""What one event is (a course, drop-in day or information meeting), and the checks before one is stored.

An event holds counts only: its kind, day, optional start hour, participants, hours, volunteers and volunteer
hours. There are no names and no text; the kind and station go through privacy.check like every visit id.
Numbers are refused when they are negative or absurd for one day at one centre, and every message says what
is allowed in bokmål, nynorsk and English without repeating the refused value.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from frontdesk.i18n import Text, TextError
from frontdesk.visits.checks import oldest_importable
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.privacy import TextShapeError, check, check_visit_id

MAX_PEOPLE = 1000  # participants or volunteers at one event: more is a typo (an extra zero, a phone number)
MAX_HOURS = 24.0  # one event is logged per day
# Stored in the order of the ``events`` table; the station file writes exactly these keys.
EVENT_FIELDS = ("id", "station", "date", "hour", "kind", "participants", "hours", "volunteers", "volunteer_hours")

# The figures, as messages name them, and what is said when one is refused.
PARTICIPANTS = Text("Antall deltakere", "Talet på deltakarar", "The number of participants")
DURATION = Text("Varigheten", "Varigheita", "The duration")
VOLUNTEERS = Text("Antall frivillige", "Talet på frivillige", "The number of volunteers")
VOLUNTEER_HOURS = Text("Frivillige timer", "Frivillige timar", "Volunteer hours")
_NOT_A_NUMBER = Text("{what} må være et tall.", "{what} må vere eit tal.", "{what} must be a number.")
_NOT_WHOLE = Text("{what} må være et helt tall fra 0 til {high}.", "{what} må vere eit heilt tal frå 0 til {high}.",
                  "{what} must be a whole number from 0 to {high}.")
_HOURS_RANGE = Text("{what} må være fra 0 til {high} timer.", "{what} må vere frå 0 til {high} timar.",
                    "{what} must be from 0 to {high} hours.")
_UNKNOWN_KIND = Text("Ukjent arrangementstype «{kind}». Gyldige typer: {valid}.",
                     "Ukjend arrangementstype «{kind}». Gyldige typar: {valid}.",
                     "Unknown event kind '{kind}'. Valid kinds: {valid}.")
_RETIRED_KIND = Text("Arrangementstypen «{kind}» er avviklet og kan ikke logges for den datoen.",
                     "Arrangementstypen «{kind}» er avvikla og kan ikkje loggast for den datoen.",
                     "The event kind '{kind}' is retired and can't be logged on that date.")
_IN_THE_FUTURE = Text("Et arrangement kan ikke logges fram i tid: logg det den dagen det holdes eller etterpå.",
                      "Eit arrangement kan ikkje loggast fram i tid: logg det den dagen det blir halde eller etterpå.",
                      "An event can't be logged in the future: log it on the day it is held or later.")
_TOO_OLD = Text("Datoen er mer enn ti år tilbake.", "Datoen er meir enn ti år tilbake.",
                "The date is more than ten years ago.")
_START_HOUR = Text("Starttimen må være et helt tall fra 0 til 23.", "Starttimen må vere eit heilt tal frå 0 til 23.",
                   "The start hour must be 0–23.")
_NO_HOURS = Text("Varigheten må være mer enn 0 timer (eller la den stå tom).",
                 "Varigheita må vere meir enn 0 timar (eller la ho stå tom).",
                 "The duration must be more than 0 hours (or leave it out).")
_HOURS_WITHOUT_VOLUNTEERS = Text("Frivillige timer er oppgitt uten antall frivillige: oppgi begge.",
                                 "Frivillige timar er oppgitt utan talet på frivillige: oppgi begge.",
                                 "Volunteer hours were given without the number of volunteers: give both.")


class EventError(TextError, ValueError):
    """An event value the log can't accept. ``str()`` is bokmål; :meth:`message` gives nynorsk and English too."""


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
        raise EventError(exc.text) from None


def _number(value: object, what: Text) -> float:
    """A number from the UI (int, float) or the command line (text, with a decimal comma or point)."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            value = None
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise EventError(_NOT_A_NUMBER.with_values(what=what))
    return float(value)


def whole(value: object, what: Text, high: int) -> int:
    number = _number(value, what)
    if not number.is_integer() or not 0 <= number <= high:
        raise EventError(_NOT_WHOLE.with_values(what=what, high=high))
    return int(number)


def hours_value(value: object, what: Text, high: float) -> float:
    """Hours to two decimals (a quarter of an hour is 0.25), from 0 to ``high``."""
    number = _number(value, what)
    if not 0 <= number <= high:
        raise EventError(_HOURS_RANGE.with_values(what=what, high=f"{high:g}"))
    return round(number, 2)


def checked_event(kinds: EventKinds, event: Event, *, today: date, history: bool = False,
                  future_days: int = 0) -> Event:
    """The event with every value checked and normalised. ``history`` (imports) accepts retired kinds;
    ``future_days`` allows another PC's clock to be a little ahead. Raises EventError or PersonalDataError."""
    kind_id = _text("event_kind", event.kind)
    kind = kinds.get(kind_id)
    if kind is None:
        valid = ", ".join(k.id for k in kinds.active(today))
        raise EventError(_UNKNOWN_KIND.with_values(kind=kind_id, valid=valid))
    if not history and not kind.is_active(event.date):
        raise EventError(_RETIRED_KIND.with_values(kind=kind_id))
    if event.date > today + timedelta(days=future_days):
        raise EventError(_IN_THE_FUTURE)
    if event.date < oldest_importable(today):
        raise EventError(_TOO_OLD)
    if event.hour is not None and (isinstance(event.hour, bool) or not isinstance(event.hour, int)
                                   or not 0 <= event.hour <= 23):
        raise EventError(_START_HOUR)
    participants = whole(event.participants, PARTICIPANTS, MAX_PEOPLE)
    hours = None if event.hours is None else hours_value(event.hours, DURATION, MAX_HOURS)
    if hours == 0:
        raise EventError(_NO_HOURS)
    volunteers = whole(event.volunteers, VOLUNTEERS, MAX_PEOPLE)
    volunteer_hours = hours_value(event.volunteer_hours, VOLUNTEER_HOURS, MAX_HOURS * max(volunteers, 1))
    if volunteer_hours and not volunteers:
        raise EventError(_HOURS_WITHOUT_VOLUNTEERS)
    try:
        check_visit_id(event.id, "event_id")
    except TextShapeError as exc:
        raise EventError(exc.text) from None
    return Event(id=event.id, station=_text("station", event.station), date=event.date, kind=kind_id,
                 participants=participants, hours=hours, volunteers=volunteers, volunteer_hours=volunteer_hours,
                 hour=event.hour)
