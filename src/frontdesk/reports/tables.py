"""A plain table (columns and rows) for report templates, so every exporter can write one the same way.

Cells hold months as ``YYYY-MM`` and days as ISO dates, which JSON writes as they are; :func:`readable_row`
gives the text, CSV and XLSX exporters the reader's form ("oktober 2026", "01.10.2026").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from frontdesk import formatting
from frontdesk.i18n import Text

Cell = int | float | str  # float: hours in templates
SUM_ROW = "Sum"  # the month cell of a template's last row, which sums the others
SUM_LABEL = Text("Sum", "Sum", "Total")


@dataclass(frozen=True)
class Column:
    key: str
    titles: Text
    # Counts are suppressed and written as numbers; text columns (month, dates) never are.
    is_count: bool = True
    # A text column of months (YYYY-MM) or days (ISO), written the reader's way outside JSON.
    calendar: Literal["", "month", "day"] = ""

    def title(self, language: str = "nb") -> str:
        return self.titles.get(language)


@dataclass(frozen=True)
class Table:
    name: str
    titles: Text
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # Columns that are exact totals: never suppressed, like the report's total.
    total_columns: frozenset[str] = field(default_factory=frozenset)
    notes: tuple[Text, ...] = ()

    def title(self, language: str = "nb") -> str:
        return self.titles.get(language)

    def suppressible(self) -> tuple[bool, ...]:
        return tuple(c.is_count and c.key not in self.total_columns for c in self.columns)

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip((c.key for c in self.columns), row, strict=True)) for row in self.rows]


def _readable(column: Column, cell: Cell, language: str) -> Cell:
    if column.calendar == "month" and isinstance(cell, str):
        return SUM_LABEL.get(language) if cell == SUM_ROW else formatting.month_of(cell, language)
    if column.calendar == "day" and isinstance(cell, str):
        return formatting.day(date.fromisoformat(cell), language)
    return cell


def readable_row(columns: tuple[Column, ...], row: tuple[Cell, ...], language: str) -> tuple[Cell, ...]:
    """``row`` with its months, days and the sum row's name as people of ``language`` read them."""
    return tuple(_readable(column, cell, language) for column, cell in zip(columns, row, strict=True))
