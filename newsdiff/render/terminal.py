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

from newsdiff.model import Article, Comparison, Fact
from newsdiff.options import RenderOptions
from newsdiff.render import layout
from newsdiff.render.plain import Indent, Node, Rule, Styled, Table

CONSOLE_HEIGHT = 50
"""Only used by rich for full-screen renderables, which newsdiff does not draw."""


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Shared facts side by side with highlighted word differences, then unique facts."""
    return to_string(map(to_rich, layout.comparison(result, options)), options)


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned article bodies; with `explain`, the removed blocks and their reasons first."""
    return to_string(map(to_rich, layout.cleaned(articles, explain)), options)


def render_facts(
    article: Article, facts: Sequence[Fact], figures: Sequence[tuple[str, ...]], options: RenderOptions
) -> str:
    """An article's sentences with their extracted features."""
    return to_string(map(to_rich, layout.fact_list(article, facts, figures)), options)


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
        return Padding(to_rich(node.node), (0, 0, node.bottom, node.left))
    if isinstance(node, Rule):
        return RichRule(_text(node.title), align="left", style=node.style)
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
            justify=column.justify,
            overflow=column.overflow,
            no_wrap=column.no_wrap,
            width=column.width,
            ratio=column.ratio,
        )
    for row, end_section in zip(table.rows, table.sections, strict=True):
        out.add_row(*map(to_rich, row), end_section=end_section)
    return out
