"""How likely two sentences of different articles report the same fact, and why.

Each sentence's fact becomes a profile: its content words weighed by rarity (inverse sentence
frequency across the input set, times rarity in its language at large from `lexicon`), its names,
numbers, dates, quotes and clauses. A pair of profiles gives a few features, each explainable:

- words: weighted Dice overlap of content stems, exact, near (rapidfuzz: "phone"/"telephone") or
  WordNet synonyms ("battle"/"struggle"); containment: the same against the shorter side (a short
  sentence inside a long one); shared: how many stems meet (0..1 for 0..8).
- names_same / names_differ: share of the smaller side's name words (weighed by rarity) found in
  the other, and the rest: the same actors (weak: hard negatives share them too) or others.
- numbers_same / numbers_differ, dates_same / dates_differ: likewise for normalised numbers and for
  dates (a shared weekday counts little, a day of a month or a clock time fully); numbers_two: two
  numbers or more in common, or a time taken to the second (one shared figure can be a coincidence,
  two rarely are, nor is "1:49.87"); numbers_near: the share of the smaller side's other numbers
  that the other side gives within a fifth, in the same unit ("2.3 million" and "2.4 million"
  records; 4,500 and 4,200 hectares burnt): outlets round, update and disagree, and a close figure
  is evidence of the same fact (years and small whole numbers aside).
- numbers_counted_differ: the share of those figures (alike or close) that count other kinds of
  thing on each side, read from the words after each (`counted_kinds`; English only, 0 in other
  languages): "2,000 residents" and "2,000 tents", "31 climbers" and "27 rescues", "Daro, 26,"
  (an age) and "26 runners", "2,600 teaching posts" and "2,600 euros". Words differ only when no
  stem, synonym or near spelling joins them and WordNet gives them no kind in common (people,
  artefacts, quantities: `lexicon.noun_kinds`), so "14 passengers" and "fourteen people", "ships"
  and "vessels", "cars" and "vehicles" agree ("people" counts anything); a word the table lacks
  ("sandbags") is no evidence.
- period_one_side / periods_differ: one sentence is anchored in a year or a relative period ("in
  2019", "last year", "this season") and the other in none, or both in different ones: background
  facts ("bought a painting in 2019") against the news of the day.
- quotes: overlap of content stems between the quotations of both sides (0 when one quotes nobody).
- characters: rapidfuzz token-sort ratio of the content words (spelling, morphology).
- length: shorter over longer, in content weight.
- clause: the largest share of one clause of either sentence whose stems the other holds (a fact
  told in a side clause: "..., noting that the conflict in Syria was also discussed").
- best_match: how close the pair's plain overlap comes to the best either sentence finds in the
  other's article (outlets tell a fact once, so a second-best match is usually another fact).
- best_of_one: the same against the side for which the pair does best: a sentence telling two
  facts is the best match of each shorter sentence telling one, though not the other way round.
- semantic: cosine of sentence embeddings (`--semantic` only, `newsdiff.semantic`); semantic_best:
  that cosine over the best either sentence reaches with any sentence of the other's article;
  semantic_clause: the best cosine of either sentence with a clause of the other (split facts);
  semantic_pieces: how well either sentence's word pieces find their like in the other's, weighed
  by how rare they are in the input set (`newsdiff.semantic.piece_cover`).
  (How far a pair's cosine stood above the next best each side found, two features fitted on the
  first 480 labelled pairs, lowered leave-one-event-out F1 on the 982 from 0.864 to 0.855: a
  sentence telling two facts is close to the sentences telling each, so its margin with either is
  small. They were taken out.)

A logistic regression fitted on labelled pairs (bench/align_quality.py --fit; weights in
`data/align_model.json`, where a feature may also be bent by hinges: `Model.hinges`) turns them
into a probability; each feature's contribution to the log-odds is kept, so `compare --explain`
and the JSON show why two sentences were grouped.
"""

from __future__ import annotations

import json
import math
import operator
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import chain, combinations, groupby
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from newsdiff.errors import ModelError
from newsdiff.language import ELIDED, FACT_LANGUAGES
from newsdiff.lexicon import ANY_KIND, STOPWORDS, noun_kinds, rarity, stopwords, synonym_groups
from newsdiff.model import (
    HEADING_AND_SENTENCE,
    HEADINGS_APART,
    NO_WORD_IN_COMMON,
    SAME_WORDING,
    Contribution,
    Evidence,
    Fact,
    Sentence,
    readable_date,
    to_the_second,
)
from newsdiff.money import NAMES as CURRENCY_NAMES
from newsdiff.patterns import compiled
from newsdiff.quantities import (
    MONTH_SET,
    MONTHS,
    NUMBER_WORDS,
    SCALES,
    WEEKDAYS,
    implied_points,
    minutes_of_a_game,
    number_unit,
    numbers_in,
    quantity,
    utc_dates,
    written_years,
)
from newsdiff.record import record, replace
from newsdiff.segment import OPENING_MARKS, plain_word, stem_words, unelided, without_marks

if TYPE_CHECKING:  # newsdiff.semantic is imported only with --semantic
    from newsdiff.semantic import Embedder, Pieces

FEATURES = (
    "words",
    "containment",
    "shared",
    "names_same",
    "names_differ",
    "numbers_same",
    "numbers_differ",
    "numbers_two",
    "numbers_near",
    "dates_same",
    "dates_differ",
    "period_one_side",
    "periods_differ",
    "quotes",
    "characters",
    "length",
    "best_match",
    "best_of_one",
    "clause",
    "numbers_counted_differ",
)
"""The features of the default model, in the order of its weights."""

SEMANTIC_FEATURES = (
    *(f for f in FEATURES if f != "numbers_counted_differ"),
    "semantic",
    "semantic_best",
    "semantic_clause",
    "semantic_pieces",
)
"""The features of the `--semantic` model: the default's but what the figures count, which the
embeddings tell (with it, leave-one-event-out F1 0.887 against 0.889 without, 2026-12-07)."""

NEAR_RATIO = 0.8
"""Normalised Indel similarity above which two different stems count as the same word (kept from
the first aligner: "harbour"/"harbor" 0.91, "normalis"/"normal" 0.86, "minist"/"ministri" 0.86)."""

NEAR_PREFIX = 2
"""Near spellings are looked for among words with the same first letters: variants of one word
("harbour"/"harbor", "normalis"/"normaliz") share them, and the search stays small."""

NEAR_CREDIT = 0.8
"""Share of a word's weight that a near match earns, against 1 for an exact one (set by hand; the
model's weights absorb the scale)."""

SYNONYM_CREDIT = 0.7
"""Share of a word's weight that a WordNet synonym earns: synonyms of a frequent sense, not always."""

BACKGROUND_SHARE = 0.75
"""How much of a word's weight depends on its rarity in English at large, the rest being 1: a word
rare in both the input set and English weighs 1, "said"-like words a quarter. 0.5, 0.75 and 0.9 gave
the same held-out F1 within 0.02 (bench/align_quality.py); 0.75 is in the middle."""

BASE_WEIGHTS = {"words": 1.0, "containment": 0.5, "numbers_same": 0.25, "names_same": 0.0, "semantic": 1.0}
"""The plain overlap `best_match` ranks a sentence's candidates by (names at 0.25 or 0.5 changed
held-out F1 by less than 0.02 either way, so they stay out)."""

BEST_MATCH_FULL = 0.8
"""Plain overlap at which being the best match counts in full: the best of two unrelated sentences
left over in each article is no evidence."""

SHARED_SATURATION = 8
"""Content stems in common at which the `shared` feature reaches 1."""

PREFIX = 5
"""Stems of this length or more are also indexed by their first PREFIX-1 letters, to find near matches."""

PLAIN_CACHE = 20_000
"""Text pairs whose plain features (and evidence) are kept for reuse (then the cache starts again)."""

MAX_POSTING = 60
"""Index terms held by more sentences than this are too common to find candidates by: it keeps the
candidate search sub-quadratic on hundreds of articles (two articles never reach it; the 64 labelled
articles, 382 sentences, align in ~140 ms)."""

CLAUSE_MIN_TERMS = 3
"""Clauses with fewer content stems are too short to stand for a fact of their own."""

_CLAUSE_MARKS = r"[,;:()—–]|\s-\s"
_CLAUSE_WORDS = ("while", "whereas", "but", "noting", "saying", "adding")
_CLAUSE = compiled(_CLAUSE_MARKS + r"|\b(?:" + "|".join(_CLAUSE_WORDS) + r")\b")
"""Where a sentence breaks into clauses."""
_CLAUSE_AT_MARKS = compiled(_CLAUSE_MARKS)
"""The same breaks in a text holding none of the words: split by it, a sentence takes half the time
(2 of the events pair's 164 sentences hold one of the words, even inside another word)."""
_CLAUSE_MARK_CHARACTERS = compiled(_CLAUSE_MARKS.partition("|")[0])
"""The marks of `_CLAUSE_MARKS` but a hyphen between spaces: the same breaks in a text without a hyphen."""


WEEKDAY_WEIGHT = 0.3
"""Weight of a weekday against a day of a month or a clock time when dates agree or differ."""

SOFT_MIN_WEIGHT = 0.25
"""Words lighter than this (frequent in the input and in English) are matched exactly only: 0.15,
0.25 and 0.35 gave the same figures on the labelled pairs and the samples, and the soft matching of
light words took a tenth of the alignment time."""

CANDIDATE_MIN_WEIGHT = 0.3
"""A pair sharing a single index term is scored only if that term weighs this much: measured on the
labelled events, none of the 163 pairs that shared one lighter term reached probability 0.5 (the
highest 0.46), and they were a fifth of all candidates."""

_SEMANTIC_CLAUSE = compiled(_CLAUSE_MARKS + r"|\b(?:" + "|".join([*_CLAUSE_WORDS, "and"]) + r")\b")
"""Where a sentence breaks into clauses for `semantic_clause` ("and" too: "…homes and claimed one life")."""

SEMANTIC_CLAUSE_WORDS = 3
"""Clauses shorter than this many words are not embedded on their own."""

PIECE_SKIP = frozenset(
    "a an the of to in on at by for with from as and or is was were be been has have had it its their that "
    "this which who said says will would".split()
)
"""Words `semantic_pieces` leaves out: articles, prepositions, auxiliaries and the like, which
every sentence has. Words with a sense of their own in a fact ("not", "more", "percent", "up") stay:
leaving STOPWORDS out instead gave leave-one-event-out F1 0.869 against 0.875 (with the better-covered
side's cover, see `newsdiff.semantic.piece_cover`)."""

NEAR_NUMBER_RATIO = 0.2
"""Two numbers in the same unit are close when they differ by at most this share of the larger:
leave-one-event-out F1 with `numbers_near` at 0.1 / 0.15 / 0.2 / 0.25 / 0.3 was 0.803 / 0.804 /
0.806 / 0.801 / 0.802 on the default path (0.793 without it), 0.876 / 0.881 at 0.15 / 0.2 with
--semantic (0.871 without)."""

