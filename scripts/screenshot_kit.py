"""What scripts/screenshots.py shoots with: waiting for the window, saving a PNG, and a month of made-up visits.

Every visit and event here is made up and anonymous (categories, hours, counts), as the visit log only ever holds.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QWidget

from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
WINDOW_SIZE = (1280, 800)  # a counter laptop's screen; keeps the committed PNGs small
BUSY = ["login.bankid"] * 9 + ["login.minid"] * 7 + ["nav.meldekort"] * 6 + ["post.digital_postkasse"] * 4 + [
    "skatt.skattemelding"] * 5 + ["helse.helsenorge_innlogging"] * 3 + ["digital.passord"] * 4 + [
    "nav.brev_og_saker"] * 3 + ["stat.altinn", "stat.pass_id", "kommune.barnehage", "digital.smarttelefon"]
CENTRE = "Servicetorget i Eksempel kommune"
# What a supervisor fills in under «Tilpass veiledningene»: made-up, like the rest.
CENTRE_FACTS = {"senter.telefon": "22 33 44 55", "senter.apningstider": "man–fre 08.00–15.30, tors til 18.00"}


def wait_until(condition: Callable[[], bool], ms: int = 15_000) -> None:
    deadline = QDeadlineTimer(ms)
    while not condition() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(ms: int = 300) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def shoot(widget: QWidget, name: str) -> Path:
    """Save ``widget`` as OUT/<name>.png; a name such as "nn/settings" goes in that language's folder."""
    settle()
    path = OUT / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path), "PNG", 0)  # 0: the smallest file; PNG loses nothing at any level
    compress(path)
    print(path)
    return path


def compress(path: Path) -> None:
    """A window has a few hundred colours: pngquant (when installed) keeps them to 256 and halves the file."""
    pngquant = shutil.which("pngquant")
    if pngquant is not None:  # 98: the smaller file would not be smaller, and the PNG stays as it is
        subprocess.run([pngquant, "--force", "--skip-if-larger", "--speed", "1", "--strip", "--output",
                        str(path), str(path)], check=False)


def type_search(window: MainWindow, text: str) -> None:
    window.search.box.setText(text)
    wait_until(window.search.is_settled)


def open_first_hit(window: MainWindow, text: str) -> None:
    type_search(window, text)
    window.search.box.activated.emit()
    wait_until(lambda: window.guide_view.guide is not None)


def seed(services: Services) -> None:
    """About a month of anonymous visits, mostly in opening hours, so the reports have something to show."""
    services.settings.set("centre_name", CENTRE)
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


def fill_centre_facts(window: MainWindow) -> None:
    guides = window.knowledge.snapshot.guides
    for key, value in CENTRE_FACTS.items():
        window.local_facts.set_value(key, value, guides)
