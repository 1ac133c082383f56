"""Logs visits as fast as it can and prints each id once add() has returned; killed by test_crash.py.

Usage: python crash_worker.py DATABASE BACKUP_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from frontdesk.config import bundled_data_dir
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

CATEGORIES = ("login.minid", "nav.meldekort", "skatt.skattemelding", "digital.epost", "kommune.barnehage")


def main(database: Path, backups: Path) -> None:
    taxonomy = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)
    with VisitStore(database, taxonomy, backups) as store:
        number = 0
        while True:
            visit = store.add(CATEGORIES[number % len(CATEGORIES)], station="crash-test", channel="in_person",
                              outcome="solved" if number % 2 else None)
            # Printed only after add() returned: every id the parent reads must be on disk.
            sys.stdout.write(visit.id + "\n")
            sys.stdout.flush()
            if number % 10 == 9:
                store.settings.set("centre_name", f"Testsenter {number % 3}")
            number += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
