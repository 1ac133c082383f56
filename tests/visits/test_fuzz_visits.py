"""Fuzzing visit validation: whatever text reaches VisitStore.add, it either stores one valid, anonymous row or
refuses with VisitError / PersonalDataError and stores nothing; the database stays consistent throughout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.model import ENUM_DIMENSIONS, STATION_MAX_LENGTH, VISIT_FIELDS, Visit, VisitError
from frontdesk.visits.privacy import PersonalDataError, find_personal_data, normalise, passes
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

TAXONOMY = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)
AGENCIES = sorted(AgencyRegistry.load(bundled_data_dir()).agencies)
CATEGORY_IDS = sorted(TAXONOMY.ids())
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text that looks like what staff might type by mistake: IDs, phone numbers, e-mail addresses.
personal = st.sampled_from([
    "01019012345", "010190 12345", "15076500565", "91234567", "+47 912 34 567", "912 34 567", "kari@nav.no",
    "12345678901234", "skranke 22 33 44 55",
])
noise = st.text(st.characters(codec="utf-8"), max_size=12)


def field(valid: list[str]) -> st.SearchStrategy[str | None]:
    """Valid values, valid values with noise around them, personal data, and anything at all."""
    return st.one_of(
        st.none(),
        st.sampled_from(valid),
        st.builds(lambda before, value, after: before + value + after, noise, st.sampled_from(valid), noise),
        personal,
        st.text(),
    )


stations = st.one_of(
    st.sampled_from(["skranke-1", "Skranke 2", "bibliotek_3", "ærøy-ønsk"]),
    st.from_regex(r"[\w\- ]{1,45}", fullmatch=True),
    st.builds(lambda name, data: f"{name} {data}", st.sampled_from(["skranke", "Kari"]), personal),
    st.text(),
)
moments = st.one_of(
    st.none(),
    st.datetimes(timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))])),
    st.datetimes(min_value=datetime.now() - timedelta(days=60), max_value=datetime.now()),
)
ENUM_VALUES = {name: [member.value for member in enum] for name, enum in ENUM_DIMENSIONS.items()}


@pytest.fixture
def fuzz_store(tmp_path: Path) -> Iterator[VisitStore]:
    # One store for all examples: refusals and rows accumulate, as they do at a real counter.
    with VisitStore(tmp_path / "visits.sqlite3", TAXONOMY, tmp_path / "backups", agencies=AGENCIES,
                    apply_retention=False) as store:
        yield store


def assert_valid_and_anonymous(visit: Visit, row: dict[str, object], station: str) -> None:
    assert row == visit.to_row()  # stored exactly as returned
    assert visit.station == normalise(station) and 1 <= len(visit.station) <= STATION_MAX_LENGTH
    category = TAXONOMY.get(visit.category)
    assert category is not None and category.is_active(visit.date)
    assert 0 <= visit.hour <= 23 and visit.date <= date.today() + timedelta(days=1)
    for name, valid in ENUM_VALUES.items():
        assert getattr(visit, name) in (None, *valid)
    assert visit.referred_to in (None, *AGENCIES)
    assert visit.guide_id is None or passes("guide_id", visit.guide_id)
    for name in VISIT_FIELDS[1:]:
        if name in ("date", "hour"):  # not text: a date's eight digits are no phone number
            continue
        value = row[name]
        assert value is None or find_personal_data(str(value)) is None, name


VALID: dict[str, list[str]] = {
    "category": CATEGORY_IDS, "referred_to": AGENCIES, "guide_id": ["nav-meldekort", "bankid-hjelp", "a"],
    **ENUM_VALUES,
}


@st.composite
def visit_arguments(draw: st.DrawFn) -> dict[str, Any]:
    """A valid visit with zero to all of its fields replaced by fuzz, so both stored rows and every kind of
    refusal are common (fuzzing every field at once would almost never store anything)."""
    arguments: dict[str, Any] = {name: draw(st.one_of(st.none(), st.sampled_from(valid)))
                                 for name, valid in VALID.items()}
    arguments["category"] = draw(st.sampled_from(CATEGORY_IDS))
    arguments["station"] = draw(st.sampled_from(["skranke-1", "Skranke 2", "bibliotek_3", "ærøy-ønsk"]))
    names = sorted([*VALID, "station"])
    for name in draw(st.sets(st.sampled_from(names), max_size=len(names))):
        arguments[name] = draw(stations if name == "station" else field(VALID[name]))
    arguments["category"] = arguments["category"] or ""
    arguments["at"] = draw(moments)
    return arguments


@FUZZ
@given(arguments=visit_arguments())
def test_add_stores_one_valid_anonymous_row_or_refuses_and_stores_nothing(fuzz_store: VisitStore,
                                                                           arguments: dict[str, Any]) -> None:
    db = fuzz_store.db
    before = db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    undo_before = db.execute("SELECT * FROM undo_slot ORDER BY station").fetchall()
    try:
        visit = fuzz_store.add(**arguments)
    except (VisitError, PersonalDataError) as refused:
        event(f"refused: {type(refused).__name__}")  # --hypothesis-show-statistics shows the mix
        assert str(refused).strip()
        assert db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == before
        assert db.execute("SELECT * FROM undo_slot ORDER BY station").fetchall() == undo_before
    else:
        event("stored")
        assert db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == before + 1
        rows = list(db["visits"].rows_where("id = ?", [visit.id]))
        assert len(rows) == 1
        assert_valid_and_anonymous(visit, rows[0], arguments["station"])
        # The new visit is the one its station can undo.
        slot = db.execute("SELECT visit_id FROM undo_slot WHERE station = ?", [visit.station]).fetchone()
        assert slot == (visit.id,)
    assert not db.conn.in_transaction
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_the_strategies_reach_both_stored_and_refused_visits(fuzz_store: VisitStore) -> None:
    """Guards the fuzz test against strategies that only ever produce refusals."""
    outcomes: set[str] = set()

    @settings(max_examples=150, deadline=None, database=None)
    @given(category=field(CATEGORY_IDS), station=stations)
    def attempt(category: str | None, station: str) -> None:
        try:
            fuzz_store.add(category or "", station=station)
            outcomes.add("stored")
        except PersonalDataError:
            outcomes.add("personal data")
        except VisitError:
            outcomes.add("invalid")

    attempt()
    assert outcomes == {"stored", "personal data", "invalid"}


@pytest.mark.parametrize("guide_id", ["01019012345", "91234567"])
def test_a_guide_id_that_looks_like_personal_data_is_refused(fuzz_store: VisitStore,
                                                                        guide_id: str) -> None:
    with pytest.raises(PersonalDataError):
        fuzz_store.add("login.minid", station="skranke-1", guide_id=guide_id)
    assert fuzz_store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0
