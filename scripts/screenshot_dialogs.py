"""The dialogs scripts/screenshots.py shows, each filled in as a counter would have it, and the PDF handout."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path

from screenshot_kit import CENTRE, OUT, compress, fill_centre_facts, shoot, wait_until

from frontdesk.knowledge.guide_draft import DraftFact, DraftSource
from frontdesk.knowledge.handouts import build_handout, handout_html
from frontdesk.knowledge.packs import build_pack, generate_key
from frontdesk.ui.first_day import FirstDayDialog
from frontdesk.ui.handout import write_pdf
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services

HANDOUT_GUIDE = "fastlege-bytte"  # steps, and the centre's phone and hours on the citizen's page


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


def shoot_editors(window: MainWindow) -> None:
    """«Tilpass veiledningene» at a fact with a wrong value typed, and a new local guide in the editor."""
    fill_centre_facts(window)
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
    form.title_en.setText("The out-of-hours doctor in Eksempel kommune")  # else a warning in every later shot
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




def shoot_first_day(services: Services, language: str, name: str) -> None:
    """«Sett opp skranken» as a new install shows it: a name suggested from the PC's name (a made-up one here,
    so the picture does not show the machine it was made on) and the starter favourites."""
    dialog = FirstDayDialog(services.settings, services.taxonomy, language, "skranke-resepsjon", from_pc=True)
    dialog.centre.setText(CENTRE)
    dialog.show()
    wait_until(dialog.isVisible)
    shoot(dialog, name)
    dialog.reject()


def shoot_handout_pdf(services: Services, window: MainWindow, language: str, name: str) -> None:
    """Page 1 of the PDF handout, made as `frontdesk guides handout --format pdf` makes it, as a PNG."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print(f"skipped {OUT / name}.png: pdftoppm not found (install poppler-utils)")
        return
    fill_centre_facts(window)
    guide = window.knowledge.snapshot.guides[HANDOUT_GUIDE]
    facts = window.facts(window.knowledge.snapshot.guides)
    made = build_handout(guide, language, facts, str(services.settings.get("centre_name")), date.today())
    target = OUT / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="frontdesk-handout-") as folder:
        pdf = Path(folder) / "handout.pdf"
        write_pdf(handout_html(made), pdf)
        subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(target.with_suffix(""))], check=True)
    compress(target)
    print(target)
