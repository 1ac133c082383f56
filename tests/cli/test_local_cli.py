"""`frontdesk local …` and the guide commands that show local facts, through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from frontdesk.cli import cli
from tests.knowledge.guide_files import write_complete_guide
from tests.knowledge.test_local_facts import SFO_BODY, SFO_LOCAL


def invoke(home: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["--home", str(home), *args], input=input)


def sfo_home(home: Path) -> Path:
    write_complete_guide(home / "guides", "testby-sfo", body=SFO_BODY, agency="kommune", local=SFO_LOCAL,
                         title="Testby SFO")
    return home


REFUSED = {
    "nn": {"phone": "Feil: dette er ikkje eit gyldig telefonnummer; skriv til dømes 22 33 44 55, +47 22 33 44 55 "
                    "eller 116 117\n",
           "typo": "Feil: ukjend nøkkel «senter.telfon». Meinte du «senter.telefon»? Sjå alle nøklane med «frontdesk "
                   "local list».\n",
           "id": "Feil: teksten ser ut til å innehalde eit fødselsnummer eller D-nummer; det skal aldri stå i lokale "
                 "opplysningar\n",
           "import": "Feil: ingenting vart importert: senter.telefon: dette er ikkje eit gyldig telefonnummer"},
    "en": {"phone": "Error: this is not a valid phone number; write for example 22 33 44 55, +47 22 33 44 55 or "
                    "116 117\n",
           "typo": "Error: unknown key 'senter.telfon'. Did you mean 'senter.telefon'? See every key with 'frontdesk "
                   "local list'.\n",
           "id": "Error: the text seems to hold a national identity number (fødselsnummer or D-nummer); one never "
                 "belongs in the local facts\n",
           "import": "Error: nothing was imported: senter.telefon: this is not a valid phone number"},
}


@pytest.mark.parametrize("language", ["nn", "en"])
def test_a_refused_value_is_explained_in_the_language_setting(tmp_path: Path, language: str) -> None:
    home = sfo_home(tmp_path)
    assert invoke(home, "settings", "set", "language", language).exit_code == 0
    expected = REFUSED[language]
    bad = invoke(home, "local", "set", "senter.telefon", "ring oss")
    assert (bad.exit_code, bad.output) == (2, expected["phone"])
    typo = invoke(home, "local", "set", "senter.telfon", "22 33 44 55")
    assert (typo.exit_code, typo.output) == (2, expected["typo"])
    personal = invoke(home, "local", "note", "testby-sfo", "--text", "Ring 01019010046")
    assert (personal.exit_code, personal.output) == (2, expected["id"])  # never the number itself
    wrong = tmp_path / "fra-en-annen-pc.yaml"
    wrong.write_text('values:\n  senter.telefon: "ring oss"\n', encoding="utf-8")
    refused = invoke(home, "local", "import", str(wrong))
    assert refused.exit_code == 2 and refused.output.startswith(expected["import"]), refused.output
    assert not (home / "guides" / "lokalt.yaml").exists()
    listed = invoke(home, "local", "list").output
    assert {"nn": "senter.telefon  [phone] Telefonnummeret til servicetorget\n    = (ikkje fylt ut)\n",
            "en": "senter.telefon  [phone] The service centre's phone number\n    = (not filled in)\n"}[
        language] in listed


def test_set_list_unset_and_show(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    assert invoke(home, "local", "set", "senter.telefon", "22 33 44 55").output == "senter.telefon = 22 33 44 55\n"
    assert invoke(home, "local", "set", "testby-sfo.frist", "1. mars").exit_code == 0
    listed = json.loads(invoke(home, "local", "list", "--json").stdout)
    phone = listed[0]
    assert {k: v for k, v in phone.items() if k != "guides"} == {
        "key": "senter.telefon", "label": "Servicetorgets telefonnummer", "kind": "phone", "value": "22 33 44 55",
        "centre_wide": True, "orphaned": False}
    # a centre-wide key lists every guide that uses it: the bundled ones and the municipality's own
    assert "testby-sfo" in phone["guides"] and "minid-glemt-passord" in phone["guides"]
    assert phone["guides"] == sorted(phone["guides"])
    by_key = {item["key"]: item for item in listed}
    assert by_key["testby-sfo.portal"] == {"key": "testby-sfo.portal", "label": "Lenke til søknadsportalen",
                                           "kind": "url", "guides": ["testby-sfo"], "value": None,
                                           "centre_wide": False, "orphaned": False}
    assert [i["centre_wide"] for i in listed] == sorted((i["centre_wide"] for i in listed), reverse=True)
    unfilled = json.loads(invoke(home, "local", "list", "--unfilled", "--json").stdout)
    assert "testby-sfo.portal" in {i["key"] for i in unfilled} and all(i["value"] is None for i in unfilled)
    shown = invoke(home, "guides", "show", "testby-sfo")
    assert "Fristen er [lokalt: 1. mars]; søk i [ikke fylt ut lokalt: Lenke til søknadsportalen]." in shown.output
    assert invoke(home, "local", "unset", "testby-sfo.frist").exit_code == 0
    assert "Fristen er [ikke fylt ut lokalt:" in invoke(home, "guides", "show", "testby-sfo").output


def test_unknown_keys_and_bad_values_exit_2_and_change_nothing(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    typo = invoke(home, "local", "set", "senter.telfon", "22 33 44 55")
    assert typo.exit_code == 2
    assert "ukjent nøkkel «senter.telfon». Mente du «senter.telefon»?" in typo.output
    bad = invoke(home, "local", "set", "testby-sfo.frist", "snart")
    assert bad.exit_code == 2 and "Feil: dette er ikke en gyldig dato; skriv for eksempel 01.03.2027" in bad.output
    assert invoke(home, "local", "unset", "senter.finnes-ikke").exit_code == 2
    assert invoke(home, "local", "note", "finnes-ikke", "--text", "x").exit_code == 2
    assert invoke(home, "local", "note", "testby-sfo").exit_code == 2  # neither --text nor --clear
    assert not (home / "guides" / "lokalt.yaml").exists()


def test_notes_show_after_the_staff_text_in_every_format(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    noted = invoke(home, "local", "note", "testby-sfo", "--text", "Papirsøknader leveres i <b>skranken</b>.")
    assert noted.exit_code == 0
    text = invoke(home, "guides", "show", "testby-sfo").output
    assert "Hos oss\n-------\nPapirsøknader leveres i <b>skranken</b>.\n" in text
    html = invoke(home, "guides", "show", "testby-sfo", "--format", "html").output
    assert "<h2>Hos oss</h2>" in html and "&lt;b&gt;skranken&lt;/b&gt;" in html
    markdown = invoke(home, "guides", "show", "testby-sfo", "--format", "markdown").output
    assert markdown.endswith("## Hos oss\nPapirsøknader leveres i &lt;b&gt;skranken&lt;/b&gt;.\n")
    assert invoke(home, "local", "note", "testby-sfo", "--clear").exit_code == 0
    assert "Hos oss" not in invoke(home, "guides", "show", "testby-sfo").output


def test_writes_need_the_supervisor_pin_once_one_is_set(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    assert invoke(home, "pin", "set", input="2468\n2468\n").exit_code == 0
    wrong = invoke(home, "local", "set", "senter.telefon", "22 33 44 55", "--pin", "1111")
    assert wrong.exit_code == 3 and not (home / "guides" / "lokalt.yaml").exists()
    assert invoke(home, "local", "set", "senter.telefon", "22 33 44 55", input="2468\n").exit_code == 0
    for args in (["local", "unset", "senter.telefon"], ["local", "note", "testby-sfo", "--text", "x"]):
        assert invoke(home, *args, "--pin", "1111").exit_code == 3
        assert invoke(home, *args, "--pin", "2468").exit_code == 0
    assert invoke(home, "local", "list").exit_code == 0  # reading needs no PIN


def test_export_and_import_give_every_counter_pc_the_same_facts(tmp_path: Path) -> None:
    first, second = sfo_home(tmp_path / "pc1"), sfo_home(tmp_path / "pc2")
    invoke(first, "local", "set", "senter.telefon", "22 33 44 55")
    invoke(first, "local", "set", "testby-sfo.frist", "1. mars")
    invoke(first, "local", "note", "testby-sfo", "--text", "Hos oss.")
    invoke(second, "local", "set", "senter.epost", "post@testby.no")
    exported = tmp_path / "lokalt-servicetorget.yaml"
    assert invoke(first, "local", "export", str(exported)).output == f"Skrev {exported}: 2 verdier, 1 notater\n"
    imported = invoke(second, "local", "import", str(exported))
    assert imported.exit_code == 0, imported.output
    assert imported.output == ("  senter.telefon: (tom) → 22 33 44 55\n  testby-sfo.frist: (tom) → 1. mars\n"
                               "  notat for testby-sfo: (tom) → Hos oss.\n"
                               f"3 endringer importert til {second / 'guides' / 'lokalt.yaml'}\n")
    before = (second / "guides" / "lokalt.yaml").read_bytes()
    again = invoke(second, "local", "import", str(exported))
    assert again.exit_code == 0 and again.output == "Ingen endringer: opplysningene er de samme som i fila.\n"
    assert (second / "guides" / "lokalt.yaml").read_bytes() == before
    values = {i["key"]: i["value"] for i in json.loads(invoke(second, "local", "list", "--json").stdout)}
    assert values["senter.epost"] == "post@testby.no" and values["testby-sfo.frist"] == "1. mars"


def test_an_import_with_one_bad_value_imports_nothing(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    bad = tmp_path / "feil.yaml"
    bad.write_text('values:\n  senter.adresse: "Rådhuset"\n  senter.telefon: "ring oss"\n', encoding="utf-8")
    result = invoke(home, "local", "import", str(bad))
    assert result.exit_code == 2 and "ingenting ble importert: senter.telefon:" in result.output
    assert not (home / "guides" / "lokalt.yaml").exists()


def test_orphaned_values_are_listed_and_checked_never_dropped(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    invoke(home, "local", "set", "testby-sfo.frist", "1. mars")
    write_complete_guide(home / "guides", "testby-sfo", body="## Slik hjelper du\n1. Søk.\n", agency="kommune",
                         title="Testby SFO")  # the new version has no local facts
    listed = json.loads(invoke(home, "local", "list", "--json").stdout)
    assert listed[-1] == {"key": "testby-sfo.frist", "label": None, "kind": None, "guides": [], "value": "1. mars",
                          "centre_wide": False, "orphaned": True}
    assert "testby-sfo.frist  [foreldreløs" in invoke(home, "local", "list").output
    checked = invoke(home, "guides", "check", str(home / "guides"))
    values_file = home / "guides" / "lokalt.yaml"
    line = values_file.read_text(encoding="utf-8").splitlines().index('  testby-sfo.frist: "1. mars"') + 1
    assert (f"{values_file}:{line}: advarsel: verdien for «testby-sfo.frist» er foreldreløs: ingen veiledning eller "
            "felles nøkkel bruker den lenger; den beholdes (fjern den med: frontdesk local unset testby-sfo.frist)"
            ) in checked.output
    english = invoke(home, "guides", "check", "--language", "en", str(home / "guides"))
    assert (f"{values_file}:{line}: warning: the value for 'testby-sfo.frist' is orphaned: no guide or centre-wide "
            "key declares it any more; it is kept (remove it with: frontdesk local unset testby-sfo.frist)"
            ) in english.output
    assert "1. mars" in values_file.read_text(encoding="utf-8")


def test_the_guides_folder_setting_moves_guides_and_values_together(tmp_path: Path) -> None:
    home, shared = tmp_path / "home", tmp_path / "felles"
    write_complete_guide(shared, "testby-sfo", body=SFO_BODY, agency="kommune", local=SFO_LOCAL)
    assert invoke(home, "settings", "set", "guides_folder", str(shared)).exit_code == 0
    assert invoke(home, "local", "set", "testby-sfo.frist", "1. mars").exit_code == 0
    assert (shared / "lokalt.yaml").is_file() and not (home / "guides" / "lokalt.yaml").exists()
    assert "[lokalt: 1. mars]" in invoke(home, "guides", "show", "testby-sfo").output


def test_a_signed_pack_that_updates_a_guide_keeps_its_local_values_and_note(tmp_path: Path) -> None:
    home, publisher = tmp_path / "home", tmp_path / "fylket"
    key = tmp_path / "signing.key"
    public_key = invoke(home, "guides", "keygen", "--out", str(key)).output.strip()
    home.mkdir(exist_ok=True)
    (home / "trusted_keys.txt").write_text(public_key + "\n", encoding="utf-8")

    def publish(version: str, body: str) -> None:
        write_complete_guide(publisher, "fylke-sfo", body=body, agency="kommune", local=SFO_LOCAL, title="Fylkets SFO")
        pack_file = tmp_path / f"fylket-{version}.zip"
        packed = invoke(home, "guides", "pack", str(publisher), "--key", str(key), "--out", str(pack_file),
                        "--name", "fylket", "--version", version)
        assert packed.exit_code == 0, packed.output
        imported = invoke(home, "guides", "import", str(pack_file))
        assert imported.exit_code == 0, imported.output

    publish("1", SFO_BODY)
    assert invoke(home, "local", "set", "fylke-sfo.frist", "1. mars").exit_code == 0
    assert invoke(home, "local", "note", "fylke-sfo", "--text", "Hos oss: spør i skranken.").exit_code == 0
    values_before = (home / "guides" / "lokalt.yaml").read_bytes()
    publish("2", SFO_BODY.replace("Fristen er {{frist}}", "Ny tekst fra fylket: søknadsfristen er {{frist}}"))
    shown = invoke(home, "guides", "show", "fylke-sfo").output
    assert "Ny tekst fra fylket: søknadsfristen er [lokalt: 1. mars]" in shown
    assert "Hos oss\n-------\nHos oss: spør i skranken." in shown
    assert (home / "guides" / "lokalt.yaml").read_bytes() == values_before
    assert list((home / "packs" / "fylket").rglob("lokalt.yaml")) == []


def test_markdown_of_a_guide_saved_with_windows_line_ends_gets_its_values(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    path = home / "guides" / "testby-sfo.md"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    invoke(home, "local", "set", "testby-sfo.frist", "1. mars")
    markdown = invoke(home, "guides", "show", "testby-sfo", "--format", "markdown").output
    assert "Fristen er 1\\. mars;" in markdown and "{{frist}}" not in markdown


def test_a_broken_values_file_is_reported_and_the_guide_still_shows(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    values_file = home / "guides" / "lokalt.yaml"
    values_file.write_text("values:\n  senter.telefon: [\n", encoding="utf-8")
    shown = invoke(home, "guides", "show", "testby-sfo")
    assert shown.exit_code == 0 and "de lokale opplysningene kan ikke leses, så ingen vises" in shown.output
    checked = invoke(home, "guides", "check", str(home / "guides"))
    assert checked.exit_code == 1
    assert f"{values_file}:3: de lokale opplysningene ble ikke lest: YAML-feil" in checked.output
    assert invoke(home, "local", "set", "senter.telefon", "22 33 44 55").exit_code == 2
    assert values_file.read_text(encoding="utf-8") == "values:\n  senter.telefon: [\n"


def test_an_imported_value_no_guide_here_uses_is_kept_and_said_so(tmp_path: Path) -> None:
    home = sfo_home(tmp_path)
    other = tmp_path / "fra-annen-pc.yaml"
    other.write_text('values:\n  egen-guide.frist: "1. mars"\n', encoding="utf-8")
    result = invoke(home, "local", "import", str(other))
    assert result.exit_code == 0, result.output
    kept = "  egen-guide.frist: (tom) → 1. mars  (ingen veiledning her bruker den; den er tatt vare på)"
    assert kept in result.output
    listed = json.loads(invoke(home, "local", "list", "--json").stdout)
    assert {"key": "egen-guide.frist", "orphaned": True}.items() <= listed[-1].items()
