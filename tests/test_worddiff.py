"""Word diffs: whole words change, typography does not count, and the ops rebuild both texts."""

from __future__ import annotations

import itertools
import re

import pytest
from helpers_text import normalised

from newsdiff.model import DiffOp
from newsdiff.worddiff import pair_diff, word_diff

EQ, DEL, INS = DiffOp.EQUAL, DiffOp.DELETE, DiffOp.INSERT


def first_text(ops: tuple[tuple[DiffOp, str], ...]) -> str:
    return "".join(t for op, t in ops if op is not INS)


def second_text(ops: tuple[tuple[DiffOp, str], ...]) -> str:
    return "".join(t for op, t in ops if op is not DEL)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "He called it “fair and final”.", 'He called it "fair and final".', id="curly-vs-straight-double"
        ),
        pytest.param("Trump’s team spoke.", "Trump's team spoke.", id="curly-vs-straight-apostrophe"),
        pytest.param("enemy number one — terrorism", "enemy number one - terrorism", id="em-dash-vs-hyphen"),
        pytest.param("pages 3–5", "pages 3-5", id="en-dash-vs-hyphen"),
        pytest.param("The Kremlin Said", "the kremlin said", id="case"),
        pytest.param("The  talks\tlasted   two\nhours.", "The talks lasted two hours.", id="whitespace-runs"),
        pytest.param("‘Common Enemy’ — “Number One”", "'common enemy' - \"number one\"", id="all-at-once"),
    ],
)
def test_typography_is_not_a_difference(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert ops == ((EQ, a),), "a change that is only typography must show as equal, in the first text"


@pytest.mark.parametrize(
    ("a", "b", "deleted", "inserted"),
    [
        ("The cat sat on the mat.", "The cot sat on the mat.", "cat", "cot"),
        ("The talks lasted two hours.", "The talks took two hours.", "lasted", "took"),
        ("They agreed to normalise them.", "They agreed to normalize them.", "normalise", "normalize"),
        ("The strike began on Monday.", "The strike began on Tuesday.", "Monday", "Tuesday"),
    ],
)
def test_whole_words_change_not_letters(a: str, b: str, deleted: str, inserted: str) -> None:
    ops = word_diff(a, b)
    assert [t for op, t in ops if op is DEL] == [deleted]
    assert [t for op, t in ops if op is INS] == [inserted]
    for op, text in ops:
        if op is not EQ:
            assert re.fullmatch(r"\w+", text), f"{op.value} {text!r} is not a whole word"


def test_insertion_and_deletion_at_the_ends() -> None:
    ops = word_diff("Putin and Trump spoke.", "Putin and Trump spoke by phone on Monday.")
    assert [op for op, _ in ops] == [EQ, INS, EQ]
    assert "".join(t for op, t in ops if op is INS).strip() == "by phone on Monday"
    assert word_diff("", "Some words.") == ((INS, "Some words."),)
    assert word_diff("Some words.", "") == ((DEL, "Some words."),)
    assert word_diff("", "") == ()


def test_identical_texts_are_one_equal_op() -> None:
    text = "According to the Kremlin, the two men agreed to “join forces”."
    assert word_diff(text, text) == ((EQ, text),)


def test_adjacent_ops_are_merged() -> None:
    ops = word_diff("a b c d e f", "a x y z e f")
    kinds = [op for op, _ in ops]
    assert all(x is not y for x, y in itertools.pairwise(kinds)), "two ops of one kind in a row"


PAIRS = [
    (
        "According to the Kremlin, the two men agreed to “join forces in combating common enemy "
        "number one — international terrorism and extremism.”",
        'They "agreed to pool their efforts in the battle against the number one common enemy, '
        'international terrorism and extremism," according to the Kremlin readout.',
    ),
    (
        "The two  agreed to remain in touch by telephone.",
        "THE TWO AGREED TO STAY IN TOUCH BY PHONE.",
    ),
    ("Trump’s team said “yes” – twice.", 'Trump\'s office said "no" - twice, then left.'),
    ("", "Only the second."),
    ("Only the first.", ""),
]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_ops_rebuild_both_texts(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert first_text(ops) == a
    assert normalised(second_text(ops)) == normalised(b)
    assert all(text for _, text in ops), "an op with no text"


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_equal_parts_are_really_equal(a: str, b: str) -> None:
    """Everything marked `=` occurs, in order and up to typography, in the second text."""
    ops = word_diff(a, b)
    equal_tokens = [tok for op, t in ops if op is EQ for tok in normalised(t)]
    rest = iter(normalised(b))
    assert all(tok in rest for tok in equal_tokens)  # subsequence check


@pytest.mark.parametrize(
    ("a", "b", "deleted", "inserted"),
    [
        ("Pay rose 3.5 percent.", "Pay rose 6.5 percent.", "3.5", "6.5"),
        ("About 1,500 dockworkers struck.", "About 1,200 dockworkers struck.", "1,500", "1,200"),
        # digits grouped by spaces, as French, Polish and Russian write them: "1" stayed as shared
        ("Le groupe supprime 1 200 postes.", "Le groupe supprime 1 500 postes.", "1 200", "1 500"),
        (
            "Il a touché 12\u202f000,50 euros.",
            "Il a touché 12\u202f400,50 euros.",
            "12\u202f000,50",
            "12\u202f400,50",
        ),
        ("Zginęło 2 300 osób.", "Zginęło 2 400 osób.", "2 300", "2 400"),
    ],
)
def test_numbers_change_whole(a: str, b: str, deleted: str, inserted: str) -> None:
    """A number is one word: "3.5" becomes "6.5", not "3" becomes "6" with ".5" kept."""
    ops = word_diff(a, b)
    assert [t for op, t in ops if op is DEL] == [deleted]
    assert [t for op, t in ops if op is INS] == [inserted]


# --------------------------------------------------------------------------- marked spans and --strict


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_spans_mark_the_changed_words_of_each_side() -> None:
    a, b = "The talks lasted two hours.", "The talks took two hours."
    diff = pair_diff(a, b, (0, 1))
    assert diff.pair == (0, 1)
    assert marked(a, diff.changed[0]) == ["lasted"]
    assert marked(b, diff.changed[1]) == ["took"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "enemy number one — international terrorism",
            "enemy number one: international terrorism",
            id="dash-vs-colon",
        ),
        pytest.param("They met, and talked.", "They met and talked.", id="comma-left-out"),
        pytest.param("He called it “fair and final”.", 'He called it "fair and final".', id="quotes"),
        pytest.param("THE TALKS LASTED TWO HOURS", "the talks lasted two hours", id="case"),
        pytest.param("The talks\nlasted  two hours.", "The talks lasted two hours.", id="re-wrapped"),
    ],
)
def test_typography_and_punctuation_are_not_marked_unless_strict(a: str, b: str) -> None:
    plain = pair_diff(a, b, (0, 1))
    assert plain.changed == ((), ()), "a change that does not change the fact must not be marked"
    strict = pair_diff(a, b, (0, 1), strict=True)
    assert strict.changed != ((), ()), "--strict shows every difference"
    assert any(op is not EQ for op, _ in strict.ops)


