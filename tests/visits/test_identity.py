"""Install identity (#17): every install gets its own random id; a file from another install that uses this
install's station name is refused instead of being counted as this counter's."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.visits.exchange import ExchangeError, StationNameTaken, export_month, import_file, write_export
from frontdesk.visits.settings import SettingsError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.told import raises_told

WHEN = datetime.now().replace(minute=0, second=0, microsecond=0) - timedelta(hours=1)
MONTH = f"{WHEN:%Y-%m}"


@pytest.fixture
def pcs(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[tuple[VisitStore, VisitStore]]:
    """Two fresh installs that both kept the default station name."""
    with VisitStore(tmp_path / "a.sqlite3", taxonomy) as a, VisitStore(tmp_path / "b.sqlite3", taxonomy) as b:
        yield a, b


def exported(store: VisitStore, path: Path, station: str | None = None) -> Path:
    write_export(export_month(store, MONTH, station or str(store.settings.get("station"))), path)
    return path


def stored_id(path: Path) -> object:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'install_id'").fetchone()
    finally:
        conn.close()
    return json.loads(row[0]) if row else None


def test_each_install_gets_a_random_id_at_first_open_that_stays(tmp_path: Path, taxonomy: Taxonomy,
                                                                pcs: tuple[VisitStore, VisitStore]) -> None:
    a, b = pcs
    first = stored_id(a.path)  # made by opening, before anything asked for it
    assert isinstance(first, str) and uuid.UUID(first).version == 4 and str(uuid.UUID(first)) == first
    assert a.settings.install_id() == first != b.settings.install_id()
    a.close()
    with VisitStore(a.path, taxonomy, tmp_path / "backups") as again:
        assert again.settings.install_id() == first
    backup = next((tmp_path / "backups").glob("*.sqlite3"))
    assert stored_id(backup) == first  # a restored backup is the same install


def test_the_id_is_no_setting_anyone_sets_or_sees(pcs: tuple[VisitStore, VisitStore]) -> None:
    a, _b = pcs
    assert "install_id" not in a.settings.all()
    with raises_told(SettingsError, "Unknown setting"):
        a.settings.set("install_id", str(uuid.uuid4()))


def test_a_lost_or_damaged_id_is_made_again(pcs: tuple[VisitStore, VisitStore]) -> None:
    a, _b = pcs
    old = a.settings.install_id()
    a.db.execute("UPDATE settings SET value = '\"91234567\"' WHERE key = 'install_id'")
    a.db.conn.commit()
    new = a.settings.install_id()
    assert new != old and uuid.UUID(new).version == 4 and stored_id(a.path) == new


def test_a_file_of_this_pcs_own_station_carries_its_id_and_one_of_another_station_does_not(
        pcs: tuple[VisitStore, VisitStore]) -> None:
    a, _b = pcs
    a.add("nav.aap", station="skranke-1", at=WHEN)
    a.add("nav.aap", station="skranke-7", at=WHEN)  # imported earlier, or logged under another name
    assert export_month(a, MONTH, "skranke-1")["install"] == a.settings.install_id()
    assert "install" not in export_month(a, MONTH, "skranke-7")


def test_import_refuses_another_install_that_uses_this_station_name(tmp_path: Path,
                                                                    pcs: tuple[VisitStore, VisitStore]) -> None:
    a, b = pcs
    b.add("nav.aap", station="skranke-1", at=WHEN)
    a.add("login.minid", station="skranke-2", at=WHEN)  # skranke-2 is taken here: the hint names another
    path = exported(b, tmp_path / "b.json")
    with pytest.raises(StationNameTaken) as refused:
        import_file(a, path)
    assert "also calls itself 'skranke-1'" in refused.value.message("en")
    assert "frontdesk settings set station skranke-3" in refused.value.message("en")
    assert "kaller seg «skranke-1»" in refused.value.message("nb") and "Ingenting ble importert" in \
        refused.value.message("nb")
    assert a.db.execute("SELECT COUNT(*) FROM visits WHERE station = 'skranke-1'").fetchone()[0] == 0
    a.settings.set("station", "skranke-3")  # one of the two PCs takes its own name
    assert import_file(a, path).added == 1


def test_this_pcs_own_file_and_files_without_an_id_still_import(tmp_path: Path,
                                                               pcs: tuple[VisitStore, VisitStore]) -> None:
    a, b = pcs
    a.add("nav.aap", station="skranke-1", at=WHEN)
    assert import_file(a, exported(a, tmp_path / "own.json")).stations["skranke-1"].already_there == 1
    b.add("nav.aap", station="skranke-1", at=WHEN)
    legacy = exported(b, tmp_path / "old.json")
    document = json.loads(legacy.read_text(encoding="utf-8"))
    del document["install"]  # written by a frontdesk from before install ids: it can't be told apart
    legacy.write_text(json.dumps(document), encoding="utf-8")
    assert import_file(a, legacy).added == 1


@pytest.mark.parametrize("install", ["91234567", 7, None, str(uuid.uuid1()), "urn:uuid:" + str(uuid.uuid4())])
def test_an_install_id_that_frontdesk_did_not_make_refuses_the_file(tmp_path: Path, install: object,
                                                                   pcs: tuple[VisitStore, VisitStore]) -> None:
    a, b = pcs
    b.settings.set("station", "skranke-2")
    b.add("nav.aap", station="skranke-2", at=WHEN)
    path = exported(b, tmp_path / "b.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, "install": install}), encoding="utf-8")
    with raises_told(ExchangeError, "'install' must be an install id") as refused:
        import_file(a, path)
    assert "91234567" not in str(refused.value)


def test_a_renamed_counter_keeps_its_earlier_visits_as_its_own(pcs: tuple[VisitStore, VisitStore]) -> None:
    a, _b = pcs
    a.settings.set("station", "skranke-4")  # no visits under the default yet: nothing to keep
    a.add("nav.aap", station="skranke-4", at=WHEN)
    a.settings.set("station", "Skranke Ås")
    names = {row[0] for row in a.db.execute("SELECT station FROM sync_own_names")}
    assert names == {"skranke-4"}
    document = export_month(a, MONTH, "Skranke Ås", names=frozenset(names))
    assert document["install"] == a.settings.install_id() and len(document["visits"]) == 1
