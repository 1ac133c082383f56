"""The SQL views a BI tool reads give the report's own figures, labelled, per month and centre."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest

from frontdesk.central.identity import Centre
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.model import Report
from frontdesk.visits.event_kinds import FORM_LABELS, EventForm, EventKinds
from frontdesk.visits.store import VisitStore
from tests.central.conftest import agency_names, push_store
from tests.central.visit_mix import fill
from tests.reports.visit_data import open_store, taxonomy

pytestmark = pytest.mark.postgres

CENTRE = Centre("1103", "Innbyggertorget")
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[VisitStore, VisitStore]]:
    folder = tmp_path_factory.mktemp("logs")
    with open_store(folder / "visits.sqlite3", taxonomy(folder)) as mine, \
            open_store(folder / "other.sqlite3", mine.taxonomy) as other:
        fill(mine, 300, seed=5, events=60)
        fill(other, 40, seed=6, events=10)
        yield mine, other


@pytest.fixture
def store(logs: tuple[VisitStore, VisitStore], conn: psycopg.Connection[Any]) -> VisitStore:
    mine, other = logs
    later = datetime.now(UTC) + timedelta(hours=1)
    push_store(mine, conn, CENTRE, now=later)
    push_store(other, conn, Centre("1103", "Biblioteket"), now=later)  # its October must not leak into ours
    return mine


@pytest.fixture
def october(store: VisitStore) -> Report:
    return build_report(store, store.taxonomy, *OCTOBER, agency_names=agency_names())


def view(conn: psycopg.Connection[Any], name: str, key: str = "key") -> dict[Any, int]:
    rows = conn.execute(f"SELECT {key}, visits FROM frontdesk.{name} WHERE month = '2026-10' AND "
                        "municipality = '1103' AND centre = 'Innbyggertorget'").fetchall()
    return {row[0] if len(row) == 2 else tuple(row[:-1]): int(row[-1]) for row in rows}


def nonzero(report: Report, breakdown: str) -> dict[str, int]:
    return {key: count for key, count in report.breakdown(breakdown).counts().items() if count}


@pytest.mark.parametrize(("name", "key", "breakdown"), [
    ("report_category", "category", "by_category"), ("report_group", "group_id", "by_group"),
    ("report_kind", "key", "by_kind"), ("report_mode", "key", "by_mode"), ("report_outcome", "key", "by_outcome"),
    ("report_channel", "key", "by_channel"), ("report_duration", "key", "by_duration"),
    ("report_referral", "key", "by_referral"), ("report_guide", "key", "by_guide"),
    ("report_station", "station", "by_station"), ("report_age_group", "key", "by_age_group"),
    ("report_repeat_visit", "key", "by_repeat_visit"), ("report_language_help", "key", "by_language_help"),
])
def test_each_breakdown_view_matches_the_report(conn: psycopg.Connection[Any], october: Report, name: str,
                                                key: str, breakdown: str) -> None:
    assert view(conn, name, key) == nonzero(october, breakdown)


def test_weekday_hour_view_matches_the_report_grid(conn: psycopg.Connection[Any], october: Report) -> None:
    grid = {(day, hour): n for day, row in enumerate(october.weekday_hour) for hour, n in enumerate(row) if n}
    assert view(conn, "report_weekday_hour", "weekday, hour") == grid
    assert conn.execute("SELECT DISTINCT weekday_nb, weekday_en, weekday_nn FROM frontdesk.report_weekday_hour "
                        "WHERE weekday = 0").fetchall() == [("mandag", "Monday", "måndag")]


def test_views_carry_the_labels_a_bi_tool_shows(conn: psycopg.Connection[Any], october: Report) -> None:
    outcome = conn.execute("SELECT key, label_nb, label_en, label_nn FROM frontdesk.report_outcome").fetchall()
    assert ("unrecorded", "Ikke registrert", "Not recorded", "Ikkje registrert") in outcome
    for name, breakdown in (("report_category", "by_category"), ("report_group", "by_group"),
                            ("report_language_help", "by_language_help")):
        key = "category" if name == "report_category" else "group_id" if name == "report_group" else "key"
        labels = {row.key: (row.labels.nb, row.labels.en, row.labels.nn) for row in october.breakdown(breakdown).rows}
        shown = conn.execute(f"SELECT {key}, label_nb, label_en, label_nn FROM frontdesk.{name} "
                             "WHERE month = '2026-10' AND centre = 'Innbyggertorget'").fetchall()
        assert shown and all(labels[row[0]] == tuple(row[1:]) for row in shown), name


def test_the_events_view_matches_the_reports_events_by_kind(conn: psycopg.Connection[Any], october: Report) -> None:
    rows = conn.execute("SELECT kind, events, participants, hours, volunteers, volunteer_hours, form, label_nn, "
                        "form_nb FROM frontdesk.report_events WHERE month = '2026-10' AND municipality = '1103' "
                        "AND centre = 'Innbyggertorget'").fetchall()
    assert october.events.total.count > 0
    assert {row[0]: (row[1], row[2], float(row[3]), row[4], float(row[5])) for row in rows} == {
        row.key: (row.current.count, row.current.participants, row.current.hours, row.current.volunteers,
                  row.current.volunteer_hours) for row in october.events.by_kind if row.current.count}
    kinds = EventKinds.bundled()
    for kind, *_, form, label_nn, form_nb in rows:
        assert (form, label_nn, form_nb) == (kinds.form_of(kind), kinds.label(kind, "nn"),
                                             FORM_LABELS[EventForm(form)].nb)
