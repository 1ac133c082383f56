"""Search quality and speed: frontdesk against tantivy, SQLite FTS5 and a naive rapidfuzz scan."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.corpus import query_set, real_guides, synthetic_corpus
from benchmarks.engines import Engine, all_engines
from benchmarks.measure import percentile, rank_metrics, rss_mib, timed_ms
from frontdesk.knowledge.model import Guide


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
    return [SearchResult(corpus_name, engine.name, len(guides), hit3, mrr, percentile(warm[i], 50),
                         percentile(warm[i], 95), percentile(cold[i], 95), build_ms, memory)
            for i, (engine, (build_ms, memory, (hit3, mrr))) in enumerate(zip(engines, built, strict=True))]


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
    lines = ["| corpus | engine | guides | hit@3 | MRR | p50 ms | p95 ms | p95 vs tantivy | cold p95 ms "
             "| cold vs tantivy | build ms | RSS Δ MiB |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    tantivy_p95 = {r.corpus: r.p95_ms for r in results if r.engine == "tantivy-default"}
    for r in results:
        peer = tantivy_p95.get(r.corpus)
        ratio = f"{r.p95_ms / peer:.2f}×" if peer else "–"
        cold_ratio = f"{r.cold_p95_ms / peer:.2f}×" if peer else "–"
        lines.append(f"| {r.corpus} | {r.engine} | {r.guides} | {r.hit_at_3:.3f} | {r.mrr:.3f} | {r.p50_ms:.3f} "
                     f"| {r.p95_ms:.3f} | {ratio} | {r.cold_p95_ms:.3f} | {cold_ratio} | {r.build_ms:.0f} "
                     f"| {r.memory_mib:.1f} |")
    return "\n".join(lines)
