"""The `json` format: schema `newsdiff/1` (see `newsdiff schema` and DESIGN.md)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from typing import Any

from newsdiff.model import Article, Comparison, Contribution, DiffOp, Fact, FactGroup, GroupKind, Only
from newsdiff.options import RenderOptions

SCHEMA_ID = "newsdiff/1"


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """The comparison as one JSON document; `options.only` keeps one kind of fact in `facts`."""
    return "".join(iter_comparison(result, options))


def iter_comparison(result: Comparison, options: RenderOptions) -> Iterator[str]:
    """`render_comparison` piece by piece, for writing as it is made: one line per article and
    per fact, each encoded on its own by the json module's C encoder (the indenting encoder is
    pure Python: 5 s for a thousand articles), so the document never exists whole in memory, as
    a tree of dicts or as one string."""
    yield "{\n"
    for key, value in _head(result, options.only).items():
        yield f"  {json.dumps(key)}: {_encode(value)},\n"
    yield from _list("articles", (_encode(_article(a, body=False)) for a in result.articles))
    encoder = _FactLines()
    yield from _list("facts", (encoder.line(g) for g in _kept(result, options.only)))
    summary = json.dumps(_summary(result), ensure_ascii=True, indent=2).replace("\n", "\n  ")
    yield f'  "summary": {summary}\n}}\n'


def _list(key: str, items: Iterator[str]) -> Iterator[str]:
    """A top-level list, an item a line."""
    yield f'  "{key}": [\n'
    separator = ""
    for item in items:
        yield f"{separator}    {item}"
        separator = ",\n"
    yield "\n  ],\n" if separator else "  ],\n"


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned articles with body, metadata and removed blocks."""
    return _dump({"schema": SCHEMA_ID, "articles": [_article(a, body=True) for a in articles]})


def render_facts(
    article: Article, facts: Sequence[Fact], figures: Sequence[tuple[str, ...]], options: RenderOptions
) -> str:
    """An article and the features of each of its sentences."""
    return _dump(
        {
            "schema": SCHEMA_ID,
            "article": _article(article, body=False),
            "facts": [_fact(f, shown) for f, shown in zip(facts, figures, strict=True)],
        }
    )


def comparison_data(result: Comparison, only: Only | None = None) -> dict[str, Any]:
    """The comparison as plain data, keyed as the `newsdiff/1` contract says. `only` keeps the
    shared facts, the unique ones or the shared ones in conflict in `facts`; the summary always
    counts them all."""
    return _head(result, only) | {
        "articles": [_article(a, body=False) for a in result.articles],
        "facts": [_group(g) for g in _kept(result, only)],
        "summary": _summary(result),
    }


def _head(result: Comparison, only: Only | None) -> dict[str, Any]:
    return {"schema": SCHEMA_ID, "strict": result.strict, "only": only.value if only else None}


def _kept(result: Comparison, only: Only | None) -> tuple[FactGroup, ...]:
    return {
        None: result.groups,
        Only.SHARED: result.shared,
        Only.CONFLICTS: result.in_conflict,
        Only.UNIQUE: tuple(g for g in result.groups if g.kind is GroupKind.UNIQUE),
    }[only]


def _summary(result: Comparison) -> dict[str, Any]:
    unique = result.unique_by_article()
    return {
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
    }


def _encode(value: Any) -> str:
    # ensure_ascii keeps lone surrogates and odd code points escaped, so the output is always valid
    return json.dumps(value, ensure_ascii=True)


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


def _group_head(group: FactGroup) -> dict[str, Any]:
    """A fact's keys before its diffs and evidence."""
    return {
        "kind": group.kind.value,
        "articles": list(group.articles),
        "members": [
            {"article": m.article, "sentence": m.index, "paragraph": m.paragraph, "text": m.text}
            for m in group.members
        ],
        "similarity": group.similarity,
        "conflicts": [
            {"kind": c.kind.value, "values": list(c.values), "articles": list(c.articles), "reason": c.reason}
            for c in group.conflicts
        ],
    } | (
        {
            "superseded": [
                {"article": u.article, "sentence": u.sentence, "at": u.at, "by": u.by}
                for u in group.superseded
            ]
        }
        if group.superseded
        else {}
    )


def _group(group: FactGroup) -> dict[str, Any]:
    return _group_head(group) | {
        "diff": [
            {
                "pair": list(d.pair),
                "ops": [[op.value, text] for op, text in d.ops],
                "changed": [[list(span) for span in side] for side in d.changed],
            }
            for d in group.diffs
        ],
        "marks": _marks(group),
        "evidence": [
            {
                "pair": [{"article": a, "sentence": i} for a, i in e.pair],
                "probability": e.probability,
                "bias": e.bias,
                "features": {
                    c.feature: {"value": c.value, "contribution": c.contribution} for c in e.contributions
                },
            }
            | ({"rule": e.rule} if e.rule else {})
            | ({"apart": e.apart} if e.apart else {})
            | ({"matched": {feature: list(items) for feature, items in e.matched}} if e.matched else {})
            for e in group.evidence
        ],
    }


