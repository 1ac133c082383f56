"""The event log on a real SQLite file: what is stored, what is refused (storing nothing), undo and listing."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.config import Config
from frontdesk.visits.event_kinds import FILE_NAME, EventKinds
from frontdesk.visits.events import EventError
from frontdesk.visits.privacy import PersonalDataError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

NOW = datetime(2026, 10, 20, 15, 5)


def test_add_stores_the_counts_and_survives_reopening(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "visits.sqlite3"
    with VisitStore(path, taxonomy) as store:
        event = store.events.add("bankid_kurs", station="skranke-1", on=date(2026, 10, 14), participants=8,
                                 hours="1,5", volunteers=2, volunteer_hours=3, hour=10, now=NOW)
    assert uuid.UUID(event.id).version == 4
    assert (event.participants, event.hours, event.volunteers, event.volunteer_hours) == (8, 1.5, 2, 3.0)
    with VisitStore(path, taxonomy) as store:
        assert store.events.get(event.id) == event
        assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0  # an event is not a visit
    raw = sqlite3.connect(path).execute("SELECT * FROM events").fetchall()
    assert raw == [(event.id, "skranke-1", "2026-10-14", 10, "bankid_kurs", 8, 1.5, 2, 3.0)]


def test_hours_and_start_hour_are_optional(store: VisitStore) -> None:
    event = store.events.add("drop_in", station="skranke-1", on=date(2026, 10, 20), participants=0, now=NOW)
    assert (event.hours, event.hour, event.volunteers, event.volunteer_hours) == (None, None, 0, 0.0)


@pytest.mark.parametrize(("changes", "nb", "en"), [
    ({"kind": "bankid"}, "Ukjent arrangementstype «bankid»", "Valid kinds: grunnkurs, bankid_kurs"),
    ({"participants": -1}, "Antall deltakere må være et helt tall fra 0 til 1000", "whole number from 0 to 1000"),
    ({"participants": 1001}, "fra 0 til 1000", "The number of participants"),
    ({"participants": 2.5}, "helt tall", "whole number"),
    ({"participants": "mange"}, "Antall deltakere må være et tall", "must be a number"),
    ({"participants": True}, "må være et tall", "must be a number"),
    ({"hours": 25}, "Varigheten må være fra 0 til 24 timer", "from 0 to 24 hours"),
    ({"hours": -2}, "Varigheten må være fra 0 til 24 timer", "The duration"),
    ({"hours": 0}, "mer enn 0 timer", "more than 0 hours"),
    ({"hours": "nan"}, "Varigheten må være et tall", "must be a number"),
    ({"volunteers": -3}, "Antall frivillige", "The number of volunteers"),
    ({"volunteers": 2, "volunteer_hours": 49}, "Frivillige timer må være fra 0 til 48 timer", "0 to 48 hours"),
    ({"volunteer_hours": 3}, "uten antall frivillige", "without the number of volunteers"),
    ({"hour": 24}, "Starttimen", "start hour must be 0–23"),
    ({"on": date(2026, 10, 21)}, "fram i tid", "in the future"),
    ({"on": date(2010, 1, 1)}, "ti år", "ten years"),
    ({"station": "skranke/1"}, "Skranke", "Station"),
])
def test_wrong_values_are_refused_in_both_languages_and_nothing_is_stored(
        store: VisitStore, changes: dict[str, object], nb: str, en: str) -> None:
    values: dict[str, object] = {"kind": "grunnkurs", "station": "skranke-1", "on": date(2026, 10, 20),
                                 "participants": 6, **changes}
    kind = values.pop("kind")
    with pytest.raises(EventError) as caught:
        store.events.add(str(kind), now=NOW, **values)  # type: ignore[arg-type]
    assert nb in str(caught.value) and en in caught.value.message("en")
    assert store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM event_undo_slot").fetchone()[0] == 0


@pytest.mark.parametrize(("kind", "station"), [("91234567", "skranke-1"), ("kurs_kari", "skranke-1"),
                                               ("grunnkurs", "Kari Nordmann"), ("grunnkurs", "ring 912 34 567")])
def test_personal_data_is_refused_without_repeating_it(store: VisitStore, kind: str, station: str) -> None:
    with pytest.raises(PersonalDataError) as caught:
        store.events.add(kind, station=station, on=date(2026, 10, 20), participants=3, now=NOW)
    shown = str(caught.value) + caught.value.message("en")
    assert "912" not in shown and "Kari" not in shown and "kari" not in shown
    assert store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


def test_the_database_itself_refuses_absurd_numbers(store: VisitStore) -> None:
    """The CHECK constraints hold for any other program writing the file."""
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO events (id, station, date, kind, participants) VALUES "
                         "('x', 's', '2026-10-01', 'grunnkurs', 91234567)")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO events (id, station, date, kind, participants, volunteers, volunteer_hours) "
                         "VALUES ('x', 's', '2026-10-01', 'grunnkurs', 3, 1, 25)")


def test_a_retired_local_kind_can_no_longer_be_logged(temp_home: Path, taxonomy: Taxonomy) -> None:
    (temp_home / FILE_NAME).write_text(
        "kinds:\n  datakafe: {form: drop_in, label_nb: Datakafé, label_en: Computer café, retired: 2026-10-01}\n",
        encoding="utf-8")
    with VisitStore.open(Config.from_env(temp_home), taxonomy) as store:
        old = store.events.add("datakafe", station="skranke-1", on=date(2026, 9, 30), participants=4, now=NOW)
        assert old.kind == "datakafe"
        with pytest.raises(EventError, match="avviklet"):
            store.events.add("datakafe", station="skranke-1", on=date(2026, 10, 1), participants=4, now=NOW)


def test_undo_removes_this_counters_last_event_within_ten_minutes_only(store: VisitStore) -> None:
    first = store.events.add("grunnkurs", station="skranke-1", on=date(2026, 10, 20), participants=5, now=NOW)
    other = store.events.add("nettvett", station="skranke-2", on=date(2026, 10, 20), participants=9, now=NOW)
    visit = store.add("login.bankid", station="skranke-1", at=NOW)
    assert store.events.undo_last("skranke-1", now=NOW + timedelta(minutes=9)) == first
    assert store.events.undo_last("skranke-1", now=NOW + timedelta(minutes=9)) is None  # once only
    assert store.get(visit.id) == visit  # undoing an event never touches a visit …
    assert store.undo_last("skranke-1", now=NOW) == visit  # … and the visit's own undo still works
    assert store.events.undo_last("skranke-2", now=NOW + timedelta(minutes=11)) is None
    assert store.events.get(other.id) == other


def test_an_expired_undo_slot_is_dropped_when_the_log_is_opened(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "visits.sqlite3"
    long_ago = datetime.now(UTC) - timedelta(hours=1)
    with VisitStore(path, taxonomy) as store:
        store.events.add("grunnkurs", station="skranke-1", on=long_ago.date(), participants=5, now=long_ago)
        assert store.db.execute("SELECT COUNT(*) FROM event_undo_slot").fetchone()[0] == 1
    with VisitStore(path, taxonomy) as store:
        assert store.db.execute("SELECT COUNT(*) FROM event_undo_slot").fetchone()[0] == 0


def test_between_and_in_month_list_a_periods_events_for_one_station_or_all(store: VisitStore) -> None:
    for day, station in ((date(2026, 9, 30), "skranke-1"), (date(2026, 10, 1), "skranke-1"),
                         (date(2026, 10, 31), "skranke-2"), (date(2026, 10, 15), "skranke-1")):
        store.events.add("drop_in", station=station, on=day, participants=3, now=datetime(2026, 11, 2))
    assert [e.date.day for e in store.events.in_month("2026-10")] == [1, 15, 31]
    assert [e.date.day for e in store.events.in_month("2026-10", "skranke-1")] == [1, 15]
    assert len(store.events.between(date(2026, 9, 30), date(2026, 10, 1))) == 2


def test_a_store_without_local_kinds_knows_the_bundled_ones(store: VisitStore) -> None:
    assert [k.id for k in store.event_kinds.all()] == [k.id for k in EventKinds.bundled().all()]


ATTACKS = ["010190  10046", "010190_10046", "010190--10046", "01019012480", "skranke 912-34-567",
           "skranke 91-23-45-67", "Kari", "skranke-ola", "Hansen 2", "rom 12345", "ola@example.com"]


@pytest.mark.parametrize("text", ATTACKS)
def test_every_spelling_of_personal_data_is_refused_as_station_or_kind(store: VisitStore, text: str) -> None:
    for values in ({"kind": "grunnkurs", "station": text}, {"kind": text, "station": "skranke-1"}):
        with pytest.raises(ValueError) as caught:
            store.events.add(values["kind"], station=values["station"], on=date(2026, 10, 20), participants=3,
                             now=NOW)
        digits = "".join(ch for ch in text if ch.isdigit())
        shown = str(caught.value) + repr(caught.value.args)
        assert text not in shown and (not digits or digits[:4] not in shown.replace("-", ""))
    assert store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM event_undo_slot").fetchone()[0] == 0


@pytest.mark.parametrize("field", ["age_group", "repeat_visit", "language_help"])
@pytest.mark.parametrize("value", ["91234567", "ola@example.com", "polsk"])
def test_the_visit_questions_take_only_their_fixed_choices(store: VisitStore, field: str, value: str) -> None:
    with pytest.raises(ValueError) as caught:
        store.add("login.minid", station="skranke-1", **{field: value})
    assert value not in str(caught.value)
    assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0
