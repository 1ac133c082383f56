"""``frontdesk guides handout``: the citizen's handout of a guide, as text, HTML or PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from frontdesk.commands import guide_texts as say_
from frontdesk.commands.common import output_option
from frontdesk.commands.counter_context import counter_settings, facts_store, fail, knowledge_base
from frontdesk.commands.language import CANT_WRITE, WROTE, say, told
from frontdesk.commands.language import language as message_language
from frontdesk.config import Config
from frontdesk.knowledge.handouts import LANGUAGES, HandoutLanguageError, build_handout, handout_html, handout_text
from frontdesk.knowledge.local_values import LocalValuesError


@click.command("handout")
@click.argument("guide_id")
@click.option("--language", "language", type=click.Choice(LANGUAGES), default="nb", show_default=True,
              help="The citizen's language: nb (bokmål), nn (nynorsk) or en (English).")
@click.option("--format", "fmt", type=click.Choice(["text", "html", "pdf"]), default="text", show_default=True,
              help="Text or HTML go to the screen unless --out is given; PDF needs --out.")
@output_option("out", "The file to write.")
@click.pass_obj
def handout(config: Config, guide_id: str, language: str, fmt: str, out: Path | None) -> None:
    """Print the handout for the citizen: the guide's section written to them, in their language.

    It has the guide's title in that language, the centre's name (settings: centre_name), the centre's
    filled local facts (a line with an unfilled one is left out) and a footer with the date and the
    sources. A guide without a section in that language has no handout in it: the message says which
    languages it has (exit 2).

    \b
    Examples:
      frontdesk guides handout minid-glemt-passord
      frontdesk guides handout minid-glemt-passord --language en --format html --out minid.html
      frontdesk guides handout minid-glemt-passord --language nn --format pdf --out minid.pdf
    """
    if fmt == "pdf" and out is None:
        fail(say_.PDF_NEEDS_FILE)
    settings = counter_settings(config)
    kb = knowledge_base(config, settings)
    guide = kb.get(guide_id)
    if guide is None:
        fail(say_.NO_GUIDE, code=1, id=guide_id, words=guide_id.replace("-", " "))
    try:
        facts = facts_store(config, settings).facts(kb.guides)
    except LocalValuesError as exc:  # without the facts, lines would silently go missing from the handout
        fail(say_.FACTS_BROKEN, error=exc.describe(message_language()))
    try:
        made = build_handout(guide, language, facts, settings.centre_name, date.today())
    except HandoutLanguageError as exc:
        fail(told(exc))
    page = handout_html(made)
    if fmt == "pdf":
        assert out is not None
        from frontdesk.ui.handout import write_pdf  # Qt only here: every other command stays Qt-free

        _write(out, lambda: write_pdf(page, out))
    elif out is not None:
        text = page if fmt == "html" else handout_text(made)
        _write(out, lambda: out.write_text(text, encoding="utf-8"))
    else:
        click.echo(page if fmt == "html" else handout_text(made), nl=False)
        return
    say(WROTE, path=out, err=True)


def _write(out: Path, write: Callable[[], object]) -> None:
    try:
        write()
    except OSError as exc:
        fail(CANT_WRITE, path=out, reason=exc.strerror or exc)
