"""The `html` format: one self-contained page, readable offline, on a phone, in light and dark.

Everything the page needs is inside it: the style sheet is inline and the page loads nothing, and a
Content-Security-Policy meta tag forbids scripts, plug-ins, frames, forms and every network load
(the style sheet is allowed by its hash, not by `'unsafe-inline'`). Article text is HTML-escaped
(`<`, `>`, `&` and both quotes) wherever it appears, in element content and in attributes alike,
so a sentence holding `<script>` or `<img onerror=…>` is shown as text and never parsed as markup.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from html import escape

from newsdiff import __version__
from newsdiff.model import Article, Comparison, Fact, FactGroup, Only, RemovedBlock
from newsdiff.options import RenderOptions
from newsdiff.patterns import compiled
from newsdiff.render import digest, parts

CSS = """
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --dim: #57606a; --line: #d0d7de;
  --card: #f6f8fa; --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329;
  --warn-bg: #fff8c5; --warn-fg: #7d4e00; --label: #0550ae; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --dim: #8d96a0; --line: #30363d; --card: #161b22;
    --del-bg: #5a1e24; --del-fg: #ffdcd7; --ins-bg: #1b4428; --ins-fg: #aff5b4;
    --warn-bg: #4b3a0a; --warn-fg: #f8e3a1; --label: #79c0ff; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 90rem; padding: 1rem; color: var(--fg); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
.summary { font-weight: 600; }
.legend, .meta, .source, .absent { color: var(--dim); }
.label { color: var(--label); font-weight: 600; }
.articles { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
.card h3 { font-size: 1rem; margin: 0; }
.card p { margin: .25rem 0; }
.card .title { font-weight: 600; margin: .25rem 0; }
.card .meta { margin: 0; font-size: .9rem; }
details { margin-top: .5rem; font-size: .9rem; }
details ul { padding-left: 1.2rem; }
.reason { font-family: ui-monospace, monospace; color: var(--del-fg); }
.why { color: var(--dim); font-size: .85rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: .5rem 0; }
dl.meta dd { margin: 0; color: var(--fg); }
.wide { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--line); }
th.num, td.num { text-align: right; white-space: nowrap; width: 1%; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; }
tr.conflict > th { border-left: 4px solid var(--warn-fg); }
.conflict-mark { color: var(--warn-fg); font-weight: 700; }
.conflict-note { display: block; margin-top: .25rem; padding: 0 .25rem; background: var(--warn-bg);
  color: var(--warn-fg); font-weight: 600; }
.coverage td, .coverage th { text-align: center; }
.stats, .coverage { overflow-wrap: break-word; }
.stats th, .stats td { text-align: right; }
.stats td.names, .stats th.names { text-align: left; }
.stats th[scope=row], .coverage th[scope=row], .coverage th:first-child { text-align: left; }
.fact { border-bottom: 1px solid var(--line); padding: .5rem 0; }
.fact h3 { font-size: 1rem; margin: 0 0 .25rem; }
.fact p { margin: .25rem 0 .25rem 1rem; }
.fact .where { color: var(--dim); font-weight: 400; }
.fact.conflict { border-left: 4px solid var(--warn-fg); padding-left: .5rem; }
meter { width: 8rem; }
footer { margin-top: 2rem; color: var(--dim); font-size: .85rem; }
@media (max-width: 40rem) {
  .facts thead { display: none; }
  .facts tr, .facts td, .facts th { display: block; width: auto; border: 0; }
  .facts tr { border-bottom: 1px solid var(--line); padding: .5rem 0; }
  .facts th.num { text-align: left; }
  .facts td { padding: .25rem .5rem; }
  .facts td::before { content: attr(data-label); display: block; color: var(--label); font-weight: 600; }
  .facts td.absent { display: none; }
}
"""
"""The whole style sheet; the page has no other (and no `style` attributes, which CSP forbids)."""

_RIGHT_TO_LEFT = compiled(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Letters of the scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and others."""
_NAME_COLUMN = ' class="names"'
"""The class of a statistics table's column of names: left-aligned, where numbers stand right."""
PAGE_LANGUAGE = "en"
"""The language of newsdiff's own words on the page; an article's words say theirs (`_lang`)."""

