"""The main window's status bar: how many guides there are or matched, the progress of loading guides or
importing a guide pack, and buttons to the guide problems and to the skipped entries of the municipality's own
lists (``categories.yaml``, ``event_kinds.yaml``) when there are any.

The sync and central-push words sit at its right end; their own modules keep them up to date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton, QWidget

from frontdesk.i18n import Text
from frontdesk.ui.errors import show_message
from frontdesk.ui.search_panel import RESULT_LIMIT


class WindowStatus(QObject):
    """The status bar's own parts, filled from what the window hears from the knowledge base and the search."""

    def __init__(self, window: QMainWindow, show_problems: Callable[[], object],
                 others: list[QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._bar = window.statusBar()
        self.progress = QProgressBar(window)
        self.progress.setAccessibleName(self.tr("Laster veiledninger"))
        self.progress.setMaximumWidth(200)
        self.progress.setFormat(self.tr("Laster veiledninger … %p %"))
        self.problems_button = QPushButton(window)
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName(self.tr("Vis veiledningsproblemer"))
        self.problems_button.clicked.connect(lambda _checked=False: show_problems())
        self.problems_button.hide()
        self.lists_button = QPushButton(window)
        self.lists_button.setFlat(True)
        self.lists_button.setAccessibleName(self.tr("Vis feil i lokale lister"))
        self.lists_button.clicked.connect(lambda _checked=False: self._show_list_problems())
        self.lists_button.hide()
        self._list_problems: list[str] = []
        self.guide_count = QLabel(window)
        self.guide_count.setAccessibleName(self.tr("Antall veiledninger og treff"))
        self._bar.addWidget(self.guide_count)
        for widget in (self.progress, self.problems_button, self.lists_button, *others):
            self._bar.addPermanentWidget(widget)

    def show_matches(self, shown: int, total: int) -> None:
        """``shown`` of ``total`` guides matched the search; below 0 when the search box is empty."""
        if shown < 0:
            text = self.tr("Veiledninger: %n", "", total)
        elif shown >= RESULT_LIMIT:
            text = self.tr("De %1 beste treffene av %n veiledninger", "", total).replace("%1", str(shown))
        else:
            text = self.tr("Treff: %1 av %n veiledninger", "", total).replace("%1", str(shown))
        self.guide_count.setText(text)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(done < total)

    def show_loaded(self, problems: int) -> None:
        """The guides are loaded; ``problems`` of them are broken or have warnings."""
        self.progress.hide()
        self.problems_button.setText(self.tr("Veiledningsproblemer: %n", "", problems))
        self.problems_button.setVisible(problems > 0)

    def show_import_busy(self, busy: bool) -> None:
        if busy:
            self.progress.setRange(0, 0)
            self.progress.show()
            self._bar.showMessage(self.tr("Importerer veiledningspakke …"))
        else:
            self.progress.hide()
            self._bar.clearMessage()

    def show_list_problems(self, problems: Sequence[Text], language: str) -> None:
        """Entries of the municipality's own lists that were skipped: the counter works without them, and whoever
        keeps the files learns what to fix."""
        self._list_problems = [problem.get(language) for problem in problems]
        self.lists_button.setText(self.tr("Feil i lokale lister: %n", "", len(problems)))
        self.lists_button.setVisible(bool(problems))

    def _show_list_problems(self) -> None:
        lead = self.tr("Disse oppføringene i kommunens egne lister er hoppet over. Rett filen og start frontdesk "
                       "på nytt.")
        show_message(self._window, self.tr("Feil i lokale lister"), "\n\n".join([lead, *self._list_problems]))
