"""The layout of the `terminal` and `text` formats, built once as plain.py nodes: headers, shared
facts side by side or stacked (or the digest of many articles), the facts only one article has,
coverage, the per-article table and the summary line.

Nothing here draws and nothing loads rich: plain.py draws the nodes as text (the `text` format),
terminal.py hands them to rich, in color (the `terminal` format). Style rides on the strings
(`Styled`), so the one layout serves both. Article text only ever enters as string content,
never as markup, and it was sanitized at load time, so it cannot style the output or move the
cursor. Without color, differences stay visible as wdiff-style markers: `[-only in the first-]`
and `{+only in this one+}`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsdiff.model import Article, Comparison, DiffOp, Fact, FactGroup, Only, RemovedBlock
from newsdiff.options import RenderOptions
from newsdiff.render import digest, parts
from newsdiff.render.digest import plural
from newsdiff.render.parts import (
    ABSENT_MARK,
    CONFLICT_MARK,
    LABEL_SHARE,
    MISSING_MARK,
    NOTHING_KEPT,
    REPORTS_MARK,
    Part,
    alone_lines,
    article_details,
    conflict_notes,
    evidence_lines,
    marked,
    marked_pieces,
    metadata_rows,
    parts_shown,
    per_article_rows,
    side_by_side,
    summary_line,
)
from newsdiff.render.plain import Column, Indent, Node, Rule, Styled, Table, cell_len, styled, truncate

STYLE_DELETE = "bold red strike"
STYLE_INSERT = "bold green underline"
STYLE_LABEL = "bold cyan"
STYLE_CONFLICT = "bold yellow"
STYLE_DIM = "dim"
STYLE_BOLD = "bold"
STYLE_REMOVED = "red"
STYLE_WHY = "italic"


def comparison(result: Comparison, options: RenderOptions) -> list[Node]:
    """Headers, shared facts (side by side or stacked), facts only one article has, coverage and
    per-article summary (three or more articles), summary line; `options.only` keeps one part."""
    many = digest.many(result)
    nodes: list[Node] = [_legend(result, options.width) if many else headers(result.articles)]
    labels = [a.label for a in result.articles]
    draw = {
        Part.SHARED: lambda: _shared_section(result, labels, options),
        Part.UNIQUE: lambda: _unique_sections(result, options.only is Only.UNIQUE, options.explain),
        Part.COVERAGE: lambda: _folded_coverage(result, options) if many else _coverage(result, options),
        Part.PER_ARTICLE: lambda: _per_article(result),
    }
    for part in parts_shown(result, options.only):
        nodes.extend(draw[part]())
    nodes.extend(["", Styled(summary_line(result), STYLE_BOLD)])
    return nodes


def _rule(title: str) -> Node:
    """A section title: a blank line, then the title on a rule."""
    return ["", Rule(Styled(title, STYLE_BOLD))]


def _shared_section(result: Comparison, labels: list[str], options: RenderOptions) -> list[Node]:
    shared = result.shared
    numbered = digest.numbered_shared(result, options.only)
    if options.only is Only.CONFLICTS:
        title = f"Shared facts in conflict ({len(numbered)} of {len(shared)})"
    else:
        title = f"Shared facts ({len(shared)})"
    if digest.many(result):
        title += ", most widely reported first"
    if not numbered:
        if options.only is None:
            return []
        return [_rule(title), Styled("(none)", STYLE_DIM)]
    nodes: list[Node] = [_rule(title)]
    if digest.many(result):
        nodes.extend(_digest_fact(result, group, n, options) for n, group in numbered)
        return nodes
    # --explain lines need the full width: the facts are then stacked, not set side by side
    if side_by_side(len(labels), options.width) and not options.explain:
        nodes.append(_side_by_side(numbered, labels, options))
    else:
        label_width = max(cell_len(label) for label in labels) + 1
        inline = label_width <= options.width // LABEL_SHARE
        nodes.extend(
            _stacked(group, n, labels, label_width if inline else 0, options) for n, group in numbered
        )
    return nodes


def _unique_sections(result: Comparison, always: bool, explain: bool = False) -> list[Node]:
    nodes: list[Node] = []
    for article, shown, more in digest.unique_shown(result, every=always):
        nodes.append(_rule(f"Only in {article.label} ({len(shown) + more})"))
        notes = [alone_lines(g) for g in shown] if explain else None  # why each stands alone
        nodes.append(_bullets([g.members[0].text for g in shown], notes))
        if more:
            nodes.append(Styled(f"(and {more} more: --format json lists them all)", STYLE_DIM))
    if always and not nodes:
        nodes.extend([_rule("Only in one article (0)"), Styled("(none)", STYLE_DIM)])
    return nodes


def highlighted(group: FactGroup, article: int, options: RenderOptions) -> str:
    """One article's text in a group, its differing words styled (color) or marked (no color):
    the first article of the group as removed, the others as added."""
    if not options.color:
        return marked(group, article)
    return styled(
        *(
            (piece, "" if op is None else STYLE_DELETE if op is DiffOp.DELETE else STYLE_INSERT)
            for piece, op in marked_pieces(group, article)
        )
    )


def headers(articles: Sequence[Article]) -> Node:
    """Per article: number, label and source; title; author, date, words kept, blocks removed."""
    nodes: list[Node] = []
    for article in articles:
        meta = article.metadata
        source = f"  {article.source}" if article.source != article.label else ""
        details = article_details(article)
        if article.removed:
            # a file named like an option ("-draft.txt") is read as one unless its path says it is a file
            named = (
                f"./{article.source}"
                if article.source.startswith("-") and article.source != "-"
                else article.source
            )
            hint = f"newsdiff clean --explain {_shell_word(named)}"
            if article.source == "-":  # (read once: it must be given again)
                hint += " with the same text on standard input"
            details.append(f"{plural(len(article.removed), 'block')} removed ({hint})")
        nodes.append(styled((f"[{article.index + 1}] {article.label}", STYLE_LABEL), (source, STYLE_DIM)))
        title = Styled(meta.title or "(no title)", STYLE_BOLD)
        nodes.append(Indent([title, Styled(" · ".join(details), STYLE_DIM)], 4))
    return nodes


def _shell_word(text: str) -> str:
    """`shlex.quote`, for a hint to paste into a shell ("Article (1).txt"), without importing shlex
    into every run (~0.3 ms)."""
    if text and all(ch.isascii() and (ch.isalnum() or ch in "@%+=:,./-_") for ch in text):
        return text
    return "'" + text.replace("'", "'\"'\"'") + "'"


def _legend(result: Comparison, width: int) -> Node:
    """Many articles: a line per article (number, label, title, details), cut to the width."""
    labels = [f"[{a.index + 1}] {a.label}" for a in result.articles]
    label_width = min(max(cell_len(label) for label in labels), max(width // 2, 1))
    # one cell wider than the longest label: with the grid's space, two part it from its title,
    # as in the header of few articles ("[4] The Observer Port of ..." read as one name)
    table = Table(
        [Column(style=STYLE_LABEL, no_wrap=True, width=label_width + 1), Column(ratio=1, no_wrap=True)],
        boxed=False,
    )
    for article, label in zip(result.articles, labels, strict=True):
        details = article_details(article)
        if article.removed:
            details.append(f"{plural(len(article.removed), 'block')} removed")
        line = styled(article.metadata.title or "(no title)", ("  " + " · ".join(details), STYLE_DIM))
        table.add_row(truncate(label, label_width), truncate(line, max(width - label_width - 2, 1)))
    if not any(a.removed for a in result.articles):
        return [table]
    return [table, Styled("newsdiff clean --explain SOURCE lists what cleaning removed", STYLE_DIM)]


def _head(number: int, group: FactGroup, *notes: str) -> Styled:
    """A shared fact's first line: its number, ≠ when in conflict, then dimmed notes."""
    conflict = f" {CONFLICT_MARK}" if group.conflicts else ""
    return styled(
        f"#{number}", (conflict, STYLE_CONFLICT), *((n, STYLE_DIM) for n in notes), style=STYLE_BOLD
    )


