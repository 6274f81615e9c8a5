"""Hostile inputs are read in linear time: each stage's time at two sizes of one hostile input.

    python bench/hostile.py [--runs 3] [--only NAME]

A page can hold a line of any length and make, and each case below once took seconds to minutes
of one stage (cleaning, reading a sentence, reading numbers in other languages, conflicts): a
180 KB line of Markdown brackets 17 s, 3,000 quoted statements in a sentence 30 s, a 100 KB
sentence of months 24.7 s, two lists of 2,000 amounts 12 s. The tests assert what each stage
finds in them (tests/test_clean_blocks.py, test_segment.py, test_quantities.py,
test_quantities_intl.py, test_conflicts_dates.py, test_align.py: "hostile"), never how long it
takes: speed is measured here. For each case the stage runs on the input at size n and 2n (best
of `--runs`), and the growth exponent between the two is printed (log2 of their ratio): about 1
is linear, 2 quadratic. The baseline is ordinary text: a news paragraph repeated to the same
length as the hostile input of size 2n, through the same stage.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdiff.clean import clean_document  # noqa: E402
from newsdiff.conflicts import conflicts_of  # noqa: E402
from newsdiff.conflicts.dates import _dated_deeds  # noqa: E402
from newsdiff.conflicts.numbers import _without_sums  # noqa: E402
from newsdiff.locales import LANGUAGES, _as_english  # noqa: E402
from newsdiff.model import Document, Sentence  # noqa: E402
from newsdiff.quantities import read_numbers  # noqa: E402
from newsdiff.segment import extract, reported_by, short_quotes  # noqa: E402

ORDINARY = (
    "The county opened a new footbridge over the river Wend on Friday, two years after floods swept "
    "the old one away. The bridge cost 2.1 million pounds, the council said, and 300 people crossed "
    '"It was worth the wait," said Ann Lee, who has lived in the village since 1987. '
)
"""Ordinary news text, repeated to the length of a hostile input for the baseline."""

NAMES = "Anna Lind Tom Berg Mara Holt Olav Dahl Ruth Amsel Karl Sten".split()


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[int], Any]
    """The hostile input at size n."""
    run: Callable[[Any], object]
    """The stage, given an input (hostile, or ordinary text when `text` is set)."""
    size: int
    text: bool = True
    """Whether the input is a text (then ordinary text of its length is the baseline)."""


# the stages' own caches would answer every run after the first: each run reads afresh
_read_dates = _dated_deeds.__wrapped__
_read_numbers = _as_english.__wrapped__


def _sentence(text: str) -> object:
    read = extract(Sentence(article=0, index=0, paragraph=0, text=text))
    return reported_by(read), short_quotes(text)


def _in_a_sentence(hostile: str) -> str:
    return f"The port closed on Monday after {hostile} and Ann Lee said: “We will reopen it on Friday.”"


def _page(line: str) -> Document:
    return Document(source="hostile", label="hostile", text=f"Footbridge Opens\n\n{ORDINARY}\n\n{line}\n")


def _amounts(n: int) -> dict[int, set[str]]:
    draw = random.Random(7)
    return {article: {f"{draw.randint(1, n)}000000" for _ in range(n)} for article in range(2)}


def _amount_lists(n: int) -> list[str]:
    amounts = ", ".join(f"${i}.5 million" for i in range(n))
    return [
        f"The Kessby fund has paid {amounts} since it opened on Monday.",
        f"Since it opened on Monday the Kessby fund has paid {amounts}.",
    ]


def _compare_amounts(texts: list[str]) -> object:
    return conflicts_of(
        [extract(Sentence(article=a, index=0, paragraph=0, text=t)) for a, t in enumerate(texts)]
    )


_PAGES = [  # (name, line of size n, n)
    ("brackets", lambda n: "x" + "[" * n + "x" + "](" * n, 30_000),
    ("images", lambda n: "![" * n + "a](", 30_000),
    ("image addresses", lambda n: "x ![a](" * n, 15_000),
    ("dots", lambda n: "1." * n, 15_000),
    ("no address", lambda n: "a-" * n + "@", 15_000),
    ("addresses", lambda n: "The county said " + "www." * n + "?", 15_000),
]
_SENTENCES = [  # (name, what a sentence holds at size n, n)
    ("statements", lambda n: " ".join(["“one two three”"] * n), 1_500),
    ("single marks", lambda n: " ".join(["'one two three,'"] * n), 1_500),
    ("open marks", lambda n: " ".join(["“word"] * n), 10_000),
    (
        "names and verbs",
        lambda n: " ".join(f"{NAMES[i % 12]} {NAMES[i * 5 % 12]} said" for i in range(n)),
        1_000,
    ),
]
_NUMBERS = [("digits", lambda n: "1" * n, 50_000), ("commas", lambda n: "1," * n, 25_000)]

CASES = [
    *(
        Case(f"clean: {name}", make, lambda line: clean_document(_page(line)), size)
        for name, make, size in _PAGES
    ),
    *(
        Case(f"sentence: {name}", lambda n, m=make: _in_a_sentence(m(n)), _sentence, size)
        for name, make, size in _SENTENCES
    ),
    Case("dates: months", lambda n: "March " * n, _read_dates, 8_000),
    # each a span the later readings test their figures against (they once tested every span)
    Case(
        "numbers: wholes and halves",
        lambda n: "four and a half, " * n,
        read_numbers,
        4_000,
    ),
    Case(
        "numbers: times in words",
        lambda n: "six in the evening, " * n,
        read_numbers,
        4_000,
    ),
    Case("conflicts: sums of amounts", _amounts, _without_sums, 500, text=False),
    Case("conflicts: lists of amounts", _amount_lists, _compare_amounts, 1_000, text=False),
    *(
        Case(
            f"numbers in {language}: {kind}",
            make,
            lambda text, lang=language: _read_numbers(text, lang),
            size,
        )
        for language in sorted(LANGUAGES)
        for kind, make, size in _NUMBERS
    ),
]


def _best(run: Callable[[Any], object], given: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(given)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs each (default 3)")
    parser.add_argument("--only", help="only the cases whose name holds this")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.only or args.only in c.name]
    print(f"{'case':34} {'n':>7} {'at n':>9} {'at 2n':>9} {'growth':>7} {'ordinary':>9} {'ratio':>7}")
    for case in cases:
        case.run(case.make(case.size // 10))  # (patterns compiled, tables read)
        small = _best(case.run, case.make(case.size), args.runs)
        hostile = case.make(2 * case.size)
        large = _best(case.run, hostile, args.runs)
        growth = math.log2(large / small) if small > 0 and large > 0 else float("nan")
        line = f"{case.name:34} {case.size:>7} {small * 1000:>7.1f}ms {large * 1000:>7.1f}ms {growth:>7.2f}"
        if case.text:
            ordinary = (ORDINARY * (len(hostile) // len(ORDINARY) + 1))[: len(hostile)]
            plain = _best(case.run, ordinary, args.runs)
            line += f" {plain * 1000:>7.1f}ms {large / plain if plain else float('nan'):>7.1f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
