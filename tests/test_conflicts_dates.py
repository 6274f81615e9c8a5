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
