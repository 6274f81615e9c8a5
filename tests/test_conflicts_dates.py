"""Date conflicts only between dates of one deed: a speech's day is no disagreement with the month a
review opens, nor the day a slide began with the day its road was cleared."""

from __future__ import annotations

import pytest

from newsdiff.conflicts import conflicts_of
from newsdiff.model import ConflictKind, Sentence
from newsdiff.segment import extract


def _date_conflict(*texts: str) -> tuple[str, ...] | None:
    """The date conflict of a group holding each text as one article's sentence."""
    facts = [extract(Sentence(article=i, index=0, paragraph=0, text=t), "en") for i, t in enumerate(texts)]
    found = {c.kind: c.values for c in conflicts_of(facts)}
    return found.get(ConflictKind.DATE)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The mayor, speaking in the council chamber on Monday 3 March, promised a review of the "
            "tram contract.",
            "In the council chamber the mayor announced a review of the tram contract, which will be "
            "led by a former auditor and will start taking evidence in October.",
            id="a-speech-and-a-review-opening",
        ),
        pytest.param(
            "The landslide began two days ago and the road was cleared on 14 May.",
            "The landslide began on 11 May and the road was cleared on Friday.",
            id="a-slide-and-its-road-cleared",
        ),
        pytest.param(
            "The council's answer to the second petition says the pipes were inspected and approved "
            "by an engineer in June.",
            'In its answer to the April petition, the council said the pipes had been "inspected and '
            'approved by an engineer" and were safe.',
            id="a-petition-and-an-inspection",
        ),
        pytest.param(
            "Officials said on Tuesday that the ferry pier had been closed.",
            "The ferry pier was closed on Monday, officials said.",
            id="a-statement-and-its-deed",
        ),
    ],
)
def test_dates_of_different_deeds_are_no_conflict(first: str, second: str) -> None:
    """A date that tells when one thing happened does not disagree with one telling when another
    did, which the first sentence tells with no date: the review will open in October, the mayor
    spoke on 3 March; the slide began on 11 May, the road was cleared on 14 May."""
    assert _date_conflict(first, second) is None


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "The landslide began on 11 May.",
            "The landslide began on 12 May.",
            ("May 11", "May 12"),
            id="one-deed",
        ),
        pytest.param(
            "The tunnel opened to trains on Tuesday.",
            "Trains first ran through the tunnel on Wednesday.",
            ("Tuesday", "Wednesday"),
            id="one-deed-in-other-words",
        ),
        pytest.param(
            "The landslide began on 11 May and the road was cleared on 14 May.",
            "The landslide began on 12 May and the road was cleared on 14 May.",
            ("May 11", "May 12"),
            id="two-deeds-one-differs",
        ),
        pytest.param(
            "Officials said on Tuesday that the ferry pier had been closed.",
            "Officials said on Wednesday that the ferry pier had been closed.",
            ("Tuesday", "Wednesday"),
            id="two-statements",
        ),
        pytest.param(
            "The landslide began on 11 May, officials said.",
            "The landslide began on 12 May and the road was cleared two days later, officials said.",
            ("May 11", "May 12"),
            id="an-undated-deed-beside",
        ),
    ],
)
def test_dates_of_one_deed_still_conflict(first: str, second: str, conflict: tuple[str, ...]) -> None:
    """Two dates of one deed, in the same words or others, still disagree."""
    assert _date_conflict(first, second) == conflict


def test_a_date_after_an_irregular_past_dates_its_deed() -> None:
    """'drove', 'flew', 'chose', 'threw' are verbs as 'broke' and 'brought' are: the date after one
    dates it, in one list of irregular pasts shared with `segment` (a second list in `conflicts`
    missed them, and 'Ms Hale drove to the depot on Monday' dated no deed)."""
    from newsdiff.conflicts.dates import _dated_deeds
    from newsdiff.segment import verb_stem

    assert _dated_deeds("Ms Hale drove to the depot on Monday.")[0] == {"monday": {("drive", True)}}
    assert _dated_deeds("The crew flew home on Friday.")[0] == {"friday": {(verb_stem("fly"), True)}}


