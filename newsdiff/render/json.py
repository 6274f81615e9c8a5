"""The `json` format: schema `newsdiff/1` (see `newsdiff schema` and DESIGN.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newsdiff.model import Article, Comparison, Fact, FactGroup, GroupKind, Only
from newsdiff.options import RenderOptions

SCHEMA_ID = "newsdiff/1"


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """The comparison as one JSON document; `options.only` keeps one kind of fact in `facts`."""
    return _dump(comparison_data(result, options.only))


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned articles with body, metadata and removed blocks."""
    return _dump({"schema": SCHEMA_ID, "articles": [_article(a, body=True) for a in articles]})


def render_facts(article: Article, facts: Sequence[Fact], options: RenderOptions) -> str:
    """An article and the features of each of its sentences."""
    return _dump(
        {"schema": SCHEMA_ID, "article": _article(article, body=False), "facts": [_fact(f) for f in facts]}
    )


def comparison_data(result: Comparison, only: Only | None = None) -> dict[str, Any]:
    """The comparison as plain data, keyed as the `newsdiff/1` contract says. `only` keeps the
    shared facts, the unique ones or the shared ones in conflict in `facts`; the summary always
    counts them all."""
    kept = {
        None: result.groups,
        Only.SHARED: result.shared,
        Only.CONFLICTS: result.in_conflict,
        Only.UNIQUE: tuple(g for g in result.groups if g.kind is GroupKind.UNIQUE),
    }[only]
    unique = result.unique_by_article()
    return {
        "schema": SCHEMA_ID,
        "strict": result.strict,
        "only": only.value if only else None,
        "articles": [_article(a, body=False) for a in result.articles],
        "facts": [_group(g) for g in kept],
        "summary": {
            "articles": len(result.articles),
            "shared": len(result.shared),
            "shared_by_all": result.shared_by_all,
            "unique": {a.label: len(unique[a.index]) for a in result.articles},
            "unique_total": result.unique_total,
            "conflicts": result.conflicts,
            "shared_in_conflict": len(result.in_conflict),
            "same_facts": result.exit_code == 0,
            "exit_code": int(result.exit_code),
            "per_article": [
                {
                    "article": s.article,
                    "label": result.articles[s.article].label,
                    "words": s.words,
                    "removed": s.removed,
                    "shared": s.shared,
                    "shared_by_all": s.shared_by_all,
                    "unique": s.unique,
                    "conflicts": s.conflicts,
                }
                for s in result.stats
            ],
        },
    }


def _dump(data: dict[str, Any]) -> str:
    # ensure_ascii keeps lone surrogates and odd code points escaped, so the output is always valid
    return json.dumps(data, ensure_ascii=True, indent=2) + "\n"


def _article(article: Article, body: bool) -> dict[str, Any]:
    meta = article.metadata
    data: dict[str, Any] = {
        "index": article.index,
        "source": article.source,
        "label": article.label,
        "title": meta.title,
        "date": meta.date,
        "outlet": meta.outlet,
        "author": meta.author,
        "url": meta.url,
        "language": meta.language,
        "words": article.words,
        "removed": [{"reason": r.reason.value, "text": r.text, "why": r.why} for r in article.removed],
    }
    if body:
        data["body"] = article.body
        data["paragraphs"] = list(article.paragraphs)
    return data


def _group(group: FactGroup) -> dict[str, Any]:
    return {
        "kind": group.kind.value,
        "articles": list(group.articles),
        "members": [
            {"article": m.article, "sentence": m.index, "paragraph": m.paragraph, "text": m.text}
            for m in group.members
        ],
        "similarity": group.similarity,
        "conflicts": [
            {"kind": c.kind.value, "values": list(c.values), "articles": list(c.articles)}
            for c in group.conflicts
        ],
        "diff": [
            {
                "pair": list(d.pair),
                "ops": [[op.value, text] for op, text in d.ops],
                "changed": [[list(span) for span in side] for side in d.changed],
            }
            for d in group.diffs
        ],
        "evidence": [
            {
                "pair": [{"article": a, "sentence": i} for a, i in e.pair],
                "probability": e.probability,
                "bias": e.bias,
                "features": {
                    c.feature: {"value": c.value, "contribution": c.contribution} for c in e.contributions
                },
            }
            for e in group.evidence
        ],
    }


def _fact(fact: Fact) -> dict[str, Any]:
    s = fact.sentence
    return {
        "sentence": s.index,
        "paragraph": s.paragraph,
        "text": s.text,
        "stems": list(fact.stems),
        "numbers": list(fact.numbers),
        "dates": list(fact.dates),
        "names": list(fact.names),
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in fact.quotes],
        "attributions": list(fact.attributions),
        "entities": [{"text": e.text, "kind": e.kind.value} for e in fact.entities],
    }
