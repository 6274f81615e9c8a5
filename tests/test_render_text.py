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

import newsdiff
from newsdiff.model import Comparison, Only
from newsdiff.options import RenderOptions
from newsdiff.render import terminal, text

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
