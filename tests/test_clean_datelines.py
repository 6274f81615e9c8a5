"""Datelines at the head of a story, dates in bylines, and the agency a dateline names as the outlet.

Every document here is written for these tests (short, fictional).
"""

from __future__ import annotations

import pytest

from newsdiff.clean import clean, clean_document
from newsdiff.model import Article, Document, Metadata, RemovalReason

R = RemovalReason

REST = [
    "The harbour board said the new timetable would start on Monday.",
    "Boats will run every 20 minutes at peak hours, the board added.",
]
GERMAN_REST = [
    "Die Strecke bleibt nach Angaben der Bahn bis Freitag gesperrt.",
    "Zwischen beiden Orten fahren Busse, sagte ein Sprecher.",
]


def article_of(*parts: str, outlet: str | None = None) -> Article:
    text = "\n\n".join(parts) + "\n"
    return clean_document(Document(source="doc", label="doc", text=text, metadata=Metadata(outlet=outlet)))


def datelines(article: Article) -> list[str]:
    return [b.text for b in article.removed if b.reason is R.DATELINE]


@pytest.mark.parametrize(
    ("dateline", "lede"),
    [
        ("KESTON —", "Two ferries collided outside the harbour on Sunday, injuring nine passengers."),
        ("KESTON, Maine —", "Two ferries collided outside the harbour on Sunday, injuring nine passengers."),
        ("PORT ELLEN --", "Two ferries collided outside the harbour on Sunday, injuring nine passengers."),
        (
            "KESTON, March 3 —",
            "Two ferries collided outside the harbour on Sunday, injuring nine passengers.",
        ),
    ],
)
def test_a_place_in_capitals_and_a_dash_heading_the_story_is_a_dateline(dateline: str, lede: str) -> None:
    """A dateline without an agency ("KESTON —") stayed on the lede: in its word diff against every
    other outlet's, and read as a name among its facts."""
    article = article_of("Ferries Collide Off Keston", "By Test Reporter", f"{dateline} {lede}", *REST)
    assert article.paragraphs[0] == lede
    assert datelines(article) == [dateline]


@pytest.mark.parametrize("place", ["Velmar", "Bad Tarnau", "Tarnau/Ems"])
def test_a_place_and_a_full_stop_heading_a_german_story_is_a_dateline(place: str) -> None:
    """German papers open with the place and a full stop ("Velmar. Ein Güterzug ..."): kept, the
    place was a sentence of one word that only that paper reported."""
    lede = "Ein Güterzug ist am Dienstagmorgen bei Velmar entgleist, verletzt wurde niemand."
    article = article_of("Güterzug entgleist", "Von Test Autorin", f"{place}. {lede}", *GERMAN_REST)
    assert article.paragraphs[0] == lede
    assert datelines(article) == [f"{place}."]


@pytest.mark.parametrize(
    "lede",
    [
        "Dr. Lena Ruud opened the new ferry clinic at the harbour on Sunday morning.",
        "Mr. Ruud said the boats would run every 20 minutes at peak hours.",
        "St. Ives council approved the new ferry timetable on Sunday morning.",
        "NATO — the military alliance — said on Sunday that it would send two ships.",
        "Jan. 3 was the day the board first met to discuss the timetable.",
        "KESTON — THE FERRY DISASTER THAT SHOOK A TOWN",
        "The ferry left KESTON — and reached Port Ellen an hour later on Sunday.",
    ],
)
def test_an_opening_shaped_otherwise_stays(lede: str) -> None:
    """Titles and abbreviations with their full stop, a name and a dash inside a sentence, a
    headline in capitals: none is a dateline."""
    article = article_of("Ferries Collide Off Keston", "By Test Reporter", lede, *REST)
    if lede.endswith("."):  # (a headline is not the story's, but no dateline either)
        assert lede in article.body
    assert datelines(article) == []


def test_a_dateline_is_taken_only_from_the_head_of_the_story() -> None:
    """A place and a dash or a full stop further down is a sentence of the story, not a dateline."""
    later = ["KESTON — Boats will stop at the old pier until the new quay opens.", "Velmar. Der Zug."]
    article = article_of("Ferries Collide Off Keston", "By Test Reporter", *REST, *later)
    assert all(line in article.body for line in later)
    assert datelines(article) == []


