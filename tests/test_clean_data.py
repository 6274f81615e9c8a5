"""Machine data pasted into an article: tables of comma-separated values, and what a PHP dump closes.

Every document here is written for these tests (short, fictional). Each checks that the story's
sentences are all still there: removing a sentence of the story is the one mistake the cleaner must
not make.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.clean import clean_document
from newsdiff.load import load_source
from newsdiff.model import Article, Document, RemovalReason
from newsdiff.options import Options

R = RemovalReason

STORY = [
    "The harbour board approved a new ferry timetable on Thursday after a year of complaints.",
    "Boats will run every 20 minutes at peak hours, up from every half hour, the board said.",
    '"Commuters have waited long enough," said board chair Ines Varga.',
]

TABLE = [
    "route,boats,weekday_runs,share",
    "North Quay,4,62,41.3",
    "Mill Point,3,48,32.0",
    "Old Pier,2,40,26.7",
]
"""A table of comma-separated values, pasted under the sentence that introduces it."""


def article_of(*parts: str) -> Article:
    return clean_document(Document(source="doc", label="doc", text="\n\n".join(parts) + "\n"))


def reasons(article: Article, text: str) -> set[RemovalReason]:
    return {b.reason for b in article.removed if b.text == text}


def assert_story_kept(article: Article, story: list[str] = STORY) -> None:
    body = " ".join(article.body.split())
    for sentence in story:
        assert sentence in body


@pytest.mark.parametrize(
    "table",
    [
        TABLE,
        [", ".join(row.split(",")) for row in TABLE],  # a space after each comma
        [row.replace(",", ";") for row in TABLE],  # semicolons, as a spreadsheet in French writes
        [row.replace(",", "\t") for row in TABLE],  # tabs, copied out of a spreadsheet
        TABLE[1:],  # no header row
    ],
    ids=["commas", "spaced", "semicolons", "tabs", "no-header"],
)
def test_a_table_of_separated_values_in_text_is_machine_data(table: list[str]) -> None:
    """Rows of comma-separated values in a text or Markdown article were kept, each a sentence of
    the story, and showed as what only that outlet reports."""
    article = article_of("Ferries to Run Every 20 Minutes", STORY[0], STORY[1], "\n".join(table), STORY[2])
    for row in table:
        assert reasons(article, row) == {R.MACHINE_DATA}, row
        assert row not in article.body
    why = {b.why for b in article.removed if b.text in table}
    assert len(why) == 1
    assert "data table" in why.pop()
    assert_story_kept(article)


@pytest.mark.parametrize(
    "lines",
    [
        # one sentence shaped like a row: names, an age, a job, commas
        ["Varga, 52, a former ferry captain, said the board had listened to riders at last."],
        # lines with the same count of commas, but sentences of the story
        [
            "Riders in Mill Point, North Quay and Old Pier signed the petition, the board said.",
            "Fares stay at 2.40 euros, 1.20 for children, and free for pensioners, it added.",
            "The first boats, painted green, leave North Quay at 6.10, Mill Point at 6.25.",
        ],
        # a list of names, one a line: no numbers
        ["Ines Varga, chair", "Tomas Ruud, treasurer", "Lea Brandt, secretary"],
    ],
    ids=["one-line", "sentences", "names"],
)
def test_prose_with_commas_is_not_a_table(lines: list[str]) -> None:
    """A table is several lines with the same count of separators and numbers in their fields;
    a sentence with commas, or a list of names, is not one."""
    article = article_of("Ferries to Run Every 20 Minutes", STORY[0], "\n".join(lines), STORY[1], STORY[2])
    assert not [b for b in article.removed if "data table" in b.why]
    if len(lines[0].split()) > 6:
        assert_story_kept(article, [*STORY, *lines])


def test_the_closing_brace_of_a_php_dump_is_the_dump() -> None:
    """A `var_dump`'s closing "}" was labelled JavaScript: it is the dump it closes."""
    dump = ["array(2) {", '  ["runs"]=>', "  int(62)", '  ["boats"]=>', "  int(4)", "}"]
    article = article_of("Ferries to Run Every 20 Minutes", STORY[0], "\n".join(dump), STORY[1], STORY[2])
    whys = {b.why for b in article.removed if b.text in {line.strip() for line in dump}}
    assert whys == {"rule: PHP var_dump/print_r output"}
    assert_story_kept(article)


def test_a_table_in_an_html_paragraph_is_listed_once(tmp_path: Path) -> None:
    """The lines of a <p> are one line of the page: the table in it was listed once as removed by
    the cleaner and again, line by line, as left out by the extractor."""
    rows = "\n".join(TABLE)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferries to Run Every 20 Minutes</title></head><body><article>"
        "<h1>Ferries to Run Every 20 Minutes</h1>"
        + "".join(f"<p>{s}</p>" for s in STORY[:2])
        + f"<p>{rows}</p><p>{STORY[2]}</p></article></body></html>",
        encoding="utf-8",
    )
    article = clean_document(load_source(str(page), Options()))
    listed = [b for b in article.removed if any(row in b.text for row in TABLE)]
    assert [b.text for b in listed] == [" ".join(TABLE)]
    assert listed[0].reason is R.MACHINE_DATA
    assert_story_kept(article)
