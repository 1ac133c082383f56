"""query.read_counts (one read for every breakdown) agrees with a grouped query per column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontdesk.reports import query
from frontdesk.reports.period import Period
from tests.reports.visit_data import add, open_store, taxonomy

COLUMNS = ("category", "mode", "outcome", "referred_to", "channel", "station", "guide_id", "duration")


def _sorted(rows: list[tuple[object, ...]]) -> list[tuple[str, int, int]]:
    return sorted((str(value), int(cur), int(prev)) for value, cur, prev in rows)


@pytest.mark.parametrize("station", [None, "skranke-2"])
@pytest.mark.parametrize("current_only", [False, True])
def test_read_counts_matches_grouped_with_daily_and_folded_rows(tmp_path: Path, station: str | None,
                                                                 current_only: bool) -> None:
    tax = taxonomy(tmp_path)
    store = open_store(tmp_path / "visits.sqlite3", tax)
    add(store, "nav.meldekort", date(2024, 1, 8), 9, times=3, channel="phone", mode="guided")
    add(store, "login.minid", date(2024, 1, 20), 14, station="skranke-2", outcome="referred", referred_to="nav")
    add(store, "nav.dagpenger", date(2023, 12, 4), 10, times=2, station="skranke-2", duration="5to15")
    store.purge(24, today=date(2026, 2, 1))  # folds all of the above into monthly_aggregates
    add(store, "nav.dagpenger", date(2026, 1, 4), 10, station="skranke-2", guide_id="bankid-app")
    add(store, "nav.meldekort", date(2026, 1, 31), 16, times=2, channel="in_person")
    add(store, "login.bankid", date(2025, 12, 31), 8, station="skranke-2")
    add(store, "login.bankid", date(2025, 11, 30), 8)  # before both periods
    for period in (Period(date(2024, 1, 1), date(2024, 1, 31)), Period(date(2026, 1, 1), date(2026, 1, 31))):
        scope = query.scope(period, period if current_only else period.previous(), station)
        counts = query.read_counts(store.db, scope, COLUMNS)
        for column in COLUMNS:
            assert _sorted(counts.by_column[column]) == _sorted(query.grouped(store.db, scope, column)), column
        assert counts.weekday_hour == query.weekday_hour(store.db, scope)
        assert sum(map(sum, counts.weekday_hour)) == sum(cur for _, cur, _ in counts.by_column["category"]) > 0
    store.close()