def test_a_hostile_sentence_of_dates_dates_no_deed() -> None:
    """A 100 KB 'sentence' of 16,000 months and no verb: each date looked for its deed back to its
    clause's start and on to the sentence's end, and copied the sentence's words to do it (24.7 s);
    a deed is looked for within DEED_REACH words. How long it takes is measured by bench/hostile.py
    ("dates: months"), not here."""
    from newsdiff.conflicts.dates import _dated_deeds
    from newsdiff.segment import verb_stem

    assert _dated_deeds("March " * 16_000)[0] == {}
    assert _dated_deeds("On Tuesday, after a long debate in the chamber, the court ruled.")[0] == {
        "tuesday": {(verb_stem("ruled"), True)}
    }


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "The bridge gave way on Friday morning after days of rain.",
            "The bridge gave way on Friday night after days of rain.",
            ("Friday morning", "Friday night"),
            id="morning-night",
        ),
        pytest.param(
            "Most of the snow fell on Sunday evening, the forecasters said.",
            "Most of the snow fell on Sunday morning, the forecasters said.",
            ("Sunday evening", "Sunday morning"),
            id="evening-morning",
        ),
    ],
)
def test_two_parts_of_one_day_apart_are_a_conflict(
    first: str, second: str, conflict: tuple[str, ...]
) -> None:
    """ "on Friday morning" and "on Friday night" name one day but not one time of it."""
    assert _date_conflict(first, second) == conflict


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The bridge gave way on Friday evening after days of rain.",
            "The bridge gave way on Friday night after days of rain.",
            id="evening-night-overlap",
        ),
        pytest.param(
            "The bridge gave way on Friday morning after days of rain.",
            "The bridge gave way on Friday after days of rain.",
            id="a-part-and-the-whole-day",
        ),
    ],
)
def test_parts_of_one_day_that_may_meet_are_no_conflict(first: str, second: str) -> None:
    assert _date_conflict(first, second) is None


def _dated_conflict(*told: tuple[str, str | None]) -> tuple[str, ...] | None:
    """The date conflict of a group holding each (text, article date) as one article's sentence."""
    sentences = [Sentence(article=i, index=0, paragraph=0, text=text) for i, (text, _) in enumerate(told)]
    facts = [extract(sentence, "en") for sentence in sentences]
    dated = {i: day for i, (_, day) in enumerate(told) if day}
    found = {c.kind: c.values for c in conflicts_of(facts, dated)}
    return found.get(ConflictKind.DATE)


TUESDAY_10 = "2026-11-10"
THURSDAY_12 = "2026-11-12"


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            ("The Corvane council approved the budget on Tuesday.", TUESDAY_10),
            ("The Corvane council approved the budget on 11 November.", TUESDAY_10),
            ("Tuesday", "11 November"),
            id="a-weekday-a-day-later",
        ),
        pytest.param(
            ("On Tuesday, the Corvane council approved the budget.", THURSDAY_12),
            ("The Corvane council approved the budget on Nov. 11.", None),
            ("Tuesday", "Nov. 11"),
            id="one-article-dated",
        ),
        pytest.param(
            ("The Corvane council approved the budget yesterday.", THURSDAY_12),
            ("The Corvane council approved the budget on Tuesday.", THURSDAY_12),
            ("yesterday", "Tuesday"),
            id="yesterday-a-weekday",
        ),
        pytest.param(
            ("The Corvane council approved the budget yesterday.", THURSDAY_12),
            ("The Corvane council approved the budget on 10 November.", None),
            ("yesterday", "10 November"),
            id="yesterday-a-day",
        ),
        pytest.param(
            ("The Corvane council will vote on the budget on Friday.", TUESDAY_10),
            ("The Corvane council will vote on the budget on 14 November.", TUESDAY_10),
            ("Friday", "14 November"),
            id="a-weekday-to-come",
        ),
        pytest.param(
            ("The Corvane council will vote on the budget tomorrow.", TUESDAY_10),
            ("The Corvane council will vote on the budget on Thursday.", TUESDAY_10),
            ("tomorrow", "Thursday"),
            id="tomorrow-a-weekday",
        ),
    ],
)
def test_a_day_told_from_the_articles_date_against_a_day_of_a_month(
    first: tuple[str, str | None], second: tuple[str, str | None], conflict: tuple[str, ...]
) -> None:
    """A weekday or "yesterday", read on its article's date, is one day of a month: "on Tuesday" in
    an article of Tuesday 10 November is 10 November, not "11 November"; "yesterday" in one of 12
    November is not "Tuesday". Each side shows what its article wrote."""
    assert _dated_conflict(first, second) == conflict


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            ("The Corvane council approved the budget on Tuesday.", TUESDAY_10),
            ("The Corvane council approved the budget on 10 November.", TUESDAY_10),
            id="the-same-day",
        ),
        pytest.param(
            ("The Corvane council approved the budget on Tuesday.", THURSDAY_12),
            ("The Corvane council approved the budget on 10 November.", None),
            id="the-last-tuesday",
        ),
        pytest.param(
            ("The Corvane council approved the budget on Tuesday.", None),
            ("The Corvane council approved the budget on 11 November.", None),
            id="no-dates-known",
        ),
        pytest.param(
            ("The Corvane council approved the budget yesterday.", THURSDAY_12),
            ("The Corvane council approved the budget on Wednesday.", THURSDAY_12),
            id="yesterday-the-same-day",
        ),
        pytest.param(
            ("The Corvane council will vote on the budget next Monday.", TUESDAY_10),
            ("The Corvane council will vote on the budget on 16 November.", TUESDAY_10),
            id="next-monday",
        ),
        pytest.param(
            ("The vote is on Wednesday, the Corvane council said.", TUESDAY_10),
            ("The vote is on 11 November, the Corvane council said.", TUESDAY_10),
            id="a-weekday-of-no-tense-ahead",
        ),
    ],
)
def test_a_day_told_from_the_articles_date_that_agrees(
    first: tuple[str, str | None], second: tuple[str, str | None]
) -> None:
    """A weekday or "yesterday" that is the other's day of a month agrees; with no article's date
    known a weekday and a day of a month are not compared; a weekday of no tense told may be the
    one before the article's date or the one after ("The vote is on Wednesday")."""
    assert _dated_conflict(first, second) is None


