"""Render the screens to docs/screenshots/*.png for the README and docs/ui.md, and a few of them again in
nynorsk (docs/screenshots/nn/) and English (docs/screenshots/en/).

Runs the real window on the bundled guides with a throwaway home and a month of made-up anonymous visits and
courses, drop-in days and meetings. The handout images are page 1 of a real PDF handout, turned into a PNG by
pdftoppm (poppler-utils); without it those images are skipped and the rest are made.
Works offscreen (the default) or under Xvfb for a real window manager look:

    .venv/bin/python scripts/screenshots.py                 # offscreen
    xvfb-run -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from screenshot_dialogs import shoot_editors, shoot_event_dialog, shoot_first_day, shoot_handout_pdf, shoot_pack_import
from screenshot_kit import OUT, WINDOW_SIZE, open_first_hit, seed, shoot, type_search, wait_until

from frontdesk.app import application, build_services
from frontdesk.config import Config
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.ui.services import Services
from frontdesk.ui.zoom import FontZoom

# What each language's subset searches for: the same MinID guide, typed as a clerk of that language would.
SEARCH = {"nb": "glemt passord minid", "nn": "gløymt passord minid", "en": "minid forgotten password"}


def open_window(services: Services, zoom: FontZoom, language: str) -> MainWindow:
    window = MainWindow(services, zoom, language)
    window.resize(*WINDOW_SIZE)
    window.show()
    wait_until(lambda: bool(window.knowledge.snapshot.guides))
    return window


def shoot_settings(window: MainWindow, name: str) -> None:
    settings = window.show_settings()  # at the size it opens at: the first tab, «Skranken»
    shoot(settings, name)
    settings.reject()


def open_reports(app: QApplication, window: MainWindow) -> ReportsDialog:
    """The reports for last month, counted (on the thread pool)."""
    window.show_reports()
    reports = next(w for w in app.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
    previous = datetime.now().replace(day=1) - timedelta(days=1)
    reports.month.setCurrentIndex(reports.month.findData(previous.strftime("%Y-%m")))
    wait_until(lambda: reports.report_period is not None and not reports.working)
    return reports


def shoot_bokmal(app: QApplication, services: Services, zoom: FontZoom, home: Path) -> None:
    window = open_window(services, zoom, "nb")
    shoot(window, "start")
    open_first_hit(window, SEARCH["nb"])
    window.visit_panel.log("login.minid")
    shoot(window, "guide-and-visit-logged")
    shoot_event_dialog(window)
    type_search(window, "banikd")
    shoot(window, "search-typo")
    type_search(window, "qwxyz")
    shoot(window, "no-hits")
    shoot_settings(window, "settings")
    shoot_first_day(services, "nb", "first-day")

    reports = open_reports(app, window)
    for tab, name in ((0, "reports-table"), (1, "reports-chart"), (2, "reports-heatmap")):
        reports.tabs.setCurrentIndex(tab)
        shoot(reports, name)
    reports.tabs.setCurrentWidget(reports.tabs.template_table)
    wait_until(lambda: reports.template is not None and not reports.working)
    reports.tabs.template_table.scrollToBottom()  # the questions' and the events' rows
    shoot(reports, "reports-template")
    reports.reject()
    shoot_editors(window)
    shoot_handout_pdf(services, window, "nb", "handout-pdf")
    shoot_pack_import(window, services, home)
    window.close()


def shoot_language(app: QApplication, services: Services, zoom: FontZoom, language: str) -> None:
    """The main window with a guide open and a visit logged, the settings, the reports' chart, the first start
    and the handout, in ``language`` (chosen in the settings, as a counter would)."""
    services.settings.set("language", language)
    translators = install_translators(app, language)
    window = open_window(services, zoom, language)
    open_first_hit(window, SEARCH[language])
    window.visit_panel.log("login.minid")
    shoot(window, f"{language}/guide-and-visit-logged")
    shoot_settings(window, f"{language}/settings")
    reports = open_reports(app, window)
    reports.tabs.setCurrentIndex(1)
    shoot(reports, f"{language}/reports-chart")
    reports.reject()
    shoot_first_day(services, language, f"{language}/first-day")
    shoot_handout_pdf(services, window, language, f"{language}/handout-pdf")
    window.close()
    remove_translators(app, translators)
    services.settings.set("language", "nb")


def shoot_english_tax_return(app: QApplication, services: Services, zoom: FontZoom) -> None:
    translators = install_translators(app, "en")
    english = open_window(services, zoom, "en")
    open_first_hit(english, "tax return")
    shoot(english, "english")
    english.close()
    remove_translators(app, translators)


def shoot_high_contrast(app: QApplication, services: Services, zoom: FontZoom) -> None:
    """A dark, high-contrast palette: everything must follow it (no hard-coded colours)."""
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.AlternateBase, "#1a1a40"),
                         (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.Button, "#000000"),
                         (QPalette.ColorRole.ButtonText, "#ffff00"), (QPalette.ColorRole.Highlight, "#00ffff"),
                         (QPalette.ColorRole.HighlightedText, "#000000"), (QPalette.ColorRole.Link, "#7fbfff")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    contrast = open_window(services, zoom, "nb")
    open_first_hit(contrast, "bankid")
    shoot(contrast, "high-contrast")
    contrast.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="frontdesk-shots-"))
    app: QApplication = application()
    services = build_services(Config.from_env(home))
    seed(services)
    zoom = FontZoom(app, 1.0, lambda _scale: None)
    shoot_bokmal(app, services, zoom, home)
    shoot_english_tax_return(app, services, zoom)
    for language in ("nn", "en"):
        shoot_language(app, services, zoom, language)
    shoot_high_contrast(app, services, zoom)  # last: the palette stays
    services.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
