"""Number conflicts a reader would draw: a figure set only against a figure of the same thing (not
passengers against metres, nor a takeover premium against a family's stake), two figures one
article gives side by side never rivals in another's eyes, and one sum given in two currencies no
disagreement. Each case reads its sentences as `compare` does (`segment.extract`), one article each,
all in one group (`conflicts.conflicts_of`)."""

from __future__ import annotations

import pytest
from helpers_conflicts import conflict_reasons

from newsdiff.conflicts import conflicts_of
from newsdiff.model import ConflictKind, Sentence
from newsdiff.segment import extract


def numbers(*texts: str | tuple[str, ...]) -> list[tuple[str, ...]]:
    """The values of each number conflict of a group holding each text (or each text's sentences) as
    one article's."""
    facts = [
        extract(Sentence(article=article, index=index, paragraph=0, text=text))
        for article, given in enumerate(texts)
        for index, text in enumerate((given,) if isinstance(given, str) else given)
    ]
    return [c.values for c in conflicts_of(facts) if c.kind is ConflictKind.NUMBER]


def test_two_figures_one_article_gives_are_no_rivals_in_two_others() -> None:
    """One article gives both the old and the new price; one other gives only the old, a third only
    the new: none disagrees (it was "£5.10, £5.60 · £5.10 · £5.60": the first article's two figures
    packed in one value, and the other two set against each other)."""
    assert (
        numbers(
            "Corlan stock ended at 510 pence on Tuesday, below the 560 pence a share Vestry will pay.",
            "Corlan stock ended at 510p on Tuesday.",
            "Vestry will pay 560 pence a share for Corlan.",
        )
        == []
    )


def test_three_articles_still_disagree_on_one_figure() -> None:
    """Two that agree and one that does not: the one is still set against both."""
    assert numbers(
        "Vestry will pay 560 pence a share for Corlan.",
        "Vestry will pay 560p a share for Corlan.",
        "Vestry will pay 650 pence a share for Corlan.",
    ) == [("£5.60", "£5.60", "£6.50")]


def test_a_count_of_people_is_not_set_against_a_distance() -> None:
    """ "62 people" and "about 300 metres" count other things (it was "62 · about 300 · 62")."""
    assert (
        numbers(
            "The barge had 62 people aboard when it sank about 300 metres off the pier at Lundby.",
            "The barge sank some 300 metres off the pier at Lundby.",
            "The barge, with 62 people aboard, sank near Lundby.",
        )
        == []
    )
    pair = ("The barge sank some 200 metres off the pier.", "The barge, with 62 passengers aboard, sank.")
    assert numbers(*pair) == []


def test_a_count_of_people_against_another_count_of_people_disagrees() -> None:
    assert numbers(
        "The barge had 62 people aboard when it sank off Lundby.",
        "The barge, with 66 passengers aboard, sank off Lundby.",
    ) == [("62", "66")]


def test_a_premium_is_not_set_against_a_stake() -> None:
    """A bid's premium and a family's share of the company are both percentages, of other things
    (it was "27% · 9% · 27%")."""
    assert (
        numbers(
            "Vestry's offer is a premium of 27% to Corlan's last closing price, the firms said.",
            "The Aske family, which owns 9% of the company, backs Vestry's offer, the firms said.",
            "The offer is 27 percent above Corlan's last closing price, the firms said.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "Vestry's offer is a premium of 27% to Corlan's closing price.",
            "Vestry's offer is a premium of 29% to Corlan's closing price.",
            ("27%", "29%"),
            id="premium-and-premium",
        ),
        pytest.param(
            "The Aske family owns 9% of the company.",
            "The Aske family owns an 11% stake in the company.",
            ("9%", "11%"),
            id="share-and-stake",
        ),
        pytest.param(
            "Turnout rose to 64% of voters.",
            "Turnout was 61%, officials said.",
            ("64%", "61%"),
            id="one-says-of-what",
        ),
    ],
)
def test_shares_of_one_thing_still_disagree(first: str, second: str, values: tuple[str, ...]) -> None:
    assert numbers(first, second) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Vestry will buy Corlan in a deal worth £2.4 billion.",
            "Vestry will buy Corlan in a deal worth about 2.8 billion euros.",
            id="rough-conversion",
        ),
        pytest.param(
            "Vestry will buy Corlan in a deal worth £2.4 billion.",
            "Vestry will buy Corlan in a deal worth $3.1 billion.",
            id="exact-conversion",
        ),
        pytest.param(
            "Lyra signed the striker for an initial fee of £60m, rising to £68m with add-ons.",
            "Lyra signed the striker for 70 million euros.",
            id="one-of-two-converted",
        ),
    ],
)
def test_one_sum_in_two_currencies_is_no_number_conflict(first: str, second: str) -> None:
    """An amount converted into another currency is one amount: the sizes come within
    CONVERTED_MONEY_RATIO of each other at `money.DOLLARS_EACH`'s rates."""
    assert numbers(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "Vestry will buy Corlan in a deal worth £2.4 billion.",
            "Vestry will buy Corlan in a deal worth 4 billion euros.",
            ("£2.4 billion", "€4 billion"),
            id="too-far-apart",
        ),
        pytest.param(
            "Vestry will buy Corlan in a deal worth £2.4 billion.",
            "Vestry will buy Corlan in a deal worth €2.4 billion.",
            ("£2.4 billion", "€2.4 billion"),
            id="same-figure-other-currency",
        ),
        pytest.param(
            "Vestry will buy Corlan in a deal worth £2.4 billion.",
            "Vestry will buy Corlan in a deal worth £2.8 billion.",
            ("£2.4 billion", "£2.8 billion"),
            id="one-currency",
        ),
    ],
)
def test_amounts_in_two_currencies_that_no_rate_makes_one_disagree(
    first: str, second: str, values: tuple[str, ...]
) -> None:
    assert numbers(first, second) == [values]