def test_strict_marks_exactly_the_typography() -> None:
    a, b = "Trump’s team said “yes”.", 'Trump\'s team said "yes".'
    diff = pair_diff(a, b, (0, 1), strict=True)
    assert "".join(marked(a, diff.changed[0])) == "Trump’s“”"
    assert "".join(marked(b, diff.changed[1])) == 'Trump\'s""'


@pytest.mark.parametrize(
    ("a", "b", "first", "second"),
    [
        pytest.param("Norvox pays $4.2 billion.", "Norvox pays €4.2 billion.", ["$"], ["€"], id="currency"),
        pytest.param("Norvox pays $4.2 billion.", "Norvox pays €3.9 billion.", ["$4.2"], ["€3.9"], id="sum"),
        pytest.param("Turnout was 45%.", "Turnout was 45 points.", ["%"], ["points"], id="percent"),
        pytest.param(
            "\U0001f1e9\U0001f1ea fans cheered.",
            "\U0001f1ec\U0001f1e7 fans cheered.",
            ["\U0001f1e9\U0001f1ea"],
            ["\U0001f1ec\U0001f1e7"],
            id="flags",
        ),
    ],
)
def test_signs_that_carry_meaning_are_marked(a: str, b: str, first: list[str], second: list[str]) -> None:
    """A currency sign, a percent sign, an emoji are no punctuation: "$" against "€" was unmarked
    (the conflict line alone showed it)."""
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == first
    assert marked(b, diff.changed[1]) == second


def test_an_initialism_is_one_word() -> None:
    """ "p.m." and "U.S." are words: "4 p.m." against "5 p.m." changes the hour, not "4 p"."""
    ops = word_diff("The talks start at 4 p.m. today.", "The talks start at 5 p.m. today.")
    assert [t for op, t in ops if op is DEL] == ["4"]
    assert [t for op, t in ops if op is INS] == ["5"]
    assert pair_diff("The U.S. team won.", "The US team won.", (0, 1)).changed == ((), ())


