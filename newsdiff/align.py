"""Stage 4, align: the facts of N articles become groups of sentences that report the same fact.

1. Profile each sentence's fact (a text repeated across outlets once) and find candidate pairs.
   The first articles (BATCH_SENTENCES, BATCH_ARTICLES: all of them in most comparisons) go
   together through an inverted index of their rarer terms (content stems, their first letters,
   WordNet synonym groups, numbers, days and clock times; `similarity.candidate_pairs`): only
   pairs that share one are scored. Each later article goes alone: a sentence worded as one met
   before goes with that twin; any other is scored against the REPRESENTATIVES of the
   CANDIDATE_GROUPS earlier groups that share most of its terms, found through an index over
   groups, where a fact told by a thousand outlets is one entry. So the work grows with the
   number of articles, not its square.
2. Score each candidate pair: the probability that both report the same fact, from a small
   logistic regression over word overlap (exact, near, synonyms), names, numbers, dates, quotes,
   character similarity and, with `--semantic`, sentence embeddings; every feature's contribution
   is kept as the group's evidence.
3. Group greedily from the best pair down, batch after batch, many-to-many: two groups merge when
   the link is strong, the merged group stays coherent (its average cross-article probability,
   over its representatives and the members of the batch, is high enough) and small. Then a
   sentence telling two facts (one sentence of B for what A and C tell in two each) joins the
   group of the second fact too, when its average probability with that group is high; and a
   sentence left alone that strongly matches a sentence already grouped (what A tells in two
   sentences, B in one) gets a group of its own with that sentence: a sentence may then stand in
   two groups, one per fact.
4. Mark conflicts (numbers, dates, quote wording, quote speakers), compute the word diff of each
   other article's sentences against the first article's (typography counts only with
   `Options.strict`) and keep, as evidence, each member's strongest link to the group.
Ordering follows the first article. With two or three articles the result does not depend on
the order of the inputs beyond which article is called first; with many, which articles come first
also decides the representatives.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from itertools import chain, combinations, product

from rapidfuzz.distance import Indel

from newsdiff.language import fact_languages, stop_words, words_of
from newsdiff.model import (
    Article,
    Comparison,
    Conflict,
    ConflictKind,
    DiffOp,
    EntityKind,
    Fact,
    FactGroup,
    GroupKind,
    PairDiff,
    Sentence,
    readable_date,
    readable_number,
)
from newsdiff.money import compatible, readable_money
from newsdiff.options import Options
from newsdiff.parallel import Later, collector_paused, hands_over, pmap, pooled
from newsdiff.progress import Report
from newsdiff.quantities import (
    APPROXIMATE,
    WEEKDAYS,
    ZONE_OFFSETS,
    clock_zones,
    counted_words,
    month_span,
    number_unit,
    quantity,
    rough_numbers,
    rough_times,
    written_years,
)
from newsdiff.record import replace
from newsdiff.segment import (
    PERSON_TITLES,
    PackedFact,
    extract,
    pack_fact,
    reported_by,
    segment,
    unpack_fact,
    without_marks,
)
from newsdiff.similarity import (
    CANDIDATE_MIN_WEIGHT,
    MAX_POSTING,
    NEAR_NUMBER_RATIO,
    Profile,
    Scorer,
    index_terms,
    iter_pairs,
    scorer_for,
)
from newsdiff.worddiff import Packed, pack, pair_diff, unpack

BOUND_WORDS = {">": "at least", "<": "at most", "≲": "nearly", "~": "about"}
"""How a conflict shows a number given as a bound or a rounding: "at least 13" for "at least 13"
and "more than 13" alike (the sentences above it give the words)."""
NEARLY_RATIO = 0.05
"""How far below its figure "nearly" or "almost" goes: "almost half" is 48%, "just under an hour" 58
minutes, while "almost 200,000" against 180,000 is a disagreement, as readers label it
(bench/conflict_quality.py)."""
ROUNDED_RATIO = 0.05
"""How far a figure written with fewer digits may be from the one it rounds: "15%" and "14.8%",
"€1.2 billion" and "€1.18 billion" are one figure; "2 million" and "1.8 million" are not."""
MEASURE_RATIO = 4.0
"""A figure that no other article's figure of its kind comes within this factor of measures something
else: an added detail, no disagreement ("three paintings" beside "12 million euros", "magnitude 6.3"
beside "200 injured", "a 44-year-old" beside "a group of six"). A toll that rose from 13 to 34 is
still one. On the labelled events' same-fact pairs (bench/conflict_quality.py), number conflicts
went from P 0.667 to 0.829 in English, 0.318 to 0.424 in the other languages, recall the same (0.756,
0.583); at a factor 2, 3, 5 or 8: English P 0.895, 0.850, 0.810, 0.723, recall the same. 4 keeps a
toll reported as 13 and as 34 (2.6 times) a conflict with room to spare."""
ROUGH_TIME_MINUTES = 30
"""How far "shortly before" or "soon after" a clock time reaches; "around" half as far either way."""
MINUTES_A_DAY = 24 * 60
"""Clock times compared as moments wrap around midnight: "11 p.m. EST" is 04:00 GMT."""
COHERENCE = 1.0
"""Two groups merge when their average cross-article probability is at least this times `min_similarity`."""

QUOTE_SAME_RATIO = 0.9
"""Quotes at least this similar are the same wording; below it, a different translation."""

SECOND_SENTENCE_BAR = 1.3
"""A merge that brings a second sentence of an article into a group (one article telling in two
sentences what another tells in one) needs this times `min_similarity` of average linkage: on the
samples, a weaker bar let a neighbouring sentence of the same article join."""

SECOND_FACT_BAR = 1.15
"""A sentence already grouped joins a second group (a second fact it tells) with this times
`min_similarity` of average linkage to that group. On the train events, through `align`: 1.0 and
1.15 gave the same precision (0.894 default, 0.971 --semantic) and --semantic recall 0.801, where
SECOND_SENTENCE_BAR's 1.3 left it at 0.777; the stricter of the two, as precision comes first."""

MAX_PER_ARTICLE = 3
"""Most sentences one article may bring to one fact group."""

BATCH_SENTENCES = 400
"""The first articles, up to this many sentences, are aligned together: every candidate pair is
scored (all of them, for the few articles most comparisons have). Each later article meets the
groups formed before it through their first members (REPRESENTATIVES), so the work grows with the
number of articles, not with its square."""

BATCH_ARTICLES = MAX_POSTING // MAX_PER_ARTICLE
"""The first batch holds at most this many articles: a fact they all tell, in up to MAX_PER_ARTICLE
sentences each, stays under MAX_POSTING sentences, so its terms still find its pairs."""

REPRESENTATIVES = 3
"""The first members of a group (in article order) that the sentences of later batches are scored
against: the group's linkage to a newcomer is averaged over them."""

