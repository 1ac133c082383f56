"""What a report holds: language-neutral counts with their labels in bokmål, nynorsk and English.

Exporters pick the language and apply suppression; nothing here depends on how the report is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from frontdesk.i18n import Text, check_language
from frontdesk.reports.period import Period


@dataclass(frozen=True)
class Row:
    """One line of a breakdown: ``key`` is the stored id (category id, channel value, station …)."""

    key: str
    labels: Text
    count: int
    previous: int

    def label(self, language: str = "nb") -> str:
        return self.labels.get(language)


@dataclass(frozen=True)
class Breakdown:
    """Counts by one dimension. The rows always add up to the report's total (unrecorded values get a row)."""

    name: str
    titles: Text
    rows: tuple[Row, ...]

    def title(self, language: str = "nb") -> str:
        return self.titles.get(language)

    def counts(self) -> dict[str, int]:
        return {row.key: row.count for row in self.rows}


@dataclass(frozen=True)
class EventFigures:
    """What a set of events adds up to. ``volunteers`` is summed per event: one person helping at two events
    counts twice (the log never knows who)."""

    count: int = 0
    participants: int = 0
    hours: float = 0.0
    volunteers: int = 0
    volunteer_hours: float = 0.0


EVENT_METRICS = ("count", "participants", "hours", "volunteers", "volunteer_hours")
# Numbers of people: the small-count rule applies to them. Numbers of events and hours single no one out.
PEOPLE_METRICS = frozenset({"participants", "volunteers"})


@dataclass(frozen=True)
class EventRow:
    """One kind (or form) of event: this period's figures and the previous period's."""

    key: str
    labels: Text
    current: EventFigures
    previous: EventFigures

    def label(self, language: str = "nb") -> str:
        return self.labels.get(language)


@dataclass(frozen=True)
class EventSummary:
    """Courses, drop-in days and meetings in the period, next to the previous period."""

    total: EventFigures = field(default_factory=EventFigures)
    previous_total: EventFigures = field(default_factory=EventFigures)
    by_kind: tuple[EventRow, ...] = ()
    by_form: tuple[EventRow, ...] = ()
    # Participants by weekday (0 = Monday) and start hour, current period; events without a start hour aren't in it.
    weekday_hour: tuple[tuple[int, ...], ...] = tuple(tuple(0 for _ in range(24)) for _ in range(7))


@dataclass(frozen=True)
class Report:
    period: Period
    previous_period: Period
    total: int
    previous_total: int
    breakdowns: tuple[Breakdown, ...]
    # weekday_hour[weekday][hour], weekday 0 = Monday; current period only.
    weekday_hour: tuple[tuple[int, ...], ...]
    station: str | None = None
    # Folded months the period (or the previous period) only partly covers: their counts are left out.
    left_out_months: tuple[str, ...] = ()
    events: EventSummary = field(default_factory=EventSummary)

    @property
    def change(self) -> int:
        return self.total - self.previous_total

    @property
    def change_percent(self) -> float | None:
        """Change against the previous period in percent; None when there was nothing to compare with."""
        if self.previous_total == 0:
            return None
        return round(100.0 * self.change / self.previous_total, 1)

    def breakdown(self, name: str) -> Breakdown:
        for breakdown in self.breakdowns:
            if breakdown.name == name:
                return breakdown
        raise KeyError(f"No breakdown '{name}'; there are: {', '.join(b.name for b in self.breakdowns)}")


@dataclass(frozen=True)
class ExportOptions:
    """How a report is shown: label language, small-number suppression, and the overview's header lines."""

    language: str = "nb"
    suppress_below: int | None = None
    centre_name: str = ""
    station: str = ""

    def __post_init__(self) -> None:
        check_language(self.language)
        if self.suppress_below is not None and self.suppress_below < 0:
            raise ValueError(f"suppress_below must be 0 or more, not {self.suppress_below}.")

    @property
    def threshold(self) -> int | None:
        """Suppression threshold, or None when nothing is hidden (0 and 1 hide nothing)."""
        return self.suppress_below if self.suppress_below and self.suppress_below > 1 else None