def _digest_fact(result: Comparison, group: FactGroup, number: int, options: RenderOptions) -> Node:
    """Many articles: one shared fact as its coverage, its wordings with who uses them (the first
    article's plain, the others' differences marked against it) and its conflicts tallied."""
    nodes: list[Node] = [_head(number, group, f"  {digest.coverage_note(result, group)}")]
    shown, hidden = digest.shown_wordings(group)
    for wording in shown:
        article = wording.article
        text = group.text_of(article) if wording.reference else highlighted(group, article, options)
        nodes.append(Indent(Styled(digest.who(result, wording.articles) + ":", STYLE_LABEL), 2))
        nodes.append(Indent(text, 4))
    if hidden:
        nodes.append(Indent(Styled(hidden, STYLE_DIM), 2))
    nodes.extend(Indent(Styled(line, STYLE_CONFLICT), 2) for line in digest.conflict_lines(result, group))
    if options.explain and (group.evidence or group.conflicts):
        nodes.append(Indent(_evidence(group), 2))
    nodes.append("")
    return nodes


def _cell(group: FactGroup, article: int, labels: list[str], options: RenderOptions) -> Node:
    """One article's text in a group, then the conflicts it takes part in, a line each: symbol,
    kind and the article's value, with the other articles giving it too (a quote's wording is the
    highlighted text itself)."""
    text = highlighted(group, article, options)
    notes = [
        f"{CONFLICT_MARK} {kind} differs" if value is None else f"{CONFLICT_MARK} {kind}: {value}"
        for kind, value in conflict_notes(group, article, labels)
    ]
    later = digest.superseded_notes(group, article)
    cell: list[Node] = [text]
    if notes:
        cell.append(Styled("\n".join(notes), STYLE_CONFLICT))
    if later:
        cell.append(Styled("\n".join(later), STYLE_DIM))
    return cell if len(cell) > 1 else text


