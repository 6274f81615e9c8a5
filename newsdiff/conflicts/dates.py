"""Date conflicts: weekdays, days of months, clock times and parts of a day, by kind
(`_date_disagreements`); in UTC when every article gives a zone, a loose time agreeing with a
clock time, a night joining the two days it spans; in English only dates of one deed
(`_dated_deeds`); halves and quarters of a year (`_year_parts_apart`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations, product

from newsdiff.conflicts._common import (
    _IRREGULAR_PAST,
    _apart,
    _by_kind,
    _disagreement,
    _giving,
    _read_by_article,
)
from newsdiff.conflicts.figures import _written_as
from newsdiff.lexicon import STOPWORDS, synonym_groups
from newsdiff.model import Fact, readable_date
from newsdiff.patterns import compiled
from newsdiff.quantities import (
    MONTHS,
    NIGHT_ENDS_DAY,
    NIGHT_STARTS_DAY,
    WEEKDAYS,
    clock_zones,
    nights_told,
    rough_times,
    unplaced_times,
    utc_dates,
    year_parts,
    year_parts_meet,
    zone_offsets,
)
from newsdiff.segment import ATTRIBUTION_VERBS, verb_stem

ROUGH_TIME_MINUTES = 30
"""How far "shortly before" or "soon after" a clock time reaches; "around" half as far either way."""
MINUTES_A_DAY = 24 * 60
"""Clock times compared as moments wrap around midnight: "11 p.m. EST" is 04:00 GMT."""


def _date_disagreements(
    sets: dict[int, set[str]], group_facts: list[Fact], dated: Mapping[int, str] | None = None
) -> list[dict[int, str]]:
    """`_disagreement` of dates, one for each kind: weekdays, days of months, clock times. A weekday
    beside a day of a month is no disagreement ("on Tuesday" and "on June 9" may be one day), and a
    month alone agrees with a day of it ("in June", "on June 9"); clock times that every article
    writes with a time zone are compared as moments ("10 a.m. EST" is "15:00 GMT", `_zoned_times`),
    those with none as written, one kind never against the other (`_zoned_apart`). Shown as news
    writes them: "Tuesday", "June 9", "15:00"."""
    if not any(sets.values()):
        return []  # (most groups: no article gives a date)
    relative = _relative_days(group_facts, dated) if dated else {}
    if sum(1 for a, values in sets.items() if values or a in relative) < 2:
        return []  # (most groups: one article or none gives a date)
    if not _apart(sets):
        # (most others: every article gives the same dates, which no kind reads otherwise, but for
        # the part of the day each gives: "on Tuesday morning", "on Tuesday night")
        parts = _parts_of_a_day_apart(sets, group_facts)
        if not parts and relative:
            parts = _calendar_days_apart(sets, group_facts, dated or {}, relative)
        return [parts] if parts else []
    sets = _without_other_deeds(sets, group_facts)
    by_kind = _by_kind(
        sets, lambda value: "weekday" if value in WEEKDAYS else "time" if ":" in value else "day"
    )
    figure_months: dict[int, str] = {}
    if "day" in by_kind:
        days = by_kind["day"]
        months = {a: {v.partition(" ")[0] for v in values if " " in v} for a, values in days.items()}
        for article, values in days.items():
            theirs = set().union(*(m for other, m in months.items() if other != article))
            days[article] = {v for v in values if " " in v or v not in theirs}
        if _disagreement(days):
            by_kind["day"], figure_months = _months_of_figures(days, group_facts, dated or {})
    shows: dict[str, Callable[[int, str], str]] = {}
    if "weekday" in by_kind and _disagreement(by_kind["weekday"]):
        by_kind["weekday"], by_kind["weekday ending"] = _span_ends_apart(by_kind["weekday"], group_facts)
        by_kind["weekday"], shows["weekday"] = _across_zones(by_kind["weekday"], group_facts)
        if _disagreement(by_kind["weekday"]):
            by_kind["weekday"], shows["weekday"] = _local_days(
                by_kind["weekday"], group_facts, shows["weekday"]
            )
        if _disagreement(by_kind["weekday"]):
            by_kind["weekday"], shows["weekday"] = _across_a_night(by_kind["weekday"], group_facts)
    found = [
        _disagreement(by_kind[kind], shows.get(kind, _readable_date))
        for kind in sorted(by_kind)
        if kind != "time"
    ]
    found.append(figure_months)
    if "time" in by_kind and _disagreement(by_kind["time"]):
        zoned, local = _zoned_apart(by_kind["time"], group_facts)
        found.append(_zoned_times(zoned, group_facts, dated or {}))
        # local clocks, compared as written, a loose one with room
        times = _in_either_half_of_day(local, group_facts)
        found.append(_disagreement(_without_rough_times(times, group_facts)))
    if dated and not any(found):
        # a weekday or "yesterday" against a day of a month, each read on its article's date
        found.append(_calendar_days_apart(sets, group_facts, dated, relative))
    return found


def _year_parts_apart(by_article: dict[int, list[Fact]]) -> dict[int, str]:
    """Per article, the halves and quarters of a year it names (`quantities.year_parts`), when two
    articles name only parts that share no month ("the first half of 2027", "H2 2027"); none when
    one part lies within another ("Q1", "the first half") or an article names none."""
    parts = {
        a: found
        for a, facts in by_article.items()
        if (found := {k: v for f in facts for k, v in year_parts(f.sentence.text).items()})
    }
    if len(parts) < 2:
        return {}  # (most groups: no article names a half or a quarter)
    if not any(
        not any(year_parts_meet(x, y) for x in mine for y in theirs)
        for (a, mine), (b, theirs) in product(parts.items(), parts.items())
        if a < b
    ):
        return {}
    return {a: ", ".join(dict.fromkeys(found.values())) for a, found in parts.items()}


def _zoned_apart(
    times: dict[int, set[str]], group_facts: list[Fact]
) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Each article's clock times split in two: those written with a zone of a known offset
    (`quantities.clock_zones`: "12:00 GMT", "2 p.m. Paris time"), and the others, the local time of
    a place the story may not name ("at noon"), which are neither set against a zoned time nor
    converted."""
    zones = _read_by_article(group_facts, _giving(times), lambda f: clock_zones(f.sentence.text))
    known = {
        a: {v for v in values if zone_offsets(zones[a].get(v, "")) is not None} for a, values in times.items()
    }
    return known, {a: values - known[a] for a, values in times.items()}


