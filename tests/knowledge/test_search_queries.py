"""The committed query set against the real bundled guides: the engine must find what staff look for.

The floors are what the ranking reaches, so a change that hurts shows up: every query finds its guide in the top
3, and all of the 206 find it first (the MRR floor leaves room for one or two to come second).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from frontdesk.config import Config
from frontdesk.knowledge.library import KnowledgeBase

QUERY_SET = Path(__file__).with_name("search_queries.yaml")
MIN_HIT_RATE_AT_3 = 1.0
MIN_MRR = 0.995


def _queries() -> list[tuple[str, str]]:
    raw = yaml.safe_load(QUERY_SET.read_text(encoding="utf-8"))
    return [(str(entry["query"]), str(entry["expected"])) for entry in raw["queries"]]


@pytest.fixture(scope="module")
def rankings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each query's top 10 guide ids, from the knowledge base the app and CLI use."""
    kb = KnowledgeBase.from_config(Config.from_env(tmp_path_factory.mktemp("home")))
    kb.reload()
    assert {expected for _, expected in _queries()} <= set(kb.guides), "the query set expects missing guides"
    return {query: [hit.id for hit in kb.search(query, limit=10)] for query, _ in _queries()}


def test_query_set_is_large_and_varied() -> None:
    queries = _queries()
    assert len(queries) >= 206
    assert len({q for q, _ in queries}) == len(queries), "duplicate queries"


def test_every_query_finds_its_guide_in_the_top_3(rankings: dict[str, list[str]]) -> None:
    queries = _queries()
    misses = [f"{q!r}: expected {want}, got {rankings[q][:3]}" for q, want in queries if want not in rankings[q][:3]]
    rate = 1 - len(misses) / len(queries)
    assert rate >= MIN_HIT_RATE_AT_3, f"hit rate at 3 is {rate:.3f}; misses:\n" + "\n".join(misses)


def test_mean_reciprocal_rank(rankings: dict[str, list[str]]) -> None:
    queries = _queries()
    ranks = {q: rankings[q].index(want) + 1 if want in rankings[q] else None for q, want in queries}
    mrr = sum(1 / r for r in ranks.values() if r) / len(queries)
    below = [f"{q!r}: {want} at {ranks[q]}" for q, want in queries if ranks[q] != 1]
    assert mrr >= MIN_MRR, f"MRR is {mrr:.4f}; not first:\n" + "\n".join(below)
