"""How an HTML element's text reads where a browser shows it: a block element on lines of its own,
a table cell or a button apart from the next; inline elements run on.

lxml's `text_content()` joins the text of every element as the source holds it, so a site name in
a link followed by a `<nav>` read "Eastern ObserverWorld | Politics", two cells "NameValue" and a
heading broken by `<br>` "Line oneline two". Load, the JSON-LD reader and the live page reader
lay a page's text out with these before they read it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

BLOCK_TAGS = (
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
)
"""The elements a browser shows on lines of their own (HTML's block-level elements, `<br>`, `<hr>`)."""
CELL_TAGS = ("td", "th", "button")
"""The elements a browser shows as boxes side by side: a space keeps their words apart."""


def _as_is(text: str | None) -> str:
    return text or ""


def lay_out(root: Any, settable: Callable[[str | None], str] = _as_is) -> None:
    """Put a line break on both sides of each block element under `root` and a space on both sides
    of each cell, so that `root.text_content()` reads as the page shows it ("Intro<p>Para</p>" is
    two lines, not "IntroPara"). `settable` makes a text one lxml lets be set."""
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n" + settable(element.text)
        element.tail = "\n" + settable(element.tail)
    for element in root.iter(*CELL_TAGS):
        element.text = " " + settable(element.text)
        element.tail = " " + settable(element.tail)


def one_line_text(element: Any) -> str:
    """An element's text on one line, its spaces collapsed, its blocks and cells kept apart by a
    space; the element is left as it is."""
    import lxml.etree

    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        apart = isinstance(node.tag, str) and (node.tag in BLOCK_TAGS or node.tag in CELL_TAGS)
        if event == "start":
            if apart:
                parts.append(" ")
            if isinstance(node.tag, str) and node.text:  # a comment's text is not shown
                parts.append(node.text)
        else:
            if apart:
                parts.append(" ")
            if node is not element and node.tail:
                parts.append(node.tail)
    return " ".join("".join(parts).split())
