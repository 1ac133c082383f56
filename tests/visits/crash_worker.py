"""Logs visits as fast as it can and prints each id once add() has returned; killed by test_crash.py.

Usage: python crash_worker.py HOME

The log is opened the way the app opens it (with recovery), and a recovery it reports is printed first, as
``recovered <reason> <salvaged>``. A backup is made every BACKUP_EVERY visits (the app makes one an hour), so
a restore has recent visits to put back.
"""

from __future__ import annotations

import sys
from pathlib import Path

from frontdesk.config import Config, bundled_data_dir
from frontdesk.visits.backup import make_backup
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

CATEGORIES = ("login.minid", "nav.meldekort", "skatt.skattemelding", "digital.epost", "kommune.barnehage")
BACKUP_EVERY = 25


def main(home: Path) -> None:
    taxonomy = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)
    config = Config.from_env(home)
    with VisitStore.open(config, taxonomy) as store:
        if store.recovery is not None:
            sys.stdout.write(f"recovered {store.recovery.reason} {store.recovery.salvaged}\n")
            sys.stdout.flush()
        number = 0
        while True:
            visit = store.add(CATEGORIES[number % len(CATEGORIES)], station="crash-test", channel="in_person",
                              outcome="solved" if number % 2 else None)
            # Printed only after add() returned: every id the parent reads must be on disk.
            sys.stdout.write(visit.id + "\n")
            sys.stdout.flush()
            if number % 10 == 9:
                store.settings.set("centre_name", f"Testsenter {number % 3}")
            if number % BACKUP_EVERY == BACKUP_EVERY - 1:
                make_backup(store.db.conn, config.backup_dir)
            number += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
