"""The synonym table: the bundled data file and the YAML format."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.synonyms import Phrase, SynonymTable


def alternatives(table: SynonymTable, words: list[str]) -> list[Phrase]:
    """What ``words`` as a whole stand for: the span of all of them, if it is a key."""
    return next((found for start, end, found in table.spans(words) if (start, end) == (0, len(words))), [])


@pytest.fixture(scope="module")
def bundled() -> SynonymTable:
    return SynonymTable.load(bundled_data_dir() / "synonyms.yaml")


@pytest.mark.parametrize(("typed", "means"), [
    ("trygdekontoret", "nav"),
    ("krr", "kontaktregisteret"),
    ("aap", "arbeidsavklaringspenger"),
    ("sfo", "aks"),
    ("aks", "sfo"),
    ("fnr", "fødselsnummer"),
    ("selvangivelse", "skattemelding"),
    ("likningen", "skatt"),
    ("tax return", "skattemelding"),
    ("sick pay", "sykepenger"),
    ("unemployment benefit", "dagpenger"),
    ("passport", "pass"),
    ("driving licence", "førerkort"),
    ("kindergarten", "barnehage"),
    ("pension", "pensjon"),
    ("password", "passord"),
    ("log in", "logge inn"),
    ("sjukepengar", "sykepenger"),
    ("skattemeldinga", "skattemelding"),
    ("gløymt", "glemt"),
    ("korleis", "hvordan"),
])
def test_bundled_table_knows_the_counter_vocabulary(bundled: SynonymTable, typed: str, means: str) -> None:
    assert tuple(means.split()) in alternatives(bundled, typed.split())


def test_keys_are_normalised_like_guide_text(bundled: SynonymTable) -> None:
    assert alternatives(bundled, ["tax", "return"]) == alternatives(bundled, "Tax-Return".lower().split("-"))
    assert ("kontaktregisteret",) in alternatives(bundled, ["krr"])


def test_spans_find_multi_word_keys_longest_first() -> None:
    table = SynonymTable({"tax return": ["skattemelding"], "tax": ["skatt"]})
    spans = table.spans(["my", "tax", "return"])
    assert spans[0] == (1, 3, [("skattemelding",)])
    assert (1, 2, [("skatt",)]) in spans


def test_groups_are_two_way_and_stopwords_are_known() -> None:
    table = SynonymTable(groups=[["sfo", "aks"]], stopwords=["og", "Hvordan"])
    assert alternatives(table, ["aks"]) == [("sfo",)]
    assert alternatives(table, ["sfo"]) == [("aks",)]
    assert table.is_stopword("hvordan") and not table.is_stopword("nav")


def test_load_reads_yaml_and_tolerates_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_text("synonyms:\n  Bank ID: bankid\ngroups:\n  - [a1, b1]\nstopwords: [og]\n", encoding="utf-8")
    table = SynonymTable.load(path)
    assert alternatives(table, ["bank", "id"]) == [("bankid",)]
    assert table.is_stopword("og")
    assert SynonymTable.load(tmp_path / "missing.yaml").spans(["bank", "id"]) == []


@pytest.mark.parametrize("content", ["- just a list\n", "synonyms: [a, b]\n", "groups: [a]\n", "synonyms: {a: [\n"])
def test_load_rejects_a_malformed_file_naming_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=r"synonyms\.yaml"):
        SynonymTable.load(path)
