"""Number conflicts: the figures of a group's facts that disagree (`_number_disagreements`), read by
what they count (`_counts_read`: the dead against the dead, an earlier value against an earlier
value), bounds and roundings kept (`_without_rough`), a total and its parts (`_without_sums`),
ranges and scores as one value, the nearest of many figures (`_nearest_counterparts`), the one
or two things counted in words and ages (`_add_small_counts`, `_ages_apart`).
"""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import partial
from itertools import combinations, repeat

from newsdiff.conflicts._common import _apart, _by_kind, _disagreement, _read_by_article
from newsdiff.conflicts.codes import service_numbers
from newsdiff.conflicts.figures import (
    _COUNTED,
    _HAIR,
    BOUND_REACH,
    KINDS_WEIGHED,
    MEASURE_RATIO,
    NEARLY_RATIO,
    SHARE_BOUND_REACH,
    _comparable,
    _keeps,
    _rough_by_article,
    _size,
    _sizes,
    _written_as,
)
from newsdiff.conflicts.units import (
    _SPEC_UNITS,
    _TEMPERATURE_UNITS,
    _by_sort,
    _currency_found,
    _in_metric,
    _in_months,
    _in_one_currency,
    _measures,
    _measures_read,
    _units_apart,
    _with_temperatures,
    _with_unit,
    _without_own_conversions,
)
from newsdiff.language import stop_words
from newsdiff.lexicon import ANY_KIND
from newsdiff.model import EXACT, POINTS, SCORE, Fact, readable_number
from newsdiff.money import readable_money
from newsdiff.patterns import compiled
from newsdiff.quantities import (
    APPROXIMATE,
    NUMBER_WORDS,
    SHARE_CHANGE,
    SHARE_PART,
    counted_words,
    duration_units,
    harm_told,
    none_counted,
    number_unit,
    numbers_in,
    parts_named,
    quantity,
    ranges_in,
    share_kinds,
    shares_written,
    singular,
    small_counts,
    things_denied,
    worded_scores,
    written_years,
)
from newsdiff.segment import stem_words
from newsdiff.similarity import NEAR_NUMBER_RATIO, PEOPLE, ages_told, counted_kinds

BOUND_WORDS = {">": "at least", "<": "at most", "≲": "nearly", "~": "about"}
"""How a conflict shows a number given as a bound or a rounding: "at least 13" for "at least 13"
and "more than 13" alike (the sentences above it give the words)."""
KEPT_REACH = max(BOUND_REACH, 1 / (1 - NEARLY_RATIO), 1 / (1 - NEAR_NUMBER_RATIO / 2), SHARE_BOUND_REACH)
"""The farthest a figure kept by a bound or a rounding (`_kept_by`) lies from it, as a factor either way."""
CENTS_REACH = 0.99
"""How far past a range of whole amounts of money a price in cents keeps to it: "$89 to $129" is
"$89 to $129.99" written without the cents (`_ranges_compared`)."""
ROUNDED_RATIO = 0.05
"""How far a figure written with fewer digits may be from the one it rounds: "15%" and "14.8%",
"€1.2 billion" and "€1.18 billion" are one figure; "2 million" and "1.8 million" are not."""
REASON_FIGURES = "figures of one kind"
"""What two figures weighed as one thing tell when no rule says more (`Conflict.reason`)."""
REASON_BOUND = "a bound the other figure breaks"
REASON_ROUNDED = "a rounded figure the other lies too far from"
REASON_BOUNDS = "bounds that differ"
"""Of articles that each give a bound ("at least 40" / "at least 47"): no figure breaks the other's
bound, but two counts so bounded are two tolls (README: "two bounds of counts that differ
disagree")."""
REASON_ROUNDINGS = "rounded figures too far apart"
REASON_UNITS = "figures in different units, converted"
REASON_RANGE = "a range the other figure lies outside"
REASON_CURRENCY = "the currency of one amount"
REASON_AGE = "an age"
_KIND_REASONS = {
    "year": "a year",
    "h": "a length of time",
    "%": "a share",
    POINTS: "a change in percentage points",
    SCORE: "a score or a vote",
}
"""The reason a disagreement of figures of one kind (`number_unit`, a year) gives."""
_COUNTED_REASONS = {
    "": "",
    "dead": "the dead counted",
    "injured": "the injured counted",
    "seriously injured": "the seriously injured counted",
    "part": "a part of a count",
    "previous": "an earlier value of a count",
}
"""The reason a disagreement of figures that count one thing (`_by_count`) gives; "" keeps the one
its figures give."""


def _counted_reason(thing: str) -> str:
    """What a figure counting the people of a nation tells ("nation:american": "Americans counted")."""
    nation = thing.removeprefix("nation:")
    return f"{nation[:1].upper()}{nation[1:]}s counted" if nation != thing else ""


_APART = {"money", "count"}
"""Two figures that `_measure` tells apart: an amount and a count of things are never one."""
_BOUNDS = frozenset({">", "<", "≲"})
"""What a bound says (`rough_numbers`): two bounds of counts or shares (`_COUNTED`) that differ
disagree ("more than 600" and "over 650" sheep), where a bound and a figure close to it do not
("more than 600" and 612). Two bounds of a length of time may agree: "in under an hour" and "within
50 minutes" tell one quick rescue."""


HARM_KINDS = {
    **dict.fromkeys(
        "injured injuries injury hurt wounded harmed hospitalised hospitalized burns".split(), "hurt"
    ),
    **dict.fromkeys("killed dead death deaths perished fatalities fatality".split(), "hurt dead"),
    "died": "dead",
    **dict.fromkeys("casualties casualty victims".split(), "hurt dead"),
    "missing": "missing",
    "trapped": "trapped",
    "rescued": "rescued",
    **dict.fromkeys("arrested arrest arrests".split(), "arrested"),
}
"""The kinds of harm an English word of a harm told or denied names, for a denial of
one kind ("No one was arrested") not to stand as the count 0 against a count of another ("Three
people were injured"): `_other_harm`. "Casualties" and "victims" are the hurt and the dead; the
killed were hurt too ("No one was hurt" against "Three were killed" disagree), where "No one died"
against "Three were injured" does not."""

_HARM_WORD = compiled(r"(?i)\b(" + "|".join(HARM_KINDS) + r")\b")


def _harm_kinds(text: str) -> set[str]:
    """The kinds of harm (HARM_KINDS) an English sentence tells or denies."""
    return {kind for m in _HARM_WORD.finditer(text) for kind in HARM_KINDS[m.group(1).lower()].split()}


def _other_harm(fact: Fact, article: int, by_article: dict[int, list[Fact]]) -> bool:
    """Whether the other articles of a group tell harm of other kinds only than the one `fact`
    denies ("No one was arrested" against "Three people were injured": no 0 against 3)."""
    if fact.language != "en" or not (denied := _harm_kinds(fact.sentence.text)):
        return False
    told = [_harm_kinds(f.sentence.text) for a, facts in by_article.items() if a != article for f in facts]
    return any(told) and all(not kinds & denied for kinds in told if kinds)


def _things_uncounted(fact: Fact, article: int, by_article: dict[int, list[Fact]]) -> bool:
    """Whether `fact` denies things only ("No homes have been destroyed": `quantities.things_denied`)
    that no other article of the group counts a thing of the same kind of (`similarity.counted_kinds`:
    "two homes", "two houses"): its 0 is then no rival of their figures ("No homes have been lost"
    against "Two firefighters were hurt")."""
    text = fact.sentence.text
    if fact.language != "en" or none_counted(text, fact.language, things=False):
        return False  # (a denial of harm: `_other_harm` weighs it)
    if not (denied := things_denied(text, fact.language)):
        return False
    wanted = [counted_kinds(f"2 {noun}")["2"] for noun in denied]
    for other, facts in by_article.items():
        if other == article:
            continue
        for theirs in facts:
            for stems, kinds in counted_kinds(theirs.sentence.text, theirs.money).values():
                if any(stems & my_stems or (kinds & my_kinds) - {ANY_KIND} for my_stems, my_kinds in wanted):
                    return False
    return True


def _add_worded_scores(sets: dict[int, set[str]], by_article: dict[int, list[Fact]]) -> None:
    """Each article's votes and scores in words as one value, in place of the figures read in their
    words (`quantities.worded_scores`): "voted seven to two" is 7-2, as "7-2" is, against "six to
    three" (6-3), not 7 against 6."""
    for article, facts in by_article.items():
        for fact in facts:
            for score, figures in worded_scores(fact.sentence.text, fact.language).items():
                elsewhere = {n for other in facts if other is not fact for n in other.numbers}
                sets[article] -= set(figures) - elsewhere
                sets[article].add(score)


