"""`push` to a real PostgreSQL server: exactly the anonymous rows, once, for the right centre, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from frontdesk.central.connection import CentralError
from frontdesk.central.identity import Centre, centre
from frontdesk.central.schema import MIGRATIONS, applied_migrations, migrate
from frontdesk.visits.exchange import export_month, import_file, write_export
from frontdesk.visits.model import VISIT_FIELDS
from frontdesk.visits.store import VisitStore
from tests.central.conftest import push_store
from tests.central.visit_mix import fill
from tests.reports.visit_data import open_store, taxonomy

pytestmark = pytest.mark.postgres

CENTRE = Centre("0301", "Servicetorget Sentrum")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[VisitStore]:
    with open_store(tmp_path / "visits.sqlite3", taxonomy(tmp_path)) as opened:
        fill(opened, 120, seed=1)
        yield opened


def central_rows(conn: psycopg.Connection[Any]) -> set[tuple[Any, ...]]:
    rows = conn.execute(f"SELECT {', '.join(VISIT_FIELDS)} FROM frontdesk.visits").fetchall()
    return {(str(row[0]), row[1], row[2].isoformat(), *row[3:]) for row in rows}


def local_rows(store: VisitStore) -> set[tuple[Any, ...]]:
    return {tuple(row) for row in store.db.execute(f"SELECT {', '.join(VISIT_FIELDS)} FROM visits").fetchall()}


def test_push_sends_every_visit_field_for_field_and_twice_adds_nothing(
        store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    long_ago = datetime.now(UTC) + timedelta(hours=1)  # every undo chance is over by then
    first = push_store(store, conn, CENTRE, now=long_ago)
    assert (first.visits.pushed, first.visits.sent, first.visits.added, first.visits.already_there) == (
        120, 120, 120, 0)
    assert central_rows(conn) == local_rows(store)
    again = push_store(store, conn, CENTRE, now=long_ago)
    assert (again.visits.pushed, again.visits.sent, again.visits.added, again.visits.already_there) == (
        120, 0, 0, 120)
    assert conn.execute("SELECT count(*) FROM frontdesk.visits").fetchone() == (120,)


def test_only_the_station_months_the_central_database_lacks_are_sent(
        store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    later = datetime.now(UTC) + timedelta(hours=1)
    push_store(store, conn, CENTRE, now=later)
    october = len(store.visits_in_month("2026-10", "skranke-2"))
    store.add("nav.meldekort", station="skranke-2", at=datetime(2026, 10, 12, 10))
    result = push_store(store, conn, CENTRE, now=later)
    assert (result.visits.pushed, result.visits.sent, result.visits.added) == (121, october + 1, 1)
    # A row lost centrally (a restored server): its whole group goes again, and only it is added back.
    conn.execute("DELETE FROM frontdesk.visits WHERE id = (SELECT id FROM frontdesk.visits ORDER BY id LIMIT 1)")
    conn.commit()
    assert push_store(store, conn, CENTRE, now=later).visits.added == 1
    assert central_rows(conn) == local_rows(store)


def test_the_schema_is_created_by_named_migrations_once(store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    assert applied_migrations(conn) == []
    push_store(store, conn, CENTRE)
    assert applied_migrations(conn) == [name for name, _ in MIGRATIONS]
    assert migrate(conn) == []
    conn.commit()


def test_a_database_upgraded_by_a_newer_frontdesk_is_left_alone(
        store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    migrate(conn)
    conn.execute("INSERT INTO frontdesk._migrations (name, applied_order) VALUES ('9999_from_the_future', 9999)")
    conn.commit()
    with pytest.raises(CentralError, match="oppgradert av en nyere frontdesk"):
        push_store(store, conn, CENTRE)
    conn.rollback()
    assert conn.execute("SELECT count(*) FROM frontdesk.visits").fetchone() == (0,)


def test_a_visit_that_can_still_be_undone_waits_for_the_next_push(
        tmp_path: Path, conn: psycopg.Connection[Any]) -> None:
    with open_store(tmp_path / "visits.sqlite3", taxonomy(tmp_path)) as store:
        kept = store.add("nav.meldekort", station="skranke-1")
        assert push_store(store, conn, CENTRE).visits.pushed == 0  # still in its 10 minutes
        later = datetime.now(UTC) + timedelta(minutes=11)
        assert push_store(store, conn, CENTRE, now=later).visits.added == 1
    assert {row[0] for row in central_rows(conn)} == {kept.id}


def test_pcs_of_one_centre_share_it_however_its_name_is_typed_and_each_pushes_its_own(
        tmp_path: Path, conn: psycopg.Connection[Any]) -> None:
    tax = taxonomy(tmp_path)
    with open_store(tmp_path / "a.sqlite3", tax) as first, open_store(tmp_path / "b.sqlite3", tax) as second:
        fill(first, 30, seed=2, stations=("skranke-1",))
        fill(second, 20, seed=3, stations=("skranke-2",))
        months = [str(row[0]) for row in second.db.execute("SELECT DISTINCT substr(date, 1, 7) FROM visits")]
        for month in months:
            write_export(export_month(second, month, "skranke-2"), tmp_path / f"{month}.json")
            import_file(first, tmp_path / f"{month}.json")
        later = datetime.now(UTC) + timedelta(hours=1)
        # The first PC holds both counters' visits but pushes only its own: the second PC pushes its own.
        assert push_store(first, conn, Centre("0301", "Servicetorget Sentrum"), now=later).visits.pushed == 30
        result = push_store(second, conn, centre("0301", "  servicetorget\u00a0  SENTRUM"), now=later)  # as typed
        assert (result.visits.pushed, result.visits.added) == (20, 20)
    assert conn.execute("SELECT count(*) FROM frontdesk.centres").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM frontdesk.visits").fetchone() == (50,)


def test_centres_with_one_name_in_two_municipalities_stay_apart(
        store: VisitStore, tmp_path: Path, conn: psycopg.Connection[Any]) -> None:
    later = datetime.now(UTC) + timedelta(hours=1)
    push_store(store, conn, Centre("0301", "Biblioteket"), now=later)
    with open_store(tmp_path / "other.sqlite3", store.taxonomy) as other:
        fill(other, 10, seed=4)
        push_store(other, conn, Centre("4601", "Biblioteket"), now=later)
    rows = conn.execute("SELECT c.municipality, count(*) FROM frontdesk.visits v JOIN frontdesk.centres c "
                        "ON c.id = v.centre_id GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("0301", 120), ("4601", 10)]


@pytest.mark.parametrize(("column", "value"), [("station", "kari-nordmann"), ("station", "tlf 912 34 567"),
                                              ("guide_id", "ola-at-example-dot-com"), ("mode", "whatever"),
                                              ("id", "12345678901"), ("date", "2026-13-01")])
def test_a_value_the_privacy_rules_refuse_stops_the_whole_push(
        store: VisitStore, conn: psycopg.Connection[Any], column: str, value: str) -> None:
    """A log changed behind frontdesk's back: nothing of it leaves the PC, and the refused text isn't repeated."""
    store.db.execute(f"UPDATE visits SET {column} = ? WHERE id = (SELECT max(id) FROM visits)", [value])
    if column == "station":  # changed everywhere the name is kept: the list of this PC's own names too
        store.db.execute("INSERT INTO sync_own_names (station) VALUES (?)", [value])
    store.db.conn.commit()
    with pytest.raises(CentralError, match=f"Et besøk .* «{column}»") as refused:
        push_store(store, conn, CENTRE, now=datetime.now(UTC) + timedelta(hours=1))  # no row held back by undo
    assert all(value not in refused.value.message(language) for language in ("nb", "nn", "en"))
    conn.rollback()
    assert conn.execute("SELECT count(*) FROM frontdesk.visits").fetchone() == (0,)


def test_labels_and_the_centres_categories_go_along_for_the_views(
        store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    push_store(store, conn, CENTRE)
    assert conn.execute("SELECT label_nb, label_en FROM frontdesk.labels WHERE dimension = 'outcome' "
                        "AND key = 'solved'").fetchone() == ("Løst", "Solved")
    retired = conn.execute("SELECT counted_as, group_id, kind FROM frontdesk.categories "
                           "WHERE id = 'kommune.gammel_skranke'").fetchone()
    assert retired == ("kommune.kontakt", "kommune", "service")  # through kommune.mellomledd, as reports count it


def test_a_push_with_nothing_new_rewrites_no_label(store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    """Thousands of PCs push every hour: an unchanged label must not become a new row version each time."""
    push_store(store, conn, CENTRE)
    before = conn.execute("SELECT xmin::text FROM frontdesk.labels UNION ALL "
                          "SELECT xmin::text FROM frontdesk.categories").fetchall()
    push_store(store, conn, CENTRE)
    assert conn.execute("SELECT xmin::text FROM frontdesk.labels UNION ALL "
                        "SELECT xmin::text FROM frontdesk.categories").fetchall() == before
