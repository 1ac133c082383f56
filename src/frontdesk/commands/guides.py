"""``frontdesk guides``: list, show and check guides."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from frontdesk.commands import guide_texts as say_
from frontdesk.commands.common import category_ids, exit_if_unreadable
from frontdesk.commands.counter_context import CounterSettings, counter_settings, facts_store, knowledge_base
from frontdesk.commands.guide_handout import handout
from frontdesk.commands.guide_packs import import_pack, keygen, pack
from frontdesk.commands.language import language, language_option, say, use_language, warn
from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.check_texts import LOCAL_VALUES_UNREADABLE
from frontdesk.knowledge.checks import all_warnings, review_notices
from frontdesk.knowledge.guide_render import staff_markdown_file, staff_page_html, staff_page_text
from frontdesk.knowledge.library import library_folders
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.local_checks import value_problems
from frontdesk.knowledge.local_facts import LocalFacts, LocalFactsStore
from frontdesk.knowledge.local_values import LocalValuesError
from frontdesk.knowledge.model import Guide, Problem, Severity
from frontdesk.knowledge.review import reasons, review_need


@click.group()
def guides() -> None:
    """List, show, check and print guides.

    \b
    Examples:
      frontdesk guides list
      frontdesk guides show minid-glemt-passord --format text
      frontdesk guides handout minid-glemt-passord --language nn --format pdf --out minid.pdf
      frontdesk guides check --strict
      frontdesk guides import guider-2026-11.zip
    """


def _guide_summary(guide: Guide, today: date, chosen: str) -> dict[str, object]:
    need = review_need(guide, today)
    return {
        "id": guide.id,
        "title": guide.title,
        "agency": guide.agency,
        "summary": guide.summary,
        "reviewed": guide.reviewed.isoformat(),
        "needs_review": need.needed,
        "review_reasons": reasons(need, chosen),
        "local": guide.is_local,
        "overrides_bundled": guide.overrides_bundled,
        "path": str(guide.path),
    }


@guides.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
@language_option
@click.pass_obj
def list_guides(config: Config, as_json: bool, language: str | None) -> None:
    """List every guide, sorted by agency and title.

    Marks local guides, local guides that replace a bundled one, and guides that need a check.

    \b
    Example:
      frontdesk guides list --json
    """
    chosen = use_language(language)
    kb = knowledge_base(config, counter_settings(config))
    today = date.today()
    items = sorted(kb.guides.values(), key=lambda g: (g.agency, g.title.casefold()))
    if as_json:
        click.echo(json.dumps([_guide_summary(g, today, chosen) for g in items], ensure_ascii=False, indent=2))
        return
    width = max((len(g.id) for g in items), default=10)
    for guide in items:
        local = say_.MARK_REPLACES if guide.overrides_bundled else say_.MARK_LOCAL
        marks = [local.get(chosen)] if guide.is_local else []
        if review_need(guide, today).needed:
            marks.append(say_.MARK_CHECK.get(chosen))
        marker = f" ({'; '.join(marks)})" if marks else ""
        click.echo(f"{guide.id:<{width}}  {guide.agency:<13} {guide.title}{marker}")
    say(say_.GUIDE_COUNT, count=len(items), err=True)


def local_facts_or_none(config: Config, settings: CounterSettings, guides: dict[str, Guide]) -> LocalFacts | None:
    """The centre's facts, or None (with a warning) when ``lokalt.yaml`` can't be read: the guide still shows."""
    try:
        return facts_store(config, settings).facts(guides)
    except LocalValuesError as exc:
        warn(say_.FACTS_UNREADABLE, error=exc.describe(language()))
        return None


@guides.command("show")
@click.argument("guide_id")
@click.option("--format", "fmt", type=click.Choice(["markdown", "html", "text"]), default="text",
              show_default=True, help="How to print the guide.")
@click.pass_obj
def show_guide(config: Config, guide_id: str, fmt: str) -> None:
    """Print one guide for staff, with the centre's local facts and note in place.

    The sections written to the citizen are left out (see: frontdesk guides handout). A filled local fact
    is marked as local; an unfilled one says "ikke fylt ut lokalt". Markdown prints the guide file with the
    filled values put in and the note added.

    \b
    Example:
      frontdesk guides show nav-meldekort --format markdown
    """
    settings = counter_settings(config)
    kb = knowledge_base(config, settings)
    guide = kb.get(guide_id)
    if guide is None:
        say(say_.NO_GUIDE, id=guide_id, words=guide_id.replace("-", " "), err=True)
        sys.exit(1)
    facts = local_facts_or_none(config, settings, kb.guides)
    if fmt == "markdown":
        source = guide.path.read_bytes().decode("utf-8-sig")  # as the loader read it: CRLF kept
        click.echo(staff_markdown_file(guide, facts, source), nl=False)
    elif fmt == "html":
        click.echo(staff_page_html(guide, facts, date.today()), nl=False)
    else:
        click.echo(staff_page_text(guide, facts, date.today()), nl=False)


@guides.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings (overdue review, unofficial links, missing "
              "sections, undated sources, unused local facts) as errors. Notices never fail the check.")
@language_option
@click.pass_obj
def check_guides(config: Config, paths: tuple[Path, ...], strict: bool, language: str | None) -> None:
    """Validate guide files and print 'path:line: message' for each problem, in the language setting.

    Without PATH, checks every guide (bundled, installed packs and the local guides folder) and the local
    facts file (lokalt.yaml). With PATH (files or folders), reports on those only, while links to other
    guides still resolve against the whole library. Notices (a guide that needs a check, a local guide that
    replaces a bundled one) are listed but never fail. Exits 1 when there is an error (or, with --strict, a
    warning).

    \b
    Examples:
      frontdesk guides check
      frontdesk guides check ~/mine-guider/ --strict --language en
    """
    chosen_language = use_language(language)
    exit_if_unreadable(config.home)
    registry = AgencyRegistry.load(config.data_dir)
    settings = counter_settings(config)
    # The whole library is loaded as context, so `related` links into other folders resolve; only the
    # named paths are reported on.
    context = library_folders(config, settings.guides_folder if settings.custom_folder else None)
    chosen_paths = [p.resolve() for p in paths]
    extra = [
        GuideFolder(p if p.is_dir() else p.parent, is_local=True)
        for p in chosen_paths
        if not any(p.is_relative_to(folder.path.resolve()) for folder in context)
    ]
    result = load_guides(context + extra, agencies=registry.agencies, categories=category_ids(config))

    def chosen(path: Path) -> bool:
        return not chosen_paths or any(path.resolve().is_relative_to(p) for p in chosen_paths)

    today = date.today()
    store = facts_store(config, settings)
    found = (all_warnings(result.guides.values(), registry, today, store.centre_keys)
             + review_notices(result.guides.values(), today) + _value_problems(store, result.guides))
    problems = sorted((p for p in result.problems + found if chosen(p.path)), key=lambda p: (str(p.path), p.line))
    checked = [g for g in result.guides.values() if chosen(g.path)]
    count = {severity: sum(p.severity is severity for p in problems) for severity in Severity}
    for problem in problems:
        click.echo(problem.describe(chosen_language))
    say(say_.CHECKED, checked=len(checked), errors=count[Severity.ERROR], warnings=count[Severity.WARNING],
        notices=count[Severity.NOTICE], err=True)
    if count[Severity.ERROR] or (strict and count[Severity.WARNING]):
        sys.exit(1)


def _value_problems(store: LocalFactsStore, guides: dict[str, Guide]) -> list[Problem]:
    try:
        return value_problems(store.facts(guides), store.path)
    except LocalValuesError as exc:
        return [LOCAL_VALUES_UNREADABLE.at(exc.path, exc.line, reason=exc.text)]


for _command in (keygen, pack, import_pack, handout):
    guides.add_command(_command)
