"""keygen → pack → trust → import through the CLI, the way a publisher and a centre's IT would do it."""

from __future__ import annotations

import ast
import errno
import os
import random
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import frontdesk.commands
from frontdesk.cli import cli
from tests.knowledge.guide_files import BODY, write_guide


def test_publish_and_import_a_pack(tmp_path: Path) -> None:
    runner = CliRunner()
    home = tmp_path / "home"
    key = tmp_path / "signing.key"
    keygen = runner.invoke(cli, ["--home", str(home), "guides", "keygen", "--out", str(key)])
    assert keygen.exit_code == 0, keygen.output
    public_key = keygen.output.strip()

    write_guide(tmp_path / "guider", "kommune-parkering", agency="kommune", title="Parkeringstillatelse")
    pack_file = tmp_path / "guider.zip"
    packed = runner.invoke(cli, ["--home", str(home), "guides", "pack", str(tmp_path / "guider"),
                                 "--key", str(key), "--out", str(pack_file), "--version", "2026.11"])
    assert packed.exit_code == 0, packed.output
    assert "med 1 veiledninger" in packed.output

    refused = runner.invoke(cli, ["--home", str(home), "guides", "import", str(pack_file)])
    assert refused.exit_code == 1
    assert "ingen godkjent nøkkel er lagt inn" in refused.output and "trusted_keys.txt" in refused.output

    home.mkdir(exist_ok=True)
    (home / "trusted_keys.txt").write_text(f"{public_key}  # fylkets guidepakke\n", encoding="utf-8")
    imported = runner.invoke(cli, ["--home", str(home), "guides", "import", str(pack_file)])
    assert imported.exit_code == 0, imported.output
    assert "Installerte pakken «guider» versjon 2026.11." in imported.output
    assert "Lagt til (1):\n  - Parkeringstillatelse" in imported.output

    shown = runner.invoke(cli, ["--home", str(home), "guides", "show", "kommune-parkering"])
    assert shown.exit_code == 0
    assert shown.output.startswith("Parkeringstillatelse")


def test_import_needs_the_supervisor_pin_once_one_is_set(tmp_path: Path) -> None:
    runner = CliRunner()
    home = tmp_path / "home"
    key = tmp_path / "signing.key"
    public_key = runner.invoke(cli, ["--home", str(home), "guides", "keygen", "--out", str(key)]).output.strip()
    home.mkdir(exist_ok=True)
    (home / "trusted_keys.txt").write_text(public_key + "\n", encoding="utf-8")
    write_guide(tmp_path / "guider", "kommune-parkering", agency="kommune")
    pack_file = tmp_path / "guider.zip"
    runner.invoke(cli, ["--home", str(home), "guides", "pack", str(tmp_path / "guider"), "--key", str(key),
                        "--out", str(pack_file)])
    set_pin = runner.invoke(cli, ["--home", str(home), "pin", "set"], input="2468\n2468\n")
    assert set_pin.exit_code == 0, set_pin.output

    wrong = runner.invoke(cli, ["--home", str(home), "guides", "import", str(pack_file), "--pin", "1111"])
    assert wrong.exit_code == 3
    assert "Feil PIN-kode" in wrong.output
    assert not (home / "packs" / "guider").exists()
    right = runner.invoke(cli, ["--home", str(home), "guides", "import", str(pack_file)], input="2468\n")
    assert right.exit_code == 0, right.output
    assert (home / "packs" / "guider").is_dir()


# -- versions, replacements and what reaches the terminal ------------------------------------------------------
def _publisher(runner: CliRunner, tmp_path: Path, home: Path) -> Path:
    """A signing key whose public key the centre in ``home`` trusts."""
    key = tmp_path / "signing.key"
    public_key = runner.invoke(cli, ["--home", str(home), "guides", "keygen", "--out", str(key)]).output.strip()
    home.mkdir(parents=True, exist_ok=True)
    (home / "trusted_keys.txt").write_text(public_key + "\n", encoding="utf-8")
    return key


def _pack(runner: CliRunner, home: Path, key: Path, source: Path, version: str) -> Path:
    out = source.with_name(f"{source.name}-{version}.zip")
    packed = runner.invoke(cli, ["--home", str(home), "guides", "pack", str(source), "--key", str(key),
                                 "--out", str(out), "--version", version])
    assert packed.exit_code == 0, packed.output
    return out


