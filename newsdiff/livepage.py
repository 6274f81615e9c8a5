"""A live blog's updates as its page shows them, for load, when its JSON-LD states none.

A live page shows its updates newest first, each an element of its own (a <div>, <article>,
<section> or <li>) holding its time (a `<time datetime>`, or an element whose text is only a clock:
"12:30", "9.05pm", "8am"), often a headline ("Dam breached") and its paragraphs. The extractor
drops the <time> and the cleaner took a time left on a line of its own for a dateline: the story
lost every update's time, kept the headlines as sentences, and read newest first.

The updates are found as siblings that each hold one time, at least `MIN_UPDATES` of them under one
parent; their text is read as `jsonld.live_text` reads a `LiveBlogPosting`'s: oldest first, each
opening with its time, headlines left out. A page with one time (an article's header) has none.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from itertools import pairwise
from typing import Any, NamedTuple

from newsdiff.htmltext import lay_out
from newsdiff.jsonld import Update, moment_of
from newsdiff.patterns import compiled
from newsdiff.sanitize import sanitize

MIN_UPDATES = 3
"""Sibling elements with a time each that make a live blog: two could be an article's "published"
and "updated" lines, a list of two related stories."""
MAX_TIME_CHARS = 40
"""Characters a time's element holds at most ("Updated 9.05pm BST")."""
_CLOCK = compiled(
    r"(?i)^(?:(?:posted|updated|published)(?:\s+at)?\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?"
    r"\s*(?P<ap>[ap]\.?\s?m\.?)?(?:\s+(?-i:[A-Z]{2,5}|GMT[+-]\d{1,2}))?$"
)
"""A time of day as a live page shows it: "21:05", "21.05", "9.05pm", "8am", "12:30 p.m.",
"Updated 21:05 BST"; "8" alone is no time."""
_HEADLINE_TAGS = ("h2", "h3", "h4", "h5", "h6")
_HEADLINE_CLASS = compiled(r"(?i)(?:^|[\s_-])(?:headline|title)(?:$|[\s_-])")


class ShownUpdate(NamedTuple):
    """One update as its page shows it."""

    update: Update
    """Its moment (from its `<time datetime>`), 24-hour clock, text and headline."""
    shown: str
    """Its time as the page writes it ("9.05pm")."""


def shown_updates(root: Any) -> tuple[ShownUpdate, ...]:
    """The updates a page's tree shows, in its order; none unless `MIN_UPDATES` siblings hold a
    time each. Their text is every line of theirs but the time and headline: the caller keeps those
    the extractor found to be the article."""
    markers = _time_markers(root)
    if len(markers) < MIN_UPDATES:
        return ()
    counts: dict[Any, int] = {}
    for marker in markers:
        for element in marker.iterancestors():
            counts[element] = counts.get(element, 0) + 1
    entries: dict[Any, list[tuple[Any, Any]]] = {}  # parent: [(entry, marker)]
    for marker in markers:
        entry = marker
        while (parent := entry.getparent()) is not None and counts.get(parent) == 1:
            entry = parent
        if entry.getparent() is not None:
            entries.setdefault(entry.getparent(), []).append((entry, marker))
    found = max(entries.values(), key=len, default=[])
    if len(found) < MIN_UPDATES:
        return ()
    shown = []
    for n, (entry, marker) in enumerate(found):
        following = found[n + 1][0] if n + 1 < len(found) else None
        clock, moment, written = _time_of(marker)
        lines, headline = _entry_lines(entry, marker, following)
        shown.append(ShownUpdate(Update(moment, clock, "\n\n".join(lines), headline), written))
    return tuple(shown)


