"""The committed query set against the real bundled guides: the engine must find what staff look for."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from frontdesk.config import Config
from frontdesk.knowledge.library import KnowledgeBase

QUERY_SET = Path(__file__).with_name("search_queries.yaml")
MIN_HIT_RATE_AT_3 = 0.9


def _queries() -> list[tuple[str, str]]:
    raw = yaml.safe_load(QUERY_SET.read_text(encoding="utf-8"))
    return [(str(entry["query"]), str(entry["expected"])) for entry in raw["queries"]]


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    kb = KnowledgeBase.from_config(Config.from_env(tmp_path_factory.mktemp("home")))
    kb.reload()
    return kb


def test_query_set_is_large_and_varied() -> None:
    queries = _queries()
    assert len(queries) >= 70
    assert len({q for q, _ in queries}) == len(queries), "duplicate queries"


def test_every_expected_guide_exists(knowledge: KnowledgeBase) -> None:
    missing = sorted({expected for _, expected in _queries() if knowledge.get(expected) is None})
    assert missing == [], f"query set expects guides that do not exist: {missing}"


def test_hit_rate_at_3_on_the_bundled_guides(knowledge: KnowledgeBase) -> None:
    queries = _queries()
    misses = []
    for query, expected in queries:
        top = [hit.id for hit in knowledge.search(query, limit=3)]
        if expected not in top:
            misses.append(f"{query!r}: expected {expected}, got {top}")
    rate = 1 - len(misses) / len(queries)
    assert rate >= MIN_HIT_RATE_AT_3, f"hit rate at 3 is {rate:.2f}; misses:\n" + "\n".join(misses)
