"""Segmenting and extracting: sentences cut where a reader would cut them, facts made comparable."""

from __future__ import annotations

import pickle

import pytest

from newsdiff.lexicon import is_common_word
from newsdiff.model import Article, Fact, Metadata, Quote, Sentence
from newsdiff.money import compatible, readable_money
from newsdiff.quantities import (
    NIGHT_ENDS_DAY,
    NIGHT_STARTS_DAY,
    clock_zones,
    implied_points,
    nights_told,
    numbers_in,
    quantity,
    rough_numbers,
    small_counts,
    written_years,
)
from newsdiff.record import replace
from newsdiff.segment import (
    body_reported_by,
    compound_head,
    compound_parts,
    extract,
    facts,
    pack_fact,
    reported_by,
    segment,
    short_quotes,
    stem_words,
    unpack_fact,
)
from newsdiff.sentences import split_sentences


def fact(text: str, language: str = "en") -> Fact:
    return extract(Sentence(article=0, index=0, paragraph=0, text=text), language)


# --------------------------------------------------------------------------- split_sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Mr. Smith met Dr. Jones in the U.S. capital at 3 p.m. on Jan. 5. They talked for an hour.",
            ["Mr. Smith met Dr. Jones in the U.S. capital at 3 p.m. on Jan. 5.", "They talked for an hour."],
            id="titles-us-pm-jan",
        ),
        pytest.param(
            "Officials in the U.S. Treasury declined to comment. The minister left.",
            ["Officials in the U.S. Treasury declined to comment.", "The minister left."],
            id="us-before-capital",
        ),
        pytest.param(
            "The meeting starts at 5 p.m. Reporters will wait outside.",
            ["The meeting starts at 5 p.m.", "Reporters will wait outside."],
            id="pm-ends-sentence",
        ),
        pytest.param(
            "Putin, who spoke at 10 p.m., said it went well. Trump agreed.",
            ["Putin, who spoke at 10 p.m., said it went well.", "Trump agreed."],
            id="pm-mid-sentence",
        ),
        pytest.param(
            "On Jan. 20 Trump takes office. Putin called on Nov. 14.",
            ["On Jan. 20 Trump takes office.", "Putin called on Nov. 14."],
            id="month-abbreviations",
        ),
        pytest.param(
            "The book was written by J. R. R. Tolkien in England. It sold well.",
            ["The book was written by J. R. R. Tolkien in England.", "It sold well."],
            id="initials",
        ),
        pytest.param(
            "Dr. J. Smith and Mr. T. S. Eliot were there. Nobody else came.",
            ["Dr. J. Smith and Mr. T. S. Eliot were there.", "Nobody else came."],
            id="title-and-initials",
        ),
        pytest.param(
            'He said "we agreed on many things. We will meet soon." The call ended.',
            ['He said "we agreed on many things. We will meet soon."', "The call ended."],
            id="quote-with-inner-period",
        ),
        pytest.param(
            "The Kremlin said: “The leaders agreed to meet. They will talk again.” Reporters waited.",
            ["The Kremlin said: “The leaders agreed to meet. They will talk again.”", "Reporters waited."],
            id="curly-quote-with-inner-period",
        ),
        pytest.param(
            "“The U.S. is ready,” he said. “So is Russia.”",
            ["“The U.S. is ready,” he said.", "“So is Russia.”"],
            id="quoted-abbreviation",
        ),
        pytest.param(
            "The statement noted that the two had also agreed on making provisions for a “personal "
            'meeting," and to keep in touch by phone. Both Putin and Trump had acknowledged it.',
            [
                "The statement noted that the two had also agreed on making provisions for a “personal "
                'meeting," and to keep in touch by phone.',
                "Both Putin and Trump had acknowledged it.",
            ],
            id="curly-open-straight-close",
        ),
        pytest.param(
            "The law takes effect in May. Apple shares fell. Voters said no. Turnout was low.",
            ["The law takes effect in May.", "Apple shares fell.", "Voters said no.", "Turnout was low."],
            id="whole-words-the-splitter-takes-for-abbreviations",
        ),
        pytest.param(
            "Prices peaked in May.” Sales fell. The office at No. 10 and Art. 5 of the treaty were cited.",
            [
                "Prices peaked in May.”",
                "Sales fell.",
                "The office at No. 10 and Art. 5 of the treaty were cited.",
            ],
            id="may-before-a-closing-quote-no-and-art-before-numbers",
        ),
        pytest.param(
            "The bill passed in May. Élise Roy voted against. Voters said no. Łukasz Nowak did not.",
            [
                "The bill passed in May.",
                "Élise Roy voted against.",
                "Voters said no.",
                "Łukasz Nowak did not.",
            ],
            id="whole-words-before-a-capital-outside-ascii",
        ),
        pytest.param(
            '"He asked if we would sail," she said. "I told him no. Not in this wind." We stayed.',
            ['"He asked if we would sail," she said.', '"I told him no. Not in this wind."', "We stayed."],
            id="a-whole-word-inside-a-quote-ends-no-sentence",
        ),
        pytest.param(
            "“I said no. Then I said it again,” Ruiz said. The council said no. Talks ended.",
            ["“I said no. Then I said it again,” Ruiz said.", "The council said no.", "Talks ended."],
            id="a-whole-word-inside-a-curly-quote-ends-no-sentence",
        ),
        pytest.param(
            "The U.S. economy grew 3.5 percent. Analysts were surprised.",
            ["The U.S. economy grew 3.5 percent.", "Analysts were surprised."],
            id="decimal-number",
        ),
        pytest.param(
            '"It is over," said Ms. Jones, 54, a teacher. Talks resume on Monday.',
            ['"It is over," said Ms. Jones, 54, a teacher.', "Talks resume on Monday."],
            id="a-title-written-short",
        ),
        pytest.param(
            "The crash was on Ocean Dr. Two people were hurt. The medal went to a Sgt. It was his third.",
            [
                "The crash was on Ocean Dr.",
                "Two people were hurt.",
                "The medal went to a Sgt.",
                "It was his third.",
            ],
            id="a-drive-or-a-rank-ending-a-sentence",
        ),
        pytest.param(
            "The strike began before 6 a.m. ET on Wednesday. Trains stopped at 10 p.m. Officials were calm.",
            [
                "The strike began before 6 a.m. ET on Wednesday.",
                "Trains stopped at 10 p.m.",
                "Officials were calm.",
            ],
            id="a-time-zone-after-a-clock-time",
        ),
    ],
)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected


def test_split_mixed_quotes_seed_passage() -> None:
    """The passage of seed 002 with “ closed by ": two sentences, not one long quotation."""
    paragraph = (
        'The statement noted that the two had also agreed on making provisions for a “personal meeting," '
        'and to keep in touch by phone. Both Putin and Trump had acknowledged "the extremely '
        'unsatisfactory state of Russian-US relations at present" and "declared the need for active '
        'joint work to normalize them."'
    )
    parts = split_sentences(paragraph)
    assert len(parts) == 2
    assert parts[0].endswith("keep in touch by phone.")
    assert parts[1].startswith("Both Putin and Trump")


def test_split_keeps_every_character_but_spacing() -> None:
    paragraph = "Mr. Lee arrived at 9 a.m. on Monday. “It went well,” he said. Talks resume on Jan. 3."
    parts = split_sentences(paragraph)
    assert len(parts) == 3
    assert " ".join(parts) == paragraph


