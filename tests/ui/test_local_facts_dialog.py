"""«Tilpass veiledningene» on the real window: a supervisor fills in facts and notes, without YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.config import Config
from frontdesk.knowledge.local_values import LocalValues, read_values, values_path, write_values
from frontdesk.ui.local_facts_dialog import LocalFactsDialog
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services
from tests.knowledge.guide_files import write_complete_guide
from tests.knowledge.test_local_facts import SFO_BODY, SFO_LOCAL
from tests.ui.conftest import WindowFactory
from tests.ui.test_local_facts_view import HANDOUT_CITIZEN
from tests.ui.test_quality import _unnamed_controls


def _window(config: Config, make_window: WindowFactory, services: Services,
            values: LocalValues | None = None, language: str = "nb") -> MainWindow:
    write_complete_guide(config.local_guides_dir, "testby-sfo", body=SFO_BODY + HANDOUT_CITIZEN, agency="kommune",
                         local=SFO_LOCAL, title="Testby SFO")
    if values is not None:
        write_values(values_path(config.local_guides_dir), values)
    window = make_window(services, language)
    window.open_guide("testby-sfo")
    return window


def _dialog(qtbot: QtBot, window: MainWindow) -> LocalFactsDialog:
    qtbot.waitUntil(lambda: window.editors.facts_dialog is not None and window.editors.facts_dialog.isVisible())
    assert window.editors.facts_dialog is not None
    return window.editors.facts_dialog


def _retype(qtbot: QtBot, dialog: LocalFactsDialog, key: str, text: str) -> None:
    edit = dialog.facts[key].edit
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_clicking_an_unfilled_fact_opens_the_editor_there_and_the_value_shows_at_once(
        qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services) -> None:
    window = _window(config, make_window, services)
    assert "ikke fylt ut lokalt: Lenke til søknadsportalen" in window.guide_view.browser.toPlainText()
    window.guide_view._on_anchor(QUrl("frontdesk-local:testby-sfo.portal"))  # no PIN set: straight in
    dialog = _dialog(qtbot, window)
    row = dialog.facts["testby-sfo.portal"]
    qtbot.waitUntil(row.edit.hasFocus)
    assert _unnamed_controls(dialog) == []
    assert row.title.text() == "Lenke til søknadsportalen"
    assert row.about.text() == "nettadresse · testby-sfo.portal"  # under its guide: no need to say where
    assert dialog.facts["senter.telefon"].about.text().startswith("telefonnummer · senter.telefon · brukes i: ")

    qtbot.keyClicks(row.edit, "www.testby.no/sfo")  # checked as it is typed
    assert row.message.isVisibleTo(dialog) and "ikke en gyldig nettadresse" in row.message.text()
    assert not dialog.save_button.isEnabled()
    _retype(qtbot, dialog, "testby-sfo.portal", "https://www.testby.kommune.no/sfo")
    assert not row.message.isVisibleTo(dialog) and dialog.save_button.isEnabled()
    _retype(qtbot, dialog, "senter.telefon", "22 33 44 55")
    note = dialog.notes["testby-sfo"]
    qtbot.keyClicks(note.edit, "Hos oss leverer du papirsøknaden i skranken.")
    assert dialog.changes() == ({"testby-sfo.portal": "https://www.testby.kommune.no/sfo",
                                 "senter.telefon": "22 33 44 55"},
                                {"testby-sfo": "Hos oss leverer du papirsøknaden i skranken."})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)

    shown = window.guide_view.browser.toPlainText()  # the open guide, at once
    assert "søk i https://www.testby.kommune.no/sfo." in shown and "Ring 22 33 44 55." in shown
    assert "Hos oss leverer du papirsøknaden i skranken." in shown
    document = window.handouts.document(window.knowledge.snapshot.guides["testby-sfo"], "nb")
    assert document is not None and "Ring oss: 22 33 44 55" in document.toPlainText()
    stored = read_values(values_path(config.local_guides_dir))
    assert stored.values["senter.telefon"] == "22 33 44 55"
    assert stored.notes == {"testby-sfo": "Hos oss leverer du papirsøknaden i skranken."}


def test_count_filters_and_emptying_a_value(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                            services: Services) -> None:
    window = _window(config, make_window, services,
                     LocalValues({"testby-sfo.frist": "1. mars", "senter.telefon": "22 33 44 55"}, {}))
    window.editors.customise()
    dialog = _dialog(qtbot, window)
    known = [r for r in dialog.facts.values() if not r.entry.orphaned]
    assert dialog.count.text() == f"2 av {len(known)} er fylt ut"
    dialog.only_empty.setChecked(True)
    assert dialog.facts["testby-sfo.frist"].isHidden() and not dialog.facts["testby-sfo.portal"].isHidden()
    dialog.only_empty.setChecked(False)
    qtbot.keyClicks(dialog.filter, "testby-sfo.port")
    visible = [key for key, row in dialog.facts.items() if not row.isHidden()]
    assert visible == ["testby-sfo.portal"]
    dialog.filter.clear()
    dialog.facts["testby-sfo.frist"].edit.clear()  # empty = not filled in
    assert dialog.count.text() == f"1 av {len(known)} er fylt ut"
    assert dialog.changes() == ({"testby-sfo.frist": None}, {})
    dialog.save()
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)
    assert "testby-sfo.frist" not in read_values(values_path(config.local_guides_dir)).values
    assert "ikke fylt ut lokalt: Kommunens søknadsfrist for SFO" in window.guide_view.browser.toPlainText()


def test_orphaned_values_and_notes_are_shown_and_removable(qtbot: QtBot, config: Config,
                                                          make_window: WindowFactory, services: Services) -> None:
    window = _window(config, make_window, services,
                     LocalValues({"gammel-veiledning.frist": "1. mai"}, {"gammel-veiledning": "Gammelt notat."}))
    window.editors.customise()
    dialog = _dialog(qtbot, window)
    orphan = dialog.facts["gammel-veiledning.frist"]
    assert orphan.edit.isReadOnly() and orphan.edit.text() == "1. mai"
    assert "ingen veiledning bruker denne lenger" in orphan.about.text()
    note = dialog.notes["gammel-veiledning"]
    assert note.edit.toPlainText() == "Gammelt notat." and note.remove is not None
    assert orphan.remove is not None
    orphan.remove.setChecked(True)
    note.remove.setChecked(True)
    assert dialog.changes() == ({"gammel-veiledning.frist": None}, {"gammel-veiledning": None})
    dialog.save()
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)
    assert read_values(values_path(config.local_guides_dir)) == LocalValues({}, {})


def test_a_note_for_any_guide_and_a_note_that_is_refused(qtbot: QtBot, config: Config,
                                                         make_window: WindowFactory, services: Services) -> None:
    window = _window(config, make_window, services)
    window.editors.customise()
    dialog = _dialog(qtbot, window)
    row = dialog.add_note("minid-glemt-passord")
    assert row is not None and dialog.notes["minid-glemt-passord"] is row
    qtbot.keyClicks(row.edit, "Ring 01019010046")  # a fødselsnummer never goes into a note
    assert "fødselsnummer" in row.message.text() and not dialog.save_button.isEnabled()
    row.edit.setPlainText("Vi hjelper med MinID hver tirsdag.")
    dialog.save()
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)
    assert read_values(values_path(config.local_guides_dir)).notes == {
        "minid-glemt-passord": "Vi hjelper med MinID hver tirsdag."}


def test_closing_with_changes_asks_first(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                         services: Services) -> None:
    window = _window(config, make_window, services)
    window.editors.customise()
    dialog = _dialog(qtbot, window)
    qtbot.keyClicks(dialog.facts["senter.telefon"].edit, "22 33 44 55")
    dialog.reject()
    box = dialog.findChild(QMessageBox, "discardChanges")
    assert box is not None and box.isVisible() and dialog.isVisible()
    next(b for b in box.buttons() if b.text() == "Forkast endringene").click()
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)
    assert not values_path(config.local_guides_dir).exists()


def test_the_pin_is_asked_once_and_a_wrong_one_opens_nothing(qtbot: QtBot, config: Config,
                                                            make_window: WindowFactory, services: Services) -> None:
    services.guard.set_pin("4826")
    window = _window(config, make_window, services)
    window.guide_view._on_anchor(QUrl("frontdesk-local:testby-sfo.portal"))
    pin = window.editors.pin_dialog
    assert pin is not None and pin.isVisible()
    assert pin.reason.text().startswith("«Lenke til søknadsportalen» er ikke fylt ut for dette servicetorget.")
    qtbot.keyClicks(pin.pin, "1111")
    pin.check()
    assert pin.error.text() == "Feil PIN-kode." and window.editors.facts_dialog is None
    pin.reject()
    assert window.editors.facts_dialog is None
    pin = window.editors.customise()
    assert pin is not None
    qtbot.keyClicks(pin.pin, "4826")
    pin.check()
    dialog = _dialog(qtbot, window)
    _retype(qtbot, dialog, "senter.telefon", "22 33 44 55")
    dialog.save()  # no second PIN for the save itself
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)
    assert read_values(values_path(config.local_guides_dir)).values == {"senter.telefon": "22 33 44 55"}


def test_a_values_file_that_cannot_be_read_is_not_overwritten(qtbot: QtBot, config: Config,
                                                              make_window: WindowFactory, services: Services,
                                                              tmp_path: Path) -> None:
    window = _window(config, make_window, services)
    broken = values_path(config.local_guides_dir)
    broken.write_text("values: [\n", encoding="utf-8")
    window.editors.customise()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "kan ikke leses" in box.text() and window.editors.facts_dialog is None
    box.accept()
    assert broken.read_text(encoding="utf-8") == "values: [\n"


def test_a_value_edited_by_hand_that_does_not_fit_is_shown_wrong_at_once(
        qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services) -> None:
    window = _window(config, make_window, services, LocalValues({"senter.telefon": "ring oss"}, {}))
    window.editors.customise("senter.telefon")
    dialog = _dialog(qtbot, window)
    row = dialog.facts["senter.telefon"]
    assert "ikke et gyldig telefonnummer" in row.message.text() and not row.filled
    qtbot.keyClicks(dialog.facts["testby-sfo.frist"].edit, "1. mars")
    assert not dialog.save_button.isEnabled() and "⚠" in dialog.status.text()
    _retype(qtbot, dialog, "senter.telefon", "22 33 44 55")
    assert dialog.save_button.isEnabled()
    dialog.save()
    qtbot.waitUntil(lambda: window.editors.facts_dialog is None)
    assert read_values(values_path(config.local_guides_dir)).values == {
        "senter.telefon": "22 33 44 55", "testby-sfo.frist": "1. mars"}


@pytest.mark.parametrize(("language", "refusal", "example"), [
    ("nn", "⚠ dette er ikkje eit gyldig telefonnummer; skriv til dømes 22 33 44 55, +47 22 33 44 55 eller 116 117",
     "01.03.2027, eller ein dag som kjem att kvart år: 1. mars"),
    ("en", "⚠ this is not a valid phone number; write for example 22 33 44 55, +47 22 33 44 55 or 116 117",
     "01.03.2027, or a day that comes back every year: 1. mars"),
])
def test_a_wrong_value_is_explained_in_the_windows_language(
        qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services, language: str,
        refusal: str, example: str) -> None:
    window = _window(config, make_window, services, language=language)
    window.editors.customise("senter.telefon")
    dialog = _dialog(qtbot, window)
    row = dialog.facts["senter.telefon"]
    qtbot.keyClicks(row.edit, "ring 22 33")
    assert row.message.isVisibleTo(dialog) and row.message.text() == refusal
    assert not dialog.save_button.isEnabled()
    assert example in dialog.facts["testby-sfo.frist"].edit.placeholderText()
    note = dialog.notes["testby-sfo"]
    qtbot.keyClicks(note.edit, "Ring 01019010046")  # the number is refused and never repeated
    assert "fødselsnummer" in note.message.text() and "01019010046" not in note.message.text()
    assert ("innehalde" if language == "nn" else "never belongs") in note.message.text()
