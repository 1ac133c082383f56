"""The benchmark harness keeps working: tiny runs of every benchmark (marked slow: CI runs them after the
quick suite). Timings are never asserted here."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.corpus import query_set, real_guides, synthetic_corpus
from benchmarks.measure import percentile, rank_metrics
from benchmarks.search_bench import TYPING_MAX_MS, budget, budget_table, keystrokes, run_search_benchmarks, search_table


def test_synthetic_corpus_is_deterministic_and_keeps_real_guides() -> None:
    real = real_guides()
    first = synthetic_corpus(real, len(real) + 30)
    second = synthetic_corpus(real, len(real) + 30)
    assert [g.id for g in first] == [g.id for g in second]
    assert [g.body for g in first] == [g.body for g in second]
    assert first[: len(real)] == real
    assert len({g.id for g in first}) == len(real) + 30


def test_query_set_expects_existing_guides() -> None:
    ids = {g.id for g in real_guides()}
    queries = query_set()
    assert len(queries) >= 60
    assert {want for _, want in queries} <= ids


def test_rank_metrics() -> None:
    hit3, mrr = rank_metrics([["a", "b"], ["x", "y", "z", "b"], []], ["b", "b", "c"])
    assert hit3 == 1 / 3
    assert mrr == (1 / 2 + 1 / 4) / 3
    assert percentile([5.0, 1.0, 3.0], 50) == 3.0


@pytest.mark.slow
def test_tiny_run_covers_every_engine_and_corpus() -> None:
    results = run_search_benchmarks([len(real_guides()) + 20], repeats=1)
    assert {r.engine for r in results} == {"frontdesk", "tantivy", "sqlite-fts5", "rapidfuzz-scan"}
    assert {r.corpus for r in results} == {"real", f"synthetic-{len(real_guides()) + 20}"}
    for r in results:
        assert 0.0 <= r.hit_at_3 <= 1.0 and 0.0 <= r.mrr <= 1.0
        assert r.p95_ms >= r.p50_ms >= 0
        assert r.slowest_key_ms >= r.typing_p95_ms >= 0 or r.p95_ms > TYPING_MAX_MS  # the fast ones are typed into
    table = search_table(results)
    assert table.count("\n") == len(results) + 1
    assert len({line.count("|") for line in table.splitlines()}) == 1  # every row fills every column
    assert budget_table(results).count("\n") == 1 + 2  # header, rule, one row per corpus


def test_the_budget_grows_with_the_library() -> None:
    assert budget(83) == (1.0, None)
    assert budget(1000) == (2.0, None)
    assert budget(10_000) == (16.0, 50.0)


def test_keystrokes_replay_the_search_box_letter_by_letter() -> None:
    assert keystrokes("nav b") == ["n", "na", "nav", "nav ", "nav b"]
    assert keystrokes("") == []


@pytest.mark.slow
def test_visit_benchmark_smoke_run() -> None:
    from benchmarks.visits_bench import run_visit_benchmarks, visits_table

    results = run_visit_benchmarks(smoke=True)
    names = [r.what for r in results]
    assert names[0] == "durable visit insert, checkpointed (median)"
    assert any(name.startswith("bare insert, rollback journal") for name in names)  # the simpler design's price
    assert any(name.startswith("backup of the log") for name in names)
    assert any(name.startswith("month report") for name in names)
    assert any(name.startswith("XLSX export") for name in names)
    assert all(r.value_ms >= 0 for r in results)
    assert visits_table(results).count("\n") == len(results) + 1


def test_sync_benchmark_smoke_run_moves_every_visit_through_the_folder() -> None:
    from benchmarks.sync_bench import run_sync_benchmarks, sync_table

    results = run_sync_benchmarks(smoke=True)
    names = [r.what for r in results]
    assert names[0].startswith("first publish") and names[-1].startswith("one station's month files")
    firsts = [name for name in names if name.startswith("first collect,")]
    # 2 and 3 stations of 300 visits each, and one visit more at the first station, all collected by the hub
    assert firsts == ["first collect, 2 stations (601 visits)", "first collect, 3 stations (901 visits)"]
    assert all(r.value_ms >= 0 for r in results)
    assert sync_table(results).count("\n") == len(results) + 1


def test_fill_writes_the_requested_visits_into_the_real_schema(tmp_path: Path) -> None:
    import sqlite3

    from benchmarks.visits_bench import fill

    fill(tmp_path / "v.sqlite3", 500)
    with sqlite3.connect(tmp_path / "v.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM visit_counts").fetchone() == (500,)
        assert conn.execute("SELECT MIN(date) >= '2025-01-01', MAX(date) <= '2025-12-31' FROM visits").fetchone() \
            == (1, 1)


@pytest.mark.slow
def test_startup_run_measures_the_cli_and_the_window_against_bare_python() -> None:
    from benchmarks.startup_bench import BARE, run_startup_benchmarks, startup_table

    results = run_startup_benchmarks(repeats=1)  # raises when the window never becomes usable
    names = [r.what for r in results]
    assert names[0] == BARE and results[0].ratio_to_bare_python == 1.0
    assert sum("frontdesk search" in n for n in names) == 2
    assert sum(n.startswith("GUI") for n in names) == 2
    assert all(r.median_ms > 0 for r in results)
    assert startup_table(results).count("\n") == len(results) + 1


@pytest.mark.slow
def test_gui_probe_reports_a_usable_window_with_its_phases(tmp_path: Path) -> None:
    import json
    import os
    import subprocess

    from benchmarks.startup_bench import GUI, REPO

    env = {**os.environ, "FRONTDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(GUI, env=env, cwd=REPO, capture_output=True, text=True, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["usable"] is True
    phases = list(report["phases_ms"])
    assert phases == ["imports", "window shown", "box ready, guides loaded", "searchable"]