def test_segment_numbers_sentences_across_paragraphs() -> None:
    article = Article(
        index=4,
        source="s",
        label="s",
        metadata=Metadata(),
        paragraphs=("First one. Second one.", "Third one."),
    )
    sentences = segment(article)
    assert [(s.article, s.index, s.paragraph, s.text) for s in sentences] == [
        (4, 0, 0, "First one."),
        (4, 1, 0, "Second one."),
        (4, 2, 1, "Third one."),
    ]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("About 1,000 people came.", "About 1000 people came."),
        ("Pay rose 3.5 percent.", "Pay rose 3.5%."),
        ("Pay rose 3.5 per cent.", "Pay rose 3.5%."),
        ("A 48-hour strike began.", "The strike lasts 48 hours."),
        ("It cost 1.2 million euros.", "It cost 1,200,000 euros."),
    ],
)
def test_equal_numbers_written_differently_are_equal(a: str, b: str) -> None:
    assert fact(a).numbers == fact(b).numbers
    assert fact(a).numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1,500 dockworkers walked out.", "1500"),
        ("The union wants 6 percent.", "6%"),
        ("The port offered 3.5 per cent.", "3.5%"),
        ("Management offered 3.5%.", "3.5%"),
        ("The fund lost 1.2 million euros.", "1200000"),
        ("A 48-hour stoppage began.", "48h"),
        ("Losses reached 2 billion euros.", "2000000000"),
        ("The plan sets out 48.6 bln euros of spending.", "48600000000"),
        ("Savings of 300 mln a year are expected.", "300000000"),
        ("Twelve ships and fourteen barges waited.", "12"),
        ("The port cut two hundred jobs.", "200"),
        ("Two dozen people were hurt.", "24"),
        ("The fund holds a 500-billion-euro reserve.", "500000000000"),
    ],
)
def test_number_normalised(text: str, expected: str) -> None:
    assert expected in fact(text).numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Rates rose 0.3 percentage points.", ("0.3pp",), id="percentage-points"),
        pytest.param("The bank cut rates by 50 basis points.", ("0.5pp",), id="basis-points"),
        pytest.param("A 25bp cut is expected.", ("0.25pp",), id="bp"),
        pytest.param(
            "It raised rates by a quarter of a percentage point to 4.5%.", ("0.25pp", "4.5%"), id="words"
        ),
        pytest.param("Markets expect a quarter-point cut.", ("0.25pp",), id="quarter-point"),
        pytest.param(
            "Labour's lead grew 3 points to 45 per cent.", ("3pp", "45%"), id="points-beside-a-share"
        ),
        pytest.param("He scored 27 points in the game.", ("27",), id="a-score"),
        pytest.param("The Dow fell 300 points, or 0.8%, to 38,000.", ("300", "0.8%", "38000"), id="an-index"),
        pytest.param(
            "London's main index fell 45 points, or 0.6 per cent.", ("45", "0.6%"), id="an-index-in-words"
        ),
        pytest.param(
            "Support for the party fell 5 points, to 38 percent.", ("5pp", "38%"), id="points-then-the-share"
        ),
    ],
)
def test_a_change_in_percentage_points_is_one_quantity(text: str, numbers: tuple[str, ...]) -> None:
    """Agencies write a rate move in basis points, others in percentage points or in words: one
    quantity (it was 50, 0.5 and nothing)."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        pytest.param("The museum bought a Verhoef painting in 2019.", ("2019",), id="a-year"),
        pytest.param("The floods forced 2,000 people from their homes.", (), id="a-count-in-thousands"),
        pytest.param(
            "Sales fell last year, and again in March.", ("march", "last year"), id="month-and-relative"
        ),
        pytest.param("The bridge was inspected two years ago.", ("two years ago",), id="ago"),
        pytest.param("She joined the firm 18 months ago.", ("18 months ago",), id="months-ago"),
        pytest.param("The deal was signed three weeks ago.", ("three weeks ago",), id="weeks-ago"),
        pytest.param("The trial followed patients for 18 months.", (), id="a-length-of-months"),
        pytest.param("The bridge collapsed on Saturday.", (), id="the-news-of-the-day"),
        pytest.param("The fire was put out yesterday.", (), id="yesterday-the-news-of-the-day"),
        pytest.param("The talks resume tomorrow.", (), id="tomorrow-the-news-of-the-day"),
        pytest.param("Inflation was last this high in the 1990s.", ("1990s",), id="a-decade"),
        pytest.param("The firm was founded in the mid-1970's.", ("1970s",), id="a-decade-with-apostrophe"),
        pytest.param("The band was big in the '90s.", ("1990s",), id="a-decade-of-two-digits"),
        pytest.param("Prices rose in the late ’80s.", ("1980s",), id="a-decade-of-two-digits-curly"),
        pytest.param("The start-up was founded in the '10s.", ("2010s",), id="a-decade-of-this-century"),
    ],
)
def test_periods_anchor_a_statement_in_time(text: str, periods: tuple[str, ...]) -> None:
    """What `facts` shows and the aligner weighs: a background fact against the news of the day."""
    assert fact(text).periods == periods


@pytest.mark.parametrize(
    ("text", "money"),
    [
        pytest.param(
            "Norvox will pay 4.2 billion euros for Baltnet.", (("4200000000", "EUR"),), id="name-after"
        ),
        pytest.param("Norvox will pay $4.2bn for Baltnet.", (("4200000000", "$"),), id="sign-before"),
        pytest.param(
            "Norvox will pay £450million for Baltnet.", (("450000000", "GBP"),), id="scale-against-digits"
        ),
        pytest.param(
            "The fund holds US$300m and CHF 30 million.",
            (("300000000", "USD"), ("30000000", "CHF")),
            id="country-sign-and-code",
        ),
        pytest.param("The gang wants four million dollars.", (("4000000", "$"),), id="in-words"),
        pytest.param(
            "The gang wants 4 million Australian dollars.", (("4000000", "AUD"),), id="country-dollars"
        ),
        pytest.param(
            "Repairs will cost 300 million Swedish crowns.", (("300000000", "SEK"),), id="country-crowns"
        ),
        pytest.param("A ticket costs £12.50 on the day.", (("12.5", "GBP"),), id="pounds-and-pence"),
        pytest.param("A stamp now costs 42 cents.", (("0.42", "¢"),), id="cents-are-hundredths"),
        pytest.param(
            "Fuel rose by 5 pence a litre.", (("0.05", "GBP"),), id="pence-are-hundredths-of-a-pound"
        ),
        pytest.param(
            "Prices rose 4.2 percent, and 1,800 jobs went.", (), id="shares-and-counts-are-no-money"
        ),
        pytest.param("Unemployment is 5 per cent.", (), id="per-cent-is-no-cent"),
        pytest.param("The suspect weighed 90 pounds at his arrest.", (), id="pounds-weighed-are-no-money"),
        pytest.param("Police seized 2,000 pounds of cocaine.", (), id="pounds-of-a-thing-are-no-money"),
        pytest.param("He was fined 5,000 pounds.", (("5000", "GBP"),), id="pounds-paid-are-money"),
        pytest.param("Ministers of the 20 euro zone countries met.", (), id="euro-zone-members-are-no-money"),
        pytest.param("Prices in the 20 euro area countries fell.", (), id="euro-area-members-are-no-money"),
        pytest.param(
            "Teachers will earn 2,900 euros a month, up from 2,600.",
            (("2900", "EUR"),),
            id="an-implied-currency-is-not-guessed",
        ),
        pytest.param("The fare is 500 Indian rupees.", (("500", "INR"),), id="country-rupees"),
        pytest.param("The fare is 500 rupees.", (("500", "rupees"),), id="rupees-of-no-country"),
        pytest.param("He was paid 200 Egyptian pounds.", (("200", "EGP"),), id="pounds-of-another-country"),
        pytest.param("The bridge cost 40 million pesos.", (("40000000", "pesos"),), id="pesos"),
        pytest.param("The bridge cost 40 million Mexican pesos.", (("40000000", "MXN"),), id="country-pesos"),
        pytest.param("The lira fell to 32.5 Turkish lira a dollar.", (("32.5", "TRY"),), id="lira"),
        pytest.param("She was fined 300 shekels.", (("300", "ILS"),), id="shekels"),
        pytest.param("The fee is 2,000 Kenyan shillings.", (("2000", "KES"),), id="country-shillings"),
        pytest.param("The deal is worth 2 billion dirhams.", (("2000000000", "dirhams"),), id="dirhams"),
        pytest.param("Samsung will invest 5 billion won.", (("5000000000", "KRW"),), id="won-with-a-scale"),
        pytest.param("A meal costs 9,000 South Korean won.", (("9000", "KRW"),), id="country-won"),
        pytest.param("Of 40 races entered, 12 won prizes.", (), id="won-a-verb-is-no-money"),
        pytest.param("Samsung will invest 3bn won.", (("3000000000", "KRW"),), id="won-after-bn"),
        pytest.param("The 100m won by Jackson was fast.", (), id="won-after-metres-is-no-money"),
        pytest.param("Her 10k won her a place.", (), id="won-after-kilometres-is-no-money"),
        pytest.param(
            "The fund holds ₪300 and R$5 million.", (("300", "ILS"), ("5000000", "BRL")), id="more-signs"
        ),
        pytest.param("Tickets cost Rs 500 and Rs. 800.", (("500", "rupees"), ("800", "rupees")), id="rs"),
        pytest.param("The fine is NIS 500 million.", (("500000000", "ILS"),), id="nis"),
        pytest.param("The fine is 500 New Taiwan dollars.", (("500", "TWD"),), id="new-taiwan-dollars"),
        pytest.param("Mrs 500 said nothing.", (), id="no-rs-inside-a-word"),
        pytest.param("A loaf costs 10p more.", (("0.1", "GBP"),), id="pence-written-p"),
        pytest.param("Fuel duty rose 2.5p a litre.", (("0.025", "GBP"),), id="pence-written-p-with-decimals"),
        pytest.param(
            "Shares rose 12p to 245p, valuing it at 1,250p a share.",
            (("0.12", "GBP"), ("2.45", "GBP"), ("12.5", "GBP")),
            id="share-prices-in-pence-of-three-digits-and-more",
        ),
        pytest.param("The match streams in 1080p.", (), id="a-resolution-is-no-pence"),
        pytest.param("The clips play in 720p or 480p.", (), id="resolutions-of-three-digits-are-no-pence"),
        pytest.param("The shop shuts at 8p.m. on Sundays.", (), id="a-time-is-no-pence"),
    ],
)
def test_an_amount_of_money_is_a_figure_with_its_currency(
    text: str, money: tuple[tuple[str, str], ...]
) -> None:
    """The figure stays as `numbers` gives it ("€300m" and "$300m" are both 300000000), so that two
    outlets agree however they write it; its currency is read beside it, for align to tell them
    apart."""
    found = fact(text)
    assert found.money == money
    assert {number for number, _ in found.money} <= set(found.numbers)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("EUR", "EUR", True),
        ("EUR", "$", False),
        ("$", "USD", True),
        ("$", "AUD", True),
        ("USD", "AUD", False),
        ("¥", "CNY", True),
        ("kroner", "SEK", False),
        ("crowns", "SEK", True),
        ("¢", "$", True),
        ("¢", "EUR", True),
        ("¢", "GBP", False),
        ("rupees", "INR", True),
        ("rupees", "PKR", True),
        ("INR", "PKR", False),
        ("pesos", "MXN", True),
        ("pesos", "EUR", False),
        ("dirhams", "AED", True),
        ("GBP", "EGP", False),
    ],
)
def test_a_family_of_currencies_agrees_with_its_members(a: str, b: str, same: bool) -> None:
    """An American outlet's "$" and an Australian one's are not told apart: "$" is any dollar."""
    assert compatible(a, b) is same
    assert compatible(b, a) is same


def test_an_amount_is_shown_as_news_writes_it() -> None:
    assert readable_money("4.2 billion", "EUR") == "€4.2 billion"
    assert readable_money("300", "AUD") == "A$300"
    assert readable_money("30 million", "CHF") == "CHF 30 million"
    assert readable_money("300 million", "kroner") == "300 million kroner"
    assert readable_money("0.42", "¢") == "42 cents"
    assert readable_money("0.01", "¢") == "1 cent"
    assert readable_money("40 million", "pesos") == "40 million pesos"
    assert readable_money("500", "INR") == "₹500"
    assert readable_money("300", "ILS") == "ILS 300"
    assert readable_money("0.025", "GBP") == "2.5p"
    assert readable_money("0.1", "GBP") == "10p"
    assert readable_money("1.5", "GBP") == "£1.50"
    assert readable_money("12.5", "$") == "$12.50"
    assert readable_money("4.5 billion", "EUR") == "€4.5 billion"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("The fund holds CHF 30 million, Lind said.", ("Lind",), id="code-before"),
        pytest.param("It cost 300 EUR, Lind said.", ("Lind",), id="code-after"),
        pytest.param("The fare is Rs 500, Lind said.", ("Lind",), id="sign-of-letters"),
        pytest.param("The fare is NT$500 or HK$120, Lind said.", ("Lind",), id="letters-of-a-dollar-sign"),
        pytest.param("The AED saved him, Lind said.", ("AED", "Lind"), id="a-code-of-no-sum-is-a-name"),
    ],
)
def test_a_currency_written_beside_a_sum_is_no_name(text: str, names: tuple[str, ...]) -> None:
    """ "CHF 30 million" names a currency, not an organisation the articles share."""
    assert fact(text).names == names


@pytest.mark.parametrize(
    ("text", "numbers", "money"),
    [
        pytest.param(
            "The deal is worth $3-4 billion.",
            ("3000000000", "4000000000"),
            (("3000000000", "$"), ("4000000000", "$")),
            id="sign-before-the-range",
        ),
        pytest.param(
            "The deal is worth 3 to 4 billion euros.",
            ("3000000000", "4000000000"),
            (("3000000000", "EUR"), ("4000000000", "EUR")),
            id="name-after-the-range",
        ),
        pytest.param("Between 2 and 3 million people fled.", ("2000000", "3000000"), (), id="between"),
        pytest.param("Some 20-30 people were hurt.", ("20", "30"), (), id="no-scale"),
        pytest.param("In 2019 and 3 million people fled.", ("2019", "3000000"), (), id="no-rising-range"),
    ],
)
def test_a_range_shares_its_scale_and_currency(
    text: str, numbers: tuple[str, ...], money: tuple[tuple[str, str], ...]
) -> None:
    """ "$3-4 billion" was $3 and 4 billion: a conflict with "$3 billion to $4 billion"."""
    found = fact(text)
    assert found.numbers == numbers
    assert found.money == money


def test_a_decade_is_no_year() -> None:
    """ "The 1990s" was the year 1990: the same number as "in 1990", a different period."""
    assert fact("Inflation was last this high in the 1990s.").numbers == ("1990s",)
    assert fact("Inflation was last this high in 1990.").numbers == ("1990",)
    assert fact("It has 1,990 staff, up from 2,000 in the 2010s.").numbers == ("1990", "2000", "2010s")
    assert fact("Inflation was last this high in the '90s.").numbers == ("1990s",)
    assert fact("Temperatures were in the 90s.").numbers == ("90",)  # (heat, not a decade)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param("No more than 40 people were inside.", "<", id="no-more-than"),
        pytest.param("At most 12 boats were lost.", "<", id="at-most"),
        pytest.param("The storm could cost as much as $5 billion.", "<", id="as-much-as"),
        pytest.param("As many as 60 houses burned.", "<", id="as-many-as"),
        pytest.param("No fewer than 30 ships sailed.", ">", id="no-fewer-than"),
        pytest.param("A minimum of 30 ships sailed.", ">", id="a-minimum-of"),
    ],
)
def test_a_bound_that_denies_another_is_read_whole(text: str, says: str) -> None:
    """ "No more than 40" was read as "more than 40", a lower bound."""
    assert set(rough_numbers(text).values()) == {says}


@pytest.mark.parametrize(
    ("text", "rough"),
    [
        pytest.param("The fund raised more than US$200 million.", {"200000000": ">"}, id="us-dollars"),
        pytest.param("Repairs will cost about CHF 30 million.", {"30000000": "~"}, id="a-code"),
        pytest.param("The fine was no more than A$5,000.", {"5000": "<"}, id="a-country-sign"),
        pytest.param("The bill came to roughly ₹500 crore.", {"500": "~"}, id="a-sign-of-its-own"),
    ],
)
def test_a_bound_on_an_amount_in_any_currency_is_read(text: str, rough: dict[str, str]) -> None:
    """A bound was read before one sign of four only ($ £ € ¥): "more than US$200 million" gave no
    bound, and was a conflict with "US$212 million"."""
    assert rough_numbers(text) == rough


def test_bounds_and_roundings_are_told_apart() -> None:
    assert rough_numbers("More than 200 passengers were saved, nearly 2,000 tonnes of fuel burnt.") == {
        "200": ">",
        "2000": "≲",
    }
    assert rough_numbers("They were ashore in about 50 minutes, well under an hour.") == {
        "0.833h": "~",
        "1h": "<",
    }
    assert rough_numbers("Just under 300 boats, up to 400 in all, set out.") == {"300": "≲", "400": "<"}
    assert rough_numbers("All 212 passengers were saved.") == {}


def test_a_sum_of_money_may_be_a_bound_or_a_rounding() -> None:
    """The currency's sign stands between the word and the figure: "about $5 million"."""
    assert rough_numbers("The fund has raised about $5 million, more than £300,000 of it online.") == {
        "5000000": "~",
        "300000": ">",
    }
    assert rough_numbers("Nearly €2bn was lost.") == {"2000000000": "≲"}


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param("Two firefighters were hurt on Monday.", {"2": "firefighters"}, id="two-at-the-start"),
        pytest.param(
            "Divers are looking for two missing climbers.", {"2": "climbers"}, id="two-adjective-noun"
        ),
        pytest.param("One person is unaccounted for.", {"1": "person"}, id="one-person"),
        pytest.param("No one was hurt, and the two ministers left.", {}, id="no-one-the-two"),
        pytest.param("One of the boats sank two years ago.", {}, id="one-of-two-years"),
        pytest.param("One or two boats sank.", {}, id="one-or-two"),
        pytest.param("The two agreed that Two Rivers would host it.", {}, id="names-and-pronouns"),
        pytest.param("The launch was put off twice.", {"2": "times"}, id="twice"),
        pytest.param("Prices rose twice as fast, to twice the level.", {}, id="twice-a-factor"),
        pytest.param("Sales were twice those of 2015, twice last year's.", {}, id="twice-those"),
        pytest.param("Costs are nearly twice 2019's, twice higher.", {}, id="twice-a-comparison"),
        pytest.param("The team won twice after losing in May.", {"2": "times"}, id="twice-after"),
        pytest.param(
            "The fire broke out at one o'clock and gutted two shops.", {"2": "shops"}, id="one-oclock"
        ),
        pytest.param("Two hundred people and one million birds.", {}, id="a-number-in-words-goes-on"),
        pytest.param('"Two workers were hurt," police said.', {"2": "workers"}, id="after-a-quote-mark"),
        pytest.param("Two men were arrested.", {"2": "men"}, id="a-short-irregular-plural"),
        pytest.param("Police held two teenagers and a woman.", {}, id="a-list-of-counts"),
        pytest.param("Two nurses, a driver and a cook were freed.", {}, id="a-list-with-commas"),
        pytest.param("Two climbers died and a third was hurt.", {"2": "climbers"}, id="a-clause-goes-on"),
        pytest.param("Police said\u2014two\u00a0workers were hurt.", {"2": "workers"}, id="after-a-dash"),
    ],
)
def test_one_or_two_things_counted_in_words(text: str, counts: dict[str, str]) -> None:
    """`numbers_in` leaves "one" and "two" out (articles and pairs, "the two leaders"); a conflict
    weighs them where another report counts a few things ("Two workers" against "Three employees")."""
    assert small_counts(text) == counts


@pytest.mark.parametrize(
    ("text", "language", "told"),
    [
        pytest.param("The bridge fell on Friday night.", "en", {NIGHT_ENDS_DAY}, id="friday-night"),
        pytest.param("It fell overnight into Saturday.", "en", {NIGHT_STARTS_DAY}, id="overnight-into"),
        pytest.param("It fell in the early hours of Saturday.", "en", {NIGHT_STARTS_DAY}, id="early-hours"),
        pytest.param("It fell at midnight.", "en", {NIGHT_ENDS_DAY, NIGHT_STARTS_DAY}, id="midnight"),
        pytest.param("It fell on Friday, a knight said.", "en", set(), id="no-night"),
        pytest.param("The night shift walked out on Friday.", "en", set(), id="a-night-shift"),
        pytest.param(
            "The strike began on Friday after talks broke down overnight.", "en", set(), id="overnight-alone"
        ),
        pytest.param("It fell late on Friday night.", "en", {NIGHT_ENDS_DAY}, id="late-on-friday-night"),
        pytest.param("It fell overnight on Friday.", "en", {NIGHT_STARTS_DAY}, id="overnight-on"),
        pytest.param(
            "Die Brücke stürzte in der Nacht zum Samstag ein.",
            "de",
            {NIGHT_ENDS_DAY, NIGHT_STARTS_DAY},
            id="de",
        ),
        pytest.param("Мост рухнул ночью в субботу.", "ru", {NIGHT_ENDS_DAY, NIGHT_STARTS_DAY}, id="ru"),
        pytest.param("Le pont s'est effondré samedi.", "fr", set(), id="fr-no-night"),
    ],
)
def test_a_night_told_and_the_day_it_ends_or_starts(text: str, language: str, told: set[str]) -> None:
    assert nights_told(text, language) == told