# ----------------------------------------------------------------- ages26: an age is no count


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Okafor, 47, ran three nursing homes that cared for 52 residents.",
            "Okafor, 47, ran three nursing homes that cared for 47 residents.",
            ("52", "47"),
        ),
        (
            "Vance, aged 39, employed 45 drivers at the depot.",
            "Vance, aged 39, employed 39 drivers at the depot.",
            ("45", "39"),
        ),
        (
            "The 63-year-old landlord let out 71 flats in the town.",
            "The 63-year-old landlord let out 63 flats in the town.",
            ("71", "63"),
        ),
        (
            "Brigid Lowry (44) owned 36 homes in the town.",
            "Brigid Lowry (44) owned 44 homes in the town.",
            ("36", "44"),
        ),
        (
            "Mensah, 41, said 27 pupils had been sent home.",
            "Mensah, 41, said 41 pupils had been sent home.",
            ("27", "41"),
        ),
    ],
)
def test_an_age_matches_only_an_age_and_a_count_only_a_count(
    first: str, second: str, values: tuple[str, ...]
) -> None:
    """ "Okafor, 47, ... cared for 52 residents" against "Okafor, 47, ... cared for 47 residents": the
    second article's 47 residents are a count, which the first's age does not give; the counts
    disagree (it was same facts: the 47 was taken for the age both give)."""
    assert numbers(first, second) == [values]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Okafor, 47, was jailed for fraud.", "Okafor, 48, was jailed for fraud.", [("47", "48")]),
        ("Okafor, aged 47, was jailed for fraud.", "The 48-year-old was jailed for fraud.", [("47", "48")]),
        (
            "Okafor, 47, ran three homes that cared for 52 residents.",
            "Okafor, 47, ran three homes that cared for 52 residents.",
            [],
        ),
        (
            "Okafor, 47, ran homes that cared for 47 residents.",
            "Okafor, 47, ran homes that cared for 47 residents.",
            [],
        ),
        ("Okafor, 47, ran three homes.", "Okafor, 47, ran three homes for 52 residents.", []),
        (
            "The climbers, aged 24 and 29, were stranded at 4,100 metres.",
            "Stranded at 4,100 metres were the pair, 24 and 29 years old.",
            [],
        ),
    ],
)
def test_ages_still_disagree_as_ages_and_agree_when_alike(
    first: str, second: str, values: list[tuple[str, ...]]
) -> None:
    """One person's age told otherwise is still a number conflict, however it is written; the same
    figures told alike, or a count only one gives, are none; nor ages listed ("aged 24 and 29")."""
    assert numbers(first, second) == values


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a career in years beside a delay of an hour: two lengths of time too far apart to be one
        (
            '"Leave when we say, not an hour later," said the chief, who has fought fires for 18 years.',
            '"Leave when we tell you, not one hour afterwards," said the chief.',
        ),
        (
            "The captain, who has sailed for 31 years, said help came within an hour.",
            "The captain said help came within one hour.",
        ),
        # the people of a town beside the land a fire burned
        (
            "The fire began on Tuesday above Redvale, a town of 12,000 people.",
            "The fire started on Tuesday near the town of Redvale and had burned 12,400 hectares.",
        ),
        (
            "Floodwater reached Marrick, a village of 3,100 people, on Sunday.",
            "Floodwater reached Marrick on Sunday after covering 3,000 acres of farmland.",
        ),
        # buildings destroyed beside the land burned
        (
            "By Wednesday the fire had destroyed at least 140 buildings, officials said.",
            "By Wednesday the fire had burned 14,200 hectares, officials said.",
        ),
        (
            "The storm wrecked 260 vehicles across the valley on Sunday.",
            "The storm flooded 240 square kilometres across the valley on Sunday.",
        ),
        # another side's score beside a lead in points
        (
            "Harwick moved to 30 points from 12 games, while Dunmore drew 4-4 with Selby on Saturday.",
            "Harwick have 30 points from 12 games and sit three points clear at the top.",
        ),
        (
            "Ferrow reached 41 points after 18 rounds; Linmouth, in second, lost 2-0 to Cobb on Sunday.",
            "Ferrow have 41 points after 18 rounds and are five points clear, the league said.",
        ),
    ],
)
def test_figures_of_different_things_do_not_disagree(first: str, second: str) -> None:
    assert numbers(first, second) == []


def test_people_kept_for_a_count_of_people_meet_no_area_once_that_count_is_gone() -> None:
    """A village's people stay in dispute while a third article also counts people ("5,000 people
    were told to leave"); once that count is weighed out, they are no rival of the land the others
    say burned, in acres or hectares (six/ #1 set "a town of 12,000 people" against 30,640 acres)."""
    conflicts = numbers(
        "The blaze began near Ostry on Monday and had burned 8,100 hectares (20,015 acres) by Tuesday.",
        "The blaze began on Monday above Ostry, a village of 8,000 people in the hills.",
        "The blaze has torched 20,000 acres since Monday, and 5,000 people were told to leave.",
    )
    assert not any("8,000" in value for values in conflicts for value in values)


