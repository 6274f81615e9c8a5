"""The `terminal` format: layout.py's nodes drawn by rich, colored when the CLI allows color.

Each node becomes the rich renderable plain.py imitates: a string a `Text` (a `Styled` one with its
style and spans), an `Indent` a `Padding`, a list a `Group`, a `Rule` a left-aligned `Rule`, a
`Table` a `Table` with a `SIMPLE_HEAD` box or a `Table.grid`, with the same columns.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule as RichRule
from rich.table import Table as RichTable
from rich.text import Span, Text

from newsdiff.model import Article, Comparison, Fact, RemovedBlock
from newsdiff.options import RenderOptions
from newsdiff.render import layout
from newsdiff.render.layout import STYLE_DIM, STYLE_LABEL
from newsdiff.render.plain import Indent, Node, Rule, Styled, Table

CONSOLE_HEIGHT = 50
"""Only used by rich for full-screen renderables, which newsdiff does not draw."""

STYLE_REMOVED = "red"
STYLE_WHY = "italic"


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Shared facts side by side with highlighted word differences, then unique facts."""
    return to_string(map(to_rich, layout.comparison(result, options)), options)


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned article bodies; with `explain`, the removed blocks and their reasons first."""
    return to_string(_cleaned(articles, explain, options), options)


def render_facts(article: Article, facts: Sequence[Fact], options: RenderOptions) -> str:
    """An article's sentences with their extracted features."""
    return to_string(_fact_list(article, facts), options)


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


def to_rich(node: Node) -> RenderableType:
    """The rich renderable a node stands for."""
    if isinstance(node, str):
        return _text(node)
    if isinstance(node, list):
        return Group(*map(to_rich, node))
    if isinstance(node, Indent):
        return Padding(to_rich(node.node), (0, 0, 0, node.left))
    if isinstance(node, Rule):
        return RichRule(_text(node.title), align="left")
    return _table(node)


def _text(text: str) -> Text:
    if isinstance(text, Styled):
        return Text(text, style=text.style, spans=[Span(*span) for span in text.spans])
    return Text(text)


def _table(table: Table) -> RichTable:
    if table.boxed:
        out = RichTable(box=box.SIMPLE_HEAD, expand=table.expand, pad_edge=False, show_edge=table.show_edge)
    else:
        out = RichTable.grid(padding=(0, 1), expand=table.expand)
    for column in table.columns:
        out.add_column(
            _text(column.header),
            style=column.style,
            justify=column.justify,  # type: ignore[arg-type]
            overflow=column.overflow,  # type: ignore[arg-type]
            no_wrap=column.no_wrap,
            width=column.width,
            ratio=column.ratio,
        )
    for row, end_section in zip(table.rows, table.sections, strict=True):
        out.add_row(*map(to_rich, row), end_section=end_section)
    return out


def _cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> list[RenderableType]:
    """Cleaned bodies; with `explain`, every removed block with its reason, kept text dimmed apart."""
    parts: list[RenderableType] = []
    for article in articles:
        if len(articles) > 1 or explain:
            parts.append(RichRule(Text(article.label, style=STYLE_LABEL), align="left"))
        if explain:
            parts.append(_metadata(article))
            parts.append(_removed(article.removed, options))
            parts.append(RichRule(Text("kept", style=STYLE_DIM), align="left", style=STYLE_DIM))
        parts.append(Text("\n\n".join(article.paragraphs)))
    return parts


def _metadata(article: Article) -> RichTable:
    table = RichTable.grid(padding=(0, 1))
    table.add_column(style=STYLE_DIM, no_wrap=True)
    table.add_column(ratio=1)
    meta = article.metadata
    for name in ("title", "outlet", "author", "date", "language", "url"):
        value = getattr(meta, name)
        if value:
            table.add_row(name + ":", Text(value))
    table.add_row("words:", Text(f"{article.words} kept, {len(article.removed)} blocks removed"))
    return table


def _removed(blocks: Sequence[RemovedBlock], options: RenderOptions) -> RichTable:
    table = RichTable.grid(padding=(0, 1))
    table.add_column(no_wrap=True, style=STYLE_REMOVED if options.color else "")
    table.add_column(ratio=1, overflow="fold")
    for block in blocks:
        cell = Text(block.text, style=STYLE_DIM)
        if block.why:  # what decided the removal: the rule, or the features and their context
            cell.append("\n")
            cell.append(f"↳ {block.why}", style=STYLE_WHY)
        table.add_row(f"- {block.reason.value}:", cell)
    return table


def _fact_list(article: Article, facts: Sequence[Fact]) -> list[RenderableType]:
    """Each sentence of an article with the features alignment compares."""
    parts: list[RenderableType] = [to_rich(layout.headers([article]))]
    for fact in facts:
        block = Text()
        block.append(f"{fact.sentence.index + 1}. ", style="bold")
        block.append(fact.sentence.text)
        table = RichTable.grid(padding=(0, 1))
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