_PART_OF_A_WEEKDAY = compiled(
    r"(?i)\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?P<part>morning|afternoon|evening|night)\b"
)
"""A weekday with the part of it a sentence tells ("on Tuesday morning")."""
PARTS_OF_A_DAY_APART = frozenset(
    frozenset(pair) for pair in (("morning", "evening"), ("morning", "night"), ("afternoon", "night"))
)
"""Parts of one day that do not meet ("morning" and "night"); "evening" and "night", "morning" and
"afternoon" may be told of one hour."""


def _parts_of_a_day_apart(sets: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, str]:
    """Per article, the weekday and the part of it it tells, when two articles give one weekday
    only in parts of it that do not meet (PARTS_OF_A_DAY_APART: "on Tuesday morning", "on Tuesday
    night"); none when an article gives the day with no part, or parts that may meet. In English."""
    told: dict[int, dict[str, set[str]]] = {}
    for fact in group_facts:
        article = fact.sentence.article
        if fact.language != "en" or article not in sets or "day" not in fact.sentence.text:
            continue
        for match in _PART_OF_A_WEEKDAY.finditer(fact.sentence.text):
            day = match["day"].casefold()
            if day in sets[article]:
                told.setdefault(article, {}).setdefault(day, set()).add(match["part"].casefold())
    if len(told) < 2:
        return {}  # (most groups)
    for day in WEEKDAYS:
        parts = {a: days[day] for a, days in told.items() if day in days}
        if len(parts) < 2 or any(day in sets[a] and a not in parts for a in sets):
            continue
        if all(
            frozenset((x, y)) in PARTS_OF_A_DAY_APART
            for (a, mine), (b, theirs) in product(parts.items(), parts.items())
            if a < b
            for x in mine
            for y in theirs
        ):
            return {
                a: ", ".join(f"{_readable_date(a, day)} {part}" for part in sorted(p))
                for a, p in parts.items()
            }
    return {}


