"""Text from strangers made safe to show: no escape sequences, controls, bidi or invisible marks.

Load applies `sanitize` to every source before any stage sees its text; the CLI applies `one_line`
to error messages, which can carry a server's words or a file name.
"""

from __future__ import annotations

import re
import unicodedata

from newsdiff.patterns import compiled

_ANSI = compiled(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI: colors, cursor moves (also cut short at the end of a text)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]"  # two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x9c\x1b]*(?:\x07|\x9c|\x1b\\)?"  # 8-bit DCS, SOS, OSC, PM, APC
)
_SURROGATE = compiled(r"[\ud800-\udfff]")
_ESCAPE = compiled(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
"""What every sequence `_ANSI` removes starts with: most texts have none, and finding that out is
~10 times faster than trying `_ANSI` at every position."""
_REMOVED = compiled("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\xad]")
"""C0 controls but tab and newline (CR is normalised before), DEL and C1 controls; zero-width
characters (but the joiners a script spells with: `_spells_with_joiners`), line and paragraph
separators, bidi embeddings, overrides and isolates, the BOM, the soft hyphen. (One pattern, one
pass: `str.translate` with a table looked each character up, ~20 times slower.)"""
_JOINERS = ("\u200c", "\u200d")
"""The zero-width non-joiner and joiner, which Persian and Indic scripts spell with."""
_LAST_LATIN = 0x24F
"""The last code point of the Latin blocks (Latin Extended-B)."""
_SPACE = compiled(r"\s+")
_LINE_ENDS = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
"""Line ends among them, as `str.splitlines` reads them (vertical tab, form feed, NEL, the Unicode
line separator: a word processor's soft break), become a newline, not nothing, which glued the
words on either side; the paragraph separator ends a paragraph: a blank line."""


def sanitize(text: str) -> str:
    """Make text safe to show: one kind of line end, no control, bidi or zero-width characters.

    Terminal escape sequences are removed whole, so no `[31m` residue is left behind; tabs and
    newlines stay. Lone surrogates become U+FFFD so the text can always be encoded.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ESCAPE.search(text):
        text = _ANSI.sub("", text)
    text = _REMOVED.sub(_removed, text)
    text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


def _removed(match: re.Match[str]) -> str:
    """What a removed character leaves: a line end for a line separator, a joiner where a script
    spells with it, else nothing."""
    char = match.group()
    if char in _JOINERS and _spells_with_joiners(match.string, match.start()):
        return char
    return _LINE_ENDS.get(char, "")


def _spells_with_joiners(text: str, at: int) -> bool:
    """Whether the zero-width (non-)joiner at `at` stands between two characters of a script that
    spells with it: letters or marks beyond Latin (Persian, Devanagari). Inside a Latin word it
    only hides a difference ("Pu" + ZWJ + "tin"); between emoji it makes one picture of several in
    some terminals and not in others, so a column's width would depend on the terminal: they stay
    apart."""
    if at == 0 or at + 1 >= len(text):
        return False
    return all(
        ord(char) > _LAST_LATIN and unicodedata.category(char)[0] in "LM"
        for char in (text[at - 1], text[at + 1])
    )


def name_line(text: str) -> str:
    """A name safe to show on a line of its own (a file name, a URL, a label): escape sequences
    and the characters `sanitize` removes go, line ends become spaces, and nothing else changes
    (no normalisation), so that an ordinary name still names its file."""
    if _ESCAPE.search(text):
        text = _ANSI.sub("", text)
    text = _REMOVED.sub(lambda m: " " if m.group() in _LINE_ENDS else "", text)
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def one_line(text: str) -> str:
    """Sanitized text on one line, for messages."""
    return _SPACE.sub(" ", sanitize(text)).strip()
