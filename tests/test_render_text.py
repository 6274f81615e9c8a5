"""The `text` format draws layout.py's nodes without rich (render/plain.py), the `terminal` format
hands the same nodes to rich: without color the two must draw the same, character for character,
whatever the text, the labels and the width."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers_render import comparison
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.text import Span, Text

import newsdiff
from newsdiff.model import Article, Comparison, Metadata, Only, OutputFormat, RemovalReason, RemovedBlock
from newsdiff.options import RenderOptions
from newsdiff.pipeline import article_facts, clean_sources
from newsdiff.render import plain, render, terminal, text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir())
MANY = ROOT / "tests" / "data" / "many-outlets"
"""Six articles: the digest layout (ranked facts, wordings, folded coverage)."""
WIDTHS = (20, 33, 40, 60, 80, 81, 100, 117, 160, 200)


def terminal_without_color(result: Comparison, options: RenderOptions) -> str:
    return terminal.render_comparison(result, options)


@pytest.mark.parametrize("sample", [*SAMPLES, MANY], ids=lambda p: p.name)
def test_text_is_the_terminal_layout_without_color_on_the_samples(sample: Path) -> None:
    result = newsdiff.compare([str(sample)])
    for width in WIDTHS:
        for only in (None, *Only):
            for explain in (False, True):
                options = RenderOptions(width=width, only=only, explain=explain)
                assert text.render_comparison(result, options) == terminal_without_color(result, options)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_clean_explain_and_facts_in_text_are_the_terminal_layout_without_color(sample: Path) -> None:
    articles = clean_sources(sorted(str(p) for p in sample.iterdir() if p.is_file()))
    for width in WIDTHS:
        options = RenderOptions(width=width)
        for shown in (articles, articles[:1]):
            for explain in (False, True):
                drawn = text.render_cleaned(shown, explain, options)
                if explain:  # without --explain the text format prints the bodies unwrapped
                    assert drawn == terminal.render_cleaned(shown, explain, options)
        for article in articles:
            found, figures = article_facts(article)
            assert text.render_facts(article, found, figures, options) == terminal.render_facts(
                article, found, figures, options
            )


SENTENCES = (
    "The talks between the port and the union lasted two hours on Monday.",
    "About 1,500 dockworkers walked off the job at the port of Rotterdam-Europoort.",
    "Officials said the supercalifragilisticexpialidociousnessofthisverylongwordneverends plan stood.",
    "東京の港湾労働者は月曜日に二時間のストライキを行ったと組合が発表した。",
    "The mayor 🙂 urged both sides to return to the table, “now rather than later,” she said.",
    "See https://example.org/a/very/long/path/that/does/not/break/anywhere/at/all?x=1 for details.",
    "Ships queued\tout side the harbour overnight, and 12 of them left by Tuesday.",
    "Η απεργία έληξε την Τρίτη, είπε ο εκπρόσωπος των εργαζομένων στο λιμάνι.",
)
"""Sentences that stress wrapping: long words to fold, wide characters, emoji, a tab, a URL."""

EDITS = ("", " again", " on Tuesday", " by 2,000 workers", " — a spokesman said")


@st.composite
def comparisons(draw: st.DrawFn) -> Comparison:
    count = draw(st.integers(2, 7))  # five and more: the digest layout
    articles = []
    for _ in range(count):
        picked = draw(st.lists(st.sampled_from(range(len(SENTENCES))), min_size=1, max_size=5, unique=True))
        edits = draw(st.lists(st.sampled_from(EDITS), min_size=len(picked), max_size=len(picked)))
        articles.append(
            [SENTENCES[n].rstrip(".。") + edit + "." for n, edit in zip(picked, edits, strict=True)]
        )
    label = st.text(st.sampled_from("AbcXyz 港湾-_.é🙂"), min_size=1, max_size=30).map(str.strip).filter(bool)
    labels = draw(st.lists(label, min_size=count, max_size=count, unique=True))
    return comparison(*articles, labels=tuple(labels))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(
    result=comparisons(),
    width=st.integers(20, 220),
    only=st.sampled_from([None, *Only]),
    explain=st.booleans(),
)
def test_text_is_the_terminal_layout_without_color_for_any_text_and_width(
    result: Comparison, width: int, only: Only | None, explain: bool
) -> None:
    options = RenderOptions(width=width, only=only, explain=explain)
    assert text.render_comparison(result, options) == terminal_without_color(result, options)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(
    paragraphs=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
    removed=st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(("", *SENTENCES))), max_size=3),
    url=st.sampled_from((None, "https://example.org/a/very/long/path/that/does/not/break/anywhere")),
    width=st.integers(20, 220),
)
def test_clean_explain_in_text_is_the_terminal_layout_without_color_for_any_text_and_width(
    paragraphs: list[str], removed: list[tuple[str, str]], url: str | None, width: int
) -> None:
    article = Article(
        index=0,
        source="a.txt",
        label="港湾 Times",
        paragraphs=tuple(paragraphs),
        metadata=Metadata(title=SENTENCES[4], author="Ana 🙂 Ruiz", url=url),
        removed=tuple(RemovedBlock(reason=RemovalReason.PROMPT, text=t, why=why) for t, why in removed),
    )
    options = RenderOptions(width=width)
    assert text.render_cleaned([article], True, options) == terminal.render_cleaned([article], True, options)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    pieces=st.lists(
        st.tuples(st.text(st.sampled_from("ab 港🙂-"), max_size=8), st.sampled_from(("", "dim", "bold"))),
        max_size=4,
    ),
    width=st.integers(1, 30),
)
def test_a_styled_string_is_cut_as_rich_cuts_a_text(pieces: list[tuple[str, str]], width: int) -> None:
    # the many-article legend cuts styled lines to the width: their spans must end where rich's do
    line = plain.styled(*pieces, style="italic")
    rich_line = Text(line, style="italic", spans=[Span(*span) for span in line.spans])
    rich_line.truncate(width, overflow="ellipsis")
    cut = plain.truncate(line, width)
    assert isinstance(cut, plain.Styled)
    assert (cut, cut.style, list(cut.spans)) == (
        rich_line.plain,
        "italic",
        [tuple(s) for s in rich_line.spans],
    )


def test_terminal_colors_what_the_text_format_marks() -> None:
    # the one layout carries its styles to the terminal: labels, removed and added words
    result = comparison(
        ["About 1,500 dockworkers walked out on Monday."], ["About 1,200 dockworkers walked out on Monday."]
    )
    colored = terminal.render_comparison(result, RenderOptions(width=100, color=True))
    drawn = text.render_comparison(result, RenderOptions(width=100, color=True))
    assert "\x1b[1;9;31m1,500" in colored
    assert "\x1b[1;4;32m1,200" in colored
    assert "\x1b" not in drawn
    assert "[-1,500-] dockworkers" in drawn
    assert "{+1,200+} dockworkers" in drawn


def test_text_output_does_not_load_rich_console() -> None:
    # the point of drawing without rich: `compare` to a pipe does not pay for rich's console
    probe = (
        "import sys\n"
        "from newsdiff.cli import main\n"
        f"sys.argv = ['newsdiff', 'compare', {str(SAMPLES[0])!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    loaded = set(done.stderr.split())
    assert "Shared facts" in done.stdout
    assert not loaded & {"rich.console", "rich.table", "rich.text", "newsdiff.render.terminal"}


_SIDES = comparison(
    ["The Harrow Lane fire was 15% contained by Sunday evening, crews said."],
    ["The Harrow Lane fire was 15% contained by Sunday evening, the county said."],
    ["The Harrow Lane fire was 25% contained by Sunday evening, officials said."],
    labels=("Kestrel Post", "Vale Radio", "Ashby Online"),
)
"""Three articles, two giving one figure and the third another."""


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_articles_giving_one_value_show_as_one_side(fmt: str) -> None:
    """Of three articles or more, a conflict's value other articles give too is followed by theirs,
    so that a reader sees which articles agree; the article standing alone has no such note."""
    (group,) = _SIDES.shared
    assert [c.values for c in group.conflicts] == [("15%", "15%", "25%")]
    drawn = render(_SIDES, OutputFormat(fmt), RenderOptions(width=100))
    assert "15% (as Vale Radio)" in drawn
    assert "15% (as Kestrel Post)" in drawn
    assert "25% (as" not in drawn


def test_two_articles_have_no_side_note() -> None:
    """Of two articles, every value stands alone: nothing is added to the notes."""
    pair = comparison(
        ["The Harrow Lane fire was 15% contained by Sunday evening, crews said."],
        ["The Harrow Lane fire was 25% contained by Sunday evening, officials said."],
    )
    drawn = render(pair, OutputFormat.TEXT, RenderOptions(width=100))
    assert "≠ number: 15%" in drawn
    assert "(as " not in drawn
