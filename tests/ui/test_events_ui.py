"""Events and the visit questions on the real window: the event dialog from the Besøk menu, the new questions in
the settings and the visit panel, and events in the reports view."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.ui.event_dialog import EventDialog
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.ui.services import Services
from frontdesk.visits.exchange import export_month, write_export
from tests.ui.conftest import WindowFactory


def _events(window: MainWindow) -> list[tuple[object, ...]]:
    with sqlite3.connect(window.services.config.database_path) as connection:
        return connection.execute("SELECT kind, participants, hours, volunteers, volunteer_hours, hour, station "
                                  "FROM events ORDER BY rowid").fetchall()


def _type(qtbot: QtBot, box: object, text: str) -> None:
    box.lineEdit().selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(box, text)


def _open_with_ctrl_e(qtbot: QtBot, window: MainWindow) -> EventDialog:
    qtbot.keyClick(window.search.box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.visit_panel.event_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_ctrl_e_opens_the_dialog_and_an_event_is_logged_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    assert "Kurs og arrangementer i dag: 0" in window.visit_panel.events_label.text()
    dialog = _open_with_ctrl_e(qtbot, window)
    assert dialog.kind.count() == 7 and dialog.kind.itemText(1) == "BankID-kurs"
    assert dialog.day.date() == dialog.day.maximumDate()  # today, and nothing after it
    dialog.kind.setCurrentIndex(dialog.kind.findData("drop_in"))
    dialog.start_hour.setCurrentIndex(dialog.start_hour.findData(12))
    _type(qtbot, dialog.participants, "23")
    _type(qtbot, dialog.hours, "3")
    _type(qtbot, dialog.volunteers, "4")
    _type(qtbot, dialog.volunteer_hours, "12")
    qtbot.keyClick(dialog.volunteer_hours, Qt.Key.Key_Return)  # Enter logs: the log button is the default
    assert _events(window) == [("drop_in", 23, 3.0, 4, 12.0, 12, "skranke-1")]
    assert "Logget: Drop-in med digital hjelp (deltakere: 23)" in dialog.confirmation.text()
    assert dialog.participants.value() == 0 and dialog.kind.currentData() == "drop_in"  # ready for the next
    assert dialog.month_table.rowCount() == 1 and dialog.month_table.item(0, 2).text() == "23"
    assert "Arrangementer i dag: 1 (deltakere: 23)" in dialog.summary.text()
    assert "Kurs og arrangementer i dag: 1 (deltakere: 23)" in window.visit_panel.events_label.text()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert _events(window) == []
    assert "Angret: Drop-in med digital hjelp" in dialog.confirmation.text()
    assert dialog.month_table.rowCount() == 0
    assert "Kurs og arrangementer i dag: 0" in window.visit_panel.events_label.text()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "Ingenting å angre" in dialog.confirmation.text()
    dialog.accept()


def test_a_refused_value_is_explained_in_the_dialog_and_nothing_is_stored(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_with_ctrl_e(qtbot, window)
    _type(qtbot, dialog.participants, "6")
    _type(qtbot, dialog.volunteer_hours, "3")  # hours for volunteers, but no volunteers
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert _events(window) == []
    assert dialog.error.isVisibleTo(dialog) and "uten antall frivillige" in dialog.error.text()
    assert dialog.participants.value() == 6  # nothing typed is lost
    _type(qtbot, dialog.volunteers, "1")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert _events(window) == [("grunnkurs", 6, None, 1, 3.0, None, "skranke-1")]
    assert not dialog.error.isVisibleTo(dialog)
    dialog.day.setDate(dialog.day.maximumDate().addDays(3))  # the calendar won't go past today
    assert dialog.day.date() == dialog.day.maximumDate()
    dialog.accept()


def test_the_panel_button_opens_the_same_dialog_once(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.visit_panel.events_button, Qt.MouseButton.LeftButton)
    first = window.visit_panel.event_dialog
    assert first is not None and first.isVisible()
    assert window.visit_panel.open_event_dialog() is first
    first.accept()


def test_the_new_questions_are_switched_on_in_settings_and_asked_per_visit(qtbot: QtBot, window: MainWindow) -> None:
    assert "age_group" not in window.visit_panel.choices  # off by default
    settings = window.show_settings()
    for name in ("age_group", "repeat_visit", "language_help"):
        settings.dimensions[name].setChecked(True)
    settings.save()
    panel = window.visit_panel
    assert {"age_group", "repeat_visit", "language_help"} <= set(panel.choices)
    older = next(b for b in panel.choices["age_group"].group.buttons() if b.property("value") == "67_plus")
    interpreter = next(b for b in panel.choices["language_help"].group.buttons()
                       if b.property("value") == "interpreter")
    assert older.text() == "67 år eller eldre" and interpreter.text() == "Med tolk"
    older.click()
    interpreter.click()
    panel.favourite_buttons[0].click()
    panel.favourite_buttons[0].click()  # the answers are for one visit only
    with sqlite3.connect(window.services.config.database_path) as connection:
        rows = connection.execute("SELECT age_group, repeat_visit, language_help FROM visits ORDER BY rowid").fetchall()
    assert rows == [("67_plus", None, "interpreter"), (None, None, None)]


def _reports(qtbot: QtBot, window: MainWindow) -> ReportsDialog:
    window.show_reports()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.working, timeout=10_000)
    return dialog


def test_the_reports_view_shows_events_and_can_add_them_to_when_people_come(qtbot: QtBot, window: MainWindow,
                                                                              tmp_path: Path) -> None:
    today = window.services.now()
    window.visit_panel.log("login.bankid")
    window.services.store.events.add("bankid_kurs", station="skranke-1", on=today.date(), participants=8,
                                     hours=2, hour=today.hour)
    dialog = _reports(qtbot, window)
    assert "Kurs og arrangementer: 1 (deltakere: 8" in dialog.summary.text()
    table = dialog.tabs.events_table
    assert [table.item(0, c).text() for c in range(5)] == ["BankID-kurs", "1", "0", "8", "0"]
    assert table.item(table.rowCount() - 1, 0).text() == "Sum"
    heatmap = dialog.tabs.heatmap
    column = [heatmap.horizontalHeaderItem(c).text() for c in range(heatmap.columnCount())].index(
        f"{today.hour:02d}")
    assert dialog.tabs.heatmap.item(today.weekday(), column).text() == "1"  # the visit alone
    dialog.tabs.with_events.setChecked(True)
    assert dialog.tabs.heatmap.item(today.weekday(), column).text() == "9"  # and the course's participants
    names = [dialog.tabs.breakdown.itemData(i) for i in range(dialog.tabs.breakdown.count())]
    assert {"by_age_group", "by_repeat_visit", "by_language_help"} <= set(names)
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as saved:
        dialog.export_template(tmp_path / "digital-deltakelse.json")
    rows = json.loads(Path(str(saved.args[0])).read_text(encoding="utf-8"))["rows"]
    assert (rows[0]["courses"], rows[0]["course_participants"], rows[0]["event_hours"]) == (1, 8, 2.0)
    dialog.reject()


def test_station_files_with_events_are_imported_from_the_reports_view(qtbot: QtBot, window: MainWindow,
                                                                      tmp_path: Path) -> None:
    store = window.services.store
    day = window.services.now().date()
    event = store.events.add("nettvett", station="skranke-1", on=day, participants=11)
    document = export_month(store, day.isoformat()[:7], "skranke-1")
    store.events.undo_last("skranke-1")
    assert store.events.get(event.id) is None
    write_export(document, tmp_path / "skranke-1.json")
    dialog = _reports(qtbot, window)
    dialog.import_files([tmp_path / "skranke-1.json"])
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "frontdeskMessage" and w.isVisible())
    assert "Kurs og arrangementer importert: 1." in box.text()  # type: ignore[attr-defined]
    assert store.events.get(event.id) == event
    box.close()
    dialog.reject()


def test_the_event_dialog_in_english(qtbot: QtBot, make_window: WindowFactory, services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en")
    try:
        window = make_window(services, "en")
        dialog = window.visit_panel.open_event_dialog()
        assert dialog.windowTitle() == "Log a course or event"
        assert dialog.kind.itemText(1) == "BankID course"
        assert dialog.log_button.text() == "&Log the event"
        dialog.hours.setValue(1.5)
        assert dialog.hours.text() == "1.50"  # English-in-Norway wrote "1,50"
        dialog.day.setDate(QDate.currentDate())
        dialog.accept()
    finally:
        remove_translators(app, translators)


def test_the_template_tab_shows_the_grant_figures_for_the_chosen_period(qtbot: QtBot, window: MainWindow) -> None:
    today = window.services.now()
    window.visit_panel.log("login.bankid")
    window.services.store.events.add("grunnkurs", station="skranke-1", on=today.date(), participants=7, hours=1.5,
                                     volunteers=1, volunteer_hours=1.5)
    dialog = _reports(qtbot, window)
    assert dialog.template is None  # not counted until its tab is opened
    with qtbot.waitSignal(dialog.templateShown, timeout=10_000):
        dialog.tabs.setCurrentWidget(dialog.tabs.template_table)
    table = dialog.tabs.template_table
    titles = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    sum_column = table.columnCount() - 1
    assert table.horizontalHeaderItem(sum_column).text() == "Sum"

    def cell(title: str) -> str:
        return table.item(titles.index(title), sum_column).text()

    assert (cell("Kurs (antall)"), cell("Kursdeltakere"), cell("Frivillige timer")) == ("1", "7", "1,5")
    assert cell("Veiledning i digital kompetanse") == "1" and cell("Alder: ikke registrert") == "1"
    dialog.reject()
