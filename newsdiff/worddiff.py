"""Word-level differences between two aligned sentences, with diff-match-patch.

Each sentence becomes a string of tokens (words, punctuation, spaces), each token one character, so
the diff (a longest common subsequence by rapidfuzz, tidied by diff-match-patch) is of whole
words; small islands of equality (spaces, punctuation, function words)
are folded into the changes around them. Tokens are compared by a normal form, so curly against
straight quotes, dash kinds, case and runs of spaces (re-wrapped lines) do not count as differences;
the output keeps the original text.

Besides the operations, a diff gives the character spans of each text that a reader should see
marked as changed. By default a change made only of punctuation (a colon for a dash, a comma that
one side leaves out) is not marked, and the edges of a marked span are trimmed to its words. With
`strict`, tokens are compared exactly as written: quote style, dashes, case, punctuation and
spacing all count, and every change is marked.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, compress
from typing import Any, cast

from rapidfuzz.distance import Indel

from newsdiff.model import DiffOp, PairDiff, Span
from newsdiff.quantities import measures_of, read_numbers

_INITIALISM_SOURCE = r"(?:[^\W\d_]\.){2,}"
_INITIALISM = re.compile(_INITIALISM_SOURCE)
"""Letters each followed by a period: "U.S.", "p.m." (one token, compared without its periods)."""
ABBREVIATIONS = frozenset(
    """Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Prof Gov Sen Rep Gen Lt Sgt Capt
    Col Maj Rev Adm Cmdr Supt St Mt Ft Jr Sr Inc Ltd Corp Co Bros vs etc approx""".split()
)
"""Words written short with a full stop that is theirs ("Jan. 5", "Dr. Roe", "Acme Inc."): one
token with the stop, compared without it, so a change of one marks its stop too."""
_ABBREVIATION_SOURCE = (
    _INITIALISM_SOURCE
    + r"|(?:"
    + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")\.(?![^\W_])|Nos?\.(?=\s?\d)"
)
"""An initialism, a word of ABBREVIATIONS with its stop, "No." before a number ("No. 10")."""
_ABBREVIATION_END = re.compile(r"(?<![^\W_])(?:" + _ABBREVIATION_SOURCE + r")\Z")
"""A text ending in an abbreviation with its stop (`_mark` keeps the stop in the marked span)."""
_TOKEN = re.compile(
    r"\s+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,:]\d+)+|"
    + _ABBREVIATION_SOURCE
    + r"|[^\W_]+(?:['’][^\W_]+)*|.",
    re.S,
)
"""Spaces, numbers grouped by spaces ("1 200", "12 000,50": French, Polish, Russian), numbers with
their separators ("1,500", "3.5", "10:15"), initialisms and abbreviations with their stops ("U.S.",
"p.m.", "Jan."), words, single marks."""
_MEANINGFUL_SIGNS = frozenset("%‰°")
"""Marks that are no punctuation: a change of one is a change of the fact ("45%" against "45
points"), as one of a currency sign or an emoji is (Unicode categories Sc, So)."""
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
TOKEN_CACHE = 2048
"""Texts whose tokens are kept for the next diffs: a group's first sentence is diffed against each
other member's, one group after another, so a few recent texts catch the reuse (keeping all fifteen
thousand texts of 1,000 articles cost ~40 MB of peak memory)."""
_PRIVATE_USE = 0xF0000
"""Tokens are encoded as characters from a private-use plane that real text does not use here."""
_FIGURE = re.compile(
    r"(?:(?:US|A|AU|C|CA|NZ|HK|S)?\$|[€£¥₹])?\d+(?:[.,]\d+)*"
    r"(?:\s?(?:bn|tn|m|k)\b|\s(?:million|billion|trillion|thousand)\b)?"
    r"(?:\s?%|\s(?:percent|per\s+cent)\b|p\b(?!\.)|\s(?:pence|pounds|dollars|euros|yen)\b"
    r"|[\s-]?(?P<unit>km/h|kmh|kph|km/hr|mph|(?:km|kilomet(?:re|er)s?|miles?)\s+(?:per|an|a)\s+hour"
    r"|km|kilomet(?:re|er)s?|mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|kg|kilogram(?:me)?s?"
    r"|inch(?:es)?|(?<=[\d-])in|g|grams?|lbs?|ft|feet|foot|miles?|GB|TB|MB|mAh)\b)?"
)
"""A figure with its unit, which outlets write several ways: "6%" and "6 percent", "£318m" and "318
million pounds", "$27bn" and "27 billion dollars", "250p" and "£2.50", "120 km/h" and "120
kilometres per hour", "40 km" and "40 kilometres", "5km", "5 km" and "5-km", "6.7in" and "6.7-inch"
(`_figures`; "500m" and "500 metres" not: "m" may be millions; "in" only written onto its number:
"5 in 10" is no length)."""
_UNIT_NAMES = {
    "in": "inch",
    "inch": "inch",
    "inches": "inch",
    "g": "gram",
    "gram": "gram",
    "grams": "gram",
    "lb": "pound",
    "lbs": "pound",
    "ft": "feet",
    "feet": "feet",
    "foot": "feet",
    "mile": "mile",
    "miles": "mile",
    "GB": "GB",
    "TB": "TB",
    "MB": "MB",
    "mAh": "mAh",
}
"""The unit a `_FIGURE` unit names when `quantities.measures_of` reads none in its phrase ("6.7in",
"210g", "256GB", "5,000mAh"), by the names measures_of gives ("inch", "pound", "feet", "mile")."""
_FIGURE_KEY = "\x00"
"""What opens the compared form of a figure with its unit (`_figures_as_one`): no token's form."""


@lru_cache(maxsize=1)
def _engine() -> Any:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no time limit: the same input always gives the same diff
    return dmp


def tokenize(text: str) -> list[str]:
    """Words (with inner apostrophes and the combining marks on their letters), single punctuation
    marks and runs of whitespace."""
    tokens = _TOKEN.findall(text)
    if text.isascii() or not _MAY_HOLD_MARKS.search(text):
        return tokens
    return _with_marks(tokens)


_MAY_HOLD_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u0f18-\u0fbc\u1000-\u109d\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\u302a-\u302f\u3099\u309a\ufe20-\ufe2f]"
)
"""The blocks that hold combining marks (with the letters of the scripts that use them): a text
with none of them, most text with curly quotes or accents composed (NFC, `sanitize`), is tokenized
as it is (looking at each token cost 2% of an align of the samples)."""


