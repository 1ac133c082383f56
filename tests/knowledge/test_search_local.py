"""Search finds the centre's own words: the local values a guide uses and its note (issue #14, item 6).

On the real bundled guides with a lokalt.yaml filled in as a supervisor would (lokalt_fjordvik.yaml, for the
invented municipality of Fjordvik), and through the knowledge base the window and the CLI use.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from frontdesk.config import Config, bundled_data_dir
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.knowledge.local_facts import CENTRE_KEYS_FILE, LocalFactsStore
from frontdesk.knowledge.local_text import KEYS_FILE
from frontdesk.knowledge.local_values import read_values, values_path
from frontdesk.knowledge.search import SearchIndex
from tests.knowledge.test_search_queries import MIN_HIT_RATE_AT_3, MIN_MRR, _queries

FJORDVIK = Path(__file__).with_name("lokalt_fjordvik.yaml")


def _knowledge(home: Path) -> KnowledgeBase:
    kb = KnowledgeBase.from_config(Config.from_env(home))
    kb.reload()
    return kb


def _store(home: Path) -> LocalFactsStore:
    return LocalFactsStore.open(bundled_data_dir(), Config.from_env(home).local_guides_dir)


def _fill_fjordvik(home: Path, kb: KnowledgeBase) -> None:
    """Every value checked by its kind, as ``frontdesk local import`` does."""
    store = _store(home)
    store.apply_import(store.plan_import(read_values(FJORDVIK), kb.guides), kb.guides)


@pytest.fixture(scope="module")
def fjordvik(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    home = tmp_path_factory.mktemp("fjordvik")
    _fill_fjordvik(home, _knowledge(home))
    return _knowledge(home)


def first(kb: KnowledgeBase, query: str) -> str:
    return kb.search(query, limit=1)[0].id


@pytest.mark.parametrize(("query", "guide_id"), [
    ("vigilo", "kommune-sfo-soke"),  # the SFO portal's address
    ("min renovasjon", "kommune-renovasjon"),  # the app's name
    ("avfall fjordvik", "kommune-renovasjon"),
    ("rønningen gjenbruksstasjon", "kommune-renovasjon"),
    ("ebyggesak", "kommune-byggesak"),
    ("samtalerommet", "skranke-personvern"),
    ("fjordvik politistasjon", "politiet-anmelde"),
    ("seniorkurs", "nav-pensjon-soke"),
    ("sykehusveien", "helse-legevakt"),  # the address of the legevakt, a centre-wide fact
    ("etablerertjenesten", "brreg-enkeltpersonforetak"),
    ("ergoterapitjenesten", "nav-hjelpemidler"),
    ("kommuneoverlegen", "fastlege-bytte"),
    ("tt-kontoret", "tt-kort"),
    ("nav fjordvik meldekort", "nav-meldekort"),
    ("sykehjemmet legevakt", "helse-legevakt"),  # from the guide's note
    ("resepsjonen meldekort", "nav-meldekort"),  # from the guide's note
    # The local field weighs as the text the value stands in. At half of that, the vaccine guide, which says
    # "helsestasjon" in its text, comes before the guide whose local fact is "Helsestasjonen i Fjordvik" ...
    ("helsestasjonen fjordvik", "nav-foreldrepenger"),
    # ... and at three times (as a name), the seven guides that only use the interpreter service's name come
    # before the interpreter guide.
    ("tolketjenesten vest", "skranke-tolk-sprakhjelp"),
])
def test_the_centre_s_own_names_find_the_guides_that_use_them(fjordvik: KnowledgeBase, query: str,
                                                               guide_id: str) -> None:
    assert first(fjordvik, query) == guide_id


def test_a_centre_wide_value_finds_every_guide_that_uses_it(fjordvik: KnowledgeBase) -> None:
    users = {g.id for g in fjordvik.guides.values() if "{{nav.kontor}}" in g.body}
    hits = fjordvik.search("nav fjordvik", limit=5)
    assert len(users) > 20 and {hit.id for hit in hits} <= users
    assert "fjordvik" in hits[0].matched  # highlighted where the guide shows the value


def test_filled_values_leave_the_query_set_at_its_floors(fjordvik: KnowledgeBase) -> None:
    """The centre's values add words ("kommune", "bibliotek", "Fjordvik") to most guides; they must not move
    what the committed queries find."""
    queries = _queries()
    ranked = {query: [hit.id for hit in fjordvik.search(query, limit=10)] for query, _ in queries}
    hit_rate = sum(want in ranked[query][:3] for query, want in queries) / len(queries)
    mrr = sum(1 / (ranked[q].index(w) + 1) for q, w in queries if w in ranked[q]) / len(queries)
    assert hit_rate >= MIN_HIT_RATE_AT_3 and mrr >= MIN_MRR


def test_a_local_fact_s_place_is_no_word_of_the_guide(temp_home: Path) -> None:
    """"{{senter.papirsoknader}}" in a guide's text gave it the words of the key; staff read its value."""
    kb = _knowledge(temp_home)
    index = SearchIndex(list(kb.guides.values()), kb.synonyms).inverted
    assert "papirsoknader" not in index and "itbrukerstotte" not in index  # {{skranke.it-brukerstotte}}
    assert kb.search("kvitfjell") == []
    _store(temp_home).set_value("senter.papirsoknader", "Ja, de går videre med Kvitfjell-posten", kb.guides)
    assert kb.refresh()
    users = {g.id for g in kb.guides.values() if "{{senter.papirsoknader}}" in g.body}
    assert users and {hit.id for hit in kb.search("kvitfjell")} == users


