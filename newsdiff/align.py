"""Stage 4, align: the facts of N articles become groups of sentences that report the same fact.

1. Weigh each stem by its inverse sentence frequency across all inputs: a name every sentence
   repeats says little, a word two sentences share says a lot.
2. Find candidate pairs through an inverted index of stems (only sentences that share a stem are
   ever scored), so the work grows with the overlap, not with the square of the sentences.
3. Score a pair: IDF-weighted overlap of stems, exact or near (rapidfuzz, for "phone"/"telephone"),
   blended as Dice (both sentences say it) and containment (a short sentence inside a long one).
4. Group greedily from the best pair down, many-to-many: two groups merge when the link is strong
   and the merged group stays coherent (its average cross-article score is high enough) and small.
5. Mark conflicts (numbers, dates, quote wording) and compute the word diff of each aligned pair
   (typography counts only with `Options.strict`).
Ordering follows the first article; the result does not depend on the order of the inputs beyond
which article is called first.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import process
from rapidfuzz.distance import Indel

from newsdiff.model import (
    Article,
    Comparison,
    Conflict,
    ConflictKind,
    Fact,
    FactGroup,
    GroupKind,
    PairDiff,
    Sentence,
)
from newsdiff.options import Options
from newsdiff.segment import facts as extract_facts
from newsdiff.worddiff import pair_diff

MIN_SHARED_STEMS = 2
"""A pair sharing fewer content stems than this (exact or near) is never the same fact."""

NEAR_STEM_RATIO = 0.8
"""Normalised Indel similarity above which two different stems count as the same word."""

NEAR_STEM_WEIGHT = 0.8
"""How much of a stem's weight a near match earns, against 1 for an exact one."""

DICE_WEIGHT = 0.6
"""Share of the score from Dice overlap; the rest comes from containment."""

COHERENCE = 1.0
"""Two groups merge when their average cross-article score is at least this times `min_similarity`."""

QUOTE_SAME_RATIO = 0.9
"""Quotes at least this similar are the same wording; below it, a different translation."""

NUMBER_PREFIX = "#"
"""Numbers join the stems as terms such as `#1200`: a shared figure is strong evidence."""

NUMBER_WEIGHT = 2.0
"""A shared number counts this many times a shared word of the same rarity."""

MAX_PER_ARTICLE = 3
"""Most sentences one article may bring to one fact group."""


@dataclass(frozen=True, slots=True)
class _Item:
    """A sentence's fact with its stems weighed, ready to be scored."""

    key: int
    fact: Fact
    weights: dict[str, float]
    total: float


def align(articles: Sequence[Article], options: Options | None = None) -> Comparison:
    """Group the sentences of the articles into shared facts and unique facts."""
    options = options or Options()
    per_article = [extract_facts(article) for article in articles]
    items = _weigh([f for facts in per_article for f in facts])
    scores = _score_candidates(items)
    groups = _group(items, scores, options.min_similarity)
    return Comparison(
        articles=tuple(articles),
        groups=tuple(_build(items, groups, scores, options.strict)),
        strict=options.strict,
    )


def similarity(a: Fact, b: Fact, idf: dict[str, float] | None = None) -> float:
    """The score of two facts (0..1); weights default to 1 for every stem."""
    items = _weigh([a, b]) if idf is None else [_item(0, a, idf), _item(1, b, idf)]
    return _score(items[0], items[1])


def _weigh(all_facts: list[Fact]) -> list[_Item]:
    df: dict[str, int] = defaultdict(int)
    for fact in all_facts:
        for term in _terms(fact):
            df[term] += 1
    n = len(all_facts)
    idf = {stem: math.log((n + 1) / (count + 0.5)) for stem, count in df.items()}
    return [_item(key, fact, idf) for key, fact in enumerate(all_facts)]


def _terms(fact: Fact) -> set[str]:
    """What a fact is compared on: its stems, and its numbers as `#`-prefixed terms."""
    return set(fact.stems) | {NUMBER_PREFIX + n for n in fact.numbers}


def _item(key: int, fact: Fact, idf: dict[str, float]) -> _Item:
    weights = {  # sorted: the order of a set changes with hash seeds, the output must not
        term: max(idf.get(term, 1.0), 0.1) * (NUMBER_WEIGHT if term.startswith(NUMBER_PREFIX) else 1.0)
        for term in sorted(_terms(fact))
    }
    return _Item(key=key, fact=fact, weights=weights, total=sum(weights.values()))


