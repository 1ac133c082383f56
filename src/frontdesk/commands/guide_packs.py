"""``frontdesk guides keygen|pack|import``: signed guide packs for updates without a network."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from frontdesk.commands import guide_texts as say_
from frontdesk.commands.common import category_ids, output_option, printable
from frontdesk.commands.language import fail, language, say
from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.library import library_folders

if TYPE_CHECKING:
    from frontdesk.knowledge.packs import PackChange


@click.command("keygen")
@output_option("out", "Where to write the new private key (keep it secret, never in a shared folder).",
               required=True)
def keygen(out: Path) -> None:
    """Create a signing key for guide packs and print its public key.

    Give the printed public key to the centres that should trust your packs: they add it as one line
    to trusted_keys.txt in their frontdesk folder.

    \b
    Example:
      frontdesk guides keygen --out ~/frontdesk-signing.key
    """
    from frontdesk.knowledge.packs import generate_key

    if out.exists():
        fail(say_.KEY_EXISTS, code=2, path=out)
    click.echo(generate_key(out))


@click.command("pack")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--key", "key", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Private key from `frontdesk guides keygen`.")
@output_option("out", "The pack file to write (.zip).", required=True)
@click.option("--name", default=None, help="Pack name (lowercase slug); default: the folder's name.")
@click.option("--version", "version", default="1", show_default=True,
              help="Pack version: numbers joined by dots, such as 2026.11. Raise it with every new pack; an "
              "import refuses a version older than the installed one.")
@click.pass_obj
def pack(config: Config, folder: Path, key: Path, out: Path, name: str | None, version: str) -> None:
    """Sign every guide in FOLDER into one pack file.

    \b
    Example:
      frontdesk guides pack ./guider --key ~/frontdesk-signing.key --out guider-2026-11.zip --version 2026.11
    """
    from frontdesk.knowledge.packs import PackError, build_pack, check_name

    registry = AgencyRegistry.load(config.data_dir)
    pack_name = name or folder.resolve().name.lower()
    try:
        check_name(pack_name)
    except PackError as exc:
        hint = "" if name else say_.NAME_FROM_FOLDER.get(language())
        fail(f"{printable(exc.message(language()))}{hint}")
    try:
        count = build_pack(folder, key, out, name=pack_name, version=version, agencies=registry.agencies,
                           categories=category_ids(config), context=library_folders(config))
    except PackError as exc:
        fail(printable(exc.message(language()), lines=True))
    except OSError as exc:
        fail(say_.PACK_NOT_WRITTEN, code=2, path=out, reason=exc.strerror or exc)
    say(say_.PACK_WRITTEN, path=out, name=pack_name, version=version, count=count)


@click.command("import")
@click.argument("pack_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--pin", default=None, help="Supervisor PIN (asked for when a PIN is set and this is left out).")
@click.option("--allow-older", is_flag=True, help="Install the pack even when it is older than the version "
              "installed now (to go back to it).")
@click.pass_obj
def import_pack(config: Config, pack_file: Path, pin: str | None, allow_older: bool) -> None:
    """Install a signed guide pack, replacing an earlier version of the same pack.

    The signature must match a key in trusted_keys.txt. Nothing is installed if anything in the pack
    is wrong, or if it is older than the installed version (unless --allow-older). Prints what changed,
    and which bundled guides or other packs' guides the pack replaces.

    \b
    Example:
      frontdesk guides import guider-2026-11.zip
    """
    from frontdesk.commands.pin import require_pin
    from frontdesk.knowledge.pack_import import install_pack
    from frontdesk.knowledge.packs import OlderPackError, PackError, PackStorageError, load_trusted_keys

    require_pin(config, pin)
    registry = AgencyRegistry.load(config.data_dir)
    try:
        change = install_pack(pack_file, config.packs_dir, load_trusted_keys(config.trusted_keys_files),
                              agencies=registry.agencies, categories=category_ids(config),
                              context=library_folders(config), allow_older=allow_older)
    except PackError as exc:
        message = printable(exc.message(language()), lines=True)
        if isinstance(exc, OlderPackError):
            message += say_.ALLOW_OLDER.get(language())
        say(say_.NOT_IMPORTED, message=message, err=True)
        sys.exit(2 if isinstance(exc, PackStorageError) else 1)
    click.echo("\n".join(change_notice(change, language())))


def change_notice(change: PackChange, language: str) -> list[str]:
    """The lines printed after an import; text from the pack is stripped of terminal escapes."""
    was = say_.WAS.fill(language, version=printable(change.previous_version)) if change.previous_version else ""
    lines = [say_.INSTALLED.fill(language, name=change.name, version=change.version, was=was)]
    for heading, titles in ((say_.ADDED, change.added), (say_.UPDATED, change.updated),
                            (say_.REMOVED, change.removed)):
        lines.append(heading.fill(language, count=len(titles)))
        lines += [f"  - {printable(title)}" for title in titles]
    if change.replaces:
        lines.append(say_.REPLACES.fill(language, count=len(change.replaces)))
        lines += [say_.REPLACES_PACK.fill(language, title=printable(o.title), other=printable(o.other_title),
                                          pack=o.other_pack) if o.other_pack else
                  say_.REPLACES_BUNDLED.fill(language, title=printable(o.title), other=printable(o.other_title))
                  for o in change.replaces]
    if change.hidden:
        lines.append(say_.HIDDEN.fill(language, count=len(change.hidden)))
        lines += [say_.HIDDEN_BY_PACK.fill(language, title=printable(o.title), other=printable(o.other_title),
                                           pack=o.other_pack) if o.other_pack else
                  say_.HIDDEN_BY_LOCAL.fill(language, title=printable(o.title), other=printable(o.other_title))
                  for o in change.hidden]
    return lines