@pytest.mark.parametrize(
    ("byline", "author", "date"),
    [
        ("By Tom Berg | 4 March 2025", "Tom Berg", "2025-03-04"),
        ("*By Lea Brandt — 12 May 2025*", "Lea Brandt", "2025-05-12"),
        ("By Tom Berg · March 4, 2025 at 9:30 a.m. EST", "Tom Berg", "2025-03-04"),
        ("Von Lea Brandt, 04.03.2025", "Lea Brandt", "2025-03-04"),
    ],
)
def test_a_date_in_a_byline_is_the_article_date(byline: str, author: str, date: str) -> None:
    """A byline with its date gave no date, or an author with the date in it."""
    article = article_of("Ferries Collide Off Keston", byline, *REST)
    assert article.metadata.author == author
    assert article.metadata.date == date
    assert {b.reason for b in article.removed if b.text == byline} == {R.BYLINE}


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("OSLO, March 4 (Reuters) - The harbour board approved a new ferry timetable.", "Reuters"),
        ("Velmar (dpa) - Ein Güterzug ist am Dienstag bei Velmar entgleist.", "dpa"),
        # as its copyright line names it ("Copyright 2026 The Associated Press"): one agency, one label
        ("KESTON (AP) — Two ferries collided outside the harbour on Sunday.", "The Associated Press"),
    ],
)
def test_the_agency_of_a_wire_dateline_is_the_outlet_when_none_is_named(lede: str, outlet: str) -> None:
    """A wire story that names no outlet of its own is the agency's."""
    article = article_of("Ferries Collide Off Keston", lede, *REST)
    assert article.metadata.outlet == outlet
    assert clean([Document(source="a.txt", label="a", text=f"Headline Here\n\n{lede}\n")])[0].label == outlet


def test_an_agency_on_a_line_of_its_own_is_the_outlet() -> None:
    article = article_of("Ferries Collide Off Keston", "Keston (AFP)", *REST)
    assert article.metadata.outlet == "AFP"


@pytest.mark.parametrize(
    ("parts", "given", "outlet"),
    [
        # the site's own name, then a copyright line, win over the agency it runs
        ((), "Harbour Post", "Harbour Post"),
        (("Copyright 2025 Harbour Post. All rights reserved.",), None, "Harbour Post"),
    ],
)
def test_an_outlet_named_outright_wins_over_the_agency(
    parts: tuple[str, ...], given: str | None, outlet: str
) -> None:
    lede = "OSLO, March 4 (Reuters) - The harbour board approved a new ferry timetable on Thursday."
    article = article_of("Ferries Collide Off Keston", lede, *REST, *parts, outlet=given)
    assert article.metadata.outlet == outlet


LEDE = "Two ferries collided outside the harbour on Sunday, injuring nine passengers."


@pytest.mark.parametrize(
    ("parts", "outlet"),
    [
        (("Ferries Collide Off Keston", "Wendle Gazette", "Marlow, 4 June 2024"), "Wendle Gazette"),
        (("Choque de ferris", "Heraldo de Tormes", "Salamanca, 2 de junio de 2024"), "Heraldo de Tormes"),
        (("Scontro tra traghetti", "Corriere della Valle", "Ferrara, 3 maggio 2025"), "Corriere della Valle"),
        # the outlet's name on the first line, the dateline under it: no headline, and no title
        (("The Midweek Herald", "Dunmore, 3 May 2025"), "The Midweek Herald"),
    ],
)
def test_the_line_above_a_dateline_names_the_outlet_not_its_city(parts: tuple[str, ...], outlet: str) -> None:
    """The outlet's name over "City, date" was removed as boilerplate, and the city was taken for
    the outlet and labelled the article: two articles from one city were one outlet twice."""
    article = article_of(*parts, LEDE, *REST)
    assert article.metadata.outlet == outlet
    assert {b.reason for b in article.removed if b.text == outlet} == {R.DATELINE}
    text = "\n\n".join((*parts, LEDE, *REST))
    assert clean([Document(source="a.txt", label="a", text=text)])[0].label == outlet
    if len(parts) == 2:
        assert article.metadata.title is None


