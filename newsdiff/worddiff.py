"""Word-level differences between two aligned sentences, with diff-match-patch.

Each sentence becomes a string of tokens (words, punctuation, spaces), each token one character, so
the diff (a longest common subsequence by rapidfuzz, tidied by diff-match-patch) is of whole
words; small islands of equality (spaces, punctuation, function words)
are folded into the changes around them. Tokens are compared by a normal form, so curly against
straight quotes, dash kinds, case and runs of spaces do not count as differences; the output keeps
the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Indel

from newsdiff.model import DiffOp

_TOKEN = re.compile(r"\s+|\d+(?:[.,:]\d+)+|[^\W_]+(?:['’][^\W_]+)*|.", re.S)
"""Spaces, numbers with their separators ("1,500", "3.5", "10:15"), words, single marks."""
_NORMAL = str.maketrans(
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
_GLUE = frozenset("a an the of to in on and or by for at as is was with".split())
"""Words too common to stand alone as an unchanged island between two changes."""
_PRIVATE_USE = 0xF0000
"""Tokens are encoded as characters from a private-use plane that real text does not use here."""


@lru_cache(maxsize=1)
def _engine() -> Any:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no time limit: the same input always gives the same diff
    return dmp


def tokenize(text: str) -> list[str]:
    """Words (with inner apostrophes), single punctuation marks and runs of whitespace."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=65536)
def normal_token(token: str) -> str:
    """The form two tokens are compared in: case, quote and dash style and spacing ignored."""
    if token.isspace():
        return " "
    return token.translate(_NORMAL).casefold()


def _absorb_trivial(diffs: list[tuple[int, str]], decode: dict[str, str]) -> list[tuple[int, str]]:
    """Fold equal runs of only spaces, punctuation and short function words into the changes
    around them, so a change reads as one phrase rather than a salad of single words.

    (diff-match-patch's semantic cleanup counts characters, here tokens, and on reordered names it
    throws away long equal runs too; this keeps them.)
    """
    out: list[tuple[int, str]] = []
    for i, (code, chunk) in enumerate(diffs):
        inner = 0 < i < len(diffs) - 1
        if code == 0 and inner and all(_trivial(decode[c]) for c in chunk):
            out.extend([(-1, chunk), (1, chunk)])
        else:
            out.append((code, chunk))
    return out


def _lcs_diff(a: str, b: str) -> list[tuple[int, str]]:
    """A longest-common-subsequence diff in diff-match-patch's form ([(0|-1|1, chunk)]), by
    rapidfuzz's C++ Indel opcodes: diff-match-patch's pure-Python bisection took ~1 ms a sentence
    pair, most of the time of an alignment."""
    diffs: list[tuple[int, str]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            diffs.append((0, a[op.src_start : op.src_end]))
        else:
            if op.src_end > op.src_start:
                diffs.append((-1, a[op.src_start : op.src_end]))
            if op.dest_end > op.dest_start:
                diffs.append((1, b[op.dest_start : op.dest_end]))
    return diffs


def _trivial(token: str) -> bool:
    return token in _GLUE or not any(ch.isalnum() for ch in token)


def word_diff(a: str, b: str) -> tuple[tuple[DiffOp, str], ...]:
    """Operations that turn `a` into `b`, word by word; `=` parts show `a`'s original text."""
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    codes: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        return "".join(codes.setdefault(normal_token(t), chr(_PRIVATE_USE + len(codes))) for t in tokens)

    dmp = _engine()
    # diff-match-patch's choices depend on which text comes first; diffing in one fixed order and
    # turning the result round makes word_diff(b, a) the exact mirror of word_diff(a, b)
    swap = [normal_token(t) for t in tokens_b] < [normal_token(t) for t in tokens_a]
    first, second = (tokens_b, tokens_a) if swap else (tokens_a, tokens_b)
    diffs = _lcs_diff(encode(first), encode(second))
    decode = {code: token for token, code in codes.items()}
    diffs = _absorb_trivial(diffs, decode)
    dmp.diff_cleanupMerge(diffs)
    if swap:
        diffs = [(-code, chunk) for code, chunk in diffs]
        dmp.diff_cleanupMerge(diffs)  # puts each deletion before its insertion again
    ops: list[tuple[DiffOp, str]] = []
    i = j = 0
    for code, chunk in diffs:
        n = len(chunk)
        if code == 0:
            text, op = "".join(tokens_a[i : i + n]), DiffOp.EQUAL
            i, j = i + n, j + n
        elif code < 0:
            text, op = "".join(tokens_a[i : i + n]), DiffOp.DELETE
            i += n
        else:
            text, op = "".join(tokens_b[j : j + n]), DiffOp.INSERT
            j += n
        if ops and ops[-1][0] is op:
            ops[-1] = (op, ops[-1][1] + text)
        else:
            ops.append((op, text))
    return tuple(ops)
