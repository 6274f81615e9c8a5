"""The `text` format: the terminal layout without escape codes, differences as wdiff markers.

A comparison is drawn without rich (plain.py): the same headers, rules, columns and wrapping as
layout.py draws for the terminal, character for character (tests/test_render_text.py), at a
fraction of the start-up cost. `clean --explain` and `facts` still go through the terminal layout.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from rich.cells import cell_len

from newsdiff.model import Article, Comparison, Fact, FactGroup, Only
from newsdiff.options import RenderOptions
from newsdiff.render import parts
from newsdiff.render.parts import Part
from newsdiff.render.plain import Column, Indent, Node, Rule, Table, draw


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Shared facts side by side, `[-removed-]{+added+}` markers, then unique facts."""
    labels = [a.label for a in result.articles]
    nodes: list[Node] = [_headers(result.articles)]
    sections = {
        Part.SHARED: lambda: _shared(result, labels, options),
        Part.UNIQUE: lambda: _unique(result, options.only is Only.UNIQUE),
        Part.COVERAGE: lambda: _coverage(result, options),
        Part.PER_ARTICLE: lambda: _per_article(result),
    }
    for part in parts.parts_shown(result, options.only):
        nodes.extend(sections[part]())
    nodes.extend(["", parts.summary_line(result)])
    return draw(nodes, options.width)


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned bodies unwrapped, one paragraph a line (`==> label <==` heads several)."""
    if explain:
        from newsdiff.render import terminal

        return terminal.render_cleaned(articles, explain, replace(options, color=False))
    if len(articles) == 1:
        return articles[0].body + "\n"
    return "\n".join(f"==> {a.label} <==\n{a.body}\n" for a in articles)


def render_facts(article: Article, facts: Sequence[Fact], options: RenderOptions) -> str:
    """An article's sentences with their extracted features, as plain text."""
    from newsdiff.render import terminal

    return terminal.render_facts(article, facts, replace(options, color=False))


def _headers(articles: Sequence[Article]) -> Node:
    nodes: list[Node] = []
    for article in articles:
        head = f"[{article.index + 1}] {article.label}"
        if article.source != article.label:
            head += f"  {article.source}"
        details = parts.article_details(article)
        if article.removed:
            hint = f"newsdiff clean --explain {article.source}"
            details.append(f"{parts.plural(len(article.removed), 'block')} removed ({hint})")
        nodes.append(head)
        nodes.append(Indent([article.metadata.title or "(no title)", " · ".join(details)], 4))
    return nodes


def _rule(title: str) -> Node:
    return ["", Rule(title)]


def _shared(result: Comparison, labels: list[str], options: RenderOptions) -> list[Node]:
    shared = result.shared
    numbered = list(enumerate(shared, 1))
    if options.only is Only.CONFLICTS:
        numbered = [(n, g) for n, g in numbered if g.conflicts]
        title = f"Shared facts in conflict ({len(numbered)} of {len(shared)})"
    else:
        title = f"Shared facts ({len(shared)})"
    if not numbered:
        return [] if options.only is None else [_rule(title), "(none)"]
    nodes: list[Node] = [_rule(title)]
    if parts.side_by_side(len(labels), options.width) and not options.explain:
        nodes.append(_side_by_side(numbered, labels))
    else:
        label_width = max(cell_len(label) for label in labels) + 1
        inline = label_width <= options.width // parts.LABEL_SHARE
        nodes.extend(
            _stacked(group, n, labels, label_width if inline else 0, options) for n, group in numbered
        )
    return nodes


def _cell(group: FactGroup, article: int) -> Node:
    text = parts.marked(group, article)
    notes = [
        f"{parts.CONFLICT_MARK} {kind} differs" if value is None else f"{parts.CONFLICT_MARK} {kind}: {value}"
        for kind, value in parts.conflict_notes(group, article)
    ]
    return [text, "\n".join(notes)] if notes else text