NEAR_TERM_WEIGHT = 0.2
"""How telling a band of counts is as an index term (`index_terms`): below CANDIDATE_MIN_WEIGHT, so
a close count finds a pair only with another shared term (two close counts alone are no fact:
`pair_features`' `common`). The labelled events gave the same figures at 0.2 and at 0.5 (alone
enough): through align F1 0.812 held out and 0.838 on the train events, against 0.804 and 0.836
without the bands; leave-one-event-out 0.811 against 0.807. The events pair had 547 candidates at
0.2, 576 at 0.5, 537 without: 1.9% and 2.7% more instructions an align."""
NEAR_UNIT_TERM_WEIGHT = CANDIDATE_MIN_WEIGHT
"""How telling a band of amounts, shares or lengths of time is: alone enough, as close ones alone
may tell one fact ("18% lower" · "down by nearly a fifth", "58 minutes after launch" · "just under
an hour into the flight" share no word, and were never scored). Leave-one-event-out F1 0.831 ->
0.836 (never scored 30 -> 26), held out 0.833 -> 0.840, other languages 0.805 -> 0.803 (2026-12-07)."""
_NEAR_BAND = -math.log(1 - NEAR_NUMBER_RATIO)
"""The width of a band of sizes, in log: two numbers within NEAR_NUMBER_RATIO are one band apart
at most, so one of the two bands each is indexed by is shared."""

COUNTED_REACH = 3
"""Words after a figure read for what it counts: "2,600 teaching posts", "1,200 new jobs"."""

GENERIC_COUNTED = frozenset(
    "people person persons others more times time members member cases units items ones".split()
)
"""Words after a figure that count anything: "14 passengers" are "14 people", "27 goals" "27 times"."""

PEOPLE_COUNTED = frozenset("people person persons".split())
"""Those of GENERIC_COUNTED that count people: anything but a measure (MEASURE_KINDS), an age, money
or a thing no person is (THING_KINDS)."""

PEOPLE = "(people)"
"""What a figure counts when it is followed by PEOPLE_COUNTED."""

MEASURE_KINDS = frozenset("euxvz")
"""WordNet's kinds (`lexicon.noun_kinds`) of the words that measure rather than count: attributes,
quantities, states, relations and times ("degrees", "metres", "percent", "hours"). "Eight degrees"
and "eight people were dead" are two facts; "14 passengers" and "14 people" one."""

THING_KINDS = frozenset("cdkmorsy")
"""WordNet's kinds of the things no person is: animals, artefacts, foods, locations, objects, plants,
possessions, substances ("40 apartment blocks": "d", "m"). "At least 40 apartment blocks" and "at
least 47 people" count two things, where "47 people" and "47 deaths" ("i", "q": events) or "1,200
jobs" ("b": acts) may count one; a word that may name a person too ("houses", "schools": "p") is
no evidence."""

UNIT_SPELLINGS = {
    "km": "kilometres",
    "kms": "kilometres",
    "kg": "kilograms",
    "kilos": "kilograms",
    "kilo": "kilograms",
    "m": "metres",
    "cm": "centimetres",
    "mm": "millimetres",
    "mi": "miles",
    "ft": "feet",
    "t": "tonnes",
    "tons": "tonnes",
    "ton": "tonnes",
}
"""Units as abbreviated or spelled otherwise, to be read as the word: "12 km" counts kilometres."""

AGE = "(age)"
"""What a figure counts when it is someone's age ("Daro, 26,", "aged 26", "a 26-year-old")."""

_NUMBER_WORD_RUN = "|".join(sorted([*NUMBER_WORDS, "hundred"], key=len, reverse=True))
_NUMBER_INITIALS = "".join(sorted({word[0] for word in [*NUMBER_WORDS, "hundred"]}))
_SCALE_AND_AFTER = (
    rf"(?:\s+(?P<scale>{'|'.join(SCALES)})\b)?(?=(?P<after>(?:[\s-]+[^\W\d_]+){{0,{COUNTED_REACH}}}))"
)
_COUNTED_DIGITS = compiled(r"(?P<figure>\d(?:[\d,.]*\d)?)" + _SCALE_AND_AFTER)
_COUNTED_WORDED = compiled(
    rf"(?i)\b(?=[{_NUMBER_INITIALS}])(?P<figure>(?:{_NUMBER_WORD_RUN})"
    rf"(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD_RUN}))*)\b" + _SCALE_AND_AFTER
)
"""A figure, in digits or in words, with its scale and the words after it, looked at only (they may
hold the next figure: "2,000 people and three thousand homes") (`counted_kinds`). Number words
are looked for only in a sentence that has one (`_NUMBER_STEMS`): the search for them took three
times as long as that for digits."""
_NUMBER_STEMS = frozenset(stem_words([*NUMBER_WORDS, "hundred"]))
_TENS_AND_UNITS = compiled(r"(?i)(?P<tens>[a-z]+ty)-(?P<units>[a-z]+)")
_COUNTED_WORDS = compiled(r"[^\W\d_]+")
_YEAR_DIGITS = compiled(r"^(?:1[6-9]|20)\d\d$")

NO_CONTENT_EN = frozenset(["one"])
"""English stems that are no content word for a pair, though they are no stop word elsewhere: "one"
is a pronoun more often than a count ("said one, a former officer", "was one of them"), and a count
is read as a number (the numbers features). As a word it joined "Callum Beaton... was one of them"
to "..., said one passenger, a student" on the long-form pair; out of the words, leave-one-event-out
F1 0.840 -> 0.841, held out 0.848 and grouped 0.845 unchanged (2026-12-07)."""

SIDE_OPENERS = frozenset("which who whom whose where when becoming".split())
"""First words of a side clause (a relative or participial one, as `_CLAUSE_AT_MARKS` splits a
sentence; so is any first word in -ing of 6 letters or more, and a word before "since": "...,
vacant since Kovacs left in June"): a period there dates that clause's fact, not the sentence's
(`Profile.anchors`)."""

COMPARISON_OPENERS = frozenset([("down", "from"), ("up", "from"), ("compared", "with"), ("compared", "to")])
"""First words of a comparison's clause ("..., down from 117 at the last election in 2022"): a
period there dates the figure compared with. Taken as a side clause (SIDE_OPENERS) only against a
sentence that gives a figure of the sentence's own outside it (`_anchors`): "won 88 seats, down from
117 in 2022" and "fell to 88 seats" tell one result. Without that condition, leave-one-event-out F1
0.841 -> 0.837 (2026-12-07)."""
COMPARED = "(compared)"
LEGAL_FORMS = frozenset("ag gmbh plc inc ltd llc corp sa se nv bv spa srl kg kgaa oyj asa ab co".split())
"""A company's legal form closing its name ("Hallerwerk AG", "Brannock plc", dotted as "S.A." and
"N.V.", or a compound one "AG & Co. KG", which names split as "Hallerwerk AG", "Co", "KG"): the
same company as the name without it, so no word of the name (`_name_stems`) nor a content word
(`_legal_forms`)."""

PLACE_OF_SUFFIXES = ("-based", "-headquartered", "-registered")
"""Ends of a name that say where something is based ("Kassel-based"): an attribute of another
name, no other name in a pair (`_name_stems`), nor a word."""
_PLACE_OF_STEMS = tuple(
    stem.removeprefix("place") for stem in stem_words(["place" + s for s in PLACE_OF_SUFFIXES])
)

_DEADLINE = compiled(
    r"(?i)\b(?:by|until|till|before)\s+(?:the\s+(?:end|middle|start)\s+of\s+|(?:early|mid|late)[-\s])?(\d{4})\b"
)
"""A year given as a deadline: "by the end of 2027", "until 2028", "by mid-2026"."""
_DEADLINE_STEMS = frozenset(stem_words(["end", "middle", "start", "early", "mid", "late"]))
"""The words of a deadline ("by the end of 2027") but its year: how the deadline is told, no word of
the sentence's fact; a sentence with a deadline has DEADLINE in their stead."""
DEADLINE = "(deadline)"
"""The word a sentence with a deadline holds (`_DEADLINE`), met by another sentence with one however
it tells it ("by the end of 2027", "by 2028", "until 2028", "before 2028")."""
DEADLINE_WEIGHT = 0.5
"""The weight of DEADLINE as a word."""
_ORDINAL = compiled(r"\b(\d+)(?:st|nd|rd|th)\b")
_AGES = compiled(
    r"(?i)\baged\s+(\d{1,3}(?:(?:,\s+|\s+and\s+)\d{1,3}\b)*)\b|(?<=[^\W\d_]),\s+(\d{1,3}),(?=\s)"
    r"|\b(\d{1,3}(?:(?:,\s+|\s+and\s+)\d{1,3})*)[-\s]years?[-\s]old\b"
    r"|(?-i:\b[A-Z][\w'’-]*)\s\((\d{1,3})\)(?=[\s,.;:])"
)
"""Someone's age: "aged 58", "Harwood, 58, was" (a figure between commas after a word, not after
another figure: "4, 58, 61"), "a 58-year-old", "58 years old", "Harwood (58) was" (in brackets
after a capitalised word: a name); a list of them, "aged 27 and 31", "27 and 31 years old"."""
_AGED_PERSON = compiled(
    r"(?i)(?:(?P<person>[^\W\d_][\w'’-]*)(?:,\s+(?:aged\s+)?|\s\((?=\d{1,3}\)))|\baged\s+|\b)"
    r"(?P<age>\d{1,3})(?=,|\)|[-\s]years?[-\s]old\b)"
)
"""An age (`_AGES`) with the word before the comma or bracket opening it ("Harwood, aged 58,",
"Harwood (58)"), if any."""
_FIGURE_BETWEEN_COMMAS = compiled(r",\s+\d{1,3},|\s\(\d{1,3}\)")
"""What `_AGES`' middle and bracketed forms need, found without their look-behind and name
(`ages_told` tries it first)."""
_DIGITS = compiled(r"\d+")
_ORDINAL_END = compiled(r"\d(?:st|nd|rd|th)\b")

MIN_COMMON_WORDS = 1
"""A pair with fewer words, names, numbers and dates in common is never the same fact (without --semantic)."""

LABEL_WORDS = 6
"""Most words of a label: a subheading or an update's heading ("The weather", "What happened on the
car deck"), a short line with no end mark, no figure and (in English) no finite verb outside a
relative clause. It names a part of the article, not a fact: it is one fact only with a label
worded alike or nearly so (LABEL_ALIKE), never with a sentence that happens to hold its one word
("The warnings" against "The union says the company ignored its warnings.")."""

LABEL_ALIKE = 0.8
"""The `words` overlap at which two labels are worded nearly alike ("The response", "The
responses"); below it two labels are two parts ("A familiar ship", "The ship")."""

