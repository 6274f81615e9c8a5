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
4. Mark conflicts (numbers, dates, quote wording, speakers: `conflicts`), compute the word diff of each
   other article's sentences against the first article's (typography counts only with
   `Options.strict`) and keep, as evidence, each member's strongest link to the group.
Ordering follows the first article. With two or three articles the result does not depend on
the order of the inputs beyond which article is called first; with many, which articles come first
also decides the representatives.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from functools import partial
from itertools import chain

from newsdiff.conflicts import conflicts_of, statements_of
from newsdiff.errors import UsageProblem
from newsdiff.language import fact_languages
from newsdiff.model import (
    DISPUTED_CLAIM,
    Article,
    Comparison,
    DiffOp,
    Evidence,
    Fact,
    FactGroup,
    GroupKind,
    PairDiff,
    Sentence,
    joined,
)
from newsdiff.options import Options
from newsdiff.parallel import Later, collector_paused, hands_over, pmap, pooled
from newsdiff.polarity import disputed_claim, may_deny
from newsdiff.progress import Report
from newsdiff.record import replace
from newsdiff.segment import PackedFact, extract, pack_fact, people_by_surname, segment, unpack_fact
from newsdiff.similarity import (
    CANDIDATE_MIN_WEIGHT,
    MAX_POSTING,
    Profile,
    Scorer,
    index_terms,
    iter_pairs,
    scorer_for,
)
from newsdiff.updates import LaterUpdate, later_updates, superseded_in, update_stamps
from newsdiff.worddiff import Packed, pack, pair_diff, unpack

COHERENCE = 1.0
"""Two groups merge when their average cross-article probability is at least this times `min_similarity`."""

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

DISPUTED_CLAIM_PROBABILITY = 0.65
"""The probability of a pair one side of which affirms a deed the other denies, of one subject and
object in one clause each (`polarity.disputed_claim`: "The trial was stopped early after ..." / "The
trial was not stopped early and ran ..."), when the pair model gives less: the rest of either
sentence may differ, and the words alike are then too few for the model (49% there), yet the reader
must see the outlets disagree (≠ claim). SECOND_SENTENCE_BAR times the default threshold: as strong
as a second sentence of an article joining a group must be, so such a pair also gives a sentence
left alone a group with a sentence grouped already (`_second_homes`)."""

DISPUTED_CLAIM_FLOOR = 0.15
"""The pair model's probability a claim told and denied needs to be raised: a pair the model keeps
apart (0: two ages, two people: "Okafor, 52, was found guilty" / "His cousin, 57, was found not
guilty") or finds next to nothing in common stays apart. The disputed claims written for the tests
score 0.19-0.49 (`tests/test_align_claims.py`)."""

PROGRESS_EVERY = 64
"""Groups between two progress reports while diffs and evidence are worked out."""

Scores = dict[tuple[int, int], float]


def align(
    articles: Sequence[Article], options: Options | None = None, progress: Report | None = None
) -> Comparison:
    """Group the sentences of two or more articles into shared facts and unique facts."""
    options = (options or Options()).checked()
    if len(articles) < 2:  # an article alone has no one to disagree with: not SAME, as compare says
        raise UsageProblem(f"align needs at least two articles, got {len(articles)}")
    with collector_paused():
        return _align(articles, options, progress)


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
    groups = _second_homes(scorer.profiles, groups, grouping.scores, options.threshold)
    return Comparison(
        articles=tuple(articles),
        groups=tuple(_build(scorer, groups, grouping, options, together, progress, articles)),
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
    before in that language is read once. A surname alone is the person the article names in full
    (`segment.people_by_surname`)."""
    known: dict[tuple[str, str], Fact] = {}
    for article, language in read:
        facts = []
        for sentence in segment(article, language):
            fact = known.get((language, sentence.text))
            if fact is None:
                fact = known[(language, sentence.text)] = extract(sentence, language)
            facts.append(fact if fact.sentence is sentence else replace(fact, sentence=sentence))
        yield people_by_surname(facts)


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
        self.disputed: set[tuple[int, int]] = set()
        """The pairs DISPUTED_CLAIM_PROBABILITY raised: one claim, told and denied."""
        self._denying: dict[int, bool] = {}
        """Whether each sentence met may deny a deed (`_may_deny`)."""

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
        scored = [self._disputed(pair, s) for pair, s in zip(pairs, self.scorer.score(pairs), strict=True)]
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

    def _disputed(self, pair: tuple[int, int], score: float) -> float:
        """A pair's probability, DISPUTED_CLAIM_PROBABILITY at least for one claim told and denied
        that the model gives DISPUTED_CLAIM_FLOOR at least."""
        if score >= DISPUTED_CLAIM_PROBABILITY or score < DISPUTED_CLAIM_FLOOR:
            return score
        if not (self._may_deny(pair[0]) or self._may_deny(pair[1])):
            return score  # (most pairs: neither sentence holds a word that denies)
        a, b = (self.profiles[key].fact for key in pair)
        if not disputed_claim(a, b):
            return score
        self.disputed.add(pair)
        return DISPUTED_CLAIM_PROBABILITY

    def _may_deny(self, key: int) -> bool:
        """`polarity.may_deny` of a sentence, worked out once (a sentence meets many candidates)."""
        found = self._denying.get(key)
        if found is None:
            found = self._denying[key] = may_deny(self.profiles[key].fact)
        return found

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
    """The groups, and new ones for sentences left alone that match a sentence already grouped.

    A sentence telling two facts joins the group of the first; the sentence of another article
    that tells only the second would stay alone. It gets a group with its best partner per other
    article, when that link is as strong as a second sentence joining a group must be
    (SECOND_SENTENCE_BAR) and the new group is coherent. When its partners are two or more, all in
    one group its article has no sentence in, it tells that group's fact (two sentences that each
    tell a second fact, the same, are rare): it joins the group, which would otherwise show twice,
    once without it (the group's average fell short with it, by its links to members in another
    language, say).
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
    home = {key: i for i, keys in enumerate(groups) for key in keys}
    out = [list(keys) for keys in groups]
    extra = []
    for lone in alone:
        if not partners[lone]:
            continue
        others = [other for _, other in partners[lone].values()]
        joined = {home[other] for other in others}
        if len(others) >= 2 and len(joined) == 1:
            index = joined.pop()
            if all(profiles[key].article != profiles[lone].article for key in out[index]):
                out[index].append(lone)
                out[home[lone]] = []
                continue
        keys = sorted([lone, *others])
        if _cohesion(profiles, keys, scores) >= COHERENCE * threshold:
            extra.append(keys)
    return [sorted(keys) for keys in out if keys] + extra


