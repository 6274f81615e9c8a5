"""The `markdown` format: GitHub-flavoured Markdown, tables where they fit, sections otherwise.

Article text is escaped before it enters the document: every character Markdown could read as
syntax (emphasis, code, links, HTML, table pipes, headings and list markers at the start of a
cell) is backslash-escaped, so a sentence can neither break a table nor inject markup. Word
differences are the only HTML newsdiff writes itself: `<del>` and `<ins>`, which GitHub renders
as struck and underlined text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.model import Article, Comparison, Fact, FactGroup, Only
from newsdiff.options import RenderOptions
from newsdiff.patterns import compiled
from newsdiff.render import digest, parts

_SPECIAL = compiled(r"([\\`*_\[\]<>|~&$#])")
"""ASCII punctuation that means something anywhere in a line of GitHub-flavoured Markdown:
emphasis and strike-through, code, links and images, HTML and entities, table pipes, math, and
`#`, which closes a heading. (CommonMark lets any ASCII punctuation be backslash-escaped.)"""

_BLOCK_START = compiled(r"^([-+=]|\d+[.)])")
"""What starts a list item or an underline at the start of a block: escaped there only, so that
"U.S." and "president-elect" stay readable in the source."""

_SPACES = compiled(r"\s+")

_AUTOLINK = compiled(r"(?i)\b(?:www(\.)|(?:https?|ftp|mailto|xmpp)(:))|(@)(?=[\w-])")
"""What GitHub turns into a link in plain text: "www." and a scheme's colon ("http:", "mailto:"), its
"extended autolinks", and an "@" before a name, a mention in issues and comments. Their mark is
backslash-escaped: the text reads the same, and no link is made ("www\\.example.org", "\\@newsdesk").
An e-mail address stays a mail link there: GitHub's autolinker reads it through any escape."""


def escape(text: str) -> str:
    """Text as inert Markdown: special characters backslash-escaped, line breaks made spaces."""
    escaped = _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text).strip())
    escaped = _AUTOLINK.sub(_escaped_mark, escaped)
    return _BLOCK_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], escaped)


def _escaped_mark(match: re.Match[str]) -> str:
    """An autolink's match with its mark (the group that matched) backslash-escaped."""
    at = match.start(match.lastindex or 0) - match.start()
    return match.group(0)[:at] + "\\" + match.group(0)[at:]


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """Articles, shared facts (a table when the articles fit), unique facts, coverage, summary."""
    labels = [a.label for a in result.articles]
    named, others = digest.title_labels(result)
    out: list[str] = [f"# newsdiff: {' · '.join(escape(label) for label in named)}{others}", ""]
    out += [f"**{escape(parts.summary_line(result))}**", ""]
    out += _articles(result.articles)
    draw = {
        parts.Part.SHARED: lambda: _shared(result, labels, options),
        parts.Part.UNIQUE: lambda: _unique(result, options.only is Only.UNIQUE, options.explain),
        parts.Part.COVERAGE: lambda: _coverage(result),
        parts.Part.PER_ARTICLE: lambda: _per_article(result),
    }
    for part in parts.parts_shown(result, options.only):
        out += draw[part]()
    return "\n".join(out).rstrip("\n") + "\n"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _articles(articles: Sequence[Article]) -> list[str]:
    out = [
        "## Articles",
        "",
        _row(["#", "article", "title", "date", "words kept", "blocks removed"]),
        _row(["---:", "---", "---", "---", "---:", "---:"]),
    ]
    for a in articles:
        meta = a.metadata
        name = escape(a.label)
        if a.source != a.label:
            name += f"<br>{escape(a.source)}"
        out.append(
            _row(
                [
                    str(a.index + 1),
                    name,
                    escape(meta.title or "(no title)"),
                    escape(meta.date or "—"),
                    str(a.words),
                    str(len(a.removed)) + (f" ({notes})" if (notes := parts.correction_notes(a)) else ""),
                ]
            )
        )
    out.append("")
    if any(a.removed for a in articles):  # (nothing to list else)
        out += ["Every removed block and its reason: `newsdiff clean --explain SOURCE`.", ""]
    return out


