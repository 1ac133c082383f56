"""Fixtures for the visit log: the bundled taxonomy and a store on a real SQLite file in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


@pytest.fixture
def taxonomy() -> Taxonomy:
    return Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)


@pytest.fixture
def store(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[VisitStore]:
    with VisitStore(tmp_path / "visits.sqlite3", taxonomy, tmp_path / "backups") as opened:
        yield opened
