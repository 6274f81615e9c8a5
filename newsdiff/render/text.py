"""The `text` format: the terminal layout without escape codes, differences as wdiff markers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsdiff.model import Article, Comparison, Fact
from newsdiff.options import RenderOptions
from newsdiff.render import terminal


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Shared facts side by side, `[-removed-]{+added+}` markers, then unique facts."""
    return terminal.render_comparison(result, replace(options, color=False))


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned bodies unwrapped, one paragraph a line (`==> label <==` heads several)."""
    if explain:
        return terminal.render_cleaned(articles, explain, replace(options, color=False))
    if len(articles) == 1:
        return articles[0].body + "\n"
    return "\n".join(f"==> {a.label} <==\n{a.body}\n" for a in articles)


def render_facts(article: Article, facts: Sequence[Fact], options: RenderOptions) -> str:
    """An article's sentences with their extracted features, as plain text."""
    return terminal.render_facts(article, facts, replace(options, color=False))
