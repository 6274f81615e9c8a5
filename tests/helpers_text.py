"""A test oracle for word diffs, written apart from newsdiff/worddiff.py on purpose: tokens
compared with quote and dash style and case ignored."""

from __future__ import annotations

import re

_TYPOGRAPHY = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "−": "-",
    }
)


def normalised(text: str) -> list[str]:
    """Word and punctuation tokens with quote/dash style and case ignored."""
    return re.findall(r"\w+(?:'\w+)*|[^\w\s]", text.translate(_TYPOGRAPHY).casefold())
