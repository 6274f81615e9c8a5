"""The word tables: their look-ups rely on how scripts/make_lexicon.py writes them."""

from __future__ import annotations

import pytest

from newsdiff import lexicon

TABLES = ("background_en.tsv", "synonyms_en.tsv")


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