REFUSALS = {
    "nb": ("Ikke importert: ", "stemmer ikke med den signerte sjekksummen: pakken kan være endret. Kopier den på "
           "nytt fra utgiveren", "pakken er ikke signert (manifest.json eller manifest.sig mangler)"),
    "nn": ("Ikkje importert: ", "stemmer ikkje med den signerte sjekksummen: pakken kan vere endra. Kopier han på "
           "nytt frå utgjevaren", "pakken er ikkje signert (manifest.json eller manifest.sig manglar)"),
    "en": ("Not imported: ", "does not match its signed checksum: the pack may have been altered. Copy it again "
           "from the publisher", "the pack is not signed (manifest.json or manifest.sig is missing)"),
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_tampered_or_unsigned_pack_is_refused_in_the_language_setting(tmp_path: Path, language: str) -> None:
    from tests.knowledge.pack_files import rewrite

    runner = CliRunner()
    home = tmp_path / "home"
    key = _publisher(runner, tmp_path, home)
    write_guide(tmp_path / "kommunen" / "kommune", "kommune-parkering", agency="kommune", title="Parkering")
    pack_file = _pack(runner, home, key, tmp_path / "kommunen", "1")
    assert runner.invoke(cli, ["--home", str(home), "settings", "set", "language", language]).exit_code == 0
    member = "guides/kommune/kommune-parkering.md"
    with zipfile.ZipFile(pack_file) as archive:
        altered = archive.read(member).replace(b"Parkering", b"Parkerinq")
    tampered = rewrite(pack_file, tmp_path / "tampered.zip", {member: altered})
    unsigned = rewrite(pack_file, tmp_path / "unsigned.zip", {"manifest.sig": None})
    prefix, checksum, not_signed = REFUSALS[language]

    refused = runner.invoke(cli, ["--home", str(home), "guides", "import", str(tampered)])
    assert refused.exit_code == 1 and isinstance(refused.exception, SystemExit)
    assert refused.output == f"{prefix}kommune/kommune-parkering.md {checksum}\n"
    refused = runner.invoke(cli, ["--home", str(home), "guides", "import", str(unsigned)])
    assert refused.exit_code == 1
    assert refused.output.startswith(prefix + not_signed), refused.output
    assert not (home / "packs" / "kommunen").exists()


def test_an_older_version_needs_allow_older_and_replacements_are_named(tmp_path: Path) -> None:
    runner = CliRunner()
    home = tmp_path / "home"
    key = _publisher(runner, tmp_path, home)
    source = tmp_path / "kommunen"
    write_guide(source / "nav", "nav-aap", title="AAP – slik gjør vi det hos oss")
    newer = _pack(runner, home, key, source, "2026.12")
    older = _pack(runner, home, key, source, "2026.11")
    first = runner.invoke(cli, ["--home", str(home), "guides", "import", str(newer)])
    assert first.exit_code == 0, first.output
    assert ("Erstatter (1):\n  - «AAP – slik gjør vi det hos oss» erstatter den innebygde veiledningen "
            "«Arbeidsavklaringspenger (AAP) – søke og følge opp»") in first.output

    refused = runner.invoke(cli, ["--home", str(home), "guides", "import", str(older)])
    assert refused.exit_code == 1
    assert ("Ikke importert: pakken 'kommunen' versjon 2026.11 er eldre enn den installerte versjonen 2026.12. "
            "For å installere den likevel, kjør importen igjen med --allow-older.") in refused.output
    back = runner.invoke(cli, ["--home", str(home), "guides", "import", str(older), "--allow-older"])
    assert back.exit_code == 0, back.output
    assert "Installerte pakken «kommunen» versjon 2026.11 (var versjon 2026.12)." in back.output

    other = tmp_path / "other"
    write_guide(other / "nav", "nav-aap", title="Fylkets AAP")
    (tmp_path / "zz-fylket").mkdir()
    shutil.copytree(other, tmp_path / "zz-fylket", dirs_exist_ok=True)
    later = runner.invoke(cli, ["--home", str(home), "guides", "import",
                                str(_pack(runner, home, key, tmp_path / "zz-fylket", "1"))])
    assert later.exit_code == 0, later.output
    assert "«Fylkets AAP» erstatter «AAP – slik gjør vi det hos oss» fra pakken «kommunen»" in later.output


def test_terminal_escapes_from_a_pack_never_reach_the_terminal(tmp_path: Path) -> None:
    runner = CliRunner()
    home = tmp_path / "home"
    key = _publisher(runner, tmp_path, home)
    source = tmp_path / "kommunen"
    write_guide(source / "kommune", "kommune-parkering", agency="kommune",
                title="Parkering \x1b[2J\x1b]0;eid\x07 \u202eslettet")
    imported = runner.invoke(cli, ["--home", str(home), "guides", "import", str(_pack(runner, home, key, source, "1"))])
    assert imported.exit_code == 0, imported.output
    assert "Lagt til (1):\n  - Parkering [2J]0;eid slettet\n" in imported.output
    # A signed manifest with escapes in its name is refused, and the refusal shows them escaped.
    from tests.knowledge.pack_files import signed_pack

    forged = signed_pack(tmp_path, key, {"a.md": b"x"}, {"name": "kommunen\x1b[31m", "version": "2\x1b[1A"})
    refused = runner.invoke(cli, ["--home", str(home), "guides", "import", str(forged)])
    assert refused.exit_code == 1
    assert "pakkenavnet 'kommunen\\x1b[31m' er ikke tillatt" in refused.output
    assert not any(c in imported.output + refused.output for c in "\x1b\x07\u202e")


# -- a disk that refuses ---------------------------------------------------------------------------------------
def _installed_tree(home: Path) -> dict[str, bytes]:
    packs = home / "packs"
    return {p.relative_to(packs).as_posix(): p.read_bytes() if p.is_file() else b"/" for p in packs.rglob("*")}


def _installed_v1(runner: CliRunner, tmp_path: Path, home: Path) -> tuple[Path, Path]:
    """A centre with version 1 of a pack installed; returns (key, folder of the pack's guides)."""
    key = _publisher(runner, tmp_path, home)
    source = tmp_path / "kommunen"
    write_guide(source / "kommune", "kommune-parkering", agency="kommune")
    assert runner.invoke(cli, ["--home", str(home), "guides", "import",
                               str(_pack(runner, home, key, source, "1"))]).exit_code == 0
    return key, source


@pytest.mark.parametrize("first", [True, False], ids=["first import", "update"])
def test_a_read_only_home_gives_a_clear_message_and_changes_nothing(tmp_path: Path, first: bool) -> None:
    from tests.visits.test_storage_errors import read_only

    runner = CliRunner()
    home = tmp_path / "home"
    if first:
        key, source = _publisher(runner, tmp_path, home), tmp_path / "kommunen"
        write_guide(source / "kommune", "kommune-parkering", agency="kommune")
    else:
        key, source = _installed_v1(runner, tmp_path, home)
    write_guide(source / "kommune", "kommune-parkering", agency="kommune", title="Ny tittel")
    update = _pack(runner, home, key, source, "2")
    before = _installed_tree(home) if not first else None
    with read_only(home):
        result = runner.invoke(cli, ["--home", str(home), "guides", "import", str(update)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    # Refused before anything is written: by the visit log the PIN lives in, or by the pack install itself.
    assert "frontdesk har ikke lov til å skrive i mappen" in result.output
    assert "Ingenting er endret." in result.output or "Ingenting ble lagret." in result.output
    if first:
        assert not (home / "packs").exists()
    else:
        assert _installed_tree(home) == before


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a 512 KiB file system (tmpfs, as root). Where mounting is not allowed, the disk runs out the
    way it does with delayed allocation: fsync reports ENOSPC once the folder holds more than 512 KiB."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mount = shutil.which("mount")
    mounted = mount is not None and subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)], capture_output=True, check=False
    ).returncode == 0
    if not mounted:
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            if sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) > 512 * 1024:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=True)


