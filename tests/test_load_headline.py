"""What an HTML page says about its article besides the text: the headline its <h1> shows, the
standfirst under it, and the outlet its <title> names after the headline.

Every page here is written for these tests (short, fictional).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.clean import clean, clean_document
from newsdiff.load import load_source
from newsdiff.model import Article, Document, RemovalReason
from newsdiff.options import Options

R = RemovalReason

STORY = [
    "Only one ferry in three will sail on Friday because of a strike by two unions, the operator said.",
    "The unions oppose the loss of 140 jobs announced in March.",
    '"We will not let the service be dismantled," said union leader Ines Varga.',
]
H1 = "Ferry strike: two sailings in three cancelled on Friday"
STANDFIRST = "Two unions call a strike over job cuts. Islanders face a difficult weekend."


def page(
    tmp_path: Path,
    *,
    h1: str = H1,
    headline: str | None = "Ferry strike",
    title: str = "Ferry strike",
    site: str | None = None,
    head_of_article: str = "",
    story: list[str] = STORY,
    name: str = "page.html",
    masthead: str = "",
) -> Document:
    """A page whose JSON-LD headline, <title>, <h1> and site name are given."""
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    if headline is not None:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        meta += f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = "".join(f"<p>{p}</p>" for p in story)
    path = tmp_path / name
    path.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body>"
        f"{masthead}<article><h1>{h1}</h1>{head_of_article}"
        "<p class='byline'>By Tom Berg</p>"
        f"{body}</article></body></html>",
        encoding="utf-8",
    )
    return load_source(str(path), Options())


def assert_story_kept(article: Article) -> None:
    body = " ".join(article.body.split())
    assert all(sentence in body for sentence in STORY)


def test_the_h1_that_holds_the_shorter_json_ld_headline_is_the_title(tmp_path: Path) -> None:
    """The JSON-LD headline ("Ferry strike") won over the page's <h1>, which then stayed in the
    body and joined the lede's fact group with numbers of its own ("two ... in three")."""
    doc = page(tmp_path)
    assert doc.metadata.title == H1
    article = clean_document(doc)
    assert H1 not in article.body
    assert {b.reason for b in article.removed if b.text == H1} <= {R.TITLE, R.REPEATED_HEADLINE}
    assert_story_kept(article)


@pytest.mark.parametrize(
    ("h1", "headline"),
    [
        ("Ferries", "Ferry strike cancels two sailings in three"),  # a section's name in an <h1>
        ("Island news: weather and tides", "Ferry strike cancels two sailings in three"),  # another headline
    ],
)
def test_an_h1_that_does_not_hold_the_headline_leaves_it_the_title(
    tmp_path: Path, h1: str, headline: str
) -> None:
    assert page(tmp_path, h1=h1, headline=headline).metadata.title == headline


@pytest.mark.parametrize("css", ["chapo", "article__standfirst", "c-lede", "dek", "article-summary"])
def test_the_standfirst_under_the_headline_is_removed_as_such(tmp_path: Path, css: str) -> None:
    """The standfirst is the outlet's summary of the story: kept, it was a sentence of the story,
    matched against other outlets' ledes with its own wording and numbers."""
    doc = page(tmp_path, head_of_article=f'<p class="{css}">{STANDFIRST}</p>')
    article = clean_document(doc)
    assert {b.reason for b in article.removed if b.text == STANDFIRST} == {R.STANDFIRST}
    assert STANDFIRST not in article.body
    assert_story_kept(article)


def test_a_standfirst_the_extractor_left_out_is_listed_as_a_standfirst(tmp_path: Path) -> None:
    """Above the article, in the page's header, the extractor leaves the standfirst out: it is
    listed as what it is, not as page text outside the article."""
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>{H1}</title></head><body><header class='article-header'><h1>{H1}</h1>"
        f"<p class='standfirst'>{STANDFIRST}</p></header><article>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></body></html>",
        encoding="utf-8",
    )
    article = clean_document(load_source(str(path), Options()))
    assert {b.reason for b in article.removed if b.text == STANDFIRST} == {R.STANDFIRST}
    assert_story_kept(article)


def test_a_paragraph_of_the_story_with_a_summary_class_further_down_stays(tmp_path: Path) -> None:
    """Only the head of the article holds its standfirst: a paragraph further down keeps its place."""
    last = "The operator will publish a new timetable for the weekend on Thursday."
    article = clean_document(page(tmp_path, story=[*STORY, f'</p><p class="summary">{last}']))
    assert last in article.body
    assert not [b for b in article.removed if b.reason is R.STANDFIRST]


@pytest.mark.parametrize(
    "title",
    [
        f"{H1} | Wend Valley News",
        f"{H1} - Wend Valley News",
        f"Wend Valley News | {H1}",
        f"{H1} | Wend Valley News (English edition)",  # the edition is no part of the name
        f"{H1} | Wend Valley News [in English]",
    ],
)
def test_the_name_after_the_headline_in_the_title_is_the_outlet(tmp_path: Path, title: str) -> None:
    """A page without a site name in its metadata names its outlet in its <title>, after the headline."""
    article = clean([page(tmp_path, title=title)])[0]
    assert article.metadata.outlet == "Wend Valley News"
    assert article.label == "Wend Valley News"


@pytest.mark.parametrize(
    "title", [H1, "Ferry strike - what we know", f"{H1} | Page 2", f"{H1} | (English edition)"]
)
def test_a_title_without_a_name_after_the_headline_names_no_outlet(tmp_path: Path, title: str) -> None:
    assert clean([page(tmp_path, h1="Ferry strike", title=title)])[0].metadata.outlet is None


