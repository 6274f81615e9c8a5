"""Many articles (a folder of coverage): facts ranked by how many articles report them, each shown
by its distinct wordings, conflicts tallied, the coverage matrix folded to the width, and the
per-article and "only in" parts kept short; the JSON keeps every member."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers_render import comparison

from newsdiff.cli import cli
from newsdiff.model import Comparison, OutputFormat
from newsdiff.options import RenderOptions
from newsdiff.pipeline import compare
from newsdiff.render import digest, parts, render

MANY = Path(__file__).parent / "data" / "many-outlets"
"""Six outlets on one fictional event: a lead four of them copy word for word, a cost two
outlets give differently, a quote translated two ways, and a fact of their own in four."""

LEAD = "The Ostrow valley railway reopened on Thursday, nine months after floods washed away two bridges."


@pytest.fixture(scope="module")
def many() -> Comparison:
    return compare(sorted(str(p) for p in MANY.iterdir()))


def text_of(result: Comparison, width: int = 100, fmt: OutputFormat = OutputFormat.TEXT) -> str:
    return render(result, fmt, RenderOptions(width=width, color=False))


# --------------------------------------------------------------------------- ranking and wordings


def test_facts_are_ranked_by_how_many_articles_report_them(many: Comparison) -> None:
    numbered = digest.numbered_shared(many)
    coverage = [len(group.articles) for _, group in numbered]
    assert coverage == sorted(coverage, reverse=True)
    assert [n for n, _ in numbered] == list(range(1, len(numbered) + 1))
    assert coverage[0] == len(many.articles)


def test_ties_keep_the_first_articles_order(many: Comparison) -> None:
    order = {id(g): n for n, g in enumerate(many.shared)}
    numbered = digest.numbered_shared(many)
    for (_, a), (_, b) in itertools.pairwise(numbered):
        if len(a.articles) == len(b.articles):
            assert order[id(a)] < order[id(b)]


def test_few_articles_keep_the_reading_order() -> None:
    result = comparison(
        ["The mayor spoke on Monday.", "The bridge will reopen in May after repairs."],
        ["The bridge will reopen in May after the repairs.", "The mayor spoke on Monday."],
        ["The bridge will reopen in May after repairs are done."],
    )
    assert not digest.many(result)
    assert [g for _, g in digest.numbered_shared(result)] == list(result.shared)


def test_identical_texts_are_one_wording_with_every_user(many: Comparison) -> None:
    lead = next(g for g in many.shared if any(m.text == LEAD for m in g.members))
    found = digest.wordings(lead)
    copied = [w for w in found if w.text == LEAD]
    assert len(copied) == 1
    assert len(copied[0].articles) == 4
    assert found[0] is copied[0]  # the reference article's wording comes first
    assert sum(len(w.articles) for w in found) == len(lead.articles)


def test_conflicting_values_are_tallied_by_how_many_give_them(many: Comparison) -> None:
    cost = next(g for g in many.shared if any("42 million" in m.text for m in g.members))
    (kind, values), *_ = digest.conflict_tally(cost)
    assert kind == "number"
    (common, givers), (rare, loner) = values
    assert len(givers) == 5
    assert len(loner) == 1
    assert common != rare


# --------------------------------------------------------------------------- drawing


def test_text_output_shows_ranked_wordings_and_tallies(many: Comparison) -> None:
    out = text_of(many)
    assert "Shared facts (5), most widely reported first" in out
    assert "#1 ≠  in 6 of 6 articles" in out
    assert "01-valley-courier and 3 others:" in out  # the lead four outlets copy
    assert "(and 2 other wordings in 2 articles)" in out
    assert "≠ number:" in out
    assert "(01-valley-courier and 4 others)" in out
    assert "not in 04-morning-post" in out


def test_headers_become_one_line_per_article(many: Comparison) -> None:
    lines = text_of(many, width=80).splitlines()
    legend = lines[: len(many.articles)]
    assert [line.split()[0] for line in legend] == [f"[{n}]" for n in range(1, 7)]
    assert all(len(line) <= 80 for line in legend)
    assert legend[0].endswith("…")  # cut to the width, and said to be cut


def test_html_gives_a_row_per_article_not_a_card(many: Comparison) -> None:
    """A card per article made a page of 200 reports ~15,000 pixels tall before its first fact; the
    digest's promise is a line per article, in every format."""
    page = text_of(many, fmt=OutputFormat.HTML)
    articles = page.split('aria-label="Articles"', 1)[1].split("</section>", 1)[0]
    assert 'class="card"' not in articles
    assert articles.count("<tr>") == len(many.articles) + 1  # a head row, then one per article
    for article in many.articles:
        assert f'class="label">{article.label}' in articles
    two = compare([str(p) for p in sorted(MANY.iterdir())[:2]])
    assert 'class="card"' in text_of(two, fmt=OutputFormat.HTML)  # a few articles keep their cards


