"""``frontdesk search``: find guides from the command line, ranked like the app's search box."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import click

from frontdesk.commands import guide_texts as say_
from frontdesk.commands.common import exit_if_unreadable
from frontdesk.commands.language import say
from frontdesk.config import Config
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.knowledge.search import SearchHit


def _guides_folder(config: Config) -> Path | None:
    """The counter's ``guides_folder`` setting (None: the home's ``guides``), where the municipality's guides and
    lokalt.yaml are. Read with the standard library (the ``settings`` table holds one JSON value per key): the
    settings module and sqlite-utils would cost this command more than the search itself."""
    if not config.database_path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{config.database_path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = 'guides_folder'").fetchone()
        finally:
            connection.close()
        folder = json.loads(row[0]) if row is not None else ""
    except (sqlite3.Error, ValueError) as exc:  # unreadable now: say so, and go on with the default
        click.echo(f"warning: the settings could not be read ({exc}); using the defaults", err=True)
        return None
    return Path(folder).expanduser() if isinstance(folder, str) and folder else None


def _as_dict(hit: SearchHit) -> dict[str, object]:
    return {
        "id": hit.id,
        "title": hit.title,
        "agency": hit.agency,
        "score": hit.score,
        "snippet": hit.snippet,
        "matched": list(hit.matched),
    }


@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", "-n", type=click.IntRange(1, 100), default=10, show_default=True,
              help="How many guides to show at most.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of hits, best first.")
@click.pass_obj
def search(config: Config, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Search the guides for QUERY (any words, as people type them).

    Typos, missing æøå ("sokn", "forerkort"), nynorsk, English, split compounds ("bank id", "arbeid
    søker"), abbreviations (KRR, AAP) and unfinished last words all work. The centre's own values and
    notes (frontdesk local set / note) are searched with the guides that use them. The query is never
    stored or logged.

    \b
    Examples:
      frontdesk search bank id mobil
      frontdesk search glemt passord minid
      frontdesk search "tax return" --limit 3
      frontdesk search nav brev --json
    """
    text = " ".join(query)
    exit_if_unreadable(config.home)
    kb = KnowledgeBase.from_config(config, local_folder=_guides_folder(config))
    kb.reload()
    hits = kb.search(text, limit=limit)
    if as_json:
        click.echo(json.dumps([_as_dict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        say(say_.NO_HITS)
        suggestions = kb.suggest(text, limit=5)
        if suggestions:
            say(say_.DID_YOU_MEAN, words=" | ".join(suggestions))
        return
    width = max(len(h.id) for h in hits)
    for rank, hit in enumerate(hits, start=1):
        click.echo(f"{rank:>2}. {hit.title}")
        click.echo(f"    {hit.id:<{width}}  [{hit.agency}]  score {hit.score:.2f}")
        if hit.snippet:
            click.echo(f"    {hit.snippet}")