def _with_marks(tokens: list[str]) -> list[str]:
    """The tokens with each combining mark joined to the letter before it, and the word after a mark
    to it: `re` counts a mark as no word character, so Devanagari "नमस्ते" was four tokens (its
    vowel sign and virama marks of their own) and a struck-through "Z̶a̶l̶g̶o̶" ten, and a diff's
    marker could stand between a letter and its mark, which then sat on the bracket."""
    out: list[str] = []
    after_mark = False
    for token in tokens:
        mark = len(token) == 1 and unicodedata.category(token)[0] == "M"
        if out and (mark or (after_mark and token[0].isalnum())):
            out[-1] += token
            after_mark = mark
        else:
            out.append(token)
            after_mark = False
    return out


@lru_cache(maxsize=65536)
def normal_token(token: str) -> str:
    """The form two tokens are compared in: case, quote and dash style and spacing ignored."""
    if token.isspace():
        return " "
    if token[-1] == "." and len(token) > 1 and token[0].isalpha():
        return token.replace(".", "").casefold()  # (an abbreviation's) "U.S." is "US", "Jan." "Jan"
    return token.translate(_NORMAL).casefold()


def _absorb_trivial(diffs: list[tuple[int, str]], decode: dict[str, str]) -> list[tuple[int, str]]:
    """Fold equal runs of only spaces, punctuation and short function words into the changes
    around them, so a change reads as one phrase rather than a salad of single words.

    (diff-match-patch's semantic cleanup counts characters, here tokens, and on reordered names it
    throws away long equal runs too; this keeps them.)
    """
    out: list[tuple[int, str]] = []
    last = len(diffs) - 1
    for i, (code, chunk) in enumerate(diffs):
        if code == 0 and 0 < i < last and all(map(_trivial, map(decode.__getitem__, chunk))):
            out.extend([(-1, chunk), (1, chunk)])
        else:
            out.append((code, chunk))
    return out