def test_header_lines_keep_the_longest_label_apart_from_its_title(many: Comparison) -> None:
    """Two spaces, as in the header of few articles: with one, "01-valley-courier Valley rail
    line reopens" reads as one name."""
    for width in (80, 100):
        legend = text_of(many, width=width).splitlines()[: len(many.articles)]
        for line, article in zip(legend, many.articles, strict=True):
            title = article.metadata.title or "(no title)"
            assert f"[{article.index + 1}] {article.label}" in line
            assert "  " + title[:10] in line, line


def test_coverage_is_a_row_per_fact_and_a_column_per_article(many: Comparison) -> None:
    out = text_of(many)
    section = out.split("Coverage: which articles report each shared fact")[1].split("Per article")[0]
    rows = [line.split() for line in section.splitlines() if "/6" in line]
    assert len(rows) == len(many.shared)
    for row, (_, group) in zip(rows, digest.numbered_shared(many), strict=True):
        marks = row[-1]
        assert row[-2] == f"{len(group.articles)}/6"
        assert [i for i, mark in enumerate(marks) if mark == "●"] == list(group.articles)


def test_markdown_and_html_rank_the_same_facts(many: Comparison) -> None:
    markdown = text_of(many, fmt=OutputFormat.MARKDOWN)
    assert "## Shared facts (5), most widely reported first" in markdown
    assert "### 1 ≠ (in 6 of 6 articles)" in markdown
    assert "| fact | articles | share | not in |" in markdown
    html = text_of(many, fmt=OutputFormat.HTML)
    assert "most widely reported first" in html
    assert '<meter min="0" max="6" value="6">100%</meter>' in html


def test_json_keeps_every_member(many: Comparison) -> None:
    data = json.loads(text_of(many, fmt=OutputFormat.JSON))
    members = sum(len(f["members"]) for f in data["facts"] if f["kind"] == "shared")
    assert members == sum(len(g.members) for g in many.shared)


def test_cli_on_a_folder_of_coverage() -> None:
    result = CliRunner().invoke(cli, ["compare", "--format", "text", "--width", "100", str(MANY)])
    assert result.exit_code == 1
    assert "most widely reported first" in result.output
    assert "Per article" in result.output


# --------------------------------------------------------------------------- folding


def test_folded_row_gives_each_article_a_cell_when_they_fit() -> None:
    assert digest.folded_row((0, 2, 3), 5, 10) == "●·●●·"


def test_folded_row_shades_runs_of_articles_when_they_do_not() -> None:
    row = digest.folded_row(tuple(range(0, 100)), 1000, 10)
    assert row == "█" + " " * 9
    half = digest.folded_row(tuple(range(0, 1000, 2)), 1000, 10)
    assert set(half) == {"▒"}
    assert len(digest.folded_row((999,), 1000, 7)) <= 7
    assert digest.articles_per_cell(1000, 7) == 143


def test_one_article_in_a_run_still_shows() -> None:
    row = digest.folded_row((5,), 1000, 10)
    assert row[0] == "░"
    assert set(row[1:]) == {" "}


def test_who_names_one_and_counts_the_rest(many: Comparison) -> None:
    assert digest.who(many, (0,)) == "01-valley-courier"
    assert digest.who(many, (0, 2)) == "01-valley-courier and 1 other"
    assert digest.who(many, (0, 2, 3)) == "01-valley-courier and 2 others"


