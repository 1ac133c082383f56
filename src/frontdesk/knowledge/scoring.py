"""Scoring a query plan over the index: each query word's best alternative per guide, then the ranking.

Two scorers compute the same ranking. :class:`SparseScorer` merges posting lists in dicts: nothing to import
and no set-up, right for a one-shot command that runs a single query. :class:`~frontdesk.knowledge.dense.
DenseScorer` does the same arithmetic on NumPy vectors over all guides, an order of magnitude faster per query
once NumPy is loaded, right for the window's search-as-you-type (see docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from frontdesk.knowledge import ranking
from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.query import Alternative, Group, Query, Slot


class Scorer(Protocol):
    def rank(self, plan: Query, limit: int) -> list[tuple[int, float]]:
        """(guide number, score) of the best ``limit`` guides, best first; ties by guide number."""
        ...

    def forget(self) -> None:
        """Drop whatever the scorer remembers of earlier queries."""
        ...


def pool_size(limit: int) -> int:
    """How many guides are re-ranked with the balance factor: a few times what is shown."""
    return max(limit * 4, 40)


Kind = tuple[list[str], float]  # the terms of one kind of match, and the multiplier they share


def match_kinds(index: InvertedIndex, group: Group, factor: float,
                is_stopword: Callable[[str], bool]) -> list[Kind]:
    """The group's indexed terms by kind of match (terms of equal weight), weakest kind first.

    Each guide scores by the best *kind* of match it has for the word (exact beats stem beats prefix): applied
    in this order, a guide's exact occurrence overwrites its stem or prefix occurrences. Within one kind a guide
    scores by its best term: for "meldekrot", a guide with "meldekort" in its title and the misspelling
    "meldekot" among its tags scores by its title. All terms of the word share the idf of its most common
    content form, so a rare completion cannot outscore the word itself.
    """
    postings = index.postings
    if len(group) == 1:  # most groups: a phrase pair, a synonym's word, a word only spelt one way
        ((term, weight),) = group.items()
        return [([term], factor * index.idf[term] * weight)] if term in postings else []
    ordered = sorted((weight, term) for term, weight in group.items() if term in postings)
    if not ordered:
        return []
    idf = index.idf
    factor *= min([idf[t] for _, t in ordered if not is_stopword(t)] or [idf[t] for _, t in ordered])
    kinds: list[Kind] = []
    previous = None
    for weight, term in ordered:
        if weight == previous:
            kinds[-1][0].append(term)
        else:
            kinds.append(([term], factor * weight))
            previous = weight
    return kinds


class SparseScorer:
    """The ranking with dicts over the guides each word matches."""

    def __init__(self, index: InvertedIndex, is_stopword: Callable[[str], bool]) -> None:
        self._index = index
        self._is_stopword = is_stopword

    def forget(self) -> None:
        pass  # remembers nothing

    def rank(self, plan: Query, limit: int) -> list[tuple[int, float]]:
        per_slot = [self._slot_scores(slot) for slot in plan.slots]
        findable = [scores for scores in per_slot if scores]
        if not findable:
            return []
        totals = ranking.add_up(findable)
        needed = len(findable)
        pool = ranking.candidates(totals, needed, max(max(s.values()) for s in findable), pool_size(limit))
        whole_tag = self._index.whole_tag(plan.words)
        seen = {document for document, _ in pool}
        pool += [(d, ranking.final(totals[d], needed)) for d in whole_tag if d in totals and d not in seen]
        return ranking.rerank(pool, findable, whole_tag, limit)

    def _slot_scores(self, slot: Slot) -> dict[int, float]:
        """Guide -> the best score any alternative of this query word reaches in it."""
        best: dict[int, float] = {}
        for alternative in slot.alternatives:
            scores = self._alternative_scores(alternative)
            if len(scores) > len(best):
                best, scores = scores, best
            for document, value in scores.items():  # the smaller one, merged into the larger
                if value > best.get(document, 0.0):
                    best[document] = value
        return best

    def _alternative_scores(self, alternative: Alternative) -> dict[int, float]:
        share = alternative.weight / len(alternative.groups)  # a phrase scores the mean of its words
        combined: dict[int, float] = {}
        for group in alternative.groups:
            scores = self._group_scores(group, share)
            if not combined:
                combined = scores
                continue
            for document, value in scores.items():
                combined[document] = combined.get(document, 0.0) + value
        return combined

    def _group_scores(self, group: Group, factor: float) -> dict[int, float]:
        """:func:`match_kinds` in order, each kind's scores written over the weaker kinds' with dict.update."""
        postings = self._index.postings
        scores: dict[int, float] = {}
        for terms, multiplier in match_kinds(self._index, group, factor, self._is_stopword):
            if len(terms) == 1:  # most kinds: the merge stays in C
                docs, values = postings[terms[0]]
                scores.update(zip(docs, map(multiplier.__mul__, values), strict=True))
                continue
            best: dict[int, float] = {}
            for term in terms:
                docs, values = postings[term]
                for document, value in zip(docs, values, strict=True):
                    if value > best.get(document, 0.0):
                        best[document] = value
            scores.update(zip(best, map(multiplier.__mul__, best.values()), strict=True))
        return scores
