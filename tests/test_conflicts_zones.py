"""Clock times with and without a zone: a time with none is the local time of a place the story
does not name, neither set against a zoned time nor converted; an article's date tells the season
of a zone that has two ("Eastern time" in July is EDT); a zone word alone is no content two
stories share."""

from __future__ import annotations

import pytest

from newsdiff.align import align
from newsdiff.model import Article, ConflictKind, Metadata
from newsdiff.options import Options


def _date_conflicts(*texts: str, date: str | None = None) -> list[tuple[str, ...]] | None:
    """The date conflicts of the group all the one-sentence articles share (None when none is)."""
    articles = [
        Article(
            index=i,
            source=f"s{i}",
            label=f"s{i}",
            paragraphs=(t,),
            metadata=Metadata(language="en", date=date),
        )
        for i, t in enumerate(texts)
    ]
    shared = [
        g for g in align(articles, Options()).groups if len({m.article for m in g.members}) == len(texts)
    ]
    if not shared:
        return None
    return [c.values for c in shared[0].conflicts if c.kind is ConflictKind.DATE]


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        pytest.param(
            (
                "The Orvell bridge reopened to traffic at 15:00 GMT on Friday.",
                "The Orvell bridge reopened to traffic at 3 p.m. on Friday.",
                "The Orvell bridge reopened to traffic on Friday at 16:00 CET.",
            ),
            [],
            id="three-one-unzoned",
        ),
        pytest.param(
            (
                "The Orvell bridge reopened to traffic at 11 a.m. on Friday.",
                "The Orvell bridge reopened to traffic at 15:00 GMT on Friday.",
            ),
            [],
            id="two-one-unzoned",
        ),
        pytest.param(
            (
                "The trawler Maren capsized at 11:20 p.m. on Saturday, the coastguard said.",
                "The trawler Maren capsized at 04:20 GMT on Sunday, the coastguard said.",
                "The trawler Maren capsized at 05:20 CET on Sunday, the coastguard said.",
            ),
            [],
            id="unzoned-late-evening-the-day-before",
        ),
        pytest.param(
            (
                "The Orvell bridge reopened to traffic at 15:00 GMT on Friday.",
                "The Orvell bridge reopened to traffic at 3 p.m. on Friday.",
                "The Orvell bridge reopened to traffic at 17:00 GMT on Friday.",
            ),
            [("15:00 GMT", "17:00 GMT")],
            id="control-zoned-times-still-differ",
        ),
        pytest.param(
            (
                "The Orvell bridge reopened to traffic at 3 p.m. on Friday.",
                "The Orvell bridge reopened to traffic at 5 p.m. on Friday.",
            ),
            [("15:00", "17:00")],
            id="control-local-times-still-differ",
        ),
        pytest.param(
            (
                "The trawler Maren capsized at 11:20 p.m. on Thursday, the coastguard said.",
                "The trawler Maren capsized at 04:20 GMT on Sunday, the coastguard said.",
            ),
            [("Thursday", "Sunday")],
            id="control-days-apart",
        ),
    ],
)
def test_a_time_without_a_zone_is_not_set_against_a_zoned_one(
    texts: tuple[str, ...], values: list[tuple[str, ...]]
) -> None:
    """ "12:00 GMT", "noon" and "14:00 Central European Summer Time" were "≠ date: 12:00 · 14:00"."""
    assert _date_conflicts(*texts) == values


@pytest.mark.parametrize(
    ("texts", "date", "values"),
    [
        pytest.param(
            (
                "The Halden pipeline burst at 6:30 a.m. Eastern time on Tuesday, the operator said.",
                "The Halden pipeline burst at 11:30 GMT on Tuesday, the operator said.",
            ),
            "2024-07-09",
            [("06:30 Eastern time", "11:30 GMT")],
            id="eastern-in-summer",
        ),
        pytest.param(
            (
                "The Halden pipeline burst at 6:30 a.m. ET on Tuesday, the operator said.",
                "The Halden pipeline burst at 7:30 a.m. Eastern time on Tuesday, the operator said.",
            ),
            "2023-08-15",
            [("06:30 ET", "07:30 Eastern time")],
            id="two-ways-to-write-eastern",
        ),
        pytest.param(
            (
                "The Halden pipeline burst at 22:30 GMT on Tuesday, the operator said.",
                "The Halden pipeline burst at 11:30 p.m. Paris time on Tuesday, the operator said.",
            ),
            "2024-08-06",
            [("22:30 GMT", "23:30 Paris time")],
            id="paris-in-summer",
        ),
        pytest.param(
            (
                "The Halden pipeline burst at 6:30 a.m. Eastern time on Tuesday, the operator said.",
                "The Halden pipeline burst at 11:30 GMT on Tuesday, the operator said.",
            ),
            "2024-01-09",
            [],
            id="control-eastern-in-winter",
        ),
        pytest.param(
            (
                "The Halden pipeline burst at 6:30 a.m. Eastern time on Tuesday, the operator said.",
                "The Halden pipeline burst at 11:30 GMT on Tuesday, the operator said.",
            ),
            None,
            [],
            id="control-no-date-both-readings",
        ),
    ],
)
def test_the_articles_date_tells_the_season_of_a_zone(
    texts: tuple[str, ...], date: str | None, values: list[tuple[str, ...]]
) -> None:
    """On a June 18 article "4:12 a.m. Eastern time" (EDT, 08:12 UTC) and "09:12 UTC" agreed."""
    assert _date_conflicts(*texts, date=date) == values


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            (
                "The probe touched down at 11:48 p.m. EST on Sunday.",
                "The probe touched down on Monday at 5:48 a.m. Berlin time.",
            ),
            id="berlin",
        ),
        pytest.param(
            (
                "The tanker ran aground at 9:15 p.m. PST on Wednesday.",
                "The tanker ran aground on Thursday at 6:15 a.m. Madrid time.",
            ),
            id="madrid",
        ),
    ],
)
def test_one_moment_in_a_zone_of_two_seasons_is_one_fact(texts: tuple[str, ...]) -> None:
    """A guard (these passed before): one moment, told in a zone of two offsets a day later, is one
    fact with no date conflict (told in other words, below: the two readings of the zone)."""
    assert _date_conflicts(*texts) == []


