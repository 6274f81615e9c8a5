"""Stage 5, render: draw a `Comparison` (or cleaned articles, or facts) in one output format.

Renderers only draw: every figure they show was computed by an earlier stage. Each format is a
module with the same three functions; a module is imported only when its format is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from types import ModuleType

from newsdiff.errors import UsageProblem
from newsdiff.model import Article, Comparison, Fact, OutputFormat
from newsdiff.options import RenderOptions

RENDERERS: dict[OutputFormat, str] = {
    OutputFormat.TERMINAL: "newsdiff.render.terminal",
    OutputFormat.TEXT: "newsdiff.render.text",
    OutputFormat.JSON: "newsdiff.render.json",
    OutputFormat.MARKDOWN: "newsdiff.render.markdown",
    OutputFormat.HTML: "newsdiff.render.html",
}


def _module(fmt: OutputFormat) -> ModuleType:
    try:
        name = RENDERERS[OutputFormat(fmt)]  # (a library caller may name it: "json")
    except ValueError:
        formats = ", ".join(f.value for f in OutputFormat)
        raise UsageProblem(f"no output format {fmt!r}: one of {formats}") from None
    return importlib.import_module(name)


def render(comparison: Comparison, fmt: OutputFormat, options: RenderOptions | None = None) -> str:
    """A comparison drawn in the given format."""
    result: str = _module(fmt).render_comparison(comparison, options or RenderOptions())
    return result


def render_pieces(
    comparison: Comparison, fmt: OutputFormat, options: RenderOptions | None = None
) -> Iterator[str]:
    """`render`, piece by piece where the format can be written as it is made (JSON)."""
    module = _module(fmt)
    pieces = getattr(module, "iter_comparison", None)
    if pieces is None:
        yield render(comparison, fmt, options)
    else:
        yield from pieces(comparison, options or RenderOptions())


def render_cleaned(
    articles: Sequence[Article],
    fmt: OutputFormat,
    explain: bool = False,
    options: RenderOptions | None = None,
) -> str:
    """Cleaned articles drawn in the given format; `explain` adds what was removed and why."""
    result: str = _module(fmt).render_cleaned(articles, explain, options or RenderOptions())
    return result


def render_facts(
    article: Article,
    facts: Sequence[Fact],
    figures: Sequence[tuple[str, ...]],
    fmt: OutputFormat,
    options: RenderOptions | None = None,
) -> str:
    """One article's facts drawn in the given format, each with its figures as the conflicts weigh
    them (`pipeline.article_facts` gives both)."""
    result: str = _module(fmt).render_facts(article, facts, figures, options or RenderOptions())
    return result