CSP = (
    "default-src 'none'; "
    f"style-src 'sha256-{base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()}'; "
    "script-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
    "object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'"
)
"""Nothing may load or run; only the inline style sheet above applies."""


def _page(title: str, body: list[str]) -> str:
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{PAGE_LANGUAGE}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="newsdiff {__version__}">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"


def render_comparison(result: Comparison, options: RenderOptions) -> str:
    """The whole comparison as one HTML page."""
    labels = [a.label for a in result.articles]
    named, others = digest.title_labels(result)
    title = "newsdiff: " + " · ".join(named) + others
    body = [
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{escape(parts.summary_line(result))}</p>',
        "</header>",
        "<main>",
        *(_article_rows(result.articles) if digest.many(result) else _articles(result.articles)),
    ]
    draw = {
        parts.Part.SHARED: lambda: _shared(result, labels, options),
        parts.Part.UNIQUE: lambda: _unique(result, options.only is Only.UNIQUE, options.explain),
        parts.Part.COVERAGE: lambda: _coverage(result),
        parts.Part.PER_ARTICLE: lambda: _per_article(result),
    }
    for part in parts.parts_shown(result, options.only):
        body += draw[part]()
    body += ["</main>", f"<footer>Made by newsdiff {__version__}.</footer>"]
    return _page(title, body)


def _articles(articles: Sequence[Article]) -> list[str]:
    out = ['<section class="articles" aria-label="Articles">']
    for a in articles:
        meta = a.metadata
        details = [*parts.article_details(a), digest.plural(len(a.removed), "block") + " removed"]
        out += [
            '<article class="card">',
            f'<h3><span class="label">[{a.index + 1}] {escape(a.label)}</span></h3>',
            f'<p class="source">{escape(a.source)}</p>' if a.source != a.label else "",
            f'<p class="title"{_lang(a, meta.title)}>{escape(meta.title)}</p>'
            if meta.title
            else '<p class="title">(no title)</p>',
            f'<p class="meta">{escape(" · ".join(details))}</p>',
        ]
        if a.removed:
            removed = digest.plural(len(a.removed), "block")
            out.append(f"<details><summary>Removed boilerplate ({removed})</summary><ul>")
            out += _removed_items(a.removed)
            out.append("</ul></details>")
        out.append("</article>")
    out.append("</section>")
    return [line for line in out if line]


def _article_rows(articles: Sequence[Article]) -> list[str]:
    """Many articles: a row per article (a card each made a page of 200 reports ~15,000 pixels tall
    before its first fact), the removed boilerplate folded in its row."""
    out = [
        '<section class="articles" aria-label="Articles">',
        '<div class="wide"><table class="stats"><thead><tr>'
        + "".join(
            f'<th scope="col"{_NAME_COLUMN if name in ("article", "title") else ""}>{name}</th>'
            for name in ("#", "article", "title", "date", "words", "removed")
        )
        + "</tr></thead><tbody>",
    ]
    for a in articles:
        meta = a.metadata
        removed = str(len(a.removed))
        if a.removed:
            items = "".join(_removed_items(a.removed))
            blocks = digest.plural(len(a.removed), "block")
            removed = f"<details><summary>{blocks}</summary><ul>{items}</ul></details>"
        source = f'<br><span class="source">{escape(a.source)}</span>' if a.source != a.label else ""
        title = _in_language(a, meta.title, escape(meta.title)) if meta.title else "(no title)"
        title += f" · by {escape(meta.author)}" if meta.author else ""
        out.append(
            f'<tr><td>{a.index + 1}</td><th scope="row" class="label">{escape(a.label)}{source}</th>'
            f'<td class="names">{title}</td><td class="num">{escape(meta.date or "—")}</td>'
            f"<td>{a.words}</td><td>{removed}</td></tr>"
        )
    out += ["</tbody></table></div></section>"]
    return out


