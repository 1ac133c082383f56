"""The composition root: config → logging → taxonomy, visit store, settings, knowledge base → Qt window.

Everything is built here and passed down by constructor; the window holds no business logic.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.knowledge.pack_folders import clean_at_start
from frontdesk.logsetup import setup_logging
from frontdesk.supervisor import SupervisorGuard
from frontdesk.ui.errors import ExceptionDialog
from frontdesk.ui.first_day import set_up_at_first_start
from frontdesk.ui.i18n import install_translators
from frontdesk.ui.instance import SingleInstance
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services
from frontdesk.ui.zoom import FontZoom
from frontdesk.visits.backup import CHECK_EVERY
from frontdesk.visits.first_day import needs_setup
from frontdesk.visits.storage import DatabaseError, os_storage_error, unreadable_home
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

translate = QCoreApplication.translate  # a plain name lupdate recognises

log = logging.getLogger("frontdesk.app")


def build_services(config: Config) -> Services:
    """Open the core for the window. Raises sqlite3 errors (a locked database) and DatabaseError (a damaged
    database that couldn't be recovered, a folder that can't be read or written) for the caller."""
    problem = unreadable_home(config.home)
    if problem is not None:
        raise problem
    try:
        config.ensure_home()
    except OSError as exc:
        raise os_storage_error(exc, config.home) from exc
    clean_at_start(config.packs_dir)  # what a guide-pack import that was killed left behind
    taxonomy = Taxonomy.load(config)
    agencies = AgencyRegistry.load(config.data_dir)
    # The visit log checks referrals against the knowledge base's agencies; neither package imports the other.
    store = VisitStore.open(config, taxonomy, agencies=agencies.agencies)
    settings = store.settings
    folder = str(settings.get("guides_folder") or "")
    local_folder = Path(folder).expanduser() if folder else None
    knowledge = KnowledgeBase.from_config(config, categories=taxonomy.ids(), local_folder=local_folder)
    return Services(config=config, knowledge=knowledge, taxonomy=taxonomy, store=store, settings=settings,
                    guard=SupervisorGuard(store.db, legacy_file=config.supervisor_path),
                    log_file=setup_logging(config.log_dir),
                    local_guides_folder=local_folder)


def application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("frontdesk")
    app.setApplicationDisplayName("frontdesk")
    app.setOrganizationName("frontdesk")
    return app


def run(config: Config) -> int:
    log_file = setup_logging(config.log_dir)
    app = application()
    icon = config.data_dir / "icons" / "frontdesk.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    instance = SingleInstance(config.home)
    if not instance.acquire():
        if instance.notify_running():  # the open window comes forward; this start has nothing more to do
            log.info("already running: asked the open window to come forward")
            return 0
        QMessageBox.information(None, "frontdesk", translate("App",
            "frontdesk er allerede åpent på denne maskinen. Bruk vinduet som er åpent (se oppgavelinjen)."))
        return 1
    try:
        try:
            services = build_services(config)
        except (sqlite3.Error, DatabaseError) as error:
            log.exception("could not open the visit log")
            locked = "database is locked" in str(error).lower()  # the core wraps SQLite's message
            QMessageBox.critical(None, "frontdesk", translate("App",
                "Besøksloggen er låst av et annet program. Lukk det andre programmet og start frontdesk på nytt."
            ) if locked else translate("App", "Besøksloggen kunne ikke åpnes: %1").replace("%1", str(error)))
            return 1
        language = str(services.settings.get("language"))
        translators = install_translators(app, language)
        zoom = FontZoom(app, float(services.settings.get("font_scale")),
                        lambda scale: services.settings.set("font_scale", scale))
        windows: list[MainWindow] = []
        ExceptionDialog(lambda: windows[0] if windows else None, log_file).install()  # the set-up too
        if needs_setup(services.settings):  # a new install, or one still named like every new install
            translators = set_up_at_first_start(app, services, language, translators,
                                                instance.activationRequested.connect)
            language = str(services.settings.get("language"))
        window = MainWindow(services, zoom, language)
        windows.append(window)
        # The window stays open all day: a backup when the log opens is not enough (see visits.backup).
        backups = QTimer(window)
        backups.timeout.connect(lambda: services.store.backup_if_due())
        backups.start(int(CHECK_EVERY.total_seconds() * 1000))
        instance.activationRequested.connect(window.bring_to_front)
        window.show()
        log.info("started")
        code = app.exec()
        services.store.close()
        del translators
        return int(code)
    finally:
        instance.release()
