"""The search engines compared: frontdesk's own, and peers given the same corpus and the same queries."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Protocol

from rapidfuzz import fuzz, process

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.search import SearchIndex
from frontdesk.knowledge.synonyms import SynonymTable

FIELD_WEIGHTS = {"title": 3.0, "tags": 2.5, "summary": 1.5, "body": 1.0}
_TOKEN = re.compile(r"\w+")


class Engine(Protocol):
    name: str

    def build(self, guides: Sequence[Guide]) -> None: ...

    def search(self, query: str, k: int) -> list[str]: ...

    def forget(self) -> None:
        """Forget what earlier queries left in the engine's own caches (for the cold measurement)."""
        ...


class _NoQueryCache:
    def forget(self) -> None:
        pass  # the peers keep nothing per query


class FrontdeskEngine:
    """frontdesk's search. ``hits``: return what the window gets (hits with snippet and matched words) rather
    than ids alone."""

    def __init__(self, hits: bool = False) -> None:
        self.name = "frontdesk" + ("+hits" if hits else "")
        self._hits = hits
        self._synonyms = SynonymTable.load(bundled_data_dir() / "synonyms.yaml")
        self._index: SearchIndex | None = None

    def build(self, guides: Sequence[Guide]) -> None:
        self._index = SearchIndex(list(guides), self._synonyms)

    def search(self, query: str, k: int) -> list[str]:
        assert self._index is not None
        if self._hits:
            return [hit.id for hit in self._index.search(query, limit=k)]
        return [guide_id for guide_id, _ in self._index.rank(query, limit=k)]

    def forget(self) -> None:
        pass  # remembers nothing between queries


class Fts5Engine(_NoQueryCache):
    """Raw SQLite FTS5 with the unicode61 tokenizer and bm25 field weights; query words OR-ed."""

    name = "sqlite-fts5"

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:")

    def build(self, guides: Sequence[Guide]) -> None:
        self._db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, tags, summary, body, "
                         "tokenize='unicode61')")
        self._db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)",
                             [(g.id, g.title, " ".join(g.tags), g.summary, g.body) for g in guides])

    def search(self, query: str, k: int) -> list[str]:
        words = _TOKEN.findall(query.lower())
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        weights = ", ".join(str(w) for w in FIELD_WEIGHTS.values())
        rows = self._db.execute(
            f"SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, {weights}) LIMIT ?", (match, k)
        ).fetchall()
        return [row[0] for row in rows]


class TantivyEngine(_NoQueryCache):
    """tantivy with its default tokenizer, or with its Norwegian stemmer (``stem=True``)."""

    def __init__(self, stem: bool) -> None:
        import tantivy

        self._tantivy = tantivy
        self.name = "tantivy-stem-no" if stem else "tantivy-default"
        self._tokenizer = "no_stem" if stem else "default"
        self._stem = stem

    def build(self, guides: Sequence[Guide]) -> None:
        tv = self._tantivy
        builder = tv.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        for field in FIELD_WEIGHTS:
            builder.add_text_field(field, tokenizer_name=self._tokenizer)
        self._index = tv.Index(builder.build())
        if self._stem:
            analyzer = (tv.TextAnalyzerBuilder(tv.Tokenizer.simple()).filter(tv.Filter.lowercase())
                        .filter(tv.Filter.stemmer("norwegian")).build())
            self._index.register_tokenizer("no_stem", analyzer)
        writer = self._index.writer()
        for g in guides:
            writer.add_document(tv.Document(id=g.id, title=g.title, tags=" ".join(g.tags), summary=g.summary,
                                            body=g.body))
        writer.commit()
        writer.wait_merging_threads()
        self._index.reload()
        self._searcher = self._index.searcher()

    def search(self, query: str, k: int) -> list[str]:
        cleaned = " ".join(_TOKEN.findall(query))
        if not cleaned:
            return []
        parsed, _errors = self._index.parse_query_lenient(cleaned, list(FIELD_WEIGHTS), FIELD_WEIGHTS)
        hits = self._searcher.search(parsed, k).hits
        return [self._searcher.doc(address)["id"][0] for _score, address in hits]


class NaiveFuzzEngine(_NoQueryCache):
    """A rapidfuzz WRatio scan over every guide's title, tags and summary: what a quick prototype would do."""

    name = "rapidfuzz-scan"

    def build(self, guides: Sequence[Guide]) -> None:
        self._ids = [g.id for g in guides]
        self._texts = [f"{g.title} {' '.join(g.tags)} {g.summary}".lower() for g in guides]

    def search(self, query: str, k: int) -> list[str]:
        if not query.strip():
            return []
        found = process.extract(query.lower(), self._texts, scorer=fuzz.WRatio, limit=k)
        return [self._ids[index] for _text, _score, index in found]


def all_engines() -> list[Engine]:
    return [FrontdeskEngine(), FrontdeskEngine(hits=True),
            TantivyEngine(stem=False), TantivyEngine(stem=True), Fts5Engine(), NaiveFuzzEngine()]
