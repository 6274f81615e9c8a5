"""A live blog's later update supersedes an earlier one that tells the same fact.

A live blog is read oldest first, each update opening with its time ("12:30 — ...": `jsonld`,
`livepage`). When two of its updates land in one fact ("12:30 — Officials have confirmed that the
dam has been breached", "17:15 — Officials now say the dam was not breached"), the later is the
blog's current word: the earlier is marked superseded, with its time and the later's, and the
fact's conflicts with other articles are read from the later only (`align`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from newsdiff.jsonld import UPDATE_TIME
from newsdiff.model import Sentence, Superseded
from newsdiff.patterns import compiled

MIN_STAMPS = 2
"""Paragraphs opening with a time an article holds at least to be read as a live blog's updates."""
_STAMP = compiled(r"^((?:\d{4}-\d{2}-\d{2} )?(?:[01]\d|2[0-3]):[0-5]\d)" + UPDATE_TIME)
"""The time that opens an update's first paragraph ("12:30 — ", "2026-09-19 00:40 — ")."""


def update_stamps(paragraphs: Sequence[str]) -> dict[int, str]:
    """The update each paragraph of a live blog belongs to, by its time: the paragraph that opens
    with it and those after, up to the next; none for an article with fewer than MIN_STAMPS."""
    stamps: dict[int, str] = {}
    current = None
    opened = 0
    for n, paragraph in enumerate(paragraphs):
        if match := _STAMP.match(paragraph):
            current = match.group(1)
            opened += 1
        if current is not None:
            stamps[n] = current
    return stamps if opened >= MIN_STAMPS else {}


def superseded_in(
    members: Sequence[Sentence],
    stamps: Mapping[int, Mapping[int, str]],
    same_fact: Callable[[Sentence, Sentence], bool] | None = None,
    blogs: Mapping[int, Sequence[Sentence]] | None = None,
) -> tuple[Superseded, ...]:
    """The members of one fact that a later update of their live blog supersedes (updates are in
    time order, `update_stamps`). Given `same_fact` (whether two sentences tell one fact) and each
    blog's sentences (`blogs`), a member is superseded by the latest later update that tells its
    fact, in the group or not: "11:30 — The death toll has risen to 112" by "17:45 — ... raised the
    death toll to 168", which other articles' figures may have put in another group, but not "11:30
    — More than 9,000 people are sheltering in tents" by it, though a sentence telling both put them
    in one group. Without them, those of every update of an article in the group but its last."""
    found: list[Superseded] = []
    for article in sorted({m.article for m in members}):
        theirs = stamps.get(article) or {}
        told = [(m, theirs[m.paragraph]) for m in members if m.article == article and m.paragraph in theirs]
        if same_fact is None or blogs is None:
            if len({stamp for _, stamp in told}) < 2:
                continue
            last = max(told, key=lambda item: item[0].paragraph)[1]
            found.extend(
                Superseded(article=article, sentence=m.index, at=stamp, by=last)
                for m, stamp in told
                if stamp != last
            )
            continue
        for member, stamp in told:
            later = (
                s
                for s in reversed(blogs.get(article, ()))
                if s.paragraph > member.paragraph
                and theirs.get(s.paragraph, stamp) != stamp
                and same_fact(member, s)
            )
            if (by := next(later, None)) is not None:
                found.append(
                    Superseded(article=article, sentence=member.index, at=stamp, by=theirs[by.paragraph])
                )
    return tuple(found)
