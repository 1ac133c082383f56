"""What the guide checks say, in bokmål, nynorsk and English, each text with its stable code.

A check makes a :class:`~frontdesk.knowledge.model.Problem` with ``TEXT.at(path, line, key=…)``: the message is
filled in all three languages and the values it names are kept apart for programs (the guide editor words
them its own way by code, see :mod:`draft_check`). Technical names (``agency``, ``sources``, ``{{key}}``)
stay as they are written in the file. This module holds the texts about reading a file and its fields;
those of the editorial checks are in :mod:`check_texts`.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.knowledge.model import Problem, Severity


@dataclass(frozen=True)
class ProblemText:
    """One kind of problem: its code, its words (with ``{names}``), and how serious it is."""

    code: str
    text: Text
    severity: Severity = Severity.ERROR

    def at(self, path: Path, line: int, /, *, field: str | None = None, **values: object) -> Problem:
        """The problem at ``path:line``. A :class:`Text` value is filled in per language (a hint, a language
        name), a date as the language writes it; the other values are also kept, as text (a date in ISO form),
        in :attr:`Problem.values`."""
        plain = {name: value.isoformat() if isinstance(value, date) else str(value)
                 for name, value in values.items() if not isinstance(value, Text)}
        shown = {name: _day(value) if isinstance(value, date) else value for name, value in values.items()}
        return Problem(path, line, self.text.with_values(**shown), self.severity, self.code, field, plain)


def _day(value: date) -> Text:
    return Text.build(lambda language: formatting.day(value, language))


_MEANT = Text(" (mente du «{hint}»?)", " (meinte du «{hint}»?)", " (did you mean '{hint}'?)")


def suggestion(hint: str | None) -> Text:
    """" (did you mean 'x'?)" in each language, or nothing when there is no hint."""
    return Text.same("") if hint is None else Text.build(lambda language: _MEANT.fill(language, hint=hint))


def closest(word: str, choices: Collection[str]) -> str | None:
    found = difflib.get_close_matches(word, list(choices), n=1)
    return found[0] if found else None


_NOTHING = Text("ingenting", "ingenting", "nothing")
_YES_NO = Text("ja/nei-verdien {value}", "ja/nei-verdien {value}", "the yes/no value {value}")
_KINDS = {
    "str": Text("teksten", "teksten", "str"), "int": Text("tallet", "talet", "int"),
    "float": Text("tallet", "talet", "float"), "list": Text("lista", "lista", "list"),
    "dict": Text("oppslaget", "oppslaget", "dict"), "date": Text("datoen", "datoen", "date"),
}


def described(value: Any) -> Text:
    """A value the file holds where it should not, as a message names it: ``int 42``, «tallet 42»."""
    if value is None:
        return _NOTHING
    if isinstance(value, bool):
        return Text.build(lambda language: _YES_NO.fill(language, value=value))
    name = type(value).__name__
    kind = _KINDS.get(name, Text.same(name))
    return Text.build(lambda language: f"{kind.get(language)} {value!r}"[:80])


# -- the file and its front matter (validation.py, frontmatter.py) -------------------------------------
FILE_TOO_LARGE = ProblemText("file-too-large", Text(
    "fila er større enn {kb} KB; en veiledning er noen få sider tekst: kort den ned eller del den i flere",
    "fila er større enn {kb} KB; ei rettleiing er nokre få sider tekst: kort ho ned eller del ho i fleire",
    "the file is larger than {kb} KB; a guide is a few pages of text: shorten it or split it into several guides"))
FILE_UNREADABLE = ProblemText("file-unreadable", Text(
    "fila kan ikke leses: {reason}", "fila kan ikkje lesast: {reason}", "cannot read the file: {reason}"))
NOT_UTF8 = ProblemText("not-utf8", Text(
    "fila er ikke UTF-8-tekst: lagre den som UTF-8", "fila er ikkje UTF-8-tekst: lagre ho som UTF-8",
    "the file is not UTF-8 text: save it as UTF-8"))
NUL_BYTE = ProblemText("nul-byte", Text(
    "fila inneholder en NUL-byte: lagre den på nytt som vanlig tekst",
    "fila inneheld ein NUL-byte: lagre ho på nytt som vanleg tekst",
    "the file contains a NUL byte: save it again as plain text"))
NO_OPENING_FENCE = ProblemText("no-front-matter", Text(
    "fila må begynne med en linje «---» som åpner YAML-hodet",
    "fila må byrje med ei linje «---» som opnar YAML-hovudet",
    "the file must start with a '---' line that opens the YAML front matter"))
UNCLOSED_FRONT_MATTER = ProblemText("front-matter-unclosed", Text(
    "YAML-hodet avsluttes aldri: legg til en linje «---» etter det",
    "YAML-hovudet blir aldri avslutta: legg til ei linje «---» etter det",
    "the front matter is never closed: add a '---' line after it"))
YAML_ERROR = ProblemText("yaml-error", Text(
    "YAML-feil (sjekk innrykk, kolon og anførselstegn): {detail}",
    "YAML-feil (sjekk innrykk, kolon og hermeteikn): {detail}",
    "YAML error (check the indent, colons and quotes): {detail}"))
UNREADABLE_VALUE = ProblemText("value-unreadable", Text(
    "en verdi kan ikke leses: {detail}", "ein verdi kan ikkje lesast: {detail}", "a value can't be read: {detail}"))
EMPTY_FRONT_MATTER = ProblemText("front-matter-empty", Text(
    "YAML-hodet er tomt", "YAML-hovudet er tomt", "the front matter is empty"))
FRONT_MATTER_NOT_MAPPING = ProblemText("front-matter-not-mapping", Text(
    "YAML-hodet må bestå av linjer med «nøkkel: verdi»", "YAML-hovudet må vere linjer med «nøkkel: verdi»",
    "the front matter must be a mapping of 'key: value' lines"))
EMPTY_BODY = ProblemText("empty-body", Text(
    "veiledningen har ingen tekst etter YAML-hodet", "rettleiinga har ingen tekst etter YAML-hovudet",
    "the guide has no text after the front matter"))

# -- the keys and their values (validation.py) -----------------------------------------------------------
UNKNOWN_KEY = ProblemText("unknown-key", Text(
    "ukjent nøkkel «{key}»{suggestion}", "ukjend nøkkel «{key}»{suggestion}", "unknown key '{key}'{suggestion}"))
MISSING_KEY = ProblemText("missing-key", Text(
    "mangler påkrevd nøkkel «{key}»", "manglar påkravd nøkkel «{key}»", "missing required key '{key}'"))
NOT_TEXT = ProblemText("not-text", Text(
    "«{key}» må være en tekst som ikke er tom, men er {got}",
    "«{key}» må vere ein tekst som ikkje er tom, men er {got}",
    "'{key}' must be a non-empty text, got {got}"))
NOT_TEXT_LIST = ProblemText("not-text-list", Text(
    "«{key}» må være en liste med minst én tekst, men er {got}",
    "«{key}» må vere ei liste med minst éin tekst, men er {got}",
    "'{key}' must be a non-empty list of texts, got {got}"))
BAD_LIST_ITEM = ProblemText("bad-list-item", Text(
    "hvert punkt i «{key}» må være en tekst som ikke er tom, men ett er {got}",
    "kvart punkt i «{key}» må vere ein tekst som ikkje er tom, men eitt er {got}",
    "every item of '{key}' must be a non-empty text, got {got}"))
BAD_DATE = ProblemText("bad-date", Text(
    "«{key}» må være en dato skrevet ÅÅÅÅ-MM-DD, men er {got}",
    "«{key}» må vere ein dato skriven ÅÅÅÅ-MM-DD, men er {got}",
    "'{key}' must be a date written YYYY-MM-DD, got {got}"))
ID_NOT_SLUG = ProblemText("id-not-slug", Text(
    "id «{id}» må skrives med små bokstaver, tall og bindestrek, for eksempel «nav-meldekort»",
    "id «{id}» må skrivast med små bokstavar, tal og bindestrek, til dømes «nav-meldekort»",
    "id '{id}' must be a lowercase slug such as 'nav-meldekort'"))
ID_NOT_FILE_NAME = ProblemText("id-not-file-name", Text(
    "id «{id}» passer ikke med filnavnet: gi fila navnet «{id}.md»",
    "id «{id}» passar ikkje med filnamnet: gi fila namnet «{id}.md»",
    "id '{id}' does not match the file name: rename the file to '{id}.md'"))
UNKNOWN_AGENCY = ProblemText("unknown-agency", Text(
    "ukjent etat «{agency}»{suggestion}; kjente: {known}", "ukjend etat «{agency}»{suggestion}; kjende: {known}",
    "unknown agency '{agency}'{suggestion}; known: {known}"))
UNKNOWN_CATEGORY = ProblemText("unknown-category", Text(
    "ukjent besøkskategori «{category}»{suggestion}", "ukjend besøkskategori «{category}»{suggestion}",
    "unknown visit category '{category}'{suggestion}"))
RELATED_NOT_SLUG = ProblemText("related-not-slug", Text(
    "«{related}» i «related» er ikke en veilednings-id (små bokstaver, tall og bindestrek)",
    "«{related}» i «related» er ikkje ein rettleiings-id (små bokstavar, tal og bindestrek)",
    "related id '{related}' is not a guide id (lowercase slug)"))
RELATED_TO_ITSELF = ProblemText("related-to-itself", Text(
    "en veiledning kan ikke være relatert til seg selv: fjern «{id}» fra «related»",
    "ei rettleiing kan ikkje vere relatert til seg sjølv: fjern «{id}» frå «related»",
    "a guide cannot be related to itself: remove '{id}' from 'related'"))
BAD_REVIEW_EVERY = ProblemText("bad-review-every", Text(
    "«review_every» må være et helt antall måneder fra 1 til 60, men er {got}",
    "«review_every» må vere eit heilt tal månader frå 1 til 60, men er {got}",
    "'review_every' must be a whole number of months from 1 to 60, got {got}"))

# -- sources (validation.py) ------------------------------------------------------------------------------
SOURCES_NOT_LIST = ProblemText("sources-not-list", Text(
    "«sources» må være en liste med minst én kilde ({{title, url}})",
    "«sources» må vere ei liste med minst éi kjelde ({{title, url}})",
    "'sources' must be a list of {{title, url}} entries, at least one"))
SOURCE_KEYS = ProblemText("source-keys", Text(
    "kilde {number} må ha nøklene «title» og «url», og kan ha «read» og «page_date»",
    "kjelde {number} må ha nøklane «title» og «url», og kan ha «read» og «page_date»",
    "source {number} must have the keys 'title' and 'url', and may have 'read' and 'page_date'"))
SOURCE_NO_TITLE = ProblemText("source-no-title", Text(
    "kilde {number} trenger en tittel («title»)", "kjelde {number} treng ein tittel («title»)",
    "source {number} needs a title"))
SOURCE_BAD_URL = ProblemText("source-bad-url", Text(
    "adressen («url») til kilde {number} må begynne med https:// eller http://, men er {url}",
    "adressa («url») til kjelde {number} må byrje med https:// eller http://, men er {url}",
    "source {number} url must start with https:// or http://, got {url}"))
SOURCE_BAD_READ = ProblemText("source-bad-read", Text(
    "«read» i kilde {number} må være en dato skrevet ÅÅÅÅ-MM-DD, men er {got}",
    "«read» i kjelde {number} må vere ein dato skriven ÅÅÅÅ-MM-DD, men er {got}",
    "source {number} 'read' must be a date written YYYY-MM-DD, got {got}"))
SOURCE_BAD_PAGE_DATE = ProblemText("source-bad-page-date", Text(
    "«page_date» i kilde {number} må være en dato skrevet ÅÅÅÅ-MM-DD eller «none» (siden har ingen dato), "
    "men er {got}",
    "«page_date» i kjelde {number} må vere ein dato skriven ÅÅÅÅ-MM-DD eller «none» (sida har ingen dato), "
    "men er {got}",
    "source {number} 'page_date' must be a date written YYYY-MM-DD or 'none' (the page carries no date), "
    "got {got}"))

# -- a guide's own local facts, ``local:`` (validation.py) ----------------------------------------------
LOCAL_NOT_MAPPING = ProblemText("local-not-mapping", Text(
    "«local» må gi nøkkelen til hver lokale opplysning med «kind» og «label»",
    "«local» må gi nøkkelen til kvar lokale opplysning med «kind» og «label»",
    "'local' must map each local fact's key to its 'kind' and 'label'"))
LOCAL_BAD_KEY = ProblemText("local-bad-key", Text(
    "nøkkelen {key} under «local» må skrives med små bokstaver, tall og bindestrek, for eksempel «frist» eller "
    "«kontor-adresse»",
    "nøkkelen {key} under «local» må skrivast med små bokstavar, tal og bindestrek, til dømes «frist» eller "
    "«kontor-adresse»",
    "local fact key {key} must be a lowercase slug such as 'frist' or 'kontor-adresse'"))
LOCAL_BAD_SPEC = ProblemText("local-bad-spec", Text(
    "den lokale opplysningen «{key}» må ha nøyaktig nøklene «kind» og «label»",
    "den lokale opplysninga «{key}» må ha nøyaktig nøklane «kind» og «label»",
    "local fact '{key}' must have exactly the keys 'kind' and 'label'"))
LOCAL_BAD_KIND = ProblemText("local-bad-kind", Text(
    "den lokale opplysningen «{key}»: «kind» må være en av {kinds}, men er {kind}",
    "den lokale opplysninga «{key}»: «kind» må vere ein av {kinds}, men er {kind}",
    "local fact '{key}': kind must be one of {kinds}, got {kind}"))
LOCAL_NO_LABEL = ProblemText("local-no-label", Text(
    "den lokale opplysningen «{key}» trenger en «label» som forteller hva som skal fylles inn",
    "den lokale opplysninga «{key}» treng ein «label» som fortel kva som skal fyllast inn",
    "local fact '{key}' needs a label that tells the supervisor what to fill in"))

# -- the library the guide joins (loader.py, draft_check.py) -------------------------------------------
DUPLICATE_ID = ProblemText("duplicate-id", Text(
    "id «{id}» er brukt fra før av {other}; denne fila hoppes over",
    "id «{id}» er alt brukt av {other}; denne fila blir hoppa over",
    "duplicate id '{id}': already used by {other}; this file is skipped"))
RELATED_MISSING = ProblemText("related-missing", Text(
    "den relaterte veiledningen «{related}» finnes ikke", "den relaterte rettleiinga «{related}» finst ikkje",
    "related guide '{related}' does not exist"))