def test_two_shares_imply_the_change_between_them() -> None:
    assert implied_points(("4.5%", "4.25%", "80")) == {"0.25pp"}
    assert implied_points(("4.5%", "~33.3%")) == frozenset()


def test_many_shares_imply_the_changes_between_neighbours_only() -> None:
    """A sentence of a few shares implies the change between any two of them; one listing thousands
    (a table set as a line) the changes between those next to each other, not a million pairs
    (2,000 shares took 7 s of a compare and their pairs filled its memory)."""
    assert implied_points(("3%", "4.5%", "4.25%")) == {"1.5pp", "1.25pp", "0.25pp"}
    shares = tuple(f"{i}.5%" for i in range(2000))
    assert implied_points(shares) == {"1pp"}
    squares = tuple(f"{i * i}%" for i in range(1, 2001))
    assert implied_points(squares) == {f"{2 * i + 1}pp" for i in range(1, 2000)}


def test_different_numbers_stay_different() -> None:
    assert fact("About 1,500 dockworkers struck.").numbers != fact("About 1,200 dockworkers struck.").numbers
    assert fact("Pay rose 3.5%.").numbers != fact("Pay rose 3.5 million.").numbers
    assert "6" not in fact("The union wants 6 percent.").numbers  # a share is not a count
    assert fact("Two dozen people were hurt.").numbers == ("24",)  # not 2 + 12
    assert fact("A 2-million-dollar grant came.").numbers == ("2000000",)  # not also 1000000


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("The stock lost a third of its value.", ("~33.3%",), id="a-third-of"),
        pytest.param("Sales were down by nearly a fifth.", ("~20%",), id="by-a-fifth"),
        pytest.param("It cut 2,400 jobs, roughly one in eight.", ("~12.5%", "2400"), id="one-in-eight"),
        pytest.param("Half of the 40 members voted.", ("~50%", "40"), id="half-of"),
        pytest.param("It separated 58 minutes after launch.", ("0.967h",), id="minutes"),
        pytest.param("Just under an hour into the flight it separated.", ("1h",), id="an-hour"),
        pytest.param("They waited for half an hour.", ("0.5h",), id="half-an-hour"),
        pytest.param("He eats twice a day and pays 50 euros a month.", ("50",), id="rates-are-no-durations"),
        pytest.param("For the third time this year rates rose.", (), id="an-ordinal-is-no-share"),
    ],
)
def test_shares_and_durations_in_words_are_figures(text: str, numbers: tuple[str, ...]) -> None:
    """Figures outlets write in words: a share that only rounds one is marked approximate (~)."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Seven tenths of the farmland lies fallow.", ("~70%",), id="seven-tenths-of"),
        pytest.param("Four ninths of the seats went to the left.", ("~44.4%",), id="four-ninths-of"),
        pytest.param("The skier finished three tenths ahead.", (), id="three-tenths-alone"),
        pytest.param("The gap was five eighths of an inch.", (), id="eighths-of-a-unit"),
    ],
)
def test_a_fraction_in_words_is_its_share_or_no_figure(text: str, numbers: tuple[str, ...]) -> None:
    """ "Seven tenths of" was the figure 7, "three tenths ahead" 3: a fraction is a share of what it
    is of (~70%), and its count of parts alone no figure."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Talks went on for an hour and a half.", ("1.5h",), id="an-hour-and-a-half"),
        pytest.param("He has been in a coma for two and a half weeks.", ("420h",), id="two-and-a-half-weeks"),
        pytest.param("The closure will last three and a half weeks.", ("588h",), id="three-and-a-half"),
        pytest.param("The bus arrived a quarter of an hour late.", ("0.25h",), id="a-quarter-of-an-hour"),
        pytest.param("He spoke for three quarters of an hour.", ("0.75h",), id="three-quarters-of-an-hour"),
        pytest.param(
            "Rescuers reached the cabin three-quarters of an hour after the call.",
            ("0.75h",),
            id="three-quarters-hyphenated",
        ),
        pytest.param("A half-hour later, the fire was out.", ("0.5h",), id="a-half-hour"),
    ],
)
def test_a_duration_with_a_fraction_is_one_length_of_time(text: str, numbers: tuple[str, ...]) -> None:
    """ "An hour and a half" is 1.5 hours, not one; "three and a half weeks" is no count of 3."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Volunteers logged 1,500 hours of work.", ("1500h",), id="thousands-of-hours"),
        pytest.param("Nearly 10,000 minutes of footage were reviewed.", ("166.667h",), id="minutes"),
    ],
)
def test_a_duration_in_thousands_is_counted_whole(text: str, numbers: tuple[str, ...]) -> None:
    """ "1,500 hours" is 1,500 of them, not 500 (nor also the figure 1500)."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Half a million people fled the region.", ("500000",), id="half-a-million"),
        pytest.param("The strike affected a quarter of a million workers.", ("250000",), id="a-quarter-of"),
        pytest.param("Three quarters of a million people voted.", ("750000",), id="three-quarters-of"),
        pytest.param("Half a dozen boats sank.", ("6",), id="half-a-dozen"),
    ],
)
def test_a_part_of_a_large_number_is_that_part(text: str, numbers: tuple[str, ...]) -> None:
    """ "Half a million" is 500,000, not a million."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Only 1 in 10 applications succeeded.", ("~10%",), id="1-in-10"),
        pytest.param("One in 10 schools was closed.", ("~10%",), id="one-in-10"),
        pytest.param("Nine in 10 voters named the economy.", ("~90%",), id="nine-in-10"),
        pytest.param("Six in ten homes lack insulation.", ("~60%",), id="six-in-ten"),
        pytest.param(
            "Two-thirds of the 9,000 staff will be affected.", ("~66.7%", "9000"), id="two-thirds-of"
        ),
        pytest.param("He scored 2 in 90 minutes.", ("2", "1.5h"), id="a-count-in-a-time"),
    ],
)
def test_a_share_is_the_same_in_digits_and_in_words(text: str, numbers: tuple[str, ...]) -> None:
    """ "1 in 10" is the share "one in ten" is (~10%), not the figures 1 and 10; "two-thirds of" is
    "two thirds of"."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Profit rose 12% in the first half of the year.", id="first-half-of"),
        pytest.param("Sales slowed in the second half of 2024.", id="second-half-of"),
        pytest.param("The data was stolen by a third party, the bank said.", id="by-a-third-party"),
        pytest.param("The rate was cut by a quarter of a point.", id="a-quarter-of-a-point"),
        pytest.param("A quarter of a century has passed since the accident.", id="a-quarter-of-a-century"),
        pytest.param("The bus arrived a quarter of an hour late.", id="a-quarter-of-an-hour"),
        pytest.param("The doors open by a quarter to eight.", id="a-time"),
    ],
)
def test_a_fraction_that_is_no_share_of_a_whole_is_no_share(text: str) -> None:
    """An ordinal ("the first half of the year", "a third party"), a part of a unit ("a quarter of
    a point") or a time ("a quarter to eight") is no share of what the sentence counts."""
    assert not [n for n in fact(text).numbers if n.startswith("~")]


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param("34%", ("%", 34.0), id="share"),
        pytest.param("48h", ("h", 48.0), id="duration"),
        pytest.param("2400", ("", 2400.0), id="count"),
        pytest.param("6.3", ("", 6.3), id="decimal-under-ten"),
        pytest.param("2021", None, id="year"),
        pytest.param("4", None, id="small-whole-number"),
        pytest.param("~33.3%", ("%", 33.3), id="approximate-share"),
    ],
)
def test_a_number_has_a_size_in_its_unit(number: str, expected: tuple[str, float] | None) -> None:
    """What `numbers_near` compares: a year or a small count is never near another number."""
    assert quantity(number) == expected


def test_hyphenated_number_is_not_a_word() -> None:
    f = fact("The union has called a 48-hour stoppage.")
    assert f.numbers == ("48h",)  # one quantity: 48 hours
    assert "hour" in f.stems
    assert not any(s[0].isdigit() for s in f.stems)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They spoke on Monday.", {"monday"}),
        ("The strike began on Monday and ends on Wednesday.", {"monday", "wednesday"}),
        ("They spoke on Monday, November 14, in the evening.", {"monday", "november 14"}),
        ("Talks are set for Thursday, October 6.", {"thursday", "october 6"}),
        ("The election was held on November 8.", {"november 8"}),
    ],
)
def test_dates(text: str, expected: set[str]) -> None:
    assert expected <= set(fact(text).dates)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param("Paintings by Jan Verhoef were stolen.", (), id="a-first-name"),
        pytest.param("Floods mar the festival.", (), id="a-verb"),
        pytest.param("A protest march blocked the road.", (), id="a-march"),
        pytest.param("The zoo opens the enclosure in mid-July.", ("july",), id="mid-month"),
        pytest.param("The works began in Sept. 2019.", ("september",), id="abbreviated-before-a-year"),
        pytest.param("Talks resume in March.", ("march",), id="a-month-alone"),
    ],
)
def test_a_month_alone_is_written_whole(text: str, dates: tuple[str, ...]) -> None:
    """A month without a day anchors a statement in time (a period); "Jan" before a name, "mar"
    and a protest "march" are no months."""
    assert fact(text).dates == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param(
            "The road is shut from 3 December until 10 January.", ("december 3", "january 10"), id="two"
        ),
        pytest.param("It has been closed since 3 December.", ("december 3",), id="since"),
        pytest.param("Crowds gathered on the 4th of July.", ("july 4",), id="the-nth-of"),
        pytest.param("Talks resume Dec. 3 in Geneva.", ("december 3",), id="month-first"),
    ],
)
def test_a_day_before_its_month_is_a_date_whatever_word_comes_before(
    text: str, dates: tuple[str, ...]
) -> None:
    """British wire style: any word before the day ("since 3") was read as a month, which took the
    day's digits, so the day was a figure and only the month a date."""
    found = fact(text)
    assert found.dates == dates
    assert found.numbers == ()


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param("The vote was set for February 30.", ("february",), id="february-30"),
        pytest.param("The office reopens on 31 April.", ("april",), id="april-31"),
        pytest.param("The audit closed on 2023-02-29.", (), id="iso-not-a-leap-year"),
        pytest.param("The audit closed on 2024-02-29.", ("february 29",), id="iso-leap-year"),
        pytest.param("The next leap day is February 29.", ("february 29",), id="leap-day-without-year"),
        pytest.param("Doors open at 99:99 p.m.", (), id="clock-99-99"),
        pytest.param("Doors open at 13 p.m.", (), id="clock-13-pm"),
        pytest.param("Doors open at 9:75 a.m.", (), id="clock-minute-75"),
        pytest.param("Doors open at 12:30 p.m.", ("12:30",), id="clock-half-past-noon"),
    ],
)
def test_days_and_times_that_cannot_be_are_none(text: str, dates: tuple[str, ...]) -> None:
    """ "February 30", "31 April" and "99:99 p.m." were a date and a time ("15:99"), which another
    outlet's real date then disagreed with: a day past its month's end is no day (the month stays
    named), a clock time past its hours or minutes no time."""
    assert fact(text).dates == dates


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Twenty percent of voters backed the plan.", ("20%",)),
        ("Some twenty-five per cent of the staff left.", ("25%",)),
        ("Only one percent of the loans failed.", ("1%",)),
        ("Turnout rose by five percentage points.", ("5pp",)),
        ("Fifteen percent of the 200 workers were laid off.", ("200", "15%")),
        ("Twenty people were hurt.", ("20",)),
    ],
)
def test_a_share_in_number_words_is_a_share(text: str, numbers: tuple[str, ...]) -> None:
    """ "Twenty percent" was the figure 20, which another outlet's "20%" then disagreed with (and
    "five percentage points" 5, against "5 points"), where "20 percent" was 20%."""
    assert fact(text).numbers == numbers


def test_may_the_verb_is_not_a_date() -> None:
    assert fact("The talks may resume soon.").dates == ()
    assert fact("The talks resume on May 3.").dates == ("may 3",)


def test_different_days_are_different_dates() -> None:
    assert set(fact("They spoke on Monday.").dates) != set(fact("They spoke on Tuesday.").dates)


