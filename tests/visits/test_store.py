"""VisitStore: adding, validating, undoing and counting visits on a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.visits.model import VisitError
from frontdesk.visits.privacy import PersonalDataError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.told import raises_told
from tests.visits.conftest import AGENCIES


def test_add_stores_only_date_and_hour_and_survives_reopening(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "visits.sqlite3"
    with VisitStore(path, taxonomy, agencies=AGENCIES) as store:
        visit = store.add("nav.meldekort", station="skranke-1", channel="phone", mode="together",
                          outcome="referred", referred_to="nav", guide_id="nav-meldekort", duration="5to15",
                          age_group="67_plus", repeat_visit="repeat", language_help="interpreter",
                          at=datetime(2026, 10, 14, 13, 47, 59))
    assert (visit.date, visit.hour) == (date(2026, 10, 14), 13)
    with VisitStore(path, taxonomy) as store:
        assert store.get(visit.id) == visit
    raw = sqlite3.connect(path).execute("SELECT * FROM visits").fetchall()
    assert raw == [(visit.id, "skranke-1", "2026-10-14", 13, "nav.meldekort", "phone", "together", "referred",
                    "nav", "nav-meldekort", "5to15", "67_plus", "repeat", "interpreter")]


def test_the_database_runs_in_wal_mode(store: VisitStore) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"category": "nav.meldekrt"}, "Did you mean: nav.meldekort"),
    ({"category": "nav.meldekort", "channel": "fax"}, "Valid choices: in_person, phone, video"),
    ({"category": "nav.meldekort", "mode": "alone"}, "Valid choices: guided, together, on_behalf"),
    ({"category": "nav.meldekort", "age_group": "72"}, "Valid choices: under_67, 67_plus"),
    ({"category": "nav.meldekort", "repeat_visit": "yes"}, "Valid choices: first, repeat"),
    ({"category": "nav.meldekort", "language_help": "polsk"}, "Valid choices: none, other_language, interpreter"),
    ({"category": "nav.meldekort", "outcome": "maybe"}, "Valid choices: solved, partly, referred"),
    ({"category": "nav.meldekort", "duration": "60"}, "Valid choices: lt5, 5to15, 15to30, gt30"),
    ({"category": "nav.meldekort", "referred_to": "nasa"}, "Valid choices: altinn, annet, bank"),
    ({"category": "nav.meldekort", "guide_id": "Not A Slug"}, "Guide id: A guide id has lowercase letters"),
    ({"category": "nav.meldekort", "station": "skranke/1"}, "Station: Use 1–40 letters"),
    ({"category": "nav.meldekort", "at": datetime.now() + timedelta(days=2)}, "in the future"),
])
def test_invalid_values_are_refused_with_the_valid_choices(store: VisitStore, kwargs: dict[str, object],
                                                           expected: str) -> None:
    arguments: dict[str, object] = {"station": "skranke-1", **kwargs}
    with raises_told(VisitError, expected):
        store.add(**arguments)  # type: ignore[arg-type]
    assert store.counts_on(date.today()) == {}


def test_a_station_name_with_personal_data_is_refused_and_nothing_stored(store: VisitStore) -> None:
    with pytest.raises(PersonalDataError):
        store.add("login.minid", station="Kari 91234567")
    assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0


def test_undo_removes_only_the_last_visit_of_the_same_station_within_ten_minutes(store: VisitStore) -> None:
    first = store.add("login.minid", station="skranke-1")
    second = store.add("login.bankid", station="skranke-1")
    other = store.add("nav.aap", station="skranke-2")
    assert store.undo_last("skranke-1") == second
    assert store.undo_last("skranke-1") is None  # one step only: the slot is gone
    assert store.get(first.id) == first and store.get(other.id) == other
    later = datetime.now(UTC) + timedelta(minutes=10, seconds=1)
    assert store.undo_last("skranke-2", now=later) is None
    assert store.get(other.id) == other
    assert store.db.execute("SELECT COUNT(*) FROM undo_slot").fetchone()[0] == 0


def test_undo_of_a_given_visit_leaves_a_newer_one_alone(store: VisitStore, taxonomy: Taxonomy) -> None:
    shown = store.add("login.minid", station="skranke-1")  # what the window logged and shows
    with VisitStore(store.path, taxonomy) as command_line:  # `frontdesk visit add` on the same PC
        newer = command_line.add("nav.meldekort", station="skranke-1")
    assert store.undoable("skranke-1") == newer
    assert store.undo_last("skranke-1", only=shown.id) is None  # not what the window shows: nothing undone
    assert store.get(shown.id) == shown and store.get(newer.id) == newer
    assert store.undo_last("skranke-1", only=newer.id) == newer
    assert store.undoable("skranke-1") is None


def test_undoable_looks_without_taking_and_knows_the_ten_minutes(store: VisitStore) -> None:
    visit = store.add("login.minid", station="skranke-1")
    assert store.undoable("skranke-1") == visit and store.undoable("skranke-1") == visit
    assert store.undoable("skranke-1", now=datetime.now(UTC) + timedelta(minutes=10, seconds=1)) is None
    assert store.undoable("skranke-2") is None


def test_data_version_changes_when_another_connection_writes(store: VisitStore, taxonomy: Taxonomy) -> None:
    before = store.data_version()
    store.add("login.minid", station="skranke-1")
    assert store.data_version() == before  # its own writes are known already
    with VisitStore(store.path, taxonomy) as other:
        other.add("login.bankid", station="skranke-1")
    assert store.data_version() != before


def test_counts_on_a_day_per_category_and_station(store: VisitStore) -> None:
    for category, station in [("login.minid", "a"), ("login.minid", "a"), ("login.minid", "b"), ("nav.aap", "a")]:
        store.add(category, station=station, at=datetime(2026, 3, 2, 9))
    store.add("nav.aap", station="a", at=datetime(2026, 3, 3, 9))
    assert store.counts_on(date(2026, 3, 2)) == {"login.minid": 3, "nav.aap": 1}
    assert store.counts_on(date(2026, 3, 2), station="a") == {"login.minid": 2, "nav.aap": 1}


def test_a_retired_category_cannot_be_logged_after_its_retirement(tmp_path: Path) -> None:
    from frontdesk.config import bundled_data_dir

    local = tmp_path / "categories.yaml"
    local.write_text("categories:\n  kommune.gammel: {label_nb: G, label_en: O, retired: 2026-01-01, "
                     "replaced_by: kommune.kontakt}\n", encoding="utf-8")
    taxonomy = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", local)
    with VisitStore(tmp_path / "v.sqlite3", taxonomy) as store:
        store.add("kommune.gammel", station="s", at=datetime(2025, 12, 31, 15))  # back-fill before retirement
        with raises_told(VisitError, r"Use 'kommune\.kontakt' instead"):
            store.add("kommune.gammel", station="s", at=datetime(2026, 1, 2, 10))


def test_without_agency_ids_no_referral_is_accepted(tmp_path: Path, taxonomy: Taxonomy) -> None:
    # The store reads no bundled data itself: the composition root passes the agency ids in.
    with VisitStore(tmp_path / "v.sqlite3", taxonomy) as store, raises_told(VisitError, "Unknown agency"):
        store.add("nav.meldekort", station="s", referred_to="nav")


def test_the_database_file_alone_holds_every_acknowledged_visit_while_another_connection_is_open(
        tmp_path: Path, taxonomy: Taxonomy) -> None:
    """The window keeps the log open all day; without a checkpoint after each write its visits stay in the WAL,
    and a copy of visits.sqlite3 alone (or losing the -wal file) loses them."""
    path = tmp_path / "visits.sqlite3"
    with VisitStore(path, taxonomy) as window, VisitStore(path, taxonomy) as command:
        window.add("login.minid", station="skranke-1")
        ids = [command.add("nav.meldekort", station="skranke-2").id for _ in range(40)]
        ids += [window.add("login.bankid", station="skranke-1").id for _ in range(40)]
        assert path.with_name("visits.sqlite3-wal").stat().st_size > 0  # the WAL is still there, in use
        copy = tmp_path / "copied" / "visits.sqlite3"
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())  # the database file alone, as to a new PC
    conn = sqlite3.connect(f"{copy.as_uri()}?immutable=1", uri=True)  # immutable: any WAL is ignored
    stored = {row[0] for row in conn.execute("SELECT id FROM visits")}
    conn.close()
    assert set(ids) <= stored
