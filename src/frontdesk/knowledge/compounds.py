"""Norwegian compounds, both ways: split a typed word into two known words, and join two typed words into one.

Norwegian writes compounds as one word ("arbeidssøker", "barnehageplass", "kontaktregisteret"), often with a
linking -s- or -e-; people at the counter type them apart ("arbeid søker", "barnehage plass", "bank id"), or
together where the guides write them apart ("bankidappen").
"""

from __future__ import annotations

from collections.abc import Callable

# Linking letters between compound parts: "arbeid-s-søker", "barn-e-hage".
LINKS: tuple[str, ...] = ("", "s", "e")
MIN_PART = 3


def split(word: str, is_known: Callable[[str], bool]) -> tuple[str, str] | None:
    """The two known words ``word`` is made of, or None.

    The longest known head whose rest is known wins, with or without a linking letter: "arbeidssøker" is
    arbeid + søker, not arbeids + søker or arbeid + ssøker.
    """
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, rest = word[:cut], word[cut:]
        if not is_known(head):
            continue
        for link in LINKS:
            tail = rest[len(link):]
            if rest.startswith(link) and len(tail) >= MIN_PART and is_known(tail):
                return head, tail
    return None


def joins(left: str, right: str) -> list[str]:
    """The ways two typed words may be one compound: "arbeid"+"søker" -> arbeidsøker, arbeidssøker, ..."""
    return [f"{left}{link}{right}" for link in LINKS]
