"""How the guide editor words a check's problem: by its code, on the form field it belongs to.

The checks speak of the file (``missing required key 'summary'``); a supervisor in the editor sees fields and
never YAML keys or Markdown headings. So a problem is looked up by :attr:`Problem.code` and worded again from
its values, in bokmål, nynorsk and English. A code not listed here keeps the check's own words (they name
nothing the form hides), on the field the check names, or else the field its line falls in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.knowledge import check_texts as checks
from frontdesk.knowledge import problem_texts as reading
from frontdesk.knowledge.frontmatter import ParsedFile
from frontdesk.knowledge.model import CITIZEN_SECTIONS, Problem
from frontdesk.knowledge.problem_texts import ProblemText
from frontdesk.knowledge.sections import split_sections

# The form's fields: the front matter keys, the staff text, and one per citizen section.
BODY = "body"
HANDOUT = {language: f"handout_{language}" for language in CITIZEN_SECTIONS}


@dataclass(frozen=True)
class Words:
    text: Text | None  # None: the check's own words
    field: str | None = None  # None: the field the check names, or where its line is


_FILL_IN = Text("må fylles ut", "må fyllast ut", "must be filled in")
_ID_FROM_TITLE = Text("tittelen må ha minst én bokstav eller ett tall, så veiledningen får en id",
                      "tittelen må ha minst éin bokstav eller eitt tal, så rettleiinga får ein id",
                      "the title needs at least one letter or digit, so the guide gets an id")

EDITOR_WORDS: dict[ProblemText, Words] = {
    reading.MISSING_KEY: Words(_FILL_IN),
    reading.NOT_TEXT: Words(_FILL_IN),
    reading.NOT_TEXT_LIST: Words(Text("trenger minst én linje", "treng minst éi linje", "needs at least one line")),
    reading.ID_NOT_SLUG: Words(_ID_FROM_TITLE, "id"),
    reading.SOURCES_NOT_LIST: Words(Text("legg inn minst én kilde: etatens egen side",
                                      "legg inn minst éi kjelde: etaten si eiga side",
                                      "add at least one source: the agency's own page")),
    reading.SOURCE_NO_TITLE: Words(Text("kilde {number} trenger en tittel", "kjelde {number} treng ein tittel",
                                     "source {number} needs a title")),
    reading.SOURCE_BAD_URL: Words(Text("kilde {number}: adressen må begynne med https://",
                                    "kjelde {number}: adressa må byrje med https://",
                                    "source {number}: the address must start with https://")),
    checks.NO_OFFICIAL_SOURCE: Words(Text("minst én kilde må være etatens egen side på et offentlig domene",
                                          "minst éi kjelde må vere etaten si eiga side på eit offentleg domene",
                                          "at least one source must be the agency's own page on an official "
                                          "domain")),
    checks.SOURCE_NO_READ: Words(Text("kilde {number} mangler datoen den ble lest",
                                      "kjelde {number} manglar datoen ho vart lesen",
                                      "source {number} lacks the date it was read")),
    checks.SOURCE_NO_PAGE_DATE: Words(Text(
        "kilde {number}: skriv datoen siden selv har, eller kryss av for at den ikke har noen",
        "kjelde {number}: skriv datoen sida sjølv har, eller kryss av for at ho ikkje har nokon",
        "source {number}: write the date the page carries, or tick that it has none")),
    reading.LOCAL_BAD_KEY: Words(Text("nøkkelen {key} må skrives med små bokstaver, tall og bindestrek, for eksempel "
                                   "«frist»",
                                   "nøkkelen {key} må skrivast med små bokstavar, tal og bindestrek, til dømes "
                                   "«frist»",
                                   "the key {key} must be lowercase letters, digits and hyphens, such as 'frist'")),
    reading.LOCAL_NO_LABEL: Words(Text("«{key}» trenger en forklaring av hva som skal fylles inn",
                                    "«{key}» treng ei forklaring av kva som skal fyllast inn",
                                    "'{key}' needs an explanation of what to fill in")),
    reading.LOCAL_BAD_SPEC: Words(Text("«{key}» trenger type og forklaring", "«{key}» treng type og forklaring",
                                    "'{key}' needs a kind and an explanation")),
    checks.UNUSED_FACT: Words(Text("«{key}» står ikke i teksten: skriv {fact} der verdien skal stå",
                                   "«{key}» står ikkje i teksten: skriv {fact} der verdien skal stå",
                                   "'{key}' is not in the text: write {fact} where the value goes")),
    checks.UNKNOWN_FACT: Words(Text("ukjent lokal opplysning {fact}{meant}", "ukjend lokal opplysning {fact}{meant}",
                                    "unknown local fact {fact}{meant}")),
    checks.LOKALT_LEFT: Words(Text("en «Lokalt:»-instruks står igjen: gjør den til en lokal opplysning "
                                   "({{{{nøkkel}}}})",
                                   "ein «Lokalt:»-instruks står att: gjer han til ei lokal opplysning "
                                   "({{{{nøkkel}}}})",
                                   "a «Lokalt:» instruction is left: make it a local fact ({{{{key}}}})")),
    checks.FACT_AS_LINK: Words(Text("en lokal opplysning står som lenkemål: skriv den for seg selv (en nettadresse "
                                    "blir lenke av seg selv)",
                                    "ei lokal opplysning står som lenkjemål: skriv ho for seg sjølv (ei nettadresse "
                                    "blir lenkje av seg sjølv)",
                                    "a local fact is a link target: write it on its own (a web address becomes a "
                                    "link by itself)")),
    checks.LINK_UNOFFICIAL: Words(Text("lenken går til en side utenfor de offentlige domenene: {url}",
                                       "lenkja går til ei side utanfor dei offentlege domena: {url}",
                                       "the link goes to a page outside the official domains: {url}")),
    checks.MISSING_HANDOUT: Words(Text("mangler: uten den kan veiledningen ikke skrives ut på dette språket",
                                       "manglar: utan han kan rettleiinga ikkje skrivast ut på dette språket",
                                       "missing: without it the guide can't be printed in this language")),
    checks.MISSING_SECTION: Words(Text("avsnittet «## {heading}» mangler", "avsnittet «## {heading}» manglar",
                                       "the section '## {heading}' is missing")),
    checks.HANDOUT_THIRD_PERSON: Words(Text(
        "snakker om innbyggeren («{word}»): skriv til hen, med «du» (på engelsk «you»)",
        "snakkar om innbyggjaren («{word}»): skriv til hen, med «du» (på engelsk «you»)",
        "speaks of the citizen ('{word}'): write to them, with 'you' (in Norwegian 'du')")),
    checks.MISSING_HANDOUT_TITLE: Words(Text("mangler: utskriften på {for_language} trenger tittelen",
                                             "manglar: utskrifta på {for_language} treng tittelen",
                                             "missing: the {for_language} handout needs the title")),
    checks.REVIEW_OVERDUE: Words(Text("gjennomgangen skulle vært gjort {due}: sjekk kildene og sett ny dato",
                                      "gjennomgangen skulle vore gjord {due}: sjekk kjeldene og set ny dato",
                                      "the review was due {due}: check the sources and set a new date")),
    checks.DUPLICATE_TITLE: Words(Text("en annen veiledning har samme tittel: velg en tittel ansatte kan skille "
                                       "fra den",
                                       "ei anna rettleiing har same tittel: vel ein tittel dei tilsette kan skilje "
                                       "frå henne",
                                       "another guide has the same title: choose one staff can tell apart from it")),
    checks.REPLACES_BUNDLED: Words(Text("erstatter den nasjonale veiledningen med samme id",
                                        "erstattar den nasjonale rettleiinga med same id",
                                        "replaces the national guide with the same id")),
    reading.EMPTY_BODY: Words(Text("teksten er tom", "teksten er tom", "the text is empty")),
    reading.FILE_TOO_LARGE: Words(Text("veiledningen er for lang: kort den ned eller del den i flere",
                                    "rettleiinga er for lang: kort ho ned eller del ho i fleire",
                                    "the guide is too long: shorten it or split it into several")),
}
_BY_CODE = {text.code: words for text, words in EDITOR_WORDS.items()}
# The id is made from the title: a missing id means a title without a letter or digit.
_BY_CODE_AND_FIELD = {(reading.MISSING_KEY.code, "id"): Words(_ID_FROM_TITLE)}
_MEANT = Text("; mente du {hint}?", "; meinte du {hint}?", "; did you mean {hint}?")


def _extra(problem: Problem, language: str) -> dict[str, str]:
    """Values the editor's words name that differ by language; a date as the language writes it (the form
    shows dates so, where the file has them in ISO form)."""
    hint = problem.values.get("hint")
    meant = _MEANT.fill(language, hint="{{" + hint + "}}") if hint else ""
    named = checks.TITLE_LANGUAGE.get(problem.field or "")
    dates = {name: formatting.day(date.fromisoformat(problem.values[name]), language)
             for name in ("due", "reviewed") if name in problem.values}
    return {"meant": meant, "for_language": named.get(language) if named else "", **dates}


def describe(problem: Problem, parsed: ParsedFile | None) -> tuple[str, Text]:
    """(form field, message in every language) for a problem the checks found in the draft's text."""
    words = _BY_CODE_AND_FIELD.get((problem.code, problem.field or "")) or _BY_CODE.get(problem.code, Words(None))
    field = words.field or problem.field
    if field is None or field == BODY:  # which part of the text: the staff's, or a handout
        field = field_at(problem.line, parsed)
    template = words.text
    if template is None:
        return field, problem.message
    return field, Text.build(lambda language: template.fill(language, **{**problem.values,
                                                                        **_extra(problem, language)}))


def field_at(line: int, parsed: ParsedFile | None) -> str:
    """The field a 1-based line of the draft's text belongs to: a front-matter key, or a part of the body."""
    if parsed is None:
        return BODY
    if line < parsed.body_line:
        keys = [(number, key) for key, number in parsed.key_lines.items() if number <= line]
        return max(keys)[1] if keys else "id"
    offset = line - parsed.body_line
    field = BODY
    for section in split_sections(parsed.body):
        if section.line > offset:
            break
        field = HANDOUT[section.language] if section.language is not None else BODY
    return field
