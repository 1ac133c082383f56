"""Shared fixtures. Every test runs with a fresh temporary home: no test touches real user data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a screen, on a pretend one the size of a common counter laptop's (1366 × 768), so a
# window that would not fit a real one fails a test.
os.environ.setdefault("QT_QPA_PLATFORM",
                      f"offscreen:configfile={Path(__file__).resolve().parent / 'laptop_screen.json'}")

REPO_ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ["tests.postgres"]  # the PostgreSQL server for tests marked `postgres`


@pytest.fixture(autouse=True)
def temp_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """FRONTDESK_HOME points at an empty folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FRONTDESK_HOME", str(home))
    yield home
