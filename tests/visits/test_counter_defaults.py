"""The defaults a visit records and the favourites in use: one place decides for the window and the CLI."""

from __future__ import annotations

from frontdesk.visits.counter_defaults import (
    STARTER_FAVOURITES,
    favourites_in_use,
    visit_defaults,
    with_defaults,
)
from frontdesk.visits.settings import Settings
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


def test_the_questions_asked_get_their_default(store: VisitStore) -> None:
    assert visit_defaults(store.settings) == {"channel": "in_person", "mode": "guided"}
    store.settings.set("default_channel", "phone")
    assert with_defaults(store.settings, {"channel": None, "mode": "together", "outcome": None}) == {
        "channel": "phone", "mode": "together", "outcome": None}


def test_a_question_not_asked_is_not_recorded(store: VisitStore) -> None:
    store.settings.set("dimensions", ["mode", "outcome"])
    assert visit_defaults(store.settings) == {"channel": None, "mode": "guided"}


def test_the_starter_favourites_are_in_use_until_some_are_chosen(store: VisitStore, taxonomy: Taxonomy) -> None:
    assert favourites_in_use(store.settings, taxonomy) == list(STARTER_FAVOURITES)
    store.settings.set("favourites", ["nav.meldekort", "login.minid"])
    assert favourites_in_use(store.settings, taxonomy) == ["nav.meldekort", "login.minid"]


def test_a_favourite_no_longer_in_the_taxonomy_is_not_shown(store: VisitStore, taxonomy: Taxonomy) -> None:
    unchecked = Settings(store.db)  # as written before the category was retired
    unchecked.set("favourites", ["nav.meldekort", "nav.finnes_ikke"])
    assert favourites_in_use(unchecked, taxonomy) == ["nav.meldekort"]
