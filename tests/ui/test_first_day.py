"""«Sett opp skranken»: the first start asks for the names, language and favourites, once per install."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.ui.first_day import FirstDayDialog, first_day_dialog
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services
from frontdesk.visits.first_day import DEFAULT_STATION, needs_setup


def _dialog(qtbot: QtBot, services: Services, **kwargs: object) -> FirstDayDialog:
    dialog = first_day_dialog(services, "nb", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_install_gets_a_name_of_its_own_suggested(qtbot: QtBot, services: Services) -> None:
    assert needs_setup(services.settings)
    dialog = _dialog(qtbot, services)
    suggested = dialog.station.text()
    assert suggested and suggested != DEFAULT_STATION and suggested.startswith("skranke-")
    assert dialog.station.hasSelectedText()  # typing replaces it
    dialog.centre.setText("Servicetorget i Testby")
    dialog.save()
    assert not dialog.isVisible()
    assert services.settings.get("station") == suggested
    assert services.settings.get("centre_name") == "Servicetorget i Testby"
    assert not needs_setup(services.settings)
    assert dialog.changed_keys == {"station", "centre_name"}


def test_keeping_the_default_name_takes_a_second_deliberate_click(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.station.setText(DEFAULT_STATION)
    dialog.save()
    assert dialog.isVisible() and "blir besøkene deres slått sammen" in dialog.error.text()
    assert needs_setup(services.settings)
    dialog.save()
    assert not dialog.isVisible() and not needs_setup(services.settings)
    assert services.settings.get("station") == DEFAULT_STATION


def test_personal_data_is_refused_and_nothing_is_stored(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.station.setText("skranke-9")
    dialog.centre.setText("Ring Kari på 912 34 567")
    dialog.save()
    assert dialog.isVisible() and "personopplysning" in dialog.error.text()
    assert services.settings.get("station") == DEFAULT_STATION  # not even the valid name was stored
    assert services.settings.get("centre_name") == "" and needs_setup(services.settings)


def test_favourites_start_from_the_nine_in_use_and_are_saved_in_key_order(qtbot: QtBot,
                                                                          services: Services) -> None:
    dialog = _dialog(qtbot, services)
    assert len(dialog.favourites.order) == 9
    altinn = dialog.favourites.item_for("stat.altinn")
    assert altinn is not None
    altinn.setCheckState(Qt.CheckState.Unchecked)
    passport = dialog.favourites.item_for("stat.pass_id")
    assert passport is not None
    passport.setCheckState(Qt.CheckState.Checked)
    assert passport.text().startswith("Ctrl+9 · ")
    dialog.save()
    assert services.settings.get("favourites")[-1] == "stat.pass_id"
    assert "stat.altinn" not in services.settings.get("favourites")


@pytest.mark.parametrize(("code", "title", "later"), [("en", "Set up this counter", "Lat&er"),
                                                      ("nn", "Set opp skranken", "&Seinare")])
def test_the_language_switches_at_once_at_the_first_start(qtbot: QtBot, services: Services, qapp: QApplication,
                                                          code: str, title: str, later: str) -> None:
    installed: list[object] = []

    def switch(chosen: str) -> None:
        remove_translators(qapp, installed)  # type: ignore[arg-type]
        installed[:] = install_translators(qapp, chosen)

    dialog = _dialog(qtbot, services, switch_language=switch)
    try:
        assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["nb", "nn", "en"]
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        qtbot.waitUntil(lambda: dialog.windowTitle() == title)  # Qt delivers LanguageChange
        assert dialog.later_button.text() == later
        dialog.save()
        assert services.settings.get("language") == code
    finally:
        remove_translators(qapp, installed)  # type: ignore[arg-type]


def test_the_menu_opens_it_later_and_the_window_follows(qtbot: QtBot, window: MainWindow) -> None:
    window.services.settings.set("station", "skranke-4")
    window.services.settings.set("favourites", ["nav.meldekort"])
    dialog = window.show_first_day()
    assert dialog.station.text() == "skranke-4"  # a counter's own name is kept, not replaced by a suggestion
    assert "PC-ens navn" not in dialog.station_help.text()  # no suggestion was made
    assert "De ni vanligste" not in dialog.favourites_help.text()  # the centre chose its own
    dialog.station.setText("skranke-5")
    dialog.centre.setText("Innbyggertorget")
    dialog.save()
    assert window.visit_panel.station == "skranke-5"
    assert window.windowTitle() == "Innbyggertorget"