def _removed_items(blocks: Sequence[RemovedBlock]) -> list[str]:
    """A list item per removed block: its reason, its text and what decided it."""
    return [
        f'<li><span class="reason">{escape(r.reason.value)}</span> {escape(r.text)}'
        + (f'<br><span class="why">↳ {escape(r.why)}</span>' if r.why else "")
        + "</li>"
        for r in blocks
    ]


def _lang(article: Article, text: str) -> str:
    """The attributes of an element holding an article's own words: their language when it is
    not the page's (English; a screen reader reads French with English sounds otherwise), and
    `dir="auto"` when they hold letters written right to left (the page's left-to-right flow put
    an Arabic sentence's closing stop at its right end, before its first word)."""
    language = article.metadata.language
    lang = f' lang="{escape(language)}"' if language and language != PAGE_LANGUAGE else ""
    return lang + (' dir="auto"' if _RIGHT_TO_LEFT.search(text) else "")


def _in_language(article: Article, text: str, html: str) -> str:
    """An article's words (`text`, drawn as `html`), in a span saying their language and
    direction where the page's are not theirs."""
    attributes = _lang(article, text)
    return f"<span{attributes}>{html}</span>" if attributes else html


def _highlighted(group: FactGroup, article: int) -> str:
    text = group.text_of(article)
    tag = "del" if article == group.reference else "ins"
    parts: list[str] = []
    pos = 0
    for start, end in group.changed_spans(article):
        parts += [escape(text[pos:start]), f"<{tag}>{escape(text[start:end])}</{tag}>"]
        pos = end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def _conflicts(group: FactGroup, article: int, labels: list[str]) -> list[str]:
    notes = (
        f"≠ {kind} differs" if value is None else f"≠ {kind}: {value}"
        for kind, value in parts.conflict_notes(group, article, labels)
    )
    later = digest.superseded_notes(group, article)
    return [f'<span class="conflict-note">{escape(note)}</span>' for note in notes] + [
        f'<br><em class="superseded-note">{escape(note)}</em>' for note in later
    ]


def _mark(number: int, group: FactGroup) -> str:
    if group.conflicts:
        return f'{number} <span class="conflict-mark" title="the articles disagree">≠</span>'
    return str(number)


def _shared(result: Comparison, labels: list[str], options: RenderOptions) -> list[str]:
    numbered = digest.numbered_shared(result, options.only)
    if options.only is Only.CONFLICTS:
        title = f"Shared facts in conflict ({len(numbered)} of {len(result.shared)})"
    else:
        title = f"Shared facts ({len(result.shared)})"
    if not numbered:
        return [f"<section><h2>{title}</h2><p>(none)</p></section>"] if options.only else []
    if digest.many(result):
        return [
            f'<section id="shared"><h2>{title}, most widely reported first</h2>',
            '<p class="legend">The first wording shown is drawn plain; <ins>underlined</ins>: the words '
            "of the others that differ from it; "
            '<span class="conflict-mark">≠</span>: the articles disagree.</p>',
            *(
                line
                for number, group in numbered
                for line in _digest_fact(result, group, number, options.explain)
            ),
            "</section>",
        ]
    out = [
        f'<section id="shared"><h2>{title}</h2>',
        '<p class="legend"><del>Struck</del>: words of the first article in the row that no other article '
        "shares; <ins>underlined</ins>: the words of the others that differ from it; "
        '<span class="conflict-mark">≠</span>: the articles disagree.</p>',
        '<div class="wide"><table class="facts">',
        '<thead><tr><th class="num" scope="col">#</th>'
        + "".join(f'<th scope="col" class="label">{escape(label)}</th>' for label in labels)
        + "</tr></thead>",
        "<tbody>",
    ]
    for number, group in numbered:
        row = [
            '<tr class="conflict">' if group.conflicts else "<tr>",
            f'<th class="num" scope="row">{_mark(number, group)}</th>',
        ]
        for i, label in enumerate(labels):
            if i in group.articles:
                own = _in_language(result.articles[i], group.text_of(i), _highlighted(group, i))
                cell = own + "".join(_conflicts(group, i, labels))
                row.append(f'<td data-label="{escape(label)}">{cell}</td>')
            else:
                row.append(f'<td class="absent" data-label="{escape(label)}">—</td>')
        out.append("".join(row) + "</tr>")
        if options.explain:  # a row of its own under the fact, across the articles' columns
            why = "<br>".join(escape(line) for line in parts.evidence_lines(group))
            out.append(f'<tr><td class="legend" colspan="{len(labels) + 1}">{why}</td></tr>')
    out += ["</tbody></table></div>", "</section>"]
    return out


