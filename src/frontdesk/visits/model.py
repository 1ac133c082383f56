"""What one anonymous visit is: a category, a station, a date and an hour, and a few optional choices.

There is deliberately no free-text field anywhere: every value is an id or one of the enums below.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from frontdesk.visits.privacy import FIELD_RULES, TextShapeError, check


class _Labelled(StrEnum):
    """A str enum whose members have a bokmål and an English label for the UI and reports."""

    def label(self, language: str = "nb") -> str:
        labels = _LABELS[self]
        return labels[1] if language == "en" else labels[0]


class Channel(_Labelled):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class HelpMode(_Labelled):
    GUIDED = "guided"  # the citizen did it themself, with guidance
    TOGETHER = "together"
    ON_BEHALF = "on_behalf"  # staff did it for the citizen, with fullmakt


class Outcome(_Labelled):
    SOLVED = "solved"
    PARTLY = "partly"
    REFERRED = "referred"


class Duration(_Labelled):
    LT5 = "lt5"
    FROM5TO15 = "5to15"
    FROM15TO30 = "15to30"
    GT30 = "gt30"


# The optional questions below are broad on purpose (docs/privacy.md says why none can single anyone out).
class AgeGroup(_Labelled):
    UNDER_67 = "under_67"
    FROM_67 = "67_plus"  # 67 is the general retirement age: KS Digihjelpen's "older people" target group


class RepeatVisit(_Labelled):
    FIRST = "first"
    REPEAT = "repeat"  # came before for the same need: repeat contacts are otherwise under-counted


class LanguageHelp(_Labelled):
    NONE = "none"
    OTHER_LANGUAGE = "other_language"  # which language is never recorded
    INTERPRETER = "interpreter"


_LABELS: dict[StrEnum, tuple[str, str]] = {
    Channel.IN_PERSON: ("Oppmøte", "In person"),
    Channel.PHONE: ("Telefon", "Phone"),
    Channel.VIDEO: ("Video", "Video"),
    HelpMode.GUIDED: ("Innbyggeren gjorde det selv med veiledning", "Citizen did it with guidance"),
    HelpMode.TOGETHER: ("Gjorde det sammen", "Did it together"),
    HelpMode.ON_BEHALF: ("På vegne av innbyggeren (fullmakt)", "On behalf of the citizen (fullmakt)"),
    Outcome.SOLVED: ("Løst", "Solved"),
    Outcome.PARTLY: ("Delvis løst", "Partly solved"),
    Outcome.REFERRED: ("Henvist videre", "Referred"),
    Duration.LT5: ("Under 5 min", "Under 5 min"),
    Duration.FROM5TO15: ("5–15 min", "5–15 min"),
    Duration.FROM15TO30: ("15–30 min", "15–30 min"),
    Duration.GT30: ("Over 30 min", "Over 30 min"),
    AgeGroup.UNDER_67: ("Under 67 år", "Under 67"),
    AgeGroup.FROM_67: ("67 år eller eldre", "67 or older"),
    RepeatVisit.FIRST: ("Første gang for dette behovet", "First time for this need"),
    RepeatVisit.REPEAT: ("Har vært her før for samme behov", "Came before for the same need"),
    LanguageHelp.NONE: ("Ingen språkhjelp", "No language help"),
    LanguageHelp.OTHER_LANGUAGE: ("På et annet språk", "In another language"),
    LanguageHelp.INTERPRETER: ("Med tolk", "With an interpreter"),
}

# Optional dimensions as the enum that holds their values; referred_to and guide_id are ids instead.
ENUM_DIMENSIONS: dict[str, type[_Labelled]] = {
    "channel": Channel,
    "mode": HelpMode,
    "outcome": Outcome,
    "duration": Duration,
    "age_group": AgeGroup,
    "repeat_visit": RepeatVisit,
    "language_help": LanguageHelp,
}

VISIT_FIELDS = ("id", "station", "date", "hour", "category", "channel", "mode", "outcome", "referred_to",
                "guide_id", "duration", "age_group", "repeat_visit", "language_help")

STATION_MAX_LENGTH = FIELD_RULES["station"].max_length


class VisitError(ValueError):
    """A visit value the log can't accept. The message lists the valid choices."""


def choices_text(values: list[str] | tuple[str, ...]) -> str:
    return ", ".join(values)


def checked(field: str, value: object) -> str:
    """privacy.check for a visit field: a wrong shape is a VisitError, PersonalDataError passes through."""
    try:
        return check(field, value)
    except TextShapeError as exc:
        raise VisitError(str(exc)) from None


def validate_station(station: str) -> str:
    """A station is a short name such as "skranke-1" (privacy.FIELD_RULES["station"]): letters and at most 4
    digits, never a person's name or anything else that looks like personal data. Returns the normalised name."""
    return checked("station", station)


def enum_value(dimension: str, value: str | None) -> str | None:
    """Check an optional enum dimension; return its stored value."""
    if value is None or value == "":
        return None
    enum = ENUM_DIMENSIONS[dimension]
    valid = [member.value for member in enum]
    if str(value) not in valid:  # the value itself is not repeated: it could be anything
        raise VisitError(f"Unknown {dimension}. Valid choices: {choices_text(valid)}.")
    return str(value)


@dataclass(frozen=True)
class Visit:
    """One logged visit, exactly as stored: no name, no ID number, no text, no minutes."""

    id: str
    station: str
    date: date
    hour: int
    category: str
    channel: str | None = None
    mode: str | None = None
    outcome: str | None = None
    referred_to: str | None = None
    guide_id: str | None = None
    duration: str | None = None
    age_group: str | None = None
    repeat_visit: str | None = None
    language_help: str | None = None

    def to_row(self) -> dict[str, Any]:
        row = asdict(self)
        row["date"] = self.date.isoformat()
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Visit:
        optional = {name: row.get(name) for name in VISIT_FIELDS[5:]}
        return cls(id=str(row["id"]), station=str(row["station"]), date=date.fromisoformat(str(row["date"])),
                   hour=int(row["hour"]), category=str(row["category"]), **optional)
