"""The checks ``frontdesk guides check`` runs, on a draft's text as it would be saved, for the editor's live
messages: errors keep the guide from loading (the editor won't save it), warnings and notices don't.

Only this one guide is checked, against the library it joins: its ``related`` ids must exist there, its title
must not be another guide's, its ``{{…}}`` must be known facts, and a national guide with its id is replaced.

The checks speak of the file (``path:line: missing required key 'summary'``); the form has fields and no YAML.
:func:`describe` names the field a problem belongs to and words it in bokmål; a message not known here keeps
the check's own words, on the field its line falls in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import duplicate_titles, guide_warnings, review_notices
from frontdesk.knowledge.frontmatter import FrontMatterError, ParsedFile, parse_guide_text
from frontdesk.knowledge.local_checks import slot_problems
from frontdesk.knowledge.local_keys import FactCatalogue, FactKey
from frontdesk.knowledge.model import CITIZEN_SECTIONS, Guide, Problem, Severity
from frontdesk.knowledge.sections import split_sections
from frontdesk.knowledge.validation import MAX_GUIDE_BYTES, validate_parsed


@dataclass(frozen=True)
class DraftProblem:
    field: str  # the form field: a front-matter key, "body", or "handout_nb" / "handout_nn" / "handout_en"
    severity: Severity
    message: str  # bokmål where the check's message is known (see draft_messages)
    check: str  # what ``frontdesk guides check`` says, for the log and for anyone who knows the file format


@dataclass(frozen=True)
class DraftReport:
    guide: Guide | None  # the guide as the library would load it; None while an error keeps it out
    problems: tuple[DraftProblem, ...]

    @property
    def errors(self) -> tuple[DraftProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)


@dataclass(frozen=True)
class DraftContext:
    """The library a draft joins, and what it is checked against."""

    registry: AgencyRegistry
    library: Mapping[str, Guide]
    centre_keys: Sequence[FactKey]
    today: date
    categories: Collection[str] | None = None


def check_draft_text(text: str, path: Path, context: DraftContext) -> DraftReport:
    """Every problem ``guides check`` would report for ``text`` saved at ``path``, by form field."""
    parsed: ParsedFile | None = None
    if len(text.encode("utf-8")) > MAX_GUIDE_BYTES:
        found = [Problem(path, 1, f"the file is larger than {MAX_GUIDE_BYTES // 1024} KB")]
        guide = None
    else:
        try:
            parsed = parse_guide_text(text)
        except FrontMatterError as exc:
            found = [Problem(path, exc.line, exc.message)]
            guide = None
        else:
            guide, found = validate_parsed(path, parsed, agencies=context.registry.agencies,
                                           categories=context.categories, is_local=True)
    if guide is not None:
        guide, found = _in_library(guide, context)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTICE: 2}
    problems = [_problem(p, parsed) for p in sorted(found, key=lambda p: (order[p.severity], p.line))]
    return DraftReport(guide if not any(p.severity is Severity.ERROR for p in found) else None,
                       tuple(problems))


def _in_library(guide: Guide, context: DraftContext) -> tuple[Guide, list[Problem]]:
    """The checks that look past the file: other guides, the known facts, the library it joins."""
    problems = [Problem(guide.path, 2, f"related guide '{other}' does not exist")
                for other in guide.related if other not in context.library]
    existing = context.library.get(guide.id)
    if existing is not None and (not existing.is_local or existing.overrides_bundled):
        guide = replace(guide, overrides_bundled=True)
    same_title = [g for g in context.library.values()
                  if g.id != guide.id and g.title.casefold() == guide.title.casefold()]
    problems += [p for p in duplicate_titles([guide, *same_title]) if p.path == guide.path]
    problems += guide_warnings(guide, context.registry, context.today)
    catalogue = FactCatalogue(context.centre_keys, {**context.library, guide.id: guide})
    problems += slot_problems(guide, catalogue)
    problems += review_notices([guide], context.today)
    return guide, problems


def _problem(problem: Problem, parsed: ParsedFile | None) -> DraftProblem:
    field, message = describe(problem, parsed)
    return DraftProblem(field, problem.severity, message, problem.message)

# The form's fields: the front matter keys, the staff text, and one per citizen section.
BODY = "body"
HANDOUT = {language: f"handout_{language}" for language in CITIZEN_SECTIONS}
_HANDOUT_BY_HEADING = {heading: HANDOUT[language] for language, heading in CITIZEN_SECTIONS.items()}
_LANGUAGE_NB = {"title_nn": "nynorsk", "title_en": "engelsk"}

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str | None, str]]]


def _rule(pattern: str, words: Callable[[re.Match[str]], tuple[str | None, str]]) -> Rule:
    return re.compile(pattern), words


# (pattern on the check's message, (field or None for "where its line is", bokmål message)), first match wins.
RULES: tuple[Rule, ...] = (
    _rule(r"^missing required key '(\w+)'", lambda m: (m[1], "må fylles ut")),
    _rule(r"^'(\w+)' must be a non-empty text", lambda m: (m[1], "må fylles ut")),
    _rule(r"^'(\w+)' must be a non-empty list", lambda m: (m[1], "trenger minst én linje")),
    _rule(r"^id '.*' must be a lowercase slug", lambda m: ("id", "tittelen må ha minst én bokstav eller ett "
                                                           "tall, så veiledningen får en id")),
    _rule(r"^'sources' must be a list", lambda m: ("sources", "legg inn minst én kilde: etatens egen side")),
    _rule(r"^source (\d+) needs a title", lambda m: ("sources", f"kilde {m[1]} trenger en tittel")),
    _rule(r"^source (\d+) url must start with", lambda m: ("sources", f"kilde {m[1]}: adressen må begynne med "
                                                            "https://")),
    _rule(r"^source '(.*)' is not on an official domain: (.*)$",
          lambda m: ("sources", f"kilden «{m[1]}» er ikke på et offentlig domene ({m[2]})")),
    _rule(r"^no source on an official domain", lambda m: ("sources", "minst én kilde må være etatens egen side "
                                                          "på et offentlig domene")),
    _rule(r"^source (\d+) '.*' has no 'read' date", lambda m: ("sources", f"kilde {m[1]} mangler datoen den "
                                                               "ble lest")),
    _rule(r"^source (\d+) '.*' has no 'page_date'", lambda m: ("sources", f"kilde {m[1]}: skriv datoen siden "
                                                               "selv har, eller kryss av for at den ikke har noen")),
    _rule(r"^local fact key (.*) must be a lowercase slug",
          lambda m: ("local", f"nøkkelen {m[1]} må skrives med små bokstaver, tall og bindestrek, for eksempel "
                              "«frist»")),
    _rule(r"^local fact '(.*)' needs a label", lambda m: ("local", f"«{m[1]}» trenger en forklaring av hva som "
                                                          "skal fylles inn")),
    _rule(r"^local fact '(.*)' must have exactly", lambda m: ("local", f"«{m[1]}» trenger type og forklaring")),
    _rule(r"^local fact '(.*)' is declared but the text never uses",
          lambda m: ("local", f"«{m[1]}» står ikke i teksten: skriv {{{{{m[1]}}}}} der verdien skal stå")),
    _rule(r"^unknown local fact '\{\{([^{}]*)\}\}'(?: \(did you mean '\{\{([^{}]*)\}\}'\?\))?",
          lambda m: (None, f"ukjent lokal opplysning {{{{{m[1]}}}}}" + (f"; mente du {{{{{m[2]}}}}}?" if m[2]
                                                                         else ""))),
    _rule(r"^a '\*\*Lokalt:\*\*' instruction", lambda m: (None, "en «Lokalt:»-instruks står igjen: gjør den til "
                                                          "en lokal opplysning ({{nøkkel}})")),
    _rule(r"^a local fact is written as a link target",
          lambda m: (None, "en lokal opplysning står som lenkemål: skriv den for seg selv (en nettadresse blir "
                           "lenke av seg selv)")),
    _rule(r"^link outside the official domains: (.*)$",
          lambda m: (None, f"lenken går til en side utenfor de offentlige domenene: {m[1]}")),
    _rule(r"^missing section '## (.*)' \(the citizen's handout\)",
          lambda m: (_HANDOUT_BY_HEADING.get(m[1], BODY), "mangler: uten den kan veiledningen ikke skrives ut "
                                                          "på dette språket")),
    _rule(r"^missing section '## (.*)'", lambda m: (BODY, f"avsnittet «## {m[1]}» mangler")),
    _rule(r"^'## (.*)' speaks of the citizen \('(.*)'\)",
          lambda m: (_HANDOUT_BY_HEADING.get(m[1], BODY), f"snakker om innbyggeren («{m[2]}»): skriv til hen, "
                                                          "med «du» (på engelsk «you»)")),
    _rule(r"^missing '(title_nn|title_en)'", lambda m: (m[1], f"mangler: utskriften på {_LANGUAGE_NB[m[1]]} "
                                                         "trenger tittelen")),
    _rule(r"^review overdue: reviewed (\S+), due (\S+)",
          lambda m: ("reviewed", f"gjennomgangen skulle vært gjort {m[2]}: sjekk kildene og sett ny dato")),
    _rule(r"^title '.*' is also used by", lambda m: ("title", "en annen veiledning har samme tittel: velg en "
                                                     "tittel ansatte kan skille fra den")),
    _rule(r"^this local guide replaces the bundled guide",
          lambda m: ("id", "erstatter den nasjonale veiledningen med samme id")),
    _rule(r"^bør kontrolleres: (.*)$", lambda m: ("sources", f"bør kontrolleres: {m[1]}")),
    _rule(r"^related guide '(.*)' does not exist", lambda m: ("related", f"den relaterte veiledningen «{m[1]}» "
                                                              "finnes ikke")),
    _rule(r"^the guide has no text after", lambda m: (BODY, "teksten er tom")),
    _rule(r"^the file is larger than", lambda m: (BODY, "veiledningen er for lang: kort den ned eller del den "
                                                        "i flere")),
)


def describe(problem: Problem, parsed: ParsedFile | None) -> tuple[str, str]:
    """(form field, message) for a problem the checks found in the draft's text."""
    for pattern, words in RULES:
        match = pattern.match(problem.message)
        if match is not None:
            field, message = words(match)
            return field or field_at(problem.line, parsed), message
    return field_at(problem.line, parsed), problem.message


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
