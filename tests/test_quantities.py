"""Figures read as written: a figure of many digits keeps them all, and what reads figures (a
number conflict, a reader's form) neither rounds them nor raises on them."""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from newsdiff.conflicts import conflicts_of
from newsdiff.model import ConflictKind, Fact, Sentence, readable_number
from newsdiff.quantities import implied_points, measures_of, numbers_in, quantity, read_numbers
from newsdiff.segment import extract


def fact(text: str, language: str = "en", article: int = 0) -> Fact:
    return extract(Sentence(article=article, index=0, paragraph=0, text=text), language)


# --------------------------------------------------------------------------- figures of many digits


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The audit put the public debt at 123456789012345678 dollars.", "123456789012345678"),
        ("The audit put the public debt at 123,456,789,012,345,678 dollars.", "123456789012345678"),
        ("The fund was valued at $98765432109876543.21 last week.", "98765432109876543.21"),
        ("The ledger showed 4.123456789012345678 billion units.", "4123456789.012345678"),
        ("The index rose 3.14159265 percent overnight.", "3.14159265%"),
    ],
)
def test_a_figure_of_many_digits_keeps_every_digit(text: str, number: str) -> None:
    """A figure was read as a float: past 17 significant digits it came out rounded
    ("123456789012345680"), and a decimal kept six ("3.14159%")."""
    assert numbers_in(text) == (number,)


def test_a_figure_of_many_digits_is_shown_with_every_digit() -> None:
    read = fact("The audit put the public debt at 123456789012345678 dollars.")
    assert read.readable_numbers == ("$123,456,789,012,345,678",)


def test_two_figures_differing_past_the_seventeenth_digit_disagree() -> None:
    """Both were the float 12345678901234567168: one figure, no conflict."""
    ours = fact("The registry lists the parcel as lot 12345678901234567891, officials said.")
    theirs = fact("The registry lists the parcel as lot 12345678901234567890, officials said.", article=1)
    assert ours.numbers != theirs.numbers
    numbers = [c for c in conflicts_of([ours, theirs]) if c.kind is ConflictKind.NUMBER]
    assert [set(c.values) for c in numbers] == [{"12,345,678,901,234,567,891", "12,345,678,901,234,567,890"}]


@pytest.mark.parametrize("digits", [400, 10_000])
def test_a_figure_longer_than_a_float_is_read_and_weighed_without_raising(digits: int) -> None:
    """Past 309 digits a float is infinite: the figure was dropped. It is read, shown, weighed for a
    conflict and for the nearness of two figures, as a share too, and nothing raises."""
    huge = "7" * digits
    ours = fact(f"The clerk typed {huge} on the form, and {huge}% of it was wrong.")
    theirs = fact(f"The clerk typed 8{huge[1:]} on the form, and 8{huge[1:]}% of it was wrong.", article=1)
    assert ours.numbers == (huge, huge + "%")
    assert readable_number(huge).replace(",", "") == huge
    assert implied_points((*ours.numbers, "5%")) is not None
    assert quantity(huge) is None or quantity(huge) == ("", float(huge))
    numbers = [c for c in conflicts_of([ours, theirs]) if c.kind is ConflictKind.NUMBER]
    assert len(numbers) == 2


def test_a_figure_of_many_digits_is_no_sum_that_floats_round_to_it() -> None:
    """12345678901234567000 and 800 add up to 12345678901234567800, not 12345678901234567891: as
    floats all three sums were one, and the figure was taken for a total of the other two."""
    ours = fact("The registry lists the parcel as lot 12345678901234567891, officials said.")
    theirs = fact(
        "The registry lists the parcel as lot 12345678901234567000 and 800 more, officials said.", article=1
    )
    numbers = [c for c in conflicts_of([ours, theirs]) if c.kind is ConflictKind.NUMBER]
    assert [set(c.values) for c in numbers] == [{"12,345,678,901,234,567,891", "12,345,678,901,234,567,000"}]


# --------------------------------------------------------------------------- totals and margins


