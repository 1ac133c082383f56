"""From what was typed to what to look up: the query words, each with the index terms that stand for it.

A word stands for the terms spelled like it (as typed, without æøå, inflected), and for its completions while it
is still being typed. A word the guides don't have stands for its two parts when it is a compound of known words
("bankidappen"), else for the terms within a few typos. A word or run of words with synonyms stands for those
too, and two neighbours for the phrase they make in a title or tag ("nav brev") and the compound they make
typed apart ("bank id"). How each counts is :mod:`frontdesk.knowledge.ranking`'s business.

Nothing here parses operators: quotes, ``*``, ``AND``, ``NEAR`` and brackets are plain text or ignored, so
hostile input has no special power. Queries are capped, so a 10 kB paste costs no more than a long sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from frontdesk.knowledge import compounds
from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.synonyms import SynonymTable
from frontdesk.knowledge.text import fold, max_edits, split_words

MAX_CHARS = 200
MAX_WORDS = 12
MAX_WORD_LENGTH = 40
# Completions of the word being typed, the most common first: enough for a word cut short to find its guides,
# few enough that every keystroke stays cheap in a large library.
COMPLETIONS = 15

Terms = frozenset[str]  # index terms that stand for one typed word
Alternative = tuple[Terms, ...]  # one set per word: most of one word, some of several (a synonym, a compound)


@dataclass
class Slot:
    """A query word and its alternatives."""

    word: str
    alternatives: list[Alternative] = field(default_factory=list)

    def terms(self) -> set[str]:
        return {term for alternative in self.alternatives for terms in alternative for term in terms}


@dataclass
class Query:
    words: list[str]
    slots: list[Slot]
    # The query as a guide's whole name would be: each word as typed, or its nearest spelling when no guide has
    # it ("helsnorge"); with its stop words and without them ("har ikke bankid" is the name "ikke bankid").
    names: list[tuple[str, ...]] = field(default_factory=list)


class QueryBuilder:
    def __init__(self, index: InvertedIndex, synonyms: SynonymTable) -> None:
        self._index = index
        self._synonyms = synonyms

    def build(self, text: str) -> Query:
        text = text[:MAX_CHARS]
        words = [w[:MAX_WORD_LENGTH] for w in split_words(text)][:MAX_WORDS]
        # Search-as-you-type: a last word not followed by a space or punctuation may be unfinished.
        typing = bool(text) and text[-1].isalnum()
        ignorable = [len(w) < 2 or self._synonyms.is_stopword(w) for w in words]
        if all(ignorable):  # "hva er" alone, or "d": better to search these than nothing
            ignorable = [len(w) < 2 for w in words]
        slots: dict[int, Slot] = {}
        spelling = list(words)
        for position, word in enumerate(words):
            if not ignorable[position]:
                alternatives, spelling[position] = self._own(word, typing and position == len(words) - 1)
                slots[position] = Slot(word, alternatives)
        for start, end, synonyms in self._synonyms.spans(words):
            self._attach(slots, words, range(start, end), [self._words(synonym) for synonym in synonyms])
        for position in range(len(words) - 1):
            self._attach(slots, words, range(position, position + 2), self._pair(*words[position:position + 2]))
        content = tuple(w for w in spelling if not self._synonyms.is_stopword(w))
        names = list(dict.fromkeys(name for name in (tuple(spelling), content) if name))
        return Query(words, [slots[position] for position in sorted(slots)], names)

    def _own(self, word: str, typing: bool) -> tuple[list[Alternative], str]:
        """The word as spelled, completed when it is being typed, else split or corrected; and its spelling in
        a guide's name (its nearest correction when it was corrected)."""
        spelled = self._index.variants(word)
        completed = self._index.with_prefix(word, COMPLETIONS) if typing and len(word) >= 2 else []
        alternatives: list[Alternative] = [(frozenset(spelled.union(completed)),)] if spelled or completed else []
        if spelled:
            return alternatives, word
        parts = compounds.split(word, self._index.__contains__)
        if parts is not None:
            alternatives.append(self._words(parts))
        near = self._index.near(word, max_edits(word)) if len(word) > 2 else []
        if near and not completed:
            alternatives.append((frozenset(term for term, _ in near),))
            # A name only for a correction there is no doubt about: "meldekrot" is as near "meldekot" as
            # "meldekort", and a misspelt tag must not make its guide the one named so.
            nearest = {fold(term): term for term, edits in near if edits == near[0][1]}
            if len(nearest) == 1:
                return alternatives, next(iter(nearest.values()))
        return alternatives, word

    def _words(self, words: tuple[str, ...]) -> Alternative:
        """Several words as one alternative, each spelled its ways; stop words only when all are."""
        content = [w for w in words if not self._synonyms.is_stopword(w)] or list(words)
        return tuple(frozenset(self._index.variants(w)) for w in content)

    def _pair(self, left: str, right: str) -> list[Alternative]:
        """Two neighbours as a title or tag phrase ("nav brev"), or as one compound typed apart ("bank id")."""
        joined = frozenset().union(*(self._index.variants(j) for j in compounds.joins(left, right)))
        pair = f"{left} {right}"
        return [(terms,) for terms in (frozenset({pair} if pair in self._index else ()), joined) if terms]

    @staticmethod
    def _attach(slots: dict[int, Slot], words: list[str], span: range, alternatives: list[Alternative]) -> None:
        """Add to every slot in the span; a span of stop words only ("log in") becomes a slot of its own."""
        alternatives = [alternative for alternative in alternatives if any(alternative)]
        if not alternatives:
            return
        targets = [slots[p] for p in span if p in slots]
        if not targets:
            slots[span.start] = Slot(" ".join(words[p] for p in span))
            targets = [slots[span.start]]
        for slot in targets:
            slot.alternatives.extend(alternatives)
