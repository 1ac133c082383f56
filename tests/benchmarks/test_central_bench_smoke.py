"""The central database benchmark keeps working: a tiny run on the test server. Timings are never asserted."""

from __future__ import annotations

import pytest
from benchmarks.central_bench import run_central_benchmarks
from benchmarks.visits_bench import visits_table

pytestmark = pytest.mark.postgres


def test_tiny_run_measures_push_and_both_reports(server_dsn: str) -> None:
    """It makes and drops a database of its own (and checks central == local before timing anything)."""
    results = run_central_benchmarks(server_dsn, [400], repeats=1)
    assert [r.what.split(",")[0] for r in results] == [
        "first push (all new)", "push again (all there)",
        "month report", "month report", "month report", "year report", "year report", "year report"]
    assert "local SQLite, same data" in visits_table(results)
