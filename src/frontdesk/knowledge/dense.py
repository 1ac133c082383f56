"""The ranking of :mod:`frontdesk.knowledge.scoring` on NumPy vectors: one float per guide per query word.

Merging posting lists in dicts touches every matching guide from Python, several thousand per common word in
a large library. Here each term's postings are scattered into a vector in one call, and coverage, the coverage
factor, the pool and the balance factor are whole-vector operations, so a query costs a few dozen NumPy calls
whatever the library's size. The arithmetic is the sparse scorer's, in float64, in the same order; the two
agree to rounding (tests/knowledge/test_scorers.py).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import cast

import numpy as np
from numpy.typing import NDArray

from frontdesk.knowledge import ranking
from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.query import Alternative, Query, Slot
from frontdesk.knowledge.scoring import pool_size, weighted_terms

Vector = NDArray[np.float64]
# A term's postings as the scatter wants them: guide numbers as indexes, scores as float64. A term in a few
# guides stays a pair of lists: a Python loop over 1–4 items beats a NumPy call's fixed cost.
Column = tuple[NDArray[np.intp], Vector] | tuple[list[int], list[float]]
_FEW = 4
# Vectors of recent query words' alternatives, kept while the same words are typed on: search-as-you-type
# scores only the word being typed. Bounded by memory (32 MiB: 400 vectors at 10,000 guides) and by what the
# query builder still remembers (an alternative it has forgotten is never asked for again).
_REMEMBERED_BYTES = 32 * 2**20
_REMEMBERED_MAX = 4096


class DenseScorer:
    def __init__(self, index: InvertedIndex, is_stopword: Callable[[str], bool]) -> None:
        self._index = index
        self._is_stopword = is_stopword
        self._size = index.size
        # Converted the first time a query uses the term, so memory grows with the terms people type.
        self._columns: dict[str, Column] = {}
        self._remembered: OrderedDict[Alternative, Vector | None] = OrderedDict()
        self._capacity = max(16, min(_REMEMBERED_MAX, _REMEMBERED_BYTES // (8 * max(1, self._size))))

    def forget(self) -> None:
        self._remembered.clear()

    def rank(self, plan: Query, limit: int) -> list[tuple[int, float]]:
        slots = [v for v in (self._slot_vector(slot) for slot in plan.slots) if v is not None]
        if not slots:
            return []
        needed = len(slots)
        if needed == 1:
            final = slots[0]  # one word: nothing to cover, the score is final
        else:
            total = slots[0].copy()
            covered = (slots[0] > 0).astype(np.intp)
            for vector in slots[1:]:
                total += vector
                covered += vector > 0
            # ranking.final per number of words covered: (share covered)², times the bonus for all of them.
            factors = np.array([(c / needed) ** 2 for c in range(needed + 1)])
            factors[needed] *= ranking.ALL_WORDS_BONUS
            final = total * factors[covered]
        pool = self._pool(final, pool_size(limit))
        # Guides whose tag or title is the whole query join the pool (their bonus is applied in the rerank).
        whole_tag = self._index.whole_tag(plan.words)
        if whole_tag:
            pooled = set(pool.tolist())
            extra = np.fromiter((d for d in whole_tag if d not in pooled), dtype=np.intp)
            pool = np.concatenate((pool, extra[final[extra] > 0]))
        return self._rerank(pool, final, slots, whole_tag, limit)

    @staticmethod
    def _pool(final: Vector, size: int) -> NDArray[np.intp]:
        """The ``size`` best guides by ``final`` among those matching a word (final > 0); ties by guide number."""
        matching = np.flatnonzero(final)
        if len(matching) <= size:
            return matching
        # Partitioned among the matching guides only: NumPy's selection is slow on a mostly-zero vector.
        scores = final[matching]
        cut = np.partition(scores, len(scores) - size)[len(scores) - size]  # the size-th best score
        above = matching[scores > cut]
        tied = matching[scores == cut][: size - len(above)]
        return np.concatenate((above, tied))

    @staticmethod
    def _rerank(pool: NDArray[np.intp], final: Vector, slots: Sequence[Vector], whole_tag: set[int],
                limit: int) -> list[tuple[int, float]]:
        """:func:`ranking.rerank` for the pool: times the balance factor and the whole-tag bonus."""
        scores = final[pool]
        if len(slots) > 1:  # one word is always balanced (factor 1)
            values = np.array([vector[pool] for vector in slots])  # query word × pooled guide
            positive = values > 0
            weakest = np.where(positive, values, np.inf).min(axis=0)
            strongest = values.max(axis=0)
            scores *= np.where(positive.sum(axis=0) >= 2, 0.5 + 0.5 * weakest / strongest, 1.0)
        if whole_tag:
            scores[[d in whole_tag for d in pool.tolist()]] *= ranking.WHOLE_TAG_BONUS
        order = np.lexsort((pool, -scores))[:limit]
        return list(zip(pool[order].tolist(), scores[order].tolist(), strict=True))

    def _slot_vector(self, slot: Slot) -> Vector | None:
        """Per guide, the best score any alternative of this query word reaches in it; None if none matches."""
        best: Vector | None = None
        for alternative in slot.alternatives:
            scores = self._alternative_vector(alternative)
            if scores is None:
                continue
            best = scores if best is None else np.maximum(best, scores)  # never in place: kept vectors
        return best

    def _alternative_vector(self, alternative: Alternative) -> Vector | None:
        remembered = self._remembered
        if alternative in remembered:
            remembered.move_to_end(alternative)
            return remembered[alternative]
        vector = remembered[alternative] = self._score_alternative(alternative)
        if len(remembered) > self._capacity:
            remembered.popitem(last=False)
        return vector

    def _score_alternative(self, alternative: Alternative) -> Vector | None:
        share = alternative.weight / len(alternative.groups)  # a phrase scores the mean of its words
        combined: Vector | None = None
        for group in alternative.groups:
            terms = weighted_terms(self._index, group, share, self._is_stopword)
            if not terms:
                continue
            if combined is None:
                combined = np.zeros(self._size)
                self._scatter(combined, terms)
            else:
                scores = np.zeros(self._size)
                self._scatter(scores, terms)
                combined += scores
        return combined

    def _scatter(self, into: Vector, terms: list[tuple[str, float]]) -> None:
        """Each term's weighted postings written over the previous terms' (the best kind of match wins)."""
        columns = self._columns
        for term, multiplier in terms:
            docs, values = columns.get(term) or self._column(term)
            if isinstance(docs, list):
                for document, value in zip(docs, values, strict=True):
                    into[document] = value * multiplier
            else:
                into[docs] = cast(Vector, values) * multiplier

    def _column(self, term: str) -> Column:
        found = self._columns.get(term)
        if found is None:
            docs, values = self._index.postings[term]
            if len(docs) <= _FEW:
                found = (docs.tolist(), values.tolist())
            else:
                found = (np.frombuffer(docs, dtype=np.uint32).astype(np.intp),
                         np.frombuffer(values, dtype=np.float32).astype(np.float64))
            self._columns[term] = found
        return found
