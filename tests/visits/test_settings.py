"""Settings: typed keys with defaults, validation and the personal-data check, stored in the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.visits.privacy import PersonalDataError
from frontdesk.visits.settings import Settings, SettingsError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.told import raises_told


def test_defaults(store: VisitStore) -> None:
    assert store.settings.all() == {
        "station": "skranke-1", "centre_name": "", "retention_months": 24,
        "dimensions": ["channel", "mode", "outcome"], "favourites": [], "language": "nb", "font_scale": 1.0,
        "guides_folder": "", "sync_folder": "", "default_channel": "in_person", "default_mode": "guided",
        "setup_done": False, "municipality": "", "central_service": "",
    }


def test_values_are_typed_from_text_or_values_and_survive_reopening(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "v.sqlite3"
    with VisitStore(path, taxonomy) as store:
        s = store.settings
        assert s.set("retention_months", "12") == 12
        assert s.set("font_scale", "1,25") == 1.25
        assert s.set("dimensions", "outcome, channel,channel") == ["channel", "outcome"]
        assert s.set("favourites", ["login.minid", "nav.meldekort"]) == ["login.minid", "nav.meldekort"]
        assert s.set("station", "  Skranke Ås 2 ") == "Skranke Ås 2"
        assert s.set("dimensions", "") == []
        assert s.set("language", "nn") == "nn"
    with VisitStore(path, taxonomy) as store:
        assert store.settings.get("language") == "nn"
        assert store.settings.get("retention_months") == 12
        assert store.settings.get("favourites") == ["login.minid", "nav.meldekort"]
        assert store.settings.get("station") == "Skranke Ås 2"
        assert store.settings.get("dimensions") == []


@pytest.mark.parametrize(("key", "value", "message"), [
    ("colour", "blue", "Known settings: station"),
    ("retention_months", "0", "whole number from 1 to 120"),
    ("retention_months", "2.5", "whole number"),
    ("font_scale", "3", "0.75 to 2"),
    ("language", "de", "nb, nn, en"),
    ("dimensions", "channel,mood", "Valid choices: channel, mode"),
    ("favourites", "nav.finnes_ikke", "not a current category id"),
    ("favourites", ",".join(["login.minid", "login.bankid", "login.buypass", "login.idporten", "login.uten_id",
                             "nav.aap", "nav.pensjon", "nav.meldekort", "nav.dagpenger", "nav.annet"]), "At most 9"),
    ("default_channel", "fax", "in_person, phone, video"),
    ("station", "skranke/1", "Station: Use 1–40 letters"),
    ("centre_name", "x" * 81, "at most 80 characters"),
])
def test_invalid_values_are_refused(store: VisitStore, key: str, value: str, message: str) -> None:
    with raises_told(SettingsError, message):
        store.settings.set(key, value)


@pytest.mark.parametrize(("key", "value"), [
    ("station", "skranke 010190 12480"), ("centre_name", "Servicetorget, ring 22 33 44 55"),
    ("guides_folder", "/home/ola.nordmann@kommune.no/guider"),
])
def test_personal_data_in_settings_is_refused_and_nothing_stored(store: VisitStore, key: str, value: str) -> None:
    before = store.settings.get(key)
    with pytest.raises(PersonalDataError):
        store.settings.set(key, value)
    assert store.settings.get(key) == before
    assert store.db.execute("SELECT COUNT(*) FROM settings WHERE key != 'install_id'").fetchone()[0] == 0


def test_a_bad_stored_value_falls_back_to_the_default(store: VisitStore) -> None:
    store.db.execute("INSERT INTO settings (key, value) VALUES ('font_scale', '\"huge\"')")
    store.db.conn.commit()
    assert Settings(store.db).get("font_scale") == 1.0


def test_text_settings_are_normalised_and_only_names_and_folders_may_be_cleared(store: VisitStore) -> None:
    assert store.settings.set("centre_name", " Servicetorget\u00a0\u00a0Ås ") == "Servicetorget Ås"
    assert store.settings.set("centre_name", "") == "" and store.settings.set("guides_folder", "") == ""
    for key, value in [("station", ""), ("favourites", ["login.minid", ""])]:
        with pytest.raises(SettingsError):
            Settings(store.db).set(key, value)
    assert store.settings.get("station") == "skranke-1" and store.settings.get("favourites") == []