def _digest_fact(result: Comparison, group: FactGroup, number: int, explain: bool) -> list[str]:
    """Many articles: a fact's coverage, its wordings with who uses them, its conflicts tallied."""
    where = digest.coverage_note(result, group)
    out = [
        '<article class="fact conflict">' if group.conflicts else '<article class="fact">',
        f'<h3>{_mark(number, group)} <span class="where">{escape(where)}</span></h3>',
    ]
    shown, hidden = digest.shown_wordings(group)
    for wording in shown:
        article = wording.article
        text = escape(group.text_of(article)) if wording.reference else _highlighted(group, article)
        text = _in_language(result.articles[article], group.text_of(article), text)
        who = escape(digest.who(result, wording.articles))
        out.append(f'<p><span class="label">{who}:</span> {text}</p>')
    if hidden:
        out.append(f'<p class="legend">{hidden}</p>')
    notes = digest.conflict_lines(result, group)
    out += [f'<p><span class="conflict-note">{escape(note)}</span></p>' for note in notes]
    if explain:
        out += [f'<p class="legend">{escape(line)}</p>' for line in parts.evidence_lines(group)]
    return [*out, "</article>"]


def _unique(result: Comparison, always: bool, explain: bool = False) -> list[str]:
    """A section per article with facts of its own; with `always` (`--only unique`), a section
    saying there are none; with `explain`, under each fact why it stands alone."""
    out: list[str] = []
    why = parts.alone_lines if explain else (lambda _: [])
    for article, shown, more in digest.unique_shown(result, every=always):
        out += [
            f'<section class="unique"><h2>Only in <span class="label">{escape(article.label)}</span>'
            f" ({len(shown) + more})</h2><ul>",
            *(
                f"<li{_lang(article, g.members[0].text)}>{escape(g.members[0].text)}"
                + "".join(f'<br><span class="legend">{escape(line)}</span>' for line in why(g))
                + "</li>"
                for g in shown
            ),
            "</ul>",
        ]
        if more:
            out.append(f'<p class="legend">(and {more} more: --format json lists them all)</p>')
        out.append("</section>")
    if always and not out:
        out.append("<section><h2>Only in one article (0)</h2><p>(none)</p></section>")
    return out


def _coverage(result: Comparison) -> list[str]:
    if digest.many(result):
        return _ranked_coverage(result)
    out = [
        '<section id="coverage"><h2>Coverage</h2>',
        '<p class="legend">Which article reports which shared fact.</p>',
        '<div class="wide"><table class="coverage"><thead><tr><th scope="col">article</th>'
        + "".join(f'<th scope="col">{_mark(n, g)}</th>' for n, g in enumerate(result.shared, 1))
        + "</tr></thead><tbody>",
    ]
    for article in result.articles:
        marks = "".join(
            f"<td>{parts.REPORTS_MARK if row[article.index] else parts.MISSING_MARK}</td>"
            for row in result.coverage
        )
        out.append(f'<tr><th scope="row" class="label">{escape(article.label)}</th>{marks}</tr>')
    out += ["</tbody></table></div></section>"]
    return out