@pytest.mark.parametrize(
    ("first", "second", "dated"),
    [
        pytest.param(
            "Prices in Orsland rose 2.4 per cent last month, from 3.1 per cent in September.",
            "Prices in Orsland rose 2.4 percent in October, from 3.1 percent a month earlier.",
            THURSDAY_12,
            id="last-month-a-month-earlier",
        ),
        pytest.param(
            "Prices in Orsland rose 2.4 per cent, from 3.1 per cent in September.",
            "Prices in Orsland rose 2.4 percent in October, from 3.1 percent a month earlier.",
            None,
            id="each-month-of-its-figure",
        ),
        pytest.param(
            "Joblessness in Marvale fell to 4.1% in March, down from 4.5% a month earlier.",
            "Joblessness in Marvale fell to 4.1% in March from 4.5% in February.",
            None,
            id="a-month-earlier-than-march",
        ),
        pytest.param(
            "Prices in Orsland fell to 2.4% in October from 3.1%.",
            "Prices in Orsland fell to 2.4% from 3.1% in September.",
            None,
            id="the-month-of-an-earlier-value",
        ),
        pytest.param(
            "In October, prices in Orsland fell to 2.4% from 3.1%.",
            "Prices in Orsland fell to 2.4% from 3.1% in September.",
            None,
            id="a-month-of-the-sentence-and-an-earlier-value",
        ),
    ],
)
def test_months_of_different_figures_are_no_conflict(first: str, second: str, dated: str | None) -> None:
    """A month beside a figure is the figure's: "3.1 per cent in September" and "2.4 percent in
    October" date two values, both articles agreeing on each."""
    assert _dated_conflict((first, dated), (second, dated)) is None


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            "Prices in Orsland rose to 2.4% in October.",
            "Prices in Orsland rose to 2.4% in September.",
            ("October (2.4%)", "September (2.4%)"),
            id="one-figure-two-months",
        ),
        pytest.param(
            "Prices in Orsland rose to 2.4% in October.",
            "In September, prices in Orsland rose to 2.4%.",
            ("October (2.4%)", "September (2.4%)"),
            id="a-month-of-the-sentence",
        ),
        pytest.param(
            "Joblessness in Marvale fell to 4.1% in March from 4.5% in February.",
            "Joblessness in Marvale fell to 4.1% in April from 4.5% in March.",
            ("March (4.1%), February (4.5%)", "April (4.1%), March (4.5%)"),
            id="two-figures-each-a-month-on",
        ),
        pytest.param(
            "Sales at Brenlow rose 4% to 1,200 in March.",
            "Sales at Brenlow rose 4% to 1,200 in April.",
            ("March (1,200, 4%)", "April (1,200, 4%)"),
            id="the-one-month-of-a-sentence-dates-its-figures",
        ),
        pytest.param(
            "The Brenlow mill closed in March.",
            "The Brenlow mill closed in April.",
            ("March", "April"),
            id="no-figure",
        ),
    ],
)
def test_months_of_one_figure_apart_are_a_conflict(
    first: str, second: str, conflict: tuple[str, ...]
) -> None:
    """One figure dated in two months still disagrees, each month shown with its figure."""
    assert _dated_conflict((first, None), (second, None)) == conflict


