"""Code conflicts: model codes and serial numbers ("KX-250" against "KX-260"), set only against
codes of their family (`_code_disagreements`).
"""

from __future__ import annotations

from collections import defaultdict

from newsdiff.conflicts._common import _disagreement
from newsdiff.model import Fact
from newsdiff.patterns import compiled

_CODE = r"(?<![\w-])[A-Z][A-Z0-9]{0,5}-\d{2,}[A-Z]?(?![\w-])"
_CODES = compiled(
    rf"(?:\b(?P<opening>from|between)\s+)?(?P<low>{_CODE})"
    rf"(?:\s*(?P<joiner>to|through|thru|until|and|[–—-])\s*(?P<high>{_CODE}))?"
)
"""A model code or serial number ("KX-250", "KX2-0988"): capitals (and digits), a hyphen, digits; a
range of two ("from KX2-0041 through KX2-0988", "KX2-0041–KX2-0988")."""
_CODE_CUE = compiled(r"-\d\d")
"""What every code holds (`_CODES`): a sentence without it ("a 44-year-old", "Jean-Paul") is not
scanned for codes."""


def _code_family(code: str) -> str:
    """What a code's serial is counted in: all but its last digits ("KX2-" of "KX2-0988")."""
    return code.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").rstrip("0123456789")


def _code_disagreements(by_article: dict[int, list[Fact]]) -> list[dict[int, str]]:
    """The disagreements on model codes and serial numbers (`_CODES`), one for each family of codes.
    A code is neither a figure (its digits count nothing: no rounding or bound makes "KX-250" and
    "KX-260" one) nor a name (one digit changed is no spelling): it is set only against the codes of
    its family that the other articles give, as written, and a range of them is one value, what a
    recall turns on ("KX2-0041–KX2-0988 · KX2-0041–KX2-0898"). A code inside another article's range
    of its family agrees with it; one an article leaves out is a detail (`_disagreement`)."""
    read: dict[str, dict[int, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    for article, facts in by_article.items():
        for fact in facts:
            if "-" not in fact.sentence.text or not _CODE_CUE.search(fact.sentence.text):
                continue  # (most sentences)
            for match in _CODES.finditer(fact.sentence.text):
                low, high = match["low"], match["high"] or match["low"]
                if (
                    _code_family(low) != _code_family(high)
                    or len(low) != len(high)
                    or (match["joiner"] == "and" and match["opening"] != "between")
                ):  # two codes ("the KX-200 and KX-250 models"), not a range of one family
                    for code in {low, high}:
                        read[_code_family(code)][article].add((code, code))
                else:
                    read[_code_family(low)][article].add((low, high))
    found = []
    for family in sorted(read):
        given = read[family]
        if len(given) < 2:
            continue  # (a family one article alone gives)
        spans = {a: [(x, y) for x, y in values if x != y] for a, values in given.items()}
        sets = {
            a: {
                x if x == y else f"{x}\u2013{y}"
                for x, y in values
                if x != y or not any(lo <= x <= hi for b in given if b != a for lo, hi in spans[b])
            }
            for a, values in given.items()
        }
        found.append(_disagreement(sets))
    return found
