"""The first start's set-up: asked once per install, not of a counter that named itself, and a suggested name
that two PCs are unlikely to share."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from frontdesk.visits.first_day import (
    DEFAULT_STATION,
    has_logged,
    mark_done,
    name_from_pc,
    needs_setup,
    stations_in_log,
    suggest_station,
)
from frontdesk.visits.settings import SettingsError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.told import raises_told


def test_a_new_install_is_asked_once(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "visits.sqlite3"
    with VisitStore(path, taxonomy) as store:
        assert store.settings.get("station") == DEFAULT_STATION == "skranke-1"
        assert needs_setup(store.settings)
        mark_done(store.settings)
    with VisitStore(path, taxonomy) as store:  # answered even when the clerk kept the default name on purpose
        assert not needs_setup(store.settings)


def test_an_upgraded_counter_with_its_own_name_is_left_alone(store: VisitStore) -> None:
    # Months of visits under a name chosen long before the set-up existed: setup_done was never written.
    store.add("login.bankid", station="skranke-2", at=datetime(2026, 3, 4, 10))
    store.settings.set("station", "skranke-2")
    assert not needs_setup(store.settings)


def test_an_upgraded_counter_still_named_like_every_install_is_asked(store: VisitStore) -> None:
    store.add("login.bankid", station=DEFAULT_STATION, at=datetime(2026, 3, 4, 10))
    assert needs_setup(store.settings)
    assert has_logged(store.db, DEFAULT_STATION) and not has_logged(store.db, "skranke-7")


@pytest.mark.parametrize(("text", "stored"), [("true", True), ("ja", True), ("0", False), ("false", False)])
def test_setup_done_can_be_set_from_the_command_line(store: VisitStore, text: str, stored: bool) -> None:
    assert store.settings.set("setup_done", text) is stored


def test_setup_done_refuses_anything_but_yes_or_no(store: VisitStore) -> None:
    with raises_told(SettingsError, "true or false"):
        store.settings.set("setup_done", "kanskje")


@pytest.mark.parametrize(("hostname", "expected"), [
    ("DESKTOP-AB12CD3", "skranke-desktop-ab12cd3"),  # Windows's own random name: unique per PC
    ("servicetorg-pc4.kommune.local", "skranke-servicetorg-pc4"),  # the domain is left out
    ("Skranke-Nord", "skranke-nord"),  # already a counter's name
    ("frontdesk_2", "skranke-frontdesk-2"),
])
def test_the_suggestion_comes_from_the_pcs_name(hostname: str, expected: str) -> None:
    assert suggest_station(hostname) == expected


@pytest.mark.parametrize("hostname", [
    "localhost", "", "kari-laptop",  # nothing to tell PCs apart by, or a person's name: never suggested
    "PC-12345678",  # more digits than a station may hold
])
def test_without_a_usable_pc_name_the_first_free_number_is_suggested(hostname: str) -> None:
    assert name_from_pc(hostname) is None
    assert suggest_station(hostname, taken={"skranke-1", "skranke-2"}) == "skranke-3"
    assert suggest_station(hostname) == "skranke-1"


def test_the_log_knows_the_stations_it_imported(store: VisitStore) -> None:
    store.add("login.bankid", station="skranke-1", at=datetime(2026, 3, 4, 10))
    store.add("login.minid", station="skranke-2", at=datetime(2026, 3, 4, 11))
    store.events.add("drop_in", station="bibliotek", on=datetime(2026, 3, 5).date(), participants=4)
    assert stations_in_log(store.db) == {"skranke-1", "skranke-2", "bibliotek"}