def test_people_against_people_still_disagree_beside_an_area() -> None:
    """The control: the village's people against another count of its people, with an area beside."""
    conflicts = numbers(
        "The blaze began on Monday above Ostry, a village of 8,000 people, and burned 8,100 hectares.",
        "The blaze began on Monday above Ostry, a village of 6,500 people, and burned 8,100 hectares.",
    )
    assert conflicts == [("8,000", "6,500")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "He was jailed for eight years on Friday.",
            "He was jailed for eight months on Friday.",
            ("8 years", "8 months"),
        ),
        (
            "He was jailed for three years on Friday.",
            "He was jailed for 18 months on Friday.",
            ("3 years", "18 months"),
        ),
        (
            "The fire began on Tuesday above Redvale, a town of 12,000 people.",
            "The fire began on Tuesday above Redvale, a town of 12,400 people.",
            ("12,000", "12,400"),
        ),
        (
            "Harwick won 5-4 on penalties at Selby on Saturday.",
            "Harwick won 5-3 on penalties at Selby.",
            ("5-4", "5-3"),
        ),
    ],
)
def test_figures_of_one_thing_still_disagree(first: str, second: str, expected: tuple[str, ...]) -> None:
    assert numbers(first, second) == [expected]


def test_a_score_against_one_written_in_words_still_disagrees() -> None:
    """A score in words is one value, shown as a score (`quantities._worded_scores`)."""
    assert numbers(
        "The court ruled 5-4 in favour of the state on Monday.",
        "The court ruled by six votes to three in favour of the state on Monday.",
    ) == [("5-4", "6-3")]


def test_a_score_against_its_figures_in_digits_still_disagrees() -> None:
    """A score is split into its figures to meet a vote another article writes in figures."""
    assert numbers(
        "The court ruled 5-4 in favour of the state on Monday.",
        "The court ruled by 6 votes to 3 in favour of the state on Monday.",
    ) == [("4, 5", "3, 6")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "Governor Ilse Varga said the decision was taken by a vote of seven to two.",
            "Governor Ilse Varga said the rate committee voted six to three in favour.",
            [("7-2", "6-3")],
            id="a-vote-in-words",
        ),
        pytest.param(
            "The Ostby council approved the tram plan by seven votes to two on Tuesday.",
            "The Ostby council approved the tram plan 7-2 on Tuesday.",
            [],
            id="words-and-digits-agree",
        ),
        pytest.param(
            "Harl Rovers won three to one at Selby on Saturday.",
            "Harl Rovers won 3-2 at Selby on Saturday.",
            [("3-1", "3-2")],
            id="a-match",
        ),
        pytest.param(
            "Support for the plan rose from two to five councillors on Tuesday.",
            "Support for the plan rose from two to six councillors on Tuesday.",
            [("5", "6")],
            id="a-change-is-no-score",
        ),
        pytest.param(
            "The Ostby appeals court voted seven to two to strike down the ferry levy on Monday.",
            "Seven of the nine Ostby appeals judges struck down the ferry levy on Monday.",
            [],
            id="the-voters-counted",
        ),
        pytest.param(
            "The Ostby appeals court ruled 7-2 to strike down the ferry levy on Monday.",
            "Seven of the nine Ostby appeals judges struck down the ferry levy on Monday.",
            [],
            id="the-voters-of-a-score-counted",
        ),
    ],
)
def test_a_vote_in_words_is_one_value(first: str, second: str, expected: list[tuple[str, ...]]) -> None:
    """ "Seven to two" against "six to three" showed as 7 against 6 (review 28, #8): a vote in words
    is read whole, as "7-2" is."""
    assert numbers(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The fryers sold for between $89 and $129 at major retailers.",
            "The fryers sold for $89 to $129.99 at major retailers.",
        ),
        (
            "Tickets for the tour cost between £45 and £59 at the box office.",
            "The dearest ticket for the tour costs £59.50 at the box office.",
        ),
        (
            "The heaters sold for between $40 and $70 in shops.",
            "The heaters sold for $39.99 in shops, the agency said.",
        ),
    ],
)
def test_a_price_range_in_whole_units_keeps_its_cents(first: str, second: str) -> None:
    assert numbers(first, second) == []


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The fryers sold for $89 to $139 at major retailers.", ("$89–$129", "$139")),
        ("The dearest fryer sold for $130.50 at major retailers.", ("$89–$129", "$130.50")),
    ],
)
def test_a_price_past_a_range_by_a_unit_or_more_still_disagrees(
    second: str, expected: tuple[str, ...]
) -> None:
    assert numbers("The fryers sold for between $89 and $129 at major retailers.", second) == [expected]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The army freed 38 rebels on Sunday, including two officers held since May.",
            "The army freed 40 rebels on Sunday.",
            ("38", "40"),
        ),
        (
            "Rescuers pulled 57 miners from the shaft, among them four with burns.",
            "Rescuers pulled 61 miners from the shaft.",
            ("57", "61"),
        ),
        (
            "The clinic laid off 120 staff, of whom 30 were nurses, the union said.",
            "The clinic laid off 150 staff, the union said.",
            ("120", "150"),
        ),
    ],
)
def test_a_part_a_figure_includes_is_not_added_to_it(
    first: str, second: str, expected: tuple[str, ...]
) -> None:
    """ "38 rebels, including two officers" are 38, not 38 + 2: against another article's 40 they
    disagree (they were taken for a total and its parts, and the group showed no conflict)."""
    assert numbers(first, second) == [expected]