def _evidence(group: FactGroup) -> Styled:
    """With `--explain`: per scored pair, the probability and what each feature added to it."""
    return Styled("\n".join(evidence_lines(group)), STYLE_DIM)


def _side_by_side(
    numbered: Sequence[tuple[int, FactGroup]], labels: list[str], options: RenderOptions
) -> Table:
    columns = [Column("#", justify="right", no_wrap=True)]
    columns += [Column(Styled(label, STYLE_LABEL), ratio=1, overflow="fold") for label in labels]
    table = Table(columns, boxed=True, expand=True)
    for number, group in numbered:
        mark = styled(
            str(number), (f" {CONFLICT_MARK}" if group.conflicts else "", STYLE_CONFLICT), style=STYLE_DIM
        )
        cells = [
            _cell(group, i, labels, options) if i in group.articles else Styled(ABSENT_MARK, STYLE_DIM)
            for i in range(len(labels))
        ]
        table.add_row(mark, *cells, end_section=True)
    return table


def _stacked(
    group: FactGroup, number: int, labels: list[str], label_width: int, options: RenderOptions
) -> Node:
    """One shared fact as a block of labelled lines; labels in a column of `label_width` cells,
    or on their own line when that is 0."""
    notes: list[str] = []
    if len(labels) > 2:
        absent = [labels[i] for i in range(len(labels)) if i not in group.articles]
        notes.append(f"  in {len(group.articles)} of {len(labels)} articles")
        if absent:
            notes.append(f" (not in {', '.join(absent)})")
    nodes: list[Node] = [_head(number, group, *notes)]
    for i in group.articles:
        label = Styled(labels[i] + ":", STYLE_LABEL)
        if label_width:
            row = Table(
                [Column(width=label_width, no_wrap=True), Column(ratio=1, overflow="fold")], boxed=False
            )
            row.add_row(label, _cell(group, i, labels, options))
            nodes.append(Indent(row, 2))
        else:
            nodes.append(Indent(label, 2))
            nodes.append(Indent(_cell(group, i, labels, options), 4))
    if options.explain and (group.evidence or group.conflicts):
        nodes.append(Indent(_evidence(group), 2))
    nodes.append("")
    return nodes


def _bullets(texts: Iterable[str], notes: Sequence[list[str]] | None = None) -> Table:
    """A bulleted list; with `notes`, each text's own lines under it, dimmed (--explain)."""
    table = Table([Column(no_wrap=True), Column(ratio=1, overflow="fold")], boxed=False)
    for at, text in enumerate(texts):
        lines = notes[at] if notes else []
        table.add_row("•", [text, Styled("\n".join(lines), STYLE_DIM)] if lines else text)
    return table