CANDIDATE_GROUPS = 2
"""A sentence of a later article is scored against the representatives of at most this many
earlier groups: those whose representatives share the most weight of its index terms, and at least
CANDIDATE_SHARE of the best one's."""

CANDIDATE_SHARE = 0.5
"""A second candidate group needs this share of the first one's term weight."""

MAX_GROUP_POSTING = 60
"""An index term held by the representatives of more groups than this finds none (as MAX_POSTING
for sentences): it is common to many facts. A fact told by a thousand outlets is one group, so its
own terms stay well below this."""

PROGRESS_EVERY = 64
"""Groups between two progress reports while diffs and evidence are worked out."""

Scores = dict[tuple[int, int], float]


def align(
    articles: Sequence[Article], options: Options | None = None, progress: Report | None = None
) -> Comparison:
    """Group the sentences of the articles into shared facts and unique facts."""
    with collector_paused():
        return _align(articles, options or Options(), progress)


def _align(articles: Sequence[Article], options: Options, progress: Report | None) -> Comparison:
    all_facts = _all_facts(articles, progress, options.jobs, options.language)
    if progress:
        progress("align", 0, len(articles))
    scorer = scorer_for(all_facts, semantic=options.semantic, incremental=True)
    grouping = _Grouping(scorer, options.threshold)
    together = 0
    for batch in _batches(scorer.profiles):
        together = together or batch.stop
        grouping.add(batch)
        if progress:
            progress("align", scorer.profiles[batch.stop - 1].article + 1, len(articles))
    groups = _second_facts(scorer.profiles, grouping.groups(), grouping.scores, options.threshold)
    groups += _second_homes(scorer.profiles, groups, grouping.scores, options.threshold)
    return Comparison(
        articles=tuple(articles),
        groups=tuple(_build(scorer, groups, grouping.scores, options, together, progress)),
        strict=options.strict,
    )


def _all_facts(
    articles: Sequence[Article], progress: Report | None, jobs: int | None, language: str | None = None
) -> list[Fact]:
    """The facts of every sentence, in article order; a text repeated across outlets (wire copy)
    is read once. With many articles the sentences are split and read by the run's workers (this
    process waits meanwhile), which pass them back as plain tuples: a pickled Fact rebuilds each
    of its records, which cost more here than reading the sentence did."""
    found: list[Fact] = []
    # each article in `language`, else in its own (`fact_languages`)
    codes = [language or a.metadata.language for a in articles]
    read = list(zip(articles, fact_languages(codes), strict=True))
    if not pooled(len(articles), jobs):  # in this process, without packing and unpacking
        for done, facts in enumerate(_facts_of(read), start=1):
            found.extend(facts)
            if progress:
                progress("segment", done, len(articles))
        return found
    known: dict[tuple[str, str], Fact] = {}
    done = 0
    for part in pmap(_packed_facts, read, jobs):
        for (article, language), (sentences, packed) in zip(read[done : done + len(part)], part, strict=True):
            for index, (paragraph, text) in enumerate(sentences):
                sentence = Sentence(article=article.index, index=index, paragraph=paragraph, text=text)
                fact = known.get((language, text))
                if fact is None:
                    fact = known[(language, text)] = unpack_fact(packed[text], sentence)
                found.append(fact if fact.sentence is sentence else replace(fact, sentence=sentence))
            done += 1
            if progress:
                progress("segment", done, len(articles))
    return found


def _packed_facts(
    read: list[tuple[Article, str]],
) -> list[tuple[list[tuple[int, str]], dict[str, PackedFact]]]:
    """Per article (with the language to read it in), its sentences as (paragraph, text) and the
    facts of the texts not met before in these articles."""
    seen: set[tuple[str, str]] = set()
    out = []
    for facts in _facts_of(read):
        packed = {}
        for fact in facts:
            if (fact.language, fact.sentence.text) not in seen:
                seen.add((fact.language, fact.sentence.text))
                packed[fact.sentence.text] = pack_fact(fact)
        out.append(([(f.sentence.paragraph, f.sentence.text) for f in facts], packed))
    return out


def _facts_of(read: Sequence[tuple[Article, str]]) -> Iterator[list[Fact]]:
    """Each article's facts, a sentence each, read in the language given with it; a text met
    before in that language is read once."""
    known: dict[tuple[str, str], Fact] = {}
    for article, language in read:
        facts = []
        for sentence in segment(article, language):
            fact = known.get((language, sentence.text))
            if fact is None:
                fact = known[(language, sentence.text)] = extract(sentence, language)
            facts.append(fact if fact.sentence is sentence else replace(fact, sentence=sentence))
        yield facts


def _batches(profiles: list[Profile]) -> Iterator[range]:
    """Keys of whole articles, in order: the first articles together up to BATCH_SENTENCES
    sentences (at least the first article), then one article at a time."""
    start = 0
    for key in range(1, len(profiles) + 1):
        if key == len(profiles):
            yield range(start, key)
        elif profiles[key].article != profiles[key - 1].article and (start > 0 or _first_full(profiles, key)):
            yield range(start, key)
            start = key


def _first_full(profiles: list[Profile], key: int) -> bool:
    """Whether the first batch ends before `key`, the first sentence of an article: adding that
    article would take it past BATCH_SENTENCES, or past BATCH_ARTICLES."""
    article = profiles[key].article
    end = key
    while end < len(profiles) and profiles[end].article == article:
        end += 1
    return end > BATCH_SENTENCES or article >= BATCH_ARTICLES


