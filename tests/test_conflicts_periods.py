"""Dates read as the event's: a live blog's update time is when the update was posted, not when the
event happened; a closing price's day is no day of the deal announced; halves and quarters of a year
are periods, compared with each other ("the first half of 2027" is not "the second half").

Every text here is written for these tests (short, fictional)."""

from __future__ import annotations

import pytest

from newsdiff.model import ConflictKind, Sentence
from newsdiff.quantities import year_parts
from newsdiff.segment import extract
from tests.helpers_conflicts import conflict_reasons, shared_conflicts


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("10:25 — Witnesses say a ferry has run aground near the harbour wall.", ()),
        ("10:25 - Witnesses say a ferry has run aground near the harbour wall.", ()),
        ("10:25: Witnesses say a ferry has run aground near the harbour wall.", ()),
        ("10.25am: Witnesses say a ferry has run aground near the harbour wall.", ()),
        ("10:25 GMT — Witnesses say a ferry has run aground near the harbour wall.", ()),
        ("[10:25] Witnesses say a ferry has run aground near the harbour wall.", ()),
        ("10:25 — The ferry ran aground at 08:50, the coastguard says.", ("08:50",)),
        ("The ferry ran aground at 08:50 — an hour after it left port.", ("08:50",)),
        ("At 10:25 the ferry ran aground near the harbour wall.", ("10:25",)),
    ],
)
def test_a_live_update_time_is_no_date_of_its_sentence(text: str, dates: tuple[str, ...]) -> None:
    """The clock time that opens a live blog's update (followed by a dash, a colon, or in brackets)
    dates the post; a time inside the sentence is still the event's."""
    facts = extract(Sentence(article=0, index=0, paragraph=0, text=text), "en")
    assert tuple(d for d in facts.dates if ":" in d) == dates


def test_a_live_update_time_does_not_conflict_with_the_event_time() -> None:
    conflicts = shared_conflicts(
        ConflictKind.DATE,
        "The ferry ran aground near the harbour wall at about 15:00 local time, the coastguard said.",
        "10:25 — The coastguard says a ferry has run aground near the harbour wall.",
    )
    assert conflicts == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Brannock will pay 18.20 pounds a share, a premium of 24% to Telwick's closing price on "
            "Thursday, the two firms said.",
            "The bid values each share at 18.20 pounds, a premium of 24 percent, the two firms "
            "announced on Tuesday.",
            id="closing-price-on-a-day",
        ),
        pytest.param(
            "Brannock will pay 18.20 pounds a share, 24% more than Telwick's Thursday close, the two "
            "firms said.",
            "The bid values each share at 18.20 pounds, a premium of 24 percent, the two firms "
            "announced on Tuesday.",
            id="a-days-close",
        ),
        pytest.param(
            "The bid of 18.20 pounds a share, announced on Tuesday, is 24% above where Telwick shares "
            "closed at 14.68 pounds on Thursday.",
            "The bid values each share at 18.20 pounds, a premium of 24 percent, the two firms said "
            "on Tuesday.",
            id="closed-at-a-price",
        ),
    ],
)
def test_a_closing_price_day_is_no_day_of_the_announcement(first: str, second: str) -> None:
    """The day of a price a premium is measured against dates that price, not the offer."""
    assert shared_conflicts(ConflictKind.DATE, first, second) == []


