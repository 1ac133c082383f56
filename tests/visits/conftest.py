"""Fixtures for the visit log: the bundled taxonomy and a store on a real SQLite file in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

# The agency ids referred_to may name; the app and the CLI pass them in the same way.
AGENCIES = tuple(AgencyRegistry.load(bundled_data_dir()).agencies)


@pytest.fixture
def taxonomy() -> Taxonomy:
    return Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)


@pytest.fixture
def store(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[VisitStore]:
    with VisitStore(tmp_path / "visits.sqlite3", taxonomy, tmp_path / "backups", agencies=AGENCIES) as opened:
        yield opened