def test_two_figures_side_by_side_still_make_a_total() -> None:
    """The control: "184 passengers and six crew" are the "190 people on board" of another."""
    assert (
        numbers(
            "The jet carried 184 passengers and six crew when it landed at Corvale.",
            "The jet carried 190 people when it landed at Corvale.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The tanker sank about 200 nautical miles west of Ireland.",
            "The tanker sank about 370 km west of Ireland.",
        ),
        (
            "The trawler was seized 12 nautical miles off the coast.",
            "The trawler was seized 22 kilometres off the coast.",
        ),
        ("The yacht was found 50 nmi south of the cape.", "The yacht was found 93 km south of the cape."),
    ],
)
def test_nautical_miles_are_one_length_with_kilometres(first: str, second: str) -> None:
    """A nautical mile is 1.852 km: "200 nautical miles" is "370 km" (it was "≠ about 200 · about 370 km")."""
    assert numbers(first, second) == []


def test_nautical_miles_far_from_kilometres_still_disagree() -> None:
    assert numbers(
        "The tanker sank 200 nautical miles west of Ireland.",
        "The tanker sank 200 km west of Ireland.",
    ) == [("200 nautical miles", "200 km")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The fire had burned 30,640 acres by Wednesday evening.",
            "The fire had burned 31,000 acres by Wednesday evening.",
        ),
        (
            "The storm left 41,870 homes without power on Monday.",
            "The storm left 42,000 homes without power on Monday.",
        ),
    ],
)
def test_a_whole_figure_written_to_the_thousand_rounds_a_close_one(first: str, second: str) -> None:
    """ "31,000 acres" is "30,640 acres" rounded: no disagreement."""
    assert numbers(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The convoy drove 800 km to the border.",
            "The convoy drove 820km to the border.",
            ("800 km", "820 km"),
        ),
        (
            "The storm left 41,870 homes without power.",
            "The storm left 44,000 homes without power.",
            ("41,870", "44,000"),
        ),
        (
            "The dam holds 9,480 tonnes of silt.",
            "The dam holds 9,500 tonnes of silt.",
            ("9,480 tonnes", "9,500 tonnes"),
        ),
    ],
)
def test_a_whole_figure_not_round_enough_or_too_far_still_disagrees(
    first: str, second: str, expected: tuple[str, ...]
) -> None:
    """A rounding needs the rounder written to the thousand and the figure within half of it."""
    assert numbers(first, second) == [expected]


def test_a_four_digit_figure_is_shown_with_its_thousands_separator() -> None:
    """ "9,500" as news writes it (it was "9500" beside "12,000"); a year stays "2019"."""
    assert numbers(
        "Some 9,500 people fled the town on Tuesday.",
        "Some 12,000 people fled the town on Tuesday.",
    ) == [("about 9,500", "about 12,000")]
    assert numbers("The plane dropped 8,500 metres.", "The plane dropped 7,200 metres.") == [
        ("8,500 metres", "7,200 metres")
    ]
    assert numbers("The bridge opened in 2019.", "The bridge opened in 2017.") == [("2019", "2017")]


def test_a_rounding_another_keeps_is_still_shown_against_its_rival() -> None:
    """ "some 8,500" is kept by another article's 8,500, yet a third's "some 9,500" disputes it: the
    first article shows its 8,500, not only the "at least 140" it gives beside (it read "at least 140 ·
    8,500 · at least 140, about 9,500", as though 140 were in dispute)."""
    assert numbers(
        "A wildfire forced some 8,500 people from their homes and destroyed at least 140 buildings.",
        "The wildfire has burned 14,200 hectares and forced the evacuation of 8,500 people, officials said.",
        "A wildfire forced some 9,500 people from their homes and destroyed at least 140 buildings.",
    ) == [("about 8,500", "8,500", "about 9,500")]  # (140 buildings: no rival of people, as 8,500 are)


def test_a_figure_of_one_nationality_is_set_against_the_same_nationalitys() -> None:
    """A swap of prisoners: what a figure counts is read from the people named after it ("five
    Americans", "seven Germans"), so one article's count of Americans meets the other's count of
    Americans, never its count of Germans (it was no conflict: "6" of each side matched)."""
    found = numbers(
        "Moscow freed five Americans while Washington released seven Germans in the deal.",
        "Moscow freed seven Americans, and Washington seven Germans.",
    )
    assert found == [("5", "7")]


def test_nationalities_without_a_regular_ending_are_read() -> None:
    """People named without "-ians"/"-ese" ("Swedes", "Swiss", "Poles", "Dutch", "French") are read
    as the nation's too: a swap of the two counts is two conflicts (it was none: "4" and "2" on each
    side matched), and "Polish nationals" are the "Poles" another article counts."""
    found = numbers(
        "Among the climbers rescued were four Swedes and two Swiss, the guides said.",
        "Among the climbers rescued were two Swedes and four Swiss, the guides said.",
    )
    assert sorted(found) == [("2", "4"), ("4", "2")]
    found = numbers(
        "Five tourists died: three Dutch and two French, the consulate said.",
        "Five tourists died: two Dutch and three French, the consulate said.",
    )
    assert sorted(found) == [("2", "3"), ("3", "2")]
    found = numbers(
        "The dead included three Polish nationals and one German, the embassy said.",
        "The dead included two Poles and one German, the embassy said.",
    )
    assert found == [("3", "2")]