# --------------------------------------------------------------------------- quotes, names


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "“We will not go back to work until the port is safe,” said Zoë Lindqvist, the union leader.",
            "We will not go back to work until the port is safe",
            "Zoë Lindqvist",
        ),
        (
            '"This is a fair offer and the most we can pay," Tomasz Wróbel said in a statement.',
            "This is a fair offer and the most we can pay",
            "Tomasz Wróbel",
        ),
        (
            'Volodin said that the two leaders share "numerous common points and shared views."',
            "numerous common points and shared views",
            "Volodin",
        ),
        (
            'They “agreed on the need to unite efforts in the struggle with the enemy number one," '
            "according to the Kremlin.",
            "agreed on the need to unite efforts in the struggle with the enemy number one",
            "Kremlin",
        ),
    ],
)
def test_quote_with_speaker(text: str, quote: str, speaker: str) -> None:
    quotes = fact(text).quotes
    assert [q.text for q in quotes] == [quote]
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('"The dyke held," said the mayor of Mülheim an der Ruhr, Karin Oesterle.', "Mülheim an der Ruhr"),
        ('"The dyke held," said the mayor of Weil am Rhein, Karin Oesterle.', "Weil am Rhein"),
        (
            '"The dyke held," said the leader of Kingston upon Hull council, Karin Oesterle.',
            "Kingston upon Hull",
        ),
        ('"The dyke held," said the mayor of Châlons sur Marne, Karin Oesterle.', "Châlons sur Marne"),
        (
            '"The dyke held," said the leader of Walton on Thames council, Karin Oesterle.',
            "Walton on Thames",
        ),
        ('"The dyke held," said the leader of Clacton-on-Sea council, Karin Oesterle.', "Clacton-on-Sea"),
    ],
)
def test_a_place_joined_by_am_upon_or_on_is_one_name_and_the_appositive_speaks(text: str, place: str) -> None:
    """ "Zell am Ziller", "Newcastle upon Tyne": one place, not a person "Zell" who speaks."""
    found = fact(text)
    assert place in found.names
    assert found.quotes[0].speaker == "Karin Oesterle"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('"The bridge stays shut," said the leader of Leeds city council, Marta Venn.', "Leeds"),
        (
            '"The bridge stays shut," said the head of Kingston upon Hull county council, Marta Venn.',
            "Kingston upon Hull",
        ),
        ('"The bridge stays shut," said the chief of Wexford county police, Marta Venn.', "Wexford"),
        (
            '"The bridge stays shut," said the mayor of Neustadt ob der Aisch, Marta Venn.',
            "Neustadt ob der Aisch",
        ),
    ],
)
def test_a_full_name_after_a_place_and_its_lower_case_body_speaks(text: str, place: str) -> None:
    """ "the leader of Leeds city council, Marta Venn": the place and its body ("city council",
    "county police") are the office's, the full name after the comma holds it and speaks."""
    found = fact(text)
    assert place in found.names
    assert found.quotes[0].speaker == "Marta Venn"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ellen Varga on Thursday met Tomas Berg on Brexit.",
        "I am Spartacus, the actor Kirk Douglas said.",
    ],
)
def test_on_and_am_between_other_names_join_nothing(text: str) -> None:
    names = fact(text).names
    assert not any(" on " in name or " am " in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        '"We will sign today," said Ana Beltrán, while Lena Kovač said: "We need another week."',
        '"We need another week," Lena Kovač said, a day after Ana Beltrán said "We will sign today."',
    ],
)
def test_two_quotes_each_with_its_own_speaker(text: str) -> None:
    """Each speaker is as close to an attribution verb as the other; the verb nearer the quote
    decides."""
    speakers = {q.text: q.speaker for q in fact(text).quotes}
    assert speakers == {"We will sign today": "Ana Beltrán", "We need another week": "Lena Kovač"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("'We will not back down,' Starmer told the BBC.", id="straight"),
        pytest.param("‘We will not back down’, Starmer told the BBC.", id="curly-stop-outside"),
    ],
)
def test_a_quotation_in_single_marks_is_a_statement(text: str) -> None:
    """British outlets quote in single marks."""
    assert [(q.text, q.speaker) for q in fact(text).quotes] == [("We will not back down", "Starmer")]


def test_an_apostrophe_opens_or_closes_no_quotation() -> None:
    assert fact("The players’ union said it won’t strike, Jones said.").quotes == ()
    assert fact("Rock 'n' roll fans said they were happy with the show.").quotes == ()
    nested = fact("Maria Lopez said: “They told us ‘leave now or die’ and we ran.”").quotes
    assert [q.text for q in nested] == ["They told us ‘leave now or die’ and we ran"]


def test_a_word_in_single_marks_closes_before_the_next_quotation_opens() -> None:
    """A word in single marks before a space is a marked word: the next quotation does not run on
    from its mark (it read "devastated' by the closure, which the council called 'a last resort")."""
    text = "Residents were 'devastated' by the closure, which the council called 'a last resort'."
    assert [q.text for q in fact(text).quotes] == ["a last resort"]
    rock = fact("'We play rock 'n' roll every night,' the singer Ana Beltrán said.").quotes
    assert [q.text for q in rock] == ["We play rock 'n' roll every night"]


def test_a_quotation_broken_by_its_attribution_is_one_statement() -> None:
    """Two parts would read as two quotes, and against the same words quoted whole, as a quote worded
    differently."""
    broken = fact("“The economy is strong,” Reeves said, “but the risks remain real.”").quotes
    assert [(q.text, q.speaker) for q in broken] == [
        ("The economy is strong but the risks remain real", "Reeves")
    ]
    apart = fact("“It is over,” Reeves said, adding that “the talks failed badly.”").quotes
    assert [q.text for q in apart] == ["It is over", "the talks failed badly"]


def test_scare_quotes_are_not_statements() -> None:
    assert fact("They discussed “normalizing” ties.").quotes == ()


def test_quote_without_attribution_has_no_speaker() -> None:
    quotes = fact("Tomasz Wróbel called the offer “fair and final” on Friday.").quotes
    assert [q.text for q in quotes] == ["fair and final"]
    assert quotes[0].speaker is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Kremlin said Dmitry Peskov would brief reporters.", {"Kremlin", "Dmitry Peskov"}),
        ("Talks between Vladimir Putin and Donald Trump went well.", {"Vladimir Putin", "Donald Trump"}),
        ("Officials at the Port of Varnholm said little.", {"Port of Varnholm"}),
        ("Ana Beltrán and Lena Kovač spoke.", {"Ana Beltrán", "Lena Kovač"}),
        ("The vote went to Ilse Varga's Green Alliance.", {"Ilse Varga", "Green Alliance"}),
        ("Doctors at St Mary's Hospital treated her.", {"St Mary's Hospital"}),
        ('"We are ready for the vote," Will Smith said.', {"Will Smith"}),
    ],
)
def test_names(text: str, names: set[str]) -> None:
    assert names <= set(fact(text).names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("The minister met Émile Durand in Paris.", ("Émile Durand", "Paris"), id="e-acute"),
        pytest.param("The talks with Çelik Öztürk resumed.", ("Çelik Öztürk",), id="c-cedilla"),
        pytest.param(
            "He thanked Łukasz Nowak and Åsa Ekström.", ("Łukasz Nowak", "Åsa Ekström"), id="stroke"
        ),
        pytest.param("The ferry left Örebro late.", ("Örebro",), id="place"),
        pytest.param("Mayor Ángel Ruiz said so.", ("Mayor Ángel Ruiz",), id="after-title"),
    ],
)
def test_a_name_opening_with_an_accented_capital_is_a_name(text: str, names: tuple[str, ...]) -> None:
    """Names that open with a capital beyond A-Z were lost whole, or kept only from their second
    word ("Émile Durand" was "Durand")."""
    assert fact(text).names == names


def test_a_capital_inside_a_word_opens_no_name() -> None:
    assert fact("The mcÉwan firm and the deÁvila family sued.").names == ()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "The U.S. economy grew 2% last year, the U.N. said.",
            {"U.S.": "other", "U.N.": "other"},
            id="initialism",
        ),
        pytest.param(
            "She was treated at St. Mary's Hospital.", {"St. Mary's Hospital": "organisation"}, id="st"
        ),
        pytest.param("The company moved to St. Louis in 2010.", {"St. Louis": "place"}, id="st-place"),
        pytest.param("They reached Mt. Everest at dawn.", {"Mt. Everest": "place"}, id="mt"),
        pytest.param(
            "Gov. Gavin Newsom signed the bill on Tuesday.", {"Gov. Gavin Newsom": "person"}, id="gov"
        ),
        pytest.param("They said Mr. Smith was arrested.", {"Mr. Smith": "person"}, id="mr"),
        pytest.param(
            "A plaque for John F. Kennedy was unveiled.", {"John F. Kennedy": "person"}, id="initial"
        ),
        pytest.param(
            "He met U.S. President Joe Biden.", {"U.S. President Joe Biden": "person"}, id="us-title"
        ),
    ],
)
def test_a_period_inside_a_name_does_not_cut_it(text: str, kinds: dict[str, str]) -> None:
    """Agencies write "U.S.", "St. Louis", "Gov." and middle initials: each was a name of one letter or
    abbreviation ("U", "St", "Gov") beside a name cut short ("Louis", "John F")."""
    assert {e.text: e.kind.value for e in fact(text).entities} == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("“We’re ready,” he said.", {}, id="a-contraction-opening-a-quote"),
        pytest.param("“I’m sorry for the delay,” Smith said.", {"Smith": "person"}, id="i-am"),
        pytest.param("Microsoft Corp said profits rose.", {"Microsoft Corp": "organisation"}, id="corp"),
        pytest.param("The U.S. Navy sent two ships.", {"U.S. Navy": "organisation"}, id="navy"),
        pytest.param("The Royal Air Force flew.", {"Royal Air Force": "organisation"}, id="air-force"),
        pytest.param("The National Guard was deployed.", {"National Guard": "organisation"}, id="guard"),
        pytest.param(
            "Jean-Yves Le Drian and Conor O'Neill met.",
            {"Jean-Yves Le Drian": "person", "Conor O'Neill": "person"},
            id="hyphen-and-apostrophe",
        ),
        pytest.param("Residents of Brisk were told to stay home.", {"Brisk": "other"}, id="common-noun-of"),
        pytest.param("They searched the Hallorans' house.", {"Hallorans": "other"}, id="plural-possessive"),
        pytest.param(
            "Bank of England officials met.", {"Bank of England": "organisation"}, id="body-of-place"
        ),
        pytest.param("Port of Varnholm workers struck.", {"Port of Varnholm": "place"}, id="port-of"),
    ],
)
def test_names_and_their_kinds_from_the_facts_audit(text: str, kinds: dict[str, str]) -> None:
    """ "We’re" and "I’m" were names, "Residents of Brisk" one name, "Microsoft Corp" a person, and
    "Conor O'Neill" no person."""
    assert {e.text: e.kind.value for e in fact(text).entities} == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "The ferry Santa Irena ran aground off Brisk.",
            {"Santa Irena": "other", "Brisk": "place"},
            id="a-ship-after-its-kind",
        ),
        pytest.param("The tanker MV Sanchi sank.", {"MV Sanchi": "other"}, id="a-ship-by-its-prefix"),
        pytest.param(
            "From the boat, Mara Lindqvist said the crew was safe.",
            {"Mara Lindqvist": "person"},
            id="a-person-after-a-ship-and-a-comma",
        ),
        pytest.param(
            "On the ferry, Captain Mara Lindqvist said the engines had failed.",
            {"Captain Mara Lindqvist": "person"},
            id="a-title-after-a-ship-and-a-comma",
        ),
        pytest.param(
            "They rescued the crew of the Nordic Star.", {"Nordic Star": "other"}, id="the-before-a-name"
        ),
        pytest.param(
            "The officials in London and Moscow disagreed.",
            {"London": "place", "Moscow": "place"},
            id="a-place-joined-to-a-place",
        ),
        pytest.param(
            "The talks in Geneva and Putin's visit were delayed.",
            {"Geneva": "place", "Putin": "other"},
            id="only-a-name-joined-by-and-or-or",
        ),
    ],
)
def test_ships_and_places_in_a_row_are_no_people(text: str, kinds: dict[str, str]) -> None:
    """ "Santa Irena", a ferry, and "the United States" were people; "Moscow" after "London and" was
    of no known kind."""
    assert {e.text: e.kind.value for e in fact(text).entities} == kinds


@pytest.mark.parametrize(
    "name",
    ["Church of England", "House of Commons", "Republic of Ireland", "Chamber of Commerce", "City of Kessby"],
)
def test_a_body_or_place_of_a_place_opening_a_sentence_keeps_its_first_word(name: str) -> None:
    """ "Residents of Brisk" names Brisk; "Church of England" is one name, at a sentence's start too
    (it read "England")."""
    assert fact(f"{name} officials said on Monday they would act.").names == (name,)


def test_an_initialism_is_one_word_without_its_periods() -> None:
    """ "U.S." reads as "US" (a function word, as "us"), so the two spellings weigh alike; "U.N." as "un"."""
    assert (
        fact("The U.S. economy grew, the U.N. said.").stems == fact("The US economy grew, the UN said.").stems
    )


def test_sentence_initial_function_word_is_not_a_name() -> None:
    names = fact("The Kremlin said they spoke on Monday.").names
    assert "The" not in names
    assert "The Kremlin" not in names
    assert "Monday" not in names


def test_name_does_not_swallow_start_of_next_word() -> None:
    """The joiner "of" (as in "Port of Varnholm") is a word, not the start of "offered"."""
    assert fact("Putin offered congratulations.").names == ("Putin",)


# --------------------------------------------------------------------------- stems


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("congratulated", "congratulations"),
        ("normalizing", "normalize"),
        ("discussed", "discussion"),
        ("workers", "worker"),
    ],
)
def test_word_forms_share_a_stem(a: str, b: str) -> None:
    assert stem_words([a]) == stem_words([b])


def test_fact_stems_are_content_words() -> None:
    f = fact("Putin congratulated the US president-elect on his election victory.")
    g = fact("He offered his congratulations on winning a historic election.")
    assert set(f.stems) & set(g.stems) >= set(stem_words(["congratulated", "election"]))
    for function_word in ("the", "on", "his", "he", "a"):
        assert function_word not in f.stems
        assert function_word not in g.stems


def test_possessive_dropped_and_apostrophes_unified() -> None:
    assert set(fact("Trump’s team spoke.").stems) == set(fact("Trump's team spoke.").stems)
    assert "trump" in fact("Trump’s team spoke.").stems


def test_attribution_verbs_are_not_content() -> None:
    f = fact("Peskov said the Kremlin announced nothing.")
    assert {"said", "announced"} <= set(f.attributions)
    assert not set(stem_words(["said"])) & set(f.stems)


