"""Small measuring helpers shared by the benchmarks: percentiles, timings, ranking metrics."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from time import perf_counter_ns


def percentile(values_ms: Sequence[float], pct: float) -> float:
    if not values_ms:
        return float("nan")
    ordered = sorted(values_ms)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def timed_ms(action: Callable[[], object]) -> float:
    start = perf_counter_ns()
    action()
    return (perf_counter_ns() - start) / 1e6


def rank_metrics(results: Sequence[Sequence[str]], expected: Sequence[str], k: int = 3) -> tuple[float, float]:
    """(hit rate at k, mean reciprocal rank over the first 10) for ranked id lists against expected ids."""
    hits = 0
    reciprocal = 0.0
    for ranked, want in zip(results, expected, strict=True):
        if want in ranked[:k]:
            hits += 1
        if want in ranked[:10]:
            reciprocal += 1 / (ranked.index(want) + 1)
    count = max(1, len(expected))
    return hits / count, reciprocal / count
