"""Combining the query words' scores into one ranking.

Per guide: the sum of its words' scores, times (share of words covered)², times a bonus when it covers them
all, times a balance factor (a guide matching every word well beats one matching one word very well and the
rest barely), times a bonus when the whole query equals one of its tags or its title.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Sequence
from operator import itemgetter

ALL_WORDS_BONUS = 1.5
WHOLE_TAG_BONUS = 1.3
# Each covered word adds COVERED to a guide's running total: the quotient is the number of words covered and
# the remainder the summed score (one word scores far below COVERED). One dict, one pass, mostly in C.
COVERED = 10_000.0


def add_up(per_word: Sequence[dict[int, float]]) -> dict[int, float]:
    """Guide -> COVERED * words covered + summed score."""
    totals = dict(zip(per_word[0], map(COVERED.__add__, per_word[0].values()), strict=True))
    for scores in per_word[1:]:
        for document, value in scores.items():
            totals[document] = totals.get(document, 0.0) + value + COVERED
    return totals


def final(total: float, needed: int) -> float:
    """Score with the coverage factor: (share of words covered)², times a bonus when every word is."""
    count = int(total // COVERED)
    share = count / needed
    bonus = ALL_WORDS_BONUS if count == needed and needed > 1 else 1.0
    return (total - count * COVERED) * share * share * bonus


def candidates(totals: dict[int, float], needed: int, best_word: float, size: int) -> list[tuple[int, float]]:
    """The ``size`` best guides by :func:`final`, without computing it for every guide.

    Raw totals order guides by (words covered, score), which is nearly the final order. Take that order's
    top (fast, in C); its ``size``-th final score is a floor the true top must reach. A guide covering ``c``
    words scores at most ``c * best_word`` (``best_word``: the best score any single word reached), so only
    coverages that can reach the floor matter, and within them only raw totals above the floor's equivalent:
    one cheap filter leaves the few guides that can still enter the top, and only those are scored.
    """
    pool = heapq.nlargest(size, totals.items(), key=itemgetter(1))
    finals = sorted(((final(total, needed), -document) for document, total in pool), reverse=True)
    if len(pool) == len(totals):
        return [(-negative, score) for score, negative in finals]
    floor = finals[-1][0]
    lowest = pool[-1][1]
    for count in range(1, needed + 1):
        factor = (count / needed) ** 2 * (ALL_WORDS_BONUS if count == needed and needed > 1 else 1.0)
        if count * best_word * factor >= floor:  # this coverage can still reach the top
            lowest = min(lowest, count * COVERED + floor / factor)
            break  # higher coverages need an even lower score, so their raw totals lie above this one
    rest = [item for item in totals.items() if lowest <= item[1]]
    if len(rest) > len(pool):
        finals = sorted(((final(total, needed), -document) for document, total in rest), reverse=True)[:size]
    return [(-negative, score) for score, negative in finals]


def balance(document: int, per_word: Sequence[dict[int, float]]) -> float:
    """0.5–1: how evenly the guide matches the words it covers (weakest / strongest)."""
    values = [v for scores in per_word if (v := scores.get(document, 0.0)) > 0]
    if len(values) < 2:
        return 1.0
    return 0.5 + 0.5 * min(values) / max(values)


def rerank(
    pool: list[tuple[int, float]],
    per_word: Sequence[dict[int, float]],
    whole_tag: Collection[int],
    limit: int,
) -> list[tuple[int, float]]:
    """The final ``limit`` (guide, score), best first; ties by guide order for a stable result."""
    scored = [
        (score * balance(document, per_word) * (WHOLE_TAG_BONUS if document in whole_tag else 1.0), -document)
        for document, score in pool
    ]
    scored.sort(reverse=True)
    return [(-negative, score) for score, negative in scored[:limit]]
