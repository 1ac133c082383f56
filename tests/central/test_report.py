"""The central report is the local report: same Report, same files, counted by PostgreSQL for any centres."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from frontdesk.central.connection import CentralError
from frontdesk.central.identity import Centre
from frontdesk.central.report import central_report, select_centres
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.json_export import report_json_text
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.central.conftest import agency_names, push_store
from tests.central.visit_mix import fill
from tests.reports.visit_data import open_store, taxonomy

pytestmark = pytest.mark.postgres

SENTRUM = Centre("0301", "Servicetorget Sentrum")
BIBLIOTEK = Centre("0301", "Biblioteket")
BERGEN = Centre("4601", "Innbyggerservice")
LATER = datetime.now(UTC) + timedelta(hours=1)  # every undo chance is over: every visit is pushed
PERIODS = [(date(2026, 10, 1), date(2026, 10, 31)), (date(2026, 1, 1), date(2026, 12, 31)),
           (date(2025, 11, 17), date(2026, 2, 3))]


@pytest.fixture(scope="module")
def tax(tmp_path_factory: pytest.TempPathFactory) -> Taxonomy:
    return taxonomy(tmp_path_factory.mktemp("categories"))


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory, tax: Taxonomy) -> Iterator[dict[Centre, VisitStore]]:
    """Three centres' logs with visits and events, made once: every visit is a durable write."""
    folder = tmp_path_factory.mktemp("logs")
    opened: dict[Centre, VisitStore] = {}
    for seed, (centre, count) in enumerate(((SENTRUM, 600), (BIBLIOTEK, 150), (BERGEN, 250))):
        opened[centre] = open_store(folder / f"{seed}.sqlite3", tax)
        fill(opened[centre], count, seed=seed, stations=("skranke-1", "skranke-2", "mottak"), events=count // 6)
    yield opened
    for store in opened.values():
        store.close()


@pytest.fixture
def stores(logs: dict[Centre, VisitStore], conn: psycopg.Connection[Any]) -> dict[Centre, VisitStore]:
    """The three logs, pushed to this test's empty database."""
    for centre, store in logs.items():
        push_store(store, conn, centre, now=LATER)
    return logs


def local(store: VisitStore, tax: Taxonomy, start: date, end: date, **options: Any) -> Report:
    return build_report(store, tax, start, end, agency_names=agency_names(), **options)


def central(conn: psycopg.Connection[Any], tax: Taxonomy, start: date, end: date, names: tuple[str, ...] = (),
            municipalities: tuple[str, ...] = (), **options: Any) -> Report:
    selection = select_centres(conn, names, municipalities)
    return central_report(conn, tax, start, end, selection, agency_names=agency_names(), **options)


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_one_centre_central_equals_local(stores: dict[Centre, VisitStore], conn: psycopg.Connection[Any],
                                         tax: Taxonomy, start: date, end: date) -> None:
    expected = local(stores[SENTRUM], tax, start, end)
    assert expected.total > 0 and expected.previous_total > 0
    # The comparison covers what a counter logs: the three questions and the events, in both periods.
    assert expected.breakdown("by_language_help").counts()["interpreter"] > 0
    assert expected.events.total.count > 0 and expected.events.previous_total.count > 0
    assert expected.events.total.volunteer_hours > 0 and any(map(any, expected.events.weekday_hour))
    assert central(conn, tax, start, end, ("servicetorget sentrum",)) == expected
    options = ExportOptions(suppress_below=5)
    assert report_json_text(central(conn, tax, start, end, (SENTRUM.name,)), options) == report_json_text(
        expected, options)


def test_options_mean_the_same_centrally(stores: dict[Centre, VisitStore], conn: psycopg.Connection[Any],
                                        tax: Taxonomy) -> None:
    start, end = PERIODS[1]
    for options in ({"station": "mottak"}, {"map_retired": False}):
        assert central(conn, tax, start, end, (SENTRUM.name,), **options) == local(
            stores[SENTRUM], tax, start, end, **options)


def test_several_centres_add_up_and_name_their_stations(stores: dict[Centre, VisitStore],
                                                        conn: psycopg.Connection[Any], tax: Taxonomy) -> None:
    start, end = PERIODS[0]
    parts = {centre: local(store, tax, start, end) for centre, store in stores.items()}
    oslo = central(conn, tax, start, end, municipalities=("0301",))
    everyone = central(conn, tax, start, end)
    assert oslo.total == parts[SENTRUM].total + parts[BIBLIOTEK].total
    assert everyone.total == sum(report.total for report in parts.values())
    for name in ("by_category", "by_outcome", "by_kind"):
        summed: dict[str, int] = {}
        for report in parts.values():
            for key, value in report.breakdown(name).counts().items():
                summed[key] = summed.get(key, 0) + value
        assert everyone.breakdown(name).counts() == summed
    grid = [[sum(r.weekday_hour[d][h] for r in parts.values()) for h in range(24)] for d in range(7)]
    assert [list(row) for row in everyone.weekday_hour] == grid
    assert everyone.breakdown("by_age_group").counts() == {
        key: sum(r.breakdown("by_age_group").counts()[key] for r in parts.values())
        for key in everyone.breakdown("by_age_group").counts()}
    assert everyone.events.total.participants == sum(r.events.total.participants for r in parts.values())
    assert {row.key: row.current.count for row in oslo.events.by_form} == {
        row.key: row.current.count + other.current.count
        for row, other in zip(parts[SENTRUM].events.by_form, parts[BIBLIOTEK].events.by_form, strict=True)}
    stations = everyone.breakdown("by_station").counts()
    assert stations["Innbyggerservice: mottak"] == parts[BERGEN].breakdown("by_station").counts()["mottak"]
    assert "mottak" not in stations


def test_centres_are_chosen_by_name_and_municipality(stores: dict[Centre, VisitStore],
                                                     conn: psycopg.Connection[Any]) -> None:
    assert select_centres(conn, (), ("4601",)).names() == "Innbyggerservice"
    assert select_centres(conn, ("BIBLIOTEKET", "Innbyggerservice")).names() == "Biblioteket, Innbyggerservice"
    assert (select_centres(conn).names(), select_centres(conn).names("en")) == ("Alle sentre (3)", "All centres (3)")
    with pytest.raises(CentralError, match=r"Ingen senter med navnet «Rådhuset».*Biblioteket \(0301\)"):
        select_centres(conn, ("Rådhuset",))
    with pytest.raises(CentralError, match="kommune 5001"):
        select_centres(conn, (), ("5001",))


def test_a_name_in_two_municipalities_needs_the_municipality(
        stores: dict[Centre, VisitStore], conn: psycopg.Connection[Any], tmp_path: Path, tax: Taxonomy) -> None:
    with open_store(tmp_path / "trd.sqlite3", tax) as store:
        fill(store, 5, seed=9)
        push_store(store, conn, Centre("5001", "Biblioteket"), now=LATER)
    with pytest.raises(CentralError, match=r"flere kommuner \(0301, 5001\): legg til --municipality"):
        select_centres(conn, ("Biblioteket",))
    assert select_centres(conn, ("Biblioteket",), ("5001",)).centres[0][1] == Centre("5001", "Biblioteket")


def test_a_database_nobody_pushed_to_says_so(conn: psycopg.Connection[Any]) -> None:
    with pytest.raises(CentralError, match="ingen frontdesk-data ennå"):
        select_centres(conn)