class _Grouping:
    """Greedy many-to-many grouping, strongest links first, batch after batch.

    Groups are sets of profile keys (a union-find over them); a group's `sample` is what its
    linkage to another group is averaged over: its REPRESENTATIVES and whatever joined it in the
    current batch (with one batch, every member: the plain average linkage).
    """

    def __init__(self, scorer: Scorer, threshold: float) -> None:
        self.scorer = scorer
        self.profiles = scorer.profiles
        self.threshold = threshold
        self.scores: Scores = {}
        self._root = list(range(len(self.profiles)))
        self._members: dict[int, list[int]] = {}
        self._per_article: dict[int, dict[int, int]] = {}
        self._reps: dict[int, list[int]] = {}
        self._fresh: dict[int, list[int]] = {}
        self._postings: dict[str, list[int]] = {}
        self._closed: set[str] = set()
        self._seen: dict[str, int] = {}
        """Each text of the articles done, with its first sentence."""
        self._unindexed: range | None = None
        """The last batch, whose groups the index does not hold yet."""
        self._absorbed: set[int] = set()
        """Groups merged into another: their place in the index is another's now."""

    def find(self, key: int) -> int:
        root = self._root
        while root[key] != key:
            root[key] = root[root[key]]
            key = root[key]
        return key

    def add(self, batch: range) -> None:
        """Score the batch's candidates, merge along its strong links; its new groups are indexed
        when a later batch comes to look for them (most comparisons are one batch)."""
        if self._unindexed is not None:
            self._index(self._unindexed)
            self._unindexed = None
        for key in batch:
            self._members[key] = [key]
            self._per_article[key] = {self.profiles[key].article: 1}
            self._reps[key] = [key]
        self._fresh = {key: [key] for key in batch}
        if batch.start == 0:
            pairs = self.scorer.candidates_within(batch)
            twins: set[tuple[int, int]] = set()
        else:
            # a sentence worded as one met before (wire copy) goes where its twin went: the pair
            # features are the same, so its linkage is
            twins = {(self._seen[t], k) for k in batch if (t := self._text(k)) in self._seen}
            new = [k for k in batch if self._text(k) not in self._seen]
            pairs = sorted(twins) + self._with_earlier_groups(new)
        scored = self.scorer.score(pairs)
        self.scores.update(zip(pairs, scored, strict=True))
        edges = sorted(
            ((s, pair) for pair, s in zip(pairs, scored, strict=True) if s >= self.threshold),
            key=lambda e: (-e[0], sorted((self._text(e[1][0]), self._text(e[1][1])))),
        )
        for score, (a, b) in edges:
            self._merge(a, b, score if (a, b) in twins else None)
        self._unindexed = batch
        for key in batch:
            self._seen.setdefault(self._text(key), key)

    def _text(self, key: int) -> str:
        return self.profiles[key].fact.sentence.text

    def _with_earlier_groups(self, batch: Sequence[int]) -> list[tuple[int, int]]:
        """Pairs of each sentence of the batch with the representatives of the earlier groups that
        share the most weight of its index terms (two terms, or one heavy enough)."""
        pairs: set[tuple[int, int]] = set()
        find, postings, absorbed = self.find, self._postings, self._absorbed
        for key in batch:
            profile = self.profiles[key]
            terms = index_terms(profile)
            weights: dict[int, float] = defaultdict(float)
            met: list[set[int]] = []  # the groups of each term, for the counts
            strong: set[int] = set()
            for term in sorted(terms):  # sums in one order, whatever the hash seed
                posting = postings.get(term)
                if not posting:
                    continue
                # the groups as they are now (some merged since the posting was written), each once
                roots = set(posting) if absorbed.isdisjoint(posting) else {find(g) for g in posting}
                if len(roots) < len(posting):
                    posting[:] = sorted(roots)
                met.append(roots)
                # two thirds of the terms met are first letters and synonym groups, which weigh
                # nothing and only count
                weight = terms[term]
                if weight:
                    for group in roots:
                        weights[group] += weight
                    if weight >= CANDIDATE_MIN_WEIGHT:
                        strong.update(roots)
            counts = Counter(chain.from_iterable(met))
            found = heapq.nsmallest(
                CANDIDATE_GROUPS,
                (g for g, n in counts.items() if n >= 2 or g in strong),
                key=lambda g: (-weights.get(g, 0.0), g),
            )
            for group in found:
                if weights.get(group, 0.0) < CANDIDATE_SHARE * weights.get(found[0], 0.0):
                    break
                for rep in self._reps[group]:
                    if self.profiles[rep].article != profile.article:
                        pairs.add((rep, key))
        return sorted(pairs)

    def _index(self, batch: range) -> None:
        """Index the terms of the batch's sentences that became representatives."""
        for key in batch:
            group = self.find(key)
            if key not in self._reps[group]:
                continue
            for term in index_terms(self.profiles[key]):
                if term in self._closed:
                    continue
                posting = self._postings.setdefault(term, [])
                posting.append(group)
                if len(posting) > MAX_GROUP_POSTING:
                    self._closed.add(term)
                    del self._postings[term]

    def _merge(self, a: int, b: int, linkage: float | None = None) -> None:
        """Merge the groups of a and b if the result fits and holds together (`linkage`, when
        given, stands for the groups' average linkage)."""
        ga, gb = self.find(a), self.find(b)
        if ga == gb:
            return
        left, right = self._per_article[ga], self._per_article[gb]
        small, large = (left, right) if len(left) < len(right) else (right, left)
        if any(n + large.get(article, 0) > MAX_PER_ARTICLE for article, n in small.items()):
            return  # (only the articles both hold can go over: a group of a thousand articles is large)
        bar = COHERENCE * self.threshold
        if not left.keys().isdisjoint(right.keys()):
            bar = max(bar, SECOND_SENTENCE_BAR * self.threshold)
        if (self._linkage(ga, gb) if linkage is None else linkage) < bar:
            return
        if len(self._members[ga]) < len(self._members[gb]):
            ga, gb = gb, ga
        self._root[gb] = ga
        self._absorbed.add(gb)
        self._members[ga] += self._members.pop(gb)
        for article, n in self._per_article.pop(gb).items():
            self._per_article[ga][article] = self._per_article[ga].get(article, 0) + n
        self._reps[ga] = sorted(self._reps[ga] + self._reps.pop(gb))[:REPRESENTATIVES]
        self._fresh[ga] = self._fresh.get(ga, []) + self._fresh.pop(gb, [])

    def _sample(self, group: int) -> list[int]:
        return sorted(set(self._reps[group]) | set(self._fresh.get(group, ())))

    def _linkage(self, ga: int, gb: int) -> float:
        """Average probability between two groups over the cross-article pairs of their samples
        (average linkage): two strong pairs about different facts do not merge because one
        sentence of each looks alike."""
        profiles = self.profiles
        pairs = [
            (min(a, b), max(a, b))
            for a in self._sample(ga)
            for b in self._sample(gb)
            if profiles[a].article != profiles[b].article
        ]
        if not pairs:
            return 0.0
        return sum(self.scores.get(pair, 0.0) for pair in pairs) / len(pairs)

    def groups(self) -> list[list[int]]:
        """The groups as sorted keys."""
        return [sorted(keys) for keys in self._members.values()]


def _second_facts(
    profiles: list[Profile], groups: list[list[int]], scores: Scores, threshold: float
) -> list[list[int]]:
    """The groups, each joined by the sentences of other groups that also tell its fact.

    A sentence telling two facts ("Norvox will pay 4.2 billion euros for Baltnet and expects to
    save 300 million a year") joins the group of one; when two other articles tell the second fact
    in sentences of their own, those two form a group the long sentence stays out of. It joins that
    group too when its article has no sentence there, one of its links there is strong, and its
    average probability over all the group's members (a pair never scored counts 0, as in the
    grouping) reaches SECOND_FACT_BAR times the threshold.
    """
    home = {key: i for i, keys in enumerate(groups) for key in keys}
    bar = SECOND_FACT_BAR * threshold
    # the sentences with a strong link into another group (of two or more: a sentence alone is
    # `_second_homes`' case), then their summed probability with its members, from the scores (a
    # group of many outlets is large; a sentence has few links)
    summed: dict[tuple[int, int], float] = {}
    for (a, b), score in scores.items():
        if score >= bar and (ga := home[a]) != (gb := home[b]):
            for key, index in ((a, gb), (b, ga)):
                if len(groups[index]) >= 2:
                    summed[(key, index)] = 0.0
    wanted = {key for key, _ in summed}
    for (a, b), score in scores.items() if wanted else ():
        if a in wanted and (link := (a, home[b])) in summed:
            summed[link] += score
        if b in wanted and (link := (b, home[a])) in summed:
            summed[link] += score
    linked: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (key, index), total in summed.items():
        if (linkage := total / len(groups[index])) >= bar:
            linked[index].append((-linkage, key))
    out = [list(keys) for keys in groups]
    for index in sorted(linked):
        articles = {profiles[k].article for k in groups[index]}
        for _, key in sorted(linked[index]):  # the strongest first, one sentence an article
            if profiles[key].article not in articles:
                articles.add(profiles[key].article)
                out[index].append(key)
    return [sorted(keys) for keys in out]


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


