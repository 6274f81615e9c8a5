"""The `terminal` format: rich layout, colored when the CLI allows color."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.model import Article, Comparison, Fact
from newsdiff.options import RenderOptions
from newsdiff.render import layout


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Shared facts side by side with highlighted word differences, then unique facts."""
    return layout.to_string(layout.comparison(result, options), options)


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned article bodies; with `explain`, the removed blocks and their reasons first."""
    return layout.to_string(layout.cleaned(articles, explain, options), options)


def render_facts(article: Article, facts: Sequence[Fact], options: RenderOptions) -> str:
    """An article's sentences with their extracted features."""
    return layout.to_string(layout.fact_list(article, facts, options), options)
