"""Local facts: kinds, the catalogue of keys, and lokalt.yaml (read, written, imported) on real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from frontdesk.config import bundled_data_dir
from frontdesk.i18n import LANGUAGES
from frontdesk.knowledge.local_facts import LocalFactsStore, UnknownFactError
from frontdesk.knowledge.local_keys import FactCatalogue, load_centre_keys
from frontdesk.knowledge.local_kinds import EXAMPLES, LocalValueError, check_note, check_value
from frontdesk.knowledge.local_values import LocalValues, LocalValuesError, read_values, write_values
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.validation import read_guide_file
from tests.knowledge.guide_files import BODY, write_complete_guide

CENTRE_KEYS = load_centre_keys(bundled_data_dir() / "local_keys.yaml")
SFO_LOCAL = {"frist": {"kind": "date", "label": "Kommunens søknadsfrist for SFO"},
             "portal": {"kind": "url", "label": "Lenke til søknadsportalen"}}
SFO_BODY = BODY.replace("Kontakt etaten.", "Fristen er {{frist}}; søk i {{portal}}.\n- Ring {{senter.telefon}}.")


def sfo_guide(folder: Path) -> Guide:
    path = write_complete_guide(folder, "kommune-sfo-soke", body=SFO_BODY, agency="kommune", local=SFO_LOCAL)
    guide, problems = read_guide_file(path, agencies={"kommune"})
    assert guide is not None, problems
    return guide


@pytest.mark.parametrize(("kind", "value"), [
    ("phone", "22 33 44 55"), ("phone", "+47 22334455"), ("phone", "116 117"), ("phone", "113"),
    ("email", "servicetorget@testby.kommune.no"), ("url", "https://www.testby.kommune.no/sfo"),
    ("url", "HTTP://testby.no"), ("date", "01.03.2027"), ("date", "1.3.2027"), ("date", "1. mars"),
    ("date", "29. februar"), ("hours", "man–fre 08.00–15.30"), ("hours", "drop-in tirsdag 10-12"),
    ("text", "Rådhuset, 2. etasje"), ("text", "<b>ikke markup</b>"),
])
def test_values_that_fit_their_kind(kind: str, value: str) -> None:
    assert check_value(kind, f"  {value} ") == value


BAD_VALUES = [
    ("phone", "2233445"), ("phone", "ring oss"), ("email", "servicetorget"), ("email", "a@b"),
    ("url", "www.testby.no"), ("url", "javascript:alert(1)"), ("url", "https://testby.no/a b"),
    ("date", "31.02.2027"), ("date", "2027-03-01"), ("date", "31. februar"), ("date", "1. marts"),
    ("hours", "åpent hver dag"), ("text", "to\nlinjer"), ("text", "   "), ("text", "x" * 301),
    ("text", "Kontakt 010190 10046"), ("sko", "42"),
]


@pytest.mark.parametrize(("kind", "value"), BAD_VALUES)
def test_values_that_do_not(kind: str, value: str) -> None:
    with pytest.raises(LocalValueError):
        check_value(kind, value)


def _told_in_every_language(error: LocalValueError | LocalValuesError) -> list[str]:
    """The error's three forms, each checked: not empty, every value filled in, and really translated."""
    forms = [error.describe(lang) if isinstance(error, LocalValuesError) else error.message(lang)
             for lang in LANGUAGES]
    assert all(form.strip() and "{" not in form for form in forms), forms
    assert forms[2] != forms[0], forms  # nynorsk may read as bokmål ("YAML-feil"), English never does
    assert forms[0] == (str(error) if isinstance(error, LocalValueError) else error.describe())  # str() is bokmål
    return forms


@pytest.mark.parametrize(("kind", "value"), BAD_VALUES)
def test_every_refused_value_is_told_in_bokmal_nynorsk_and_english_without_repeating_it(kind: str, value: str) -> None:
    with pytest.raises(LocalValueError) as refused:
        check_value(kind, value)
    for language, form in zip(LANGUAGES, _told_in_every_language(refused.value), strict=True):
        example = EXAMPLES[kind].get(language) if kind in EXAMPLES else ""
        assert value.strip() not in form.replace(example, "") or not value.strip(), form


