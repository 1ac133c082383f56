"""build_report on hand-made visit logs with known counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from frontdesk.reports.aggregate import build_report
from frontdesk.reports.labels import NOT_RECORDED
from frontdesk.reports.model import Report
from frontdesk.reports.period import Period
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.reports.visit_data import add, open_store, taxonomy

OCTOBER = Period.month("2026-10")


@pytest.fixture
def tax(tmp_path: Path) -> Taxonomy:
    return taxonomy(tmp_path)


@pytest.fixture
def store(tmp_path: Path, tax: Taxonomy) -> Iterator[VisitStore]:
    store = open_store(tmp_path / "visits.sqlite3", tax)
    add(store, "nav.meldekort", date(2026, 10, 5), 9, times=3, channel="in_person", mode="guided", outcome="solved")
    add(store, "login.bankid", date(2026, 10, 6), 13, times=2, station="skranke-2", channel="phone",
        mode="on_behalf", outcome="referred", referred_to="nav", guide_id="bankid-app", duration="5to15")
    add(store, "digital.epost", date(2026, 10, 31), 10)
    add(store, "nav.meldekort", date(2026, 9, 30), 11)  # previous period: September
    add(store, "skatt.skattemelding", date(2026, 8, 31), 12)  # 31 days before October, but not September
    add(store, "nav.meldekort", date(2026, 8, 30), 9, times=5)  # before both periods
    add(store, "nav.meldekort", date(2026, 11, 1), 9, times=4)  # after
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path, tax: Taxonomy) -> Iterator[VisitStore]:
    store = open_store(tmp_path / "empty.sqlite3", tax)
    yield store
    store.close()


def october(store: VisitStore, tax: Taxonomy, **kwargs: object) -> Report:
    return build_report(store, tax, OCTOBER.start, OCTOBER.end, **kwargs)  # type: ignore[arg-type]


def table(report: Report, name: str) -> dict[str, tuple[int, int]]:
    return {row.key: (row.count, row.previous) for row in report.breakdown(name).rows}


def test_a_month_is_compared_with_the_calendar_month_before(store: VisitStore, tax: Taxonomy) -> None:
    report = october(store, tax)
    assert report.previous_period == Period(date(2026, 9, 1), date(2026, 9, 30))
    assert (report.total, report.previous_total, report.change, report.change_percent) == (6, 1, 5, 500.0)
    assert "skatt.skattemelding" not in table(report, "by_category")  # 31 August is not in September


def test_category_group_and_kind(store: VisitStore, tax: Taxonomy) -> None:
    report = october(store, tax)
    assert table(report, "by_category") == {"nav.meldekort": (3, 1), "login.bankid": (2, 0), "digital.epost": (1, 0)}
    assert [row.key for row in report.breakdown("by_category").rows][:3] == [
        "nav.meldekort", "login.bankid", "digital.epost"]
    assert table(report, "by_group") == {"nav": (3, 1), "login": (2, 0), "digital": (1, 0)}
    assert table(report, "by_kind") == {"digital_skills": (3, 0), "service": (3, 1)}
    meldekort = report.breakdown("by_category").rows[0]
    assert (meldekort.label("nb"), meldekort.label("en")) == ("Meldekort", "Employment status card (meldekort)")
    assert report.breakdown("by_group").rows[0].label("nb") == "Nav"


def test_enum_breakdowns_list_every_choice_and_the_unrecorded(store: VisitStore, tax: Taxonomy) -> None:
    report = october(store, tax)
    assert table(report, "by_channel") == {
        "in_person": (3, 0), "phone": (2, 0), "video": (0, 0), NOT_RECORDED: (1, 1)}
    assert table(report, "by_mode") == {"guided": (3, 0), "together": (0, 0), "on_behalf": (2, 0), NOT_RECORDED: (1, 1)}
    assert table(report, "by_outcome") == {"solved": (3, 0), "partly": (0, 0), "referred": (2, 0), NOT_RECORDED: (1, 1)}
    assert table(report, "by_duration") == {
        "lt5": (0, 0), "5to15": (2, 0), "15to30": (0, 0), "gt30": (0, 0), NOT_RECORDED: (4, 1)}
    phone = report.breakdown("by_channel").rows[1]
    assert (phone.label("nb"), phone.label("en")) == ("Telefon", "Phone")
    assert report.breakdown("by_channel").rows[-1].label("nb") == "Ikke registrert"


def test_referral_station_and_guide(store: VisitStore, tax: Taxonomy) -> None:
    report = october(store, tax, agency_names={"nav": "NAV"}, guide_titles={"bankid-app": "BankID-appen"})
    assert table(report, "by_referral") == {"nav": (2, 0), NOT_RECORDED: (4, 1)}
    assert table(report, "by_station") == {"skranke-1": (4, 1), "skranke-2": (2, 0)}
    assert table(report, "by_guide") == {"bankid-app": (2, 0), NOT_RECORDED: (4, 1)}
    assert report.breakdown("by_guide").rows[0].label("nb") == "BankID-appen"


def test_every_breakdown_adds_up_to_the_total(store: VisitStore, tax: Taxonomy) -> None:
    report = october(store, tax)
    for breakdown in report.breakdowns:
        assert sum(row.count for row in breakdown.rows) == report.total, breakdown.name
        assert sum(row.previous for row in breakdown.rows) == report.previous_total, breakdown.name


def test_weekday_hour_grid(store: VisitStore, tax: Taxonomy) -> None:
    grid = october(store, tax).weekday_hour
    assert len(grid) == 7 and all(len(hours) == 24 for hours in grid)
    # 2026-10-05 is a Monday, the 6th a Tuesday, the 31st a Saturday.
    assert (grid[0][9], grid[1][13], grid[5][10]) == (3, 2, 1)
    assert sum(map(sum, grid)) == 6


def test_station_filter(store: VisitStore, tax: Taxonomy) -> None:
    report = october(store, tax, station="skranke-2")
    assert (report.total, report.previous_total, report.change_percent) == (2, 0, None)
    assert table(report, "by_station") == {"skranke-2": (2, 0)}


def test_whole_months_are_compared_with_as_many_months_before() -> None:
    assert Period.month("2026-03").previous() == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert Period.month("2026-01").previous() == Period(date(2025, 12, 1), date(2025, 12, 31))
    first_half = Period(date(2026, 1, 1), date(2026, 6, 30))
    assert first_half.whole_months_only and first_half.previous() == Period(date(2025, 7, 1), date(2025, 12, 31))
    part = Period(date(2026, 10, 1), date(2026, 10, 15))  # not a whole month: as many days before
    assert not part.whole_months_only and part.previous() == Period(date(2026, 9, 16), date(2026, 9, 30))


def test_from_to_is_inclusive_and_previous_has_the_same_length(store: VisitStore, tax: Taxonomy) -> None:
    report = build_report(store, tax, date(2026, 10, 6), date(2026, 10, 31))
    assert report.total == 3
    assert report.previous_period == Period(date(2026, 9, 10), date(2026, 10, 5))
    assert report.previous_total == 4  # 2026-10-05 ×3 and 2026-09-30


def test_retired_categories_count_under_their_replacement(empty_store: VisitStore, tax: Taxonomy) -> None:
    store = empty_store
    add(store, "kommune.gammel_skranke", date(2025, 12, 10), times=2)
    add(store, "kommune.mellomledd", date(2026, 2, 10))
    add(store, "kommune.kontakt", date(2026, 3, 5))
    add(store, "bibliotek.kurs", date(2026, 3, 6))
    mapped = build_report(store, tax, date(2025, 12, 1), date(2026, 3, 31))
    assert table(mapped, "by_category") == {"kommune.kontakt": (4, 0), "bibliotek.kurs": (1, 0)}
    assert table(mapped, "by_kind") == {"digital_skills": (1, 0), "service": (4, 0)}
    assert mapped.breakdown("by_group").rows[1].label("en") == "The library"
    raw = build_report(store, tax, date(2025, 12, 1), date(2026, 3, 31), map_retired=False)
    assert table(raw, "by_category") == {
        "kommune.gammel_skranke": (2, 0), "kommune.mellomledd": (1, 0), "kommune.kontakt": (1, 0),
        "bibliotek.kurs": (1, 0)}


def test_unknown_category_is_shown_by_its_id(empty_store: VisitStore, tax: Taxonomy) -> None:
    store = empty_store
    # e.g. logged under a local category whose file was later removed: the store itself would refuse it now
    store.db.execute("INSERT INTO visits (id, station, date, hour, category) VALUES ('x', 'skranke-1', "
                  "'2026-10-02', 10, 'andrekommune.noe')")
    store.db.conn.commit()
    report = build_report(store, tax, OCTOBER.start, OCTOBER.end)
    assert report.breakdown("by_category").rows[0].label("nb") == "andrekommune.noe"
    assert table(report, "by_kind") == {"digital_skills": (0, 0), "service": (0, 0), "unknown": (1, 0)}


def test_folded_months_report_the_same_as_before(empty_store: VisitStore, tax: Taxonomy) -> None:
    store = empty_store
    add(store, "nav.meldekort", date(2024, 1, 8), 9, times=3, channel="phone")
    add(store, "login.minid", date(2024, 1, 20), 14, station="skranke-2")
    add(store, "nav.dagpenger", date(2023, 12, 4), 10, times=2)
    add(store, "nav.dagpenger", date(2026, 1, 4), 10)  # recent: stays a visit
    before = build_report(store, tax, date(2024, 1, 1), date(2024, 1, 31))
    result = store.purge(24, today=date(2026, 2, 1))
    assert result.total == 6 and store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 1
    after = build_report(store, tax, date(2024, 1, 1), date(2024, 1, 31))
    assert after == before
    assert (after.total, after.previous_total, after.left_out_months) == (4, 2, ())
    assert after.weekday_hour[0][9] == 3


def test_a_period_that_cuts_a_folded_month_leaves_it_out_and_says_so(empty_store: VisitStore, tax: Taxonomy) -> None:
    store = empty_store
    add(store, "nav.meldekort", date(2024, 1, 8), times=3)
    add(store, "nav.meldekort", date(2024, 2, 20), times=2)
    store.purge(24, today=date(2026, 3, 1))
    cut = build_report(store, tax, date(2024, 1, 15), date(2024, 2, 29))  # January only from the 15th
    assert (cut.total, cut.left_out_months) == (2, ("2024-01",))
    # February is compared with the whole of January, so January's folded totals count.
    whole = build_report(store, tax, date(2024, 2, 1), date(2024, 2, 29))
    assert (whole.total, whole.previous_total, whole.left_out_months) == (2, 3, ())
