"""Settings from the dialog: saved in the database, refused personal data, and everything survives a restart."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from frontdesk.app import build_services
from frontdesk.config import Config
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services
from tests.ui.conftest import WindowFactory


def test_settings_survive_a_restart(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                    services: Services) -> None:
    window = make_window(services)
    dialog = window.show_settings()
    dialog.station.setText("skranke-3")
    dialog.centre.setText("Innbyggertorget Testby")
    dialog.dimensions["duration"].setChecked(True)
    bankid = dialog.favourites.item_for("login.bankid")
    assert bankid is not None
    bankid.setCheckState(Qt.CheckState.Unchecked)  # one of the nine in use gives way for another
    unticked = next(dialog.favourites.item(row) for row in range(dialog.favourites.count())
                    if dialog.favourites.item(row).checkState() == Qt.CheckState.Unchecked
                    and dialog.favourites.item(row) is not bankid)
    unticked.setCheckState(Qt.CheckState.Checked)
    chosen = list(dialog.favourites.order)
    dialog.save()
    assert not dialog.isVisible()
    assert window.windowTitle() == "Innbyggertorget Testby"  # Qt adds " — frontdesk" itself
    assert "duration" in window.visit_panel.choices  # the panel was rebuilt with the new dimension
    window.close()
    services.store.close()

    again = build_services(config)
    try:
        assert again.settings.get("station") == "skranke-3"
        assert again.settings.get("centre_name") == "Innbyggertorget Testby"
        assert again.settings.get("favourites") == chosen and "login.bankid" not in chosen and len(chosen) == 9
        restarted = make_window(again)
        assert restarted.visit_panel.station == "skranke-3"
        assert [b.property("category") for b in restarted.visit_panel.favourite_buttons] == chosen
    finally:
        again.store.close()


def test_the_favourites_in_use_are_ticked_in_key_order(qtbot: QtBot, window: MainWindow) -> None:
    shown = [str(b.property("category")) for b in window.visit_panel.favourite_buttons]
    dialog = window.show_settings()
    ticked = [dialog.favourites.item(row) for row in range(dialog.favourites.count())
              if dialog.favourites.item(row).checkState() == Qt.CheckState.Checked]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in ticked] == shown and len(shown) == 9
    assert ticked[2].text().startswith("Ctrl+3 · ")
    dialog.save()  # nothing touched: the starter set is not stored as a choice
    assert window.services.settings.get("favourites") == []


def test_text_size_is_shown_in_per_cent(qtbot: QtBot, window: MainWindow) -> None:
    window.zoom.apply(1.2)
    dialog = window.show_settings()
    assert dialog.font_scale.text() == "120 %"
    dialog.font_scale.setValue(130)
    dialog.save()
    assert window.services.settings.get("font_scale") == 1.3 and window.zoom.scale == 1.3


def test_personal_data_is_refused_with_a_friendly_message(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_settings()
    dialog.centre.setText("Ring 912 34 567")
    dialog.save()
    assert dialog.isVisible()
    assert "personopplysning" in dialog.error.text()
    assert window.services.settings.get("centre_name") == ""
    dialog.reject()


def test_the_central_database_fields_are_checked_and_start_the_hourly_push(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_settings()
    dialog.municipality.setText("12345678")  # a phone number, not a kommunenummer
    dialog.central_service.setText("frontdesk")
    dialog.save()
    assert dialog.isVisible() and "telefonnummer" in dialog.error.text() and "12345678" not in dialog.error.text()
    assert window.services.settings.get("municipality") == "" and window.central_push.label.isHidden()
    dialog.municipality.setText(" 0301 ")
    dialog.save()
    assert not dialog.isVisible()
    assert window.services.settings.get("municipality") == "0301"
    assert window.services.settings.get("central_service") == "frontdesk"
    assert window.central_push.label.text() == "Sentral: venter"  # the window's schedule started
    again = window.show_settings()
    assert (again.municipality.text(), again.central_service.text()) == ("0301", "frontdesk")
    again.central_service.setText("")
    again.save()
    assert window.central_push.label.isHidden()


def test_zoom_is_persisted(qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services,
                           qapp: QApplication) -> None:
    window = make_window(services)
    base = qapp.font().pointSizeF()
    qtbot.keyClick(window.search.box, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert services.settings.get("font_scale") == 1.1
    assert qapp.font().pointSizeF() > base
    qtbot.keyClick(window.search.box, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert services.settings.get("font_scale") == 0.9


def test_language_switch_applies_english_on_restart(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                                    services: Services, qapp: QApplication) -> None:
    window = make_window(services)
    assert window.menuBar().actions()[0].text() == "&Fil"
    dialog = window.show_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    note = next(w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "neste gang" in note.text()
    note.accept()
    window.close()
    services.store.close()

    again = build_services(config)
    translators = install_translators(qapp, str(again.settings.get("language")))
    try:
        english = make_window(again, "en")
        assert [a.text() for a in english.menuBar().actions()][:2] == ["&File", "&View"]
        assert english.search.box.placeholderText() == "Search the guides (Ctrl+K)"
        assert english.visit_panel.choices["channel"].group.buttons()[0].text() == "✓ In person"  # the default
    finally:
        remove_translators(qapp, translators)
        again.store.close()


def test_retention_change_needs_the_supervisor_pin(qtbot: QtBot, window: MainWindow) -> None:
    window.services.guard.set_pin("4826")
    before = window.services.settings.get("retention_months")
    dialog = window.show_settings()
    dialog.retention.setValue(int(str(before)) - 1)
    dialog.centre.setText("Servicetorget")
    dialog.save()
    pin = dialog.pin_dialog
    assert pin is not None and pin.isVisible()
    qtbot.keyClicks(pin.pin, "0000")
    pin.check()
    assert "Feil PIN-kode" in pin.error.text() and pin.isVisible()
    assert window.services.settings.get("retention_months") == before  # nothing saved yet, not even the name
    assert window.services.settings.get("centre_name") == ""
    qtbot.keyClicks(pin.pin, "4826")
    pin.check()
    assert not dialog.isVisible()
    assert window.services.settings.get("retention_months") == int(str(before)) - 1
    assert window.services.settings.get("centre_name") == "Servicetorget"


def test_no_pin_set_means_no_pin_asked(qtbot: QtBot, window: MainWindow) -> None:
    before = int(str(window.services.settings.get("retention_months")))
    dialog = window.show_settings()
    dialog.retention.setValue(before + 1)
    dialog.save()
    assert dialog.pin_dialog is None and not dialog.isVisible()
    assert window.services.settings.get("retention_months") == before + 1


def _alt_letters(dialog: QWidget) -> list[str]:
    """The Alt+letter of every label, button and tab on screen: the letter after a single '&'."""
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    for bar in dialog.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return [m.group(1).lower() for text in texts for m in re.finditer(r"(?<!&)&([^&\s])", text)]


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_no_two_controls_share_an_alt_letter(qtbot: QtBot, qapp: QApplication, make_window: WindowFactory,
                                             services: Services, language: str) -> None:
    """Alt+K went to "Skranken" the tab and "Kommunenummer" the field alike once the two branches met."""
    translators = install_translators(qapp, language)
    try:
        window = make_window(services, language)
        settings = window.show_settings()
        for page in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(page)
            letters = _alt_letters(settings)
            assert len(letters) >= 4 and sorted(letters) == sorted(set(letters)), (page, letters)
        settings.reject()
        first_day = window.show_first_day()
        letters = _alt_letters(first_day)
        assert len(letters) >= 4 and sorted(letters) == sorted(set(letters)), letters
        first_day.reject()
    finally:
        remove_translators(qapp, translators)
