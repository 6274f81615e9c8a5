"""Plain-text drawing, cell for cell as rich draws without color, for the `text` format.

Importing rich's console and table and laying a comparison out with them costs about 30 ms, more
than the rest of a two-article comparison: the `text` format, read in pipes and loops, draws with
this instead. It follows rich's algorithms for what layout.py uses, and only that: word wrap
(`rich._wrap.divide_line`, overflow "fold"), left and right justification, indents (`Padding`),
groups, left-aligned rules, and tables with a `SIMPLE_HEAD` box or none (`Table.grid`), their
column widths measured, distributed by ratio and collapsed as `Table._calculate_column_widths`
does. Cell widths come from `rich.cells`, the one small module of rich it loads.
tests/test_render_text.py checks that the `text` format and the terminal layout without color
stay the same, character for character.

A node is a string (a `rich.text.Text`; a `Styled` string carries its style, which only the
terminal draws: here it is text like any other), an `Indent`, a `list` of nodes (a `Group`), a
`Rule` or a `Table`. Every node draws to lines padded to the width it is given. layout.py builds
the nodes once for both formats; terminal.py hands the same nodes to rich, in color.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Literal, TypeAlias

from rich.cells import cell_len as _rich_cell_len
from rich.cells import chop_cells, set_cell_size

from newsdiff.patterns import compiled

TAB_SIZE = 8
RULE_CHARACTER = "─"
_WORD = compiled(r"\s*\S+\s*")
_TRAILING_SPACE = compiled(r"\s+$")


def cell_len(text: str) -> int:
    """`rich.cells.cell_len`, with printable ASCII (most of an English article) counted directly."""
    return len(text) if text.isascii() and text.isprintable() else _rich_cell_len(text)


Span: TypeAlias = tuple[int, int, str]
"""A style over characters `start:end` of a string (`rich.text.Span`)."""


class Styled(str):
    """A string with `style` over all of it and `spans` over parts, as a `rich.text.Text` holds
    them; drawn here as the plain string it is."""

    style: str
    spans: tuple[Span, ...]

    def __new__(cls, text: str = "", style: str = "", spans: Sequence[Span] = ()) -> Styled:
        styled = super().__new__(cls, text)
        styled.style = style
        styled.spans = tuple(spans)
        return styled


def styled(*pieces: str | tuple[str, str], style: str = "") -> Styled:
    """Pieces, each a string or (string, style), joined as `Text.append` joins them; `style`
    over the whole."""
    text: list[str] = []
    spans: list[Span] = []
    offset = 0
    for piece in pieces:
        piece, piece_style = (piece, "") if isinstance(piece, str) else piece
        if piece and piece_style:
            spans.append((offset, offset + len(piece), piece_style))
        text.append(piece)
        offset += len(piece)
    return Styled("".join(text), style, spans)


class Indent:
    """`rich.padding.Padding(node, (0, 0, bottom, left))`: the node drawn `left` cells to the right,
    `bottom` blank lines under it."""

    __slots__ = ("bottom", "left", "node")

    def __init__(self, node: Node, left: int, bottom: int = 0) -> None:
        self.node = node
        self.left = left
        self.bottom = bottom


class Rule:
    """`rich.rule.Rule(title, align="left", style=style)`: the title, then a line to the right edge
    (`style` is the terminal's, for the line)."""

    __slots__ = ("style", "title")

    def __init__(self, title: str, style: str = "rule.line") -> None:
        self.title = title
        self.style = style


class Column:
    """A table column: `width` fixes it, `ratio` shares what is left; `no_wrap` keeps it on one line;
    `style` is the terminal's over its cells."""

    __slots__ = ("header", "justify", "no_wrap", "overflow", "ratio", "style", "width")

    def __init__(
        self,
        header: str = "",
        *,
        style: str = "",
        width: int | None = None,
        ratio: int | None = None,
        no_wrap: bool = False,
        justify: Literal["left", "right"] = "left",
        overflow: Literal["fold", "ellipsis"] = "ellipsis",
    ) -> None:
        self.header = header
        self.width = width
        self.ratio = ratio
        self.no_wrap = no_wrap
        self.justify = justify
        self.overflow = overflow
        self.style = style


class Table:
    """`rich.table.Table(box=SIMPLE_HEAD, …)` with `boxed`, else `Table.grid(padding=(0, 1))`."""

    __slots__ = ("boxed", "columns", "expand", "rows", "sections", "show_edge")

    def __init__(
        self, columns: Sequence[Column], *, boxed: bool, expand: bool = False, show_edge: bool = True
    ) -> None:
        self.columns = list(columns)
        self.boxed = boxed
        self.expand = expand
        self.show_edge = boxed and show_edge
        self.rows: list[list[Node]] = []
        self.sections: list[bool] = []

    def add_row(self, *cells: Node, end_section: bool = False) -> None:
        self.rows.append(list(cells))
        self.sections.append(end_section)


Node: TypeAlias = "str | Indent | Rule | Table | list[Node]"


def draw(nodes: Sequence[Node], width: int) -> str:
    """The nodes one after another, as `rich.console.Console.print` and terminal.to_string print them
    without color: trailing spaces removed."""
    lines = [line for node in nodes for line in _lines(node, width)]
    return "".join(line.rstrip() + "\n" for line in "\n".join(lines).splitlines())


# --------------------------------------------------------------------------- text


def _lines(
    node: Node, width: int, justify: str = "default", overflow: str = "fold", no_wrap: bool = False
) -> list[str]:
    """A node drawn at `width` cells, each line padded to it (`Console.render_lines(pad=True)`);
    nothing at all where there is no room (`Console.render` at a width under 1)."""
    if width < 1:
        return []
    if isinstance(node, str):
        return [set_cell_size(line, width) for line in _wrap(node, width, justify, overflow, no_wrap)]
    if isinstance(node, list):
        return [line for child in node for line in _lines(child, width, justify, overflow, no_wrap)]
    if isinstance(node, Indent):
        inner = _lines(node.node, width - node.left, justify, overflow, no_wrap)
        return [" " * node.left + line for line in inner] + [" " * width] * node.bottom
    if isinstance(node, Rule):
        return [_rule(node.title, width)]
    return _table(node, width)


def _wrap(text: str, width: int, justify: str, overflow: str, no_wrap: bool) -> list[str]:
    """`rich.text.Text.wrap`: each line of the text divided at word starts to fit `width`."""
    out: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            line = _expand_tabs(line)
        pieces = (
            [line] if no_wrap else [_rstrip_end(p, width) for p in _divide(line, width, overflow == "fold")]
        )
        for piece in pieces:
            if justify == "right":
                piece = truncate(piece.rstrip(), width, overflow)
                piece = " " * (width - cell_len(piece)) + piece
            out.append(truncate(piece, width, overflow))
    return out


def _divide(line: str, width: int, fold: bool) -> list[str]:
    """`rich._wrap.divide_line`, and the line cut at the offsets it finds."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group(0)
        length = cell_len(word.rstrip())
        if width - offset >= length:
            offset += cell_len(word)
        elif length > width:
            if fold:
                folded = chop_cells(word, width)
                for n, piece in enumerate(folded):
                    if start:
                        breaks.append(start)
                    if n == len(folded) - 1:
                        offset = cell_len(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = cell_len(word)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(word)
    bounds = [0, *breaks, len(line)]
    return [line[a:b] for a, b in itertools.pairwise(bounds)] if breaks else [line]


def _rstrip_end(text: str, size: int) -> str:
    """`Text.rstrip_end`: drop trailing whitespace beyond `size` characters."""
    if len(text) > size and (match := _TRAILING_SPACE.search(text)):
        return text[: len(text) - min(len(match.group(0)), len(text) - size)]
    return text


def truncate(text: str, width: int, overflow: str = "ellipsis") -> str:
    """`Text.truncate`: cut to `width` cells, the last one an ellipsis unless `overflow` is "crop";
    a `Styled` string keeps its style, its spans cut where the text ends."""
    if cell_len(text) <= width:
        return text
    cut = set_cell_size(text, width - 1) + "…" if overflow == "ellipsis" else set_cell_size(text, width)
    if not isinstance(text, Styled):
        return cut
    end = len(cut)
    return Styled(cut, text.style, [(a, min(b, end), style) for a, b, style in text.spans if a < end])


def _expand_tabs(line: str) -> str:
    """`Text.expand_tabs`: each tab becomes a space and spaces up to the next multiple of 8 cells."""
    out: list[str] = []
    position = 0
    parts = line.split("\t")
    for n, part in enumerate(parts):
        if n < len(parts) - 1:
            part += " "
            position += cell_len(part)
            if position % TAB_SIZE:
                part += " " * (TAB_SIZE - position % TAB_SIZE)
                position += TAB_SIZE - position % TAB_SIZE
        out.append(part)
    return "".join(out)


def _rule(title: str, width: int) -> str:
    """`Rule(title, align="left")` at `width` cells."""
    if width - 2 <= 0:
        return set_cell_size(RULE_CHARACTER * (width + 1), width)
    title = _expand_tabs(title.replace("\n", " ")) if "\t" in title else title.replace("\n", " ")
    text = truncate(title, width - 2, "ellipsis") + " "
    return set_cell_size(text + RULE_CHARACTER * (width - cell_len(text)), width)


# --------------------------------------------------------------------------- measuring


def _measure(node: Node, max_width: int) -> tuple[int, int]:
    """`rich.measure.Measurement.get`: the least and the most cells the node can use."""
    return _bounded(*_measure_raw(node, max_width), max_width) if max_width >= 1 else (0, 0)


def _bounded(low: int, high: int, max_width: int) -> tuple[int, int]:
    """A measure normalized and held to the width, as `Measurement.get` returns it."""
    low, high = _normalize(low, high)
    low, high = min(low, max_width), min(high, max_width)
    return (0, 0) if high < 1 else _normalize(low, high)


def _measure_raw(node: Node, max_width: int) -> tuple[int, int]:
    if isinstance(node, str):
        lines = node.splitlines()
        high = max((cell_len(line) for line in lines), default=0)
        words = node.split()
        return (max(cell_len(word) for word in words) if words else high), high
    if isinstance(node, list):
        if not node:
            return 0, 0
        sizes = [_measure(child, max_width) for child in node]
        return max(low for low, _ in sizes), max(high for _, high in sizes)
    if isinstance(node, Indent):
        return _padded(node.node, node.left, 0, max_width)
    return max_width, max_width  # rules and tables fill the width; none is measured here


def _padded(node: Node, left: int, right: int, max_width: int) -> tuple[int, int]:
    """`Padding.__rich_measure__`: the node's measure and its padding."""
    if max_width - left - right < 1:
        return max_width, max_width
    low, high = _measure(node, max_width)
    return min(low + left + right, max_width), min(high + left + right, max_width)


def _normalize(low: int, high: int) -> tuple[int, int]:
    low = min(max(0, low), high)
    return max(0, low), max(0, max(low, high))


# --------------------------------------------------------------------------- tables


def _padding(table: Table, index: int) -> tuple[int, int]:
    """Left and right padding of a column's cells: (0, 1) for a boxed table, collapsed for a grid,
    none at the table's edges (`pad_edge=False`)."""
    left, right = (1, 1) if table.boxed else (0, 1)
    if index == 0:
        left = 0
    if index == len(table.columns) - 1:
        right = 0
    return left, right


def _cells(table: Table, index: int) -> list[Node]:
    column = [row[index] for row in table.rows]
    return [table.columns[index].header, *column] if table.boxed else column


def _measure_column(table: Table, index: int, max_width: int) -> tuple[int, int]:
    if max_width < 1:
        return 0, 0
    column = table.columns[index]
    left, right = _padding(table, index)
    if column.width is not None:
        fixed = column.width + left + right
        return min(fixed, max_width), min(fixed, max_width)
    sizes = [_pad_measure(cell, left, right, max_width) for cell in _cells(table, index)]
    low = max((s[0] for s in sizes), default=1)
    high = max((s[1] for s in sizes), default=max_width)
    return min(low, max_width), min(high, max_width)


def _pad_measure(node: Node, left: int, right: int, max_width: int) -> tuple[int, int]:
    """`Measurement.get` of `Padding(node, (0, right, 0, left))`, as a table measures its cells."""
    return _bounded(*_padded(node, left, right, max_width), max_width) if max_width >= 1 else (0, 0)


def _ratio_distribute(total: int, ratios: list[int], minimums: list[int] | None = None) -> list[int]:
    """`rich._ratio.ratio_distribute`."""
    if minimums is not None:
        ratios = [ratio if minimum else 0 for ratio, minimum in zip(ratios, minimums, strict=True)]
    total_ratio = sum(ratios)
    remaining = total
    out: list[int] = []
    for ratio, minimum in zip(ratios, minimums or [0] * len(ratios), strict=True):
        share = max(minimum, -(-ratio * remaining // total_ratio)) if total_ratio > 0 else remaining
        out.append(share)
        total_ratio -= ratio
        remaining -= share
    return out


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """`rich._ratio.ratio_reduce`."""
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    out: list[int] = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            reduced = min(maximum, round(ratio * remaining / total_ratio))
            out.append(value - reduced)
            remaining -= reduced
            total_ratio -= ratio
        else:
            out.append(value)
    return out


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """`Table._collapse_widths`: shrink the widest wrapable columns until the table fits."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, wrap in zip(widths, wrapable, strict=True) if wrap)
            second = max(w if wrap and w != widest else 0 for w, wrap in zip(widths, wrapable, strict=True))
            difference = widest - second
            ratios = [1 if (w == widest and wrap) else 0 for w, wrap in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _column_widths(table: Table, max_width: int) -> list[int]:
    """`Table._calculate_column_widths`: widths including padding, not the box."""
    count = len(table.columns)
    ranges = [_measure_column(table, n, max_width) for n in range(count)]
    widths = [high or 1 for _, high in ranges]
    flexible = [c.ratio is not None for c in table.columns]
    if table.expand and any(c.ratio for c in table.columns if c.ratio is not None):
        fixed = [0 if flexible[n] else ranges[n][1] for n in range(count)]
        minimums = [
            (c.width or 1) + sum(_padding(table, n)) for n, c in enumerate(table.columns) if flexible[n]
        ]
        ratios = [c.ratio or 0 for c in table.columns if c.ratio is not None]
        shares = iter(_ratio_distribute(max_width - sum(fixed), ratios, minimums))
        widths = [fixed[n] + next(shares) if flexible[n] else widths[n] for n in range(count)]
    table_width = sum(widths)
    if table_width > max_width:
        wrapable = [c.width is None and not c.no_wrap for c in table.columns]
        widths = _collapse(widths, wrapable, max_width)
        table_width = sum(widths)
        if table_width > max_width:
            widths = _ratio_reduce(table_width - max_width, [1] * count, widths, widths)
            table_width = sum(widths)
        widths = [_measure_column(table, n, width)[1] for n, width in enumerate(widths)]
    if table_width < max_width and table.expand:
        pads = _ratio_distribute(max_width - table_width, widths)
        widths = [w + p for w, p in zip(widths, pads, strict=True)]
    return widths


def _table(table: Table, width: int) -> list[str]:
    """`Table.__rich_console__` for a SIMPLE_HEAD box or a grid, each line padded to `width`."""
    if not table.columns:
        return [" " * width]
    extra = (2 if table.show_edge else 0) + (len(table.columns) - 1 if table.boxed else 0)
    widths = _column_widths(table, width - extra)
    table_width = sum(widths) + extra
    edge = " " if table.show_edge else ""
    divider = " " if table.boxed else ""
    out: list[str] = []
    if table.show_edge:
        out.append(" " * table_width)
    rows: list[tuple[list[Node], bool, bool]] = []
    if table.boxed:
        rows.append(([c.header for c in table.columns], True, False))
    rows += [(row, False, section) for row, section in zip(table.rows, table.sections, strict=True)]
    for n, (row, header, section) in enumerate(rows):
        last = n == len(rows) - 1
        drawn: list[list[str]] = []
        for index, (cell, column, cell_width) in enumerate(zip(row, table.columns, widths, strict=True)):
            left, right = _padding(table, index)
            inner = _lines(cell, cell_width - left - right, column.justify, column.overflow, column.no_wrap)
            drawn.append([" " * left + line + " " * right for line in inner])
        height = max(1, *(len(lines) for lines in drawn))
        for lines, cell_width in zip(drawn, widths, strict=True):
            blank = [" " * cell_width] * (height - len(lines))
            lines[:] = blank + lines if header else lines + blank  # a header sits on the rule
        for line_no in range(height):
            out.append(edge + divider.join(lines[line_no] for lines in drawn) + edge)
        if header:
            out.append(edge + "─" * (sum(widths) + len(widths) - 1) + edge)
        elif section and not last:
            out.append(" " * table_width)
    if table.show_edge:
        out.append(" " * table_width)
    return [set_cell_size(line, width) for line in out]
