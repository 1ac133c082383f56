"""Report periods: a calendar month or an inclusive from/to range, and the period it is compared with."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from frontdesk import formatting
from frontdesk.i18n import Text, TextError

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


_STARTS_AFTER_END = Text("Perioden begynner ({start}) etter at den slutter ({end}).",
                         "Perioden byrjar ({start}) etter at han sluttar ({end}).",
                         "The period starts ({start}) after it ends ({end}).")
_NOT_A_MONTH = Text("«{text}» er ikke en måned; skriv den som ÅÅÅÅ-MM, for eksempel 2026-10.",
                    "«{text}» er ikkje ein månad; skriv han som ÅÅÅÅ-MM, til dømes 2026-10.",
                    "'{text}' is not a month; write it as YYYY-MM, e.g. 2026-10.")


class PeriodError(TextError, ValueError):
    """A month or date range that cannot be reported on; the message says what to type instead. ``str()`` is
    bokmål; :meth:`message` gives nynorsk and English too."""


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    """Days ``start`` through ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            start, end = self.start, self.end
            raise PeriodError(Text.build(lambda language: _STARTS_AFTER_END.fill(
                language, start=formatting.day(start, language), end=formatting.day(end, language))))

    @classmethod
    def month(cls, text: str) -> Period:
        """``YYYY-MM`` → the first to the last day of that month."""
        match = _MONTH.match(text.strip())
        if match is None or not 1 <= int(match.group(2)) <= 12:
            raise PeriodError(Text.build(lambda language: _NOT_A_MONTH.fill(language, text=text)))
        year, month = int(match.group(1)), int(match.group(2))
        return cls(date(year, month, 1), _month_end(year, month))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def whole_months_only(self) -> bool:
        """True when the period is one or more whole calendar months (October; January–June)."""
        return self.start.day == 1 and self.end == _month_end(self.end.year, self.end.month)

    def previous(self) -> Period:
        """The period to compare with, right before this one: as many whole calendar months when this is whole
        months (October → September, a quarter → the quarter before), else the same number of days."""
        end = self.start - timedelta(days=1)
        if self.whole_months_only:
            count = len(self.months())
            first = (self.start.year * 12 + self.start.month - 1) - count
            return Period(date(first // 12, first % 12 + 1, 1), end)
        return Period(end - timedelta(days=self.days - 1), end)

    def months(self) -> list[str]:
        """Every month (``YYYY-MM``) the period touches, in order."""
        found: list[str] = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            found.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def whole_months(self) -> list[str]:
        """The months that lie entirely inside the period: only these count folded (aggregated) visits."""
        return [m for m in self.months() if self.covers_month(m)]

    def covers_month(self, month: str) -> bool:
        whole = Period.month(month)
        return self.start <= whole.start and whole.end <= self.end

    def clip(self, month: str) -> Period:
        """The part of ``month`` that lies inside this period."""
        whole = Period.month(month)
        return Period(max(whole.start, self.start), min(whole.end, self.end))

    def __str__(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"