def test_every_other_refusal_is_told_in_every_language(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path / "guides")
    guides = {guide.id: guide}
    store = LocalFactsStore(CENTRE_KEYS, tmp_path / "guides")
    refusals: list[LocalValueError | LocalValuesError] = []
    for attempt in (lambda: check_note("Hos oss:\x07 pip"), lambda: check_note("x" * 2001),
                    lambda: store.set_value("senter.telfon", "1", guides), lambda: store.unset_value("nei", guides),
                    lambda: store.set_note("kommune-sfo-sok", "Hos oss.", guides),
                    lambda: store.plan_import(LocalValues({"senter.telefon": "ring oss"}, {}), guides),
                    lambda: store.plan_import(LocalValues({}, {"kommune-sfo-soke": "x" * 2001}), guides)):
        with pytest.raises(LocalValueError) as refused:
            attempt()
        refusals.append(refused.value)
    path = tmp_path / "lokalt.yaml"
    for text in ("values: [\n", "- en liste\n", "values: [a]\n", "values:\n  a: [1]\n", "notes:\n  a: true\n",
                 'values:\n  a: "to\\nlinjer"\n'):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(LocalValuesError) as unreadable:
            read_values(path)
        refusals.append(unreadable.value)
    path.write_bytes(b"values:\n  a: \"\xff\"\n")
    with pytest.raises(LocalValuesError) as unreadable:
        read_values(path)
    refusals.append(unreadable.value)
    told = [_told_in_every_language(error) for error in refusals]
    assert told[2] == ["ukjent nøkkel «senter.telfon». Mente du «senter.telefon»? Se alle nøklene med «frontdesk "
                       "local list».",
                       "ukjend nøkkel «senter.telfon». Meinte du «senter.telefon»? Sjå alle nøklane med «frontdesk "
                       "local list».",
                       "unknown key 'senter.telfon'. Did you mean 'senter.telefon'? See every key with 'frontdesk "
                       "local list'."]
    assert told[5][1] == "senter.telefon: dette er ikkje eit gyldig telefonnummer; skriv til dømes 22 33 44 55, " \
                         "+47 22 33 44 55 eller 116 117"
    assert told[6][2] == ("note for kommune-sfo-soke: the note is 2001 characters; at most 2000 are allowed: keep "
                          "it short")
    assert told[-1][1].startswith(f"{path}:1: kan ikkje lesast: ")


def test_a_national_id_number_never_becomes_a_fact_or_a_note() -> None:
    with pytest.raises(LocalValueError, match="fødselsnummer"):
        check_value("text", "Kontakt 010190 10046")  # passes the mod-11 check digits
    with pytest.raises(LocalValueError, match="fødselsnummer"):
        check_note("Hos oss:\nSpør om 01019010046")
    assert check_value("text", "Kontonummer 1234 56 78903") == "Kontonummer 1234 56 78903"


def test_catalogue_resolves_own_and_centre_keys_and_knows_who_uses_them(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path)
    catalogue = FactCatalogue(CENTRE_KEYS, {guide.id: guide})
    assert catalogue.resolve(guide, "frist") == "kommune-sfo-soke.frist"
    assert catalogue.resolve(guide, " senter.telefon ") == "senter.telefon"
    assert catalogue.resolve(guide, "kommune-sfo-soke.portal") == "kommune-sfo-soke.portal"
    assert catalogue.resolve(guide, "annen-guide.frist") is None
    assert catalogue.guides_using("senter.telefon") == ("kommune-sfo-soke",)
    assert catalogue.guides_using("senter.epost") == ()
    keys = list(catalogue.keys)
    assert keys[: len(CENTRE_KEYS)] == [k.key for k in CENTRE_KEYS]  # centre-wide first, in the file's order
    assert keys[len(CENTRE_KEYS):] == ["kommune-sfo-soke.frist", "kommune-sfo-soke.portal"]


