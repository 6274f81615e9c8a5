"""The head and tail of a page: the outlet's name, its section, the headline, a bare author line,
the date lines, a wire's credits and standards line, newsletter and related-story residue, a
translation note; and cleaning that does not depend on where the text was wrapped.

Every document here is written for these tests (short, fictional).
"""

from __future__ import annotations

import textwrap

import pytest

from newsdiff.clean import clean_document
from newsdiff.model import Article, Document, RemovalReason

R = RemovalReason

HEAD = "Ferry operator halts crossings after crane collapse at Brennvik port"
DEK = "Two workers were hurt; the port authority says the crane passed its inspection in April"
STORY = [
    "A container crane toppled onto the quay at Brennvik port on Tuesday evening, injuring two workers.",
    "The port authority said the crane had been inspected in April and that the cause was not yet known.",
    "Loading at the two eastern berths was suspended until further notice, a spokesman said.",
]


def article_of(*parts: str) -> Article:
    return clean_document(Document(source="doc", label="doc", text="\n\n".join(parts) + "\n"))


def removed_as(article: Article, text: str) -> set[R]:
    return {b.reason for b in article.removed if b.text == text}


def reasons_of(article: Article) -> dict[str, str]:
    """Each reason's removed text, its lines run together (a wrapped line is listed line by line)."""
    texts: dict[str, list[str]] = {}
    for b in article.removed:
        texts.setdefault(b.reason.value, []).append(b.text)
    return {reason: " ".join(" ".join(lines).split()) for reason, lines in texts.items()}


# --------------------------------------------------------------------------- outlet, section, headline


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        (["The Brennvik Ledger", "Business | Ports"], "The Brennvik Ledger"),
        (["Harbour Herald", "News › Local"], "Harbour Herald"),
        (["Rheinische Allgemeine – International"], "Rheinische Allgemeine"),
        (["The Brennvik Courier | World"], "The Brennvik Courier"),
        (["Dales Courier — Business"], "Dales Courier"),
    ],
)
def test_an_outlet_over_its_section_and_the_headline_is_the_outlet_and_the_headline_the_title(
    top: list[str], outlet: str
) -> None:
    """The outlet's name leading the page, its section beside or under it: the headline under them
    was lost as boilerplate, and the dek under it became the title."""
    article = article_of(*top, HEAD, DEK, "By Ola Strand", *STORY)
    assert article.metadata.outlet == outlet
    assert article.metadata.title == HEAD
    assert removed_as(article, HEAD) == {R.TITLE}
    assert article.paragraphs[0] == STORY[0]


@pytest.mark.parametrize("between", [["Translated from the German"], []])
def test_the_dek_under_an_outlet_s_headline_is_the_standfirst_without_a_byline(between: list[str]) -> None:
    """A translated story has no byline under its dek: the dek stayed the story's first paragraph."""
    article = article_of("Rheinische Allgemeine – International", HEAD, DEK, *between, *STORY)
    assert article.metadata.title == HEAD
    assert removed_as(article, DEK) == {R.STANDFIRST}
    assert list(article.paragraphs) == STORY


@pytest.mark.parametrize(
    "top", [["The Brennvik Ledger", "Business | Ports"], ["Rheinische Allgemeine – International"]]
)
def test_the_lede_under_an_outlet_s_headline_stays(top: list[str]) -> None:
    """Control: the story's first sentence right under the headline is no dek."""
    article = article_of(*top, HEAD, *STORY)
    assert list(article.paragraphs) == STORY


def test_a_masthead_over_a_menu_a_kicker_headline_and_dek_gives_the_headline() -> None:
    article = article_of(
        "DAILY HARRIER",
        "NEWS | PORTS | BRENNVIK",
        "CRANE HORROR! Two hurt as giant crane smashes onto busy quay",
        "Port boss blasts 'shoddy' checks as berths stay shut",
        "By ANN LOWRY, Ports Reporter",
        *STORY,
    )
    assert article.metadata.outlet == "DAILY HARRIER"
    assert article.metadata.title == "CRANE HORROR! Two hurt as giant crane smashes onto busy quay"
    assert article.paragraphs[0] == STORY[0]


