"""`push` of events and of this install's own rows only, and a central database made before events, upgraded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from frontdesk.central.connection import CentralError
from frontdesk.central.identity import Centre
from frontdesk.central.schema import MIGRATIONS, migrate
from frontdesk.visits.events import EVENT_FIELDS
from frontdesk.visits.exchange import export_month, import_file, write_export
from frontdesk.visits.model import Outcome
from frontdesk.visits.store import VisitStore
from tests.central.conftest import push_store
from tests.central.visit_mix import fill
from tests.reports.visit_data import open_store, taxonomy

pytestmark = pytest.mark.postgres

CENTRE = Centre("3201", "Servicetorget Bærum")
LATER = datetime.now(UTC) + timedelta(hours=1)  # every undo chance is over by then


@pytest.fixture
def store(tmp_path: Path) -> Iterator[VisitStore]:
    with open_store(tmp_path / "visits.sqlite3", taxonomy(tmp_path)) as opened:
        fill(opened, 40, seed=11, events=25)
        yield opened


def central_events(conn: psycopg.Connection[Any]) -> set[tuple[Any, ...]]:
    rows = conn.execute(f"SELECT {', '.join(EVENT_FIELDS)} FROM frontdesk.events").fetchall()
    return {(str(row[0]), row[1], row[2].isoformat(), row[3], row[4], row[5],
             None if row[6] is None else float(row[6]), row[7], float(row[8])) for row in rows}


def local_events(store: VisitStore) -> set[tuple[Any, ...]]:
    rows = store.db.execute(f"SELECT {', '.join(EVENT_FIELDS)} FROM events").fetchall()
    return {(*row[:6], None if row[6] is None else float(row[6]), row[7], float(row[8])) for row in rows}


def test_events_go_field_for_field_once_and_wait_while_they_can_be_undone(
        store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    first = push_store(store, conn, CENTRE, now=LATER)
    assert (first.events.pushed, first.events.sent, first.events.added) == (25, 25, 25)
    assert central_events(conn) == local_events(store)
    again = push_store(store, conn, CENTRE, now=LATER)
    assert (again.events.pushed, again.events.sent, again.events.added) == (25, 0, 0)
    kept = store.events.add("grunnkurs", station="skranke-2", on=date.today(), participants=6, hours=2)
    waiting = push_store(store, conn, CENTRE)  # in its 10 minutes: it could still be undone at the counter
    assert (waiting.events.pushed, waiting.events.waiting) == (25, 1)
    assert push_store(store, conn, CENTRE, now=datetime.now(UTC) + timedelta(minutes=11)).events.added == 1
    assert kept.id in {row[0] for row in central_events(conn)}


def test_only_this_installs_own_rows_go_a_renamed_stations_earlier_ones_too(
        tmp_path: Path, conn: psycopg.Connection[Any]) -> None:
    tax = taxonomy(tmp_path)
    with open_store(tmp_path / "a.sqlite3", tax) as mine, open_store(tmp_path / "b.sqlite3", tax) as colleague:
        old = mine.add("nav.meldekort", station="skranke-1", at=datetime(2026, 10, 5, 9))
        course = mine.events.add("grunnkurs", station="skranke-1", on=date(2026, 10, 6), participants=8,
                                 now=datetime(2026, 10, 6, 20))
        mine.settings.set("station", "skranke-9")  # the counter is renamed: its earlier rows are still its own
        new = mine.add("login.minid", station="skranke-9", at=datetime(2026, 10, 20, 11))
        colleague.settings.set("station", "skranke-2")
        colleague.add("nav.meldekort", station="skranke-2", at=datetime(2026, 10, 7, 10))
        colleague.events.add("drop_in", station="skranke-2", on=date(2026, 10, 8), participants=3,
                             now=datetime(2026, 10, 8, 20))
        write_export(export_month(colleague, "2026-10", "skranke-2"), tmp_path / "skranke-2.json")
        assert import_file(mine, tmp_path / "skranke-2.json").added == 1  # mine now holds the colleague's too
        result = push_store(mine, conn, CENTRE, now=LATER)
    assert (result.visits.pushed, result.events.pushed) == (2, 1)
    assert {str(row[0]) for row in conn.execute("SELECT id FROM frontdesk.visits")} == {old.id, new.id}
    assert conn.execute("SELECT id::text, station FROM frontdesk.events").fetchall() == [(course.id, "skranke-1")]


@pytest.mark.parametrize(("column", "value"), [("station", "tlf 912 34 567"), ("kind", "Kari Nordmann"),
                                              ("id", "12345678901"), ("date", "2026-13-01")])
def test_an_event_the_privacy_rules_refuse_stops_the_whole_push(
        store: VisitStore, conn: psycopg.Connection[Any], column: str, value: str) -> None:
    """A log changed behind frontdesk's back: nothing of it leaves the PC, and the refused text isn't repeated."""
    store.db.execute(f"UPDATE events SET {column} = ? WHERE id = (SELECT max(id) FROM events)", [value])
    if column == "station":  # changed everywhere the name is kept: the list of this PC's own names too
        store.db.execute("INSERT INTO sync_own_names (station) VALUES (?)", [value])
    store.db.conn.commit()
    with pytest.raises(CentralError, match=f"Et arrangement .* «{column}»") as refused:
        push_store(store, conn, CENTRE, now=LATER)
    assert all(value not in refused.value.message(language) for language in ("nb", "nn", "en"))
    conn.rollback()
    assert conn.execute("SELECT (SELECT count(*) FROM frontdesk.visits), (SELECT count(*) FROM frontdesk.events)"
                        ).fetchone() == (0, 0)


def test_a_database_made_before_events_is_upgraded_keeping_its_rows_and_view_options(
        store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    """What an older frontdesk made (three steps), with row-level security's view option set by IT."""
    assert migrate(conn, upto=3) == [name for name, _ in MIGRATIONS[:3]]
    conn.execute("INSERT INTO frontdesk.centres (municipality, name, name_key) VALUES ('3201', 'Gammel', 'gammel')")
    conn.execute("INSERT INTO frontdesk.visits (id, centre_id, station, date, hour, category) SELECT "
                 "'9b7c4f1e-3a2d-4c5b-8e6f-7a8b9c0d1e2f', id, 'skranke-1', '2026-10-01', 9, 'nav.meldekort' "
                 "FROM frontdesk.centres")
    conn.execute("ALTER VIEW frontdesk.visit_facts SET (security_invoker = true)")
    conn.execute("ALTER VIEW frontdesk.report_outcome SET (security_invoker = true)")
    conn.commit()
    push_store(store, conn, CENTRE, now=LATER)  # upgrades first
    for view in ("visit_facts", "report_outcome"):  # replaced by 0004 and 0006
        assert conn.execute(f"SELECT reloptions FROM pg_class WHERE oid = 'frontdesk.{view}'::regclass"
                            ).fetchone() == (["security_invoker=true"],), view
    assert conn.execute("SELECT age_group, repeat_visit, language_help FROM frontdesk.visit_facts "
                        "WHERE centre = 'Gammel'").fetchall() == [("unrecorded",) * 3]
    assert conn.execute("SELECT count(*) FROM frontdesk.events").fetchone() == (25,)


def test_nynorsk_labels_reach_a_database_that_had_only_bokmal_and_english(
        store: VisitStore, conn: psycopg.Connection[Any]) -> None:
    """Labels pushed before 0006 had no nynorsk: the next push fills it in, for the views to show."""
    migrate(conn, upto=5)
    conn.commit()
    conn.execute("INSERT INTO frontdesk.labels (dimension, key, label_nb, label_en) VALUES "
                 "('outcome', 'solved', 'Løst', 'Solved')")
    conn.commit()
    migrate(conn)
    conn.commit()
    assert conn.execute("SELECT label_nn FROM frontdesk.labels WHERE key = 'solved'").fetchone() == (None,)
    push_store(store, conn, CENTRE, now=LATER)
    assert conn.execute("SELECT label_nn FROM frontdesk.labels WHERE dimension = 'outcome' AND key = 'solved'"
                        ).fetchone() == (Outcome.SOLVED.labels.nn,)
    assert conn.execute("SELECT DISTINCT label_nn FROM frontdesk.report_outcome WHERE key = 'solved'"
                        ).fetchall() == [(Outcome.SOLVED.labels.nn,)]
