"""The conflicts two one-sentence articles have in the group they share, as `compare` finds them:
the articles aligned (`align.align`), the group holding both sentences."""

from __future__ import annotations

from newsdiff.align import align
from newsdiff.model import Article, ConflictKind, Metadata
from newsdiff.options import Options


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
