"""The `text` format: the terminal layout without escape codes, differences as wdiff markers.

A comparison is layout.py's nodes drawn without rich (plain.py): the same headers, rules, columns
and wrapping as the terminal, character for character (tests/test_render_text.py), at a fraction
of the start-up cost; so are `clean --explain` and `facts`.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.model import Article, Comparison, Fact
from newsdiff.options import RenderOptions
from newsdiff.record import replace
from newsdiff.render import layout, plain


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Shared facts side by side, `[-removed-]{+added+}` markers, then unique facts."""
    return plain.draw(layout.comparison(result, replace(options, color=False)), options.width)


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Cleaned bodies unwrapped, one paragraph a line (`==> label <==` heads several)."""
    if explain:
        return plain.draw(layout.cleaned(articles, explain), options.width)
    if len(articles) == 1:
        return articles[0].body + "\n"
    return "\n".join(f"==> {a.label} <==\n{a.body}\n" for a in articles)


def render_facts(
    article: Article, facts: Sequence[Fact], figures: Sequence[tuple[str, ...]], options: RenderOptions
) -> str:
    """An article's sentences with their extracted features, as plain text."""
    return plain.draw(layout.fact_list(article, facts, figures), options.width)
