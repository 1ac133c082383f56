"""Norwegian compounds, both ways: split a word into known parts, and join typed words into a known word.

Norwegian writes compounds as one word ("arbeidssøker", "barnehageplass", "kontaktregisteret"), often with a
linking -s- or -e-; people at the counter type them apart ("arbeid søker", "barnehage plass", "bank id").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

# Linking letters between compound parts: "arbeid-s-søker", "barn-e-hage".
LINKS: tuple[str, ...] = ("", "s", "e")
MIN_PART = 3
MIN_COMPOUND = 2 * MIN_PART
_MAX_DEPTH = 3


class Decompounder:
    """Splits words into parts that ``is_known`` accepts (the index's vocabulary), caching the answers."""

    def __init__(self, is_known: Callable[[str], bool]) -> None:
        self._is_known = is_known
        self._cache: dict[str, tuple[str, ...]] = {}

    def split(self, word: str) -> tuple[str, ...]:
        """The known parts of ``word`` ("barnehageplass" -> barnehage, plass, barne?, hage...), or ``()``.

        Returns every part of the best two-way split plus the parts of those parts, so the compound is found
        by any of them. The best split has the longest head whose rest is known: "arbeidssøker" splits as
        arbeid + søker (linking s), not arbeids + søker or arbeid + ssøker.
        """
        cached = self._cache.get(word)
        if cached is None:
            cached = self._split(word, 0)
            self._cache[word] = cached
        return cached

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        if len(word) < MIN_COMPOUND or depth >= _MAX_DEPTH:
            return ()
        best = self._best_split(word)
        if best is None:
            return ()
        head, tail = best
        parts: list[str] = [head, tail]
        for part in (head, tail):
            for sub in self._split(part, depth + 1):
                if sub not in parts:
                    parts.append(sub)
        return tuple(parts)

    def _best_split(self, word: str) -> tuple[str, str] | None:
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, rest = word[:cut], word[cut:]
            if not self._is_known(head):
                continue
            for link in LINKS:
                if link and not rest.startswith(link):
                    continue
                tail = rest[len(link):]
                if len(tail) >= MIN_PART and self._is_known(tail):
                    return head, tail
        return None


def joins(left: str, right: str) -> Iterator[str]:
    """The ways two typed words may be one compound: "arbeid"+"søker" -> arbeidsøker, arbeidssøker, ..."""
    for link in LINKS:
        yield f"{left}{link}{right}"
