"""Live blogs read off their page, when no JSON-LD states their updates: each update an element of
its own (<div>, <article>, <section>, <li>, or a flat run of time, headline and paragraphs) holding
its time, shown newest first. The story reads them oldest first, each opening with its time, as a
`LiveBlogPosting`'s updates read (test_load_liveblog.py); their headlines are no sentences of it.

Every page here is written for these tests (short, fictional).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsdiff.clean import clean_document
from newsdiff.cli import cli
from newsdiff.load import load_source
from newsdiff.model import Article
from newsdiff.options import Options

HEADLINE = "Harbury storm live: ferry services suspended"
UPDATES = [  # (24-hour time, 12-hour time, headline, body), oldest first
    (
        "07:45",
        "7.45am",
        "Warning issued",
        "The weather service issued a red warning for the Harbury coast, with gusts of 90 mph expected.",
    ),
    (
        "11:20",
        "11.20am",
        "Ferries suspended",
        "All ferry services between Harbury and the islands have been suspended until further notice, "
        "the operator said.",
    ),
    (
        "14:05",
        "2.05pm",
        "Pier damaged",
        "Part of the old pier at Harbury has collapsed into the sea, the harbour master told reporters.",
    ),
    (
        "18:30",
        "6.30pm",
        "Pier intact, council says",
        "The council now says the pier did not collapse and that only a railing was swept away by the waves.",
    ),
]
IN_ORDER = tuple(f"{t} — {body}" for t, _, _, body in UPDATES)


def page(tmp_path: Path, feed: str, name: str = "live.html") -> Path:
    path = tmp_path / name
    path.write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Harbury Courier</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>{HEADLINE}</h1>{feed}</article></main>"
        "<footer>© 2026 Harbury Courier</footer></body></html>",
        encoding="utf-8",
    )
    return path


def cleaned(path: Path) -> Article:
    return clean_document(load_source(str(path), Options()))


def divs_with_datetime() -> str:
    return "".join(
        f"<div class='live-entry'><time datetime='2026-11-03T{t}:00+00:00'>{t}</time><h3>{h}</h3><p>{b}</p>"
        "<div class='share'><a href='#'>Copy link</a> <a href='#'>Share on X</a></div></div>"
        for t, _, h, b in reversed(UPDATES)
    )


def test_a_live_page_without_json_ld_keeps_its_times_oldest_first(tmp_path: Path) -> None:
    """The times were removed as datelines, the headlines kept as facts, newest first."""
    article = cleaned(page(tmp_path, divs_with_datetime()))
    assert article.paragraphs == IN_ORDER
    for _, _, headline, _ in UPDATES:
        assert headline not in article.body
    assert article.metadata.title == HEADLINE


def test_articles_with_a_12_hour_clock_and_a_headline_class(tmp_path: Path) -> None:
    feed = "".join(
        f"<article class='post'><header><span class='post-time'>{t12}</span>"
        f"<div class='post-headline'>{h}</div></header><p>{b}</p></article>"
        for _, t12, h, b in reversed(UPDATES)
    )
    article = cleaned(page(tmp_path, f"<section class='feed'>{feed}</section>"))
    assert article.paragraphs == IN_ORDER
    assert "Pier damaged" not in article.body


def test_list_items_with_the_time_in_their_text_and_no_headline(tmp_path: Path) -> None:
    feed = "".join(f"<li><b>{t12}</b> {b}</li>" for _, t12, _, b in reversed(UPDATES))
    article = cleaned(page(tmp_path, f"<ul class='timeline'>{feed}</ul>"))
    assert article.paragraphs == IN_ORDER


def test_a_flat_page_of_time_headline_and_paragraphs(tmp_path: Path) -> None:
    feed = "".join(f"<p><strong>{t}</strong></p><h4>{h}</h4><p>{b}</p>" for t, _, h, b in reversed(UPDATES))
    article = cleaned(page(tmp_path, f"<div class='body'>{feed}</div>"))
    assert article.paragraphs == IN_ORDER
    assert "Ferries suspended" not in article.body


def test_updates_shown_oldest_first_stay_so(tmp_path: Path) -> None:
    feed = "".join(f"<li><b>{t}</b> {b}</li>" for t, _, _, b in UPDATES)
    assert cleaned(page(tmp_path, f"<ol>{feed}</ol>")).paragraphs == IN_ORDER


def test_updates_past_midnight_open_with_their_day(tmp_path: Path) -> None:
    late = [
        (
            "2026-11-03",
            "22:50",
            "The coastguard rescued two people from a yacht off Harbury Point.",
        ),
        (
            "2026-11-04",
            "00:35",
            "Power has been cut to about 4,000 homes in Harbury and nearby.",
        ),
        (
            "2026-11-04",
            "01:10",
            "Engineers say the power will not be back before the morning.",
        ),
    ]
    feed = "".join(
        f"<section><time datetime='{d}T{t}:00Z'>{t}</time><p>{b}</p></section>" for d, t, b in reversed(late)
    )
    article = cleaned(page(tmp_path, feed))
    assert article.paragraphs == tuple(f"{d} {t} — {b}" for d, t, b in late)


def test_clocks_without_a_day_past_midnight_are_read_newest_first(tmp_path: Path) -> None:
    """23:40 then 00:20 goes back in the page's order once, forward twice: it is newest first."""
    late = [
        ("22:15", "The coastguard rescued two people from a yacht off Harbury Point."),
        ("23:40", "Power has been cut to about 4,000 homes in Harbury and nearby."),
        ("00:20", "Engineers say the power will not be back before the morning."),
        ("01:05", "The red warning has been lifted, but an amber warning stays in place until noon."),
    ]
    feed = "".join(f"<li><span class='time'>{t}</span><p>{b}</p></li>" for t, b in reversed(late))
    article = cleaned(page(tmp_path, f"<ul>{feed}</ul>"))
    assert article.paragraphs == tuple(f"{t} — {b}" for t, b in late)