def _shared(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two articles of these sentences share a fact."""
    articles = [
        Article(
            index=i,
            source=f"s{i}",
            label=f"s{i}",
            paragraphs=(" ".join(t),),
            metadata=Metadata(language="en"),
        )
        for i, t in enumerate((first, second))
    ]
    return any(len({m.article for m in g.members}) == 2 for g in align(articles, Options()).groups)


def test_a_zone_word_alone_is_no_shared_content() -> None:
    """Two unrelated stories shared a "fact" because both said GMT."""
    assert not _shared(
        ("The flight had left Glasgow at 13:05 GMT.", "Nobody was hurt in the crash, police said."),
        ("The decision came at 12:00 GMT.", "The central bank kept its forecast for growth."),
    )
    assert _shared(  # control: one fact told with its zone
        ("The flight had left Glasgow at 13:05 GMT.", "Nobody was hurt in the crash, police said."),
        ("The flight left Glasgow at 13:05 GMT.", "The airline apologised to passengers."),
    )


@pytest.mark.parametrize(
    ("texts", "date", "values"),
    [
        pytest.param(
            (
                "The Kessling refinery fire broke out at 3:40 a.m. Eastern time; crews put it out by midday.",
                "The Kessling refinery fire broke out at 08:40 UTC (4:40 a.m. ET) and crews put it out at"
                " 15:20 UTC, the county said.",
            ),
            "2025-07-15",
            [("03:40 Eastern time", "04:40 ET, 08:40 UTC")],
            id="a-time-only-one-gives-is-no-rival",
        ),
        pytest.param(
            (
                "The Kessling refinery fire broke out at 3:40 a.m. Eastern time, put out at 14:20 UTC.",
                "The Kessling refinery fire broke out at 08:40 UTC, put out at 15:20 UTC.",
            ),
            "2025-07-15",
            [("03:40 Eastern time, 14:20 UTC", "08:40 UTC, 15:20 UTC")],
            id="control-two-times-each-in-dispute",
        ),
        pytest.param(
            (
                "The Kessling refinery fire broke out at 3:40 a.m. Eastern time; crews put it out by midday.",
                "The Kessling refinery fire broke out at 07:40 UTC (3:40 a.m. ET) and crews put it out at"
                " 15:20 UTC, the county said.",
            ),
            "2025-07-15",
            [],
            id="control-the-shared-moment-agrees",
        ),
    ],
)
def test_only_the_times_in_dispute_are_shown(
    texts: tuple[str, ...], date: str | None, values: list[tuple[str, ...]]
) -> None:
    """ "4:12 a.m. Eastern time" against "began at 09:12 UTC (5:12 a.m. ET) and was restored at
    16:05 UTC" listed "05:12 ET, 09:12 UTC, 16:05 UTC": the restoration, told by one article alone,
    is no rival."""
    assert _date_conflicts(*texts, date=date) == values


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            (
                "The rover left its landing site at 9:52 p.m. EST on Thursday.",
                "The rover was driving on Mars on Friday at 3:52 a.m. Paris time.",
            ),
            id="paris-a-day-later",
        ),
        pytest.param(
            (
                "The freighter Elka sank at 11:05 p.m. EST on Saturday.",
                "The Elka was lost with its cargo on Sunday at 5:05 a.m. Berlin time.",
            ),
            id="berlin-a-day-later",
        ),
    ],
)
def test_one_moment_in_a_zone_of_two_offsets_without_a_date_is_one_fact(texts: tuple[str, ...]) -> None:
    """ "lifted off at 10:34 p.m. EST on Monday" and "placed in orbit on Tuesday at 4:34 a.m. Paris
    time", no article dated, stayed apart: a zone of two offsets gave no UTC reading."""
    assert _date_conflicts(*texts) == []


def test_another_moment_in_a_zone_of_two_offsets_stays_apart() -> None:
    """A control: neither reading of "Paris time" makes "7:52 a.m." the moment "9:52 p.m. EST" is."""
    assert (
        _date_conflicts(
            "The rover left its landing site at 9:52 p.m. EST on Thursday.",
            "The rover was driving on Mars on Friday at 7:52 a.m. Paris time.",
        )
        is None
    )
