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
def _zipf() -> dict[str, str]:
    # stem and value alternate: split and paired in C, the 24,000 lines take ~3 ms (a loop took ~11)
    tokens = iter(_table("background_en.tsv").split())
    return dict(zip(tokens, tokens, strict=True))


@lru_cache(maxsize=65536)
def rarity(stem: str) -> float:
    """How rare a stem is in English at large, 0 ("the", "said") to 1 (not among 40,000 words)."""
    value = _zipf().get(stem)
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