def _highlighted(group: FactGroup, article: int) -> str:
    text = group.text_of(article)
    tag = "del" if article == group.reference else "ins"
    parts: list[str] = []
    pos = 0
    for start, end in group.changed_spans(article):
        parts.append(escape_inline(text[pos:start]))
        parts.append(f"<{tag}>{escape_inline(text[start:end])}</{tag}>")
        pos = end
    parts.append(escape_inline(text[pos:]))
    return "".join(parts)


def escape_inline(text: str) -> str:
    """Like `escape`, but keeps one space at either end (a piece of a sentence, not a whole one)."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return lead + escape(text) + trail


def _conflicts(group: FactGroup, article: int, labels: list[str]) -> list[str]:
    return [
        f"**≠ {kind} differs**" if value is None else f"**≠ {kind}:** {escape(value)}"
        for kind, value in parts.conflict_notes(group, article, labels)
    ] + [f"*{escape(note)}*" for note in digest.superseded_notes(group, article)]


def _mark(number: int, group: FactGroup) -> str:
    return f"{number} ≠" if group.conflicts else str(number)


def _shared(result: Comparison, labels: list[str], options: RenderOptions) -> list[str]:
    numbered = digest.numbered_shared(result, options.only)
    ranked = ", most widely reported first" if digest.many(result) else ""
    if options.only is Only.CONFLICTS:
        out = [f"## Shared facts in conflict ({len(numbered)} of {len(result.shared)}){ranked}", ""]
    else:
        out = [f"## Shared facts ({len(result.shared)}){ranked}", ""]
    if not numbered:
        return [*out, "(none)", ""] if options.only else []
    if digest.many(result):
        out += [
            "The first wording shown is drawn plain; <ins>underlined</ins>: the words of the others that "
            "differ from it; "
            "≠: the articles disagree.",
            "",
        ]
        for number, group in numbered:
            out += _digest_fact(result, group, number, options.explain)
        return out
    out += [
        "<del>Struck</del>: words of the first article in the row that no other article shares; "
        "<ins>underlined</ins>: the words of the others that differ from it; ≠: the articles disagree.",
        "",
    ]
    # --explain lines go under each fact, as on a terminal: the facts are then sections, not rows
    if len(labels) <= max(options.width // parts.MIN_COLUMN_WIDTH, 2) and not options.explain:
        out += [_row(["#", *(escape(label) for label in labels)]), _row(["---:", *("---" for _ in labels)])]
        for number, group in numbered:
            cells = [
                "<br>".join([_highlighted(group, i), *_conflicts(group, i, labels)])
                if i in group.articles
                else "—"
                for i in range(len(labels))
            ]
            out.append(_row([_mark(number, group), *cells]))
        return [*out, ""]
    for number, group in numbered:
        where = f" ({escape(digest.coverage_note(result, group))})" if len(labels) > 2 else ""
        out += [f"### {_mark(number, group)}{where}", ""]
        for i in group.articles:
            out.append(f"- **{escape(labels[i])}:** {_highlighted(group, i)}")
            out += [f"  - {line}" for line in _conflicts(group, i, labels)]
        if options.explain:
            out += _evidence(group)
        out.append("")
    return out


def _evidence(group: FactGroup) -> list[str]:
    return [f"- {escape(line)}" for line in parts.evidence_lines(group)]


def _digest_fact(result: Comparison, group: FactGroup, number: int, explain: bool) -> list[str]:
    """Many articles: a fact's coverage, its wordings with who uses them, its conflicts tallied."""
    where = digest.coverage_note(result, group)
    out = [f"### {_mark(number, group)} ({escape(where)})", ""]
    shown, hidden = digest.shown_wordings(group)
    for wording in shown:
        article = wording.article
        text = escape(group.text_of(article)) if wording.reference else _highlighted(group, article)
        out.append(f"- **{escape(digest.who(result, wording.articles))}:** {text}")
    if hidden:
        out.append(f"- {hidden}")
    out += [f"- **{escape(line)}**" for line in digest.conflict_lines(result, group)]
    if explain:
        out += _evidence(group)
    return [*out, ""]


