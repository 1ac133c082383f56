"""The guide: one Markdown file with YAML front matter, as the rest of the app sees it."""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from frontdesk.i18n import Text

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


# The word before a problem that is no error, as people read it in each language.
SEVERITY_WORDS: dict[Severity, Text] = {
    Severity.ERROR: Text("feil", "feil", "error"),
    Severity.WARNING: Text("advarsel", "åtvaring", "warning"),
    Severity.NOTICE: Text("merknad", "merknad", "notice"),
}


@dataclass(frozen=True)
class Problem:
    """Something wrong with a guide file, pointing at the line to fix.

    ``message`` is the text people read, in all three languages. ``code`` (a slug such as ``missing-key``),
    ``field`` (the front-matter key, or ``body``, or ``handout_nb`` …, when the check knows it) and ``values``
    (what the message names: ``{"key": "agency"}``) are for programs, so nothing downstream reads the words.
    The catalogue of codes and texts is :mod:`frontdesk.knowledge.problem_texts`.
    """

    path: Path
    line: int
    message: Text
    severity: Severity = Severity.ERROR
    code: str = "problem"
    field: str | None = None
    values: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)  # `field` is taken here

    def describe(self, language: str = "nb") -> str:
        """``path:line: [severity: ]message`` in ``language``; an error has no severity word."""
        prefix = "" if self.severity is Severity.ERROR else f"{SEVERITY_WORDS[self.severity].get(language)}: "
        return f"{self.path}:{self.line}: {prefix}{self.message.get(language)}"

    def __str__(self) -> str:
        return self.describe("nb")


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
