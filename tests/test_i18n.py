"""Every text people read exists in bokmål, nynorsk and English, and each form is written in its language.

The catalogues are found, not listed: every :class:`Text` held by a module of the core and the command line
(in a constant, a dict, a tuple, or an enum's labels) is checked, and so is every bundled category, group,
event kind and agency name.
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import frontdesk
from frontdesk.config import bundled_data_dir
from frontdesk.i18n import LANGUAGES, LanguageError, Text, check_language
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.taxonomy import Taxonomy

# Words that are bokmål (or older riksmål) only: a nynorsk text holding one has slipped.
BOKMAL_ONLY = {"ikke", "hva", "hvor", "hvordan", "hvilke", "hvilket", "jeg", "fra", "noen", "bare", "uten", "ble",
               "skrev", "lagret", "fjernet", "mangler", "forrige", "ukedag", "måned", "måneder", "antall", "navn",
               "tjenester", "veiledning", "deltakere", "timer", "gang", "vært", "samme", "selv", "sammen",
               "innbyggeren", "vises", "finnes", "hjelpemidler", "utbetalinger", "sykepenger", "dagpenger",
               "statlige", "ferdigheter", "annet", "ukjent", "varighet", "eiendom", "fortsatt", "mulig", "dersom",
               "angret", "lagres", "skrives", "dere", "henvist", "videre", "gjenopprettingskode"}
# English words that leaked into Norwegian output before.
LEAKED_ENGLISH = {"breakdown", "count", "previous", "wrote", "error"}


def _core_modules() -> Iterator[ModuleType]:
    """Every module but the window's (Qt translates those) and the entry points."""
    source = Path(frontdesk.__file__).parent
    for path in sorted(source.rglob("*.py")):
        parts = path.relative_to(source).with_suffix("").parts
        if parts[0] == "ui" or parts in {("app",), ("__main__",)}:
            continue
        yield importlib.import_module(".".join(("frontdesk", *parts)).removesuffix(".__init__"))


def _texts_in(value: object, depth: int = 0) -> Iterator[Text]:
    if isinstance(value, Text):
        yield value
    elif depth < 3 and isinstance(value, dict):
        for item in (*value.keys(), *value.values()):
            yield from _texts_in(item, depth + 1)
    elif depth < 3 and isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _texts_in(item, depth + 1)


def _catalogue_texts() -> list[tuple[str, Text]]:
    """(module.name, text) for every Text a module holds, each text once."""
    found: dict[int, tuple[str, Text]] = {}
    for module in _core_modules():
        for name, value in vars(module).items():
            for text in _texts_in(value):
                found.setdefault(id(text), (f"{module.__name__}.{name}", text))
                HOLDERS.add(module.__name__)
    return list(found.values())


HOLDERS: set[str] = set()  # every module that holds (or imports) a text


def _data_texts() -> list[tuple[str, Text]]:
    taxonomy = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)
    texts = [(f"category {c.id}", c.labels) for c in taxonomy.all()]
    texts += [(f"group {g.id}", g.labels) for g in taxonomy.groups().values()]
    texts += [(f"event kind {k.id}", k.labels) for k in EventKinds.bundled().all()]
    texts += [(f"agency {a.id}", a.names) for a in AgencyRegistry.load(bundled_data_dir()).agencies.values()]
    return texts


CATALOGUE = _catalogue_texts()
EVERY_TEXT = CATALOGUE + _data_texts()


def _words(text: str) -> set[str]:
    """The words people read: the names of the values filled in ("{count}") are no words."""
    return set(re.findall(r"[a-zæøå]+", re.sub(r"\{[^}]*\}", " ", text).lower()))


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_the_catalogues_are_found() -> None:
    """The walk reaches the labels, the report exporters and the command-line messages."""
    assert {"frontdesk.visits.model", "frontdesk.reports.labels", "frontdesk.reports.xlsx_export",
            "frontdesk.reports.csv_export", "frontdesk.reports.text_export", "frontdesk.formatting"} <= HOLDERS
    assert len(CATALOGUE) > 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_has_every_language(language: str) -> None:
    empty = [place for place, text in EVERY_TEXT if not text.get(language).strip()]
    assert empty == []


def test_every_form_takes_the_same_values() -> None:
    """"Skreiv {path}" must not lose {path}: a message with a value missing would say less, or fail."""
    wrong = [place for place, text in CATALOGUE if not _fields(text.nb) == _fields(text.nn) == _fields(text.en)]
    assert wrong == []


def test_nynorsk_holds_no_bokmal_only_words() -> None:
    slips = [(place, sorted(_words(text.nn) & BOKMAL_ONLY)) for place, text in EVERY_TEXT
             if _words(text.nn) & BOKMAL_ONLY]
    assert slips == []


def test_norwegian_holds_none_of_the_english_words_that_leaked_before() -> None:
    leaks = [(place, language) for place, text in EVERY_TEXT for language in ("nb", "nn")
             if _words(text.get(language)) & LEAKED_ENGLISH]
    assert leaks == []


def test_nynorsk_is_written_not_copied() -> None:
    """Many short labels read the same in both, but a catalogue copied from bokmål would be caught here."""
    differing = sum(text.nn != text.nb for _, text in EVERY_TEXT)
    assert differing > len(EVERY_TEXT) // 3


def test_a_language_code_is_checked_and_an_unknown_form_reads_as_bokmal() -> None:
    assert [check_language(code) for code in ("nb", "nn", "en")] == ["nb", "nn", "en"]
    with pytest.raises(LanguageError, match="nb, nn, en"):
        check_language("no")
    text = Text("Skrev {path}", "Skreiv {path}", "Wrote {path}")
    assert [text.fill(code, path="a.csv") for code in ("nb", "nn", "en", "sv")] == [
        "Skrev a.csv", "Skreiv a.csv", "Wrote a.csv", "Skrev a.csv"]
    assert Text.build(lambda code: code.upper()) == Text("NB", "NN", "EN")


def test_a_text_filled_with_a_text_takes_it_in_the_same_language() -> None:
    what = Text("telefonnummeret", "telefonnummeret", "the phone number")
    text = Text("{what} i {path}", "{what} i {path}", "{what} in {path}").with_values(what=what, path="a.yaml")
    assert text == Text("telefonnummeret i a.yaml", "telefonnummeret i a.yaml", "the phone number in a.yaml")
