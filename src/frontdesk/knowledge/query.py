"""From what was typed to what to look up: query words, each with weighted alternative index terms.

Match kinds rank exact > folded (ae/oe/aa, a/o for æ/ø/å) > stem > prefix > compound > synonym > fuzzy.
Nothing here parses operators: quotes, ``*``, ``AND``, ``NEAR`` and brackets are plain text or ignored, so
hostile input has no special power. Queries are capped, so a 10 kB paste costs no more than a long sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from frontdesk.knowledge.compounds import joins
from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.synonyms import Phrase, SynonymTable
from frontdesk.knowledge.text import max_edits, split_words

MAX_CHARS = 200
MAX_WORDS = 12
MAX_WORD_LENGTH = 40
# Completions of the word being typed, the most common first. 15 ranks the query set as 30 did, and a word cut
# to its first three letters slightly better (hit@3 0.815 against 0.804 on the bundled guides), for half the
# terms to score on every key.
PREFIX_LIMIT = 15
SHORT_PREFIX_LIMIT = 5
# Search-as-you-type repeats every finished word on each keystroke: its expansion is remembered (in memory only,
# like the stemmer's cache) for this many words.
REMEMBERED_WORDS = 1024

EXACT = 1.0
FOLDED = 0.9
STEM = 0.8
FOLDED_STEM = 0.75
PHRASE = 1.0  # the two words side by side in a title or tag, as typed
JOINED = 0.9  # "bank id" -> bankid: as good as the words themselves
PREFIX = 0.7
COMPOUND = 0.65  # "bankidappen" -> bankid + appen
SYNONYM = 0.45
FUZZY = (0.0, 0.45, 0.35)  # by number of typos

Group = dict[str, float]  # index term -> how well it stands for the typed word


@dataclass(frozen=True, eq=False)
class Alternative:
    """One way to match a query word: a single term group, or a phrase (all groups, averaged).

    Compared and hashed by identity: the builder remembers the alternatives of recent words, so a scorer can
    remember what an alternative scores too.
    """

    weight: float
    groups: tuple[Group, ...]


@dataclass
class Slot:
    word: str
    alternatives: list[Alternative] = field(default_factory=list)

    def terms(self) -> set[str]:
        return {t for a in self.alternatives for g in a.groups for t in g}


@dataclass
class Query:
    words: list[str]
    slots: list[Slot]


class QueryBuilder:
    def __init__(self, index: InvertedIndex, synonyms: SynonymTable) -> None:
        self._index = index
        self._synonyms = synonyms
        # Per instance, so the caches go with the index they describe. Cached values are never mutated.
        self.variants = lru_cache(maxsize=REMEMBERED_WORDS)(self._variants)
        self._slot_alternatives = lru_cache(maxsize=REMEMBERED_WORDS)(self._expand)
        self._phrase = lru_cache(maxsize=REMEMBERED_WORDS)(self._phrase_alternative)
        self._pair = lru_cache(maxsize=REMEMBERED_WORDS)(self._pair_alternatives)

    def forget(self) -> None:
        """Drop every remembered expansion (benchmarks measure queries cold with this)."""
        for cached in (self.variants, self._slot_alternatives, self._phrase, self._pair):
            cached.cache_clear()

    def build(self, text: str) -> Query:
        text = text[:MAX_CHARS]
        words = [w[:MAX_WORD_LENGTH] for w in split_words(text)][:MAX_WORDS]
        # Search-as-you-type: a last word not followed by a space or punctuation may be unfinished.
        typing = bool(text) and text[-1].isalnum()
        ignorable = [len(w) < 2 or self._synonyms.is_stopword(w) for w in words]
        if all(ignorable):  # "hva er" alone, or "d": better to search these than nothing
            ignorable = [len(w) < 2 for w in words]
        slots: dict[int, Slot] = {}
        for position, word in enumerate(words):
            if not ignorable[position]:
                last = typing and position == len(words) - 1
                slots[position] = Slot(word, list(self._slot_alternatives(word, last)))
        for start, end, phrases in self._synonyms.spans(words):
            alternatives = [a for a in (self._phrase(p, SYNONYM) for p in phrases) if a is not None]
            self._attach(slots, words, range(start, end), alternatives)
        for position in range(len(words) - 1):
            for alternative in self._pair(words[position], words[position + 1]):
                self._attach(slots, words, range(position, position + 2), [alternative])
        return Query(words, [slots[p] for p in sorted(slots)])

    def _pair_alternatives(self, left: str, right: str) -> tuple[Alternative, ...]:
        """Two adjacent words as a phrase of a title or tag ("nav brev"), or as one compound ("bank id")."""
        alternatives: list[Alternative] = []
        pair = f"{left} {right}"
        if pair in self._index:
            alternatives.append(Alternative(PHRASE, ({pair: 1.0},)))
        group: Group = {}
        for joined in joins(left, right):
            for term, weight in self.variants(joined).items():
                group[term] = max(group.get(term, 0.0), weight)
        if group:
            alternatives.append(Alternative(JOINED, (group,)))
        return tuple(alternatives)

    @staticmethod
    def _attach(slots: dict[int, Slot], words: list[str], span: range, alternatives: list[Alternative]) -> None:
        """Add to every slot in the span; a span of stop words only ("log in") becomes a slot of its own."""
        if not alternatives:
            return
        targets = [slots[p] for p in span if p in slots]
        if not targets:
            slots[span.start] = Slot(" ".join(words[p] for p in span))
            targets = [slots[span.start]]
        for slot in targets:
            slot.alternatives.extend(alternatives)

    def _variants(self, word: str) -> Group:
        """Index terms for ``word`` spelled as typed, folded or inflected, with their weights."""
        index = self._index
        group: Group = {}
        for terms, weight in ((index.fold_stemmed(word), FOLDED_STEM), (index.stemmed(word), STEM),
                              (index.folded(word), FOLDED)):
            for term in terms:
                group[term] = weight
        if word in index:
            group[word] = EXACT
        return group

    def _expand(self, word: str, last: bool) -> tuple[Alternative, ...]:
        """The word's own alternatives: as typed or inflected, completed (``last``), split, or misspelt."""
        alternatives: list[Alternative] = []
        group = dict(self.variants(word))
        direct = bool(group)
        if last and len(word) >= 2:
            # Two letters say little ("id", "pa"): only the few most common completions.
            for term in self._index.with_prefix(word, PREFIX_LIMIT if len(word) > 2 else SHORT_PREFIX_LIMIT):
                weight = PREFIX * (0.75 + 0.25 * len(word) / max(len(term), 1))
                if weight > group.get(term, 0.0):
                    group[term] = weight
        if group:
            alternatives.append(Alternative(1.0, (group,)))
        if direct:
            return tuple(alternatives)
        parts = self._index.decompounder.split(word)[:2]
        compound = self._phrase(parts, COMPOUND) if parts else None
        if compound is not None:
            alternatives.append(compound)
        if not group:
            fuzzy: Group = {}
            for term, distance in self._index.near(word, max_edits(word)):
                fuzzy[term] = max(fuzzy.get(term, 0.0), FUZZY[distance])
            if fuzzy:
                alternatives.append(Alternative(1.0, (fuzzy,)))
        return tuple(alternatives)

    def _phrase_alternative(self, words: Phrase, weight: float) -> Alternative | None:
        """A phrase matches through all its (non-stop) words; None when none of them is in the index."""
        content = [w for w in words if not self._synonyms.is_stopword(w)] or list(words)
        groups = tuple(self.variants(w) for w in content)
        if not any(groups):
            return None
        return Alternative(weight, groups)
