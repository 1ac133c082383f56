"""The window's handout actions: print the open guide's handout for the citizen, or save it as PDF.

The handout is made by the core (knowledge/handouts.py) and laid out on A4 by :mod:`frontdesk.ui.handout`;
this class asks the clerk what the window must ask (the printer, the file name) and says what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMainWindow

from frontdesk.knowledge.handouts import HandoutLanguageError, build_handout, handout_html
from frontdesk.knowledge.local_facts import LocalFacts
from frontdesk.knowledge.model import Guide
from frontdesk.ui.errors import show_message, told
from frontdesk.ui.handout import configure_printer, handout_document, save_pdf
from frontdesk.ui.services import Services


class HandoutActions(QObject):
    """"Skriv ut for innbygger": on paper or as PDF, in the language chosen from the guide's print button."""

    def __init__(self, services: Services, facts: Callable[[], LocalFacts], window: QMainWindow) -> None:
        super().__init__(window)
        self._services = services
        self._facts = facts  # the centre's local facts as they are on disk now
        self._window = window

    def document(self, guide: Guide, language: str) -> QTextDocument | None:
        """The citizen's handout in ``language``, or None after telling the clerk the guide has none in it."""
        try:
            handout = build_handout(guide, language, self._facts(),
                                    str(self._services.settings.get("centre_name") or ""),
                                    self._services.now().date())
        except HandoutLanguageError as error:
            # The message quotes the guide's title: shown as text, whatever it contains.
            box = show_message(self._window, self.tr("Skriv ut for innbygger"), told(error))  # in the window's language
            box.setTextFormat(Qt.TextFormat.PlainText)
            return None
        return handout_document(handout_html(handout))

    def print(self, guide: Guide, language: str = "nb") -> None:
        document = self.document(guide, language)
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Skriv ut for innbygger"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document.print_(printer)

    def save_pdf(self, guide: Guide, path: Path | None = None, language: str = "nb") -> Path | None:
        document = self.document(guide, language)
        if document is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._window, self.tr("Lagre som PDF"), str(Path.home() / f"{guide.id}-{language}.pdf"),
                self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            save_pdf(document, path)
        except OSError:
            show_message(self._window, self.tr("Lagre som PDF"), self.tr(
                "PDF-en kunne ikke lagres i %1. Velg en mappe du kan skrive i, for eksempel Dokumenter.")
                .replace("%1", str(path.parent)))
            return None
        self._window.statusBar().showMessage(self.tr("Lagret %1").replace("%1", str(path)), 5000)
        return path
