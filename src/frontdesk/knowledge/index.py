"""The in-memory inverted index: each term's weight in each guide, and the look-ups that expand a query word.

A term's weight in a guide is computed once, at build time, by the function the search passes in
(:func:`frontdesk.knowledge.ranking.term_weight`), so a query only looks terms up. Postings are compact arrays
sorted by guide number: 10,000 guides stay a few megabytes. It lives in memory only and is built at every start.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import chain
from typing import TypeAlias

from frontdesk.knowledge.text import Stemmer, fold, index_terms, split_words, squeeze, word_pairs

Postings: TypeAlias = "tuple[array[int], array[float]]"  # guide numbers, weights
TermWeight = Callable[[int, int], float]  # (occurrences in the names, in the text) -> the term's weight


def name_key(words: Sequence[str]) -> str:
    """A whole name as it is looked up: its words folded."""
    return " ".join(map(fold, words))


class InvertedIndex:
    def __init__(self, documents: Sequence[tuple[str, str]], stemmer: Stemmer, term_weight: TermWeight,
                 progress: Callable[[int, int], None] | None = None) -> None:
        """``documents``: for each guide, its names (one per line) and its text. ``term_weight``: a term's weight
        in a guide from its occurrences in the names and in the text (:func:`frontdesk.knowledge.ranking.
        term_weight`)."""
        self.stemmer = stemmer
        self.size = len(documents)
        self.display: dict[str, str] = {}  # term -> as the guide writes it ("epost" -> "e-post")
        self._whole_lines: dict[str, set[int]] = {}  # a whole tag or title, folded -> its guides
        counts = []
        step = max(1, self.size // 100)
        for number, (names, text) in enumerate(documents):
            counts.append(self._count(number, names, text))
            if progress is not None and (number % step == 0 or number + 1 == self.size):
                progress(number + 1, self.size)
        self.postings = self._weigh(counts, term_weight)
        # Minus the number of guides holding the term: completions sort most common first, in C.
        self._commonness = {term: -len(self.postings[term][0]) for term in self.display}
        self._by_fold: dict[str, list[str]] = {}
        self._by_form: dict[str, list[str]] = {}  # folded stem -> terms
        self._by_squeezed: dict[str, list[str]] = {}  # for typos: folded, doubled letters single
        for term in self.display:  # every single word (pairs are no word of their own)
            self._by_fold.setdefault(fold(term), []).append(term)
            self._by_squeezed.setdefault(squeeze(fold(term)), []).append(term)
            for key in stemmer.keys(term):
                self._by_form.setdefault(fold(key), []).append(term)
        self._folded_sorted = sorted(self._by_fold)
        self._squeezed_by_length: dict[int, list[str]] = {}
        for squeezed in self._by_squeezed:
            self._squeezed_by_length.setdefault(len(squeezed), []).append(squeezed)

    # -- building ----------------------------------------------------------------------------------------
    def _count(self, number: int, names: str, text: str) -> dict[str, list[int]]:
        """Each term's occurrences in the names and in the text; a name's word pairs ("nav brev") are terms too,
        and each whole name is noted."""
        counted: dict[str, list[int]] = {}
        for place, field in enumerate((names, text)):
            terms, shown = index_terms(field)
            occurrences = Counter(terms)  # counted in C: this runs for every guide
            for term in occurrences:
                if term not in self.display:
                    self.display[term] = shown.get(term, term)
            if field is names:
                occurrences.update(word_pairs(names))
                for line in names.splitlines():
                    self._whole_lines.setdefault(name_key(split_words(line)), set()).add(number)
            for term, n in occurrences.items():
                counted.setdefault(term, [0, 0])[place] += n
        return counted

    @staticmethod
    def _weigh(counts: list[dict[str, list[int]]], term_weight: TermWeight) -> dict[str, Postings]:
        """Each term's weight in each guide, as postings."""
        numbers: dict[str, list[int]] = defaultdict(list)
        weights: dict[str, list[float]] = defaultdict(list)
        for number, counted in enumerate(counts):
            for term, (in_names, in_text) in counted.items():
                numbers[term].append(number)
                weights[term].append(term_weight(in_names, in_text))
        return {term: (array("I", docs), array("f", weights[term])) for term, docs in numbers.items()}

    # -- look-ups ----------------------------------------------------------------------------------------
    def __contains__(self, term: str) -> bool:
        return term in self.postings

    def whole_name(self, words: Sequence[str]) -> set[int]:
        """Guides with a tag or title that is exactly these words ("skattekort", "bank id"), compared folded
        ("forerkort" is the name "førerkort")."""
        return self._whole_lines.get(name_key(words), set())

    def document_frequency(self, term: str) -> int:
        found = self.postings.get(term)
        return len(found[0]) if found else 0

    def weight(self, term: str, document: int) -> float:
        """The term's weight in one guide (0 when absent), by binary search."""
        found = self.postings.get(term)
        if found is None:
            return 0.0
        docs, weights = found
        at = bisect.bisect_left(docs, document)
        return weights[at] if at < len(docs) and docs[at] == document else 0.0

    def variants(self, word: str) -> set[str]:
        """Terms spelled like ``word``: as typed, without æøå ("sokn" for "søkn"), or inflected."""
        found = set(self._by_fold.get(fold(word), ()))
        for key in self.stemmer.keys(word):
            found.update(self._by_form.get(fold(key), ()))
        return found

    def with_prefix(self, prefix: str, limit: int) -> list[str]:
        """Up to ``limit`` terms starting with ``prefix`` (folded: "sok" completes to "søknad"), the most common
        first, then alphabetically."""
        # The folded words are sorted: two binary searches find those that start with the prefix, and only the
        # first few of them are looked at (two letters start thousands in a large library).
        keys, folded = self._folded_sorted, fold(prefix)
        at = bisect.bisect_left(keys, folded)
        end = bisect.bisect_left(keys, folded + "\U0010ffff", at, min(len(keys), at + limit * 4))
        found = sorted(chain.from_iterable(map(self._by_fold.__getitem__, keys[at:end])))
        return sorted(found, key=self._commonness.__getitem__)[:limit]  # stable: ties stay alphabetical

    def near(self, word: str, edits: int, limit: int = 8) -> list[tuple[str, int]]:
        """Terms within ``edits`` typos of ``word``, nearest first (a transposition is one typo). Compared
        folded and with doubled letters as one: a missed or extra doubling ("pas", "fulmakt") is no typo."""
        from rapidfuzz import process  # only a word with no direct match needs it; the CLI starts faster
        from rapidfuzz.distance import OSA

        key = squeeze(fold(word))
        candidates = [c for n in range(len(key) - edits, len(key) + edits + 1)
                      for c in self._squeezed_by_length.get(n, ())]
        found = process.extract(key, candidates, scorer=OSA.distance, score_cutoff=edits, limit=limit)
        return [(term, int(distance)) for choice, distance, _ in found for term in self._by_squeezed[choice]]
