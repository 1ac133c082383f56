"""The breakdowns a report has, and the label of every key in them in bokmål, nynorsk and English.

Category and group labels come from the taxonomy; channel, mode, outcome, duration and the three optional
questions are labelled by the visit model's enums; weekday names come from :mod:`frontdesk.formatting`. This
module only adds what belongs to reports (breakdown titles, kinds, "not recorded").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from frontdesk.i18n import Text
from frontdesk.visits.category_file import Kind
from frontdesk.visits.model import ENUM_DIMENSIONS
from frontdesk.visits.taxonomy import Taxonomy

# Key for visits where an optional dimension was not asked or not answered (stored as NULL).
NOT_RECORDED = "unrecorded"
NOT_RECORDED_LABEL = Text("Ikke registrert", "Ikkje registrert", "Not recorded")
UNKNOWN_KIND = "unknown"

KIND_LABELS: dict[str, Text] = {
    Kind.DIGITAL_SKILLS.value: Text("Veiledning i digital kompetanse", "Rettleiing i digital kompetanse",
                                    "Digital skills guidance"),
    Kind.SERVICE.value: Text("Hjelp med tjenester", "Hjelp med tenester", "Service help"),
    UNKNOWN_KIND: Text("Ukjent kategori", "Ukjend kategori", "Unknown category"),
}


@dataclass(frozen=True)
class Dimension:
    """One breakdown: ``column`` in ``visit_counts`` (None when derived from the category)."""

    name: str
    column: str | None
    title: Text

    @property
    def choices(self) -> tuple[str, ...]:
        """The enum values of a channel/mode/outcome/duration breakdown, in their natural order."""
        enum = ENUM_DIMENSIONS.get(self.column or "")
        return tuple(member.value for member in enum) if enum is not None else ()


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("by_category", None, Text("Kategori", "Kategori", "Category")),
    Dimension("by_group", None, Text("Gruppe", "Gruppe", "Group")),
    Dimension("by_kind", None, Text("Type hjelp", "Type hjelp", "Kind of help")),
    Dimension("by_mode", "mode", Text("Hjelpeform", "Hjelpeform", "Help mode")),
    Dimension("by_outcome", "outcome", Text("Resultat", "Resultat", "Outcome")),
    Dimension("by_referral", "referred_to", Text("Henvist til", "Tilvist til", "Referred to")),
    Dimension("by_channel", "channel", Text("Kanal", "Kanal", "Channel")),
    Dimension("by_station", "station", Text("Stasjon", "Stasjon", "Station")),
    Dimension("by_guide", "guide_id", Text("Veiledning brukt", "Rettleiing brukt", "Guide used")),
    Dimension("by_duration", "duration", Text("Varighet", "Varigheit", "Duration")),
    Dimension("by_age_group", "age_group", Text("Aldersgruppe", "Aldersgruppe", "Age group")),
    Dimension("by_repeat_visit", "repeat_visit", Text("Samme behov før", "Same behov før", "Repeat visit")),
    Dimension("by_language_help", "language_help", Text("Språkhjelp", "Språkhjelp", "Language help")),
)


class LabelSource:
    """Looks up labels for report keys; unknown keys (e.g. another centre's local category) show as-is.

    ``guide_titles`` are guide content, shown as they are given; ``agency_names`` come from the agency list
    with their nynorsk and English names."""

    def __init__(self, taxonomy: Taxonomy, guide_titles: Mapping[str, str] | None = None,
                 agency_names: Mapping[str, Text] | None = None) -> None:
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

    def label(self, dimension: Dimension, key: str) -> Text:
        if key == NOT_RECORDED:
            return NOT_RECORDED_LABEL
        if dimension.name == "by_category":
            category = self._taxonomy.get(key)
            return category.labels if category is not None else Text.same(key)
        if dimension.name == "by_group":
            group = self._taxonomy.groups().get(key)
            return group.labels if group is not None else Text.same(key)
        if dimension.name == "by_kind":
            return KIND_LABELS.get(key, Text.same(key))
        if dimension.name == "by_guide":
            return Text.same(self._guide_titles.get(key, key))
        if dimension.name == "by_referral":
            return self._agency_names.get(key, Text.same(key))
        enum = ENUM_DIMENSIONS.get(dimension.column or "")
        if enum is not None and key in dimension.choices:
            return enum(key).labels
        return Text.same(key)
