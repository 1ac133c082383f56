"""`frontdesk search` through the real entry point, on the bundled guides and on a local guide."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from frontdesk.cli import cli
from tests.knowledge.guide_files import write_guide


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True, text=True, timeout=120)


def test_json_output_is_a_ranked_array_of_hits() -> None:
    result = run("search", "nav", "brev", "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) in range(1, 4)
    assert hits[0]["id"] == "nav-finne-brev-og-saker"
    assert {"id", "title", "agency", "score", "snippet"} <= set(hits[0])
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_plain_output_lists_title_id_and_snippet() -> None:
    result = CliRunner().invoke(cli, ["search", "bank", "id", "mobil", "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(" 1. BankID-appen")
    assert "bankid-pa-mobil" in result.output
    assert " 3. " not in result.output


def test_no_hits_says_so_and_suggests_a_correction() -> None:
    result = CliRunner().invoke(cli, ["search", "nva"])  # too short for typo tolerance in search itself
    assert result.exit_code == 0, result.output
    assert "Ingen treff" in result.output
    assert "Mente du: nav" in result.output


def test_no_hits_in_json_is_an_empty_array() -> None:
    result = CliRunner().invoke(cli, ["search", "--json", "zzzzqqqq"])
    assert result.exit_code == 0
    assert json.loads(result.output) == []


def test_local_guides_are_searched(temp_home: Path) -> None:
    # A bundled guide (kommune-parkeringstillatelse) shares the bare word, so the local one gets its own title.
    write_guide(temp_home / "guides", "lokal-parkering", title="Parkeringstillatelse for beboere", agency="kommune")
    result = CliRunner().invoke(cli, ["search", "parkeringstillatelse for beboere", "--json"])
    assert json.loads(result.output)[0]["id"] == "lokal-parkering"


def test_help_has_examples_and_query_is_required() -> None:
    help_text = CliRunner().invoke(cli, ["search", "--help"]).output
    assert "Examples:" in help_text and "frontdesk search bank id mobil" in help_text
    assert CliRunner().invoke(cli, ["search"]).exit_code == 2


def test_hostile_query_is_plain_text() -> None:
    result = CliRunner().invoke(cli, ["search", "--json", '"NEAR(', "*", "AND", "\x01", "🙂"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.output), list)


def test_search_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "from frontdesk.cli import main\n"
        "try:\n"
        "    main(['search', 'bank', 'id', '--json'])\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:', qt)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


def _search(home: Path, *words: str) -> list[str]:
    result = CliRunner().invoke(cli, ["--home", str(home), "search", "--json", *words])
    assert result.exit_code == 0, result.output
    return [hit["id"] for hit in json.loads(result.output)]


def _local_set(home: Path, key: str, value: str) -> None:
    result = CliRunner().invoke(cli, ["--home", str(home), "local", "set", key, value])
    assert result.exit_code == 0, result.output


def test_a_value_set_with_local_set_is_found_by_the_next_search(tmp_path: Path) -> None:
    """Staff type the name of their renovation company and get the guide that names it (issue #14, item 6)."""
    assert _search(tmp_path, "kvitfjell") == []
    _local_set(tmp_path, "kommune-renovasjon.selskap", "Kvitfjell Avfall IKS")
    assert _search(tmp_path, "kvitfjell")[:1] == ["kommune-renovasjon"]
    _local_set(tmp_path, "kommune-renovasjon.selskap", "Nordfjell Renovasjon AS")
    assert _search(tmp_path, "kvitfjell") == []
    assert _search(tmp_path, "nordfjell")[:1] == ["kommune-renovasjon"]
    note = CliRunner().invoke(cli, ["--home", str(tmp_path), "local", "note", "nav-meldekort", "--text",
                                    "Nav Kvitfjell har PC-er i resepsjonen for meldekort."])
    assert note.exit_code == 0, note.output
    assert _search(tmp_path, "kvitfjell")[:1] == ["nav-meldekort"]


def test_search_looks_where_the_settings_keep_the_municipality_s_guides(tmp_path: Path) -> None:
    home, shared = tmp_path / "home", tmp_path / "felles"
    write_guide(shared, "lokal-parkering", title="Parkeringstillatelse for beboere", agency="kommune")
    settings = CliRunner().invoke(cli, ["--home", str(home), "settings", "set", "guides_folder", str(shared)])
    assert settings.exit_code == 0, settings.output
    _local_set(home, "kommune-renovasjon.selskap", "Kvitfjell Avfall IKS")
    assert (shared / "lokalt.yaml").is_file()
    assert _search(home, "kvitfjell")[:1] == ["kommune-renovasjon"]
    assert _search(home, "parkeringstillatelse", "for", "beboere")[:1] == ["lokal-parkering"]


def test_search_text_is_written_nowhere(tmp_path: Path) -> None:
    """What staff type may name a citizen: not a file of the home (settings, logs, visit log) holds it."""
    assert _search(tmp_path, "bankid")
    assert _search(tmp_path, "olanordmann kvernhusbekken") == []
    _local_set(tmp_path, "kommune-renovasjon.selskap", "Kvitfjell Avfall IKS")
    assert _search(tmp_path, "kvitfjell olanordmann")[:1] == ["kommune-renovasjon"]
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert any(b"Kvitfjell" in path.read_bytes() for path in files)  # the value is stored; the search is not
    assert not [path for path in files if b"olanordmann" in path.read_bytes().lower()]
