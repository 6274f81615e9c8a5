"""The rich layout that the `terminal` and `text` formats share: they differ only in color.

Article text only ever enters as `rich.text.Text` content, never as markup, and it was sanitized at
load time, so it cannot style the output or move the cursor. Without color, differences stay
visible as wdiff-style markers: `[-only in the first-]` and `{+only in this one+}`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsdiff.model import Article, Comparison, DiffOp, Evidence, Fact, FactGroup, RemovedBlock
from newsdiff.options import RenderOptions

MAX_EVIDENCE_SHOWN = 3
"""Scored pairs shown per group with --explain (the JSON holds them all)."""
EVIDENCE_SHOWN_FROM = 0.05
"""Features that moved the log-odds by less than this are left out of an --explain line."""
MIN_COLUMN_WIDTH = 36
"""Narrower than this per article, shared facts are stacked instead of set side by side."""

CONSOLE_HEIGHT = 50
"""Only used by rich for full-screen renderables, which newsdiff does not draw."""

STYLE_DELETE = "bold red strike"
STYLE_INSERT = "bold green underline"
STYLE_LABEL = "bold cyan"
STYLE_CONFLICT = "bold yellow"
STYLE_DIM = "dim"
STYLE_REMOVED = "red"
STYLE_WHY = "italic"
CONFLICT_MARK = "≠"
MARKERS = {DiffOp.DELETE: ("[-", "-]"), DiffOp.INSERT: ("{+", "+}")}


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
    """Headers, shared facts (side by side or stacked), facts only one article has, summary."""
    parts: list[RenderableType] = [_headers(result.articles)]
    shared = result.shared
    labels = [a.label for a in result.articles]
    if shared:
        parts.append(Rule(Text(f"Shared facts ({len(shared)})", style="bold"), align="left"))
        # --explain lines need the full width: the facts are then stacked, not set side by side
        if len(result.articles) * MIN_COLUMN_WIDTH <= options.width and not options.explain:
            parts.append(_side_by_side(shared, labels, options))
        else:
            parts.extend(_stacked(group, n, labels, options) for n, group in enumerate(shared, 1))
    for article in result.articles:
        unique = result.unique_to(article.index)
        if unique:
            parts.append(Rule(Text(f"Only in {article.label} ({len(unique)})", style="bold"), align="left"))
            parts.append(_bullets(g.members[0].text for g in unique))
    parts.append(_summary(result))
    return parts


def highlighted(group: FactGroup, article: int, options: RenderOptions) -> Text:
    """One article's text in a group, its differing words styled (color) or marked (no color)."""
    spans = _changed_spans(group, article)
    text = group.text_of(article)
    out = Text()
    pos = 0
    for start, end, op in spans:
        out.append(text[pos:start])
        _append_change(out, text[start:end], op, options)
        pos = end
    out.append(text[pos:])
    return out


def _changed_spans(group: FactGroup, article: int) -> list[tuple[int, int, DiffOp]]:
    """Character spans of `article`'s text that differ from the other side of its pair(s)."""
    spans: set[tuple[int, int]] = set()
    op_kind = DiffOp.INSERT
    for diff in group.diffs:
        if article not in diff.pair:
            continue
        side = DiffOp.DELETE if diff.pair[0] == article else DiffOp.INSERT
        op_kind = side
        pos = 0
        for op, chunk in diff.ops:
            if op is DiffOp.EQUAL or op is side:
                if op is side and chunk.strip():
                    spans.add((pos, pos + len(chunk)))
                pos += len(chunk)
    return [(s, e, op_kind) for s, e in _merge(sorted(spans))]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _append_change(out: Text, chunk: str, op: DiffOp, options: RenderOptions) -> None:
    lead = chunk[: len(chunk) - len(chunk.lstrip())]
    trail = chunk[len(chunk.rstrip()) :]
    core = chunk.strip()
    out.append(lead)
    if options.color:
        out.append(core, style=STYLE_DELETE if op is DiffOp.DELETE else STYLE_INSERT)
    else:
        opening, closing = MARKERS[op]
        out.append(f"{opening}{core}{closing}")
    out.append(trail)


def _headers(articles: Sequence[Article]) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for article in articles:
        meta = article.metadata
        line = Text()
        line.append(meta.title or "(no title)", style="bold")
        details = [d for d in (meta.outlet, meta.author and f"by {meta.author}", meta.date) if d]
        facts = f"{article.words} words kept"
        if article.removed:
            facts += f", {len(article.removed)} blocks removed (newsdiff clean --explain {article.source})"
        line.append("\n" + " · ".join([*details, facts]), style=STYLE_DIM)
        table.add_row(Text(f"[{article.index + 1}] {article.label}", style=STYLE_LABEL), line)
    return table


