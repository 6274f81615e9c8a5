"""The `terminal` and `text` formats: what a reader sees first, at any width, with or without color."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers_render import PAIR, comparison

from newsdiff.model import Comparison, Only, OutputFormat
from newsdiff.options import RenderOptions
from newsdiff.pipeline import compare
from newsdiff.render import parts, render

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SGR = re.compile(r"\x1b\[[0-9;]*m")


def text(result: Comparison, width: int = 100, **kw: object) -> str:
    return render(result, OutputFormat.TEXT, RenderOptions(width=width, **kw))  # type: ignore[arg-type]


def colored(result: Comparison, width: int = 100, **kw: object) -> str:
    options = RenderOptions(width=width, color=True, **kw)  # type: ignore[arg-type]
    return render(result, OutputFormat.TERMINAL, options)


def phone_call() -> Comparison:
    return compare([str(SAMPLES / "phone-call")])


def test_text_marks_word_differences_wdiff_style() -> None:
    out = text(PAIR)
    assert "[-lasted-]" in out
    assert "{+took+}" in out
    assert "[-1,500-]" in out
    assert "{+1,200+}" in out
    assert "\x1b" not in out


def test_color_shows_differences_by_strike_and_underline_too() -> None:
    """Red and green alone fail color-blind readers: deletions are struck (SGR 9), insertions
    underlined (SGR 4), and the marker characters are not needed."""
    out = colored(PAIR)
    assert re.search(r"\x1b\[[0-9;]*\b9\b[0-9;]*mlasted\x1b\[0m", out)
    assert re.search(r"\x1b\[[0-9;]*\b4\b[0-9;]*mtook\x1b\[0m", out)
    assert "[-" not in out
    assert "{+" not in out


def test_conflicts_are_marked_in_the_row_with_a_symbol_and_a_color() -> None:
    out = colored(PAIR, width=160)
    plain = SGR.sub("", out)
    assert "≠ number: about 1,500" in plain
    assert "≠ number: about 1,200" in plain
    assert re.search(r"\x1b\[[0-9;]*33m[^\x1b]*≠ number: about 1,500", out), "conflict line in yellow"
    assert re.search(r"^ *2 ≠ ", plain, re.M), "the row number carries the symbol"
    assert not re.search(r"^ *1 ≠ ", plain, re.M), "a fact without conflict has no symbol"
    assert "≠ number: about 1,500" in text(PAIR, width=160), "the symbol stays without color"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "He called the offer “fair and final” on Monday.",
            'He called the offer "fair and final" on Monday.',
        ),
        ("The union — and the port — met on Monday.", "The union - and the port - met on Monday."),
        ("The union, and the port, met on Monday.", "The union and the port met on Monday."),
        ("THE UNION AND THE PORT MET ON MONDAY.", "The union and the port met on Monday."),
    ],
)
def test_typography_is_not_highlighted_unless_strict(a: str, b: str) -> None:
    loose = comparison([a], [b])
    assert len(loose.shared) == 1
    out = text(loose)
    assert "[-" not in out
    assert "{+" not in out
    strict = text(comparison([a], [b], strict=True))
    assert "[-" in strict or "{+" in strict


def test_narrow_terminals_get_the_stacked_layout() -> None:
    """At 80 columns and below each fact is a block of labelled lines, never two thin columns."""
    for width in (40, 60, 80):
        out = text(PAIR, width=width)
        assert re.search(r"^  A: ", out, re.M), width
        assert re.search(r"^  B: ", out, re.M), width
        assert not re.search(r"^\s+#\s+A\s+B\s*$", out, re.M), width
        assert max(len(line) for line in out.splitlines()) <= width


def test_wide_terminals_set_facts_side_by_side() -> None:
    out = text(PAIR, width=160)
    assert re.search(r"^\s+#\s+A\s+B\s*$", out, re.M), "a column per article"
    row = next(line for line in out.splitlines() if "[-lasted-]" in line)
    assert "{+took+}" in row, "the two wordings of a fact share a row"


def test_three_articles_in_columns_while_they_fit_else_stacked() -> None:
    result = phone_call()
    labels = [a.label for a in result.articles]
    wide = text(result, width=160)
    assert re.search(r"^\s+#\s+" + r"\s+".join(map(re.escape, labels)) + r"\s*$", wide, re.M)
    narrow = text(result, width=100)
    assert not re.search(r"^\s+#\s+" + re.escape(labels[0]), narrow, re.M)
    for number, group in enumerate(result.shared, 1):
        absent = [labels[i] for i in range(3) if i not in group.articles]
        head = f"#{number}{' ≠' if group.conflicts else ''}  in {len(group.articles)} of 3 articles"
        head += f" (not in {', '.join(absent)})" if absent else ""
        assert re.search(f"^{re.escape(head)}$", narrow, re.M), head


@pytest.mark.parametrize("width", [20, 40, 80, 100, 160, 240])
@pytest.mark.parametrize("fmt", ["text", "terminal"])
def test_no_line_is_wider_than_asked(width: int, fmt: str) -> None:
    result = phone_call()
    out = text(result, width=width) if fmt == "text" else SGR.sub("", colored(result, width=width))
    assert max(len(line) for line in out.splitlines()) <= width


def test_headers_name_each_article_with_title_date_words_and_removals() -> None:
    out = text(phone_call(), width=200)
    assert re.search(r"^\[1\] Meridian Daily  \S+/samples/phone-call/meridian-daily\.html$", out, re.M)
    assert re.search(r"^\[3\] pacific-wire  \S+/samples/phone-call/pacific-wire\.txt$", out, re.M)
    assert "Putin and Trump Hold First Phone Call" in out
    assert "2016-11-14" in out
    assert re.search(
        r"\d+ words kept · \d+ blocks removed \(newsdiff clean --explain \S+meridian-daily.html\)", out
    )


def test_unique_facts_follow_under_only_in_label() -> None:
    out = text(PAIR)
    assert "Only in A (1)" in out
    assert "• The mayor urged both sides to return to the table." in out
    assert "Only in B (1)" in out
    assert out.index("Shared facts") < out.index("Only in A") < out.index("Only in B")


def test_coverage_matrix_draws_the_model() -> None:
    result = phone_call()
    out = text(result, width=120)
    section = out[out.index("Coverage") :]
    for article in result.articles:
        row = next(line for line in section.splitlines() if line.startswith(article.label + " "))
        marks = [m for m in row[len(article.label) :].split()]
        expected = [parts.REPORTS_MARK if r[article.index] else parts.MISSING_MARK for r in result.coverage]
        assert marks == expected, article.label


def test_coverage_wraps_to_the_width() -> None:
    result = phone_call()
    out = text(result, width=40)
    section = out[out.index("Coverage") : out.index("Per article")]
    heads = [line.split() for line in section.splitlines() if re.fullmatch(r"[\d\s]+", line) and line.strip()]
    assert len(heads) > 1, "ten facts do not fit in 40 columns: the matrix continues below"
    assert [n for head in heads for n in head] == [str(n) for n in range(1, len(result.shared) + 1)]


def test_per_article_summary_for_three_or_more() -> None:
    result = phone_call()
    out = text(result, width=120)
    section = out[out.index("Per article") :]
    for article, stats in zip(result.articles, result.stats, strict=True):
        row = next(line for line in section.splitlines() if line.startswith(article.label + " "))
        numbers = row[len(article.label) :].split()
        assert numbers[-6:] == [
            str(n)
            for n in (
                stats.words,
                stats.removed,
                stats.shared,
                stats.shared_by_all,
                stats.unique,
                stats.conflicts,
            )
        ]
    assert "Per article" not in text(PAIR), "two articles: the summary line says it all"
    assert "Coverage" not in text(PAIR)


def test_summary_line_counts() -> None:
    assert (
        text(PAIR)
        .rstrip()
        .endswith("2 shared facts · 1 conflict · 1 only in A · 1 only in B — differences found")
    )


def test_only_shared_unique_conflicts() -> None:
    shared = text(PAIR, only=Only.SHARED)
    assert "Shared facts (2)" in shared
    assert "Only in" not in shared
    unique = text(PAIR, only=Only.UNIQUE)
    assert "Shared facts" not in unique
    assert "Only in A (1)" in unique
    conflicts = text(PAIR, width=160, only=Only.CONFLICTS)
    assert "Shared facts in conflict (1 of 2)" in conflicts
    assert "lasted" not in conflicts, "a fact without conflict is left out"
    assert re.search(r"^ *2 ≠ ", conflicts, re.M), "a fact keeps its number"
    for out in (shared, unique, conflicts):
        assert "[1] A" in out, "headers stay"
        assert "2 shared facts · 1 conflict" in out, "the summary counts everything"


def test_only_with_nothing_to_show_says_so() -> None:
    same = comparison(["The talks lasted two hours on Monday."], ["The talks lasted two hours on Monday."])
    out = text(same, only=Only.CONFLICTS)
    assert "Shared facts in conflict (0 of 1)" in out
    assert "(none)" in out


def test_labels_default_to_the_outlet_else_the_file_name() -> None:
    result = phone_call()
    assert [a.label for a in result.articles] == ["Meridian Daily", "Northern Ledger", "pacific-wire"]
    assert [a.metadata.outlet for a in result.articles][:2] == ["Meridian Daily", "Northern Ledger"]
    assert result.articles[2].metadata.outlet is None


def test_same_outlet_twice_gets_positions() -> None:
    path = str(SAMPLES / "phone-call" / "northern-ledger.txt")
    assert [a.label for a in compare([path, path]).articles] == ["Northern Ledger#1", "Northern Ledger#2"]