def test_conflicting_values_beyond_the_few_shown_are_counted() -> None:
    """A toll that changed through the day gives a value per update: the line names the most
    given and counts the rest, as the wordings are counted (the JSON keeps every value)."""
    tolls = (31, 34, 35, 38, 40, 41, 44, 47)
    said = "The landslide in the Ostrow valley killed {} people on Monday, the police said."
    result = comparison(*[[said.format(n)] for n in tolls])
    (group,) = result.shared
    named = digest.MAX_VALUES_SHOWN
    shown = " · ".join(f"{n} ({label})" for n, label in zip(tolls[:named], "ABCDEFGH", strict=False))
    hidden = len(tolls) - named
    assert digest.conflict_lines(result, group) == [
        f"≠ number: {shown} · and {hidden} other values in {hidden} articles"
    ]
    (conflict,) = json.loads(render(result, OutputFormat.JSON, RenderOptions()))["facts"][0]["conflicts"]
    assert len(conflict["values"]) == len(tolls)


@pytest.mark.parametrize(
    ("affirming", "denying", "line"),
    [
        pytest.param(
            ("confirmed", "confirmed", "admitted"),
            "denied",
            "≠ claim: confirmed / admitted (A and 2 others) · denied (D)",
            id="admitted-beside-confirmed",
        ),
        pytest.param(
            ("acknowledged", "confirmed", "confirmed"),
            "denied",
            "≠ claim: confirmed / acknowledged (A and 2 others) · denied (D)",
            id="acknowledged-beside-confirmed",
        ),
        pytest.param(
            ("denied", "denied", "rejected claims"),
            "confirmed",
            "≠ claim: denied (A and 1 other) · rejected claims (C) · confirmed (D)",
            id="control-rejected-claims-is-another-wording",
        ),
    ],
)
def test_a_claim_told_in_words_of_one_sense_is_tallied_as_one(
    affirming: tuple[str, ...], denying: str, line: str
) -> None:
    """ "Admitted" and "confirmed" affirm one claim: the tally lists them as one side, the most given
    wording first, not as a third value beside the denial (repro26 item 16, six/)."""
    said = "Pacific Ridge Energy {} that one of its power lines had sparked the Calder fire."
    result = comparison(*[[said.format(verb)] for verb in (*affirming, denying)])
    (group,) = result.shared
    assert [x for x in digest.conflict_lines(result, group) if x.startswith("≠ claim")] == [line]


def test_title_of_a_report_on_many_articles_names_a_few() -> None:
    """The Markdown heading and the HTML title and heading named every article: a folder of 200
    reports opened with a paragraph of outlet names (1,000: 20 KB) before the summary line."""
    labels = tuple(f"Outlet {n}" for n in range(1, 9))
    said = "The Ostrow valley railway reopened on Thursday after floods."
    result = comparison(*[[said] for _ in labels], labels=labels)
    named = digest.MAX_TITLE_NAMED - 1
    title = "newsdiff: " + " · ".join(labels[:named]) + f" and {len(labels) - named} others"
    assert render(result, OutputFormat.MARKDOWN, RenderOptions()).startswith(f"# {title}\n")
    page = render(result, OutputFormat.HTML, RenderOptions())
    assert f"<title>{title}</title>" in page
    assert f"<h1>{title}</h1>" in page


def test_title_names_every_article_up_to_the_limit(many: Comparison) -> None:
    labels = [a.label for a in many.articles]
    assert len(labels) <= digest.MAX_TITLE_NAMED
    title = "# newsdiff: " + " · ".join(labels)
    assert render(many, OutputFormat.MARKDOWN, RenderOptions()).startswith(title + "\n")


def test_conflict_tally_shows_readable_numbers(many: Comparison) -> None:
    assert "≠ number: €40 million (01-valley-courier and 4 others) · €42 million (Northern Wire)" in text_of(
        many
    )


# --------------------------------------------------------------------------- what a digest keeps


COST = [
    "The new Ostrow bridge will cost 40 million euros, the council said on Monday.",
    "Building the new Ostrow bridge will cost 40 million euros, the council said on Monday.",
    "The council said on Monday that the new Ostrow bridge will cost 40 million euros.",
    "According to the council, the new bridge in Ostrow will cost 40 million euros, it said on Monday.",
    "The new Ostrow bridge will cost 48 million euros, the council said on Monday, more than planned.",
]