@pytest.mark.parametrize(
    ("a", "b", "first", "second"),
    [
        pytest.param(
            "The blaze broke out at about 2 p.m. on Saturday.",
            "The blaze started shortly before 2pm on Saturday.",
            ["broke out at about 2 p.m."],
            ["started shortly before 2pm"],
            id="initialism-mid-sentence",
        ),
        pytest.param(
            "Polls shut at 9 p.m. in Velmar.",
            "Polls shut at 9 a.m. in Velmar.",
            ["p.m."],
            ["a.m."],
            id="pm-am",
        ),
        pytest.param(
            "Polls shut at 9 p.m.", "Polls shut at 9 a.m.", ["p.m."], ["a.m."], id="initialism-ends-sentence"
        ),
        pytest.param(
            "Talks began on Jan. 5 in Orlen.",
            "Talks began on Feb. 5 in Orlen.",
            ["Jan."],
            ["Feb."],
            id="month",
        ),
        pytest.param(
            "Dr. Ansel Roe met the U.S. envoy.",
            "Prof. Ansel Roe met the U.K. envoy.",
            ["Dr.", "U.S."],
            ["Prof.", "U.K."],
            id="title-and-initialism",
        ),
        pytest.param(
            "Shares of Velda Inc. fell.", "Shares of Velda Corp. fell.", ["Inc."], ["Corp."], id="company"
        ),
        pytest.param(
            "The blaze began on Saturday.",
            "The blaze began on Sunday.",
            ["Saturday"],
            ["Sunday"],
            id="sentence-stop-stays-out",
        ),
        pytest.param("The vote was no.", "The vote was yes.", ["no"], ["yes"], id="no-is-a-word-at-the-end"),
        pytest.param(
            "He lives at No. 10 now.", "He lives at No. 12 now.", ["10"], ["12"], id="number-after-no"
        ),
    ],
)
def test_an_abbreviation_is_marked_with_its_stop(a: str, b: str, first: list[str], second: list[str]) -> None:
    """The full stop of "p.m.", "Jan.", "Dr." is the word's own, so it is marked with it (it was
    left outside: "[-p.m-]."); a sentence's own full stop stays outside a change of the word
    before it."""
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == first
    assert marked(b, diff.changed[1]) == second


def test_an_abbreviation_with_or_without_its_stop_is_the_same_word() -> None:
    """ "Jan. 5" and "Jan 5" write one date: no change is marked."""
    assert pair_diff("Talks began on Jan. 5.", "Talks began on Jan 5.", (0, 1)).changed == ((), ())


@pytest.mark.parametrize(
    ("a", "b", "deleted"),
    [
        pytest.param(
            "They crossed the Z\u0336a\u0336l\u0336e\u0336 bridge.",
            "They crossed the old bridge.",
            "Z\u0336a\u0336l\u0336e\u0336",
            id="struck-through",
        ),
        pytest.param("नमस्ते दुनिया today", "नमस्कार दुनिया today", "नमस्ते", id="devanagari-vowel-signs"),
    ],
)
def test_a_letter_and_its_combining_marks_change_as_one(a: str, b: str, deleted: str) -> None:
    """A word is its letters and the marks on them: a marker never stands between a letter and its
    mark, which would then sit on the bracket."""
    ops = word_diff(a, b)
    assert [t for op, t in ops if op is DEL] == [deleted]
    assert marked(a, pair_diff(a, b, (0, 1)).changed[0]) == [deleted]


def test_marked_spans_are_trimmed_to_words() -> None:
    """A change that swallows punctuation is marked from its first to its last letter or digit."""
    a = "Putin congratulated him, the Kremlin said."
    b = "Putin congratulated him."
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == ["the Kremlin said"]
    assert diff.changed[1] == ()


def test_spans_point_into_the_second_text_even_when_typography_shifts_it() -> None:
    """Equal runs may differ in length (spaces, quote marks); offsets into the second text follow it."""
    a = "They  met   in Rome on Monday."
    b = "They met in Paris on Monday."
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == ["Rome"]
    assert marked(b, diff.changed[1]) == ["Paris"]


def test_strict_keeps_the_words_both_write_alike_equal() -> None:
    # a capital changed at the start aligned the spaces rather than the words: both whole sentences
    # were struck, "." alone kept
    a = (
        "A bus crashed near the northern town of Halden on Monday afternoon, killing three people and "
        "injuring 12, police said."
    )
    b = "Three people were killed and 12 hurt when a bus left the road just outside Halden on Monday evening."
    ops = word_diff(a, b, strict=True)
    assert (EQ, " Halden on Monday ") in ops
    assert next(t for op, t in ops if op is DEL) == "A"
    assert "".join(t for op, t in ops if op is not INS) == a
    assert "".join(t for op, t in ops if op is not DEL) == b


