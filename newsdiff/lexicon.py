"""Word tables shipped as package data: how common a stem is in English, and which stems are synonyms.

Both were generated once by `scripts/make_lexicon.py` (see its docstring): background frequencies
from wordfreq (CC BY-SA 4.0), synonym groups from WordNet 3.0 (Princeton's license). Reading them
costs a few milliseconds, once per process.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib.resources import files

SENTENCE_WORDS = 25
"""Words in a typical news sentence: turns a word's frequency into the chance a sentence holds it."""

RARITY_SCALE = 12.0
"""Rarity (in nats) at which a stem counts as fully rare: about a Zipf frequency of 1.7."""


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    text = files("newsdiff").joinpath("data/background_en.tsv").read_text(encoding="utf-8")
    table: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            stem, value = line.split("\t")
            table[stem] = int(value) / 10
    return table


@lru_cache(maxsize=65536)
def rarity(stem: str) -> float:
    """How rare a stem is in English at large, 0 ("the", "said") to 1 (not among 40,000 words)."""
    zipf = _zipf().get(stem)
    if zipf is None:
        return 1.0
    # -ln P(a sentence holds the word), with P ~ SENTENCE_WORDS * frequency per word
    nats = (9 - zipf) * math.log(10) - math.log(SENTENCE_WORDS)
    return min(max(nats / RARITY_SCALE, 0.0), 1.0)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, frozenset[int]]:
    text = files("newsdiff").joinpath("data/synonyms_en.tsv").read_text(encoding="utf-8")
    groups: dict[str, set[int]] = {}
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for number, line in enumerate(lines):
        for stem in line.split():
            groups.setdefault(stem, set()).add(number)
    return {stem: frozenset(ids) for stem, ids in groups.items()}


@lru_cache(maxsize=65536)
def synonym_groups(stem: str) -> frozenset[int]:
    """The WordNet synonym groups a stem belongs to (empty when none)."""
    return _synonyms().get(stem, frozenset())