_LABEL_END = compiled(r"[.!?…:;,\"'”’»)\]]\s*$")
_LABEL_VERB = compiled(
    r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|must|may|says|said"
    r"|[a-z]{2,}ed)\b"
)
"""A finite verb or a participle, in English: "Severe flood warnings issued" is a headline, a fact."""
_LABEL_RELATIVE = compiled(r"(?i)\b(?:who|what|which|where|when|why|how|that)\b")
"""A verb after these is in a relative clause of a noun phrase: "Those who died" is a label."""


def is_label(text: str, language: str = "en") -> bool:
    """Whether a sentence is a label (LABEL_WORDS): a subheading, not a fact."""
    words = text.split()
    if not 0 < len(words) <= LABEL_WORDS or _LABEL_END.search(text) or any(c.isdigit() for c in text):
        return False
    if language != "en":
        return True
    verb = _LABEL_VERB.search(text)
    if verb is None:
        return True
    relative = _LABEL_RELATIVE.search(text)
    return relative is not None and relative.start() < verb.start()


MODEL_FILE = "data/align_model.json"


@record
class Model:
    """A logistic regression over named features, some of them bent (an additive model: each
    feature adds one contribution to the log-odds, its weight times its value plus its hinges')."""

    name: str
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    hinges: tuple[tuple[int, float, float], ...] = ()
    """(feature's index, knot, slope) of each hinge, by feature: the feature adds slope * (value -
    knot) past the knot, so that its contribution can bend (rise faster past a point, or level off)."""

    def log_odds(self, values: tuple[float, ...]) -> float:
        """The log-odds of the features' values, in their order (`values_of` reads them)."""
        # the products summed in the order of the features, as a generator would, without its frames
        products: map[float] = map(operator.mul, self.weights, values)
        odds = self.bias + sum(products)
        for at, knot, slope in self.hinges:  # the bent features only: no work for the others
            if (value := values[at]) > knot:
                odds += slope * (value - knot)
        return odds

    def contribution(self, at: int, value: float) -> float:
        """What the feature `at` adds to the log-odds at this value: its line and its hinges."""
        found = self.weights[at] * value  # -0.0 for a zero of a negative weight, as written before
        for i, knot, slope in self.hinges:
            if i == at and value > knot:
                found += slope * (value - knot)
        return found

    def values_of(self) -> Callable[[dict[str, float]], tuple[float, ...]]:
        """What reads a pair's values of the features, in their order, in one call (`Scorer` keeps
        one: an itemgetter reads the values in C, where a `__getitem__` for each cost more)."""
        if len(self.features) == 1:  # (an itemgetter of one key gives the value, not a tuple)
            only = self.features[0]
            return lambda values: (values[only],)
        return operator.itemgetter(*self.features)


@lru_cache(maxsize=2)
def load_model(semantic: bool = False) -> Model:
    """The shipped weights of the default or the semantic model."""
    with open(os.path.join(os.path.dirname(__file__), MODEL_FILE), encoding="utf-8") as file:
        data = json.loads(file.read())  # os.path, not pathlib: pathlib costs ~2.5 ms of imports
    return model_from(data["models"]["semantic" if semantic else "default"])


def model_from(entry: dict[str, Any]) -> Model:
    """A model from its entry in the model file: name, features, a weight for each, the bias and,
    optionally, hinges: {feature: [[knot, slope], ...]}. Raises ModelError when malformed, or when
    it holds what this version cannot read, rather than score without it."""
    try:
        if unknown := entry.keys() - {"name", "features", "weights", "bias", "hinges", "fitted_on"}:
            message = f"holds {sorted(unknown)}, unknown to this version"
            raise ModelError(f"the pair model ({MODEL_FILE}) {message}")
        features = tuple(str(f) for f in entry["features"])
        return Model(
            name=str(entry["name"]),
            features=features,
            weights=tuple(_number(entry["weights"], f) for f in features),
            bias=_number(entry, "bias"),
            hinges=_hinges(entry.get("hinges", {}), features),
        )
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise ModelError(f"the pair model ({MODEL_FILE}) is malformed: {error!r}") from None


def _hinges(entry: dict[str, Any], features: tuple[str, ...]) -> tuple[tuple[int, float, float], ...]:
    """The hinges of a model entry, as `Model.hinges` keeps them."""
    found: list[tuple[int, float, float]] = []
    for feature, bends in entry.items():
        if feature not in features:
            raise ModelError(f"the pair model ({MODEL_FILE}) bends {feature!r}, not one of its features")
        at = features.index(feature)
        found += [
            (at, _numeric(knot, f"a knot of {feature!r}"), _numeric(slope, "a slope"))
            for knot, slope in bends
        ]
    return tuple(sorted(found))


def _number(entry: dict[str, Any], key: str) -> float:
    return _numeric(entry[key], repr(key))


