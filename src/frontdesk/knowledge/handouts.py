"""The citizen's handout: a guide's section written to the citizen, in the language chosen at print time.

It carries the guide's title in that language, the centre's name, the filled local facts (a line with an
unfilled one is left out), and a footer with the date and the sources' domains. Never staff text: a guide
without a section in the chosen language has no handout in it (:class:`HandoutLanguageError` says which
languages it has), so the clerk picks one knowingly rather than getting a silent substitute.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from frontdesk.i18n import Text, TextError
from frontdesk.knowledge.links import web_host
from frontdesk.knowledge.local_facts import LocalFacts
from frontdesk.knowledge.model import CITIZEN_SECTIONS, Guide
from frontdesk.knowledge.sections import citizen_sections
from frontdesk.knowledge.slot_render import SlotTokens, drop_unfilled_lines, fill_html, fill_text

LANGUAGES = tuple(CITIZEN_SECTIONS)
# How each language is named to a Norwegian clerk, and the footer in the handout's own language.
LANGUAGE_NAMES = {"nb": Text("bokmål", "bokmål", "Bokmål"), "nn": Text("nynorsk", "nynorsk", "Nynorsk"),
                  "en": Text("engelsk", "engelsk", "English")}
_NOT_IN_LANGUAGE = Text(
    "Veiledningen «{title}» har ingen tekst til innbyggeren på {in_language} (## {heading}). Den finnes på: {names}.",
    "Rettleiinga «{title}» har ingen tekst til innbyggjaren på {in_language} (## {heading}). Han finst på: {names}.",
    "The guide '{title}' has no text for the citizen in {in_language} (## {heading}). It has one in: {names}.")
_NONE_YET = Text(
    "Veiledningen «{title}» har ingen tekst til innbyggeren ennå (## {heading}); det finnes ikke noe å skrive ut "
    "for innbyggeren.",
    "Rettleiinga «{title}» har ingen tekst til innbyggjaren enno (## {heading}); det finst ikkje noko å skrive ut "
    "for innbyggjaren.",
    "The guide '{title}' has no text for the citizen yet (## {heading}); there is nothing to print for the "
    "citizen.")
_PRINTED = {"nb": "Skrevet ut", "nn": "Skrive ut", "en": "Printed"}
_SOURCES = {"nb": "Kilder", "nn": "Kjelder", "en": "Sources"}


class HandoutLanguageError(TextError, ValueError):
    """The guide has no section for the citizen in this language (or none at all)."""

    def __init__(self, guide: Guide, language: str, available: tuple[str, ...]) -> None:
        self.language = language
        self.available = available
        heading = CITIZEN_SECTIONS.get(language, language)
        if not available:
            super().__init__(_NONE_YET, title=guide.title, heading=heading)
            return
        names = Text.build(lambda shown: ", ".join(f"{LANGUAGE_NAMES[a].get(shown)} (--language {a})"
                                                   for a in available))
        super().__init__(_NOT_IN_LANGUAGE, title=guide.title, heading=heading, names=names,
                         in_language=LANGUAGE_NAMES.get(language, Text.same(language)))


@dataclass(frozen=True)
class Handout:
    language: str
    title: str
    centre_name: str
    body_html: str
    body_text: str
    footer: str


def available_languages(guide: Guide) -> tuple[str, ...]:
    found = citizen_sections(guide.body)
    return tuple(language for language in LANGUAGES if language in found and found[language].content.strip())


def title_in(guide: Guide, language: str) -> str:
    if language == "nn":
        return guide.title_nn or guide.title
    if language == "en":
        return guide.title_en or guide.title
    return guide.title


def build_handout(guide: Guide, language: str, facts: LocalFacts | None, centre_name: str,
                  today: date) -> Handout:
    available = available_languages(guide)
    if language not in available:
        raise HandoutLanguageError(guide, language, available)
    tokens = SlotTokens(guide, facts)
    markdown = drop_unfilled_lines(citizen_sections(guide.body)[language].content, tokens)
    domains = list(dict.fromkeys(host for s in guide.sources if (host := web_host(s.url)) is not None))
    footer = f"{_PRINTED[language]} {today.strftime('%d.%m.%Y')}"
    if centre_name:
        footer += f" · {centre_name}"
    if domains:
        footer += f" · {_SOURCES[language]}: {', '.join(domains)}"
    return Handout(language, title_in(guide, language), centre_name.strip(),
                   fill_html(markdown, tokens, staff=False), fill_text(markdown, tokens, staff=False), footer)


def handout_html(handout: Handout) -> str:
    """A standalone HTML page: printable as it is, and what the window's print and PDF are made from."""
    parts = [f"<!DOCTYPE html>\n<html lang=\"{handout.language}\"><head><meta charset=\"utf-8\">"
             f"<title>{html.escape(handout.title)}</title></head><body>"]
    if handout.centre_name:
        parts.append(f"<p style=\"font-size: small\">{html.escape(handout.centre_name)}</p>")
    parts.append(f"<h1>{html.escape(handout.title)}</h1>")
    parts.append(handout.body_html)
    parts.append(f"<hr><p style=\"font-size: small\">{html.escape(handout.footer)}</p></body></html>")
    return "\n".join(parts) + "\n"


def handout_text(handout: Handout) -> str:
    lines = [handout.centre_name] if handout.centre_name else []
    lines += [handout.title, "=" * len(handout.title), "", handout.body_text.rstrip("\n"), "", "—" * 3,
              handout.footer]
    return "\n".join(lines) + "\n"
