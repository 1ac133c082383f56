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
# A colon ends no sentence: "Svindel: …" and "Ta med:" followed by a list read as one (no fragment ending in ":").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
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
    lead_in = ""  # a line ending in ":" that introduces the next line (a list, most often)
    for piece in _SENTENCE_END.split(plain_text(body)):
        piece = _SPACES.sub(" ", piece).strip()
        if len(piece) <= 3:
            continue
        piece = f"{lead_in} {piece}" if lead_in else piece
        lead_in = piece if piece.endswith(":") else ""
        if not lead_in:
            pieces.append(piece)
    if lead_in:
        pieces.append(lead_in)
    return [Sentence(p, normalise(p), frozenset(split_words(p))) for p in pieces]


def best_sentence(candidates: Sequence[Sentence], matched: Collection[str]) -> Sentence | None:
    """The sentence holding the most matched terms, the first on a tie (the summary when none does). A term of
    4 letters or more counts inside a word too: "plass" is found in "barnehageplass", but "id" not in
    "identitet"."""
    short = {term for term in matched if len(term) < 4}
    long = [term for term in matched if len(term) >= 4]

    def held(sentence: Sentence) -> int:
        return len(short & sentence.words) + sum(term in sentence.normalised for term in long)

    return max(candidates, key=held, default=None)


def make_snippet(candidates: Sequence[Sentence], matched: Collection[str], length: int = SNIPPET_LENGTH) -> str:
    """The sentence with most matched words (the first on a tie), trimmed to about ``length`` characters."""
    best = best_sentence(candidates, matched)
    return "" if best is None else trim(best, matched, length)


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