def _lcs_diff(a: str, b: str) -> list[tuple[int, str]]:
    """A longest-common-subsequence diff in diff-match-patch's form ([(0|-1|1, chunk)]), by
    rapidfuzz's C++ Indel opcodes: diff-match-patch's pure-Python bisection took ~1 ms a sentence
    pair, most of the time of an alignment."""
    diffs: list[tuple[int, str]] = []
    # the opcodes as plain tuples (`as_list`, in C), where reading the fields of each Opcode object
    # cost more: the events pair's diffs 24.7 -> 23.1 M instructions
    opcodes = cast("list[tuple[str, int, int, int, int]]", Indel.opcodes(a, b).as_list())
    for tag, src_start, src_end, dest_start, dest_end in opcodes:
        if tag == "equal":
            diffs.append((0, a[src_start:src_end]))
        else:
            if src_end > src_start:
                diffs.append((-1, a[src_start:src_end]))
            if dest_end > dest_start:
                diffs.append((1, b[dest_start:dest_end]))
    return diffs


@lru_cache(maxsize=65536)
def _trivial(token: str) -> bool:
    return token in _GLUE or not _is_word(token)


def word_diff(a: str, b: str, strict: bool = False) -> tuple[tuple[DiffOp, str], ...]:
    """Operations that turn `a` into `b`, word by word; `=` parts show `a`'s original text."""
    return _diff(a, b, strict)[0]


def pair_diff(a: str, b: str, pair: tuple[int, int], strict: bool = False) -> PairDiff:
    """The word diff of two aligned texts with the spans of each that differ from the other."""
    ops, changed_a, changed_b = _diff(a, b, strict)
    return PairDiff(pair=pair, ops=ops, changed=(changed_a, changed_b))


Packed = tuple[tuple[int, int], tuple[tuple[int, str], ...], tuple[tuple[Span, ...], tuple[Span, ...]]]
"""A PairDiff as plain tuples, ints and strings: what passes between processes cheaply (a pickled
PairDiff rebuilds each of its enum members and records one by one: ~50 us a diff)."""
_OPS = tuple(DiffOp)
_CODES = {op: code for code, op in enumerate(_OPS)}


def pack(diff: PairDiff) -> Packed:
    """The diff in plain tuples, for `unpack` in another process."""
    return diff.pair, tuple((_CODES[op], text) for op, text in diff.ops), diff.changed


def unpack(packed: Packed, known: dict[int, tuple[tuple[DiffOp, str], ...]]) -> PairDiff:
    """The PairDiff of `pack`; `known` keeps the operations rebuilt so far, by the identity of
    their packed form (a diff that several pairs share is passed, and rebuilt, once)."""
    pair, ops, changed = packed
    rebuilt = known.get(id(ops))
    if rebuilt is None:
        rebuilt = known[id(ops)] = tuple((_OPS[op], text) for op, text in ops)
    return PairDiff(pair=pair, ops=rebuilt, changed=changed)


