"""Search quality and speed: frontdesk against tantivy, SQLite FTS5 and a naive rapidfuzz scan."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.corpus import query_set, real_guides, synthetic_corpus
from benchmarks.engines import Engine, all_engines
from benchmarks.measure import percentile, rank_metrics, rss_mib, timed_ms
from frontdesk.knowledge.model import Guide

# Engines slower than this (warm p95) are not replayed keystroke by keystroke: the naive scan would take
# minutes at 10,000 guides, and nobody would type into it.
TYPING_MAX_MS = 5.0


@dataclass(frozen=True)
class SearchResult:
    corpus: str
    engine: str
    guides: int
    hit_at_3: float
    mrr: float
    p50_ms: float
    p95_ms: float
    cold_p95_ms: float
    typing_p95_ms: float  # NaN: not replayed (see TYPING_MAX_MS)
    typing_max_ms: float  # the slowest keystroke (its fastest of the rounds): a bad case p95 would hide
    build_ms: float
    memory_mib: float


def bench_corpus(engines: Sequence[Engine], corpus_name: str, guides: Sequence[Guide],
                 queries: Sequence[tuple[str, str]], repeats: int) -> list[SearchResult]:
    """Build every engine on the corpus, then time them query by query, interleaved (see :func:`latencies`)."""
    built = []
    for engine in engines:
        gc.collect()
        before = rss_mib()
        build_ms = timed_ms(lambda e=engine: e.build(guides))
        memory = rss_mib() - before
        ranked = [engine.search(query, 10) for query, _ in queries]  # warm-up and quality
        built.append((build_ms, memory, rank_metrics(ranked, [want for _, want in queries])))
    texts = [query for query, _ in queries]
    warm = latencies(engines, texts, repeats, cold=False)
    cold = latencies(engines, texts, repeats, cold=True)
    typists = [e for i, e in enumerate(engines) if percentile(warm[i], 95) <= TYPING_MAX_MS]
    typing = dict(zip((e.name for e in typists), typing_latencies(typists, texts, repeats), strict=True))
    nan = float("nan")
    return [SearchResult(corpus_name, engine.name, len(guides), hit3, mrr, percentile(warm[i], 50),
                         percentile(warm[i], 95), percentile(cold[i], 95),
                         percentile(typing[engine.name], 95) if engine.name in typing else nan,
                         max(typing[engine.name]) if engine.name in typing else nan, build_ms, memory)
            for i, (engine, (build_ms, memory, (hit3, mrr))) in enumerate(zip(engines, built, strict=True))]


def keystrokes(query: str) -> list[str]:
    """What the search box holds after each key while ``query`` is typed: "n", "na", "nav", "nav ", …"""
    return [query[:end] for end in range(1, len(query) + 1)]


def typing_latencies(engines: Sequence[Engine], queries: Sequence[str], repeats: int) -> list[list[float]]:
    """Per engine, each keystroke's fastest of ``repeats`` timings, every query typed letter by letter.

    The window searches on every key. Each query starts with the engine's per-query caches emptied (a new
    question at the counter) and then has them as its own typing leaves them: the words finished so far are
    remembered, the word being typed is new at every key. Rounds as in :func:`latencies`."""
    typed = [text for query in queries for text in keystrokes(query)]
    fastest = [[float("inf")] * len(typed) for _ in engines]
    for _ in range(repeats):
        for e, engine in enumerate(engines):
            k = 0
            for query in queries:
                engine.forget()
                for text in keystrokes(query):
                    fastest[e][k] = min(fastest[e][k], timed_ms(lambda: engine.search(text, 10)))  # noqa: B023
                    k += 1
    return fastest


def latencies(engines: Sequence[Engine], queries: Sequence[str], repeats: int, cold: bool) -> list[list[float]]:
    """Per engine, each query's fastest of ``repeats`` timings.

    The machine is shared and its speed drifts over minutes, so the engines take turns, a round of every query
    each, ``repeats`` times (a drift hits them all alike), and the fastest timing, the least disturbed, stands
    for the query. Warm: as the engine stands after the warm-up. Cold: its per-query caches emptied before
    every timing, as for words nobody has typed since the start (peers keep none: for them both are alike)."""
    fastest = [[float("inf")] * len(queries) for _ in engines]
    for _ in range(repeats):
        for e, engine in enumerate(engines):
            for q, query in enumerate(queries):
                if cold:
                    engine.forget()
                fastest[e][q] = min(fastest[e][q], timed_ms(lambda: engine.search(query, 10)))  # noqa: B023
    return fastest


def run_search_benchmarks(sizes: Sequence[int], repeats: int = 3, engines: list[Engine] | None = None
                          ) -> list[SearchResult]:
    real = real_guides()
    queries = query_set()
    corpora: list[tuple[str, list[Guide]]] = [("real", real)]
    corpora += [(f"synthetic-{size}", synthetic_corpus(real, size)) for size in sizes]
    results = []
    for name, guides in corpora:
        results += bench_corpus(engines if engines is not None else all_engines(), name, guides, queries, repeats)
    return results


def search_table(results: Sequence[SearchResult]) -> str:
    """One row per corpus and engine; each latency also as a ratio to tantivy-default's in the same column."""
    lines = ["| corpus | engine | guides | hit@3 | MRR | p50 ms | p95 ms | p95 vs tantivy | cold p95 ms "
             "| cold vs tantivy | typing p95 ms | typing vs tantivy | slowest key ms | build ms | RSS Δ MiB |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    tantivy = {r.corpus: r for r in results if r.engine == "tantivy-default"}
    for r in results:
        peer = tantivy.get(r.corpus)
        cells = [f"{r.p50_ms:.3f}"]
        for mine, theirs in ((r.p95_ms, peer and peer.p95_ms), (r.cold_p95_ms, peer and peer.p95_ms),
                             (r.typing_p95_ms, peer and peer.typing_p95_ms)):
            measured = mine == mine  # not NaN
            cells.append(f"{mine:.3f}" if measured else "–")
            cells.append(f"{mine / theirs:.2f}×" if measured and theirs and theirs == theirs else "–")
        cells.append(f"{r.typing_max_ms:.3f}" if r.typing_max_ms == r.typing_max_ms else "–")
        lines.append(f"| {r.corpus} | {r.engine} | {r.guides} | {r.hit_at_3:.3f} | {r.mrr:.3f} | "
                     + " | ".join(cells) + f" | {r.build_ms:.0f} | {r.memory_mib:.1f} |")
    return "\n".join(lines)
