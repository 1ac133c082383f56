"""Cold starts compared with a bare interpreter start in the same run.

- ``frontdesk search`` as a fresh process: in a home that has been used, and in an empty one (the very first
  start). Both read and index every guide.
- The desktop window, offscreen, from process start until the search box is visible, focused and answers a
  query (:mod:`benchmarks.gui_probe`), in an existing home and in an empty one.

Each command runs once unmeasured first so every one is measured with a warm OS file cache; medians of
``repeats`` runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.measure import median, timed_ms

BARE = "python -c pass"
SEARCH = [sys.executable, "-m", "frontdesk", "search", "bankid", "--json"]
GUI = [sys.executable, "-m", "benchmarks.gui_probe"]
REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class StartupResult:
    what: str
    median_ms: float
    ratio_to_bare_python: float


def _run(args: list[str], home: str, check_output: bool = False) -> None:
    env = {**os.environ, "FRONTDESK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(args, env=env, cwd=REPO, check=True, capture_output=True, text=True)
    if check_output and not json.loads(done.stdout.strip().splitlines()[-1])["usable"]:
        raise RuntimeError("the window did not become usable")


def _median_run(args: list[str], repeats: int, home: Callable[[], str], check: bool = False) -> float:
    _run(args, home(), check)  # warm the OS file cache
    return median([timed_ms(lambda: _run(args, home(), check)) for _ in range(repeats)])


def run_startup_benchmarks(repeats: int = 5, gui: bool = True) -> list[StartupResult]:
    with tempfile.TemporaryDirectory() as tmp:
        kept = str(Path(tmp) / "kept")
        counter = iter(range(1_000_000))

        def fresh() -> str:
            return str(Path(tmp) / f"fresh-{next(counter)}")

        timings = {
            BARE: _median_run([sys.executable, "-c", "pass"], repeats, lambda: kept),
            "frontdesk --help": _median_run([sys.executable, "-m", "frontdesk", "--help"], repeats, lambda: kept),
            "frontdesk search bankid --json": _median_run(SEARCH, repeats, lambda: kept),
            "frontdesk search bankid --json (empty home)": _median_run(SEARCH, repeats, fresh),
        }
        if gui:
            timings["GUI: start to usable search box (offscreen)"] = _median_run(GUI, repeats, lambda: kept, True)
            timings["GUI: same, empty home (first start)"] = _median_run(GUI, repeats, fresh, True)
    bare = timings[BARE]
    return [StartupResult(name, ms, ms / bare) for name, ms in timings.items()]


def startup_table(results: list[StartupResult]) -> str:
    lines = ["| command | median ms | × bare python |", "|---|---:|---:|"]
    lines += [f"| `{r.what}` | {r.median_ms:.0f} | {r.ratio_to_bare_python:.1f} |" for r in results]
    return "\n".join(lines)
