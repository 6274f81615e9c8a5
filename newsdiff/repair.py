"""Repairs the cleaner makes to text before it reads it: entities, mojibake, and a comparable form.

Repairs that change what a reader sees are made only where they are unambiguous: an HTML entity
that survived copying (`&amp;`, `&#8217;`), and mojibake, UTF-8 read as cp1252 or Latin-1
(`CafÃ©` for `Café`, `â€™` for `’`), fixed by ftfy. Quote styles and whitespace are never changed
in the text shown; `comparable` gives the form in which two blocks are compared.
"""

from __future__ import annotations

import unicodedata

from newsdiff.patterns import compiled

_ENTITY = compiled(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_MOJIBAKE = (
    r"[ÂÃÐÑØÙâ]"
    r"[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
"""A lead byte of UTF-8 shown as a Latin-1/cp1252 letter, followed by a continuation byte shown
the same way: the mark of mojibake. Text without it never pays for importing ftfy. Compiled on
first use (`patterns.compiled`), only for text that holds a lead byte: its class costs ~0.15 ms."""
_MOJIBAKE_LEAD = compiled(r"[ÂÃÐÑØÙâ]")
_NON_WORD = compiled(r"[^\w]+")


def repair(text: str) -> str:
    """Text with entities decoded and unambiguous mojibake fixed; other text is returned unchanged."""
    if "&" in text and _ENTITY.search(text):
        import html  # its table of entities costs ~1 ms to import: only text with entities pays

        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if _MOJIBAKE_LEAD.search(text) and compiled(_MOJIBAKE).search(text):
        text = _fix_mojibake(text)
    return text


def _fix_mojibake(text: str) -> str:
    import ftfy  # imported only for text that shows mojibake

    fixed = ftfy.fix_encoding(text)
    return unicodedata.normalize("NFC", fixed)


def comparable(text: str) -> str:
    """The form in which blocks are compared: quotes, dashes and spaces of one kind, casefolded,
    punctuation dropped. Two blocks with the same comparable form say the same words."""
    # (quote marks, dashes and no-break spaces are not word characters: they become the space)
    return _NON_WORD.sub(" ", text.casefold()).strip()
