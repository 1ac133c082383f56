"""Events (courses, drop-in days, meetings) through the shared folder: they travel with the visits, wait while
they can be undone, and stay on the share when retention folds their month's visits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.visits import sync, sync_collect
from frontdesk.visits.store import VisitStore
from frontdesk.visits.sync_files import STATION_FILE
from frontdesk.visits.taxonomy import Taxonomy
from tests.visits.sync_homes import Centre, folder_of, log_visits, station_json, visit_ids

NOW = datetime.now().replace(minute=0, second=0, microsecond=0)


def later() -> datetime:
    """Past the undo window of every visit and event logged so far."""
    return datetime.now(UTC) + timedelta(minutes=11)


def months_ago(count: int) -> datetime:
    day = NOW.replace(day=1)
    for _ in range(count):
        day = (day - timedelta(days=1)).replace(day=1)
    return day.replace(hour=10)


def event_ids(store: VisitStore) -> set[str]:
    return {str(row[0]) for row in store.db.execute("SELECT id FROM events")}


def month_file(store: VisitStore, share: Path, month: datetime) -> dict[str, object]:
    data = json.loads((folder_of(store, share) / f"{month:%Y-%m}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def centre(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[Centre]:
    opened = Centre(tmp_path, taxonomy)
    yield opened
    opened.close()


def test_events_travel_with_the_visits_a_month_of_events_alone_too_and_twice_adds_nothing(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, NOW)
    course = a.events.add("bankid_kurs", station="skranke-1", on=NOW.date(), participants=8, hours=2)
    drop_in = a.events.add("drop_in", station="skranke-1", on=months_ago(2).date(), participants=5)
    published = sync.publish(a, centre.share, later())
    assert sorted(published.written) == [f"{months_ago(2):%Y-%m}", f"{NOW:%Y-%m}"]
    assert month_file(a, centre.share, months_ago(2))["visits"] == []  # a month with events only has a file
    done = sync_collect.collect(b, centre.share, later())
    assert done.problems == [] and (done.added, done.events_added) == (1, 2)
    assert event_ids(b) == {course.id, drop_in.id} and b.events.get(course.id) == course
    again = sync_collect.collect(b, centre.share, later())
    assert (again.added, again.events_added) == (0, 0)
    assert sync.publish(a, centre.share, later()).written == []


def test_the_event_that_can_still_be_undone_waits_and_an_undone_event_never_leaves(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    slip = a.events.add("drop_in", station="skranke-1", on=NOW.date(), participants=40)  # meant 4
    published = sync.publish(a, centre.share)
    assert (published.held_back, published.events_held_back) == (0, 1)
    sync_collect.collect(b, centre.share)
    assert event_ids(b) == set()
    assert a.events.undo_last("skranke-1") == slip
    fixed = a.events.add("drop_in", station="skranke-1", on=NOW.date(), participants=4)
    sync.run(a, centre.share)
    sync_collect.collect(b, centre.share)
    assert event_ids(b) == set()
    sync.publish(a, centre.share, later())  # ten minutes on: the event can't be undone any more
    sync_collect.collect(b, centre.share, later())
    assert event_ids(b) == {fixed.id}
    shared = json.dumps(month_file(a, centre.share, NOW))
    assert slip.id not in shared and fixed.id in shared


def test_a_renamed_counter_keeps_its_earlier_events_as_its_own(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    course = b.events.add("grunnkurs", station="skranke-2", on=months_ago(1).date(), participants=6)
    b.settings.set("station", "bibliotek")  # no visit was ever logged under the old name: only the event
    sync.publish(b, centre.share, later())
    sync_collect.collect(a, centre.share, later())
    assert event_ids(a) == {course.id}
    assert station_json(b, centre.share)["station"] == "bibliotek"


def test_retention_folds_the_visits_on_the_share_and_keeps_the_events(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    old = months_ago(5)
    log_visits(a, old, old)
    meeting = a.events.add("informasjonsmote", station="skranke-1", on=old.date(), participants=12)
    sync.publish(a, centre.share, later())
    sync_collect.collect(b, centre.share, later())
    assert len(visit_ids(b)) == 2
    a.settings.set("retention_months", "2")
    a.purge(2)  # the old month's visits are folded into monthly totals
    done = sync.publish(a, centre.share, later())
    assert done.removed == [] and done.written == [f"{old:%Y-%m}"]
    document = month_file(a, centre.share, old)
    assert document["visits"] == [] and [e["id"] for e in document["events"]] == [meeting.id]  # type: ignore[attr-defined]
    assert f"{old:%Y-%m}" in station_json(a, centre.share)["months"]  # type: ignore[operator]
    assert (folder_of(a, centre.share) / STATION_FILE).exists()
    sync_collect.collect(b, centre.share, later())
    assert len(visit_ids(b)) == 2 and event_ids(b) == {meeting.id}  # b keeps what it has until its own retention
