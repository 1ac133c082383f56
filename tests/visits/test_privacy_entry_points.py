"""Every way text enters the visit log refuses personal data however it is written, and stores nothing.

These are the spellings an independent attack got stored, through the real entry points: VisitStore.add,
Settings.set, the municipality's categories.yaml and (in test_exchange.py) import files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from frontdesk.config import bundled_data_dir
from frontdesk.visits import category_file
from frontdesk.visits.privacy import PersonalDataError
from frontdesk.visits.settings import Settings
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

FNR = "01019012480"  # passes the mod-11 check digits; split as the attack wrote it: 010190 + 12480


def stored_rows(store: VisitStore) -> list[tuple[object, ...]]:
    return [*store.db.execute("SELECT * FROM visits").fetchall(), *store.db.execute("SELECT * FROM undo_slot")]


def assert_not_repeated(error: BaseException, text: str) -> None:
    digits = "".join(ch for ch in text if ch.isdigit())
    shown = str(error) + repr(error.args)
    assert text not in shown and (not digits or digits[:4] not in shown.replace("-", "")), shown


@pytest.mark.parametrize("station", [
    "010190  10046", "010190_10046", "010190--10046", f"{FNR[:6]}\u00a0{FNR[6:]}", "skranke 912-34-567",
    "skranke 91-23-45-67", "Kari", "skranke-ola", "Hansen 2", "rom 12345",
])
def test_a_station_with_personal_data_is_refused_and_nothing_stored(store: VisitStore, station: str) -> None:
    with pytest.raises(ValueError) as caught:
        store.add("login.minid", station=station)
    assert stored_rows(store) == []
    assert_not_repeated(caught.value, station)


@pytest.mark.parametrize("guide_id", ["912-34-567", "91-23-45-67", "010190-12480", "kari-nordmann",
                                      "skjema-123456"])
def test_a_guide_id_with_personal_data_is_refused(store: VisitStore, guide_id: str) -> None:
    with pytest.raises(ValueError) as caught:
        store.add("login.minid", station="skranke-1", guide_id=guide_id)
    assert stored_rows(store) == []
    assert_not_repeated(caught.value, guide_id)


@pytest.mark.parametrize(("field", "value"), [
    ("referred_to", "912-34-567"), ("channel", "91234567"), ("duration", f"{FNR[:6]} {FNR[6:]}"),
    ("category", "lokal.41019010110"),
])
def test_refusals_of_other_visit_fields_never_repeat_the_value(store: VisitStore, field: str, value: str) -> None:
    arguments: dict[str, str] = {"category": "login.minid", field: value}
    with pytest.raises(ValueError) as caught:
        store.add(station="skranke-1", **arguments)
    assert stored_rows(store) == []
    assert_not_repeated(caught.value, value)


@pytest.mark.parametrize(("key", "value"), [
    ("centre_name", "010190/10046"), ("centre_name", "150585,10170"), ("centre_name", f"{FNR[:6]}\u00a0{FNR[6:]}"),
    ("centre_name", "Servicetorget, tlf 912-34-567"), ("centre_name", "91-23-45-67"),
    ("centre_name", "ola @ example.com"), ("centre_name", "ola(at)example.com"),
    ("guides_folder", "C:/Brukere/ola＠kommune.no/guider"), ("station", "010190  10046"), ("station", "Kari"),
    ("favourites", "login.minid,lokal.41019010110"),
])
def test_settings_refuse_personal_data_however_written(store: VisitStore, key: str, value: str) -> None:
    with pytest.raises(ValueError) as caught:
        store.settings.set(key, value)
    assert store.db.execute("SELECT COUNT(*) FROM settings WHERE key != 'install_id'").fetchone()[0] == 0
    assert_not_repeated(caught.value, value.split(",")[-1])


def test_favourites_are_checked_even_without_a_taxonomy(store: VisitStore) -> None:
    with pytest.raises(PersonalDataError):
        Settings(store.db).set("favourites", ["912-34-567"])
    assert store.db.execute("SELECT COUNT(*) FROM settings WHERE key != 'install_id'").fetchone()[0] == 0


def test_a_stored_setting_that_fails_todays_rules_reads_as_the_default(store: VisitStore) -> None:
    """A value written by an older frontdesk is checked again when read, and never shown."""
    for key, value in [("centre_name", "Servicetorget 912-34-567"), ("station", "skranke-kari")]:
        store.db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [key, json.dumps(value)])
    store.db.conn.commit()
    assert store.settings.get("centre_name") == "" and store.settings.get("station") == "skranke-1"


def test_text_is_stored_in_its_normalised_form(store: VisitStore) -> None:
    assert store.settings.set("station", "Skranke\u00a0\u00a0Ås\u200b 2") == "Skranke Ås 2"
    visit = store.add("login.minid", station="Skranke\u2009Ås 2")
    assert visit.station == "Skranke Ås 2"
    assert store.db.execute("SELECT station FROM visits").fetchone()[0] == "Skranke Ås 2"


def local_taxonomy(tmp_path: Path, text: str) -> Taxonomy:
    local = tmp_path / "categories.yaml"
    local.write_text(text, encoding="utf-8")
    return Taxonomy.from_files(bundled_data_dir() / "categories.yaml", local)


def test_local_category_and_group_ids_are_checked_and_never_repeated(tmp_path: Path) -> None:
    taxonomy = local_taxonomy(tmp_path, """
