"""The window in nynorsk and English: every catalogue finished and built, every string in the code in them, and
the labels around a guide's text left in the guide's own language."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.knowledge.guide_render import LABELS_NB
from frontdesk.ui.i18n import TRANSLATIONS_DIR, install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services
from tests.conftest import REPO_ROOT
from tests.ui.conftest import WindowFactory

CATALOGUES = ("frontdesk_en", "frontdesk_nn", "qtbase_nb", "qtbase_nn_additions")
UI_SOURCES = [REPO_ROOT / "src/frontdesk/app.py", *sorted((REPO_ROOT / "src/frontdesk/ui").glob("*.py"))]


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or "", message


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    return [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]


@pytest.fixture
def translated(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    language = str(request.param)
    translators = install_translators(qapp, language)
    yield language
    remove_translators(qapp, translators)


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_catalogue_is_finished_and_built(catalogue: str) -> None:
    """An unfinished or empty entry would show bokmål (or Qt's English) in the window; a .qm older than its .ts
    would show last round's words."""
    built = QTranslator()
    assert built.load(catalogue, str(TRANSLATIONS_DIR)), f"{catalogue}.qm is missing: run lrelease (docs/ui.md)"
    unfinished, stale = [], []
    for context, source, message in _messages(TRANSLATIONS_DIR / f"{catalogue}.ts"):
        forms, kind = _forms(message), message.find("translation").get("type")  # type: ignore[union-attr]
        if kind in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            unfinished.append(f"{context}: {source}")
        elif message.get("numerus") != "yes" and built.translate(context, source) != forms[0]:
            stale.append(f"{context}: {source}")
    assert unfinished == [], f"translate these in {catalogue}.ts"
    assert stale == [], f"{catalogue}.qm is older than {catalogue}.ts: run lrelease (docs/ui.md)"


@pytest.mark.parametrize("language", ["en", "nn"])
def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path, language: str) -> None:
    """A tr() added without running lupdate would stay bokmål in the other languages."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(Path(PySide6.__file__).parent / "lupdate"), *map(str, UI_SOURCES), "-no-obsolete",
                    "-source-language", "nb_NO", "-target-language", language, "-ts", str(fresh)],
                   check=True, capture_output=True)
    catalogue = TRANSLATIONS_DIR / f"frontdesk_{language}.ts"
    in_code = {(context, source) for context, source, _m in _messages(fresh)}
    in_catalogue = {(context, source) for context, source, _m in _messages(catalogue)}
    assert sorted(in_code - in_catalogue) == [], f"run lupdate for frontdesk_{language}.ts (docs/ui.md)"
    assert sorted(in_catalogue - in_code) == [], f"run lupdate with -no-obsolete for frontdesk_{language}.ts"


@pytest.mark.parametrize("translated", ["nn"], indirect=True)
def test_the_window_speaks_nynorsk(qtbot: QtBot, translated: str, make_window: WindowFactory,
                                   services: Services) -> None:
    window = make_window(services, translated)
    assert [a.text() for a in window.menuBar().actions()] == ["&Fil", "&Vis", "&Besøk", "R&ettleiingar",
                                                              "&Rapportar", "&Hjelp"]
    assert window.search.box.placeholderText() == "Søk i rettleiingar (Ctrl+K)"
    assert window.guide_view.title.text() == "Inga rettleiing er vald"
    assert window.guide_view.log_button.text() == "&Logg denne hjelpa"
    assert window.visit_panel.accessibleName() == "Besøkslogg"
    assert window.visit_panel.events_button.text() == "Kurs og arrangement …"
    settings = window.show_settings()
    assert settings.windowTitle() == "Innstillingar"
    assert [settings.language.itemText(i) for i in range(settings.language.count())] == \
        ["Bokmål", "Nynorsk", "English"]
    assert settings.language.currentData() == "nb"
    settings.reject()


@pytest.mark.parametrize(("translated", "title"), [("nn", "MinID – gløymt passord"),
                                                   ("en", "MinID – forgotten password"),
                                                   ("nb", "MinID – glemt passord")], indirect=["translated"])
def test_labels_around_guide_text_follow_the_guide_and_titles_the_window(
        qtbot: QtBot, translated: str, title: str, make_window: WindowFactory, services: Services) -> None:
    """The guide's body is bokmål: so are "Dette trenger innbyggeren", "På vegne av andre" and "Kilder" around
    it. The title is the one thing a guide has in nynorsk and English, and it follows the window."""
    window = make_window(services, translated)
    window.open_guide("minid-glemt-passord")
    view = window.guide_view
    assert view.title.text() == title
    window.editors.update_edit_action()  # as when the Veiledninger menu opens
    assert window.editors.edit_action is not None and title in window.editors.edit_action.text()  # «Lag lokal kopi»
    assert LABELS_NB["requires"] in view.requires.label.text()
    assert LABELS_NB["on_behalf"] in view.on_behalf.label.text()
    assert view.guide is not None
    assert f"<h3>{LABELS_NB['sources']}</h3>" in view.body_html(view.guide, window.knowledge.snapshot.guides)
    related = window.knowledge.snapshot.guides["minid-opprette"]
    shown = {"nn": related.title_nn, "en": related.title_en}.get(translated) or related.title
    assert shown in view.browser.toPlainText()


def test_settings_save_nynorsk(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("nn"))
    dialog.save()
    for box in QApplication.topLevelWidgets():
        if box.isVisible() and box is not window:
            box.close()  # "the change applies at the next start"
    assert window.services.settings.get("language") == "nn"
