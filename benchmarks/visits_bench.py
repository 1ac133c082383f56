"""Visit logging and reporting at scale.

- Durable insert: ``VisitStore.add`` (validation, WAL, synchronous=FULL, undo slot) against a bare SQLite
  insert with the same durability settings: the ratio is frontdesk's overhead.
- Reports: a month and a year over 100k and 1M visits; growth from 100k to 1M shows whether the cost is
  linear in the data or in the period.
- XLSX export of a year of data.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.measure import median, timed_ms
from frontdesk.config import bundled_data_dir
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.xlsx_export import save_xlsx
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

YEAR_START, YEAR_END = date(2025, 1, 1), date(2025, 12, 31)


@dataclass(frozen=True)
class VisitResult:
    what: str
    value_ms: float
    peer: str
    ratio: float | None


def _taxonomy() -> Taxonomy:
    return Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)


def _insert_peer(path: Path, count: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE visits (id TEXT PRIMARY KEY, station TEXT, date TEXT, hour INTEGER, category TEXT)")
    times = []
    for _ in range(count):
        def insert() -> None:
            with conn:
                conn.execute("INSERT INTO visits VALUES (?, ?, ?, ?, ?)",
                             (str(uuid.uuid4()), "skranke-1", "2025-10-01", 10, "nav.meldekort"))
        times.append(timed_ms(insert))
    conn.close()
    return median(times)


def bench_inserts(folder: Path, count: int) -> list[VisitResult]:
    store = VisitStore(folder / "store.sqlite3", _taxonomy(), apply_retention=False)
    ours = median([timed_ms(lambda: store.add("nav.meldekort", station="skranke-1", channel="in_person"))
                   for _ in range(count)])
    store.close()
    peer = _insert_peer(folder / "peer.sqlite3", count)
    return [VisitResult("durable visit insert (median)", ours, "bare sqlite3 insert, WAL+FULL", ours / peer)]


def fill(path: Path, count: int, seed: int = 7) -> None:
    """``count`` visits spread over 2025, written in bulk straight into the real schema.

    Rows go in in date order, as a real log grows (one visit at a time, as they happen), so the table's row
    order follows the date index like it does at a counter.
    """
    taxonomy = _taxonomy()
    store = VisitStore(path, taxonomy, apply_retention=False)
    store.close()
    rng = random.Random(seed)
    categories = sorted(c.id for c in taxonomy.active())
    channels, modes, outcomes = ["in_person", "phone", "video"], ["guided", "together", "on_behalf"], \
        ["solved", "partly", "referred"]
    days = (YEAR_END - YEAR_START).days + 1
    conn = sqlite3.connect(path)
    rows = sorted(
        ((str(uuid.UUID(int=rng.getrandbits(128))), f"skranke-{rng.randint(1, 4)}",
          (YEAR_START + timedelta(days=rng.randrange(days))).isoformat(), rng.randint(8, 17),
          rng.choice(categories), rng.choice(channels), rng.choice(modes), rng.choice(outcomes), None, None, None)
         for _ in range(count)),
        key=lambda row: (row[2], row[3]),
    )
    with conn:
        conn.executemany("INSERT INTO visits (id, station, date, hour, category, channel, mode, outcome, "
                         "referred_to, guide_id, duration) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.close()


def bench_reports(folder: Path, sizes: list[int], repeats: int) -> list[VisitResult]:
    taxonomy = _taxonomy()
    results: list[VisitResult] = []
    month_ms: dict[int, float] = {}
    for size in sizes:
        path = folder / f"visits-{size}.sqlite3"
        fill(path, size)
        month_ms[size] = median([timed_ms(lambda p=path: build_report(p, taxonomy, date(2025, 10, 1),
                                                                       date(2025, 10, 31)))
                                 for _ in range(repeats)])
        year = median([timed_ms(lambda p=path: build_report(p, taxonomy, YEAR_START, YEAR_END))
                       for _ in range(repeats)])
        results.append(VisitResult(f"month report, {size:,} visits", month_ms[size], "", None))
        results.append(VisitResult(f"year report, {size:,} visits", year, "month report, same data",
                                   year / month_ms[size]))
        report = build_report(path, taxonomy, YEAR_START, YEAR_END)
        xlsx = timed_ms(lambda r=report: save_xlsx(r, folder / "year.xlsx"))
        results.append(VisitResult(f"XLSX export of the year, {size:,} visits", xlsx, "", None))
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        growth = month_ms[large] / month_ms[small]
        results.append(VisitResult(f"month report growth {small:,} → {large:,} visits", month_ms[large],
                                   f"{large // small}× the data", growth))
    return results


def run_visit_benchmarks(smoke: bool = False) -> list[VisitResult]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = bench_inserts(folder, 5 if smoke else 200)
        results += bench_reports(folder, [2_000] if smoke else [100_000, 1_000_000], 1 if smoke else 3)
    return results


def visits_table(results: list[VisitResult]) -> str:
    lines = ["| measurement | ms | compared with | ratio |", "|---|---:|---|---:|"]
    for r in results:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "–"
        lines.append(f"| {r.what} | {r.value_ms:.1f} | {r.peer or '–'} | {ratio} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(datetime.now().isoformat(timespec="seconds"))
    print(visits_table(run_visit_benchmarks()))