groups:
  lokal: {label_nb: Lokale tjenester, label_en: Local services}
  kari: {label_nb: Karis gruppe, label_en: Kari's group}
  g91234567: {label_nb: Gruppe, label_en: Group}
categories:
  lokal.41019010110: {label_nb: Kort, label_en: Card}
  lokal.ring_91_23_45_67: {label_nb: Ring, label_en: Call}
  lokal.bibliotekkort: {label_nb: Bibliotekkort, label_en: Library card}
""")
    assert "lokal.bibliotekkort" in taxonomy.ids()
    assert not {"lokal.41019010110", "lokal.ring_91_23_45_67"} & taxonomy.ids()
    assert set(taxonomy.groups()) & {"kari", "g91234567"} == set()
    # the file's path is named too, and a temporary folder's number may hold any digits
    text = "\n".join(problem.en.replace(str(tmp_path), "<home>") for problem in taxonomy.problems)
    assert len(taxonomy.problems) == 4
    assert "line 4" in text and "line 7" in text and "line 8" in text  # named by line, not by id
    assert "41019010110" not in text and "91" not in text and "kari" not in text.lower()


def test_local_labels_and_replacements_are_checked(tmp_path: Path) -> None:
    taxonomy = local_taxonomy(tmp_path, """
groups:
  lokal: {label_nb: "Lokalt, ring 912-34-567", label_en: Local}
categories:
  kommune.e_post: {label_nb: "Spør ola @ example.com", label_en: Ask}
  kommune.nummer: {label_nb: "Nummer", label_en: "Number 010190/10046"}
  kommune.gammel: {label_nb: Gammel, label_en: Old, retired: 2026-01-01, replaced_by: "kommune.12345678"}
""")
    assert not {"kommune.e_post", "kommune.nummer", "kommune.gammel"} & taxonomy.ids()
    assert "lokal" not in taxonomy.groups()
    text = "\n".join(problem.en.replace(str(tmp_path), "<home>") for problem in taxonomy.problems)
    assert "912" not in text and "example" not in text and "010190" not in text and "12345678" not in text


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_broken_local_file_is_reported_without_quoting_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             loader: str) -> None:
    """PyYAML's pure-Python loader (used where libyaml is missing) quotes the broken line in its message."""
    monkeypatch.setattr(category_file, "_LOADER", getattr(yaml, loader, yaml.SafeLoader))
    taxonomy = local_taxonomy(tmp_path, "categories:\n  lokal.x: {label_nb: ring 91234567: bad, label_en: x}\n")
    assert len(taxonomy.problems) == 1 and "cannot read" in taxonomy.problems[0].en
    assert "91234567" not in taxonomy.problems[0].en and "line 2" in taxonomy.problems[0].en


def test_local_ids_are_stored_in_their_normalised_form(tmp_path: Path) -> None:
    taxonomy = local_taxonomy(tmp_path, """
groups:
  ｌokal: {label_nb: "Lokale\u00a0 tjenester", label_en: Local services}
categories:
  ｌokal.kort: {label_nb: Kort, label_en: Card}
""")
    assert taxonomy.problems == []
    assert "lokal.kort" in taxonomy.ids() and taxonomy.groups()["lokal"].label("nb") == "Lokale tjenester"