def _cohesion(profiles: list[Profile], keys: list[int], scores: Scores) -> float:
    """Average probability over the cross-article pairs of a group: low when it chains unrelated facts."""
    pairs = iter_pairs(keys, profiles)
    if not pairs:
        return 1.0
    return sum(scores.get(pair, 0.0) for pair in pairs) / len(pairs)


def _build(
    scorer: Scorer,
    groups: list[list[int]],
    scores: Scores,
    options: Options,
    together: int,
    progress: Report | None,
) -> list[FactGroup]:
    """The fact groups, shared ones first; `together` is the end of the first batch. The word
    diffs of the shared groups are worked out in a pool while this process weighs the evidence
    (at 1,000 articles, ~2 s of each)."""
    profiles = scorer.profiles
    unique: list[FactGroup] = []
    in_shared = {k for keys in groups if len({profiles[k].article for k in keys}) > 1 for k in keys}
    parts: list[tuple[list[int], Scores, tuple[Sentence, ...]]] = []  # the shared groups'
    for keys, scored in zip(groups, _scored_inside(groups, scores), strict=True):
        sentences = tuple(
            sorted((profiles[k].fact.sentence for k in keys), key=lambda s: (s.article, s.index))
        )
        if len({s.article for s in sentences}) > 1:
            parts.append((keys, scored, sentences))
            continue
        unique.extend(
            FactGroup(kind=GroupKind.UNIQUE, members=(profiles[k].fact.sentence,))
            for k in keys
            if k not in in_shared
        )
    texts = [tuple((s.article, s.text) for s in sentences) for _, _, sentences in parts]
    diffs = _group_diffs(texts, options)
    weighed = []
    for done, (keys, scored, sentences) in enumerate(parts):
        if progress and (done % PROGRESS_EVERY == 0 or done + 1 == len(parts)):
            progress("diff", done + 1, len(parts))
        weighed.append(
            (
                sentences,
                round(_similarity(profiles, keys, scored, together), 3),
                tuple(conflicts_of([profiles[k].fact for k in keys])),
                tuple(scorer.evidence(a, b) for a, b in _links(scored)),
            )
        )
    shared = [
        FactGroup(
            kind=GroupKind.SHARED,
            members=sentences,
            similarity=similarity,
            conflicts=conflicts,
            diffs=group_diffs,
            evidence=evidence,
        )
        for (sentences, similarity, conflicts, evidence), group_diffs in zip(weighed, diffs, strict=True)
    ]
    shared.sort(key=lambda g: [(m.article, m.index) for m in g.members])
    unique.sort(key=lambda g: (g.members[0].article, g.members[0].index))
    return shared + unique


def _group_diffs(
    texts: list[tuple[tuple[int, str], ...]], options: Options
) -> Iterator[tuple[PairDiff, ...]]:
    """The word diffs of the shared groups (each given as its members' article and text): handed to
    the run's pool now if it takes them (packed to pass between processes), else worked out here as
    they are read, without packing them only to unpack them (~4 us a diff; the events pair: 0.2 ms)."""
    if not hands_over(len(texts), options.jobs):
        known: dict[tuple[str, str], PairDiff] = {}
        return (tuple(_diffs(members, options.strict, known)) for members in texts)
    later = Later(partial(_packed_diffs, strict=options.strict), texts, options.jobs)
    rebuilt: dict[int, tuple[tuple[DiffOp, str], ...]] = {}
    return (tuple(unpack(diff, rebuilt) for diff in packed) for packed in later.results())


def _scored_inside(groups: list[list[int]], scores: Scores) -> list[Scores]:
    """For each group, the scored pairs of its members (from different articles)."""
    where: dict[int, list[int]] = defaultdict(list)
    for number, keys in enumerate(groups):
        if len(keys) > 1:
            for key in keys:
                where[key].append(number)
    inside: list[Scores] = [{} for _ in groups]
    for (a, b), score in scores.items():
        for number in where.get(a, ()):
            if number in where.get(b, ()):
                inside[number][(a, b)] = score
    return inside


def _similarity(profiles: list[Profile], keys: list[int], scored: Scores, together: int) -> float:
    """The group's average probability: over all its cross-article pairs (a pair never scored
    counts 0) when its sentences were all aligned together (keys below `together`, the first
    batch), else over the pairs scored (a fact told by hundreds of outlets: each later member was
    scored against the group's representatives only)."""
    if keys[-1] < together:
        return _cohesion(profiles, keys, scored)
    return sum(scored.values()) / len(scored) if scored else 0.0


def _links(scored: Scores) -> list[tuple[int, int]]:
    """What holds a group together: each member's strongest scored pair with a member of another
    article (its link to the group), strongest first. Not every pair: a fact told by hundreds of
    outlets would bring the square of their number."""
    best: dict[int, tuple[float, tuple[int, int]]] = {}
    for pair, score in scored.items():
        rank = (-score, pair)
        for key in pair:
            if key not in best or rank < best[key]:
                best[key] = rank
    links = {pair for _, pair in best.values()}
    return sorted(links, key=lambda pair: (-scored[pair], pair))


def _packed_diffs(groups: list[tuple[tuple[int, str], ...]], strict: bool) -> list[tuple[Packed, ...]]:
    """The word diffs of groups, each given as its members' (article, text) in order, packed to
    pass between processes; a wording met before is diffed once (and packed once: pickle then
    passes it once)."""
    known: dict[tuple[str, str], PairDiff] = {}
    packed: dict[int, Packed] = {}
    out = []
    for texts in groups:
        diffs = []
        for diff in _diffs(texts, strict, known):
            _, ops, changed = packed.get(id(diff.ops)) or packed.setdefault(id(diff.ops), pack(diff))
            diffs.append((diff.pair, ops, changed))
        out.append(tuple(diffs))
    return out


