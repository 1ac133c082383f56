"""Station export files: import is idempotent by id, all-or-nothing per file, and refuses unknown schemas."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from frontdesk.visits.exchange import ExchangeError, export_month, import_file, write_export
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


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
        "format": "frontdesk-visits", "schema": 1, "station": "skranke-2", "month": "2026-10"}
    assert len(document["visits"]) == 2
    assert set(document["visits"][0]) == {"id", "station", "date", "hour", "category", "channel", "mode",
                                          "outcome", "referred_to", "guide_id", "duration"}


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
    ({"schema": 2}, "schema version 2 is unknown"),
    ({"format": "something-else"}, "not a frontdesk visit export"),
    ({"visits": "many"}, "'visits' must be a list"),
])
def test_unknown_formats_and_schema_versions_are_refused(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore,
                                                         change: dict[str, object], message: str) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 1)
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, **change}), encoding="utf-8")
    with pytest.raises(ExchangeError, match=message):
        import_file(hub, path)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("category", "nav.finnes_ikke", "Unknown category"),
    ("hour", 24, "hour must be 0–23"),
    ("station", "Ola 91234567", "telefonnummer"),
    ("id", "not-a-uuid", "uuid4"),
    ("channel", "fax", "Valid choices"),
])
def test_one_bad_visit_refuses_the_whole_file(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore, field: str,
                                              value: object, message: str) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 3)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["visits"][2][field] = value
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match=message) as caught:
        import_file(hub, path)
    assert "visit 3" in str(caught.value) and "91234567" not in str(caught.value)
    assert hub.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0


def test_an_extra_field_such_as_free_text_is_refused(tmp_path: Path, taxonomy: Taxonomy, hub: VisitStore) -> None:
    path = exported(tmp_path, taxonomy, "skranke-2", 1)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["visits"][0]["note"] = "hjalp Kari"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match="exactly the fields"):
        import_file(hub, path)
