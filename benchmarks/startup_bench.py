"""Cold start of ``frontdesk search`` compared with a bare interpreter start in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from benchmarks.measure import median, timed_ms


@dataclass(frozen=True)
class StartupResult:
    what: str
    median_ms: float
    ratio_to_bare_python: float


def _run(args: list[str], env: dict[str, str]) -> None:
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_startup_benchmarks(repeats: int = 5) -> list[StartupResult]:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "FRONTDESK_HOME": home}
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "frontdesk --help": [sys.executable, "-m", "frontdesk", "--help"],
            "frontdesk search bankid --json": [sys.executable, "-m", "frontdesk", "search", "bankid", "--json"],
        }
        timings = {}
        for name, args in commands.items():
            _run(args, env)  # warm the OS file cache so every command is measured alike
            timings[name] = median([timed_ms(lambda a=args: _run(a, env)) for _ in range(repeats)])
    bare = timings["python -c pass"]
    return [StartupResult(name, ms, ms / bare) for name, ms in timings.items()]


def startup_table(results: list[StartupResult]) -> str:
    lines = ["| command | median ms | × bare python |", "|---|---:|---:|"]
    lines += [f"| `{r.what}` | {r.median_ms:.0f} | {r.ratio_to_bare_python:.1f} |" for r in results]
    return "\n".join(lines)
