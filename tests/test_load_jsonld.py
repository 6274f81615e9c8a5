"""Pages whose article is only in their JSON-LD: a script renders it, or a paywall hides it, and the
page's `<script type="application/ld+json">` holds it whole (`articleBody`, `headline`, `author`,
`datePublished`, `publisher`).

Every page here is written for these tests (short, fictional).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsdiff.clean import clean_document
from newsdiff.cli import cli
from newsdiff.errors import NewsdiffError
from newsdiff.load import load_source
from newsdiff.model import Article, RemovalReason
from newsdiff.options import Options

R = RemovalReason

STORY = [
    "Fire broke out in the reading room of the Holmby public library late on Thursday, destroying "
    "about 3,000 books, the county fire service said.",
    "Nobody was hurt. Two fire engines from Holmby and one from Tarrow fought the blaze for four hours.",
    '"We lost most of the local history collection," chief librarian Marit Solberg said on Friday.',
    "The library will stay closed until at least March while the building is checked.",
]
HEADLINE = "Fire guts Holmby library reading room"
ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "datePublished": "2026-11-20T08:15:00+01:00",
    "author": [{"@type": "Person", "name": "Jonas Vik"}],
    "publisher": {"@type": "Organization", "name": "Holmby Tidende"},
    "articleBody": "\n\n".join(STORY),
}
SCRIPT_SHELL = (
    "<div id='root'><noscript>Turn on JavaScript to read this story.</noscript></div>"
    "<div class='consent'>We use cookies to measure traffic. <a href='/privacy'>Read more</a></div>"
    "<script src='/app.js'></script>"
)


def page(tmp_path: Path, data: Any, body: str = SCRIPT_SHELL, *, raw: str | None = None) -> Path:
    """A page holding `data` as its JSON-LD (or the text `raw` as it is) and `body` as what it shows."""
    script = raw if raw is not None else json.dumps(data)
    path = tmp_path / "page.html"
    path.write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Library fire | Holmby Tidende</title>"
        f'<script type="application/ld+json">{script}</script></head><body>{body}</body></html>',
        encoding="utf-8",
    )
    return path


def cleaned(path: Path) -> Article:
    return clean_document(load_source(str(path), Options()))


def assert_story_is_the_body(article: Article) -> None:
    assert article.paragraphs == tuple(STORY)


def test_an_article_only_in_json_ld_is_read_from_its_article_body(tmp_path: Path) -> None:
    """Nothing was left of such a page ("nothing is left", exit 2): the extractor found no text
    on it, and the cleaner only a cookie notice."""
    article = cleaned(page(tmp_path, ARTICLE))
    assert_story_is_the_body(article)
    meta = article.metadata
    assert (meta.title, meta.author, meta.date, meta.outlet) == (
        HEADLINE,
        "Jonas Vik",
        "2026-11-20",
        "Holmby Tidende",
    )


def test_clean_explain_says_the_article_came_from_json_ld(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clean", "--explain", "-f", "text", str(page(tmp_path, ARTICLE))])
    assert result.exit_code == 0
    assert "JSON-LD" in result.stdout
    assert "articleBody" in result.stdout
    assert STORY[0][:40] in result.stdout


@pytest.mark.parametrize(
    "data",
    [
        {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Library fire"}, ARTICLE]},
        [{"@type": "Organization", "name": "Holmby Tidende"}, {**ARTICLE, "@type": ["ReportageNewsArticle"]}],
        {**ARTICLE, "@type": "BlogPosting"},
        {**ARTICLE, "@type": "Article"},
        {**ARTICLE, "@type": "ReportageNews"},
        {**ARTICLE, "@type": "https://schema.org/NewsArticle"},
    ],
)
def test_the_article_is_found_in_a_graph_a_list_and_under_each_type(tmp_path: Path, data: Any) -> None:
    article = cleaned(page(tmp_path, data))
    assert_story_is_the_body(article)
    assert article.metadata.title == HEADLINE


def test_a_json_ld_object_that_is_no_article_gives_no_text(tmp_path: Path) -> None:
    recipe = {**ARTICLE, "@type": "Recipe"}
    with pytest.raises(NewsdiffError):
        cleaned(page(tmp_path, recipe))


def test_html_and_entities_inside_the_article_body_are_read_as_text(tmp_path: Path) -> None:
    body = "".join(f"<p>{p.replace(chr(34), '&quot;')}</p>" for p in STORY[:3])
    body += "<p>The library&#8217;s caf&eacute; &amp; shop stay open.</p>"
    article = cleaned(page(tmp_path, {**ARTICLE, "articleBody": body}))
    assert article.paragraphs == (*STORY[:3], "The library’s café & shop stay open.")


def test_entities_in_a_plain_article_body_are_decoded(tmp_path: Path) -> None:
    text = STORY[0] + "\n\nThe library&#8217;s caf&eacute; &amp; shop stay open."
    article = cleaned(page(tmp_path, {**ARTICLE, "articleBody": text}))
    assert article.paragraphs == (STORY[0], "The library’s café & shop stay open.")


@pytest.mark.parametrize(
    "raw",
    [
        '{"@type": "NewsArticle", "headline": "Fire", "articleBody": "The fire',  # cut short
        "{'@type': 'NewsArticle'}",  # not JSON
        "[" * 100_000,  # nested past any parser's depth
        '{"@graph": 12}',
        '{"@type": "NewsArticle", "articleBody": 12, "author": 7, "publisher": [], "headline": null}',
    ],
)
def test_malformed_json_ld_is_ignored_and_the_page_read_as_it_shows(tmp_path: Path, raw: str) -> None:
    shown = "<article><h1>Library fire</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    assert_story_is_the_body(cleaned(page(tmp_path, None, shown, raw=raw)))
    with pytest.raises(NewsdiffError):  # only the shell: nothing to read, and no traceback
        cleaned(page(tmp_path, None, raw=raw))


def test_a_paywalled_teaser_gives_way_to_the_whole_article_body(tmp_path: Path) -> None:
    teaser = (
        f"<article><h1>{HEADLINE}</h1><p>{STORY[0]}</p>"
        "<div class='paywall'>Subscribe to keep reading.</div></article>"
    )
    article = cleaned(page(tmp_path, ARTICLE, teaser))
    assert_story_is_the_body(article)


def test_a_page_that_shows_its_article_is_read_as_it_shows(tmp_path: Path) -> None:
    """The JSON-LD's body is the same story: the page's own text (its paragraphs as shown) is kept,
    and nothing says JSON-LD."""
    shown = f"<article><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    article = cleaned(page(tmp_path, {**ARTICLE, "articleBody": " ".join(STORY[:2])}, shown))
    assert_story_is_the_body(article)
    assert not [b for b in article.removed if "JSON-LD" in b.why]


def test_a_json_ld_page_compares_with_a_page_that_shows_its_article(tmp_path: Path) -> None:
    shown = tmp_path / "shown.html"
    shown.write_text(
        "<html><head><title>Library burns</title></head><body><article><h1>Library burns</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY).replace("3,000", "4,000")
        + "</article></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["compare", "-f", "text", str(page(tmp_path, ARTICLE)), str(shown)])
    assert result.exit_code == 1, result.output