def _ranked_coverage(result: Comparison) -> list[str]:
    """Many articles: a row per shared fact in rank order, its share as a meter, who misses it."""
    everyone = len(result.articles)
    out = [
        '<section id="coverage"><h2>Coverage</h2>',
        '<p class="legend">How many articles report each shared fact, and which do not.</p>',
        '<div class="wide"><table class="stats"><thead><tr><th scope="col" class="names">fact</th>'
        '<th scope="col">articles</th><th scope="col">share</th><th scope="col" class="names">not in</th>'
        "</tr></thead><tbody>",
    ]
    for number, group in digest.numbered_shared(result):
        count = len(group.articles)
        missing = escape(digest.absent_note(result, group).removeprefix("not in "))
        out.append(
            f'<tr><th scope="row">{_mark(number, group)}</th><td>{count}/{everyone}</td>'
            f'<td><meter min="0" max="{everyone}" value="{count}">{count / everyone:.0%}</meter></td>'
            f'<td class="label names">{missing}</td></tr>'
        )
    out += ["</tbody></table></div></section>"]
    return out


def _per_article(result: Comparison) -> list[str]:
    names = ["words", "removed", "shared", "in all", "only here", "conflicts"]
    title, rows = parts.per_article_rows(result)
    out = [
        f'<section id="per-article"><h2>{escape(title)}</h2>',
        '<div class="wide"><table class="stats"><thead><tr><th scope="col" class="names">article</th>'
        + "".join(f'<th scope="col">{name}</th>' for name in names)
        + "</tr></thead><tbody>",
    ]
    for article, s in rows:
        numbers = (s.words, s.removed, s.shared, s.shared_by_all, s.unique, s.conflicts)
        out.append(
            f'<tr><th scope="row" class="label">{escape(article.label)}</th>'
            + "".join(f"<td>{n}</td>" for n in numbers)
            + "</tr>"
        )
    out += ["</tbody></table></div></section>"]
    return out


def render_cleaned(articles: Sequence[Article], explain: bool, options: RenderOptions) -> str:
    """Each article's cleaned paragraphs; with `explain`, its removed blocks folded above them."""
    body = ["<main>"]
    for article in articles:
        body.append(f'<section><h2 class="label">{escape(article.label)}</h2>')
        if explain:
            rows = parts.metadata_rows(article)
            body.append(
                '<dl class="meta">'
                + "".join(f"<dt>{name}</dt><dd>{escape(value)}</dd>" for name, value in rows)
                + "</dl>"
            )
        if explain and article.removed:
            removed = digest.plural(len(article.removed), "block")
            body.append(f"<details open><summary>Removed ({removed})</summary><ul>")
            body += _removed_items(article.removed)
            body.append("</ul></details>")
        if explain and not article.paragraphs:
            body.append(f'<p class="meta">{escape(parts.NOTHING_KEPT)}</p>')
        body += [f"<p{_lang(article, p)}>{escape(p)}</p>" for p in article.paragraphs]
        body.append("</section>")
    body.append("</main>")
    return _page("newsdiff clean: " + " · ".join(a.label for a in articles), body)


def render_facts(
    article: Article, facts: Sequence[Fact], figures: Sequence[tuple[str, ...]], options: RenderOptions
) -> str:
    """An article's sentences with the numbers, dates, names and quotes found in each."""
    body = [f'<main><h2 class="label">{escape(article.label)}</h2><ol>']
    for fact, shown in zip(facts, figures, strict=True):
        found = [
            f"{name}: {parts.facts_joined(name, values)}"
            for name, values in (
                ("numbers", shown),
                ("dates", fact.readable_dates),
                ("periods", fact.periods),
                ("names", fact.names),
                ("quotes", tuple(q.text for q in fact.quotes)),
            )
            if values
        ]
        notes = "".join(f'<br><span class="meta">{escape(line)}</span>' for line in found)
        text = _in_language(article, fact.sentence.text, escape(fact.sentence.text))
        body.append(f'<li value="{fact.sentence.index + 1}">{text}{notes}</li>')
    body.append("</ol></main>")
    return _page("newsdiff facts: " + article.label, body)
