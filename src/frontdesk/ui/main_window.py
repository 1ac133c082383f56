"""The main window: search on the left, the guide in the middle, the visit log always visible on the right.

It lays the panels out and wires them to the core, and reacts to what the dialogs it opens change. The menus
and shortcuts (main_menus), the status bar (window_status) and the handouts (handout_actions) are its parts;
the panels do the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.local_facts import LocalFacts, LocalFactsStore
from frontdesk.knowledge.local_values import LocalValues, LocalValuesError
from frontdesk.knowledge.model import Guide
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.central_push import ScheduledPush
from frontdesk.ui.errors import StoreErrorReporter, show_message
from frontdesk.ui.first_day import FirstDayDialog, first_day_dialog
from frontdesk.ui.guide_view import GuideView, display_title
from frontdesk.ui.handout_actions import HandoutActions
from frontdesk.ui.knowledge_worker import KnowledgeService, Snapshot
from frontdesk.ui.link_confirmation import confirm_external_link
from frontdesk.ui.local_editors import LocalEditors
from frontdesk.ui.main_menus import MainMenus, MenuCommands
from frontdesk.ui.pack_import import PackImporter
from frontdesk.ui.problems_dialog import ProblemsDialog
from frontdesk.ui.search_panel import SearchPanel
from frontdesk.ui.services import Services
from frontdesk.ui.settings_dialog import SettingsDialog
from frontdesk.ui.sync_status import SyncController, SyncStatusLabel
from frontdesk.ui.visit_panel import VisitContext, VisitPanel
from frontdesk.ui.visit_widgets import VisitScroll
from frontdesk.ui.widgets import resize_within_screen
from frontdesk.ui.window_status import WindowStatus
from frontdesk.ui.zoom import FontZoom
from frontdesk.visits.model import Visit

UrlOpener = Callable[[QUrl], bool]


class MainWindow(QMainWindow):
    def __init__(self, services: Services, zoom: FontZoom, language: str,
                 open_url: UrlOpener = QDesktopServices.openUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.zoom = zoom
        self.language = language
        self.open_url = open_url
        self.registry: AgencyRegistry = services.knowledge.registry
        self.errors = StoreErrorReporter(lambda: self)
        self.setObjectName("frontdeskMain")
        self._update_title()

        self.knowledge = KnowledgeService(services.knowledge, services.now().date(), self)
        self.local_facts = LocalFactsStore.open(
            services.config.data_dir, services.local_guides_folder or services.config.local_guides_dir)
        self.tasks = BackgroundTasks(self)
        self.sync = SyncController(services, language, self)
        self.pack_importer = PackImporter(services, self.tasks, self.knowledge, self, language)
        self.search = SearchPanel(self.knowledge, self.registry.name, language, self)
        self.guide_view = GuideView(self.registry, language, self)
        self.visit_scroll = VisitScroll(self)
        self.visit_panel = self._build_visit_panel()
        self.visit_scroll.setWidget(self.visit_panel)
        self.editors = LocalEditors(self, self)
        self.handouts = HandoutActions(services, lambda: self.facts(self.knowledge.snapshot.guides), self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.search)
        self.splitter.addWidget(self.guide_view)
        self.splitter.addWidget(self.visit_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        resize_within_screen(self, 1280, 800)
        self.splitter.setSizes([360, 560, 360])

        self.sync_label = SyncStatusLabel(self.sync, self)
        self.central_push = ScheduledPush(services, self.tasks,
                                          {a.id: a.names for a in self.registry.agencies.values()}, self)
        self.status = WindowStatus(self, self.show_problems, [self.sync_label, self.central_push.label])
        self.status.show_list_problems([*services.taxonomy.problems, *services.store.event_kinds.problems], language)
        self.sync.actionNeeded.connect(
            lambda text: show_message(self, self.tr("Delt mappe for besøkstall"), text))
        self.menus = MainMenus(self, MenuCommands(
            settings=self.show_settings, first_day=self.show_first_day, quit=self.close,
            focus_search=self.search.focus_search, zoom_in=zoom.zoom_in, zoom_out=zoom.zoom_out,
            zoom_reset=zoom.reset, find_category=lambda: self.visit_panel.focus_picker(),
            log_guide=self._log_current_guide, undo_visit=lambda: self.visit_panel.undo(),
            log_event=lambda: self.visit_panel.open_event_dialog(), print_handout=self._print_current,
            add_editor_entries=self.editors.add_menu_entries, reload_guides=self.knowledge.reload,
            problems=self.show_problems, import_pack=self.import_pack, reports=self.show_reports))
        self.search.matchesChanged.connect(self.status.show_matches)

        self.search.guideActivated.connect(self.open_guide)
        self.guide_view.relatedRequested.connect(self.open_guide)
        self.guide_view.externalLinkRequested.connect(self.confirm_external_link)
        self.guide_view.localFactRequested.connect(self.editors.customise)
        self.guide_view.logRequested.connect(self.log_guide)
        self.guide_view.printRequested.connect(self.handouts.print)
        self.guide_view.pdfRequested.connect(lambda guide, language: self.handouts.save_pdf(guide, language=language))
        self.knowledge.progress.connect(self.status.show_progress)
        self.knowledge.loaded.connect(self._on_loaded)
        self.knowledge.checked.connect(self._show_problem_count)
        self.knowledge.failed.connect(self._on_failed)
        self.pack_importer.busyChanged.connect(self._on_import_busy)
        self.knowledge.reload()
        self.search.focus_search()
        self.recovery_notice: QMessageBox | None = None
        if services.store.recovery is not None:  # the damaged log was replaced at start: say so, once
            QTimer.singleShot(0, self._show_recovery)

    # -- construction ------------------------------------------------------------------------------------
    def _build_visit_panel(self) -> VisitPanel:
        context = VisitContext(self.services.taxonomy, self.services.store, self.services.settings,
                               self.language, self.services.now,
                               {a.id: a.name for a in self.registry.agencies.values()})
        panel = VisitPanel(context, self.errors, self)
        panel.undoableChanged.connect(self._on_undoable)
        panel.logged.connect(lambda _visit: self.sync.visit_changed())
        panel.undone.connect(lambda _visit: self.sync.visit_changed())
        panel.eventsChanged.connect(self.sync.visit_changed)
        return panel

    def bring_to_front(self) -> None:
        """Another start of frontdesk asked for this window: show it, un-minimised, on top."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # where the system won't let a window take focus, the taskbar flashes

    def _show_recovery(self) -> None:
        recovery = self.services.store.recovery
        if recovery is not None:
            self.recovery_notice = show_message(self, self.tr("Besøksloggen er gjenopprettet"),
                                                recovery.message(self.language))

    def _update_title(self) -> None:
        # Qt adds " — frontdesk" (the application's display name) to every window title itself.
        centre = str(self.services.settings.get("centre_name") or "")
        self.setWindowTitle(centre or "frontdesk")

    def _on_undoable(self, visit: Visit | None) -> None:
        self.menus.show_undoable(self.services.taxonomy.label(visit.category, self.language)
                                 if visit is not None else None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.visit_panel.check_log()  # back from a terminal or another program: show what changed meanwhile

    # -- knowledge ---------------------------------------------------------------------------------------
    def _on_loaded(self, snapshot: Snapshot) -> None:
        self._show_problem_count(snapshot)
        current = self.guide_view.guide
        if current is not None:  # show the reloaded version of the open guide
            self.guide_view.show_guide(snapshot.guides.get(current.id), snapshot.guides, self.services.now().date(),
                                       self.facts(snapshot.guides))

    def _show_problem_count(self, snapshot: Snapshot) -> None:
        self.status.show_loaded(len(snapshot.errors) + len(snapshot.warnings))

    def _on_failed(self, what: str) -> None:
        text = (self.tr("Veiledningene kunne ikke lastes. Se loggfilen, og prøv «Last inn veiledninger på nytt».")
                if what == "load" else self.tr("Søket feilet. Prøv igjen, eller start programmet på nytt."))
        show_message(self, self.tr("Veiledninger"), text)

    def open_guide(self, guide_id: str) -> None:
        guides = self.knowledge.snapshot.guides
        guide = guides.get(guide_id)
        if guide is None:
            return
        self.guide_view.show_guide(guide, guides, self.services.now().date(), self.facts(guides))
        self.guide_view.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def facts(self, guides: dict[str, Guide]) -> LocalFacts:
        """The centre's local facts as they are on disk now (lokalt.yaml is read again when it changed). A file
        that can't be read shows every fact as not filled in, and says why in the status bar."""
        try:
            return self.local_facts.facts(guides)
        except LocalValuesError as error:
            self.statusBar().showMessage(self.tr("De lokale opplysningene kan ikke leses: %1").replace(
                "%1", error.describe(self.language)))
            return self.local_facts.facts(guides, LocalValues())

    def import_pack(self, path: Path | None = None) -> None:
        self.pack_importer.start(path)

    def _on_import_busy(self, busy: bool) -> None:
        self.menus.import_action.setEnabled(not busy)
        self.status.show_import_busy(busy)

    def show_problems(self) -> None:
        snapshot = self.knowledge.snapshot
        dialog = ProblemsDialog(snapshot.errors, snapshot.warnings, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- links -------------------------------------------------------------------------------------------
    def confirm_external_link(self, url: QUrl) -> QMessageBox:
        return confirm_external_link(self, self.registry, url, self.open_url)

    # -- visits ------------------------------------------------------------------------------------------
    def log_guide(self, guide: Guide) -> None:
        if guide.category and self.services.taxonomy.get(guide.category):
            self.visit_panel.log(self.services.taxonomy.resolve(guide.category), guide=guide)
        else:
            self.visit_panel.focus_picker()

    def _log_current_guide(self) -> None:
        if self.guide_view.guide is not None:
            self.log_guide(self.guide_view.guide)

    def rebuild_visit_panel(self) -> None:
        self.visit_panel = self._build_visit_panel()
        self.visit_scroll.setWidget(self.visit_panel)  # the old panel is deleted by the scroll area
        self._on_undoable(None)

    # -- handouts ----------------------------------------------------------------------------------------
    def _print_current(self) -> None:
        """Ctrl+P (and Ctrl+Shift+P): the print menu, so the language, and paper or PDF, are chosen now."""
        if self.guide_view.guide is not None and self.guide_view.print_button.isEnabled():
            self.guide_view.print_button.showMenu()

    # -- dialogs -----------------------------------------------------------------------------------------
    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.services.settings, self.services.taxonomy, self.services.guard,
                                self.services.config.local_guides_dir, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reloadGuidesRequested.connect(self.knowledge.reload)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.changed_keys))
        dialog.open()
        return dialog

    def show_first_day(self) -> FirstDayDialog:
        dialog = first_day_dialog(self.services, self.language, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.changed_keys))
        dialog.open()
        return dialog

    def _settings_saved(self, changed: set[str]) -> None:
        if "font_scale" in changed:
            self.zoom.apply(float(self.services.settings.get("font_scale")), persist=False)
        if changed & {"station", "favourites", "dimensions", "default_channel", "default_mode"}:
            self.rebuild_visit_panel()
        if "station" in changed:
            self.sync.visit_changed()  # the other PCs learn the new name
        self._update_title()
        if changed & {"central_service", "municipality", "centre_name"}:
            self.central_push.configure()
        later = changed & {"language", "guides_folder"}
        if later:
            show_message(self, self.tr("Innstillinger lagret"),
                         self.tr("Endringen av språk eller veiledningsmappe gjelder fra neste gang du starter "
                                 "frontdesk."), QMessageBox.Icon.Information)

    def show_reports(self) -> None:
        from frontdesk.ui.reports_view import ReportsDialog  # only supervisors open it; keep start-up lean

        titles = {g.id: display_title(g, self.language) for g in self.knowledge.snapshot.guides.values()}
        dialog = ReportsDialog(self.services, self.tasks, self.language, titles, self, sync=self.sync)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.knowledge.shutdown()
        self.sync.shutdown()
        self.tasks.shutdown()
        super().closeEvent(event)
