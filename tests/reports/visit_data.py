"""Hand-made visit logs for report tests, written through the real visit schema."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from frontdesk.config import bundled_data_dir
from frontdesk.visits.schema import migrate, open_database
from frontdesk.visits.taxonomy import Taxonomy

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

_ids = itertools.count(1)


def taxonomy(home: Path) -> Taxonomy:
    local = home / "categories.yaml"
    local.write_text(LOCAL_CATEGORIES, encoding="utf-8")
    return Taxonomy.from_files(bundled_data_dir() / "categories.yaml", local)


def new_database(path: Path) -> Database:
    db = open_database(path)
    migrate(db)
    return db


def add(db: Database, category: str, day: date, hour: int = 10, *, station: str = "skranke-1", times: int = 1,
        **dimensions: Any) -> None:
    for _ in range(times):
        row = {"id": f"v{next(_ids)}", "station": station, "date": day.isoformat(), "hour": hour,
               "category": category, **dimensions}
        db.execute(f"INSERT INTO visits ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    db.conn.commit()
