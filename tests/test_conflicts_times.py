"""Clock times that name their zone, compared as moments: a time differs though the sentences share
another; a zone named in words ("Eastern time", "Paris time") keeps its sentence whole and is read;
one moment told either side of midnight ("11:50 p.m. EST on Saturday", "04:50 GMT on Sunday") is
one fact. A weekday that ends a span ("until Monday") is no date of the deed another day tells."""

from __future__ import annotations

import pytest

from newsdiff.model import ConflictKind, Sentence
from newsdiff.segment import extract
from newsdiff.sentences import split_sentences
from tests.helpers_conflicts import shared_conflicts


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "The gas leak was found at 06:40 GMT and the valve was shut at 11:15 GMT, the operator said.",
            "The gas leak was found at 06:10 GMT and the valve was shut at 11:15 GMT, the operator said.",
            ("06:40 GMT", "06:10 GMT"),
            id="one-time-of-two-differs",
        ),
        pytest.param(
            "Polls closed at 8 p.m. ET and the first results were posted at 11 p.m. ET, officials said.",
            "Polls closed at 9 p.m. ET and the first results were posted at 11 p.m. ET, officials said.",
            ("20:00 ET", "21:00 ET"),
            id="eastern-time-written-short",
        ),
        pytest.param(
            "The summit opened at 14:30 CEST and the leaders signed the accord at 18:00 CEST, aides said.",
            "The summit opened at 13:30 UTC and the leaders signed the accord at 16:00 UTC, aides said.",
            ("14:30 CEST", "13:30 UTC"),
            id="two-zones-one-moment-differs",
        ),
        pytest.param(
            "The summit opened at 14:30 CEST and the leaders signed the accord at 18:00 CEST, aides said.",
            "The summit opened at 12:30 UTC and the leaders signed the accord at 16:00 UTC, aides said.",
            None,
            id="control-two-zones-the-same-moments",
        ),
        pytest.param(
            "The gas leak was found at 06:40 GMT and the valve was shut at 11:15 GMT, the operator said.",
            "The gas leak was found at 06:40 GMT, the operator said.",
            None,
            id="control-a-time-one-side-only",
        ),
    ],
)
def test_a_zoned_time_differs_though_another_is_shared(
    first: str, second: str, values: tuple[str, ...] | None
) -> None:
    """A time shared by both sentences made every zoned time agree: "began at 09:12 UTC" and "at
    08:12 UTC" were no conflict beside a shared "restored at 16:05 UTC"."""
    assert shared_conflicts(ConflictKind.DATE, first, second) == ([values] if values else [])


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "The quake, which struck at 4:12 a.m. Pacific time, shook buildings in three counties.",
            ["The quake, which struck at 4:12 a.m. Pacific time, shook buildings in three counties."],
            id="a-region-time",
        ),
        pytest.param(
            "The capsule landed at 7:05 p.m. Moscow time, the agency said. Crews reached it soon.",
            ["The capsule landed at 7:05 p.m. Moscow time, the agency said.", "Crews reached it soon."],
            id="a-city-time",
        ),
        pytest.param(
            "Trading resumed at 9:30 a.m. Eastern Standard Time on Friday.",
            ["Trading resumed at 9:30 a.m. Eastern Standard Time on Friday."],
            id="a-zone-spelled-out",
        ),
        pytest.param(
            "The vote ended at 9 p.m. This time the turnout was higher.",
            ["The vote ended at 9 p.m.", "This time the turnout was higher."],
            id="control-a-sentence-opening-with-time",
        ),
        pytest.param(
            "The gates opened at 8 a.m. Eastern Airlines staff were waiting.",
            ["The gates opened at 8 a.m.", "Eastern Airlines staff were waiting."],
            id="control-a-name-after-a-clock",
        ),
    ],
)
def test_a_zone_named_in_words_keeps_its_sentence_whole(paragraph: str, expected: list[str]) -> None:
    """The splitter cut after "a.m." before "Eastern time": the time and its zone fell in two facts."""
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("The blackout began at 4:12 a.m. Eastern time in Ohio.", ["Ohio"], id="a-region-time"),
        pytest.param("The match in Milan kicked off at 8:45 p.m. Rome time.", ["Milan"], id="a-city-time"),
        pytest.param("The talks in Paris resumed at 10 a.m. on Friday.", ["Paris"], id="control-a-place"),
    ],
)
def test_a_zone_named_in_words_is_no_name(text: str, names: list[str]) -> None:
    """ "4:12 a.m. Eastern time" gave a name "Eastern", which another article may not give."""
    fact = extract(Sentence(article=0, index=0, paragraph=0, text=text), "en")
    assert [e.text for e in fact.entities] == names


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param("at 4:12 a.m. Eastern time", "at 08:12 GMT", None, id="eastern-time-in-summer"),
        pytest.param(
            "at 4:12 a.m. Eastern time",
            "at 10:12 GMT",
            ("04:12 Eastern time", "10:12 GMT"),
            id="eastern-apart",
        ),
        pytest.param("at 10:30 a.m. Paris time", "at 08:30 GMT", None, id="paris-in-summer"),
        pytest.param(
            "at 10:30 a.m. Paris time", "at 11:30 GMT", ("10:30 Paris time", "11:30 GMT"), id="paris-apart"
        ),
    ],
)
def test_a_zone_named_in_words_is_read(first: str, second: str, values: tuple[str, ...] | None) -> None:
    conflicts = shared_conflicts(
        ConflictKind.DATE,
        f"The Orlen refinery fire was reported {first} by the plant's night shift.",
        f"The Orlen refinery fire was reported {second} by the plant's night shift.",
    )
    assert conflicts == ([values] if values else [])


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "The ferry Aldora sank off Kelso Point at 11:50 p.m. EST on Saturday.",
            "The ferry Aldora sank off Kelso Point at 04:50 GMT on Sunday.",
            None,
            id="west-of-greenwich",
        ),
        pytest.param(
            "The Veltra probe entered orbit around Mars at 1:15 a.m. CEST on Thursday, the agency said.",
            "The Veltra probe entered orbit around Mars at 23:15 UTC on Wednesday, the agency said.",
            None,
            id="east-of-greenwich",
        ),
        pytest.param(
            "The rocket lifted off at 11:05 p.m. EST on Friday.",
            "The rocket lifted off at 04:05 GMT on Saturday.",
            None,
            id="a-short-sentence",
        ),
        pytest.param(
            "The vessel docked at 9:40 p.m. PST on Sunday.",
            "The vessel docked at 05:40 UTC on Monday.",
            None,
            id="a-short-sentence-pacific",
        ),
        pytest.param(
            "The ferry Aldora sank off Kelso Point at 11:50 p.m. EST on Saturday.",
            "The ferry Aldora sank off Kelso Point at 04:50 GMT on Monday.",
            ("Saturday", "Monday"),
            id="control-two-days-apart",
        ),
    ],
)
def test_one_moment_across_midnight_in_two_zones_is_one_fact(
    first: str, second: str, values: tuple[str, ...] | None
) -> None:
    """ "10:34 p.m. EST on Monday" and "03:34 GMT on Tuesday" were two facts, nothing in common."""
    assert shared_conflicts(ConflictKind.DATE, first, second) == ([values] if values else [])


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        pytest.param(
            "The Harlan library will remain closed on Monday and Tuesday, the council said.",
            "The Harlan library will stay closed until Wednesday.",
            None,
            id="days-closed-and-the-day-it-ends",
        ),
        pytest.param(
            "Ferries to Brenna Island are cancelled on Saturday, the operator said.",
            "Ferries to Brenna Island are cancelled till Monday, the operator said.",
            None,
            id="till",
        ),
        pytest.param(
            "The Harlan library will stay closed until Friday, the council said.",
            "The Harlan library will stay closed until Monday, the council said.",
            ("Friday", "Monday"),
            id="control-two-ends",
        ),
        pytest.param(
            "The Harlan library will close on Friday, the council said.",
            "The Harlan library will close on Monday, the council said.",
            ("Friday", "Monday"),
            id="control-two-days",
        ),
    ],
)
def test_the_day_a_span_ends_is_no_date_of_the_days_in_it(
    first: str, second: str, values: tuple[str, ...] | None
) -> None:
    """ "Closed on Thursday and Friday" and "closed until Monday" agree."""
    assert shared_conflicts(ConflictKind.DATE, first, second) == ([values] if values else [])
