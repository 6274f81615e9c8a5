"""Quotes of two people are two statements, not one quote worded differently; a quote's speaker is
the person its sentence or the one before names ("…," she said; a quote standing alone after one)."""

from __future__ import annotations

import pytest
from helpers_conflicts import conflict_reasons

from newsdiff.align import align
from newsdiff.conflicts import conflicts_of
from newsdiff.model import Article, ConflictKind, Fact, Metadata
from newsdiff.options import Options
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


def _quote_conflicts_of_group(articles: list[list[str]], member: str) -> list[tuple[str, ...]]:
    """The quote conflicts of the group holding `member` when the articles (each its paragraphs) are
    aligned as `compare` aligns them."""
    read = [
        Article(index=i, source=f"s{i}", label=f"s{i}", paragraphs=tuple(p), metadata=Metadata(language="en"))
        for i, p in enumerate(articles)
    ]
    groups = align(read, Options()).groups
    shared = [g for g in groups if any(m.text == member for m in g.members)]
    (group,) = [g for g in shared if len({m.article for m in g.members}) == 3]  # (all three share it)
    return [c.values for c in group.conflicts if c.kind is ConflictKind.QUOTE]


CUT_DOWN = [
    pytest.param(
        '"The river rose faster than any of our models predicted," said Dana Petrov, chief hydrologist '
        'of the Tamsin Flood Agency. "We had less than an hour to warn the valley."',
        'Dana Petrov, chief hydrologist of the Tamsin Flood Agency, said: "The river rose faster than any '
        'of our models predicted."',
        'Tamsin Flood Agency chief hydrologist Dana Petrov said: "We had less than an hour to warn the '
        'valley."',
        id="the-first-and-the-second-part",
    ),
    pytest.param(
        'Coach Marta Ilves said after the final: "I have never seen a team fight like that." '
        '"Every one of them gave everything for the shirt."',
        'Marta Ilves, the coach, said after the final: "Every one of them gave everything for the shirt."',
        'After the final the coach, Marta Ilves, said: "I have never seen a team fight like that."',
        id="a-quote-standing-alone-after-its-sentence",
    ),
]


@pytest.mark.parametrize(("whole", "first", "second"), CUT_DOWN)
def test_parts_of_one_statement_another_article_quotes_whole_are_no_quote_conflict(
    whole: str, first: str, second: str
) -> None:
    """Outlets cut one statement down each to another part: one article quoting it whole over two
    sentences shows both parts are one statement, not one quote worded two ways (repro26b N13)."""
    assert _quote_conflicts_of_group([[whole], [first], [second]], first) == []


def test_a_quote_no_article_tells_whole_is_still_a_quote_conflict() -> None:
    """The control: the third outlet's quote is part of no statement another article quotes."""
    whole = (
        '"The river rose faster than any of our models predicted," said Dana Petrov, chief hydrologist '
        'of the Tamsin Flood Agency. "We had less than an hour to warn the valley."'
    )
    first = (
        'Dana Petrov, chief hydrologist of the Tamsin Flood Agency, said: "The river rose faster than any '
        'of our models predicted."'
    )
    other = (
        'Tamsin Flood Agency chief hydrologist Dana Petrov said: "The river rose faster than we ever '
        'planned for."'
    )
    assert _quote_conflicts_of_group([[whole], [first], [other]], first) != []


def test_a_quote_conflict_says_the_quote_is_worded_differently() -> None:
    """A quote conflict carries why its values differ (`Conflict.reason`): one quote worded otherwise."""
    assert conflict_reasons(
        '"We will rebuild every single home," mayor Ida Lund said of Tarnby.',
        '"We are going to rebuild all the houses," mayor Ida Lund said of Tarnby.',
    ) == [
        (
            "quote",
            ("We will rebuild every single home", "We are going to rebuild all the houses"),
            "the quote worded differently",
        )
    ]
