"""Events in station files: exported with the month's visits, imported by event id, checked like input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from frontdesk.visits.exchange import ExchangeError, export_month, import_file, write_export
from frontdesk.visits.model import VISIT_FIELDS
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.told import raises_told

LATER = datetime(2026, 11, 20)


@pytest.fixture
def hub(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[VisitStore]:
    with VisitStore(tmp_path / "hub.sqlite3", taxonomy) as store:
        yield store


def exported(tmp_path: Path, taxonomy: Taxonomy, station: str = "skranke-2") -> Path:
    with VisitStore(tmp_path / f"{station}.sqlite3", taxonomy) as counter:
        counter.add("login.bankid", station=station, age_group="67_plus", at=datetime(2026, 10, 14, 10))
        counter.events.add("bankid_kurs", station=station, on=date(2026, 10, 14), participants=8, hours=2, hour=10,
                           now=LATER)
        counter.events.add("drop_in", station=station, on=date(2026, 10, 15), participants=23, volunteers=4,
                           volunteer_hours=12.5, now=LATER)
        counter.events.add("grunnkurs", station="skranke-9", on=date(2026, 10, 15), participants=5, now=LATER)
        counter.events.add("nettvett", station=station, on=date(2026, 11, 2), participants=9, now=LATER)
        document = export_month(counter, "2026-10", station)
    out = tmp_path / f"{station}-2026-10.json"
    write_export(document, out)
    return out


def changed(path: Path, change: dict[str, object], number: int = 1) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["events"][number - 1].update(change)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def counts(store: VisitStore) -> tuple[int, int]:
    return (store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0],
            store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0])


def test_the_export_holds_the_stations_events_of_the_month_with_exactly_the_table_columns(
        tmp_path: Path, taxonomy: Taxonomy) -> None:
    document = json.loads(exported(tmp_path, taxonomy).read_text(encoding="utf-8"))
    assert document["schema"] == 2 and document["visits"][0]["age_group"] == "67_plus"
    assert [e["kind"] for e in document["events"]] == ["bankid_kurs", "drop_in"]
    assert document["events"][0] == {**document["events"][0], "station": "skranke-2", "date": "2026-10-14",
                                     "hour": 10, "participants": 8, "hours": 2.0, "volunteers": 0,
                                     "volunteer_hours": 0.0}
    assert document["events"][1]["hours"] is None and document["events"][1]["hour"] is None
    assert set(document["events"][0]) == {"id", "station", "date", "hour", "kind", "participants", "hours",
                                          "volunteers", "volunteer_hours"}


def test_events_are_imported_once_by_id(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore) -> None:
    path = exported(tmp_path, taxonomy)
    first = import_file(hub, path)
    assert (first.added, first.events_added) == (1, 2)
    assert first.stations["skranke-2"].events_added == 2
    again = import_file(hub, path)
    assert (again.added, again.events_added, again.stations["skranke-2"].events_already_there) == (0, 0, 2)
    assert counts(hub) == (1, 2)
    assert [e.kind for e in hub.events.in_month("2026-10")] == ["bankid_kurs", "drop_in"]


def test_a_schema_1_file_without_events_still_imports(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore) -> None:
    path = exported(tmp_path, taxonomy)
    document = json.loads(path.read_text(encoding="utf-8"))
    old = {**document, "schema": 1, "visits": [{k: v for k, v in visit.items() if k in VISIT_FIELDS[:11]}
                                               for visit in document["visits"]]}
    del old["events"]
    path.write_text(json.dumps(old), encoding="utf-8")
    assert import_file(hub, path).added == 1
    assert hub.db.execute("SELECT age_group FROM visits").fetchone() == (None,)
    with_questions = {**old, "visits": document["visits"]}  # schema 1 never had the new fields
    path.write_text(json.dumps(with_questions), encoding="utf-8")
    with raises_told(ExchangeError, "exactly the fields"):
        import_file(hub, path)
    path.write_text(json.dumps({**old, "events": document["events"]}), encoding="utf-8")
    with raises_told(ExchangeError, "a schema 1 file has no 'events'"):
        import_file(hub, path)


@pytest.mark.parametrize(("change", "message"), [
    ({"participants": True}, "participants must be a whole number"),
    ({"participants": 8.0}, "participants must be a whole number"),
    ({"participants": 1001}, "whole number from 0 to 1000"),
    ({"participants": -1}, "whole number from 0 to 1000"),
    ({"hours": "2"}, "hours must be a number"),
    ({"hours": 30}, "from 0 to 24 hours"),
    ({"hour": True}, "hour must be a whole number"),
    ({"hour": 24}, "start hour must be 0–23"),
    ({"volunteer_hours": None}, "volunteer_hours must be a number"),
    ({"volunteers": 0}, "without the number of volunteers"),
    ({"kind": "kurs_som_ikke_finnes"}, "Unknown event kind"),
    ({"kind": 7}, "kind must be a text"),
    ({"date": "2099-01-01"}, "in the future"),
    ({"date": "20261014"}, "YYYY-MM-DD"),
    ({"id": "not-a-uuid"}, "uuid4"),
    ({"note": "Kari kom"}, "exactly the fields"),
])
def test_one_bad_event_refuses_the_whole_file(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore,
                                              change: dict[str, object], message: str) -> None:
    with raises_told(ExchangeError, message) as caught:
        import_file(hub, changed(exported(tmp_path, taxonomy), change, number=2))
    told = caught.value.message("en")
    assert "event 2" in told and "Nothing from this file was imported" in told
    assert all("Kari" not in caught.value.message(language) for language in ("nb", "nn", "en"))
    assert counts(hub) == (0, 0)  # the file's good visit is not imported either


@pytest.mark.parametrize(("field", "value"), [("station", "Ola 91234567"), ("kind", "912-34-567"),
                                              ("station", "kari"), ("kind", "kurs_kari")])
def test_personal_data_in_an_event_is_refused_without_being_repeated(tmp_path: Path, taxonomy: Taxonomy,
                                                                     hub: VisitStore, field: str, value: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        import_file(hub, changed(exported(tmp_path, taxonomy), {field: value}))
    message = caught.value.message("en")
    assert "event 1" in message and "9123" not in message and "kari" not in message.lower()
    assert counts(hub) == (0, 0)
