"""The gates the conflicts stage puts in front of its rules to save time must find what the rules
read: a gate that missed a unit word would lose a conflict. (How often a rule runs is measured in
bench/, not asserted here.)"""

from __future__ import annotations

import re

import pytest

from newsdiff.conflicts.units import _UNIT_WORDS

_PLAIN_UNIT_WORDS = (
    r"(?i)\d\s?(?:km|mm|cm|m|ft|kg|lbs?|mph|kph)\b|\b(?:miles?|kilo|met(?:re|er)s?|feet|degrees?|foot|inch(?:es)?"
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
        "It was 95 DEGREES in the shade; a degree warmer.",
    ],
)
def test_the_unit_gate_finds_what_the_plain_unit_words_find(text: str) -> None:
    """`_UNIT_WORDS`, which gates `_measures` on every sentence of a group, looks ahead for the letters
    its words begin with to search faster: it finds a unit word wherever the words alone find one."""
    for variant in (text, text.upper(), text.lower(), text.replace(" ", "")):
        assert bool(_UNIT_WORDS.search(variant)) == bool(re.search(_PLAIN_UNIT_WORDS, variant))