def _coverage(result: Comparison, options: RenderOptions) -> list[Node]:
    """Which article reports which shared fact: a row per article, a column per fact, as many
    facts a line as the width holds."""
    matrix = result.coverage
    label_width = max(cell_len(a.label) for a in result.articles) + 2
    cell = len(str(len(matrix))) + 1
    per_line = max((options.width - label_width) // cell, 1)
    nodes: list[Node] = [_rule("Coverage: which article reports which shared fact")]
    conflicted = {n for n, g in enumerate(result.shared) if g.conflicts}
    for first in range(0, len(matrix), per_line):
        numbers = range(first, min(first + per_line, len(matrix)))
        head = styled(
            " " * label_width,
            *((f"{n + 1:>{cell}}", STYLE_CONFLICT if n in conflicted else STYLE_DIM) for n in numbers),
        )
        block: list[Node] = [head]
        for article in result.articles:
            marks = "".join(
                " " * (cell - 1) + (REPORTS_MARK if matrix[n][article.index] else MISSING_MARK)
                for n in numbers
            )
            padding = " " * (label_width - cell_len(article.label))
            block.append(styled((article.label, STYLE_LABEL), padding + marks))
        nodes.append(block)
    return nodes


def _folded_coverage(result: Comparison, options: RenderOptions) -> list[Node]:
    """Many articles: a row per shared fact in rank order, a column per article, or per run of
    articles shaded by how many of them report the fact when there are more than columns."""
    numbered = digest.numbered_shared(result)
    everyone = len(result.articles)
    mark_width = len(str(len(numbered))) + 3
    count_width = len(f"{everyone}/{everyone}")
    columns = max(options.width - mark_width - count_width - 2, 1)
    per_cell = digest.articles_per_cell(everyone, columns)
    legend = (
        "a column per article, in the order listed above"
        if per_cell == 1
        else f"a column per {per_cell} articles in the order listed above, darker where more report it"
    )
    table = Table(
        [
            Column(justify="right", no_wrap=True),
            Column(width=1, no_wrap=True),
            Column(justify="right", no_wrap=True),
            Column(no_wrap=True),
        ],
        boxed=False,
    )
    for number, group in numbered:
        table.add_row(
            Styled(str(number), STYLE_DIM),
            Styled(CONFLICT_MARK if group.conflicts else "", STYLE_CONFLICT),
            f"{len(group.articles)}/{everyone}",
            digest.folded_row(group.articles, everyone, columns),
        )
    return [_rule("Coverage: which articles report each shared fact"), Styled(legend, STYLE_DIM), table]


def _per_article(result: Comparison) -> list[Node]:
    columns = [Column("article", style=STYLE_LABEL, overflow="fold")]
    columns += [
        Column(name, justify="right", no_wrap=True)
        for name in ("words", "removed", "shared", "in all", "only here", "conflicts")
    ]
    title, rows = per_article_rows(result)
    table = Table(columns, boxed=True, show_edge=False)
    for article, s in rows:
        numbers = (s.words, s.removed, s.shared, s.shared_by_all, s.unique, s.conflicts)
        table.add_row(article.label, *map(str, numbers))
    return [_rule(title), table]


def cleaned(articles: Sequence[Article], explain: bool) -> list[Node]:
    """Cleaned bodies; with `explain`, every removed block with its reason, kept text dimmed apart."""
    nodes: list[Node] = []
    for article in articles:
        if len(articles) > 1 or explain:
            nodes.append(Rule(Styled(article.label, STYLE_LABEL)))
        if explain:
            nodes.append(_metadata(article))
            nodes.append(_removed(article.removed))
            nodes.append(Rule(Styled("kept", STYLE_DIM), style=STYLE_DIM))
        if explain and not article.paragraphs:
            nodes.append(Styled(NOTHING_KEPT, STYLE_DIM))
        nodes.append("\n\n".join(article.paragraphs))
    return nodes


def _metadata(article: Article) -> Table:
    table = Table([Column(style=STYLE_DIM, no_wrap=True), Column(ratio=1)], boxed=False)
    for name, value in metadata_rows(article):
        table.add_row(name + ":", value)
    return table


def _removed(blocks: Sequence[RemovedBlock]) -> Table:
    table = Table([Column(style=STYLE_REMOVED, no_wrap=True), Column(ratio=1, overflow="fold")], boxed=False)
    for block in blocks:
        # what decided the removal: the rule, or the features and their context
        why = ("\n", (f"↳ {block.why}", STYLE_WHY)) if block.why else ()
        table.add_row(f"- {block.reason.value}:", styled(block.text, *why, style=STYLE_DIM))
    return table


def fact_list(article: Article, facts: Sequence[Fact], figures: Sequence[tuple[str, ...]]) -> list[Node]:
    """Each sentence of an article with the features alignment compares, its figures as the conflicts
    weigh them (`figures`, one tuple for each fact)."""
    nodes: list[Node] = [headers([article])]
    # the sentence hangs from its number, as a bullet's text does, so that its lines read as one
    number_width = max((len(f"{fact.sentence.index + 1}.") for fact in facts), default=2)
    for fact, shown in zip(facts, figures, strict=True):
        table = Table([Column(style=STYLE_DIM, no_wrap=True), Column(ratio=1, overflow="fold")], boxed=False)
        for name, values in (
            ("numbers", shown),
            ("dates", fact.readable_dates),
            ("periods", fact.periods),
            ("names", tuple(f"{e.text} ({e.kind.value})" for e in fact.entities) or fact.names),
            ("quotes", tuple(f"“{q.text}”" + (f" ({q.speaker})" if q.speaker else "") for q in fact.quotes)),
            ("attribution", fact.attributions),
            ("stems", fact.stems),
        ):
            if values:
                table.add_row(name + ":", parts.facts_joined(name, values))
        sentence = Table(
            [
                Column(style=STYLE_BOLD, width=number_width, no_wrap=True, justify="right"),
                Column(ratio=1, overflow="fold"),
            ],
            boxed=False,
        )
        sentence.add_row(f"{fact.sentence.index + 1}.", fact.sentence.text)
        nodes.append([sentence, Indent(table, number_width + 1, bottom=1)])
    return nodes
