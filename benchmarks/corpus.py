"""Benchmark corpora: the real bundled guides, and deterministic synthetic corpora grown from them.

Synthetic guides are distractors: titles, tags and bodies stitched from words and sentences of several real
guides, so they share the real vocabulary and make ranking harder, while every real guide (the expected answer
of a query) stays in the corpus unchanged.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import yaml

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Guide

REPO = Path(__file__).resolve().parents[1]
QUERY_SET = REPO / "tests" / "knowledge" / "search_queries.yaml"
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"\w{3,}")


def real_guides() -> list[Guide]:
    data = bundled_data_dir()
    registry = AgencyRegistry.load(data)
    result = load_guides([GuideFolder(data / "guides")], agencies=registry.agencies)
    return sorted(result.guides.values(), key=lambda g: g.id)


def synthetic_corpus(real: list[Guide], size: int, seed: int = 20261122) -> list[Guide]:
    """``size`` guides in all: every real guide plus generated distractors."""
    rng = random.Random(seed)
    sentences = [s.strip() for g in real for s in _SENTENCE.split(g.body) if len(s.strip()) > 20]
    words = sorted({w.lower() for g in real for w in _WORD.findall(f"{g.title} {g.summary} {' '.join(g.tags)}")})
    corpus = list(real)
    for number in range(max(0, size - len(real))):
        base = real[rng.randrange(len(real))]
        title_words = rng.sample(words, 3)
        body = "\n\n".join(rng.sample(sentences, min(len(sentences), rng.randint(8, 20))))
        corpus.append(replace(
            base,
            id=f"syntetisk-{number:05d}",
            title=" ".join(title_words).capitalize(),
            summary=" ".join(rng.sample(words, 8)).capitalize() + ".",
            tags=tuple(rng.sample(words, 6)),
            body=body,
            related=(),
            path=Path("synthetic") / f"syntetisk-{number:05d}.md",
        ))
    return corpus


def query_set() -> list[tuple[str, str]]:
    """(query, expected guide id) pairs from the committed search query set."""
    raw = yaml.safe_load(QUERY_SET.read_text(encoding="utf-8"))
    entries = raw["queries"] if isinstance(raw, dict) else raw
    return [(str(e["query"]), str(e["expected"])) for e in entries]
