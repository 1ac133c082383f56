"""A varied visit log for comparing central and local figures, logged through the real ``VisitStore``."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.model import Channel, Duration, HelpMode, Outcome
from frontdesk.visits.store import VisitStore

FIRST_DAY = date(2025, 11, 1)
DAYS = 395  # to 2026-11-30


def fill(store: VisitStore, count: int, *, seed: int, stations: tuple[str, ...] = ("skranke-1", "skranke-2"),
         ) -> None:
    """``count`` visits over a year, every optional value sometimes missing, retired categories before they
    retired (so reports count them under their replacement)."""
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
                  duration=rng.choice([None, *Duration]))