def _unique(result: Comparison, always: bool, explain: bool = False) -> list[str]:
    """A section per article with facts of its own; with `always` (`--only unique`), a section
    saying there are none."""
    out: list[str] = []
    for article, shown, more in digest.unique_shown(result, every=always):
        out += [f"## Only in {escape(article.label)} ({len(shown) + more})", ""]
        for g in shown:
            out.append(f"- {escape(g.members[0].text)}")
            out += [f"  - {escape(line)}" for line in parts.alone_lines(g)] if explain else []
        if more:
            out.append(f"- (and {more} more: `--format json` lists them all)")
        out.append("")
    if always and not out:
        out += ["## Only in one article (0)", "", "(none)", ""]
    return out


def _coverage(result: Comparison) -> list[str]:
    if digest.many(result):
        return _ranked_coverage(result)
    out = [
        "## Coverage",
        "",
        "Which article reports which shared fact.",
        "",
        _row(["fact", *(escape(a.label) for a in result.articles)]),
        _row(["---:", *(":---:" for _ in result.articles)]),
    ]
    for number, (group, row) in enumerate(zip(result.shared, result.coverage, strict=True), 1):
        marks = [parts.REPORTS_MARK if present else parts.MISSING_MARK for present in row]
        out.append(_row([_mark(number, group), *marks]))
    return [*out, ""]


def _ranked_coverage(result: Comparison) -> list[str]:
    """Many articles: a row per shared fact in rank order, with who does not report it."""
    everyone = len(result.articles)
    out = [
        "## Coverage",
        "",
        "How many articles report each shared fact, and which do not.",
        "",
        _row(["fact", "articles", "share", "not in"]),
        _row(["---:", "---:", "---:", "---"]),
    ]
    for number, group in digest.numbered_shared(result):
        count = len(group.articles)
        missing = digest.absent_note(result, group).removeprefix("not in ")
        out.append(
            _row([_mark(number, group), f"{count}/{everyone}", f"{count / everyone:.0%}", escape(missing)])
        )
    return [*out, ""]


def _per_article(result: Comparison) -> list[str]:
    names = ["article", "words", "removed", "shared", "in all", "only here", "conflicts"]
    title, rows = parts.per_article_rows(result)
    out = [f"## {title}", "", _row(names), _row(["---", *("---:" for _ in names[1:])])]
    for article, s in rows:
        numbers = (s.words, s.removed, s.shared, s.shared_by_all, s.unique, s.conflicts)
        out.append(_row([escape(article.label), *(str(n) for n in numbers)]))
    return [*out, ""]


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Each article's cleaned paragraphs under its label; with `explain`, its removed blocks."""
    out: list[str] = []
    for article in articles:
        out += [f"## {escape(article.label)}", ""]
        if explain:
            out += [f"- {name}: {escape(value)}" for name, value in parts.metadata_rows(article)]
            out.append("")
            if article.removed:
                out += [f"**Removed ({digest.plural(len(article.removed), 'block')})**", ""]
            out += [
                f"- **{r.reason.value}:** {escape(r.text)}" + (f"<br>↳ {escape(r.why)}" if r.why else "")
                for r in article.removed
            ]
            out.append("")
            if not article.paragraphs:
                out += [f"_{escape(parts.NOTHING_KEPT)}_", ""]
        for paragraph in article.paragraphs:
            out += [escape(paragraph), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_facts(
    article: Article, facts: Sequence[Fact], figures: Sequence[tuple[str, ...]], options: RenderOptions
) -> str:
    """An article's sentences, each with the numbers, dates, names and quotes found in it."""
    out = [f"## {escape(article.label)}", ""]
    for fact, shown in zip(facts, figures, strict=True):
        out.append(f"{fact.sentence.index + 1}\\. {escape(fact.sentence.text)}")
        for name, values in (
            ("numbers", shown),
            ("dates", fact.readable_dates),
            ("periods", fact.periods),
            ("names", fact.names),
            ("quotes", tuple(q.text for q in fact.quotes)),
        ):
            if values:
                out.append(f"   - {name}: {escape(parts.facts_joined(name, values))}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
