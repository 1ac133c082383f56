"""The issue's crash-safety bar: 200 SIGKILLs of a logging process, no acknowledged visit lost, integrity ok.

Marked slow: the quick suite runs test_crash.py's ~30 kills; CI runs everything, this included (~40 s).
FRONTDESK_CRASH_SEED=N replays a failing run (the seed is in the failure message).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.visits.taxonomy import Taxonomy
from tests.visits.test_crash import SEED, check_crash_loop

KILLS = 200


@pytest.mark.slow
def test_200_sigkills_lose_no_acknowledged_visit(tmp_path: Path, taxonomy: Taxonomy) -> None:
    check_crash_loop(tmp_path, taxonomy, kills=KILLS, seed=SEED)
