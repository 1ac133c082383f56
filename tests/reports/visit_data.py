"""Hand-made visit logs for report tests, logged through the real ``VisitStore``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

# A municipality's own file: a local group, and a retired category replaced through a chain.
LOCAL_CATEGORIES = """\
schema: 1
groups:
  bibliotek: {label_nb: Biblioteket, label_en: The library, kind: digital_skills}
categories:
  bibliotek.kurs: {label_nb: Datakurs, label_en: Computer class}
  kommune.gammel_skranke: {label_nb: Gammel skranke, label_en: Old counter, retired: 2026-01-01,
                           replaced_by: kommune.mellomledd}
  kommune.mellomledd: {label_nb: Mellomledd, label_en: Intermediate, retired: 2026-03-01,
                       replaced_by: kommune.kontakt}
"""


def taxonomy(home: Path) -> Taxonomy:
    local = home / "categories.yaml"
    local.write_text(LOCAL_CATEGORIES, encoding="utf-8")
    return Taxonomy.from_files(bundled_data_dir() / "categories.yaml", local)


def open_store(path: Path, taxonomy: Taxonomy) -> VisitStore:
    # Retention is run by the tests themselves (store.purge), so old test visits stay until they ask.
    agencies = AgencyRegistry.load(bundled_data_dir()).agencies
    return VisitStore(path, taxonomy, agencies=agencies, apply_retention=False)


def add(store: VisitStore, category: str, day: date, hour: int = 10, *, station: str = "skranke-1",
        times: int = 1, **dimensions: Any) -> None:
    for _ in range(times):
        store.add(category, station=station, at=datetime(day.year, day.month, day.day, hour, 30), **dimensions)
