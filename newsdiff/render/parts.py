"""What every format draws of a comparison, without drawing it: which parts, in which order,
the conflict notes, article details, the summary line, the marks. No rich here: layout.py (the
`terminal` and `text` layout), markdown.py and html.py use these; only the terminal loads rich.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from newsdiff.model import (
    DISPUTED_CLAIM,
    SAME_WORDING,
    Article,
    ArticleStats,
    Comparison,
    Conflict,
    ConflictKind,
    DiffOp,
    Evidence,
    FactGroup,
    Only,
    RemovalReason,
)
from newsdiff.render import digest
from newsdiff.render.digest import plural

MAX_EVIDENCE_SHOWN = 3
"""Scored pairs shown per group with --explain (the JSON holds them all)."""
EVIDENCE_SHOWN_FROM = 0.05
"""Features that moved the log-odds by less than this are left out of an --explain line."""
FEATURE_LABELS = {
    "words": "words alike",
    "containment": "words of the shorter one held",
    "shared": "words met",
    "names_same": "same names",
    "names_differ": "other names",
    "numbers_same": "same numbers",
    "numbers_differ": "other numbers",
    "numbers_two": "two numbers alike",
    "numbers_near": "close figures",
    "dates_same": "same dates",
    "dates_differ": "other dates",
    "period_one_side": "a period on one side only",
    "periods_differ": "other periods",
    "quotes": "quoted words alike",
    "characters": "spelling alike",
    "length": "lengths alike",
    "best_match": "best match",
    "best_of_one": "best match of one",
    "clause": "a clause held",
    "numbers_counted_differ": "figures counting other things",
    "semantic": "meaning alike",
    "semantic_best": "closest in meaning",
    "semantic_clause": "a clause alike in meaning",
    "semantic_pieces": "word pieces alike",
}
"""How --explain names the aligner's features (`similarity.FEATURES`; the JSON keeps their names)."""
MIN_COLUMN_WIDTH = 36
"""Narrower than this per article, shared facts are stacked instead of set side by side: at 36
cells a column still holds five or six words a line, so a sentence reads as a sentence."""

NARROW_WIDTH = 80
"""At this width and below, shared facts are always stacked: two columns of a standard 80-column
terminal would hold three or four words a line."""

LABEL_SHARE = 4
"""Stacked facts put labels in a column of their own while the longest label takes at most a
quarter of the width; longer labels go on a line of their own above the text."""

CONFLICT_MARK = "≠"
ABSENT_MARK = "—"
REPORTS_MARK = "●"
MISSING_MARK = "·"
MARKERS = {DiffOp.DELETE: ("[-", "-]"), DiffOp.INSERT: ("{+", "+}")}
METADATA_SHOWN = ("title", "outlet", "author", "date", "language", "url")
"""The metadata `clean --explain` tells of an article, in every format (`metadata_rows`)."""


class Part(Enum):
    """The parts of a comparison's output, in the order every format draws them."""

    SHARED = "shared"
    UNIQUE = "unique"
    COVERAGE = "coverage"
    PER_ARTICLE = "per-article"


def parts_shown(result: Comparison, only: Only | None) -> list[Part]:
    """Which parts a format draws for `--only`: coverage and per-article tables need 3+ articles."""
    many = len(result.articles) > 2
    shown = {
        Part.SHARED: only in (None, Only.SHARED, Only.CONFLICTS),
        Part.UNIQUE: only in (None, Only.UNIQUE),
        Part.COVERAGE: many and only in (None, Only.SHARED) and bool(result.shared),
        Part.PER_ARTICLE: many and only is None,
    }
    return [part for part in Part if shown[part]]


def conflict_notes(
    group: FactGroup, article: int, labels: Sequence[str] = ()
) -> list[tuple[str, str | None]]:
    """The conflicts one article takes part in: (kind, the article's value), the value None when
    the kind is only said to differ (a quote's wording is the highlighted text itself). With the
    articles' `labels`, a value that other articles of a conflict of three or more give too is
    followed by theirs, "15% (as KVRN, Tribune)": the sides show, and the article standing alone
    is the one without (of two articles, every value stands alone, and nothing is added)."""
    notes: list[tuple[str, str | None]] = []
    for conflict in group.conflicts:
        value = conflict.value_of(article)
        if value is None and conflict.articles:
            continue
        if conflict.kind is ConflictKind.QUOTE or value is None:
            notes.append((conflict.kind.value, None))
        else:
            notes.append((conflict.kind.value, value + _same_side(conflict, article, labels)))
    return notes


