"""The ranking of :mod:`frontdesk.knowledge.scoring` on NumPy vectors: one float per guide per query word.

Merging posting lists in dicts touches every matching guide from Python, several thousand per common word in
a large library. Here each term's postings are scattered into a vector in one call, and coverage, the coverage
factor, the pool and the balance factor are whole-vector operations, so a query costs a few dozen NumPy calls
whatever the library's size. The arithmetic is the sparse scorer's, in float64, in the same order; the two
agree to rounding (tests/knowledge/test_scorers.py).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar, cast

import numpy as np
from numpy.typing import NDArray

from frontdesk.knowledge import ranking
from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.query import Alternative, Query, Slot
from frontdesk.knowledge.scoring import Kind, match_kinds, pool_size

Vector = NDArray[np.float64]
Matrix = NDArray[np.float64]  # query word × guide
K = TypeVar("K", bound=Hashable)
# A term's postings as the scatter wants them: guide numbers as indexes, scores as float64. A term in a few
# guides stays a pair of lists: a Python loop over 1–4 items beats a NumPy call's fixed cost.
Column = tuple[NDArray[np.intp], Vector] | tuple[list[int], list[float]]
_FEW = 4
# Up to this many matching guides the pool is found by one stable sort; beyond, by a partition (linear).
_SORT_MAX = 512
# From this many guides the pool is first looked for among the guides with at least this share of the best score.
_STRONG_FROM = 2048
_STRONG_SHARE = 0.5
# Vectors of recent query words and their alternatives, kept while the same words are typed on: search-as-you-
# type scores only the word being typed. Bounded by memory (64 MiB: 800 vectors at 10,000 guides; 16 MiB for
# 500 guides, where the count bounds) and by what the query builder still remembers (an alternative it has
# forgotten is never asked for again). Least recently used first out: once a day's words outgrow the budget,
# the oldest are scored afresh.
_REMEMBERED_BYTES = 64 * 2**20
_REMEMBERED_MAX = 4096


class DenseScorer:
    def __init__(self, index: InvertedIndex, is_stopword: Callable[[str], bool]) -> None:
        self._index = index
        self._is_stopword = is_stopword
        self._size = index.size
        # Converted the first time a query uses the term, so memory grows with the terms people type.
        self._columns: dict[str, Column] = {}
        # Keyed by an alternative, or a word's tuple of alternatives (both by identity).
        self._remembered: OrderedDict[Hashable, Vector | None] = OrderedDict()
        self._coverage_factors: dict[int, Vector] = {}
        self._capacity = max(16, min(_REMEMBERED_MAX, _REMEMBERED_BYTES // (8 * max(1, self._size))))

    def forget(self) -> None:
        self._remembered.clear()

    def rank(self, plan: Query, limit: int) -> list[tuple[int, float]]:
        slots = [v for v in (self._slot_vector(slot) for slot in plan.slots) if v is not None]
        if not slots:
            return []
        # ufunc.reduce and ndarray methods rather than np.sum/np.min/np.flatnonzero: at a few hundred guides a
        # call's fixed cost is most of the work, and those wrappers add a Python layer to each.
        matrix: Matrix | None = None
        if len(slots) == 1:
            final = slots[0]  # one word: nothing to cover, the score is final
        else:
            matrix = np.array(slots)  # query word × guide (np.vstack does the same through three Python layers)
            covered = np.add.reduce(matrix > 0, axis=0)
            final = np.add.reduce(matrix, axis=0) * self._coverage(len(slots))[covered]
        pool = self._pool(final, pool_size(limit))
        whole_tag = self._index.whole_tag(plan.words)
        scores = self._rerank(pool, final, matrix, whole_tag)
        if whole_tag:  # guides whose tag or title is the whole query join the pool
            extra = self._whole_tag_extras(pool, scores, final, whole_tag, limit)
            if len(extra):
                pool = np.concatenate((pool, extra))
                scores = np.concatenate((scores, self._rerank(extra, final, matrix, whole_tag)))
        order = np.lexsort((pool, -scores))[:limit]
        return list(zip(pool[order].tolist(), scores[order].tolist(), strict=True))

    @staticmethod
    def _whole_tag_extras(pool: NDArray[np.intp], scores: Vector, final: Vector, whole_tag: set[int],
                          limit: int) -> NDArray[np.intp]:
        """The whole-tag guides outside the pool that match and could still reach the best ``limit``.

        An agency's name is the whole tag of all its guides, thousands in a large library. The bonus lifts a
        guide at most to final × WHOLE_TAG_BONUS (the balance factor is at most 1): one that can't reach the
        ``limit``-th best score of the pool stays out, and the answer is the same."""
        pooled = set(pool.tolist())
        if len(whole_tag) <= len(pool):  # a guide or two, usually pooled already: no NumPy call for them
            missing = np.array([d for d in whole_tag if d not in pooled], dtype=np.intp)
            return missing[final[missing] > 0] if len(missing) else missing
        tagged = np.fromiter(whole_tag, dtype=np.intp, count=len(whole_tag))
        reach = final[tagged] * ranking.WHOLE_TAG_BONUS
        floor = np.partition(scores, len(scores) - limit)[len(scores) - limit] if len(scores) >= limit else 0.0
        hopeful = tagged[(reach > 0) & (reach >= floor)].tolist()
        return np.array([d for d in hopeful if d not in pooled], dtype=np.intp)

    def _coverage(self, needed: int) -> Vector:
        """:func:`ranking.final`'s factor by words covered, 0…needed: (share covered)², times the bonus for all."""
        factors = self._coverage_factors.get(needed)
        if factors is None:
            factors = np.array([(c / needed) ** 2 for c in range(needed + 1)])
            factors[needed] *= ranking.ALL_WORDS_BONUS
            self._coverage_factors[needed] = factors
        return factors

    @staticmethod
    def _pool(final: Vector, size: int) -> NDArray[np.intp]:
        """The ``size`` best guides by ``final`` among those matching a word (final > 0); ties by guide number."""
        if len(final) >= _STRONG_FROM:
            # Thousands of guides: look among the strong ones first. When at least ``size`` guides reach half the
            # best score, the size-th best (and every guide tied with it) is among them: the same pool, found in
            # a few hundred guides instead of thousands (a third of the time at 10,000 guides).
            strong = (final >= final.max() * _STRONG_SHARE).nonzero()[0]
            if len(strong) >= size and final[strong[0]] > 0:  # (with nothing matching, every guide is 'strong')
                return DenseScorer._best(strong, final[strong], size)
        matching = final.nonzero()[0]
        if len(matching) <= size:
            return matching
        return DenseScorer._best(matching, final[matching], size)

    @staticmethod
    def _best(candidates: NDArray[np.intp], scores: Vector, size: int) -> NDArray[np.intp]:
        """The ``size`` best of ``candidates`` (in guide order, more than ``size``) by ``scores``."""
        if len(candidates) <= _SORT_MAX:  # a stable sort keeps ties in guide order
            return candidates[np.argsort(-scores, kind="stable")[:size]]
        # Partitioned among the candidates only: NumPy's selection is slow on a mostly-zero vector.
        cut = np.partition(scores, len(scores) - size)[len(scores) - size]  # the size-th best score
        above = candidates[scores > cut]
        tied = candidates[scores == cut][: size - len(above)]
        return np.concatenate((above, tied))

    @staticmethod
    def _rerank(pool: NDArray[np.intp], final: Vector, matrix: Matrix | None, whole_tag: set[int]) -> Vector:
        """:func:`ranking.rerank`'s scores for the pool: times the balance factor and the whole-tag bonus."""
        scores = final[pool]
        if matrix is not None:  # one word is always balanced (factor 1)
            values = matrix[:, pool]  # query word × pooled guide
            weakest = np.minimum.reduce(np.where(values > 0, values, np.inf), axis=0)
            # Every pooled guide matches a word, so weakest ≤ strongest is finite; with one word matched they are
            # equal and the factor is exactly 1, as ranking.balance gives.
            scores *= 0.5 + 0.5 * (weakest / np.maximum.reduce(values, axis=0))
        if whole_tag:
            scores[[i for i, d in enumerate(pool.tolist()) if d in whole_tag]] *= ranking.WHOLE_TAG_BONUS
        return scores

    def _slot_vector(self, slot: Slot) -> Vector | None:
        """Per guide, the best score any alternative of this query word reaches in it; None if none matches."""
        alternatives = slot.alternatives
        if len(alternatives) == 1:
            return self._recall(alternatives[0], self._score_alternative)
        # The builder hands out the same alternatives for a word typed again: their tuple stands for the word.
        return self._recall(tuple(alternatives), self._best_alternative)

    def _best_alternative(self, alternatives: tuple[Alternative, ...]) -> Vector | None:
        best: Vector | None = None
        for alternative in alternatives:
            scores = self._recall(alternative, self._score_alternative)
            if scores is None:
                continue
            best = scores if best is None else np.maximum(best, scores)  # never in place: kept vectors
        return best

    def _recall(self, key: K, compute: Callable[[K], Vector | None]) -> Vector | None:
        """``compute(key)``, remembered: the least recently used goes first when the budget is full."""
        remembered = self._remembered
        if key in remembered:
            remembered.move_to_end(key)
            return remembered[key]
        vector = remembered[key] = compute(key)
        if len(remembered) > self._capacity:
            remembered.popitem(last=False)
        return vector

    def _score_alternative(self, alternative: Alternative) -> Vector | None:
        share = alternative.weight / len(alternative.groups)  # a phrase scores the mean of its words
        combined: Vector | None = None
        for group in alternative.groups:
            kinds = match_kinds(self._index, group, share, self._is_stopword)
            if not kinds:
                continue
            if combined is None:
                combined = np.zeros(self._size)
                self._scatter(combined, kinds)
            else:
                scores = np.zeros(self._size)
                self._scatter(scores, kinds)
                combined += scores
        return combined

    def _scatter(self, into: Vector, kinds: list[Kind]) -> None:
        """Each kind's weighted postings written over the weaker kinds' (the best kind of match wins)."""
        for terms, multiplier in kinds:
            # Several terms of one kind share the multiplier: a guide scores by its best of them.
            docs, values = ((self._columns.get(terms[0]) or self._column(terms[0])) if len(terms) == 1
                            else self._best_of(terms))
            if isinstance(docs, list):
                for document, value in zip(docs, values, strict=True):
                    into[document] = value * multiplier
            else:
                into[docs] = cast(Vector, values) * multiplier

    def _best_of(self, terms: list[str]) -> tuple[NDArray[np.intp], Vector]:
        """Every guide holding one of ``terms``, with its best (unweighted) score among them."""
        best = np.zeros(self._size)
        held = []
        for term in terms:
            docs, values = self._columns.get(term) or self._column(term)
            if isinstance(docs, list):
                for document, value in zip(docs, values, strict=True):
                    if value > best[document]:
                        best[document] = value
                held.append(np.array(docs, dtype=np.intp))
            else:
                best[docs] = np.maximum(best[docs], values)
                held.append(docs)
        union = np.concatenate(held)  # a guide holding several of the terms is listed more than once: harmless
        return union, best[union]

    def _column(self, term: str) -> Column:
        """The term's postings converted for the scatter and kept (its callers look them up first)."""
        docs, values = self._index.postings[term]
        column: Column
        if len(docs) <= _FEW:
            column = (docs.tolist(), values.tolist())
        else:
            column = (np.frombuffer(docs, dtype=np.uint32).astype(np.intp),
                      np.frombuffer(values, dtype=np.float32).astype(np.float64))
        self._columns[term] = column
        return column
