"""What the conflicts stage reads of a group, and how often: each sentence's units once, though two
rules weigh them (a group's cost grows with its sentences, not with the rules reading them). Each
case reads its sentences as `compare` does (`segment.extract`), one article each, all in one group
(`conflicts.conflicts_of`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from newsdiff import conflicts
from newsdiff.conflicts import conflicts_of
from newsdiff.model import ConflictKind, Fact, Sentence
from newsdiff.segment import extract


def _facts(*texts: str) -> list[Fact]:
    return [extract(Sentence(article=a, index=0, paragraph=0, text=text)) for a, text in enumerate(texts)]


def test_each_sentence_s_units_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "62 passengers" against "some 200 metres": the figures in a unit (`_measures`) and what each
    figure counts (`_counting_alike_things`) both read the units of the same sentences, once."""
    facts = _facts(
        "The barge sank some 200 metres off the pier.", "The barge, with 62 passengers aboard, sank."
    )
    read: Counter[str] = Counter()
    measures_of = conflicts.measures_of

    def counted(text: str, language: str = "en") -> dict[str, frozenset[str]]:
        read[text] += 1
        return measures_of(text, language)

    monkeypatch.setattr(conflicts, "measures_of", counted)
    assert [c.values for c in conflicts_of(facts) if c.kind is ConflictKind.NUMBER] == []
    assert read
    assert max(read.values()) == 1
    # (a second group reads them again: nothing read outlives its group)
    conflicts_of(facts)
    assert max(read.values()) == 2


def test_ages_are_read_only_while_every_article_giving_figures_may_give_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An age is weighed apart only when every article giving figures gives one: once the first
    gives none ("62 passengers"), the others' sentences are not read for ages."""
    facts = _facts(
        "The barge, with 62 passengers aboard, sank.",
        "Harwood, 58, said the barge with 66 passengers aboard sank.",
        "Harwood, 58, said the barge with 70 passengers aboard sank.",
    )
    expected = conflicts_of(facts)  # (as read in full)
    read: Counter[str] = Counter()
    ages_told = conflicts.ages_told

    def counted(fact: Fact) -> frozenset[str]:
        read[fact.sentence.text] += 1
        return ages_told(fact)

    monkeypatch.setattr(conflicts, "ages_told", counted)
    assert conflicts_of(facts) == expected
    assert set(read) == {"The barge, with 62 passengers aboard, sank."}


_PLAIN_UNIT_WORDS = (
    r"(?i)\d\s?(?:km|mm|cm|m|ft|kg|lbs?|mph|kph)\b|\b(?:miles?|kilo|met(?:re|er)s?|feet|foot|inch(?:es)?"
    r"|pounds?|tonnes?|years?|acres?|hectares?|square|sq|lit(?:re|er)s?|gallons?)\b|centimet|millimet|²"
    r"|\d[CF]\b|°|celsius|fahrenheit|centigrade"
)


@pytest.mark.parametrize(
    "text",
    [
        "The barge sank some 200 metres off the pier.",
        "Rain reached 300mm; 12 MPH winds, 40C, 104°F, a 6ft wall, 5 KG, 26 km² and ten SQUARE miles.",
        "Kilo ſquare İnch Metres",  # (the Kelvin sign, a long s, a dotted capital I: letters (?i) folds)
        "It took a decade; the parameters, summetres, 5 kmh, 3 Cs, 7f, and sq.",
        "The barge, with 62 passengers aboard, sank.",
        "Centimetres, millimetre, centigrade, celsius and Fahrenheit.",
    ],
)
def test_the_unit_gate_finds_what_the_plain_unit_words_find(text: str) -> None:
    """`_UNIT_WORDS`, which gates `_measures` on every sentence of a group, looks ahead for the letters
    its words begin with to search faster: it finds a unit word wherever the words alone find one."""
    for variant in (text, text.upper(), text.lower(), text.replace(" ", "")):
        assert bool(conflicts._UNIT_WORDS.search(variant)) == bool(re.search(_PLAIN_UNIT_WORDS, variant))


def test_only_sentences_with_a_hyphen_before_two_digits_are_scanned_for_codes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A code ("KX2-0988") holds a hyphen before digits: "a 44-year-old" is not scanned for one, and
    the codes of the others still disagree."""
    facts = _facts(
        "The recall covers the KX-250 model, a 44-year-old engineer said.",
        "The recall covers the KX-260 model, the long-time engineer said.",
    )
    expected = conflicts_of(facts)
    scanned: list[str] = []
    codes = conflicts._CODES

    class Counted:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            scanned.append(text)
            return codes.finditer(text)

    monkeypatch.setattr(conflicts, "_CODES", Counted())
    assert conflicts_of(facts) == expected
    assert ("KX-250", "KX-260") in [c.values for c in expected]
    assert len(scanned) == 2
    facts = _facts("A 44-year-old engineer said it.", "The long-time engineer, 44, said it.")
    conflicts_of(facts)
    assert len(scanned) == 2
