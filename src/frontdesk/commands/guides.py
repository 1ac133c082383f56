"""``frontdesk guides``: list, show and check guides."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from frontdesk.commands.guide_packs import import_pack, keygen, pack
from frontdesk.commands.search import exit_if_unreadable
from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import all_warnings
from frontdesk.knowledge.library import KnowledgeBase, library_folders
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Guide, Severity
from frontdesk.knowledge.render import markdown_to_html, markdown_to_text


@click.group()
def guides() -> None:
    """List, show and check guides.

    \b
    Examples:
      frontdesk guides list
      frontdesk guides show minid-glemt-passord --format text
      frontdesk guides check --strict
      frontdesk guides import guider-2026-11.zip
    """


def _knowledge(config: Config) -> KnowledgeBase:
    exit_if_unreadable(config.home)
    kb = KnowledgeBase.from_config(config)
    kb.reload()
    return kb


def _guide_summary(guide: Guide) -> dict[str, object]:
    return {
        "id": guide.id,
        "title": guide.title,
        "agency": guide.agency,
        "summary": guide.summary,
        "reviewed": guide.reviewed.isoformat(),
        "local": guide.is_local,
        "path": str(guide.path),
    }


@guides.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
@click.pass_obj
def list_guides(config: Config, as_json: bool) -> None:
    """List every guide, sorted by agency and title.

    \b
    Example:
      frontdesk guides list --json
    """
    kb = _knowledge(config)
    items = sorted(kb.guides.values(), key=lambda g: (g.agency, g.title.casefold()))
    if as_json:
        click.echo(json.dumps([_guide_summary(g) for g in items], ensure_ascii=False, indent=2))
        return
    width = max((len(g.id) for g in items), default=10)
    for guide in items:
        marker = " (lokal)" if guide.is_local else ""
        click.echo(f"{guide.id:<{width}}  {guide.agency:<13} {guide.title}{marker}")
    click.echo(f"{len(items)} guides", err=True)


@guides.command("show")
@click.argument("guide_id")
@click.option("--format", "fmt", type=click.Choice(["markdown", "html", "text"]), default="text",
              show_default=True, help="How to print the guide body.")
@click.pass_obj
def show_guide(config: Config, guide_id: str, fmt: str) -> None:
    """Print one guide.

    \b
    Example:
      frontdesk guides show nav-meldekort --format markdown
    """
    kb = _knowledge(config)
    guide = kb.get(guide_id)
    if guide is None:
        click.echo(f"No guide with id '{guide_id}'. Try: frontdesk search {guide_id.replace('-', ' ')}", err=True)
        sys.exit(1)
    if fmt == "markdown":
        click.echo(guide.path.read_text(encoding="utf-8"), nl=False)
        return
    if fmt == "html":
        click.echo(f"<h1>{guide.title}</h1>\n<p>{guide.summary}</p>\n{markdown_to_html(guide.body)}")
        return
    click.echo(f"{guide.title}\n{'=' * len(guide.title)}\n{guide.summary}\n")
    if guide.requires:
        click.echo("Dette trenger innbyggeren: " + "; ".join(guide.requires) + "\n")
    if guide.on_behalf:
        click.echo(f"På vegne av andre: {guide.on_behalf}\n")
    click.echo(markdown_to_text(guide.body))
    click.echo("Kilder:\n" + "\n".join(f"  - {s.title}: {s.url}" for s in guide.sources))


@guides.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings (overdue review, unofficial links, missing "
              "sections) as errors.")
@click.pass_obj
def check_guides(config: Config, paths: tuple[Path, ...], strict: bool) -> None:
    """Validate guide files and print 'path:line: message' for each problem.

    Without PATH, checks every guide: bundled, installed packs and the local guides folder. With PATH
    (files or folders), reports on those only, while links to other guides still resolve against the whole
    library. Exits 1 when there is an error (or, with --strict, a warning).

    \b
    Examples:
      frontdesk guides check
      frontdesk guides check ~/mine-guider/ --strict
    """
    exit_if_unreadable(config.home)
    registry = AgencyRegistry.load(config.data_dir)
    # The whole library is loaded as context, so `related` links into other folders resolve; only the
    # named paths are reported on.
    context = library_folders(config)
    chosen_paths = [p.resolve() for p in paths]
    extra = [
        GuideFolder(p if p.is_dir() else p.parent, is_local=True)
        for p in chosen_paths
        if not any(p.is_relative_to(folder.path.resolve()) for folder in context)
    ]
    result = load_guides(context + extra, agencies=registry.agencies, categories=category_ids(config))

    def chosen(path: Path) -> bool:
        return not chosen_paths or any(path.resolve().is_relative_to(p) for p in chosen_paths)

    warnings = [w for w in all_warnings(result.guides.values(), registry, date.today()) if chosen(w.path)]
    errors = [p for p in result.problems if chosen(p.path)]
    checked = [g for g in result.guides.values() if chosen(g.path)]
    problems = sorted(errors + warnings, key=lambda p: (str(p.path), p.line))
    failing = [p for p in problems if strict or p.severity is Severity.ERROR]
    for problem in problems:
        click.echo(str(problem))
    click.echo(f"{len(checked)} guides OK, {len(errors)} errors, {len(warnings)} warnings", err=True)
    if failing:
        sys.exit(1)


def category_ids(config: Config) -> set[str]:
    """Visit-category ids a guide's ``category`` must be one of."""
    from frontdesk.visits.taxonomy import Taxonomy

    return Taxonomy.load(config).ids(include_retired=True)


for _command in (keygen, pack, import_pack):
    guides.add_command(_command)