def _add_small_counts(sets: dict[int, set[str]], by_article: dict[int, list[Fact]]) -> None:
    """The one or two things the articles count in words, which their facts leave out
    (`quantities.small_counts`): "Two workers were hurt" against "Three employees", "One person is
    missing" against "two missing people", "twee doden" against "drie levens"; and a denial of harm
    as the count 0 (`quantities.none_counted`): "No one was injured" against "Two people were
    injured"."""
    totals: dict[int, set[str]] = {}  # of an article that counts none of them ("none of the 14")
    for article, facts in by_article.items():
        sets[article].update(n for f in facts for n in small_counts(f.sentence.text, f.language))
        english = (f.sentence.text for f in facts if f.language == "en")
        sets[article].update(n for text in english for n in _nationals_in_words(text))  # ("two Poles")
        for fact in facts:
            # (`segment.extract` gives a denial's 0 among the numbers: most facts give none, unread)
            if "0" in fact.numbers and (none := none_counted(fact.sentence.text, fact.language)):
                sets[article].add("0")
                totals.setdefault(article, set()).update(t for t in none.values() if t)
        zeros = [f for f in facts if "0" in f.numbers]
        if zeros and all(
            none_counted(f.sentence.text, f.language)
            and (_other_harm(f, article, by_article) or _things_uncounted(f, article, by_article))
            for f in zeros
        ):
            sets[article].discard("0")  # ("No one was arrested" against "Three people were injured")
    # "none of the 14 workers was hurt" against "all 14 workers were hurt": 0 hurt against 14, where
    # the 14 that both give count two things
    for article, counted_out_of in totals.items():
        if any(
            b not in totals
            and counted_out_of & sets[b]
            and any(harm_told(f.sentence.text, f.language) for f in by_article[b])
            for b in sets
        ):
            sets[article] -= counted_out_of


