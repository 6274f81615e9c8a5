"""A live blog's later update supersedes an earlier one that tells the same fact: the later is the
blog's current word, the earlier is shown superseded with its time, and the fact's conflicts with
other articles are read from the later update only.

Every text here is written for these tests (short, fictional).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newsdiff.cli import cli
from newsdiff.model import Sentence, Superseded
from newsdiff.updates import later_updates, superseded_in, update_stamps

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "newsdiff" / "schema.json").read_text(encoding="utf-8")
)

FEED = [  # (time, body), newest first as the page shows them
    ("18:30", "The council now says the old pier at Harbury did not collapse into the sea."),
    ("14:05", "Part of the old pier at Harbury has collapsed into the sea, the harbour master said."),
    ("11:20", "All ferry services between Harbury and the islands have been suspended until further notice."),
]
STORY = (
    "Storm hits Harbury\n\n"
    "Part of the old pier at Harbury collapsed into the sea on Tuesday, the harbour master said.\n\n"
    "Ferry services to the islands were suspended until further notice.\n"
)


def page(tmp_path: Path, feed: str) -> Path:
    path = tmp_path / "live.html"
    path.write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbury storm live | Harbury Courier</title></head><body><main><article>"
        f"<h1>Harbury storm live</h1>{feed}</article></main></body></html>",
        encoding="utf-8",
    )
    return path


def sources(tmp_path: Path) -> list[str]:
    feed = "".join(
        f"<div class='entry'><time datetime='2026-11-03T{t}:00Z'>{t}</time><p>{b}</p></div>" for t, b in FEED
    )
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    return [str(story), str(page(tmp_path, feed))]


def test_update_stamps_give_each_paragraph_its_update() -> None:
    paragraphs = ["Intro.", "11:20 — Ferries stop.", "More on ferries.", "2026-11-04 00:40 — Power cut."]
    assert update_stamps(paragraphs) == {1: "11:20", 2: "11:20", 3: "2026-11-04 00:40"}


def test_an_article_with_one_timed_paragraph_is_no_live_blog() -> None:
    assert update_stamps(["12:30 — The meeting began.", "It ended at two."]) == {}


def test_only_earlier_updates_of_one_blog_are_superseded() -> None:
    members = [
        Sentence(article=0, index=1, paragraph=1, text="x"),
        *(Sentence(article=1, index=i, paragraph=i, text="y") for i in (0, 2, 3)),
    ]
    stamps = {1: {0: "11:20", 2: "14:05", 3: "14:05"}}
    later = later_updates(stamps, lambda one, other: True, {1: members[1:]})
    assert superseded_in(members, stamps, later) == (
        Superseded(article=1, sentence=0, at="11:20", by="14:05"),
    )


def test_conflicts_are_read_from_the_blog_s_latest_update(tmp_path: Path) -> None:
    """Both updates sat in one cell with the story and no ≠ was shown."""
    result = CliRunner().invoke(cli, ["compare", "-f", "json", *sources(tmp_path)])
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    pier = next(
        f for f in data["facts"] if any("pier" in m["text"] for m in f["members"] if m["article"] == 1)
    )
    assert [m["text"][:5] for m in pier["members"] if m["article"] == 1] == ["14:05", "18:30"]
    assert pier["superseded"] == [{"article": 1, "sentence": 1, "at": "14:05", "by": "18:30"}]
    assert [(c["kind"], c["articles"]) for c in pier["conflicts"]] == [("claim", [0, 1])]
    assert "not collapse" in pier["conflicts"][0]["values"][1]
    ferries = next(f for f in data["facts"] if f is not pier and f["kind"] == "shared")
    assert "superseded" not in ferries


@pytest.mark.parametrize("fmt", ["text", "terminal", "markdown", "html"])
def test_every_format_shows_the_earlier_update_superseded(tmp_path: Path, fmt: str) -> None:
    result = CliRunner().invoke(cli, ["compare", "-f", fmt, "--width", "160", *sources(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "14:05 update superseded by 18:30" in result.stdout
    assert "≠" in result.stdout


def _told(one: Sentence, other: Sentence) -> bool:
    """Two updates tell one fact when they share their topic, the word after the time (the tests'
    stand-in for the pair model)."""
    return one.text.split()[2] == other.text.split()[2]


def test_an_update_is_superseded_only_by_a_later_one_telling_its_fact() -> None:
    """A story sentence telling two facts put an update about shelters in one group with a later
    update about the toll: the toll's update does not supersede the shelters'."""
    blog = [
        Sentence(article=1, index=0, paragraph=0, text="11:20 — shelters: 800 people are in tents."),
        Sentence(article=1, index=1, paragraph=1, text="14:05 — toll: 61 people have died."),
    ]
    members = [Sentence(article=0, index=3, paragraph=3, text="x toll"), *blog]
    stamps = {1: {0: "11:20", 1: "14:05"}}
    assert superseded_in(members, stamps, later_updates(stamps, _told, {1: blog})) == ()


def test_a_later_update_in_another_group_supersedes() -> None:
    """An update is superseded by a later one telling its fact, which other articles' figures put in
    another group."""
    blog = [
        Sentence(article=1, index=0, paragraph=0, text="11:20 — toll: 40 people have died."),
        Sentence(article=1, index=1, paragraph=1, text="12:10 — shelters: 800 people are in tents."),
        Sentence(article=1, index=2, paragraph=2, text="14:05 — toll: 61 people have died."),
    ]
    members = [Sentence(article=0, index=3, paragraph=3, text="x toll"), blog[0]]
    stamps = {1: {0: "11:20", 1: "12:10", 2: "14:05"}}
    assert superseded_in(members, stamps, later_updates(stamps, _told, {1: blog})) == (
        Superseded(article=1, sentence=0, at="11:20", by="14:05"),
    )


def test_twelve_hour_and_bare_stamps_are_update_stamps() -> None:
    """A blog written by hand stamps its updates "4.05pm:", "9:05am -" or "16:05" with no dash."""
    assert update_stamps(["Updated 4.05pm", "4.05pm: Roads shut.", "More.", "9:05am - Rain began."]) == {
        1: "16:05",
        2: "16:05",
        3: "09:05",
    }
    assert update_stamps(["16:05 Roads shut.", "[09:05] Rain began.", "12.50 Pounds a night."]) == {
        0: "16:05",
        1: "09:05",
        2: "09:05",
    }


def test_a_newest_first_blog_supersedes_by_time_not_by_place() -> None:
    blog = [
        Sentence(article=1, index=0, paragraph=0, text="16:05 — toll: 61 people have died."),
        Sentence(article=1, index=1, paragraph=1, text="11:20 — toll: 40 people have died."),
    ]
    stamps = {1: {0: "16:05", 1: "11:20"}}
    members = [Sentence(article=0, index=3, paragraph=3, text="x toll"), blog[1]]
    assert superseded_in(members, stamps, later_updates(stamps, _told, {1: blog})) == (
        Superseded(article=1, sentence=1, at="11:20", by="16:05"),
    )
    assert superseded_in([members[0], blog[0]], stamps, later_updates(stamps, _told, {1: blog})) == ()


LANDSLIDE = (
    "Landslide buries village road\n\n"
    "A landslide buried the main road into Corvel on Sunday, killing at least 17 people, the regional "
    "governor said.\n\n"
    "Army engineers have cleared a path for 60 trucks carrying food and water.\n"
)
LANDSLIDE_BLOG = (
    "Corvel landslide: as it happened\n\n"
    "{late} The regional governor now says at least 17 people were killed, up from nine earlier.\n\n"
    "{mid} Army engineers have cleared a path for 60 trucks carrying food and water.\n\n"
    "{early} The regional governor says at least nine people were killed when the landslide buried "
    "the main road into Corvel.\n"
)


@pytest.mark.parametrize(
    ("late", "mid", "early", "at", "by"),
    [
        ("5.40pm:", "1.15pm:", "10.30am:", "10:30", "17:40"),
        ("17:40 —", "13:15 —", "10:30 —", "10:30", "17:40"),
        ("17:40", "13:15", "10:30", "10:30", "17:40"),
    ],
)
def test_the_blog_s_latest_update_is_set_against_the_story(
    tmp_path: Path, late: str, mid: str, early: str, at: str, by: str
) -> None:
    """A newest-first blog's early toll (nine) was set against the story's 17, and its later update,
    which agrees, was left "only in" the blog."""
    story, blog = tmp_path / "story.txt", tmp_path / "blog.txt"
    story.write_text(LANDSLIDE, encoding="utf-8")
    blog.write_text(LANDSLIDE_BLOG.format(late=late, mid=mid, early=early), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", "-f", "json", str(story), str(blog)])
    data = json.loads(result.stdout)
    toll = next(f for f in data["facts"] if any("landslide" in m["text"] for m in f["members"]))
    assert toll["kind"] == "shared"
    assert {m["sentence"] for m in toll["members"] if m["article"] == 1} == {0, 2}
    assert toll["superseded"] == [{"article": 1, "sentence": 2, "at": at, "by": by}]
    assert not toll.get("conflicts")
    assert result.exit_code == 0, result.output


def test_a_later_update_standing_alone_joins_the_fact_it_supersedes(tmp_path: Path) -> None:
    """The early toll (11) went with the story's sentence, the later update that agrees on 19 was
    left "only in" the blog: it joins the fact and the early one is marked superseded."""
    story, blog = tmp_path / "story.txt", tmp_path / "blog.txt"
    story.write_text(
        "Train derails near Melbury\n\n"
        "A passenger train carrying 480 people derailed outside Melbury on Monday, killing at least 19 "
        "people, the rail authority said.\n\n"
        "Engineers are inspecting the track, which was laid in 1998.\n",
        encoding="utf-8",
    )
    blog.write_text(
        "Melbury derailment: live\n\n"
        "6.50pm: The rail authority now says at least 19 people have died, up from 11 earlier.\n\n"
        "3.10pm: Engineers are inspecting the track, which was laid in 1998.\n\n"
        "10.45am: The rail authority says at least 11 people died when the passenger train derailed "
        "outside Melbury.\n\n"
        "8.20am: A train with 480 people on board left the rails outside Melbury at 7.55am.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["compare", "-f", "json", str(story), str(blog)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert all(f["kind"] == "shared" for f in data["facts"])
    toll = next(
        f for f in data["facts"] if any(m["article"] == 1 and m["sentence"] == 0 for m in f["members"])
    )
    assert {"article": 1, "sentence": 2, "at": "10:45", "by": "18:50"} in toll["superseded"]


FLOOD_STORY = (
    "Flood kills three in Marrow Vale\n\n"
    "Three people have been killed, rescuers said.\n\n"
    "The river at Dunmere rose to 4.2 metres on Thursday.\n"
)
FLOOD_BLOG = (
    "Marrow Vale floods: live\n\n"
    "{first} The river at Dunmere has risen to 4.2 metres, the agency says.\n\n"
    "{toll} Rescuers say two people have died in the floods.\n\n"
    "{lifted} Rescuers say 30 people have been lifted from rooftops in Dunmere.\n\n"
    "{revised} Rescuers have revised the death toll: three people have died.\n"
)
NEWEST_FIRST = (
    "Marrow Vale floods: live\n\n"
    "3.05pm: Rescuers have revised the death toll: three people have died.\n\n"
    "12.20pm: Rescuers say 30 people have been lifted from rooftops in Dunmere.\n\n"
    "11.40am: Rescuers say two people have died in the floods.\n\n"
    "9.15am: The river at Dunmere has risen to 4.2 metres, the agency says.\n"
)


@pytest.mark.parametrize(
    ("text", "toll", "revised"),
    [
        (FLOOD_BLOG.format(first="09:15 —", toll="11:40 —", lifted="12:20 —", revised="15:05 —"), 1, 3),
        (FLOOD_BLOG.format(first="09:15", toll="11:40", lifted="12:20", revised="15:05"), 1, 3),
        (NEWEST_FIRST, 2, 0),
    ],
)
def test_an_earlier_update_left_alone_joins_the_fact_that_supersedes_it(
    tmp_path: Path, text: str, toll: int, revised: int
) -> None:
    """The 11:40 toll (two) was left "only in" the blog, though the 15:05 revision (three), which
    the pair model reads as its fact, went with the story's three: the 11:40 update is shown in that
    fact, superseded, and no conflict is read from it. The 12:20 update, another figure of people,
    stays the blog's own, and so does the story's river, which no update revises."""
    story, blog = tmp_path / "story.txt", tmp_path / "blog.txt"
    story.write_text(FLOOD_STORY, encoding="utf-8")
    blog.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", "-f", "json", str(story), str(blog)])
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    fact = next(f for f in data["facts"] if any("death toll" in m["text"] for m in f["members"]))
    told = sorted(m["sentence"] for m in fact["members"] if m["article"] == 1)
    assert told == sorted([toll, revised])
    assert fact["superseded"] == [{"article": 1, "sentence": toll, "at": "11:40", "by": "15:05"}]
    assert not fact.get("conflicts")
    alone = [m["text"] for f in data["facts"] if f["kind"] == "unique" for m in f["members"]]
    assert [t for t in alone if "people" in t] == [next(t for t in text.split("\n") if "30 people" in t)]
    river = next(f for f in data["facts"] if any("4.2 metres" in m["text"] for m in f["members"]))
    assert "superseded" not in river
