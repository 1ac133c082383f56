"""The in-memory inverted index: BM25F weights per (term, guide), and the lookups query expansion needs.

Saturated field-weighted term frequencies are precomputed at build time, so a query only multiplies and adds.
The idf is kept per term and applied per query word: all spellings, stems and completions of one typed word
share the idf of its most common form, so a rare completion ("passende" for "pass") cannot outscore the
word itself just by being rare. Postings are compact arrays sorted by
guide number (10,000 guides stay a few megabytes). Nothing here is ever written to disk.
"""

from __future__ import annotations

import bisect
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TypeAlias

from frontdesk.knowledge.compounds import MIN_PART, Decompounder
from frontdesk.knowledge.text import Stemmer, fold, index_terms, split_words, word_pairs


@dataclass(frozen=True)
class Field:
    name: str
    weight: float
    b: float  # BM25 length normalisation: short fields (titles, tags) are barely normalised


FIELDS: tuple[Field, ...] = (
    Field("title", 8.0, 0.3),
    Field("tags", 5.0, 0.3),
    Field("summary", 3.0, 0.5),
    Field("body", 1.0, 0.75),
)
K1 = 3.0
# A guide word's compound parts count for half a word: "barnehageplass" matches "plass", weaker than "plass".
PART_WEIGHT = 0.5
# Title and tags are curated phrases ("ikke bankid", "brev på papir"): their adjacent word pairs are indexed
# too, as terms with a space, so a query that types the phrase beats one that merely has both words.
_PHRASE_FIELDS = frozenset({0, 1})
Postings: TypeAlias = "tuple[array[int], array[float]]"  # doc numbers, scores


