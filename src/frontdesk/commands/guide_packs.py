"""``frontdesk guides keygen|pack|import``: signed guide packs for updates without a network."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from frontdesk.commands.common import category_ids, output_option, printable
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
        raise click.UsageError(f"{out} exists already; choose another file name")
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
        hint = "" if name else " (the name is the folder's: give another with --name)"
        click.echo(f"Error: {printable(str(exc))}{hint}", err=True)
        sys.exit(1)
    try:
        count = build_pack(folder, key, out, name=pack_name, version=version, agencies=registry.agencies,
                           categories=category_ids(config), context=library_folders(config))
    except PackError as exc:
        click.echo(f"Error: {printable(str(exc), lines=True)}", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"Error: {out} could not be written ({exc.strerror or exc})", err=True)
        sys.exit(2)
    click.echo(f"Wrote {out}: pack '{pack_name}' version {version} with {count} guides.")


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
        message = printable(str(exc), lines=True)
        if isinstance(exc, OlderPackError):
            message += ". To install it anyway, run the import again with --allow-older."
        click.echo(f"Not imported: {message}", err=True)
        sys.exit(2 if isinstance(exc, PackStorageError) else 1)
    click.echo("\n".join(change_notice(change)))


def change_notice(change: PackChange) -> list[str]:
    """The lines printed after an import; text from the pack is stripped of terminal escapes."""
    was = f" (was version {printable(change.previous_version)})" if change.previous_version else ""
    lines = [f"Installed pack '{change.name}' version {change.version}{was}."]
    for heading, titles in (("Added", change.added), ("Updated", change.updated), ("Removed", change.removed)):
        lines.append(f"{heading} ({len(titles)}):")
        lines += [f"  - {printable(title)}" for title in titles]
    if change.replaces:
        lines.append(f"Replaces ({len(change.replaces)}):")
        lines += [f'  - "{printable(o.title)}" replaces '
                  + (f'"{printable(o.other_title)}" from pack \'{o.other_pack}\'' if o.other_pack
                     else f'the bundled guide "{printable(o.other_title)}"') for o in change.replaces]
    if change.hidden:
        lines.append(f"Not shown ({len(change.hidden)}):")
        lines += [f'  - "{printable(o.title)}" is not shown: '
                  + (f'pack \'{o.other_pack}\' has a guide with the same id ("{printable(o.other_title)}")'
                     if o.other_pack else f'the local guide "{printable(o.other_title)}" has the same id')
                  for o in change.hidden]
    return lines