ARTICLE_TEXT = [
    "Ferry services between Harbury and the islands were suspended on Tuesday as a storm battered the coast.",
    "The operator said sailings would resume once the wind had dropped, probably on Thursday.",
    "Part of the old pier was damaged, but the council said it had not collapsed.",
]


def test_an_article_with_one_time_in_its_header_is_read_as_before(tmp_path: Path) -> None:
    header = "<p class='byline'>By Ana Ruiz · <time datetime='2026-11-03T18:30:00Z'>18:30</time></p>"
    article = cleaned(page(tmp_path, header + "".join(f"<p>{p}</p>" for p in ARTICLE_TEXT)))
    assert article.paragraphs == tuple(ARTICLE_TEXT)
    assert not any("live blog" in block.why for block in article.removed)


def test_an_article_beside_a_list_of_dated_links_is_no_live_blog(tmp_path: Path) -> None:
    links = "".join(
        f"<li><time datetime='2026-11-03T{t}:00Z'>{t}</time><a href='/n{n}'>{h}</a></li>"
        for n, (t, _, h, _) in enumerate(UPDATES)
    )
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_TEXT) + f"<aside><h2>Latest</h2><ul>{links}</ul></aside>"
    article = cleaned(page(tmp_path, body))
    assert article.paragraphs[: len(ARTICLE_TEXT)] == tuple(ARTICLE_TEXT)
    assert not any("—" in paragraph for paragraph in article.paragraphs)


def test_clean_explain_says_the_page_s_updates_were_read_oldest_first(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["clean", "--explain", "-f", "text", str(page(tmp_path, divs_with_datetime()))]
    )
    assert result.exit_code == 0, result.output
    assert "the page shows a live blog of 4 updates" in result.stdout
    assert "oldest first, each opening with its time" in result.stdout
