"""Sync through a shared folder: several real homes, one real temporary folder, real files and real stores."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.visits import sync, sync_collect
from frontdesk.visits.exchange import import_file
from frontdesk.visits.store import VisitStore
from frontdesk.visits.sync_files import STATION_FILE, Problem, stations_folder
from frontdesk.visits.sync_state import known_stations
from frontdesk.visits.taxonomy import Taxonomy
from tests.visits.sync_homes import Centre, folder_of, log_visits, station_json, visit_ids


def later() -> datetime:
    """Past the undo window of every visit logged so far: what a sync sees ten minutes on."""
    return datetime.now(UTC) + timedelta(minutes=11)


NOW = datetime.now().replace(minute=0, second=0, microsecond=0)  # this hour: never ahead, always this month


def months_ago(count: int) -> datetime:
    day = NOW.replace(day=1)
    for _ in range(count):
        day = (day - timedelta(days=1)).replace(day=1)
    return day.replace(hour=10)


@pytest.fixture
def centre(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[Centre]:
    opened = Centre(tmp_path, taxonomy)
    yield opened
    opened.close()


def test_three_pcs_end_up_with_every_visit_and_a_second_sync_adds_nothing(centre: Centre) -> None:
    a, b, c = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2"), centre.pc("c", "bibliotek")
    log_visits(a, NOW, months_ago(1))
    log_visits(b, NOW)
    log_visits(c, months_ago(2), months_ago(2), category="login.minid")
    for store in (a, b, c):
        assert sync.run(store, centre.share, later()).ok
    for store in (a, b, c):  # the first PCs publish before they have seen the later ones
        sync.run(store, centre.share, later())
    everything = visit_ids(a) | visit_ids(b) | visit_ids(c)
    assert len(everything) == 5 and all(visit_ids(s) == everything for s in (a, b, c))
    again = sync.run(a, centre.share, later())
    assert again.ok and again.collected is not None and again.collected.added == 0
    assert again.published is not None and again.published.written == []  # nothing changed: nothing rewritten


def test_each_install_writes_one_folder_with_a_station_file_and_one_file_per_month(centre: Centre,
                                                                                   taxonomy: Taxonomy) -> None:
    a = centre.pc("a", "skranke-1")
    log_visits(a, NOW, months_ago(1), months_ago(1))
    sync.publish(a, centre.share, later())
    folder = folder_of(a, centre.share)
    month_files = sorted(p.name for p in folder.glob("*.json") if p.name != STATION_FILE)
    assert month_files == [f"{months_ago(1):%Y-%m}.json", f"{NOW:%Y-%m}.json"]
    manifest = station_json(a, centre.share)
    assert manifest["install"] == a.settings.install_id() == folder.name and manifest["station"] == "skranke-1"
    assert set(manifest["months"]) == {name.removesuffix(".json") for name in month_files}  # type: ignore[arg-type]
    # A month file is an ordinary export file: `frontdesk visits import` takes it too.
    with VisitStore(centre.root / "hub.sqlite3", taxonomy) as hub:
        hub.settings.set("station", "kontoret")
        assert import_file(hub, folder / f"{months_ago(1):%Y-%m}.json").added == 2


def test_an_unchanged_month_file_is_not_read_again(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, months_ago(1))
    sync.publish(a, centre.share, later())
    sync_collect.collect(b, centre.share, later())
    month_file = folder_of(a, centre.share) / f"{months_ago(1):%Y-%m}.json"
    month_file.write_text("not json at all", encoding="utf-8")  # the station file still lists the old sha256
    again = sync_collect.collect(b, centre.share, later())
    assert again.problems == [] and again.added == 0


def test_the_visit_that_can_still_be_undone_waits_and_an_undone_visit_never_leaves(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, NOW)
    first = a.add("login.bankid", station="skranke-1")  # a slip of the finger, about to be undone
    published = sync.publish(a, centre.share)
    assert published.held_back == 1
    sync_collect.collect(b, centre.share)
    assert first.id not in visit_ids(b) and len(visit_ids(b)) == 1
    assert a.undo_last("skranke-1") is not None
    second = a.add("login.minid", station="skranke-1")
    sync.run(a, centre.share)
    sync_collect.collect(b, centre.share)
    assert first.id not in visit_ids(b) and second.id not in visit_ids(b)
    sync.publish(a, centre.share, later())  # ten minutes on: the last visit can't be undone any more
    sync_collect.collect(b, centre.share, later())
    assert second.id in visit_ids(b) and first.id not in visit_ids(b)


def test_visits_wait_while_the_share_is_away_for_days_and_go_out_when_it_is_back(centre: Centre,
                                                                                 tmp_path: Path) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    away = tmp_path / "share-away"
    centre.share.rename(away)  # the server is down
    log_visits(a, months_ago(1), NOW - timedelta(days=1), NOW)
    done = sync.run(a, centre.share, later())
    assert done.publish_error is not None and done.publish_error.problem is Problem.OFFLINE
    assert done.collect_error is not None and done.collect_error.problem is Problem.OFFLINE
    assert not centre.share.exists()  # nothing was made where the share should be
    assert [k.problem for k in known_stations(a.db, a.settings.install_id())] == ["offline"]
    away.rename(centre.share)  # back
    assert sync.run(a, centre.share, later()).ok
    sync_collect.collect(b, centre.share, later())
    assert visit_ids(b) == visit_ids(a) and len(visit_ids(b)) == 3
    assert [k.problem for k in known_stations(a.db, a.settings.install_id())] == [None]


def test_an_empty_mount_point_is_not_taken_for_the_share(centre: Centre, tmp_path: Path) -> None:
    a = centre.pc("a", "skranke-1")
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()  # what an unmounted network drive leaves on Linux
    a.settings.set("sync_folder", str(mount_point))
    log_visits(a, NOW)
    done = sync.run(a, mount_point, later())
    assert done.publish_error is not None and done.publish_error.problem is Problem.OFFLINE
    assert list(mount_point.iterdir()) == []
    assert sync.prepare(mount_point) and stations_folder(mount_point).is_dir()  # `visits sync` does it on purpose
    assert sync.run(a, mount_point, later()).ok


def test_a_station_file_cut_short_or_a_missing_month_file_skips_only_that_station(centre: Centre) -> None:
    a, b, c = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2"), centre.pc("c", "skranke-3")
    for store in (a, b, c):
        log_visits(store, NOW)
        sync.publish(store, centre.share, later())
    station_file = folder_of(a, centre.share) / STATION_FILE
    whole = station_file.read_bytes()
    station_file.write_bytes(whole[: len(whole) // 2])  # a copy by another program, cut short
    month_file = next(p for p in folder_of(b, centre.share).glob("*.json") if p.name != STATION_FILE)
    month_file.unlink()
    done = sync_collect.collect(c, centre.share, later())
    problems = {o.station: (o.problem, o.describe("en")) for o in done.problems}
    assert problems.keys() == {None, "skranke-2"}  # a's name is unknown: its station file can't be read
    assert problems[None][0] is Problem.UNREADABLE and "not complete JSON" in problems[None][1]
    assert problems["skranke-2"][0] is Problem.UNREADABLE and "can't be read now" in problems["skranke-2"][1]
    assert len(visit_ids(c)) == 1
    station_file.write_bytes(whole)
    sync.publish(b, centre.share, later())  # b sees its month file is gone and writes it again
    done = sync_collect.collect(c, centre.share, later())
    assert done.problems == [] and len(visit_ids(c)) == 3


def test_a_file_from_a_pc_with_this_pcs_station_name_is_refused_until_one_is_renamed(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-1")  # both kept the default
    log_visits(a, NOW)
    log_visits(b, NOW)
    for store in (a, b):
        sync.publish(store, centre.share, later())
    done = sync_collect.collect(a, centre.share, later())
    assert [o.problem for o in done.stations] == [Problem.SAME_STATION]
    assert "frontdesk settings set station skranke-2" in done.stations[0].describe("en")
    assert "kaller seg «skranke-1»" in done.stations[0].describe("nb")
    assert len(visit_ids(a)) == 1
    assert [k.name_shared for k in known_stations(a.db, a.settings.install_id())] == [True, True]
    b.settings.set("station", "skranke-2")
    log_visits(b, NOW)
    sync.publish(b, centre.share, later())
    assert sync_collect.collect(a, centre.share, later()).problems == []
    # b's visits from before the rename are still b's own: its files keep them, so the centre's total is right
    assert len(visit_ids(a)) == 3
    sync.publish(a, centre.share, later())
    assert sync_collect.collect(b, centre.share, later()).problems == [] and len(visit_ids(b)) == 3


def test_a_pc_with_a_wrong_clock_is_refused_with_a_reason_and_the_rest_still_imports(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, months_ago(1), NOW)
    sync.publish(a, centre.share, later())
    folder = folder_of(a, centre.share)
    path = folder / f"{NOW:%Y-%m}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["visits"][0]["date"] = (date.today() + timedelta(days=3)).isoformat()  # that PC's clock is ahead
    data = (json.dumps(document) + "\n").encode("utf-8")
    path.write_bytes(data)
    manifest = station_json(a, centre.share)
    manifest["months"][f"{NOW:%Y-%m}"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}  # type: ignore[index]
    (folder / STATION_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    done = sync_collect.collect(b, centre.share, later())
    assert [o.problem for o in done.stations] == [Problem.REFUSED]
    assert "check the clock of the PC" in done.stations[0].describe("en")
    assert len(visit_ids(b)) == 1  # the other month came in


def test_file_times_from_a_server_whose_clock_disagrees_change_nothing(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, NOW)
    sync.publish(a, centre.share, later())
    sync_collect.collect(b, centre.share, later())
    log_visits(a, NOW)
    sync.publish(a, centre.share, later())
    for path in folder_of(a, centre.share).iterdir():  # the new files look years older than the old ones
        os.utime(path, (0, 0))
    assert sync_collect.collect(b, centre.share, later()).added == 1
    seen = [k for k in known_stations(b.db, b.settings.install_id()) if not k.this_pc]
    assert [k.last_seen for k in seen] == ["1970-01-01T00:00Z"]


def test_retention_holds_on_the_share_and_stale_temporary_files_are_removed(centre: Centre) -> None:
    a = centre.pc("a", "skranke-1")
    a.settings.set("retention_months", "2")
    log_visits(a, months_ago(1))
    folder = folder_of(a, centre.share)
    old_month = f"{months_ago(5):%Y-%m}"
    sync.publish(a, centre.share, later())
    # A month file from before the retention period (as if written when the setting was longer).
    (folder / f"{old_month}.json").write_text("{}", encoding="utf-8")
    manifest = station_json(a, centre.share)
    manifest["months"][old_month] = {"sha256": "0" * 64, "size": 2}  # type: ignore[index]
    (folder / STATION_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    stale, fresh = folder / ".2026-01.json.dead.partial", folder / ".2026-02.json.busy.partial"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(stale, (stale.stat().st_mtime - 7200,) * 2)
    done = sync.publish(a, centre.share, later())
    assert done.removed == [old_month] and not (folder / f"{old_month}.json").exists()
    assert old_month not in station_json(a, centre.share)["months"]  # type: ignore[operator]
    assert not stale.exists() and fresh.exists()


def test_a_folder_removed_from_the_share_is_forgotten_and_strangers_there_are_ignored(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    for store in (a, b):
        sync.publish(store, centre.share, later())
    (stations_folder(centre.share) / "desktop.ini").write_text("[.ShellClassInfo]", encoding="utf-8")
    (stations_folder(centre.share) / "gamle PC-er").mkdir()
    assert sync_collect.collect(a, centre.share, later()).problems == []
    assert [k.station for k in known_stations(a.db, a.settings.install_id())] == ["skranke-1", "skranke-2"]
    shutil.rmtree(folder_of(b, centre.share))  # IT took a retired PC out
    assert sync_collect.collect(a, centre.share, later()).forgotten == ["skranke-2"]
    assert [k.station for k in known_stations(a.db, a.settings.install_id())] == ["skranke-1"]


@pytest.mark.parametrize("months", [{"../../x": {"sha256": "0" * 64, "size": 1}}, {"2026-13": {}}, ["2026-10"]])
def test_a_station_file_that_names_odd_months_is_refused(centre: Centre, months: object) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    sync.publish(a, centre.share, later())
    manifest = station_json(a, centre.share)
    (folder_of(a, centre.share) / STATION_FILE).write_text(json.dumps({**manifest, "months": months}),
                                                          encoding="utf-8")
    done = sync_collect.collect(b, centre.share, later())
    assert [o.problem for o in done.stations] == [Problem.REFUSED]
    assert "'months' must map YYYY-MM" in done.stations[0].describe("en")


def test_a_share_restored_from_an_old_backup_loses_and_doubles_nothing(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, NOW)
    sync.publish(a, centre.share, later())
    snapshot = centre.root / "backup-of-share"
    shutil.copytree(folder_of(a, centre.share), snapshot)
    log_visits(a, NOW, months_ago(1))
    sync.publish(a, centre.share, later())
    sync_collect.collect(b, centre.share, later())
    assert len(visit_ids(b)) == 3
    shutil.rmtree(folder_of(a, centre.share))
    shutil.copytree(snapshot, folder_of(a, centre.share))  # IT restores last week's copy of the share
    stale = sync_collect.collect(b, centre.share, later())
    assert stale.problems == [] and stale.added == 0 and len(visit_ids(b)) == 3
    assert sorted(sync.publish(a, centre.share, later()).written) == sorted({f"{NOW:%Y-%m}", f"{months_ago(1):%Y-%m}"})
    c = centre.pc("c", "skranke-3")  # a PC that joins later gets everything
    sync_collect.collect(c, centre.share, later())
    assert visit_ids(c) == visit_ids(a)
