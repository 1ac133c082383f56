"""keygen → pack → trust → import through the CLI, the way a publisher and a centre's IT would do it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from frontdesk.cli import cli
from tests.knowledge.guide_files import write_guide


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
    assert "with 1 guides" in packed.output

    refused = runner.invoke(cli, ["--home", str(home), "guides", "import", str(pack_file)])
    assert refused.exit_code == 1
    assert "no trusted public key" in refused.output

    home.mkdir(exist_ok=True)
    (home / "trusted_keys.txt").write_text(f"{public_key}  # fylkets guidepakke\n", encoding="utf-8")
    imported = runner.invoke(cli, ["--home", str(home), "guides", "import", str(pack_file)])
    assert imported.exit_code == 0, imported.output
    assert "Installed pack 'guider' version 2026.11." in imported.output
    assert "Added (1):\n  - Parkeringstillatelse" in imported.output

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
