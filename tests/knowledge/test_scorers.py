"""The NumPy scorer (the window's) and the dict scorer (the CLI's) rank alike, and remembering recent query
words never changes an answer. Real bundled guides, a synthetic library grown from them, real queries."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from benchmarks.corpus import query_set, real_guides, synthetic_corpus

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.dense import DenseScorer
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.search import SearchIndex
from frontdesk.knowledge.synonyms import SynonymTable


@pytest.fixture(scope="module")
def synonyms() -> SynonymTable:
    return SynonymTable.load(bundled_data_dir() / "synonyms.yaml")


def _queries() -> list[str]:
    """The committed query set, and every query as it is typed, letter by letter, plus some odd input."""
    typed = {query[:end] for query, _ in query_set() for end in range(1, len(query) + 1)}
    odd = {"", "   ", "d", "hva er", "log in", "12345678901", "bank-id", "e post", "søknad barnehage plass",
           "skattemelingen", "xyzzy qwerty", "nav nav nav", "\"minid\" AND (bankid OR *)"}
    return sorted(typed | odd)


def _same_ranking(guides: list[Guide], synonyms: SynonymTable, queries: list[str], limit: int) -> list[str]:
    sparse = SearchIndex(guides, synonyms)
    dense = SearchIndex(guides, synonyms, vectorized=True)
    differences = []
    for query in queries:
        want, got = sparse.rank(query, limit), dense.rank(query, limit)
        if [i for i, _ in got] != [i for i, _ in want] or [s for _, s in got] != pytest.approx(
                [s for _, s in want], rel=1e-9):
            differences.append(f"{query!r}: dict {want[:3]}…, numpy {got[:3]}…")
    return differences


def test_numpy_and_dict_scorers_rank_the_bundled_guides_alike(synonyms: SynonymTable) -> None:
    queries = _queries()
    assert len(queries) > 1000
    assert _same_ranking(real_guides(), synonyms, queries, limit=20) == []


def test_numpy_and_dict_scorers_rank_a_large_library_alike(synonyms: SynonymTable) -> None:
    guides = synthetic_corpus(real_guides(), 600)  # common words in hundreds of guides, ties, whole tags
    assert _same_ranking(guides, synonyms, [q for q, _ in query_set()], limit=10) == []


def test_numpy_and_dict_scorers_rank_thousands_of_guides_alike(synonyms: SynonymTable) -> None:
    """From 2,048 guides the NumPy scorer looks for its pool among the strong guides first."""
    guides = synthetic_corpus(real_guides(), 2500)
    built = SearchIndex(guides, synonyms).inverted
    sparse = SearchIndex(guides, synonyms, prebuilt=built)
    dense = SearchIndex(guides, synonyms, vectorized=True, prebuilt=built)
    queries = [q for q, _ in query_set()] + ["nav", "bank", "helsenorge", "skatt", "minid", "na", "sø"]
    # An agency's name is the whole tag of hundreds of these guides: only those that can still reach the top
    # join the NumPy scorer's pool; asking for more of the ranking lowers that bar.
    for query, limit in [(q, 10) for q in queries] + [("nav", 300), ("altinn", 120), ("nav brev", 300)]:
        want, got = sparse.rank(query, limit), dense.rank(query, limit)
        assert [i for i, _ in got] == [i for i, _ in want], query
        assert [s for _, s in got] == pytest.approx([s for _, s in want], rel=1e-9), query


def _best_by_brute_force(final: np.ndarray, size: int) -> list[int]:
    """The pool by definition: matching guides, best score first, ties by guide number, the first ``size``."""
    matching = [d for d in range(len(final)) if final[d] > 0]
    return sorted(sorted(matching, key=lambda d: (-final[d], d))[:size])


@pytest.mark.parametrize("guides", [100, 3000])
def test_the_pool_is_the_best_matching_guides_with_ties_by_guide_number(guides: int) -> None:
    rng = np.random.default_rng(7)
    cases = [
        rng.random(guides),  # all match, no ties
        np.round(rng.random(guides), 1),  # ties everywhere, a tenth not matching
        np.where(rng.random(guides) < 0.01, 1.0, 0.0),  # a few equal matches: fewer than the pool
        np.where(rng.random(guides) < 0.5, rng.random(guides) * 0.4, 0.0),  # none near the best but one
        np.zeros(guides),
    ]
    cases[3][guides // 2] = 1.0
    for final in cases:
        for size in (1, 40, 200):
            assert sorted(DenseScorer._pool(final, size).tolist()) == _best_by_brute_force(final, size)


def test_numpy_scorer_keeps_every_guide_when_few_match(synonyms: SynonymTable) -> None:
    index = SearchIndex(real_guides(), synonyms, vectorized=True)
    everything = index.rank("bankid", limit=500)
    assert 3 < len(everything) < len(real_guides())  # all that match, none that don't
    assert [score for _, score in everything] == sorted((score for _, score in everything), reverse=True)
    assert all(score > 0 for _, score in everything)
    assert index.rank("bankid", limit=0) == []


@pytest.mark.parametrize("vectorized", [False, True])
def test_remembered_words_never_change_an_answer(synonyms: SynonymTable, vectorized: bool) -> None:
    guides = real_guides()
    typing = SearchIndex(guides, synonyms, vectorized=vectorized)
    queries = _queries()[::3]
    warm = [typing.rank(query, 10) for query in queries]  # each builds on what the earlier ones remembered
    typing.forget_queries()
    fresh = SearchIndex(guides, synonyms, vectorized=vectorized)
    assert warm == [fresh.rank(query, 10) for query in queries]
    # Hits too: the same ids, snippets and matched words whichever scorer ranked them.
    sample = queries[::15]
    other = SearchIndex(guides, synonyms, vectorized=not vectorized)
    assert [[(h.id, h.snippet, h.matched) for h in typing.search(q, 20)] for q in sample] == \
        [[(h.id, h.snippet, h.matched) for h in other.search(q, 20)] for q in sample]


def test_forget_queries_drops_what_typing_remembered(synonyms: SynonymTable) -> None:
    index = SearchIndex(real_guides(), synonyms, vectorized=True)
    before = index.rank("glemt passord minid", 5)
    builder, scorer = index._builder, index._scorer
    assert builder.variants.cache_info().currsize > 0
    assert len(scorer._remembered) > 0  # type: ignore[attr-defined]
    index.forget_queries()
    assert builder.variants.cache_info().currsize == 0
    assert len(scorer._remembered) == 0  # type: ignore[attr-defined]
    assert index.inverted.stemmer.keys.cache_info().currsize == 0
    assert index.rank("glemt passord minid", 5) == before


def test_numpy_scorer_remembers_vectors_within_its_memory_budget(synonyms: SynonymTable,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from frontdesk.knowledge import dense

    guides = real_guides()
    monkeypatch.setattr(dense, "_REMEMBERED_BYTES", 8 * len(guides) * 20)  # room for 20 vectors
    index = SearchIndex(guides, synonyms, vectorized=True)
    scorer = index._scorer
    queries = _queries()[::7]
    answers = [index.rank(query, 10) for query in queries]
    assert 0 < len(scorer._remembered) <= 20  # type: ignore[attr-defined]
    monkeypatch.setattr(dense, "_REMEMBERED_BYTES", 2**30)  # a large budget: capped by the count instead
    roomy = SearchIndex(guides, synonyms, vectorized=True)
    assert [roomy.rank(query, 10) for query in queries] == answers
    assert 20 < len(roomy._scorer._remembered) <= dense._REMEMBERED_MAX  # type: ignore[attr-defined]


def test_one_shot_commands_do_not_load_numpy() -> None:
    """`frontdesk search` answers one query: NumPy's import would cost more than its ranking saves."""
    code = (
        "import sys, tempfile\n"
        "from frontdesk.config import Config\n"
        "from frontdesk.knowledge.library import KnowledgeBase\n"
        "kb = KnowledgeBase.from_config(Config.from_env(tempfile.mkdtemp()))\n"
        "kb.reload()\n"
        "assert kb.search('glemt passord minid'), 'no hits'\n"
        "print('numpy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_whole_tag_guides_outside_the_pool_join_it_only_if_their_bonus_can_reach_the_top() -> None:
    from frontdesk.knowledge.ranking import WHOLE_TAG_BONUS

    pool = np.arange(60, dtype=np.intp)  # more whole-tag guides than pooled ones: the vectorised path
    scores = np.linspace(100.0, 41.0, 60)  # the pool's reranked scores; the 2nd best is 99.0
    final = np.zeros(200)
    final[100] = 99.0 / WHOLE_TAG_BONUS  # its bonus reaches exactly the 2nd best: it may tie, so it joins
    final[101] = 98.0 / WHOLE_TAG_BONUS  # can't reach the top 2
    final[102] = 0.0  # doesn't match the query at all
    whole_tag = {1, 100, 101, 102, *range(103, 170)}
    assert DenseScorer._whole_tag_extras(pool, scores, final, whole_tag, limit=2).tolist() == [100]
    # Asking for more of the ranking lowers the bar; guides already pooled never join twice.
    assert sorted(DenseScorer._whole_tag_extras(pool, scores, final, whole_tag, limit=60).tolist()) == [100, 101]
    # A guide or two (fewer than the pool): every matching one outside the pool joins.
    assert DenseScorer._whole_tag_extras(pool, scores, final, {5, 101, 102}, limit=2).tolist() == [101]
