"""The article a page states in its JSON-LD (`<script type="application/ld+json">`), for load.

Pages that render their story by script, or hide it behind a paywall, often state it whole for
search engines: a schema.org `NewsArticle` (or `Article`, `BlogPosting`, ...) with `articleBody`,
`headline`, `author`, `datePublished` and `publisher`, alone, in a list or in an `@graph`. Data
that is not JSON, or not shaped so, is no article: it is passed over, never an error.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Sequence
from typing import Any

from newsdiff.patterns import compiled
from newsdiff.record import record
from newsdiff.sanitize import one_line, sanitize

ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle reportagenews analysisnewsarticle opinionnewsarticle "
    "backgroundnewsarticle reviewnewsarticle askpublicnewsarticle blogposting".split()
)
"""schema.org types (casefolded) whose `articleBody` is a story's text."""
MAX_NODES = 20_000
"""At most this many JSON values of a page's data are looked at for articles."""

_MARKUP = compiled(r"(?i)<(?:/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|span|a|em|strong|b|i|figure)\b[^<>]*)>")
_WRAPPER = compiled(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_ISO_DAY = compiled(r"^\d{4}-\d{2}-\d{2}")
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


@record
class JsonArticle:
    """An article's text and metadata as the page's JSON-LD gives them."""

    kind: str
    """Its schema.org type as written ("NewsArticle")."""
    body: str
    """`articleBody` as text, its paragraphs separated by a blank line."""
    headline: str | None = None
    date: str | None = None
    """The day of `datePublished`, ISO ("2026-12-05")."""
    author: str | None = None
    """The authors' names, joined by "; " as the HTML extractor joins them."""
    publisher: str | None = None


def article_in(scripts: Sequence[str]) -> JsonArticle | None:
    """The article with the longest body among a page's JSON-LD scripts, if one holds any."""
    best: JsonArticle | None = None
    for script in scripts:
        for node in _objects(_parsed(script)):
            kind = _article_kind(node.get("@type"))
            body = node.get("articleBody")
            if kind is None or not isinstance(body, str):
                continue
            text = body_text(body)
            if text and (best is None or len(text) > len(best.body)):
                best = JsonArticle(
                    kind=kind,
                    body=text,
                    headline=_line(node.get("headline")),
                    date=_day(node.get("datePublished")),
                    author="; ".join(_names(node.get("author"))) or None,
                    publisher=next(iter(_names(node.get("publisher"))), None),
                )
    return best


def body_text(body: str) -> str:
    """`articleBody` as text: its HTML read (tags gone, each paragraph on its own), its entities
    decoded, its paragraphs separated by a blank line."""
    if not _MARKUP.search(body) and "&lt;" in body:
        body = html.unescape(body)  # markup escaped once more ("&lt;p&gt;")
    if _MARKUP.search(body):
        import lxml.html

        try:
            root = lxml.html.fragment_fromstring(body, create_parent="div")
        except (ValueError, lxml.etree.ParserError):
            root = None
        if root is not None:
            for element in root.iter(*_BLOCK_TAGS):
                element.text = "\n" + (element.text or "")
                element.tail = "\n" + (element.tail or "")
            body = root.text_content()
    else:
        body = html.unescape(body)
    lines = (" ".join(line.split()) for line in sanitize(body).splitlines())
    return "\n\n".join(line for line in lines if line)


def _parsed(script: str) -> Any:
    """A script's JSON, or None when it is not JSON (cut short, too deep, single-quoted)."""
    text = _WRAPPER.sub("", script.strip())
    try:
        # strict=False: raw line breaks inside strings, as many sites write articleBody
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object inside `data` (in lists, in "@graph", in others' values), first first."""
    stack = [data]
    seen = 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            yield node
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def _article_kind(kind: Any) -> str | None:
    """The article type among a node's `@type`s ("NewsArticle", ["Article"], a schema.org URL)."""
    for one in kind if isinstance(kind, list) else [kind]:
        if isinstance(one, str):
            name = one.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            if name.casefold() in ARTICLE_TYPES:
                return name
    return None


def _names(value: Any) -> list[str]:
    """The names a field gives: a string, an object's "name", or a list of these."""
    names = []
    for one in value if isinstance(value, list) else [value]:
        name = _line(one.get("name") if isinstance(one, dict) else one)
        if name and name not in names:
            names.append(name)
    return names


def _line(value: Any) -> str | None:
    """A text field on one line, its entities decoded; None when it is not text."""
    if not isinstance(value, str):
        return None
    return one_line(html.unescape(value)) or None


def _day(value: Any) -> str | None:
    """The ISO day a date field starts with ("2026-12-05T09:30:00Z")."""
    match = _ISO_DAY.match(value) if isinstance(value, str) else None
    return match.group(0) if match else None
