"""A live blog's later update supersedes an earlier one that tells the same fact.

A live blog's updates each open with their time: "12:30 — ..." as `jsonld` and `livepage` write
them, or as a blog pasted by hand writes it ("4.05pm: ...", "9:05am - ...", "16:05 ...", "[16:05]
..."); a page shows them newest first or oldest first, and "later" is read from their times. When
two of its updates land in one fact ("12:30 — Officials have confirmed that the dam has been
breached", "17:15 — Officials now say the dam was not breached"), the later is the blog's current
word: the earlier is marked superseded, with its time and the later's, and the fact's conflicts
with other articles are read from the later only (`align`); a later update left alone joins the
fact of the earlier it supersedes, and an earlier update left alone the fact of the later that
supersedes it ("12:30 — two people have died" with "16:40 — ... revised the death toll: three").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Protocol

from newsdiff.model import Sentence, Superseded
from newsdiff.patterns import compiled

MIN_STAMPS = 2
"""Paragraphs opening with a time an article holds at least to be read as a live blog's updates."""
_STAMP = compiled(
    r"^(?P<open>\[)?(?P<day>\d{4}-\d{2}-\d{2} )?(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ap>[ap])\.?m\b\.?)?(?:\s*(?-i:[A-Z]{2,5})\b)?"
    r"(?(open)\]\s*|(?:(?P<mark>\s*[—–|-]\s+|\s*:\s+)|\s+(?=[\"“‘']?(?-i:[A-Z]))))",
    re.I,
)
"""The time that opens an update's first paragraph ("12:30 — ", "2026-09-19 00:40 — ", "4.05pm: ",
"9:05am - ", "[16:05] ", "16:05 The ..."); a time with no mark after it is on a 24-hour clock
("16:05") or has its am/pm: "12.50 Pounds" opens no update."""


def update_stamps(paragraphs: Sequence[str]) -> dict[int, str]:
    """The update each paragraph of a live blog belongs to, by its time: the paragraph that opens
    with it and those after, up to the next; none for an article with fewer than MIN_STAMPS."""
    stamps: dict[int, str] = {}
    current = None
    opened = 0
    for n, paragraph in enumerate(paragraphs):
        if (match := _STAMP.match(paragraph)) and (stamp := _stamp_of(match)):
            current = stamp
            opened += 1
        if current is not None:
            stamps[n] = current
    return stamps if opened >= MIN_STAMPS else {}


def _stamp_of(match: re.Match[str]) -> str | None:
    """An update's time as `jsonld` writes it, on a 24-hour clock ("16:05", "2026-09-19 00:40")."""
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ap"].lower() == "p" else 0)
    elif match["m"] is None:
        return None  # "8 —" is no time
    elif not (match["open"] or match["mark"]) and match["sep"] != ":":
        return None  # "12.50 Pounds"
    return f"{match['day'] or ''}{hour:02d}:{minute:02d}"


def _order_of(stamps: Mapping[int, str]) -> dict[int, int]:
    """Each stamped paragraph's place in time among its blog's updates: a page showing them newest
    first has more of its times go back than forward (a day's turn goes forward once)."""
    paragraphs = sorted(stamps)
    opened = [p for n, p in enumerate(paragraphs) if n == 0 or stamps[p] != stamps[paragraphs[n - 1]]]
    steps = [stamps[b] > stamps[a] for a, b in pairwise(opened)]
    newest_first = len(steps) - sum(steps) > sum(steps)
    update = 0
    order: dict[int, int] = {}
    for p in paragraphs:
        update += p in opened
        order[p] = -update if newest_first else update
    return order


class LaterUpdate(Protocol):
    """The latest later update of a sentence's blog that tells its fact (`later_updates`)."""

    def __call__(self, member: Sentence, among: Sequence[Sentence] | None = None) -> Sentence | None: ...


def superseded_in(
    members: Sequence[Sentence],
    stamps: Mapping[int, Mapping[int, str]],
    later: Callable[[Sentence], Sentence | None],
) -> tuple[Superseded, ...]:
    """The members of one fact that a later update of their live blog supersedes (`stamps`, the blogs'
    `update_stamps`): each by the latest later update that tells its fact (`later`, made by
    `later_updates`), in the group or not: "11:30 — The death toll has risen to 112" by "17:45 — ...
    raised the death toll to 168", which other articles' figures may have put in another group, but
    not "11:30 — More than 9,000 people are sheltering in tents" by it, though a sentence telling both
    put them in one group."""
    found: list[Superseded] = []
    for member in sorted(members, key=lambda m: m.article):  # (stable: each article's in their order)
        theirs = stamps.get(member.article) or {}
        if member.paragraph in theirs and (by := later(member)):
            found.append(
                Superseded(
                    article=member.article,
                    sentence=member.index,
                    at=theirs[member.paragraph],
                    by=theirs[by.paragraph],
                )
            )
    return tuple(found)


def later_updates(
    stamps: Mapping[int, Mapping[int, str]],
    same_fact: Callable[[Sentence, Sentence], bool],
    blogs: Mapping[int, Sequence[Sentence]],
) -> LaterUpdate:
    """For a sentence, the sentence of the latest update of its live blog after its own that tells its
    fact (by `same_fact`), if any; `stamps` are the blogs' (`update_stamps`) and `blogs` their
    sentences. Each blog's order in time and each sentence's answer are worked out once: align asks
    for a member when it joins the later update to its fact and again when it marks the earlier
    superseded, and each answer weighs pairs by the pair model. Asked `among` some of the blog's
    sentences (its updates in groups, for an update left alone), only those are weighed, and the
    answer is not kept."""
    orders = {article: _order_of(theirs) for article, theirs in stamps.items()}
    found: dict[tuple[int, int], Sentence | None] = {}

    def later(member: Sentence, among: Sequence[Sentence] | None = None) -> Sentence | None:
        if among is not None:
            theirs = stamps.get(member.article) or {}
            return _later_telling(member, theirs, orders.get(member.article, {}), same_fact, among)
        key = (member.article, member.index)
        if key not in found:
            theirs = stamps.get(member.article) or {}
            found[key] = _later_telling(
                member, theirs, orders.get(member.article, {}), same_fact, blogs.get(member.article, ())
            )
        return found[key]

    return later


def _later_telling(
    member: Sentence,
    stamps: Mapping[int, str],
    order: Mapping[int, int],
    same_fact: Callable[[Sentence, Sentence], bool],
    blog: Sequence[Sentence],
) -> Sentence | None:
    """The sentence of the latest update of `member`'s blog after its own that tells its fact (by
    `same_fact`), if any; `stamps` are the blog's (`update_stamps`), `order` their order in time
    (`_order_of`)."""
    if (stamp := stamps.get(member.paragraph)) is None:
        return None
    own = order[member.paragraph]
    later = (
        s
        for s in sorted(blog, key=lambda s: -order.get(s.paragraph, own))
        if order.get(s.paragraph, own) > own and stamps[s.paragraph] != stamp and same_fact(member, s)
    )
    return next(later, None)
