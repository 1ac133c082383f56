"""Visit logging and reporting at scale.

- Durable insert: ``VisitStore.add`` (validation, WAL, synchronous=FULL, undo slot, and the checkpoint that
  puts every acknowledged visit into the database file) against a bare SQLite insert with the same durability
  settings: the ratio is frontdesk's overhead. Two more peers price the checkpoint alone and the simpler design
  that would give the same guarantee without one (a rollback journal, which writes the database file itself on
  every commit); all with another connection holding the log open, as the window does all day.
- Reports: a month and a year over 100k and 1M visits; growth from 100k to 1M shows whether the cost is
  linear in the data or in the period.
- XLSX export of a year of data.
- A backup of the 100k-visit log (made at most once an hour, on the window's thread).
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from benchmarks.measure import median, timed_ms
from frontdesk.config import bundled_data_dir
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.xlsx_export import save_xlsx
from frontdesk.visits.backup import make_backup
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


class _Peer:
    """A bare table written with synchronous=FULL in ``journal`` mode (optionally checkpointed after each insert),
    while another connection keeps the file open, as the window does."""

    def __init__(self, path: Path, journal: str = "WAL", checkpoint: bool = False) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute(f"PRAGMA journal_mode={journal}")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("CREATE TABLE visits (id TEXT PRIMARY KEY, station TEXT, date TEXT, hour INTEGER, "
                          "category TEXT)")
        self.conn.commit()
        self.window = sqlite3.connect(path)
        self.window.execute("SELECT COUNT(*) FROM visits").fetchone()
        self.checkpoint = checkpoint

    def insert(self) -> None:
        with self.conn:
            self.conn.execute("INSERT INTO visits VALUES (?, ?, ?, ?, ?)",
                              (str(uuid.uuid4()), "skranke-1", "2025-10-01", 10, "nav.meldekort"))
        if self.checkpoint:
            self.conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()

    def close(self) -> None:
        self.window.close()
        self.conn.close()


def bench_inserts(folder: Path, count: int) -> list[VisitResult]:
    """The four kinds of insert take turns, so the disk's ups and downs (fsync on a shared machine) fall on all
    of them alike."""
    path = folder / "store.sqlite3"
    store = VisitStore(path, _taxonomy(), apply_retention=False)
    window = VisitStore(path, _taxonomy(), apply_retention=False)  # the window has the log open all day
    peers = {"bare": _Peer(folder / "bare.sqlite3"), "checkpointed": _Peer(folder / "ckpt.sqlite3", checkpoint=True),
             "rollback": _Peer(folder / "rollback.sqlite3", journal="DELETE"),
             "persist": _Peer(folder / "persist.sqlite3", journal="PERSIST")}
    times: dict[str, list[float]] = {"ours": [], **{name: [] for name in peers}}
    for _ in range(count):
        times["ours"].append(timed_ms(lambda: store.add("nav.meldekort", station="skranke-1", channel="in_person")))
        for name, peer in peers.items():
            times[name].append(timed_ms(peer.insert))
    for peer in peers.values():
        peer.close()
    window.close()
    store.close()
    ours, bare, checkpointed, rollback, persist = (
        median(times[k]) for k in ("ours", "bare", "checkpointed", "rollback", "persist"))
    return [VisitResult("durable visit insert, checkpointed (median)", ours, "bare insert + checkpoint",
                        ours / checkpointed),
            VisitResult("bare insert + wal_checkpoint(FULL) (median)", checkpointed, "bare sqlite3 insert, WAL+FULL",
                        checkpointed / bare),
            VisitResult("bare insert, rollback journal + FULL (median)", rollback, "bare insert + checkpoint",
                        rollback / checkpointed),
            VisitResult("bare insert, persistent rollback journal + FULL (median)", persist,
                        "bare insert + checkpoint", persist / checkpointed)]


def bench_backup(folder: Path, path: Path, size: int, repeats: int) -> VisitResult:
    conn = sqlite3.connect(path)
    taken = median([timed_ms(lambda: make_backup(conn, folder / "backups")) for _ in range(repeats)])
    conn.close()
    return VisitResult(f"backup of the log, {size:,} visits", taken, "", None)


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
        month_ms[size] = median([timed_ms(lambda p=path: build_report(Database(p), taxonomy, date(2025, 10, 1),
                                                                       date(2025, 10, 31)))
                                 for _ in range(repeats)])
        year = median([timed_ms(lambda p=path: build_report(Database(p), taxonomy, YEAR_START, YEAR_END))
                       for _ in range(repeats)])
        results.append(VisitResult(f"month report, {size:,} visits", month_ms[size], "", None))
        results.append(VisitResult(f"year report, {size:,} visits", year, "month report, same data",
                                   year / month_ms[size]))
        report = build_report(Database(path), taxonomy, YEAR_START, YEAR_END)
        xlsx = timed_ms(lambda r=report: save_xlsx(r, folder / "year.xlsx"))
        results.append(VisitResult(f"XLSX export of the year, {size:,} visits", xlsx, "", None))
        if size == sizes[0]:
            results.append(bench_backup(folder, path, size, repeats))
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