def test_a_title_case_headline_over_its_dek_stays_the_title() -> None:
    """Control: no outlet line, the first line is the headline."""
    article = article_of(HEAD, DEK, "By Ola Strand", *STORY)
    assert article.metadata.title == HEAD
    assert article.metadata.outlet is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Kestrelposten – English edition", "Kestrelposten"),
        ("Radio Brennvik - English service", "Radio Brennvik"),
        ("Nordlys Fjordblad — International", "Nordlys Fjordblad"),
        ("Dziennik Morski | English desk", "Dziennik Morski"),
        ("Fjordavisa Brennvik – English-language edition", "Fjordavisa Brennvik"),
    ],
)
@pytest.mark.parametrize("between", [["Translated from the Norwegian", "BRENNVIK."], []])
def test_an_outlet_with_its_edition_after_a_dash_is_the_outlet_and_the_headline_the_title(
    line: str, outlet: str, between: list[str]
) -> None:
    """A translated edition naming itself after a dash ("Name – English edition") was the title,
    its outlet's label was the file's name, and the real headline stayed in the body as a sentence
    only that outlet told."""
    article = article_of(line, HEAD, *between, *STORY)
    assert article.metadata.outlet == outlet
    assert article.metadata.title == HEAD
    assert removed_as(article, HEAD) == {R.TITLE}
    assert list(article.paragraphs) == STORY


def test_a_title_case_headline_with_a_dash_stays_the_title() -> None:
    """Control: a dash in a headline in title case, no edition after it, is no outlet's line."""
    head = "Brennvik Port Reopens – Crossings Resume"
    article = article_of(head, DEK, "By Ola Strand", *STORY)
    assert article.metadata.title == head
    assert article.metadata.outlet is None


# --------------------------------------------------------------------------- dates and the author


@pytest.mark.parametrize(
    "stamp",
    [
        "Last modified on Fri 4 Oct 2024 09.05 EDT",
        "Last Modified: 4 October 2024",
        "Updated on Friday 4 October 2024 10:05 BST",
        "Edited 4 Oct 2024 09:05",
    ],
)
def test_a_last_modified_stamp_never_names_the_outlet(stamp: str) -> None:
    article = article_of(HEAD, "Thu 3 Oct 2024 18.20 EDT", stamp, *STORY)
    assert article.metadata.outlet is None
    assert removed_as(article, stamp) == {R.DATELINE}
    assert article.metadata.date == "2024-10-03"


def test_an_outlet_beside_a_date_still_names_it() -> None:
    """Control: a name beside the date is the outlet's."""
    article = article_of(HEAD, "Brennvik Ledger, 4 October 2024", *STORY)
    assert article.metadata.outlet == "Brennvik Ledger"


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: 19:42 BST, 5 October 2024 | Updated: 21:15 BST, 5 October 2024",
        "Published 7:42 PM EDT, 5 October 2024 · Updated 9:15 PM EDT, 5 October 2024",
        "Veröffentlicht am 05.10.2024 um 19:42 Uhr | Aktualisiert am 05.10.2024 um 21:15 Uhr",
    ],
)
def test_a_published_and_updated_line_is_a_dateline_and_gives_the_date(stamp: str) -> None:
    article = article_of(HEAD, "By Ola Strand", stamp, *STORY)
    assert removed_as(article, stamp) == {R.DATELINE}
    assert article.metadata.date == "2024-10-05"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Sarah Lindqvist", "Sarah Lindqvist"),
        ("Ola Strand and Ann Lowry", "Ola Strand and Ann Lowry"),
        ("Jean-Luc O'Brien", "Jean-Luc O'Brien"),
    ],
)
def test_a_name_alone_over_the_date_line_is_the_author(line: str, author: str) -> None:
    article = article_of("The Brennvik Ledger", HEAD, DEK, line, "Thu 3 Oct 2024 18.20 EDT", *STORY)
    assert article.metadata.author == author
    assert removed_as(article, line) == {R.BYLINE}
    assert article.metadata.title == HEAD
    assert article.metadata.outlet == "The Brennvik Ledger"
    assert DEK not in article.body


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ola Strand in Brennvik", "Ola Strand"),
        ("Ann Lowry and Ola Strand in Port Kestrel", "Ann Lowry and Ola Strand"),
        ("Jean-Luc O'Brien in Paris", "Jean-Luc O'Brien"),
    ],
)
@pytest.mark.parametrize("label", [["World | Europe"], []])
def test_a_name_and_place_over_the_date_line_is_the_author_not_the_title(
    line: str, author: str, label: list[str]
) -> None:
    """A byline giving the reporter's place ("Name in Paris") over the date line was taken for the
    headline, and the headline under a section's label went as navigation."""
    article = article_of("The Brennvik Ledger", *label, HEAD, DEK, line, "Thu 3 Oct 2024 18.20 EDT", *STORY)
    assert article.metadata.title == HEAD
    assert removed_as(article, HEAD) == {R.TITLE}
    assert article.metadata.author == author
    assert removed_as(article, line) == {R.BYLINE}
    assert list(article.paragraphs) == STORY