def _score_candidates(items: list[_Item]) -> dict[tuple[int, int], float]:
    """Scores of every pair from different articles that shares at least one stem."""
    index: dict[str, list[int]] = defaultdict(list)
    for item in items:
        for stem in item.weights:
            index[stem].append(item.key)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for keys in index.values():
        for a, b in combinations(keys, 2):
            if items[a].fact.sentence.article != items[b].fact.sentence.article:
                shared[(a, b)] += 1
    return {pair: _score(items[pair[0]], items[pair[1]]) for pair in shared}


def _score(a: _Item, b: _Item) -> float:
    if not a.total or not b.total:
        return 0.0
    exact = a.weights.keys() & b.weights.keys()
    matched = sum((a.weights[s] + b.weights[s]) / 2 for s in sorted(exact))
    count = len(exact)
    rest_b = [s for s in b.weights if s not in exact and _is_word(s)]
    for stem in (s for s in a.weights if s not in exact and _is_word(s)):
        best = _nearest(stem, rest_b)
        if best is not None:
            matched += NEAR_STEM_WEIGHT * (a.weights[stem] + b.weights[best]) / 2
            count += 1
            rest_b.remove(best)
    if count < MIN_SHARED_STEMS:
        return 0.0
    # numbers that differ ("1,500" against "1,200") are what a conflict is made of, not evidence
    # against the pair: when both sides give numbers the other lacks, those leave the totals
    total_a, total_b = a.total, b.total
    unshared_a, unshared_b = _unshared_numbers(a, exact), _unshared_numbers(b, exact)
    if unshared_a and unshared_b:
        total_a, total_b = total_a - unshared_a, total_b - unshared_b
    dice = 2 * matched / (total_a + total_b)
    containment = min(matched / min(total_a, total_b), 1.0)
    return round(DICE_WEIGHT * dice + (1 - DICE_WEIGHT) * containment, 4)


def _unshared_numbers(item: _Item, exact: set[str]) -> float:
    return sum(w for t, w in item.weights.items() if t.startswith(NUMBER_PREFIX) and t not in exact)


def _is_word(term: str) -> bool:
    return len(term) >= 4 and not term.startswith(NUMBER_PREFIX)


def _nearest(stem: str, others: list[str]) -> str | None:
    """The first of `others` that contains `stem` or is contained in it ("phone", "telephon"),
    else the most similar one above NEAR_STEM_RATIO, else None."""
    if len(stem) >= 5:
        for other in others:
            if len(other) >= 5 and (stem in other or other in stem):
                return other
    hit = process.extractOne(stem, others, scorer=Indel.normalized_similarity, score_cutoff=NEAR_STEM_RATIO)
    return None if hit is None else str(hit[0])


