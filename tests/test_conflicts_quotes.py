"""Quotes of two people are two statements, not one quote worded differently; a quote's speaker is
the person its sentence or the one before names ("…," she said; a quote standing alone after one)."""

from __future__ import annotations

from newsdiff.conflicts import conflicts_of
from newsdiff.model import Article, ConflictKind, Fact, Metadata
from newsdiff.segment import facts

HARBOUR_MASTER = [
    "The harbour master, Ingrid Dahl, stayed on the quay until dawn.",
    '"We counted every boat that came back," she said.',
    '"We kept the lamps lit and kept counting the boats."',
]
FISHERMAN = [
    "A fisherman, Olav Rask, swam to the breakwater with a broken arm.",
    '"A man beside me kept counting the waves out loud," he said.',
]


def _facts(index: int, paragraph: list[str]) -> list[Fact]:
    text = " ".join(paragraph)
    label = f"s{index}"
    return facts(Article(index=index, source=label, label=label, paragraphs=(text,), metadata=Metadata()))


def test_a_quote_after_a_sentence_naming_its_speaker_is_theirs() -> None:
    """ "…," she said, after a sentence naming one person, and a quote standing alone after it."""
    read = _facts(0, HARBOUR_MASTER)
    assert [q.speaker for f in read for q in f.quotes] == ["Ingrid Dahl", "Ingrid Dahl"]
    (rask,) = (q.speaker for f in _facts(1, FISHERMAN) for q in f.quotes)
    assert rask == "Olav Rask"


def test_quotes_of_two_speakers_are_no_quote_conflict() -> None:
    """Two people's words are two statements: no wording of one quote differs."""
    ours, theirs = _facts(0, HARBOUR_MASTER)[-1], _facts(1, FISHERMAN)[-1]
    kinds = {c.kind for c in conflicts_of([ours, theirs])}
    assert ConflictKind.QUOTE not in kinds


def test_one_speakers_quote_worded_differently_is_still_a_quote_conflict() -> None:
    other = [
        "The harbour master, Ingrid Dahl, waited on the quay all night.",
        '"We kept the lights on and counted each boat as it came in," she said.',
    ]
    ours, theirs = _facts(0, HARBOUR_MASTER)[-1], _facts(1, other)[-1]
    found = {c.kind: c.values for c in conflicts_of([ours, theirs])}
    assert ConflictKind.QUOTE in found