# --------------------------------------------------------------------------- richer facts


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        (
            ("The port lost 1,000 jobs.", "The port lost 1000 jobs.", "The port lost one thousand jobs."),
            "1000",
        ),
        (("Pay rose 3.5 percent.", "Pay rose 3.5%.", "Pay rose 3.5 per cent."), "3.5%"),
        (("The club paid 85m euros.", "The club paid 85 million euros."), "85000000"),
        (("A 4.2bn euro deal.", "A 4.2 billion euro deal.", "A 4,200,000,000 euro deal."), "4200000000"),
        # a scale word written against the digits, as tabloids do ("£450million")
        (("The club paid £85million.", "The club paid £85 million.", "The club paid £85m."), "85000000"),
        (("Exports reached 3billion euros.", "Exports reached 3 billion euros."), "3000000000"),
        (("The strike lasts 48 hours.", "A 48-hour strike.", "A two-day strike."), "48h"),
        (("Repairs take six months.", "Repairs take 6 months.", "Repairs take half a year."), "4380h"),
    ],
)
def test_numbers_written_differently_normalise_alike(texts: tuple[str, ...], value: str) -> None:
    for text in texts:
        assert value in fact(text).numbers, text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param("Polls close at 1800 GMT on Sunday.", ("sunday", "18:00"), id="gmt"),
        pytest.param("The blast happened at 0600 UTC.", ("06:00",), id="utc"),
        pytest.param(
            "The vote is set for 3 p.m. EST Friday.", ("friday", "15:00"), id="a-zone-after-a-clock"
        ),
    ],
)
def test_a_wire_time_in_gmt_is_a_time_and_its_zone_no_name(text: str, dates: tuple[str, ...]) -> None:
    """ "1800 GMT" was the figure 1800 (a year, even), and "EST Friday" a person."""
    found = fact(text)
    assert found.dates == dates
    assert found.numbers == ()
    assert not {"GMT", "UTC", "EST", "EST Friday"} & set(found.names)


def test_digits_of_names_dates_and_times_are_not_figures() -> None:
    assert fact("The Vela-2 rocket flew at 21:32 on 14 November.").numbers == ()
    assert fact("Stay inside until six in the evening, or 11 at night.").numbers == ()
    assert fact("The tram derailed at a quarter past eight, injuring 14.").numbers == ("14",)
    assert fact("Polls closed at half past 9 and at ten o'clock.").numbers == ()


def test_words_near_a_clock_time_that_are_no_time_stay_numbers() -> None:
    # a range, a count after "past", minutes given to people: figures, not times of day
    assert fact("Prices rose from five to ten euros.").numbers == ("5", "10")
    assert fact("The 40 protesters marched past three embassies.").numbers == ("40", "3")
    assert fact("She gave 20 minutes to three judges.").dates == ()
    assert fact("The museum lost a quarter of its budget and half its staff.").dates == ()
    assert "22:00" not in fact("The vote ended at quarter to ten in the evening.").dates


@pytest.mark.parametrize(
    ("texts", "date"),
    [
        (
            ("They met on Monday, November 14.", "They met on 14 November.", "They met on Nov. 14."),
            "november 14",
        ),
        (("It began at 3 p.m. sharp.", "It began at 15:00 sharp."), "15:00"),
        (("The bell rang at 8:15 a.m.", "The bell rang at 08:15."), "08:15"),
        (("Filed on 2016-11-14 by the clerk.",), "november 14"),
        (("Shops shut at noon.", "Shops shut at midday.", "Shops shut at 12:00."), "12:00"),
        (("Stay inside until 6 p.m.", "Stay inside until six in the evening."), "18:00"),
        (("The ferry left at 11 at night.", "The ferry left at 23:00."), "23:00"),
        (("Trains resume at eight in the morning.", "Trains resume at 8 a.m."), "08:00"),
        (("The tram derailed at a quarter past eight.", "The tram derailed at 8:15 a.m."), "08:15"),
        (("Polls closed at half past nine, when counting began.", "Polls closed at 09:30."), "09:30"),
        (("The vote ended at quarter to ten in the evening.", "The vote ended at 9:45 p.m."), "21:45"),
        (("The alarm went off at ten minutes to six p.m.", "The alarm went off at 17:50."), "17:50"),
        (("Voting ran until twenty past nine.", "Voting ran until 9:20 a.m."), "09:20"),
        (("Talks lasted until a quarter to midnight.", "Talks lasted until 23:45."), "23:45"),
        (("The jet landed 20 minutes before noon.", "The jet landed at 11:40 a.m."), "11:40"),
        (("The jet landed ten minutes after six p.m.", "The jet landed at 18:10."), "18:10"),
        (("The shop opens at eight o'clock.", "The shop opens at 8 a.m."), "08:00"),
    ],
)
def test_dates_and_times_normalise_alike(texts: tuple[str, ...], date: str) -> None:
    for text in texts:
        assert date in fact(text).dates, text


def test_entities_get_a_kind_from_the_words_around_them() -> None:
    kinds = {
        e.text: e.kind.value
        for e in fact(
            "Port spokesman Ivo Marek told reporters in Kessby that the Kessby Port Authority would appeal."
        ).entities
    }
    assert kinds["Ivo Marek"] == "person"
    assert kinds["Kessby Port Authority"] == "organisation"
    assert kinds["Kessby"] == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(
            "Shares in Quorra Systems fell on Monday.", "Quorra Systems", "organisation", id="systems"
        ),
        pytest.param("Visitors flocked to Grenholm Zoo on Monday.", "Grenholm Zoo", "organisation", id="zoo"),
        pytest.param("Two skiers died on Piz Varnel on Monday.", "Piz Varnel", "place", id="mountain"),
        pytest.param("The tanker sank in Sandvik Bay on Monday.", "Sandvik Bay", "place", id="bay"),
        pytest.param("Ships queued outside the Port of Varnholm.", "Port of Varnholm", "place", id="port-of"),
        pytest.param("She won the Rostal Marathon on Sunday.", "Rostal Marathon", "other", id="event"),
        pytest.param("The graves date from the Bronze Age, experts said.", "Bronze Age", "other", id="era"),
        pytest.param(
            "Environment Minister Frida Lund spoke.", "Environment Minister Frida Lund", "person", id="title"
        ),
        pytest.param(
            "The Ministry of Health opened an office in Neustadt ob der Aisch last week.",
            "Neustadt ob der Aisch",
            "place",
            id="joined-place-after-in",
        ),
        pytest.param(
            "Weil am Rhein declared an emergency on Monday.",
            "Weil am Rhein",
            "place",
            id="joined-place-opening",
        ),
        pytest.param(
            "The striker Jonas Ekberg left for Atletico Madrid last summer.",
            "Atletico Madrid",
            "organisation",
            id="club-named-by-a-place",
        ),
        pytest.param(
            "The winger signed for Sporting Lisbon in June.",
            "Sporting Lisbon",
            "organisation",
            id="signed-for",
        ),
    ],
)
def test_two_capitalised_words_are_not_always_a_person(text: str, name: str, kind: str) -> None:
    """The last word (or the first: "Piz", "Mount", "St") tells an organisation, a place or an
    event from a person's first and last name."""
    assert {e.text: e.kind.value for e in fact(text).entities}[name] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Three Jan Verhoef paintings were stolen.", "Jan Verhoef", id="number-word"),
        pytest.param(
            "Wednesday Prime Minister Zuzana Halova resigned.", "Prime Minister Zuzana Halova", id="weekday"
        ),
        pytest.param("Ana Beltrán and Lena Kovač spoke.", "Ana Beltrán", id="a-first-name-that-is-a-word"),
        pytest.param(
            "Earlier Monday, Kremlin spokesman Dmitry Peskov spoke.", "Dmitry Peskov", id="a-word-of-time"
        ),
        pytest.param("Trump's team issued a statement.", "Trump", id="a-possessive"),
    ],
)
def test_a_name_opening_a_sentence_sheds_a_number_or_weekday_glued_to_it(text: str, name: str) -> None:
    assert name in fact(text).names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Former Harlow Bay mayor Daniel Pryce was jailed on Thursday.",
            {"Harlow Bay", "Daniel Pryce"},
            id="former-place",
        ),
        pytest.param(
            "Outgoing Governor Ilse Marquardt said the cut was overdue.",
            {"Governor Ilse Marquardt"},
            id="outgoing-title",
        ),
        pytest.param(
            "Acting Police Chief Dana Holt confirmed the arrest.", {"Police Chief Dana Holt"}, id="acting"
        ),
        pytest.param("Veteran Velmar councillor Ada Lunt resigned.", {"Velmar", "Ada Lunt"}, id="veteran"),
        pytest.param("Ex-Velmar coach Anton Berg left on Monday.", {"Velmar", "Anton Berg"}, id="ex-place"),
        pytest.param("Ex-mayor Daniel Pryce was jailed on Thursday.", {"Daniel Pryce"}, id="ex-office"),
        pytest.param(
            "Interim Orlen Rail chief Mara Vell quit.", {"Orlen Rail", "Mara Vell"}, id="interim-company"
        ),
    ],
)
def test_a_word_of_standing_opening_a_sentence_is_no_part_of_a_name(text: str, names: set[str]) -> None:
    """ "Former Harlow Bay mayor" read the name "Former Harlow Bay" (review 28): a word of standing
    (former, ex-, outgoing, acting, veteran...) that opens a sentence is capitalised for that, and
    inside a sentence it is written in lower case, outside the name."""
    found = set(fact(text).names)
    assert names <= found
    assert not any(
        n.split("-")[0].split()[0].casefold() in {"former", "ex", "outgoing", "acting", "veteran", "interim"}
        for n in found
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Lena Former said the vote was fair.", {"Lena Former"}, id="a-surname-stays"),
        pytest.param(
            "Velmar's former mayor Daniel Pryce was jailed.", {"Velmar", "Daniel Pryce"}, id="inside"
        ),
    ],
)
def test_a_word_of_standing_inside_a_name_stays(text: str, names: set[str]) -> None:
    assert names <= set(fact(text).names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "On Wednesday Prime Minister Zuzana Halova accepted it.",
            ("Prime Minister Zuzana Halova",),
            id="after-on",
        ),
        pytest.param(
            "She said that on Friday Chancellor Olaf Brandt had left.", ("Chancellor Olaf Brandt",), id="in"
        ),
        pytest.param("In March Mayor Ida Lund signed the order.", ("Mayor Ida Lund",), id="a-month-after-in"),
        pytest.param("In May Theresa May resigned.", ("Theresa May",), id="month-then-may"),
        pytest.param("The singer April Ryan said so.", ("April Ryan",), id="a-person-named-like-a-month"),
        pytest.param("She met June Carter on Friday.", ("June Carter",), id="a-month-name-after-a-verb"),
    ],
)
def test_a_day_or_month_before_a_name_is_no_part_of_it(text: str, names: tuple[str, ...]) -> None:
    assert fact(text).names == names


def test_a_quoted_speaker_is_a_person() -> None:
    found = fact("“We will not give up,” said Ola Brekke on Friday.")
    assert [e.kind.value for e in found.entities if e.text == "Ola Brekke"] == ["person"]
    assert found.quotes[0].speaker == "Ola Brekke"


def test_attribution_verbs_are_listed() -> None:
    assert fact("The minister pledged new money, an aide confirmed.").attributions == ("confirmed", "pledged")
    assert fact("The minister has new money.").attributions == ()


@pytest.mark.parametrize(
    ("text", "attributions"),
    [
        # a recall of goods, and a country's name: no one speaks
        ("Hollin Tools has recalled 300,000 drills sold in the United States after burns.", ()),
        ("Some 80,000 kettles were recalled.", ()),
        ("Ravel Foods recalled its oat bars in the Gulf States last spring.", ()),
        # a verb of saying in its context
        ("Petra Voss recalled that the dam held for an hour.", ("recalled",)),
        ("Old Jonas recalled how the bell rang twice.", ("recalled",)),
        ("The bell rang twice, Petra Voss recalled.", ("recalled",)),
        ("The permit states that no boat may sail.", ("states",)),
        # "reports" as a noun, after a count, a determiner or a preposition: no one speaks
        ("Sales stopped after dozens of reports that the heaters caught fire.", ()),
        ("The reports of smoke came from two schools.", ()),
        ("Reports that the pier had cracked spread on Monday.", ()),
        ("Officials acted amid 40 reports of burns.", ()),
        # "reports" after its doer says
        ("The coastguard reports that the pier had cracked.", ("reports",)),
        ("Two boats sank, the harbour office reports.", ("reports",)),
    ],
)
def test_a_verb_of_saying_says_only_in_its_context(text: str, attributions: tuple[str, ...]) -> None:
    """ "recalled" tells a memory before what is told ("that", "how") or at the clause's end, not a
    recall of goods; "states" in a name ("United States") is no verb: a product recall in the United
    States made the country a speaker."""
    found = fact(text)
    assert found.attributions == attributions
    assert reported_by(found) is None or "recalled" in attributions


def test_a_recall_of_goods_makes_no_speaker() -> None:
    found = fact("Hollin Tools is recalling 300,000 drills sold in the United States after burns.")
    assert (reported_by(found), body_reported_by(found)) == (None, None)
    found = fact("Hollin Tools recalled 300,000 drills in the United Kingdom over faulty wiring.")
    assert body_reported_by(found) is None


def test_the_words_of_a_quote_attribute_nothing() -> None:
    """A quote's "told" is its speaker's word: a quote going on from the sentence before attributes
    nothing, and a sentence with a quote and its speaker keeps the speaker's verb alone."""
    assert fact('"I told him no. Not in this wind."').attributions == ()
    assert fact('"They told us to leave," Ana Ruiz said.').attributions == ("said",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Businessman Radu Munteanu was jailed.", ("Radu Munteanu",), id="opening"),
        pytest.param(
            "Police questioned Billionaire Ana Pop Marin.", ("Police", "Ana Pop Marin"), id="inside"
        ),
        pytest.param("The Journalist Awards were held.", ("Journalist Awards",), id="control-an-event"),
        pytest.param("Lawyer Smith said so.", ("Lawyer Smith",), id="control-one-word-left"),
    ],
)
def test_a_calling_before_a_name_is_not_part_of_it(text: str, names: tuple[str, ...]) -> None:
    assert fact(text).names == names


