"""Code conflicts: model codes and serial numbers ("KX-250" against "KX-260"), set only against
codes of their family (`_code_disagreements`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache, partial

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


_SERVICE_CUE = r"(?i:flights?|trains?|bus(?:es)?|ferry)\s+(?:(?i:number|no\.?)\s*)?"
_SERVICE = r"(?P<d{0}>[A-Z]{{2,3}}|[A-Z]\d|\d[A-Z])\s?(?P<n{0}>\d{{1,4}}[A-Z]?)"
_SERVICE_CODES = compiled(
    rf"\b{_SERVICE_CUE}{_SERVICE.format(1)}(?![\w-])"
    rf"|(?<![\w-]){_SERVICE.format(2)}\s+(?i:flight|train|bus|ferry|service)\b"
    r"|(?<![\w-])(?P<d3>[A-Z]{2})(?P<n3>\d{3,4})(?![\w-])"
    r"|\b(?P<d4>(?i:flight|train))\s+(?:(?i:number|no\.?)\s*)?(?P<n4>\d{3,5})(?![\w.,%-]|\s*[.,]\d)"
    r"(?!\s+(?i:minutes?|hours?|seconds?|days?|weeks?|years?|met(?:re|er)s?|km|kilomet\w+|miles?|feet|tonnes?|people"
    r"|passengers|times|per)\b)"
)
"""A flight, train, bus or ferry's code: a carrier's designator and a number, after a word that says
what it numbers ("Flight SK 412", "flight SK412", "train ICE 578", "the BA 2490 flight") or, of two
capitals and three or four digits, written as one word anywhere ("SK412", "MH370"); a number of
three to five digits after "flight" or "train" ("flight 9525", "train 4410"; not "a train 300
metres long"), which is no figure (`service_numbers`). Not capitals and digits that no such word goes
with ("COVID 19", "G 7", "the A1 road", "Windows 11", "RB 34"), nor a year ("FY2024": `_YEARLIKE`)."""
_SERVICE_CUE_WORDS = compiled(r"(?i)\b(?:flight|train|bus|ferr)|[A-Z]{2}\d{3}")
"""What a sentence holds if `_SERVICE_CODES` may find a code in it (most hold none)."""
_YEARLIKE = compiled(r"(?:19|20)\d\d")
_ANY_DIGIT = compiled(r"\d")
"""A digit, which every code holds: tried before `_SERVICE_CUE_WORDS`, a slower search."""


def _service_codes(text: str) -> dict[tuple[str, str], str]:
    """The codes of flights, trains, buses and ferries of a sentence (`_SERVICE_CODES`), each as its
    designator and number (("SK", "412")) with its form as written ("SK 412", "SK412")."""
    found: dict[tuple[str, str], str] = {}
    for match in _SERVICE_CODES.finditer(text):
        which = next(i for i in "1234" if match["d" + i])
        designator, number = match["d" + which], match["n" + which]
        if which == "4":
            designator = designator.casefold()  # (a bare number: set against bare numbers of its kind)
        if which == "3" and _YEARLIKE.fullmatch(number):
            continue  # ("FY2024", "EU2020": a year)
        found.setdefault((designator, number), text[match.start("d" + which) : match.end("n" + which)])
    return found


def service_numbers(text: str) -> frozenset[str]:
    """The figures of a sentence that number a flight or a train ("9525" of "flight 9525"): codes
    (`_service_disagreements`), which the numbers do not weigh."""
    if not _may_hold_service_codes(text):
        return frozenset()  # (most sentences)
    return frozenset(number for (designator, number) in _service_codes(text) if designator.islower())


@lru_cache(maxsize=8192)
def _may_hold_service_codes(text: str) -> bool:
    """Whether `_SERVICE_CODES` may find a code in a sentence (a digit, then `_SERVICE_CUE_WORDS`):
    asked once a sentence, though the numbers and the codes both ask it of a group's sentences."""
    return _ANY_DIGIT.search(text) is not None and _SERVICE_CUE_WORDS.search(text) is not None


def _code_family(code: str) -> str:
    """What a code's serial is counted in: all but its last digits ("KX2-" of "KX2-0988")."""
    return code.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").rstrip("0123456789")


def _code_disagreements(by_article: dict[int, list[Fact]]) -> list[tuple[str, dict[int, str]]]:
    """The disagreements on model codes and serial numbers (`_CODES`), one for each family of codes,
    each with what it tells (`Conflict.reason`: 'a code of one family ("KX2-")').
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
        found.append((f'a code of one family ("{family}")', _disagreement(sets)))
    return found + _service_disagreements(by_article)


def _service_disagreements(by_article: dict[int, list[Fact]]) -> list[tuple[str, dict[int, str]]]:
    """The disagreements on the codes of flights, trains, buses and ferries (`_SERVICE_CODES`), one
    for each carrier's designator, each with what it tells ('the code of one carrier ("SK")', "the
    flight number"): "Flight SK 412" against "SK 421" ("SK 412 · SK 421"), each as its
    article writes it; "SK 412" and "SK412" are one. Codes of two designators are never set against
    each other ("SK 412" and "BA 2490" may be two flights)."""
    read: dict[str, dict[int, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for article, facts in by_article.items():
        for fact in facts:
            if not _may_hold_service_codes(fact.sentence.text):
                continue  # (most sentences)
            for (designator, number), written in _service_codes(fact.sentence.text).items():
                read[designator][article].setdefault(number, written)
    found = []
    for designator in sorted(read):
        given = read[designator]
        if len(given) >= 2:
            sets = {a: set(numbers) for a, numbers in given.items()}
            # (a bare number's designator is the word before it, "flight": `_service_codes`)
            reason = (
                f"the {designator} number"
                if designator.islower()
                else f'the code of one carrier ("{designator}")'
            )
            found.append((reason, _disagreement(sets, partial(_as_written, given))))
    return found


def _as_written(given: dict[int, dict[str, str]], article: int, number: str) -> str:
    """A code's number as its article writes it (`_service_disagreements`): "SK 412", "flight 9525"."""
    return given[article][number]