def _without_other_deeds(sets: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, set[str]]:
    """Each article's weekdays and months but those of a deed another article tells with no date,
    giving no date of a deed like it: "speaking on Tuesday 18 February" beside "announced a public
    inquiry, which will begin hearing evidence in September" (the speech is told there, undated);
    "broke out on 9 March and was brought under control on Wednesday" beside "broke out three days
    ago and was brought under control on 12 March" (9 March dates the outbreak alone). A date's deed
    is the noun it names ("the October letter"), else the nearest verb before it in its clause,
    else after it (`_dated_deeds`); deeds are alike when of one stem, synonyms
    (`lexicon.synonym_groups`) or two statements ("said", "speaking"). Dates of deeds that tell
    nothing either way are compared as they were: the group tells one deed ("ruled on Tuesday" and
    "struck down the ban on Wednesday"). English sentences only."""
    if not any(f.language == "en" for f in group_facts):
        return sets
    dated: dict[int, dict[str, set[tuple[str, bool]]]] = defaultdict(lambda: defaultdict(set))
    undated: dict[int, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for fact in group_facts:
        if fact.language == "en":
            deeds, verbs, words = _dated_deeds(fact.sentence.text)
            for name, told in deeds.items():
                dated[fact.sentence.article][name] |= told
            undated[fact.sentence.article][0].update(verbs)
            undated[fact.sentence.article][1].update(words)
    # the day of a closing price is compared only with another's (a premium "to Friday's closing
    # price" beside "announced on Monday")
    closes = {a for a, days in dated.items() if any((_PRICE_CLOSE, False) in told for told in days.values())}
    kept = {}
    for article, values in sets.items():
        others = [other for other in sets if other != article and sets[other]]
        kept[article] = {
            value
            for value in values
            if not (mine := dated[article].get(value.partition(" ")[0]))
            or (_stems(mine) == {_PRICE_CLOSE} and closes - {article})
            or (
                _stems(mine) != {_PRICE_CLOSE}
                and not any(
                    _told_undated(mine, *undated[other])
                    and not any(
                        _a_like_deed(_stems(mine), _stems(theirs)) for theirs in dated[other].values()
                    )
                    for other in others
                )
            )
        }
    return kept


def _told_undated(deeds: Collection[tuple[str, bool]], verbs: set[str], others: set[str]) -> bool:
    """Whether a sentence tells one of a date's `deeds` (stems, each a verb's or not) with no date:
    among its `verbs` a verb's deed or one like it ("announced" for "speaking"), among all its words
    a noun's ("the third letter" for "the October letter"; a verb's by a noun would be the event's:
    "The vote took place" for "Councillors voted")."""
    return any(
        _a_like_deed((stem,), verbs) if verb else stem in verbs or stem in others for stem, verb in deeds
    )


def _stems(deeds: Collection[tuple[str, bool]]) -> set[str]:
    return {stem for stem, _ in deeds}


def _a_like_deed(deeds: Collection[str], others: Collection[str]) -> bool:
    """Whether a deed of `deeds` (stems) is one of `others` or like it: a synonym, or both statements."""
    return any(
        mine == theirs
        or (mine == _STATEMENT and theirs == _STATEMENT)
        or not synonym_groups(mine).isdisjoint(synonym_groups(theirs))
        for mine in deeds
        for theirs in others
    )


_STATEMENT = "<said>"
"""The deed of every verb of saying (`_STATEMENT_WORDS`): "said on Tuesday" and "speaking on Monday"
date one statement."""
_STATEMENT_WORDS = ATTRIBUTION_VERBS | frozenset("speaking spoke speak speaks spoken talking".split())
_DATE_MENTION = compiled(
    r"\b(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\b"
    r"|\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o'clock)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight)\b"
)
"""Where an English sentence names a date: a weekday, a month, a clock time (each capitalised, as
English writes them: "may" and "march" are verbs)."""
_DATE_NAME = compiled(
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
"""A weekday's or a month's name, looked for before `_DATE_MENTION` (most sentences name none)."""
_DATE_NAMES = {name[:3]: name for name in (*WEEKDAYS, *MONTHS)}
"""Weekdays and months by their first three letters, as `quantities.dates_in` names them."""
_CLAUSE_BREAK = compiled(
    r"[,;:()\[\]\"“”—–]|\b(?:which|who|whom|whose|that|while|where|because|although|whereas)\b"
)
"""What ends a clause, for the deed of a date in it and the deeds told with no date."""
_DEED_WORD = compiled(r"\w[\w'’-]*")
_DETERMINERS = frozenset("the its their his her a an this that our".split())
_NO_DEEDS = frozenset(
    "morning afternoon evening night day week month year early late last next ago during including "
    "following according nothing something anything everything spring first".split()
)
"""Words near a date that name no deed: parts of the day, words of time."""
_BEFORE_A_VERB = frozenset("to will would can could may might must shall should did does do".split())


@lru_cache(maxsize=1024)
def _dated_deeds(text: str) -> tuple[dict[str, frozenset[tuple[str, bool]]], frozenset[str], frozenset[str]]:
    """An English sentence's weekdays and months (as `quantities.dates_in` names them: "march" for
    "12 March" and "March"), each with the stems of the deeds it dates (and whether each is a
    verb's), and the stems of the verbs and of the other words it tells that date nothing: "The fire
    broke out three days ago and was brought under control on 12 March": {"march": {("bring",
    True)}}, {"break"}, {"fire", ...} (a date in words, "three days ago", is none)."""
    words = [(m.start(), m.group()) for m in _DEED_WORD.finditer(text)]
    starts = [start for start, _ in words]
    breaks = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    deeds: dict[str, set[tuple[str, bool]]] = defaultdict(set)
    dating: set[int] = set()
    texts = [word for _, word in words]
    for mention in _DATE_MENTION.finditer(text) if _DATE_NAME.search(text) else ():
        if not (name := mention["weekday"] or mention["month"]):
            continue
        clause = bisect_right(breaks, mention.start()) - 1
        first, at = bisect_left(starts, breaks[clause]), bisect_left(starts, mention.start())
        deed = _deed_of(texts, first, at)
        if at + 1 < len(texts) and texts[at + 1].casefold() in _CLOSE_WORDS:
            deed = at + 1  # "Friday close", "Friday's closing price"
        if deed is not None and _a_price_close(texts, deed):
            deeds[_DATE_NAMES[name.casefold()[:3]]].add((_PRICE_CLOSE, False))
            dating.add(deed)
        elif deed is not None:
            verb = _a_verb(words[deed][1], words[deed - 1][1] if deed else "")
            deeds[_DATE_NAMES[name.casefold()[:3]]].add((_deed_stem(words[deed][1]), verb))
            dating.add(deed)
        for when in _when_clause_verbs(text, texts, starts, breaks, clause):
            deeds[_DATE_NAMES[name.casefold()[:3]]].add((_deed_stem(words[when][1]), True))
            dating.add(when)
    verbs: set[str] = set()
    others: set[str] = set()
    for i, (_, word) in enumerate(words):
        if i not in dating and _a_deed_word(word):
            (verbs if _a_verb(word, words[i - 1][1] if i else "") else others).add(_deed_stem(word))
    return {value: frozenset(stems) for value, stems in deeds.items()}, frozenset(verbs), frozenset(others)


_PRICE_CLOSE = "<close>"
"""The deed of a date that dates a market's close ("a premium to Friday's closing price"): the day
of a price, no day of what the sentence tells."""
_CLOSE_WORDS = frozenset("close closing closed closes".split())
_CLOSE_NOUNS = frozenset("price prices level levels value values rate rates".split())
_CLOSE_MOVES = frozenset("at up down higher lower flat unchanged".split())


def _a_price_close(words: list[str], at: int) -> bool:
    """Whether the word at `at` tells a market's close: "closing price", "close" after a date or an
    article ("Friday's close", "the close"), "closed at 14.68", "closed down"; not "the plant closed"
    nor "closed at noon"."""
    word = words[at].casefold()
    if word not in _CLOSE_WORDS:
        return False
    after = words[at + 1].casefold() if at + 1 < len(words) else ""
    before = words[at - 1].casefold() if at else ""
    if after in _CLOSE_NOUNS:
        return True  # "closing price", "close price"
    if word == "close" and (
        before in ("the", "its", "their") or before.endswith(("'s", "’s")) or before in WEEKDAYS
    ):
        return True
    return (
        word in ("closed", "closes", "closing")
        and after in _CLOSE_MOVES
        and (after != "at" or (at + 2 < len(words) and words[at + 2][:1].isdigit()))
    )


_WHEN_OPENS = compiled(r"[\s,;]*when\b")
"""A clause that opens with "when", which tells what happened at the time the clause before names."""


def _when_clause_verbs(
    text: str, words: list[str], starts: list[int], breaks: list[int], clause: int
) -> list[int]:
    """The verbs of a "when" clause right after a date's clause, which the date dates too: "fell on
    Tuesday night, when a slow-moving storm stalled" ("slow-moving" and "stalled", as far as their
    forms tell); none when no such clause follows."""
    if clause + 2 >= len(breaks) or not _WHEN_OPENS.match(text, breaks[clause + 1]):
        return []
    first, end = bisect_left(starts, breaks[clause + 1]), bisect_left(starts, breaks[clause + 2])
    return [i for i in range(max(first, 1), end) if _a_verb(words[i], words[i - 1])]


def _deed_of(text: list[str], first: int, at: int) -> int | None:
    """Which of a sentence's words (`text`) names the deed the date at `text[at]` dates, in its clause
    opening at `text[first]`: the noun it names ("the October letter", "Tuesday's vote"), the nearest
    verb before it in its clause, else the first after it ("On Tuesday, the court ruled"); None when
    none is ("Forecasters expect relief from the heat on Sunday": "expect" has no verb's form)."""
    possessive = text[at].endswith(("'s", "’s"))
    if (
        at + 1 < len(text)
        and (possessive or (at > first and text[at - 1].casefold() in _DETERMINERS))
        and _a_deed_word(text[at + 1])
    ):
        return at + 1
    for i in range(at - 1, max(first, at - DEED_REACH) - 1, -1):
        if _a_verb(text[i], text[i - 1] if i else ""):
            return i
    after = range(at + 1, min(len(text), at + 1 + DEED_REACH))
    return next((i for i in after if _a_verb(text[i], text[i - 1])), None)


DEED_REACH = 40
"""Words before and after a date in which `_deed_of` looks for its deed (a sentence of thousands of
dates and no verb was read to its ends for each)."""


def _a_deed_word(word: str) -> bool:
    """Whether a word may name a deed: in lower case, no function word nor word of time."""
    return word.islower() and word not in STOPWORDS and word not in _NO_DEEDS and len(word) > 2


def _a_verb(word: str, previous: str) -> bool:
    """Whether an English word is a verb, as far as its form and the word before it tell: "ruled",
    "brought", "hearing", "to ease", "will begin", "said"."""
    if not word.islower() or word in _NO_DEEDS:
        return False
    if word in _STATEMENT_WORDS or word in _IRREGULAR_PAST:
        return True
    if previous.casefold() in _BEFORE_A_VERB:
        return word not in STOPWORDS
    return len(word) > 4 and word.endswith(("ed", "ing"))


def _deed_stem(word: str) -> str:
    """A deed's word as a stem (`segment.verb_stem`), a verb of saying as `_STATEMENT`."""
    word = word.casefold()
    return _STATEMENT if word in _STATEMENT_WORDS else verb_stem(word)


def _across_a_night(
    days: dict[int, set[str]], group_facts: list[Fact]
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Each article's weekdays, a day after another article's counted as that one when the night
    between them is told (`quantities.nights_told`): as ending the earlier day ("on Wednesday night")
    or starting the later one ("overnight into Thursday", "in der Nacht zum Montag"). "Late on
    Tuesday" and "on Wednesday night", "in the early hours of Saturday" and "at 2 a.m. on Sunday"
    still disagree, as do "on Tuesday night" and "on Wednesday night": a day told only as the start
    of its own night is not the early hours the night before ends in. Each article still shows its
    own day (the `_readable_date` given back)."""
    nights = _read_by_article(
        group_facts, days, lambda f: dict.fromkeys(nights_told(f.sentence.text, f.language))
    )
    if not any(nights.values()):
        return days, _readable_date  # (most groups)

    def the_night_before(article: int, value: str) -> str | None:
        theirs = {(other, day) for other, given in days.items() if other != article for day in given}
        if value in {day for _, day in theirs}:
            return None
        return next(
            (
                day
                for other, day in sorted(theirs)
                if _the_day_after(value, day)
                and (NIGHT_ENDS_DAY in nights[other] or NIGHT_STARTS_DAY in nights[article])
                and nights[article].keys() != {NIGHT_ENDS_DAY}
            ),
            None,
        )

    return _written_as(days, _readable_date, the_night_before)


_SPAN_END = compiled(
    r"(?i)\b(?:until|till|til|through|thru|up to)\s+(?:(?:next|this|at least|late)\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
"""A weekday that ends a span: "closed until Monday", "cancelled till Friday"."""


def _span_ends_apart(
    days: dict[int, set[str]], group_facts: list[Fact]
) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Each article's weekdays split in two: those of the deed, and those that end a span
    (`_SPAN_END`), compared only with each other: "closed on Thursday and Friday" and "closed until
    Monday" agree, "until Friday" and "until Monday" do not."""
    ends = _read_by_article(group_facts, _giving(days), lambda f: dict.fromkeys(_span_ends(f.sentence.text)))
    if not any(ends.values()):
        return days, {a: set() for a in days}  # (most groups)
    return (
        {a: {d for d in values if d not in ends[a]} for a, values in days.items()},
        {a: {d for d in values if d in ends[a]} for a, values in days.items()},
    )


def _span_ends(text: str) -> list[str]:
    """The weekdays that end a span in a sentence (`_SPAN_END`), in lower case."""
    return [m["day"].lower() for m in _SPAN_END.finditer(text)]


def _across_zones(
    days: dict[int, set[str]], group_facts: list[Fact]
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Each article's weekdays, one that a clock time with its zone places on another day in UTC
    (`quantities.utc_dates`: "10:34 p.m. EST on Monday" is Tuesday in UTC) counted as that day
    when another article gives it, written or in UTC ("03:34 GMT on Tuesday"). Each article still
    shows its own day."""
    utc: dict[int, dict[str, str]] = defaultdict(dict)
    for fact in group_facts:
        if fact.sentence.article in days and (written := [d for d in fact.dates if d in WEEKDAYS]):
            shifted = [d for d in utc_dates(fact.sentence.text, fact.dates) if d in WEEKDAYS]
            if len(written) == 1 and shifted:
                utc[fact.sentence.article][written[0]] = shifted[0]
    if not utc:
        return days, _readable_date  # (most groups)

    def in_utc(article: int, value: str) -> str | None:
        theirs = {d for other, given in days.items() if other != article for d in given}
        theirs |= {utc[other].get(d, d) for other, given in days.items() if other != article for d in given}
        day = utc[article].get(value)
        return day if value not in theirs and day in theirs else None

    return _written_as(days, _readable_date, in_utc)


LOCAL_OFFSETS = (-12 * 60, 14 * 60)
"""The fewest and most minutes ahead of UTC a local clock may be (`_local_days`)."""


def _local_days(
    days: dict[int, set[str]], group_facts: list[Fact], show: Callable[[int, str], str]
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Each article's weekdays, one told with a clock time of no zone ("11:20 p.m. on Saturday",
    the local time of a place unknown) counted as the day another article tells with a zoned time
    ("04:20 GMT on Sunday") when some local clock (`LOCAL_OFFSETS`) makes the two one moment."""
    local: dict[int, dict[str, list[int]]] = defaultdict(dict)  # minutes of the week, local
    zoned: dict[int, list[tuple[str, int]]] = defaultdict(list)  # each day told, minutes in UTC
    for fact in group_facts:
        article = fact.sentence.article
        weekdays = [d for d in fact.dates if d in WEEKDAYS]
        clocks = [d for d in fact.dates if ":" in d]
        if article not in days or len(weekdays) != 1 or not clocks:
            continue
        start = WEEKDAYS.index(weekdays[0]) * MINUTES_A_DAY
        zones = clock_zones(fact.sentence.text)
        for clock in clocks:
            offsets = zone_offsets(zones.get(clock, ""))
            if offsets is None:
                local[article].setdefault(weekdays[0], []).append(start + _minute_of_day(clock))
            else:
                zoned[article] += [(weekdays[0], start + _minute_of_day(clock) - o) for o in offsets]
    if not local or not zoned:
        return days, show  # (most groups)
    week = 7 * MINUTES_A_DAY

    def told_zoned(article: int, value: str) -> str | None:
        met = [
            day
            for other, moments in sorted(zoned.items())
            if other != article
            for day, moment in moments
            for at in local[article].get(value, ())
            if LOCAL_OFFSETS[0] <= (at - moment + week // 2) % week - week // 2 <= LOCAL_OFFSETS[1]
        ]
        return None if value in met else next(iter(met), None)

    return _written_as(days, show, told_zoned)


def _the_day_after(day: str, other: str) -> bool:
    """Whether a weekday is the one after another ("monday" after "sunday")."""
    return (WEEKDAYS.index(day) - WEEKDAYS.index(other)) % 7 == 1


def _in_either_half_of_day(times: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, set[str]]:
    """Each article's clock times, one written in words with nothing to place it in the day
    (`quantities.unplaced_times`: "20 minutes after six", read 06:20) counted as another article's
    time twelve hours on (18:20, "6:20 p.m."), which it may be."""
    unplaced = _read_by_article(
        group_facts, _giving(times), lambda f: dict.fromkeys(unplaced_times(f.sentence.text, f.language))
    )
    if not any(unplaced.values()):
        return times  # (most groups)
    shifted = {}
    for article, values in times.items():
        theirs = {t for other, given in times.items() if other != article for t in given}
        shifted[article] = {
            later
            if value in unplaced[article] and value not in theirs and (later := _twelve_on(value)) in theirs
            else value
            for value in values
        }
    return shifted


def _twelve_on(clock: str) -> str:
    """A clock time as `dates_in` gives it, twelve hours on: "18:20" for "06:20"."""
    return f"{(int(clock[:2]) + 12) % 24:02d}{clock[2:]}"


def _without_rough_times(times: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, set[str]]:
    """Each article's clock times but those it gives loosely (`quantities.rough_times`) that another
    article's time keeps: 03:47 keeps "shortly before four" (ROUGH_TIME_MINUTES before it at most),
    12:10 "shortly after noon", 09:20 "at around 9:30" (half as far either way)."""
    rough = _rough_times_by_article(times, group_facts)
    if not any(rough.values()):
        return times
    minutes = {v: _minute_of_day(v) for values in times.values() for v in values}
    kept = {}
    for article, values in times.items():
        others = [minutes[v] for other, theirs in times.items() if other != article for v in theirs]
        kept[article] = {
            v
            for v in values
            if (says := rough[article].get(v)) is None
            # (another article giving the same time agrees with it, and keeps it to be compared)
            or not any(_near_in_time(says, minutes[v], other) for other in others if other != minutes[v])
        }
    return kept


def _rough_times_by_article(times: dict[int, set[str]], group_facts: list[Fact]) -> dict[int, dict[str, str]]:
    """Per article giving clock times, those it gives loosely (`quantities.rough_times`)."""
    return _read_by_article(group_facts, _giving(times), lambda f: rough_times(f.sentence.text, f.language))


def _minute_of_day(clock: str) -> int:
    """A clock time as `dates_in` gives it ("15:30") in minutes since midnight."""
    return int(clock[:2]) * 60 + int(clock[3:])


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


_Moment = tuple[int, str | None, str, int]
"""A clock time with its zone as a moment (`_zoned_times`): minutes after midnight UTC, what a loose
time says of it ("<" shortly before), its zone as written, the zone's offset read."""


def _zoned_times(
    times: dict[int, set[str]], group_facts: list[Fact], dated: Mapping[int, str]
) -> dict[int, str]:
    """Clock times that differ as written, each written with a time zone of a known offset
    (`quantities.clock_zones`, `_zoned_apart`): {} when each two articles' times name the same
    moments, but for those one of them alone gives ("10 a.m. ET" and "14:00 GMT" in summer;
    "shortly before 10 p.m. EST" and "02:50 GMT"), else the times no other article's meets, with
    their zones ("10:00 EST · 16:00 GMT"). A time both give is no agreement on another: "began at
    09:12 UTC" and "at 08:12 UTC" differ beside a shared "restored at 16:05 UTC". A zone of two
    offsets is read in the season of its article's date (`dated`) when it has one ("Eastern time"
    is EDT on June 18), else both ways."""
    zones = _read_by_article(group_facts, _giving(times), lambda f: clock_zones(f.sentence.text))
    offsets = {
        (a, v): zone_offsets(zones[a].get(v, ""), dated.get(a)) for a, values in times.items() for v in values
    }
    rough = _rough_times_by_article(times, group_facts)
    moments = {  # each time's moments, with what a loose one says, its zone and offset
        (article, v): {
            ((_minute_of_day(v) - offset) % MINUTES_A_DAY, rough[article].get(v), zones[article][v], offset)
            for offset in offsets[article, v] or ()
        }
        for article, values in times.items()
        for v in values
    }
    giving = sorted(_giving(times))
    unmet: dict[int, set[str]] = defaultdict(set)
    for a, b in combinations(giving, 2):
        ours = {v for v in times[a] if not any(_meet(moments[a, v], moments[b, w]) for w in times[b])}
        theirs = {w for w in times[b] if not any(_meet(moments[a, v], moments[b, w]) for v in times[a])}
        if ours and theirs:  # (one side's leftovers alone are an added detail)
            ours, theirs = _in_dispute([{v: moments[a, v] for v in ours}, {w: moments[b, w] for w in theirs}])
            unmet[a] |= ours
            unmet[b] |= theirs
    return {a: ", ".join(f"{v} {zones[a][v]}" for v in sorted(unmet[a])) for a in giving if unmet[a]}


def _in_dispute(sides: list[dict[str, set[_Moment]]]) -> tuple[set[str], set[str]]:
    """Of two articles' zoned times no time of the other's meets (`_zoned_times`: each time's
    moments), those in dispute. The side telling more moments (the times of one moment counted
    once: "at 09:12 UTC (5:12 a.m. ET)") keeps, for each moment of the other's, the one nearest it:
    "4:12 a.m. Eastern time" disputes "began at 09:12 UTC (5:12 a.m. ET)", and "restored at 16:05
    UTC", a moment one article alone gives, is no rival. Sides telling as many moments keep all."""
    told = [_one_moment_each(side) for side in sides]
    if len(told[0]) == len(told[1]):
        return set(sides[0]), set(sides[1])  # (most disagreements: one time against one)
    more, fewer = (0, 1) if len(told[0]) > len(told[1]) else (1, 0)

    def apart(ours: frozenset[str], theirs: frozenset[str]) -> int:
        return min(
            (
                min((mine - other) % MINUTES_A_DAY, (other - mine) % MINUTES_A_DAY)
                for v in ours
                for w in theirs
                for mine, *_ in sides[more][v]
                for other, *_ in sides[fewer][w]
            ),
            default=MINUTES_A_DAY,
        )

    kept = {min(told[more], key=lambda ours: (apart(ours, theirs), sorted(ours))) for theirs in told[fewer]}
    disputed = set().union(*kept)
    return (disputed, set(sides[1])) if more == 0 else (set(sides[0]), disputed)


def _one_moment_each(times: dict[str, set[_Moment]]) -> list[frozenset[str]]:
    """An article's times (`_in_dispute`), those that meet one another together: "09:12 UTC" and
    "05:12 ET" in June are one moment."""
    found: list[set[str]] = []
    for v in sorted(times):
        joined = next((same for same in found if any(_meet(times[v], times[w]) for w in same)), None)
        if joined is None:
            found.append({v})
        else:
            joined.add(v)
    return [frozenset(same) for same in found]


def _meet(ours: set[_Moment], theirs: set[_Moment]) -> bool:
    """Whether two times' moments (`_zoned_times`) can be one: the same, or one a loose time
    ("shortly before 10 p.m. EST") the other keeps; two times in one zone are read in one season
    ("8 p.m. ET" is not "9 p.m. ET")."""
    return any(
        (zone != their_zone or offset == their_offset)
        and (
            mine == other
            or (says is not None and _near_in_time(says, mine, other))
            or (said is not None and _near_in_time(said, other, mine))
        )
        for mine, says, zone, offset in ours
        for other, said, their_zone, their_offset in theirs
    )


def _readable_date(article: int, value: str) -> str:
    """`readable_date` as `_disagreement` asks it of an article's value: "Tuesday"."""
    return readable_date(value)


_RELATIVE_DAY = compiled(
    r"(?i)\b(?:(?P<yesterday>yesterday)|(?P<today>today|tonight|this (?:morning|afternoon|evening))"
    r"|(?P<tomorrow>tomorrow)|(?P<night>last night))\b"
)
"""The days English tells from the news's own ("yesterday", "this morning", "tomorrow", "last
night"), each read on its article's date (`_relative_days`)."""
_RELATIVE_WORDS = (
    "yesterday",
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
    "tomorrow",
    "last night",
)
"""What `_RELATIVE_DAY` finds, looked for first (most sentences tell none)."""
_RELATIVE_SHIFTS = {"yesterday": (-1,), "today": (0,), "tomorrow": (1,), "night": (-1, 0)}
"""The days before or after an article's date each relative day may be: "last night" ends the day
before or opens the article's own."""
_WEEKDAY_MENTION = compiled(
    r"(?i)\b(?:(?P<cue>next|last|this coming|this past|coming|past)\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_FUTURE_CUE = compiled(
    r"(?i)\b(?:will|shall|won['’]t|is|are|was|were)\s+(?:due|set|scheduled|expected|poised|planning|going)\b"
    r"|\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:plans?|intends?|is to|are to)\b|\bupcoming\b"
)
"""Words that put a deed after the news ("will vote on Tuesday", "is due to open on Friday"): its
weekday is the next one on or after the article's date."""
_PAST_CUE = compiled(r"(?i)\b(?:was|were|had|has|have|did|\w{3,}ed)\b")
"""Words that put a deed before the news ("cut its rate on Tuesday", "was found on Monday"): its
weekday is the last one on or before the article's date (an irregular past is read by
`_IRREGULAR_PAST`)."""
_MONTH_NAMES = "|".join(MONTHS)


def _article_day(dated: Mapping[int, str], article: int) -> date | None:
    """An article's date ("2026-11-10") as a day, None when it has none or it reads as none."""
    try:
        return date.fromisoformat(dated[article][:10]) if article in dated else None
    except ValueError:
        return None


def _relative_days(group_facts: list[Fact], dated: Mapping[int, str]) -> dict[int, dict[str, set[str]]]:
    """Per article of a known date, the relative days its English sentences tell ("yesterday"), each
    as it is written, with the days of a month it may be ("november 11" for "yesterday" in an article
    of 12 November); none in most groups."""
    found: dict[int, dict[str, set[str]]] = {}
    for fact in group_facts:
        lowered = fact.sentence.text.casefold()
        if fact.language != "en" or not any(word in lowered for word in _RELATIVE_WORDS):
            continue  # (most sentences)
        day = _article_day(dated, fact.sentence.article)
        if day is None:
            continue
        for match in _RELATIVE_DAY.finditer(fact.sentence.text):
            shifts = _RELATIVE_SHIFTS[match.lastgroup or "today"]
            found.setdefault(fact.sentence.article, {})[match.group()] = {
                _month_day(day + timedelta(days=shift)) for shift in shifts
            }
    return found


def _month_day(day: date) -> str:
    """A day as `quantities.dates_in` names a day of a month: "november 11"."""
    return f"{MONTHS[day.month - 1]} {day.day}"


def _weekday_days(text: str, weekday: str, day: date) -> tuple[str, set[str]] | None:
    """A weekday a sentence tells, as written, with the days of a month it is on an article's date
    `day`: after "next" the first after that date (or the week after), after "last" the last before
    it; in a clause that tells of a time to come ("will", "is due to") the first on or after it, of a
    time gone ("cut", "was found") the last on or before it; else either (a week apart, so a day
    next to it still disagrees). None when the sentence does not write it."""
    match = next((m for m in _WEEKDAY_MENTION.finditer(text) if m["day"].casefold() == weekday), None)
    if match is None:
        return None
    wanted = WEEKDAYS.index(weekday)
    before = day - timedelta(days=(day.weekday() - wanted) % 7)  # the last on or before it
    after = day + timedelta(days=(wanted - day.weekday()) % 7 or 7)  # the first after it
    cue = (match["cue"] or "").casefold()
    clause = text[_clause_start(text, match.start()) : match.start()]
    if cue in ("next", "this coming", "coming"):
        days = {after, after + timedelta(days=7)}
    elif cue in ("last", "this past", "past"):
        days = {before if before != day else day - timedelta(days=7)}
    elif _FUTURE_CUE.search(clause):
        days = {before if before == day else after}
    elif _PAST_CUE.search(clause) or any(w in _IRREGULAR_PAST for w in clause.casefold().split()):
        days = {before}
    else:
        days = {before, after}
    return match.group(), {_month_day(d) for d in days}


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `text[at]` opens (`_CLAUSE_BREAK`), for the tense of a date in it."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)


def _written_day(text: str, value: str) -> str:
    """A day of a month (`dates_in`: "november 11") as the sentence writes it ("11 November",
    "Nov. 11"), else as news writes it."""
    month, _, number = value.partition(" ")
    found = re.search(
        rf"(?i)\b{number}(?:st|nd|rd|th)?\s+(?:of\s+)?{month[:3]}\w*\.?|\b{month[:3]}\w*\.?\s+{number}(?:st|nd|rd|th)?\b",
        text,
    )
    return found.group().rstrip(".") if found else readable_date(value)


def _calendar_days_apart(
    sets: dict[int, set[str]],
    group_facts: list[Fact],
    dated: Mapping[int, str],
    relative: Mapping[int, Mapping[str, set[str]]],
) -> dict[int, str]:
    """Per article, the days it tells that no day of another's meets, when two articles each tell
    one, read on each article's own date (`dated`): a weekday (`_weekday_days`: "on Tuesday" in an
    article of 10 November is 10 November) and a relative day (`_relative_days`: "yesterday") as the
    days of a month they may be, against a day of a month ("11 November"). Two weekdays are left to
    their own kind, read as written. A weekday of an article of no date is a day unplaced
    (`_UNPLACED`): it may be any day another tells, so it is never left over and another's day it
    may be is not either; a sentence that tells two deeds' dates ("unveiled on Wednesday and goes on
    sale on 19 September") sets the date of the deed no other tells against nothing (it agrees with
    "unveiled on Wednesday" of an article of 3 September). Each shown as its article wrote it ("Tuesday",
    "yesterday", "11 November"). None in most groups."""
    told: dict[int, list[tuple[str, set[str] | None, bool]]] = {}  # shown, days, a weekday
    for fact in group_facts:
        article = fact.sentence.article
        if article not in sets:
            continue
        mine = told.setdefault(article, [])
        for value in fact.dates:
            if value not in sets[article] or ":" in value:
                continue
            if " " in value:
                mine.append((_written_day(fact.sentence.text, value), {value}, False))
            elif value in WEEKDAYS and fact.language == "en":
                if (day := _article_day(dated, article)) is None:
                    mine.append((readable_date(value), _UNPLACED, True))
                elif (weekday := _weekday_days(fact.sentence.text, value, day)) is not None:
                    mine.append((*weekday, True))
    for article, days in relative.items():
        told.setdefault(article, []).extend((word, found, False) for word, found in days.items())
    told = {a: days for a, days in told.items() if days}
    if len(told) < 2 or (
        not relative
        and not any(
            weekday and found is not _UNPLACED for days in told.values() for _, found, weekday in days
        )
    ):
        return {}  # (most groups: days of months alone, compared by their own kind)
    unmet: dict[int, list[str]] = defaultdict(list)
    for a, b in combinations(sorted(told), 2):
        ours = [shown for shown, days, weekday in told[a] if not _met(days, weekday, told[b])]
        theirs = [shown for shown, days, weekday in told[b] if not _met(days, weekday, told[a])]
        if ours and theirs:  # (one side's leftovers alone are an added detail)
            unmet[a] += [shown for shown in ours if shown not in unmet[a]]
            unmet[b] += [shown for shown in theirs if shown not in unmet[b]]
    return {a: ", ".join(shown) for a, shown in sorted(unmet.items())}


_UNPLACED = None
"""The days of a month a weekday of an article of no date may be (`_calendar_days_apart`): unread,
any day."""


def _met(days: set[str] | None, weekday: bool, theirs: list[tuple[str, set[str] | None, bool]]) -> bool:
    """Whether a day one article tells (`_calendar_days_apart`) may be one another tells: they share a
    day of a month, both are weekdays (compared as written by their own kind), or either is a
    weekday of an article of no date (`_UNPLACED`), which may be any day."""
    return days is _UNPLACED or any(
        (weekday and other) or found is _UNPLACED or not days.isdisjoint(found) for _, found, other in theirs
    )


_FIGURE = r"(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<unit>\s*(?:%|per\s?cent\b|percent\b|points?\b|pc\b))?"
_FIGURES = compiled(_FIGURE, re.I)
_FIGURE_MONTH = compiled(
    _FIGURE + r"\s+(?:(?:in|during|for)\s+(?P<month>" + _MONTH_NAMES + r")\b"
    r"|(?P<last>last month)\b"
    r"|(?P<earlier>a month earlier|a month before|the month before|the previous month)\b)",
    re.I,
)
"""A figure with the month it is of, right after it: "2.4 percent in October", "3.1 per cent last
month", "3.1 percent a month earlier" (the month before the sentence's other month)."""

_EARLIER_VALUE = compiled(r"(?i)\bfrom\s+(?:a\s+|an\s+)?$")
"""What opens an earlier value, right before its figure ("down from 3.1%"): a month beside it is no
month of the sentence's other figures."""
EARLIER_REACH = 10
"""How far before a figure `_EARLIER_VALUE` looks, in characters."""

_Figure = tuple[float, str]
"""A figure as compared and as written: (2.4, "2.4 percent")."""


def _figures_with_months(text: str, day: date | None) -> dict[_Figure, set[str]]:
    """The figures of an English sentence told with the month they are of (`_FIGURE_MONTH`), each
    with its months: "Inflation slowed to 2.4 percent in October from 3.1 percent a month earlier"
    gives {2.4: {"october"}, 3.1: {"september"}}; "last month" is the month before the article's date
    `day` (unread without one), "a month earlier" the one before the sentence's only other month."""
    found: dict[_Figure, set[str]] = defaultdict(set)
    earlier: list[_Figure] = []
    for match in _FIGURE_MONTH.finditer(text):
        figure = (float(match["figure"].replace(",", "")), (match["figure"] + (match["unit"] or "")).strip())
        if match["month"]:
            found[figure].add(match["month"].casefold())
        elif match["last"] and day is not None:
            found[figure].add(MONTHS[(day.month - 2) % 12])
        elif match["earlier"]:
            earlier.append(figure)
    months = set().union(*found.values()) if found else set()
    for figure in earlier if len(months) == 1 else ():
        found[figure].add(MONTHS[(MONTHS.index(next(iter(months))) - 1) % 12])
    return found


def _months_of_figures(
    days: dict[int, set[str]], group_facts: list[Fact], dated: Mapping[int, str]
) -> tuple[dict[int, set[str]], dict[int, str]]:
    """Each article's days of months but the months it names as a figure's (`_figures_with_months`:
    "3.1 per cent in September"), and per article the months that date one figure otherwise than
    another article does, each with its figure ("October (2.4%)"): a month beside a value is the
    value's, no date of the sentence. "2.4 per cent last month from 3.1 per cent in September" (of
    12 November) and "2.4 percent in October from 3.1 percent a month earlier" agree; "2.4% in
    October" and "2.4% in September" do not, nor "2.4% in October" and "In September, inflation
    was 2.4%" (an article naming one month and no figure's dates the figures it gives with it).
    English sentences only."""
    paired: dict[int, dict[float, tuple[str, set[str]]]] = defaultdict(dict)
    figures: dict[int, dict[float, str]] = defaultdict(dict)  # each article's, but earlier values
    for fact in group_facts:
        article, text = fact.sentence.article, fact.sentence.text
        if fact.language == "en" and article in days:
            for (figure, written), months in _figures_with_months(text, _article_day(dated, article)).items():
                paired[article].setdefault(figure, (written, set()))[1].update(months)
            for match in _FIGURES.finditer(text):
                if not _EARLIER_VALUE.search(text, max(0, match.start() - EARLIER_REACH), match.start()):
                    written = (match["figure"] + (match["unit"] or "")).strip()
                    figures[article].setdefault(float(match["figure"].replace(",", "")), written)
    if not paired:
        return days, {}  # (most groups: no month beside a figure)
    kept = {}
    for article, values in days.items():
        named = {m for _, months in paired.get(article, {}).values() for m in months}
        kept[article] = {v for v in values if " " in v or v not in named}
        loose = {v for v in kept[article] if " " not in v}
        if not named and len(loose) == 1:  # one month, beside no figure: its figures'
            paired[article].update({f: (written, set(loose)) for f, written in figures[article].items()})
            kept[article] -= loose
        elif len(named) == 1 and not loose and paired[article].keys() & figures[article].keys():
            # the one month of a figure that is no earlier value dates the others too ("rose 5% to
            # 1,200 in March"), not an earlier value ("to 2.4% in October from 3.1%")
            for figure, written in figures[article].items():
                paired[article].setdefault(figure, (written, set(named)))
    unmet: dict[int, dict[float, tuple[str, set[str]]]] = defaultdict(dict)
    for a, b in combinations(sorted(paired), 2):
        for figure in paired[a].keys() & paired[b].keys():
            ours, theirs = paired[a][figure][1], paired[b][figure][1]
            if ours and theirs and ours.isdisjoint(theirs):
                unmet[a][figure] = paired[a][figure]
                unmet[b][figure] = paired[b][figure]
    return kept, {a: _months_of(told) for a, told in sorted(unmet.items())}


def _months_of(told: Mapping[float, tuple[str, set[str]]]) -> str:
    """An article's figures and their months (each figure as written) as a conflict shows them,
    the figures of one month together: "October (2.4%)", "March (1,200, 5%), April (3.1%)"."""
    by_months: dict[str, list[str]] = defaultdict(list)
    for written, months in told.values():
        by_months[" or ".join(readable_date(m) for m in sorted(months, key=MONTHS.index))].append(written)
    return ", ".join(f"{months} ({', '.join(figures)})" for months, figures in by_months.items())