def _cohesion(profiles: list[Profile], keys: list[int], scores: Scores) -> float:
    """Average probability over the cross-article pairs of a group: low when it chains unrelated facts."""
    pairs = iter_pairs(keys, profiles)
    if not pairs:
        return 1.0
    return sum(scores.get(pair, 0.0) for pair in pairs) / len(pairs)


def _build(
    scorer: Scorer,
    groups: list[list[int]],
    grouping: _Grouping,
    options: Options,
    together: int,
    progress: Report | None,
    articles: Sequence[Article],
) -> list[FactGroup]:
    """The fact groups of `articles`, shared ones first; `together` is the end of the first batch. The word
    diffs of the shared groups are worked out in a pool while this process weighs the evidence
    (at 1,000 articles, ~2 s of each)."""
    profiles, scores = scorer.profiles, grouping.scores
    disputed = grouping.disputed

    def evidence(a: int, b: int, matched: bool) -> Evidence:
        found = scorer.evidence(a, b, matched)
        if (a, b) not in disputed:
            return found
        return replace(found, probability=DISPUTED_CLAIM_PROBABILITY, rule=DISPUTED_CLAIM)

    # a live blog's later update supersedes its earlier ones in a fact (`newsdiff.updates`)
    stamps = {a.index: found for a in articles if (found := update_stamps(a.paragraphs))}
    blogs: dict[int, list[Sentence]] = defaultdict(list)
    keyed: dict[tuple[int, int], int] = {}
    for key, profile in enumerate(profiles) if stamps else ():
        if profile.article in stamps:
            blogs[profile.article].append(profile.fact.sentence)
            keyed[profile.article, profile.fact.sentence.index] = key

    def same_fact(one: Sentence, other: Sentence) -> bool:
        """Whether two sentences of one live blog tell one fact, as the pair model reads them."""
        a, b = keyed[one.article, one.index], keyed[other.article, other.index]
        return scorer.evidence(a, b).probability >= options.threshold

    nearest = _nearest(scores) if options.explain else {}
    unique: list[FactGroup] = []
    in_shared = {k for keys in groups if len({profiles[k].article for k in keys}) > 1 for k in keys}
    later = later_updates(stamps, same_fact, blogs)
    if stamps:
        groups = _with_latest_updates(groups, in_shared, profiles, later, keyed)
    parts: list[tuple[list[int], Scores, tuple[Sentence, ...]]] = []  # the shared groups'
    for keys, scored in zip(groups, _scored_inside(groups, scores), strict=True):
        sentences = tuple(
            sorted((profiles[k].fact.sentence for k in keys), key=lambda s: (s.article, s.index))
        )
        if len({s.article for s in sentences}) > 1:
            parts.append((keys, scored, sentences))
            continue
        unique.extend(
            FactGroup(
                kind=GroupKind.UNIQUE,
                members=(profiles[k].fact.sentence,),
                evidence=(evidence(*nearest[k], True),) if k in nearest else (),
            )
            for k in keys
            if k not in in_shared
        )
    # each article's members as one text, as `FactGroup.text_of` gives it: the diffs' spans index into it
    texts = [
        tuple(
            (article, joined([s for s in sentences if s.article == article]))
            for article in sorted({s.article for s in sentences})
        )
        for _, _, sentences in parts
    ]
    diffs = _group_diffs(texts, options)
    dated = {a.index: a.metadata.date for a in articles if a.metadata.date}
    # the statements articles quote over sentences, of which the groups' quotes may be parts
    statements = statements_of(p.fact for p in profiles if p.fact.quotes)
    weighed = []
    for done, (keys, scored, sentences) in enumerate(parts):
        if progress and (done % PROGRESS_EVERY == 0 or done + 1 == len(parts)):
            progress("diff", done + 1, len(parts))
        late = superseded_in(sentences, stamps, later) if stamps else ()
        gone = {(one.article, one.sentence) for one in late}
        current = [
            profiles[k].fact
            for k in keys
            if (profiles[k].article, profiles[k].fact.sentence.index) not in gone
        ]
        weighed.append(
            (
                sentences,
                round(_similarity(profiles, keys, scored, together), 3),
                tuple(conflicts_of(current, dated, statements)),
                tuple(evidence(a, b, options.explain) for a, b in _links(scored)),
                late,
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
            superseded=late,
        )
        for (sentences, similarity, conflicts, evidence, late), group_diffs in zip(
            weighed, diffs, strict=True
        )
    ]
    shared.sort(key=lambda g: [(m.article, m.index) for m in g.members])
    unique.sort(key=lambda g: (g.members[0].article, g.members[0].index))
    return shared + unique