def _numeric(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(f"the pair model ({MODEL_FILE}) gives {what} as {value!r}, not a number")
    return float(value)


@record
class Profile:
    """A fact with everything a comparison needs, computed once."""

    key: int
    fact: Fact
    article: int
    """The fact's article (a field, not a property: alignment asks for it millions of times)."""
    words: dict[str, float]
    total: float
    names: dict[str, float]
    numbers: frozenset[str]
    quantities: tuple[tuple[str, str, float], ...]
    """The numbers that can be close to another (`quantities.quantity`): (number, unit, value)."""
    dates: frozenset[str]
    days: frozenset[str]
    """Those dates that are days of months or clock times (not weekdays, not months alone): found
    and counted like numbers."""
    periods: frozenset[str]
    since: frozenset[str]
    """The periods a sentence counts from ("a record since its expansion in 2021", "the highest
    since 1994"): the reference of a record or a change, which anchors no fact in its time."""
    anchors: frozenset[str]
    """The periods outside side clauses (SIDE_OPENERS: "..., which was left vacant last month"):
    those of the sentence's own fact; all its periods when none stands in one."""
    deadlines: frozenset[str]
    """The years given as a deadline ("by the end of 2027", `_DEADLINE`): two that differ are one
    deadline told otherwise, not two facts (`periods_differ`)."""
    aged: frozenset[tuple[str, str]]
    """Each age the sentence gives with the word before it, casefolded ("harwood", "58" of
    "Harwood, aged 58,"); "" when none says whose it is ("a 58-year-old") (`_two_people`)."""
    side: frozenset[str]
    """The stems of the side clauses holding a period: a sentence sharing none of them tells the
    main fact only, and those periods date another (`_anchors`); with COMPARED and "#" and the
    numbers of a comparison's clause."""
    quotes: tuple[frozenset[str], ...]
    plain: str
    """The sentence's words but stop words, casefolded, sorted: what `characters` compares (as
    rapidfuzz's token_sort_ratio would, without sorting them again for every pair)."""
    synonyms: dict[str, frozenset[int]]
    all_synonyms: frozenset[int]
    soft: tuple[str, ...]
    """Words heavy enough (SOFT_MIN_WEIGHT) to be matched by synonym or near spelling, sorted."""
    by_prefix: dict[str, tuple[str, ...]]
    """Those words by their first NEAR_PREFIX letters."""
    soft_keys: tuple[tuple[str, frozenset[int], str], ...]
    """Those words with their synonym groups and, when long enough to be spelled near another (4
    letters), their prefix ("" otherwise): what `_matched_weight` tests each of them by."""
    clauses: tuple[tuple[dict[str, float], float], ...]
    """Content and name stems of each clause, weighed, with their total weight, when the sentence has
    two clauses or more."""
    label: bool
    """The sentence is a label (`is_label`): a subheading."""


class Scorer:
    """Scores pairs of facts from one input set (the set decides how rare each word is)."""

    def __init__(
        self, facts: Sequence[Fact], model: Model, embed: Embedder | None = None, *, incremental: bool = False
    ) -> None:
        """With `incremental`, no pair is scored yet: the caller brings candidates to `score`."""
        self.model = model
        self._values_of = model.values_of()
        self.profiles = _profiles(facts)
        self._plain: dict[tuple[str, str], dict[str, float]] = {}
        self._contributions: dict[tuple[float, ...], tuple[tuple[Contribution, ...], float]] = {}
        """Each feature values' contributions and probability (rounded), met before."""
        self._matched: dict[tuple[str, str], tuple[tuple[str, tuple[str, ...]], ...]] = {}
        self._contribution: dict[tuple[object, ...], Contribution] = {}
        """Each feature's contribution at each value met, by the value as written (`_contributions_of`)."""
        self._vectors: list[list[float]] | None = None
        self._semantic_best: dict[tuple[int, int], tuple[float, int]] = {}
        self._clause_vectors: list[list[list[float]]] = []
        self._pieces: list[Pieces] = []
        self._piece_weights: list[list[float]] = []
        if "semantic" in model.features:
            if embed is None:
                raise ValueError("the semantic model needs an embedder")
            from newsdiff.semantic import piece_cover

            self._piece_cover = piece_cover
            self._vectors, self._pieces = embed.with_pieces([f.sentence.text for f in facts], PIECE_SKIP)
            self._piece_weights = _piece_weights(self._pieces)
            self._semantic_best = _best_cosines(self.profiles, self._vectors)
            self._clause_vectors = _clause_vectors(facts, embed)
        self._best: dict[tuple[int, int], float] = defaultdict(float)
        self._pairs: list[tuple[int, int]] = []
        if not incremental:  # as `align` finds them
            self._pairs = self.candidates_within(range(len(facts)))
        self._base = self._add(self._pairs)

    def _add(self, pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], dict[str, float]]:
        """The plain features of new candidate pairs; each side's best match in the other's article
        (for `best_match`) now counts them too."""
        found = {pair: self._plain_features(*pair) for pair in pairs}
        best, profiles = self._best, self.profiles
        for (a, b), values in found.items():
            base = values["base"]
            if base > best[slot := (a, profiles[b].article)]:
                best[slot] = base
            if base > best[slot := (b, profiles[a].article)]:
                best[slot] = base
        return found

    def score(self, pairs: Sequence[tuple[int, int]]) -> list[float]:
        """The probabilities of new candidate pairs (each `(a, b)` with a < b), in their order.

        Every candidate of one sentence in one other article must come in the same call (or an
        earlier one): `best_match` compares the pair with the best the sentence finds there. The
        features are not kept; `evidence` works them out again.
        """
        found = self._add(pairs)
        competition, alike = self._competition, self._worded_alike
        return [
            1.0 if alike(a, b) else self._probability(competition(a, b, values, copy=False))
            for (a, b), values in found.items()
        ]

    def _worded_alike(self, a: int, b: int) -> bool:
        return self.profiles[a].fact.sentence.text == self.profiles[b].fact.sentence.text

    def _plain_features(self, a: int, b: int) -> dict[str, float]:
        # what a pair alone tells depends on the two texts only: outlets repeating wire copy share it
        pa, pb = self.profiles[a], self.profiles[b]
        texts = (pa.fact.sentence.text, pb.fact.sentence.text)
        if self._vectors is None and (cached := self._plain.get(texts)) is not None:
            return cached
        values = pair_features(pa, pb)
        if self._vectors is not None:
            values["semantic"] = cosine = _cosine(self._vectors[a], self._vectors[b])
            best = max(self._semantic_best[(a, pb.article)][0], self._semantic_best[(b, pa.article)][0])
            values["semantic_best"] = cosine / best if best > 0 else 0.0
            values["semantic_clause"] = max(
                [
                    cosine,
                    *(_cosine(self._vectors[a], v) for v in self._clause_vectors[b]),
                    *(_cosine(self._vectors[b], v) for v in self._clause_vectors[a]),
                ]
            )
            values["semantic_pieces"] = self._piece_cover(
                self._pieces[a], self._piece_weights[a], self._pieces[b], self._piece_weights[b]
            )
        else:
            if len(self._plain) >= PLAIN_CACHE:
                self._plain.clear()
            self._plain[texts] = values
        # `_add` and `_competition` both ask for it; a pair kept apart is no sentence's best match
        values["base"] = 0.0 if values["apart"] else _base(values)
        return values

    def candidates_within(self, keys: range) -> list[tuple[int, int]]:
        """The candidate pairs among the sentences `keys` (whole articles), sorted: those that share
        a rare enough index term and, with --semantic, each sentence with its closest sentence (by
        cosine) of every other article there, so that a paraphrase sharing no rare word with its
        twin ("Tugs brought the damaged vessel into Halsnes") is still scored."""
        pairs = candidate_pairs(self.profiles[keys.start : keys.stop])
        if alike := self._alike_within(keys):
            pairs = sorted(alike.union(pairs))
        closest = {
            (a, b) if a < b else (b, a)
            for (a, _), (_, b) in self._semantic_best.items()
            if a in keys and b in keys
        }
        return sorted(closest.union(pairs)) if closest else pairs

    def _alike_within(self, keys: range) -> set[tuple[int, int]]:
        """The pairs among `keys` of sentences of different articles worded alike (SAME_WORDING)."""
        by_text: dict[str, list[int]] = defaultdict(list)
        for key in keys:
            by_text[self.profiles[key].fact.sentence.text].append(key)
        profiles = self.profiles
        return {
            (a, b)
            for same in by_text.values()
            if len(same) > 1
            for a, b in combinations(same, 2)
            if profiles[a].article != profiles[b].article
        }

    def features(self, a: int, b: int) -> dict[str, float]:
        """The feature values of a pair of profiles, by key."""
        pair = (a, b) if a < b else (b, a)
        return self._competition(a, b, self._base.get(pair) or self._plain_features(a, b))

    def _competition(self, a: int, b: int, plain: dict[str, float], *, copy: bool = True) -> dict[str, float]:
        """The plain features with `best_match` and `best_of_one` added: a new dict, or (not `copy`)
        the plain features' own. `score` writes them there: they stay in the cached plain features
        until they are written again, and `features` (through a copy) always works them out anew,
        as the best matches of each side may have changed since (copying cost ~1 us a pair)."""
        values = dict(plain) if copy else plain
        base = values["base"]
        best, profiles = self._best, self.profiles
        best_a = max(best[(a, profiles[b].article)], base)
        best_b = max(best[(b, profiles[a].article)], base)
        strength = min(base / BEST_MATCH_FULL, 1.0)
        values["best_match"] = (base / max(best_a, best_b) if base else 0.0) * strength
        values["best_of_one"] = (base / min(best_a, best_b) if base else 0.0) * strength
        return values

    def probability(self, a: int, b: int) -> float:
        """How likely the two facts are the same, 0..1 (0 when they share no content word, 1 when they
        are worded alike: SAME_WORDING)."""
        return 1.0 if self._worded_alike(a, b) else self._probability(self.features(a, b))

    def _probability(self, values: dict[str, float]) -> float:
        if _vetoed(values):
            return 0.0
        return _sigmoid(self.model.log_odds(self._values_of(values)))

    def evidence(self, a: int, b: int, matched: bool = False) -> Evidence:
        """The probability of a pair with each feature's value and contribution to the log-odds,
        and, if `matched`, what the features read (`matched_items`)."""
        values = self.features(a, b)
        sa, sb = self.profiles[a].fact.sentence, self.profiles[b].fact.sentence
        model = self.model
        key = self._values_of(values)
        known = self._contributions.get(key)
        if known is None:  # outlets repeating a wording repeat its evidence: one copy
            if len(self._contribution) >= PLAIN_CACHE:
                self._contribution.clear()
            contributions = self._contributions_of(key)
            if len(self._contributions) >= PLAIN_CACHE:
                self._contributions.clear()
            known = self._contributions[key] = (contributions, round(_sigmoid(model.log_odds(key)), 4))
        contributions, probability = known
        rule = SAME_WORDING if self._worded_alike(a, b) else None
        apart = None if rule else _kept_apart(values, self.profiles[a], self.profiles[b])
        return Evidence(
            pair=((sa.article, sa.index), (sb.article, sb.index)),
            probability=1.0 if rule else 0.0 if apart else probability,  # (as `_probability`)
            bias=round(model.bias, 4),
            contributions=contributions,
            rule=rule,
            apart=apart,
            matched=self._matched_items(a, b) if matched else (),
        )

    def _matched_items(self, a: int, b: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """`matched_items` of a pair; outlets repeating a wording repeat what it reads: once."""
        pa, pb = self.profiles[a], self.profiles[b]
        texts = (pa.fact.sentence.text, pb.fact.sentence.text)
        found = self._matched.get(texts)
        if found is None:
            if len(self._matched) >= PLAIN_CACHE:
                self._matched.clear()
            found = self._matched[texts] = matched_items(pa, pb)
        return found

    def _contributions_of(self, values: tuple[float, ...]) -> tuple[Contribution, ...]:
        """The Contributions of the model's features at these values: one for each feature and
        value (most features take a few values), keyed by the value as written: 0, 0.0 and -0.0
        are equal keys, yet they are written differently, and so are their contributions. Equal
        values of one type other than zeros are written alike, so only zeros are written out
        (`repr` took a third of the time). One loop for the features, where a call for each cost
        more than the look-up."""
        known, model = self._contribution, self.model
        found = []
        for at, (feature, value) in enumerate(zip(model.features, values, strict=True)):
            written = (feature, value.__class__, value) if value else (feature, repr(value))
            contribution = known.get(written)
            if contribution is None:
                contribution = known[written] = Contribution(
                    feature=feature,
                    value=round(value, 4),
                    contribution=round(model.contribution(at, value), 4),
                )
            found.append(contribution)
        return tuple(found)

    def candidates(self) -> list[tuple[int, int]]:
        """Pairs of facts from different articles that share a rare enough index term, or (with
        `--semantic`) of which one is the other's closest in its article, sorted."""
        return self._pairs


def candidate_pairs(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs of the given profiles, from different articles, that share a rare enough index term
    (two terms, or one weighing CANDIDATE_MIN_WEIGHT), sorted."""
    # a profile's entry is one tuple, its terms (with their weights) in it, where a tuple for each
    # term cost more (~3,300 terms an align of the events pair, most held by one sentence)
    postings: dict[str, list[tuple[int, int, dict[str, float]]]] = defaultdict(list)
    for profile in profiles:
        terms = index_terms(profile)
        entry = (profile.key, profile.article, terms)
        for term in terms:
            postings[term].append(entry)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    strong: set[tuple[int, int]] = set()
    for term, entries in postings.items():
        if not 1 < len(entries) <= MAX_POSTING:  # (most terms are held by one or two sentences)
            continue
        if len(entries) == 2:  # half the terms held twice: their one pair without the loops
            (a, article, terms), (b, other_article, _) = entries
            if other_article != article:
                shared[(a, b)] += 1
                if terms[term] >= CANDIDATE_MIN_WEIGHT:
                    strong.add((a, b))
            continue
        for i, (a, article, terms) in enumerate(entries):
            weight = terms[term]
            for b, other_article, _ in entries[i + 1 :]:
                if other_article != article:
                    shared[(a, b)] += 1  # a < b: the entries come in key order
                    if weight >= CANDIDATE_MIN_WEIGHT:
                        strong.add((a, b))
    return sorted(pair for pair, count in shared.items() if count >= 2 or pair in strong)


def _base(values: dict[str, float]) -> float:
    """The plain overlap that `best_match` compares between a sentence's candidates."""
    total = 0.0  # summed in the order of BASE_WEIGHTS, as `sum` would
    for name, weight in _BASE_ITEMS:
        total += weight * values.get(name, 0.0)
    return total


_BASE_ITEMS = tuple((name, weight) for name, weight in BASE_WEIGHTS.items() if weight)
"""BASE_WEIGHTS but those weighing 0, which add 0 to a sum of values of 0 or more."""


def _profiles(facts: Sequence[Fact]) -> list[Profile]:
    # a text's names and profile are worked out once, for its language (the same text read in two
    # languages is two: an English quotation in an English and a German article)
    # (keyed by the text, its language checked: keys of both cost 0.3% an align)
    by_text: dict[str, tuple[str, set[str]]] = {}
    name_stems = []
    for fact in facts:
        known = by_text.get(fact.sentence.text)
        if known is None or known[0] != fact.language:
            known = by_text[fact.sentence.text] = (fact.language, _name_stems(fact))
        name_stems.append(known[1])
    df: Counter[str] = Counter()
    # the stems of sentences in other languages than English, each with its language
    foreign: dict[str, str] = {}
    for fact, names in zip(facts, name_stems, strict=True):
        df.update(stems := set(fact.stems) | names)
        if fact.language != "en":
            for stem in stems:
                foreign.setdefault(stem, fact.language)
    n = len(facts)
    scale = math.log((n + 1) / 1.5) or 1.0
    # every stem counted is a word or a name of some profile: all are weighed, each once; how rare a
    # stem is in the input depends on its count only, worked out once a count (most stems are
    # counted once or twice)
    in_input = {
        count: min(max(math.log((n + 1) / (count + 0.5)) / scale, 0.05), 1.0) for count in set(df.values())
    }
    weights = {
        stem: in_input[count]
        * (
            1
            - BACKGROUND_SHARE
            + BACKGROUND_SHARE * (rarity(stem, foreign[stem]) if stem in foreign else rarity(stem))
        )
        for stem, count in df.items()
    }

    profiles = []
    seen: dict[str, Profile] = {}  # a profile depends on the text and its language only
    for key, (fact, names) in enumerate(zip(facts, name_stems, strict=True)):
        same = seen.get(fact.sentence.text)
        if same is not None and same.fact.language == fact.language:
            profiles.append(replace(same, key=key, fact=fact, article=fact.sentence.article))
            continue
        words = {
            stem: weights[stem]
            for stem in sorted(set(fact.stems) - names - _legal_forms(fact))
            if (stem not in NO_CONTENT_EN and not stem.endswith(_PLACE_OF_STEMS)) or fact.language != "en"
            if stem.isascii() or without_marks(stem) not in names  # "zoë" is the name "zoe"
        }
        years = written_years(fact)
        if deadlines := _deadlines(fact, years):  # "by the end of 2027" and "by 2028" tell a deadline alike
            words = {stem: w for stem, w in words.items() if stem not in _DEADLINE_STEMS} | {
                DEADLINE: DEADLINE_WEIGHT
            }
        ages = ages_told(fact)
        profiles.append(
            Profile(
                key=key,
                fact=fact,
                article=fact.sentence.article,
                words=words,
                total=sum(words.values()),
                names={stem: weights[stem] for stem in sorted(names)},
                numbers=frozenset(fact.numbers) | implied_points(fact.numbers),
                quantities=tuple(
                    [
                        (n, *size)
                        for n in sorted(set(fact.numbers) - _ordinals(fact) - ages)
                        if (size := quantity(n, n in years)) is not None
                    ]
                ),
                dates=(dates := frozenset(fact.dates) | _utc_dates(fact)),
                days=frozenset([d for d in dates if d not in WEEKDAYS and d not in MONTHS]),
                periods=frozenset(fact.periods),
                since=_periods_since(fact),
                anchors=(anchored := _anchored_periods(fact))[0],
                side=anchored[1],
                deadlines=deadlines,
                aged=_aged(fact, ages),
                quotes=tuple([frozenset(_content_stems(q.text, fact.language)) for q in fact.quotes]),
                synonyms=(
                    synonyms := {stem: synonym_groups(stem) for stem in words}
                    if fact.language == "en"
                    else dict.fromkeys(words, _NO_GROUPS)  # (WordNet's groups are English)
                ),
                all_synonyms=frozenset().union(*synonyms.values()),
                soft=(soft := tuple([stem for stem, w in words.items() if w >= SOFT_MIN_WEIGHT])),
                by_prefix=_by_prefix(soft),
                soft_keys=tuple(map(_soft_key if fact.language == "en" else _plain_soft_key, soft)),
                clauses=_clauses(fact.sentence.text, weights, names.union(words), fact.language),
                plain=" ".join(
                    sorted(filter(_in_plain_of(fact.language), fact.sentence.text.casefold().split()))
                ),
                label=not fact.numbers and not fact.dates and is_label(fact.sentence.text, fact.language),
            )
        )
        seen[fact.sentence.text] = profiles[-1]
    return profiles


def _utc_dates(fact: Fact) -> frozenset[str]:
    """`utc_dates` of a sentence. An English sentence's dates hold every clock time it writes
    ("HH:MM", `dates_in`), those naming a zone too: without one, none is read again (most
    sentences: the search for times cost ~2% of an align's instructions)."""
    if fact.language == "en" and not any(":" in date for date in fact.dates):
        return frozenset()
    return utc_dates(fact.sentence.text, fact.dates)


def _anchored_periods(fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's periods outside its side clauses, and the stems of the side clauses that hold
    the others (`Profile.anchors`, `Profile.side`); English only. A comparison's clause ("..., down
    from 117 at the last election in 2022") adds COMPARED and its numbers ("#117"): its period
    dates the figure compared with, not the sentence's own (`_anchors`)."""
    periods = frozenset(fact.periods)
    if not periods or fact.language != "en" or not _CLAUSE_AT_MARKS.search(fact.sentence.text):
        return periods, frozenset()
    main: set[str] = set()
    side: set[str] = set()
    for piece in _CLAUSE_AT_MARKS.split(fact.sentence.text.casefold()):
        first = piece.split(maxsplit=2)[:2]
        compared = tuple(first) in COMPARISON_OPENERS
        if first and (
            compared
            or first[0] in SIDE_OPENERS
            or (first[0].endswith("ing") and len(first[0]) > 5)
            or first[1:] == ["since"]  # "..., vacant since Kovacs left in June"
        ):
            if any(period in piece for period in periods):
                side.update(_content_stems(piece))
                if compared:
                    digits = piece.replace(",", "")
                    side.update(["#" + n for n in fact.numbers if n in digits] + [COMPARED])
        else:
            main.update(period for period in periods if period in piece)
    return (frozenset(main), frozenset(side)) if side and len(main) < len(periods) else (periods, frozenset())


def _periods_since(fact: Fact) -> frozenset[str]:
    """The periods a record counts from: after "since" in the clause of a superlative ("a record
    for Kingsmead Park since its expansion in 2021", "its worst result since 1990", "the first
    strike since 2019"; `Profile.since`). A state that lasts ("has led the party since 2016") keeps
    its period: a background fact."""
    text = fact.sentence.text
    if not fact.periods or fact.language != "en" or "since" not in text:
        return frozenset()
    found: set[str] = set()
    for match in _RECORD_SINCE.finditer(text):
        told = match.group(0).casefold()
        found.update(period for period in fact.periods if period in told)
    return frozenset(found)


RECORD_WORDS = (
    "record first highest lowest worst best biggest largest smallest strongest weakest hottest"
    " coldest wettest longest shortest fastest slowest greatest sharpest steepest fewest most least"
    " [a-z]+iest"
)
"""Words of a superlative or a record, after which "since" gives what the record counts from."""
_RECORD_SINCE = compiled(
    rf"(?i)\b(?:{'|'.join(RECORD_WORDS.split())})\b(?:\s+[^\s,;:.!?]+){{0,4}}?\s+since\b[^,;:.!?]{{0,60}}"
)
"""A superlative, up to four words, "since" and the rest of its clause (60 characters at most)."""


def _deadlines(fact: Fact, years: frozenset[str]) -> frozenset[str]:
    """The years a sentence gives as a deadline ("by the end of 2027", "until 2028")."""
    if not years or fact.language != "en":
        return frozenset()
    return frozenset(_DEADLINE.findall(fact.sentence.text)) & years


def _ordinals(fact: Fact) -> frozenset[str]:
    """The numbers a sentence writes as ordinals ("her 3rd title"; "the 93rd minute", read as a length
    of the game: `quantities.minutes_of_a_game`): a rank, no size another can be close to."""
    text = fact.sentence.text
    if not fact.numbers or not _ORDINAL_END.search(text):
        return frozenset()
    return frozenset(_ORDINAL.findall(text)) | minutes_of_a_game(text, fact.language)


def ages_told(fact: Fact) -> frozenset[str]:
    """The numbers a sentence gives as someone's age ("Harwood, 58, was", "aged 58", "a
    58-year-old"): an age is no count another can be close to, as two ages that differ are two
    people's ("Harwood, 58" and "his brother-in-law, 61"). They agree only when equal (`numbers_same`)."""
    text = fact.sentence.text
    # (few sentences can give an age: a word, or a figure between commas, tells them first)
    if not fact.numbers or not ("ged" in text or "old" in text or _FIGURE_BETWEEN_COMMAS.search(text)):
        return frozenset()
    return frozenset(age for groups in _AGES.findall(text) for age in _DIGITS.findall("".join(groups)))


def _aged(fact: Fact, ages: frozenset[str]) -> frozenset[tuple[str, str]]:
    """Each age a sentence gives (`ages`: its `ages_told`) with the word before it when the age
    stands between commas after it ("Harwood, aged 58,", "His brother-in-law, 61,"), else with ""
    (`Profile.aged`)."""
    if not ages:
        return frozenset()
    return frozenset(
        (m["person"].casefold() if m["person"] else "", m["age"])
        for m in _AGED_PERSON.finditer(fact.sentence.text)
        if m["age"] in ages
    )


def _two_people(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Whether two sentences' ages (`Profile.aged`) are two people's: none shared, and each told
    after a word that the other's are not ("Harwood, aged 58," and "His brother-in-law, aged 61,"),
    so one person's age told otherwise ("Harwood, 58," and "Harwood, 59,") stays one fact."""
    people_a = {person for person, _ in a}
    people_b = {person for person, _ in b}
    return (
        {age for _, age in a}.isdisjoint(age for _, age in b)
        and "" not in people_a
        and "" not in people_b
        and people_a.isdisjoint(people_b)
    )


@lru_cache(maxsize=65536)
def _soft_key(stem: str) -> tuple[str, frozenset[int], str]:
    """A word as `Profile.soft_keys` holds it, kept for each word as its synonym groups are (built
    anew for every profile, the events pair's 936 took ~140 us)."""
    return stem, synonym_groups(stem), stem[:NEAR_PREFIX] if len(stem) >= 4 else ""


def _plain_soft_key(stem: str) -> tuple[str, frozenset[int], str]:
    """`_soft_key` of a word of another language than English: no synonym groups (WordNet's are
    English)."""
    return stem, _NO_GROUPS, stem[:NEAR_PREFIX] if len(stem) >= 4 else ""


_NO_GROUPS: frozenset[int] = frozenset()


@lru_cache(maxsize=65536)
def _in_plain(word: str) -> bool:
    """Whether a casefolded word (as split at spaces) stays in `Profile.plain`: all but stop words."""
    return word.strip(".,;:!?\"'“”‘’()") not in STOPWORDS


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _in_plain_of(language: str) -> Callable[[str], bool]:
    """`_in_plain` in a language."""
    if language == "en":
        return _in_plain
    stop = stopwords(language)

    @lru_cache(maxsize=65536)
    def in_plain(word: str) -> bool:
        return word.strip(".,;:!?\"'“”‘’()«»„") not in stop

    return in_plain


def _by_prefix(stems: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Sorted stems by their first NEAR_PREFIX letters (sorted, a prefix's stems stand together:
    `groupby` finds them in C, where a loop filling lists took twice as long)."""
    return {prefix: tuple(found) for prefix, found in groupby(stems, _PREFIX_OF)}


_PREFIX_OF = operator.itemgetter(slice(0, NEAR_PREFIX))


def _clauses(
    text: str, weights: dict[str, float], known: set[str], language: str = "en"
) -> tuple[tuple[dict[str, float], float], ...]:
    """The clauses of a sentence with at least CLAUSE_MIN_TERMS known stems each, weighed, and the
    total weight of each."""
    if any(map(text.__contains__, _CLAUSE_WORDS)):  # (each word looked for in C, without a generator)
        parts = _CLAUSE.split(text)
    else:  # (without a hyphen, the marks alone: a class of characters `re` skips to in C, 1.3 -> 0.4 us)
        parts = (_CLAUSE_AT_MARKS if "-" in text else _CLAUSE_MARK_CHARACTERS).split(text)
    if len(parts) < 2:
        return ()
    pieces = [
        stems
        for piece in parts
        if len(stems := known.intersection(_content_stems(piece, language))) >= CLAUSE_MIN_TERMS
    ]
    if len(pieces) < 2:
        return ()
    weighed = [{stem: weights[stem] for stem in sorted(stems)} for stems in pieces]
    return tuple((clause, sum(clause.values())) for clause in weighed)


def _name_stems(fact: Fact) -> set[str]:
    """Stems of the words of names; a single capitalised word opening the sentence ("Investigators",
    "Inflation") is more often a common word than a name, so it stays a content word."""
    text = fact.sentence.text.lstrip(OPENING_MARKS)
    names = [
        n for n in fact.names if (" " in n or not text.startswith(n)) and not n.endswith(PLACE_OF_SUFFIXES)
    ]
    if forms := _legal_forms(fact):  # "Co", "KG" of "Hallerwerk AG & Co. KG" are no names
        names = [n for n in names if " " in n or _legal_form(n) not in forms]
    words = [  # "U.S.": "us"
        plain_word(x) if "." in (x := w.casefold().strip(",'’")) else x
        for name in names
        for w in _without_legal_form(name.split())
    ]
    if not all(map(str.isascii, words)):  # (most names are ASCII)
        words = [without_marks(w) for w in words]  # "Sánchez" is "Sanchez", as outlets drop accents
    stop = stopwords(fact.language)
    return {s for s in stem_words([w for w in words if w not in stop], fact.language) if s}


def _without_legal_form(words: list[str]) -> list[str]:
    """A name's words without the legal form closing it (LEGAL_FORMS: "Hallerwerk AG", "Hallerwerk
    S.A.")."""
    if len(words) > 1 and _legal_form(words[-1]):
        return words[:-1]
    return words


def _legal_form(word: str) -> str:
    """A word's legal form as LEGAL_FORMS holds it ("S.A." is "sa"), or "" when it is none."""
    form = word.casefold().replace(".", "")
    return form if form in LEGAL_FORMS else ""


def _legal_forms(fact: Fact) -> frozenset[str]:
    """The legal forms closing a company's name in a sentence, and those following it as names of
    their own ("AG", "Co", "KG" of "Hallerwerk AG & Co. KG"): no content words (LEGAL_FORMS)."""
    closing = {
        form for name in fact.names if " " in name and (form := _legal_form(name.rsplit(maxsplit=1)[-1]))
    }
    if not closing:
        return frozenset()
    return frozenset(
        closing.union(form for name in fact.names if " " not in name and (form := _legal_form(name)))
    )


def index_terms(profile: Profile) -> dict[str, float]:
    """The terms a profile is found by (content stems, their first letters, synonym groups of the
    heavier words, numbers, days of months and clock times, bands of sizes), each with how telling
    it is when shared: a number or a date fully, a word by its weight, a band NEAR_TERM_WEIGHT, a
    shared prefix or synonym group nothing (it only counts). ("Between noon and 6 p.m." and "from
    midday until six in the evening" share no word.) Each kind has its own mark: "~" a prefix, "="
    a group, "#" a number, "@" a date, "≈" a band."""
    terms = dict(profile.words)
    for stem in profile.words:
        if len(stem) >= PREFIX:
            terms.setdefault("~" + stem[: PREFIX - 1], 0.0)
    # the synonym groups of the words soft matching takes (SOFT_MIN_WEIGHT): a lighter word is met
    # exactly or not at all, so its groups found pairs that shared nothing more (547 candidates of
    # the events pair were 487 without them, the same figures, 2.7% fewer instructions an align)
    for stem, groups, _ in profile.soft_keys:
        if groups:  # (none in other languages than English)
            terms.update(_group_terms(stem))
    for number in profile.numbers:
        terms["#" + number] = 1.0
    for day in profile.days:
        terms["@" + day] = 1.0
    for _, unit, value in profile.quantities:
        if value > 0:  # its band of sizes and the next: two close sizes share one of them
            band = math.floor(math.log(value) / _NEAR_BAND)
            weight = NEAR_UNIT_TERM_WEIGHT if unit else NEAR_TERM_WEIGHT
            terms[f"≈{unit}{band}"] = terms[f"≈{unit}{band + 1}"] = weight
    return terms


@lru_cache(maxsize=65536)
def _group_terms(stem: str) -> dict[str, float]:
    """The index terms of a word's synonym groups, each weighing nothing (`index_terms`; not to be
    changed). Kept for each word, as its groups are: written out for every profile, the events
    pair's 1,500 took half of index_terms' time."""
    return {f"={group}": 0.0 for group in synonym_groups(stem)}


def pair_features(a: Profile, b: Profile) -> dict[str, float]:
    """Every default feature of a pair, plus `common` (content stems, names, numbers, days of
    months and clock times met)."""
    # most pairs lack names, numbers, dates, quotes, periods or clauses on one side: those features
    # are 0 without calling the helpers (537 pairs of the events pair: ~10% of their time)
    matched, words_met = _matched_weight(a, b)
    total = a.total + b.total
    both = a.total and b.total
    smaller = b.total if b.total < a.total else a.total  # min(a.total, b.total), max: as they pick
    larger = b.total if b.total > a.total else a.total
    numbers_same = numbers_differ = 0.0
    if a.numbers and b.numbers:  # the share of the smaller side's found in the other, and not found
        numbers = a.numbers & b.numbers
        numbers_same = len(numbers) / min(len(a.numbers), len(b.numbers))
        numbers_differ = 1.0 - numbers_same
    else:
        numbers = frozenset()
    common = words_met + len(numbers)
    names_same = names_differ = dates_same = dates_differ = numbers_near = 0.0
    near: Sequence[tuple[str, str, str]] = ()
    if a.names and b.names:
        names_same, names_differ = _weighted_agreement(a.names, b.names)
        common += len(a.names.keys() & b.names.keys())
    if a.quantities and b.quantities:
        numbers_near, near = _near_share(a.quantities, b.quantities, numbers, _amounts(a), _amounts(b))
        # two close counts alone are no fact: "160 passengers" and "150 firefighters"; close
        # amounts, shares or lengths of time are ("fell 34%", "lost a third of its value")
        common += any(unit for _, _, unit in near)
    if a.days and b.days:
        common += len(a.days & b.days)
    counted_differ = 0.0
    if (numbers or near) and a.fact.language == "en" and b.fact.language == "en":
        counted_differ = _counted_differ(a, b, numbers, near)
    if a.dates and b.dates:
        dates_same, dates_differ = _date_agreement(a.dates, b.dates)
    words = matched / total if total else 0.0
    # one dict display, in the order the features were added one by one before (a dict grown key by
    # key was resized on the way)
    return {
        "words": words,
        "containment": min(matched / 2 / smaller, 1.0) if both else 0.0,
        "shared": min(words_met / SHARED_SATURATION, 1.0),
        "quotes": _quote_similarity(a.quotes, b.quotes) if a.quotes and b.quotes else 0.0,
        "characters": fuzz.ratio(a.plain, b.plain) / 100,  # token-sort ratio: `plain` is sorted
        "length": smaller / larger if both else 0.0,
        "common": float(common),
        "names_same": names_same,
        "names_differ": names_differ,
        "clause": max(_clause_share(a, b), _clause_share(b, a)) if a.clauses or b.clauses else 0.0,
        "numbers_same": numbers_same,
        "numbers_differ": numbers_differ,
        "numbers_two": 1.0 if len(numbers) >= 2 or any(map(to_the_second, numbers)) else 0.0,
        "numbers_near": numbers_near,
        "dates_same": dates_same,
        "dates_differ": dates_differ,
        "period_one_side": _period_one_side(a, b) if a.periods or b.periods else 0.0,
        "periods_differ": (
            1.0
            if a.periods
            and b.periods
            and a.periods.isdisjoint(b.periods)
            and not (a.deadlines and b.deadlines and a.periods <= a.deadlines and b.periods <= b.deadlines)
            else 0.0
        ),
        "numbers_counted_differ": counted_differ,
        # a label goes only with a label worded (nearly) alike: never a fact of the article
        "apart": (
            1.0
            if ((a.label or b.label) and not (a.label and b.label and words >= LABEL_ALIKE))
            or (a.aged and b.aged and _two_people(a.aged, b.aged))
            else 0.0
        ),
    }


def _vetoed(values: dict[str, float]) -> bool:
    """Whether a rule outside the model's features keeps a pair apart, its probability 0 whatever
    the model's terms add up to: a heading against a sentence or another heading, two people's ages
    (`values["apart"]`), or no word in common on the default path (`_kept_apart` says which)."""
    return bool(values["apart"]) or (values["common"] < MIN_COMMON_WORDS and "semantic" not in values)


def _kept_apart(values: dict[str, float], a: Profile, b: Profile) -> str | None:
    """Why a rule outside the model's features kept a pair apart (`Evidence.apart`, `_vetoed`): a
    heading with a sentence or another heading (`is_label`), two people's ages ("two people: ages
    58 · 61", `_two_people`), no word in common; else None."""
    if not _vetoed(values):
        return None
    if not values["apart"]:
        return NO_WORD_IN_COMMON
    if a.label and b.label:
        return HEADINGS_APART
    if a.label or b.label:
        return HEADING_AND_SENTENCE
    ages = [", ".join(sorted({age for _, age in p.aged}, key=int)) for p in (a, b)]
    return f"two people: ages {ages[0]} · {ages[1]}"


def matched_items(a: Profile, b: Profile) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What a pair's features read, as the sentences write it (`Evidence.matched`): the words met
    ("shared"; "harbour ~ harbor" where a near spelling or a synonym met), the names both give and
    those only one gives, the numbers alike and not ("412 · 421", each side's), the close figures
    ("392 ~ 412"), the dates alike and not, the periods. Worked out only for the pairs shown as
    evidence: --explain and the JSON tell which words, names and figures moved the score."""
    found: dict[str, tuple[str, ...]] = {}
    if met := _words_met(a, b):
        found["shared"] = met
    if a.names and b.names:
        mine, theirs = _names_written(a.fact), _names_written(b.fact)
        found["names_same"] = tuple(name for name, stems in mine if not stems.isdisjoint(b.names))
        others = [name for name, stems in mine if stems.isdisjoint(b.names)]
        others += [name for name, stems in theirs if stems.isdisjoint(a.names)]
        found["names_differ"] = tuple(others)
    if a.numbers and b.numbers:
        same = a.numbers & b.numbers
        shown_a, shown_b = a.fact.readable_number_of, b.fact.readable_number_of
        found["numbers_same"] = found["numbers_two"] = tuple(map(shown_a, sorted(same)))
        only_a, only_b = sorted(a.numbers - same), sorted(b.numbers - same)
        found["numbers_differ"] = _apart(only_a, only_b, shown_a, shown_b)
        if a.quantities and b.quantities:
            _, near = _near_share(a.quantities, b.quantities, same, _amounts(a), _amounts(b))
            found["numbers_near"] = tuple(f"{shown_a(x)} ~ {shown_b(y)}" for x, y, _ in near)
    if a.dates and b.dates:
        found["dates_same"] = tuple(map(readable_date, sorted(a.dates & b.dates)))
        found["dates_differ"] = _apart(sorted(a.dates - b.dates), sorted(b.dates - a.dates), readable_date)
    if a.periods or b.periods:
        found["period_one_side"] = found["periods_differ"] = _apart(sorted(a.periods), sorted(b.periods), str)
    return tuple((feature, items) for feature, items in found.items() if items)


def _apart(
    mine: list[str],
    theirs: list[str],
    shown: Callable[[str], str],
    shown_theirs: Callable[[str], str] | None = None,
) -> tuple[str, ...]:
    """Values each side gives and the other not, as "A's · B's" ("—" for a side giving none)."""
    if not mine and not theirs:
        return ()
    sides = ", ".join(map(shown, mine)) or "—", ", ".join(map(shown_theirs or shown, theirs)) or "—"
    return (" · ".join(sides),)


def _words_met(a: Profile, b: Profile) -> tuple[str, ...]:
    """The content words both sentences hold (as `_matched_weight` meets them), as a's text writes
    them; a synonym or a near spelling as "a's ~ b's"."""
    written_a, written_b = _written_words(a.fact), _written_words(b.fact)
    exact = a.words.keys() & b.words.keys()
    met = [written_a.get(stem) or ("a deadline" if stem == DEADLINE else stem) for stem in sorted(exact)]
    used = set(exact)
    synonyms_possible = not a.all_synonyms.isdisjoint(b.all_synonyms)
    theirs, prefixes = b.all_synonyms, b.by_prefix
    for stem, groups, prefix in a.soft_keys:  # (those `_matched_weight` tries)
        if stem not in exact and (
            prefix in prefixes or (synonyms_possible and not groups.isdisjoint(theirs))
        ):
            other, _ = _soft_match(stem, a, b, used, synonyms_possible)
            if other is not None:
                used.add(other)
                met.append(f"{written_a.get(stem, stem)} ~ {written_b.get(other, other)}")
    return tuple(met)


def _written_words(fact: Fact) -> dict[str, str]:
    """A sentence's content stems, each with the word as the sentence first writes it."""
    return _words_as_written(fact.sentence.text, fact.language)


@lru_cache(maxsize=1024)
def _words_as_written(text: str, language: str) -> dict[str, str]:
    # (a sentence is in several pairs of evidence: its words are read once)
    stem_of = _content_stem if language == "en" else _content_stemmer(language)
    found: dict[str, str] = {}
    for word in text.split():
        stem = stem_of(word)
        if stem is not None:
            found.setdefault(stem, word.strip(",;:!?\"'“”‘’()—-«»„.").replace("’", "'").removesuffix("'s"))
    return found


def _names_written(fact: Fact) -> tuple[tuple[str, frozenset[str]], ...]:
    """The names of a sentence as it writes them, each with its stems (`_name_stems`)."""
    return _names_as_written(fact.sentence.text, fact.names, fact.language)


@lru_cache(maxsize=1024)
def _names_as_written(
    text: str, names: tuple[str, ...], language: str
) -> tuple[tuple[str, frozenset[str]], ...]:
    sentence = Fact(
        sentence=Sentence(article=0, index=0, paragraph=0, text=text),
        stems=(),
        names=names,
        language=language,
    )
    stems = _name_stems(sentence)
    found = []
    for name in names:
        if own := _name_stems(replace(sentence, names=(name,))) & stems:
            found.append((name, frozenset(own)))
    return tuple(found)


def _period_one_side(a: Profile, b: Profile) -> float:
    """1 when one sentence is anchored in a period (outside its side clauses, `_anchors`) and the
    other in none."""
    if (_periods_of(a, b, _anchors(a, b) - a.since) and not _periods_of(b, a, b.periods - b.since)) or (
        _periods_of(b, a, _anchors(b, a) - b.since) and not _periods_of(a, b, a.periods - a.since)
    ):
        return 1.0
    return 0.0


def _anchors(mine: Profile, theirs: Profile) -> frozenset[str]:
    """A profile's periods as another sentence meets them: those outside its side clauses when the
    other shares no stem with those clauses ("Moreira will wear the number 8 shirt, which was left
    vacant ... last month" · "Moreira will wear the number 8 shirt": no background against news)."""
    if not mine.side or not (mine.side.isdisjoint(theirs.words) and mine.side.isdisjoint(theirs.names)):
        return mine.periods
    if COMPARED in mine.side and not any(
        n in theirs.numbers and "#" + n not in mine.side for n, _, _ in mine.quantities
    ):
        return mine.periods  # a comparison's period counts unless both give a figure of the main fact
    return mine.anchors


def _periods_of(mine: Profile, theirs: Profile, periods: frozenset[str] | None = None) -> frozenset[str]:
    """A profile's periods, but months alone when the other sentence dates its fact by a day: "will
    take office in July" against "on June 1" tells when, not a background."""
    periods = mine.periods if periods is None else periods
    if periods and theirs.days and periods <= MONTH_SET:
        return frozenset()
    return periods


def _matched_weight(a: Profile, b: Profile) -> tuple[float, int]:
    """Weight of the content words both sides hold (counted on both sides), and how many meet."""
    words = b.words
    exact = a.words.keys() & words.keys()
    # profiles keep their words sorted, so the matching order does not depend on hash seeds: the
    # words met are summed in a's order (sorted), going through those only
    mine = a.words
    matched = sum([mine[s] + words[s] for s in sorted(exact)])
    count = len(exact)
    prefixes = b.by_prefix
    # most stems have neither a synonym nor a near spelling on the other side: `_soft_match`'s
    # first tests, in one list comprehension rather than a loop that skips them
    if synonyms_possible := not a.all_synonyms.isdisjoint(b.all_synonyms):
        theirs = b.all_synonyms
        soft = [
            stem
            for stem, groups, prefix in a.soft_keys
            if stem not in exact and (not groups.isdisjoint(theirs) or prefix in prefixes)
        ]
    else:
        soft = [stem for stem, _, prefix in a.soft_keys if prefix in prefixes and stem not in exact]
    used = exact  # b's words met exactly, then also those a soft match takes
    for stem in soft:
        other, credit = _soft_match(stem, a, b, used, synonyms_possible)
        if other is not None:
            matched += credit * (a.words[stem] + words[other])
            count += 1
            used.add(other)
    return matched, count


def _soft_match(
    stem: str, a: Profile, b: Profile, used: set[str], synonyms_possible: bool
) -> tuple[str | None, float]:
    """A synonym of `stem` among b's words not yet used, else a near spelling sharing its first
    letters ("harbour", "harbor"; "normalis", "normal"), else None."""
    if synonyms_possible:
        groups = a.synonyms[stem]
        if not groups.isdisjoint(b.all_synonyms):
            for other in b.soft:
                if other not in used and not groups.isdisjoint(b.synonyms[other]):
                    return other, SYNONYM_CREDIT
    if len(stem) < 4:
        return None, 0.0
    others = [o for o in b.by_prefix.get(stem[:NEAR_PREFIX], ()) if o not in used]
    if not others:
        return None, 0.0
    if len(stem) >= 5:
        for other in others:
            if len(other) >= 5 and (stem in other or other in stem):
                return other, NEAR_CREDIT
    hit = process.extractOne(stem, others, scorer=Indel.normalized_similarity, score_cutoff=NEAR_RATIO)
    if hit is not None and len(hit[0]) >= 4:
        return str(hit[0]), NEAR_CREDIT
    return None, 0.0


UNNAMED_AMOUNTS_FROM = 1e6
"""The size from which a figure that names no currency may be an amount of money another sentence
names one for (`_near_share`): news leaves the currency of millions unsaid ("save 300 million a
year"), seldom of a smaller sum, which a figure of that size mostly counts things ("650 sheep")."""


def _amounts(profile: Profile) -> frozenset[str]:
    """The figures a sentence gives as amounts of money (`Fact.money`)."""
    return frozenset([number for number, _ in profile.fact.money]) if profile.fact.money else frozenset()


def _near_share(
    a: tuple[tuple[str, str, float], ...],
    b: tuple[tuple[str, str, float], ...],
    same: frozenset[str],
    amounts_a: frozenset[str] = frozenset(),
    amounts_b: frozenset[str] = frozenset(),
) -> tuple[float, list[tuple[str, str, str]]]:
    """Share of the smaller side's numbers, those not given alike on both sides, that the other side
    gives in the same unit within NEAR_NUMBER_RATIO (0 when either side has none left), and those
    close pairs: each side's figure and their unit ("" for a bare count). An amount of money
    (`amounts_a`, `amounts_b`) is near only an amount or a figure of UNNAMED_AMOUNTS_FROM on: "save
    around £29 a month" is no figure of "14 of 25 economists", nor "600 euros" of "650 sheep"; "save
    300 million a year" may be "savings of 350m euros"."""
    # plain loops: generators cost more than the few comparisons (a pair has a few numbers)
    theirs = [(number, unit, value) for number, unit, value in b if number not in same]
    if not theirs:
        return 0.0, []
    mine = 0
    near: list[tuple[str, str, str]] = []
    for number, unit, value in a:
        if number in same:
            continue
        mine += 1
        for other, other_unit, size in theirs:
            if (
                other_unit == unit
                and abs(size - value) <= NEAR_NUMBER_RATIO * max(size, value)
                and (
                    (number in amounts_a) == (other in amounts_b) or min(size, value) >= UNNAMED_AMOUNTS_FROM
                )
            ):
                near.append((number, other, unit))
                break
    return (min(len(near) / min(mine, len(theirs)), 1.0) if mine else 0.0), near


def _counted_differ(
    a: Profile, b: Profile, same: frozenset[str], near: Sequence[tuple[str, str, str]]
) -> float:
    """Share of the figures both sides give alike (`same`) or close (`near`, `_near_share`'s pairs)
    that count other things on each side (`counted_kinds`): "2,000 residents" and "2,000 tents",
    "31 climbers" and "27 rescues", where "14 passengers" and "fourteen people" agree ("people"
    counts anything)."""
    pairs = [(number, number) for number in same if number.isdigit()]  # (no share, time, decimal)
    pairs += [(number, other) for number, other, _ in near if number.isdigit() and other.isdigit()]
    matched = len(same) + len(near)
    if not pairs or not matched:  # (most pairs: shares, times, years alike: nothing counted)
        return 0.0
    mine = counted_kinds(a.fact.sentence.text, a.fact.money, not _NUMBER_STEMS.isdisjoint(a.fact.stems))
    theirs = counted_kinds(b.fact.sentence.text, b.fact.money, not _NUMBER_STEMS.isdisjoint(b.fact.stems))
    if not mine or not theirs:
        return 0.0
    return sum([_kinds_differ(mine.get(x), theirs.get(y)) for x, y in pairs]) / matched


def _kinds_differ(a: Counted | None, b: Counted | None) -> bool:
    """Whether two figures' counted words (`counted_kinds`) are both known and tell other kinds of
    thing: no stem in common, no synonyms (WordNet), no near spellings ("teacher", "teaching"), and
    no kind of thing in common ("residents" people, "tents" artefacts; "ships" and "vessels",
    "cars" and "vehicles" both artefacts)."""
    if a is None or b is None or not a[1] or not b[1] or not a[1].isdisjoint(b[1]):
        return False
    if PEOPLE in a[1] or PEOPLE in b[1]:  # people differ from a measure, an age, money or a thing
        return (b[1] if PEOPLE in a[1] else a[1]) <= _NOT_PEOPLE
    if ANY_KIND in a[1] or ANY_KIND in b[1]:
        return False
    for x in a[0]:
        groups = synonym_groups(x)
        for y in b[0]:
            if x == y or not groups.isdisjoint(synonym_groups(y)):
                return False
            if len(x) >= 4 and len(y) >= 4 and (x in y or y in x):
                return False
            if Indel.normalized_similarity(x, y) >= NEAR_RATIO:
                return False
    return True


Counted = tuple[frozenset[str], frozenset[str]]
"""What a figure counts: the stems of the words after it, and the kinds of thing they name."""

MONEY_KIND = "¤"
"""The kind of an amount of money, whether the sentence names its currency before the figure or
after it ("600 euros", "a 50,000-euro prize")."""


@lru_cache(maxsize=4096)
def counted_kinds(
    text: str, money: tuple[tuple[str, str], ...] = (), worded: bool = True
) -> dict[str, Counted]:
    """What each figure of an English sentence counts: the stems of the words right after it (up to
    COUNTED_REACH, up to a function word, names and GENERIC_COUNTED left out) and the kinds of
    thing they name (`lexicon.noun_kinds`): "2,600 teaching posts" {"2600": ({"teach", "post"},
    ...)}; an amount of money MONEY_KIND, an age AGE ("Daro, 26,", "aged 26", "a 26-year-old").
    Figures in a unit of their own ("34%", "48h"), years and decimals ("magnitude 6.3") count
    nothing here. Without `worded`, figures written in words are not looked for."""
    found: dict[str, Counted] = {number: (_MONEY, _MONEY) for number, _ in money}
    matches = _COUNTED_DIGITS.finditer(text)
    for match in chain(matches, _COUNTED_WORDED.finditer(text)) if worded else matches:
        figure, scale = match["figure"], match["scale"]
        if match.start() and text[match.start() - 1].isalnum():
            continue  # "S2", "B52": part of a name
        if "," not in figure and _YEAR_DIGITS.match(figure):
            continue
        number = _figure_number(figure, scale)
        if number is None or number in found:
            continue
        written = _COUNTED_WORDS.findall(match["after"])
        words = [w.casefold() for w in written]
        before = text[max(match.start() - 5, 0) : match.start()].rstrip()
        if (
            before.casefold().endswith("aged")
            or (before.endswith(",") and not scale and text.startswith(",", match.end("figure")))
            or words[:1] in (["year"], ["years"])
        ):
            found[number] = (_AGE, _AGE)
            continue
        stems: list[str] = []
        kinds: set[str] = set()
        if words[:1] and words[0] in PEOPLE_COUNTED:
            found[number] = (_PEOPLE, _PEOPLE)
            continue
        for word, as_written in zip(words, written, strict=True):
            if word in STOPWORDS or word in GENERIC_COUNTED:
                break
            if word in CURRENCY_NAMES:
                stems, kinds = [], {MONEY_KIND}
                break
            if as_written[0].isupper():
                continue  # a name: "three MediBridge aid workers"
            word = UNIT_SPELLINGS.get(word, word)
            stems.append(_stem(word))
            kinds |= noun_kinds(word)
        if stems or kinds:
            found[number] = (frozenset(stems), frozenset(kinds))
    return found


def _figure_number(figure: str, scale: str | None) -> str | None:
    """A figure as `quantities.numbers_in` normalises it ("2,600" 2600, "2.3 million" 2300000,
    "twenty-three" 23), None for a decimal without a scale ("magnitude 6.3": no count). Plain
    forms are read here, where `numbers_in` took ~15 us a figure; others are left to it."""
    if figure[0].isdigit():
        digits = figure.replace(",", "")
        if scale:
            scaled = Decimal(digits) * SCALES[scale.casefold()]
            return str(int(scaled)) if scaled == scaled.to_integral_value() else None
        return digits if digits.isdigit() else None
    folded = figure.casefold()
    if not scale and (value := NUMBER_WORDS.get(folded)) is not None:
        return str(int(value))
    if not scale and (pair := _TENS_AND_UNITS.fullmatch(folded)) is not None:
        tens, units = NUMBER_WORDS.get(pair["tens"]), NUMBER_WORDS.get(pair["units"])
        if tens is not None and units is not None and units < 10:
            return str(int(tens + units))
    numbers = numbers_in(f"{figure} {scale}" if scale else figure)
    if len(numbers) != 1 or number_unit(numbers[0]) or "." in numbers[0]:
        return None
    return numbers[0]


_MONEY = frozenset([MONEY_KIND])
_AGE = frozenset([AGE])
_PEOPLE = frozenset([PEOPLE])
_NOT_PEOPLE = MEASURE_KINDS | THING_KINDS | {AGE, MONEY_KIND}


def _clause_share(a: Profile, b: Profile) -> float:
    """The largest share of a clause of `a` (by weight) whose stems `b` holds."""
    best = 0.0
    words, names = b.words, b.names
    for clause, total in a.clauses:
        held = sum([w for stem, w in clause.items() if stem in words or stem in names])
        best = max(best, held / total if total else 0.0)
    return best


def _date_agreement(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(agreement, disagreement) of dates when both sides give some: a shared day of a month or
    clock time counts 1, a shared weekday or month alone only WEEKDAY_WEIGHT (a week of news
    happens on Monday; "letters sent in March, July and October" and "between October and March
    the timetable is cut back" share two months and no fact). Months at WEEKDAY_WEIGHT: held-out
    pairs F1 0.833 -> 0.841, grouped 0.826 -> 0.837; CV 0.831 -> 0.830 (0.5: 0.829, 0.6: 0.830)."""
    if not a or not b:
        return 0.0, 0.0
    same = min(sum(WEEKDAY_WEIGHT if d in WEEKDAYS or d in MONTHS else 1.0 for d in a & b), 1.0)
    return same, 1.0 - same


def _weighted_agreement(a: dict[str, float], b: dict[str, float]) -> tuple[float, float]:
    """(share of the smaller side found in the other, share not found), as `pair_features` weighs
    numbers, with each value weighed by its rarity: a shared "Russia" in a story about Russia says
    less than a shared "Volodin"."""
    if not a or not b:
        return 0.0, 0.0
    held = sum(w + b[k] for k, w in a.items() if k in b)  # in a's (sorted) order: no hash-seed effect
    same = min(held / 2 / min(sum(a.values()), sum(b.values())), 1.0)
    return same, 1.0 - same


def _quote_similarity(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> float:
    """The best Dice overlap of content stems between a quotation of each side (0 if one has none)."""
    best = 0.0
    for x in a:
        for y in b:
            if x and y:
                best = max(best, 2 * len(x & y) / (len(x) + len(y)))
    return best


def _content_stems(text: str, language: str = "en") -> list[str]:
    stem_of = _content_stem if language == "en" else _content_stemmer(language)
    return [stem for stem in map(stem_of, text.split()) if stem is not None]


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _content_stemmer(language: str) -> Callable[[str], str | None]:
    """`_content_stem` in another language than English: its stop words and stemmer, and the
    elided article off a word ("l'accident": "accident")."""
    stop = stopwords(language)
    elided = ELIDED.get(language, frozenset())

    @lru_cache(maxsize=65536)
    def content_stem(word: str) -> str | None:
        plain = word.strip(",;:!?\"'“”‘’()—-«»„").casefold().replace("’", "'")
        if "." in plain:
            plain = plain_word(plain)
        plain = unelided(plain, elided)
        return str(stem_words([plain], language)[0]) if plain and plain not in stop else None

    return content_stem


@lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """The stem of a word as a text writes it between spaces, None for a function word or a mark.
    (A word's stem, kept: `_clauses` asks for the words of every clause, ~0.3 us a word to work out,
    and most words come back in other sentences.)"""
    plain = word.strip(",;:!?\"'“”‘’()—-").casefold()
    if "." in plain:  # "U.S.": "us"
        plain = plain_word(plain)
    return _stem(plain) if plain and plain not in STOPWORDS else None


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(stem_words([word])[0])


def _clause_vectors(facts: Sequence[Fact], embed: Embedder) -> list[list[list[float]]]:
    """Per sentence, the embeddings of its clauses (none for a one-clause sentence)."""
    pieces = [
        [
            c.strip()
            for c in _SEMANTIC_CLAUSE.split(f.sentence.text)
            if len(c.split()) >= SEMANTIC_CLAUSE_WORDS
        ]
        for f in facts
    ]
    pieces = [p if len(p) >= 2 else [] for p in pieces]
    flat = [c for p in pieces for c in p]
    vectors = iter(embed(flat) if flat else [])
    return [[next(vectors) for _ in p] for p in pieces]


def _piece_weights(pieces: Sequence[Pieces]) -> list[list[float]]:
    """Each word piece's weight in `semantic_pieces`: how rare it is among the input set's sentences
    (an inverse document frequency), so that "Halsnes" counts for more than "port"."""
    frequency: Counter[str] = Counter(piece for words, _ in pieces for piece in set(words))
    total = len(pieces) + 1
    return [[math.log(total / (frequency[piece] + 0.5)) for piece in words] for words, _ in pieces]


def _best_cosines(
    profiles: list[Profile], vectors: list[list[float]]
) -> dict[tuple[int, int], tuple[float, int]]:
    """Per sentence and other article, the highest cosine with any of that article's sentences,
    and the sentence that reaches it."""
    from newsdiff.semantic import cosine_matrix

    best: dict[tuple[int, int], tuple[float, int]] = defaultdict(lambda: (0.0, -1))
    for a, row in enumerate(cosine_matrix(vectors)):
        for b, cosine in enumerate(row):
            if profiles[a].article != profiles[b].article:
                slot = (a, profiles[b].article)
                if cosine > best[slot][0]:
                    best[slot] = (cosine, b)
    return best


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    return max(0.0, min(1.0, sum(x * y for x, y in zip(a, b, strict=True))))


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z > -60 else 0.0


def scorer_for(
    facts: Sequence[Fact], semantic: bool = False, embed: Embedder | None = None, *, incremental: bool = False
) -> Scorer:
    """A scorer with the shipped model; with `semantic`, sentence embeddings (the extra) too."""
    if semantic and embed is None:
        from newsdiff.semantic import embedder

        embed = embedder()
    return Scorer(facts, load_model(semantic), embed, incremental=incremental)


def iter_pairs(keys: Iterable[int], profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Cross-article pairs among the given profile keys, in key order."""
    ordered = sorted(keys)
    return [
        (a, b)
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
        if profiles[a].article != profiles[b].article
    ]
