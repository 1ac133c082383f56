"""The window's knowledge worker asks the library to look for changed guide files and local values before it
searches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.config import Config
from frontdesk.ui import knowledge_worker
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.search_panel import ID_ROLE
from frontdesk.ui.services import Services
from tests.knowledge.guide_files import write_guide
from tests.ui.conftest import WindowFactory


def _results(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    window.search.box.clear()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(window.search.is_settled, timeout=5000)
    return [str(window.search.model.index(row, 0).data(ID_ROLE)) for row in range(window.search.model.rowCount())]


def test_a_guide_dropped_into_the_local_folder_is_found_by_the_next_search(
        qtbot: QtBot, make_window: WindowFactory, services: Services, config: Config,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(knowledge_worker, "RECHECK_SECONDS", 0.0)  # look at the files before every search
    window = make_window(services)
    assert "kommune-parkering" not in _results(qtbot, window, "parkeringstillatelse")
    write_guide(config.local_guides_dir, "kommune-parkering", agency="kommune",
                title="Parkeringstillatelse for beboere")
    assert _results(qtbot, window, "parkeringstillatelse beboere")[:1] == ["kommune-parkering"]
    qtbot.waitUntil(lambda: "kommune-parkering" in window.knowledge.snapshot.guides, timeout=5000)


def test_a_value_saved_in_tilpass_veiledningene_is_found_by_the_next_search(
        qtbot: QtBot, make_window: WindowFactory, services: Services) -> None:
    """Staff find a guide by the municipality's own name for a thing, typed into «Tilpass veiledningene» a moment
    ago: the values file is looked at before every search, however recently the guide files were."""
    window = make_window(services)
    assert "kommune-renovasjon" not in _results(qtbot, window, "kvitfjell")
    window.editors.customise()  # no supervisor PIN set: straight in
    qtbot.waitUntil(lambda: window.editors.facts_dialog is not None and window.editors.facts_dialog.isVisible())
    dialog = window.editors.facts_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.facts["kommune-renovasjon.selskap"].edit, "Kvitfjell Avfall IKS")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)
    assert _results(qtbot, window, "kvitfjell")[:1] == ["kommune-renovasjon"]


def test_guides_are_searchable_before_their_checks_and_the_warnings_follow(
        qtbot: QtBot, make_window: WindowFactory, services: Services, config: Config) -> None:
    """The checks render every guide to judge its links: they run beside the loading, and the problem count
    grows when they are done."""
    write_guide(config.local_guides_dir, "kommune-lenke", agency="kommune", title="Lenke til en ukjent side",
                body="## Slik gjør du\nSe [skjemaet](https://skjema.example.com/).\n")
    window = make_window(services)
    assert _results(qtbot, window, "ukjent side")[:1] == ["kommune-lenke"]
    qtbot.waitUntil(lambda: any(w.path.name == "kommune-lenke.md" and "skjema.example.com" in w.message.nb
                                for w in window.knowledge.snapshot.warnings), timeout=20_000)
    count = len(window.knowledge.snapshot.errors) + len(window.knowledge.snapshot.warnings)
    assert window.status.problems_button.text() == f"Veiledningsproblemer: {count}"


def test_a_check_of_guides_reloaded_meanwhile_is_dropped(
        qtbot: QtBot, make_window: WindowFactory, services: Services, config: Config) -> None:
    write_guide(config.local_guides_dir, "kommune-lenke", agency="kommune", body="Se https://skjema.example.com/\n")
    window = make_window(services)
    qtbot.waitUntil(lambda: bool(window.knowledge.snapshot.warnings), timeout=20_000)
    current = window.knowledge.snapshot
    with qtbot.assertNotEmitted(window.knowledge.checked, wait=200):
        window.knowledge._on_checked(dict(current.guides), ())  # the check of an older load comes back late
    assert window.knowledge.snapshot is current
