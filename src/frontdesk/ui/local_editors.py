"""The supervisor's editors in the window: «Tilpass veiledningene» and the local guide editor.

Each opening asks for the supervisor PIN once, when one is set (ui/pin_dialog.py); the dialog then works until
it is closed. After a save the window shows the result at once: the open guide with the new facts, or the
library reloaded (on the knowledge thread) with the new guide opened and searchable.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.guide_draft import GuideDraft, draft_from_guide, new_draft
from frontdesk.knowledge.local_facts import LocalFacts, LocalFactsStore
from frontdesk.knowledge.local_values import LocalValuesError
from frontdesk.knowledge.model import Guide
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import show_message
from frontdesk.ui.guide_editor import EditorContext, GuideEditorDialog
from frontdesk.ui.guide_view import GuideView, display_title
from frontdesk.ui.knowledge_worker import KnowledgeService, Snapshot
from frontdesk.ui.local_fact_rows import kind_names
from frontdesk.ui.local_facts_dialog import LocalFactsDialog
from frontdesk.ui.pin_dialog import PinDialog, with_supervisor_pin
from frontdesk.ui.services import Services


class EditorHost(Protocol):
    """What the editors use of the main window: a Protocol, so this module needs no import of the window."""

    language: str
    registry: AgencyRegistry
    services: Services
    knowledge: KnowledgeService
    local_facts: LocalFactsStore
    tasks: BackgroundTasks
    guide_view: GuideView

    def facts(self, guides: dict[str, Guide]) -> LocalFacts: ...


class LocalEditors(QObject):
    def __init__(self, window: QMainWindow, host: EditorHost) -> None:
        """``window``: the dialogs' parent and its status bar; ``host``: the same window's parts."""
        super().__init__(window)
        self._window = window
        self._host = host
        self.facts_dialog: LocalFactsDialog | None = None
        self.guide_editor: GuideEditorDialog | None = None
        self.pin_dialog: PinDialog | None = None
        self._open_when_loaded: str | None = None
        self.edit_action: QAction | None = None
        host.knowledge.loaded.connect(self._loaded)

    def add_menu_entries(self, menu: QMenu) -> None:
        """«Tilpass veiledningene», «Ny lokal veiledning» and, for the open guide, «Rediger lokal veiledning»
        or (a national guide) «Lag lokal kopi»."""
        menu.addAction(self.tr("&Tilpass veiledningene …")).triggered.connect(lambda _c=False: self.customise())
        menu.addAction(self.tr("Ny &lokal veiledning …")).triggered.connect(lambda _c=False: self.new_guide())
        self.edit_action = menu.addAction(self.tr("&Rediger lokal veiledning …"))
        self.edit_action.triggered.connect(lambda _c=False: self.edit_guide())
        menu.aboutToShow.connect(self.update_edit_action)
        self.update_edit_action()

    def update_edit_action(self) -> None:
        guide = self._host.guide_view.guide
        if self.edit_action is None:
            return
        self.edit_action.setEnabled(guide is not None)
        if guide is not None and not guide.is_local:
            self.edit_action.setText(self.tr("Lag lokal &kopi av «%1» …").replace(
                "%1", display_title(guide, self._host.language).replace("&", "&&")))
        else:
            self.edit_action.setText(self.tr("&Rediger lokal veiledning …"))

    # -- local facts -------------------------------------------------------------------------------------
    def customise(self, key: str | None = None) -> PinDialog | None:
        """«Tilpass veiledningene», at the fact ``key`` when given (an unfilled fact clicked in a guide)."""
        reason = self.tr("Å tilpasse veiledningene krever leder-PIN.")
        if key:
            fact = self._host.local_facts.catalogue(self._host.knowledge.snapshot.guides).get(key)
            reason = (self.tr("«%1» er ikke fylt ut for dette servicetorget.").replace("%1", fact.label if fact
                                                                                      else key)
                      + " " + self.tr("En leder kan fylle den inn; det krever leder-PIN."))
        self.pin_dialog = with_supervisor_pin(self._host.services.guard, self._window, reason,
                                              lambda: self._open_facts(key))
        return self.pin_dialog

    def _open_facts(self, key: str | None) -> None:
        window, host = self._window, self._host
        if self.facts_dialog is not None:  # already open: go to the fact there, never a second copy
            self.facts_dialog.raise_()
            if key:
                self.facts_dialog.open_at(key)
            return
        guides = host.knowledge.snapshot.guides
        try:
            facts = host.local_facts.facts(guides)
        except LocalValuesError as error:  # never overwrite a file we could not read
            box = show_message(window, self.tr("Tilpass veiledningene"), self.tr(
                "Fila med lokale opplysninger kan ikke leses, så den kan ikke endres her før den er rettet:")
                + f"\n\n{error.describe(host.language)}")
            box.setTextFormat(Qt.TextFormat.PlainText)
            return
        current = host.guide_view.guide
        dialog = LocalFactsDialog(host.local_facts, facts, guides, host.tasks,
                                  current.id if current is not None else None, window, host.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._facts_saved)
        dialog.finished.connect(self._facts_closed)
        self.facts_dialog = dialog
        dialog.open()
        if key:
            dialog.open_at(key)

    def _facts_closed(self) -> None:
        self.facts_dialog = None

    def _facts_saved(self) -> None:
        self._show_open_guide()
        self._window.statusBar().showMessage(self.tr("De lokale opplysningene er lagret."), 5000)

    def _show_open_guide(self, guide_id: str | None = None) -> None:
        host = self._host
        current = host.guide_view.guide
        wanted = guide_id or (current.id if current is not None else None)
        guides = host.knowledge.snapshot.guides
        if wanted is not None and wanted in guides:
            host.guide_view.show_guide(guides[wanted], guides, host.services.now().date(), host.facts(guides))

    # -- local guides ------------------------------------------------------------------------------------
    def new_guide(self) -> PinDialog | None:
        return self._edit(new_draft(self._host.services.now().date()), None)

    def edit_guide(self, guide: Guide | None = None) -> PinDialog | None:
        """Edit a local guide; for a national one, start a local copy that will replace it."""
        guide = guide or self._host.guide_view.guide
        if guide is None:
            show_message(self._window, self.tr("Rediger lokal veiledning"),
                         self.tr("Åpne veiledningen du vil endre (søk til venstre), og velg dette igjen."),
                         QMessageBox.Icon.Information)
            return None
        return self._edit(draft_from_guide(guide), guide)

    def _edit(self, draft: GuideDraft, origin: Guide | None) -> PinDialog | None:
        reason = self.tr("Å skrive og endre lokale veiledninger krever leder-PIN.")
        self.pin_dialog = with_supervisor_pin(self._host.services.guard, self._window, reason,
                                              lambda: self._open_editor(draft, origin))
        return self.pin_dialog

    def _open_editor(self, draft: GuideDraft, origin: Guide | None) -> None:
        window, host = self._window, self._host
        if self.guide_editor is not None:
            self.guide_editor.raise_()
            return
        language = host.language
        context = EditorContext(
            host.registry, [(c.id, c.label(language)) for c in host.services.taxonomy.active()],
            host.services.taxonomy.ids(), host.local_facts, lambda: host.knowledge.snapshot.guides,
            host.tasks, host.services.now().date(), language,
            str(host.services.settings.get("centre_name") or ""), kind_names())
        dialog = GuideEditorDialog(context, draft, origin, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._guide_saved)
        dialog.finished.connect(self._editor_closed)
        self.guide_editor = dialog
        dialog.open()

    def _editor_closed(self) -> None:
        self.guide_editor = None

    def _guide_saved(self, guide_id: str) -> None:
        """Reload on the knowledge thread; the saved guide opens (and is searchable) when that is done."""
        self._open_when_loaded = guide_id
        self._host.knowledge.reload()

    def _loaded(self, snapshot: Snapshot) -> None:
        guide_id, self._open_when_loaded = self._open_when_loaded, None
        if guide_id is not None and guide_id in snapshot.guides:
            self._show_open_guide(guide_id)
