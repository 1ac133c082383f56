"""When a guide *bør kontrolleres* (needs a check), and why.

A guide needs a check when its review is overdue, or when none of its sources is a page dated within the last
two years: every source undated, dated earlier, or without a recorded ``page_date``. See
docs/guide-format.md, "Sources and their dates".
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from frontdesk.i18n import Text
from frontdesk.knowledge.model import Guide

FRESH_YEARS = 2


@dataclass(frozen=True)
class ReviewNeed:
    overdue: bool
    due: date  # when the guide's review falls (or fell) due
    sources_stale: bool  # no source is a page dated within the last two years
    newest_page_date: date | None  # the newest date any source page carries; None: no page date recorded

    @property
    def needed(self) -> bool:
        return self.overdue or self.sources_stale


def years_before(day: date, years: int) -> date:
    year = day.year - years
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def review_need(guide: Guide, today: date) -> ReviewNeed:
    dates = [s.page_date for s in guide.sources if s.page_date is not None]
    newest = max(dates, default=None)
    stale = newest is None or newest < years_before(today, FRESH_YEARS)
    return ReviewNeed(guide.is_review_overdue(today), guide.review_due(), stale, newest)


_OVERDUE = Text("Gjennomgangen skulle vært gjort {due}.", "Gjennomgangen skulle vore gjord {due}.",
                "The review was due {due}.")
_NO_PAGE_DATE = Text("Ingen av kildene har en registrert dato på siden.",
                     "Ingen av kjeldene har ein registrert dato på sida.",
                     "None of the sources has a recorded page date.")
_STALE = Text("Ingen av kildene er en side datert de siste {years} årene (nyeste: {newest}).",
              "Ingen av kjeldene er ei side datert dei siste {years} åra (nyaste: {newest}).",
              "None of the sources is a page dated within the last {years} years (newest: {newest}).")


def reasons(need: ReviewNeed, language: str) -> list[str]:
    """Why the guide needs a check, in sentences in ``language``, for staff and the command line."""
    found: list[str] = []
    if need.overdue:
        found.append(_OVERDUE.fill(language, due=need.due.strftime("%d.%m.%Y")))
    if need.sources_stale:
        if need.newest_page_date is None:
            found.append(_NO_PAGE_DATE.get(language))
        else:
            found.append(_STALE.fill(language, years=FRESH_YEARS, newest=need.newest_page_date.strftime("%d.%m.%Y")))
    return found


def reasons_text(need: ReviewNeed) -> Text:
    """All the reasons, one sentence after the other, in every language."""
    return Text.build(lambda language: " ".join(reasons(need, language)))


def reasons_nb(need: ReviewNeed) -> list[str]:
    return reasons(need, "nb")