def _diffs(
    members: tuple[tuple[int, str], ...], strict: bool, known: dict[tuple[str, str], PairDiff]
) -> list[PairDiff]:
    """The word diff from the first article's sentences to each other article's; `known` keeps the
    diffs of texts met before (outlets repeating one wording)."""
    texts: dict[int, list[str]] = defaultdict(list)
    for article, text in members:
        texts[article].append(text)
    first, *others = sorted(texts)
    reference = " ".join(texts[first])
    found = []
    for other in others:
        text = " ".join(texts[other])
        diff = known.get((reference, text))
        if diff is None:
            diff = known[(reference, text)] = pair_diff(reference, text, (first, other), strict)
        found.append(diff if diff.pair == (first, other) else replace(diff, pair=(first, other)))
    return found


def conflicts_of(group_facts: list[Fact]) -> list[Conflict]:
    """What the facts of one group disagree on: numbers, dates, quotes and speakers (`Conflict`)."""
    by_article: dict[int, list[Fact]] = defaultdict(list)
    for fact in group_facts:
        by_article[fact.sentence.article].append(fact)
    articles = sorted(by_article)
    conflicts = []
    for kind, field in ((ConflictKind.NUMBER, "numbers"), (ConflictKind.DATE, "dates")):
        # a figure read from words that only round it ("a third") is no conflict
        sets = {
            a: {v for f in by_article[a] for v in getattr(f, field) if not v.startswith(APPROXIMATE)}
            for a in articles
        }
        found = (
            _number_disagreements(sets, group_facts)
            if kind is ConflictKind.NUMBER
            else _date_disagreements(sets, group_facts)
        )
        for values in found:
            if values:
                conflicts.append(Conflict(kind=kind, values=tuple(values.values()), articles=tuple(values)))
    quotes = _quote_conflict({a: [q.text for f in by_article[a] for q in f.quotes] for a in articles})
    if quotes:
        conflicts.append(
            Conflict(kind=ConflictKind.QUOTE, values=tuple(quotes.values()), articles=tuple(quotes))
        )
    # only articles that attribute a statement to a person may disagree on who made it (most do not)
    attributing = [a for a in articles if any(f.attributions and _names_a_person(f) for f in by_article[a])]
    speakers = (
        _speaker_conflict({a: _people_speaking(by_article[a]) for a in attributing})
        if len(attributing) >= 2
        else {}
    )
    if speakers:
        conflicts.append(
            Conflict(kind=ConflictKind.NAME, values=tuple(speakers.values()), articles=tuple(speakers))
        )
    return conflicts


def _names_a_person(fact: Fact) -> bool:
    return any(e.kind is EntityKind.PERSON for e in fact.entities)


def _people_speaking(facts: list[Fact]) -> list[str]:
    """The speakers of a group's quotes that are people (not "the Kremlin", not a place), and the
    people its other sentences report a statement of ("Ben Sato said no data was taken",
    `segment.reported_by`)."""
    people = {e.text for f in facts for e in f.entities if e.kind is EntityKind.PERSON}
    quoted = [q.speaker for f in facts for q in f.quotes if q.speaker in people]
    return quoted + [speaker for f in facts if (speaker := reported_by(f)) is not None]


def _speaker_conflict(speakers: dict[int, list[str]]) -> dict[int, str]:
    """Speakers per article, when two articles quote the fact from people who share no name word
    ("Putin" and "Vladimir Putin" are one person); a title is none ("Mr. Smith", "Mr. Jones")."""
    present = {a: sorted(set(s)) for a, s in speakers.items() if s}
    if len(present) < 2:
        return {}
    words = [_name_words(names) for names in present.values()]
    if all(words[0] & other for other in words[1:]):
        return {}
    return {a: ", ".join(names) for a, names in present.items()}


def _name_words(names: list[str]) -> set[str]:
    """The words of people's names but their titles ("Mr. Smith": "smith"), or all when they are
    titles only; without diacritics, which some outlets drop ("Brontë-Šimić", "Bronte-Simic")."""
    words = {w for name in names for w in name.casefold().replace(".", " ").split()}
    words = words - PERSON_TITLES or words
    if all(w.isascii() for w in words):  # (most names)
        return words
    return {without_marks(w) for w in words}


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


def _date_disagreements(sets: dict[int, set[str]], group_facts: list[Fact]) -> list[dict[int, str]]:
    """`_disagreement` of dates, one for each kind: weekdays, days of months, clock times. A weekday
    beside a day of a month is no disagreement ("on Tuesday" and "on June 9" may be one day), and a
    month alone agrees with a day of it ("in June", "on June 9"); clock times that every article
    writes with a time zone are compared as moments ("10 a.m. EST" is "15:00 GMT", `_zoned_times`).
    Shown as news writes them: "Tuesday", "June 9", "15:00"."""
    if sum(1 for values in sets.values() if values) < 2:
        return []  # (most groups: one article or none gives a date)
    by_kind = _by_kind(
        sets, lambda value: "weekday" if value in WEEKDAYS else "time" if ":" in value else "day"
    )
    if "day" in by_kind:
        days = by_kind["day"]
        months = {a: {v.partition(" ")[0] for v in values if " " in v} for a, values in days.items()}
        for article, values in days.items():
            theirs = set().union(*(m for other, m in months.items() if other != article))
            days[article] = {v for v in values if " " in v or v not in theirs}
    found = [_disagreement(by_kind[kind], _readable_date) for kind in sorted(by_kind) if kind != "time"]
    if "time" in by_kind and _disagreement(by_kind["time"]):
        zoned = _zoned_times(by_kind["time"], group_facts)
        if zoned is None:  # local clocks, compared as written, a loose one with room
            zoned = _disagreement(_without_rough_times(by_kind["time"], group_facts))
        found.append(zoned)
    return found


def _without_rough_times(times: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, set[str]]:
    """Each article's clock times but those it gives loosely (`quantities.rough_times`) that another
    article's time keeps: 03:47 keeps "shortly before four" (ROUGH_TIME_MINUTES before it at most),
    12:10 "shortly after noon", 09:20 "at around 9:30" (half as far either way)."""
    rough = _rough_times_by_article(times, group_facts)
    if not any(rough.values()):
        return times
    minutes = {v: int(v[:2]) * 60 + int(v[3:]) for values in times.values() for v in values}
    kept = {}
    for article, values in times.items():
        others = [minutes[v] for other, theirs in times.items() if other != article for v in theirs]
        kept[article] = {
            v
            for v in values
            if (says := rough[article].get(v)) is None
            or not any(_near_in_time(says, minutes[v], other) for other in others)
        }
    return kept


def _rough_times_by_article(times: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, dict[str, str]]:
    """Per article giving clock times, those it gives loosely (`quantities.rough_times`)."""
    rough: dict[int, dict[str, str]] = defaultdict(dict)
    for fact in group_facts:
        if times.get(fact.sentence.article):
            rough[fact.sentence.article].update(rough_times(fact.sentence.text, fact.language))
    return rough


