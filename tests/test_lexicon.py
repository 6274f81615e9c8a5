"""The word tables: their look-ups rely on how scripts/make_lexicon.py writes them."""

from __future__ import annotations

from newsdiff import lexicon


def test_background_table_is_sorted_by_stem_for_its_binary_search() -> None:
    lines = [line for line in lexicon._background().split("\n") if line]
    stems = [line.split("\t")[0] for line in lines]
    assert stems == sorted(set(stems))
    assert all(line.count("\t") == 1 and line.split("\t")[1].isdigit() for line in lines)


def test_every_stem_of_the_table_is_found_and_others_are_not() -> None:
    lines = [line.split("\t") for line in lexicon._background().split("\n") if line]
    for stem, value in lines:
        assert lexicon._zipf_value(stem) == value
    for missing in ("", "0", "zzzzzz", "qqq", "ab c", "\uffff"):
        assert lexicon._zipf_value(missing) is None


def test_rarity_orders_common_and_rare_words() -> None:
    assert lexicon.rarity("the") < lexicon.rarity("kremlin") < lexicon.rarity("qwzxv") == 1.0
