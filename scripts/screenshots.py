"""Render the main screens to docs/screenshots/*.png for the README.

Runs the real window on the bundled guides with a throwaway home and a month of made-up anonymous visits and
courses, drop-in days and meetings.
Works offscreen (the default) or under Xvfb for a real window manager look:

    .venv/bin/python scripts/screenshots.py                 # offscreen
    xvfb-run -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from frontdesk.app import application, build_services
from frontdesk.config import Config
from frontdesk.knowledge.guide_draft import DraftFact, DraftSource
from frontdesk.knowledge.packs import build_pack, generate_key
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.ui.services import Services
from frontdesk.ui.zoom import FontZoom

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
BUSY = ["login.bankid"] * 9 + ["login.minid"] * 7 + ["nav.meldekort"] * 6 + ["post.digital_postkasse"] * 4 + [
    "skatt.skattemelding"] * 5 + ["helse.helsenorge_innlogging"] * 3 + ["digital.passord"] * 4 + [
    "nav.brev_og_saker"] * 3 + ["stat.altinn", "stat.pass_id", "kommune.barnehage", "digital.smarttelefon"]


def wait_until(condition: Callable[[], bool], ms: int = 15_000) -> None:
    deadline = QDeadlineTimer(ms)
    while not condition() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(ms: int = 300) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def seed(services: Services) -> None:
    """About a month of anonymous visits, mostly in opening hours, so the reports have something to show."""
    services.settings.set("centre_name", "Servicetorget i Eksempel kommune")
    # The optional questions are answered in the data (for the template) but not asked in the window shown.
    randomness = random.Random(7)
    now = datetime.now().replace(minute=0, second=0, microsecond=0)
    for days_back in range(1, 40):
        day = now - timedelta(days=days_back)
        if day.weekday() >= 5:
            continue
        for _ in range(randomness.randint(4, 14)):
            hour = randomness.choice([9, 9, 10, 10, 10, 11, 11, 12, 12, 13, 14, 14, 15])
            services.store.add(randomness.choice(BUSY), station="skranke-1",
                               channel=randomness.choice(["in_person"] * 8 + ["phone"]),
                               mode=randomness.choice(["guided"] * 5 + ["together", "on_behalf"]),
                               age_group=randomness.choice(["under_67", "67_plus", "67_plus"]),
                               repeat_visit=randomness.choice(["first"] * 3 + ["repeat", None]),
                               language_help=randomness.choice(["none"] * 6 + ["other_language", "interpreter"]),
                               at=day.replace(hour=hour))
        seed_events(services, day, randomness)


def seed_events(services: Services, day: datetime, randomness: random.Random) -> None:
    """A BankID course on Tuesdays, a drop-in day with volunteers on Thursdays, now and then a nettvett course."""
    log = services.store.events
    if day.weekday() == 1:
        log.add("bankid_kurs", station="skranke-1", on=day.date(), participants=randomness.randint(5, 11), hours=2,
                hour=10)
    if day.weekday() == 3:
        volunteers = randomness.randint(2, 4)
        log.add("drop_in", station="skranke-1", on=day.date(), participants=randomness.randint(12, 25), hours=3,
                volunteers=volunteers, volunteer_hours=3 * volunteers, hour=12)
    if day.day in (8, 22):
        log.add("nettvett", station="skranke-1", on=day.date(), participants=randomness.randint(8, 16), hours=1.5,
                hour=13)


def shoot(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def type_search(window: MainWindow, text: str) -> None:
    window.search.box.setText(text)
    wait_until(window.search.is_settled)


def shoot_event_dialog(window: MainWindow) -> None:
    """The event dialog just after a drop-in day was logged: the confirmation, and this month's events below."""
    dialog = window.visit_panel.open_event_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("nettvett"))
    dialog.start_hour.setCurrentIndex(dialog.start_hour.findData(10))
    dialog.participants.setValue(11)
    dialog.hours.setValue(1.5)
    dialog.log_event()
    dialog.kind.setCurrentIndex(dialog.kind.findData("drop_in"))
    dialog.start_hour.setCurrentIndex(dialog.start_hour.findData(12))
    dialog.participants.setValue(18)
    dialog.hours.setValue(3)
    dialog.volunteers.setValue(3)
    dialog.volunteer_hours.setValue(9)
    dialog.log_event()
    dialog.participants.setValue(9)  # the next one half typed in: a BankID course
    dialog.kind.setCurrentIndex(dialog.kind.findData("bankid_kurs"))
    dialog.hours.setValue(2)
    shoot(dialog, "event-dialog")
    dialog.accept()


