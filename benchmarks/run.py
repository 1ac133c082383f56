"""Run the benchmarks and print (or write) a Markdown report.

    .venv/bin/python -m benchmarks.run                 # full run: real, 1k and 10k guides
    .venv/bin/python -m benchmarks.run --out docs/performance-latest.md
    .venv/bin/python -m benchmarks.run --smoke         # tiny sizes, to check the harness works
"""

from __future__ import annotations

import argparse
import os
import platform
from datetime import date
from pathlib import Path

from benchmarks.search_bench import budget_table, run_search_benchmarks, search_table
from benchmarks.startup_bench import run_startup_benchmarks, startup_table


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_line() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{date.today().isoformat()}, {platform.platform()}, {cpu_model()} × {cpus} CPUs, "
            f"Python {platform.python_version()}")


def build_report(smoke: bool, sizes: list[int], repeats: int) -> str:
    sections = [f"# Benchmark run\n\nMachine: {machine_line()}\n"]
    search = run_search_benchmarks(sizes, repeats)
    sections.append("## Search\n\n" + budget_table(search) + "\n\n" + search_table(search))
    sections.append("## Start-up\n\n" + startup_table(run_startup_benchmarks(1 if smoke else 5)))
    try:
        from benchmarks.visits_bench import run_visit_benchmarks, visits_table
    except ImportError:  # the visit log benchmark needs frontdesk.visits
        pass
    else:
        sections.append("## Visits and reports\n\n" + visits_table(run_visit_benchmarks(smoke=smoke)))
        from benchmarks.sync_bench import run_sync_benchmarks, sync_table

        sections.append("## Sync through a shared folder\n\n" + sync_table(run_sync_benchmarks(smoke=smoke)))
    return "\n\n".join(sections) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks the harness, measures nothing")
    parser.add_argument("--sizes", default="1000,10000", help="synthetic corpus sizes (default 1000,10000)")
    parser.add_argument("--repeats", type=int, default=5, help="how many times each query is timed")
    parser.add_argument("--out", type=Path, help="write the Markdown report here instead of stdout")
    args = parser.parse_args(argv)
    sizes = [150] if args.smoke else [int(s) for s in args.sizes.split(",") if s]
    report = build_report(args.smoke, sizes, 1 if args.smoke else args.repeats)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    else:
        print(report)


if __name__ == "__main__":
    main()