def _diff(
    a: str, b: str, strict: bool
) -> tuple[tuple[tuple[DiffOp, str], ...], tuple[Span, ...], tuple[Span, ...]]:
    # the texts are aligned by the forms tokens are compared in, strict or not: compared as written,
    # the spaces between words outnumbered the words, and a capital or a quote changed aligned the
    # spaces rather than the words around it (a whole sentence struck, "." alone kept)
    (tokens_a, keys_a, words_a, spaces_a), (tokens_b, keys_b, words_b, spaces_b) = _tokens(a), _tokens(b)
    figures = not strict and _figures_as_one(a, b)
    if figures:  # (one figure written two ways: compared as one token, in its figure's form)
        (tokens_a, keys_a, words_a, spaces_a), (tokens_b, keys_b, words_b, spaces_b) = figures
    dmp = _engine()
    # diff-match-patch's choices depend on which text comes first; diffing in one fixed order and
    # turning the result round makes word_diff(b, a) the exact mirror of word_diff(a, b)
    swap = keys_b < keys_a
    first, second = (keys_b, keys_a) if swap else (keys_a, keys_b)
    # each distinct form once, in order of appearance (`dict.fromkeys`), then both texts encoded
    # through `map`: the loops in C
    codes = {k: chr(_PRIVATE_USE + n) for n, k in enumerate(dict.fromkeys(first + second))}
    # a space is aligned only as the space between two words aligned (`_spaces_between`): matched
    # like a word, the spaces outnumbered the words, and the longest run in common was often one of
    # spaces between other words ("Halden on Monday afternoon" said by both, the sentences struck)
    spaces = len(codes)
    encoded = []
    for keys, gaps in (
        ((first, spaces_b), (second, spaces_a)) if swap else ((first, spaces_a), (second, spaces_b))
    ):
        chars = list(map(codes.__getitem__, keys))  # (the loop in C; then the spaces alone)
        for at in gaps:
            chars[at] = chr(_PRIVATE_USE + spaces + at)
        encoded.append("".join(chars))
        spaces += len(keys)
    diffs = _spaces_between(_lcs_diff(*encoded), len(codes))
    decode = _Decoded({code: token for token, code in codes.items()})  # (a space's own code: " ")
    diffs = _absorb_trivial(diffs, decode)
    dmp.diff_cleanupMerge(diffs)
    if swap:
        diffs = [(-code, chunk) for code, chunk in diffs]
        # each change is now an insertion before its deletion: put the deletion first again. (A
        # second diff_cleanupMerge did only this: the first left no common ends to factor out, no
        # equalities to merge and no edit to shift, and turning the codes round changes no text;
        # 67,408 diffs of the sentence pairs of the bench's two 1,000-word inputs, both ways round,
        # strict or not, came out the same; the events pair's diffs 25.4 -> 24.7 M instructions.)
        for i in range(len(diffs) - 1):
            if diffs[i][0] == 1 and diffs[i + 1][0] == -1:
                diffs[i], diffs[i + 1] = diffs[i + 1], diffs[i]
    if strict:  # what is written otherwise changes too, read as phrases as the rest is
        diffs = _changes_together(_absorb_trivial(_as_written(diffs, tokens_a, tokens_b), decode))
    ops: list[tuple[DiffOp, str]] = []
    changed: tuple[list[Span], list[Span]] = ([], [])
    sides = ((keys_a, words_a), (keys_b, words_b))
    region: list[tuple[int, str, int, int, int]] = []  # (side, text, offset, tokens) of the changes
    i = j = 0  # token positions
    pos_a = pos_b = 0  # character positions
    for code, chunk in diffs:
        n = len(chunk)
        if code == 0:
            _mark_region(region, sides, changed, strict)
            text, op = "".join(tokens_a[i : i + n]), DiffOp.EQUAL
            pos_a += len(text)
            pos_b += len("".join(tokens_b[j : j + n]))
            if figures and tokens_a[i : i + n] != tokens_b[j : j + n]:
                # a figure written otherwise ("6%", "6 percent"): the ops change it, so that they
                # still rebuild each text, and it is left unmarked
                for op, text in _figures_written(keys_a[i : i + n], tokens_a[i : i + n], tokens_b[j : j + n]):
                    ops[-1:] = (
                        [(op, ops[-1][1] + text)] if ops and ops[-1][0] is op else [*ops[-1:], (op, text)]
                    )
                i, j = i + n, j + n
                continue
            i, j = i + n, j + n
        elif code < 0:
            text, op = "".join(tokens_a[i : i + n]), DiffOp.DELETE
            region.append((0, text, pos_a, i, i + n))
            pos_a += len(text)
            i += n
        else:
            text, op = "".join(tokens_b[j : j + n]), DiffOp.INSERT
            region.append((1, text, pos_b, j, j + n))
            pos_b += len(text)
            j += n
        if ops and ops[-1][0] is op:
            ops[-1] = (op, ops[-1][1] + text)
        else:
            ops.append((op, text))
    _mark_region(region, sides, changed, strict)
    return tuple(ops), _merge(changed[0]), _merge(changed[1])