def test_a_previous_record_is_no_rival_of_the_new_reading() -> None:
    """A figure told as an earlier value ("the old record of 45.3C, set in 2003", "the previous high
    of", "a 1994 reading of") is set only against other articles' earlier values, never against the
    new reading (it was "45.3°C · 46.1°C"); two earlier values that differ still are a conflict."""
    assert (
        numbers(
            "The old record of 45.3C, set in 2003, fell on Sunday, the weather service said.",
            "The town recorded 46.1C on Sunday, a new record, the weather service said.",
        )
        == []
    )
    assert numbers(
        "Forecasters said the 46.1C measured on Sunday beat a 1994 reading of 45.3C.",
        "The town recorded 46.4C on Sunday, a new record, forecasters said.",
    ) == [("46.1°C", "46.4°C")]
    assert numbers(
        "The town hit 46.1C on Sunday, beating the previous high of 45.3C, forecasters said.",
        "The town hit 46.1C on Sunday, forecasters said, beating the former record of 44.9C.",
    ) == [("45.3°C", "44.9°C")]


def test_figures_of_other_nationalities_are_no_rivals() -> None:
    """Four Britons and nine Canadians are two counts, not one count told two ways."""
    assert numbers("Four Britons were among those rescued.", "Nine Canadians were among those rescued.") == []


def test_the_dead_are_never_set_against_the_injured() -> None:
    """What a figure counts is read per figure: the dead ("killing 80", "the death toll rose to 95")
    against the dead, the injured ("600 were hurt, 120 of them critically") against the injured; a
    count of the injured is never a rival of a toll (it was "120 · 95")."""
    found = numbers(
        "Officials said 600 people were hurt, 120 of them critically, after the blast.",
        "The death toll from the blast rose to 95, officials said, and 640 people were injured.",
    )
    assert all("95" not in values and "120" not in values for values in found)
    assert found == [("600", "640")]


def test_a_count_of_buildings_is_no_rival_of_a_count_of_people() -> None:
    """ "At least 30 buildings" and "at least 34 people" count two things: no figure in dispute (it
    was "at least 30 · at least 34")."""
    found = numbers(
        "The mayor said crews were clearing the debris of at least 30 buildings.",
        "At least 34 people have died in the floods, the mayor said.",
    )
    assert found == []


def test_a_conversion_an_article_gives_in_brackets_is_not_in_dispute() -> None:
    """ "40 km (25 miles)" is one measure: of three articles, the figure in dispute is the magnitude
    ("7.1 · 7.3"), not the miles (they were listed as "25 miles" beside the others' figures), nor a
    length two articles agree on, which is no rival of a magnitude ("measured 7.3 in magnitude")."""
    found = numbers(
        "The quake was centred 40 km (25 miles) east of the port at a depth of 12 km (7 miles).",
        "The quake, of magnitude 7.1, was centred 40km east of the port at a depth of 12km.",
        "The quake struck at a depth of 12 kilometres and measured 7.3 in magnitude.",
    )
    assert found == [("7.1", "7.3")]  # (not "40 km", which two give and none disputes)


def test_a_year_after_the_dead_counts_none_of_them() -> None:
    """ "Nine were killed in 2019" tells a year, not a count of the dead: the years are set against
    each other as ever, while the injured and the dead are told apart."""
    found = numbers(
        "Nine were killed in 2019 when the bridge fell, and 40 were injured.",
        "The bridge fell in 2018, killing nine and injuring 40.",
    )
    assert ("2019", "2018") in found


@pytest.mark.parametrize(
    ("story", "update"),
    [
        (
            "A bus carrying 52 people overturned near Dorsk on Friday, killing at least 14 people.",
            "Police now say at least 14 people were killed when the bus overturned, up from nine earlier.",
        ),
        (
            "The blaze destroyed 230 homes and killed 6 people in the valley.",
            "Six people have died in the valley blaze, up from four reported in the morning.",
        ),
        (
            "Flooding forced 1,200 residents from their homes and injured 35 people, the mayor said.",
            "The mayor now says 35 people were hurt in the flooding, up from 20.",
        ),
    ],
)
def test_a_figure_beside_the_dead_is_never_set_against_them(story: str, update: str) -> None:
    """The people aboard, the homes, the residents a sentence counts beside its dead or injured count
    something else: an update's earlier toll ("up from nine") is not their rival ("≠ 52 · 9")."""
    assert numbers(story, update) == []


def test_a_figure_beside_the_dead_still_meets_one_that_counts_nothing_told() -> None:
    """A bus carrying 52 people against one carrying 60, though only one of them counts the dead."""
    found = numbers(
        "A bus carrying 52 people overturned near Dorsk on Friday, killing at least 14 people.",
        "A bus carrying 60 people overturned near Dorsk on Friday, police said.",
    )
    assert found == [("52", "60")]


def test_thousands_parted_by_a_plain_space_are_one_figure() -> None:
    """ "2 500 000 dollars" is $2.5 million, as "2,500,000 dollars" writes it, and not "$2,400,000"
    (it was read as 2, 500 and $0); a year before a count is two figures."""
    one = "The appeal has collected 2 500 000 dollars so far, the organisers said."
    assert numbers(one, "The appeal has collected 2,500,000 dollars so far, the organisers said.") == []
    assert numbers(one, "The appeal has collected 2,400,000 dollars so far, the organisers said.") != []
    assert numbers("Some 40 000 fans filled the stadium.", "Some 40,000 fans filled the stadium.") == []
    assert numbers("In 2021 300 fans filled the stand.", "In 2021 300 fans filled the stand.") == []


