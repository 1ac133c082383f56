"""Qt's own dialogs (file dialog, message-box buttons, print dialog, text context menus) in bokmål and nynorsk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from frontdesk.ui.i18n import install_translators, remove_translators

Button = QMessageBox.StandardButton
# Key names in menus stay as the keys are printed (Ctrl, Shift); the layout direction is not a word.
UNTRANSLATED_ON_PURPOSE = {"QShortcut", "QGuiApplication"}


class _Misses(QTranslator):
    """Installed before the real catalogues, so Qt asks it only for what none of them answered."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context not in UNTRANSLATED_ON_PURPOSE:
            self.asked.add((context, source))
        return None  # "not here": Qt keeps its English text

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def misses(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[_Misses]:
    recorder = _Misses()
    qapp.installTranslator(recorder)
    translators = install_translators(qapp, str(request.param))
    yield recorder
    remove_translators(qapp, translators)
    qapp.removeTranslator(recorder)


def _show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def _file_dialog(qtbot: QtBot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "frontdesk", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    _show(qtbot, dialog)
    return dialog


def _buttons(dialog: QDialog) -> list[str]:
    return [b.text() for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]


@pytest.mark.parametrize(("misses", "words"), [
    ("nb", {"look_in": "&Se i:", "file_name": "Fil&navn:", "open": "Åpne"}),
    ("nn", {"look_in": "&Leit i:", "file_name": "Fil&namn:", "open": "Opne"}),
], indirect=["misses"])
def test_file_dialog_and_message_box_speak_norwegian(qtbot: QtBot, misses: _Misses, words: dict[str, str],
                                                     tmp_path: Path) -> None:
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave)
    assert sorted(_buttons(dialog)) == ["&Lagre", "Avbryt"]
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == words["look_in"]
    assert labels["fileNameLabel"] == words["file_name"]
    assert labels["fileTypeLabel"] == "Fil&type:"
    box = QMessageBox(QMessageBox.Icon.Question, "frontdesk", "?", Button.Open | Button.Yes | Button.No | Button.Cancel)
    _show(qtbot, box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["&Ja", "&Nei", "Avbryt", words["open"]])


@pytest.mark.parametrize("misses", ["nb", "nn"], indirect=True)
def test_no_qt_dialog_is_left_in_english(qtbot: QtBot, misses: _Misses, tmp_path: Path) -> None:
    """Every string Qt looks up while our kinds of dialog are built has a Norwegian translation: when Qt is
    upgraded and adds one, this lists it for qtbase_nb.ts (and qtbase_nn_additions.ts)."""
    for mode in QFileDialog.AcceptMode:
        _file_dialog(qtbot, tmp_path, mode)
    folder = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    folder.setFileMode(QFileDialog.FileMode.Directory)
    every_button = Button.NoButton
    for button in (Button.Ok, Button.Save, Button.SaveAll, Button.Open, Button.Yes, Button.YesToAll, Button.No,
                   Button.NoToAll, Button.Abort, Button.Retry, Button.Ignore, Button.Close, Button.Cancel,
                   Button.Discard, Button.Help, Button.Apply, Button.Reset, Button.RestoreDefaults):
        every_button |= button
    box = QMessageBox(QMessageBox.Icon.Warning, "frontdesk", "?", every_button)
    box.setDetailedText("…")
    _show(qtbot, box)
    _show(qtbot, QInputDialog())
    for widget in (QLineEdit(), QTextBrowser()):
        widget.createStandardContextMenu().deleteLater()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    _show(qtbot, QPrintDialog(printer))
    assert sorted(misses.asked) == []


@pytest.mark.parametrize(("misses", "monday", "december"), [("nb", "mandag", "desember"),
                                                          ("nn", "måndag", "desember"),
                                                          ("en", "Monday", "December")], indirect=["misses"])
def test_calendars_follow_the_window_not_the_pc(qtbot: QtBot, misses: _Misses, monday: str, december: str) -> None:
    """The date fields' calendar pop-ups name days and months in the window's language, Monday first."""
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().dayName(1) == monday
    assert calendar.locale().standaloneMonthName(12) == december
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
