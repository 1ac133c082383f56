"""Each rule of the ranking, shown on the real bundled guides (the rules: src/frontdesk/knowledge/ranking.py).

Every constant in ranking.py has a test here naming queries that suffer without it, and the two ranking faults a
clerk hit are pinned. Queries come from the committed set (search_queries.yaml) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.search import SearchIndex
from frontdesk.knowledge.synonyms import SynonymTable
from frontdesk.knowledge.text import normalise


@pytest.fixture(scope="module")
def guides() -> list[Guide]:
    data = bundled_data_dir()
    return list(load_guides([GuideFolder(data / "guides")], agencies=AgencyRegistry.load(data).agencies)
                .guides.values())


@pytest.fixture(scope="module")
def index(guides: list[Guide]) -> SearchIndex:
    return SearchIndex(guides, SynonymTable.load(bundled_data_dir() / "synonyms.yaml"))


def first(index: SearchIndex, query: str) -> str:
    return index.rank(query, limit=1)[0][0]


def top3(index: SearchIndex, query: str) -> list[str]:
    return [guide_id for guide_id, _ in index.rank(query, limit=3)]


# -- the faults a clerk hit ---------------------------------------------------------------------------------
def test_a_misspelt_word_finds_its_guide_through_typo_tolerance(index: SearchIndex) -> None:
    """digital-passord listed the misspelling "pasord" as a tag and came first; the MinID guide is the one."""
    assert first(index, "glemt pasord minid") == "minid-glemt-passord"


# Misspellings that were tags of these guides until search found them by itself.
MISSPELT = [
    ("altin", "altinn-grunnleggende"), ("bypass", "buypass-id"), ("bypas", "buypass-id"),
    ("glømt passord", "minid-glemt-passord"), ("resevasjon", "reservasjon-digital-post"),
    ("instalere app", "digital-apper-installere"), ("pasord", "digital-passord"),
    ("phising", "digital-svindel-phishing"), ("enkelpersonforetak", "brreg-enkeltpersonforetak"),
    ("barnhage", "kommune-barnehage-soke"), ("tømekalender", "kommune-renovasjon"),
    ("lånekasa", "lanekassen-soke"), ("arbeidsavkaringspenger", "nav-aap"),
    ("aktivitesplan", "nav-aktivitetsplan-dialog"), ("barnetrigd", "nav-barnetrygd"), ("dagpener", "nav-dagpenger"),
    ("kontonumer", "nav-endre-kontonummer"), ("ettersendig", "nav-ettersende-dokumenter"),
    ("foreldrepeng", "nav-foreldrepenger"), ("fulmakt", "nav-fullmakt"), ("fullmagt", "nav-fullmakt"),
    ("meldekot", "nav-meldekort"), ("penssjon", "nav-pensjon-soke"), ("arbeidsøker", "nav-registrere-arbeidssoker"),
    ("arbeidssokar", "nav-registrere-arbeidssoker"), ("sykmeldning", "nav-sykmelding-sykepenger"),
    ("pas", "pass-soke"), ("politiatest", "politiattest"), ("skatteoppgjøre", "skatteoppgjoret"),
    ("skattemelingen", "skattemelding-se-og-levere"), ("oppholdstilatelse", "udi-oppholdstillatelse"),
    ("statsborgerskab", "udi-statsborgerskap"), ("eierskift", "vegvesen-eierskifte"),
    ("bostotte", "husbanken-bostotte"), ("startlan", "husbanken-startlan"), ("startlaan", "husbanken-startlan"),
    ("forerkort", "vegvesen-forerkort"), ("lanekassen", "lanekassen-tilbakebetaling"),
]


@pytest.mark.parametrize(("typed", "guide_id"), MISSPELT)
def test_a_misspelling_finds_its_guide_without_being_a_tag(index: SearchIndex, guides: list[Guide], typed: str,
                                                             guide_id: str) -> None:
    assert all(normalise(typed) not in map(normalise, guide.tags) for guide in guides), "a misspelt tag is back"
    assert guide_id in top3(index, typed), "while typed"
    assert guide_id in top3(index, typed + " "), "finished"


def test_the_guide_about_the_topic_beats_one_naming_every_word_in_passing(index: SearchIndex) -> None:
    """kommune-kontakt-digitalt says "skanne", "dokumenter" and "mobil" in passing and came first. The scanning
    guide is about the first two and says "smarttelefon" (in what the citizen must bring), a synonym of mobil."""
    hit = index.search("skanne dokumenter mobil", limit=1)[0]
    assert hit.id == "digital-skanne-dokumenter"
    assert "smarttelefon" in hit.matched
    assert first(index, "passordbehandler mobil") == "digital-passordbehandler"


# -- each constant -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("query", "guide_id"), [
    ("søppel", "kommune-renovasjon"),  # named so; the word is in many guides' text
    ("logge inn uten fødselsnummer", "innlogging-uten-fodselsnummer"),
    ("sende skjema til kommunen", "kommune-kontakt-digitalt"),  # but not so much that text stops counting
    ("skattemelingen", "skattemelding-se-og-levere"),
])
def test_names_count_three_times_the_text(index: SearchIndex, query: str, guide_id: str) -> None:
    """FIELDS: a word in the guide's title or tags counts three times a word of its text."""
    assert first(index, query) == guide_id


