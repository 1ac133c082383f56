"""The one sentence shown under a search hit: the summary or body sentence with the most matched words."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from frontdesk.knowledge.text import normalise, split_words

SNIPPET_LENGTH = 160
# Markdown that would look like noise in a one-line snippet: headings, list markers, emphasis, links, URLs.
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+|www\.\S+")
_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)|[*_`]{1,3}", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")
_SPACES = re.compile(r"\s+")


def plain_text(markdown: str) -> str:
    """Markdown reduced to words and punctuation, one paragraph or list item per line."""
    text = _LINK.sub(r"\1", markdown)
    text = _URL.sub("", text)
    return _MARKUP.sub("", text)


@dataclass(frozen=True)
class Sentence:
    text: str
    normalised: str
    words: frozenset[str]


def sentences(summary: str, body: str) -> list[Sentence]:
    """Summary first (it answers "is this the right guide?"), then the body's sentences and list items."""
    pieces = [summary.strip()] if summary.strip() else []
    for piece in _SENTENCE_END.split(plain_text(body)):
        piece = _SPACES.sub(" ", piece).strip()
        if len(piece) > 3:
            pieces.append(piece)
    return [Sentence(p, normalise(p), frozenset(split_words(p))) for p in pieces]


def _matches(sentence: Sentence, matched: Collection[str]) -> int:
    """How many matched terms the sentence holds; a longer term also counts inside a compound ("plass" in
    "barnehageplass"), a short one only as a word of its own ("id" is not in "identitet")."""
    return sum(1 for term in matched
               if term in sentence.words or (len(term) >= 4 and term in sentence.normalised))


def make_snippet(candidates: Sequence[Sentence], matched: Collection[str], length: int = SNIPPET_LENGTH) -> str:
    """The sentence with most matched words (the first on a tie), trimmed to about ``length`` characters."""
    if not candidates:
        return ""
    best = max(candidates, key=lambda s: _matches(s, matched)) if matched else candidates[0]
    return trim(best, matched, length)


def trim(sentence: Sentence, matched: Collection[str], length: int = SNIPPET_LENGTH) -> str:
    """The sentence cut at word boundaries so that its first match is visible, with "…" where cut."""
    text = sentence.text
    if len(text) <= length:
        return text
    lowered = sentence.normalised
    positions = [lowered.find(term) for term in matched if term in lowered]
    first = min(positions) if positions else 0
    start = max(0, first - length // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = start + length
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    return f"{prefix}{text[start:end].strip()}{suffix}"
