"""Search over the guides: the ranking as hits with a snippet, and "did you mean" suggestions.

How a query is ranked is :mod:`frontdesk.knowledge.ranking`; what a typed word stands for is
:mod:`frontdesk.knowledge.query`. Query text is never logged or stored.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from frontdesk.knowledge import ranking
from frontdesk.knowledge.compounds import joins
from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.query import QueryBuilder
from frontdesk.knowledge.sections import staff_markdown
from frontdesk.knowledge.snippets import Sentence, make_snippet, sentences
from frontdesk.knowledge.synonyms import SynonymTable
from frontdesk.knowledge.text import Stemmer, max_edits


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    agency: str
    score: float
    snippet: str
    matched: tuple[str, ...]  # the guide's words that matched, for highlighting (lower case)
    summary: str = ""


class SearchIndex:
    def __init__(
        self,
        guides: Sequence[Guide],
        synonyms: SynonymTable,
        progress: Callable[[int, int], None] | None = None,
        local: Mapping[str, str] | None = None,
    ) -> None:
        """Index ``guides``; ``local``: per guide id, what the centre filled in for it (its values and note)."""
        self._guides = list(guides)
        self._synonyms = synonyms
        local = local or {}
        documents = [(ranking.guide_names(g), ranking.guide_text(g, local.get(g.id, ""))) for g in self._guides]
        self._index = InvertedIndex(documents, Stemmer(), ranking.term_weight, progress)
        self._builder = QueryBuilder(self._index, synonyms)
        # Snippet sentences, split on first use: most guides are never a top hit, so indexing stays fast.
        self._sentences: dict[int, list[Sentence]] = {}

    @property
    def inverted(self) -> InvertedIndex:
        return self._index

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        """The best ``limit`` guides for ``query`` as hits with a snippet and the words that matched."""
        plan = self._builder.build(query)
        best = ranking.rank(self._index, plan, limit)
        # The query's index terms, once: each hit shows those it holds.
        terms = sorted({t for slot in plan.slots for t in slot.terms() if t in self._index})
        return [self._hit(document, score, terms) for document, score in best]

    def _hit(self, document: int, score: float, terms: Sequence[str]) -> SearchHit:
        guide = self._guides[document]
        matched = tuple(t for t in terms if self._index.weight(t, document) > 0)
        # Phrase pairs ("nav brev") are shown as their words; every term as the guide spells it ("e-post").
        words = sorted({w for t in matched for w in t.split(" ")})
        display = tuple(dict.fromkeys(self._index.display.get(w, w) for w in words))
        return SearchHit(
            id=guide.id,
            title=guide.title,
            agency=guide.agency,
            score=round(score, 4),
            snippet=make_snippet(self._sentences_of(document), matched),
            matched=display,
            summary=guide.summary,
        )

    def _sentences_of(self, document: int) -> list[Sentence]:
        found = self._sentences.get(document)
        if found is None:
            guide = self._guides[document]
            found = self._sentences[document] = sentences(guide.summary, staff_markdown(guide.body))
        return found

    # -- "Mente du …?" -----------------------------------------------------------------------------------
    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Whole corrected queries built from the index's words, best first; ``[]`` when nothing to fix."""
        if limit <= 0:
            return []
        words = self._builder.build(query).words
        options: list[list[str]] = []
        changed = False
        skip = False
        for position, word in enumerate(words):
            if skip:
                skip = False
                continue
            nxt = words[position + 1] if position + 1 < len(words) else None
            joined = next((j for j in joins(word, nxt) if j in self._index), None) if nxt else None
            if joined is not None and word not in self._index:
                options.append([joined])
                changed, skip = True, True
                continue
            if len(word) < 3 or self._synonyms.is_stopword(word) or self._index.variants(word):
                options.append([word])
                continue
            fixes = self._corrections(word)
            changed = changed or bool(fixes)
            options.append(fixes or [word])
        if not changed:
            return []
        suggestions: list[str] = []
        for combination in itertools.islice(itertools.product(*options), limit * 4):
            text = " ".join(combination)
            if text not in suggestions and text != " ".join(words):
                suggestions.append(text)
            if len(suggestions) == limit:
                break
        return suggestions

    def _corrections(self, word: str) -> list[str]:
        """Index words close to ``word``: fewest typos first, then the most common."""
        edits = max(1, max_edits(word))
        near = self._index.near(word, edits, limit=12)
        ranked = sorted(near, key=lambda item: (item[1], -self._index.document_frequency(item[0]), item[0]))
        words = (term for term, _ in ranked if not self._synonyms.is_stopword(term))
        return list(dict.fromkeys(words))[:3]
