"""Text people read, in bokmål, nynorsk and English: one typed value instead of loose (bokmål, English) pairs.

Labels (categories, enums, report titles) and messages (the command line's catalogues) are all :class:`Text`.
A text that takes values names them in braces, the same names in all three languages: ``Text("Skrev {path}",
"Skreiv {path}", "Wrote {path}").fill("nn", path=out)``. Qt's own translations are apart (``ui/i18n.py``); this
module imports no Qt, so reports and commands use it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Language = Literal["nb", "nn", "en"]
LANGUAGES: tuple[Language, ...] = ("nb", "nn", "en")
DEFAULT_LANGUAGE: Language = "nb"


class LanguageError(ValueError):
    """A language code other than nb, nn and en."""


def check_language(language: str) -> Language:
    """``language`` as a :data:`Language`; raises LanguageError (listing the choices) for any other code."""
    for known in LANGUAGES:
        if language == known:
            return known
    raise LanguageError(f"Unknown language '{language}'; choose one of: {', '.join(LANGUAGES)}.")


@dataclass(frozen=True)
class Text:
    """One text in the three languages. Every form is required: nynorsk is no optional extra (a test checks
    that no catalogue leaves one empty)."""

    nb: str
    nn: str
    en: str

    @classmethod
    def same(cls, text: str) -> Text:
        """A name that reads the same in every language (a station, a guide title, "BankID")."""
        return cls(text, text, text)

    @classmethod
    def build(cls, make: Callable[[Language], str]) -> Text:
        """A text made per language from other texts: ``Text.build(lambda l: f"{KANAL.get(l)}: {c.label(l)}")``."""
        return cls(make("nb"), make("nn"), make("en"))

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The form in ``language``; a code other than nn or en reads as bokmål, the default."""
        if language == "nn":
            return self.nn
        if language == "en":
            return self.en
        return self.nb

    def fill(self, language: str, **values: object) -> str:
        """The form in ``language`` with its ``{names}`` filled in."""
        return self.get(language).format(**values)

    def with_values(self, **values: object) -> Text:
        """This text with its ``{names}`` filled in, in every language; a value that is itself a Text is filled
        in the same language (a message that names "the phone number" in the reader's words)."""
        return Text.build(lambda language: self.fill(language, **{
            name: value.get(language) if isinstance(value, Text) else value for name, value in values.items()}))


class TextError(Exception):
    """An error told in bokmål, nynorsk and English: ``str()`` is bokmål, :meth:`message` any of the three.
    Subclasses name what went wrong; ``values`` fill the text's ``{names}`` (a Text value in the same
    language)."""

    def __init__(self, text: Text, **values: object) -> None:
        self.text = text.with_values(**values) if values else text
        super().__init__(self.text.nb)

    def message(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.text.get(language)


def error_text(error: BaseException) -> Text:
    """What an error says, in each language: its own three when it is a :class:`TextError`, else its one text
    (a library's or the OS's words) in all three."""
    return error.text if isinstance(error, TextError) else Text.same(str(error))