@pytest.mark.parametrize(
    ("first", "second", "differ"),
    [
        ("Tromsø showed -13F at dawn.", "Tromsø showed minus 25C at dawn.", False),
        ("Tromsø showed −13°F at dawn.", "Tromsø showed -25 °C at dawn.", False),
        ("Tromsø showed -8C at dawn.", "Tromsø showed 8C at dawn.", True),
        ("Tromsø showed minus 25C at dawn.", "Tromsø showed -13C at dawn.", True),
        ("Tromsø showed -13F at dawn.", "Tromsø showed 25C at dawn.", True),
        ("Tromsø showed minus 25C at dawn.", "Tromsø showed -5 °C at dawn.", True),
        ("Tromsø showed 22 degrees below zero.", "Tromsø showed -22C.", False),
        ("Tromsø showed minus 8 degrees.", "Tromsø showed 8 degrees.", True),
    ],
)
def test_a_temperature_below_zero_keeps_its_sign(first: str, second: str, differ: bool) -> None:
    """A minus before a reading ("-13F", "−13°F", "minus 25C") is below zero: -13°F is -25°C, and
    -8°C is not 8°C (the sign was dropped: "≠ 13°F · 25°C", and -8C against 8C no disagreement);
    -25°C and -5°C are two readings, though five times apart (a ratio tells nothing on the scale)."""
    assert bool(numbers(first, second)) is differ


def test_a_change_of_temperature_converts_without_the_offset() -> None:
    """A fall "by 27F" is one "by 15C" (27 × 5/9): a change, not a reading (27°F is -2.8°C);
    "9 degrees Fahrenheit warmer" is "5C warmer", and not "8C warmer"."""
    assert numbers("Highs will drop by 27F on Friday.", "Highs will drop by 15C on Friday.") == []
    assert numbers("Friday will be 9 degrees Fahrenheit warmer.", "Friday will be 5C warmer.") == []
    assert numbers("Friday will be 9 degrees Fahrenheit warmer.", "Friday will be 8C warmer.") != []


def test_degrees_of_no_scale_are_not_read_as_celsius() -> None:
    """ "104 degrees" in an American report is 104°F, 40°C: not set against "40C" (it was "≠ 104 ·
    40°C"); against "46C" it is neither scale's reading and differs."""
    assert numbers("Tucson hit 104 degrees on Monday.", "Tucson hit 40C on Monday.") == []
    assert numbers("Tucson hit 104 degrees on Monday.", "Tucson hit 46C on Monday.") != []


@pytest.mark.parametrize(
    ("first", "second", "differ"),
    [
        (
            "The minister was jailed for more than four years on Tuesday.",
            "The minister was jailed for five years on Tuesday.",
            False,
        ),
        (
            "At least 5 people died in the fire on Tuesday.",
            "Seven people died in the fire on Tuesday.",
            False,
        ),
        ("At least 5 people died in the fire on Tuesday.", "Three people died in the fire on Tuesday.", True),
        ("Fewer than 4 ships were hit on Tuesday.", "Six ships were hit on Tuesday.", True),
    ],
)
def test_a_bound_on_a_figure_under_ten_keeps_what_it_says(first: str, second: str, differ: bool) -> None:
    """ "more than four years" and "five years" agree, as "more than 40 months" and 45 do: a figure
    under ten, too common to be close to another by chance, had no size as a bound, so the bound was
    never weighed ("≠ at least 4 years · 5 years")."""
    assert bool(numbers(first, second)) is differ


def number_sides(*texts: str) -> list[tuple[tuple[int, ...], tuple[str, ...]]]:
    """The articles and values of each number conflict of a group holding one sentence an article."""
    facts = [extract(Sentence(article=a, index=0, paragraph=0, text=text)) for a, text in enumerate(texts)]
    return [(c.articles, c.values) for c in conflicts_of(facts) if c.kind is ConflictKind.NUMBER]