class InvertedIndex:
    def __init__(
        self,
        documents: Sequence[Sequence[str]],
        stemmer: Stemmer,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """``documents``: for each guide, its field texts in :data:`FIELDS` order."""
        self.stemmer = stemmer
        self.size = len(documents)
        self.display: dict[str, str] = {}
        self._whole_tags: dict[str, set[int]] = {}  # a whole tag or title, normalised -> guides
        self.idf: dict[str, float] = {}  # filled with the postings; applied per query word, not per term
        counts = self._count(documents, progress)
        self.vocabulary: list[str] = sorted(self.display)
        vocab = set(self.vocabulary)
        self.decompounder = Decompounder(lambda w: len(w) >= MIN_PART and w in vocab)
        self.postings: dict[str, Postings] = self._score(counts)
        # Sort key for "most common first": minus the number of guides holding the term, so completions sort
        # in C (dict.__getitem__), not through a Python key function, on every keystroke.
        self._commonness: dict[str, int] = {term: -len(docs) for term, (docs, _) in self.postings.items()}
        self._by_fold: dict[str, list[str]] = defaultdict(list)
        self._by_stem: dict[str, list[str]] = defaultdict(list)
        self._by_fold_stem: dict[str, list[str]] = defaultdict(list)
        for term in self.vocabulary:
            self._by_fold[fold(term)].append(term)
            for key in stemmer.keys(term):
                self._by_stem[key].append(term)
                self._by_fold_stem[fold(key)].append(term)
        self._folded_sorted: list[str] = sorted(self._by_fold)
        self._folded_by_length: dict[int, list[str]] = defaultdict(list)
        for folded in self._folded_sorted:
            self._folded_by_length[len(folded)].append(folded)

    # -- pickling (see index_cache) ---------------------------------------------------------------------
    def __getstate__(self) -> dict[str, object]:
        """Everything but the stemmer and decompounder: their caches also hold query words, never stored."""
        state = dict(self.__dict__)
        del state["stemmer"], state["decompounder"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.stemmer = Stemmer()
        vocab = set(self.vocabulary)
        self.decompounder = Decompounder(lambda w: len(w) >= MIN_PART and w in vocab)

    # -- building ----------------------------------------------------------------------------------------
    def _count(
        self, documents: Sequence[Sequence[str]], progress: Callable[[int, int], None] | None
    ) -> list[tuple[dict[str, list[int]], list[int]]]:
        """Per guide: term -> occurrences per field, and the field lengths."""
        counts: list[tuple[dict[str, list[int]], list[int]]] = []
        display = self.display
        step = max(1, self.size // 100)
        for number, fields in enumerate(documents):
            tf: dict[str, list[int]] = {}
            lengths = [0] * len(FIELDS)
            for position, text in enumerate(fields):
                terms, shown = index_terms(text)
                lengths[position] = len(terms)
                occurrences = Counter(terms)  # counted in C: this runs for every field of every guide
                for term in occurrences:  # the hyphenated spelling when the text has one ("e-post")
                    if term not in display:
                        display[term] = shown.get(term, term)
                if position in _PHRASE_FIELDS:
                    occurrences.update(word_pairs(text))
                    for line in text.splitlines():
                        self._whole_tags.setdefault(" ".join(split_words(line)), set()).add(number)
                for term, n in occurrences.items():
                    per_field = tf.get(term)
                    if per_field is None:
                        per_field = tf[term] = [0] * len(FIELDS)
                    per_field[position] += n
            counts.append((tf, lengths))
            if progress is not None and (number % step == 0 or number + 1 == self.size):
                progress(number + 1, self.size)
        return counts

    def _score(self, counts: list[tuple[dict[str, list[int]], list[int]]]) -> dict[str, Postings]:
        averages = [max(1.0, sum(c[1][i] for c in counts) / max(1, len(counts))) for i in range(len(FIELDS))]
        # The four fields unrolled (this runs for every term of every guide); adding 0.0 for an empty field
        # leaves the sum exactly as summing the others would.
        w0, w1, w2, w3 = (f.weight for f in FIELDS)
        weighted: list[dict[str, float]] = []
        document_frequency: dict[str, int] = defaultdict(int)
        split = self.decompounder.split
        for tf, lengths in counts:
            m0, m1, m2, m3 = (1 - f.b + f.b * lengths[i] / averages[i] for i, f in enumerate(FIELDS))
            doc: dict[str, float] = {}
            for term, (n0, n1, n2, n3) in tf.items():
                value = ((w0 * n0 / m0 if n0 else 0.0) + (w1 * n1 / m1 if n1 else 0.0)
                         + (w2 * n2 / m2 if n2 else 0.0) + (w3 * n3 / m3 if n3 else 0.0))
                doc[term] = doc.get(term, 0.0) + value
                document_frequency[term] += 1  # parts don't count: "passord" must not make "pass" common
                if " " not in term:
                    for part in split(term):
                        doc[part] = doc.get(part, 0.0) + PART_WEIGHT * value
            weighted.append(doc)
        self.idf = {term: math.log(1 + (self.size - df + 0.5) / (df + 0.5))
                    for term, df in document_frequency.items()}
        numbers: dict[str, list[int]] = defaultdict(list)
        values: dict[str, list[float]] = defaultdict(list)
        for number, doc in enumerate(weighted):
            for term, value in doc.items():
                numbers[term].append(number)
                values[term].append(value * (K1 + 1) / (K1 + value))
        return {term: (array("I", docs), array("f", values[term])) for term, docs in numbers.items()}

    # -- lookups -----------------------------------------------------------------------------------------
    def __contains__(self, term: str) -> bool:
        return term in self.postings

    def whole_tag(self, words: Sequence[str]) -> set[int]:
        """Guides with a tag or title that is exactly these words ("skattekort", "bank id")."""
        return self._whole_tags.get(" ".join(words), set())

    def document_frequency(self, term: str) -> int:
        found = self.postings.get(term)
        return len(found[0]) if found else 0

    def score(self, term: str, document: int) -> float:
        """The term's saturated BM25F weight in one guide (0 when absent), by binary search."""
        found = self.postings.get(term)
        if found is None:
            return 0.0
        docs, scores = found
        at = bisect.bisect_left(docs, document)
        return scores[at] if at < len(docs) and docs[at] == document else 0.0

    def folded(self, word: str) -> list[str]:
        return self._by_fold.get(fold(word), [])

    def stemmed(self, word: str) -> list[str]:
        return [t for key in self.stemmer.keys(word) for t in self._by_stem.get(key, ())]

    def fold_stemmed(self, word: str) -> list[str]:
        return [t for key in self.stemmer.keys(word) for t in self._by_fold_stem.get(fold(key), ())]

    def with_prefix(self, prefix: str, limit: int) -> list[str]:
        """Up to ``limit`` terms starting with ``prefix`` as typed or folded, the most common first."""
        found = set(self._scan(self.vocabulary, prefix, limit * 4))
        found.update(chain.from_iterable(map(self._by_fold.__getitem__,
                                             self._scan(self._folded_sorted, fold(prefix), limit * 4))))
        # Alphabetical, then (stable) most common first: two sorts in C.
        return sorted(sorted(found), key=self._commonness.__getitem__)[:limit]

    @staticmethod
    def _scan(ordered: list[str], prefix: str, limit: int) -> list[str]:
        """The first ``limit`` of the sorted ``ordered`` that start with ``prefix``: two binary searches."""
        at = bisect.bisect_left(ordered, prefix)
        end = bisect.bisect_left(ordered, prefix + "\U0010ffff", at, min(len(ordered), at + limit))
        return ordered[at:end]

    def near(self, word: str, edits: int, limit: int = 8) -> list[tuple[str, int]]:
        """Terms within ``edits`` typos of ``word`` (a transposition is one typo), compared folded."""
        if edits <= 0:
            return []
        # Imported here: only a word with no direct match needs it, and the CLI's start-up skips its import.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        folded = fold(word)
        candidates = [c for n in range(len(folded) - edits, len(folded) + edits + 1)
                      for c in self._folded_by_length.get(n, ())]
        found = process.extract(folded, candidates, scorer=OSA.distance, score_cutoff=edits, limit=limit)
        return [(term, int(distance)) for choice, distance, _ in found for term in self._by_fold[choice]]
