"""``frontdesk local``: the centre's local facts (the values in ``{{…}}`` places) and notes per guide.

They live in ``lokalt.yaml`` in the municipality's guides folder; a new release or a signed pack never
touches them. Every change asks for the supervisor PIN when one is set.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from frontdesk.commands import guide_texts as say_
from frontdesk.commands.counter_context import counter_settings, facts_store, fail, knowledge_base
from frontdesk.commands.language import CANT_WRITE, language, say
from frontdesk.commands.pin import require_pin
from frontdesk.config import Config
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.knowledge.local_facts import FactEntry, LocalFactsStore
from frontdesk.knowledge.local_kinds import LocalValueError
from frontdesk.knowledge.local_values import LocalValuesError, read_values

PIN_HELP = "Supervisor PIN (asked for when a PIN is set and this is left out)."


@click.group()
def local() -> None:
    """Fill in the centre's own facts and notes in the guides.

    \b
    Examples:
      frontdesk local list --unfilled
      frontdesk local set senter.telefon "22 33 44 55"
      frontdesk local set kommune-sfo-soke.frist "1. mars"
      frontdesk local note kommune-sfo-soke --text "Hos oss tar servicetorget imot papirsøknader."
      frontdesk local export lokalt-servicetorget.yaml
    """


def _open(config: Config) -> tuple[LocalFactsStore, KnowledgeBase]:
    settings = counter_settings(config)
    return facts_store(config, settings), knowledge_base(config, settings)


def _said(error: LocalValueError | LocalValuesError) -> str:
    """The refusal in the command's language."""
    return error.describe(language()) if isinstance(error, LocalValuesError) else error.message(language())


def _entry_json(entry: FactEntry) -> dict[str, object]:
    return {"key": entry.key, "label": entry.label, "kind": entry.kind, "guides": list(entry.guides),
            "value": entry.value, "centre_wide": entry.centre_wide, "orphaned": entry.orphaned}


