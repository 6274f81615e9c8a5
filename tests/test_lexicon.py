"""The word tables: their look-ups rely on how scripts/make_lexicon.py writes them."""

from __future__ import annotations

import pytest

from newsdiff import lexicon
from newsdiff.language import FACT_LANGUAGES

TABLES = ("synonyms_en.tsv", *(f"background_{language}.tsv" for language in FACT_LANGUAGES))


@pytest.mark.parametrize("name", TABLES)
def test_tables_are_sorted_by_stem_for_their_binary_search(name: str) -> None:
    lines = [line for line in lexicon._table(name).split("\n") if line]
    stems = [line.split("\t")[0] for line in lines]
    assert stems == sorted(set(stems))
    assert all(line.count("\t") == 1 and line.split("\t")[1].replace(" ", "").isdigit() for line in lines)


@pytest.mark.parametrize("name", TABLES)
def test_every_stem_of_a_table_is_found_and_others_are_not(name: str) -> None:
    lines = [line.split("\t") for line in lexicon._table(name).split("\n") if line]
    for stem, value in lines:
        assert lexicon._value(name, stem) == value
    for missing in ("", "0", "zzzzzz", "qqq", "ab c", "\uffff"):
        assert lexicon._value(name, missing) is None


def test_synonym_groups_join_synonyms_only() -> None:
    assert lexicon.synonym_groups("phone") & lexicon.synonym_groups("telephon")
    assert not lexicon.synonym_groups("phone") & lexicon.synonym_groups("kremlin")
    assert lexicon.synonym_groups("qwzxv") == frozenset()


def test_rarity_orders_common_and_rare_words() -> None:
    assert lexicon.rarity("the") < lexicon.rarity("kremlin") < lexicon.rarity("qwzxv") == 1.0


@pytest.mark.parametrize(
    ("language", "common", "rare"),
    [
        ("de", "polizei", "entgleis"),  # Polizei, Entgleisung
        ("fr", "polic", "déraill"),  # police, déraillement
        ("es", "polic", "descarril"),  # policía, descarrilamiento
        ("ru", "полиц", "крушен"),  # полиция, крушение
    ],
)
def test_each_language_weighs_its_own_words(language: str, common: str, rare: str) -> None:
    """Two German articles alone still tell "Polizei" from "Entgleisung": each language has its own
    table of how common its words are."""
    assert lexicon.rarity(common, language) < lexicon.rarity(rare, language)
    assert lexicon.rarity("die", "de") < 0.05 < 0.3 < lexicon.rarity("die", "en")  # an article, a verb


def test_a_frequent_word_of_another_language_is_a_common_word_there() -> None:
    assert lexicon.is_common_word("polizei", "de")
    assert not lexicon.is_common_word("habeck", "de")
    assert not lexicon.is_common_word("polizei")  # not an English word


def test_stop_words_are_the_language_s_own() -> None:
    assert {"der", "die", "sagte", "prozent"} <= lexicon.stopwords("de")
    assert {"le", "selon", "déclaré"} <= lexicon.stopwords("fr")
    assert "said" in lexicon.stopwords("en")
    assert "die" not in lexicon.stopwords("en")


def test_the_table_of_nouns_is_sorted_for_its_look_ups() -> None:
    lines = [line.split("\t") for line in lexicon._table("nouns_en.tsv").split("\n") if line]
    words = [word for word, _ in lines]
    assert words == sorted(set(words))
    assert all(kinds.isalpha() and kinds.islower() for _, kinds in lines)
    for word, kinds in lines[:: len(lines) // 500]:
        assert lexicon._value("nouns_en.tsv", word) == kinds


def test_noun_kinds_tell_people_from_things_in_the_plural_too() -> None:
    assert "p" in lexicon.noun_kinds("residents")  # a person
    assert "p" in lexicon.noun_kinds("crew")  # a group of people
    assert "d" in lexicon.noun_kinds("tents")  # an artefact
    assert "p" not in lexicon.noun_kinds("tents")
    assert lexicon.noun_kinds("ships") & lexicon.noun_kinds("vessels")
    assert lexicon.noun_kinds("wolves") == lexicon.noun_kinds("wolf")  # an irregular plural
    assert lexicon.noun_kinds("qwzxv") == frozenset()
