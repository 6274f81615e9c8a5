"""The small helpers the kinds of conflict share: values in dispute between articles (`_disagreement`,
`_apart`, `_by_kind`), what each article reads in its facts (`_read_by_article`, `_words_said`),
and the words several kinds read (`COUNTRIES`, `_IRREGULAR_PAST`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from typing import TypeVar

from newsdiff.language import words_of
from newsdiff.model import Fact
from newsdiff.segment import IRREGULAR_PASTS

_Said = TypeVar("_Said")


def _words_said(
    by_article: dict[int, list[Fact]], read: Callable[[Fact], list[str]], article: int
) -> list[str]:
    """The words of an article's sentences in a group, as `read` gives a fact's: what it names of the
    bodies acting (all its words) or speaking (without the bodies it tells doing the deed:
    `segment.words_but_doers`; `_names_another_actor`)."""
    return [w for f in by_article[article] for w in read(f)]


def _all_words(fact: Fact) -> list[str]:
    """The words of a fact's sentence (`_words_said` of the bodies acting)."""
    return words_of(fact.sentence.text)


COUNTRIES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada
    chad chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt eritrea
    estonia ethiopia europe fiji france gaza georgia germany ghana greece guatemala haiti honduras
    hungary india indonesia iran iraq israel italy jamaica japan jordan kazakhstan kenya kosovo
    kuwait laos latvia lebanon liberia libya lithuania luxembourg madagascar malawi malaysia mali
    malta mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal nicaragua niger
    nigeria norway oman pakistan palestine panama paraguay peru philippines portugal qatar romania
    russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden syria taiwan
    tajikistan tanzania tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela
    vietnam yemen zambia zimbabwe america africa asia netherlands california texas
    florida""".split()
) | frozenset(
    (
        "the us|us|uk|usa|the uk|new zealand|saudi arabia|south africa|north korea|south korea|sri lanka|"
        "united states|the united states|united kingdom|the united kingdom|the west bank|west bank|new york|"
        "united arab emirates|uae|the uae"
    ).split("|")
)
"""Countries (and a few states and cities of states named alike) in English, as `str.casefold`
writes them: "in France" against "in Lyon" is no conflict, "in France" against "in Spain" one.
Names of two words or more of them that REGION_WORDS or REGION_ENDINGS tell are regions anyway."""


def _as_given(_: int, value: str) -> str:
    return value


def _disagreement(sets: dict[int, set[str]], show: Callable[[int, str], str] = _as_given) -> dict[int, str]:
    """Per article, the values the others do not share, when two or more articles give values, each
    shown as `show` writes it for its article (a duration "16 weeks", not "2688h"; an amount with
    the currency that article gives it in)."""
    present = {a: s for a, s in sets.items() if s}
    if len(present) < 2:
        return {}
    common = set.intersection(*present.values())
    differing = {a: ", ".join(show(a, v) for v in sorted(s - common)) for a, s in present.items()}
    if len({d for d in differing.values() if d}) < 2:
        return {}  # what is left over is the same everywhere ("48" beside "48h"): an added detail
    return {a: d for a, d in differing.items() if d}


def _by_kind(sets: dict[int, set[str]], kind_of: Callable[[str], str]) -> dict[str, dict[int, set[str]]]:
    """Each article's values split by their kind (`kind_of`), every article in each kind (with no
    value of it when it gives none)."""
    by_kind: dict[str, dict[int, set[str]]] = defaultdict(lambda: {a: set() for a in sets})
    for article, values in sets.items():
        for value in values:
            by_kind[kind_of(value)][article].add(value)
    return by_kind


_IRREGULAR_PAST = IRREGULAR_PASTS | frozenset("went gone came saw seen ran shut set put cut hit kept".split())
"""Past forms of English verbs that end in neither "-ed" nor "-ing": `segment`'s, whose stem the
verb's is not ("drove": "drive"), and a few more."""


def _giving(values: dict[int, set[str]]) -> set[int]:
    """The articles that give values."""
    return {article for article, given in values.items() if given}


def _read_by_article(
    group_facts: list[Fact], articles: Collection[int], read: Callable[[Fact], Mapping[str, _Said]]
) -> dict[int, dict[str, _Said]]:
    """Per article of `articles`, what `read` finds in each of its facts in the group, together:
    the loose clock times, the bounds and roundings, the time zones, the nights each tells."""
    found: dict[int, dict[str, _Said]] = defaultdict(dict)
    for fact in group_facts:
        if fact.sentence.article in articles:
            found[fact.sentence.article].update(read(fact))
    return found


def _apart(sets: dict[int, set[str]]) -> set[tuple[int, str]]:
    """The values of each article that not every article giving values gives: those `_disagreement`
    shows."""
    present = [values for values in sets.values() if values]
    common = set.intersection(*present) if present else set()
    return {(a, v) for a, values in sets.items() for v in values - common}
