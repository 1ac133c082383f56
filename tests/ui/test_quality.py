"""Accessibility, error handling and the single-instance guard (translations: test_translations.py)."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from frontdesk.logsetup import setup_logging
from frontdesk.ui.errors import ExceptionDialog, friendly_message
from frontdesk.ui.instance import SingleInstance
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def _unnamed_controls(root: QWidget) -> list[str]:
    unnamed = []
    for control in root.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(root):
            continue
        if isinstance(control, QHeaderView) or control.objectName().startswith("qt_") \
                or isinstance(control.parent(), QAbstractSpinBox | QComboBox):
            continue  # Qt's own parts (headers, spin-box editors) are named through the control that owns them
        text = control.text() if isinstance(control, QAbstractButton) else ""
        if not (control.accessibleName() or text.strip()):
            unnamed.append(f"{type(control).__name__} {control.objectName()!r}")
    return unnamed


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    window.open_guide("minid-glemt-passord")
    assert _unnamed_controls(window) == []
    settings = window.show_settings()
    assert _unnamed_controls(settings) == []
    settings.reject()
    window.show_reports()
    reports = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog))
    assert _unnamed_controls(reports) == []
    reports.reject()


def test_locked_database_and_refused_values_get_plain_messages() -> None:
    assert "opptatt" in (friendly_message(sqlite3.OperationalError("database is locked")) or "")
    assert friendly_message(RuntimeError("bug")) is None  # a bug goes to the exception dialog instead


def test_unexpected_error_shows_a_dialog_and_logs_the_traceback(qtbot: QtBot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path / "logs")
    try:
        raise RuntimeError("noe gikk i stykker")
    except RuntimeError as error:
        ExceptionDialog(lambda: window, log_file)(RuntimeError, error, error.__traceback__)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "Noe uventet gikk galt" in box.text() and "Traceback" not in box.text()
    box.accept()
    for handler in logging.getLogger("frontdesk").handlers:
        handler.flush()
    assert log_file is not None and "RuntimeError: noe gikk i stykker" in log_file.read_text(encoding="utf-8")


def test_a_second_instance_is_detected(temp_home: Path) -> None:
    first = SingleInstance(temp_home)
    assert first.acquire()
    assert not SingleInstance(temp_home).acquire()
    first.release()
    assert SingleInstance(temp_home).acquire()


def test_a_second_instance_wakes_the_first(qtbot: QtBot, temp_home: Path) -> None:
    first = SingleInstance(temp_home)
    assert first.acquire() and first.listening
    second = SingleInstance(temp_home)
    assert not second.acquire()
    with qtbot.waitSignal(first.activationRequested, timeout=5000):
        assert second.notify_running()
    first.release()
    assert not SingleInstance(temp_home).notify_running()  # nobody listens any more: the caller shows the message


def test_qt_bindings_keep_none_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns nothing; after a
    few thousand calls the interpreter aborts ("deallocating None"). 6.11 is fine; pin around the bad one."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 5