def test_a_title_starting_a_sentence_is_not_a_name() -> None:
    found = fact('Chief engineer Tomas Rieger said the line had been rebuilt "to withstand a flood".')
    assert found.names == ("Tomas Rieger",)
    assert found.quotes[0].speaker == "Tomas Rieger"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Mission director Claire Fabre said the launch was "a perfect return to flight."',
            "Claire Fabre",
            id="organisation-word-before-title",
        ),
        pytest.param(
            '"We will not give up on this," said Kremlin spokesman Dmitry Peskov.',
            "Dmitry Peskov",
            id="organisation-before-title-after-quote",
        ),
        pytest.param(
            'Peskov told Interfax: "We have no such plans at all."', "Peskov", id="no-title-first-name"
        ),
        pytest.param(
            'Next year Russia marks 210 years of ties, "a reason for pragmatic ties," the statement says.',
            None,
            id="no-name-near-the-verb",
        ),
    ],
)
def test_the_speaker_is_the_name_after_a_title(text: str, speaker: str | None) -> None:
    """A name before the title ("Mission", "Kremlin") says whose the speaker is, not who speaks;
    a name far from the attribution verb is none ("the statement says")."""
    assert fact(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "« La situation est sous contrôle », a déclaré le ministre de l'Intérieur, Laurent Nuñez.",
            "fr",
            "Laurent Nuñez",
        ),
        (
            '"Estamos evaluando los daños", declaró el ministro de Defensa, Walter Astudillo.',
            "es",
            "Walter Astudillo",
        ),
        (
            "«La situazione è sotto controllo», ha detto il presidente della Regione, Michele de Pascale.",
            "it",
            "Michele de Pascale",
        ),
        (
            '"The situation is under control," said the Minister of Defence, Walter Astudillo.',
            "en",
            "Walter Astudillo",
        ),
        (
            '"We will meet again," said Angela Merkel, Emmanuel Macron and Mario Draghi.',
            "en",
            "Angela Merkel",
        ),
        (
            '"For older people, this is a turning point," said Cellvia\'s chief scientist, Dr Amara Osei.',
            "en",
            "Dr Amara Osei",
        ),
        ('"We will win," said Smith, citing President Joe Biden.', "en", "Smith"),
        ('"We are ready," said Ann Lee, President Joe Biden\'s envoy.', "en", "Ann Lee"),
        ('"We are ready," said Ann Lee, Dr Tom Berg’s deputy.', "en", "Ann Lee"),
    ],
)
def test_the_speaker_is_the_person_named_after_an_office(
    text: str, language: str, speaker: str | None
) -> None:
    """ "the minister of the Interior, Laurent Nuñez": the capitalised office ("Intérieur",
    "Defensa", "Regione") before the comma is the title's, the full name after it speaks."""
    assert fact(text, language).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Jana Novak, who heads the ministry\'s crisis unit, said: "We will rebuild every home."',
            "Jana Novak",
            id="relative-clause",
        ),
        pytest.param(
            'Karl Sten, the mayor of the northern town of Orin, said the river "had never been this high."',
            "Karl Sten",
            id="apposition-with-a-name",
        ),
        pytest.param(
            'Russia, the US and China will hold talks next year, "a reason for ties," the statement says.',
            None,
            id="a-list-is-no-aside",
        ),
    ],
)
def test_the_speaker_is_the_name_before_an_aside(text: str, speaker: str | None) -> None:
    """Wire copy sets the speaker's function between commas ("Jana Novak, who heads the crisis
    unit, said"): the aside is no distance from the verb, and a name inside it does not speak."""
    assert fact(text).quotes[0].speaker == speaker


def _article_facts(*paragraphs: str) -> list[Fact]:
    article = Article(index=0, source="a", label="a", paragraphs=paragraphs, metadata=Metadata())
    return facts(article)


def test_a_common_word_opening_a_sentence_is_not_a_name() -> None:
    found = _article_facts(
        "Divers found a crack in the hull. Authorities evacuated 3,000 residents.",
        "Twenty-three fires were reported. Laid-off staff will get 16 weeks of pay.",
        "Among the dead was a child.",
    )
    assert [f.names for f in found] == [(), (), (), (), ()]
    assert all(f.entities == () for f in found)


def test_an_opening_name_stays_a_name() -> None:
    """A word WordNet writes only capitalised, or one the article also capitalises inside a
    sentence ("Trump", a common word too), or a quote's speaker, stays a name."""
    found = _article_facts(
        "Corvanta shares fell 34% on Monday.",
        "Trump spoke first. Putin then called Trump.",
        'Brown said: "We will appeal the ruling."',
    )
    assert [f.names for f in found] == [("Corvanta",), ("Trump",), ("Putin", "Trump"), ("Brown",)]


def test_a_common_word_glued_to_a_name_the_article_gives_elsewhere_is_shed() -> None:
    found = _article_facts(
        "Cyclist Luka Maren has been suspended. Luka Maren denies doping.",
        "Ana Beltrán and Lena Kovač spoke. Beltrán said little.",
    )
    assert found[0].names == ("Luka Maren",)
    assert [e.kind.value for e in found[0].entities] == ["person"]
    assert "Ana Beltrán" in found[2].names  # "ana" is a word too, but no word glued to a name


def test_a_first_name_that_is_a_function_word_or_month_comes_back_when_the_article_gives_it() -> None:
    """ "Will" and "May" open questions and dates too, so a sentence's own opening "Will Smith"
    names only "Smith"; the article writing "Will Smith" inside a sentence settles it."""
    found = _article_facts(
        "Will Smith said the film would open in May. May Ellis, the mayor, closed the roads.",
        "Will the roads reopen? Later, Will Smith thanked May Ellis.",
        "May Brandt was not there.",
    )
    assert [f.names for f in found] == [
        ("Will Smith",),
        ("May Ellis",),
        (),
        ("Will Smith", "May Ellis"),
        ("Brandt",),
    ]
    assert [e.kind.value for e in found[0].entities] == ["person"]


def test_a_first_name_given_back_speaks_the_quote_too() -> None:
    found = _article_facts("Will Smith said the crew was “ready for the night”.", "Later, Will Smith left.")
    assert found[0].names == ("Will Smith",)
    assert [q.speaker for q in found[0].quotes] == ["Will Smith"]


def test_a_country_opening_a_sentence_stays_a_name() -> None:
    """ "Turkey", "China", "Japan" are common words too (a bird, porcelain, lacquer), but a
    country opens a sentence of the news far more often than they do."""
    found = _article_facts(
        "Turkey closed its airspace on Monday.", "China said it was watching closely.", "Japan sent an envoy."
    )
    assert [f.names for f in found] == [("Turkey",), ("China",), ("Japan",)]


def test_common_words_are_told_from_names_by_how_wordnet_writes_them() -> None:
    assert is_common_word("diver")
    assert is_common_word("thiev")  # "thieves", an irregular plural
    assert not is_common_word("putin")
    assert not is_common_word("london")


def test_a_duration_is_one_quantity_not_also_a_figure() -> None:
    """ "within 7 months" is 5,110 hours; counting the 7 too would make two template sentences that
    share only a deadline look like they share two figures."""
    assert fact("The strike lasted 48 hours.").numbers == ("48h",)
    assert fact("Prices rose 25 percent within 7 months.").numbers == ("25%", "5110h")
    assert fact("Seven months later, 1,500 workers walked out.").numbers == ("1500", "5110h")


def test_a_time_taken_is_one_duration_to_the_second() -> None:
    """A marathon's "2:11:43" was the figures 2, 11 and 43; after "at" it stays a time of day."""
    assert fact("Daro set a world record of 2:11:43 in Rostal.").numbers == ("2.195278h",)
    assert "2.195278h" not in fact("Polls close at 20:00:00 tonight.").numbers
    assert quantity("2.195278h") is None  # two runners' times are no close figures
    assert quantity("0.967h") == ("h", 0.967)  # 58 minutes is one, of "just under an hour"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("The train on the RB 34 line carried 120 people.", ("120",), id="a-line"),
        pytest.param("Flight MH 17 crashed, killing 298.", ("298",), id="a-flight"),
        pytest.param("Schools No. 3 and 7 closed, and 40 pupils went home.", ("40",), id="numbered"),
        pytest.param("The Kessby fund lost CHF 30 million.", ("30000000",), id="a-currency-code"),
        pytest.param("In Madrid 40 people died.", ("40",), id="a-capitalised-place"),
        pytest.param("Vesuvius erupted in AD 79.", ("79",), id="an-era"),
        pytest.param("A spokesman told the BBC 40 people were hurt.", ("40",), id="after-a-broadcaster"),
        pytest.param("In the UK 300 people were arrested.", ("300",), id="after-a-country"),
        pytest.param("Across the US 1,200 flights were cut.", ("1200",), id="thousands"),
        pytest.param("The EU 2 million euro fund ran dry.", ("2000000",), id="a-scale"),
        pytest.param("On Flight MH 17, 298 people died.", ("298",), id="after-a-name-and-a-comma"),
    ],
)
def test_a_number_that_names_something_is_no_figure(text: str, numbers: tuple[str, ...]) -> None:
    """ "RB 34" is a line's name: its 34 was a conflict with another article's 23 injured."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Seven out of ten voters backed the plan.", ("~70%",), id="out-of-ten"),
        pytest.param("38 out of 100 passengers flew Voar Sul.", ("~38%",), id="out-of-a-hundred"),
        pytest.param("The Greens won 20 out of 32 seats.", ("20", "32"), id="two-counts"),
    ],
)
def test_a_count_out_of_ten_is_a_share(text: str, numbers: tuple[str, ...]) -> None:
    """ "Seven out of ten" is what "seven in ten" and "70%" are, roughly; "20 out of 32 seats" stay
    the counts another outlet gives ("20 of the 32 seats")."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Divers found a two-metre crack in the hull.", ("2",), id="a-measure"),
        pytest.param("Ruiz signed a two-year contract.", ("2",), id="a-length"),
        pytest.param("A one-off payment was agreed.", (), id="no-measure"),
        pytest.param("Two ships sank.", (), id="a-pair"),
    ],
)
def test_one_or_two_in_a_measure_is_a_figure(text: str, numbers: tuple[str, ...]) -> None:
    """ "A two-metre crack" gave no figure where "a 2-metre gash" gave 2: "one" and "two" are left
    out as articles and pairs, but not before a unit."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers", "periods"),
    [
        pytest.param("He could be jailed for up to a decade.", ("10",), (), id="a-decade"),
        pytest.param("Three decades of war ended.", ("30",), (), id="decades"),
        pytest.param("In the last decade, 40 people died.", ("40",), ("last decade",), id="a-period"),
        pytest.param("Scientists date the burials to around 1200 BC.", ("1200",), ("1200",), id="bc"),
        pytest.param("More than 300 BC Hydro crews were at work.", ("300",), (), id="a-name-after"),
    ],
)
def test_decades_are_years_and_an_era_tells_a_year(
    text: str, numbers: tuple[str, ...], periods: tuple[str, ...]
) -> None:
    """ "Up to a decade" is the 10 of "up to 10 years"; "1200 BC" is a year, no count that "3,200
    years old" could disagree with."""
    read = fact(text)
    assert (read.numbers, read.periods) == (numbers, periods)


@pytest.mark.parametrize(
    "text",
    [
        "The debt is {} dollars, up from 12.",
        "The rescue took {} hours, up from 12.",
        "It took between {} and 12 hours.",
        "Turnout fell {}.5 percentage points to 12%.",
        "About {}% voted, up from 12.",
    ],
)
def test_a_figure_beyond_a_float_is_no_figure(text: str) -> None:
    """Four hundred digits are more than a float holds (a reading stopped with OverflowError): the
    sentence's other figures are read, that one is not."""
    assert "12" in " ".join(fact(text.format("9" * 400)).numbers)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Daro won in 2 hours 11 minutes 43 seconds.", ("2.195278h",), id="to-the-second"),
        pytest.param("She clocked 1:49.87, a world record.", ("0.03051944h",), id="to-the-hundredth"),
        pytest.param("He leads by 1 min 12 s.", ("0.02h",), id="abbreviated"),
        pytest.param("It took 3 hours, 12 minutes and five seconds.", ("3.201389h",), id="commas-and"),
        pytest.param("The flight took an hour and 20 minutes.", ("1.333h",), id="an-hour-and"),
        pytest.param("He was held for 3 days and 4 hours.", ("76h",), id="days-and-hours"),
        pytest.param("She beat the old mark by 38 seconds.", ("0.010556h",), id="seconds-alone-a-duration"),
        pytest.param("The talks lasted 12 hours; 30 minutes later a deal came.", ("12h", "0.5h"), id="apart"),
        pytest.param("Rent is 50 euros a month and 3 days later it rose.", ("50", "72h"), id="a-rate"),
        pytest.param(
            "It went 90 minutes, and 30 seconds later fans ran on.", ("1.5h", "0.008333h"), id="s-later"
        ),
        pytest.param("It rained 3 days, and 12 hours later it flooded.", ("72h", "12h"), id="h-later"),
    ],
)
def test_a_duration_written_in_parts_is_one_duration(text: str, numbers: tuple[str, ...]) -> None:
    """ "2 hours 11 minutes 43 seconds" was the figures 2h, 0.183h and 43: a group with "2:11:43"
    showed them as a conflict, and two reports of one marathon were not grouped."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("City won 4-2 at home.", ("4-2",), id="a-falling-pair"),
        pytest.param("The derby ended 0-0.", ("0-0",), id="level"),
        pytest.param("Orsa lost 1-2 in extra time.", ("1-2",), id="rising-beside-a-word-of-a-match"),
        pytest.param("She won 3-6, 6-3, 6-4.", ("3-6", "6-3", "6-4"), id="the-sets-of-a-match"),
        pytest.param("The senate voted 52-47 for the bill.", ("52-47",), id="a-vote"),
        pytest.param("The repairs take 3-4 weeks.", ("504h", "672h"), id="a-range-of-weeks"),
        pytest.param("Between 20-30 people were evacuated.", ("20", "30"), id="a-range-of-people"),
        pytest.param("The party won 40-45 seats.", ("40", "45"), id="a-range-of-seats-won"),
        pytest.param("Prices rose 4-5% last year.", ("4%", "5%"), id="a-range-of-shares"),
        pytest.param("Cases of COVID-19 rose.", (), id="a-name"),
        pytest.param("The bank lost 1-2 million clients.", ("1000000", "2000000"), id="millions-lost"),
        pytest.param("The hikers lost 2-4 kg on the way.", ("2", "4"), id="kilos-lost"),
        pytest.param("Orsa were beaten 1-3 at home.", ("1-3",), id="beaten"),
        pytest.param("After a 0-2 loss, the coach resigned.", ("0-2",), id="a-loss"),
    ],
)
def test_a_score_is_read_whole(text: str, numbers: tuple[str, ...]) -> None:
    """ "6-3, 7-5" was the figures 6, 3, 7 and 5; a rising pair alone is a range."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Growth of between 2 and 3 per cent is expected.", ("2%", "3%"), id="between-and"),
        pytest.param("Prices rose 2-3% in May.", ("2%", "3%"), id="hyphen"),
        pytest.param("Rates rose to 4.5 or 4.75 percent.", ("4.5%", "4.75%"), id="or"),
        pytest.param("In 2019 growth was 3%.", ("2019", "3%"), id="no-range"),
        pytest.param("Of 40 workers, 3% left.", ("40", "3%"), id="a-count-before-a-share"),
        pytest.param("Its stake shrank from 12 to 9.5 percent.", ("12%", "9.5%"), id="a-fall-from-to"),
        pytest.param("Of 12 to 9 voters, 3% left.", ("12", "9", "3%"), id="a-falling-pair-alone"),
    ],
)
def test_a_range_of_shares_gives_both_ends_as_shares(text: str, numbers: tuple[str, ...]) -> None:
    """ "between 2 and 3 per cent" gave the count 2 and the share 3%."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Repairs will take two to three weeks.", ("336h", "504h"), id="words-to"),
        pytest.param("Repairs will take 2-3 days.", ("48h", "72h"), id="digits-hyphen"),
        pytest.param("Repairs will take between 10 and 12 hours.", ("10h", "12h"), id="between-and"),
        pytest.param("Repairs will take three or four days.", ("72h", "96h"), id="or"),
        pytest.param("The Vela-2 flies to three days of tests.", ("72h",), id="a-model-number-is-no-range"),
    ],
)
def test_a_range_of_durations_gives_both_ends(text: str, numbers: tuple[str, ...]) -> None:
    """ "two to three weeks" kept only "three weeks", against another outlet's "two weeks"; the
    "2" of "2-3 days" was a figure of its own."""
    assert fact(text).numbers == numbers


def test_a_fact_packed_for_another_process_comes_back_whole() -> None:
    """The facts of many articles come back from the run's workers as tuples and strings."""
    sentence = Sentence(
        article=1,
        index=4,
        paragraph=2,
        text='"We will not sign," Kremlin spokesman Dmitry Peskov told reporters in Moscow on '
        "November 14, as 1,500 dockworkers of the Port of Halden walked out over a 300 million euro deal.",
    )
    fact = extract(sentence)
    assert all(
        (fact.quotes, fact.entities, fact.numbers, fact.dates, fact.names, fact.money)
    )  # all parts tried
    packed = pack_fact(fact)
    assert pickle.loads(pickle.dumps(packed)) == packed
    assert unpack_fact(packed, sentence) == fact
    german = extract(replace(sentence, text="Die Polizei sagte, Olaf Scholz sei in Hamburg gewesen."), "de")
    assert unpack_fact(pack_fact(german), german.sentence) == german