@pytest.mark.parametrize("dateline", ["Marlow, 4 June 2024", "Leeds, 12 October 2024", "Duns, 3 March 2025"])
def test_a_city_in_a_dateline_is_never_the_outlet(dateline: str) -> None:
    article = article_of("Ferries Collide Off Keston", dateline, LEDE, *REST)
    assert article.metadata.outlet is None
    assert datelines(article) == [dateline]
    text = f"Ferries Collide\n\n{dateline}\n\n{LEDE}\n"
    assert clean([Document(source="a.txt", label="a", text=text)])[0].label == "a"


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("Saturday Ledger, 9 March 2025", "Saturday Ledger"),
        ("The Keston Review, 3 March 2025", "The Keston Review"),
        ("Harbour Research, March 15, 2016", "Harbour Research"),
    ],
)
def test_an_outlet_named_in_the_dateline_is_the_outlet_whole(dateline: str, outlet: str) -> None:
    """A weekday that begins the outlet's name ("Sunday Examiner") was read as the date's, and the
    outlet was the rest of the name."""
    article = article_of("Ferries Collide Off Keston", "By Test Reporter", dateline, LEDE, *REST)
    assert article.metadata.outlet == outlet
    assert datelines(article) == [dateline]


# --------------------------------------------------------------------------- outlet lines over the headline

CRANE_HEAD = "Dock crane topples onto quay in Brennvik, two workers hurt"
CRANE_STORY = [
    "A container crane toppled onto the quay at Brennvik port on Tuesday evening, injuring two workers.",
    "The port authority said the crane had been inspected in April and that the cause was not yet known.",
    "Loading at the two eastern berths was suspended until further notice, a spokesman said.",
]


def removed_as(article: Article, text: str) -> set[R]:
    return {b.reason for b in article.removed if b.text == text}


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Fjordavisa Brennvik (English edition)", "Fjordavisa Brennvik"),
        ("Radio Kestrel (English service)", "Radio Kestrel"),
        ("Dziennik Morski (English translation)", "Dziennik Morski"),
        ("Gazeta Portuaria (translation)", "Gazeta Portuaria"),
        ("The Brennvik Courier", "The Brennvik Courier"),
    ],
)
@pytest.mark.parametrize(
    "below",
    [
        ["Brennvik, 10 June 2025", CRANE_HEAD, "By Ola Strand"],
        ["Brennvik, 10 June 2025", CRANE_HEAD],
        ["10 June 2025", CRANE_HEAD, "By Ola Strand"],
    ],
)
def test_an_outlet_line_over_the_dateline_is_the_outlet_and_the_headline_the_title(
    line: str, outlet: str, below: list[str]
) -> None:
    """A foreign paper's English edition names itself on its first line ("Name (English
    edition)"): that line was the title, and the headline under the dateline went as boilerplate,
    or stayed in the body as a sentence only that outlet told."""
    article = article_of(line, *below, *CRANE_STORY)
    assert article.metadata.title == CRANE_HEAD
    assert article.metadata.outlet == outlet
    assert removed_as(article, CRANE_HEAD) == {R.TITLE}
    assert removed_as(article, line) == {R.DATELINE}
    assert CRANE_HEAD not in article.body
    assert article.paragraphs[0] == CRANE_STORY[0]
    assert (
        clean([Document(source="a.txt", label="a", text="\n\n".join((line, *below, *CRANE_STORY)))])[0].label
        == outlet
    )


@pytest.mark.parametrize("line", ["Fjordavisa Brennvik (English edition)", "Radio Kestrel (English service)"])
def test_an_outlet_line_right_over_the_headline_is_the_outlet(line: str) -> None:
    article = article_of(line, CRANE_HEAD, "By Ola Strand", *CRANE_STORY)
    assert article.metadata.title == CRANE_HEAD
    assert article.metadata.outlet == line.partition(" (")[0]
    assert CRANE_HEAD not in article.body


TABLOID_HEAD = "CRANE CRASH HORROR AT BRENNVIK DOCKS"
TABLOID_DEK = "Two hurt as giant crane smashes onto busy quay"


