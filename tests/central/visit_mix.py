"""A varied visit and event log for comparing central and local figures, logged through the real ``VisitStore``."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.model import AgeGroup, Channel, Duration, HelpMode, LanguageHelp, Outcome, RepeatVisit
from frontdesk.visits.store import VisitStore

FIRST_DAY = date(2025, 11, 1)
DAYS = 395  # to 2026-11-30


def fill(store: VisitStore, count: int, *, seed: int, stations: tuple[str, ...] = ("skranke-1", "skranke-2"),
         events: int = 0) -> None:
    """``count`` visits and ``events`` events over a year, every optional value sometimes missing, retired
    categories before they retired (so reports count them under their replacement). The PC's station is then
    renamed through ``stations``, as a counter renamed along the year: every row is this PC's own, so a push
    sends them all."""
    rng = random.Random(seed)
    agencies = sorted(AgencyRegistry.load(bundled_data_dir()).agencies)
    for _ in range(count):
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        category = rng.choice(store.taxonomy.active(day)).id
        outcome = rng.choice([None, *Outcome])
        store.add(category, station=rng.choice(stations), at=datetime(day.year, day.month, day.day,
                                                                      rng.randrange(8, 20), 15),
                  channel=rng.choice([None, *Channel]), mode=rng.choice([None, *HelpMode]), outcome=outcome,
                  referred_to=rng.choice(agencies) if outcome == Outcome.REFERRED else None,
                  guide_id=rng.choice([None, None, "nav-meldekort", "bankid-app"]),
                  duration=rng.choice([None, *Duration]), age_group=rng.choice([None, *AgeGroup]),
                  repeat_visit=rng.choice([None, *RepeatVisit]), language_help=rng.choice([None, *LanguageHelp]))
    for _ in range(events):
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        kinds = [kind.id for kind in store.event_kinds.active(day)]
        volunteers = rng.choice([0, 0, 1, 3])
        start = rng.choice([None, 10, 13, 18])
        store.events.add(rng.choice(kinds), station=rng.choice(stations), on=day,
                         participants=rng.randrange(0, 25), hours=rng.choice([None, 1, 1.5, 2.25]),
                         volunteers=volunteers, volunteer_hours=volunteers * rng.choice([0, 1.5, 2]), hour=start,
                         now=datetime(day.year, day.month, day.day, 20))  # logged that evening
    for station in stations:
        store.settings.set("station", station)  # each earlier name is recorded as this PC's own