def oldest_first(updates: tuple[ShownUpdate, ...]) -> tuple[ShownUpdate, ...]:
    """Updates without a day of their own in time order: a page that shows them newest first has
    more of its clocks go back than forward (once past midnight, one goes forward)."""
    if any(one.update.moment is not None for one in updates):
        return updates  # ordered by their moments (`jsonld.updates_text`)
    minutes = [_minutes(one.update.clock) for one in updates]
    steps = [later - earlier for earlier, later in pairwise(minutes)]
    backward = sum(step < 0 for step in steps)
    return updates[::-1] if backward > len(steps) - backward else updates


def _time_markers(root: Any) -> list[Any]:
    """The elements of a page that show a time of day alone: a `<time>` whose `datetime` gives one
    or whose text is one, and any element whose whole text is a clock; the outermost of nested ones."""
    found: list[Any] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        text = _short_text(element)
        if text is None:
            continue
        is_time = element.tag == "time" and moment_of(element.get("datetime"))[1]
        if (is_time or _CLOCK.match(text)) and not any(a in found for a in element.iterancestors()):
            found.append(element)
    return found


def _short_text(element: Any) -> str | None:
    """An element's text on one line when it holds at most `MAX_TIME_CHARS` characters."""
    parts, size = [], 0
    for piece in element.itertext():
        parts.append(piece)
        size += len(piece)
        if size > MAX_TIME_CHARS * 4:
            return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= MAX_TIME_CHARS else None


def _time_of(marker: Any) -> tuple[str | None, Any, str]:
    """A time element's 24-hour clock, its moment when its `datetime` gives one, and its text."""
    written = " ".join(marker.text_content().split())
    moment, has_clock = moment_of(marker.get("datetime")) if marker.tag == "time" else (None, False)
    if moment is not None and has_clock:
        return moment.strftime("%H:%M"), moment, written
    match = _CLOCK.match(written)
    if match is None:
        return None, moment, written
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ap"]:
        if not 1 <= hour <= 12:
            return None, moment, written
        hour = hour % 12 + (12 if match["ap"].lower().startswith("p") else 0)
    elif match["m"] is None:
        return None, moment, written  # "8" is no time; "21h" neither
    return f"{hour:02d}:{minute:02d}", moment, written


def _entry_lines(entry: Any, marker: Any, following: Any) -> tuple[list[str], str | None]:
    """An update's lines but its time, and its headline; an update that is only its time (a flat
    page: time, headline, paragraphs, next time) is the siblings up to the next."""
    parts = [entry]
    if " ".join(entry.text_content().split()) == " ".join(marker.text_content().split()):
        parts = []
        sibling = entry.getnext()
        while sibling is not None and sibling is not following:
            parts.append(sibling)
            sibling = sibling.getnext()
    lines: list[str] = []
    headline = None
    for part in parts:
        block = copy.deepcopy(part)
        block.tail = None
        for element in list(block.iter()):
            if isinstance(element.tag, str) and _is_marker_copy(element, marker):
                _drop(element)
        if headline is None:
            for element in block.iter():
                if isinstance(element.tag, str) and (
                    element.tag in _HEADLINE_TAGS or _HEADLINE_CLASS.search(element.get("class") or "")
                ):
                    text = " ".join(element.text_content().split())
                    if text:
                        headline = text
                        _drop(element)
                        break
        lines.extend(_lines(block))
    return lines, headline


def _is_marker_copy(element: Any, marker: Any) -> bool:
    """Whether an element of a copied entry is its time's element."""
    if element.tag != marker.tag or element.attrib != marker.attrib:
        return False
    return " ".join(element.text_content().split()) == " ".join(marker.text_content().split())


def _drop(element: Any) -> None:
    """Take an element out of its copied block, its tail kept; a block itself is emptied."""
    if element.getparent() is not None:
        element.drop_tree()
    else:
        element.clear()


def _lines(block: Any) -> Iterator[str]:
    """A block's text a line per block element, spaces collapsed."""
    lay_out(block)
    for line in sanitize(block.text_content()).splitlines():
        if line := " ".join(line.split()):
            yield line


def _minutes(clock: str | None) -> int:
    if not clock:
        return 0
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)
