"""Refuse text that looks like personal data before it can reach the visit log's database.

Every place where text enters the log (station and centre names, local category labels, settings) calls
:func:`check_no_personal_data`. The rules are deliberately broad — a refused station name costs a retype, a
stored fødselsnummer is a data breach:

* any run of 11 or more digits, possibly split by spaces, dots or dashes ("010190 12345"); the message says
  when it also passes the fødselsnummer / D-nummer mod-11 check digits;
* Norwegian phone numbers: 8 digits, optionally after +47 or 0047, written solid or spaced 2-2-2-2 or 3-2-3
  (real numbers start with 2–9, but made-up ones like 12345678 are refused too: they teach the wrong habit);
* e-mail addresses.
"""

from __future__ import annotations

import re

from frontdesk.visits.messages import PersonalDataKind, privacy_message

# Digits joined by at most one separator each: "01019012345", "010190 12345", "010.190.123-45".
_DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")
_SEP = r"[ .]?"  # not "-": "2024-01-15" is a date, not a phone number
_PHONE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)47" + _SEP + r")?"
    r"(?:\d{8}"
    r"|\d\d" + _SEP + r"\d\d" + _SEP + r"\d\d" + _SEP + r"\d\d"
    r"|\d{3}" + _SEP + r"\d\d" + _SEP + r"\d{3})"
    r"(?![\d])"
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")

_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


class PersonalDataError(ValueError):
    """Text that looks like personal data. ``str()`` is the bokmål message; :meth:`message` gives English too.

    The refused text itself is never kept on the exception, so logging it cannot leak it.
    """

    def __init__(self, kind: PersonalDataKind, field: str) -> None:
        self.kind = kind
        self.field = field
        super().__init__(privacy_message(kind, field, "nb"))

    def message(self, language: str = "nb") -> str:
        return privacy_message(self.kind, self.field, language)


def _check_digit(digits: list[int], weights: tuple[int, ...]) -> int | None:
    remainder = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    if remainder == 11:
        return 0
    return None if remainder == 10 else remainder


def is_valid_national_id(number: str) -> bool:
    """True when 11 digits carry valid fødselsnummer / D-nummer check digits (the two mod-11 digits).

    The date part is not checked: synthetic and D-numbers shift it, and any 11-digit run is refused anyway.
    """
    if len(number) != 11 or not number.isdigit():
        return False
    digits = [int(c) for c in number]
    return _check_digit(digits[:9], _K1) == digits[9] and _check_digit(digits[:10], _K2) == digits[10]


def find_personal_data(text: str) -> PersonalDataKind | None:
    """The first kind of personal data found in ``text``, or None when it looks clean."""
    long_runs = [re.sub(r"\D", "", m.group()) for m in _DIGIT_RUN.finditer(text)]
    long_runs = [run for run in long_runs if len(run) >= 11]
    if any(is_valid_national_id(run) for run in long_runs):
        return PersonalDataKind.NATIONAL_ID
    if _PHONE.search(text):
        return PersonalDataKind.PHONE
    if long_runs:
        return PersonalDataKind.LONG_NUMBER
    if _EMAIL.search(text):
        return PersonalDataKind.EMAIL
    return None


def check_no_personal_data(text: str, field: str) -> None:
    """Raise :class:`PersonalDataError` when ``text`` (entered into ``field``) looks like personal data."""
    kind = find_personal_data(text)
    if kind is not None:
        raise PersonalDataError(kind, field)