def shoot_pack_import(window: MainWindow, services: Services, home: Path) -> None:
    """The PIN prompt (after a wrong PIN) and the change notice, with a pack of three bundled municipal guides."""
    source = home / "pack-source"
    source.mkdir()
    for guide in sorted(services.config.bundled_guides_dir.glob("kommune/*.md"))[:3]:
        # A pack is checked on its own, so links to guides outside it are left out here.
        lines = guide.read_text(encoding="utf-8").splitlines(keepends=True)
        (source / guide.name).write_text("".join(x for x in lines if not x.startswith("related:")), encoding="utf-8")
    key = home / "signing.key"
    (home / "trusted_keys.txt").write_text(generate_key(key) + "\n", encoding="utf-8")
    pack = home / "eksempel-kommune.zip"
    build_pack(source, key, pack, name="eksempel-kommune", version="2026.11",
               agencies=services.knowledge.registry.agencies)
    services.guard.set_pin("4826")
    pin = window.pack_importer.start(pack)
    assert pin is not None
    pin.pin.setText("1234")
    pin.check()
    shoot(pin, "pack-import-pin")
    pin.pin.setText("4826")
    pin.check()
    wait_until(lambda: window.pack_importer.notice is not None)
    notice = window.pack_importer.notice
    assert notice is not None
    shoot(notice, "pack-import-notice")
    notice.accept()


LEGEVAKT_BODY = """## Slik hjelper du
1. **Står det om liv?** Ring 113 med en gang.
2. Ellers ringer innbyggeren legevakten på **116 117** før hen drar dit.
3. Legevakten i kommunen ligger i {{adresse}}. Åpent for oppmøte: {{apningstider}}.

## Dette trenger innbyggeren
- En telefon.

## Vanlige problemer
- Vil møte opp uten å ringe først: be innbyggeren ringe 116 117.

## Hvis det ikke løser seg
- Servicetorget: {{senter.telefon}}.
"""
LEGEVAKT_HANDOUT = """Står det om livet? Ring 113.

Ellers: ring legevakten på 116 117 før du drar.

- Legevakten ligger i {{adresse}}
- Åpent for oppmøte: {{apningstider}}
- Spørsmål til servicetorget: {{senter.telefon}}
"""


