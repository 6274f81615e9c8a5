"""The rich layout of the `terminal` format; without color, the `text` format draws the same
(text.py draws a comparison without rich, tests/test_render_text.py keeps the two the same).

Article text only ever enters as `rich.text.Text` content, never as markup, and it was sanitized at
load time, so it cannot style the output or move the cursor. Without color, differences stay
visible as wdiff-style markers: `[-only in the first-]` and `{+only in this one+}`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsdiff.model import Article, Comparison, DiffOp, Fact, FactGroup, Only, RemovedBlock
from newsdiff.options import RenderOptions
from newsdiff.render import digest
from newsdiff.render.parts import (
    ABSENT_MARK,
    CONFLICT_MARK,
    LABEL_SHARE,
    MAX_EVIDENCE_SHOWN,
    MISSING_MARK,
    REPORTS_MARK,
    Part,
    article_details,
    conflict_notes,
    evidence_line,
    marked,
    marked_pieces,
    parts_shown,
    per_article_rows,
    plural,
    side_by_side,
    summary_line,
)

CONSOLE_HEIGHT = 50
"""Only used by rich for full-screen renderables, which newsdiff does not draw."""

STYLE_DELETE = "bold red strike"
STYLE_INSERT = "bold green underline"
STYLE_LABEL = "bold cyan"
STYLE_CONFLICT = "bold yellow"
STYLE_DIM = "dim"
STYLE_REMOVED = "red"
STYLE_WHY = "italic"


def to_string(renderables: Iterable[RenderableType], options: RenderOptions) -> str:
    """Print renderables to a string: with ANSI colors when `options.color`, plain otherwise."""
    out = io.StringIO()
    console = Console(
        file=out,
        width=options.width,
        height=CONSOLE_HEIGHT,  # with a height set, rich never falls back to 80 columns for TERM=dumb
        force_terminal=options.color,
        color_system="truecolor" if options.color else None,
        no_color=not options.color,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    for renderable in renderables:
        console.print(renderable)
    if options.color:
        return out.getvalue()
    # rich pads every cell to its width; plain text should not end its lines in spaces
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def comparison(result: Comparison, options: RenderOptions) -> list[RenderableType]:
    """Headers, shared facts (side by side or stacked), facts only one article has, coverage and
    per-article summary (three or more articles), summary line; `options.only` keeps one part."""
    many = digest.many(result)
    parts: list[RenderableType] = [_legend(result, options.width) if many else _headers(result.articles)]
    labels = [a.label for a in result.articles]
    draw = {
        Part.SHARED: lambda: _shared_section(result, labels, options),
        Part.UNIQUE: lambda: _unique_sections(result, options.only is Only.UNIQUE),
        Part.COVERAGE: lambda: _folded_coverage(result, options) if many else _coverage(result, options),
        Part.PER_ARTICLE: lambda: _per_article(result),
    }
    for part in parts_shown(result, options.only):
        parts.extend(draw[part]())
    parts.extend([Text(""), _summary(result)])
    return parts


def _rule(title: str) -> Group:
    """A section title: a blank line, then the title on a rule."""
    return Group(Text(""), Rule(Text(title, style="bold"), align="left"))


def _shared_section(result: Comparison, labels: list[str], options: RenderOptions) -> list[RenderableType]:
    shared = result.shared
    numbered = digest.numbered_shared(result, options.only)
    if options.only is Only.CONFLICTS:
        title = f"Shared facts in conflict ({len(numbered)} of {len(shared)})"
    else:
        title = f"Shared facts ({len(shared)})"
    if digest.many(result):
        title += ", most widely reported first"
    if not numbered:
        if options.only is None:
            return []
        return [_rule(title), Text("(none)", style=STYLE_DIM)]
    parts: list[RenderableType] = [_rule(title)]
    if digest.many(result):
        parts.extend(_digest_fact(result, group, n, options) for n, group in numbered)
        return parts
    # --explain lines need the full width: the facts are then stacked, not set side by side
    if side_by_side(len(labels), options.width) and not options.explain:
        parts.append(_side_by_side(numbered, labels, options))
    else:
        label_width = max(cell_len(label) for label in labels) + 1
        inline = label_width <= options.width // LABEL_SHARE
        parts.extend(
            _stacked(group, n, labels, label_width if inline else 0, options) for n, group in numbered
        )
    return parts


def _unique_sections(result: Comparison, always: bool) -> list[RenderableType]:
    parts: list[RenderableType] = []
    shown = digest.MAX_UNIQUE_SHOWN if digest.many(result) else None
    for article, unique in zip(result.articles, result.unique_by_article().values(), strict=True):
        if unique:
            parts.append(_rule(f"Only in {article.label} ({len(unique)})"))
            parts.append(_bullets(g.members[0].text for g in unique[:shown]))
            if shown is not None and len(unique) > shown:
                more = f"(and {len(unique) - shown} more: --format json lists them all)"
                parts.append(Text(more, style=STYLE_DIM))
    if always and not parts:
        parts.extend([_rule("Only in one article (0)"), Text("(none)", style=STYLE_DIM)])
    return parts


def highlighted(group: FactGroup, article: int, options: RenderOptions) -> Text:
    """One article's text in a group, its differing words styled (color) or marked (no color):
    the first article of the group as removed, the others as added."""
    if not options.color:
        return Text(marked(group, article))
    out = Text()
    for piece, op in marked_pieces(group, article):
        out.append(piece, style=None if op is None else STYLE_DELETE if op is DiffOp.DELETE else STYLE_INSERT)
    return out


def _headers(articles: Sequence[Article]) -> Group:
    """Per article: number, label and source; title; author, date, words kept, blocks removed."""
    blocks: list[RenderableType] = []
    for article in articles:
        meta = article.metadata
        head = Text()
        head.append(f"[{article.index + 1}] {article.label}", style=STYLE_LABEL)
        if article.source != article.label:
            head.append(f"  {article.source}", style=STYLE_DIM)
        title = Text(meta.title or "(no title)", style="bold")
        details = article_details(article)
        if article.removed:
            hint = f"newsdiff clean --explain {article.source}"
            details.append(f"{plural(len(article.removed), 'block')} removed ({hint})")
        blocks.append(head)
        blocks.append(Padding(Group(title, Text(" · ".join(details), style=STYLE_DIM)), (0, 0, 0, 4)))
    return Group(*blocks)


def _legend(result: Comparison, width: int) -> Group:
    """Many articles: a line per article (number, label, title, details), cut to the width."""
    labels = [Text(f"[{a.index + 1}] {a.label}") for a in result.articles]
    label_width = min(max(label.cell_len for label in labels), max(width // 2, 1))
    table = Table.grid(padding=(0, 1))
    table.add_column(style=STYLE_LABEL, no_wrap=True, min_width=label_width)
    table.add_column(ratio=1, no_wrap=True)
    for article, label in zip(result.articles, labels, strict=True):
        label.truncate(label_width, overflow="ellipsis")
        details = article_details(article)
        if article.removed:
            details.append(f"{plural(len(article.removed), 'block')} removed")
        line = Text(article.metadata.title or "(no title)")
        line.append("  " + " · ".join(details), style=STYLE_DIM)
        line.truncate(max(width - label_width - 1, 1), overflow="ellipsis")
        table.add_row(label, line)
    hint = Text("newsdiff clean --explain SOURCE lists what cleaning removed", style=STYLE_DIM)
    return Group(table, hint)


def _digest_fact(result: Comparison, group: FactGroup, number: int, options: RenderOptions) -> Group:
    """Many articles: one shared fact as its coverage, its wordings with who uses them (the first
    article's plain, the others' differences marked against it) and its conflicts tallied."""
    head = Text(f"#{number}", style="bold")
    if group.conflicts:
        head.append(f" {CONFLICT_MARK}", style=STYLE_CONFLICT)
    head.append(f"  {digest.coverage_note(result, group)}", style=STYLE_DIM)
    lines: list[RenderableType] = [head]
    found = digest.wordings(group)
    for wording in found[: digest.MAX_WORDINGS_SHOWN]:
        users = digest.who(result, wording.articles)
        text = (
            Text(group.text_of(wording.article))
            if wording.article == group.reference
            else highlighted(group, wording.article, options)
        )
        lines.append(Padding(Text(users + ":", style=STYLE_LABEL), (0, 0, 0, 2)))
        lines.append(Padding(text, (0, 0, 0, 4)))
    hidden = found[digest.MAX_WORDINGS_SHOWN :]
    if hidden:
        lines.append(Padding(Text(digest.hidden_note(hidden), style=STYLE_DIM), (0, 0, 0, 2)))
    for line in digest.conflict_lines(result, group):
        lines.append(Padding(Text(line, style=STYLE_CONFLICT if options.color else ""), (0, 0, 0, 2)))
    evidence = _evidence_lines(group, options)
    if evidence is not None:
        lines.append(Padding(evidence, (0, 0, 0, 2)))
    lines.append(Text(""))
    return Group(*lines)


def _conflict_text(group: FactGroup, article: int, options: RenderOptions) -> Text | None:
    """The conflicts one article takes part in, a line each: symbol, kind and the article's value
    (a quote's wording is the highlighted text itself)."""
    lines = [
        f"{CONFLICT_MARK} {kind} differs" if value is None else f"{CONFLICT_MARK} {kind}: {value}"
        for kind, value in conflict_notes(group, article)
    ]
    if not lines:
        return None
    return Text("\n".join(lines), style=STYLE_CONFLICT if options.color else "")


def _evidence_lines(group: FactGroup, options: RenderOptions) -> Text | None:
    """With `--explain`: per scored pair, the probability and what each feature added to it."""
    if not options.explain or not group.evidence:
        return None
    lines = Text(style=STYLE_DIM if options.color else "")
    for n, evidence in enumerate(group.evidence[:MAX_EVIDENCE_SHOWN]):
        if n:
            lines.append("\n")
        lines.append(evidence_line(evidence))
    hidden = len(group.evidence) - MAX_EVIDENCE_SHOWN
    if hidden > 0:
        lines.append(f"\n(and {hidden} more pairs: --format json shows all)")
    return lines


def _cell(group: FactGroup, article: int, options: RenderOptions) -> RenderableType:
    text = highlighted(group, article, options)
    conflicts = _conflict_text(group, article, options)
    return text if conflicts is None else Group(text, conflicts)


def _mark(number: int, group: FactGroup) -> Text:
    mark = Text(str(number), style=STYLE_DIM)
    if group.conflicts:
        mark.append(f" {CONFLICT_MARK}", style=STYLE_CONFLICT)
    return mark


def _side_by_side(
    numbered: Sequence[tuple[int, FactGroup]], labels: list[str], options: RenderOptions
) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    for label in labels:
        table.add_column(Text(label, style=STYLE_LABEL), ratio=1, overflow="fold")
    for number, group in numbered:
        cells: list[RenderableType] = [
            _cell(group, i, options) if i in group.articles else Text(ABSENT_MARK, style=STYLE_DIM)
            for i in range(len(labels))
        ]
        table.add_row(_mark(number, group), *cells, end_section=True)
    return table


def _stacked(
    group: FactGroup, number: int, labels: list[str], label_width: int, options: RenderOptions
) -> Group:
    """One shared fact as a block of labelled lines; labels in a column of `label_width` cells,
    or on their own line when that is 0."""
    head = Text(f"#{number}", style="bold")
    if group.conflicts:
        head.append(f" {CONFLICT_MARK}", style=STYLE_CONFLICT)
    if len(labels) > 2:
        absent = [labels[i] for i in range(len(labels)) if i not in group.articles]
        head.append(f"  in {len(group.articles)} of {len(labels)} articles", style=STYLE_DIM)
        if absent:
            head.append(f" (not in {', '.join(absent)})", style=STYLE_DIM)
    lines: list[RenderableType] = [head]
    for i in group.articles:
        if label_width:
            row = Table.grid(padding=(0, 1))
            row.add_column(width=label_width, no_wrap=True)
            row.add_column(ratio=1, overflow="fold")
            row.add_row(Text(labels[i] + ":", style=STYLE_LABEL), _cell(group, i, options))
            lines.append(Padding(row, (0, 0, 0, 2)))
        else:
            lines.append(Padding(Text(labels[i] + ":", style=STYLE_LABEL), (0, 0, 0, 2)))
            lines.append(Padding(_cell(group, i, options), (0, 0, 0, 4)))
    evidence = _evidence_lines(group, options)
    if evidence is not None:
        lines.append(Padding(evidence, (0, 0, 0, 2)))
    lines.append(Text(""))
    return Group(*lines)


def _bullets(texts: Iterable[str]) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for text in texts:
        table.add_row("•", Text(text))
    return table


def _coverage(result: Comparison, options: RenderOptions) -> list[RenderableType]:
    """Which article reports which shared fact: a row per article, a column per fact, as many
    facts a line as the width holds."""
    matrix = result.coverage
    label_width = max(cell_len(a.label) for a in result.articles) + 2
    cell = len(str(len(matrix))) + 1
    per_line = max((options.width - label_width) // cell, 1)
    parts: list[RenderableType] = [_rule("Coverage: which article reports which shared fact")]
    conflicted = {n for n, g in enumerate(result.shared) if g.conflicts}
    for first in range(0, len(matrix), per_line):
        numbers = range(first, min(first + per_line, len(matrix)))
        head = Text(" " * label_width)
        for n in numbers:
            style = STYLE_CONFLICT if n in conflicted else STYLE_DIM
            head.append(f"{n + 1:>{cell}}", style=style if options.color else "")
        block = [head]
        for article in result.articles:
            line = Text()
            line.append(article.label, style=STYLE_LABEL)
            line.append(" " * (label_width - cell_len(article.label)))
            for n in numbers:
                line.append(" " * (cell - 1))
                line.append(REPORTS_MARK if matrix[n][article.index] else MISSING_MARK)
            block.append(line)
        parts.append(Group(*block))
    return parts


def _folded_coverage(result: Comparison, options: RenderOptions) -> list[RenderableType]:
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
    parts: list[RenderableType] = [
        _rule("Coverage: which articles report each shared fact"),
        Text(legend, style=STYLE_DIM),
    ]
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True, width=1)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    for number, group in numbered:
        table.add_row(
            Text(str(number), style=STYLE_DIM),
            Text(CONFLICT_MARK if group.conflicts else "", style=STYLE_CONFLICT),
            f"{len(group.articles)}/{everyone}",
            digest.folded_row(group.articles, everyone, columns),
        )
    parts.append(table)
    return parts


def _per_article(result: Comparison) -> list[RenderableType]:
    title, rows = per_article_rows(result)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("article", style=STYLE_LABEL, overflow="fold")
    for name in ("words", "removed", "shared", "in all", "only here", "conflicts"):
        table.add_column(name, justify="right", no_wrap=True)
    for article, stats in rows:
        table.add_row(
            Text(article.label),
            str(stats.words),
            str(stats.removed),
            str(stats.shared),
            str(stats.shared_by_all),
            str(stats.unique),
            str(stats.conflicts),
        )
    return [_rule(title), table]


def _summary(result: Comparison) -> Text:
    return Text(summary_line(result), style="bold")


def cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> list[RenderableType]:
    """Cleaned bodies; with `explain`, every removed block with its reason, kept text dimmed apart."""
    parts: list[RenderableType] = []
    for article in articles:
        if len(articles) > 1 or explain:
            parts.append(Rule(Text(article.label, style=STYLE_LABEL), align="left"))
        if explain:
            parts.append(_metadata(article))
            parts.append(_removed(article.removed, options))
            parts.append(Rule(Text("kept", style=STYLE_DIM), align="left", style=STYLE_DIM))
        parts.append(Text("\n\n".join(article.paragraphs)))
    return parts


def _metadata(article: Article) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(style=STYLE_DIM, no_wrap=True)
    table.add_column(ratio=1)
    meta = article.metadata
    for name in ("title", "outlet", "author", "date", "language", "url"):
        value = getattr(meta, name)
        if value:
            table.add_row(name + ":", Text(value))
    table.add_row("words:", Text(f"{article.words} kept, {len(article.removed)} blocks removed"))
    return table


def _removed(blocks: Sequence[RemovedBlock], options: RenderOptions) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, style=STYLE_REMOVED if options.color else "")
    table.add_column(ratio=1, overflow="fold")
    for block in blocks:
        cell = Text(block.text, style=STYLE_DIM)
        if block.why:  # what decided the removal: the rule, or the features and their context
            cell.append("\n")
            cell.append(f"↳ {block.why}", style=STYLE_WHY)
        table.add_row(f"- {block.reason.value}:", cell)
    return table


def fact_list(article: Article, facts: Sequence[Fact], options: RenderOptions) -> list[RenderableType]:
    """Each sentence of an article with the features alignment compares."""
    parts: list[RenderableType] = [_headers([article])]
    for fact in facts:
        block = Text()
        block.append(f"{fact.sentence.index + 1}. ", style="bold")
        block.append(fact.sentence.text)
        table = Table.grid(padding=(0, 1))
        table.add_column(style=STYLE_DIM, no_wrap=True)
        table.add_column(ratio=1, overflow="fold")
        for name, values in (
            ("numbers", fact.numbers),
            ("dates", fact.dates),
            ("names", tuple(f"{e.text} ({e.kind.value})" for e in fact.entities) or fact.names),
            ("quotes", tuple(f"“{q.text}”" + (f" ({q.speaker})" if q.speaker else "") for q in fact.quotes)),
            ("attribution", fact.attributions),
            ("stems", fact.stems),
        ):
            if values:
                table.add_row(name + ":", Text(", ".join(values)))
        parts.append(Group(block, Padding(table, (0, 0, 1, 3))))
    return parts