@pytest.mark.parametrize("byline", [["By Ann Lowry, Ports Reporter"], []])
def test_a_masthead_over_a_headline_in_capitals_is_the_outlet_and_the_headline_the_title(
    byline: list[str],
) -> None:
    """A tabloid's masthead, its headline in capitals, its dek: the masthead and the headline went
    as boilerplate and the dek was the title."""
    article = article_of("The Daily Harrier", TABLOID_HEAD, TABLOID_DEK, *byline, *CRANE_STORY)
    assert article.metadata.title == TABLOID_HEAD
    assert article.metadata.outlet == "The Daily Harrier"
    assert removed_as(article, TABLOID_HEAD) == {R.TITLE}
    assert TABLOID_DEK not in article.body
    assert article.paragraphs[0] == CRANE_STORY[0]


@pytest.mark.parametrize(
    "parts",
    [
        # a headline in title case with a newspaper's word, a dek, a byline: no outlet line
        ["Record Heat Grips Brennvik", "By Ann Lowry"],
        ["Star Striker Signs For Brennvik", "By Ann Lowry"],
        ["Record Heat Grips Brennvik"],
    ],
)
def test_a_headline_in_title_case_with_a_newspaper_s_word_stays_the_title(parts: list[str]) -> None:
    article = article_of(*parts, *CRANE_STORY)
    assert article.metadata.title == parts[0]
    assert article.metadata.outlet is None
    assert_kept = [s for s in CRANE_STORY if s not in article.body]
    assert assert_kept == []


LEDE = "Two ferries collided outside the harbour on Tuesday, injuring nine passengers."


def _dated(text: str, date: str | None, name: str) -> Document:
    return Document(source=name, label=name, text=text, metadata=Metadata(date=date))


def _wire_and_other(dateline: str, other_date: str | None, own_date: str | None = None) -> Article:
    wire = _dated(
        "\n\n".join(["Ferries Collide Off Keston", f"{dateline} {LEDE}", *REST]) + "\n", own_date, "wire"
    )
    other = _dated(
        "\n\n".join(["Ferry Crash at Keston", LEDE.replace("Two", "2"), *REST]) + "\n", other_date, "other"
    )
    return clean([wire, other])[0]


@pytest.mark.parametrize(
    ("dateline", "other_date", "date"),
    [
        pytest.param("KESTON, Nov 10 (Reuters) -", "2026-11-12", "2026-11-10", id="wire"),
        pytest.param("KESTON, 10 Nov (Reuters) -", "2026-11-12T08:00:00", "2026-11-10", id="day-first"),
        pytest.param("KESTON, Dec 30 (AFP) -", "2027-01-02", "2026-12-30", id="year-before-the-other"),
        pytest.param("KESTON, March 3 —", "2026-03-04", "2026-03-03", id="place-and-dash"),
        pytest.param("KESTON, Nov. 14, 2025 (Reuters) -", None, "2025-11-14", id="dateline-with-its-year"),
    ],
)
def test_the_day_of_a_removed_dateline_dates_an_undated_article(
    dateline: str, other_date: str | None, date: str
) -> None:
    """ "DRESDORF, Nov 10 (Wire) -" was removed but its day was lost: the wire stayed undated, its
    "Tuesday" unresolved (review 28). The year is the one that puts the day near another
    article's date."""
    article = _wire_and_other(dateline, other_date)
    assert article.metadata.date == date
    assert datelines(article) == [dateline]


@pytest.mark.parametrize(
    ("dateline", "other_date", "own_date", "date"),
    [
        pytest.param("KESTON, Nov 10 (Reuters) -", None, None, None, id="no-year-to-be-had"),
        pytest.param("KESTON, Nov 10 (Reuters) -", "2026-05-01", None, None, id="other-date-far-off"),
        pytest.param(
            "KESTON, Nov 10 (Reuters) -", "2026-11-12", "2026-11-11", "2026-11-11", id="own-date-wins"
        ),
    ],
)
def test_a_dateline_day_without_a_safe_year_leaves_the_date_alone(
    dateline: str, other_date: str | None, own_date: str | None, date: str | None
) -> None:
    """A month and day whose year nothing tells is no date (the schema's dates are whole days, and a
    guessed year would set "Tuesday" in the wrong week); an article's own date stays its date."""
    article = _wire_and_other(dateline, other_date, own_date)
    assert article.metadata.date == date
    alone = clean_document(
        _dated(f"Ferries Collide Off Keston\n\n{dateline} {LEDE}\n\n" + "\n\n".join(REST), None, "w")
    )
    assert alone.metadata.date is None
