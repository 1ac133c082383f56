"""A plain table (columns and rows) for report templates, so every exporter can write one the same way."""

from __future__ import annotations

from dataclasses import dataclass, field

Cell = int | float | str  # float: hours in templates


@dataclass(frozen=True)
class Column:
    key: str
    title_nb: str
    title_en: str
    # Counts are suppressed and written as numbers; text columns (month, dates) never are.
    is_count: bool = True

    def title(self, language: str = "nb") -> str:
        return self.title_en if language == "en" else self.title_nb


@dataclass(frozen=True)
class Table:
    name: str
    title_nb: str
    title_en: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # Columns that are exact totals: never suppressed, like the report's total.
    total_columns: frozenset[str] = field(default_factory=frozenset)
    notes: tuple[str, ...] = ()

    def title(self, language: str = "nb") -> str:
        return self.title_en if language == "en" else self.title_nb

    def suppressible(self) -> tuple[bool, ...]:
        return tuple(c.is_count and c.key not in self.total_columns for c in self.columns)

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip((c.key for c in self.columns), row, strict=True)) for row in self.rows]