@pytest.mark.parametrize(
    ("texts", "sides"),
    [
        pytest.param(
            (
                "Turnout in the Ostmark vote was 71.3%, officials said.",
                "About seven in ten voters in Ostmark cast a ballot.",
                "Turnout in the Ostmark vote reached 68.1%.",
            ),
            [((0, 2), ("71.3%", "68.1%"))],
            id="a-share-in-words-fitting-both",
        ),
        pytest.param(
            (
                "More than 200 people were evacuated from Karlow on Monday.",
                "Police evacuated 214 people from Karlow on Monday.",
                "Police evacuated 251 people from Karlow on Monday.",
            ),
            [((1, 2), ("214", "251"))],
            id="a-bound-fitting-both",
        ),
        pytest.param(
            (
                "About 2,000 fans marched through Velden on Saturday.",
                "Exactly 2,040 fans marched through Velden on Saturday.",
                "A crowd of 1,980 fans marched through Velden on Saturday.",
            ),
            [((1, 2), ("2,040", "1,980"))],
            id="a-rounding-fitting-both",
        ),
        pytest.param(
            (
                "Turnout in the Ostmark vote was 71.3%, officials said.",
                "About seven in ten voters in Ostmark cast a ballot.",
                "Turnout in the Ostmark vote reached 68.1%.",
                "Turnout in the Ostmark vote was 71.3%.",
            ),
            [((0, 2, 3), ("71.3%", "68.1%", "71.3%"))],
            id="four-articles",
        ),
        pytest.param(
            (
                "More than 200 people were evacuated from Karlow on Monday.",
                "Police evacuated 214 people from Karlow on Monday.",
                "Police evacuated 190 people from Karlow on Monday.",
            ),
            [((0, 1, 2), ("at least 200", "214", "190"))],
            id="a-bound-one-figure-breaks-stays",
        ),
        pytest.param(
            (
                "Turnout in the Ostmark vote was 81.3%, officials said.",
                "About seven in ten voters in Ostmark cast a ballot.",
                "Turnout in the Ostmark vote reached 68.1%.",
            ),
            [((0, 1, 2), ("81.3%", "about seven in ten", "68.1%"))],
            id="a-share-in-words-fitting-one-stays",
        ),
        pytest.param(
            (
                "At least 13 people died in the Karlow floods.",
                "At least 16 people died in the Karlow floods.",
                "The Karlow floods killed 34 people.",
            ),
            [((0, 1, 2), ("at least 13", "at least 16", "34"))],
            id="two-bounds-apart-stay",
        ),
    ],
)
def test_an_article_agreeing_with_every_other_is_no_side(
    texts: tuple[str, ...], sides: list[tuple[tuple[int, ...], tuple[str, ...]]]
) -> None:
    """Of three articles or more, one whose bound or rounding fits every other article's figure
    agrees with all and is no side of their conflict; one that a figure breaks stays."""
    assert number_sides(*texts) == sides


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        pytest.param("for six years and four months", ("6 years 4 months", "7 years"), id="years-and-months"),
        pytest.param("for six years and one month", ("6 years 1 month", "7 years"), id="one-month"),
        pytest.param("for six and a half years", ("6.5 years", "7 years"), id="a-half-as-written"),
    ],
)
def test_years_and_months_are_shown_as_written(first: str, expected: tuple[str, ...]) -> None:
    """ "Six years and four months" showed as "6.33 years" (review 28, #8)."""
    assert numbers(
        f"Judge Amara Quell jailed Teodor Brannick {first} at Selby Crown Court on Friday.",
        "Judge Amara Quell jailed Teodor Brannick for seven years at Selby Crown Court on Friday.",
    ) == [expected]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("Brannick was jailed for six years and four months.", ("6 years 4 months",), id="years"),
        pytest.param("The Ostby council voted seven to two for the plan.", ("7-2",), id="a-vote"),
        pytest.param("The Ostby council approved the plan by six votes to three.", ("6-3",), id="votes"),
        pytest.param(
            "The quake struck at a depth of 10 km, 25 miles from Kavala.", ("10 km", "25 miles"), id="units"
        ),
        pytest.param(
            "The temperature fell to -4F (minus 20C) in Velden.",
            ("4°F below zero", "20°C below zero"),
            id="signs",
        ),
        pytest.param("He served 8 years of a 12-year term.", ("8 years", "12 years"), id="a-term"),
        pytest.param(
            "The ferry cost £450 million and weighs 9,000 tonnes.",
            ("£450 million", "9,000 tonnes"),
            id="money",
        ),
    ],
)
def test_the_facts_view_shows_figures_as_the_conflicts_do(text: str, shown: tuple[str, ...]) -> None:
    """The facts view writes a figure as a conflict shows it (`figures_compared`)."""
    from newsdiff.conflicts import figures_compared
    from newsdiff.model import Sentence
    from newsdiff.segment import extract

    assert figures_compared(extract(Sentence(article=0, index=0, paragraph=0, text=text), "en")) == shown


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # storage against a weight: no rivals; the charge disagrees, with its unit
        (
            ("The Lumo X has 256GB of storage and a 5,000mAh battery.", "The Lumo X weighs 210 grams."),
            [],
        ),
        (
            (
                "The Lumo X has a 6.7-inch screen, 256GB of storage and a 5,000mAh battery.",
                "It has a 17 cm display, 256 GB of storage and a 4,500 mAh battery.",
            ),
            [("5,000 mAh", "4,500 mAh")],
        ),
        (
            (
                "The Lumo X has a 6.7in display, 512GB of storage and a 50MP camera.",
                "The Lumo X has a 6.7-inch display, 256GB of storage and a 50MP camera.",
            ),
            [("512 GB", "256 GB")],
        ),
        # a spec figure is no rival of a price
        (("A 512GB Lumo X costs $899.", "The Lumo X costs $799."), [("$899", "$799")]),
        (("The 1TB Lumo X costs $1,199.", "The Lumo X weighs 190g and costs $1,199."), []),
        # a charger's power and a screen's rate
        (
            ("The Lumo X charges at 65W and its screen runs at 120Hz.", "The Lumo X charges at 45W."),
            [("65 W", "45 W")],
        ),
    ],
)
def test_figures_of_other_sorts_are_not_set_against_each_other(
    texts: tuple[str, ...], expected: list[tuple[str, ...]]
) -> None:
    """Review 29 #5: "256GB" was set against "weighs 210 grams", "512" (GB) against "$799": a figure
    in a unit of a device's specification is a measure of its kind, set only against its like, and
    shown with its unit."""
    assert numbers(*texts) == expected


def test_prices_in_two_currencies_an_article_tells_apart_are_weighed_by_currency() -> None:
    """Review 29 #5/#7: "849 euros" was weighed as another's "$899" and shown as "899"; "€849" was
    set against "$849" as a wrong currency. An article that gives a price in dollars and one in euros
    tells them apart: each currency is weighed against its own, and every value shown is written."""
    assert numbers(
        "A 512GB Lumo X costs $899.",
        "In Europe the Lumo X costs 849 euros.",
        "It costs $799 in the US and €849 in Europe.",
    ) == [("$899", "$799")]
    assert numbers(
        "The Lumo X costs $799 in the US and €849 in Europe.",
        "The Lumo X costs $849 in the US.",
        "The Lumo X costs $799, or €849 in Europe.",
    ) == [("$799", "$849", "$799")]


