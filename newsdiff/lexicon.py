"""Word tables shipped as package data: how common a stem is in English, and which stems are synonyms.

Both were generated once by `scripts/make_lexicon.py` (see its docstring): background frequencies
from wordfreq (CC BY-SA 4.0), synonym groups from WordNet 3.0 (Princeton's license). Reading them
costs a few milliseconds, once per process.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
"""The package data, read as files: importlib.resources would add ~5 ms of imports to every run."""

SENTENCE_WORDS = 25
"""Words in a typical news sentence: turns a word's frequency into the chance a sentence holds it."""

RARITY_SCALE = 12.0
"""Rarity (in nats) at which a stem counts as fully rare: about a Zipf frequency of 1.7."""


def _table(name: str) -> str:
    """A data file without its leading comment lines."""
    text = (DATA / name).read_text(encoding="utf-8")
    while text.startswith("#"):
        text = text.partition("\n")[2]
    return text


@lru_cache(maxsize=1)
def _background() -> str:
    return _table("background_en.tsv")


def _zipf_value(stem: str) -> str | None:
    """A stem's value in the background table, by binary search of its lines (sorted by stem, as
    scripts/make_lexicon.py writes them): a comparison looks up a few hundred stems, for which
    parsing all 24,000 lines into a dict took ~5 ms."""
    text = _background()
    low, high = 0, len(text)  # offsets of line starts
    while low < high:
        middle = (low + high) // 2
        start = text.rfind("\n", low, middle) + 1 or low
        tab = text.find("\t", start)
        end = text.find("\n", tab)
        end = len(text) if end < 0 else end
        found = text[start:tab]
        if found == stem:
            return text[tab + 1 : end]
        if found < stem:
            low = end + 1
        else:
            high = start
    return None


@lru_cache(maxsize=65536)
def rarity(stem: str) -> float:
    """How rare a stem is in English at large, 0 ("the", "said") to 1 (not among 40,000 words)."""
    value = _zipf_value(stem)
    if value is None:
        return 1.0
    zipf = int(value) / 10
    # -ln P(a sentence holds the word), with P ~ SENTENCE_WORDS * frequency per word
    nats = (9 - zipf) * math.log(10) - math.log(SENTENCE_WORDS)
    return min(max(nats / RARITY_SCALE, 0.0), 1.0)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for number, line in enumerate(_table("synonyms_en.tsv").split("\n")):
        for stem in line.split():
            if stem in groups:
                groups[stem].append(number)
            else:
                groups[stem] = [number]
    return groups


@lru_cache(maxsize=65536)
def synonym_groups(stem: str) -> frozenset[int]:
    """The WordNet synonym groups a stem belongs to (empty when none)."""
    return frozenset(_synonyms().get(stem, ()))
