"""Turning guide and query text into comparable words: normalising, tokenising, folding and stemming.

Everything here is pure and shared by indexing and querying, so both sides of a match are treated the same.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer

# Norwegian letters stay letters of their own; other accented Latin letters lose their accent ("é" -> "e").
# Swedish/German "ä"/"ö" are what people with foreign keyboards type for "æ"/"ø".
_KEEP = {"æ": "æ", "ø": "ø", "å": "å", "ä": "æ", "ö": "ø", "ß": "ss"}


def _accent_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        if char in _KEEP:
            table[code] = _KEEP[char]
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and base.isascii():
            table[code] = base
    return table


_ACCENTS = _accent_table()
# A word: letters/digits, optionally hyphenated ("bank-id", "e-post"); apostrophes and the rest split words.
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_HYPHEN_JOIN_MAX = 30
_DOUBLED = re.compile(r"(.)\1+")


def normalise(text: str) -> str:
    """Lower case, compatibility forms unified (full-width letters, ligatures), accents other than æøå gone."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.translate(_ACCENTS)


def split_words(text: str) -> list[str]:
    """The words of ``text`` in order, hyphenated words split into their parts ("bank-id" -> bank, id)."""
    return [part for group in _WORD.findall(normalise(text)) for part in group.split("-") if part]


def index_terms(text: str) -> tuple[list[str], dict[str, str]]:
    """Every word worth indexing in ``text``, in order, and the display forms that differ from the term.

    A hyphenated word gives its parts and also the parts joined ("e-post" -> e, post, epost shown as
    "e-post"), so "epost", "e-post" and "e post" all find it. One-letter parts are only kept inside joins.
    Lists, not a generator: indexing calls this for every field of every guide.
    """
    terms: list[str] = []
    shown: dict[str, str] = {}
    for group in _WORD.findall(normalise(text)):
        if "-" not in group:  # most words
            if len(group) > 1:
                terms.append(group)
            continue
        parts = [p for p in group.split("-") if p]
        terms += [part for part in parts if len(part) > 1]
        if len(parts) > 1:
            joined = "".join(parts)
            if len(joined) <= _HYPHEN_JOIN_MAX:
                terms.append(joined)
                shown.setdefault(joined, group)
    return terms, shown


def word_pairs(text: str) -> Iterator[str]:
    """Adjacent word pairs, "a b", within each line of ``text`` (a line is one tag or one title)."""
    for line in text.splitlines():
        words = split_words(line)
        for left, right in itertools.pairwise(words):
            yield f"{left} {right}"


def fold(word: str) -> str:
    """The spelling people use without a Norwegian keyboard: æ/ae -> a, ø/oe -> o, å/aa -> a.

    Both the guide's word and the typed word are folded, so "soeknad", "soknad" and "søknad" meet.
    """
    word = word.replace("æ", "a").replace("ø", "o").replace("å", "a")
    return word.replace("ae", "a").replace("oe", "o").replace("aa", "a")


def squeeze(word: str) -> str:
    """Doubled letters as one ("fullmakt" -> fulmakt): the commonest misspelling, compared this way by typo
    tolerance."""
    return _DOUBLED.sub(r"\1", word)


class Stemmer:
    """Norwegian Snowball stemming, cached per instance (the same few thousand words recur constantly).

    snowballstemmer hands out PyStemmer's C implementation when it is installed (a dependency), with the same
    results as its pure-Python one (tests/knowledge/test_text.py)."""

    # A second pass catches forms the first pass leaves apart ("registeret" -> register -> regist), but only
    # when the result is long enough not to collide with unrelated short words.
    _SECOND_PASS_MIN = 5
    # The cache holds query words too (in memory only): bounded, so a long day at the counter cannot grow it
    # without end. Far above the vocabulary of thousands of guides, so indexing never evicts.
    REMEMBERED = 1 << 17

    def __init__(self) -> None:
        self._stemmer = snowballstemmer.stemmer("norwegian")
        self.keys = lru_cache(maxsize=self.REMEMBERED)(self._keys)

    def _keys(self, word: str) -> tuple[str, ...]:
        """The stem, and the stem of the stem when that differs and is long enough."""
        first = self._stemmer.stemWord(word) if len(word) > 3 else word
        if len(first) < 3:
            first = word
        second = self._stemmer.stemWord(first)
        return (first, second) if second != first and len(second) >= self._SECOND_PASS_MIN else (first,)


def max_edits(word: str) -> int:
    """Typo tolerance scaled to length (doubled letters counted once): none for short words (too many false
    friends), then 1, then 2."""
    length = len(squeeze(word))
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    return 2