@lru_cache(maxsize=TOKEN_CACHE)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...], tuple[int, ...]]:
    """A text's tokens, the forms they are compared in, which tokens are words, and where the spaces
    are (outlets repeating a wording, and a group's first sentence against each other member, meet
    one text many times: `_words` asked whether each token of a change was a word, each time)."""
    tokens = tuple(tokenize(text))
    keys = tuple(map(normal_token, tokens))
    return tokens, keys, tuple(map(_is_word, tokens)), tuple([i for i, k in enumerate(keys) if k == " "])


Tokens = tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...], tuple[int, ...]]
"""A text's tokens, their compared forms, which are words, and where the spaces are (`_tokens`)."""


def _figures_as_one(a: str, b: str) -> tuple[Tokens, Tokens] | None:
    """Both texts' tokens with each figure the two write in other words (`_figures`: "6%" and "6
    percent") as one token, compared in the form of its figure; None when they write none so."""
    mine, theirs = _figures(a), _figures(b)
    if not mine or not theirs:
        return None  # (most pairs)
    written: dict[str, set[str]] = {}
    for phrase, figure in (*mine, *theirs):
        written.setdefault(figure, set()).add(phrase.translate(_NORMAL).casefold())
    both = {f for _, f in mine} & {f for _, f in theirs}
    otherwise = frozenset(f for f in both if len(written[f]) > 1)
    if not otherwise:
        return None
    return _joined(a, otherwise), _joined(b, otherwise)


@lru_cache(maxsize=TOKEN_CACHE)
def _joined(text: str, figures: frozenset[str]) -> Tokens:
    """`_tokens` of a text, each of `figures` it writes (`_figures`) one token."""
    tokens, keys, words, _ = _tokens(text)
    first = {at: n for n, at in enumerate(accumulate(map(len, tokens), initial=0))}
    joined: list[tuple[str, str, bool]] = []
    at = 0
    for match in _FIGURE.finditer(text):
        figure = _figure_of(match.group())
        start, end = first.get(match.start()), first.get(match.end())
        if figure not in figures or start is None or end is None or start < at:
            continue
        joined.extend(zip(tokens[at:start], keys[at:start], words[at:start], strict=True))
        joined.append((match.group(), _FIGURE_KEY + figure, True))
        at = end
    joined.extend(zip(tokens[at:], keys[at:], words[at:], strict=True))
    new_tokens, new_keys, new_words = (tuple(column) for column in zip(*joined, strict=True))
    return new_tokens, new_keys, new_words, tuple([i for i, k in enumerate(new_keys) if k == " "])


def _figures_written(
    keys: tuple[str, ...], mine: tuple[str, ...], theirs: tuple[str, ...]
) -> list[tuple[DiffOp, str]]:
    """The ops of an equal run (`keys`, and each side's tokens) whose figures are written otherwise
    on each side: each such figure deleted and inserted, the rest equal, in the first text's words."""
    ops: list[tuple[DiffOp, str]] = []
    for key, a, b in zip(keys, mine, theirs, strict=True):
        parts = (
            [(DiffOp.DELETE, a), (DiffOp.INSERT, b)]
            if a != b and key[:1] == _FIGURE_KEY
            else [(DiffOp.EQUAL, a)]
        )
        for op, text in parts:
            ops[-1:] = [(op, ops[-1][1] + text)] if ops and ops[-1][0] is op else [*ops[-1:], (op, text)]
    return ops