def test_a_headline_naming_a_place_over_the_date_line_stays_the_title() -> None:
    """Control: capitalised words and a place, first in the document, are the headline."""
    head = "Storm Kestrel Batters Harbours in Brennvik"
    article = article_of(head, "Thu 3 Oct 2024 18.20 EDT", *STORY)
    assert article.metadata.title == head
    assert article.metadata.author is None


def test_a_short_line_of_the_story_over_a_date_stays() -> None:
    """Control: a line with more than a name over a date is not a byline."""
    article = article_of(HEAD, *STORY, "Crossings resume Monday", "4 October 2024")
    assert "Crossings resume Monday" not in {b.text for b in article.removed if b.reason is R.BYLINE}
    assert article.metadata.author is None


# --------------------------------------------------------------------------- a wire's tail


@pytest.mark.parametrize(
    "credits",
    [
        "(Reporting by Omar Siddiqui in New York and Katrin Bauer in Frankfurt; editing by Lisa Shumaker)",
        "(Reporting by Tom Hale in Redvale; additional reporting by Priya Natarajan in Los Angeles;"
        " editing by Mark Doyle)",
        "(Reporting by Ann Lowry, Ola Strand and Per Vik in Brennvik; writing by Mara Holt;"
        " editing by Tom Berg and Lisa Shumaker)",
        "Reporting by Ann Lowry in Brennvik and Ola Strand in Oslo; Editing by Tom Berg",
    ],
)
def test_long_wire_credits_are_a_byline(credits: str) -> None:
    article = article_of(HEAD, *STORY, credits)
    assert removed_as(article, credits) == {R.BYLINE}
    assert article.paragraphs[-1] == STORY[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by Ann Lowry in Brennvik and Oslo, the paper uncovered the missing inspection records.",
        "Editing by hand, the clerks corrected the timetables for the ferries on Monday.",
    ],
)
def test_a_sentence_that_opens_like_credits_stays(sentence: str) -> None:
    article = article_of(
        HEAD, *STORY, sentence, "The ferries will resume crossings on Monday, the operator said."
    )
    assert sentence in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Meridian Press Trust Principles.",
        "Our standards: The Harbour Wire editorial code.",
        "Editorial standards: Brennvik Ledger guidelines",
    ],
)
def test_a_wire_s_standards_line_is_removed(line: str) -> None:
    article = article_of(HEAD, *STORY, line)
    assert removed_as(article, line) == {R.ATTRIBUTION}


def test_a_sentence_about_standards_stays() -> None:
    sentence = "Our standards were never lowered, the port authority's director told reporters."
    article = article_of(HEAD, *STORY, sentence)
    assert sentence in article.paragraphs


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("FRANKFURT/NEW YORK, June 18 (Meridian Press) - ", "FRANKFURT/NEW YORK"),
        ("OSLO/BRENNVIK (Harbour Wire) - ", "OSLO/BRENNVIK"),
    ],
)
def test_a_wire_dateline_with_two_places_is_cut(dateline: str, place: str) -> None:
    article = article_of(HEAD, dateline + STORY[0], *STORY[1:])
    assert article.paragraphs[0] == STORY[0]
    assert any(b.reason is R.DATELINE and b.text.startswith(place) for b in article.removed)


