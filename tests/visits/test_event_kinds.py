"""Event kinds: the bundled list in three languages, and a municipality's own kinds checked like categories."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontdesk.config import Config, bundled_data_dir
from frontdesk.visits.event_kinds import FILE_NAME, EventForm, EventKinds, EventKindsError
from frontdesk.visits.privacy import passes


def test_the_bundled_kinds_have_a_form_and_three_labels_that_pass_the_privacy_rules() -> None:
    kinds = EventKinds.bundled()
    ids = [kind.id for kind in kinds.all()]
    assert ids[:4] == ["grunnkurs", "bankid_kurs", "nettvett", "seniorsurf"]
    assert {"drop_in", "informasjonsmote"} <= set(ids) and kinds.problems == []
    assert {kind.form for kind in kinds.all()} == set(EventForm)
    for kind in kinds.all():
        assert passes("event_kind", kind.id), kind.id
        assert all(passes(f"label_{language}", kind.labels.get(language)) for language in ("nb", "nn", "en")), kind.id
    bankid = kinds.get("bankid_kurs")
    assert bankid is not None and bankid.form is EventForm.COURSE
    assert kinds.label("grunnkurs", "nn") == "Grunnkurs i digitale ferdigheiter"
    assert kinds.label("grunnkurs", "en") == "Basic digital skills course"
    assert kinds.label("lokal_ukjent") == "lokal_ukjent"


def test_local_kinds_are_added_after_the_bundled_ones_and_may_leave_out_nynorsk(temp_home: Path) -> None:
    (temp_home / FILE_NAME).write_text(
        "schema: 1\nkinds:\n"
        "  ipad_kurs: {form: course, label_nb: iPad-kurs, label_en: iPad course}\n"
        "  gammel_kafe: {form: drop_in, label_nb: Datakafé, label_nn: Datakafé, label_en: Computer café,\n"
        "                retired: 2026-01-01}\n", encoding="utf-8")
    kinds = EventKinds.load(Config.from_env(temp_home))
    assert kinds.problems == []
    ipad = kinds.get("ipad_kurs")
    assert ipad is not None and ipad.local and ipad.label("nn") == "iPad-kurs"
    assert [k.id for k in kinds.all()][-2:] == ["ipad_kurs", "gammel_kafe"]
    assert "gammel_kafe" not in [k.id for k in kinds.active(date(2026, 3, 1))]
    assert "gammel_kafe" in [k.id for k in kinds.active(date(2025, 12, 31))]


@pytest.mark.parametrize(("entry", "problem"), [
    ("'91234567': {form: course, label_nb: A, label_en: B}", "phone number"),
    ("kurs_kari: {form: course, label_nb: A, label_en: B}", "person's name"),
    ("Stor_Bokstav: {form: course, label_nb: A, label_en: B}", "Event kind"),
    ("ok_kurs: {form: party, label_nb: A, label_en: B}", "form must be one of course, drop_in, meeting"),
    ("ok_kurs: {form: course, label_nb: ring 912 34 567, label_en: B}", "phone number"),
    ("ok_kurs: {form: course, label_en: B}", "'label_nb' must be a non-empty text"),
    ("ok_kurs: {form: course, label_nb: A, label_en: B, note: x}", "unknown key 'note'"),
    ("ok_kurs: {form: course, label_nb: A, label_en: B, kari: x}", "unknown key (not shown"),
    ("ok_kurs: {form: course, label_nb: A, label_en: B, retired: snart}", "'retired' must be a date"),
    ("bankid_kurs: {form: course, label_nb: A, label_en: B}", "already used"),
])
def test_a_bad_local_entry_is_skipped_and_named_by_position_without_its_id(temp_home: Path, entry: str,
                                                                         problem: str) -> None:
    (temp_home / FILE_NAME).write_text(
        f"schema: 1\nkinds:\n  fint_kurs: {{form: course, label_nb: Fint, label_en: Fine}}\n  {entry}\n",
        encoding="utf-8")
    kinds = EventKinds.load(Config.from_env(temp_home))
    assert kinds.get("fint_kurs") is not None and len(kinds.all()) == len(EventKinds.bundled().all()) + 1
    assert len(kinds.problems) == 1 and "kind 2" in kinds.problems[0].en and problem in kinds.problems[0].en
    assert "91234567" not in kinds.problems[0].en and "kari" not in kinds.problems[0].en


@pytest.mark.parametrize("text", ["kinds: [a, b]\n", "schema: 2\nkinds: {}\n", "kinds: {a: [unclosed\n", "- 1\n"])
def test_a_broken_local_file_is_reported_and_the_bundled_kinds_still_work(temp_home: Path, text: str) -> None:
    (temp_home / FILE_NAME).write_text(text, encoding="utf-8")
    kinds = EventKinds.load(Config.from_env(temp_home))
    assert len(kinds.problems) == 1 and str(temp_home / FILE_NAME) in kinds.problems[0].en
    assert [k.id for k in kinds.all()] == [k.id for k in EventKinds.bundled().all()]


def test_a_broken_bundled_file_is_a_developer_error(tmp_path: Path) -> None:
    bundled = tmp_path / FILE_NAME
    bundled.write_text((bundled_data_dir() / FILE_NAME).read_text(encoding="utf-8") + "  x: {form: nope}\n",
                       encoding="utf-8")
    with pytest.raises(EventKindsError, match="form must be one of"):
        EventKinds.from_files(bundled)
