"""The inverted index's lookups that query expansion relies on, on a small hand-made library."""

from __future__ import annotations

from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.text import Stemmer


def _index(*bodies: str) -> InvertedIndex:
    return InvertedIndex([("", "", "", body) for body in bodies], Stemmer())


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