@lru_cache(maxsize=TOKEN_CACHE)
def _figures(text: str) -> tuple[tuple[str, str], ...]:
    """Each figure of a text written with a unit (`_FIGURE`: a currency, a scale, a percent) and its
    form: the figure and currency as `quantities.read_numbers` reads them ("6%", "318000000 GBP")."""
    if not any(map(str.isdigit, text)):
        return ()
    found = []
    for match in _FIGURE.finditer(text):
        phrase = match.group()
        if not phrase[-1].isdigit() or not phrase[0].isdigit():  # (a bare number has one form)
            found.append((phrase, _figure_of(phrase)))
    return tuple((phrase, figure) for phrase, figure in found if figure)


@lru_cache(maxsize=TOKEN_CACHE)
def _figure_of(phrase: str) -> str:
    """A figure with its unit as `quantities.read_numbers` reads it: "6%", "318000000 GBP", or with
    the unit `quantities.measures_of` names: "120 kmh"; "" for a figure of no unit ("500m" may be
    metres)."""
    numbers, money = read_numbers(phrase)
    if len(numbers) != 1:
        return ""
    if money:
        return f"{money[0][0]} {money[0][1]}"
    if numbers[0].endswith("%"):
        return numbers[0]
    match = _FIGURE.fullmatch(phrase)
    if match is None or match["unit"] is None:
        return ""
    units = measures_of(phrase).get(numbers[0], frozenset())
    if len(units) == 1:
        return f"{numbers[0]} {next(iter(units))}"
    named = _UNIT_NAMES.get(match["unit"])
    return f"{numbers[0]} {named}" if named and not units else ""


class _Decoded(dict[str, str]):
    """The forms of the codes, where a code of none is a space's own (`_spaces_between`)."""

    def __missing__(self, _code: str) -> str:
        return " "


def _spaces_between(diffs: list[tuple[int, str]], words: int) -> list[tuple[int, str]]:
    """The diff with the spaces that open or close both a deletion and the insertion beside it
    (each text's own, encoded past the `words` codes of the forms) made equal: the spaces between
    words both texts hold and the change ("the [-cat-]{+dog+} sat", not "the[- cat -]{+ dog +}sat")."""
    first_space = chr(_PRIVATE_USE + words)
    out: list[tuple[int, str]] = []

    def equal(chunk: str) -> None:
        if chunk:
            out[-1:] = [(0, out[-1][1] + chunk)] if out and out[-1][0] == 0 else [*out[-1:], (0, chunk)]

    pending: list[tuple[int, str]] = []  # a deletion and an insertion side by side
    for code, chunk in [*diffs, (0, "")]:
        if code:
            pending.append((code, chunk))
            continue
        if len(pending) == 2:
            (c1, x), (c2, y) = pending
            head = x[0] >= first_space and y[0] >= first_space
            tail = len(x) > head and len(y) > head and x[-1] >= first_space and y[-1] >= first_space
            if head:
                equal(x[0])
            x, y = x[head : len(x) - tail], y[head : len(y) - tail]
            out.extend(c for c in ((c1, x), (c2, y)) if c[1])
            if tail:
                equal(pending[0][1][-1])
        else:
            out.extend(pending)
        pending = []
        equal(chunk)
    return out


