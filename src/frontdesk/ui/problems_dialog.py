"""The "Veiledningsproblemer" list: guides that could not be loaded, and editorial warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from frontdesk.knowledge.model import Problem, Severity


class ProblemsDialog(QDialog):
    def __init__(self, errors: tuple[Problem, ...], warnings: tuple[Problem, ...], language: str = "nb",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Veiledningsproblemer"))
        self.resize(820, 420)
        intro = QLabel(self.tr(
            "Veiledninger med feil er hoppet over; resten virker som vanlig. Rett filen og velg "
            "«Last inn veiledninger på nytt». Advarsler betyr at veiledningen vises, men bør sjekkes."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Liste over veiledningsproblemer"))
        for problem in (*errors, *warnings):  # the message in the window's language; a warning says it is one
            text = problem.describe(language)
            shown = self.tr("Feil: %1").replace("%1", text) if problem.severity is Severity.ERROR else text
            self.list.addItem(QListWidgetItem(shown))
        if not errors and not warnings:
            self.list.addItem(self.tr("Ingen problemer funnet."))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
