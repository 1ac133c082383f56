"""Search over small guide sets written as real files and read through the real loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.search import SearchIndex
from frontdesk.knowledge.synonyms import SynonymTable
from tests.knowledge.guide_files import write_guide

AGENCIES = {"nav", "skatteetaten", "bank", "digdir", "kommune"}
BODY = """## Slik hjelper du
1. {text}

## Dette trenger innbyggeren
- Mobiltelefon.

## Vanlige problemer
- Ingen.

## Hvis det ikke løser seg
- Kontakt etaten.
"""


def build(folder: Path, guides: dict[str, dict[str, object]], synonyms: SynonymTable | None = None,
          progress: list[tuple[int, int]] | None = None) -> SearchIndex:
    for guide_id, fields in guides.items():
        fields = dict(fields)
        body = BODY.format(text=fields.pop("text", "Be innbyggeren åpne nettsiden."))
        fields.setdefault("tags", ["veiledning"])
        write_guide(folder, guide_id, body=body, **fields)
    result = load_guides([GuideFolder(folder)], agencies=AGENCIES)
    assert result.errors == []
    return SearchIndex(
        list(result.guides.values()),
        synonyms or SynonymTable(),
        progress=(lambda done, total: progress.append((done, total))) if progress is not None else None,
    )


def ids(index: SearchIndex, query: str, limit: int = 10) -> list[str]:
    return [hit.id for hit in index.search(query, limit=limit)]


@pytest.fixture
def library(tmp_path: Path) -> SearchIndex:
    synonyms = SynonymTable(
        {"selvangivelse": ["skattemelding"], "tax return": ["skattemelding"], "trygdekontoret": ["nav"]},
        stopwords=["og", "om", "hvordan", "jeg"],
    )
    return build(tmp_path, {
        "skattemelding": {"title": "Skattemelding – se og levere", "agency": "skatteetaten",
                          "summary": "Innbyggeren vil levere skattemeldingen."},
        "meldekort": {"title": "NAV – sende meldekort", "summary": "Innbyggeren skal sende meldekortet til NAV.",
                      "text": "Logg inn på nav.no og send meldekort. NAV NAV NAV."},
        "nav-brev": {"title": "Finne brev fra NAV", "summary": "Innbyggeren leter etter et brev fra NAV."},
        "bankid": {"title": "BankID på mobil", "agency": "bank", "summary": "Ta i bruk BankID-appen."},
        "arbeidssoker": {"title": "Registrere seg som arbeidssøker", "summary": "Meld deg som arbeidssøker."},
        "krr": {"title": "Kontaktregisteret – oppdatere mobilnummer", "agency": "digdir",
                "summary": "Endre mobilnummer og e-post i kontaktregisteret."},
        "barnehage": {"title": "Søke barnehageplass", "agency": "kommune",
                      "summary": "Søknad om plass i barnehage."},
        "forerkort": {"title": "Førerkort – fornye", "agency": "digdir", "summary": "Fornye førerkortet."},
    }, synonyms)


@pytest.mark.parametrize(("query", "expected"), [
    ("Skattemelding", "skattemelding"),
    ("skattemeldingen", "skattemelding"),  # definite form via the stemmer
    ("skattemelingen", "skattemelding"),  # typo: one letter missing
    ("meldekrot", "meldekort"),  # transposition counts as one typo
    ("meldekortet", "meldekort"),
    ("meldek", "meldekort"),  # search as you type
    ("forerkort", "forerkort"),  # ø typed as o
    ("foerkort", "forerkort"),
    ("sokn barnehage", "barnehage"),
    ("barnehage plass", "barnehage"),  # split compound
    ("bank id", "bankid"),
    ("bank-id", "bankid"),
    ("BANKID", "bankid"),
    ("arbeid søker", "arbeidssoker"),
    ("arbeid soker", "arbeidssoker"),
    ("kontakt registeret", "krr"),
    ("selvangivelse", "skattemelding"),  # synonym
    ("tax return", "skattemelding"),  # multi-word synonym key
    ("nav brev", "nav-brev"),  # covering every word beats repeating one
    ("trygdekontoret brev", "nav-brev"),
    ("hvordan sender jeg meldekort", "meldekort"),  # stop words don't count against coverage
])
def test_finds_the_right_guide_first(library: SearchIndex, query: str, expected: str) -> None:
    assert ids(library, query)[0] == expected


def test_short_words_get_no_typo_tolerance(library: SearchIndex) -> None:
    assert ids(library, "nqv ") == []


def test_prefix_only_for_the_word_being_typed(library: SearchIndex) -> None:
    assert ids(library, "meldek")[0] == "meldekort"
    assert ids(library, "meldek ") == []  # a finished word is not a prefix
    assert ids(library, "meldek sende")[0] == "meldekort"  # (and it's not the last word either)


def test_every_kind_of_match_finds_the_guide(tmp_path: Path) -> None:
    """As typed, inflected, without æøå, completed while typed, a synonym: each finds its guide, and they count
    alike (the ranking has no weights per kind of match: see knowledge/ranking.py)."""
    synonyms = SynonymTable({"kort": ["brikke"]})
    index = build(tmp_path, {
        "a-synonym": {"title": "Brikke"},
        "b-prefix": {"title": "Kortleser"},
        "c-stem": {"title": "Kortet"},
        "d-exact": {"title": "Kort"},
        "e-folded": {"title": "Søknad"},
    }, synonyms)
    # "Kort" is the whole title of one: the whole-tag bonus puts it first; the others tie, in guide order.
    assert ids(index, "kort") == ["d-exact", "a-synonym", "b-prefix", "c-stem"]
    assert ids(index, "kort ") == ["d-exact", "a-synonym", "c-stem"]  # a finished word is not completed
    assert ids(index, "soknad") == ids(index, "søknad") == ["e-folded"]


def test_hits_carry_fields_matched_words_and_a_short_snippet(library: SearchIndex) -> None:
    hit = library.search("meldekortet nav", limit=1)[0]
    assert (hit.id, hit.title, hit.agency) == ("meldekort", "NAV – sende meldekort", "nav")
    assert hit.score > 0
    assert {"meldekort", "nav"} <= set(hit.matched)
    assert "meldekort" in hit.snippet.lower()
    assert len(hit.snippet) <= 165


def test_snippet_is_trimmed_around_the_match(tmp_path: Path) -> None:
    long_text = " ".join(["Innledende ord uten betydning"] * 12) + " her står trygghetsalarm midt i " + \
        " ".join(["avsluttende tekst"] * 12) + "."
    index = build(tmp_path, {"alarm": {"title": "Hjemmetjenester", "text": long_text}})
    snippet = index.search("trygghetsalarm")[0].snippet
    assert "trygghetsalarm" in snippet
    assert len(snippet) <= 165 and snippet.startswith("…") and snippet.endswith("…")


def test_results_are_sorted_limited_and_stable(library: SearchIndex) -> None:
    hits = library.search("nav", limit=2)
    assert len(hits) == 2
    assert hits[0].score >= hits[1].score
    assert [h.id for h in library.search("nav", limit=2)] == [h.id for h in hits]
    assert library.search("nav", limit=0) == []


def test_progress_is_reported_while_indexing(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build(tmp_path, {f"guide-{n}": {"title": f"Guide nummer {n}"} for n in range(5)}, progress=calls)
    assert calls[-1] == (5, 5)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_empty_index_and_empty_query(tmp_path: Path) -> None:
    assert SearchIndex([], SynonymTable()).search("nav") == []
    assert SearchIndex([], SynonymTable()).suggest("nav") == []
    index = build(tmp_path, {"a": {"title": "Meldekort"}})
    assert index.search("") == [] and index.search("   ") == []


@pytest.mark.parametrize("query", [
    '"', "*", "NEAR", "AND OR NOT", "((( )))", "\x00", "🙂🙂", "-" * 5000, "a" * 10_000,
    "meldekort " * 2000, "'; DROP TABLE guides; --", "\u202e\u200b", "nav*", "skatt~2", "title:nav",
])
def test_hostile_input_never_raises(library: SearchIndex, query: str) -> None:
    hits = library.search(query, limit=5)
    assert len(hits) <= 5
    library.suggest(query)


def test_suggest_corrects_unknown_words_from_the_vocabulary(library: SearchIndex) -> None:
    assert library.suggest("skattemeldnig")[0] == "skattemelding"
    assert library.suggest("skattemeldnig brev")[0] == "skattemelding brev"
    assert library.suggest("meldekort") == []  # nothing to correct
    assert len(library.suggest("meldekrot", limit=1)) == 1


def test_a_guide_scores_by_its_best_term_for_a_word(tmp_path: Path) -> None:
    """"meldekrot" is one typo from "meldekort" and from "meldekot": the meldekort guide, with the word in its
    title and the misspelling only in its text, scores by its title."""
    index = build(tmp_path, {
        "meldekort": {"title": "Sende meldekort", "summary": "Meldekort til NAV hver fjortende dag.",
                      "text": "Send meldekort på nav.no, ikke meldekot."},
        "skrivefeil": {"title": "Vanlige skrivefeil i søk", "summary": "Ord som meldekot og skattekrot.",
                       "tags": ["meldekot", "skrivefeil"]},
    })
    assert [hit.id for hit in index.search("meldekrot")] == ["meldekort", "skrivefeil"]