def _changes_together(diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The diff with each stretch of changes between two equal runs as one deletion and one
    insertion (diff-match-patch's merge would also take what the two have in common for equal)."""
    out: list[tuple[int, str]] = []
    deleted, inserted = "", ""
    for code, chunk in diffs:
        if code < 0:
            deleted += chunk
        elif code > 0:
            inserted += chunk
        else:
            out.extend(c for c in ((-1, deleted), (1, inserted)) if c[1])
            deleted = inserted = ""
            out.append((0, chunk))
    out.extend(c for c in ((-1, deleted), (1, inserted)) if c[1])
    return out


def _as_written(
    diffs: list[tuple[int, str]], tokens_a: tuple[str, ...], tokens_b: tuple[str, ...]
) -> list[tuple[int, str]]:
    """The diff with each equal run split where its tokens are written otherwise on the two sides
    ("A" and "a", curly and straight quotes): those become a deletion and an insertion, as `strict`
    shows them; the rest stays equal."""
    out: list[tuple[int, str]] = []
    i = j = 0  # token positions
    for code, chunk in diffs:
        n = len(chunk)
        if code:
            out.append((code, chunk))
            i, j = (i + n, j) if code < 0 else (i, j + n)
            continue
        k = 0
        while k < n:
            alike = tokens_a[i + k] == tokens_b[j + k]
            start = k
            while k < n and (tokens_a[i + k] == tokens_b[j + k]) is alike:
                k += 1
            run = chunk[start:k]
            out.extend([(0, run)] if alike else [(-1, run), (1, run)])
        i, j = i + n, j + n
    return out


def _mark_region(
    region: list[tuple[int, str, int, int, int]],
    sides: tuple[tuple[tuple[str, ...], tuple[bool, ...]], ...],
    changed: tuple[list[Span], list[Span]],
    strict: bool,
) -> None:
    """Mark the changes between two equal runs, then forget them. Without `strict`, a region whose
    two sides hold the same words (once folded into a change, "the, the" against "the the") is
    only punctuation or typography and stays unmarked."""
    if not strict and _words(region, 0, *sides[0]) == _words(region, 1, *sides[1]):
        region.clear()
        return
    for side, text, offset, _, _ in region:
        _mark(changed[side], text, offset, strict)
    region.clear()


def _words(
    region: list[tuple[int, str, int, int, int]], side: int, keys: tuple[str, ...], words: tuple[bool, ...]
) -> list[str]:
    """The compared forms of the words one side changes in a region (its tokens between the
    two equal runs: one stretch); `words` tells which of the side's tokens are words."""
    runs = [(start, stop) for s, _, _, start, stop in region if s == side]
    if not runs:
        return []
    start, stop = runs[0][0], runs[-1][1]
    return list(compress(keys[start:stop], words[start:stop]))  # the loop in C


@lru_cache(maxsize=65536)
def _is_word(token: str) -> bool:
    """Whether a change of the token changes what the text says: a word or a number, or a sign
    that carries meaning (`_meaningful`)."""
    return any(map(_meaningful, token))


@lru_cache(maxsize=1024)
def _meaningful(char: str) -> bool:
    """A letter or digit, a currency sign ("$", "€"), a percent sign, an emoji or another symbol:
    what a reader sees changed, where punctuation and spaces are typography."""
    return char.isalnum() or char in _MEANINGFUL_SIGNS or unicodedata.category(char) in ("Sc", "So")


def _mark(spans: list[Span], chunk: str, offset: int, strict: bool) -> None:
    """Add the span of a changed chunk that a reader should see marked, if any.

    Strict: the chunk without its outer spaces (all of it when it is only spaces). Otherwise: from
    its first to its last letter, digit or meaningful sign (`_meaningful`), and nothing when it
    holds none.
    """
    if strict:
        core = chunk.strip() or chunk
        start = chunk.find(core)
        spans.append((offset + start, offset + start + len(core)))
        return
    first = next((at for at, char in enumerate(chunk) if _meaningful(char)), None)
    if first is not None:
        last = len(chunk) - 1
        while not _meaningful(chunk[last]):
            last -= 1
        if chunk[last + 1 : last + 2] == "." and _ABBREVIATION_END.search(chunk, 0, last + 2):
            last += 1  # an abbreviation's own stop ("p.m.", "Jan."), where a sentence's stays out
        while last + 1 < len(chunk) and unicodedata.category(chunk[last + 1])[0] == "M":
            last += 1  # the marks on the last letter are its own ("o" and a stroke through it)
        spans.append((offset + first, offset + last + 1))


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
