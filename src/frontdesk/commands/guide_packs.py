"""``frontdesk guides keygen|pack|import``: signed guide packs for updates without a network."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.library import library_folders


@click.command("keygen")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the new private key (keep it secret, never in a shared folder).")
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
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The pack file to write (.zip).")
@click.option("--name", default=None, help="Pack name (lowercase slug); default: the folder's name.")
@click.option("--version", "version", default="1", show_default=True, help="Pack version, shown on import.")
@click.pass_obj
def pack(config: Config, folder: Path, key: Path, out: Path, name: str | None, version: str) -> None:
    """Sign every guide in FOLDER into one pack file.

    \b
    Example:
      frontdesk guides pack ./guider --key ~/frontdesk-signing.key --out guider-2026-11.zip --version 2026.11
    """
    from frontdesk.commands.guides import category_ids
    from frontdesk.knowledge.packs import PackError, build_pack

    registry = AgencyRegistry.load(config.data_dir)
    pack_name = name or folder.resolve().name.lower()
    try:
        count = build_pack(folder, key, out, name=pack_name, version=version, agencies=registry.agencies,
                           categories=category_ids(config), context=library_folders(config))
    except PackError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Wrote {out}: pack '{pack_name}' version {version} with {count} guides.")


@click.command("import")
@click.argument("pack_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--pin", default=None, help="Supervisor PIN (asked for when a PIN is set and this is left out).")
@click.pass_obj
def import_pack(config: Config, pack_file: Path, pin: str | None) -> None:
    """Install a signed guide pack, replacing an earlier version of the same pack.

    The signature must match a key in trusted_keys.txt. Nothing is installed if anything in the pack
    is wrong. Prints what changed.

    \b
    Example:
      frontdesk guides import guider-2026-11.zip
    """
    from frontdesk.commands.guides import category_ids
    from frontdesk.commands.pin import require_pin
    from frontdesk.knowledge.pack_import import install_pack
    from frontdesk.knowledge.packs import PackError, load_trusted_keys

    require_pin(config, pin)
    registry = AgencyRegistry.load(config.data_dir)
    try:
        change = install_pack(pack_file, config.packs_dir, load_trusted_keys(config.trusted_keys_files),
                              agencies=registry.agencies, categories=category_ids(config),
                              context=library_folders(config))
    except PackError as exc:
        click.echo(f"Not imported: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Installed pack '{change.name}' version {change.version}.")
    for heading, titles in (("Added", change.added), ("Updated", change.updated), ("Removed", change.removed)):
        click.echo(f"{heading} ({len(titles)}):")
        for title in titles:
            click.echo(f"  - {title}")