def test_one_amount_in_two_currencies_still_disagrees_when_no_article_tells_them_apart() -> None:
    """No article gives amounts in two currencies: one figure in two is still a wrong currency."""
    assert numbers(
        "Velmar will invest €300 million in the plant.", "Velmar will invest $300 million in the plant."
    ) == [("€300 million", "$300 million")]


def test_a_figure_weighed_as_another_is_shown_as_its_article_writes_it() -> None:
    """Review 29 #5/#7: "849 euros" was shown as "899" and "6.7-inch" as a bare "17": the figures they
    were weighed as (another article's, converted), once an article giving more figures was cut to
    the nearest (`_nearest_counterparts`). Each article shows its own figure, in its unit."""
    assert numbers(
        "The Lumo X costs $899.",
        "The Lumo X costs 849 euros.",
        "The Lumo X costs $799 or $1,299 with a case.",
    ) == [("$899", "€849", "$799")]
    assert numbers(
        "The Lumo X has a 6.7-inch screen.",
        "The Lumo X has a 17 cm screen.",
        "The Lumo X has a 15 cm screen or a 19 cm one.",
    ) == [("6.7 inches", "17 cm", "19 cm")]


# --------------------------------------------------------------------------- what a conflict tells


@pytest.mark.parametrize(
    ("first", "second", "values", "reason"),
    [
        pytest.param(
            "The storm killed 40 people and injured 120, officials said.",
            "The storm killed 47 people and injured 120, officials said.",
            ("40", "47"),
            "the dead counted",
            id="the-dead",
        ),
        pytest.param(
            "The storm killed 40 people and injured 120, officials said.",
            "The storm killed 40 people and injured 150, officials said.",
            ("120", "150"),
            "the injured counted",
            id="the-injured",
        ),
        pytest.param(
            "Five Americans and six Russians were freed in the swap.",
            "Five Americans and eight Russians were freed in the swap.",
            ("6", "8"),
            "Russians counted",
            id="a-nation-s-people",
        ),
        pytest.param(
            "At least 40 people died in the flood in Vellmar.",
            "Thirty-eight people died in the flood in Vellmar.",
            ("at least 40", "38"),
            "a bound the other figure breaks",
            id="a-bound",
        ),
        pytest.param(
            "About 3,500 residents of Tarnby were evacuated.",
            "About 4,200 residents of Tarnby were evacuated.",
            ("about 3,500", "about 4,200"),
            "rounded figures too far apart",
            id="roundings",
        ),
        pytest.param(
            "About 4,200 residents of Tarnby were evacuated.",
            "Exactly 3,512 residents of Tarnby were evacuated.",
            ("about 4,200", "3,512"),
            "a rounded figure the other lies too far from",
            id="a-rounding",
        ),
        pytest.param(
            "At least 40 people died in the flood in Vellmar.",
            "At least 47 people died in the flood in Vellmar.",
            ("at least 40", "at least 47"),
            "bounds that differ",
            id="bounds",
        ),
        pytest.param(
            "The convoy drove 40 km to the border at Osterlund.",
            "The convoy drove 40 miles to the border at Osterlund.",
            ("40 km", "40 miles"),
            "figures in different units, converted",
            id="units",
        ),
        pytest.param(
            "Between 30 and 40 houses burned in Tarnby on Monday.",
            "Fifty-five houses burned in Tarnby on Monday.",
            ("30\u201340", "55"),
            "a range the other figure lies outside",
            id="a-range",
        ),
        pytest.param(
            "The crash cost $5 million in repairs at the Hamar plant.",
            "The crash cost \u20ac5 million in repairs at the Hamar plant.",
            ("$5 million", "\u20ac5 million"),
            "the currency of one amount",
            id="a-currency",
        ),
        pytest.param(
            "Orvald Pettersen, 58, was arrested in Dalby on Friday.",
            "Orvald Pettersen, 61, was arrested in Dalby on Friday.",
            ("58", "61"),
            "an age",
            id="an-age",
        ),
        pytest.param(
            "Turnout reached 62% in the Brenna referendum.",
            "Turnout reached 58% in the Brenna referendum.",
            ("62%", "58%"),
            "a share",
            id="a-share",
        ),
        pytest.param(
            "The Brenna vote was carried 7-2 by the court.",
            "The Brenna vote was carried 6-3 by the court.",
            ("7-2", "6-3"),
            "a score or a vote",
            id="a-vote",
        ),
        pytest.param(
            "About 400 firefighters and six helicopters are battling the Tarnby blaze.",
            "Some 400 firefighters, supported by eight helicopters, are battling the Tarnby blaze.",
            ("6", "8"),
            "figures of one kind",
            id="else-figures",
        ),
    ],
)
def test_a_number_conflict_says_what_its_figures_tell(
    first: str, second: str, values: tuple[str, ...], reason: str
) -> None:
    """Each number conflict carries what its figures tell as a reader would put it, from the rule
    that set them against each other (`Conflict.reason`, shown with --explain): what they count, a
    bound or a rounding broken, units converted, a range, a currency, an age, else their kind."""
    assert conflict_reasons(first, second) == [("number", values, reason)]
