"""The fødselsnummer / D-nummer check digits, shared by everything that must refuse an ID number.

It sits at the top of the package because both the visit log's privacy rules and the local facts a centre
fills in use it, and those two layers never import each other.
"""

from __future__ import annotations

_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _check_digit(digits: list[int], weights: tuple[int, ...]) -> int | None:
    remainder = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    if remainder == 11:
        return 0
    return None if remainder == 10 else remainder


def is_valid_national_id(number: str) -> bool:
    """True when 11 digits carry valid fødselsnummer / D-nummer check digits (the two mod-11 digits).

    The date part is not checked: synthetic and D-numbers shift it, and any 11-digit run is refused anyway.
    """
    if len(number) != 11 or not number.isascii() or not number.isdigit():
        return False
    digits = [int(c) for c in number]
    return _check_digit(digits[:9], _K1) == digits[9] and _check_digit(digits[:10], _K2) == digits[10]