def _side_by_side(numbered: Sequence[tuple[int, FactGroup]], labels: list[str]) -> Table:
    columns = [Column("#", justify="right", no_wrap=True)]
    columns += [Column(label, ratio=1, overflow="fold") for label in labels]
    table = Table(columns, boxed=True, expand=True)
    for number, group in numbered:
        mark = f"{number} {parts.CONFLICT_MARK}" if group.conflicts else str(number)
        cells = [_cell(group, i) if i in group.articles else parts.ABSENT_MARK for i in range(len(labels))]
        table.add_row(mark, *cells, end_section=True)
    return table


def _stacked(
    group: FactGroup, number: int, labels: list[str], label_width: int, options: RenderOptions
) -> Node:
    head = f"#{number}"
    if group.conflicts:
        head += f" {parts.CONFLICT_MARK}"
    if len(labels) > 2:
        absent = [labels[i] for i in range(len(labels)) if i not in group.articles]
        head += f"  in {len(group.articles)} of {len(labels)} articles"
        if absent:
            head += f" (not in {', '.join(absent)})"
    nodes: list[Node] = [head]
    for i in group.articles:
        if label_width:
            row = Table(
                [Column(width=label_width, no_wrap=True), Column(ratio=1, overflow="fold")], boxed=False
            )
            row.add_row(labels[i] + ":", _cell(group, i))
            nodes.append(Indent(row, 2))
        else:
            nodes.append(Indent(labels[i] + ":", 2))
            nodes.append(Indent(_cell(group, i), 4))
    if options.explain and group.evidence:
        lines = [parts.evidence_line(e) for e in group.evidence[: parts.MAX_EVIDENCE_SHOWN]]
        hidden = len(group.evidence) - parts.MAX_EVIDENCE_SHOWN
        if hidden > 0:
            lines.append(f"(and {hidden} more pairs: --format json shows all)")
        nodes.append(Indent("\n".join(lines), 2))
    nodes.append("")
    return nodes


def _unique(result: Comparison, always: bool) -> list[Node]:
    nodes: list[Node] = []
    for article in result.articles:
        unique = result.unique_to(article.index)
        if unique:
            nodes.append(_rule(f"Only in {article.label} ({len(unique)})"))
            nodes.append(_bullets(g.members[0].text for g in unique))
    if always and not nodes:
        nodes.extend([_rule("Only in one article (0)"), "(none)"])
    return nodes


def _bullets(texts: Iterable[str]) -> Table:
    table = Table([Column(no_wrap=True), Column(ratio=1, overflow="fold")], boxed=False)
    for text in texts:
        table.add_row("•", text)
    return table


def _coverage(result: Comparison, options: RenderOptions) -> list[Node]:
    matrix = result.coverage
    label_width = max(cell_len(a.label) for a in result.articles) + 2
    cell = len(str(len(matrix))) + 1
    per_line = max((options.width - label_width) // cell, 1)
    nodes: list[Node] = [_rule("Coverage: which article reports which shared fact")]
    for first in range(0, len(matrix), per_line):
        numbers = range(first, min(first + per_line, len(matrix)))
        block: list[Node] = [" " * label_width + "".join(f"{n + 1:>{cell}}" for n in numbers)]
        for article in result.articles:
            marks = "".join(
                " " * (cell - 1) + (parts.REPORTS_MARK if matrix[n][article.index] else parts.MISSING_MARK)
                for n in numbers
            )
            block.append(article.label + " " * (label_width - cell_len(article.label)) + marks)
        nodes.append(block)
    return nodes


def _per_article(result: Comparison) -> list[Node]:
    columns = [Column("article", overflow="fold")]
    columns += [
        Column(name, justify="right", no_wrap=True)
        for name in ("words", "removed", "shared", "in all", "only here", "conflicts")
    ]
    table = Table(columns, boxed=True, show_edge=False)
    for article, stats in zip(result.articles, result.stats, strict=True):
        table.add_row(
            article.label,
            *(
                str(n)
                for n in (
                    stats.words,
                    stats.removed,
                    stats.shared,
                    stats.shared_by_all,
                    stats.unique,
                    stats.conflicts,
                )
            ),
        )
    return [_rule("Per article"), table]
