"""The `markdown` format: GitHub-flavoured, and article text that cannot break out of it.

The documents are read back with markdown-it-py (CommonMark with GFM tables and strike-through),
so the tests see what a Markdown renderer makes of them, not what the source looks like.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers_render import EVIL, EVIL_PAIR, PAIR, comparison
from markdown_it import MarkdownIt
from markdown_it.token import Token

from newsdiff.model import Comparison, Only, OutputFormat
from newsdiff.options import RenderOptions
from newsdiff.pipeline import compare
from newsdiff.render import parts, render
from newsdiff.render.markdown import escape

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
OUR_HTML = {"<del>", "</del>", "<ins>", "</ins>", "<br>"}


def markdown(result: Comparison, width: int = 100, only: Only | None = None) -> str:
    return render(result, OutputFormat.MARKDOWN, RenderOptions(width=width, only=only))


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def tokens(source: str) -> list[Token]:
    flat: list[Token] = []
    for token in parser().parse(source):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible_text(source: str) -> str:
    """What a reader sees once the Markdown is rendered: text without tags, entities decoded."""
    reader = _Text()
    reader.feed(parser().render(source))
    return "".join(reader.parts)  # the parser decodes entities itself


@pytest.mark.parametrize(
    ("raw", "shown_as"),
    [
        ("a | b", "a | b"),
        ("run `rm -rf` now", "run `rm -rf` now"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("[click](http://evil.example)", "[click](http://evil.example)"),
        ("![img](http://evil.example/x.png)", "![img](http://evil.example/x.png)"),
        ("**bold** _it_ ~~gone~~", "**bold** _it_ ~~gone~~"),
        ("&amp; &#x41;", "&amp; &#x41;"),
        ("# not a heading", "# not a heading"),
        ("- not a list", "- not a list"),
        ("1. not a list", "1. not a list"),
        ("back\\slash", "back\\slash"),
        ("two\nlines", "two lines"),
    ],
)
def test_escape_shows_the_text_as_written(raw: str, shown_as: str) -> None:
    for source in (escape(raw), f"- {escape(raw)}", f"|  |\n| --- |\n| {escape(raw)} |"):
        rendered = tokens(source)
        assert not [
            t.type for t in rendered if t.type in ("link_open", "image", "code_inline", "html_inline")
        ]
        assert not [t.type for t in rendered if t.type in ("html_block", "heading_open", "em_open", "s_open")]
        assert visible_text(source).strip() == shown_as


def test_escape_keeps_ordinary_text_readable() -> None:
    assert escape("U.S. president-elect, 3.5% (about 1,500) on 14:00 — “yes”") == (
        "U.S. president-elect, 3.5% (about 1,500) on 14:00 — “yes”"
    )


@pytest.mark.parametrize("width", [80, 160])
def test_article_text_cannot_inject_markup_or_break_a_table(width: int) -> None:
    source = markdown(EVIL_PAIR, width=width)
    rendered = tokens(source)
    assert not [t for t in rendered if t.type in ("link_open", "image", "html_block", "em_open", "s_open")]
    assert {t.content for t in rendered if t.type == "html_inline"} <= OUR_HTML
    assert sum(1 for t in rendered if t.type == "code_inline") == 1, "only newsdiff's own hint is code"
    assert sum(1 for t in rendered if t.type == "heading_open") == 4, "no heading comes from article text"
    # every row of every table has as many cells as its header
    for table in re.findall(r"<table>.*?</table>", parser().render(source), re.S):
        header = len(re.findall(r"<th\b", table.split("</thead>")[0]))
        for row in re.findall(r"<tr>(.*?)</tr>", table.split("</thead>")[1], re.S):
            assert len(re.findall(r"<td\b", row)) == header
    shown = visible_text(source)
    for sentence in EVIL:
        assert sentence in shown, sentence


def test_the_hint_to_list_removed_blocks_only_when_blocks_were_removed(tmp_path: Path) -> None:
    hint = "Every removed block and its reason"
    plain = []
    for name, text in (
        ("a.txt", "The council approved the budget on Monday."),
        ("b.txt", "On Monday the council passed the budget."),
    ):
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
        plain.append(str(tmp_path / name))
    clean = compare(plain)
    assert not any(a.removed for a in clean.articles)
    assert hint not in markdown(clean)
    assert any(a.removed for a in PAIR.articles)
    assert hint in markdown(PAIR)


def test_shared_facts_are_a_table_where_they_fit_else_sections() -> None:
    result = compare([str(SAMPLES / "phone-call")])
    wide = markdown(result, width=160)
    assert "| # | Meridian Daily | Northern Ledger | pacific-wire |" in wide
    narrow = markdown(result, width=80)
    assert "| # | Meridian Daily" not in narrow
    first = result.shared[0]
    mark = "1 ≠" if first.conflicts else "1"
    assert f"### {mark} (in {len(first.articles)} of 3 articles)" in narrow
    assert "- **Meridian Daily:** " in narrow
    two = markdown(PAIR, width=80)
    assert "| # | A | B |" in two, "two articles make a table even at 80 columns"


def test_sections_name_the_articles_a_fact_is_not_in() -> None:
    """As the text and terminal do ("in 2 of 3 articles (not in pacific-wire)"): a section lists
    the articles that hold the fact, and a reader looking for the one missing should not have to
    compare the list with the table of articles."""
    result = compare([str(SAMPLES / "phone-call")])
    narrow = markdown(result, width=80)
    labels = [a.label for a in result.articles]
    partial = [(n, g) for n, g in enumerate(result.shared, 1) if len(g.articles) < len(labels)]
    assert partial
    for number, group in partial:
        mark = f"{number} ≠" if group.conflicts else str(number)
        missing = ", ".join(labels[i] for i in range(len(labels)) if i not in group.articles)
        assert f"### {mark} (in {len(group.articles)} of 3 articles; not in {missing})" in narrow


def test_differences_conflicts_and_unique_facts() -> None:
    source = markdown(PAIR)
    assert "<del>lasted</del>" in source
    assert "<ins>took</ins>" in source
    assert "| 2 ≠ |" in source
    assert "**≠ number:** about 1,500" in source
    assert "## Only in A (1)\n\n- The mayor urged both sides to return to the table." in source
    assert "**2 shared facts · 1 conflict · 1 only in A · 1 only in B — differences found**" in source


def test_coverage_and_per_article_tables_for_three() -> None:
    result = compare([str(SAMPLES / "phone-call")])
    source = markdown(result, width=160)
    assert "## Coverage" in source
    for number, (group, row) in enumerate(zip(result.shared, result.coverage, strict=True), 1):
        marks = " | ".join("●" if present else "·" for present in row)
        assert f"| {number}{' ≠' if group.conflicts else ''} | {marks} |" in source
    assert "## Per article" in source
    assert "## Coverage" not in markdown(PAIR)


def test_only_filters_sections() -> None:
    assert "## Only in" not in markdown(PAIR, only=Only.SHARED)
    assert "## Shared facts" not in markdown(PAIR, only=Only.UNIQUE)
    conflicts = markdown(PAIR, only=Only.CONFLICTS)
    assert "## Shared facts in conflict (1 of 2)" in conflicts
    assert "lasted" not in conflicts


def test_explain_shows_why_each_shared_fact_was_grouped() -> None:
    """As on a terminal: with --explain the facts are stacked, each with its evidence under it."""
    three = compare([str(SAMPLES / "phone-call")])
    many = compare([str(SAMPLES / "phone-call"), str(SAMPLES / "port-strike")])  # a digest
    for result in (PAIR, three, many):
        source = render(result, OutputFormat.MARKDOWN, RenderOptions(width=100, explain=True))
        shown = visible_text(source)
        for group in result.shared:
            assert parts.evidence_line(group.evidence[0]) in shown
        assert "why [" not in markdown(result)


def test_web_addresses_and_mentions_in_article_text_make_no_link_on_github() -> None:
    """GitHub links "http://...", "www..." and "@name" in plain text; article text stays text, read
    as it was written (an e-mail address stays a mail link: GitHub's autolinker reads through any
    escape)."""
    import cmarkgfm

    said = [
        "The ministry posted the rules at https://evil.example/login on Monday.",
        "Details were on www.evil.example and @newsdesk shared them on Monday.",
    ]
    source = markdown(comparison(said, ["The ministry posted the rules on Monday."]))
    html = cmarkgfm.github_flavored_markdown_to_html(source)
    assert "evil.example" in html
    assert not re.findall(r'<a href="(?!mailto:)[^"]*', html)
    assert "\\@newsdesk" in source  # (cmark-gfm makes no mentions; GitHub's issues and comments do)
    shown = visible_text(source)
    for sentence in said:
        assert sentence in shown
