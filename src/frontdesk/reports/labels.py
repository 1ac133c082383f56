"""The breakdowns a report has, and the Norwegian/English label of every key in them.

Category and group labels come from the taxonomy; channel, mode, outcome, duration and the three optional
questions are labelled by the visit model's enums. This module only adds what belongs to reports (breakdown
titles, kinds, weekdays, "not recorded").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from frontdesk.visits.model import ENUM_DIMENSIONS
from frontdesk.visits.taxonomy import Kind, Taxonomy

# Key for visits where an optional dimension was not asked or not answered (stored as NULL).
NOT_RECORDED = "unrecorded"
_NOT_RECORDED_LABELS = ("Ikke registrert", "Not recorded")
UNKNOWN_KIND = "unknown"

KIND_LABELS: dict[str, tuple[str, str]] = {
    Kind.DIGITAL_SKILLS.value: ("Veiledning i digital kompetanse", "Digital skills guidance"),
    Kind.SERVICE.value: ("Hjelp med tjenester", "Service help"),
    UNKNOWN_KIND: ("Ukjent kategori", "Unknown category"),
}

WEEKDAYS: tuple[tuple[str, str], ...] = (
    ("mandag", "Monday"), ("tirsdag", "Tuesday"), ("onsdag", "Wednesday"), ("torsdag", "Thursday"),
    ("fredag", "Friday"), ("lørdag", "Saturday"), ("søndag", "Sunday"),
)


@dataclass(frozen=True)
class Dimension:
    """One breakdown: ``column`` in ``visit_counts`` (None when derived from the category)."""

    name: str
    column: str | None
    title_nb: str
    title_en: str

    @property
    def choices(self) -> tuple[str, ...]:
        """The enum values of a channel/mode/outcome/duration breakdown, in their natural order."""
        enum = ENUM_DIMENSIONS.get(self.column or "")
        return tuple(member.value for member in enum) if enum is not None else ()


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("by_category", None, "Kategori", "Category"),
    Dimension("by_group", None, "Gruppe", "Group"),
    Dimension("by_kind", None, "Type hjelp", "Kind of help"),
    Dimension("by_mode", "mode", "Hjelpeform", "Help mode"),
    Dimension("by_outcome", "outcome", "Resultat", "Outcome"),
    Dimension("by_referral", "referred_to", "Henvist til", "Referred to"),
    Dimension("by_channel", "channel", "Kanal", "Channel"),
    Dimension("by_station", "station", "Stasjon", "Station"),
    Dimension("by_guide", "guide_id", "Veiledning brukt", "Guide used"),
    Dimension("by_duration", "duration", "Varighet", "Duration"),
    Dimension("by_age_group", "age_group", "Aldersgruppe", "Age group"),
    Dimension("by_repeat_visit", "repeat_visit", "Samme behov før", "Repeat visit"),
    Dimension("by_language_help", "language_help", "Språkhjelp", "Language help"),
)


class LabelSource:
    """Looks up labels for report keys; unknown keys (e.g. another centre's local category) show as-is."""

    def __init__(self, taxonomy: Taxonomy, guide_titles: Mapping[str, str] | None = None,
                 agency_names: Mapping[str, str] | None = None) -> None:
        self._taxonomy = taxonomy
        self._guide_titles = guide_titles or {}
        self._agency_names = agency_names or {}

    def group_of(self, category_id: str) -> str:
        if category_id == NOT_RECORDED:
            return NOT_RECORDED
        category = self._taxonomy.get(category_id)
        return category.group if category is not None else category_id.split(".", 1)[0]

    def kind_of(self, category_id: str) -> str:
        category = self._taxonomy.get(category_id)
        return category.kind.value if category is not None else UNKNOWN_KIND

    def fixed_keys(self, dimension: Dimension) -> tuple[str, ...]:
        """Keys always shown, even at zero, so a month with no phone help still says 0 for phone."""
        if dimension.choices:
            return dimension.choices
        if dimension.name == "by_kind":
            return (Kind.DIGITAL_SKILLS.value, Kind.SERVICE.value)
        return ()

    def label(self, dimension: Dimension, key: str) -> tuple[str, str]:
        if key == NOT_RECORDED:
            return _NOT_RECORDED_LABELS
        if dimension.name == "by_category":
            return (self._taxonomy.label(key, "nb"), self._taxonomy.label(key, "en"))
        if dimension.name == "by_group":
            group = self._taxonomy.groups().get(key)
            return (group.label("nb"), group.label("en")) if group is not None else (key, key)
        if dimension.name == "by_kind":
            return KIND_LABELS.get(key, (key, key))
        if dimension.name == "by_guide":
            title = self._guide_titles.get(key, key)
            return (title, title)
        if dimension.name == "by_referral":
            name = self._agency_names.get(key, key)
            return (name, name)
        enum = ENUM_DIMENSIONS.get(dimension.column or "")
        if enum is not None and key in dimension.choices:
            member = enum(key)
            return (member.label("nb"), member.label("en"))
        return (key, key)
