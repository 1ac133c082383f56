"""Turning failures into calm messages: refused input, a locked database, and the unexpected.

Nothing here shows a traceback to the user; tracebacks go to the log file for IT support. Message boxes are
opened window-modal with ``open()`` so they never block the event loop (and never block the tests).
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.i18n import TextError, error_text
from frontdesk.ui.i18n import current_language
from frontdesk.visits.privacy import PersonalDataError

translate = QCoreApplication.translate  # a plain name lupdate recognises

log = logging.getLogger(__name__)
T = TypeVar("T")


def show_message(parent: QWidget | None, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(translate("Errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setObjectName("frontdeskMessage")
    box.open()
    return box


def ask_to_discard(parent: QWidget, title: str, text: str, discard: Callable[[], object]) -> QMessageBox:
    """«Forkast endringene» or «Fortsett å redigere» (the default): closing an editor by a slip of the Esc key
    never loses what was typed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("discardChanges")
    drop = box.addButton(translate("Errors", "Forkast endringene"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Errors", "Fortsett å redigere"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: discard() if button is drop else None)
    box.open()
    return box


def told(error: BaseException) -> str:
    """The error's own message: in the window's language when it is told in three (an i18n.TextError)."""
    return error_text(error).get(current_language())


def friendly_message(error: BaseException) -> str | None:
    """The text to show for an error the user can act on, or None when it is a bug."""
    if isinstance(error, PersonalDataError):
        return translate("Errors", "Dette ser ut som en personopplysning (for eksempel fødselsnummer, "
                         "telefonnummer eller e-post), og kan ikke lagres. Fjern det og prøv igjen.")
    text = told(error)
    if isinstance(error, sqlite3.DatabaseError | OSError):
        if isinstance(error, sqlite3.OperationalError) and "locked" in text.lower():
            return translate("Errors", "Databasen er opptatt (kanskje er frontdesk åpent et annet sted, eller en "
                             "sikkerhetskopi kjører). Vent litt og prøv igjen.")
        return translate("Errors", "Kunne ikke lese eller skrive besøksloggen: %1").replace("%1", text)
    if isinstance(error, TextError | ValueError):  # refusals of what was typed or chosen
        return text
    return None


class StoreErrorReporter(QObject):
    """Runs a call into the core and shows what went wrong instead of raising."""

    def __init__(self, parent_widget: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._parent_widget = parent_widget

    def attempt(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except Exception as error:
            message = friendly_message(error)
            if message is None:
                raise
            log.warning("refused: %s", type(error).__name__)  # never the value itself
            show_message(self._parent_widget(), translate("Errors", "Kunne ikke lagre"), message)
            return None


class ExceptionDialog:
    """sys.excepthook for the running app: log the traceback, show a short dialog, keep running."""

    def __init__(self, parent_widget: Callable[[], QWidget | None], log_file: Path | None) -> None:
        self._parent_widget = parent_widget
        self._log_file = log_file

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        text = translate("Errors", "Noe uventet gikk galt. Det du holdt på med er kanskje ikke fullført, men "
                         "programmet kjører videre.")
        if self._log_file is not None:
            details = translate("Errors", "Detaljer for IT-støtte ligger i loggfilen: %1")
            text += "\n\n" + details.replace("%1", str(self._log_file))
        show_message(self._parent_widget(), translate("Errors", "Uventet feil"), text, QMessageBox.Icon.Critical)