def _near_in_time(says: str, loose: int, other: int) -> bool:
    """Whether a clock time `other` (in minutes of the day) agrees with a loose one: "<" shortly
    before `loose`, ">" shortly after, "~" about it."""
    ahead = (other - loose) % MINUTES_A_DAY  # (midnight: 23:50 is shortly before 00:00)
    behind = (loose - other) % MINUTES_A_DAY
    if says == "<":
        return behind <= ROUGH_TIME_MINUTES
    if says == ">":
        return ahead <= ROUGH_TIME_MINUTES
    return min(ahead, behind) <= ROUGH_TIME_MINUTES / 2


def _zoned_times(times: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, str] | None:
    """Clock times that differ as written, when every one is written with a time zone
    (`quantities.clock_zones`): {} when each two articles can name one moment ("10 a.m. ET" and
    "14:00 GMT" in summer; "shortly before 10 p.m. EST" and "02:50 GMT"), else the times with their
    zones ("10:00 EST · 16:00 GMT"); None when a time has no zone of a known offset (it is a local
    clock: compared as written)."""
    zones: dict[int, dict[str, str]] = defaultdict(dict)
    for fact in group_facts:
        if times.get(fact.sentence.article):
            zones[fact.sentence.article].update(clock_zones(fact.sentence.text))
    if any(zones[a].get(v) not in ZONE_OFFSETS for a, values in times.items() for v in values):
        return None
    rough = _rough_times_by_article(times, group_facts)
    moments: dict[int, set[tuple[int, str | None]]] = {  # each moment, and what a loose time says
        article: {
            ((int(v[:2]) * 60 + int(v[3:]) - offset) % MINUTES_A_DAY, rough[article].get(v))
            for v in values
            for offset in ZONE_OFFSETS[zones[article][v]]
        }
        for article, values in times.items()
        if values
    }
    if all(_meet(moments[a], moments[b]) for a, b in combinations(sorted(moments), 2)):
        return {}
    return _disagreement(times, lambda a, v: f"{v} {zones[a][v]}")


def _meet(ours: set[tuple[int, str | None]], theirs: set[tuple[int, str | None]]) -> bool:
    """Whether two articles' moments (`_zoned_times`) can be one: the same, or one a loose time
    ("shortly before 10 p.m. EST") the other keeps."""
    return any(
        mine == other
        or (says is not None and _near_in_time(says, mine, other))
        or (said is not None and _near_in_time(said, other, mine))
        for mine, says in ours
        for other, said in theirs
    )


def _readable_date(article: int, value: str) -> str:
    """`readable_date` as `_disagreement` asks it of an article's value: "Tuesday"."""
    return readable_date(value)


def _apart(sets: dict[int, set[str]]) -> set[tuple[int, str]]:
    """The values of each article that not every article giving values gives: those `_disagreement`
    shows."""
    present = [values for values in sets.values() if values]
    common = set.intersection(*present) if present else set()
    return {(a, v) for a, values in sets.items() for v in values - common}


def _number_disagreements(sets: dict[int, set[str]], group_facts: list[Fact]) -> list[dict[int, str]]:
    """`_disagreement` of numbers, one for each kind: years (as the group's facts write them),
    durations, percentages, changes in points, other figures ("212 · 3" and "50 minutes · 1 hour"
    are two disagreements, not one). A year beside a count is no disagreement ("in more than 25
    years" against "since 1998"), nor a duration beside a count; nor a bound or a rounding beside a
    close figure ("more than 200 passengers" against "all 212", "under an hour" against "50
    minutes")."""
    if sum(1 for values in sets.values() if values) < 2:
        return []  # (most groups: one article or none gives a number)
    years = frozenset().union(*map(written_years, group_facts))
    by_kind = _by_kind(sets, lambda value: "year" if value in years else number_unit(value))
    money: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in group_facts:
        for number, currency in fact.money:
            money[fact.sentence.article][number].add(currency)

    def amount(article: int, value: str) -> str:
        currencies = money[article].get(value, ()) if article in money else ()
        figure = readable_number(value)
        return readable_money(figure, next(iter(currencies))) if len(currencies) == 1 else figure

    found = []
    # the amounts the figure lines show, which the currency line does not repeat
    listed: set[tuple[int, str]] = set()
    for kind in sorted(by_kind):
        sets = by_kind[kind]
        show: Callable[[int, str], str] = amount
        differing = _disagreement(sets, show)
        if differing and kind != "year":  # (the figures as written differ: are they one?)
            if kind == "h":
                sets, show = _in_months(sets, amount)
            sets = _with_counterparts(sets, group_facts)
            differing = _disagreement(sets, show)
        if differing and kind != "year":
            rough = _rough_by_article(group_facts, set(differing))
            if kind != "h":  # ("0.967h": a duration's digits are no rounding)
                sets, show = _rounded_alike(sets, show, rough)
                differing = _disagreement(sets, show)
            if differing and any(rough.values()):
                kept = _without_rough(sets, rough)
                if not _disagreement(kept, show) and not _pair_disagrees(sets, rough, show):
                    continue  # every bound or rounding agrees with a figure
                # an article whose every figure a bound kept still shows them, as bounds: a toll that
                # rose "at least 13 · at least 16 · 34" (its middle was left out)
                sets = {a: kept[a] or values for a, values in sets.items()}
                differing = _disagreement(sets, partial(_bounded, rough, show))
        if differing:
            listed.update((a, show(a, v)) for a, v in _apart(sets))
        found.append(differing)
    if len(money) >= 2:  # (an article is there only with an amount)
        currencies = _currency_disagreement(money, amount, group_facts)
        # a figure that differs already shows its currencies ("€4.2 billion · $4.2 billion · €4.5
        # billion"): the same amounts are not listed twice
        if any((a, v) not in listed for a, amounts in currencies.items() for v in amounts):
            found.append({a: ", ".join(amounts) for a, amounts in currencies.items()})
    return found


def _with_counterparts(sets: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, set[str]]:
    """Each article's figures but those that no other article's figure comes within MEASURE_RATIO of:
    they measure something else, unless another article's figure counts the same thing ("killed 3
    people" and "killed 13 people": `_counting_alike`) and is not one of two that leave it between
    them ("a majority of eight votes" of "89 votes to 81")."""
    sizes = {v: size for values in sets.values() for v in values if (size := _size(v)) is not None}
    counted: dict[int, dict[str, frozenset[str]]] | None = None  # (read only for a figure left alone)
    kept: dict[int, set[str]] = {}
    for article, values in sets.items():
        others = [sizes[v] for b, theirs in sets.items() if b != article for v in theirs if v in sizes]
        kept[article] = set()
        for v in values:
            if v in sizes and not any(_comparable(sizes[v], size) for size in others):
                counted = counted if counted is not None else _counting_alike(group_facts)
                theirs = {w for b in sets if b != article for n in sets[b] for w in counted[b].get(n, ())}
                if theirs.isdisjoint(counted[article].get(v, ())) or _a_margin(sizes[v], others):
                    continue
            kept[article].add(v)
    return kept


