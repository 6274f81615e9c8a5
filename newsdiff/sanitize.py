"""Text from strangers made safe to show: no escape sequences, controls, bidi or invisible marks.

Load applies `sanitize` to every source before any stage sees its text; the CLI applies `one_line`
to error messages, which can carry a server's words or a file name.
"""

from __future__ import annotations

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
_CONTROL = compiled(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 controls but tab and newline (CR is normalised before), DEL and C1 controls."""
_SURROGATE = compiled(r"[\ud800-\udfff]")
_INVISIBLE = dict.fromkeys(
    [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070), 0xFEFF, 0xAD]
)
"""Zero-width characters, bidi embeddings, overrides and isolates, the BOM, the soft hyphen."""
_SPACE = compiled(r"\s+")


def sanitize(text: str) -> str:
    """Make text safe to show: one kind of line end, no control, bidi or zero-width characters.

    Terminal escape sequences are removed whole, so no `[31m` residue is left behind; tabs and
    newlines stay. Lone surrogates become U+FFFD so the text can always be encoded.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


def one_line(text: str) -> str:
    """Sanitized text on one line, for messages."""
    return _SPACE.sub(" ", sanitize(text)).strip()
