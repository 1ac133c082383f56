"""The checks ``frontdesk guides check`` runs, on a draft's text as it would be saved, for the editor's live
messages: errors keep the guide from loading (the editor won't save it), warnings and notices don't.

Only this one guide is checked, against the library it joins: its ``related`` ids must exist there, its title
must not be another guide's, its ``{{…}}`` must be known facts, and a national guide with its id is replaced.

The checks speak of the file (``path:line: missing required key 'summary'``); the form has fields and no YAML.
:mod:`editor_texts` names the field a problem belongs to and words it for the form, by the problem's code, in
bokmål, nynorsk and English.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from frontdesk.i18n import Text
from frontdesk.knowledge import problem_texts as says
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import duplicate_titles, guide_warnings, review_notices
from frontdesk.knowledge.editor_texts import describe
from frontdesk.knowledge.frontmatter import FrontMatterError, ParsedFile, parse_guide_text
from frontdesk.knowledge.local_checks import slot_problems
from frontdesk.knowledge.local_keys import FactCatalogue, FactKey
from frontdesk.knowledge.model import Guide, Problem, Severity
from frontdesk.knowledge.validation import MAX_GUIDE_BYTES, too_large, validate_parsed


@dataclass(frozen=True)
class DraftProblem:
    field: str  # the form field: a front-matter key, "body", or "handout_nb" / "handout_nn" / "handout_en"
    severity: Severity
    message: Text  # in the form's words (see editor_texts)
    code: str  # the check's code (Problem.code)
    check: Text  # what ``frontdesk guides check`` says, for the log and for anyone who knows the file format


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
        found = [too_large(path)]
        guide = None
    else:
        try:
            parsed = parse_guide_text(text)
        except FrontMatterError as exc:
            found = [exc.problem(path)]
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
    problems = [says.RELATED_MISSING.at(guide.path, 2, field="related", related=other)
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
    return DraftProblem(field, problem.severity, message, problem.code, problem.message)
