"""Word tables shipped as package data: how common a stem is in its language, which stems are synonyms,
and which are common words rather than names.

All were generated once by `scripts/make_lexicon.py` (see its docstring): background frequencies
from wordfreq (CC BY-SA 4.0), synonym groups and common words from WordNet 3.0 (Princeton's
license). All are lines `stem<TAB>value` sorted by stem: a comparison looks up a few hundred stems
in the file's text, where parsing every line into a dict took ~5 ms (each table). A look-up
bisects the stems of lines about SAMPLE_CHARS characters apart, then finds its line in that
stretch: ~2 µs, where a binary search over the whole text, a few string operations a step, took
~7 µs.
"""

from __future__ import annotations

import math
import os
from bisect import bisect_right
from functools import lru_cache

from newsdiff.language import content_stop_words

DATA = os.path.join(os.path.dirname(__file__), "data")
"""The package data, read as files: importlib.resources would add ~5 ms of imports to every run,
pathlib (with urllib.parse) ~2.5 ms."""

SENTENCE_WORDS = 25
"""Words in a typical news sentence: turns a word's frequency into the chance a sentence holds it."""

RARITY_SCALE = 12.0
"""Rarity (in nats) at which a stem counts as fully rare: about a Zipf frequency of 1.7."""

SAMPLE_CHARS = 2048
"""Characters between two of the lines whose stems a look-up bisects: a table of 240 KB has ~120."""

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves s t don said says say saying told
    according also would could might may must shall us per cent percent""".split()
)
"""Function words and attribution verbs: they carry no fact of their own."""

FUNCTION_WORDS = STOPWORDS | frozenset(
    """among amongst anyone anybody anything everyone everybody everything someone somebody something
    without within despite although though unless whether since toward towards upon onto beyond
    besides whose every either next last earlier later meanwhile today yesterday tomorrow tonight
    recently previously""".split()
)
"""Words that open sentences without naming anything: pronouns, prepositions and conjunctions
(which WordNet leaves out), and words of time ("Next year, …", "Earlier Monday, …")."""


COMMON_ZIPF = 30
"""In a language without a table of common words (all but English), a word this frequent or more
(a Zipf frequency of 3.0 times 10: about once in a million words) is taken for a common word."""


def stopwords(language: str) -> frozenset[str]:
    """The words that carry no fact of their own in a language (`FACT_LANGUAGES`)."""
    return STOPWORDS if language == "en" else content_stop_words(language)


@lru_cache(maxsize=16)
def _table(name: str) -> str:
    """A data file without its leading comment lines."""
    with open(os.path.join(DATA, name), encoding="utf-8") as table:
        text = table.read()
    while text.startswith("#"):
        text = text.partition("\n")[2]
    return text


@lru_cache(maxsize=16)
def _samples(name: str) -> tuple[str, list[str], list[int]]:
    """A table's text with a newline before every line, and the stems and offsets (of that newline)
    of lines about SAMPLE_CHARS characters apart, the first line's among them."""
    text = "\n" + _table(name)
    stems, offsets = [], []
    start = 0
    while 0 <= start < len(text) - 1:
        stems.append(text[start + 1 : text.find("\t", start)])
        offsets.append(start)
        start = text.find("\n", start + SAMPLE_CHARS)
    return text, stems, offsets


def _value(name: str, stem: str) -> str | None:
    """A stem's value in a table (its lines sorted by stem, as scripts/make_lexicon.py writes
    them): the stretch between the sampled lines around it holds its line, if any."""
    text, stems, offsets = _samples(name)
    stretch = bisect_right(stems, stem) - 1
    if stretch < 0:
        return None
    end = offsets[stretch + 1] if stretch + 1 < len(offsets) else len(text)
    found = text.find(f"\n{stem}\t", offsets[stretch], end)
    if found < 0:
        return None
    start = found + len(stem) + 2
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


@lru_cache(maxsize=65536)
def rarity(stem: str, language: str = "en") -> float:
    """How rare a stem is in its language at large, 0 ("the", "said") to 1 (not among the 40,000
    words of English, the 25,000 of another language, that its table holds)."""
    value = _value(f"background_{language}.tsv", stem)
    if value is None:
        return 1.0
    zipf = int(value) / 10
    # -ln P(a sentence holds the word), with P ~ SENTENCE_WORDS * frequency per word
    nats = (9 - zipf) * math.log(10) - math.log(SENTENCE_WORDS)
    return min(max(nats / RARITY_SCALE, 0.0), 1.0)


@lru_cache(maxsize=65536)
def synonym_groups(stem: str) -> frozenset[int]:
    """The WordNet synonym groups a stem belongs to (empty when none)."""
    groups = _value("synonyms_en.tsv", stem)
    return frozenset(map(int, groups.split())) if groups else frozenset()


@lru_cache(maxsize=4096)
def is_common_word(stem: str, language: str = "en", zipf: int = COMMON_ZIPF) -> bool:
    """Whether WordNet writes a word of this stem in lower case: a common noun, verb, adjective or
    adverb ("diver", "inspection"), where names are capitalised there ("Putin", "London"). In
    another language, whether the stem is frequent (`zipf`, COMMON_ZIPF unless told): "Polizei",
    "Mardi"; names may be too ("Paris"), so an article that writes one capitalised inside a
    sentence keeps it a name (`segment.drop_common_openers`)."""
    if language == "en":
        return _value("common_en.tsv", stem) is not None
    value = _value(f"background_{language}.tsv", stem)
    return value is not None and int(value) >= zipf


ANY_KIND = "a"
"""The kind of WordNet's unique beginners ("animal", "person", "thing"): any kind at all."""


@lru_cache(maxsize=4096)
def noun_kinds(word: str) -> frozenset[str]:
    """The kinds of thing a noun in lower case names in its most frequent senses, as letters of
    WordNet's lexicographer files (`nouns_en.tsv`: "p" a person or a group of them, "d" an
    artefact, "u" a quantity, ...; ANY_KIND for "animal", "thing"); a plural as its singular
    ("residents", "wolves"); empty for a word that is no noun WordNet knows."""
    # most counted words are plurals: their singular first
    for form in (word[:-1], word, word[:-2], word[:-3] + "y") if word.endswith("s") else (word,):
        if form and (kinds := _value("nouns_en.tsv", form)) is not None:
            return frozenset(kinds)
    return frozenset()
