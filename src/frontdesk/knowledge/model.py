"""The guide: one Markdown file with YAML front matter, as the rest of the app sees it."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

# Body headings every guide is expected to have (a warning, not an error, when one is missing).
STANDARD_SECTIONS: tuple[str, ...] = (
    "Slik hjelper du",
    "Dette trenger innbyggeren",
    "Vanlige problemer",
    "Hvis det ikke løser seg",
)

# The sections written to the citizen, one per handout language, in the order they end a guide.
CITIZEN_SECTIONS: dict[str, str] = {
    "nb": "Til deg (bokmål)",
    "nn": "Til deg (nynorsk)",
    "en": "For you (English)",
}

DEFAULT_REVIEW_MONTHS = 12


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    # Worth knowing, nothing to fix in the file now (a guide that needs a check); --strict does not fail on it.
    NOTICE = "notice"


@dataclass(frozen=True)
class Problem:
    """Something wrong with a guide file, pointing at the line to fix."""

    path: Path
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


# How a local fact's value is checked (see data/local_keys.yaml and docs/guide-format.md).
SLOT_KINDS: tuple[str, ...] = ("text", "phone", "email", "url", "date", "hours")


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    # When the page was read for this guide, and the date the page itself carries (None: undated or unknown).
    read: date | None = None
    page_date: date | None = None
    # True when the page was checked and carries no date at all (``page_date: none`` in the file).
    undated: bool = False


@dataclass(frozen=True)
class Slot:
    """A local fact the guide declares for itself (``local:`` in the front matter); ``{{key}}`` in the body."""

    key: str
    kind: str
    label: str


@dataclass(frozen=True)
class Guide:
    id: str
    title: str
    agency: str
    summary: str
    tags: tuple[str, ...]
    reviewed: date
    sources: tuple[Source, ...]
    body: str
    path: Path
    title_nn: str | None = None
    title_en: str | None = None
    review_every: int = DEFAULT_REVIEW_MONTHS
    owner: str | None = None
    related: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    on_behalf: str | None = None
    category: str | None = None
    slots: tuple[Slot, ...] = ()
    # Where the guide came from: the municipality's own folder, and whether it replaces a bundled guide.
    is_local: bool = False
    overrides_bundled: bool = False
    # 1-based line in the file where the Markdown body starts, for problems found in the body.
    body_line: int = field(default=1, compare=False)

    def review_due(self) -> date:
        """The date the guide should next be checked against its sources."""
        months = self.reviewed.month - 1 + self.review_every
        year = self.reviewed.year + months // 12
        month = months % 12 + 1
        day = min(self.reviewed.day, calendar.monthrange(year, month)[1])
        return date(year, month, day)

    def is_review_overdue(self, today: date) -> bool:
        return today > self.review_due()