@local.command("list")
@click.option("--unfilled", is_flag=True, help="Only the facts that have no value yet.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def list_facts(config: Config, unfilled: bool, as_json: bool) -> None:
    """List every local fact: centre-wide ones first, then each guide's own, then orphaned values.

    An orphaned value is one whose key no guide declares any more: it is kept until you unset it.

    \b
    Examples:
      frontdesk local list
      frontdesk local list --unfilled --json
    """
    store, kb = _open(config)
    try:
        facts = store.facts(kb.guides)
    except LocalValuesError as exc:
        fail(_said(exc))
    entries = [e for e in facts.entries() if not unfilled or e.value is None]
    if as_json:
        click.echo(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return
    chosen = language()
    for entry in entries:
        value = entry.value if entry.value is not None else say_.NOT_FILLED.get(chosen)
        if entry.orphaned:
            click.echo(f"{entry.key}  {say_.ORPHANED_FACT.get(chosen)}\n    = {value}")
            continue
        used = ", ".join(entry.guides) if entry.guides else say_.NO_GUIDE_YET.get(chosen)
        fact = facts.catalogue.get(entry.key)  # a centre-wide key has its label in nynorsk and English too
        label = fact.label_in(chosen) if fact is not None else entry.label
        click.echo(f"{entry.key}  [{entry.kind}] {label}\n    = {value}\n    "
                   f"{say_.USED_IN.fill(chosen, guides=used)}")
    for guide_id in facts.orphaned_notes():
        say(say_.ORPHANED_NOTE, guide=guide_id)
    filled = sum(e.value is not None for e in facts.entries() if not e.orphaned)
    known = sum(not e.orphaned for e in facts.entries())
    say(say_.FILLED, filled=filled, known=known, path=store.path, err=True)


@local.command("set")
@click.argument("key")
@click.argument("value")
@click.option("--pin", default=None, help=PIN_HELP)
@click.pass_obj
def set_fact(config: Config, key: str, value: str, pin: str | None) -> None:
    """Fill in one local fact. The value is checked by the fact's kind (phone, date, url …).

    \b
    Examples:
      frontdesk local set senter.telefon "22 33 44 55"
      frontdesk local set senter.apningstider "man–fre 08.00–15.30"
      frontdesk local set kommune-sfo-soke.portal https://www.testby.kommune.no/sfo
    """
    store, kb = _open(config)
    try:
        store.check(key, value, kb.guides)  # before the PIN: a typo is told at once
    except LocalValueError as exc:
        fail(_said(exc))
    require_pin(config, pin)
    try:
        stored = store.set_value(key, value, kb.guides)
    except (LocalValueError, LocalValuesError) as exc:
        fail(_said(exc))
    except OSError as exc:
        fail(CANT_WRITE, path=store.path, reason=exc.strerror or exc)
    click.echo(f"{key} = {stored}")


@local.command("unset")
@click.argument("key")
@click.option("--pin", default=None, help=PIN_HELP)
@click.pass_obj
def unset_fact(config: Config, key: str, pin: str | None) -> None:
    """Remove one value (the fact shows as not filled in again). Also removes an orphaned value.

    \b
    Example:
      frontdesk local unset kommune-sfo-soke.frist
    """
    store, kb = _open(config)
    require_pin(config, pin)
    try:
        store.unset_value(key, kb.guides)
    except (LocalValueError, LocalValuesError) as exc:
        fail(_said(exc))
    except OSError as exc:
        fail(CANT_WRITE, path=store.path, reason=exc.strerror or exc)
    say(say_.FACT_REMOVED, key=key)


@local.command("note")
@click.argument("guide_id")
@click.option("--text", "text", default=None, help="The note: what is special here (\"Hos oss …\").")
@click.option("--clear", is_flag=True, help="Remove the guide's note.")
@click.option("--pin", default=None, help=PIN_HELP)
@click.pass_obj
def note(config: Config, guide_id: str, text: str | None, clear: bool, pin: str | None) -> None:
    """Set or clear the centre's own note for a guide, shown under the guide as "Hos oss".

    \b
    Examples:
      frontdesk local note kommune-sfo-soke --text "Papirsøknader leveres i servicetorget."
      frontdesk local note kommune-sfo-soke --clear
    """
    if (text is None) == (not clear):
        fail(say_.TEXT_OR_CLEAR)
    store, kb = _open(config)
    if guide_id not in kb.guides and not clear:
        fail(say_.NO_SUCH_GUIDE, id=guide_id)
    require_pin(config, pin)
    try:
        store.set_note(guide_id, None if clear else text, kb.guides)
    except (LocalValueError, LocalValuesError) as exc:
        fail(_said(exc))
    except OSError as exc:
        fail(CANT_WRITE, path=store.path, reason=exc.strerror or exc)
    say(say_.NOTE_REMOVED if clear else say_.NOTE_SAVED, guide=guide_id)


@local.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def export(config: Config, file: Path) -> None:
    """Write the centre's facts and notes to FILE, to import on the other counter PCs.

    \b
    Example:
      frontdesk local export lokalt-servicetorget.yaml
    """
    store, kb = _open(config)
    try:
        text = store.export_text(kb.guides)
        file.write_text(text, encoding="utf-8")
    except LocalValuesError as exc:
        fail(_said(exc))
    except OSError as exc:
        fail(CANT_WRITE, path=file, reason=exc.strerror or exc)
    values = store.load()
    say(say_.EXPORTED, path=file, values=len(values.values), notes=len(values.notes))


@local.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--pin", default=None, help=PIN_HELP)
@click.pass_obj
def import_facts(config: Config, file: Path, pin: str | None) -> None:
    """Take the facts and notes in FILE (from `frontdesk local export`) into this PC's.

    Every value is checked first; if one is wrong, nothing changes. Facts and notes the file does not
    mention are kept. Prints what changed; importing the same file again changes nothing.

    \b
    Example:
      frontdesk local import lokalt-servicetorget.yaml
    """
    store, kb = _open(config)
    try:
        changes = store.plan_import(read_values(file), kb.guides)
    except (LocalValueError, LocalValuesError) as exc:
        fail(say_.NOTHING_IMPORTED, error=_said(exc))
    if not changes:
        say(say_.NO_CHANGES)
        return
    require_pin(config, pin)
    try:
        store.apply_import(changes, kb.guides)
    except OSError as exc:
        fail(CANT_WRITE, path=store.path, reason=exc.strerror or exc)
    catalogue, chosen = store.catalogue(kb.guides), language()
    for change in changes:
        what = change.key if change.what == "value" else say_.NOTE_FOR.fill(chosen, guide=change.key)
        before = say_.EMPTY.get(chosen) if change.old is None else change.old.replace("\n", " ")
        unused = change.key not in (catalogue.keys if change.what == "value" else kb.guides)
        note = say_.KEPT_UNUSED.get(chosen) if unused else ""
        click.echo(f"  {what}: {before} → {change.new.replace(chr(10), ' ')}{note}")
    say(say_.IMPORTED, count=len(changes), path=store.path)
