"""The search engines measured: frontdesk's own, and peers given the same corpus and the same queries."""

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


class FrontdeskEngine:
    """frontdesk's search as the window asks for it: hits with snippet and matched words."""

    name = "frontdesk"

    def __init__(self) -> None:
        self._synonyms = SynonymTable.load(bundled_data_dir() / "synonyms.yaml")
        self._index: SearchIndex | None = None

    def build(self, guides: Sequence[Guide]) -> None:
        self._index = SearchIndex(list(guides), self._synonyms)

    def search(self, query: str, k: int) -> list[str]:
        assert self._index is not None
        return [hit.id for hit in self._index.search(query, limit=k)]


class TantivyEngine:
    """tantivy with its default tokenizer and the same field weights as FTS5; query words OR-ed."""

    name = "tantivy"

    def build(self, guides: Sequence[Guide]) -> None:
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        for field in FIELD_WEIGHTS:
            builder.add_text_field(field)
        self._index = tantivy.Index(builder.build())
        writer = self._index.writer()
        for g in guides:
            writer.add_document(tantivy.Document(id=g.id, title=g.title, tags=" ".join(g.tags), summary=g.summary,
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
        return [self._searcher.doc(address)["id"][0] for _score, address in self._searcher.search(parsed, k).hits]


class Fts5Engine:
    """SQLite FTS5 with the unicode61 tokenizer and bm25 field weights; query words OR-ed."""

    name = "sqlite-fts5"

    def build(self, guides: Sequence[Guide]) -> None:
        self._db = sqlite3.connect(":memory:")
        self._db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, tags, summary, body, "
                         "tokenize='unicode61')")
        self._db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)",
                             [(g.id, g.title, " ".join(g.tags), g.summary, g.body) for g in guides])

    def search(self, query: str, k: int) -> list[str]:
        words = _TOKEN.findall(query.lower())
        if not words:
            return []
        weights = ", ".join(str(w) for w in FIELD_WEIGHTS.values())
        rows = self._db.execute(f"SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, {weights}) LIMIT ?",
                                (" OR ".join(f'"{w}"' for w in words), k)).fetchall()
        return [row[0] for row in rows]


class RapidfuzzScan:
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
    return [FrontdeskEngine(), TantivyEngine(), Fts5Engine(), RapidfuzzScan()]