def _a_margin(size: float, others: list[float]) -> bool:
    """Whether a figure is what two other figures differ by: a vote's majority, a lead."""
    return any(abs(a - b) == size for a, b in combinations(others, 2))


def _counting_alike(group_facts: list[Fact]) -> dict[int, dict[str, frozenset[str]]]:
    """Per article, the words its figures count (`quantities.counted_words`), but for stop words:
    "3 of them" and "13 of the climbers" count no one thing."""
    counted: dict[int, dict[str, frozenset[str]]] = defaultdict(dict)
    for fact in group_facts:
        stop = stop_words(fact.language)
        for number, words in counted_words(fact.sentence.text, fact.language).items():
            mine = counted[fact.sentence.article]
            mine[number] = mine.get(number, frozenset()) | (words - stop)
    return counted


def _size(number: str) -> float | None:
    """A figure's size, whatever its unit: 12000000 for "12000000", 34 for "34%", 48 for "48h"."""
    unit = number_unit(number)
    try:
        return float(number[: -len(unit)] if unit else number)
    except ValueError:
        return None


def _comparable(a: float, b: float) -> bool:
    """Whether two figures are near enough in size to be two reports of one quantity."""
    if a <= 0 or b <= 0:
        return True  # (a zero or a fall: no ratio to tell by)
    return max(a, b) <= MEASURE_RATIO * min(a, b)