def _group(items: list[_Item], scores: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Greedy many-to-many grouping, strongest links first, with deterministic tie-breaking."""
    owner = {item.key: item.key for item in items}
    members: dict[int, list[int]] = {item.key: [item.key] for item in items}
    edges = sorted(
        ((s, pair) for pair, s in scores.items() if s >= threshold),
        key=lambda e: (-e[0], sorted((items[e[1][0]].fact.sentence.text, items[e[1][1]].fact.sentence.text))),
    )
    for _, (a, b) in edges:
        ga, gb = owner[a], owner[b]
        if ga == gb:
            continue
        merged = members[ga] + members[gb]
        if not _fits(items, merged):
            continue
        if _linkage(items, members[ga], members[gb], scores) < COHERENCE * threshold:
            continue
        for key in members[gb]:
            owner[key] = ga
        members[ga] = merged
        del members[gb]
    return [sorted(keys) for keys in members.values()]


def _linkage(
    items: list[_Item], left: list[int], right: list[int], scores: dict[tuple[int, int], float]
) -> float:
    """Average score between two groups over their cross-article pairs (average linkage): two
    strong pairs about different facts do not merge because one sentence of each looks alike."""
    pairs = [
        (min(a, b), max(a, b))
        for a in left
        for b in right
        if items[a].fact.sentence.article != items[b].fact.sentence.article
    ]
    if not pairs:
        return 0.0
    return sum(scores.get(pair, 0.0) for pair in pairs) / len(pairs)


def _fits(items: list[_Item], keys: list[int]) -> bool:
    per_article: dict[int, int] = defaultdict(int)
    for key in keys:
        per_article[items[key].fact.sentence.article] += 1
    return max(per_article.values()) <= MAX_PER_ARTICLE


def _cross_pairs(items: list[_Item], keys: list[int]) -> list[tuple[int, int]]:
    return [
        (a, b)
        for a, b in combinations(sorted(keys), 2)
        if items[a].fact.sentence.article != items[b].fact.sentence.article
    ]


def _cohesion(items: list[_Item], keys: list[int], scores: dict[tuple[int, int], float]) -> float:
    """Average score over the cross-article pairs of a group: low when it chains unrelated facts."""
    pairs = _cross_pairs(items, keys)
    if not pairs:
        return 1.0
    return sum(scores.get(pair, 0.0) for pair in pairs) / len(pairs)


def _build(
    items: list[_Item], groups: list[list[int]], scores: dict[tuple[int, int], float], strict: bool
) -> list[FactGroup]:
    shared: list[FactGroup] = []
    unique: list[FactGroup] = []
    for keys in groups:
        sentences = tuple(sorted((items[k].fact.sentence for k in keys), key=lambda s: (s.article, s.index)))
        if len({s.article for s in sentences}) < 2:
            unique.extend(FactGroup(kind=GroupKind.UNIQUE, members=(s,)) for s in sentences)
            continue
        group_facts = [items[k].fact for k in keys]
        shared.append(
            FactGroup(
                kind=GroupKind.SHARED,
                members=sentences,
                similarity=round(_cohesion(items, keys, scores), 3),
                conflicts=tuple(_conflicts(group_facts)),
                diffs=tuple(_diffs(sentences, strict)),
            )
        )
    shared.sort(key=lambda g: (g.members[0].article, g.members[0].index))
    unique.sort(key=lambda g: (g.members[0].article, g.members[0].index))
    return shared + unique


def _diffs(sentences: tuple[Sentence, ...], strict: bool) -> list[PairDiff]:
    """The word diff from the first article's sentences to each other article's."""
    texts: dict[int, list[str]] = defaultdict(list)
    for sentence in sentences:
        texts[sentence.article].append(sentence.text)
    first, *others = sorted(texts)
    reference = " ".join(texts[first])
    return [pair_diff(reference, " ".join(texts[other]), (first, other), strict) for other in others]


def _conflicts(group_facts: list[Fact]) -> list[Conflict]:
    by_article: dict[int, list[Fact]] = defaultdict(list)
    for fact in group_facts:
        by_article[fact.sentence.article].append(fact)
    articles = sorted(by_article)
    conflicts = []
    for kind, field in ((ConflictKind.NUMBER, "numbers"), (ConflictKind.DATE, "dates")):
        sets = {a: {v for f in by_article[a] for v in getattr(f, field)} for a in articles}
        values = _disagreement(sets)
        if values:
            conflicts.append(Conflict(kind=kind, values=tuple(values.values()), articles=tuple(values)))
    quotes = _quote_conflict({a: [q.text for f in by_article[a] for q in f.quotes] for a in articles})
    if quotes:
        conflicts.append(
            Conflict(kind=ConflictKind.QUOTE, values=tuple(quotes.values()), articles=tuple(quotes))
        )
    return conflicts


def _disagreement(sets: dict[int, set[str]]) -> dict[int, str]:
    """Per article, the values the others do not share, when two or more articles give values."""
    present = {a: s for a, s in sets.items() if s}
    if len(present) < 2:
        return {}
    common = set.intersection(*present.values())
    differing = {a: ", ".join(sorted(s - common)) for a, s in present.items()}
    if sum(1 for d in differing.values() if d) < 2:
        return {}
    return {a: d for a, d in differing.items() if d}


def _quote_conflict(quotes: dict[int, list[str]]) -> dict[int, str]:
    """Per article, its longest quote, when two or more articles quote in different wording."""
    firsts = {a: max(q, key=len) for a, q in quotes.items() if q}
    if len(firsts) < 2:
        return {}
    normal = [" ".join(q.casefold().split()) for q in firsts.values()]
    if all(Indel.normalized_similarity(normal[0], other) >= QUOTE_SAME_RATIO for other in normal[1:]):
        return {}
    return firsts