@pytest.mark.parametrize(
    ("text", "years"),
    [
        pytest.param("The dam was built in 1999.", {"1999"}, id="a-year"),
        pytest.param("Floods forced 2,000 people from their homes.", set(), id="a-count-with-a-separator"),
        pytest.param("The firm cut 2,000 of its 12000 jobs.", set(), id="a-count-inside-another-figure"),
    ],
)
def test_written_years_are_years_as_written(text: str, years: set[str]) -> None:
    """A year is four digits standing alone, not the digits of another figure ("12000" holds
    "2000")."""
    assert written_years(fact(text)) == years


def test_a_clock_time_keeps_the_zone_written_after_it() -> None:
    """Read only when two articles give other times: the facts' dates stay "15:00"."""
    assert clock_zones("The vote opens at 10 a.m. EST and closes at 1800 GMT on Tuesday.") == {
        "10:00": "EST",
        "18:00": "GMT",
    }
    assert clock_zones("The vote opens at 10 a.m. on Tuesday.") == {}


# --------------------------------------------------------------------------- other languages


def test_a_german_sentence_is_stemmed_and_filtered_in_german() -> None:
    found = fact("Die Polizei sagte, der Zug sei mit vielen Fahrgästen unterwegs gewesen.", "de")
    assert found.language == "de"
    assert {"polizei", "zug", "fahrgast", "unterweg"} <= set(found.stems)
    assert not {"die", "der", "sagt", "sagte", "sei", "mit"} & set(found.stems)
    assert found.attributions == ("sagte",)
    assert fact("Zwei Fahrgäste blieben im Zug.", "de").stems[1] == "fahrgast"


def test_french_and_italian_elided_words_are_read_whole() -> None:
    assert {"accident", "enquêt"} <= set(fact("L'enquête sur l'accident a commencé.", "fr").stems)
    assert "incident" in fact("Le cause dell'incidente sono ignote.", "it").stems


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        pytest.param(
            "Die Polizei sagte, Olaf Scholz sei in Hamburg gewesen.", "de", ("Olaf Scholz",), id="de-nouns"
        ),
        pytest.param(
            "Am Montag besuchte die Deutsche Bahn den Unfallort.", "de", ("Deutsche Bahn",), id="de-body"
        ),
        pytest.param("Der Zug entgleiste in der Nähe von Hamburg.", "de", (), id="de-particle"),
        pytest.param(
            "Nach Angaben der Deutschen Bahn waren 230 Fahrgäste an Bord.",
            "de",
            ("Deutschen Bahn",),
            id="de-after-a-particle",
        ),
        pytest.param(
            "Das sagte Bürgermeisterin Katja Dörner der Deutschen Presse-Agentur.",
            "de",
            ("Bürgermeisterin Katja Dörner", "Deutschen Presse-Agentur"),
            id="de-two-names-a-particle-apart",
        ),
        pytest.param("Der Schaden wird auf 12,5 Millionen Euro geschätzt.", "de", (), id="de-money"),
        pytest.param("Tausende Menschen demonstrierten in Berlin.", "de", (), id="de-a-count"),
        pytest.param("Der Stau war 47 Kilometer Luftlinie lang.", "de", (), id="de-a-unit"),
        pytest.param("Die Wahl soll Ende Oktober stattfinden.", "de", (), id="de-a-month"),
        pytest.param(
            "Selon la police, Emmanuel Macron a visité Lyon.", "fr", ("Emmanuel Macron", "Lyon"), id="fr"
        ),
        pytest.param("Según la policía, el tren llegó a Sevilla.", "es", ("Sevilla",), id="es-opener"),
        pytest.param("L'Ukraine a demandé une aide militaire.", "fr", ("Ukraine",), id="fr-elided-opener"),
        pytest.param("L’ONU et l'OTAN ont réagi.", "fr", ("ONU", "OTAN"), id="fr-elided-curly"),
        pytest.param("L'Ucraina ha chiesto aiuto.", "it", ("Ucraina",), id="it-elided-opener"),
        pytest.param("Dell'Ucraina si parla molto.", "it", ("Ucraina",), id="it-elided-preposition"),
        pytest.param("L'usine a fermé en mars.", "fr", (), id="fr-elided-common-word"),
        pytest.param("L'affluenza è scesa al 41 per cento.", "it", (), id="it-elided-common-word"),
        pytest.param(
            "Secondo il sindaco Marco Bianchi, la linea resta chiusa.", "it", ("Marco Bianchi",), id="it"
        ),
    ],
)
def test_names_in_other_languages(text: str, language: str, names: tuple[str, ...]) -> None:
    """German capitalises every noun, so there only a run of capitalised words is a name; elsewhere
    the language's own function words ("Selon", "Según") open no name."""
    assert fact(text, language).names == names


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("« Nous rouvrirons la ligne dès jeudi », a déclaré Jean Dupont.", "fr", "Jean Dupont"),
        ("„Wir öffnen die Strecke am Donnerstag wieder“, sagte Anna Weber.", "de", "Anna Weber"),
        ("»Wir öffnen die Strecke am Donnerstag wieder«, sagte Anna Weber.", "de", "Anna Weber"),
        (
            "„Wir öffnen die Strecke wieder“, sagte Bürgermeisterin Anna Weber der Deutschen Presse-Agentur.",
            "de",
            "Bürgermeisterin Anna Weber",
        ),
        ("«Reabriremos la línea el jueves», dijo Ana Ruiz.", "es", "Ana Ruiz"),
    ],
)
def test_a_quote_s_speaker_is_found_by_the_language_s_verbs(text: str, language: str, speaker: str) -> None:
    (quote,) = fact(text, language).quotes
    assert quote.speaker == speaker


def test_a_quote_in_spaced_guillemets_is_its_words_alone() -> None:
    """French writes « C'est … » with no-break spaces inside the marks: they were part of the quote,
    and a conflict showed them."""
    text = "«\u00a0C'est un coup de massue pour la vallée\u00a0», a réagi Karim Benali."
    (quote,) = fact(text, "fr").quotes
    assert quote.text == "C'est un coup de massue pour la vallée"


def test_an_article_is_split_and_read_in_its_language() -> None:
    article = Article(
        index=0,
        source="a",
        label="a",
        paragraphs=("Der Zug fuhr am 3. Oktober los. Danach kam es zu Verzögerungen.",),
        metadata=Metadata(language="de"),
    )
    assert [s.text for s in segment(article)] == [
        "Der Zug fuhr am 3. Oktober los.",
        "Danach kam es zu Verzögerungen.",
    ]
    assert {f.language for f in facts(article)} == {"de"}
    unknown = replace(article, metadata=Metadata(language=None))
    assert {f.language for f in facts(unknown)} == {"en"}
    named = facts(unknown, "de")  # --language de: split by German rules too, not only read
    assert [f.sentence.text for f in named] == [s.text for s in segment(article)]
    assert {f.language for f in named} == {"de"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le maire, M. Dupont, a parlé. La ligne reste fermée.",
        "M. Dupont est arrivé. La ligne reste fermée.",
    ],
)
def test_a_french_title_written_short_ends_no_sentence(paragraph: str) -> None:
    assert len(split_sentences(paragraph, "fr")) == 2


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("verwaltungsgericht", "gericht"),
        ("dieselfahrverbot", "fahrverbot"),
        ("oberbürgermeisterin", "bürgermeisterin"),
        ("zugverkehr", "verkehr"),
        ("polizei", None),  # too short to look into
        ("entgleisung", None),  # no word its end spells is common
        ("krankenhaus", "haus"),
        ("polizeisprecher", "sprecher"),
        ("verwaltungsrichter", "richter"),  # the first part before a linking "s"
        # no compounds: a verb's prefix, an ending that derives a word, a beginning that is no word
        ("verletzten", None),
        ("entscheidung", None),
        ("menschen", None),
        ("deutlich", None),
        ("zwischen", None),
    ],
)
def test_a_german_compound_has_its_head(word: str, head: str | None) -> None:
    assert compound_head(word, "de") == head


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("ziekenhuis", "huis"),
        ("gemeenteraad", "raad"),
        ("aangetroffen", None),
        ("verwachting", None),
        ("gevaarlijke", None),
        ("demonstreerden", None),
    ],
)
def test_a_dutch_compound_has_its_head(word: str, head: str | None) -> None:
    # the heads of words that are no compounds showed as words of the sentence in `newsdiff facts`
    # ("verwachting": "wachting", "demonstreerden": "reerden")
    assert compound_head(word, "nl") == head


@pytest.mark.parametrize(
    ("word", "language", "parts"),
    [
        ("stadtverwaltung", "de", ("verwaltung", "stadt")),
        # heads within heads, each with its first part
        ("bundesverfassungsgericht", "de", ("verfassungsgericht", "bundes", "gericht", "verfassungs")),
        ("zugverkehr", "de", ("verkehr",)),  # a first part of three letters is read as no word
        ("entscheidung", "de", ()),
        ("gemeenteraad", "nl", ("raad", "gemeente")),
        ("aangetroffen", "nl", ()),
    ],
)
def test_a_compound_has_its_parts(word: str, language: str, parts: tuple[str, ...]) -> None:
    assert compound_parts(word, language) == parts


def test_a_compound_meets_its_first_part_and_its_heads_head_in_another_sentence() -> None:
    """ "Parteichef" and "Parteivorsitz" both name the party's leadership; "Kohlekraftwerk" and
    "Werk" one plant: a compound's first part and its head's head are words of it too."""
    chief = set(fact("Der Parteichef der Liberalen legt sein Amt nieder.", "de").stems)
    chair = set(fact("Sie übernimmt im Herbst den Parteivorsitz.", "de").stems)
    assert "partei" in chief & chair
    plant = set(fact("Das Kohlekraftwerk am Fluss wird im Mai abgeschaltet.", "de").stems)
    assert "werk" in plant & set(fact("Das Werk schließt im Mai.", "de").stems)
    shortage = set(fact("Door een groot personeelstekort sluit de kliniek.", "nl").stems)
    assert "personeel" in shortage & set(fact("Er is te weinig personeel in de kliniek.", "nl").stems)


@pytest.mark.parametrize(
    ("words", "figures", "language"),
    [
        ("Siebenundvierzig Bergleute saßen fest.", "47 Bergleute saßen fest.", "de"),
        ("Er wartete elf Tage auf Antwort.", "Er wartete 11 Tage auf Antwort.", "de"),
        ("Er zijn veertien scholen gesloten.", "Er zijn 14 scholen gesloten.", "nl"),
        ("Uratowano trzydzieści osiem osób.", "Uratowano 38 osób.", "pl"),
    ],
)
def test_a_number_written_in_words_is_no_content_word(words: str, figures: str, language: str) -> None:
    """The number is read either way; as a word it also weighed on one side only (and "veertien"
    gave the false head "tien")."""
    spelled, written = fact(words, language), fact(figures, language)
    assert spelled.numbers == written.numbers
    assert spelled.stems == written.stems