def _marks(group: FactGroup) -> list[dict[str, Any]]:
    """What the other formats mark in a shared fact, per article: its members' text as a cell shows
    it and the spans drawn (`FactGroup.changed_spans`: the first article's only where no other
    article shares its words, which no single pair's diff tells)."""
    if not group.diffs:
        return []
    reference = group.reference
    return [
        {
            "article": article,
            "op": (DiffOp.DELETE if article == reference else DiffOp.INSERT).value,
            "text": text,
            "spans": [list(span) for span in spans],
        }
        for article, text, spans in group.marks()
    ]


class _FactLines:
    """Facts as JSON text, `_encode(_group(g))` to the byte, with the parts that outlets repeat
    (a wording's diff operations, a pair's evidence features, shared objects in the comparison)
    encoded once: a fact told by hundreds of outlets repeats them hundreds of times."""

    def __init__(self) -> None:
        self._ops: dict[int, str] = {}
        self._features: dict[int, str] = {}
        self._feature_entries: dict[int, str] = {}

    def line(self, group: FactGroup) -> str:
        # integers and finite floats are written as the json module writes them (their repr),
        # without a call into it for each small piece
        head = _encode(_group_head(group))
        diffs = ", ".join(
            f'{{"pair": [{d.pair[0]!r}, {d.pair[1]!r}], "ops": {self._ops_of(d.ops)}, '
            f'"changed": [{_spans(d.changed[0])}, {_spans(d.changed[1])}]}}'
            for d in group.diffs
        )
        evidence = ", ".join(
            f'{{"pair": [{{"article": {a!r}, "sentence": {i!r}}}, {{"article": {b!r}, "sentence": {j!r}}}], '
            f'"probability": {_number(e.probability)}, "bias": {_number(e.bias)}, '
            f'"features": {self._features_of(e.contributions)}'
            + (f', "rule": {_encode(e.rule)}' if e.rule else "")
            + (f', "apart": {_encode(e.apart)}' if e.apart else "")
            + (f', "matched": {_encode({f: list(items) for f, items in e.matched})}}}' if e.matched else "}")
            for e in group.evidence
            for (a, i), (b, j) in (e.pair,)
        )
        return (
            f'{head[:-1]}, "diff": [{diffs}], "marks": {_encode(_marks(group))}, "evidence": [{evidence}]}}'
        )

    def _ops_of(self, ops: tuple[tuple[DiffOp, str], ...]) -> str:
        # keyed by identity: the comparison holds the tuple, and repeated wordings share it
        found = self._ops.get(id(ops))
        if found is None:
            found = self._ops[id(ops)] = _encode([[op.value, text] for op, text in ops])
        return found

    def _features_of(self, contributions: tuple[Contribution, ...]) -> str:
        found = self._features.get(id(contributions))
        if found is None:
            found = self._features[id(contributions)] = (
                "{" + ", ".join([self._feature(c) for c in contributions]) + "}"
            )
        return found

    def _feature(self, c: Contribution) -> str:
        # one entry of `features`, as `_encode` writes it; keyed by identity: the comparison holds
        # the contribution, and most features take a few values, each one object (evidence shares it)
        found = self._feature_entries.get(id(c))
        if found is None:
            found = self._feature_entries[id(c)] = (
                f'{_encode(c.feature)}: {{"value": {_number(c.value)}, '
                f'"contribution": {_number(c.contribution)}}}'
            )
        return found


def _spans(spans: tuple[tuple[int, int], ...]) -> str:
    """Character spans as `_encode` writes them."""
    return "[" + ", ".join(f"[{start!r}, {end!r}]" for start, end in spans) + "]"


def _number(value: float) -> str:
    """A number as `_encode` writes it (its repr when finite)."""
    return repr(value) if math.isfinite(value) else _encode(value)


def _fact(fact: Fact, figures: tuple[str, ...]) -> dict[str, Any]:
    s = fact.sentence
    return {
        "sentence": s.index,
        "paragraph": s.paragraph,
        "text": s.text,
        "stems": list(fact.stems),
        "numbers": list(fact.numbers),
        "figures": list(figures),
        "money": [{"number": number, "currency": currency} for number, currency in fact.money],
        "dates": list(fact.dates),
        "periods": list(fact.periods),
        "names": list(fact.names),
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in fact.quotes],
        "attributions": list(fact.attributions),
        "entities": [{"text": e.text, "kind": e.kind.value} for e in fact.entities],
    }
