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
from newsdiff.render import digest, parts
from newsdiff.render.parts import Part
from newsdiff.render.plain import Column, Indent, Node, Rule, Table, draw, truncate


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Shared facts side by side, `[-removed-]{+added+}` markers, then unique facts."""
    labels = [a.label for a in result.articles]
    many = digest.many(result)
    nodes: list[Node] = [_legend(result, options.width) if many else _headers(result.articles)]
    sections = {
        Part.SHARED: lambda: _shared(result, labels, options),
        Part.UNIQUE: lambda: _unique(result, options.only is Only.UNIQUE),
        Part.COVERAGE: lambda: _folded_coverage(result, options) if many else _coverage(result, options),
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
    numbered = digest.numbered_shared(result, options.only)
    if options.only is Only.CONFLICTS:
        title = f"Shared facts in conflict ({len(numbered)} of {len(shared)})"
    else:
        title = f"Shared facts ({len(shared)})"
    if digest.many(result):
        title += ", most widely reported first"
    if not numbered:
        return [] if options.only is None else [_rule(title), "(none)"]
    nodes: list[Node] = [_rule(title)]
    if digest.many(result):
        nodes.extend(_digest_fact(result, group, n, options) for n, group in numbered)
        return nodes
    if parts.side_by_side(len(labels), options.width) and not options.explain:
        nodes.append(_side_by_side(numbered, labels))
    else:
        label_width = max(cell_len(label) for label in labels) + 1
        inline = label_width <= options.width // parts.LABEL_SHARE
        nodes.extend(
            _stacked(group, n, labels, label_width if inline else 0, options) for n, group in numbered
        )
    return nodes


def _legend(result: Comparison, width: int) -> Node:
    """Many articles: a line per article (number, label, title, details), cut to the width."""
    labels = [f"[{a.index + 1}] {a.label}" for a in result.articles]
    label_width = min(max(cell_len(label) for label in labels), max(width // 2, 1))
    table = Table([Column(width=label_width, no_wrap=True), Column(ratio=1, no_wrap=True)], boxed=False)
    for article, label in zip(result.articles, labels, strict=True):
        label = truncate(label, label_width)
        details = parts.article_details(article)
        if article.removed:
            details.append(f"{parts.plural(len(article.removed), 'block')} removed")
        line = (article.metadata.title or "(no title)") + "  " + " · ".join(details)
        table.add_row(label, truncate(line, max(width - label_width - 1, 1)))
    return [table, "newsdiff clean --explain SOURCE lists what cleaning removed"]


def _digest_fact(result: Comparison, group: FactGroup, number: int, options: RenderOptions) -> Node:
    """Many articles: one shared fact as its coverage, its wordings with who uses them (the first
    article's plain, the others' differences marked against it) and its conflicts tallied."""
    head = f"#{number}" + (f" {parts.CONFLICT_MARK}" if group.conflicts else "")
    nodes: list[Node] = [f"{head}  {digest.coverage_note(result, group)}"]
    found = digest.wordings(group)
    for wording in found[: digest.MAX_WORDINGS_SHOWN]:
        article = wording.article
        text = group.text_of(article) if article == group.reference else parts.marked(group, article)
        nodes.append(Indent(digest.who(result, wording.articles) + ":", 2))
        nodes.append(Indent(text, 4))
    hidden = found[digest.MAX_WORDINGS_SHOWN :]
    if hidden:
        nodes.append(Indent(digest.hidden_note(hidden), 2))
    nodes.extend(Indent(line, 2) for line in digest.conflict_lines(result, group))
    if options.explain and group.evidence:
        nodes.append(Indent(_evidence(group), 2))
    nodes.append("")
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
        nodes.append(Indent(_evidence(group), 2))
    nodes.append("")
    return nodes


def _evidence(group: FactGroup) -> str:
    """With `--explain`: per scored pair, the probability and what each feature added to it."""
    lines = [parts.evidence_line(e) for e in group.evidence[: parts.MAX_EVIDENCE_SHOWN]]
    hidden = len(group.evidence) - parts.MAX_EVIDENCE_SHOWN
    if hidden > 0:
        lines.append(f"(and {hidden} more pairs: --format json shows all)")
    return "\n".join(lines)


def _unique(result: Comparison, always: bool) -> list[Node]:
    nodes: list[Node] = []
    shown = digest.MAX_UNIQUE_SHOWN if digest.many(result) else None
    for article, unique in zip(result.articles, result.unique_by_article().values(), strict=True):
        if unique:
            nodes.append(_rule(f"Only in {article.label} ({len(unique)})"))
            nodes.append(_bullets(g.members[0].text for g in unique[:shown]))
            if shown is not None and len(unique) > shown:
                nodes.append(f"(and {len(unique) - shown} more: --format json lists them all)")
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


def _folded_coverage(result: Comparison, options: RenderOptions) -> list[Node]:
    """Many articles: a row per shared fact in rank order, a column per article, or per run of
    articles shaded by how many of them report the fact when there are more than columns."""
    numbered = digest.numbered_shared(result)
    everyone = len(result.articles)
    mark_width = len(str(len(numbered))) + 3
    count_width = len(f"{everyone}/{everyone}")
    columns = max(options.width - mark_width - count_width - 2, 1)
    per_cell = digest.articles_per_cell(everyone, columns)
    legend = (
        "a column per article, in the order listed above"
        if per_cell == 1
        else f"a column per {per_cell} articles in the order listed above, darker where more report it"
    )
    table = Table(
        [
            Column(justify="right", no_wrap=True),
            Column(width=1, no_wrap=True),
            Column(justify="right", no_wrap=True),
            Column(no_wrap=True),
        ],
        boxed=False,
    )
    for number, group in numbered:
        table.add_row(
            str(number),
            parts.CONFLICT_MARK if group.conflicts else "",
            f"{len(group.articles)}/{everyone}",
            digest.folded_row(group.articles, everyone, columns),
        )
    return [_rule("Coverage: which articles report each shared fact"), legend, table]


def _per_article(result: Comparison) -> list[Node]:
    columns = [Column("article", overflow="fold")]
    columns += [
        Column(name, justify="right", no_wrap=True)
        for name in ("words", "removed", "shared", "in all", "only here", "conflicts")
    ]
    title, rows = parts.per_article_rows(result)
    table = Table(columns, boxed=True, show_edge=False)
    for article, stats in rows:
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
    return [_rule(title), table]