WEDNESDAY_2 = "2026-09-02"
THURSDAY_3 = "2026-09-03"
TWO_DEEDS = "The Zephyr X2 was unveiled on Wednesday and goes on sale on 19 September."
TWO_DEEDS_CLAUSES = (
    "Unveiled by Kestrel Labs on Wednesday, the Zephyr X2 costs $499 and will be available from 19 September."
)


@pytest.mark.parametrize("two_deeds", [TWO_DEEDS, TWO_DEEDS_CLAUSES], ids=["and", "clauses"])
@pytest.mark.parametrize(
    ("other", "mine_dated", "theirs_dated"),
    [
        pytest.param(
            "Kestrel Labs unveiled the Zephyr X2 on Wednesday.", None, THURSDAY_3, id="weekday-dated-other"
        ),
        pytest.param(
            "Kestrel Labs unveiled the Zephyr X2 yesterday.", None, THURSDAY_3, id="yesterday-dated-other"
        ),
        pytest.param(
            "Kestrel Labs showed the Zephyr X2 on Wednesday.", None, WEDNESDAY_2, id="weekday-same-date"
        ),
        pytest.param(
            "Kestrel Labs unveiled the Zephyr X2 on Wednesday.", WEDNESDAY_2, THURSDAY_3, id="both-dated"
        ),
        pytest.param("Kestrel Labs unveiled the Zephyr X2 on Wednesday.", None, None, id="none-dated"),
        pytest.param("The Zephyr X2 goes on sale on 19 September.", None, THURSDAY_3, id="the-sale-alone"),
        pytest.param("The Zephyr X2 goes on sale on 19 September.", WEDNESDAY_2, None, id="the-sale-undated"),
    ],
)
def test_dates_of_two_deeds_in_one_sentence_are_no_conflict(
    two_deeds: str, other: str, mine_dated: str | None, theirs_dated: str | None
) -> None:
    """A sentence that dates two deeds ("unveiled on Wednesday and goes on sale on 19 September")
    agrees with one that dates one of them alike: its other date is an added detail. A weekday of an
    article of no date is a day unplaced, which may be the other's "Wednesday" or "yesterday" read on
    its date; the sale's date is set against no launch's."""
    assert _dated_conflict((two_deeds, mine_dated), (other, theirs_dated)) is None


@pytest.mark.parametrize("two_deeds", [TWO_DEEDS, TWO_DEEDS_CLAUSES], ids=["and", "clauses"])
@pytest.mark.parametrize(
    ("other", "mine_dated", "theirs_dated", "conflict"),
    [
        pytest.param(
            "The Zephyr X2 goes on sale on 26 September.",
            None,
            THURSDAY_3,
            ("September 19", "September 26"),
            id="undated",
        ),
        pytest.param(
            "The Zephyr X2 goes on sale on 26 September.",
            WEDNESDAY_2,
            THURSDAY_3,
            ("September 19", "September 26"),
            id="dated",
        ),
        pytest.param(
            "Kestrel Labs unveiled the Zephyr X2 on Tuesday.",
            None,
            THURSDAY_3,
            ("Wednesday", "Tuesday"),
            id="weekdays",
        ),
    ],
)
def test_a_date_of_one_deed_of_two_still_conflicts(
    two_deeds: str, other: str, mine_dated: str | None, theirs_dated: str | None, conflict: tuple[str, ...]
) -> None:
    """The sale's date against another sale's date, the launch's weekday against another weekday,
    disagree as before, whatever the articles' dates."""
    assert _dated_conflict((two_deeds, mine_dated), (other, theirs_dated)) == conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        pytest.param(
            ("The Corvane council approved the budget on Tuesday.", None),
            ("The Corvane council approved the budget yesterday.", THURSDAY_12),
            None,
            id="an-unplaced-weekday-yesterday",
        ),
        pytest.param(
            ("The Corvane council approved the budget on Tuesday and it takes effect on 1 December.", None),
            ("The Corvane council approved the budget on Tuesday.", THURSDAY_12),
            None,
            id="an-unplaced-weekday-the-same-weekday",
        ),
        pytest.param(
            ("The Corvane council approved the budget on Tuesday.", THURSDAY_12),
            ("The Corvane council approved the budget on Wednesday and on 10 November.", None),
            ("Tuesday", "Wednesday"),
            id="weekdays-still-apart",
        ),
    ],
)
def test_a_weekday_of_an_article_of_no_date(
    first: tuple[str, str | None], second: tuple[str, str | None], conflict: tuple[str, ...] | None
) -> None:
    """A weekday of an undated article is never set against a day read on another's date, and
    agrees with it when both write one weekday."""
    assert _dated_conflict(first, second) == conflict