def test_a_full_disk_gives_a_clear_message_and_keeps_the_installed_version(tmp_path: Path,
                                                                          small_disk: Path) -> None:
    runner = CliRunner()
    home = small_disk / "home"
    key, source = _installed_v1(runner, tmp_path, home)
    words = random.Random(7).choices(["søknad", "skjema", "innlogging", "brev", "frist", "vedtak", "klage"], k=9000)
    for number in range(6):  # about 750 KB of guides that do not compress much
        write_guide(source / "kommune", f"kommune-lang-{number}", agency="kommune",
                    body=BODY + "\n".join(" ".join(words[i:i + 12]) for i in range(0, 9000, 12)) * 2)
    update = _pack(runner, home, key, source, "2")
    before = _installed_tree(home)
    result = runner.invoke(cli, ["--home", str(home), "guides", "import", str(update)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Ikke importert: disken er full" in result.output and "Ingenting er endret." in result.output
    assert _installed_tree(home) == before


# -- layering --------------------------------------------------------------------------------------------------
def test_command_modules_do_not_import_each_other_in_a_cycle() -> None:
    """commands/guides.py adds the pack commands to its group, so the pack commands must not import it back
    (they share category_ids through commands/common.py)."""
    commands = Path(frontdesk.commands.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in commands.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[path.stem] = {node.module.rsplit(".", 1)[1] for node in ast.walk(tree)
                            if isinstance(node, ast.ImportFrom) and node.module
                            and node.module.startswith("frontdesk.commands.")}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(n == goal or (n not in seen and reaches(n, goal, seen | {n})) for n in graph.get(start, ()))

    assert "guides" not in graph["guide_packs"]
    assert [name for name in sorted(graph) if reaches(name, name, set())] == []


def test_a_folder_name_that_is_no_pack_name_points_at_name(tmp_path: Path) -> None:
    runner = CliRunner()
    home = tmp_path / "home"
    key = _publisher(runner, tmp_path, home)
    write_guide(tmp_path / "Mine guider" / "kommune", "kommune-parkering", agency="kommune")
    args = ["--home", str(home), "guides", "pack", str(tmp_path / "Mine guider"), "--key", str(key),
            "--out", str(tmp_path / "p.zip")]
    refused = runner.invoke(cli, args)
    assert refused.exit_code == 1
    assert "pakkenavnet 'mine guider' er ikke tillatt" in refused.output
    assert "gi et annet med --name" in refused.output
    assert runner.invoke(cli, [*args, "--name", "mine-guider"]).exit_code == 0