def _conflict_lines(group: FactGroup, options: RenderOptions) -> Text | None:
    if not group.conflicts:
        return None
    lines = Text(style=STYLE_CONFLICT if options.color else "")
    for n, conflict in enumerate(group.conflicts):
        if n:
            lines.append("\n")
        lines.append(f"{CONFLICT_MARK} {conflict.kind.value}: " + " | ".join(conflict.values))
    return lines


def _evidence_lines(group: FactGroup, options: RenderOptions) -> Text | None:
    """With `--explain`: per scored pair, the probability and what each feature added to it."""
    if not options.explain or not group.evidence:
        return None
    lines = Text(style=STYLE_DIM if options.color else "")
    for n, evidence in enumerate(group.evidence[:MAX_EVIDENCE_SHOWN]):
        if n:
            lines.append("\n")
        lines.append(_evidence_line(evidence))
    hidden = len(group.evidence) - MAX_EVIDENCE_SHOWN
    if hidden > 0:
        lines.append(f"\n(and {hidden} more pairs: --format json shows all)")
    return lines


def _evidence_line(evidence: Evidence) -> str:
    (a, i), (b, j) = evidence.pair
    moved = sorted(
        (c for c in evidence.contributions if abs(c.contribution) >= EVIDENCE_SHOWN_FROM),
        key=lambda c: (-abs(c.contribution), c.feature),
    )
    terms = " ".join(f"{c.contribution:+.2f} {c.feature} ({c.value:.2f})" for c in moved)
    pair = f"[{a + 1}]{i + 1}~[{b + 1}]{j + 1}"
    return f"why {pair}: p {evidence.probability:.2f} = bias {evidence.bias:+.2f} {terms}"


def _side_by_side(groups: Sequence[FactGroup], labels: list[str], options: RenderOptions) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True, style=STYLE_DIM)
    for label in labels:
        table.add_column(Text(label, style=STYLE_LABEL), ratio=1, overflow="fold")
    for number, group in enumerate(groups, 1):
        mark = Text(str(number))
        if group.conflicts:
            mark.append(f" {CONFLICT_MARK}", style=STYLE_CONFLICT)
        cells: list[RenderableType] = [
            highlighted(group, i, options) if i in group.articles else Text("—", style=STYLE_DIM)
            for i in range(len(labels))
        ]
        conflicts = _conflict_lines(group, options)
        if conflicts is not None:
            cells[0] = Group(cells[0], conflicts)
        table.add_row(mark, *cells, end_section=True)
    return table


def _stacked(group: FactGroup, number: int, labels: list[str], options: RenderOptions) -> Group:
    lines: list[RenderableType] = []
    head = Text(f"{number}.", style="bold")
    if group.conflicts:
        head.append(f" {CONFLICT_MARK}", style=STYLE_CONFLICT)
    head.append(f"  in {len(group.articles)} of {len(labels)} articles", style=STYLE_DIM)
    lines.append(head)
    width = max(len(labels[i]) for i in group.articles)
    for i in group.articles:
        row = Table.grid(padding=(0, 1))
        row.add_column(width=width + 1, no_wrap=True)
        row.add_column(ratio=1, overflow="fold")
        row.add_row(Text(labels[i] + ":", style=STYLE_LABEL), highlighted(group, i, options))
        lines.append(Padding(row, (0, 0, 0, 2)))
    conflicts = _conflict_lines(group, options)
    if conflicts is not None:
        lines.append(Padding(conflicts, (0, 0, 0, 2)))
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


def _summary(result: Comparison) -> Text:
    shared = result.shared
    everyone = len(result.articles)
    in_all = sum(1 for g in shared if len(g.articles) == everyone)
    parts = [f"{len(shared)} shared facts" + (f" ({in_all} in all {everyone})" if everyone > 2 else "")]
    if result.conflicts:
        parts.append(f"{result.conflicts} conflicts")
    parts.extend(f"{len(result.unique_to(a.index))} only in {a.label}" for a in result.articles)
    verdict = "same facts" if result.exit_code == 0 else "differences found"
    return Text(" · ".join(parts) + f" — {verdict}", style="bold")


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
