"""Normalising, tokenising, folding, stemming and compounds: the shared rules of indexing and querying."""

from __future__ import annotations

from pathlib import Path

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.compounds import joins, split
from frontdesk.knowledge.text import Stemmer, fold, index_terms, max_edits, normalise, split_words, squeeze, word_pairs


def test_normalise_keeps_norwegian_letters_and_drops_other_accents() -> None:
    assert normalise("SØKNAD Æ Å é ü") == "søknad æ å e u"
    assert normalise("Skjærgård") == "skjærgård"
    assert normalise("ä ö") == "æ ø"  # Swedish/German keyboards
    assert normalise("ＢａｎｋＩＤ") == "bankid"  # full-width


def test_split_words_splits_hyphens_and_punctuation_and_drops_symbols() -> None:
    assert split_words("Bank-ID på mobil!") == ["bank", "id", "på", "mobil"]
    assert split_words('"NEAR" AND (x*) \x00 🙂 ---') == ["near", "and", "x"]
    assert split_words("SFO/AKS") == ["sfo", "aks"]


def test_index_words_adds_the_joined_form_of_hyphenated_words() -> None:
    assert index_terms("e-post til BankID-appen og a-b-c") == (
        ["post", "epost", "til", "bankid", "appen", "bankidappen", "og", "abc"],
        {"epost": "e-post", "bankidappen": "bankid-appen", "abc": "a-b-c"},
    )


def test_word_pairs_stay_within_one_line() -> None:
    assert list(word_pairs("ikke bankid\nbrev på papir")) == ["ikke bankid", "brev på", "på papir"]


def test_fold_makes_typed_substitutes_meet_the_real_spelling() -> None:
    assert fold("søknad") == fold("soknad") == fold("soeknad")
    assert fold("førerkort") == fold("forerkort")
    assert fold("lånekassen") == fold("lanekassen") == fold("laanekassen")
    assert fold("særlig") == fold("saerlig")


def test_stemmer_unifies_definite_and_plural_forms() -> None:
    stemmer = Stemmer()
    assert stemmer.keys("skattemeldingen")[0] == stemmer.keys("skattemelding")[0] == stemmer.keys("skattemeldinga")[0]
    assert stemmer.keys("meldekortet")[0] == stemmer.keys("meldekort")[0]
    assert stemmer.keys("barnehageplassen")[0] == stemmer.keys("barnehageplass")[0]
    # "registeret" and "register" only meet on the second pass
    assert set(stemmer.keys("registeret")) & set(stemmer.keys("register"))
    assert stemmer.keys("id") == ("id",)  # short words are left alone


def test_the_c_stemmer_is_in_use_and_stems_every_guide_word_as_the_snowball_reference() -> None:
    # PyStemmer is a dependency for speed only: it must stem exactly as snowballstemmer's pure Python, or an
    # index built on one machine would disagree with queries stemmed on another.
    import Stemmer as pystemmer
    from snowballstemmer.norwegian_stemmer import NorwegianStemmer

    stemmer = Stemmer()
    assert isinstance(stemmer._stemmer, pystemmer.Stemmer)
    words = {w for path in Path(bundled_data_dir(), "guides").rglob("*.md")
             for w in split_words(path.read_text(encoding="utf-8"))}
    assert len(words) > 1000
    reference = NorwegianStemmer()
    assert [stemmer._stemmer.stemWord(w) for w in sorted(words)] == [reference.stemWord(w) for w in sorted(words)]


def test_stemmer_remembers_a_bounded_number_of_words() -> None:
    stemmer = Stemmer()
    stemmer.keys("meldekortet")
    assert stemmer.keys.cache_info().currsize == 1
    assert stemmer.keys.cache_info().maxsize == Stemmer.REMEMBERED


def test_typo_tolerance_scales_with_length() -> None:
    assert [max_edits(w) for w in ("nav", "pasd", "bankid", "skattemelding")] == [0, 1, 1, 2]
    assert max_edits("zzzzqqqq") == 0  # doubled letters count once: "zq" is too short to correct


def test_squeeze_makes_doubled_letters_single() -> None:
    assert squeeze("fullmakt") == squeeze("fulmakt") == "fulmakt"
    assert squeeze("pass") == squeeze("pas") == "pas"
    assert squeeze("oppholdstillatelse") == squeeze("oppholdstilatelse")


def test_split_finds_the_two_known_words_with_linking_letters() -> None:
    known = {"arbeid", "søker", "barnehage", "barne", "hage", "plass", "kontakt", "registeret"}.__contains__
    assert split("arbeidssøker", known) == ("arbeid", "søker")
    assert split("barnehageplass", known) == ("barnehage", "plass")  # the longest known head
    assert split("kontaktregisteret", known) == ("kontakt", "registeret")
    assert split("skattemelding", known) is None
    assert split("abc", known) is None


def test_joins_try_the_linking_letters() -> None:
    assert joins("arbeid", "søker") == ["arbeidsøker", "arbeidssøker", "arbeidesøker"]


def test_snippet_passages_pick_the_sentence_with_most_matched_terms() -> None:
    from frontdesk.knowledge.snippets import best_sentence, make_snippet, sentences

    found = sentences(
        "Søke barnehageplass i kommunen.",
        "Logg inn med BankID.\n\nVelg barnehage og plass i søknaden. Send søknaden.\n\n- Identitet sjekkes.",
    )

    def best(*matched: str) -> str:
        sentence = best_sentence(found, matched)
        assert sentence is not None
        return sentence.text

    assert best("plass") == "Søke barnehageplass i kommunen."  # inside a compound; the first on a tie
    assert best("plass", "søknaden") == "Velg barnehage og plass i søknaden."
    assert best("id") == "Søke barnehageplass i kommunen."  # "id" is no part of "identitet": none holds it
    assert best("bankid") == "Logg inn med BankID."
    assert best() == "Søke barnehageplass i kommunen."
    assert best("send", "søknaden") == "Send søknaden."
    assert make_snippet([], ["plass"]) == ""


def test_a_snippet_is_never_a_lead_in_ending_in_a_colon() -> None:
    from frontdesk.knowledge.snippets import make_snippet, sentences

    passages = sentences("Innbyggeren vil se skatteoppgjøret.", (
        "## Vanlige problemer\n"
        "- **Svindel:** Skatteetaten ber aldri om koder på SMS.\n"
        "- Ytelser med meldekort (dagpenger, AAP):\n"
        "  - pengene kommer etter at meldekortet er sendt.\n"
        "Ta med:"))
    assert make_snippet(passages, ["svindel"]) == "Svindel: Skatteetaten ber aldri om koder på SMS."
    assert make_snippet(passages, ["dagpenger"]) == (
        "Ytelser med meldekort (dagpenger, AAP): pengene kommer etter at meldekortet er sendt.")
    assert passages[-1].text == "Ta med:"  # nothing follows it: kept as it is
