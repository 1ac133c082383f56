"""The category taxonomy: bundled ids, kinds, local categories, retirement and replacement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontdesk.config import Config, bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.visits.category_file import Kind
from frontdesk.visits.taxonomy import Taxonomy, TaxonomyError

BUNDLED = bundled_data_dir() / "categories.yaml"
CONTRACT_IDS = [
    "login.minid", "login.bankid", "login.buypass", "login.idporten", "login.uten_id", "post.digital_postkasse",
    "post.kontaktregisteret", "post.altinn_innboks", "nav.meldekort", "nav.dagpenger", "nav.arbeidssoker",
    "nav.aktivitetsplan", "nav.ettersende", "nav.sosialhjelp", "nav.pensjon", "nav.kontonummer",
    "nav.sykepenger", "nav.foreldrepenger", "nav.barnetrygd", "nav.aap", "nav.fullmakt", "nav.brev_og_saker",
    "nav.annet", "skatt.skattemelding", "skatt.skattekort", "skatt.flytting", "skatt.restskatt", "skatt.attest",
    "skatt.d_nummer", "skatt.annet", "helse.helsenorge_innlogging", "helse.fastlege", "helse.resepter",
    "helse.meldinger", "helse.representasjon", "helse.frikort", "helse.annet", "stat.altinn", "stat.lanekassen",
    "stat.pass_id", "stat.politiattest", "stat.udi", "stat.vegvesen", "stat.husbanken", "stat.kartverket",
    "stat.brreg", "stat.annet", "kommune.barnehage", "kommune.sfo", "kommune.eiendomsskatt_gebyr",
    "kommune.byggesak", "kommune.renovasjon", "kommune.helse_omsorg", "kommune.kontakt", "kommune.annet",
    "digital.epost", "digital.smarttelefon", "digital.passord", "digital.svindel", "digital.skanning",
    "digital.annet", "annet.annet",
    # added with the guides for kontantstøtte, legevakt, valg, TT-kort and the other topics of round two
    "nav.kontantstotte", "nav.uforetrygd", "nav.barnebidrag", "nav.overgangsstonad", "nav.utbetalinger",
    "nav.hjelpemidler", "nav.klage", "helse.legevakt", "helse.vaksiner", "helse.helsetrygdkort",
    "helse.pasientreiser", "stat.valg", "stat.anmeldelse", "kommune.tt_kort", "kommune.parkeringstillatelse",
    "kommune.ledsagerbevis", "kommune.bolig", "digital.nettbank",
]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_ids_are_exactly_the_agreed_ones_with_kinds_and_labels(taxonomy: Taxonomy) -> None:
    assert taxonomy.ids(include_retired=False) == set(CONTRACT_IDS)
    for category in taxonomy.all():
        expected = Kind.DIGITAL_SKILLS if category.group in {"login", "digital"} else Kind.SERVICE
        assert category.kind is expected, category.id
        assert category.group == category.id.split(".")[0]
        assert category.labels.nb and category.labels.nn and category.labels.en and not category.local
        assert category.group in taxonomy.groups()
    assert taxonomy.label("nav.aap", "en") == "Work assessment allowance (AAP)"
    assert taxonomy.label("finnes.ikke") == "finnes.ikke"


def test_every_bundled_guide_category_is_a_taxonomy_id(taxonomy: Taxonomy) -> None:
    agencies = AgencyRegistry.load(bundled_data_dir()).agencies
    result = load_guides([GuideFolder(bundled_data_dir() / "guides")], agencies=agencies, categories=taxonomy.ids())
    used = {g.category for g in result.guides.values() if g.category}
    assert used and used <= taxonomy.ids()
    assert not [p for p in result.problems if "category" in p.message]


def test_load_adds_the_municipalitys_local_categories(temp_home: Path) -> None:
    write(temp_home / "categories.yaml", """
groups:
  lokal: {label_nb: Lokale tjenester, label_en: Local services}
categories:
  kommune.parkering: {label_nb: Parkeringstillatelse, label_en: Parking permit}
  lokal.bibliotekkort: {label_nb: Bibliotekkort, label_en: Library card, kind: digital_skills}
""")
    taxonomy = Taxonomy.load(Config.from_env())
    parking, card = taxonomy.get("kommune.parkering"), taxonomy.get("lokal.bibliotekkort")
    assert parking is not None and parking.local and parking.kind is Kind.SERVICE
    assert card is not None and card.kind is Kind.DIGITAL_SKILLS and taxonomy.groups()["lokal"].local
    assert taxonomy.problems == []
    assert "login.minid" in taxonomy.ids()


def test_bad_local_entries_are_skipped_and_listed_the_rest_still_loads(tmp_path: Path) -> None:
    local = write(tmp_path / "categories.yaml", """
categories:
  kommune.ok: {label_nb: Grei, label_en: Fine}
  nav.meldekort: {label_nb: Dobbel, label_en: Duplicate}
  ukjent.gruppe: {label_nb: X, label_en: X}
  kommune.ring_meg: {label_nb: "Ring 912 34 567", label_en: Call me}
  kommune.skrivefeil: {label_nb: A, label_en: B, retird: 2026-01-01}
  Kommune.Store: {label_nb: A, label_en: B}
