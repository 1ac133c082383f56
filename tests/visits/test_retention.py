"""Retention folds old months into monthly totals before deleting them: the visit_counts view stays the same."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from frontdesk.visits.retention import cutoff_month
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

TODAY = date(2026, 11, 23)


def totals(store: VisitStore) -> list[dict[str, Any]]:
    """What a report sees: counts per month, weekday, hour and values, whatever the storage."""
    return list(store.db.query(
        "SELECT month, weekday, hour, station, category, channel, mode, outcome, referred_to, guide_id, duration, "
        "SUM(count) AS n FROM visit_counts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 ORDER BY 1, 2, 3, 4, 5, 6"))


def test_cutoff_month_counts_whole_months_back() -> None:
    assert cutoff_month(TODAY, 24) == "2024-11"
    assert cutoff_month(date(2026, 1, 5), 1) == "2025-12"
    assert cutoff_month(date(2026, 1, 5), 13) == "2024-12"


def test_purge_keeps_the_aggregates(store: VisitStore) -> None:
    store.add("nav.aap", station="a", channel="phone", at=datetime(2024, 9, 2, 9, 15))  # a Monday
    store.add("nav.aap", station="a", channel="phone", at=datetime(2024, 9, 2, 9, 50))
    store.add("nav.aap", station="b", at=datetime(2024, 9, 2, 9, 50))
    store.add("login.minid", station="a", at=datetime(2024, 10, 31, 14))
    recent = store.add("login.minid", station="a", at=datetime(2024, 11, 1, 8))
    before = totals(store)

    dry = store.purge(24, today=TODAY, dry_run=True)
    assert dry.dry_run and dry.visits_by_month == {"2024-09": 3, "2024-10": 1}
    assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 5

    done = store.purge(24, today=TODAY)
    assert not done.dry_run and done.total == 4 and done.cutoff_month == "2024-11"
    assert [row[0] for row in store.db.execute("SELECT id FROM visits")] == [recent.id]
    assert totals(store) == before
    folded = list(store.db.query("SELECT month, weekday, hour, station, count FROM monthly_aggregates "
                                 "WHERE category = 'nav.aap' ORDER BY station"))
    assert folded == [{"month": "2024-09", "weekday": 0, "hour": 9, "station": "a", "count": 2},
                      {"month": "2024-09", "weekday": 0, "hour": 9, "station": "b", "count": 1}]
    assert store.purge(24, today=TODAY).total == 0


def test_a_month_folded_in_two_parts_stays_one_row_per_group(store: VisitStore) -> None:
    store.add("nav.aap", station="a", at=datetime(2024, 9, 2, 9))
    store.purge(24, today=TODAY)
    store.add("nav.aap", station="a", at=datetime(2024, 9, 2, 9))  # back-filled late
    store.purge(24, today=TODAY)
    assert list(store.db.query("SELECT count FROM monthly_aggregates")) == [{"count": 2}]


def test_opening_the_store_applies_the_retention_setting(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "v.sqlite3"
    with VisitStore(path, taxonomy) as store:
        store.settings.set("retention_months", 1)
        old = store.add("nav.aap", station="a", at=datetime(2020, 1, 6, 10))
        kept = store.add("nav.aap", station="a")
    with VisitStore(path, taxonomy) as store:
        assert store.get(old.id) is None and store.get(kept.id) == kept
        assert list(store.db.query("SELECT month, count FROM monthly_aggregates")) == [
            {"month": "2020-01", "count": 1}]
    with VisitStore(path, taxonomy, apply_retention=False) as store:
        store.add("nav.aap", station="a", at=datetime(2020, 2, 3, 10))
    with VisitStore(path, taxonomy, apply_retention=False) as store:
        assert store.purge(1, dry_run=True).visits_by_month == {"2020-02": 1}
