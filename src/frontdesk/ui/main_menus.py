"""The main window's menu bar and window-wide shortcuts, and the F1 list of those shortcuts.

Each entry calls one of the window's commands, passed in as :class:`MenuCommands`: this module decides only
where an entry goes, what it says and which keys reach it. The keys work wherever the focus is in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from frontdesk.ui.errors import show_message

Command = Callable[[], object]


@dataclass(frozen=True)
class MenuCommands:
    """What the menus ask the window to do."""

    settings: Command
    first_day: Command
    quit: Command
    focus_search: Command
    zoom_in: Command
    zoom_out: Command
    zoom_reset: Command
    find_category: Command
    log_guide: Command
    undo_visit: Command
    log_event: Command
    print_handout: Command
    add_editor_entries: Callable[[QMenu], None]  # the local guide editors' entries
    reload_guides: Command
    problems: Command
    import_pack: Command
    reports: Command


class MainMenus(QObject):
    """Fil, Vis, Besøk, Veiledninger, Rapporter and Hjelp, with their shortcuts."""

    def __init__(self, window: QMainWindow, commands: MenuCommands) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.addAction(self._action(self.tr("&Innstillinger …"), commands.settings, "Ctrl+,"))
        file_menu.addAction(self._action(self.tr("&Sett opp skranken …"), commands.first_day))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Avslutt"), commands.quit, "Ctrl+Q"))
        view = bar.addMenu(self.tr("&Vis"))
        view.addAction(self._action(self.tr("&Søk"), commands.focus_search, "Ctrl+K", "Ctrl+F", "Esc"))
        view.addSeparator()
        view.addAction(self._action(self.tr("Stø&rre tekst"), commands.zoom_in, "Ctrl++", "Ctrl+="))
        view.addAction(self._action(self.tr("&Mindre tekst"), commands.zoom_out, "Ctrl+-"))
        view.addAction(self._action(self.tr("&Vanlig tekststørrelse"), commands.zoom_reset, "Ctrl+0"))
        visits = bar.addMenu(self.tr("&Besøk"))
        visits.addAction(self._action(self.tr("&Finn kategori"), commands.find_category, "Ctrl+J"))
        visits.addAction(self._action(self.tr("&Logg denne hjelpen"), commands.log_guide, "Ctrl+L"))
        self.undo_action = self._action(self.tr("&Angre siste besøk"), commands.undo_visit, "Ctrl+Z")
        visits.addAction(self.undo_action)
        visits.addSeparator()
        visits.addAction(self._action(self.tr("Logg &kurs eller arrangement …"), commands.log_event, "Ctrl+E"))
        guides = bar.addMenu(self.tr("V&eiledninger"))
        guides.addAction(self._action(self.tr("Skriv &ut for innbygger …"), commands.print_handout, "Ctrl+P",
                                      "Ctrl+Shift+P"))
        guides.addSeparator()
        commands.add_editor_entries(guides)
        guides.addSeparator()
        guides.addAction(self._action(self.tr("Last inn veiledninger på &nytt"), commands.reload_guides, "F5"))
        guides.addAction(self._action(self.tr("Veilednings&problemer …"), commands.problems))
        guides.addSeparator()
        self.import_action = self._action(self.tr("&Importer veiledningspakke …"), commands.import_pack)
        guides.addAction(self.import_action)
        reports = bar.addMenu(self.tr("&Rapporter"))
        reports.addAction(self._action(self.tr("&Rapporter …"), commands.reports, "Ctrl+R"))
        help_menu = bar.addMenu(self.tr("&Hjelp"))
        help_menu.addAction(self._action(self.tr("&Tastatursnarveier"), self.show_shortcuts, "F1"))
        self.show_undoable(None)

    def _action(self, text: str, slot: Command, *keys: QKeySequence | str) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def show_undoable(self, label: str | None) -> None:
        """The Besøk menu says what Ctrl+Z undoes now: the category ``label``, or the last visit."""
        self.undo_action.setText(self.tr("&Angre «%1»").replace("%1", label.replace("&", "&&")) if label is not None
                                 else self.tr("&Angre siste besøk"))

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+K / Ctrl+F / Esc", self.tr("Gå til søkefeltet")),
            ("↑ / ↓, Enter", self.tr("Velg og åpne en veiledning")),
            ("Ctrl+1 … Ctrl+9", self.tr("Logg en favorittkategori")),
            ("Ctrl+J", self.tr("Finn en annen kategori")),
            ("Ctrl+L", self.tr("Logg hjelpen i den åpne veiledningen")),
            ("Ctrl+Z", self.tr("Angre siste logging")),
            ("Ctrl+E", self.tr("Logg kurs eller arrangement")),
            ("Ctrl+P", self.tr("Skriv ut for innbygger")),
            ("Ctrl++ / Ctrl+- / Ctrl+0", self.tr("Større, mindre eller vanlig tekst")),
            ("Ctrl+R", self.tr("Rapporter")),
            ("F5", self.tr("Last inn veiledninger på nytt")),
        ]
        text = "<table>" + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        show_message(self._window, self.tr("Tastatursnarveier"), text + "</table>", QMessageBox.Icon.Information)
