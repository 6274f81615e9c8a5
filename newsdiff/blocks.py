"""Features of a text block and the class they give it, in the spirit of jusText, for plain text.

jusText classifies HTML paragraphs by length, stop-word density and link density, then settles
short blocks by their neighbours. Pasted text has no tags, so the features are read off the text:
words, stop-word density in the document's language, whether the block is shaped like a sentence
(a capital or a quote first, final punctuation), the share of characters in links or URLs, and
separators between menu items. Each feature is cheap; `Features.describe` says them in words for
`clean --explain`. The thresholds were picked on bench/corpus/clean (see bench/clean_quality.py).
"""

from __future__ import annotations

import re
from enum import Enum

from newsdiff.language import stop_density, words_of
from newsdiff.patterns import compiled
from newsdiff.record import record

GOOD_WORDS = 10
"""A block without final punctuation is prose from this many words, if its stop words say so."""

GOOD_SENTENCE_WORDS = 6
"""A sentence this long is prose that vouches for the short blocks around it (a subheading);
shorter ones ("Finally!", a comment's one-liner) are kept but vouch for nothing."""

STOP_HIGH = 0.25
"""Stop-word share of prose (jusText's stopwords_high is 0.32 with lists five times longer)."""

STOP_LOW = 0.12
"""Below this share of stop words a block reads as labels, names or headlines, not prose."""

HEADING_WORDS = 15
"""A block this short without final punctuation is a heading, label or list item: its neighbours
decide whether it is part of the story (a subheading) or of the page around it (a menu item)."""

MAX_LINK_DENSITY = 0.5
"""A block with this share of its characters in links or URLs is a list of links."""

SENTENCE_MIN_WORDS = 3
"""Fewer words than this and final punctuation does not make a sentence ("Reply.", "Great!")."""

LIST_ITEM_WORDS = 12
"""A block this short and not shaped like a sentence can be an item of the section next to it."""

_LINK = compiled(r"\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)|(?:https?://|www\.)\S+", re.I)
"""A Markdown link (its text without '[', which made a line of brackets cost the square of its
length) or a URL."""
_SEPARATOR = compiled(r"(?:^|\s)(?:\||›|»|/|•|·|>)(?=\s|$)")
_END = compiled(r"[.!?…][\"'”’»)\]]*$")
_START = compiled(r"^[\"'“‘«„(\[¿¡—–-]?\s*[^\W_a-z]")


class BlockClass(str, Enum):
    """jusText's classes: good (prose), near-good, short, bad (boilerplate)."""

    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    BAD = "bad"


@record
class Features:
    """What the classifier reads off one block."""

    words: int
    stop: float
    sentence: bool
    """Shaped like a sentence: starts with a capital, digit or quote, ends with . ! ? or …"""
    link_density: float
    separators: int

    @property
    def listlike(self) -> bool:
        """Short and not a sentence: a label, a button, a headline in a list, a menu item."""
        return not self.sentence and self.words <= LIST_ITEM_WORDS

    def describe(self) -> str:
        """The features in words, for `clean --explain`."""
        parts = [f"{self.words} word{'s' if self.words != 1 else ''}", f"{self.stop:.0%} stop words"]
        parts.append("a sentence" if self.sentence else "no sentence shape")
        if self.link_density:
            parts.append(f"{self.link_density:.0%} links")
        if self.separators:
            parts.append(f"{self.separators} separators")
        return ", ".join(parts)


def measure(raw: str, plain: str, language: str | None) -> Features:
    """The features of one block: `raw` as written, `plain` with its Markdown unwrapped."""
    words = words_of(plain)
    linked = sum(len(m.group(0)) for m in _LINK.finditer(raw)) if _may_link(raw) else 0
    return Features(
        words=len(words),
        stop=stop_density(words, language),
        sentence=len(words) >= SENTENCE_MIN_WORDS and bool(_END.search(plain)) and bool(_START.match(plain)),
        link_density=linked / max(len(raw), 1),
        separators=len(_SEPARATOR.findall(plain)),
    )


def _may_link(raw: str) -> bool:
    """Whether `_LINK` can match (most blocks hold no link, and the pattern is slow to say so)."""
    return "](" in raw or "://" in raw or "www." in raw.lower()


def classify(f: Features) -> BlockClass:
    """The class of a block from its own features, before its neighbours are looked at."""
    if f.link_density >= MAX_LINK_DENSITY or (f.separators >= 2 and not f.sentence):
        return BlockClass.BAD
    if f.sentence:
        # a short sentence ("Great news!", "Reply.") is kept, but does not vouch for its neighbours
        good = f.stop >= STOP_LOW and f.words >= GOOD_SENTENCE_WORDS
        return BlockClass.GOOD if good else BlockClass.NEAR_GOOD
    if f.words >= GOOD_WORDS and f.stop >= STOP_HIGH:
        return BlockClass.GOOD
    if f.words <= HEADING_WORDS:
        return BlockClass.SHORT
    return BlockClass.NEAR_GOOD if f.stop >= STOP_LOW else BlockClass.BAD