""")
    taxonomy = Taxonomy.from_files(BUNDLED, local)
    assert taxonomy.get("kommune.ok") is not None
    assert taxonomy.label("nav.meldekort") == "Meldekort"
    for bad in ("ukjent.gruppe", "kommune.ring_meg", "kommune.skrivefeil", "Kommune.Store"):
        assert taxonomy.get(bad) is None
    text = "\n".join(problem.en.replace(str(tmp_path), "<home>") for problem in taxonomy.problems)
    assert "already used" in text and "unknown group 'ukjent'" in text and "phone number" in text
    assert "unknown key 'retird'" in text and "912" not in text


def test_unreadable_local_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    taxonomy = Taxonomy.from_files(BUNDLED, write(tmp_path / "categories.yaml", "categories: [oops\n"))
    assert len(taxonomy.problems) == 1 and "cannot read" in taxonomy.problems[0].en
    assert taxonomy.ids(include_retired=False) == set(CONTRACT_IDS)


def test_retired_ids_map_to_their_current_replacement(tmp_path: Path) -> None:
    local = write(tmp_path / "categories.yaml", """
categories:
  kommune.gammel: {label_nb: Gammel, label_en: Old, retired: 2025-01-01, replaced_by: kommune.mellom}
  kommune.mellom: {label_nb: Mellom, label_en: Middle, valid_from: 2025-01-01, retired: 2026-01-01,
                   replaced_by: kommune.ny}
  kommune.ny: {label_nb: Ny, label_en: New, valid_from: 2026-01-01}
  kommune.borte: {label_nb: Borte, label_en: Gone, retired: 2024-06-01}
""")
    taxonomy = Taxonomy.from_files(BUNDLED, local)
    assert taxonomy.problems == []
    assert taxonomy.resolve("kommune.gammel") == "kommune.ny"
    assert taxonomy.resolve("kommune.mellom") == "kommune.ny"
    assert taxonomy.resolve("kommune.borte") == "kommune.borte"
    assert taxonomy.resolve("nav.aap") == "nav.aap"
    assert taxonomy.resolve("ukjent.id") == "ukjent.id"
    on = {day: {c.id for c in taxonomy.active(day)} for day in (date(2024, 12, 31), date(2025, 6, 1),
                                                                  date(2026, 1, 1))}
    assert {"kommune.gammel", "kommune.borte"} - on[date(2024, 12, 31)] == {"kommune.borte"}
    assert "kommune.mellom" in on[date(2025, 6, 1)] and "kommune.gammel" not in on[date(2025, 6, 1)]
    assert "kommune.ny" in on[date(2026, 1, 1)] and "kommune.mellom" not in on[date(2026, 1, 1)]
    assert {"kommune.gammel", "kommune.borte"} <= taxonomy.ids(include_retired=True)
    assert not {"kommune.gammel", "kommune.borte"} & taxonomy.ids(include_retired=False)


def test_replacement_loops_and_dangling_replacements_are_reported(tmp_path: Path) -> None:
    local = write(tmp_path / "categories.yaml", """
categories:
  kommune.a: {label_nb: A, label_en: A, retired: 2025-01-01, replaced_by: kommune.b}
  kommune.b: {label_nb: B, label_en: B, retired: 2025-01-01, replaced_by: kommune.a}
  kommune.c: {label_nb: C, label_en: C, retired: 2025-01-01, replaced_by: kommune.finnes_ikke}
""")
    taxonomy = Taxonomy.from_files(BUNDLED, local)
    text = "\n".join(problem.en for problem in taxonomy.problems)
    assert "forms a loop" in text and "'kommune.finnes_ikke' is not a category id" in text
    assert taxonomy.resolve("kommune.c") == "kommune.c"
    assert taxonomy.resolve("kommune.a") in {"kommune.a", "kommune.b"}  # stops instead of looping forever


def test_a_broken_bundled_file_raises(tmp_path: Path) -> None:
    bundled = write(tmp_path / "bundled.yaml", "groups: {}\ncategories:\n  nav.x: {label_nb: X, label_en: X}\n")
    with pytest.raises(TaxonomyError, match="unknown group 'nav'"):
        Taxonomy.from_files(bundled, None)


def test_labels_in_three_languages_and_a_local_file_may_leave_nynorsk_out(tmp_path: Path) -> None:
    local = write(tmp_path / "categories.yaml", """
groups:
  lokal: {label_nb: Lokale tjenester, label_nn: Lokale tenester, label_en: Local services}
categories:
  lokal.bibliotekkort: {label_nb: Bibliotekkort, label_en: Library card}
  lokal.tilskot: {label_nb: Tilskudd, label_nn: Tilskot, label_en: Grants}
""")
    taxonomy = Taxonomy.from_files(BUNDLED, local)
    assert taxonomy.problems == []
    assert [taxonomy.label("nav.sykepenger", lang) for lang in ("nb", "nn", "en")] == [
        "Sykepenger", "Sjukepengar", "Sickness benefit"]
    assert taxonomy.groups()["nav"].labels.nb == "Nav"  # the agency's own spelling
    assert taxonomy.groups()["lokal"].label("nn") == "Lokale tenester"
    assert taxonomy.label("lokal.bibliotekkort", "nn") == "Bibliotekkort"  # bokmål where nynorsk is missing
    assert taxonomy.label("lokal.tilskot", "nn") == "Tilskot"


def test_the_bundled_file_must_have_nynorsk(tmp_path: Path) -> None:
    bundled = write(tmp_path / "bundled.yaml", "groups:\n  nav: {label_nb: Nav, label_nn: Nav, label_en: Nav}\n"
                                               "categories:\n  nav.x: {label_nb: X, label_en: X}\n")
    with pytest.raises(TaxonomyError, match="'label_nn' must be a non-empty text"):
        Taxonomy.from_files(bundled, None)
