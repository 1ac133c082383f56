"""Sync through a shared folder at the size of a large centre: stations × visits a year each.

Every station is a real visit log whose visits are spread over the last 12 months (one month file each), synced
through a real folder. Measured:

- a station's first publish (every month file), and a publish after one more visit (one month file rewritten);
- a hub's first collect from 10, 25 and 50 stations (growth with stations), against importing the same month
  files with ``visits import`` (the peer: the same parsing and checks, no shared folder);
- a collect when nothing changed, and when one station changed one month: what every PC pays every few minutes;
- a publish at the supervisor's PC, which holds every station's visits and logs its own too.
"""

from __future__ import annotations

import random
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.measure import timed_ms
from frontdesk.config import bundled_data_dir
from frontdesk.visits import sync, sync_collect
from frontdesk.visits.exchange import import_file
from frontdesk.visits.store import VisitStore
from frontdesk.visits.sync_files import STATION_FILE, stations_folder
from frontdesk.visits.taxonomy import Taxonomy


def later() -> datetime:
    """Past the undo window of every visit logged so far: what a sync sees ten minutes on."""
    return datetime.now(UTC) + timedelta(minutes=11)


@dataclass(frozen=True)
class SyncResult:
    what: str
    value_ms: float
    peer: str
    ratio: float | None


def _taxonomy() -> Taxonomy:
    return Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)


def _station(folder: Path, share: Path, taxonomy: Taxonomy, number: int, visits: int) -> VisitStore:
    """A station's visit log with ``visits`` visits over the last 12 months, written in bulk, in date order."""
    path = folder / f"station-{number}" / "visits.sqlite3"
    path.parent.mkdir(parents=True)
    store = VisitStore(path, taxonomy, apply_retention=False)
    name = f"skranke-{number}"
    store.settings.set("station", name)
    store.settings.set("sync_folder", str(share))
    rng = random.Random(number)
    categories = sorted(c.id for c in taxonomy.active())
    start = date.today() - timedelta(days=364)
    rows = sorted(((str(uuid.UUID(int=rng.getrandbits(128), version=4)), name,
                    (start + timedelta(days=rng.randrange(364))).isoformat(), rng.randint(8, 17),
                    rng.choice(categories), "in_person", "guided", rng.choice(["solved", "partly"]))
                   for _ in range(visits)), key=lambda row: (row[2], row[3]))
    with store.db.conn:
        store.db.conn.executemany("INSERT INTO visits (id, station, date, hour, category, channel, mode, outcome) "
                                  "VALUES (?,?,?,?,?,?,?,?)", rows)
    return store


def _hub(folder: Path, taxonomy: Taxonomy, name: str) -> VisitStore:
    path = folder / name / "visits.sqlite3"
    path.parent.mkdir(parents=True)
    store = VisitStore(path, taxonomy, apply_retention=False)
    store.settings.set("station", "kontoret")
    return store


def _month_files(share: Path, installs: list[str]) -> list[Path]:
    return [p for install in installs for p in sorted((stations_folder(share) / install).glob("*.json"))
            if p.name != STATION_FILE]


def run_sync_benchmarks(smoke: bool = False) -> list[SyncResult]:
    counts = [2, 3] if smoke else [10, 25, 50]
    visits = 300 if smoke else 20_000
    taxonomy = _taxonomy()
    results: list[SyncResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        share = folder / "share"
        share.mkdir()
        sync.prepare(share)
        stations = [_station(folder, share, taxonomy, n, visits) for n in range(1, counts[-1] + 1)]
        first = [timed_ms(lambda s=s: sync.publish(s, share, later())) for s in stations]
        results.append(SyncResult(f"first publish of one station, {visits:,} visits (median)",
                                  sorted(first)[len(first) // 2], "", None))
        station = stations[0]
        station.add("nav.meldekort", station="skranke-1", at=datetime.now() - timedelta(hours=1))
        again = timed_ms(lambda: sync.publish(station, share, later()))
        results.append(SyncResult("publish after one more visit (one month file rewritten)", again,
                                  "first publish", again / first[0]))
        per_station: dict[int, float] = {}
        for count in counts:
            hub = _hub(folder, taxonomy, f"hub-{count}")
            installs = [s.settings.install_id() for s in stations[:count]]
            for install in {s.settings.install_id() for s in stations[count:]}:  # hide the others from this hub
                (stations_folder(share) / install).rename(folder / install)
            ours = timed_ms(lambda h=hub: sync_collect.collect(h, share, later()))
            for install in {s.settings.install_id() for s in stations[count:]}:
                (folder / install).rename(stations_folder(share) / install)
            peer_hub = _hub(folder, taxonomy, f"peer-{count}")
            files = _month_files(share, installs)
            peer = timed_ms(lambda h=peer_hub, f=files: [import_file(h, p) for p in f])
            total = hub.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
            per_station[count] = ours / count
            results.append(SyncResult(f"first collect, {count} stations ({total:,} visits)", ours,
                                      "visits import of the same files", ours / peer))
            if count == counts[-1]:
                idle = timed_ms(lambda h=hub: sync_collect.collect(h, share, later()))
                results.append(SyncResult(f"collect, nothing changed, {count} stations", idle,
                                          "first collect", idle / ours))
                station.add("nav.aap", station="skranke-1", at=datetime.now() - timedelta(hours=1))
                sync.publish(station, share, later())
                one = timed_ms(lambda h=hub: sync_collect.collect(h, share, later()))
                results.append(SyncResult(f"collect, one station changed one month, {count} stations", one,
                                          "first collect", one / ours))
                # The supervisor's PC is a counter too: its publish reads only its own visits of the million.
                for day in range(1, 41):
                    hub.add("login.minid", station="kontoret", at=datetime.now() - timedelta(days=day * 7))
                sync.publish(hub, share, later())
                hub.add("login.minid", station="kontoret", at=datetime.now() - timedelta(hours=1))
                own = timed_ms(lambda h=hub: sync.publish(h, share, later()))
                results.append(SyncResult(f"publish after one more visit at a PC holding {total:,} visits", own,
                                          "the same at a counter (20,000 visits)", own / again))
            hub.close()
            peer_hub.close()
        small, large = counts[0], counts[-1]
        results.append(SyncResult(f"first collect per station, {small} → {large} stations",
                                  per_station[large], f"per station at {small}",
                                  per_station[large] / per_station[small]))
        size = sum(p.stat().st_size for p in _month_files(share, [stations[0].settings.install_id()]))
        results.append(SyncResult(f"one station's month files on the share: {size / 1e6:.1f} MB", 0.0, "", None))
        for store in stations:
            store.close()
    return results


def sync_table(results: list[SyncResult]) -> str:
    lines = ["| measurement | ms | compared with | ratio |", "|---|---:|---|---:|"]
    for r in results:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "–"
        value = f"{r.value_ms:.0f}" if r.value_ms else "–"
        lines.append(f"| {r.what} | {value} | {r.peer or '–'} | {ratio} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(datetime.now().isoformat(timespec="seconds"))
    print(sync_table(run_sync_benchmarks()))
