"""Cue patterns tried only on lines with a literal opening or a keyword: the pre-check never hides a
match."""

from __future__ import annotations

import importlib
import re

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from newsdiff.clean import _Opening, _Phrases

clean = importlib.import_module("newsdiff.clean")  # `newsdiff.clean` is also the stage's verb

OPENINGS = sorted(name for name, value in vars(clean).items() if isinstance(value, _Opening))
PHRASES = sorted(name for name, value in vars(clean).items() if isinstance(value, _Phrases))


def test_the_costly_anchored_cues_are_openings() -> None:
    assert {"_NAVIGATION", "_RELATED_HEAD", "_AUTHOR_BOX_HEAD", "_CATEGORY"} <= set(OPENINGS)


@pytest.mark.parametrize("name", OPENINGS)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_line_the_pattern_matches_passes_the_precheck(name: str, data: st.DataObject) -> None:
    opening: _Opening = getattr(clean, name)
    line = data.draw(st.from_regex(re.compile(opening.source, re.I)))
    found = re.match(opening.source, line, re.I)
    assert bool(opening.match(line)) == bool(found)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Skip to main content", "_NAVIGATION"),
        ("HOME ›", "_NAVIGATION"),
        ("Toggle the navigation menu", "_NAVIGATION"),
        ("Related articles:", "_RELATED_HEAD"),
        ("Stories by Jane Roe", "_AUTHOR_BOX_HEAD"),
        ("Tags: port, strike", "_CATEGORY"),
        ("Contact us: desk@example.org", "_CONTACT"),
        ("Leſen Sie auch: Die Streiks", "_RELATED_LEAD"),  # ſ matches s under re.IGNORECASE
    ],
)
def test_openings_match_as_their_patterns_do(line: str, name: str) -> None:
    assert getattr(clean, name).match(line)


def test_prose_is_turned_away_before_the_pattern() -> None:
    assert clean._NAVIGATION.match("The strike closed the port's main menu of services.") is None


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        ("^(?:comments?|log ?in|tags?)", ("comment", "log", "tag")),
        ("^(?:(?:open|close) menu|home)", ("close", "home", "open")),
        ("^(?:(?:all )?(?:posts|stories) by)", ("all ", "posts", "stories")),
        ("^(?:for\\s+media|re+ad|mots[- ]clés)", ("for", "mots", "re")),
        ("^(?:\\d+\\s+)?(?:comments?)|^vor\\s+\\d+", ("comment", "vor")),
    ],
)
def test_literal_openings_of_a_pattern(pattern: str, heads: tuple[str, ...]) -> None:
    assert _Opening(pattern).heads == heads


def test_a_digit_opens_where_an_alternative_starts_with_one() -> None:
    opening = _Opening(r"^(?:reply|\d+ likes)")
    assert opening.digit
    assert opening.match("12 likes")
    assert opening.match("Reply")
    assert not opening.match("Twelve likes")


@pytest.mark.parametrize("pattern", [r"^(?:reply|\d* likes)", r"^(?:reply|[a-z]+ likes)", r"^reply|likes"])
def test_an_alternative_without_a_literal_opening_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match=r"no literal opening|not anchored"):
        _Opening(pattern)


@pytest.mark.parametrize("name", PHRASES)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_text_the_pattern_matches_holds_a_keyword(name: str, data: st.DataObject) -> None:
    phrases: _Phrases = getattr(clean, name)
    text = data.draw(st.from_regex(phrases.source))
    assert bool(phrases.search(text)) == bool(re.search(phrases.source, text))


def test_phrases_find_their_cues_and_pass_over_prose() -> None:
    assert clean._PHOTO_CREDIT.search("photo: jane roe/reuters")
    assert clean._NEWSLETTER.search("get the free morning briefing in your inbox")
    assert len(clean._DISCLAIMER_WEAK.findall("fair use, non-commercial, do not repost")) == 3
    assert clean._AGENCY_DATELINE.match("Madrid (EFE) -")
    assert clean._NEWSLETTER.search("the port reopened on monday after a week of talks") is None