def _same_side(conflict: Conflict, article: int, labels: Sequence[str]) -> str:
    """ " (as KVRN, Tribune)": the other articles of a conflict of three or more that give the
    article's value (of a claim, its sense: "confirmed" and "admitted" are one side), by label;
    "" when none does, or without labels."""
    if not labels or len(conflict.articles) < 3:
        return ""
    sides = conflict.senses or conflict.values
    mine = sides[conflict.articles.index(article)]
    same = [
        labels[a] for a, side in zip(conflict.articles, sides, strict=False) if a != article and side == mine
    ]
    return f" (as {', '.join(same)})" if same else ""


def side_by_side(articles: int, width: int) -> bool:
    """Whether shared facts of `articles` articles are set in columns at this width."""
    return width > NARROW_WIDTH and articles * MIN_COLUMN_WIDTH + 6 <= width


def article_details(article: Article) -> list[str]:
    """An article's header details: outlet (when the label is not already it), author, date,
    words kept; every format shows these, then the removed blocks in its own way."""
    meta = article.metadata
    details = (
        meta.outlet if meta.outlet != article.label.split("#")[0] else None,
        meta.author and f"by {meta.author}",
        meta.date,
        f"{article.words} words kept",
        correction_notes(article),
    )
    return [d for d in details if d]


def correction_notes(article: Article) -> str | None:
    """How many correction notes cleaning set apart ("1 correction note"), none when none: a reader
    must know the outlet corrected the story (`clean --explain` and the JSON keep what each says)."""
    notes = sum(1 for block in article.removed if block.reason is RemovalReason.CORRECTION)
    return plural(notes, "correction note") if notes else None


NOTHING_KEPT = "(nothing kept: every block was removed)"
"""What `clean --explain` shows for the text of an article of which cleaning left nothing."""


def metadata_rows(article: Article) -> list[tuple[str, str]]:
    """What `clean --explain` tells of an article before its removed blocks, as (name, value)
    rows: the metadata found, and the words kept against the blocks removed."""
    meta = article.metadata
    rows = [(name, value) for name in METADATA_SHOWN if (value := getattr(meta, name))]
    return [*rows, ("words", f"{article.words} kept, {plural(len(article.removed), 'block')} removed")]


def evidence_line(evidence: Evidence) -> str:
    """One scored pair of --explain: how likely the two sentences tell one fact, and what each
    feature added to the log-odds, with its value and what it read (`Evidence.matched`): "why [1]
    sentence 3 ~ [2] sentence 4: 99% one fact = base -2.70, best match +2.45 (1.00), same names
    +1.12 (1.00: Halvorsen), …"; a pair a rule kept apart names the rule first (`Evidence.apart`):
    "0% one fact: kept apart: two people: ages 58 · 61 (the model: base -2.82, …)"."""
    (a, i), (b, j) = evidence.pair
    moved = sorted(
        (c for c in evidence.contributions if abs(c.contribution) >= EVIDENCE_SHOWN_FROM),
        key=lambda c: (-abs(c.contribution), c.feature),
    )
    read = dict(evidence.matched)
    terms = "".join(
        f", {FEATURE_LABELS.get(c.feature, c.feature)} {c.contribution:+.2f} ({c.value:.2f}"
        + (f": {', '.join(read[c.feature])})" if c.feature in read else ")")
        for c in moved
    )
    pair = f"[{a + 1}] sentence {i + 1} ~ [{b + 1}] sentence {j + 1}"
    if evidence.rule == SAME_WORDING:  # (the model's terms would not add up to it)
        return f"why {pair}: {evidence.probability:.0%} one fact: worded alike"
    if evidence.rule == DISPUTED_CLAIM:  # (the words alone fell short: the terms say how far)
        told = f"{evidence.probability:.0%} one fact: a claim told and denied"
        return f"why {pair}: {told}; base {evidence.bias:+.2f}{terms}"
    if evidence.apart:  # (nor here: a rule set it to 0, the model's terms are shown for what they read)
        return (
            f"why {pair}: {evidence.probability:.0%} one fact: kept apart: {evidence.apart}"
            f" (the model: base {evidence.bias:+.2f}{terms})"
        )
    return f"why {pair}: {evidence.probability:.0%} one fact = base {evidence.bias:+.2f}{terms}"