# --------------------------------------------------------------------------- wrapping


WIRE = [
    HEAD,
    "By Ola Strand",
    "BRENNVIK, June 18 (Harbour Wire) - " + STORY[0],
    *STORY[1:],
    "Crossings to the islands will resume on Monday if the berths are cleared, the operator said.",
    "(Reporting by Ola Strand in Brennvik; additional reporting by Priya Natarajan in Los Angeles;"
    " editing by Mark Doyle)",
    "Our Standards: The Harbour Wire Trust Principles.",
    "Sign up to Ports Today",
    "Get set for the working day – we'll point you to all the shipping news you need every morning",
]


@pytest.mark.parametrize("width", [50, 60, 70])
def test_cleaning_does_not_depend_on_where_lines_were_wrapped(width: int) -> None:
    plain = article_of(*WIRE)
    wrapped = article_of(*(textwrap.fill(p, width) for p in WIRE))
    assert wrapped.paragraphs == plain.paragraphs
    assert reasons_of(wrapped) == reasons_of(plain)
    assert wrapped.metadata.title == plain.metadata.title == HEAD


def test_a_wrapped_headline_over_a_byline_keeps_them_apart() -> None:
    """Control: a short headline line and the byline under it, no blank line between, are two."""
    article = article_of(HEAD + "\nBy Ola Strand", *STORY)
    assert article.metadata.title == HEAD
    assert article.metadata.author == "Ola Strand"


# --------------------------------------------------------------------------- newsletter and related links


@pytest.mark.parametrize(
    "tail",
    [
        [
            "Sign up to Ports Today",
            "Get set for the working day – we'll point you to all the shipping news you need every morning",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and content"
            " funded by outside parties.",
        ],
        [
            "Subscribe to The Harbour Brief",
            "We send you the week's shipping news every Friday morning, free, straight to your inbox.",
        ],
        [
            "Sign up for The Harbour Brief",
            "Our editors pick the stories you need to read, delivered to you every weekday",
        ],
    ],
)
def test_a_newsletter_box_at_the_end_is_removed_whole(tail: list[str]) -> None:
    article = article_of(HEAD, *STORY, *tail)
    assert list(article.paragraphs) == STORY
    assert all(removed_as(article, line) for line in tail)


def test_the_blurb_is_the_newsletter_s_and_says_why() -> None:
    blurb = "Get set for the working day – we'll point you to all the shipping news you need every morning"
    article = article_of(HEAD, *STORY, "Sign up to Ports Today", blurb)
    (removal,) = (b for b in article.removed if b.text == blurb)
    assert removal.reason is R.NEWSLETTER
    assert removal.why == "context: the blurb under the sign-up prompt 'Sign up to Ports Today'"


def test_a_privacy_notice_is_removed_with_or_without_a_newsletter_box() -> None:
    """The same line went in one article (among closing notices) and stayed in another."""
    notice = "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded"
    for article in (
        article_of(HEAD, *STORY, notice),
        article_of(HEAD, *STORY, "Sign up to Ports Today", notice),
    ):
        assert removed_as(article, notice) == {R.DISCLAIMER}
        assert list(article.paragraphs) == STORY


def test_the_story_under_a_sign_up_prompt_in_its_middle_stays() -> None:
    """Control: a sentence of the story that says "our" under a prompt, the story going on."""
    sentence = "Our reporters counted 14 cranes at the port that had not been inspected since 2019."
    article = article_of(HEAD, STORY[0], "Sign up to Ports Today", sentence, *STORY[1:])
    assert sentence in article.paragraphs
    assert article.paragraphs[-1] == STORY[-1]


LINKS = ["Crane safety: are the ports really checked?", "Brennvik ferry timetable changes explained"]