def test_two_closing_days_still_differ() -> None:
    """Two articles that date one close differently disagree."""
    conflicts = shared_conflicts(
        ConflictKind.DATE,
        "The offer is a premium of 24% to Telwick's closing price on Thursday, the firms said.",
        "The offer is a premium of 24% to Telwick's closing price on Wednesday, the firms said.",
    )
    assert conflicts == [("Thursday", "Wednesday")]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "The new terminal is due to open in the first half of 2028, the airport said.",
            "The new terminal is due to open in the second half of 2028, the airport said.",
            ("first half of 2028", "second half of 2028"),
            id="halves",
        ),
        pytest.param(
            "The merger should be completed in the first quarter, the companies said.",
            "The merger should be completed in the third quarter, the companies said.",
            ("first quarter", "third quarter"),
            id="quarters-in-words",
        ),
        pytest.param(
            "The merger should be completed in Q1 2027, the companies said.",
            "The merger should be completed in the third quarter of 2027, the companies said.",
            ("Q1 2027", "third quarter of 2027"),
            id="quarters-short-and-in-words",
        ),
        pytest.param(
            "The merger should be completed in H2 2027, the companies said.",
            "The merger should be completed in the first half of 2027, the companies said.",
            ("H2 2027", "first half of 2027"),
            id="halves-short-and-in-words",
        ),
    ],
)
def test_halves_and_quarters_that_do_not_meet_differ(
    first: str, second: str, values: tuple[str, ...]
) -> None:
    assert shared_conflicts(ConflictKind.DATE, first, second) == [values]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The merger should be completed in the first quarter of 2027, the companies said.",
            "The merger should be completed in the first half of 2027, the companies said.",
            id="a-quarter-within-its-half",
        ),
        pytest.param(
            "The merger should be completed in Q3, the companies said.",
            "The merger should be completed in the third quarter, the companies said.",
            id="one-quarter-written-two-ways",
        ),
        pytest.param(
            "Sales rose 4% in the first quarter and 6% in the second, the companies said.",
            "Sales rose 4% in the first half, the companies said.",
            id="one-side-names-both",
        ),
    ],
)
def test_halves_and_quarters_that_meet_agree(first: str, second: str) -> None:
    assert shared_conflicts(ConflictKind.DATE, first, second) == []


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of the staff left at a quarter past nine in the first week.",
        "The visitors led at the end of the first half of the match.",
        "She reached the first quarter-final in the first half-hour of the draw.",
        "Revenue for the fiscal first quarter rose 3%, the company said.",
    ],
)
def test_no_part_of_a_year(text: str) -> None:
    """A share, a clock, a match's half, a quarter-final, a fiscal quarter (whose year may start in
    any month) are no half or quarter of a calendar year."""
    assert year_parts(text) == {}


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        ("Der Umsatz soll im zweiten Halbjahr steigen.", "de", {(6, 2, "")}),
        ("La fusion sera finalisée au premier trimestre 2027.", "fr", {(3, 1, "")}),
        ("La operación se cerrará en el tercer trimestre de 2027.", "es", {(3, 3, "2027")}),
    ],
)
def test_parts_of_a_year_read(text: str, language: str, parts: set[tuple[int, int, str]]) -> None:
    assert set(year_parts(text)) == parts


@pytest.mark.parametrize(
    ("first", "second", "values", "reason"),
    [
        pytest.param(
            "The Lusk bridge reopened on Tuesday after repairs.",
            "The Lusk bridge reopened on Wednesday after repairs.",
            ("Tuesday", "Wednesday"),
            "the date of one deed",
            id="a-weekday",
        ),
        pytest.param(
            "The Lusk bridge reopened on June 9 after repairs.",
            "The Lusk bridge reopened on June 12 after repairs.",
            ("June 9", "June 12"),
            "the date of one deed",
            id="a-day-of-a-month",
        ),
        pytest.param(
            "The Lusk bridge reopened at 10:30 after repairs.",
            "The Lusk bridge reopened at 11:45 after repairs.",
            ("10:30", "11:45"),
            "the time of one deed",
            id="a-clock-time",
        ),
        pytest.param(
            "Halvorsen shares closed at 14.68 on Friday, before the bid.",
            "Halvorsen shares closed at 14.68 on Thursday, before the bid.",
            ("Friday", "Thursday"),
            "the day of a market's close",
            id="a-market-s-close",
        ),
        pytest.param(
            "Growth will slow in the first half of 2027, the Korvik bank forecast.",
            "Growth will slow in the second half of 2027, the Korvik bank forecast.",
            ("first half of 2027", "second half of 2027"),
            "the half or quarter of a year",
            id="halves-of-a-year",
        ),
    ],
)
def test_a_date_conflict_says_what_its_dates_tell(
    first: str, second: str, values: tuple[str, ...], reason: str
) -> None:
    """A date conflict carries what its dates date (`Conflict.reason`): one deed's day or time, a
    market's close, a half or a quarter of a year."""
    assert conflict_reasons(first, second) == [("date", values, reason)]