def _pairs_worked_out(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    """`conflicts.numbers._without_sums` as it was written before figures looked their pairs up: every pair
    of each article worked out, by what it adds up to and differs by (quadratic), for a figure of an
    article that gives fewer figures."""
    from collections import defaultdict
    from itertools import combinations

    from newsdiff.conflicts.figures import _sizes

    sizes = _sizes(sets)
    made: dict[float, list[tuple[int, str, str]]] = defaultdict(list)
    for other, theirs in sets.items():
        for a, b in combinations(sorted(theirs & sizes.keys()), 2):
            made[round(sizes[a] + sizes[b], 9)].append((other, a, b))
            made[round(abs(sizes[a] - sizes[b]), 9)].append((other, a, b))
    answered: set[tuple[int, str]] = set()
    for article, values in sets.items():
        for v in values & sizes.keys():
            for other, a, b in made.get(sizes[v], ()):
                if len(sets[other]) > len(values) and a not in values and b not in values:
                    answered.update(((article, v), (other, a), (other, b)))
    return {a: {v for v in values if (a, v) not in answered} for a, values in sets.items()}


_FIGURES = st.one_of(
    st.integers(0, 40).map(str),
    st.integers(0, 40).map(lambda n: f"{n / 10:g}"),  # decimals that floats add up inexactly: 0.1 + 0.2
    st.integers(0, 40).map(lambda n: f"{n / 10:g}%"),
    st.integers(0, 40).map(lambda n: f"~{n / 10:g}%"),
    st.integers(1, 9).map(lambda n: f"{n}000000000000000"),  # whole, near FLOAT_INTEGERS
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.frozensets(_FIGURES, max_size=7), min_size=2, max_size=4), st.sampled_from([0, 3, 32]))
def test_totals_and_margins_looked_up_are_those_every_pair_worked_out_gives(
    given_sets: list[frozenset[str]], worked_out: int
) -> None:
    """Each pair of an article of few figures is worked out, and an article of more looks up the
    pairs that make each total: either way the same figures are left as when every pair of each
    article was worked out, whatever the decimals."""
    from unittest.mock import patch

    from newsdiff.conflicts import numbers

    sets = {article: set(values) for article, values in enumerate(given_sets)}
    with patch.object(numbers, "PAIRS_WORKED_OUT", worked_out):
        assert numbers._without_sums(sets) == _pairs_worked_out(sets)


def test_two_sentences_of_a_thousand_amounts_that_add_up_are_weighed_as_every_pair_was() -> None:
    """Two sentences of a thousand amounts each: every pair of each was worked out (a million pairs,
    0.6 s of a compare). Amounts that add up to each other's stop at the first pair found, with the
    outcome of working out every pair. How long it takes is measured by bench/hostile.py
    ("conflicts: sums of amounts"), not here."""
    import random

    from newsdiff.conflicts.numbers import _without_sums

    draw = random.Random(7)
    sets = {article: {f"{draw.randint(1, 1_000)}000000" for _ in range(1_000)} for article in range(2)}
    assert _without_sums(sets) == _pairs_worked_out(sets)


def test_an_article_of_many_figures_sums_up_only_an_article_of_fewer() -> None:
    """Past PAIRS_WORKED_OUT figures, a total one article's pair made (1000 = 400 + 600) was looked
    for again among every article of many figures, one of fewer figures than the total's too: its
    300 and 700 were taken for a sum, against the rule of 8f0b020, and no conflict of theirs shown."""
    from newsdiff.conflicts.numbers import _without_sums

    total = {"1000"} | {str(2**k) for k in range(20, 53)}  # 34 figures
    larger = {"400", "600"} | {str(3 * 2**k) for k in range(20, 53)}  # 35
    smaller = {"300", "700"} | {str(5 * 2**k) for k in range(20, 51)}  # 33
    sets = {0: total, 1: larger, 2: smaller}
    left = _without_sums(sets)
    assert {"300", "700"} <= left[2]
    assert "1000" not in left[0]
    assert left == _pairs_worked_out(sets)