def _ages_apart(
    sets: dict[int, set[str]], by_article: dict[int, list[Fact]]
) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Each article's figures but its ages, and its ages (`similarity.ages_told`), when every
    article giving figures gives an age: an age matches only an age, a count only a count
    ("Harwood, 58, … housed 61 residents" against "Harwood, 58, … housed 58 residents": 61 · 58,
    the second's 58 being no age). A figure an article gives as an age and otherwise too
    ("Harwood, 58, … housed 58 residents") is in both. When an article gives figures but no age
    (it may tell one in other words: "he turned 59"), all stay figures, as before."""
    ages: dict[int, set[str]] = {a: set() for a in sets}
    told: dict[int, list[tuple[Fact, frozenset[str]]]] = {}
    for article, values in sets.items():  # (most groups: an article giving figures gives no age)
        if not values:
            continue
        told[article] = [(fact, ages_told(fact)) for fact in by_article.get(article, ())]
        ages[article].update(age for _, given in told[article] for age in given & values)
        if not ages[article]:
            return sets, {a: set() for a in sets}
    otherwise: dict[int, set[str]] = {a: set() for a in sets}  # (given as no age, or as one and more)
    for article, read in told.items():
        for fact, given in read:
            otherwise[article].update(n for n in fact.numbers if n not in given)
            for age in given & sets[article]:
                if len(re.findall(rf"(?<![\d.,]){age}(?!\d|[.,]\d)", fact.sentence.text)) > 1:
                    otherwise[article].add(age)
    figures = {a: {v for v in values if v not in ages[a] or v in otherwise[a]} for a, values in sets.items()}
    return figures, ages


def _readable_age(_: int, age: str) -> str:
    return readable_number(age)


_ONE_COUNT_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w != "dozen"), key=len, reverse=True))
_COUNT_AFTER = r"(?![\d.,]\d)(?=(?P<after>[^\d,;:.()]*))"
_COUNT_READ = compiled(r"(?<![\w.,-])(?P<figure>\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?)" + _COUNT_AFTER)
_COUNT_READ_WORDED = compiled(
    rf"(?i)(?<![\w.,-])(?P<figure>\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?|(?:{_ONE_COUNT_WORD})(?:[\s-]+(?:and\s+)?"
    rf"(?:{_ONE_COUNT_WORD}|hundred|thousand))*\b)" + _COUNT_AFTER
)
"""A figure and the words after it up to the next figure or stop, where what it counts is read
(`_counts_read`); in words too in a sentence that has one (`_COUNT_WORD_STEMS`: the search for them
is the slower)."""
_COUNT_WORD_STEMS = frozenset(stem_words(list(NUMBER_WORDS)))
_COUNT_CUE_STEMS = frozenset(
    stem_words(
        """killed killing dead died deaths fatalities lives injured injuries hurt wounded hospitalised
        hospitalized seriously critically badly severely gravely""".split()
    )
)
"""The stems of the words `_COUNT_CUES` reads: a sentence without one and without a nation's name
(`_NATION_NAMED`) is not read for what its figures count (most sentences)."""
NATION_PEOPLE: dict[str, str] = {
    **dict.fromkeys(("Poles", "Pole", "Polish"), "polish"),
    **dict.fromkeys(("Swedes", "Swede", "Swedish"), "swedish"),
    **dict.fromkeys(("Danes", "Dane", "Danish"), "danish"),
    **dict.fromkeys(("Finns", "Finn", "Finnish"), "finnish"),
    **dict.fromkeys(("Turks", "Turk", "Turkish"), "turkish"),
    **dict.fromkeys(("Scots", "Scot", "Scotsmen", "Scottish"), "scottish"),
    **dict.fromkeys(("Brits", "Brit", "Britons", "Briton", "British"), "british"),
    **dict.fromkeys(("English", "Englishmen", "Englishwomen"), "english"),
    **dict.fromkeys(("Irish", "Irishmen", "Irishwomen"), "irish"),
    **dict.fromkeys(("Welsh", "Welshmen"), "welsh"),
    **dict.fromkeys(("French", "Frenchmen", "Frenchwomen"), "french"),
    **dict.fromkeys(("Dutch", "Dutchmen"), "dutch"),
    **dict.fromkeys(("Swiss",), "swiss"),
    **dict.fromkeys(("Thais", "Thai"), "thai"),
    **dict.fromkeys(("Czechs", "Czech"), "czech"),
    **dict.fromkeys(("Slovaks", "Slovak"), "slovak"),
    **dict.fromkeys(("Greeks", "Greek"), "greek"),
    **dict.fromkeys(("Serbs", "Serb", "Serbian", "Serbians"), "serbian"),
    **dict.fromkeys(("Croats", "Croat", "Croatian", "Croatians"), "croatian"),
    **dict.fromkeys(("Slovenes", "Slovene", "Slovenian", "Slovenians"), "slovenian"),
    **dict.fromkeys(("Kurds", "Kurd", "Kurdish"), "kurdish"),
    **dict.fromkeys(("Arabs", "Arab"), "arab"),
    **dict.fromkeys(("Cypriots", "Cypriot"), "cypriot"),
    **dict.fromkeys(("Montenegrins", "Montenegrin"), "montenegrin"),
    **dict.fromkeys(("Filipinos", "Filipino", "Filipinas", "Filipina"), "filipino"),
    **dict.fromkeys(("Icelanders", "Icelandic"), "icelandic"),
    **dict.fromkeys(("Kosovars", "Kosovar"), "kosovar"),
    **dict.fromkeys(("Uzbeks", "Uzbek"), "uzbek"),
    **dict.fromkeys(("Kazakhs", "Kazakh"), "kazakh"),
    **dict.fromkeys(("Tajiks", "Tajik"), "tajik"),
    **dict.fromkeys(("Malagasy",), "malagasy"),
}
"""Names of a nation's people that `_NATION_ENDED` misses (or a form of one it reads, "Serbian"),
each with its nation's key: "two Poles" and "two Polish nationals" count one nation's people."""
_NATION_ENDED = r"[A-Z][a-z]+(?:ians?|ans?|ese|is|ons?|ards?)"
_NATION_NAME = rf"(?:{'|'.join(sorted(NATION_PEOPLE, key=len, reverse=True))}|{_NATION_ENDED})"
_EARLIER_STEMS = frozenset(stem_words("previous former earlier old prior".split()))
"""The stems of the words `_EARLIER_BEFORE` reads: a sentence with one is read too."""
_EARLIER_BEFORE = compiled(
    r"(?i)(?:\b(?:previous|former|old|earlier|prior)\s+(?:[\w']+\s+){0,2}?"
    r"(?:record|high|best|mark|peak|reading|figure|estimate|forecast|toll)s?(?:\s+(?:of|was|stood\s+at|had\s+been))?"
    r"|\b(?:19|20)\d\d\s+(?:record|reading|high|peak|figure)\s+of)[\s,]*$"
)
_EARLIER_AFTER = compiled(
    r"(?i)^(?:°?[CF]\b|\s*[a-z%]{1,7})?,?\s+(?:which\s+was\s+|was\s+|had\s+been\s+)?set\s+(?:in|on|back)\b"
)
"""A figure that is an earlier value, the previous record or estimate ("the previous record of
46C", "the old record of 45.3C, set in 2003", "a 2021 reading of 47.4C"): no rival of the current
one, only of another's earlier value ("previous")."""
_NATION_NAMED = compiled(rf"\s{_NATION_NAME}\b")
_NATION_COUNTED = compiled(rf"\s+(?-i:(?P<name>{_NATION_NAME}))\b")
"""The people a figure counts, by the name of their nation right after it ("five Americans", "six
Russian nationals", "four Britons", "nine Israelis", "two Spaniards", "three Poles": NATION_PEOPLE)."""
_COUNT_CUES = (
    ("dead", compiled(r"(?i)\b(?:killed|dead|died|deaths?|fatalities|lost\s+their\s+lives)\b")),
    ("seriously injured", compiled(r"(?i)\b(?:seriously|critically|badly|severely|gravely)\b")),
    ("injured", compiled(r"(?i)\b(?:injured|injuries|hurt|wounded|hospitali[sz]ed)\b")),
    ("part", compiled(r"(?i)^\s*of\s+(?:them|whom|those)\b")),
)
"""The words after a figure telling that it counts the dead, the injured, the seriously injured
among them ("47 people were killed", "310 of them seriously") or a part of another figure's count
("of them"): each a count of its own."""
_COUNT_CUES_BEFORE = (
    ("dead", compiled(r"(?i)\b(?:killing|killed|kills|killing\s+at\s+least)(?:\s+\w+){0,2}\s*$")),
    ("injured", compiled(r"(?i)\b(?:injuring|injured|wounding|wounded|hurting)(?:\s+\w+){0,2}\s*$")),
)
"""The words right before a figure telling the same ("killing at least 112", "injuring 40")."""
_COUNT_AFTER_END = compiled(r"(?i)\b(?:and|but|while|whereas|as|with)\b")
_COUNT_FOLLOWS = compiled(r"(?i)\b(?:up|down|rising|falling)?\s*from\s*$")
"""The words before a figure that is an earlier value of the one before it ("168, up from 112")."""


_NATIONALS_IN_WORDS = compiled(rf"(?i)\b(?P<figure>one|two)\s+(?-i:{_NATION_NAME})\b")


def _nationals_in_words(text: str) -> set[str]:
    """The one or two of a nation's people a sentence counts in words ("two Poles"), which a fact's
    numbers leave out as they leave out most small counts (`_add_small_counts`)."""
    folded = text.casefold()
    if "one " not in folded and "two " not in folded:
        return set()  # (most sentences)
    return {str(NUMBER_WORDS[m["figure"].casefold()]) for m in _NATIONALS_IN_WORDS.finditer(text)}


def _counts_read(group_facts: list[Fact]) -> dict[int, dict[str, set[str]]]:
    """Per article, what each of its figures counts, read per figure in English sentences: the people
    of a nation ("five Americans": "nation:american"), the dead ("killing at least 112", "47 people
    have been killed", a death toll) or the injured ("1,240 people had been injured, 310 of them
    seriously"); a figure given as the earlier value of another ("168, up from 112") counts what
    that one counts."""
    read: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in group_facts:
        if fact.language != "en" or not (fact.numbers or _nationals_in_words(fact.sentence.text)):
            continue
        earlier = not _EARLIER_STEMS.isdisjoint(fact.stems)
        named = earlier or _NATION_NAMED.search(fact.sentence.text)
        if _COUNT_CUE_STEMS.isdisjoint(fact.stems) and not named:
            continue
        text, mine = fact.sentence.text, read[fact.sentence.article]
        given = {*fact.numbers, *small_counts(text, fact.language), *_nationals_in_words(text)}
        tolls = {m["dead"].replace(",", "") for m in _TOLD_THINGS.finditer(text) if m["dead"]}
        last: set[str] = set()
        untold: set[str] = set()  # (its figures that count nothing told)
        counted = False  # (whether it counts the dead or the injured)
        worded = not _COUNT_WORD_STEMS.isdisjoint(fact.stems)
        for match in (_COUNT_READ_WORDED if worded else _COUNT_READ).finditer(text):
            figure = match["figure"]
            if figure[0].isdigit():
                number = figure.replace(",", "")
                if "." in number:  # ("46.0C" is the fact's 46)
                    number = number.rstrip("0").removesuffix(".")
                if len(figure) == 4 and figure.startswith(("1", "20")):
                    last = set()
                    continue  # a year ("killed in 2019", "in 2019 Germans voted"): counts nothing
            elif (word := NUMBER_WORDS.get(figure.casefold())) is not None:
                number = str(int(word))
            else:  # ("thirty-eight", "two hundred")
                number = next(iter(numbers_in(figure)), "")
            tags: set[str] = set()
            if (name := _NATION_COUNTED.match(text, match.end("figure"))) is not None:
                nation = NATION_PEOPLE.get(name["name"]) or name["name"].casefold().removesuffix("s")
                tags.add("nation:" + nation)
            before = text[max(0, match.start() - 40) : match.start()]
            before = re.split(r"[\d,;:.()]", before)[-1]
            after = _COUNT_AFTER_END.split(match["after"], maxsplit=1)[0]
            told = next((t for t, cue in _COUNT_CUES_BEFORE if cue.search(before)), None)
            told = told or next((t for t, cue in _COUNT_CUES if cue.search(after)), None)
            if told is not None:
                tags.add(told)
            elif last and _COUNT_FOLLOWS.search(text[max(0, match.start() - 20) : match.start()]):
                tags |= last
            if number in tolls:
                tags.add("dead")
            if earlier and (
                _EARLIER_BEFORE.search(text, max(0, match.start() - 60), match.start())
                or _EARLIER_AFTER.match(text, match.end("figure"))
            ):
                tags = {"previous"}  # (an earlier value counts what it counts only against earlier values)
            if tags and number in given:
                mine[number] |= tags
                counted = counted or not _TOLD_COUNTS.isdisjoint(tags)
            elif number in given:
                untold.add(number)
            last = tags
        if untold and counted:
            # beside the dead or the injured a sentence counts, a figure telling nothing counts
            # something else ("a ferry carrying 320 people sank, killing at least 41")
            for number in untold - mine.keys():
                mine[number].add(OTHER_COUNT)
    return read


OTHER_COUNT = "other"
"""What a figure counts that a sentence gives beside its count of the dead or the injured, saying
nothing of its own: the people aboard, the rescued, the homes; set against figures counting nothing
told (`_by_count`), never against the dead."""
_TOLD_COUNTS = frozenset(("dead", "injured", "seriously injured"))


def _by_count(sets: dict[int, set[str]], group_facts: list[Fact]) -> dict[str, dict[int, set[str]]] | None:
    """Each article's figures split by what they count (`_counts_read`), when the group's figures
    count two things or more ("five Americans and six Russians", the dead and the injured): a figure
    is set only against figures of its thing, and those that count nothing told ("") against each
    other. None when they count one thing or none (most groups)."""
    values = {v for given in sets.values() for v in given}
    if len(values) > KINDS_WEIGHED:
        return None  # (a list of a thousand amounts is weighed by size only)
    read = _counts_read(
        [f for f in group_facts if not values.isdisjoint(f.numbers) or _nationals_in_words(f.sentence.text)]
    )
    told = {t for a, values in sets.items() for v in values for t in read.get(a, {}).get(v, ())}
    if len(told) < 2 and "previous" not in told:
        return None
    # a figure counting something else than the dead is set against those that count nothing told
    split: dict[str, dict[int, set[str]]] = {
        t: {a: set() for a in sets} for t in ["", *sorted(told - {OTHER_COUNT})]
    }
    for article, values in sets.items():
        for value in values:
            for thing in read.get(article, {}).get(value) or [""]:
                split["" if thing == OTHER_COUNT else thing][article].add(value)
    return split


def _number_disagreements(
    sets: dict[int, set[str]], group_facts: list[Fact], by_count: bool = True, by_sort: bool = True
) -> list[tuple[str, dict[int, str]]]:
    """`_disagreement` of numbers, one for each kind, each with what its figures tell as a reader
    would put it (`Conflict.reason`: "the dead counted", "a bound the other figure breaks"): years
    (as the group's facts write them), durations, percentages, changes in points, other figures
    ("212 · 3" and "50 minutes · 1 hour" are two disagreements, not one). A year beside a count is
    no disagreement ("in more than 25 years" against "since 1998"), nor a duration beside a count;
    nor a bound or a rounding beside a close figure ("more than 200 passengers" against "all 212",
    "under an hour" against "50 minutes"). Figures of other sorts are weighed apart (`_by_sort`:
    money, storage, a weight)."""
    if by_sort:  # (the first call: a flight's or a train's number is a code, `codes.service_numbers`)
        sets = _without_service_numbers(sets, group_facts)
    if sum(1 for values in sets.values() if values) < 2:
        return []  # (most groups: one article or none gives a number)
    measured = _measures_read()  # (`_measures` and `_counting_alike_things` read a fact's units once)
    if by_sort and (sorted_ := _by_sort(sets, group_facts, measured)) is not None:
        return [
            found
            for part in sorted_.values()
            for found in _number_disagreements(part, group_facts, by_count, False)
        ]
    # (alike sets of two figures or more split too, a swap: "three Germans and two Poles" against
    # "two Germans and three Poles"; most alike sets are one figure, "14" and "14", and not read)
    swap = not _all_alike(sets) or min(len(values) for values in sets.values() if values) > 1
    if by_count and swap and (split := _by_count(sets, group_facts)) is not None:
        return [
            (_COUNTED_REASONS.get(thing) or _counted_reason(thing) or reason, d)
            for thing, part in split.items()
            for reason, d in _number_disagreements(part, group_facts, False, False)
        ]
    sets = _scores_compared(sets)
    money: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in group_facts:
        for number, currency in fact.money:
            if number in sets.get(fact.sentence.article, ()):  # (of a split, its own part's amounts)
                money[fact.sentence.article][number].add(currency)

    written: dict[int, dict[str, str]] = {}  # (read only for a share in words shown)

    def amount(article: int, value: str) -> str:
        if value.startswith(APPROXIMATE):
            if article not in written:
                written.update(_read_by_article(group_facts, {article}, _shares_written))
            return written.get(article, {}).get(value, readable_number(value))
        currencies = money[article].get(value, ()) if article in money else ()
        figure = readable_number(value, time_units(article) if value.endswith("h") else ())
        if value.isdigit() and len(value) == 4 and value not in group_years():
            figure = f"{int(value):,}"  # (as news writes it, and `figures_compared`: a year stays "2019")
        return readable_money(figure, next(iter(currencies))) if len(currencies) == 1 else figure

    years_read: list[frozenset[str]] = []  # (read once, when a figure of four digits is shown)

    def group_years() -> frozenset[str]:
        if not years_read:
            years_read.append(frozenset().union(*map(written_years, group_facts)))
        return years_read[0]

    def time_units(article: int) -> frozenset[str]:  # a duration shown in the units the article wrote
        mine = [f for f in group_facts if f.sentence.article == article]
        told = [duration_units(f.sentence.text, f.language) for f in mine]
        return frozenset().union(*told)

    found: list[tuple[str, dict[int, str]]] = []
    # a figure in another unit: "120 km/h" and "120 mph", "eight years" and "eight months", "eight
    # weeks" and "eight months"
    measures = _measures(sets, group_facts, money, measured)
    if measures:
        sets = _without_own_conversions(sets, group_facts, measured)
    timed = sum(1 for values in sets.values() if any(number_unit(v) == "h" for v in values))
    if measures or timed > 1:
        differing_units, apart = _units_apart(sets, measures, amount, time_units)
        if differing_units:
            found.append((REASON_UNITS, differing_units))
            sets = {a: {v for v in values if (a, v) not in apart} for a, values in sets.items()}
    # a range is one value, which a figure inside it keeps ("between 30 and 40" and "some 35")
    sets, differing_range = _ranges_compared(sets, group_facts, money, amount)
    if differing_range:
        found.append((REASON_RANGE, differing_range))
    if _all_alike(sets):  # (half the groups that give numbers: "14" and "14")
        return found + [(REASON_CURRENCY, d) for d in _currency_found(money, amount, group_facts, set())]
    years = group_years()
    by_kind = _by_kind(sets, lambda value: "year" if value in years else number_unit(value))
    # the amounts the figure lines show, which the currency line does not repeat
    listed: set[tuple[int, str]] = set()
    for kind in sorted(by_kind):
        sets = by_kind[kind]
        show: Callable[[int, str], str] = _with_unit(amount, measures) if kind == "" and measures else amount
        shown = show  # (as the disagreement shows them: with their bounds, below)
        differing = _disagreement(sets, show)
        if len(differing) > 2 and (rivals := _rivals_only(sets)) != sets:
            sets = rivals  # (of three articles or more: figures one of them tells apart)
            differing = _disagreement(sets, show)
        if (
            differing
            and kind in _COUNTED
            and (alike := _counting_alike_things(sets, group_facts, measured)) != sets
        ):
            sets = alike
            differing = _disagreement(sets, show)
        weighed_first = sets
        if differing and kind != "year":  # (the figures as written differ: are they one?)
            if kind == "h":
                sets, show = _in_months(sets, amount)
            elif kind == "" and measures:
                sets, show = _in_metric(sets, show, measures)
            if kind == "" and len(money) > 1:
                sets, show = _in_one_currency(sets, show, money)
            sets = _without_sums(sets, _read_parts(group_facts))
            sets = _with_temperatures(sets, _with_counterparts(sets, group_facts, money), measures)
            differing = _disagreement(sets, show)
            rough = _rough_by_article(group_facts, set(differing)) if differing else {}
            if differing and kind != "h":  # ("0.967h": a duration's digits are no rounding)
                sets, show = _rounded_alike(sets, show, rough, wholes_round=kind == "")
                differing = _disagreement(sets, show)
            # each article's own figure as written, not the one it was written as to be weighed
            # ("849 euros" weighed as another's "$899", "6.7-inch" as "17 cm")
            shown = show
            if differing and any(rough.values()):
                kept = _without_rough(sets, rough)
                if not _disagreement(kept, show) and not _pair_disagrees(sets, rough, show):
                    continue  # every bound or rounding agrees with a figure
                # an article whose every figure a bound kept still shows them, as bounds: a toll that
                # rose "at least 13 · at least 16 · 34" (its middle was left out)
                # and a figure a rounding left out is still shown where it stands against another
                # article's figure near it: "some 8,500 · some 9,500", not only "at least 140"
                sets = {
                    a: (kept[a] | _rivals_left_out(a, values, kept)) or values
                    for a, values in _without_agreeing(sets, kept, rough, show).items()
                }
                shown = partial(_bounded, rough, show)
                differing = _disagreement(sets, shown)
        if differing and (nearest := _nearest_counterparts(sets)) != sets:
            sets = nearest
            differing = _disagreement(sets, shown)
        if differing and kind in _COUNTED and sets != weighed_first:
            # weighed again: a figure kept above for a rival now left out meets only what it is not
            # ("a town of 12,000 people", kept for "9,000 people ordered out", against "31,000 acres";
            # "25 km" for a time "00.42" a rounding left out, against magnitudes "6.9 · 6.8")
            alike = _counting_alike_things(sets, group_facts, measured)
            if alike != sets:
                sets = alike
                differing = _disagreement(sets, shown)
        if differing:
            listed.update((a, show(a, v)) for a, v in _apart(sets))
        reason = _KIND_REASONS.get(kind, REASON_FIGURES)
        if shown is not show:  # (the figures shown with their bounds or roundings, `_bounded`)
            says = {(a, rough.get(a, {}).get(v)) for a, v in _apart(sets)}
            said = {word for _, word in says} - {None}
            everyone = {a for a, word in says if word is not None} == set(differing)  # (each side one)
            if said & _BOUNDS:
                reason = REASON_BOUNDS if everyone and said <= _BOUNDS else REASON_BOUND
            elif said:
                reason = REASON_ROUNDINGS if everyone else REASON_ROUNDED
        found.append((reason, differing))
    return found + [(REASON_CURRENCY, d) for d in _currency_found(money, amount, group_facts, listed)]


def _without_service_numbers(sets: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, set[str]]:
    """Each article's figures but those that number a flight or a train ("flight 9525":
    `codes.service_numbers`), which are set against each other as codes, as written."""
    coded: dict[int, set[str]] = defaultdict(set)
    for fact in group_facts:
        if fact.numbers and fact.sentence.article in sets:
            coded[fact.sentence.article] |= service_numbers(fact.sentence.text)
    if not any(coded.values()):
        return sets  # (most groups)
    return {a: values - coded.get(a, set()) for a, values in sets.items()}


def _all_alike(sets: dict[int, set[str]]) -> bool:
    """Whether every article that gives values gives the same ones: no kind of them disagrees
    (`_disagreement`), and `_number_disagreements` weighs none."""
    present = [values for values in sets.values() if values]
    return all(values == present[0] for values in present[1:])


_APART_THINGS = (
    frozenset(("people", "measure")),
    frozenset(("artefact", "measure")),
    *(frozenset(("magnitude", thing)) for thing in ("people", "persons", "artefact", "measure")),
    frozenset(("persons", "artefact")),
    frozenset((SHARE_CHANGE, SHARE_PART)),
)
"""Pairs of things a figure may tell of that are never one (`_thing_told`)."""
_TOLD_THINGS = compiled(
    r"(?i)\b(?:(?P<toll>death\s+toll|toll\s+of\s+(?:the\s+)?dead)\b(?:\s+[^\W\d][\w'’]*){0,15}?"
    r"\s+(?:to|of|at|is|was|stood\s+at|stands\s+at|reached)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?"
    r"(?P<dead>\d[\d,]*)\b"
    r"|(?P<scale>magnitude|magnitude\s+of)\s+(?:about\s+|around\s+)?(?P<size>\d+(?:\.\d+)?)\b"
    r"|\b(?P<sized>\d+(?:\.\d+)?)(?:[\s-]+|\s+in\s+)magnitude\b"
    r"|\b(?P<scaled>\d+(?:\.\d+)?)\s+on\s+the\s+richter\b)"
)
"""Figures whose words before tell what they count: a death toll's people ("the death toll has
risen to 140"), an earthquake's magnitude ("a magnitude 6.8 earthquake", "of magnitude 6.9", "a
7.1-magnitude quake", "measured 6.8 in magnitude", "5.4 on the Richter scale"): no magnitude is a
rival of a toll, a thing or a measure in a unit ("25 km") (`_counting_alike_things`)."""


def _counting_alike_things(
    sets: dict[int, set[str]], group_facts: list[Fact], measured: Callable[[Fact], dict[str, frozenset[str]]]
) -> dict[int, set[str]]:
    """Each article's figures but those that every figure another article gives (and it does not)
    tells of another thing (`_APART_THINGS`): "62 passengers" are no rival of "about 200 metres",
    nor "a premium of 27%" of "9% of the company" (`quantities.share_kinds`). What a figure tells
    of is read in every English article giving it; a figure whose words tell nothing, or words
    that may be one ("homes" and "households", "jobs" and "employees"), are weighed as before
    (`measured`: each fact's figures in a unit, `_measures_read`)."""
    values = {v for given in sets.values() for v in given}
    if len(values) > KINDS_WEIGHED:
        return sets
    things: dict[str, set[str]] = defaultdict(set)
    for fact in group_facts:
        if fact.language != "en" or values.isdisjoint(fact.numbers):
            continue
        for number, counted in counted_kinds(fact.sentence.text, fact.money).items():
            if number in values and (thing := _thing_told(counted[1])):
                things[number].add(thing)
                if PEOPLE in counted[1]:  # ("people", not "households": a home may be one)
                    things[number].add("persons")
        for number, kind in share_kinds(fact.sentence.text).items():
            if number in values:
                things[number].add(kind)
        for match in _TOLD_THINGS.finditer(fact.sentence.text):
            if (dead := match["dead"]) and (number := dead.replace(",", "")) in values:
                things[number] |= {"people", "persons"}
            elif (size := match["size"] or match["sized"] or match["scaled"]) in values:
                things[size].add("magnitude")
        for number, units in measured(fact).items():  # ("3,000 acres": {"u", "m"})
            if number in values and not units.isdisjoint(_TEMPERATURE_UNITS | _SPEC_UNITS):
                # ("27 degrees Fahrenheit warmer": no "warmer" thing; "a 5,000mAh battery" is a
                # charge, no battery counted)
                things[number] = {"measure"}
            elif number in values and number not in things:
                things[number].add("measure")
    if len(things) < 2:
        return sets  # (most groups: no two figures say what they tell of)

    def apart(v: str, w: str) -> bool:
        return any({x, y} in _APART_THINGS for x in things.get(v, ()) for y in things.get(w, ()))

    kept: dict[int, set[str]] = {}
    for article, given in sets.items():
        theirs = {w for b, other in sets.items() if b != article for w in other} - given
        kept[article] = {
            v for v in given if v not in things or not all(apart(v, w) for w in theirs) or not theirs
        }
    return kept


def _thing_told(kinds: frozenset[str]) -> str | None:
    """What the kinds of thing a figure counts (`similarity.counted_kinds`, WordNet's lexicographer
    letters) tell of, when they are plain: "people" ("passengers", "workers": "p" and no "u"; "a
    town of 12,000 people", `similarity.PEOPLE`), a "measure" ("metres", "tonnes": "u" and no "p"),
    an "artefact" ("buildings", "homes": "d" and neither "p" nor "u"), else None ("doses" are "d"
    and "u")."""
    if PEOPLE in kinds or ("p" in kinds and "u" not in kinds):
        return "people"
    if "d" in kinds and "u" not in kinds:
        return "artefact"
    if kinds == frozenset("u") or kinds == frozenset("hu"):
        return "measure"
    return None


def _rivals_only(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    """Each article's figures that another article's figure may be a rival report of: two figures
    are rivals when no article gives both, for one that gives both tells them apart ("closed at
    510p, below the 560p offer" beside "closed at 510p" and "will pay 560p": none disagrees). Of
    two articles, every figure one alone gives is a rival of each the other alone gives, as
    `_disagreement` weighs them; of three or more, a figure is weighed against each way of giving
    figures (the articles giving a figure, as bits), of which there are few."""
    givers: dict[str, int] = defaultdict(int)
    for bit, values in enumerate(sets.values()):
        for v in values:
            givers[v] |= 1 << bit
    ways = sorted(set(givers.values()), key=int.bit_count)
    rivalled = {way for way in ways if any(not way & other for other in ways)}
    return {a: {v for v in values if givers[v] in rivalled} for a, values in sets.items()}


def _nearest_counterparts(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    """Each article's figures in dispute (`_apart`) that an article giving fewer of them disputes: of
    an article giving more, those nearest in size to each of a fewer's ("58" against "33, 57, 79":
    only "57" is disputed; the others are details one article alone gives) and those another article
    gives too. An article giving no more figures in dispute than any other keeps them all."""
    apart = defaultdict(set)
    for article, value in _apart(sets):
        apart[article].add(value)
    if len(apart) < 2 or len({len(values) for values in apart.values()}) < 2:
        return sets  # (most disagreements: as many figures in dispute on each side)
    sizes = _sizes(sets)
    kept = {a: set(values) for a, values in sets.items()}
    # each way of giving them once (a group of a thousand outlets gives its figures a few ways)
    ways = {frozenset(values) for values in apart.values()}
    given = Counter(v for values in apart.values() for v in values)  # (by how many articles)
    dropped: dict[frozenset[str], set[str]] = {}
    for article, values in apart.items():
        way = frozenset(values)
        if way not in dropped:
            fewer = [theirs for theirs in ways if len(theirs) < len(values)]
            dropped[way] = set()
            if fewer and values <= sizes.keys() and all(sizes[v] > 0 for v in values):
                nearest = {
                    min(values, key=lambda v: (abs(math.log(sizes[v] / sizes[w])), v))
                    for theirs in fewer
                    for w in theirs
                    if w in sizes and sizes[w] > 0
                }
                if nearest:  # (a figure another article gives too stays)
                    dropped[way] = {v for v in values - nearest if given[v] == 1}
        kept[article] -= dropped[way]
    return kept


def _ranges_compared(
    sets: dict[int, set[str]],
    group_facts: list[Fact],
    money: dict[int, dict[str, set[str]]],
    show: Callable[[int, str], str],
) -> tuple[dict[int, set[str]], dict[int, str]]:
    """Each article's numbers but its ranges (`quantities.ranges_in`: "between 30 and 40") and the
    other articles' figures weighed against them, and the disagreement those figures make: a figure
    inside a range, or a bound or a rounding that reaches into it, agrees with it ("some 35"); one
    outside it that measures the same (within MEASURE_RATIO of it, no count against an amount)
    disagrees ("$2 million–$3 million · $5 million", where the two ends added up to the 5); two
    ranges agree when they overlap."""
    ranges: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for fact in group_facts:
        article = fact.sentence.article
        for low, high in (
            ranges_in(fact.sentence.text, fact.numbers, fact.language) if len(fact.numbers) > 1 else ()
        ):
            if low in sets.get(article, ()) and high in sets[article]:
                ranges[article].add((low, high))
    if not ranges:  # (most groups)
        return sets, {}
    rough = _rough_by_article(group_facts, set(sets))
    left = {a: values - {n for span in ranges.get(a, ()) for n in span} for a, values in sets.items()}
    counted: dict[int, dict[str, frozenset[str]]] | None = None
    weighed: set[tuple[int, str]] = set()
    differing: dict[int, list[str]] = defaultdict(list)
    for a, spans in sorted(ranges.items()):
        for low, high in sorted(spans):
            unit, bottom, top = number_unit(low), _range_end(low), _range_end(high)
            for b in sorted(sets):
                if b == a:
                    continue
                theirs = [(v, *_reach(v, rough[b].get(v))) for v in sorted(left[b]) if number_unit(v) == unit]
                theirs += [
                    (f"{x}\u2013{y}", _range_end(x), _range_end(y))
                    for x, y in sorted(ranges.get(b, ()))
                    if b > a and number_unit(x) == unit
                ]
                for value, start, end in theirs:
                    if end < bottom / MEASURE_RATIO or start > top * MEASURE_RATIO:
                        continue  # (it measures something else)
                    ends = value.split("\u2013")
                    if (low in money.get(a, ())) != (ends[0] in money.get(b, ())):
                        counted = counted if counted is not None else _counting_alike(group_facts)
                        if counted[a].get(low) or counted[b].get(ends[0]):
                            continue  # an amount and a count
                    weighed.add((b, value))
                    # an amount in whole units stands for its cents too: "$89 to $129" keeps $129.99
                    cents = (
                        CENTS_REACH
                        if low in money.get(a, ()) and bottom.is_integer() and top.is_integer()
                        else 0.0
                    )
                    if end < bottom - cents or start > top + cents:
                        differing[a].append(f"{show(a, low)}\u2013{show(a, high)}")
                        differing[b].append(
                            "\u2013".join(show(b, e) for e in ends)
                            if len(ends) > 1
                            else _bounded(rough, show, b, value)
                        )
    kept = {a: {v for v in values if (a, v) not in weighed} for a, values in left.items()}
    if len(differing) < 2:
        return kept, {}
    return kept, {a: ", ".join(dict.fromkeys(shown)) for a, shown in sorted(differing.items())}


def _range_end(number: str) -> float:
    """The size of a figure that ends a range ("40", "3%", "504h")."""
    return float(number.removesuffix(number_unit(number)))


def _reach(number: str, says: str | None) -> tuple[float, float]:
    """The sizes a figure given as a bound or a rounding (`says`) keeps, or the figure alone: "about
    35" 31.5 to 38.5, "more than 45" 45 to BOUND_REACH times it (`_kept_by`)."""
    size = _range_end(number.removeprefix(APPROXIMATE))
    if says == ">":
        return size, BOUND_REACH * size
    if says == "<":
        return size / BOUND_REACH, size
    if says == "≲":
        return size * (1 - NEARLY_RATIO), size
    if says == "~":
        return size * (1 - NEAR_NUMBER_RATIO / 2), size * (1 + NEAR_NUMBER_RATIO / 2)
    return size, size


def _scores_compared(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    """Each article's numbers, a score ("7-5", `quantities.numbers_in`) as one value when every article
    giving numbers gives a score ("6-4, 7-5" and "6-4 7-6" disagree on the second set), else as its
    two figures when another article gives as many figures it does not, as a score written otherwise
    does ("5-4" and "by 5 votes to 4", "7-2" and "6 votes to 3"), with the voters it counts when
    another article counts them ("7-2" and "seven of the nine judges": 7 and 9 agree); else it
    stays one value, no rival of a lone count ("drew 1-1" beside "two points clear")."""
    giving = [values for values in sets.values() if values]
    scoring = [any(number_unit(v) == SCORE for v in values) for values in giving]
    if not any(scoring) or all(scoring):
        return sets

    def split(article: int, value: str) -> tuple[str, ...]:
        parts = value.split(SCORE)
        mine = sets[article]
        told = (len(values - mine) for b, values in sets.items() if b != article)
        if max(told, default=0) < len(parts):
            return (value,)
        # a vote's voters, when another article counts them ("7-2" and "seven of the nine judges")
        total = str(sum(int(part) for part in parts)) if all(p.isdigit() for p in parts) else None
        theirs = {v for b, values in sets.items() if b != article for v in values}
        return (*parts, total) if total in theirs else tuple(parts)

    return {
        a: {part for v in values for part in (split(a, v) if number_unit(v) == SCORE else (v,))}
        for a, values in sets.items()
    }


def _with_counterparts(
    sets: dict[int, set[str]], group_facts: list[Fact], money: dict[int, dict[str, set[str]]]
) -> dict[int, set[str]]:
    """Each article's figures but those that no other article's figure comes within MEASURE_RATIO of:
    they measure something else, unless another article's figure counts the same thing ("killed 3
    people" and "killed 13 people": `_counting_alike`; a margin of two, "a majority of eight votes" of
    "89 votes to 81", is gone before: `_without_sums`). An amount of money and a count of things
    are never each other's ("2.4 million customers" and "a $4 million ransom"); a figure that names
    neither may be either ("save 300 million a year" beside "savings of €350m"). `money`: each
    article's amounts with their currencies."""
    sizes = _sizes(sets)
    if money:  # (most groups give no amount)
        return _with_counterparts_of_kind(sets, sizes, group_facts, money)
    # the sizes the articles give, each with the articles giving it, in order of size: another
    # article's comparable figure is found by bisecting rather than by weighing each (a group of
    # a thousand articles took seconds)
    giving: dict[float, set[int]] = defaultdict(set)
    for article, values in sets.items():
        for v in values & sizes.keys():
            giving[sizes[v]].add(article)
    ordered = sorted(giving)
    counted: dict[int, dict[str, frozenset[str]]] | None = None  # (read only when needed)
    articles_counting: Counter[str] | None = None  # each word the figures count, by how many articles
    kept: dict[int, set[str]] = {}
    for article, values in sets.items():
        kept[article] = set()
        for v in values:
            if v in sizes and not _another_comparable(sizes[v], article, ordered, giving):
                if counted is None or articles_counting is None:
                    counted = _counting_alike(group_facts)
                    articles_counting = Counter(
                        w for b, theirs in sets.items() for w in _words_counted(theirs, sizes, counted[b])
                    )
                # (each of its words is one its own article counts: once in the count)
                if all(articles_counting[w] == 1 for w in counted[article].get(v, ())):
                    continue  # no other article counts one of its words
            kept[article].add(v)
    return kept


def _words_counted(values: set[str], sizes: dict[str, float], counted: dict[str, frozenset[str]]) -> set[str]:
    """The words an article's figures (`values`) that have a size count (`counted`: the words of each
    of the article's figures, `_counting_alike`)."""
    return {w for n in values if n in sizes for w in counted.get(n, ())}


def _another_comparable(
    size: float, article: int, ordered: list[float], giving: dict[float, set[int]]
) -> bool:
    """Whether another article than `article` gives a figure `_comparable` with `size`: a size within
    MEASURE_RATIO of it or of 0 or less, or any when `size` is 0 or less (`ordered`: the sizes given,
    ascending; `giving`: the articles that give each)."""
    if size <= 0:
        found = ordered
    else:  # the sizes within the ratio (a hair wider, which `_comparable` then weighs as floats do),
        # and every size of 0 or less, whose ratio tells nothing
        low = bisect_left(ordered, size / MEASURE_RATIO * (1 - _HAIR))
        high = bisect_right(ordered, size * MEASURE_RATIO * (1 + _HAIR))
        found = [f for f in ordered[low:high] if _comparable(size, f)] + ordered[: bisect_right(ordered, 0.0)]
    return any(len(giving[f]) > 1 or article not in giving[f] for f in found)


def _with_counterparts_of_kind(
    sets: dict[int, set[str]],
    sizes: dict[str, float],
    group_facts: list[Fact],
    money: dict[int, dict[str, set[str]]],
) -> dict[int, set[str]]:
    """`_with_counterparts` of a group that gives amounts of money, each figure weighed against each
    other article's figure (an amount and a count are never each other's: `_measure`)."""
    counted: dict[int, dict[str, frozenset[str]]] | None = None  # (read only when needed)
    kept: dict[int, set[str]] = {}
    for article, values in sets.items():
        theirs = [(b, n) for b, ns in sets.items() if b != article for n in ns if n in sizes]
        kept[article] = set()
        for v in values:
            if v not in sizes:
                kept[article].add(v)
                continue
            alike = theirs
            if article in money or any(b in money for b, _ in theirs):  # (most give none)
                counted = counted if counted is not None else _counting_alike(group_facts)
                mine = _measure(article, v, money, counted)
                alike = [(b, n) for b, n in theirs if {mine, _measure(b, n, money, counted)} != _APART]
            others = [sizes[n] for _, n in alike]
            if not any(_comparable(sizes[v], size) for size in others):
                counted = counted if counted is not None else _counting_alike(group_facts)
                words = {w for b, n in alike for w in counted[b].get(n, ())}
                if words.isdisjoint(counted[article].get(v, ())):
                    continue
            kept[article].add(v)
    return kept


def _measure(
    article: int,
    number: str,
    money: dict[int, dict[str, set[str]]],
    counted: dict[int, dict[str, frozenset[str]]],
) -> str | None:
    """What an article's figure measures, when it says: "money" (it gives a currency), "count" (a
    word follows it that it counts: "2.4 million customers"), else None."""
    if article in money and number in money[article]:
        return "money"
    return "count" if counted[article].get(number) else None


def _read_parts(group_facts: list[Fact]) -> dict[int, set[str]]:
    """Per article, the figures its facts in the group name as a part of another (`parts_named`)."""
    found: dict[int, set[str]] = defaultdict(set)
    for fact in group_facts:
        if named := parts_named(fact.sentence.text, fact.language):
            found[fact.sentence.article].update(named)
    return found


def _without_sums(
    sets: dict[int, set[str]], parts: Mapping[int, set[str]] | None = None
) -> dict[int, set[str]]:
    """Each article's figures but a figure that two of another article's add up to or differ by, and
    those two: "all 190 people on board" are "184 passengers and six crew", "a majority of 12" is
    what "31 votes to 19" leaves, and neither is a disagreement. Not two of which the figure's own
    article gives one: "killed 4, injured 3" against "killed 7, injured 3" disagrees on the dead,
    "3-1" against "2-1" on the score; nor two of an article that gives no more figures than the
    figure's: a total stands for its parts, where "killed 2, injured 14" against "killed 3, injured
    12" tells the same two figures otherwise. Nor the sum of a figure and one its article names as a
    part of another (`parts`, `quantities.parts_named`): "38 fighters, including two commanders" are
    38, not 40. Figures add up on their digits (`_exact_sizes`)."""
    sizes = _exact_sizes(sets)
    # each pair of an article of few figures by what it adds up to and differs by (worked out once an
    # article, where weighing each article against each other cost seconds in a group of a thousand);
    # an article of many figures looks up, for each figure of another, the pairs it holds of it (a
    # sentence of a thousand amounts held half a million pairs: 0.6 s of a compare)
    made: dict[Decimal, list[tuple[int, str, str]]] = defaultdict(list)
    many: dict[int, _ManyFigures] = {}
    for other, given in sets.items():
        figures = sorted(given & sizes.keys())
        if len(figures) > PAIRS_WORKED_OUT:
            many[other] = _ManyFigures(figures, sizes)
            continue
        within = parts.get(other, ()) if parts else ()
        for a, b in combinations(figures, 2):
            if a not in within and b not in within:  # (a part is within its whole, not beside it)
                made[EXACT.add(sizes[a], sizes[b])].append((other, a, b))
            made[EXACT.abs(EXACT.subtract(sizes[a], sizes[b]))].append((other, a, b))
    answered: set[tuple[int, str]] = set()
    totals: dict[int, list[Decimal]] = defaultdict(list)  # per article, the sizes two of another's make
    for article, values in sets.items():
        # only an article of more figures sums this one's up: two that give as many tell them one by
        # one ("killed 2, injured 14" against "killed 3, injured 12", though 14 - 2 is 12)
        larger = {other for other, given in sets.items() if len(given) > len(values)}
        for v in sorted(values & sizes.keys()) if larger else ():
            found = False
            for other, a, b in made.get(sizes[v], ()):
                if other in larger and a not in values and b not in values:
                    answered.update(((article, v), (other, a), (other, b)))
                    found = True
            for other, theirs in many.items():
                if other in larger and (pair := theirs.pair_making(sizes[v], values)) is not None:
                    answered.update(((article, v), (other, pair[0]), (other, pair[1])))
                    found = True
                    break  # (the next loop finds the other pairs)
            if found:
                totals[article].append(sizes[v])
    # a figure of an article of many that no pair found yet may be in another pair making a total
    for other, theirs in many.items() if totals else ():
        for a in theirs.figures:
            for article, sums in totals.items() if (other, a) not in answered else ():
                values = sets[article]
                if len(sets[other]) <= len(values) or a in values:
                    continue  # (only an article of more figures sums another's up)
                if mate := theirs.partner_of(a, sums, values):
                    answered.update(((other, a), (other, mate)))
                    break
    if not answered:
        return sets
    return {a: {v for v in values if (a, v) not in answered} for a, values in sets.items()}


PAIRS_WORKED_OUT = 32
"""The figures of an article up to which `_without_sums` works out what each pair of them adds up to
and differs by (496 pairs); of more, it looks up the pairs that make each total (`_ManyFigures`)."""


class _ManyFigures:
    """The figures of an article of many, for `_without_sums` to find two that make a total: what
    each figure would need of another is looked up among the sizes there are (in C, by `filter` and
    `map`: a sentence of a thousand amounts is weighed against a total in ~0.1 ms, and a list that
    adds up stops at the first pair). Sizes are counted in whole units of their last decimal, as
    ints: exact, and several times faster than Decimals. (Whether some two figures of a list make a
    third is 3SUM: where none does, each total is still weighed against each figure.)"""

    def __init__(self, figures: list[str], sizes: dict[str, Decimal]) -> None:
        self.figures = figures
        self.places = max(0, *(-int(sizes[v].as_tuple().exponent) for v in figures))
        self.sizes = {v: int(sizes[v].scaleb(self.places, EXACT)) for v in figures}
        self.by_size: dict[int, list[str]] = defaultdict(list)
        for v in figures:
            self.by_size[self.sizes[v]].append(v)
        self.distinct = list(self.by_size)

    def _counted(self, total: Decimal) -> int | None:
        """`total` in the units the figures are counted in; None if it has more decimals than any of
        them, so that no two of them make it."""
        scaled = total.scaleb(self.places, EXACT)
        return int(scaled) if scaled == scaled.to_integral_value() else None

    def pair_making(self, total: Decimal, mine: set[str]) -> tuple[str, str] | None:
        """Two of the figures, neither in `mine`, that add up to `total` or differ by it; None if none."""
        counted = self._counted(total)
        if counted is None:
            return None
        there, sizes = self.by_size.__contains__, self.distinct
        # the sizes b for which some a makes a + b = total, and those for which a - b = total
        for found, other_of in (
            (filter(there, map(operator.sub, repeat(counted), sizes)), partial(operator.sub, counted)),
            (filter(there, map(operator.sub, sizes, repeat(counted))), partial(operator.add, counted)),
        ):
            for size in found:
                for a in self.by_size[other_of(size)]:
                    for b in self.by_size[size]:
                        if a != b and a not in mine and b not in mine:
                            return (a, b) if a < b else (b, a)
        return None

    def partner_of(self, a: str, totals: list[Decimal], mine: set[str]) -> str | None:
        """The figure, other than `a` and not in `mine`, that makes one of `totals` (another
        article's, by size) with `a`; None if none."""
        part = self.sizes[a]
        for total in totals:
            counted = self._counted(total)
            if counted is None:
                continue
            for wanted in (counted - part, part - counted, part + counted):
                for b in self.by_size.get(wanted, ()):
                    if b != a and b not in mine:
                        return b
        return None


def _exact_sizes(sets: dict[int, set[str]]) -> dict[str, Decimal]:
    """Every article's figures that have a size (`_size`), each on its digits: 12345678901234567000
    and 800 make 12345678901234567800, where as floats they made 12345678901234567891 too; and 0.1
    and 0.2 make 0.3, which floats made by rounding."""
    return {v: _exact_size(v) for values in sets.values() for v in values if _size(v) is not None}


def _exact_size(number: str) -> Decimal:
    """A figure's size on its digits, as `_size` gives it as a float."""
    unit = number_unit(number)
    return Decimal((number[: -len(unit)] if unit else number).removeprefix(APPROXIMATE))


def _counting_alike(group_facts: list[Fact]) -> dict[int, dict[str, frozenset[str]]]:
    """Per article, the words its figures count (`quantities.counted_words`), but for stop words:
    "3 of them" and "13 of the climbers" count no one thing."""
    counted: dict[int, dict[str, frozenset[str]]] = defaultdict(dict)
    for fact in group_facts:
        stop = stop_words(fact.language)
        for number, words in counted_words(fact.sentence.text, fact.language).items():
            mine = counted[fact.sentence.article]
            # one or many alike: "1 person" and "5 people" count one thing
            mine[number] = mine.get(number, frozenset()) | {singular(w) for w in words - stop}
    return counted


def _rounded_alike(
    sets: dict[int, set[str]],
    show: Callable[[int, str], str],
    rough: dict[int, dict[str, str]],
    wholes_round: bool = False,
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Figures as another article writes them with fewer digits, when they round to it (ROUNDED_RATIO):
    "14.8%" is "15%", "€1.18 billion" is "€1.2 billion"; "820" is not "800", nor "1.8 million" "2
    million". Neither may be a bound ("more than 15%"), which `_without_rough` weighs. A whole figure
    under a million is written to its last digit, unless `wholes_round` (counts and measures, not
    years) and it is written to ROUND_WHOLE_STEP or beyond: "31,000 acres" rounds "30,640 acres"."""
    plain = {
        (article, v): size
        for article, values in sets.items()
        for v in values
        if v not in rough[article] and (size := _size(v)) is not None
    }
    whole = [size for size in plain.values() if size.is_integer() and size < 1e6]
    if len(plain) < 2 or (
        len(whole) == len(plain)
        and not (wholes_round and any(_whole_step(size) >= ROUND_WHOLE_STEP for size in whole))
    ):
        return sets, show  # (whole counts: written to the last digit, they round to none but their own)

    def step(figure: str, size: float) -> float:
        if size.is_integer() and size < 1e6:
            return _whole_step(size) if wholes_round else 1.0
        return _written_step(figure)

    # each figure's unit and half step worked out once, in order: `rounded` is asked of every figure
    figures = [
        (other, figure, to, number_unit(figure), step(figure, to) / 2)
        for (other, figure), to in sorted(plain.items())
    ]

    def rounded(article: int, value: str) -> str | None:
        if (article, value) not in plain:
            return None
        size, unit = plain[article, value], number_unit(value)
        # (a whole figure rounds only to one written to ROUND_WHOLE_DIGITS more of its last places)
        whole = wholes_round and size.is_integer() and size < 1e6
        finest = step(value, size) * 10**ROUND_WHOLE_DIGITS / 2 if whole else 0.0
        for other, figure, to, its_unit, half_step in figures:
            if other != article and figure != value and its_unit == unit and half_step >= finest:
                gap = abs(size - to)
                if max(size, to) >= FLOAT_INTEGERS:  # (two figures of 17 digits may be one float)
                    gap = float(EXACT.abs(EXACT.subtract(_exact_size(value), _exact_size(figure))))
                if gap < half_step and gap <= ROUNDED_RATIO * to:
                    return figure
        return None

    return _written_as(sets, show, rounded)


ROUND_WHOLE_STEP = 1000
"""The place a whole figure under a million is written to, by its trailing zeros, from which on it
may be a rounding of another article's figure (`_rounded_alike`): "31,000 acres" of "30,640 acres";
"800 km" is no rounding of "820km"."""
ROUND_WHOLE_DIGITS = 2
"""How many more places a whole figure that rounds another is written to: "31,000" (to the thousand)
rounds "30,640" (to the ten), not "12,000" "12,400" (to the hundred: two roundings that differ)."""


def _whole_step(size: float) -> float:
    """The place a whole figure is written to, by its trailing zeros: 1,000 for 31,000, 10 for 820,
    1 for 9,481."""
    step = 1
    while size and size % (step * 10) == 0:
        step *= 10
    return float(step)


SCALED_DECIMALS = 6
"""Decimals of its millions, billions or trillions up to which a figure's trailing zeros make it a
rounding (`_written_step`: "12,345,000" is 12.345 million, written to the thousand)."""
FLOAT_INTEGERS = 2**52
"""Whole sizes under this are told apart as floats; from it on two figures may be one float
("12345678901234567891" and "12345678901234567890"), and are weighed on their digits."""


def _written_step(figure: str) -> float:
    """The place of the last digit a figure is written with: 1 for "15%" or "820", 0.1 for "14.8%",
    0.1 billion for "€1.2 billion" (as `readable_number` writes it: in millions and beyond, with up
    to two decimals), 1,000 for "12,345,000"; a figure of more than SCALED_DECIMALS decimals of its
    scale is written to its last digit: 1 for "12345678901234567890" (its decimals of trillions cut
    to six made it 1 million, so that a figure 400,000 away rounded to it)."""
    unit = number_unit(figure)
    digits = (figure[: -len(unit)] if unit else figure).removeprefix(APPROXIMATE)
    whole, _, fraction = digits.partition(".")
    if not (whole.isdigit() and (fraction.isdigit() or not fraction)) or whole[:1] == "0" != whole:
        return _written_step_of(_exact_size(figure))  # ("1e-05", of "%g")
    fraction = fraction.rstrip("0")
    # the power of ten of its scale (millions and beyond), and its decimals of that scale
    power = next((p for p in (12, 9, 6) if len(whole) > p), 0)
    decimals = len(fraction) + power if fraction else max(0, power - (len(whole) - len(whole.rstrip("0"))))
    if decimals > SCALED_DECIMALS:
        power, decimals = 0, len(fraction)
    return 10.0 ** (power - decimals)


def _written_step_of(size: Decimal) -> float:
    """`_written_step` of a figure's size, from its digits."""
    scale = next((s for s in (10**12, 10**9, 10**6) if size >= s), 1)
    decimals = max(0, -int(EXACT.divide(size, scale).normalize(EXACT).as_tuple().exponent))
    if decimals > SCALED_DECIMALS:
        scale, decimals = 1, max(0, -int(size.normalize(EXACT).as_tuple().exponent))
    return float(Decimal(scale).scaleb(-decimals))


def _shares_written(fact: Fact) -> dict[str, str]:
    """A fact's shares in words as its sentence writes them (`quantities.shares_written`), for a
    conflict to show them so: "a third", "knapp zwei Drittel"."""
    return shares_written(fact.sentence.text, fact.language)


def _bounded(
    rough: dict[int, dict[str, str]], show: Callable[[int, str], str], article: int, value: str
) -> str:
    """A number as a conflict shows it (`show`), with its bound or rounding (`rough`) when the
    article gives one: "at least 13"."""
    says = rough[article].get(value)
    if not says or value.startswith(APPROXIMATE):  # (a share in words is shown with its own words)
        return show(article, value)
    return f"{BOUND_WORDS[says]} {show(article, value)}"


def _rivals_left_out(article: int, values: set[str], kept: dict[int, set[str]]) -> set[str]:
    """Those of an article's figures (`values`) that `_without_rough` left out (`kept`: what it kept)
    that lie within NEAR_NUMBER_RATIO of a figure another article kept and this one does not give:
    the figure that article disputes ("some 8,500" against another's "some 9,500")."""
    left_out = values - kept[article]
    if not left_out:
        return set()
    theirs = [size for b, given in kept.items() if b != article for v in given - values if (size := _size(v))]
    return {
        v
        for v in left_out
        if (size := _size(v))
        and size > 0
        and any(abs(t - size) <= NEAR_NUMBER_RATIO * max(t, size) for t in theirs)
    }


def _without_rough(sets: dict[int, set[str]], rough: dict[int, dict[str, str]]) -> dict[int, set[str]]:
    """Each article's numbers but those it gives as a bound or a rounding (`rough`) that a number of
    another article keeps: 212 and 310 keep "more than 200", 50 minutes "under an hour", 52 minutes
    "about 50" (half NEAR_NUMBER_RATIO either way); 14 ships do not keep "at least 17", nor 1,200
    "about 1,500". A figure that keeps the nearest of another article's figures goes too: "18,204
    votes" is what "some 18,000 votes" says, and the other article's "15,900" counts someone else's
    (but "212" still meets "214" beside "more than 200")."""
    sizes = {v: size for values in sets.values() for v in values if (size := _bound_size(v)) is not None}
    # every article's sized numbers, each with what that article says of it; and those of the articles
    # that give a bound or a rounding, the only ones whose nearest figure can be kept (`_answers`)
    everyone = [
        (other, sizes[v], rough.get(other, {}).get(v))
        for other, theirs in sets.items()
        for v in theirs
        if v in sizes
    ]
    loose = {
        other: near
        for other, theirs in sets.items()
        if rough.get(other) and (near := [n for n in theirs if n in sizes and sizes[n] > 0])
    }
    # the sizes of their bounds and roundings, each with its article, ascending: a figure can keep
    # only those within KEPT_REACH of it, found by bisecting (each article weighed against each other
    # took seconds in a group of a thousand)
    reach = sorted((sizes[n], other) for other, near in loose.items() for n in near if n in rough[other])
    kept: dict[int, set[str]] = {}
    answered: set[tuple[int, str]] = set()
    for article, values in sets.items():
        says_of = rough.get(article, {})
        kept[article] = {
            v
            for v in values
            if v not in sizes
            or (says := says_of.get(v)) is None
            or not any(
                _keeps(says, v, sizes[v], other)
                for at, other, theirs in everyone
                if at != article and (says == "~" or theirs not in _BOUNDS or number_unit(v) not in _COUNTED)
            )
        }
        answered.update(
            (article, v)
            for v in values
            if v in sizes and v not in says_of and _answers(sizes[v], sizes, loose, rough, article, reach)
        )
    return {a: {v for v in values if (a, v) not in answered} for a, values in kept.items()}


def _bound_size(number: str) -> float | None:
    """A number's size as a bound or a rounding weighs it (`quantity`), a time taken's too: "more
    than a minute" keeps "75 seconds" (two runners' times are no close figures, but one is within a
    bound or not)."""
    if (size := quantity(number, False)) is not None:
        return size[1]
    if number_unit(number) == "h":
        return _size(number)
    # a whole number under ten, no close figure by chance ("3 crew", "4 ships"), is still what a
    # bound says: "more than four years" keeps five, "at least 5 dead" not three
    small = _size(number) if not number_unit(number) else None
    return small if small is not None and 0 <= small < 10 else None


def _answers(
    size: float,
    sizes: dict[str, float],
    loose: dict[int, list[str]],
    rough: dict[int, dict[str, str]],
    article: int,
    reach: list[tuple[float, int]],
) -> bool:
    """Whether a figure of this size keeps the bound or rounding that is the nearest of another
    article's figures to it (`_without_rough`); `loose`: the figures above zero of each article
    that gives a bound or a rounding; `reach`: the sizes of those bounds and roundings, ascending,
    each with its article."""
    if size <= 0:
        return False
    low = bisect_left(reach, (size / KEPT_REACH * (1 - _HAIR),))
    high = bisect_right(reach, (size * KEPT_REACH * (1 + _HAIR), math.inf))
    for other in dict.fromkeys(other for _, other in reach[low:high]):
        if other == article:
            continue
        near = loose[other]
        nearest = min(near, key=lambda n: (abs(math.log(sizes[n] / size)), n))
        says = rough[other].get(nearest)
        if says is not None and _keeps(says, nearest, sizes[nearest], size):
            return True
    return False


def _without_agreeing(
    sets: dict[int, set[str]],
    kept: dict[int, set[str]],
    rough: dict[int, dict[str, str]],
    show: Callable[[int, str], str],
) -> dict[int, set[str]]:
    """The articles' numbers without those of an article that agrees with every other article: each
    of its figures a bound or a rounding another's keeps (`kept` holds none of them), and no other
    article it disagrees with once they are left out (`_without_rough` of the two). "About seven in
    ten" beside 71.3% and 68.1% fits both, and is no side of their conflict; "at least 13" beside
    "at least 16" and 34 stays. Of three articles or more only (of two, one that agrees with the
    other leaves no conflict); articles of one set of numbers in the same words are weighed once."""
    giving = {a for a, values in sets.items() if values}
    if len(giving) < 3 or all(kept[a] for a in giving):
        return sets  # (most conflicts: every article keeps a figure of its own)

    def said(article: int) -> frozenset[tuple[str, str | None]]:
        return frozenset((v, rough.get(article, {}).get(v)) for v in sets[article])

    firsts: dict[frozenset[tuple[str, str | None]], int] = {}
    for article in sorted(giving):
        firsts.setdefault(said(article), article)

    def fits_all(first: int) -> bool:
        pairs = ({first: sets[first], other: sets[other]} for other in firsts.values() if other != first)
        return not any(_disagreement(_without_rough(pair, rough), show) for pair in pairs)

    agreeing = {firsts[said(a)] for a in giving if not kept[a]}
    agreeing = {first for first in agreeing if fits_all(first)}
    if not agreeing:
        return sets
    return {a: set() if a in giving and firsts[said(a)] in agreeing else values for a, values in sets.items()}


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
