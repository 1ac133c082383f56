"""Logging a visit from the window lands in the real database; undo takes it out again."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.ui.main_window import MainWindow


def _rows(window: MainWindow) -> list[tuple[str, str | None, str | None]]:
    path = window.services.config.database_path
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT category, channel, guide_id FROM visits ORDER BY rowid").fetchall()


def test_favourite_shortcut_logs_a_visit_with_the_default_dimensions(qtbot: QtBot, window: MainWindow) -> None:
    first = str(window.visit_panel.favourite_buttons[0].property("category"))
    qtbot.keyClick(window.search.box, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _rows(window) == [(first, "in_person", None)]
    assert window.visit_panel.confirmation.isVisibleTo(window)
    assert "Besøk i dag: 1" in window.visit_panel.today_label.text()
    assert "· 1 i dag" in window.visit_panel.favourite_buttons[0].caption.text()


def test_ctrl_z_undoes_the_last_visit_even_from_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search.box, "bank")
    qtbot.keyClick(window.search.box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert len(_rows(window)) == 1
    qtbot.keyClick(window.search.box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(window) == []
    assert window.search.box.text() == "bank"  # the search text was not what got undone
    assert "Angret" in window.visit_panel.confirmation_label.text()


def test_dimension_toggle_is_used_once_then_back_to_default(qtbot: QtBot, window: MainWindow) -> None:
    phone = next(b for b in window.visit_panel.choices["channel"].group.buttons() if b.property("value") == "phone")
    phone.click()
    window.visit_panel.favourite_buttons[0].click()
    window.visit_panel.favourite_buttons[0].click()
    assert [row[1] for row in _rows(window)] == ["phone", "in_person"]


def test_picker_finds_a_category_by_typing(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.focus_picker()
    qtbot.keyClicks(window.visit_panel.picker, "Skattekort")
    qtbot.keyClick(window.visit_panel.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_rows(window)) == 1)
    assert _rows(window)[0][0] == "skatt.skattekort"


def test_log_this_help_uses_the_guide_category(qtbot: QtBot, window: MainWindow) -> None:
    window.services.settings.set("dimensions", ["channel", "guide"])
    window.rebuild_visit_panel()
    window.open_guide("minid-glemt-passord")
    window.guide_view.log_button.click()
    guide = window.knowledge.snapshot.guides["minid-glemt-passord"]
    assert _rows(window) == [(guide.category, "in_person", "minid-glemt-passord")]


def test_choosing_from_the_picker_list_logs_once_and_ctrl_z_undoes_it(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.focus_picker()
    qtbot.keyClicks(window.visit_panel.picker, "Skatte")
    popup = window.visit_panel.picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.visit_panel.picker.text() == "")
    assert len(_rows(window)) == 1
    qtbot.keyClick(window.visit_panel.picker, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(window) == []