def shoot_editors(window: MainWindow, services: Services) -> None:
    """«Tilpass veiledningene» at a fact with a wrong value typed, and a new local guide in the editor."""
    guides = window.knowledge.snapshot.guides
    window.local_facts.set_value("senter.telefon", "22 33 44 55", guides)
    window.local_facts.set_value("senter.apningstider", "man–fre 08.00–15.30, tors til 18.00", guides)
    window.open_guide("kommune-parkeringstillatelse")
    window.editors.customise("kommune-parkeringstillatelse.skjema")
    facts = window.editors.facts_dialog
    assert facts is not None
    facts.resize(860, 780)
    facts.facts["kommune-parkeringstillatelse.skjema"].edit.setText("www.eksempel.kommune.no/hc-kort")
    shoot(facts, "local-facts")
    facts.facts["kommune-parkeringstillatelse.skjema"].edit.clear()
    facts.reject()

    window.editors.new_guide()
    editor = window.editors.guide_editor
    assert editor is not None
    form = editor.form
    form.title.setText("Legevakten i Eksempel kommune")
    form.title_nn.setText("Legevakta i Eksempel kommune")
    form.summary.setText("Innbyggeren trenger legevakt og lurer på hvor den er og når den har åpent.")
    form.tags.setText("legevakt, legevakta, 116 117, akutt, out of hours doctor")
    form.category.setCurrentIndex(max(0, form.category.findData("helse.legevakt")))
    form.requires.setPlainText("En telefon")
    form.sources.add(DraftSource("Out-of-hours medical service (helsenorge.no)", "https://www.helsenorge.no/en/"
                                 "help-services-in-the-municipalities/out-of-hours-medical-service/",
                                 datetime.now().date(), None, True))
    form.facts.add(DraftFact("adresse", "text", "Legevaktens besøksadresse"))
    form.facts.add(DraftFact("apningstider", "hours", "Når legevakten har åpent for oppmøte"))
    form.body.setPlainText(LEGEVAKT_BODY)
    form.handouts["nb"].setPlainText(LEGEVAKT_HANDOUT)
    editor.refresh()
    editor.preview.follow("body")
    shoot(editor, "guide-editor")
    form.setCurrentIndex(3)
    editor.preview.follow("nb")
    shoot(editor, "guide-editor-handout")
    form.setCurrentIndex(1)
    shoot(editor, "guide-editor-sources")
    editor.save()
    wait_until(lambda: window.guide_view.guide is not None and window.guide_view.guide.id == editor.draft().id)
    editor.reject()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="frontdesk-shots-"))
    config = Config.from_env(home)
    app: QApplication = application()
    services = build_services(config)
    seed(services)
    zoom = FontZoom(app, 1.0, lambda _scale: None)

    window = MainWindow(services, zoom, "nb")
    window.resize(1360, 860)
    window.show()
    wait_until(lambda: bool(window.knowledge.snapshot.guides))
    shoot(window, "start")
    type_search(window, "glemt passord minid")
    window.search.box.activated.emit()
    wait_until(lambda: window.guide_view.guide is not None)
    window.visit_panel.log("login.minid")
    shoot(window, "guide-and-visit-logged")
    shoot_event_dialog(window)
    type_search(window, "banikd")
    shoot(window, "search-typo")
    type_search(window, "qwxyz")
    shoot(window, "no-hits")

    settings = window.show_settings()
    settings.resize(720, 820)
    shoot(settings, "settings")
    settings.reject()

    window.show_reports()
    reports = next(w for w in app.topLevelWidgets() if isinstance(w, ReportsDialog))
    previous = datetime.now().replace(day=1) - timedelta(days=1)
    reports.month.setCurrentIndex(reports.month.findData(previous.strftime("%Y-%m")))
    wait_until(lambda: reports.report_period is not None and not reports.working)  # counted on the pool
    for tab, name in ((0, "reports-table"), (1, "reports-chart"), (2, "reports-heatmap")):
        reports.tabs.setCurrentIndex(tab)
        shoot(reports, name)
    reports.tabs.setCurrentWidget(reports.template_table)
    wait_until(lambda: reports.template is not None and not reports.working)
    reports.template_table.scrollToBottom()  # the questions' and the events' rows
    shoot(reports, "reports-template")
    reports.reject()
    shoot_editors(window, services)
    shoot_pack_import(window, services, home)
    window.close()

    translators = install_translators(app, "en")
    english = MainWindow(services, zoom, "en")
    english.resize(1360, 860)
    english.show()
    wait_until(lambda: bool(english.knowledge.snapshot.guides))
    type_search(english, "tax return")
    english.search.box.activated.emit()
    wait_until(lambda: english.guide_view.guide is not None)
    shoot(english, "english")
    english.close()
    remove_translators(app, translators)

    # A dark, high-contrast palette: everything must follow it (no hard-coded colours).
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.AlternateBase, "#1a1a40"),
                         (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.Button, "#000000"),
                         (QPalette.ColorRole.ButtonText, "#ffff00"), (QPalette.ColorRole.Highlight, "#00ffff"),
                         (QPalette.ColorRole.HighlightedText, "#000000"), (QPalette.ColorRole.Link, "#7fbfff")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    contrast = MainWindow(services, zoom, "nb")
    contrast.resize(1360, 860)
    contrast.show()
    wait_until(lambda: bool(contrast.knowledge.snapshot.guides))
    type_search(contrast, "bankid")
    contrast.search.box.activated.emit()
    wait_until(lambda: contrast.guide_view.guide is not None)
    shoot(contrast, "high-contrast")
    contrast.close()
    services.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
