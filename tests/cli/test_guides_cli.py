"""`frontdesk guides …` through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from frontdesk.cli import cli
from tests.knowledge.guide_files import BODY, write_guide


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True, text=True, timeout=120)


def test_check_reports_path_line_message_and_exits_1(tmp_path: Path) -> None:
    write_guide(tmp_path, "nav-meldekort")
    broken = write_guide(tmp_path, "nav-dagpenger", agency="navv")
    result = run("guides", "check", str(tmp_path))
    assert result.returncode == 1
    line = broken.read_text(encoding="utf-8").splitlines().index("agency: navv") + 1
    assert f"{broken}:{line}: unknown agency 'navv' (did you mean 'nav'?)" in result.stdout
    assert "1 guides OK, 1 errors" in result.stderr


def test_check_strict_turns_warnings_into_errors(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "nav-meldekort", body=BODY + "\nSe https://example.com/\n")
    relaxed = CliRunner().invoke(cli, ["guides", "check", str(tmp_path)])
    assert relaxed.exit_code == 0, relaxed.output
    assert "warning: link outside the official domains: https://example.com/" in relaxed.output
    strict = CliRunner().invoke(cli, ["guides", "check", "--strict", str(path)])
    assert strict.exit_code == 1


def test_check_validates_categories_against_the_taxonomy(tmp_path: Path) -> None:
    write_guide(tmp_path, "nav-meldekort", category="nav.meldekort")
    write_guide(tmp_path, "nav-dagpenger", category="nav.finnes-ikke")
    result = CliRunner().invoke(cli, ["guides", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert "unknown visit category 'nav.finnes-ikke'" in result.output
    assert "nav-meldekort.md" not in result.output


def test_bundled_guides_pass_strict_check(tmp_path: Path) -> None:
    result = run("--home", str(tmp_path), "guides", "check", "--strict")
    assert result.returncode == 0, result.stdout[-3000:]


def test_list_json_includes_local_guides(tmp_path: Path) -> None:
    write_guide(tmp_path / "guides", "kommune-parkering", agency="kommune", title="Parkeringstillatelse")
    result = run("--home", str(tmp_path), "guides", "list", "--json")
    assert result.returncode == 0, result.stderr
    items = {item["id"]: item for item in json.loads(result.stdout)}
    assert items["kommune-parkering"]["local"] is True
    assert items["kommune-parkering"]["title"] == "Parkeringstillatelse"


def test_show_in_every_format(tmp_path: Path) -> None:
    write_guide(tmp_path / "guides", "kommune-parkering", agency="kommune", requires=["Bilens registreringsnummer"])
    runner = CliRunner()
    text = runner.invoke(cli, ["--home", str(tmp_path), "guides", "show", "kommune-parkering"])
    assert text.exit_code == 0, text.output
    assert "Dette trenger innbyggeren: Bilens registreringsnummer" in text.output
    assert "  • Mobiltelefon." in text.output
    html = runner.invoke(cli, ["--home", str(tmp_path), "guides", "show", "kommune-parkering", "--format", "html"])
    assert "<h2>Slik hjelper du</h2>" in html.output
    markdown = runner.invoke(
        cli, ["--home", str(tmp_path), "guides", "show", "kommune-parkering", "--format", "markdown"]
    )
    assert markdown.output.startswith("---\nid: kommune-parkering")
    missing = runner.invoke(cli, ["--home", str(tmp_path), "guides", "show", "finnes-ikke"])
    assert missing.exit_code == 1
    assert "No guide with id 'finnes-ikke'" in missing.output


def test_check_of_one_folder_resolves_related_links_against_the_whole_library(tmp_path: Path) -> None:
    write_guide(tmp_path, "kommune-parkering", agency="kommune", related=["minid-glemt-passord"])
    result = CliRunner().invoke(cli, ["guides", "check", "--strict", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "1 guides OK, 0 errors, 0 warnings" in result.output


def test_check_flags_a_title_used_twice(tmp_path: Path) -> None:
    write_guide(tmp_path, "kommune-parkering", agency="kommune", title="MinID – glemt passord")
    result = CliRunner().invoke(cli, ["guides", "check", "--strict", str(tmp_path)])
    assert result.exit_code == 1
    assert "title 'MinID – glemt passord' is also used by" in result.output