@pytest.mark.parametrize(("query", "guide_id"), [
    ("aap", "nav-aap"),  # the AAP guide, not the guides that say "AAP" most often
    ("d nummer", "d-nummer"),
    ("søppel", "kommune-renovasjon"),
    ("skifte fastlege", "fastlege-bytte"),
    ("logge inn uten fødselsnummer", "innlogging-uten-fodselsnummer"),
])
def test_repeating_a_word_says_less_and_less(index: SearchIndex, query: str, guide_id: str) -> None:
    """K1: a word's weight in a guide saturates, so a guide that says it often does not outrank the one about it."""
    assert first(index, query) == guide_id


@pytest.mark.parametrize(("query", "guide_id"), [("tax return", "skattemelding-se-og-levere"),
                                                  ("søppel", "kommune-renovasjon")])
def test_a_query_that_is_a_guide_s_name_finds_that_guide_first(index: SearchIndex, query: str, guide_id: str) -> None:
    """WHOLE_TAG_BONUS: "tax return" is a tag of the tax-return guide; other guides only say the words."""
    assert first(index, query) == guide_id


@pytest.mark.parametrize(("query", "guide_id"), [
    ("pass", "pass-soke"),  # completions like "passasjer" are rarer than "pass", and don't outscore it
    ("skifte fastlege", "fastlege-bytte"),
    ("pengene fra nav til ny konto", "nav-endre-kontonummer"),
])
def test_a_word_counts_with_the_idf_of_its_most_common_term(index: SearchIndex, query: str, guide_id: str) -> None:
    assert first(index, query) == guide_id


def test_two_words_that_are_a_guide_s_name_count_as_that_name(index: SearchIndex) -> None:
    """Word pairs of titles and tags are terms: "d nummer" is the D-number guide's tag, "har ikke bankid" close
    to the no-eID guide's "har ikkje bankid" and "ikke bankid"."""
    assert first(index, "d nummer") == "d-nummer"
    assert "ingen-elektronisk-id" in top3(index, "har ikke bankid")


def test_a_word_being_typed_finds_the_guides_of_its_likely_completions(index: SearchIndex) -> None:
    """COMPLETIONS: "helse" being typed is "helsenorge" for most guides; a single completion would miss it."""
    assert first(index, "helse").startswith("helsenorge-")
    assert {"skattekort", "skattemelding-se-og-levere"} <= {g for g, _ in index.rank("skatte", limit=6)}