@pytest.mark.parametrize(
    "head",
    [
        "More on this story",
        "More on this topic",
        "Explore more on these topics",
        "Related",
        "Read more",
        "You may also like",
        "You might also like",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "Sur le même sujet",
        "Noticias relacionadas",
    ],
)
def test_related_stories_under_their_heading_are_removed(head: str) -> None:
    article = article_of(HEAD, *STORY, head, *LINKS)
    assert list(article.paragraphs) == STORY
    assert removed_as(article, head) == {R.RELATED_LINK}
    assert all(removed_as(article, link) == {R.RELATED_LINK} for link in LINKS)
    assert {b.why for b in article.removed if b.text == LINKS[0]} == {
        f"context: a headline under the heading '{head}'"
    }


@pytest.mark.parametrize("head", ["More on this story", "Read more", "Lesen Sie auch"])
def test_the_story_going_on_under_a_related_box_stays(head: str) -> None:
    """The box in the middle of the story: its links go, the paragraphs under them stay."""
    article = article_of(HEAD, STORY[0], head, *LINKS, *STORY[1:])
    assert list(article.paragraphs) == STORY
    assert all(removed_as(article, link) == {R.RELATED_LINK} for link in LINKS)


def test_a_question_of_the_story_under_a_related_box_stays() -> None:
    """Control: a short question that is the story's, not a kicker's headline."""
    question = "Who will pay for the repairs?"
    article = article_of(HEAD, STORY[0], "Related", LINKS[1], question, *STORY[1:])
    assert question in article.paragraphs
    assert removed_as(article, LINKS[1]) == {R.RELATED_LINK}


@pytest.mark.parametrize(
    "sentence",
    [
        "More on this later, the harbour master told the inspectors on Wednesday.",
        "More on this story will follow when the port authority publishes its report.",
        "Related costs of the closure could reach 2 million crowns, the operator said.",
    ],
)
def test_a_sentence_that_opens_like_a_related_heading_stays(sentence: str) -> None:
    article = article_of(HEAD, STORY[0], sentence, *STORY[1:])
    assert list(article.paragraphs) == [STORY[0], sentence, *STORY[1:]]


def test_a_sentence_of_the_story_about_a_newsletter_stays() -> None:
    """Control: the story reports a newsletter."""
    sentence = "The port authority said its newsletter had warned of the crane's faults in March."
    article = article_of(HEAD, *STORY, sentence)
    assert sentence in article.paragraphs


# --------------------------------------------------------------------------- translation notes


@pytest.mark.parametrize(
    "note",
    [
        "Translated from the Spanish by our international desk",
        "Translated from the German",
        "Translated from Italian by Mara Holt.",
        "This article was translated from the French.",
        "Aus dem Englischen übersetzt von Ola Strand",
        "Traduit de l'anglais par notre rédaction",
        "Traducido del inglés por Ana Ruiz",
        "Tradotto dall'inglese",
    ],
)
def test_a_translation_note_is_removed(note: str) -> None:
    article = article_of(HEAD, note, *STORY)
    assert removed_as(article, note) == {R.ATTRIBUTION}
    assert list(article.paragraphs) == STORY


def test_a_sentence_about_a_translation_stays() -> None:
    sentence = "The inspection report was translated from the German by the port authority last week."
    article = article_of(HEAD, *STORY, sentence)
    assert sentence in article.paragraphs


# --------------------------------------------------------------------------- an obituary's life dates


@pytest.mark.parametrize(
    "line",
    [
        "Ola Strand, harbour master and councillor, born 2 May 1931; died 4 June 2025",
        "Ann Lowry, ferry captain; born March 3, 1940, died June 1, 2025",
        "Jean-Luc O'Brien, crane driver, b. 1929, d. 2024",
    ],
)
def test_an_obituary_s_life_dates_stay(line: str) -> None:
    """The closing line of an obituary, the subject's name and life dates, was removed as
    boilerplate: the date of death, told there alone, was lost."""
    article = article_of(HEAD, "By Ola Strand", *STORY, line)
    assert article.paragraphs[-1] == line
    assert removed_as(article, line) == set()


def test_a_copyright_line_after_an_obituary_still_goes() -> None:
    """Control: the site's notice after the story is not a life's dates."""
    line = "© 2025 The Brennvik Ledger. All rights reserved."
    article = article_of(HEAD, "By Ola Strand", *STORY, line)
    assert line not in article.body