def test_word_diff_strict_keeps_case_and_quotes_as_changes() -> None:
    ops = word_diff("The Kremlin said", "the kremlin said", strict=True)
    assert [t for op, t in ops if op is DEL] == ["The Kremlin"]
    assert [t for op, t in ops if op is INS] == ["the kremlin"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Sales rose 6% to £318m last year.",
            "Sales rose 6 percent to 318 million pounds last year.",
            id="pounds",
        ),
        pytest.param("Orvik paid $27bn for it.", "Orvik paid 27 billion dollars for it.", id="dollars"),
        pytest.param("Fares rise 4 per cent in May.", "Fares rise 4% in May.", id="per-cent"),
        pytest.param("A ticket costs 250p now.", "A ticket costs £2.50 now.", id="pence"),
        pytest.param(
            "Winds reached 95 km/h on the ridge.",
            "Winds reached 95 kilometres per hour on the ridge.",
            id="kmh",
        ),
        pytest.param(
            "The queue stretched 12 km to the border.",
            "The queue stretched 12 kilometres to the border.",
            id="km",
        ),
        pytest.param("A 70 mph limit applies.", "A 70 miles per hour limit applies.", id="mph"),
        pytest.param("Up to 45 mm of rain fell.", "Up to 45 millimetres of rain fell.", id="mm"),
    ],
)
def test_one_figure_written_two_ways_is_not_marked_unless_strict(a: str, b: str) -> None:
    """ "6%" and "6 percent", "£318m" and "318 million pounds" are one figure: unmarked, as quote
    style is; --strict marks them, as it marks quote style (it was "6[-% to £318m-]")."""
    plain = pair_diff(a, b, (0, 1))
    assert plain.changed == ((), ())
    assert first_text(plain.ops) == a
    assert second_text(plain.ops) == b
    strict = pair_diff(a, b, (0, 1), strict=True)
    assert strict.changed != ((), ())


def test_another_unit_of_one_figure_is_still_marked() -> None:
    a, b = "Winds reached 95 km/h on the ridge.", "Winds reached 95 mph on the ridge."
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == ["km/h"]
    assert marked(b, diff.changed[1]) == ["mph"]


def test_another_figure_written_another_way_is_still_marked() -> None:
    a, b = "Sales rose 6% to £318m last year.", "Sales rose 7 percent to 318 million euros last year."
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == ["6% to £318m"]
    assert marked(b, diff.changed[1]) == ["7 percent to 318 million euros"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Vantor 3 has a 6.7in display.", "The Vantor 3 has a 6.7-inch display.", id="in-inch"
        ),
        pytest.param("Its 6.1-inch screen is bright.", "Its 6.1 inches screen is bright.", id="inch-inches"),
        pytest.param("Runners set off on a 5km loop.", "Runners set off on a 5-km loop.", id="km-hyphen"),
        pytest.param(
            "Runners set off on a 5 km loop.", "Runners set off on a 5-km loop.", id="km-space-hyphen"
        ),
        pytest.param("The dog ate a 10-kg sack.", "The dog ate a 10 kg sack.", id="kg-hyphen"),
        pytest.param(
            "The base model has 256GB of storage.", "The base model has 256 GB of storage.", id="gb"
        ),
        pytest.param("A 5,000mAh battery is fitted.", "A 5000 mAh battery is fitted.", id="mah"),
        pytest.param("The case weighs 210g in all.", "The case weighs 210 grams in all.", id="grams"),
        pytest.param("They walked a 3-mile trail.", "They walked a 3 miles trail.", id="miles"),
    ],
)
def test_a_figure_with_its_unit_written_two_ways_is_one_token(a: str, b: str) -> None:
    # "6.7[-in display-]" / "6.7-{+inch screen+}": the unit read as a change of "in" against "-inch"
    plain = pair_diff(a, b, (0, 1))
    assert plain.changed == ((), ())
    assert first_text(plain.ops) == a
    assert second_text(plain.ops) == b
    assert pair_diff(a, b, (0, 1), strict=True).changed != ((), ())


def test_a_figure_written_two_ways_leaves_the_words_around_it_marked() -> None:
    a, b = "Orvane's phone has a 6.7in display.", "Orvane's phone has a 6.7-inch screen."
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == ["display"]
    assert marked(b, diff.changed[1]) == ["screen"]


@pytest.mark.parametrize(
    ("a", "b", "was", "now"),
    [
        pytest.param("A 6.7in display.", "A 6.9in display.", ["6.7"], ["6.9"], id="other-figure"),
        pytest.param(
            "A 6.7in display.", "A 6.9-inch display.", ["6.7in"], ["6.9-inch"], id="other-figure-other-way"
        ),
        pytest.param("A 5km loop.", "A 5 miles loop.", ["5km"], ["5 miles"], id="other-unit"),
        pytest.param("Only 5 in 10 agreed.", "Only 5in agreed.", ["5 in 10"], ["5in"], id="in-is-a-word"),
    ],
)
def test_another_figure_or_unit_is_still_marked(a: str, b: str, was: list[str], now: list[str]) -> None:
    diff = pair_diff(a, b, (0, 1))
    assert marked(a, diff.changed[0]) == was
    assert marked(b, diff.changed[1]) == now
