"""Small-number suppression, applied when a report is shown or exported (the report itself stays exact).

With ``suppress_below=N`` a cell of 1..N-1 is shown as ``"<N"`` so a published table cannot single out the
one person who came for something rare. Zero stays 0 (it reveals no one) and totals are always exact.
"""

from __future__ import annotations


def shown(count: int, suppress_below: int | None) -> int | str:
    """The cell as it may be published: the count itself, or ``"<N"`` for a small non-zero count."""
    if suppress_below is not None and 0 < count < suppress_below:
        return f"<{suppress_below}"
    return count


def shown_row(cells: tuple[int | float | str, ...], count_columns: tuple[bool, ...], suppress_below: int | None
              ) -> tuple[int | float | str, ...]:
    """Suppress the count cells of a table row; text cells and exact-total cells pass through."""
    return tuple(
        shown(cell, suppress_below) if is_count and isinstance(cell, int) else cell
        for cell, is_count in zip(cells, count_columns, strict=True)
    )
