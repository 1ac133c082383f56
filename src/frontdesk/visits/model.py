"""What one anonymous visit is: a category, a station, a date and an hour, and a few optional choices.

There is deliberately no free-text field anywhere: every value is an id or one of the enums below.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from frontdesk.i18n import Text, TextError
from frontdesk.visits import visit_texts as says
from frontdesk.visits.privacy import FIELD_RULES, TextShapeError, check


class LabelledEnum(StrEnum):
    """A str enum whose members have a label in bokmål, nynorsk and English for the UI and reports."""

    @property
    def labels(self) -> Text:
        return _LABELS[self]

    def label(self, language: str = "nb") -> str:
        return _LABELS[self].get(language)


class Channel(LabelledEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class HelpMode(LabelledEnum):
    GUIDED = "guided"  # the citizen did it themself, with guidance
    TOGETHER = "together"
    ON_BEHALF = "on_behalf"  # staff did it for the citizen, with fullmakt


class Outcome(LabelledEnum):
    SOLVED = "solved"
    PARTLY = "partly"
    REFERRED = "referred"


class Duration(LabelledEnum):
    LT5 = "lt5"
    FROM5TO15 = "5to15"
    FROM15TO30 = "15to30"
    GT30 = "gt30"


# The optional questions below are broad on purpose (docs/privacy.md says why none can single anyone out).
class AgeGroup(LabelledEnum):
    UNDER_67 = "under_67"
    FROM_67 = "67_plus"  # 67 is the general retirement age: KS Digihjelpen's "older people" target group


class RepeatVisit(LabelledEnum):
    FIRST = "first"
    REPEAT = "repeat"  # came before for the same need: repeat contacts are otherwise under-counted


class LanguageHelp(LabelledEnum):
    NONE = "none"
    OTHER_LANGUAGE = "other_language"  # which language is never recorded
    INTERPRETER = "interpreter"


_LABELS: dict[StrEnum, Text] = {
    Channel.IN_PERSON: Text("Oppmøte", "Oppmøte", "In person"),
    Channel.PHONE: Text("Telefon", "Telefon", "Phone"),
    Channel.VIDEO: Text.same("Video"),
    HelpMode.GUIDED: Text("Innbyggeren gjorde det selv med veiledning", "Innbyggjaren gjorde det sjølv med rettleiing",
                          "Citizen did it with guidance"),
    HelpMode.TOGETHER: Text("Gjorde det sammen", "Gjorde det saman", "Did it together"),
    HelpMode.ON_BEHALF: Text("På vegne av innbyggeren (fullmakt)", "På vegner av innbyggjaren (fullmakt)",
                             "On behalf of the citizen (fullmakt)"),
    Outcome.SOLVED: Text("Løst", "Løyst", "Solved"),
    Outcome.PARTLY: Text("Delvis løst", "Delvis løyst", "Partly solved"),
    Outcome.REFERRED: Text("Henvist videre", "Tilvist vidare", "Referred"),
    Duration.LT5: Text.same("Under 5 min"),
    Duration.FROM5TO15: Text.same("5–15 min"),
    Duration.FROM15TO30: Text.same("15–30 min"),
    Duration.GT30: Text.same("Over 30 min"),
    AgeGroup.UNDER_67: Text("Under 67 år", "Under 67 år", "Under 67"),
    AgeGroup.FROM_67: Text("67 år eller eldre", "67 år eller eldre", "67 or older"),
    RepeatVisit.FIRST: Text("Første gang for dette behovet", "Første gong for dette behovet",
                            "First time for this need"),
    RepeatVisit.REPEAT: Text("Har vært her før for samme behov", "Har vore her før for same behov",
                             "Came before for the same need"),
    LanguageHelp.NONE: Text("Ingen språkhjelp", "Inga språkhjelp", "No language help"),
    LanguageHelp.OTHER_LANGUAGE: Text("På et annet språk", "På eit anna språk", "In another language"),
    LanguageHelp.INTERPRETER: Text("Med tolk", "Med tolk", "With an interpreter"),
}

# Optional dimensions as the enum that holds their values; referred_to and guide_id are ids instead.
ENUM_DIMENSIONS: dict[str, type[LabelledEnum]] = {
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


class VisitError(TextError, ValueError):
    """A visit value the log can't accept. The message lists the valid choices, in three languages
    (:mod:`frontdesk.visits.visit_texts`)."""


def choices_text(values: list[str] | tuple[str, ...]) -> str:
    return ", ".join(values)


def checked(field: str, value: object) -> str:
    """privacy.check for a visit field: a wrong shape is a VisitError, PersonalDataError passes through."""
    try:
        return check(field, value)
    except TextShapeError as exc:
        raise VisitError(exc.text) from None


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
        raise VisitError(says.UNKNOWN_VALUE, dimension=dimension, choices=choices_text(valid))
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
