"""Station export files: import is idempotent by id, all-or-nothing per file, and refuses unknown schemas."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.visits.exchange import ExchangeError, export_month, import_file, write_export
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.told import raises_told


@pytest.fixture
def hub(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[VisitStore]:
    with VisitStore(tmp_path / "hub.sqlite3", taxonomy) as store:
        yield store


def exported(tmp_path: Path, taxonomy: Taxonomy, station: str, count: int) -> Path:
    with VisitStore(tmp_path / f"{station}.sqlite3", taxonomy) as counter:
        for hour in range(count):
            counter.add("nav.meldekort", station=station, channel="phone", at=datetime(2026, 10, 5, 8 + hour))
        counter.add("nav.aap", station=station, at=datetime(2026, 11, 2, 8))  # another month: not exported
        document = export_month(counter, "2026-10", station)
    out = tmp_path / f"{station}-2026-10.json"
    write_export(document, out)
    return out


def test_export_holds_one_station_and_month_in_the_agreed_format(tmp_path: Path, taxonomy: Taxonomy) -> None:
    document = json.loads(exported(tmp_path, taxonomy, "skranke-2", 2).read_text(encoding="utf-8"))
    assert {k: document[k] for k in ("format", "schema", "station", "month")} == {
        "format": "frontdesk-visits", "schema": 2, "station": "skranke-2", "month": "2026-10"}
    assert len(document["visits"]) == 2
    assert set(document["visits"][0]) == {"id", "station", "date", "hour", "category", "channel", "mode",
                                          "outcome", "referred_to", "guide_id", "duration", "age_group",
                                          "repeat_visit", "language_help"}
    assert document["events"] == []


def test_import_twice_adds_nothing(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore) -> None:
    files = [exported(tmp_path, taxonomy, "skranke-2", 3), exported(tmp_path, taxonomy, "skranke-3", 2)]
    first = [import_file(hub, f) for f in files]
    assert [r.added for r in first] == [3, 2]
    again = import_file(hub, files[0])
    assert again.added == 0 and again.stations["skranke-2"].already_there == 3
    assert hub.counts_on(date(2026, 10, 5)) == {"nav.meldekort": 5}


def test_a_station_month_already_folded_is_not_counted_twice(tmp_path: Path, taxonomy: Taxonomy,
                                                             hub: VisitStore) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 2)
    import_file(hub, path)
    hub.purge(1, today=date(2026, 12, 15))
    again = import_file(hub, path)
    assert again.stations["skranke-2"].already_folded == 2 and again.added == 0
    assert hub.db.execute("SELECT SUM(count) FROM visit_counts").fetchone()[0] == 2


@pytest.mark.parametrize(("change", "message"), [
    ({"schema": 3}, r"schema 3 is unknown to this frontdesk \(it reads schema 1 and 2\)"),
    ({"schema": True}, "the schema value is unknown"),
    ({"events": "many"}, "'events' must be a list"),
    ({"format": "something-else"}, "not a frontdesk visit export"),
    ({"visits": "many"}, "'visits' must be a list"),
])
def test_unknown_formats_and_schema_versions_are_refused(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore,
                                                         change: dict[str, object], message: str) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 1)
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, **change}), encoding="utf-8")
    with raises_told(ExchangeError, message):
        import_file(hub, path)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("category", "nav.finnes_ikke", "Unknown category"),
    ("hour", 24, "hour must be 0–23"),
    ("station", "Ola 91234567", "phone number"),
    ("id", "not-a-uuid", "uuid4"),
    ("channel", "fax", "Valid choices"),
])
def test_one_bad_visit_refuses_the_whole_file(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore, field: str,
                                              value: object, message: str) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 3)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["visits"][2][field] = value
    path.write_text(json.dumps(document), encoding="utf-8")
    with raises_told(ExchangeError, message) as caught:
        import_file(hub, path)
    assert "visit 3" in caught.value.message("en") and "91234567" not in caught.value.message("en")
    assert hub.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0


def test_an_extra_field_such_as_free_text_is_refused(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 1)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["visits"][0]["note"] = "hjalp Kari"
    path.write_text(json.dumps(document), encoding="utf-8")
    with raises_told(ExchangeError, "exactly the fields"):
        import_file(hub, path)


def with_visit_changed(tmp_path: Path, taxonomy: Taxonomy, field: str, value: object) -> Path:
    """An export of three visits whose third visit has ``field`` set to ``value``."""
    path = exported(tmp_path, taxonomy, "skranke-2", 3)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["visits"][2][field] = value
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


GOOD_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"


@pytest.mark.parametrize("visit_id", [
    "0123456789abcdef0123456789abcdef",  # 32 hex digits, no uuid4 version
    GOOD_ID.replace("-", ""),
    f"urn:uuid:{GOOD_ID}",
    "{" + GOOD_ID + "}",
    GOOD_ID.upper(),
    str(uuid.uuid1()),
    GOOD_ID[:14] + "1" + GOOD_ID[15:],  # the same id marked version 1
    "00000000-0000-0000-0000-000000000000",
])
def test_a_visit_id_must_be_a_canonical_uuid4(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore,
                                              visit_id: str) -> None:
    with raises_told(ExchangeError, "uuid4") as caught:
        import_file(hub, with_visit_changed(tmp_path, taxonomy, "id", visit_id))
    assert visit_id not in caught.value.message("en")
    assert hub.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0


def test_a_canonical_uuid4_is_imported_as_it_is(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore) -> None:
    assert import_file(hub, with_visit_changed(tmp_path, taxonomy, "id", GOOD_ID)).added == 3
    assert hub.get(GOOD_ID) is not None


@pytest.mark.parametrize(("field", "value", "message"), [
    ("hour", True, "hour must be 0–23"),
    ("hour", False, "hour must be 0–23"),
    ("hour", 9.0, "hour must be 0–23"),
    ("hour", "9", "hour must be 0–23"),
    ("date", "2099-10-05", "in the future"),
    ("date", (date.today() + timedelta(days=3)).isoformat(), "in the future"),
    ("date", "1990-01-01", "120 months"),
    ("date", "20261005", "YYYY-MM-DD"),
    ("date", "2026-W41-1", "YYYY-MM-DD"),
    ("date", "2026-02-30", "YYYY-MM-DD"),
    ("date", 20261005, "date must be a text"),
    ("station", 91234567, "station must be a text"),
    ("category", ["nav.aap"], "category must be a text"),
    ("guide_id", 12, "guide_id must be a text or null"),
])
def test_values_must_have_the_type_and_range_frontdesk_writes(tmp_path: Path, taxonomy: Taxonomy,
                                                              hub: VisitStore, field: str, value: object,
                                                              message: str) -> None:
    with raises_told(ExchangeError, message):
        import_file(hub, with_visit_changed(tmp_path, taxonomy, field, value))
    assert hub.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0


def test_dates_from_tomorrow_back_to_the_longest_retention_are_accepted(tmp_path: Path, taxonomy: Taxonomy,
                                                                        hub: VisitStore) -> None:
    today = date.today()
    oldest = today.replace(day=1)
    for _ in range(120):  # 120 months back: the longest retention_months a counter can have
        oldest = (oldest - timedelta(days=1)).replace(day=1)
    path = exported(tmp_path, taxonomy, "skranke-2", 2)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["visits"][0]["date"] = (today + timedelta(days=1)).isoformat()
    document["visits"][1]["date"] = oldest.isoformat()
    path.write_text(json.dumps(document), encoding="utf-8")
    assert import_file(hub, path).added == 2
    document["visits"][1]["date"] = (oldest - timedelta(days=1)).isoformat()
    document["visits"][1]["id"] = str(uuid.uuid4())
    path.write_text(json.dumps(document), encoding="utf-8")
    with raises_told(ExchangeError, "120 months"):
        import_file(hub, path)


@pytest.mark.parametrize(("field", "value"), [
    ("station", "010190  10046"), ("station", "Ola 91234567"), ("station", "kari"),
    ("referred_to", "912-34-567"), ("channel", "91234567"), ("mode", "ola@example.com"),
    ("guide_id", "kari-nordmann"), ("guide_id", "912-34-567"), ("category", "lokal.41019010110"),
    ("date", "91-23-45-67"), ("id", "91234567"), ("id", "urn:uuid:91234567-0101-4901-8248-000000000000"),
])
def test_refused_values_are_never_repeated_in_the_message(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore,
                                                          field: str, value: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        import_file(hub, with_visit_changed(tmp_path, taxonomy, field, value))
    message = caught.value.message("en")
    assert "visit 3" in message and "Nothing from this file was imported" in message
    assert value not in message and "9123" not in message and "0101" not in message and "kari" not in message
    assert hub.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0


def test_an_unknown_schema_that_is_not_a_number_is_not_repeated(tmp_path: Path, taxonomy: Taxonomy,
                                                                 hub: VisitStore) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 1)
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, "schema": "ring 91234567"}), encoding="utf-8")
    with raises_told(ExchangeError, "unknown to this frontdesk") as caught:
        import_file(hub, path)
    assert "91234567" not in caught.value.message("en")