def evidence_lines(group: FactGroup) -> list[str]:
    """--explain under a shared fact: a line per scored pair shown, then how many are not, then why
    each of its conflicts sets its values against each other (`reason_lines`)."""
    lines = [evidence_line(e) for e in group.evidence[:MAX_EVIDENCE_SHOWN]]
    hidden = len(group.evidence) - MAX_EVIDENCE_SHOWN
    if hidden > 0:
        lines.append(f"(and {plural(hidden, 'more pair')}: --format json shows all)")
    return lines + reason_lines(group)


def reason_lines(group: FactGroup) -> list[str]:
    """--explain: a line per conflict of a fact saying what its values tell (`Conflict.reason`), so
    that a reader can judge it: "≠ why (number): the dead counted". None for a conflict whose rule
    says nothing, nor for a fact without conflicts (most)."""
    return [f"{CONFLICT_MARK} why ({c.kind.value}): {c.reason}" for c in group.conflicts if c.reason]


def alone_lines(group: FactGroup) -> list[str]:
    """--explain under a fact only one article tells: its closest scored pair with a sentence of
    another article, which fell short of one fact ("closest: [1] sentence 4 ~ [2] sentence 7: 42%
    one fact = …"); none when it met no candidate."""
    return [f"closest: {evidence_line(e).removeprefix('why ')}" for e in group.evidence]


def summary_line(result: Comparison) -> str:
    """One line of counts: shared facts, conflicts, facts only one article reports, verdict."""
    everyone = len(result.articles)
    shared = plural(len(result.shared), "shared fact")
    if everyone > 2:
        shared += f" ({result.shared_by_all} in all {everyone})"
    parts = [shared]
    if result.conflicts:
        parts.append(plural(result.conflicts, "conflict"))
    if digest.many(result):
        parts.append(f"{result.unique_total} only in one article")
    else:
        unique = result.unique_by_article()
        parts.extend(f"{len(unique[a.index])} only in {a.label}" for a in result.articles)
    verdict = "same facts" if result.exit_code == 0 else "differences found"
    if not result.shared:  # "0 shared facts … differences found" read as if they told one story
        verdict = "nothing in common: are these reports of one story?"
        languages = sorted({a.metadata.language for a in result.articles if a.metadata.language})
        if len(languages) > 1:  # words are compared, not translated
            listed = f"{', '.join(languages[:-1])} and {languages[-1]}"  # "de, en and fr"
            verdict = f"nothing in common: the articles are in {listed}; words are not translated"
    return " · ".join(parts) + f" — {verdict}"


def per_article_rows(result: Comparison) -> tuple[str, list[tuple[Article, ArticleStats]]]:
    """The per-article table's title and rows: every article, or with many articles the ones with
    the most facts of their own, at most `digest.MAX_ARTICLE_ROWS`; always in the articles' order
    ([1], [2]...), as the list of articles and the coverage matrix show them."""
    title = "Per article"
    rows = list(zip(result.articles, result.stats, strict=True))
    if digest.many(result) and len(rows) > digest.MAX_ARTICLE_ROWS:
        # the stats already count each article's own facts: most kept, ties to the earlier article
        kept = sorted(rows, key=lambda row: (-row[1].unique, row[0].index))[: digest.MAX_ARTICLE_ROWS]
        rows = sorted(kept, key=lambda row: row[0].index)
        title += f": the {len(rows)} of {len(result.articles)} with the most facts of their own"
    return title, rows


def marked_pieces(group: FactGroup, article: int) -> list[tuple[str, DiffOp | None]]:
    """One article's text in a group, cut into pieces that are the same in the others (None) and
    pieces that differ: DELETE for the group's first article, INSERT for the others."""
    text = group.text_of(article)
    op = DiffOp.DELETE if article == group.reference else DiffOp.INSERT
    pieces: list[tuple[str, DiffOp | None]] = []
    pos = 0
    for start, end in group.changed_spans(article):
        pieces.append((text[pos:start], None))
        pieces.append((text[start:end], op))
        pos = end
    pieces.append((text[pos:], None))
    return pieces


def marked(group: FactGroup, article: int) -> str:
    """One article's text in a group with wdiff-style markers around what differs."""
    return "".join(
        piece if op is None else f"{MARKERS[op][0]}{piece}{MARKERS[op][1]}"
        for piece, op in marked_pieces(group, article)
    )


FIGURES_JOIN = "; "
"""What separates a sentence's figures in the facts view: a comma is a figure's own ("1,000; 20,000")."""


def facts_joined(name: str, values: Sequence[str]) -> str:
    """One row of the facts view (`name`: "numbers", "dates", ...), its values joined: figures by
    FIGURES_JOIN, the others by commas."""
    return (FIGURES_JOIN if name == "numbers" else ", ").join(values)
