"""`frontdesk guides …` through the real entry point."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontdesk.cli import cli
from tests.knowledge.guide_files import BODY, CITIZEN, DATED_SOURCE, write_complete_guide, write_guide


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True, text=True, timeout=120)


def test_check_reports_path_line_message_and_exits_1(tmp_path: Path) -> None:
    write_guide(tmp_path, "nav-meldekort")
    broken = write_guide(tmp_path, "nav-dagpenger", agency="navv")
    result = run("guides", "check", str(tmp_path))
    assert result.returncode == 1
    line = broken.read_text(encoding="utf-8").splitlines().index("agency: navv") + 1
    assert f"{broken}:{line}: ukjent etat «navv» (mente du «nav»?)" in result.stdout
    assert "1 veiledninger OK, 1 feil" in result.stderr


def test_check_strict_turns_warnings_into_errors(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "nav-meldekort", body=BODY + "\nSe https://example.com/\n")
    relaxed = CliRunner().invoke(cli, ["guides", "check", str(tmp_path)])
    assert relaxed.exit_code == 0, relaxed.output
    assert "advarsel: lenke utenfor de offentlige domenene: https://example.com/" in relaxed.output
    strict = CliRunner().invoke(cli, ["guides", "check", "--strict", str(path)])
    assert strict.exit_code == 1


def test_check_validates_categories_against_the_taxonomy(tmp_path: Path) -> None:
    write_complete_guide(tmp_path, "testby-meldekort", category="nav.meldekort")
    write_complete_guide(tmp_path, "testby-dagpenger", category="nav.finnes-ikke")
    result = CliRunner().invoke(cli, ["guides", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert "ukjent besøkskategori «nav.finnes-ikke»" in result.output
    assert "testby-meldekort.md" not in result.output


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
    # what to bring said once, as in the window: the list, then what the guide's section adds
    assert "Dette trenger innbyggeren:\n  • Bilens registreringsnummer\n  • Mobiltelefon.\n" in text.output
    assert text.output.count("Dette trenger innbyggeren") == 1
    html = runner.invoke(cli, ["--home", str(tmp_path), "guides", "show", "kommune-parkering", "--format", "html"])
    assert "<h2>Slik hjelper du</h2>" in html.output
    assert html.output.count("Dette trenger innbyggeren") == 1 and "<li>Mobiltelefon.</li>" in html.output
    markdown = runner.invoke(
        cli, ["--home", str(tmp_path), "guides", "show", "kommune-parkering", "--format", "markdown"]
    )
    assert markdown.output.startswith("---\nid: kommune-parkering")
    missing = runner.invoke(cli, ["--home", str(tmp_path), "guides", "show", "finnes-ikke"])
    assert missing.exit_code == 1
    assert "Ingen veiledning med id «finnes-ikke»" in missing.output


def test_check_of_one_folder_resolves_related_links_against_the_whole_library(tmp_path: Path) -> None:
    write_complete_guide(tmp_path, "kommune-parkering", agency="kommune", related=["minid-glemt-passord"])
    result = CliRunner().invoke(cli, ["guides", "check", "--strict", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "1 veiledninger OK, 0 feil, 0 advarsler, 0 merknader" in result.output


def test_check_flags_a_title_used_twice(tmp_path: Path) -> None:
    write_guide(tmp_path, "kommune-parkering", agency="kommune", title="MinID – glemt passord")
    result = CliRunner().invoke(cli, ["guides", "check", "--strict", "--language", "en", str(tmp_path)])
    assert result.exit_code == 1
    assert "warning: title 'MinID – glemt passord' is also used by" in result.output
    assert "1 guides OK, 0 errors, 8 warnings, 1 notices" in result.output


def test_list_says_which_guides_replace_a_bundled_one_and_which_need_a_check(tmp_path: Path) -> None:
    write_complete_guide(tmp_path / "guides", "minid-glemt-passord", title="Vår egen MinID-veiledning",
                         agency="digdir")
    old = {**DATED_SOURCE, "page_date": "2019-05-01"}
    write_complete_guide(tmp_path / "guides", "kommune-gammel", agency="kommune", title="Gammel", sources=[old])
    result = run("--home", str(tmp_path), "guides", "list", "--json")
    items = {item["id"]: item for item in json.loads(result.stdout)}
    override = items["minid-glemt-passord"]
    assert (override["local"], override["overrides_bundled"], override["needs_review"]) == (True, True, False)
    assert items["kommune-gammel"]["needs_review"] is True
    assert items["kommune-gammel"]["review_reasons"] == [
        "Ingen av kildene er en side datert de siste 2 årene (nyeste: 01.05.2019)."]
    assert set(items["nav-meldekort"]) >= {"id", "title", "agency", "reviewed", "needs_review", "local",
                                           "overrides_bundled"}
    text = run("--home", str(tmp_path), "guides", "list").stdout
    assert "Vår egen MinID-veiledning (lokal, erstatter innebygd)" in text
    assert "Gammel (lokal; bør kontrolleres)" in text


def test_check_lists_notices_without_failing_strict(tmp_path: Path) -> None:
    write_complete_guide(tmp_path, "kommune-gammel", agency="kommune", sources=[{**DATED_SOURCE, "page_date": "none"}])
    result = CliRunner().invoke(cli, ["guides", "check", "--strict", str(tmp_path)])
    assert result.exit_code == 0, result.output
    path = tmp_path / "kommune-gammel.md"
    assert f"{path}:2: merknad: bør kontrolleres: Ingen av kildene har en registrert dato på siden." in result.output
    assert "1 veiledninger OK, 0 feil, 0 advarsler, 1 merknader" in result.output


def test_check_names_an_unknown_local_fact_as_an_error(tmp_path: Path) -> None:
    write_complete_guide(tmp_path, "kommune-a", agency="kommune", body=BODY + "Ring {{senter.telfon}}.\n" + CITIZEN)
    result = CliRunner().invoke(cli, ["guides", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert "ukjent lokal opplysning «{{senter.telfon}}» (mente du «{{senter.telefon}}»?)" in result.output
    assert "1 veiledninger OK, 1 feil, 0 advarsler, 0 merknader" in result.output


def test_check_refuses_an_oversized_guide_with_a_clear_message(tmp_path: Path) -> None:
    write_complete_guide(tmp_path, "kommune-a", agency="kommune")
    with (tmp_path / "enorm.md").open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    result = CliRunner().invoke(cli, ["guides", "check", "--language", "nn", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'enorm.md'}:1: fila er større enn 1024 KB" in result.output
    assert "1 rettleiingar OK, 1 feil" in result.output


def test_show_html_escapes_title_and_summary(tmp_path: Path) -> None:
    write_complete_guide(tmp_path / "guides", "kommune-x", agency="kommune", title="<script>alert(1)</script>",
                         summary="<img src=x onerror=alert(2)>")
    html = CliRunner().invoke(cli, ["--home", str(tmp_path), "guides", "show", "kommune-x", "--format", "html"])
    assert html.exit_code == 0, html.output
    assert "<script>" not in html.output and "<img" not in html.output
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html.output
    assert "Til deg" not in html.output


HANDOUT_BODY = BODY + CITIZEN.replace("Du logger inn på nettsiden og følger stegene.",
                                      "Du logger inn på nettsiden.\n\n- Ring oss: {{senter.telefon}}\n")


def test_handout_in_each_language_and_format(tmp_path: Path) -> None:
    runner = CliRunner()
    write_complete_guide(tmp_path / "guides", "kommune-x", agency="kommune", body=HANDOUT_BODY, title="Søke <x>",
                         title_en="Applying")
    home = ["--home", str(tmp_path)]
    assert runner.invoke(cli, [*home, "settings", "set", "centre_name", "Servicetorget i Testby"]).exit_code == 0
    text = runner.invoke(cli, [*home, "guides", "handout", "kommune-x"])
    assert text.exit_code == 0, text.output
    assert text.output.startswith("Servicetorget i Testby\nSøke <x>\n")
    assert "Ring oss" not in text.output and "Slik hjelper du" not in text.output
    assert "Kilder: nav.no" in text.output
    runner.invoke(cli, [*home, "local", "set", "senter.telefon", "22 33 44 55"])
    html = runner.invoke(cli, [*home, "guides", "handout", "kommune-x", "--language", "en", "--format", "html"])
    assert "<h1>Applying</h1>" in html.output and "You log in on the website" in html.output
    out = tmp_path / "handout.html"
    written = runner.invoke(cli, [*home, "guides", "handout", "kommune-x", "--format", "html", "--out", str(out)])
    assert written.exit_code == 0 and "Ring oss: 22 33 44 55" in out.read_text(encoding="utf-8")
    assert "&lt;x&gt;" in out.read_text(encoding="utf-8")


def test_handout_pdf_needs_out_and_writes_a_pdf_without_a_window(tmp_path: Path) -> None:
    write_complete_guide(tmp_path / "guides", "kommune-x", agency="kommune", body=HANDOUT_BODY)
    no_out = CliRunner().invoke(cli, ["--home", str(tmp_path), "guides", "handout", "kommune-x", "--format", "pdf"])
    assert no_out.exit_code == 2 and "legg til --out FIL.pdf" in no_out.output
    pdf = tmp_path / "utskrift.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # as from a plain terminal
    result = subprocess.run([sys.executable, "-m", "frontdesk", "--home", str(tmp_path), "guides", "handout",
                             "kommune-x", "--language", "nn", "--format", "pdf", "--out", str(pdf)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000


def test_handout_in_a_language_the_guide_lacks_exits_2_and_names_the_ones_it_has(tmp_path: Path) -> None:
    body = BODY + CITIZEN[: CITIZEN.index("## For you")]
    write_complete_guide(tmp_path / "guides", "kommune-x", agency="kommune", body=body, title="Søke")
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "guides", "handout", "kommune-x", "--language", "en"])
    assert result.exit_code == 2
    assert result.output == ("Feil: Veiledningen «Søke» har ingen tekst til innbyggeren på engelsk (## For you "
                             "(English)). Den finnes på: bokmål (--language nb), nynorsk (--language nn).\n")


# -- problems in the language setting ------------------------------------------------------------------------
BROKEN = "---\nid: test-x\ntitle: Test\n---\nBody\n"  # the wrong file name, and most keys missing


def check_in(home: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--home", str(home), "guides", "check", *args, str(home / "g")])
    assert result.exit_code == 1, result.output
    return result.output


@pytest.mark.parametrize(("language", "expected"), [
    ("nb", ["id «test-x» passer ikke med filnavnet: gi fila navnet «test-x.md»", "mangler påkrevd nøkkel «agency»",
            "0 veiledninger OK, 6 feil, 0 advarsler, 0 merknader"]),
    ("nn", ["id «test-x» passar ikkje med filnamnet: gi fila namnet «test-x.md»", "manglar påkravd nøkkel «agency»",
            "0 rettleiingar OK, 6 feil, 0 åtvaringar, 0 merknader"]),
    ("en", ["id 'test-x' does not match the file name: rename the file to 'test-x.md'",
            "missing required key 'agency'", "0 guides OK, 6 errors, 0 warnings, 0 notices"]),
])
def test_check_speaks_the_language_setting(tmp_path: Path, language: str, expected: list[str]) -> None:
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "bad.md").write_text(BROKEN, encoding="utf-8")
    assert CliRunner().invoke(cli, ["--home", str(tmp_path), "settings", "set", "language", language]).exit_code == 0
    output = check_in(tmp_path)
    for words in expected:
        assert words in output
    assert f"{tmp_path / 'g' / 'bad.md'}:2: " in output
    if language != "en":
        assert not re.search(r"\b(missing|required|does not|rename|guides OK)\b", output), output
    other = "en" if language != "en" else "nn"  # --language overrides the setting
    assert expected[0] not in check_in(tmp_path, "--language", other)


def test_an_unreadable_values_file_is_said_in_the_language(tmp_path: Path) -> None:
    write_complete_guide(tmp_path / "g", "kommune-a", agency="kommune")
    (tmp_path / "g" / "lokalt.yaml").write_text("values:\n  senter.telefon: [\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--home", str(tmp_path), "settings", "set", "guides_folder",
                                    str(tmp_path / "g")]).exit_code == 0
    assert f"{tmp_path / 'g' / 'lokalt.yaml'}:3: dei lokale opplysningane vart ikkje lesne: YAML-feil" in check_in(
        tmp_path, "--language", "nn")
    assert "the local facts were not read: " in check_in(tmp_path, "--language", "en")


def test_list_gives_review_reasons_in_the_language(tmp_path: Path) -> None:
    old = {**DATED_SOURCE, "page_date": "2019-05-01"}
    write_complete_guide(tmp_path / "guides", "kommune-gammel", agency="kommune", sources=[old])
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "guides", "list", "--json", "--language", "nn"])
    items = {item["id"]: item for item in json.loads(result.stdout)}
    assert items["kommune-gammel"]["review_reasons"] == [
        "Ingen av kjeldene er ei side datert dei siste 2 åra (nyaste: 01.05.2019)."]
