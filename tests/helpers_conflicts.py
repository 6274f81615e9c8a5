"""The conflicts two one-sentence articles have in the group they share, as `compare` finds them:
the articles aligned (`align.align`), the group holding both sentences; and what each conflict of a
group tells (`conflict_reasons`)."""

from __future__ import annotations

from newsdiff.align import align
from newsdiff.conflicts import conflicts_of
from newsdiff.model import Article, ConflictKind, Metadata, Sentence
from newsdiff.options import Options
from newsdiff.segment import extract


def shared_conflicts(
    kind: ConflictKind, first: str, second: str, language: str = "en"
) -> list[tuple[str, ...]]:
    """The values of each conflict of `kind` in the group two one-sentence articles share (it must
    share one)."""
    articles = [
        Article(
            index=i, source=f"s{i}", label=f"s{i}", paragraphs=(text,), metadata=Metadata(language=language)
        )
        for i, text in enumerate((first, second))
    ]
    shared = [g for g in align(articles, Options()).groups if len({m.article for m in g.members}) == 2]
    assert len(shared) == 1, "the two sentences should tell one fact"
    return [c.values for c in shared[0].conflicts if c.kind is kind]


def conflict_reasons(*texts: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Each conflict of a group holding each text as one article's sentence (`conflicts_of`), as its
    kind, its values and its reason (`Conflict.reason`)."""
    facts = [extract(Sentence(article=a, index=0, paragraph=0, text=text)) for a, text in enumerate(texts)]
    return [(c.kind.value, c.values, c.reason) for c in conflicts_of(facts)]