def test_a_german_compound_meets_its_head_in_another_sentence() -> None:
    """ "Das Verwaltungsgericht" and "ein Gericht" name one court: the compound's head is one of its
    words too."""
    court = set(fact("Das Verwaltungsgericht hob das Dieselfahrverbot auf.", "de").stems)
    assert {"verwaltungsgericht", "gericht", "dieselfahrverbot", "fahrverbot"} <= court
    assert {"gericht", "fahrverbot"} <= set(fact("Ein Gericht kippte das Fahrverbot.", "de").stems)
    assert "gericht" not in fact("Das Verwaltungsgericht hob das Verbot auf.").stems  # English: no compounds


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        pytest.param(
            "Drei Menschen starben. 47 weitere wurden verletzt.",
            ["Drei Menschen starben.", "47 weitere wurden verletzt."],
            id="a-figure-opens",
        ),
        pytest.param(
            "Der Zug kam um 18.45 Uhr an! 230 Fahrgäste saßen fest.",
            ["Der Zug kam um 18.45 Uhr an!", "230 Fahrgäste saßen fest."],
            id="after-an-exclamation",
        ),
        pytest.param("Es kamen ca. 200 Menschen, laut Nr. 5 der Liste.", None, id="abbreviations"),
        pytest.param("Er zahlt inkl. 19 Prozent, zzgl. 5 Euro Versand.", None, id="before-figures"),
        pytest.param("Das Gesetz gilt ab dem 3. 10. 2026 für alle.", None, id="a-spaced-date"),
    ],
)
def test_a_german_sentence_may_open_with_a_figure(paragraph: str, sentences: list[str] | None) -> None:
    """German's splitting rules cut before no figure (an ordinal's period: "am 3. Oktober"); a
    sentence that opens with one ends the one before it when a word ends that one."""
    assert split_sentences(paragraph, "de") == (sentences or [paragraph])


@pytest.mark.parametrize(
    ("paragraph", "language", "first"),
    [
        pytest.param(
            "3. Oktober: Der Stadtrat beschloss den Haushalt. Die Opposition war dagegen.",
            "de",
            "3. Oktober: Der Stadtrat beschloss den Haushalt.",
            id="de-a-date",
        ),
        pytest.param(
            "1. FC Köln gewann am Samstag mit 2:1. Der Trainer war zufrieden.",
            "de",
            "1. FC Köln gewann am Samstag mit 2:1.",
            id="de-a-club",
        ),
        pytest.param(
            "3. maja rada przyjęła budżet. Opozycja była przeciw.",
            "pl",
            "3. maja rada przyjęła budżet.",
            id="pl-a-date",
        ),
    ],
)
def test_a_paragraph_opening_with_an_ordinal_is_not_cut_after_it(
    paragraph: str, language: str, first: str
) -> None:
    """German and Polish write an ordinal as a figure and a period: "3." opening a paragraph is no
    sentence of its own (it was, a unique fact "3.", and "Oktober: ..." another)."""
    assert split_sentences(paragraph, language)[0] == first


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        pytest.param("«Faremo di tutto per ricostruire», ha detto Giorgia Meloni.", "it", id="it-guillemets"),
        pytest.param("« Personne n'a rien vu », a déclaré Jean Dupont.", "fr", id="fr-spaced-guillemets"),
        pytest.param("«Огонь удалось локализовать к полудню», – заявил Андрей Петров.", "ru", id="ru"),
        pytest.param("„Keine Chance für die Bahn“, sagte Jan Kohl.", "de", id="de-low-mark"),
        pytest.param("»Keine Chance für die Bahn«, sagte Jan Kohl.", "de", id="de-guillemets-inward"),
    ],
)
def test_the_first_word_of_a_quotation_in_guillemets_or_low_marks_is_no_name(
    paragraph: str, language: str
) -> None:
    """«, „ open a quotation, and so a sentence, as “ does: its first word is capitalised as any
    sentence's ("Faremo", "Огонь"), and names no one."""
    article = Article(
        index=0, source="a", label="a", paragraphs=(paragraph,), metadata=Metadata(language=language)
    )
    (fact,) = facts(article)
    assert len(fact.names) == 1
    assert fact.quotes[0].speaker == fact.names[0]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        pytest.param(
            "Die Europäische Zentralbank und die Deutsche Bahn schwiegen, sagte Bürgermeisterin Katja Dörner",
            "de",
            {
                "Europäische Zentralbank": "organisation",  # by its compound's head, "Bank"
                "Deutsche Bahn": "organisation",
                "Bürgermeisterin Katja Dörner": "person",
            },
            id="de",
        ),
        pytest.param(
            "Selon la Banque de France, le ministre Clément Beaune est à Lyon.",
            "fr",
            {"Banque de France": "organisation", "Clément Beaune": "person", "Lyon": "place"},
            id="fr",
        ),
        pytest.param(
            "El alcalde Juan Pérez habló en Sevilla con el Partido Popular.",
            "es",
            {"Juan Pérez": "person", "Sevilla": "place", "Partido Popular": "organisation"},
            id="es",
        ),
    ],
)
def test_the_kinds_of_names_in_other_languages(text: str, language: str, kinds: dict[str, str]) -> None:
    """ "Europäische Zentralbank" was a person (two capitalised words), and "Banque de France" no
    organisation: the English words for bodies and titles were the only ones known."""
    entities = {e.text: e.kind.value for e in fact(text, language).entities}
    assert entities == kinds


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Il governatore della Banca d'Italia ha parlato.", "it", "Banca d'Italia"),
        ("La Banca dell'Umbria ha chiuso tre filiali.", "it", "Banca dell'Umbria"),
        ("The team flew to Côte d'Ivoire on Monday.", "en", "Côte d'Ivoire"),
        ("The gold went to Nick d'Arcy, who led from the start.", "en", "Nick d'Arcy"),
    ],
)
def test_a_name_joined_by_an_elided_particle_is_one_name(text: str, language: str, name: str) -> None:
    """ "Banca d'Italia" was two names, "Banca" and "Italia": the particles that join a name's words
    were whole words only."""
    assert name in fact(text, language).names


def test_a_run_of_hundreds_no_float_holds_is_no_figure() -> None:
    """ "hundred" said 160 times is more than a float holds: no figure, not an OverflowError (a
    traceback of `newsdiff facts`)."""
    assert numbers_in("The council said " + "hundred " * 160 + "people came.") == ()
    assert numbers_in("The council said three hundred people came.") == ("300",)


def test_a_model_number_deep_in_a_long_line_is_still_a_name() -> None:
    """The name before "-19" is looked for just before the hyphen, not from the line's start (which
    took seconds on a line of thousands of "1-"); still found after thousands of characters."""
    assert numbers_in("x " * 5000 + "Cases of COVID-19 rose.") == ()
    assert numbers_in("x " * 5000 + "Cases rose by 19 percent.") == ("19%",)


def test_figures_within_many_spans_are_taken_as_within_few() -> None:
    """Durations and scores take their figures' spans; with many of them in a line (bisected) a
    figure inside one is still no figure of its own, and one outside still is."""
    scores = "The sets went " + ", ".join(["6-4"] * 40) + ", and 25 people watched."
    assert numbers_in(scores) == ("6-4", "25")


_HOSTILE_NAMES = "Anna Lind Tom Berg Mara Holt Olav Dahl Ruth Amsel Karl Sten".split()


@pytest.mark.parametrize(
    "hostile",
    [
        " ".join(["“one two three”"] * 3000),  # statements, each read for its speaker
        " ".join(['"one two three"'] * 3000),
        " ".join(["'one two three,'"] * 3000),  # in single marks, each tested against those in double
        " ".join(["“word"] * 20000),  # marks opening no statement, short quotes of one word
        " ".join(f"{_HOSTILE_NAMES[i % 12]} {_HOSTILE_NAMES[i * 5 % 12]} said" for i in range(2000)),
    ],
    ids=["curly-statements", "straight-statements", "single-marks", "open-marks", "names-and-verbs"],
)
def test_a_sentence_of_thousands_of_quotes_or_speakers_is_read_whole(hostile: str) -> None:
    """A page can hold a sentence of any length: each quotation carried the whole sentence around
    it, and each name was measured against every verb of saying through the whole text between
    them (3,000 statements took 30 s and 200 MB, 20,000 open marks 2.5 GB, 2,000 names with their
    verbs 40 s). Speakers are looked for near the quotation and the name near its verb. How long
    it takes is measured by bench/hostile.py ("sentence:"), not here."""
    text = f"The port closed on Monday after {hostile} and Ann Lee said: “We will reopen it on Friday.”"
    read = fact(text)
    reported_by(read), short_quotes(text)
    assert Quote(text="We will reopen it on Friday", speaker="Ann Lee") in read.quotes


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("The vote is due on Sept. 19.", {}, id="sept-and-a-day"),
        pytest.param("The plant reopens on Feb. 3, the company said.", {}, id="feb-and-a-day"),
        pytest.param("Hearings resume Oct 12 in Halsworth.", {"Halsworth": "place"}, id="oct-no-period"),
        pytest.param("Jan Novak said the vote was due.", {"Jan Novak": "person"}, id="control-a-given-name"),
        pytest.param("Parts from TX4-1182 to TX4-1190 were recalled.", {}, id="a-code-after-from"),
        pytest.param(
            "Batches from KV-77 and KV-81 were recalled in Halsworth.",
            {"Halsworth": "place"},
            id="codes-after-from-and-a-town",
        ),
        pytest.param("Ferries from Brekke were cancelled.", {"Brekke": "place"}, id="control-a-town-from"),
    ],
)
def test_month_abbreviations_and_codes_are_no_places_or_names(text: str, kinds: dict[str, str]) -> None:
    """ "Sept. 19" is a date, not a name; "KX2-0041" after "from" is a code, not a place."""
    assert {e.text: e.kind.value for e in fact(text).entities if e.kind.value != "other"} == kinds
    assert not any(e.text.casefold().rstrip(".") in {"sept", "feb", "oct"} for e in fact(text).entities)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("The crews came back not an hour afterwards.", ("1h",), id="not-an-hour-afterwards"),
        pytest.param("A week later the bridge reopened.", ("168h",), id="a-week-later"),
        pytest.param("The alarm had sounded an hour earlier.", ("1h",), id="an-hour-earlier"),
        pytest.param("The ferry left a day ago.", ("24h",), id="a-day-ago"),
        pytest.param("Guards earn 30 euros an hour later in the season.", ("30",), id="a-rate-stays-a-rate"),
        pytest.param("Nurses check on him twice a day.", (), id="twice-a-day"),
    ],
)
def test_one_unit_before_later_or_ago_is_a_length_of_time(text: str, numbers: tuple[str, ...]) -> None:
    """ "Not an hour afterwards" is one hour, as "not one hour afterwards" is: both sides of a
    restated timeline carry the same 1h, not one side a bare figure and the other none."""
    assert fact(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "The study was led by Dr Ingrid Holm of Uppsala University.",
            {"Dr Ingrid Holm": "person", "Uppsala University": "organisation"},
            id="a-titled-person-of-a-university",
        ),
        pytest.param(
            "The trial was run by Pavel Dranov of the Halden Institute and took two years.",
            {"Pavel Dranov": "person", "Halden Institute": "organisation"},
            id="a-person-of-the-institute-apart-already",
        ),
        pytest.param(
            "The grant was won by Ingrid Holm of Marsk Hospital last year.",
            {"Ingrid Holm": "person", "Marsk Hospital": "organisation"},
            id="a-given-name-of-a-hospital",
        ),
        pytest.param(
            "Presidents Adela Corvin of Veltria and Pavel Dranov of Morsk talked by phone.",
            {"Adela Corvin": "person", "Veltria": "other", "Pavel Dranov": "person", "Morsk": "other"},
            id="a-plural-title-and-people-of-countries",
        ),
        pytest.param(
            "Ministers Ilse Varga and Tomas Reyk met in Halsworth.",
            {"Ilse Varga": "person", "Tomas Reyk": "person", "Halsworth": "place"},
            id="a-plural-title-alone",
        ),
        pytest.param(
            "He met officials of the Central Bank of Veldany on Monday.",
            {"Central Bank of Veldany": "organisation"},
            id="a-body-of-a-place-stays-whole",
        ),
        pytest.param(
            "He flew to the Democratic Republic of Congo on Monday.",
            {"Democratic Republic of Congo": "other"},
            id="a-country-of-common-words-stays-whole",
        ),
        pytest.param(
            "She met the Prime Minister of Veltria on Monday.",
            {"Prime Minister of Veltria": "person"},
            id="an-office-of-a-place-stays-whole",
        ),
    ],
)
def test_a_person_of_a_place_or_body_is_two_names(text: str, kinds: dict[str, str]) -> None:
    """ "Dr Ingrid Holm of Uppsala University" was one organisation, "Presidents Adela Corvin of
    Veltria" one name of no kind: the university and the country are no part of the person's name
    (review 29 #1, #12)."""
    assert {e.text: e.kind.value for e in fact(text).entities} == kinds


@pytest.mark.parametrize(
    "text",
    [
        'According to a Kremlin-style readout from the office, the leader said: "We do not seek a new war."',
        'A Soviet-era official told reporters: "The plant will stay open this winter."',
        'In a UN-backed statement, the ministry said: "The border will reopen on Monday."',
    ],
)
def test_a_hyphenated_modifier_speaks_no_quote(text: str) -> None:
    """ "Kremlin-style", "Soviet-era", "UN-backed" qualify a noun: no speaker, no person (review 29 #4)."""
    found = fact(text)
    assert all(q.speaker is None for q in found.quotes)
    assert all(e.kind.value != "person" for e in found.entities)


def test_a_surname_in_the_possessive_of_a_person_named_before_is_a_person() -> None:
    """ "from Dranov's office" is his office, no place, when the article names Pavel Dranov (review 29
    #12)."""
    found = _article_facts(
        "Pavel Dranov spoke to Adela Corvin on Thursday.",
        'A readout from Dranov\'s office said: "We do not seek a new conflict."',
        "The envoy flew from Halsworth to Brisk.",
    )
    assert {e.text: e.kind.value for e in found[1].entities} == {"Dranov": "person"}
    assert {e.text: e.kind.value for e in found[2].entities} == {"Halsworth": "place", "Brisk": "place"}