@pytest.mark.parametrize(
    ("site", "story", "outlet"),
    [
        ("The Valley Courier", STORY, "The Valley Courier"),  # the site's own name
        (None, [*STORY, "Copyright 2025 Valley Media Group. All rights reserved."], "Valley Media Group"),
        # the title's suffix before a wire dateline's agency
        (None, ["ISLAY, March 4 (Reuters) - " + STORY[0], *STORY[1:]], "Wend Valley News"),
    ],
)
def test_the_outlet_goes_by_the_order_of_evidence(
    tmp_path: Path, site: str | None, story: list[str], outlet: str
) -> None:
    """A site name or a copyright line names the outlet outright; the title's suffix only when
    neither does; a wire dateline's agency only when nothing else does."""
    doc = page(tmp_path, title=f"{H1} | Wend Valley News", site=site, story=story)
    assert clean([doc])[0].metadata.outlet == outlet


@pytest.mark.parametrize(
    "masthead",
    [
        "<header class='masthead'><a href='/en/'>Wend Valley News (English edition)</a></header>",
        "<div class='edition'>Wend Valley News (English service)</div>",
    ],
)
def test_the_outlet_s_edition_line_over_the_article_names_the_outlet(tmp_path: Path, masthead: str) -> None:
    """A page naming its outlet only in a masthead ("Name (English edition)") the extractor left
    out named none (the file's name was the label), where a text file with the line named it."""
    article = clean([page(tmp_path, title=H1, masthead=masthead)])[0]
    assert article.metadata.outlet == "Wend Valley News"
    assert_story_kept(article)


def test_a_masthead_without_an_edition_names_no_outlet_of_itself(tmp_path: Path) -> None:
    """A line of capitalised words outside the article is as often a section or a promotion."""
    article = clean([page(tmp_path, title=H1, masthead="<nav><a href='/'>Wend Valley Weekend</a></nav>")])[0]
    assert article.metadata.outlet is None


TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en">Boats are tied up at the quay all day. Check before '
    'you travel. <a href="https://t.co/x1">pic.twitter.com/x1ferry</a></p>&mdash; Isle Ferries '
    '(@IsleFerries) <a href="https://twitter.com/IsleFerries/status/1">May 2, 2025</a></blockquote>'
)
AMP_TWEET = (
    '<amp-twitter width="375" height="472" data-tweetid="1"><blockquote placeholder class="twitter-tweet">'
    "<p>Boats are tied up at the quay all day. Check before you travel.</p>&mdash; Isle Ferries "
    "(@IsleFerries)</blockquote></amp-twitter>"
)
INSTAGRAM = (
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q1/">'
    '<div><a href="https://www.instagram.com/p/Q1/">View this post on Instagram</a></div>'
    '<p><a href="https://www.instagram.com/p/Q1/">A post shared by Quay Cafe (@quaycafe)</a></p>'
    "<p>No boats, no customers. A long, quiet Friday at the quay. #ferrystrike #islands</p></blockquote>"
)


@pytest.mark.parametrize("embed", [TWEET, AMP_TWEET, INSTAGRAM], ids=["tweet", "amp-twitter", "instagram"])
def test_an_embedded_social_post_goes_with_a_reason(tmp_path: Path, embed: str) -> None:
    """A tweet or an Instagram post set in the page stood as sentences of the story ("Boats are
    tied up ...", "— Isle Ferries (@IsleFerries)", the caption and its hashtags), and grouped with
    other outlets' facts."""
    story = [*STORY[:2], "</p>" + embed + "<p>" + STORY[2]]
    article = clean([page(tmp_path, story=story)])[0]
    assert_story_kept(article)
    for words in ("Boats are tied up", "Isle Ferries", "No boats, no customers", "#ferrystrike"):
        assert words not in article.body
    assert any(b.reason is R.SOCIAL_EMBED for b in article.removed)


LIVE_H1 = "Ferry strike live: every sailing cancelled as talks fail"


def live_page(tmp_path: Path) -> Document:
    """A live blog: the JSON-LD LiveBlogPosting's headline is the <h1>'s, its updates have theirs."""
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": LIVE_H1,
        "author": [{"@type": "Person", "name": "Tom Berg"}, {"@type": "Person", "name": "Ana Sol"}],
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": "Unions walk out of talks", "articleBody": STORY[1]},
        ],
    }
    path = tmp_path / "live.html"
    path.write_text(
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{LIVE_H1} – latest updates | Isle Gazette</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body><article>'
        f"<h1>{LIVE_H1}</h1>"
        '<div class="byline">Tom Berg and Ana Sol '
        '<span class="updated">Updated <time>16:45 BST</time></span></div>'
        f"<div class='block'><h3>Unions walk out of talks</h3><p>{STORY[0]}</p><p>{STORY[1]}</p></div>"
        f"<div class='block'><h3>Welcome</h3><p>{STORY[2]}</p></div>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return load_source(str(path), Options())


def test_a_live_blog_s_title_is_its_headline_not_an_update_s(tmp_path: Path) -> None:
    """The title was the headline of an update (JSON-LD liveBlogUpdate), not the page's <h1>."""
    assert live_page(tmp_path).metadata.title == LIVE_H1


def test_the_authors_of_a_byline_leave_its_updated_word(tmp_path: Path) -> None:
    """The byline's "Updated 16:45 BST" left its word on the last author ("Ana Sol Updated")."""
    author = live_page(tmp_path).metadata.author or ""
    assert "Updated" not in author
    assert "Ana Sol" in author


def test_a_greeting_alone_is_no_sentence_of_the_story(tmp_path: Path) -> None:
    """A live blog's first update under "Welcome": the word was kept, a fact only that outlet had."""
    article = clean([live_page(tmp_path)])[0]
    assert_story_kept(article)
    assert "Welcome" not in article.paragraphs
