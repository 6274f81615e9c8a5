"""Stage 4, align: the facts of N articles become groups of sentences that report the same fact.

1. Profile each sentence's fact and find candidate pairs through an inverted index of its rarer
   terms (content stems, their first letters, WordNet synonym groups, numbers): only pairs that
   share one are scored, and terms too common to discriminate are left out of the index, so the
   work grows with the overlap, not with the square of the sentences (`similarity.Scorer`).
2. Score each candidate pair: the probability that both report the same fact, from a small
   logistic regression over word overlap (exact, near, synonyms), names, numbers, dates, quotes,
   character similarity and, with `--semantic`, sentence embeddings; every feature's contribution
   is kept as the group's evidence.
3. Group greedily from the best pair down, many-to-many: two groups merge when the link is strong,
   the merged group stays coherent (its average cross-article probability is high enough) and
   small. Then a sentence left alone that strongly matches a sentence already grouped (one sentence
   of B telling two facts that A tells in two sentences) gets a group of its own with that sentence:
   a sentence may then stand in two groups, one per fact.
4. Mark conflicts (numbers, dates, quote wording, quote speakers) and compute the word diff of each
   aligned pair (typography counts only with `Options.strict`).
Ordering follows the first article; the result does not depend on the order of the inputs beyond
which article is called first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from newsdiff.model import (
    Article,
    Comparison,
    Conflict,
    ConflictKind,
    EntityKind,
    Evidence,
    Fact,
    FactGroup,
    GroupKind,
    PairDiff,
    Sentence,
)
from newsdiff.options import Options
from newsdiff.segment import facts as extract_facts
from newsdiff.similarity import Profile, Scorer, iter_pairs, scorer_for
from newsdiff.worddiff import pair_diff

COHERENCE = 1.0
"""Two groups merge when their average cross-article probability is at least this times `min_similarity`."""

QUOTE_SAME_RATIO = 0.9
"""Quotes at least this similar are the same wording; below it, a different translation."""

SECOND_SENTENCE_BAR = 1.3
"""A merge that brings a second sentence of an article into a group (one article telling in two
sentences what another tells in one) needs this times `min_similarity` of average linkage: on the
samples, a weaker bar let a neighbouring sentence of the same article join."""

MAX_PER_ARTICLE = 3
"""Most sentences one article may bring to one fact group."""

Scores = dict[tuple[int, int], float]


def align(articles: Sequence[Article], options: Options | None = None) -> Comparison:
    """Group the sentences of the articles into shared facts and unique facts."""
    options = options or Options()
    all_facts = [f for article in articles for f in extract_facts(article)]
    scorer = scorer_for(all_facts, semantic=options.semantic)
    scores = {pair: scorer.probability(*pair) for pair in scorer.candidates()}
    threshold = options.threshold
    groups = _group(scorer.profiles, scores, threshold)
    groups += _second_homes(scorer.profiles, groups, scores, threshold)
    return Comparison(
        articles=tuple(articles),
        groups=tuple(_build(scorer, groups, scores, options.strict)),
        strict=options.strict,
    )


def _edges(profiles: list[Profile], scores: Scores, threshold: float) -> list[tuple[float, tuple[int, int]]]:
    """Pairs at or above the threshold, strongest first, ties broken by their texts (not by keys,
    which depend on the order of the inputs)."""
    return sorted(
        ((s, pair) for pair, s in scores.items() if s >= threshold),
        key=lambda e: (
            -e[0],
            sorted((profiles[e[1][0]].fact.sentence.text, profiles[e[1][1]].fact.sentence.text)),
        ),
    )


def _group(profiles: list[Profile], scores: Scores, threshold: float) -> list[list[int]]:
    """Greedy many-to-many grouping, strongest links first, with deterministic tie-breaking."""
    owner = {p.key: p.key for p in profiles}
    members: dict[int, list[int]] = {p.key: [p.key] for p in profiles}
    for _, (a, b) in _edges(profiles, scores, threshold):
        ga, gb = owner[a], owner[b]
        if ga == gb:
            continue
        merged = members[ga] + members[gb]
        if not _fits(profiles, merged):
            continue
        bar = COHERENCE * threshold
        if _articles(profiles, members[ga]) & _articles(profiles, members[gb]):
            bar = max(bar, SECOND_SENTENCE_BAR * threshold)
        if _linkage(profiles, members[ga], members[gb], scores) < bar:
            continue
        for key in members[gb]:
            owner[key] = ga
        members[ga] = merged
        del members[gb]
    return [sorted(keys) for keys in members.values()]


def _second_homes(
    profiles: list[Profile], groups: list[list[int]], scores: Scores, threshold: float
) -> list[list[int]]:
    """New groups for sentences left alone that match a sentence already grouped elsewhere.

    A sentence telling two facts joins the group of the first; the sentence of another article
    that tells only the second would stay alone. It gets a group with its best partner per other
    article, when that link is as strong as a second sentence joining a group must be
    (SECOND_SENTENCE_BAR) and the new group is coherent.
    """
    alone = sorted(keys[0] for keys in groups if len(keys) == 1)
    lonely = set(alone)
    partners: dict[int, dict[int, tuple[float, int]]] = defaultdict(dict)
    for (a, b), score in scores.items():
        if score < SECOND_SENTENCE_BAR * threshold:
            continue
        for lone, other in ((a, b), (b, a)):
            if lone in lonely and other not in lonely:
                article = profiles[other].article
                best = partners[lone].get(article)
                candidate = (score, -other)
                if best is None or candidate > (best[0], -best[1]):
                    partners[lone][article] = (score, other)
    extra = []
    for lone in alone:
        if not partners[lone]:
            continue
        keys = sorted([lone, *(other for _, other in partners[lone].values())])
        if _cohesion(profiles, keys, scores) >= COHERENCE * threshold:
            extra.append(keys)
    return extra


def _linkage(profiles: list[Profile], left: list[int], right: list[int], scores: Scores) -> float:
    """Average probability between two groups over their cross-article pairs (average linkage): two
    strong pairs about different facts do not merge because one sentence of each looks alike."""
    pairs = [
        (min(a, b), max(a, b)) for a in left for b in right if profiles[a].article != profiles[b].article
    ]
    if not pairs:
        return 0.0
    return sum(scores.get(pair, 0.0) for pair in pairs) / len(pairs)


def _articles(profiles: list[Profile], keys: list[int]) -> set[int]:
    return {profiles[k].article for k in keys}


def _fits(profiles: list[Profile], keys: list[int]) -> bool:
    per_article: dict[int, int] = defaultdict(int)
    for key in keys:
        per_article[profiles[key].article] += 1
    return max(per_article.values()) <= MAX_PER_ARTICLE


def _cohesion(profiles: list[Profile], keys: list[int], scores: Scores) -> float:
    """Average probability over the cross-article pairs of a group: low when it chains unrelated facts."""
    pairs = iter_pairs(keys, profiles)
    if not pairs:
        return 1.0
    return sum(scores.get(pair, 0.0) for pair in pairs) / len(pairs)


def _build(scorer: Scorer, groups: list[list[int]], scores: Scores, strict: bool) -> list[FactGroup]:
    profiles = scorer.profiles
    shared: list[FactGroup] = []
    unique: list[FactGroup] = []
    in_shared = {k for keys in groups if len({profiles[k].article for k in keys}) > 1 for k in keys}
    for keys in groups:
        sentences = tuple(
            sorted((profiles[k].fact.sentence for k in keys), key=lambda s: (s.article, s.index))
        )
        if len({s.article for s in sentences}) < 2:
            unique.extend(
                FactGroup(kind=GroupKind.UNIQUE, members=(profiles[k].fact.sentence,))
                for k in keys
                if k not in in_shared
            )
            continue
        shared.append(
            FactGroup(
                kind=GroupKind.SHARED,
                members=sentences,
                similarity=round(_cohesion(profiles, keys, scores), 3),
                conflicts=tuple(_conflicts([profiles[k].fact for k in keys])),
                diffs=tuple(_diffs(sentences, strict)),
                evidence=tuple(_evidence(scorer, keys, scores)),
            )
        )
    shared.sort(key=lambda g: [(m.article, m.index) for m in g.members])
    unique.sort(key=lambda g: (g.members[0].article, g.members[0].index))
    return shared + unique


def _evidence(scorer: Scorer, keys: list[int], scores: Scores) -> list[Evidence]:
    """The scored cross-article pairs of a group, strongest first."""
    pairs = [pair for pair in iter_pairs(keys, scorer.profiles) if pair in scores]
    pairs.sort(key=lambda pair: (-scores[pair], pair))
    return [scorer.evidence(a, b) for a, b in pairs]


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
    speakers = _speaker_conflict({a: _people_quoted(by_article[a]) for a in articles})
    if speakers:
        conflicts.append(
            Conflict(kind=ConflictKind.NAME, values=tuple(speakers.values()), articles=tuple(speakers))
        )
    return conflicts


def _people_quoted(facts: list[Fact]) -> list[str]:
    """The speakers of a group's quotes that are people (not "the Kremlin", not a place)."""
    people = {e.text for f in facts for e in f.entities if e.kind is EntityKind.PERSON}
    return [q.speaker for f in facts for q in f.quotes if q.speaker in people]


def _speaker_conflict(speakers: dict[int, list[str]]) -> dict[int, str]:
    """Speakers per article, when two articles quote the fact from people who share no name word
    ("Putin" and "Vladimir Putin" are one person)."""
    present = {a: sorted(set(s)) for a, s in speakers.items() if s}
    if len(present) < 2:
        return {}
    words = [{w.casefold() for name in names for w in name.split()} for names in present.values()]
    if all(words[0] & other for other in words[1:]):
        return {}
    return {a: ", ".join(names) for a, names in present.items()}


def _disagreement(sets: dict[int, set[str]]) -> dict[int, str]:
    """Per article, the values the others do not share, when two or more articles give values."""
    present = {a: s for a, s in sets.items() if s}
    if len(present) < 2:
        return {}
    common = set.intersection(*present.values())
    differing = {a: ", ".join(sorted(s - common)) for a, s in present.items()}
    if len({d for d in differing.values() if d}) < 2:
        return {}  # what is left over is the same everywhere ("48" beside "48h"): an added detail
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
