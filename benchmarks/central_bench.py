"""The central PostgreSQL database at scale, against the local SQLite log on the same data.

- Push throughput: ``push`` of a whole local log (COPY into a staging table, then INSERT … ON CONFLICT), the
  first time (every visit new) and again (every visit already there: what a scheduled push mostly does).
- Reports: a month and a year, counted by PostgreSQL (``central_report``: one GROUPING SETS scan) against
  ``build_report`` on the SQLite log the visits came from; the ratio is central / local.

Needs a PostgreSQL server: ``--dsn``, else FRONTDESK_BENCH_DSN or FRONTDESK_TEST_DSN (``source .ci/postgres &&
start_postgres`` starts one; for honest push figures start it with ``PG_OPTIONS=""``, PostgreSQL's own durable
defaults). It makes and drops a database of its own.

    .venv/bin/python -m benchmarks.central_bench --sizes 1000000,10000000
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

from benchmarks.measure import median, timed_ms
from benchmarks.visits_bench import YEAR_END, YEAR_START, VisitResult, _taxonomy, visits_table
from frontdesk.central.identity import Centre
from frontdesk.central.push import LocalLog, push
from frontdesk.central.report import central_report, select_centres
from frontdesk.reports.aggregate import build_report
from frontdesk.visits.store import VisitStore

CENTRE = Centre("0301", "Servicetorget Sentrum")
MONTH = (date(2025, 10, 1), date(2025, 10, 31))
AFTER_UNDO = datetime(2026, 1, 1, tzinfo=UTC)  # every generated visit is past its undo time


def _rows(count: int, seed: int) -> Iterator[tuple[Any, ...]]:
    """``count`` visits over 2025 in date order (as a log grows), made day by day so 10 million fit in memory."""
    rng = random.Random(seed)
    categories = sorted(c.id for c in _taxonomy().active(date(2025, 6, 1)))
    days = (YEAR_END - YEAR_START).days + 1
    per_day = [count // days + (1 if day < count % days else 0) for day in range(days)]
    for offset, n in enumerate(per_day):
        day = (YEAR_START + timedelta(days=offset)).isoformat()
        for hour in sorted(rng.randint(8, 17) for _ in range(n)):
            outcome = rng.choice(["solved", "partly", "referred", None])
            yield (str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"skranke-{rng.randint(1, 4)}", day, hour,
                   rng.choice(categories), rng.choice(["in_person", "phone", "video", None]),
                   rng.choice(["guided", "together", "on_behalf", None]), outcome,
                   "nav" if outcome == "referred" else None, None, rng.choice(["lt5", "5to15", "15to30", None]))


def fill(path: Path, count: int, seed: int = 7) -> None:
    """A real visit log (the store's schema) with ``count`` visits, written in bulk."""
    VisitStore(path, _taxonomy(), apply_retention=False).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO visits (id, station, date, hour, category, channel, mode, outcome, "
                         "referred_to, guide_id, duration) VALUES (?,?,?,?,?,?,?,?,?,?,?)", _rows(count, seed))
        # One PC renamed through the four names: every visit is its own, so one push sends them all.
        conn.executemany("INSERT INTO sync_own_names (station) VALUES (?)", [(f"skranke-{n}",) for n in range(1, 5)])
    conn.close()


def _fresh_database(base: str, name: str) -> str:
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_conninfo(base, dbname=name)


def _drop_database(base: str, name: str) -> None:
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def bench_size(folder: Path, base: str, size: int, repeats: int) -> list[VisitResult]:
    taxonomy = _taxonomy()
    path = folder / f"visits-{size}.sqlite3"
    fill(path, size)
    name = f"frontdesk_bench_{os.getpid()}"
    dsn = _fresh_database(base, name)
    results: list[VisitResult] = []
    try:
        with VisitStore(path, taxonomy, apply_retention=False) as store, psycopg.connect(dsn) as conn:
            pushes = []
            for _ in range(2):
                def once() -> None:
                    push(LocalLog(store.db, "skranke-1", taxonomy, store.event_kinds, {}), conn, CENTRE, AFTER_UNDO)
                    conn.commit()
                pushes.append(timed_ms(once))
            with conn.transaction():
                conn.execute("ANALYZE frontdesk.visits")
            for label, ms in (("first push (all new)", pushes[0]), ("push again (all there)", pushes[1])):
                rate = size / (ms / 1000)
                results.append(VisitResult(f"{label}, {size:,} visits: {rate:,.0f} visits/s", ms, "", None))
            selection = select_centres(conn, (CENTRE.name,))
            everyone = select_centres(conn)
            for period, start, end in (("month", *MONTH), ("year", YEAR_START, YEAR_END)):
                local = median([timed_ms(lambda s=start, e=end: build_report(store, taxonomy, s, e))
                                for _ in range(repeats)])
                central = median([timed_ms(lambda s=start, e=end: central_report(conn, taxonomy, s, e, selection))
                                  for _ in range(repeats)])
                unfiltered = median([timed_ms(lambda s=start, e=end: central_report(conn, taxonomy, s, e, everyone))
                                     for _ in range(repeats)])
                assert central_report(conn, taxonomy, start, end, selection) == build_report(
                    store, taxonomy, start, end)  # the same figures, or the timing means nothing
                results.append(VisitResult(f"{period} report, local SQLite, {size:,} visits", local, "", None))
                results.append(VisitResult(f"{period} report, central (one centre), {size:,} visits", central,
                                           "local SQLite, same data", central / local))
                results.append(VisitResult(f"{period} report, central (all centres), {size:,} visits",
                                           unfiltered, "local SQLite, same data", unfiltered / local))
    finally:
        _drop_database(base, name)
        path.unlink()
    return results


def run_central_benchmarks(base: str, sizes: list[int], repeats: int) -> list[VisitResult]:
    results: list[VisitResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            results += bench_size(Path(tmp), base, size, repeats)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dsn", default=os.environ.get("FRONTDESK_BENCH_DSN") or os.environ.get(
        "FRONTDESK_TEST_DSN"), help="a role that may create databases (default: FRONTDESK_BENCH_DSN)")
    parser.add_argument("--sizes", default="1000000,10000000", help="visit counts (default 1000000,10000000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per report; the median counts")
    args = parser.parse_args(argv)
    if not args.dsn:
        parser.error("no PostgreSQL server: give --dsn, or source .ci/postgres && start_postgres")
    print(datetime.now().isoformat(timespec="seconds"))
    print(visits_table(run_central_benchmarks(args.dsn, [int(s) for s in args.sizes.split(",")], args.repeats)))


if __name__ == "__main__":
    main()