def test_a_value_saved_a_moment_ago_is_found_by_the_next_search(temp_home: Path) -> None:
    now = [100.0]
    config = Config.from_env(temp_home)
    kb = KnowledgeBase.from_config(config)
    kb._clock = lambda: now[0]
    kb.reload()
    assert kb.search("kvitfjell") == []
    store = _store(temp_home)  # another process's: ``frontdesk local set`` or the window's editor
    store.set_value("kommune-renovasjon.selskap", "Kvitfjell Avfall IKS", kb.guides)
    now[0] += 0.5  # well within the interval at which the guide files are looked at
    assert kb.refresh(unless_checked_within=2.0)
    assert first(kb, "kvitfjell") == "kommune-renovasjon"
    store.set_note("kommune-byggesak", "Byggesaker leveres i eByggesak Fjordvik.", kb.guides)
    store.unset_value("kommune-renovasjon.selskap", kb.guides)
    assert kb.refresh(unless_checked_within=2.0)
    assert kb.search("kvitfjell") == []
    assert first(kb, "ebyggesak fjordvik") == "kommune-byggesak"
    assert not kb.refresh(unless_checked_within=2.0)  # nothing changed since


def test_a_centre_that_filled_in_nothing_reads_no_local_facts(temp_home: Path) -> None:
    """The keys file's name is written twice so a start need not import the local-facts core; they agree."""
    assert KEYS_FILE == CENTRE_KEYS_FILE
    code = ("import sys\nfrom frontdesk.cli import main\ntry:\n    main(['search', 'bankid', '--json'])\n"
            "except SystemExit:\n    pass\nprint(sorted(m for m in sys.modules if m.endswith('local_facts')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          env={**os.environ, "FRONTDESK_HOME": str(temp_home)})
    assert done.stdout.splitlines()[-1] == "[]"


def test_a_values_file_that_cannot_be_read_is_searched_as_empty(temp_home: Path) -> None:
    path = values_path(Config.from_env(temp_home).local_guides_dir)
    path.parent.mkdir(parents=True)
    path.write_text("values: [ikke: lukket\n", encoding="utf-8")
    kb = _knowledge(temp_home)
    assert first(kb, "meldekort") == "nav-meldekort"
    path.write_text('schema: 1\nvalues:\n  kommune-sfo-soke.portal: "https://fjordvik.vigilo.no/"\n',
                    encoding="utf-8")
    assert kb.refresh() and first(kb, "vigilo") == "kommune-sfo-soke"