def test_a_figure_of_many_digits_is_no_rounding_of_another() -> None:
    """12345678901234567001 and 12345678901234567891 were one float, and each figure was taken for
    the other written with fewer digits (an article's 12345678901234567001 shown as the other's)."""
    from newsdiff.conflicts.numbers import _rounded_alike

    sets = {0: {"12345678901234567001"}, 1: {"12345678901234567001", "12345678901234567891"}}
    rounded, _ = _rounded_alike(sets, lambda _, v: v, {0: {}, 1: {}})
    assert rounded == sets


# --------------------------------------------------------------------------- versions


_VERSIONS = {
    "en": ("The servers run", "and version"),
    "de": ("Die Rechner laufen mit", "und Version"),
    "fr": ("Les postes tournent sous", "et la version"),
    "es": ("Los equipos usan", "y la versión"),
    "it": ("I computer usano", "e la versione"),
    "pt": ("Os computadores rodam", "e a versão"),
    "nl": ("De computers draaien op", "en versie"),
    "ru": ("Компьютеры работают на", "и версии"),
    "pl": ("Komputery działają na", "i wersji"),
}
"""How each language says that computers run on the products of `_PRODUCTS`, and on a version."""
_PRODUCTS = "Ubuntu 22.04, iOS 17.2, Windows 11, Python 3.12, Android 14, Firefox 120"


@pytest.mark.parametrize("language", sorted(_VERSIONS))
def test_a_version_is_no_time_date_or_share(language: str) -> None:
    """Dutch "draaien op Ubuntu 22.04" was 22 minutes 4 seconds (a bare "m.ss" is a time taken in
    Dutch), "Python 3.12" 3:12; "version 2.4.1" was the figure 2.4 in every language."""
    run_on, and_version = _VERSIONS[language]
    read = fact(f"{run_on} {_PRODUCTS} {and_version} 2.4.1.", language)
    assert read.numbers == ("22.04", "17.2", "11", "3.12", "14", "120")
    assert read.dates == ()


@pytest.mark.parametrize(
    ("language", "text", "time"),
    [
        ("nl", "De versie kwam om 22.04 uur online.", "22:04"),
        ("de", "Die Version kam um 22.04 Uhr.", "22:04"),
        ("fr", "La version est sortie à 22h04.", "22:04"),
        ("en", "The version came out at 10.30pm.", "22:30"),
    ],
)
def test_a_time_beside_a_version_stays_a_time(language: str, text: str, time: str) -> None:
    assert fact(text, language).dates == (time,)


def test_a_time_taken_after_a_name_stays_one_in_a_race() -> None:
    """A bare "m.ss" after a name is a time taken where the sentence tells of a race."""
    assert fact("Bij de NK klokte Jansen op Thialf 1.54.", "nl").numbers == ("0.031667h",)


# --------------------------------------------------------------------------- figures in words


@pytest.mark.parametrize(
    ("text", "numbers", "money"),
    [
        ("The strike lasted two weeks.", ("336h",), ()),
        ("Three quarters of the staff stayed home.", ("~75%",), ()),
        ("The bank cut its rate by half a percentage point.", ("0.5pp",), ()),
        ("Prices fell for three decades.", ("30",), ()),
        ("Fourteen people were hurt.", ("14",), ()),
        ("It cost four million dollars.", ("4000000",), (("4000000", "$"),)),
        ("One in eight residents left.", ("~12.5%",), ()),
        ("Nobody was hurt in the crash.", (), ()),
    ],
)
def test_a_sentence_without_a_digit_gives_the_figures_its_words_write(
    text: str, numbers: tuple[str, ...], money: tuple[tuple[str, str], ...]
) -> None:
    """A sentence of no digit is read for figures only when it holds a word one is written with
    (`quantities._FIGURE_WORDS`): each kind of figure in words is still read."""
    assert read_numbers(text) == (numbers, money)