def _in_months(
    sets: dict[int, set[str]], show: Callable[[int, str], str]
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Durations as one article counts them in months, where another counts the same length in days
    or weeks: "six weeks" is "a month and a half" (`quantities.month_span`), "145 days" is "five
    months", and neither is a disagreement; "nine weeks" is not "two months"."""
    spans = {v: span for values in sets.values() for v in values if (span := month_span(v))}
    if not spans:
        return sets, show  # (most groups: no duration in months)
    return _written_as(sets, show, lambda _, v: None if v in spans else _months_spanning(v, spans))


def _rounded_alike(
    sets: dict[int, set[str]], show: Callable[[int, str], str], rough: dict[int, dict[str, str]]
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Figures as another article writes them with fewer digits, when they round to it (ROUNDED_RATIO):
    "14.8%" is "15%", "€1.18 billion" is "€1.2 billion"; "820" is not "800", nor "1.8 million" "2
    million". Neither may be a bound ("more than 15%"), which `_without_rough` weighs."""
    plain = {
        (article, v): size
        for article, values in sets.items()
        for v in values
        if v not in rough[article] and (size := _size(v)) is not None
    }
    if len(plain) < 2 or all(size.is_integer() and size < 1e6 for size in plain.values()):
        return sets, show  # (whole counts: written to the last digit, they round to none but their own)

    def rounded(article: int, value: str) -> str | None:
        if (article, value) not in plain:
            return None
        size, unit = plain[article, value], number_unit(value)
        for (other, figure), to in sorted(plain.items()):
            if other != article and figure != value and number_unit(figure) == unit:
                gap = abs(size - to)
                if gap < _written_step(to) / 2 and gap <= ROUNDED_RATIO * to:
                    return figure
        return None

    return _written_as(sets, show, rounded)


def _written_step(size: float) -> float:
    """The place of the last digit a figure is written with: 1 for "15%" or "820", 0.1 for "14.8%",
    0.1 billion for "€1.2 billion" (as `readable_number` writes it: in millions and beyond, with up
    to two decimals)."""
    scale = next((s for s in (1e12, 1e9, 1e6) if size >= s), 1.0)
    mantissa = f"{size / scale:.6f}".rstrip("0").rstrip(".")
    return 10.0 ** -len(mantissa.partition(".")[2]) * scale


def _written_as(
    sets: dict[int, set[str]], show: Callable[[int, str], str], same: Callable[[int, str], str | None]
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Each article's values, those that `same` finds another article writing otherwise ("six
    weeks" and "a month and a half") written as that one, so that they are no disagreement; each
    article still shows its own words (the `show` given back)."""
    written: dict[tuple[int, str], str] = {}
    counted: dict[int, set[str]] = {}
    for article, values in sets.items():
        counted[article] = set()
        for value in values:
            one = same(article, value)
            if one is not None:
                written[article, one] = value
            counted[article].add(one or value)
    if not written:
        return sets, show

    def own(article: int, value: str) -> str:
        return show(article, written.get((article, value), value))

    return counted, own


def _months_spanning(value: str, spans: dict[str, tuple[float, float]]) -> str | None:
    """The first duration in months of `spans` (each with its shortest and longest, in hours) that
    the duration `value` fits in."""
    size = quantity(value, False)
    if size is None:
        return None
    return next((m for m, (low, high) in sorted(spans.items()) if low <= size[1] <= high), None)


def _currency_disagreement(
    money: dict[int, dict[str, set[str]]], show: Callable[[int, str], str], group_facts: list[Fact]
) -> dict[int, list[str]]:
    """Per article, the amounts of the figures two articles give in currencies that cannot be one
    ("€300 million" against "$300 million"); a family's mark agrees with its members ("$" with US$
    and with A$, which disagree with each other). Each article giving such a figure shows its
    amount: of three, the one in another currency disagrees with the two that agree ("$300 million
    · €300 million · US$300 million"). A bound or a rounding (`segment.rough_numbers`) is one
    figure with the figure it keeps: "more than $5 million" against "€5.5 million" disagrees too."""
    figures = Counter(number for amounts in money.values() for number in amounts)
    differing: dict[int, list[str]] = defaultdict(list)
    for number in sorted(n for n, count in figures.items() if count >= 2):
        given = {a: amounts[number] for a, amounts in money.items() if number in amounts}
        if any(not _can_agree(given[a], given[b]) for a, b in combinations(sorted(given), 2)):
            for article in given:
                differing[article].append(show(article, number))
    apart = [  # two figures in currencies that cannot be one: the same figure, loosely said?
        (a, b, x, y)
        for a, b in combinations(sorted(money), 2)
        for (x, mine), (y, theirs) in product(money[a].items(), money[b].items())
        if x != y and not _can_agree(mine, theirs)
    ]
    rough = (
        _rough_by_article(group_facts, {article for a, b, _, _ in apart for article in (a, b)})
        if apart
        else {}
    )
    for a, b, x, y in apart:
        if _loosely_one(rough, a, b, x, y):
            differing[a].append(show(a, x))
            differing[b].append(show(b, y))
    if len(differing) < 2:
        return {}
    return {a: list(dict.fromkeys(amounts)) for a, amounts in sorted(differing.items())}


def _loosely_one(rough: dict[int, dict[str, str]], a: int, b: int, x: str, y: str) -> bool:
    """Whether article `a`'s figure `x` and article `b`'s `y` are one, said loosely: one is a bound or
    a rounding that keeps the other ("more than 5 million" and 5.5 million)."""
    first, second = quantity(x, False), quantity(y, False)
    if first is None or second is None or first[0] != second[0]:
        return False
    size_x, size_y = first[1], second[1]
    return bool(
        ((says := rough[a].get(x)) and _kept_by(says, size_x, size_y, _rounding_step(x)))
        or ((says := rough[b].get(y)) and _kept_by(says, size_y, size_x, _rounding_step(y)))
    )


def _can_agree(mine: set[str], theirs: set[str]) -> bool:
    """Whether two articles' currencies for one figure can be one: a family's mark agrees with its
    members ("$" with US$ and with A$), while US$ and A$ disagree."""
    return any(compatible(a, b) for a in mine for b in theirs)


def _rough_by_article(group_facts: list[Fact], articles: set[int]) -> dict[int, dict[str, str]]:
    """Per article of `articles`, the numbers its facts in the group give as a bound or a rounding
    (`quantities.rough_numbers`), each with what it says (">", "<", "~")."""
    rough: dict[int, dict[str, str]] = defaultdict(dict)
    for fact in group_facts:
        if fact.sentence.article in articles:
            rough[fact.sentence.article].update(rough_numbers(fact.sentence.text, fact.language))
    return rough


def _bounded(
    rough: dict[int, dict[str, str]], show: Callable[[int, str], str], article: int, value: str
) -> str:
    """A number as a conflict shows it (`show`), with its bound or rounding (`rough`) when the
    article gives one: "at least 13"."""
    says = rough[article].get(value)
    return f"{BOUND_WORDS[says]} {show(article, value)}" if says else show(article, value)


def _without_rough(sets: dict[int, set[str]], rough: dict[int, dict[str, str]]) -> dict[int, set[str]]:
    """Each article's numbers but those it gives as a bound or a rounding (`rough`) that a number of
    another article keeps: 212 keeps "more than 200" (up to NEAR_NUMBER_RATIO above), 50 minutes
    "under an hour" (up to NEAR_NUMBER_RATIO below), 52 minutes "about 50" (half as far either
    way); 14 ships do not keep "at least 17", nor 1,200 "about 1,500"."""
    sizes = {v: size[1] for values in sets.values() for v in values if (size := quantity(v, False))}
    kept = {}
    for article, values in sets.items():
        others = [
            (sizes[v], rough[other].get(v))
            for other, theirs in sets.items()
            if other != article
            for v in theirs
            if v in sizes
        ]
        kept[article] = {
            v
            for v in values
            if v not in sizes
            or (says := rough[article].get(v)) is None
            or not any(
                _kept_by(says, sizes[v], other, _rounding_step(v))
                for other, theirs in others
                if says == "~" or theirs not in _BOUNDS or number_unit(v) not in _COUNTED
            )
        }
    return kept


_BOUNDS = frozenset({">", "<", "≲"})
"""What a bound says (`rough_numbers`): two bounds of counts or shares (`_COUNTED`) that differ
disagree ("more than 600" and "over 650" sheep), where a bound and a figure close to it do not
("more than 600" and 612). Two bounds of a length of time may agree: "in under an hour" and "within
50 minutes" tell one quick rescue."""
_COUNTED = frozenset({"", "%"})
"""The units (`number_unit`) of counts, amounts and shares."""


def _pair_disagrees(
    sets: dict[int, set[str]], rough: dict[int, dict[str, str]], show: Callable[[int, str], str]
) -> bool:
    """Whether two articles disagree once the bounds and roundings the other keeps are left out:
    "more than 200" and "some 212" keep each other, and left out for all three articles they
    hid the "150" of a third, which keeps neither."""
    # articles that give the same numbers in the same words cannot disagree: one of each is paired
    # (a thousand wire copies of "about 1,200" are one)
    alike: dict[frozenset[tuple[str, str | None]], int] = {}
    for article, values in sorted(sets.items()):
        if values:
            alike.setdefault(frozenset((v, rough[article].get(v)) for v in values), article)
    return any(
        _disagreement(_without_rough({a: sets[a], b: sets[b]}, rough), show)
        for a, b in combinations(alike.values(), 2)
    )


def _kept_by(says: str, rough: float, other: float, step: float | None = None) -> bool:
    """Whether a figure `other` agrees with a bound or a rounding `says` (">", "<", "≲", "~") of
    `rough`. A rounding keeps what rounds to it at its last digit (`step`, `_rounding_step`: "about
    2,000" keeps 2,150, "some 270" not 260), up to half NEAR_NUMBER_RATIO away."""
    if says == ">":
        return rough <= other <= rough * (1 + NEAR_NUMBER_RATIO)
    if says == "<":
        return rough * (1 - NEAR_NUMBER_RATIO) <= other <= rough
    if says == "≲":
        return rough * (1 - NEARLY_RATIO) <= other <= rough
    near = abs(other - rough) <= NEAR_NUMBER_RATIO / 2 * rough
    # less than half a step either way, counted in steps to 9 places: 2.45 lies half a step from
    # "about 2.5%" as 265 does from "some 270", not a hair inside it as floats have it
    return near and (step is None or round(abs(other - rough) / step, 9) < 0.5)


def _rounding_step(number: str) -> float | None:
    """The place of a figure's last significant digit, which a rounding ("about 2,000") rounds to:
    1000 for "2000", 10 for "270", 0.1 for "2.5%"; None for a duration or a change in points, whose
    digits tell nothing of it (50 minutes are "0.833h")."""
    unit = number_unit(number)
    if unit not in ("", "%"):
        return None
    digits = number.removesuffix("%")
    if "." in digits:
        return 10.0 ** -len(digits.partition(".")[2])
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else None


def _quote_conflict(quotes: dict[int, list[str]]) -> dict[int, str]:
    """Per article, its longest quote, when two or more articles quote in different wording. A quote
    that is part of another, word for word, is no other wording: "a slap in the face" of "a slap in
    the face of everyone who works here"."""
    firsts = {a: max(q, key=len) for a, q in quotes.items() if q}
    if len(firsts) < 2:
        return {}
    normal = [" ".join(words_of(q)) for q in firsts.values()]
    if all(_same_wording(normal[0], other) for other in normal[1:]):
        return {}
    return firsts


_NEGATIONS = frozenset(
    "not never no nor nicht nie niemals kein keine pas jamais ne n nunca non mai não niet nooit geen "
    "не никогда nie nigdy".split()
)
"""Words that deny what follows them, in the languages read (`_same_wording`): "not ready to strike"."""


def _same_wording(a: str, b: str) -> bool:
    """Whether two quotes, as their words in lower case, are worded alike or one is part of the other
    (not after a word that denies it: "ready to strike" and "not ready to strike" disagree)."""
    if Indel.normalized_similarity(a, b) >= QUOTE_SAME_RATIO:
        return True
    shorter, longer = sorted((a, b), key=len)
    at = f" {longer} ".find(f" {shorter} ")
    if not shorter or at < 0:
        return False
    before = longer[:at].split()[-1:]
    return not before or (before[0] not in _NEGATIONS and not before[0].endswith(("n't", "n’t")))