def _with_latest_updates(
    groups: list[list[int]],
    in_shared: set[int],
    profiles: Sequence[Profile],
    later: LaterUpdate,
    keyed: Mapping[tuple[int, int], int],
) -> list[list[int]]:
    """The groups with the latest update of a live blog that tells a member's fact joined to it when
    it stands alone (`later`, `updates.later_updates`): "11:20 — ... at least 23 people died" was set
    against a story's 41 and "16:05 — ... now at least 41, up from 23" left only in the blog; the later
    is the blog's current word (`superseded_in` marks the earlier). So does an earlier update standing
    alone whose fact a later one in a group tells: "12:30 — ... two people have died" with "16:40 —
    ... revised the death toll: three people have died", which a story's "Three people" joined. Each
    earlier update left alone is asked against the blog's updates in groups only. `in_shared` takes
    the keys joined."""
    joined = [list(keys) for keys in groups]
    moved: set[int] = set()
    for keys in joined:
        if len({profiles[k].article for k in keys}) < 2:
            continue
        for k in list(keys):
            by = later(profiles[k].fact.sentence)  # (None for a sentence of no live blog)
            if by is not None and (key := keyed[by.article, by.index]) not in in_shared:
                keys.append(key)
                in_shared.add(key)
                moved.add(key)
    home = {k: keys for keys in joined if len({profiles[k].article for k in keys}) > 1 for k in keys}
    grouped: dict[int, list[Sentence]] = defaultdict(list)
    for k in home:
        grouped[profiles[k].article].append(profiles[k].fact.sentence)
    for (article, _), k in keyed.items():
        if k in in_shared or not grouped.get(article):
            continue
        by = later(profiles[k].fact.sentence, among=grouped[article])
        if by is not None:
            home[keyed[by.article, by.index]].append(k)
            in_shared.add(k)
            moved.add(k)
    if not moved:
        return groups
    # a key joined stood in a group of its article's alone, which keeps its others
    kept = (
        keys if len({profiles[k].article for k in keys}) > 1 else [k for k in keys if k not in moved]
        for keys in joined
    )
    return [keys for keys in kept if keys]


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


def _nearest(scores: Scores) -> dict[int, tuple[int, int]]:
    """Each sentence's best scored pair with a sentence of another article, the higher score first,
    then the first pair: for a fact only one article tells, the pair that came closest to one fact
    (`--explain` says why it stands alone); inside a group, each member's link to it (`_links`)."""
    best: dict[int, tuple[float, tuple[int, int]]] = {}
    for pair, score in scores.items():
        rank = (-score, pair)
        for key in pair:
            if key not in best or rank < best[key]:
                best[key] = rank
    return {key: pair for key, (_, pair) in best.items()}


def _links(scored: Scores) -> list[tuple[int, int]]:
    """What holds a group together: each member's strongest scored pair with a member of another
    article (its link to the group, `_nearest`), strongest first. Not every pair: a fact told by
    hundreds of outlets would bring the square of their number."""
    return sorted(set(_nearest(scored).values()), key=lambda pair: (-scored[pair], pair))


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