def test_values_file_is_explained_ordered_and_reads_back(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path / "guides")
    store = LocalFactsStore(CENTRE_KEYS, tmp_path / "guides")
    guides = {guide.id: guide}
    store.set_value("kommune-sfo-soke.frist", "1. mars", guides)
    store.set_value("senter.telefon", " 22 33 44 55", guides)
    store.set_value("senter.epost", "post@testby.no", guides)
    store.set_note("kommune-sfo-soke", "Hos oss: papirsøknader i skranken.\n\n\"Sitat\" og #tegn: {{x}}", guides)
    text = store.path.read_text(encoding="utf-8")
    assert text.startswith("# Lokale opplysninger for frontdesk\n#\n")
    body = text[text.index("schema: 1"):]
    assert body == (
        'schema: 1\nvalues:\n'
        '  # Servicetorgets telefonnummer\n  senter.telefon: "22 33 44 55"\n'
        '  # Servicetorgets e-postadresse\n  senter.epost: "post@testby.no"\n'
        '  # Kommunens søknadsfrist for SFO\n  kommune-sfo-soke.frist: "1. mars"\n'
        'notes:\n  kommune-sfo-soke: |-\n    Hos oss: papirsøknader i skranken.\n\n    "Sitat" og #tegn: {{x}}\n'
    )
    again = read_values(store.path)
    assert again.values == {"senter.telefon": "22 33 44 55", "senter.epost": "post@testby.no",
                            "kommune-sfo-soke.frist": "1. mars"}
    assert again.notes["kommune-sfo-soke"].endswith('"Sitat" og #tegn: {{x}}')
    assert again.lines["kommune-sfo-soke.frist"] == text.splitlines().index('  kommune-sfo-soke.frist: "1. mars"') + 1
    assert [p.name for p in store.path.parent.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_unknown_keys_bad_values_and_broken_files_change_nothing(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path / "guides")
    store = LocalFactsStore(CENTRE_KEYS, tmp_path / "guides")
    guides = {guide.id: guide}
    with pytest.raises(UnknownFactError, match=r"Mente du «senter\.telefon»"):
        store.set_value("senter.telfon", "22 33 44 55", guides)
    with pytest.raises(LocalValueError, match=r"dette er ikke en gyldig dato; skriv for eksempel 01\.03\.2027"):
        store.set_value("kommune-sfo-soke.frist", "snart", guides)
    assert not store.path.exists()
    store.path.write_text("values:\n  senter.telefon: [ikke lukket\n", encoding="utf-8")
    with pytest.raises(LocalValuesError) as error:
        store.set_value("senter.telefon", "22 33 44 55", guides)
    assert str(error.value).startswith(f"{store.path}:")
    assert store.path.read_text(encoding="utf-8") == "values:\n  senter.telefon: [ikke lukket\n"


def test_orphans_are_kept_listed_and_removable(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path / "guides")
    store = LocalFactsStore(CENTRE_KEYS, tmp_path / "guides")
    write_values(store.path, LocalValues({"kommune-sfo-soke.gammel": "x", "senter.telefon": "22 33 44 55"},
                                         {"fjernet-guide": "Gammelt notat"}))
    guides = {guide.id: guide}
    facts = store.facts(guides)
    assert facts.orphaned_values() == ["kommune-sfo-soke.gammel"]
    assert facts.orphaned_notes() == ["fjernet-guide"]
    assert facts.entries()[-1].key == "kommune-sfo-soke.gammel" and facts.entries()[-1].orphaned
    store.set_value("kommune-sfo-soke.frist", "1. mars", guides)  # a write keeps the orphans
    assert read_values(store.path).values["kommune-sfo-soke.gammel"] == "x"
    assert "# (ingen veiledning bruker denne nå)\n  kommune-sfo-soke.gammel" in store.path.read_text(encoding="utf-8")
    store.unset_value("kommune-sfo-soke.gammel", guides)
    store.set_note("fjernet-guide", None, guides)
    assert read_values(store.path) == LocalValues({"senter.telefon": "22 33 44 55",
                                                   "kommune-sfo-soke.frist": "1. mars"}, {})


def test_import_checks_everything_first_changes_only_what_differs_and_is_idempotent(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path / "guides")
    guides = {guide.id: guide}
    store = LocalFactsStore(CENTRE_KEYS, tmp_path / "guides")
    store.set_value("senter.epost", "post@testby.no", guides)
    incoming = LocalValues({"senter.telefon": "22 33 44 55", "kommune-sfo-soke.frist": "1. mars"},
                           {"kommune-sfo-soke": "Hos oss."})
    changes = store.plan_import(incoming, guides)
    assert [(c.what, c.key, c.old, c.new) for c in changes] == [
        ("value", "senter.telefon", None, "22 33 44 55"), ("value", "kommune-sfo-soke.frist", None, "1. mars"),
        ("note", "kommune-sfo-soke", None, "Hos oss.")]
    store.apply_import(changes, guides)
    assert store.load().values["senter.epost"] == "post@testby.no"  # not in the file: kept
    stamp = os.stat(store.path).st_mtime_ns
    assert store.plan_import(incoming, guides) == []
    assert os.stat(store.path).st_mtime_ns == stamp
    with pytest.raises(LocalValueError, match=r"senter\.telefon"):
        store.plan_import(LocalValues({"senter.telefon": "ring oss", "senter.adresse": "Ny"}, {}), guides)
    assert store.load().values.get("senter.adresse") is None


def test_a_hand_edited_file_with_bare_numbers_reads_as_text(tmp_path: Path) -> None:
    path = tmp_path / "lokalt.yaml"
    path.write_text(yaml.safe_dump({"values": {"senter.telefon": 22334455}}), encoding="utf-8")
    assert read_values(path).values == {"senter.telefon": "22334455"}
    path.write_text("values:\n  senter.telefon: true\n", encoding="utf-8")
    with pytest.raises(LocalValuesError, match="tekst i anførselstegn"):
        read_values(path)