# --------------------------------------------------------------------------- the minute of a game


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Dalgren opened the scoring in the 12th minute with a header.", ("0.2h",)),
        ("A 58th-minute penalty settled it for Norrby.", ("0.967h",)),
        ("Vesk had a man sent off in the 90th minute.", ("1.5h",)),
        ("Dalgren headed in after 12 minutes.", ("0.2h",)),
    ],
)
def test_the_minute_of_a_game_is_the_length_of_time_played(text: str, numbers: tuple[str, ...]) -> None:
    """ "In the 12th minute" was the count 12, and "after 12 minutes" a length of time: one goal told
    two ways was two numbers that differ, and its pair was scored down as another fact."""
    assert numbers_in(text) == numbers


@pytest.mark.parametrize(
    "text",
    [
        "It was Dalgren's 3rd goal of the season.",
        "He scored in the 5th minute of the second half.",
        "The 200th minute of the hearing passed without a ruling.",
    ],
)
def test_an_ordinal_that_is_no_minute_of_a_game_stays_a_figure(text: str) -> None:
    assert not any(number.endswith("h") for number in numbers_in(text))


def test_a_goal_in_the_34th_minute_and_on_36_minutes_disagree() -> None:
    ours = fact("Rui Almeida equalised for Vesk in the 34th minute.")
    theirs = fact("Rui Almeida equalised for Vesk on 36 minutes.", article=1)
    numbers = [c for c in conflicts_of([ours, theirs]) if c.kind is ConflictKind.NUMBER]
    assert [set(c.values) for c in numbers] == [{"34 minutes", "36 minutes"}]
    same = fact("Rui Almeida equalised for Vesk after 34 minutes.", article=1)
    assert not [c for c in conflicts_of([ours, same]) if c.kind is ConflictKind.NUMBER]


@pytest.mark.parametrize(
    "countdown",
    [
        "20 minutes from time",
        "with 20 minutes remaining",
        "with 20 minutes to go",
        "20 minutes before the end",
    ],
)
def test_a_countdown_of_minutes_is_no_minute_of_the_game(countdown: str) -> None:
    """ "20 minutes from time" tells no minute played: set against "in the 70th minute" it was a false
    conflict of 20 and 70 minutes. Against another countdown it still differs."""
    ours = fact(f"Rui Almeida levelled for Vesk {countdown}.")
    played = fact("Rui Almeida levelled for Vesk in the 70th minute.", article=1)
    assert not [c for c in conflicts_of([ours, played]) if c.kind is ConflictKind.NUMBER]
    other = fact(f"Rui Almeida levelled for Vesk {countdown.replace('20', '25')}.", article=1)
    numbers = [c for c in conflicts_of([ours, other]) if c.kind is ConflictKind.NUMBER]
    assert [set(c.values) for c in numbers] == [{"20", "25"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lumo X weighs 210 grams.", {"210": {"gram"}}),
        ("A 190g phone with a 6.7in screen.", {"190": {"gram"}, "6.7": {"inch"}}),
        (
            "It has 256GB of storage, 1 TB on the Pro, and a 5,000mAh battery.",
            {"256": {"gb"}, "1": {"tb"}, "5000": {"mah"}},
        ),
        (
            "A 3.2GHz chip, a 120Hz screen, a 50MP camera and 65W charging.",
            {"3.2": {"ghz"}, "120": {"hz"}, "50": {"megapixel"}, "65": {"watt"}},
        ),
        # no unit: "in" and "W" apart from the digits, "5G" (a network), "MPs" (members)
        ("It costs 849 in Europe and runs on 5G.", {}),
        ("Some 40 MPs voted against it at 5 W Street.", {}),
    ],
)
def test_units_of_a_devices_specification_are_read(text: str, expected: dict[str, set[str]]) -> None:
    """Review 29 #5: storage, charge, grams and other spec units are measures (`measures_of`), so that
    the conflicts set each only against its like."""
    assert {k: set(v) for k, v in measures_of(text).items()} == expected