def test_the_wording_that_gives_a_conflicting_value_is_never_folded_away() -> None:
    # the fifth outlet's 48 million was named in the conflict but its sentence folded into "(and 2
    # other wordings in 2 articles)", in every format
    result = comparison(*([sentence] for sentence in COST))
    assert digest.many(result)
    (group,) = result.shared
    shown, note = digest.shown_wordings(group)
    assert any("48 million" in w.text for w in shown)
    assert len(shown) == digest.MAX_WORDINGS_SHOWN + 1
    assert note == "(and 1 other wording in 1 article)"
    for fmt in (OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.HTML):
        assert "planned" in text_of(result, 200, fmt)  # (its sentence alone says it)


def test_only_unique_lists_every_fact_of_its_own(many: Comparison) -> None:
    # the digest cut "only in" to three facts an article, under --only unique too
    counts = [len(shown) + more for _, shown, more in digest.unique_shown(many)]
    everything = digest.unique_shown(many, every=True)
    assert [len(shown) for _, shown, _ in everything] == counts
    assert all(more == 0 for _, _, more in everything)


def _tagged(tag: str, text: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", text)


THREE_WORDINGS = comparison(
    ["Harrow Water denied on Friday that the reservoir had leaked into the Brenn valley at dawn."],
    ["Harrow Water denied on Friday that its reservoir leaked into the valley."],
    ["Harrow Water said on Friday that the reservoir had not leaked into the Brenn valley."],
)
"""Three wordings of one fact: the first shares "denied" with the second only, "the", "had" and
"Brenn" with the third only, and "at dawn" with neither."""


@pytest.mark.parametrize("fmt", [OutputFormat.HTML, OutputFormat.MARKDOWN])
def test_the_legend_of_marks_says_what_is_drawn(fmt: OutputFormat) -> None:
    """Three articles: the first is struck only where no other article shares its words, and the
    legend says so (it read "that the others word differently", yet "denied", which one other words
    "said", stands plain); with many, the first wording is drawn plain and the legend says so."""
    out = text_of(THREE_WORDINGS, 160, fmt)
    legend = next(line for line in out.splitlines() if "<del>Struck</del>" in line)
    assert "no other article" in legend
    assert [w.strip() for w in _tagged("del", out.replace(legend, ""))] == ["at dawn"]
    five = comparison(
        *([f"Harrow Water denied on Friday that the reservoir had leaked, said {who}."] for who in "ABCD"),
        ["Harrow Water said on Friday that the reservoir had not leaked, said E."],
    )
    out = text_of(five, 160, fmt)
    legend = next(line for line in out.splitlines() if "underlined</ins>" in line)
    assert "Struck" not in out
    assert "drawn plain" in legend
    assert "<del>" not in out


@pytest.mark.parametrize("fmt", [OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.HTML])
def test_the_per_article_table_follows_the_articles_order(many: Comparison, fmt: OutputFormat) -> None:
    # articles with facts of their own (1, 3, 5, 6) came first: the table read in another order
    # than the list of articles and the coverage matrix above it
    table = text_of(many, fmt=fmt).split("Per article")[-1]
    at = [table.find(article.label) for article in many.articles]
    assert -1 not in at
    assert at == sorted(at)


def test_the_articles_kept_in_a_long_per_article_table_stay_in_their_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # beyond the rows shown, those with the most facts of their own are kept, and shown in the
    # articles' order: E (two facts of its own) came before A (one)
    lead = "The Tolvik ferry will keep running until 2030, the council decided on Monday."
    result = comparison(
        [lead, "Fares will rise by a fifth in the spring."],
        [lead],
        [lead],
        [lead],
        [lead, "A new quay opens in Harlow next year.", "The old boat Marta is to be sold abroad."],
    )
    assert [s.unique for s in result.stats] == [1, 0, 0, 0, 2]
    monkeypatch.setattr(digest, "MAX_ARTICLE_ROWS", 2)
    title, rows = parts.per_article_rows(result)
    assert [article.label for article, _ in rows] == ["A", "E"]
    assert title == "Per article: the 2 of 5 with the most facts of their own"
    monkeypatch.setattr(digest, "MAX_ARTICLE_ROWS", 1)
    assert [article.label for article, _ in parts.per_article_rows(result)[1]] == ["E"]
