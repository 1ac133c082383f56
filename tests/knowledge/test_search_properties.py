"""Property test: whatever is typed, search answers quickly and well-formed, never raises."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.search import SearchIndex
from frontdesk.knowledge.synonyms import SynonymTable


def _bundled_index() -> SearchIndex:
    data = bundled_data_dir()
    result = load_guides([GuideFolder(data / "guides")], agencies=AgencyRegistry.load(data).agencies)
    return SearchIndex(list(result.guides.values()), SynonymTable.load(data / "synonyms.yaml"))


INDEX = _bundled_index()
OPERATORS = st.sampled_from(['"', "*", "NEAR", "AND", "OR", "NOT", "(", ")", ":", "^", "~", "\x00", "-", "🙂",
                             "bank", "id", "nav", "søknad", "skattemelding", " ", "\n", "æøå", "AAP"])
QUERIES = st.one_of(
    st.text(max_size=300),
    st.lists(OPERATORS, max_size=60).map("".join),
    st.lists(OPERATORS, max_size=20).map(" ".join),
    st.builds(lambda ch, n: ch * n, st.characters(), st.integers(0, 20_000)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=QUERIES, limit=st.integers(0, 30))
def test_any_text_gives_at_most_limit_hits_sorted_by_score(query: str, limit: int) -> None:
    hits = INDEX.search(query, limit=limit)
    assert len(hits) <= limit
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.id for h in hits}) == len(hits)
    assert all(h.score >= 0 and h.id and h.title for h in hits)
    suggestions = INDEX.suggest(query, limit=3)
    assert len(suggestions) <= 3 and all(isinstance(s, str) and s for s in suggestions)


def test_bundled_guides_are_indexed() -> None:
    assert Path(bundled_data_dir() / "guides").is_dir()
    assert INDEX.search("skattemelding", limit=1)
