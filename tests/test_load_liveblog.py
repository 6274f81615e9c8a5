"""Live blogs: a schema.org `LiveBlogPosting` whose `liveBlogUpdate` entries are the story, each a
`BlogPosting` with its time (`datePublished`), a headline and a body.

The updates are read whole, oldest first, each opening with its time ("12:30 — ..."): a later
update may correct an earlier one, and the reader of a story follows it in time, not newest first
as a live page shows it. An update's headline only sums up its own text ("Roof collapses"): it is
left out, so that it is no sentence of its own among the facts.

Every page here is written for these tests (short, fictional).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsdiff.clean import clean_document
from newsdiff.cli import cli
from newsdiff.load import load_source
from newsdiff.model import Article
from newsdiff.options import Options

BLOG_HEADLINE = "Portlow warehouse fire live: 13 now in hospital"
UPDATES = [  # (time, headline, body), oldest first
    (
        "08:00",
        "Eleven in hospital",
        "Fire crews were called to the harbour warehouse in Portlow after smoke was seen at dawn. "
        "Eleven people were taken to hospital.",
    ),
    (
        "12:30",
        "Roof collapses",
        "The fire service said the roof of the warehouse had collapsed as the blaze spread to a second "
        "building.",
    ),
    (
        "17:15",
        "Roof did not collapse, fire service says",
        "The fire service now says the roof of the warehouse did not collapse, correcting an earlier "
        "statement.",
    ),
    (
        "21:05",
        "Hospital count rises to 13",
        "Police say the number of people taken to hospital has risen to 13. Two firefighters are among them.",
    ),
]
IN_ORDER = tuple(f"{time} — {body}" for time, _, body in UPDATES)


def update(time: str, headline: str, body: str, day: str = "2026-10-02") -> dict[str, Any]:
    return {
        "@type": "BlogPosting",
        "headline": headline,
        "datePublished": f"{day}T{time}:00+01:00",
        "articleBody": body,
    }


def blog(updates: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": BLOG_HEADLINE,
        "datePublished": "2026-10-02T08:00:00+01:00",
        "publisher": {"@type": "Organization", "name": "Portlow Evening Star"},
        "liveBlogUpdate": updates,
    }


NEWEST_FIRST = blog([update(*u) for u in reversed(UPDATES)])


SCRIPT_SHELL = "<div id='live'></div><script src='/live.js'></script>"


def page(tmp_path: Path, data: Any, body: str = SCRIPT_SHELL) -> Path:
    path = tmp_path / "live.html"
    path.write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{BLOG_HEADLINE} | Portlow Evening Star</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>{body}</body></html>',
        encoding="utf-8",
    )
    return path


def shown(updates: list[tuple[str, str, str]]) -> str:
    """A live page as it shows its updates: newest first, each a time, a headline and its text."""
    entries = "".join(
        f"<div class='live-entry'><time datetime='2026-10-02T{t}:00+01:00'>{t}</time><h3>{h}</h3>"
        f"<p>{b}</p><div class='share'><a href='#'>Copy link</a></div></div>"
        for t, h, b in reversed(updates)
    )
    head = f"<h1>{BLOG_HEADLINE}</h1><p class='updated'>Updated 21:05 BST</p>"
    return f"<main><article>{head}{entries}</article></main>"


def cleaned(path: Path) -> Article:
    return clean_document(load_source(str(path), Options()))


def test_a_live_blog_rendered_by_script_keeps_every_update_oldest_first(tmp_path: Path) -> None:
    """Only the longest update was kept, and its headline was the title."""
    article = cleaned(page(tmp_path, NEWEST_FIRST))
    assert article.paragraphs == IN_ORDER
    assert article.metadata.title == BLOG_HEADLINE
    assert article.metadata.outlet == "Portlow Evening Star"
    assert article.metadata.date == "2026-10-02"


def test_updates_are_put_in_time_order_whatever_order_the_data_gives(tmp_path: Path) -> None:
    shuffled = [update(*u) for u in UPDATES]
    random.Random(7).shuffle(shuffled)
    assert cleaned(page(tmp_path, blog(shuffled))).paragraphs == IN_ORDER


def test_an_update_s_headline_is_no_sentence_of_the_story(tmp_path: Path) -> None:
    """Shown on the page, the headlines were lines of their own ("Roof collapses"), read as facts."""
    article = cleaned(page(tmp_path, NEWEST_FIRST, shown(UPDATES)))
    for _, headline, _ in UPDATES:
        assert headline not in article.body


def test_updates_over_more_than_one_day_open_with_their_day(tmp_path: Path) -> None:
    late = "Cranes began to pull down what is left of the warehouse."
    updates = [update("07:45", "Warehouse demolished", late, "2026-10-03"), *(update(*u) for u in UPDATES)]
    article = cleaned(page(tmp_path, blog(updates)))
    assert article.paragraphs[0].startswith("2026-10-02 08:00 — Fire crews")
    assert article.paragraphs[-1] == f"2026-10-03 07:45 — {late}"


def test_the_time_opens_an_update_s_first_paragraph_only(tmp_path: Path) -> None:
    body = "<p>Firefighters are still at the scene.</p><p>The harbour road is closed to traffic.</p>"
    updates = [update("22:40", "Road closed", body), *(update(*u) for u in UPDATES)]
    article = cleaned(page(tmp_path, blog(updates)))
    assert article.paragraphs[-2:] == (
        "22:40 — Firefighters are still at the scene.",
        "The harbour road is closed to traffic.",
    )


def test_a_live_page_that_shows_its_updates_keeps_their_times(tmp_path: Path) -> None:
    """The page's times ("12:30") were removed as datelines and its updates' headlines kept as
    lines of their own (but the first, as boilerplate), newest first."""
    article = cleaned(page(tmp_path, NEWEST_FIRST, shown(UPDATES)))
    assert article.paragraphs == IN_ORDER
    assert article.metadata.title == BLOG_HEADLINE


def test_a_live_page_showing_updates_its_data_lacks_is_read_as_it_shows(tmp_path: Path) -> None:
    extra = (
        "23:10",
        "Harbour reopens",
        "The harbour master said boats could use the inner harbour again. The outer quay stays closed.",
    )
    article = cleaned(page(tmp_path, NEWEST_FIRST, shown([*UPDATES, extra])))
    assert extra[2] in article.body


def test_clean_explain_says_the_updates_were_read_oldest_first(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clean", "--explain", "-f", "text", str(page(tmp_path, NEWEST_FIRST))])
    assert result.exit_code == 0, result.output
    assert "JSON-LD LiveBlogPosting: " + BLOG_HEADLINE in result.stdout
    assert "a live blog of 4 updates" in result.stdout
    assert "oldest first" in result.stdout


def test_a_live_blog_compared_with_a_story_shows_each_update_s_time(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Warehouse fire in Portlow\n\n"
        "Fire crews were called to the harbour warehouse in Portlow after smoke was seen at dawn on Friday. "
        "Thirteen people were taken to hospital.\n\n"
        "The fire service said the roof of the warehouse did not collapse.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["compare", "-f", "text", str(page(tmp_path, NEWEST_FIRST)), str(story)])
    assert result.exit_code == 1, result.output
    assert "08:00" in result.stdout
    assert "17:15" in result.stdout
    assert "Roof collapses" not in result.stdout
