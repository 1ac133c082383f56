"""The inverted index's lookups that query expansion relies on, on a small hand-made library."""

from __future__ import annotations

from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.ranking import term_weight
from frontdesk.knowledge.text import Stemmer


def _index(*bodies: str) -> InvertedIndex:
    """One guide per body, the body as its text field and every other field empty."""
    return InvertedIndex([("", body) for body in bodies], Stemmer(), term_weight)


def test_with_prefix_gives_completions_most_common_first_then_alphabetical() -> None:
    index = _index("søknad søker", "søknad sølv", "søknad søker", "zulu")
    assert index.with_prefix("søk", 10) == ["søknad", "søker"]  # in 3 guides, in 2
    assert index.with_prefix("sø", 10) == ["søknad", "søker", "sølv"]
    assert index.with_prefix("sø", 2) == ["søknad", "søker"]
    assert index.with_prefix("sok", 10) == ["søknad", "søker"]  # typed without ø
    assert index.with_prefix("zul", 10) == ["zulu"]  # the last words of the vocabulary
    assert index.with_prefix("zz", 10) == []
    assert index.with_prefix("å", 10) == []


def test_with_prefix_looks_only_a_few_times_the_limit_into_a_long_run_of_completions() -> None:
    index = _index(" ".join(f"pass{n:03d}" for n in range(200)), "passord", "passord")
    found = index.with_prefix("pass", 5)
    assert len(found) == 5
    assert all(term.startswith("pass") for term in found)


def test_variants_are_the_terms_spelled_like_the_word_folded_or_inflected() -> None:
    index = _index("søknaden om barnehageplass", "søknad", "soknader")
    assert index.variants("søknad") >= {"søknad", "søknaden"}
    assert "soknader" in index.variants("søknad")  # written without ø, and plural
    assert index.variants("soknad") == index.variants("søknad")
    assert index.variants("bankid") == set()


def test_near_counts_a_missed_or_extra_doubled_letter_as_no_typo() -> None:
    index = _index("fullmakt og pass", "oppholdstillatelse")
    assert index.near("fulmakt", 0) == [("fullmakt", 0)]
    assert index.near("pas", 0) == [("pass", 0)]
    assert index.near("opholdstilatlse", 1) == [("oppholdstillatelse", 1)]  # doubled letters, and one typo
    assert index.near("fulmakt", 1)[0] == ("fullmakt", 0)  # nearest first
