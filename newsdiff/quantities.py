"""Numbers, dates and times of a sentence, read for `segment.extract`: the figures a fact compares,
normalised ("1,000" = "one thousand", "3.5 percent" = "3.5%", "85m" = "85 million", "two-day" =
"48 hours", "a third of" ~33.3%), the amounts of money among them with their currency (`money`),
the bounds and roundings ("more than 200", "about 50"), the days, months and clock times
("Monday", "November 14", "3 p.m." = "15:00"), and the years and periods a statement is anchored
in ("in 2019", "the 1990s", "last year").

Numbers and dates are read together here because they share their words and patterns: a date's
digits are no figure, "half past eight" is a time and not the share one half, "48 hours" is a
duration and not the figure 48.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from datetime import date, timedelta
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate, pairwise
from math import isfinite

from newsdiff.lexicon import FUNCTION_WORDS, stopwords
from newsdiff.model import DURATION_UNITS, EXACT, POINTS, SCORE, TIME_TAKEN_DECIMALS, Fact, to_the_second
from newsdiff.money import MARK_BEFORE, currency_after, currency_before, hundredths, may_name_money
from newsdiff.patterns import compiled

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
NUMBER_WORDS |= {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
NUMBER_WORDS |= {"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
WIRE_SCALES = {"mln": 1_000_000, "bln": 1_000_000_000, "trn": 10**12}
"""Scales as wire copy shortens them after the figure: "48.6 bln euros", "300 mln"."""
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
"""Short scales written against the digits: "85m euros", "4.2bn"."""
MAX_POINTS = 100
"""No change in percentage points is larger: "the Dow fell 300 points, or 0.8%" counts index points."""
DURATION_HOURS = {unit: hours for unit, hours in DURATION_UNITS}
"""Durations become one comparable quantity, `48h`: "48 hours", "48-hour" and "two-day" agree (and
"58 minutes" is close to "an hour", "16 weeks" to "four months"). Years stay figures: "200 years"
and "210 years" read better as 200 and 210 than in hours, and "2-year" in "a 2-year-old" is an age."""
APPROXIMATE = "~"
"""Marks a figure read from words that only round it ("a third" ~33.3%, "one in eight" ~12.5%):
compared by size (`quantity`), loosely: "a third" is 34% but not 58%
(`conflicts.figures.SHARE_WORDS_RATIO`)."""
FRACTIONS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "hundredth": 100,
}  # fmt: skip
"""The parts a fraction in words names ("two thirds", "three tenths"), each with how many make one."""
HALF_YEAR = "4380h"
""""Half a year", as six months are counted (6 * 730 hours)."""
TIME_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
"""Times of day written as words, as clock times."""
PART_OF_DAY_HOURS = {"morning": 0, "afternoon": 12, "evening": 12, "night": 12}
"""Hours added to "six in the evening" (18:00), "eight in the morning" (08:00)."""
MONTH_ABBREVIATIONS = {
    m[:3]: m
    for m in ("january february march april june july august september october november december".split())
} | {"sept": "september"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
ZONE_OFFSETS = {
    "GMT": (0,), "UTC": (0,), "WET": (0,), "BST": (60,), "WEST": (60,), "CET": (60,), "CEST": (120,),
    "EET": (120,), "EEST": (180,), "IST": (330,), "JST": (540,), "KST": (540,), "AWST": (480,),
    "AEST": (600,), "AEDT": (660,), "EST": (-300,), "EDT": (-240,), "ET": (-300, -240),
    "CST": (-360,), "CDT": (-300,), "CT": (-360, -300), "MST": (-420,), "MDT": (-360,),
    "MT": (-420, -360), "PST": (-480,), "PDT": (-420,), "PT": (-480, -420), "AKST": (-540,),
    "HST": (-600,),
}  # fmt: skip
"""Minutes each time zone is ahead of UTC; "ET" is EST or EDT, as the season has it (IST is
India's, as in most English news)."""
TIME_ZONES = frozenset(ZONE_OFFSETS)
"""Time zones written after a clock time ("6 a.m. ET", "3 p.m. GMT")."""
_EUROPE_CENTRAL = (60, 120)
NAMED_ZONE_OFFSETS = {
    "eastern": (-300, -240), "central": (-360, -300), "mountain": (-420, -360), "pacific": (-480, -420),
    "eastern standard": (-300,), "eastern daylight": (-240,), "central standard": (-360,),
    "central daylight": (-300,), "mountain standard": (-420,), "pacific standard": (-480,),
    "pacific daylight": (-420,), "greenwich mean": (0,), "greenwich": (0,), "universal": (0,),
    "british summer": (60,), "british": (0, 60), "uk": (0, 60), "london": (0, 60), "lisbon": (0, 60),
    "central european": (60,), "central european summer": (120,), "european": _EUROPE_CENTRAL,
    "paris": _EUROPE_CENTRAL, "berlin": _EUROPE_CENTRAL, "brussels": _EUROPE_CENTRAL,
    "madrid": _EUROPE_CENTRAL, "rome": _EUROPE_CENTRAL, "amsterdam": _EUROPE_CENTRAL,
    "vienna": _EUROPE_CENTRAL, "warsaw": _EUROPE_CENTRAL, "geneva": _EUROPE_CENTRAL,
    "stockholm": _EUROPE_CENTRAL, "eastern european": (120, 180), "kyiv": (120, 180), "kiev": (120, 180),
    "athens": (120, 180), "helsinki": (120, 180), "moscow": (180,), "istanbul": (180,), "turkish": (180,),
    "gulf": (240,), "dubai": (240,), "india": (330,), "indian": (330,), "delhi": (330,),
    "beijing": (480,), "china": (480,), "hong kong": (480,), "singapore": (480,), "japan": (540,),
    "tokyo": (540,), "korea": (540,), "seoul": (540,), "sydney": (600, 660), "new york": (-300, -240),
    "washington": (-300, -240), "chicago": (-360, -300), "los angeles": (-480, -420),
}  # fmt: skip
"""Minutes ahead of UTC of a time zone named in words before "time" ("4:12 a.m. Eastern time",
"10 p.m. Paris time", "9:30 a.m. Eastern Standard Time"), casefolded; two when the season decides."""
_ZONE_WORDS = r"(?P<zone>(?P<words>(?:[A-Z][a-z]+|UK)(?:\s+[A-Z][a-z]+){0,2})\s+[Tt]ime)\b(?!-)"
_NAMED_ZONE = compiled(r"\s+" + _ZONE_WORDS)
"""A time zone named in words right after a clock time: "Paris time", "Eastern Standard Time"."""
_OPENING_ZONE = compiled(_ZONE_WORDS)
_SPELLED_ZONE = compiled(r"(?:[A-Z][a-z]+\s+){1,2}(?:Standard|Daylight|Summer|Mean)\s+Time\b")
"""A time zone spelled out, known or not: "Eastern Standard Time", "Atlantic Daylight Time"."""


_NORTH_AMERICAN_SEASON = ((3, 2), (11, 1))
_EUROPEAN_SEASON = ((3, -1), (10, -1))
_AUSTRALIAN_SEASON = ((10, 1), (4, 1))
SUMMER_TIMES = {
    **dict.fromkeys(("ET", "CT", "MT", "PT", "eastern", "central", "mountain", "pacific", "new york",
                     "washington", "chicago", "los angeles"), _NORTH_AMERICAN_SEASON),
    **dict.fromkeys(("british", "uk", "london", "lisbon", "european", "paris", "berlin", "brussels",
                     "madrid", "rome", "amsterdam", "vienna", "warsaw", "geneva", "stockholm",
                     "eastern european", "kyiv", "kiev", "athens", "helsinki"), _EUROPEAN_SEASON),
    "sydney": _AUSTRALIAN_SEASON,
}  # fmt: skip
"""When summer time begins and ends for a zone of two offsets (`zone_offsets`), each as (month,
which Sunday of it: 2 the second, -1 the last); the day it changes is read both ways."""


def zone_offsets(zone: str, on: str | None = None) -> tuple[int, ...] | None:
    """The minutes ahead of UTC of a time zone as `clock_zones` gives it ("EST", "Paris time"),
    each the season may make it, or the one it makes on the day `on` ("2024-06-18", an article's
    date: "Eastern time" is EDT in June, `SUMMER_TIMES`); None for a zone not known."""
    key = zone if zone in ZONE_OFFSETS else zone.casefold().removesuffix(" time")
    offsets = ZONE_OFFSETS.get(key) or NAMED_ZONE_OFFSETS.get(key)
    if offsets is None or len(offsets) == 1 or on is None or key not in SUMMER_TIMES:
        return offsets
    summer = _in_summer_time(on, SUMMER_TIMES[key])
    return offsets if summer is None else offsets[1:] if summer else offsets[:1]


def _in_summer_time(on: str, season: tuple[tuple[int, int], tuple[int, int]]) -> bool | None:
    """Whether a day ("2024-06-18") falls in summer time as `season` has it (`SUMMER_TIMES`); None
    on the days it changes, or for a day not read."""
    try:
        day = date.fromisoformat(on[:10])
    except ValueError:
        return None
    begins, ends = (_nth_sunday(day.year, month, nth) for month, nth in season)
    if day in (begins, ends):
        return None
    return begins < day < ends if begins < ends else not ends < day < begins


def _nth_sunday(year: int, month: int, nth: int) -> date:
    """The `nth` Sunday of a month, -1 the last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def names_a_zone(text: str, start: int = 0) -> bool:
    """Whether a text opens at `start` with a time zone in words ("Eastern time, knocked ...",
    "Paris time.", "Atlantic Standard Time"): what the splitter cuts off a clock time's "a.m."."""
    if (named := _OPENING_ZONE.match(text, start)) and named["words"].casefold() in NAMED_ZONE_OFFSETS:
        return True
    return _SPELLED_ZONE.match(text, start) is not None


LABEL_REACH = 40
"""Characters before a figure searched for the word that names it (`_LABEL_BEFORE`)."""
RANGE_START_REACH = 24
"""Characters before a duration searched for the first figure of a range ("between eleven and")."""
CHANGE_FROM_REACH = 8
"""Characters before a figure searched for the word that opens a change ("from ", "dall'")."""
_FIGURE = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
"""A figure's digits, with thousands separators or not."""
_SCALE_WORD = r"(?P<scale>" + "|".join([*SCALES, *WIRE_SCALES]) + ")"
_SCALE_SUFFIX = r"(?P<suffix>k|m|mn|bn|b)"
_FIGURE_ALONE = r"(?P<num>\d(?<![\w.]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))(?!\.\d)"
"""`_FIGURE` with no letter, digit or period before it and no period and digit after it ("version
2.4.1", "192.168.0.1" hold no figure: "2.4" was one), written to open with its first digit (the
look-behind comes after that digit, and looks one character further back): a pattern opening with a
class of characters lets `re` skip to the next digit in C, where it tried the look-behind at every
character. The same matches on 14,373 lines of the samples, seeds, tests and bench data, in 40% of
the time."""
_NUMBER = compiled(
    _FIGURE_ALONE + r"(?:\s*(?P<pct>%|percent\b|per cent\b|(?<=\d)(?-i:pc)\b)|(?:\s*|-)" + _SCALE_WORD + r"\b"
    r"|" + _SCALE_SUFFIX + r"\b)?",
    re.I,
)
"""A figure with its percent or scale: "4.2%", "3 billion", "85m", and a scale word against the
digits as tabloids write it ("£450million", read as "£450 million")."""
_DURATION = (
    r"(?i)(?<![^\W\d_]-)(?<!\d[,.:])\b(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)(?P<and_half>[\s-]+and[\s-]+a[\s-]+half|(?<=\d)\s?½|(?<=\d)[\s-]1/2)?"
    r"[\s-](?P<unit>second|minute|min|hour|day|week|month)s?\b"
)
_MATCH_MINUTE = compiled(r"(?i)(?<![\w.,])(?P<n>\d{1,3})(?:st|nd|rd|th)[\s-]minute\b(?!\s+of\b)")
"""The minute of a game in which something happened, an ordinal ("in the 12th minute", "a
58th-minute header"): the length of the game so far, as "after 12 minutes" and "on 58 minutes" are
(a reporter writes either of one goal), not a count of 12. English only: the other languages'
minutes of a game ("aos 34 minutos", "al 78'") are read into English as ordinals that stay counts
(`locales`), as their countdowns ("a 20 minutos do fim") stay lengths of time."""
_COUNTDOWN = compiled(
    r"(?i)\s+(?:(?:from|before)\s+(?:the\s+)?(?:end|time|full[\s-]time|the\s+final\s+whistle)\b"
    r"|to\s+go\b|remaining\b|left\b(?!\s+(?:after|before|in\s+the\s+first)))"
)
"""What makes minutes a countdown to the end of a game ("20 minutes from time", "with 20 minutes
left", "ten minutes to go"): the minute played is not told, so they are a count, set against a
countdown's count and not against a minute of the game (`_MATCH_MINUTE`)."""
MATCH_MINUTES = 130
"""The last minute of a game an ordinal minute is read as (extra time and stoppage included)."""
_RACE_TIME = compiled(
    r"(?i)(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\bsince\s)(?<![\d:.,])"
    r"(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d)|(?P<m_alone>[0-5]?\d)(?=:\d\d[.,]\d))"
    r":(?P<s>[0-5]\d)(?:[.,](?P<f>\d{1,2}))?(?![\d:]|[.,]\d)"
)
"""A time taken, in hours, minutes and seconds ("a record of 2:11:43"), or in minutes, seconds and
hundredths ("she clocked 1:49.87"): a duration, not three figures. After "at", "by", "until",
"from" or "since" it is a time of day ("at 20:00:00")."""
_DURATION_JOIN = compiled(r"(?i),?\s+(?:and\s+)?|,")
"""What joins the parts of one duration: "2 hours 11 minutes", "an hour and 20 minutes", "3 hours,
12 minutes"."""
_MORE_PARTS = compiled(r"(?i)\s+and\s+(?:\d{1,2}|[a-z]+)\s+minutes?\b")
"""Minutes after "an hour", which make it a length of time: "an hour and 20 minutes"
(`_joined_durations` adds them up). Only hours: "50 euros a month and 3 days later" holds a rate."""
_SINCE = compiled(r"(?i)\s+(?:later|afterwards?|earlier|ago)\b")
"""What makes "an hour" before it the time between two moments: "not an hour afterwards", "a week
later", "a day ago", as "one hour afterwards" is (`_ONE_DURATION`)."""
_RATE_BEFORE = compiled(
    r"(?i)(?:\d\S*|\b(?:twice|once|times|euros?|dollars?|pounds?|cents?|pence|francs?))\s*$"
)
"""What makes "an hour" after it a rate even before "later": "30 euros an hour later in the season",
"twice a day"."""
_YEARS_AND_MONTHS = compiled(
    r"(?i)\b(?P<y>\d{1,3}|[a-z]+)[\s-]+years?,?\s+and\s+(?P<m>\d{1,2}|[a-z]+)[\s-]+months?\b"
)
"""One length of time in years and months: "14 years and six months" is 14.5 years (`numbers_in`
gives it as the figure 14.5, years staying figures), not 14 and a duration of six months."""
_ANOTHER_TIME = r"(?!\s+(?:later|earlier|after|before|ago|afterwards)\b)"
"""What leaves a part of a duration a time of its own: "90 minutes, and 30 seconds later"."""
_SECONDS_AFTER = compiled(
    r"(?i),?\s+(?:and\s+)?(?P<n>\d{1,2}|[a-z]+)\s+(?:seconds?|secs?|s)\b\.?" + _ANOTHER_TIME
)
"""The seconds that end a duration in minutes: "11 minutes 43 seconds", "5 minutes and 20 seconds"."""
_NOT_ANOTHER_TIME = compiled(_ANOTHER_TIME)
_SHARE_RANGE_END = compiled(
    r"(?i)\s*(?:-|–|to\b|and\b|or\b)\s*(?P<high>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"
)
"""The rest of a range of shares after its first figure ("2 to 3 percent", "2-3%"): the first is a
share too, when it is the lower (`_starts_a_share_range`)."""
_SHARE_CHANGE_END = compiled(r"(?i)\s*(?:to|auf|naar|para)\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)")
"""The rest of a change between shares after its first figure: "to 3 percent", and as the languages
read here join it, once rewritten (`locales`): "auf 3 percent", "naar 3 percent", "para 3%"."""
_CHANGE_FROM = compiled(r"(?i)(?:\b(?:from|de|del|da|dal|dallo|dalla|von|vom|van|с|со|z|ze)\s+|\bdall['’])$")
"""The word that opens a change before its first figure: "from", "de", "del", "dal", "dall'", "von",
"van", "с", "z" (`_starts_a_share_range`)."""
_RANGE_START = compiled(
    r"(?i)(?:\bbetween\s+(?P<between>\d+(?:\.\d+)?|[a-z]+)\s+and|(?<!-)\b(?P<low>\d+(?:\.\d+)?|[a-z]+)\s*(?:-|–|to\b|or\b))\s*$"
)
"""The first figure of a range whose second is a duration's: "two to three weeks", "2-3 days",
"between 10 and 12 hours", "three or four days" (`_range_start`)."""
_ONE_DURATION = (
    r"(?i)\b(?:(?:(?P<before>for|in|within|after|under|over|about|around|nearly|almost|than|just|only|to)\s+"
    r"|(?P<half>half)\s+)?an?"
    r"|(?P<n>a|one|three)[\s-]+(?P<d>quarter|third)s?\s+of\s+an?|(?P<a_half>a\s+half))"
    r"[\s-]+(?P<unit>minute|hour|day|week|month)\b(?!-)(?P<and_half>\s+and\s+a\s+half\b)?"
)
"""One of a unit, or a part of one, after a word that makes it a length of time ("just under an
hour", "for a week", "half an hour", "a quarter of an hour", "three-quarters of an hour", "a half-hour",
"an hour and a half"), not a rate ("twice a day", "50 euros a month")."""
_PARTS_OF = (
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|[2-9])[\s-]+"
    r"(?P<d>third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)s?\s+of\b(?!\s+an?\b)"
    r"|(?<!first\s)(?<!second\s)(?<!latter\s)(?<!final\s)(?P<half>half)\s+of\b(?!\s+an?\b)"
    r"|\bby\s+(?:nearly\s+|almost\s+|about\s+|roughly\s+|around\s+|more\s+than\s+|over\s+)?"
    r"(?P<n2>a|one|two)\s+(?P<d2>third|quarter|fifth|tenth)s?\b(?!-|\s+of\s+an?\b)"
)
_COUNT_IN_COUNT = (
    r"(?<![\d.,])(?P<k>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+"
    r"(?P<m>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![.,]?\d|%|\s+(?:minute|hour|day|week|month|year)s?\b)"
)
_FRACTION = r"(?i)\b(?:" + _PARTS_OF + "|" + _COUNT_IN_COUNT + ")"
"""Shares in words: "a third of", "two-thirds of", "seven tenths of", "half of", "by nearly a fifth",
"one in eight", "9 in 10", "seven out of ten" (not "2 in 90 minutes").
Not a part of one unit ("a quarter of a point", "half of an hour") nor a half of a period ("the
first half of the year")."""
_COUNTS_IN_COUNT = r"(?i)\b(?:(?!)(?:" + _PARTS_OF + ")|" + _COUNT_IN_COUNT + ")"
"""`_FRACTION` for a sentence without a word of a part (`_FRACTION_WORDS`), which only "one in
eight" may match: its other branches fail at once (their groups kept, none matching)."""
_WORDED_FRACTION = compiled(
    r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9])[\s-]+"
    r"(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)s?\b"
)
"""A fraction in words, whatever it is of: its count of parts is no figure ("won by three tenths",
"three eighths of an inch": not 3), where `_FRACTION` reads no share."""
_RANGE_SCALE = compiled(
    r"\s*(?:[-–]|\s(?:to|and)\s)\s*(?:"
    + MARK_BEFORE
    + r")?"
    + _FIGURE
    + r"(?i:(?:\s*|-)"
    + _SCALE_WORD
    + r"\b|"
    + _SCALE_SUFFIX
    + r"\b)"
)
"""The second figure of a range and its scale, which the first figure shares ("-4 billion", " to
$4bn", " and 3 million")."""
_RANGE_JOINS = ("-", "–", " - ", " – ", " to ", " and ")
"""What joins the first figure of a range to the second."""
_WORD_AFTER = compiled(r"\s+([^\W\d_]+)")
_MEASURE_AFTER = compiled(
    r"(?i)-(?:metre|meter|kilometre|kilometer|km|mile|foot|feet|inch|centimetre|centimeter|tonne|ton|kilogram"
    r"|kilo|litre|liter|storey|story|year|goal|point|seat|lane|star|bedroom|game|match|stage)s?\b"
)
"""A unit joined to a number word, which makes "one" and "two" a figure: "a two-metre crack", "a
two-year contract" (as "a five-year contract" and "a 2-metre gash" give one)."""
_SCORE_SIDES = (
    r"(?P<a>\d(?<![\w.,:/–-]\d)\d{0,2})\s?(?:[-–]|:(?=\d(?!\d)))\s?(?P<b>\d{1,3})"
    r"(?![\w:/%–]|-(?![^\W\d_]{2})|[.,]\d|\s?(?:per\s?cent|percent)\b)"
)
"""The two sides of a score, a hyphen or a dash between them (a colon before one digit: "2:1", not
the clock time "2:10"), nothing after that makes a range of shares ("2-3%") nor a longer series
("4-3-3"), but a noun it is written onto ("nach dem 3:1-Sieg", "de 3-1-zege"); nothing of a figure
or a name before it ("COVID-19"), looked behind after its first digit, as `_FIGURE_ALONE` does."""
_SCORE = compiled(_SCORE_SIDES + r"(?P<more>(?:,?\s+|,)(?=\d{1,2}\s?[-–:]\d))?")
"""A pair of figures that may be a score (`_scores`), and whether another pair follows it, as the
sets of a tennis match do ("6-4, 3-6, 7-5")."""
_SCORE_WORDS = compiled(
    r"(?i)\b(?:won|wins?|winning|beat|beats|beaten|beating|defeated|defeats?|lost|lose|loses|losing|loss|drew|draw|drawn"
    r"|trail(?:s|ed|ing)?|led|leads?|leading|edged|scored?|scoreline|sets?|victory|vote|voted|ruled|result)\b"
)
"""Words that make a rising pair a score, within a few words of it: "lost 1-3", "trailing 0-2", "a
2-3 defeat" (a pair rises as a range does, "2-3 days", "10-15 people", when none stands by it)."""
_RANGE_UNITS = frozenset(
    [*SCALES, "bn", "mn", "m", "k", "kg", "g", "mg", "t", "lb", "oz", "km", "cm", "mm", "mi", "ft", "mph",
     "kmh", "ha", "kw", "mw", "gw", "kwh", "mwh", "gwh", "c", "f", "sq"]
)  # fmt: skip
"""Scales and units after a pair, which make it a range of them whatever stands near ("lost 2-4 kg",
"1-2 million customers"), as a plural noun after it does."""
SCORE_REACH = 24
"""Characters either side of a pair searched for a word of `_SCORE_WORDS`."""
_SHARE_OUT_OF = frozenset([*range(2, 11), 100])
"""What "seven out of ten", "38 out of 100" count out of, for a share (`_FRACTION`); "20 out of 32
seats" are counts."""
_DIGIT_IN = compiled(r"\d\s+(?:in|out\s+of)\s+\d")
"""Digits, "in" and digits: "9 in 10" may be a share (most sentences hold "in" and a digit apart)."""
_PART_OF_NUMBER = (
    r"(?i)\b(?:(?P<half>half)|(?P<n>a|one|three)\s+(?P<d>quarter|third)s?\s+of)"
    r"\s+an?\s+(?P<scale>dozen|hundred|thousand|million|billion|trillion)\b"
)
"""A part of a large number in words: "half a million" (500,000), "a quarter of a million"."""
_POINTS = (
    r"(?i)(?<![\d.,])(?:(?P<num>\d+(?:\.\d+)?)|(?:(?P<n>a|one|three)\s+)?(?P<d>quarter|half)s?(?:\s+of)?(?:\s+an?)?)"
    r"[\s-]*(?:(?P<basis>basis)[\s-]+points?\b|(?P<bp>bps?)\b|(?:percentage[\s-]+)?(?P<point>point)s?\b(?!-))"
)
"""A change in percentage points: "0.3 percentage points", "50 basis points", "50bp", "a quarter of
a percentage point", "a half-point rise"; "3 points" only beside a share ("up 3 points to 45%"):
"27 points" in a match are a score."""
_SHARE_AFTER = compiled(r"[\s-]*(?:(?P<points>percentage[\s-]+points?)|per[\s-]?cent|percent)\b", re.I)
"""What makes number words before it a share ("twenty percent", "two per cent") or a change in
percentage points ("five percentage points"), as it makes digits one."""
_RESTATED = compiled(r"\s*,?\s*(?:or\b|\()")
"""What restates a move in another measure: "fell 45 points, or 0.6 per cent", "300 points (0.8%)"."""
_ROUGHLY = (
    r"(?i)\b(?:(?P<low>no (?:fewer|less) than|not less than|at least|a minimum of|more than|upwards of"
    r"|(?<!\bhand )(?<!\bhands )(?<!\bhanded )(?<!\bhanding )(?<!\bturn )(?<!\bturns )(?<!\bturned )"
    r"(?<!\bturning )over)"
    r"|(?P<tight>nearly|almost|close to|just (?:under|below))"
    r"|(?P<high>no more than|not more than|at most|a maximum of|as (?:much|many) as|under|fewer than"
    r"|less than|up to|within)"
    r"|about|around|some|roughly|approximately)\s+(?:an?\s+)?(?-i:"
    + MARK_BEFORE
    + r")?[\w,.%]+"
    + r"(?:(?<=\d)(?<!\d\d\d)(?<![.,]\d)(?<![.,]\d\d)\s+(?:in|out\s+of)\s+\d{1,3}(?![\d.,])"
    + r"(?!\s+(?:minute|hour|day|week|month|year)s?\b))?"
    + r"(?:[\s-]+[^\W\d_]+){0,4}"
)
"""A bound or a rounding and the few words of the number after it (`rough_numbers`), a sum's
currency sign or code before it ("about $5 million", "more than US$200 million", "about CHF 30
million"; a code in capitals only). A bound that denies the other ("no more than 40") is found at
its first word, before the bound it holds ("more than"). A share of digits is one number ("more than
7 in 10 voters", as "gut sieben von zehn" is read), not a duration after it ("within 2 in 10 days")
nor a figure of three digits or a decimal before "in" ("more than 200 in 10 towns"). "Over" after
"hand" or "turn" is their particle, no bound ("handed over five prisoners": five)."""
_ROUGH_WORDS = frozenset(
    "fewer less least minimum more over upwards most maximum much many under up within nearly almost close "
    "below about around some roughly approximately".split()
)
"""A word each match of `_ROUGHLY` holds whole (in ASCII text: re.IGNORECASE also takes "ſ" for "s")."""
_PERIOD_CUES = frozenset("last next this previous past coming ago".split())
_PERIOD_UNITS = frozenset("year years season term month months week weeks decade decades".split())
"""A match of `_PERIOD` holds a word of each, whole (in ASCII text: re.IGNORECASE also takes "ı" for
"i")."""
_PERIOD = (
    r"(?i)\b(?:last|next|this|previous|past|coming)\s+(?:year|season|term|month|week|decade)\b"
    r"|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:years?|decades?|months?|weeks?)\s+ago\b"
)
"""Relative periods that anchor a statement in time (`periods_in`): "last year", "two years ago", "18
months ago", "three weeks ago" (a time before the news, as a year is; "for 18 months" is a length).
"Yesterday" and "tomorrow" are none: they are the news's days, as "on Tuesday" is ("put out
yesterday" and "put out on Tuesday" may tell one fact)."""
_HALF_YEAR = r"(?i)\bhalf a year\b"
"""Compiled on first use (`patterns.compiled`), as few texts hold a duration: ~0.2 ms saved a run."""
_DAY_PART = r"(?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night))\b"
"""The words that place an hour in the day (PART_OF_DAY_HOURS): after a number or a time in words."""
_PART_OF_DAY = compiled(r"\b(?P<h>\d{1,2}|[a-z]+)(?: o'clock)? " + _DAY_PART, re.I)
_CLOCK_HOUR = (
    r"\s+(?P<h>\d{1,2}|[a-z]+)(?:\s+o['’]clock\b"
    r"|(?=\s*(?:[^\w\s]|$|(?:in|on|at|and|when|as|[ap]\.?m)\b)))"
)
_ZONE_AFTER = compiled(r"\s*\(?(?P<zone>" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")\b")
"""A time zone right after a clock time: "10 a.m. EST", "1800 GMT", "9:30 (ET)"."""
_WORDED_CLOCK = compiled(
    r"\b(?:(?:(?:a\s+)?(?P<q>quarter|half)|(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+minutes?)\s+(?P<rel>past|to|before|after)"
    r"|(?P<n2>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+past)"
    + _CLOCK_HOUR
    + r"|\b(?P<h2>\d{1,2}|[a-z]+)\s+o['’]clock\b",
    re.I,
)
"""Clock times in words: "a quarter past eight", "half past nine", "ten (minutes) past six", "ten minutes to
six", "20 minutes before noon", "eight o'clock"; without "o'clock", what follows must end the phrase
("twenty minutes to three judges", "20 minutes before the end" are no time). "Ten to six" without
"minutes" is as often a range, and stays two numbers."""
_CLOCK_PART = compiled(r"\s+" + _DAY_PART + r"|\s*(?P<ap>[ap])\.?m\b\.?", re.I)
"""What may follow a clock time in words to place it in the day: "in the evening", "p.m."."""
_CLOCK_CUES = frozenset({"quarter", "half", "minute", "minutes", "past", "clock"})
"""A word each match of `_WORDED_CLOCK` holds."""
_CLOCK = compiled(
    r"(?<![\d.:])(?P<h>1[0-2]|0?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b\.?"
    r"|(?<![\d.:])(?P<h24>[01]?\d|2[0-3]):?(?P<m24>(?<=:)[0-5]\d|(?<=\d)[0-5]\d(?=\s+(?:GMT|UTC)\b))(?![\d:]|[.,]\d)",
    re.I,
)
"""A clock time: "3 p.m.", "9:40 a.m.", "21:32", and a wire's "1200 GMT" (four digits before GMT or
UTC: a time, not the figure 1200 or the year 1800); not a time taken to the hundredth ("1:49.87",
minutes and seconds: `_times_taken` in locales writes "1.49,87" so), which tells no hour, nor one no
clock shows ("13 p.m.", "9:75 a.m.")."""
_MONTH_NAME = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
"""A month's name or abbreviation (MONTHS, MONTH_ABBREVIATIONS), grouped by its first letters: tried
at every word of a sentence, twelve short alternatives cost less than twenty-four whole ones."""
_DAY_MONTH = compiled(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + _MONTH_NAME + r")\b\.?"
    r"|(?P<m2>" + _MONTH_NAME + r")\b\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\b(?!:)",
    re.I,
)
"""A day of a month, either way round ("3 December", "the 4th of July", "Dec. 3"). Only a month's
name may stand beside the day: any word did, so "since 3 December" read "since 3", and the day was
a figure."""
_DIGIT = compiled(r"\d")
FRACTION_GLYPHS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
"""The fractions written as one character after a whole: "4½" is 4.5 (`_MIXED_NUMBER`)."""
_MAGNITUDE = compiled(r"\bMw?(?P<num>\d\.\d)\b(?!\.\d)")
"""A quake's magnitude written against its "M" ("M6.8", "Mw 7.1" aside): the figure 6.8. A decimal
is needed: "M6" is a motorway."""
_FRACTION_GLYPH = compiled("[" + "".join(FRACTION_GLYPHS) + "]")
_MIXED_WORDS = frozenset({"half", "quarter", "quarters"})
"""The words of a fraction "and a half" or "and three quarters" ends with (`_MIXED_NUMBER`)."""
_SMALL_NUMBER_TERM = "|".join([*NUMBER_WORDS, "hundred"])
_MIXED_NUMBER = compiled(
    r"(?i)(?<![\w.,/-])(?:(?P<digits>\d+)|(?P<words>(?:"
    + _SMALL_NUMBER_TERM
    + r")(?:[\s-]+(?:"
    + _SMALL_NUMBER_TERM
    + r"))*)|(?P<big>a|one)\s+(?P<big_scale>thousand|million|billion|trillion))"
    r"(?:(?<=\d)\s?(?P<glyph>[½¼¾])|(?<=\d)[\s-](?P<n>[13])/(?P<d>[24])(?![/\d])"
    r"|[\s-]+and[\s-]+(?:an?[\s-]+(?P<part>half|quarter)|(?P<three>three)[\s-]+quarters?)\b)"
    r"(?:\s*(?P<pct>%|percent\b|per cent\b)|(?:\s+|-)"
    + _SCALE_WORD
    + r"\b|(?<=[½¼¾])"
    + _SCALE_SUFFIX
    + r"\b)?"
)
"""A whole and a fraction of one, one figure: "four and a half", "four-and-a-half", "4½", "3 1/2",
"six and three quarters", with the scale or percent sign after it ("two and a half million",
"€2¼bn", "4 1/2 per cent"), and "a million and a half". Not "12 1/2/2026", a date; not "two million
and a half", whose half is of no one unit."""
_MODEL_NUMBER = compiled(r"\b[A-Z][\w]*-$")
"""A capitalised word and a hyphen right before digits: a model or product number."""
IMPLIED_SHARES_MAX = 8
"""Shares of one sentence of which `implied_points` takes the change between any two; of more, it
takes the changes between shares told one after the other (a sentence of 2,000 shares gave two
million changes, 7 s of a compare)."""
FEW_SPANS = 16
"""Spans taken from figures (dates, durations, scores) that `read_numbers` tests one by one; more are
bisected (`_within_any`: built for every sentence, the bisection cost 0.6% of an align's
instructions)."""
MODEL_NAME_REACH = 64
"""How far before a hyphen and its digits `_MODEL_NUMBER` looks: a name is shorter ("COVID-19"), and
a search from the sentence's start for each figure took seconds on a line of thousands ("1-1-1-...")."""
_LABEL_BEFORE = compiled(r"(?:[^\W\d_][,;]?\s+(?P<word>[A-Z]{2,})\s|(?:№|#|\bN[or]\.)\s?)$")
"""What makes the digits after it a name or a number in a series, not a figure: a word in capitals
after another word ("the Linie RB 34", "GRIP 2", "Flight MH 17") or a sign of numbering ("№ 3",
"No. 7", "#2"). Not a currency's code ("CHF 30 million") nor before a year. A capitalised word is
not enough: "in Madrid 40 people died"."""
_ERA_YEAR = compiled(
    r"(?<![\d,.])(?P<n>\d{1,4})\s?(?:BCE?|B\.C\.|CE|AD|A\.D\.)(?!\w)(?!\s[A-Z][a-z])"
    r"|\b(?:AD|A\.D\.)\s?(?P<n2>\d{1,4})\b"
)
"""A year of an era: "1200 BC", "AD 79" are years (`periods_in`), which a count does not meet: the
burials "around 1200 BC" and "3,200 years old" are no disagreement. Not before a name: "300 BC
Hydro crews" are a count."""
_ROUGH_TIME = compiled(
    r"(?i)\b(?:(?:shortly|just|soon|right)\s+(?P<side>before|after)|(?:at\s+)?(?:about|around|approximately))\s+"
)
"""What makes the clock time after it a loose one (`rough_times`)."""
_ROUGH_TIME_WORDS = frozenset({"shortly", "just", "soon", "right", "about", "around", "approximately"})
"""A word each match of `_ROUGH_TIME` holds."""
ROUGH_TIME_REACH = 40
"""Characters after a cue of `_ROUGH_TIME` read for the time it qualifies ("four in the morning")."""
_ERA_WORDS = frozenset({"bc", "bce", "ce", "ad", "b", "d"})
"""A word (`_letter_words`) each match of `_ERA_YEAR` holds ("B.C." gives "b" and "c", "A.D." "a" and "d")."""
_DECADES = compiled(r"(?i)\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|\d)\s+decades?\b")
"""Decades counted, as the years they are: "up to a decade in prison" is the 10 of "up to 10 years"
(years stay figures); "three decades" 30. Not "the last decade", a period (`periods_in`)."""
_SERIES = compiled(r"\s*(?:,|and|und|et|y|e|en|i|и)\s*$")
"""What joins the numbers of a series after one sign of numbering: "schools № 3, 7, 11 и 14"."""
_PLURAL_AFTER = compiled(r"\s+(?P<word>[^\W\d_]+)\b(?!['’])")
"""The word after a figure, which may be what it counts (`_written_as_a_count`)."""
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman"}
"""Plurals that no final "s" makes (`singular`)."""
_COUNTED_WORD = compiled(r"[\s-]+(?P<word>[^\W\d_]+)")
"""The word after a figure (`counted_words`): "13 people", "a 44-year-old"."""
_LETTERS = compiled(r"[^\W\d_]+")
_LETTERS_AND_DIGITS = compiled(r"[^\W_]+")
"""The words of a text in another language as `dates_in` looks them up, once rewritten (`locales`)."""
_ASCII_LETTER_RUNS = bytes(ord(chr(c).lower() if chr(c).isalpha() else " ") for c in range(128)) + b" " * 128
"""Per byte of ASCII text, its letter in lower case or a space (`_letter_words`)."""
_CLOCK_WORDS = frozenset({"am", "pm", "m", "gmt", "utc"})
_NUMBER_TERMS = frozenset([*NUMBER_WORDS, "hundred", *SCALES])
SECOND = 1 / 3600
"""A second, in hours: the unit of a duration that `_DURATION` reads beside those of DURATION_UNITS
("40 seconds", "a 30-second clip"), never alone ("a second" is as often the second of two)."""
_DURATION_UNITS = frozenset(
    [*(unit + plural for unit in DURATION_HOURS for plural in ("", "s")), "min", "mins", "second", "seconds"]
)
"""The words of a duration's unit (and "min", which sports results write: "1 min 12 s")."""
_FRACTION_WORDS = frozenset([*FRACTIONS, *(f + "s" for f in FRACTIONS)])
_FIGURE_WORDS = (
    _NUMBER_TERMS | _DURATION_UNITS | _FRACTION_WORDS | _CLOCK_CUES | {"point", "points", "decade", "decades"}
)
"""The words one of which a sentence without a digit (nor "bp") holds for `read_numbers` to find a
figure in it: number words, units of durations, fractions, clock times in words, points, decades.
Every pattern of figures in words is searched only in a sentence that holds one (most sentences
without a digit hold none)."""
_PARTS_OF_DAY = frozenset(PART_OF_DAY_HOURS)
_MONTH_WORDS = frozenset([*MONTHS, *MONTH_ABBREVIATIONS])
WEEKDAY_SET = frozenset(WEEKDAYS)
MONTH_SET = frozenset(MONTHS)
"""WEEKDAYS and MONTHS to look words up in: a tuple is searched item by item (dates_in looked every
word of a sentence up in WEEKDAYS: 2.1 M of the events pair's 17.3 M instructions of dates_in)."""
_NAMING_NO_THING = FUNCTION_WORDS | MONTH_SET | WEEKDAY_SET
"""Words after "by a third" that leave it a share ("fell by a third last year", "in May")."""
_ISO_DATE = compiled(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_NUMBER_TERM = "|".join([*NUMBER_WORDS, "hundred", *SCALES])
_NUMBER_INITIALS = "".join(sorted({term[0] for term in _NUMBER_TERM.split("|")}))
_NUMBER_WORD = compiled(
    rf"\b(?=[{_NUMBER_INITIALS}])(?<!\d )(?<!\d-)(?:{_NUMBER_TERM})"
    rf"(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_TERM}))*\b",
    re.I,
)
"""Number words in a row ("two hundred and fifty"). The look-ahead for their first letters lets the
search skip most words without trying the whole alternation: 10 -> 4.5 us a sentence."""
_YEAR = compiled(r"^(?:1[6-9]|20)\d\d$")
_DECADE = compiled(r"^(?:1[6-9]|20)\d0s$")
_DECADE_END = compiled(r"['’]?s\b")
"""What follows a year's digits that makes them a decade: "1990s", "1990's"."""


def numbers_in(text: str, language: str = "en") -> tuple[str, ...]:
    """Numbers in text, normalised: digits without separators, `%` for percent, scales applied
    ("85m" 85000000, "half a million" 500000). A duration is one quantity in hours ("48 hours" is
    `48h`, not also the figure 48; "an hour and a half" `1.5h`), a share in words a percentage
    marked APPROXIMATE ("a third of" `~33.3%`, "one in eight" `~12.5%`). A text in another language
    (`locales.LANGUAGES`) gives the same forms ("1.200" in German is 1200, "3,5 Prozent" 3.5%)."""
    return read_numbers(text, language)[0]


def read_numbers(text: str, language: str = "en") -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """`numbers_in` of a sentence, and the numbers it gives as amounts of money, each with its
    currency (see `money`): "$4.2bn" ("4200000000", "$"), "300 million Swiss francs" ("300000000",
    "CHF"), "four million dollars" ("4000000", "$"), "12,5 Mio. €" in German ("12500000", "EUR").
    One pass reads both: `extract` keeps them as `Fact.numbers` and `Fact.money`."""
    text = _as_read(text, language)  # (English pays for no other language's rules)
    found: list[str] = []
    money: list[tuple[str, str]] = []
    has_digit = _DIGIT.search(text) is not None
    words = _letter_words(text)
    if not has_digit and "bp" not in text and words.isdisjoint(_FIGURE_WORDS):
        return (), ()  # (no figure in words either: each search below needs one of these words)
    may_pay = may_name_money(text, words)
    claimed: list[tuple[int, int]] = []  # durations, shares, parts of numbers: their words are no figures
    hours: list[str] = []
    for match in _RACE_TIME.finditer(text) if has_digit and ":" in text else ():  # "2:11:43"
        claimed.append(match.span())
        minutes = 60 * int(match["h"]) + int(match["m"]) if match["h"] else int(match["m_alone"])
        fraction = int(match["f"].ljust(2, "0")) / 100 if match["f"] else 0  # (hundredths)
        hours.append(_time_taken_in_hours(60 * minutes + int(match["s"]) + fraction))
    if has_digit and ("-" in text or "–" in text or ":" in text):  # (most sentences: no score)
        for span, score in _scores(text, language):
            claimed.append(span)
            found.append(score)
    lengths: list[tuple[int, int, float, float]] = []  # each duration: its span, hours and unit
    # the regular expressions below are slow on long sentences: run them only when they can match
    has_unit = not words.isdisjoint(_DURATION_UNITS)
    in_years: list[tuple[int, int]] = []  # "14 years and six months": one length, in years
    for match in _YEARS_AND_MONTHS.finditer(text) if has_unit and not words.isdisjoint(_YEAR_WORDS) else ():
        if (length := _years_and_months(match)) is not None:
            in_years.append(match.span())
            found.append(length)
    claimed += in_years
    for match in compiled(_DURATION).finditer(text) if has_unit else ():
        if in_years and any(start <= match.start() < end for start, end in in_years):
            continue  # (the months of a length in years and months)
        if language == "en" and match["unit"][:3].lower() == "min" and _COUNTDOWN.match(text, match.end()):
            continue  # "20 minutes from time": a count, no length of a game to set against its minutes
        amount = match["n"].lower()
        count = float(amount.replace(",", "")) if amount[0].isdigit() else NUMBER_WORDS.get(amount)
        if count and isfinite(count):  # (over 300 digits are more than a float holds: no figure)
            count += 0.5 if match["and_half"] else 0  # "two and a half weeks"
            name = match["unit"].lower()
            unit = SECOND if name == "second" else DURATION_HOURS["minute" if name == "min" else name]
            start, low = _range_start(text, match.start(), count)
            if low:
                hours.append(_in_hours(low * unit, unit))
            claimed.append((start, match.end()))
            lengths.append((start, match.end(), count * unit, unit))
    for span, minute in _match_minutes(text) if has_unit and "minute" in words and language == "en" else ():
        claimed.append(span)  # "in the 12th minute", "a 58th-minute header"
        unit = DURATION_HOURS["minute"]
        lengths.append((*span, minute * unit, unit))
    for match in (
        compiled(_ONE_DURATION).finditer(text) if has_unit and ("a" in words or "an" in words) else ()
    ):
        if match["d"]:
            share = _small_number(match["n"]) / FRACTIONS[match["d"].lower()]
        elif match["half"] or match["a_half"]:
            share = 0.5
        elif (
            match["before"]
            or match["and_half"]
            or (match["unit"].lower() == "hour" and _MORE_PARTS.match(text, match.end()))
            or (_SINCE.match(text, match.end()) and not _RATE_BEFORE.search(text, 0, match.start()))
        ):
            share = 1.0
        else:
            continue  # "twice a day": a rate
        share += 0.5 if match["and_half"] else 0
        claimed.append(match.span())  # ("three quarters": no figure 3)
        unit = DURATION_HOURS[match["unit"].lower()]
        lengths.append((match.start(), match.end(), share * unit, unit))
    if lengths:
        hours += _joined_durations(text, lengths, claimed)
    if has_digit and "M" in text:
        found += [match["num"] for match in _MAGNITUDE.finditer(text)]  # "an M6.8 quake"
    # "four and a half", "4½", "3 1/2": one figure (searched only where one can be written)
    if _may_mix(text, words):
        taken_before = _holding(claimed)  # (the matches themselves never overlap)
        for match in _MIXED_NUMBER.finditer(text):
            if taken_before(match.start()):
                continue  # ("two and a half weeks": a duration)
            claimed.append(match.span())
            found.append(_mixed_number(match))
            if (
                may_pay
                and not match["pct"]
                and (currency := currency_before(text, match.start()) or currency_after(text, match.end()))
            ):
                money.append((found[-1], currency))
    shares = "%" in text or "cent" in text  # a share is written: "up 3 points to 45%", "2 and 3 per cent"
    may_point = ("point" in words or "points" in words or "bp" in text) and (
        has_digit or "quarter" in text or "half" in text
    )
    for match in compiled(_POINTS).finditer(text) if may_point else ():
        # "27 points": a score; beside a share, "up 3 points to 45%", a change in points, but not
        # beyond a hundred nor restated as a share: an index's, "fell 300 points, or 0.8%"
        if (
            match["num"]
            and match["point"]
            and "percentage" not in match.group(0).lower()
            and (not shares or float(match["num"]) > MAX_POINTS or _RESTATED.match(text, match.end()))
        ):
            continue
        if match["num"]:
            size = float(match["num"]) / (100 if match["basis"] or match["bp"] else 1)
        else:
            size = _small_number(match["n"] or "a") / FRACTIONS[match["d"].lower()]
            if match["basis"] or match["bp"]:
                continue  # "half a basis point": too small to tell
        if not isfinite(size):
            continue
        claimed.append(match.span())
        found.append(_format_number(round(size, 4)) + POINTS)
    worded = [(start, end) for start, end, _, _ in _worded_times(text)]  # "half past eight": a time
    dates = _date_spans(text) if has_digit else []
    for match in _shares(text, words, has_digit, worded, dates):
        claimed.append(match.span())  # (its words are no figures of their own)
        found.append(_share_of(match))
    if not words.isdisjoint(_FRACTION_WORDS):
        claimed += [match.span() for match in _WORDED_FRACTION.finditer(text)]  # ("three tenths": no 3)
    for match in _DECADES.finditer(text) if "decade" in words or "decades" in words else ():
        claimed.append(match.span())  # ("three decades": no figure 3)
        found.append(str(10 * _small_number(match["n"])))
    taken = dates + claimed + worded
    # (most sentences take a few spans, tested one by one; a hostile line thousands)
    within = _within_any(taken) if len(taken) > FEW_SPANS else None
    dials = has_digit and not words.isdisjoint(_DIAL_WORDS)  # (few sentences tell a number to call)
    shared: re.Match[str] | None = None  # the end of a range whose scale its start took
    series: int | None = None  # where the last number of a series ("№ 3, 7") ended
    shared_currency: str | None = None
    for match in _NUMBER.finditer(text) if has_digit else ():
        value = Decimal(match["num"].replace(",", ""))
        # what the figure before left for this one, if it opened a range this figure closes
        range_end, range_currency = shared, shared_currency
        shared = shared_currency = None
        if match["scale"] or match["suffix"]:
            value = EXACT.multiply(value, _scale_of(match))
        else:  # "$3-4 billion", "between 2 and 3 million": 3 billion, 2 million
            shared = _range_with_scale(text, match.end(), value)
            value = EXACT.multiply(value, _scale_of(shared)) if shared is not None else value
        if (
            within(match.start(), match.end())
            if within is not None
            else any(start <= match.start() and match.end() <= end for start, end in taken)
        ):
            continue
        before = text[max(match.start() - 2, 0) : match.start()]  # "-$" needs a hyphen there
        if (before[-1:] == "-" or before == "-\n") and _MODEL_NUMBER.search(
            text, max(match.start() - MODEL_NAME_REACH, 0), match.start()
        ):
            continue  # "Vela-2", "COVID-19": part of a name, not a figure
        if (
            (series is not None and _SERIES.match(text, series, match.start()))
            or (before[-1:] in _LABEL_ENDS and _labelled(text, match))
        ) and not _written_as_a_count(text, match):
            series = match.end()
            continue  # "the RB 34 line", "schools № 3, 7 and 11": names, or numbers in a series
        series = None
        if dials and _dialled(text, match):
            continue  # "call 999", "llame al 112": a number to dial, no figure
        percent = bool(match["pct"]) or (
            shares and _starts_a_share_range(text, match.start(), match.end(), value)
        )
        small = None if percent or not may_pay else hundredths(text, match.end())
        if small:
            value = value.scaleb(-2, EXACT)  # "42 cents" is 0.42, as "$0.42" is
        after = text[match.end() : match.end() + 1]  # (a test of one character first: most are no decade)
        if after and after in "s'’" and (decade := _decade(text, match)):
            found.append(decade)  # "the 1990s", "the '90s": a decade, not the year 1990
            continue
        found.append(exact_figure(value) + ("%" if percent else ""))
        if may_pay and not percent:
            currency = small or currency_before(text, match.start()) or currency_after(text, match.end())
            # a range's currency is written once: "$3-4 billion", "3 to 4 billion euros"
            if shared is not None:
                currency = currency or currency_after(text, shared.end())
                shared_currency = currency
            elif range_end is not None and range_end.start("num") == match.start():
                currency = currency or range_currency
            if currency:
                money.append((found[-1], currency))
    may_part = ("half" in words or not words.isdisjoint(_FRACTION_WORDS)) and not words.isdisjoint(
        _NUMBER_TERMS
    )
    for match in compiled(_PART_OF_NUMBER).finditer(text) if may_part else ():
        share = 0.5 if match["half"] else _small_number(match["n"]) / FRACTIONS[match["d"].lower()]
        claimed.append(match.span())  # (its words are no figure of their own)
        found.append(_format_number(round(share * _number_phrase([match["scale"].lower()]))))
    clock_words = [m.span() for m in _parts_of_day(text)] if words & _PARTS_OF_DAY else []
    clock_words += worded
    worded_numbers = not words.isdisjoint(_NUMBER_TERMS)
    held = _holding(clock_words + claimed if worded_numbers else [])
    for match in _NUMBER_WORD.finditer(text) if worded_numbers else ():
        worth = _number_phrase(compiled(r"[a-z]+").findall(match.group(0).lower()))
        if held(match.start()):
            continue  # "six in the evening" is a time (18:00), "seven months" a duration
        # "one", "two": articles and pairs, rarely a figure worth checking, but in a measure ("a
        # two-metre crack", as another outlet's "2-metre")
        if not isfinite(worth):
            continue  # (more hundreds than a float holds: no figure)
        if of_all := _SHARE_AFTER.match(text, match.end()):  # "twenty percent", as "20 percent"
            found.append(_format_number(worth) + (POINTS if of_all["points"] else "%"))
        elif worth >= 3 or _MEASURE_AFTER.match(text, match.end()):
            found.append(_format_number(worth))
            if may_pay and (currency := currency_after(text, match.end())):
                money.append((found[-1], currency))  # "four million dollars"
    found.extend(hours)
    if "half" in words and compiled(_HALF_YEAR).search(text):
        found.append(HALF_YEAR)
    return tuple(dict.fromkeys(found)), tuple(dict.fromkeys(money))


_DIALLED = compiled(
    r"(?i)\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|ring|phone|text|hotline|helpline"
    r"|emergency(?:\s+(?:number|line|services?|hotline))?|emergencias|emergenze|urgences|notruf(?:nummer)?"
    r"|llam(?:e|ar|ó|o|en|aron|ando)\s+al|marc(?:ar|ó|ando|ad|a)\s+el|chiam(?:are|ato|ate|a)\s+il"
    r"|numero(?:\s+(?:unico|verde))?|número|numéro|appel(?:er|ez|é)?\s+le|lig(?:ue|ar|ou)\s+para)"
    r"\s+(?:(?:the|el|le|il|al|o|on|de|del|di)\s+)?(?:(?:number|número|numero|numéro)\s+)?$"
)
"""What comes before a number to dial: "call 999", "dial 911", "emergency services 112", "llame al
112", "chiamare il 118", "numéro 15" (`_dialled`)."""
_DIAL_WORDS = frozenset(
    "call called calling calls dial dialled dialed dialling dialing dials ring phone text hotline helpline "
    "emergency emergencias emergenze urgences notruf notrufnummer llame llamar llamó llamo llamen llamaron "
    "llamando marcar marcó marcando marcad marca chiamare chiamato chiamate chiama numero número numéro "
    "appeler appelez appelé appel ligue ligar ligou".split()
)
"""The words `_DIALLED` opens with, one of which a sentence holds for it to be searched."""
DIAL_REACH = 40
"""Characters before a figure searched for what makes it a number to dial (`_DIALLED`)."""


def _may_mix(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether `text` may hold a whole and a fraction (`_MIXED_NUMBER`): most sentences hold none of
    the words, slash or signs it needs, and the pattern is not searched."""
    if "/" in text or not (text.isascii() or _FRACTION_GLYPH.search(text) is None):
        return True
    if words is None:  # (a search for the words' letters in C: most sentences hold neither)
        return "alf" in text or "uarter" in text or "ALF" in text or "UARTER" in text
    return not words.isdisjoint(_MIXED_WORDS)


def _mixed_if(text: str) -> tuple[re.Pattern[str], ...]:
    """`_MIXED_NUMBER`, when `text` may hold one (`_may_mix`)."""
    return (_MIXED_NUMBER,) if _may_mix(text) else ()


def _mixed_number(match: re.Match[str]) -> str:
    """The figure a match of `_MIXED_NUMBER` writes: "3 1/2 million" 3500000, "4½%" 4.5%."""
    if match["big"]:
        return exact_figure(EXACT.multiply(Decimal("1.5"), SCALES[match["big_scale"].lower()]))
    if match["digits"]:
        whole = Decimal(match["digits"])
    else:
        whole = Decimal(int(_number_phrase(compiled(r"[a-z]+").findall(match["words"].lower()))))
    if match["glyph"]:
        part = FRACTION_GLYPHS[match["glyph"]]
    elif match["n"]:
        part = Decimal(match["n"]) / Decimal(match["d"])
    else:
        part = Decimal("0.75") if match["three"] else Decimal(1) / FRACTIONS[match["part"].lower()]
    value = whole + part
    if match["scale"] or match["suffix"]:
        value = EXACT.multiply(value, _scale_of(match))
    return exact_figure(value) + ("%" if match["pct"] else "")


def _dialled(text: str, match: re.Match[str]) -> bool:
    """Whether the figure `match` is a short number to dial ("call 999", "servicio de emergencias
    112"), not a count ("called 112 witnesses")."""
    digits = match["num"]
    if not digits.isdigit() or len(digits) > 3 or match["pct"] or match["scale"] or match["suffix"]:
        return False
    if not _DIALLED.search(text, max(0, match.start() - DIAL_REACH), match.start()):
        return False
    after = _PLURAL_AFTER.match(text, match.end())
    return after is None or not _a_plural(after["word"].lower())


_LABEL_ENDS = frozenset(" \u00a0№#.")
"""The last character before a figure `_labelled` may find a label in (most figures follow no capital)."""


def _labelled(text: str, match: re.Match[str]) -> bool:
    """Whether the figure `match` names or numbers something (`_LABEL_BEFORE`)."""
    start = match.start()
    mark = text[max(0, start - 2) : start].rstrip(" \u00a0")[-1:]
    if not mark.isupper() and mark not in "№#.":  # (most figures follow a word in lower case)
        return False
    label = _LABEL_BEFORE.search(text, max(0, start - LABEL_REACH), start)
    if label is None or (match["num"].isdigit() and _YEAR.match(match["num"])):
        return False
    word = label["word"]
    return word is None or (word != "AD" and currency_before(text, match.start()) is None)


def _written_as_a_count(text: str, match: re.Match[str]) -> bool:
    """Whether the figure `match` is written as a count, whatever names a thing before it: with a
    scale, as a share, in thousands ("the EU 2 million euro fund", "across the US 1,200 flights"),
    or before a noun in the plural ("told the BBC 40 people", "in the UK 300 arrests"; a verb in -s
    after a line's number reads as one: "the RB 34 runs", a figure as before labels were read)."""
    if match["pct"] or match["scale"] or match["suffix"] or "," in match["num"]:
        return True
    after = _PLURAL_AFTER.match(text, match.end())
    if after is None or not after["word"].islower():
        return False
    return _a_plural(after["word"]) and after["word"] not in FUNCTION_WORDS


def _a_plural(noun: str) -> bool:
    """Whether a noun in lower case is in the plural: "people", "men", "arrests"; not "bus" (the
    final "s" of a word of three letters or fewer makes no plural)."""
    return noun in _IRREGULAR_PLURALS or (len(noun) > 3 and singular(noun) != noun)


def singular(word: str) -> str:
    """A noun in lower case as one of it: "person" for "people", "ship" for "ships" ("glass" stays)."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _scores(text: str, language: str = "en") -> list[tuple[tuple[int, int], str]]:
    """The scores of a sentence, each with its span, as `SCORE` writes them ("7-5"): a pair of figures
    in a series of pairs ("6-4, 3-6, 7-5": the sets of a match), one that falls or stays level
    ("3-1", "1-1", "112-108": no range), or one that rises beside a word of a match or a vote
    (`_SCORE_WORDS`: "lost 1-3"; in another language its own, `locales.told_a_score`: "verloor met
    1-3"). Not a rising pair alone ("2-3 days", "10-15 people": a range), nor a pair of three digits
    that falls alone ("a 737-8 jet")."""
    pairs = list(_SCORE.finditer(text))
    found = []
    for at, match in enumerate(pairs):
        a, b = int(match["a"]), int(match["b"])
        after = _PLURAL_AFTER.match(text, match.end("b"))
        if after is not None and (
            (word := after["word"].lower()) in _TIME_UNITS or word in _RANGE_UNITS or _a_plural(word)
        ):
            continue  # "2-3 days", "won 10-15 seats", "lost 2-4 kg", "1-2 million": a range of what follows
        follows = at > 0 and pairs[at - 1]["more"] is not None and pairs[at - 1].end() == match.start()
        told = (
            match["more"] is not None
            or follows
            or _SCORE_WORDS.search(text, max(0, match.start() - SCORE_REACH), match.end() + SCORE_REACH)
            or (language != "en" and a < b and _told_a_score(text, match.start(), match.end("b"), language))
        )
        if told or (a >= b and max(a, b) < 100):
            found.append(((match.start(), match.end("b")), f"{a}{SCORE}{b}"))
    return found


_SCORE_WORD_SIDE = "|".join(sorted((w for w in NUMBER_WORDS if w != "dozen"), key=len, reverse=True))
_WORDED_SCORE = compiled(
    rf"(?i)(?<![\w-])(?P<a>{_SCORE_WORD_SIDE})(?P<votes>\s+votes?)?\s+to\s+(?P<b>{_SCORE_WORD_SIDE})\b(?!-)"
)
"""A vote or a score in words: "seven to two", "six votes to three" (`_worded_scores`)."""
_FROM_BEFORE = compiled(r"(?i)\bfrom\s+$")


def worded_scores(text: str, language: str = "en") -> dict[str, tuple[str, ...]]:
    """The votes and scores an English sentence writes in words, as `SCORE` writes them, each with the
    figures `numbers_in` reads in its words: "voted seven to two" {"7-2": ("7",)}, "by six votes to
    three" {"6-3": ("6",)}, "won three to one"; beside a word of a vote or a match (`_SCORE_WORDS`),
    its first side not below its second ("rose from two to five" is a change, "two to three weeks"
    and "seven to two seats" ranges). Digits stay figures ("by 89 votes to 81": a majority of eight
    is what they leave). The conflicts weigh such a vote as one value (`conflicts.numbers`), as
    "7-2" is; the facts keep its figures, as alignment reads them."""
    if language != "en" or " to " not in text:
        return {}  # (most sentences)
    words = _letter_words(text)
    if words.isdisjoint(NUMBER_WORDS) or ("votes" not in words and _SCORE_WORDS.search(text) is None):
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for match in _WORDED_SCORE.finditer(text):
        a, b = NUMBER_WORDS[match["a"].lower()], NUMBER_WORDS[match["b"].lower()]
        if (
            a >= b
            and not _FROM_BEFORE.search(text, max(0, match.start() - 6), match.start())
            and not _counts_after(text, match.end())  # ("seven to two seats": a range of seats)
            and (
                match["votes"]
                or _SCORE_WORDS.search(text, max(0, match.start() - SCORE_REACH), match.end() + SCORE_REACH)
            )
        ):
            found[f"{a}{SCORE}{b}"] = numbers_in(match.group())
    return found


_YEAR_WORDS = frozenset({"year", "years"})


def _years_and_months(match: re.Match[str]) -> str | None:
    """The figure in years of a match of `_YEARS_AND_MONTHS` ("14.5"; twelfths rounded to two
    decimals: "11.25", "3.42"), or None when its words are no counts of years and of months."""
    years, months = (_amount(match[part]) for part in ("y", "m"))
    if years is None or months is None or not 0 < months < 12:
        return None
    return _format_number(round(years + months / 12, 2))


def years_and_months_shown(number: str) -> str | None:
    """A length in years that `_years_and_months` reads ("6.33" for "six years and four months") as
    a reader writes it, "6 years 4 months"; None for whole years or halves ("6.5 years" is written
    so too) or a figure no count of months makes."""
    try:
        months = round(float(number) * 12)
    except ValueError:
        return None
    years, left = divmod(months, 12)
    if left in (0, 6) or _format_number(round(years + left / 12, 2)) != number:
        return None
    in_months = f"{left} month{'' if left == 1 else 's'}"
    return f"{years} year{'' if years == 1 else 's'} {in_months}" if years else in_months


def _match_minutes(text: str) -> list[tuple[tuple[int, int], int]]:
    """The minutes of a game a text tells (`_MATCH_MINUTE`), each with its span."""
    found = []
    for match in _MATCH_MINUTE.finditer(text):
        if 0 < (minute := int(match["n"])) <= MATCH_MINUTES:
            found.append((match.span(), minute))
    return found


def minutes_of_a_game(text: str, language: str = "en") -> frozenset[str]:
    """The minutes of a game an English sentence tells, as `numbers_in` reads them ("0.2h" for "in
    the 12th minute"): a moment of the game, as an ordinal is a rank, no length another figure can
    be close to (the 80th and the 93rd minute are two moments: `similarity`'s close figures), though
    equal to "after 12 minutes"."""
    if language != "en" or "inute" not in text:
        return frozenset()
    unit = DURATION_HOURS["minute"]
    return frozenset(_in_hours(minute * unit, unit) for _, minute in _match_minutes(text))


def _joined_durations(
    text: str, lengths: list[tuple[int, int, float, float]], claimed: list[tuple[int, int]]
) -> list[str]:
    """Durations in hours (`48h`), those written in parts added up: "2 hours 11 minutes 43 seconds"
    is one time taken, as "2:11:43" is; "an hour and 20 minutes" is 1.333h, as "80 minutes" is.
    `lengths`: each duration's span, hours and unit, in any order; the seconds that end one are
    added to `claimed` (alone, "38 seconds" is a duration too, 38 of SECOND)."""
    joined: list[tuple[int, float, float, int]] = []  # end, hours, last unit, seconds added
    for start, end, length, unit in sorted(lengths):
        if (
            joined
            and unit < joined[-1][2]
            and _DURATION_JOIN.fullmatch(text, joined[-1][0], start)
            and _NOT_ANOTHER_TIME.match(text, end)  # ("3 days, and 12 hours later": two times)
        ):
            joined[-1] = (end, joined[-1][1] + length, unit, 0)
        else:
            joined.append((end, length, unit, 0))
    for at, (end, length, unit, _) in enumerate(joined):
        if unit == DURATION_HOURS["minute"] and (seconds := _SECONDS_AFTER.match(text, end)):
            count = seconds["n"]
            added = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), 0)
            if 0 < added < 60:
                claimed.append(seconds.span())
                joined[at] = (seconds.end(), length, unit, added)
    return [
        _time_taken_in_hours(round(length * 3600) + added) if added else _in_hours(length, unit)
        for _, length, unit, added in joined
    ]


def _in_hours(length: float, unit: float) -> str:
    """A duration of `length` hours, whose last part counts in `unit`, as `numbers_in` gives it: in
    hours to TIME_TAKEN_DECIMALS ("0.967h", 58 minutes), a count of seconds to the second or its
    hundredths (`_time_taken_in_hours`: 40 seconds are "0.011111h", not the "0.011h" of 39.6)."""
    if unit == SECOND:
        return _time_taken_in_hours(round(length * 3600, 2))
    return _format_number(round(length, TIME_TAKEN_DECIMALS)) + "h"


def _time_taken_in_hours(seconds: float) -> str:
    """A time taken to the second, in hours with TIME_TAKEN_DECIMALS + 3 decimals: "2.195278h"; to
    the hundredth, with two more: 1:49.87 is "0.03051944h"."""
    places = TIME_TAKEN_DECIMALS + (3 if float(seconds).is_integer() else 5)
    return f"{seconds / 3600:.{places}f}".rstrip("0").rstrip(".") + "h"


def _decade(text: str, match: re.Match[str]) -> str | None:
    """The decade a figure of `_NUMBER` followed by "s" names: "1990s", "1990's", "the '90s" (the
    1990s; "'00s" and "'10s" are this century's); None for another figure ("in the 90s" may be
    heat, "1,990s" is none)."""
    if not _DECADE_END.match(text, match.end()):
        return None
    digits = match["num"]
    if len(digits) == 2 and text[match.start() - 1 : match.start()] in ("'", "’"):
        digits = ("20" if digits in ("00", "10") else "19") + digits
    return digits + "s" if _DECADE.match(digits + "s") else None


def _range_with_scale(text: str, end: int, low: Decimal) -> re.Match[str] | None:
    """The rest of a range whose first figure, of no scale, ends at `end` and whose second figure has
    one ("3-4 billion", "2 to 3 million": the first is 3 billion, 2 million); None when no such
    range goes on there, or its figures do not rise ("2019 and 3 million" is no range)."""
    if not text.startswith(_RANGE_JOINS, end):  # (most figures go on otherwise)
        return None
    match = _RANGE_SCALE.match(text, end)
    if match is None or Decimal(match["num"].replace(",", "")) <= low:
        return None
    return match


def _scale_of(match: re.Match[str]) -> int:
    """The scale a match of `_NUMBER` or `_RANGE_SCALE` names (a word or a suffix; it has one)."""
    if match["scale"]:
        scale = match["scale"].lower()
        return SCALES.get(scale) or WIRE_SCALES[scale]
    return SCALE_SUFFIXES[match["suffix"].lower()]


def _shares(
    text: str,
    words: frozenset[str],
    has_digit: bool,
    worded: list[tuple[int, int]],
    dates: list[tuple[int, int]],
) -> Iterator[re.Match[str]]:
    """The matches of `_FRACTION` in a sentence that are shares (`numbers_in`; `words`: its
    `_letter_words`; `worded`, `dates`: where its clock times in words and its dates stand)."""
    # (most sentences hold "in", few a number word: "one in eight")
    parts = not words.isdisjoint(_FRACTION_WORDS)
    may_share = parts or (
        ("in" in words or "out" in words)
        and (not words.isdisjoint(NUMBER_WORDS) or (has_digit and _DIGIT_IN.search(text) is not None))
    )
    for match in compiled(_FRACTION if parts else _COUNTS_IN_COUNT).finditer(text) if may_share else ():
        if any(start < match.end() and match.start() < end for start, end in worded):
            continue  # "by a quarter to eight"
        if match["d2"] and _names_a_thing(text, match.end()):
            continue  # "by a third party": an ordinal
        if match["k"] and not 0 < _small_number(match["k"]) < _small_number(match["m"]):
            continue  # "12 in 3": no share
        if match["k"] and " in " not in match.group(0) and _small_number(match["m"]) not in _SHARE_OUT_OF:
            continue  # "20 out of 32 seats": two counts, which another outlet gives as figures
        if match["k"] and any(start <= match.start("k") < end for start, end in dates):
            continue  # "until October 23 in 40 towns": a day ("23 ottobre in 40 comuni")
        yield match


def _share_of(match: re.Match[str]) -> str:
    """A share in words (a match of `_shares`) as `numbers_in` gives it: "~33.3%"."""
    return APPROXIMATE + _format_number(round(100 * _fraction(match), 1)) + "%"


def _fraction(match: re.Match[str]) -> float:
    """The share a match of `_FRACTION` names, 0..1."""
    if match["half"]:
        return 0.5
    if match["k"]:
        return _small_number(match["k"]) / _small_number(match["m"])
    numerator, denominator = (match["n"], match["d"]) if match["d"] else (match["n2"], match["d2"])
    return _small_number(numerator) / FRACTIONS[denominator.lower()]


def _names_a_thing(text: str, end: int) -> bool:
    """Whether a word that can name a thing follows `end`: "by a third" is a share in "fell by a
    third last year", an ordinal in "stolen by a third party"."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after[1].casefold() not in _NAMING_NO_THING


def _starts_a_share_range(text: str, start: int, end: int, low: Decimal) -> bool:
    """Whether the figure `low` from `start` to `end` opens a range of shares ("2 to 3 percent") or
    a change between shares, which may fall ("from 5 to 3 percent", "caiu de 5 a 3%", "sank von 5
    auf 3 Prozent": the unit is written once, at the end, for both)."""
    rest = _SHARE_RANGE_END.match(text, end)
    if rest is not None and low < Decimal(rest["high"]):
        return True
    return _SHARE_CHANGE_END.match(text, end) is not None and (
        _CHANGE_FROM.search(text, max(0, start - CHANGE_FROM_REACH), start) is not None
    )


def _range_start(text: str, end: int, high: float) -> tuple[int, float | None]:
    """Where a range ends at `end` with the figure `high` begins, and its first, lower figure ("two
    to three weeks": the offset of "two", 2); `(end, None)` when no range ends there."""
    match = _RANGE_START.search(text, max(0, end - RANGE_START_REACH), end)
    if match is None:
        return end, None
    word = (match["between"] or match["low"]).lower()
    low = float(word) if word[0].isdigit() else NUMBER_WORDS.get(word)
    return (match.start(), low) if low and low < high else (end, None)


def _small_number(word: str) -> int:
    """ "a", "one", "eight", "10" as a number."""
    word = word.lower()
    return 1 if word == "a" else int(word) if word.isdigit() else NUMBER_WORDS[word]


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Where clock times ("8:15", "3 p.m.") and days of months ("November 14", "2016-11-14") stand:
    their digits are a date, not a figure."""
    spans = [m.span() for m in _clock_times(text)] if _may_tell_time(text) else []
    if "-" in text:  # (an ISO date has hyphens: most sentences have none)
        spans.extend(m.span() for m in _ISO_DATE.finditer(text))
    # a part of the day is a whole word of ASCII text, so its casefolded words tell; other text (where
    # re.IGNORECASE also takes "ı" for "i") is searched
    if not (text.isascii() and _PARTS_OF_DAY.isdisjoint(_letter_words(text))):
        spans.extend(m.span() for m in _parts_of_day(text))
    for m in _days_of_months(text) if _names_a_month(text) else ():
        if _month_of(m):
            digits = "d1" if m["d1"] else "d2"
            spans.append(m.span(digits))
    return spans


def _holding(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a place of the text lies in one of `spans` (start <= place < end): tested one by one
    for FEW_SPANS or fewer, else bisected (`_within_any`): a line of thousands of "four and a half"
    claimed a span each, and tested each figure against all of them (5 s for 8,000)."""
    if len(spans) <= FEW_SPANS:
        fixed = tuple(spans)  # (the spans as they are now: a caller may go on adding to its list)
        return lambda place: any(start <= place < end for start, end in fixed)
    within = _within_any(spans)
    return lambda place: within(place, place + 1)


def _within_any(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span (start, end) lies within one of `spans`: by bisecting their starts, each with
    the farthest end of the spans up to it (a test of each span for each figure took seconds on a
    line of thousands of scores, "3-4 3-4 ...")."""
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))

    def within(start: int, end: int) -> bool:
        at = bisect_right(starts, start) - 1
        return at >= 0 and reach[at] >= end

    return within


def _number_phrase(words: list[str]) -> float:
    """The value of number words: "two hundred" 200, "twenty-five" 25, "three thousand" 3000, "two
    dozen" 24; in floats, so that a run too long for one ("hundred hundred ...", 160 times) is
    infinite, no figure, rather than an int no float holds."""
    total, current = 0.0, 0.0
    for word in words:
        if word == "dozen":  # "two dozen": 24 ("a dozen" alone is 12)
            current = (current or 1.0) * 12
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
    return total + current


def dates_in(lowered: list[str], text: str, language: str = "en") -> tuple[str, ...]:
    """Weekdays, days of months ("november 14", whichever order and abbreviation the text uses),
    months alone, ISO dates and clock times (24-hour, "15:00" for "3 p.m.") named in a sentence.
    A text in another language gives the same ("am Montag, 6. Juni, um 15 Uhr": "monday", "june 6",
    "15:00"); its `lowered` words are then read again from the text as English writes it."""
    # in another language "May" is a month's name rewritten ("Mai", "mayo", "maggio"), never the verb
    if other := language != "en":
        text = _in_english(text, language)
        lowered = _LETTERS_AND_DIGITS.findall(text.casefold())
    found: list[str] = [] if WEEKDAY_SET.isdisjoint(lowered) else [w for w in lowered if w in WEEKDAY_SET]
    days: set[str] = set()
    has_month = _names_a_month(text)
    has_digit = _DIGIT.search(text) is not None
    for match in _days_of_months(text) if has_month and has_digit else ():
        month = _month_of(match)
        day = int(match["d1"] or match["d2"])
        if month and 1 <= day <= _DAYS_IN[month]:
            found.append(f"{month} {day}")
            days.add(month)
    for match in _ISO_DATE.finditer(text) if has_digit and "-" in text else ():
        month = MONTHS[int(match["m"]) - 1] if 1 <= int(match["m"]) <= 12 else None
        if month and 1 <= int(match["d"]) <= _days_in(month, int(match["y"])):
            found.append(f"{month} {int(match['d'])}")
            days.add(month)
    for i, word in enumerate(lowered) if has_month else ():
        # a month alone is written whole ("Jan Verhoef", "floods mar the festival", "a protest
        # march", "talks may fail" name none), or "mid-July"
        month = word.removeprefix("mid-")
        if month not in MONTH_SET and _next_is_number(lowered, i):  # "Sept. 2019"
            month = _month(month) or month
        if month not in MONTH_SET or month in days:
            continue
        if (month != "may" or _next_is_number(lowered, i) or (other and "May" in text)) and (
            month != "march" or "March" in text
        ):
            found.append(month)
    clocks = _clock_times(text) if has_digit and _may_tell_time(text) else ()
    # a live blog's update opens with the time it was posted ("09:40 — Reports say ..."), which is
    # no time of what it tells
    stamp = _UPDATE_STAMP.match(text) if clocks and text[:1] in _STAMP_STARTS else None
    found.extend(_clock_of(match) for match in clocks if stamp is None or match.start() >= stamp.end())
    worded = _worded_times(text)
    if not TIME_WORDS.keys().isdisjoint(lowered):  # (few sentences name noon or midnight)
        inside = {w.lower() for start, end, _, _ in worded for w in text[start:end].split()}
        found.extend(TIME_WORDS[word] for word in lowered if word in TIME_WORDS and word not in inside)
    found.extend([time for _, _, time, _ in worded])
    for match in _parts_of_day(text) if not _PARTS_OF_DAY.isdisjoint(lowered) else ():
        if any(start <= match.start() < end for start, end, _, _ in worded):
            continue  # "quarter to ten in the evening" is 21:45, not also 22:00
        amount = match["h"].lower()
        hour = int(amount) if amount.isdigit() else NUMBER_WORDS.get(amount, 0)
        if 1 <= hour <= 12:
            found.append(f"{_in_part_of_day(hour, match['part'] or match['night']):02d}:00")
    return tuple(dict.fromkeys(found))


_UPDATE_STAMP = compiled(
    r"\[?(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?)(?:\s*(?-i:[A-Z]{2,5}\b))?"
    r"(?:\s*[—–|-]\s*|\s*:\s+|\]\s*)(?=[\"“‘']?[^\W\d_])",
    re.I,
)
"""The time that opens a live blog's update, before its text: "09:40 — ", "9.40am: ", "09:40 GMT - ",
"[09:40] " (not "09:40-10:15", a span, nor "09:40, the train left", a sentence's time)."""
_STAMP_STARTS = frozenset("0123456789[")


_DAYS_IN = dict(zip(MONTHS, (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), strict=True))
"""The days of each month, February's in a leap year: "February 30" and "April 31" are no days."""


def _days_in(month: str, year: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 28 if month == "february" and not leap else _DAYS_IN[month]


def _kept_matches(pattern: re.Pattern[str]) -> Callable[[str], tuple[re.Match[str], ...]]:
    """The matches of `pattern` in a text, kept for the last few texts: numbers_in and dates_in
    search a sentence for the same parts of the day (twice and once), clock times and days of
    months, each search ~6-9 us where there can be one."""

    @lru_cache(maxsize=4)
    def matches(text: str) -> tuple[re.Match[str], ...]:
        return tuple(pattern.finditer(text))

    return matches


_parts_of_day = _kept_matches(_PART_OF_DAY)
_clock_times = _kept_matches(_CLOCK)
_days_of_months = _kept_matches(_DAY_MONTH)


@lru_cache(maxsize=4)
def _worded_times(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    """Clock times written in words, with where they stand (so that their words are no figures)
    and whether their words place them in the day: "a quarter past eight" 08:15 (not placed: it may
    be 20:15), "quarter to ten in the evening" 21:45, "six o'clock" 06:00, "ten to noon" (placed)."""
    if _CLOCK_CUES.isdisjoint(_letter_words(text)):
        return ()
    found = []
    for match in _WORDED_CLOCK.finditer(text):
        hour = _hour(match["h"] or match["h2"])
        amount = match["n"] or match["n2"]
        minutes = 30 if (match["q"] or "").lower() == "half" else 15 if match["q"] else _amount(amount)
        if hour is None or minutes is None or not 0 <= minutes < 60:
            continue
        end = match.end()
        placed = (match["h"] or match["h2"]).lower() in TIME_WORDS
        if (place := _CLOCK_PART.match(text, end)) is not None:
            end, placed = place.end(), True
            if place["ap"]:
                hour = _twelve_hour(hour, place["ap"])
            else:
                hour = _in_part_of_day(hour, place["part"] or place["night"])
        if (match["rel"] or "").lower() in ("to", "before") and minutes:
            hour, minutes = (hour - 1) % 24, 60 - minutes
        found.append((match.start(), end, f"{hour % 24:02d}:{minutes:02d}", placed))
    return tuple(found)


def unplaced_times(text: str, language: str = "en") -> frozenset[str]:
    """The clock times an English sentence writes in words without placing them in the day, as
    `dates_in` gives them (in the morning): "20 minutes after six" 06:20, which may be 18:20 ("on
    Friday evening", further on, places the day, not the time)."""
    if language != "en":
        return frozenset()
    return frozenset(time for _, _, time, placed in _worded_times(text) if not placed)


def _clock_of(match: re.Match[str]) -> str:
    """The 24-hour time a match of `_CLOCK` names: "15:00" for "3 p.m.", "1500 GMT" and "15:00"."""
    if match["h24"] is not None:
        hour, minute = int(match["h24"]), int(match["m24"])
    else:
        hour, minute = _twelve_hour(int(match["h"]), match["ap"]), int(match["m"] or 0)
    return f"{hour:02d}:{minute:02d}"


def clock_zones(text: str) -> dict[str, str]:
    """The clock times of a sentence written with a time zone after them ("10 a.m. EST"), each
    as `dates_in` gives it with its zone: {"10:00": "EST"}. Read only for a group whose articles
    give other times (`align`): the facts' dates stay zone-free, so "15:00 GMT" and "15:00" agree."""
    if not (_DIGIT.search(text) and _may_tell_time(text)):
        return {}
    found = {}
    for match in _clock_times(text):
        zone = _ZONE_AFTER.match(text, match.end())
        if zone:
            found[_clock_of(match)] = zone["zone"]
        elif (named := _NAMED_ZONE.match(text, match.end())) and names_a_zone(text, named.start("zone")):
            found[_clock_of(match)] = named["zone"]
    return found


def utc_dates(text: str, dates: Collection[str]) -> frozenset[str]:
    """The dates of a sentence (`dates_in`'s) that its clock times naming a zone of a known offset
    give in UTC: the time ("03:34" for "10:34 p.m. EST") and, when every such time falls on one
    UTC day and the sentence gives one weekday, that day ("Tuesday" for "10:34 p.m. EST on
    Monday"); a zone of two offsets (`zone_offsets`: "4:34 a.m. Paris time", no date to tell the
    season) gives each reading, the day with each ("03:34", "02:34"); none when no time names a
    known zone. Compared beside the dates as written, one moment told in two zones is one fact."""
    found: set[str] = set()
    readings: list[set[int]] = [set()]  # the days each way of reading the zones shifts a time by
    for clock, zone in clock_zones(text).items():
        offsets = zone_offsets(zone)
        if offsets is None:
            continue
        shifts = set()
        for offset in offsets:
            shift, minute = divmod(int(clock[:2]) * 60 + int(clock[3:]) - offset, 24 * 60)
            found.add(f"{minute // 60:02d}:{minute % 60:02d}")
            shifts.add(shift)
        readings = [reading | {shift} for reading in readings for shift in shifts]
    weekdays = [d for d in dates if d in WEEKDAY_SET]
    if len(weekdays) == 1:
        for reading in readings:
            if len(reading) == 1 and (shift := next(iter(reading))):
                found.add(WEEKDAYS[(WEEKDAYS.index(weekdays[0]) + shift) % 7])
    return frozenset(found)


def _twelve_hour(hour: int, ap: str) -> int:
    """The 24-hour hour of "8 a.m." (8) or "8 p.m." (20): `ap` is "a" or "p"."""
    return hour % 12 + (12 if ap.lower() == "p" else 0)


def _in_part_of_day(hour: int, part: str) -> int:
    """The 24-hour hour of "six in the evening" (18), "eight in the morning" (8), "eleven at night"
    (23; "two at night" stays 2)."""
    part = part.lower()
    return hour + (PART_OF_DAY_HOURS[part] if hour < 12 and (part != "night" or hour >= 6) else 0)


def _hour(word: str) -> int | None:
    """The hour a clock time in words names (1 to 12; noon 12, midnight 0), or None."""
    if word.lower() in TIME_WORDS:  # "a quarter to midnight" 23:45
        return int(TIME_WORDS[word.lower()][:2])
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())
    return value if value is not None and 1 <= value <= 12 else None


def _amount(word: str | None) -> int | None:
    """Minutes in digits or words ("ten", "twenty-five"), or None."""
    if word is None:
        return 0
    if word.isdigit():
        return int(word)
    parts = [NUMBER_WORDS.get(w) for w in word.lower().split("-")]
    return None if None in parts else sum(p for p in parts if p is not None)


def _names_a_month(text: str) -> bool:
    return not _MONTH_WORDS.isdisjoint(_letter_words(text))  # letters only: no "."


def _may_tell_time(text: str) -> bool:
    """Whether `_CLOCK` can match: it needs a colon or "am", "pm", "m" (of "a.m."), "gmt" or "utc" as a
    word."""
    return ":" in text or not _CLOCK_WORDS.isdisjoint(_letter_words(text))


@lru_cache(maxsize=4)
def _letter_words(text: str) -> frozenset[str]:
    """The runs of letters of a sentence, casefolded: numbers_in and dates_in ask three times.
    In ASCII text, every character but a letter becomes a space and the text is split (in C, where
    the pattern tries each character: 6.3 -> 4.4 M instructions for the 164 sentences of the events
    pair). The text is lowered and its other characters made spaces in one pass over its bytes
    (`bytes.translate`, a table of 256), where `str.lower` and `str.translate` took two passes over
    its characters: 330 -> 140 us for the events pair's sentences."""
    if text.isascii():
        return frozenset(text.encode().translate(_ASCII_LETTER_RUNS).decode().split())
    return frozenset(_LETTERS.findall(text.casefold()))


def _month(word: str) -> str | None:
    word = word.casefold().rstrip(".")
    if word in MONTH_SET:
        return word
    return MONTH_ABBREVIATIONS.get(word) if word != "may" else None


def _month_of(match: re.Match[str]) -> str | None:
    """The month of a match of `_DAY_MONTH`; "may" in lower case is a verb ("talks may 3 times fail")."""
    word = match["m1"] or match["m2"]
    return None if word == "may" else _month(word)


def _next_is_number(lowered: list[str], i: int) -> bool:
    return i + 1 < len(lowered) and lowered[i + 1].isdigit()


def is_year(number: str) -> bool:
    """Whether a normalised number reads as a calendar year (1600-2099)."""
    return bool(_YEAR.match(number))


def written_years(fact: Fact) -> frozenset[str]:
    """The numbers of a fact that are calendar years (or decades) as written: "in 2019", "the
    1990s", not "2,000 people", whose number, 2000, reads as one (`is_year`). `periods_in` found
    them: the periods that are numbers."""
    return frozenset([period for period in fact.periods if period[:1].isdigit()])


def periods_in(
    text: str, numbers: tuple[str, ...], dates: tuple[str, ...], language: str = "en"
) -> tuple[str, ...]:
    """The years and periods a sentence is anchored in, given its numbers and dates: years as
    written ("in 2019", `written_years`), decades ("the 1990s"), a month alone ("in March"),
    relative periods ("last year", "this season", "two years ago"; "letztes Jahr", "l'an dernier"
    in another language are "last year")."""
    if language != "en":
        text = _in_english(text, language)
    found = [n for n in numbers if (is_year(n) and _stands_alone(n, text)) or _DECADE.match(n)]
    # each match holds its words whole: in ASCII text runs of letters of `_letter_words` (which
    # numbers_in and dates_in asked for just before), set tests where looking for each cue in the
    # lowered text took ~1.5 us a sentence, and the search (for "this" alone) ~7 us
    words = _letter_words(text)
    if numbers and not _ERA_WORDS.isdisjoint(words):  # ("B.C.": the letters "b" and "c")
        found.extend(n for m in _ERA_YEAR.finditer(text) if (n := m["n"] or m["n2"]) in numbers)
    found.extend(d for d in dates if d in MONTH_SET)
    if not text.isascii() or not (_PERIOD_CUES.isdisjoint(words) or _PERIOD_UNITS.isdisjoint(words)):
        found.extend(m.group(0).casefold() for m in compiled(_PERIOD).finditer(text))
    return tuple(dict.fromkeys(found))


def _told_a_score(text: str, start: int, end: int, language: str) -> bool:
    """`locales.told_a_score`, imported only for a text in another language."""
    from newsdiff.locales import told_a_score

    return told_a_score(text, start, end, language)


def duration_units(text: str, language: str = "en") -> frozenset[str]:
    """The units a text counts lengths of time in ("day", "week", "minute"; "mins" is "minute"),
    in which `model.readable_number` shows a duration back: "14 days" stays "14 days", where the
    hours it is compared in would show as "2 weeks"."""
    words = _letter_words(text if language == "en" else _in_english(text, language))
    found = {word.rstrip("s") for word in words & _DURATION_UNITS}
    return frozenset("minute" if unit == "min" else unit for unit in found)


_GROUP_SPACES = "\u00a0\u202f\u2009"
"""The no-break, narrow no-break and thin spaces that part a figure's thousands ("1\u00a0240")."""
_MAY_BE_CONTINENTAL = compiled(
    r"["
    + _GROUP_SPACES
    + r".,](?<=\d.)(?:(?<=["
    + _GROUP_SPACES
    + r"])\d{3}|(?<=,)\d{1,2}(?![\d,])|(?<=\.)\d{3}(?!\d))"
)
"""A figure an English sentence may write the continental way (`_continental`); most hold none. It
opens with the mark, rarer than a digit, for `re` to skip to (half the time of opening with the digit)."""
_CONTINENTAL_EVIDENCE = compiled(
    r"(?<![\d.,])(?:\d+(?:["
    + _GROUP_SPACES
    + r".]\d{3})*,\d{1,2}(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d))"
)
"""What only a continental figure is: a comma before one or two digits ("42,50 euros", "3,5
billion"), or two points between groups of three ("1.204.500")."""
_CONTINENTAL_FIGURE = compiled(
    r"(?<![\d.,])\d{1,3}(?:["
    + _GROUP_SPACES
    + r".]\d{3})+(?:,\d+)?(?![\d,]|\.\d)|(?<![\d.,])\d+,\d{1,2}(?![\d,]|\.\d)"
)
_SPACED_GROUPS = compiled(r"(?<![\d.,])\d{1,3}(?:[" + _GROUP_SPACES + r"]\d{3})+(?![\d,]|\.\d)")
_BARE_THOUSANDS = compiled(
    r"(?<![\d.,$€£¥])\d{1,3}\.000(?![\d,]|\.\d|\s*(?:%|per\s?cent|percent|[kmb]n?\b|[mbt]ln\b|thousand|million|billion|trillion))"
)
"""A figure that may be thousands or a decimal in English: "12.000 workers" (`_continental`)."""
_AS_ENGLISH = str.maketrans({".": ",", ",": ".", "\u00a0": ",", "\u202f": ",", "\u2009": ","})
_HIDDEN = "\u2007"
"""What stands for the characters of a figure that is not read (a figure space: no digit, no word)."""


_PLAIN_SPACED = compiled(r"(?<![\w.,+(])(?P<cur>[$€£¥])?\d{1,3}(?: \d{3})+(?![\d,]|\.\d|[ \u00a0]\d)")
"""A figure whose thousands a plain space parts ("1 000 000 euros", "250 000 residents"), or two
figures side by side ("in 2019 500 people": a year's four digits open no group)."""


def _plain_spaced(text: str) -> str:
    """`text` with the figures a plain space parts the thousands of (`_PLAIN_SPACED`) as "1,000,000",
    each in as many characters, where the groups can be nothing else: two groups or more ("12 500
    000"), a group of "000" ("3 000 people") or a currency sign before ("€1 500"). One group
    otherwise may be two figures ("on March 12 500 people marched") and is left as written. Read
    only in a sentence that writes a group of "000" (`_as_read`: a test of a substring, where a
    search for any spaced group cost 2% of an align)."""

    def read(match: re.Match[str]) -> str:
        figure = match.group()
        groups = figure.split(" ")
        if len(groups) > 2 or groups[-1] == "000" or match["cur"]:
            return figure.replace(" ", ",")
        return figure

    return _PLAIN_SPACED.sub(read, text)


@lru_cache(maxsize=8)
def _as_read(text: str, language: str) -> str:
    """`text` with its figures as English writes them: another language's (`_in_english`), or an
    English sentence's written the continental way (`_continental`) or with a plain space between
    thousands (`_plain_spaced`, in a sentence that writes a group of "000")."""
    if language != "en":
        return _in_english(text, language)
    if " 000" in text:  # (few sentences: "1 000 000 euros", "250 000 residents")
        text = _plain_spaced(text)
    if _MAY_BE_CONTINENTAL.search(text) is None:
        return text  # (most sentences; one search a sentence: the five readers ask for it in turn)
    return _continental(text)


def _continental(text: str) -> str:
    """An English sentence's figures written the continental way, as English writes them, each in as
    many characters: thousands parted by a no-break or thin space ("1\u00a0240" is "1,240"); where the
    sentence shows the convention (`_CONTINENTAL_EVIDENCE`: "42,50 euros"), "14.000" is "14,000" and
    "42,50" "42.50"; without it, "14.000" may be fourteen thousand or fourteen, and is no figure."""
    if _CONTINENTAL_EVIDENCE.search(text):
        return _CONTINENTAL_FIGURE.sub(lambda m: m.group().translate(_AS_ENGLISH), text)
    text = _SPACED_GROUPS.sub(lambda m: m.group().translate(_AS_ENGLISH), text)
    return _BARE_THOUSANDS.sub(lambda m: _HIDDEN * len(m.group()), text)


def _in_english(text: str, language: str) -> str:
    """`text` with its quantities written as English writes them (`locales`), imported only for
    a text in another language."""
    from newsdiff.locales import as_english

    return as_english(text, language)


def _stands_alone(digits: str, text: str) -> bool:
    """Whether `text` writes `digits` as a figure of its own, not inside another: "12000 jobs"
    holds "2000", and its "2,000" was taken for a year."""
    at = text.find(digits)
    while at >= 0:
        end = at + len(digits)
        if not text[at - 1 : at].isdigit() and not text[end : end + 1].isdigit():
            return True
        at = text.find(digits, at + 1)
    return False


def number_unit(number: str) -> str:
    """What a normalised number (`numbers_in`) counts in: "%" a share, "h" a duration, POINTS a change
    in percentage points, SCORE a score ("7-5"), "" a figure."""
    if number.endswith(POINTS):
        return POINTS
    if SCORE in number[1:]:
        return SCORE
    return number[-1] if number[-1:] in ("%", "h") else ""


def quantity(number: str, year: bool | None = None) -> tuple[str, float] | None:
    """A normalised number (`numbers_in`) as what it measures and its size, to tell whether two
    numbers are close: ("%", 34.0) for "34%", ("h", 48.0) for "48h", ("", 2400.0) for "2400". None
    for a year ("2021" and "2023" are no close figures; `year` says whether the number is one, as
    `written_years` tells, else `is_year` guesses), for a whole number under 10 ("3 crew", "4
    ships": too common to be near by chance) and for a time taken to the second of a minute or more
    (a count of seconds under it, "40 seconds", is a length like "40 minutes")."""
    unit = number_unit(number)
    try:
        value = float((number[: -len(unit)] if unit else number).removeprefix(APPROXIMATE))
    except ValueError:
        return None
    if not isfinite(value):
        return None  # (a figure of over 300 digits: no float holds its size)
    if unit == "h" and to_the_second(number) and value * 60 >= 1:
        return None  # a time taken to the second ("2:11:43"): two runners' are no close figures
    if not unit and ((is_year(number) if year is None else year) or (value < 10 and value.is_integer())):
        return None
    return unit, value


def month_span(number: str) -> tuple[float, float] | None:
    """The shortest and the longest a duration counted in months or half months can be, in hours (a
    month has 28 to 31 days: "1.5 months" is 1008 to 1116 hours, and "six weeks", 1008, is one
    with it); None for a duration in other units, or a number that is none."""
    if not number.endswith("h") or number.startswith(APPROXIMATE):
        return None
    try:
        hours = float(number[:-1])
    except ValueError:
        return None
    halves = 2 * hours / DURATION_HOURS["month"]
    if hours % 24 == 0 or abs(halves - round(halves)) > 1e-9:
        return None  # (whole days: no count of months gives them, but for a year's 12)
    months = round(halves) / 2
    return months * 28 * 24, months * 31 * 24


def rough_numbers(text: str, language: str = "en") -> dict[str, str]:
    """The numbers a sentence gives as a bound or a rounding, normalised as `numbers_in` gives them,
    each with what it says: ">" at least it ("more than 200 passengers"), "<" at most it ("under an
    hour", "up to 10 years"), "≲" at most and close to it ("nearly 2,000", "just under an hour"),
    "~" about it ("in about 50 minutes"); in another language "mehr als", "près de", "unos" alike."""
    text = _as_read(text, language)  # (English pays for no other language's rules)
    words = _letter_words(text)
    decades = {
        str(10 * _small_number(match["n"])): "~"
        for match in (_DECADES.finditer(text) if "decades" in words or "decade" in words else ())
    }  # "three decades" rounds a length of years, as "about 30 years" does: 31 years keep it
    if text.isascii() and _ROUGH_WORDS.isdisjoint(words):
        return decades  # (the search took ~10 us a sentence to find nothing in most)
    return decades | {
        number: ">" if match["low"] else "≲" if match["tight"] else "<" if match["high"] else "~"
        for match in compiled(_ROUGHLY).finditer(text)
        for number in numbers_in(_own_figure(text[match.start() : match.end()]))
    }


_NEXT_FIGURE = compiled(r"(?i)(?P<word>[^\W\d_]+)(?:\s*,\s*|\s+(?:and|plus|with)\s+)")
"""A word and what may start another figure after it: "firefighters and", "people, " (`_own_figure`)."""
_FIGURE_GOES_ON = frozenset([*_NUMBER_TERMS, "a", "an", "half", "quarter", "quarters"])
"""Words after which "and" goes on with one figure: "one and a half", "six hundred and fifty"."""


def _own_figure(bound: str) -> str:
    """A bound or a rounding (`_ROUGHLY`'s match) cut before a second figure it does not govern:
    "About 400 firefighters and six helicopters" is "About 400 firefighters" (six is exact), where
    "about six hundred and fifty" and "about one and a half million" stay whole."""
    for match in _NEXT_FIGURE.finditer(bound):
        if match["word"].lower() not in _FIGURE_GOES_ON:
            return bound[: match.end("word")]
    return bound


_RANGE_SIDE = (
    r"(?:" + MARK_BEFORE + r")?(?:\d[\d,.]*\d|\d|(?:" + _NUMBER_TERM + r")(?:-(?:" + _NUMBER_TERM + r"))?)"
)
_RANGE_SCALE_AFTER = (
    r"(?:\s*%|\s+(?:percent|per cent)\b|(?:\s+|-)?(?:"
    + "|".join([*SCALES, *WIRE_SCALES, *SCALE_SUFFIXES])
    + r")\b"
)
_RANGE = compiled(
    r"(?i)(?:\b(?P<cue>between|from)\s+)?(?<![\w.,$€£¥-])" + _RANGE_SIDE + _RANGE_SCALE_AFTER + r")?"
    r"(?:\s*[-–]\s*|\s+(?P<join>to|and)\s+)" + _RANGE_SIDE + r"(?![\w,.]\d)"
    r"(?P<unit>" + _RANGE_SCALE_AFTER + r"|[\s-]+(?:second|minute|hour|day|week|month)s?\b))?"
)  # fmt: skip
"""A range of two figures ("between 30 and 40", "from 30 to 40", "30 to 40", "30-40 people", "between
$2 million and $3 million", "two to three weeks"), with the scale or unit after it (`ranges_in`)."""
_RANGE_JOINED = compiled(r"(?i)(?:[-–]|\s(?:to|and))\s*" + _RANGE_SIDE)
"""What every match of `_RANGE` holds: a join ("-", "to", "and") and the figure after it, a search of
which starts at a dash or a space only (`ranges_in`: 21 -> 3 µs a sentence of the events pair, which
gives no range)."""
_CHANGE_VERBS = (
    r"r[io]se|risen|rising|rises|increas\w*|gr[eo]wn?|grows|jump\w*|climb\w*|f[ae]ll\w*|drop\w*"
    r"|declin\w*|decreas\w*|cut|cuts|rais\w*|lower\w*|reduc\w*|up|down|went|gone|go(?:es)?|chang\w*"
    r"|mov\w*|revis\w*|boost\w*|slash\w*|doubl\w*|soar\w*|surg\w*|plung\w*|tumbl\w*|expand\w*"
    r"|shr[au]nk|shrinks?|hik\w*|extend\w*|swell\w*|swollen"
)
_CHANGED_FROM = compiled(r"(?i)\b(?:" + _CHANGE_VERBS + r")\b(?:\W+\w+){0,3}\W+$")
"""A verb of change a few words before "from": "rose from 30 to 40", "cut the fare from 3 to 2" tell
a change, not a range (`ranges_in`)."""
_CHANGED_BY = compiled(r"(?i)\b(?:by|" + _CHANGE_VERBS + r")\s+$")
"""A verb of change or "by" right before two figures: "rose by 2 to 9", "was up 2 to 9" (`ranges_in`)."""
CHANGE_REACH = 40
"""Characters before two figures searched for a verb of change (`_CHANGED_FROM`, `_CHANGED_BY`)."""
_MONEY_SIGN = compiled(r"[$€£¥]")
_SCALE_WORDS = frozenset([*SCALES, *WIRE_SCALES, *SCALE_SUFFIXES])


def _range_by_its_unit(match: re.Match[str]) -> bool:
    """Whether two figures of `_RANGE`, no cue before them, are a range by what they are written
    in: a duration or a share ("two to three weeks", "2 to 3%"), an amount joined by a dash ("$3-4
    billion"; "$30 million to $40 million" may be a change, told without its "from")."""
    unit = (match["unit"] or "").strip(" -").lower()
    if unit and unit not in _SCALE_WORDS:
        return True
    return not match["join"] and bool(unit or _MONEY_SIGN.search(match.group()))


def _counts_after(text: str, end: int) -> bool:
    """Whether what follows two figures is what they count, which makes them a range: a plural ("12
    to 18 climbers") or a unit ("2-4 kg")."""
    after = _PLURAL_AFTER.match(text, end)
    return after is not None and ((word := after["word"].lower()) in _RANGE_UNITS or _a_plural(word))


def ranges_in(text: str, numbers: tuple[str, ...], language: str = "en") -> tuple[tuple[str, str], ...]:
    """The ranges a sentence gives, each as its lower and its higher figure as `numbers_in` gives
    them (`numbers`: the sentence's): "between 30 and 40 people" ("30", "40"), "30-40 people", "from
    30 to 40", "between $2 million and $3 million" ("2000000", "3000000"), "two to three weeks"
    ("336h", "504h"); in another language "zwischen 30 und 40", "entre 30 et 40", "tra 30 e 40". A
    figure inside one agrees with it (`conflicts`). Not two years ("from 2019 to 2022"), a score
    ("won 3-1": `numbers_in` gives it whole; "lost 2 to 3", beside a word of `_SCORE_WORDS`), a
    change ("rose from 30 to 40", "up 2 to 9"), two figures that count nothing ("the toll, 12 to
    15"), nor, in another language, two figures after its word for "from" ("passé de 30 à 40")."""
    if len(numbers) < 2:  # (most sentences)
        return ()
    text = _as_read(text, language)  # (English pays for no other language's rules)
    if not _RANGE_JOINED.search(text):
        return ()  # (most sentences of two figures: "4.5% from 4.25%")
    found = []
    for match in _RANGE.finditer(text):
        if match["join"] and match["join"].lower() == "and" and (match["cue"] or "").lower() != "between":
            continue  # "30 and 40": two figures
        if (match["cue"] or "").lower() == "from" and _CHANGED_FROM.search(
            text, max(0, match.start() - CHANGE_REACH), match.start()
        ):
            continue  # "rose from 30 to 40": a change
        if (
            language != "en"
            and not match["cue"]
            and _CHANGE_FROM.search(text, max(0, match.start() - CHANGE_FROM_REACH), match.start())
        ):
            continue  # "passé de 30 à 40" may be a change ("von", "de" rewritten as no "from")
        if not (match["cue"] or _counts_after(text, match.end()) or _range_by_its_unit(match)):
            continue  # "12 to 18 climbers", "$3-4 billion", "two to three weeks"; not "12 to 15."
        if not match["cue"] and _CHANGED_BY.search(text, max(0, match.start() - CHANGE_REACH), match.start()):
            continue  # "rose by 2 to 9", "was up 2 to 9": a change and what it came to
        if not match["cue"] and _SCORE_WORDS.search(
            text, max(0, match.start() - SCORE_REACH), match.end() + SCORE_REACH
        ):
            continue  # "lost 2 to 3", "voted 4 to 5": a score
        figures = [n for n in numbers_in(match.group()) if n in numbers]
        if len(figures) != 2 or number_unit(figures[0]) != number_unit(figures[1]):
            continue
        if number_unit(figures[0]) in (SCORE, POINTS) or any(
            is_year(f) and _stands_alone(f, text) for f in figures
        ):
            continue  # ("from 2019 to 2022": years; "between 1,500 and 2,000" are none)
        low, high = (float(f.removesuffix(number_unit(f))) for f in figures)
        if low < high:  # (a range rises as written: "a 737-8 jet" is none)
            found.append((figures[0], figures[1]))
    return tuple(dict.fromkeys(found))


def shares_written(text: str, language: str = "en") -> dict[str, str]:
    """The shares in words of a sentence as it writes them, a bound or a rounding before one with it,
    each by the figure `numbers_in` gives it: "More than a third of the staff" {"~33.3%": "more than
    a third"}, "fell by a third" {"~33.3%": "a third"}, "Knapp zwei Drittel der Wähler" {"~66.7%":
    "knapp zwei Drittel"} (read as English writes it, `locales`, and shown in its own words)."""
    english = text if language == "en" else _in_english(text, language)
    words = _letter_words(english)
    has_digit = _DIGIT.search(english) is not None
    worded = [(start, end) for start, end, _, _ in _worded_times(english)]
    dates = _date_spans(english) if has_digit else []
    found: dict[str, str] = {}
    bounds: list[re.Match[str]] | None = None  # (read once a share is found)
    for match in _shares(english, words, has_digit, worded, dates):
        if bounds is None:
            bounds = list(compiled(_ROUGHLY).finditer(english))
        core = match.start("n2") if match["n2"] else match.start()  # ("by a third": "a third")
        start = next((b.start() for b in bounds if b.start() < core < b.end()), core)
        shown = _SHARE_OF_END.sub("", english[start : match.end()].rstrip())
        if language != "en":
            start, end = _written_from(text, english, start, start + len(shown))
            shown = _of_at_end(language).sub("", text[start:end])
        first = shown.split(maxsplit=1)[0] if shown else ""
        if start == 0 and (len(first) == 1 or first[1:].islower()):  # (a sentence's first word)
            shown = shown[0].lower() + shown[1:]
        found.setdefault(_share_of(match), shown)
    return found


_SHARE_OF_END = compiled(r"(?i)\s+of$")
"""The "of" that ends a share of something ("a third of"), which a conflict does not show."""


def _written_from(text: str, english: str, start: int, end: int) -> tuple[int, int]:
    """Where `text` writes the words its English rewrite (`locales.as_english`) holds from `start` to
    `end`: its words lined up with the rewrite's, a run of words rewritten as another run of as
    many word for word ("zwei Drittel der" as "2 thirds of"), else whole ("la mitad de los" as "half
    of"); what the rewrite leaves of a word before or after them, the text leaves too ("d'un tiers"
    rewritten "d'a third": "un tiers")."""
    ours, theirs = list(_WORD_RUN.finditer(text)), list(_WORD_RUN.finditer(english))
    chosen = [i for i, word in enumerate(theirs) if word.start() < end and start < word.end()]
    lined = SequenceMatcher(None, [w.group() for w in ours], [w.group() for w in theirs], autojunk=False)
    picked: set[int] = set()
    for _, a1, a2, b1, b2 in lined.get_opcodes():
        hit = [j for j in chosen if b1 <= j < b2]
        if hit:
            picked.update((a1 + j - b1 for j in hit) if a2 - a1 == b2 - b1 else range(a1, a2))
    if not picked or not chosen:
        return 0, 0
    first, last = ours[min(picked)], ours[max(picked)]
    at, to = first.start(), last.end()
    before = english[theirs[chosen[0]].start() : max(start, theirs[chosen[0]].start())]
    if before and first.group().startswith(before) and len(before) < len(first.group()):
        at += len(before)
    after = english[min(end, theirs[chosen[-1]].end()) : theirs[chosen[-1]].end()]
    if after and last.group().endswith(after) and len(after) < len(last.group()):
        to -= len(after)
    return at, to


_WORD_RUN = compiled(r"\S+")


def _of_at_end(language: str) -> re.Pattern[str]:
    """What ends a share of something in another language ("der", "de los"), imported only for a text
    in one."""
    from newsdiff.locales import share_of_at_end

    return share_of_at_end(language)


_SMALL_COUNT = compiled(
    r"(?i)(?<![\w-])(?P<n>one|two)\s+(?P<first>[a-z]+)(?![\w'’])(?:\s+(?P<second>[a-z]+)(?![\w'’]))?"
)
""""One" or "two" and the words after it (`small_counts`); not "one o'clock"."""
_LIST_GOES_ON = compiled(r"(?i)\s*(?:,|\s+and\b)\s*(?:an?|one|another|\d+|" + _NUMBER_TERM + r")\b")
"""A list of things counted that goes on after a small count: "two teenagers and a woman", "two
nurses, a driver and a cook" (`small_counts`: the count is of a part)."""
_NOT_COUNTING = frozenset({"no", "the", "or", "and", "of", "these", "those", "which", "every", "any"})
"""Words before "one" or "two" that make no count of them: "no one", "the two", "one or two"."""
_TIME_UNITS = _DURATION_UNITS | {"year", "years"}
_TWICE = compiled(
    r"(?i)(?<!nearly )(?<!almost )(?<!about )(?<!roughly )(?<!around )\btwice\b"
    r"(?!\s+(?:as|the|that|those|this|these|a|an|its|his|her|their|our|more|over|what|last|\d+\S*"
    r"|higher|lower|larger|bigger|smaller|faster|slower|greater|longer|shorter|wider|heavier|cheaper)\b)"
)
""""Twice" as a count of times, not a factor ("twice as many", "twice the size", "twice last year's
pace", "twice 2019's level", "twice higher", "nearly twice": `small_counts`)."""


def small_counts(text: str, language: str = "en") -> dict[str, str]:
    """The counts of one or two things a sentence gives in words, which `numbers_in` leaves out as
    articles and pairs, each with the noun it counts: "Two workers were hurt" {"2": "workers"},
    "two missing people", "One person is missing"; not "one of them", "no one", "two years" (a
    duration), "the two leaders" (named otherwise), "two teenagers and a woman" (a part of a list)
    nor a "two" that no noun follows. In another language, "two" only ("twee doden", "deux
    ouvriers"; `locales.two_counted`): its "one" is its article too. "Twice" counts two times
    ("delayed twice", against "three postponements"), but not "twice as many" nor "twice the size"."""
    if language != "en":
        return _two_counted(text, language)
    lowered = text.lower()
    if not _says_one_or_two(lowered) and "twice" not in lowered:
        return {}  # (most sentences: 0.3 µs a sentence, where the scan took 2.3; not "phone")
    found = {"2": "times"} if "twice" in lowered and _TWICE.search(text) else {}
    for match in _SMALL_COUNT.finditer(text):
        before = text[: match.start()].rsplit(None, 1)[-1:]
        if before and before[0].lower() in _NOT_COUNTING:
            continue  # "no one", "the two", "one or two", "one of the two"
        two = match["n"].lower() == "two"
        # "two missing people": one word may stand between "two" and its plural noun
        for group in ("first", "second") if two else ("first",):
            noun = match[group]
            if (
                noun is None
                or not noun.islower()
                or noun in FUNCTION_WORDS
                or noun in _TIME_UNITS
                or noun in _NUMBER_TERMS  # ("two hundred people": `numbers_in` reads the number)
            ):
                break
            if _a_plural(noun) == two:
                if not _LIST_GOES_ON.match(text, match.end(group)):  # (not "two teenagers and a woman")
                    found["2" if two else "1"] = noun
                break
    return found


_HARM = (
    r"injured|hurt|killed|wounded|harmed|died|dead|perished|hospitali[sz]ed|missing|trapped|rescued|arrested"
)
_NONE_COUNTED = {
    "en": (
        r"(?i)\b(?:(?:no[\s-]one|nobody|none)(?:\s+of\s+(?:the|its|their|his|her)\s+(?P<total>\d[\d,]*|[a-z]+)"
        r"(?:\s+[a-z]+){1,2})?|no\s+(?P<noun>[a-z]+))"
        r"(?:\s+(?:was|were|is|are|has|have|had|been|being|got|reported|believed|thought|seriously|badly"
        r"|critically|fatally|immediately|yet|ever|else))*\s+(?:" + _HARM + r")\b"
        r"|\b(?:there\s+(?:were|are|have\s+been|had\s+been)\s+no|no)\s+(?:reported\s+)?"
        r"(?P<kind>injuries|casualties|deaths|fatalities|victims|arrests)\b"
    ),
    "de": (
        r"(?i)\b(?:niemand|keiner|keine\s+menschen)\b(?:\s+\w+){0,2}\s+"
        r"(?:verletzt|getötet|verwundet|gestorben|ums\s+leben)"
    ),
    "fr": (
        r"(?i)\b(?:personne|aucune?\s+\w+)\s+n['’]?\s*(?:a|ont|est|sont)\s+(?:été\s+)?"
        r"(?:blessée?s?|tuée?s?|morte?s?)"
    ),
    "es": (
        r"(?i)\b(?:nadie|ninguna?\s+\w+)\s+(?:\w+\s+)?(?:muri[oó]|(?:result[oó]|fue|ha\s+sido|qued[oó])\s+"
        r"(?:herid[oa]s?|muert[oa]s?|lesionad[oa]s?))"
    ),
    "it": (
        r"(?i)\b(?:nessuno|nessuna?\s+\w+)\s+(?:\w+\s+)?(?:è|sono|ha)\s+(?:stat[oa]\s+|rimast[oa]\s+)?"
        r"(?:ferit[oa]|mort[oa]|coinvolt[oa])"
    ),
}  # fmt: skip
"""A count of none of a kind of harm: "no one was injured", "nobody died", "none of the 14 workers was
hurt", "no passengers were hurt", "there were no injuries" (`none_counted`); "niemand wurde verletzt",
"personne n'a été blessé", "nadie resultó herido", "nessuno è rimasto ferito"."""
_DENYING = frozenset({"no", "nobody", "none"})
"""A word each English denial of `_NONE_COUNTED` holds."""
_NOT_NONE = frozenset(
    {"longer", "more", "less", "other", "one", "sign", "signs", "doubt", "word", "reason", "way"}
)
"""Words after "no" that count nothing that a harm follows: "no longer missing", "no sign of"."""


_DEED_DONE = r"[a-z]{3,}ed|lost|burnt|found|seized|sold|taken|hit|broken|stolen|built|shot|brought|left|razed"
"""A deed done to things, in its past participle or past tense: "destroyed", "lost", "burnt"."""
_THINGS_DENIED = compiled(
    r"(?i)\bno\s+(?P<subject>[a-z]+)(?:\s+(?:was|were|is|are|has|have|had|been|being|got|so\s+far|yet|ever"
    r"|reportedly|reported\s+to\s+have|believed\s+to\s+have|thought\s+to\s+have))*"
    r"\s+(?-i:" + _DEED_DONE + r")\b"
    r"|\b(?-i:" + _DEED_DONE + r")\s+no\s+(?P<object>[a-z]+)\b"
    r"|\bthere\s+(?:were|are|have\s+been|had\s+been)\s+no\s+(?:reported\s+)?(?P<there>[a-z]+)\b"
)
"""A count of none of a kind of thing, in English: "no homes have been destroyed", "no houses were
lost", "the fire destroyed no homes", "there were no arrests" (`things_denied`); "no" before a noun
in the plural that a deed was done to, or that there were none of."""
_NOT_COUNTED_THINGS = frozenset(
    """plans signs details reasons changes comments words doubts concerns grounds indications hints
    means guarantees assurances answers issues problems options alternatives longer more less other
    others further""".split()
)
"""Plurals after "no" that count nothing a reader weighs as a figure: "no plans were made", "showed no
signs of", "gave no details", "no changes were made" (a rate held); "no longer"."""


def things_denied(text: str, language: str = "en") -> frozenset[str]:
    """The kinds of thing an English sentence counts none of (`_THINGS_DENIED`), each a noun in the
    plural as written: "No homes have been destroyed" {"homes"}, "There were no casualties"
    {"casualties"}; not "no longer", "no plans", "no sign of", "no reason", "no comment", "no
    change", "No. 10", "no evidence" (a noun in the singular counts none). Set against a count of
    the same kind only ("two homes", "two houses": `conflicts.numbers`)."""
    if language != "en" or "no" not in text.lower() or "no" not in _letter_words(text):
        return frozenset()  # (most sentences)
    found = set()
    for match in _THINGS_DENIED.finditer(text):
        noun = match["subject"] or match["object"] or match["there"]
        if (
            noun.islower()
            and noun not in _NOT_COUNTED_THINGS
            and noun not in FUNCTION_WORDS
            and noun not in _DURATION_UNITS
            and _a_plural(noun)
        ):
            found.add(noun)
    return frozenset(found)


def harm_told(text: str, language: str = "en") -> bool:
    """Whether an English sentence tells of harm done (a word of `_HARM`: "All 14 workers were
    hurt"), for a count of it to stand against a denial of it (`none_counted`)."""
    return language == "en" and compiled(r"(?i)\b(?:" + _HARM + r")\b").search(text) is not None


def none_counted(text: str, language: str = "en", things: bool = True) -> dict[str, str]:
    """A denial of harm in a sentence as the count 0 of what it denies, with the total it counts out
    of when it gives one: "No one was injured" {"0": ""}, "None of the 14 workers was hurt" {"0":
    "14"} (its 14 are the workers, of whom none was hurt, where "All 14 workers were hurt" counts 14
    hurt: `conflicts`), "There were no casualties" {"0": ""}; a count of none of a kind of thing as
    well ("No homes have been destroyed" {"0": ""}: `things_denied`), unless not `things`. {} when
    it denies none (most)."""
    source = _NONE_COUNTED.get(language)
    if source is None or (
        language == "en"
        # (a test in C of the letters every denial holds before its words are looked up)
        and (not any(map(text.__contains__, ("no", "No", "NO"))) or _DENYING.isdisjoint(_letter_words(text)))
    ):
        return {}  # (most sentences)
    for match in compiled(source).finditer(text):
        noun = match.groupdict().get("noun")
        if noun and (noun.lower() in _NOT_NONE or noun.lower() in FUNCTION_WORDS):
            continue
        total = match.groupdict().get("total")
        if total:
            figures = numbers_in(total)  # ("the 14", "the fourteen")
            return {"0": figures[0] if figures else ""}
        return {"0": ""}
    return {"0": ""} if things and things_denied(text, language) else {}


def _says_one_or_two(lowered: str) -> bool:
    """Whether a sentence in lower case has the word "one" or "two" before a space, as `_SMALL_COUNT`
    finds it (after a quote mark or a dash too), and not only in "phone" or "someone"."""
    for word in ("one", "two"):
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "-_")) and lowered[
                end : end + 1
            ].isspace():
                return True
            at = lowered.find(word, end)
    return False


_A_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NIGHT_ENDING = compiled(r"(?i)\b(?:" + _A_WEEKDAY + r"\s+night|midnight)\b")
"""English words of a night that ends the day a sentence names: "on Wednesday night", "at midnight on
Sunday" (`nights_told`); not "the night shift"."""
_NIGHT_STARTING = compiled(
    r"(?i)\b(?:overnight\s+(?:(?:into|to|on)\s+)?" + _A_WEEKDAY + r"|early hours|midnight)\b"
)
"""English words of a night that starts the day a sentence names: "overnight into Thursday", "in the
early hours of Friday", "just after midnight on Monday" (`nights_told`); not "overnight" alone, which
may tell of another night than the day's ("began on Tuesday after talks broke down overnight")."""
NIGHT_ENDS_DAY, NIGHT_STARTS_DAY = "ends", "starts"


def nights_told(text: str, language: str = "en") -> frozenset[str]:
    """Whether a sentence tells of a night, which spans two days, and which of them the day it names
    is: NIGHT_ENDS_DAY for "on Wednesday night" (the night into Thursday), NIGHT_STARTS_DAY for "in
    the early hours of Friday" (the night from Thursday), both for "midnight" and for a night in
    another language (`locales.night_in`: "in der Nacht zum Montag", "dans la nuit de mardi")."""
    if language != "en":
        from newsdiff.locales import LANGUAGES, night_in

        told = language in LANGUAGES and night_in(text, language)
        return frozenset((NIGHT_ENDS_DAY, NIGHT_STARTS_DAY)) if told else frozenset()
    sides = set()
    if _NIGHT_ENDING.search(text):
        sides.add(NIGHT_ENDS_DAY)
    if _NIGHT_STARTING.search(text):
        sides.add(NIGHT_STARTS_DAY)
    return frozenset(sides)


def _two_counted(text: str, language: str) -> dict[str, str]:
    """`small_counts` in another language: a "two" before a word that is no stop word and no unit of
    time (a length of time is written in English by then: "zwei Stunden" is "two hours")."""
    from newsdiff.locales import LANGUAGES, two_counted

    if language not in LANGUAGES:
        return {}
    stop = stopwords(language)
    for match in two_counted(language).finditer(_in_english(text, language)):
        noun = match["noun"].casefold()
        if noun not in stop:
            return {"2": noun}
    return {}


def counted_words(text: str, language: str = "en") -> dict[str, frozenset[str]]:
    """The word right after each figure of a sentence, in lower case, as `numbers_in` gives the
    figure: what it may count ("killed 13 people", "thirteen people": {"13": {"people"}}; "12
    million euros": {"12000000": {"euros"}})."""
    if language != "en":
        text = _in_english(text, language)
    found: dict[str, set[str]] = {}
    for pattern in (_NUMBER, _NUMBER_WORD):
        for match in pattern.finditer(text):
            after = _COUNTED_WORD.match(text, match.end())
            if after is not None:
                for number in numbers_in(match.group()):
                    found.setdefault(number, set()).add(after["word"].casefold())
    return {number: frozenset(words) for number, words in found.items()}


_PART_CUE = compiled(
    r"(?i)\b(?:including|includ(?:es|ed)|among\s+(?:them|whom|which|those)|of\s+(?:whom|which))\s+"
    r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?"
)
"""The words that name a part of a figure before them: "38 fighters, including two commanders", "40
people, among them 12 children", "200 staff, of whom 30 were nurses" (`parts_named`)."""


def parts_named(text: str, language: str = "en") -> frozenset[str]:
    """The figures of a sentence that name a part of what a figure before them counts, as `numbers_in`
    gives them (`_PART_CUE`): {"2"} for "released 38 fighters, including two commanders". A part is
    within its whole, not beside it: 38 and 2 do not add up to another article's 40."""
    if language != "en":
        text = _in_english(text, language)
    found: set[str] = set()
    for cue in _PART_CUE.finditer(text) if _NUMBER.search(text) or _NUMBER_WORD.search(text) else ():
        figure = _NUMBER.match(text, cue.end()) or _NUMBER_WORD.match(text, cue.end())
        if figure is not None and text[: cue.start()].strip():
            word = figure.group().lower()  # ("two": a small count `numbers_in` reads in its sentence)
            found.update(
                numbers_in(figure.group()) or ([str(NUMBER_WORDS[word])] if word in NUMBER_WORDS else [])
            )
    return frozenset(found)


_PERCENTAGE_FIGURE = compiled(r"(?i)(?<![\w.,])(?P<figure>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)")
"""A percentage written in figures, in English ("27%", "9 percent", "4.5 per cent")."""
_SHARE_NOUN_BEFORE = compiled(
    r"(?i)\b(?P<noun>[^\W\d_]+)\s+of\s+(?:(?:about|around|some|nearly|almost|just|over|under|up\s+to"
    r"|more\s+than|less\s+than)\s+)?$"
)
"""A noun and "of" before a percentage: "a premium of 27%", "a stake of 9%"."""
_SHARE_WORD_AFTER = compiled(r"(?i)[\s-]+(?P<word>[^\W\d_]+)")
"""The word after a percentage: "a 27% premium", "9% of the company"."""
CHANGE_WORDS = frozenset(
    "premium rise increase jump gain fall drop decline cut discount hike raise growth reduction"
    " more higher lower above below up down".split()
)
"""Words that make a percentage a change of something (`share_kinds`): "a premium of 27%", "27%
above the closing price", "a 5% rise"."""
PART_WORDS = frozenset("stake share holding interest part portion proportion slice".split())
"""Words that make a percentage a part of a whole (`share_kinds`): "a 9% stake", "a share of 9%"."""
SHARE_CHANGE, SHARE_PART = "change", "part"


def share_kinds(text: str, language: str = "en") -> dict[str, str]:
    """What each percentage of an English sentence is, as `numbers_in` gives the figure, when its
    words say: SHARE_CHANGE, a change of something ("a premium of 27%", "27 percent above", "a 5%
    rise"), or SHARE_PART, a part of a whole ("9% of the company", "a 9% stake"); none for one whose
    words tell neither ("rose 31% to 392p", "turnout was 61%"). Another language's sentence gives none."""
    if language != "en" or ("%" not in text and "cent" not in text):
        return {}
    found: dict[str, str] = {}
    for match in _PERCENTAGE_FIGURE.finditer(text):
        before = _SHARE_NOUN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = _SHARE_WORD_AFTER.match(text, match.end())
        word = (before["noun"] if before else after["word"] if after else "").casefold()
        if word in CHANGE_WORDS:
            kind = SHARE_CHANGE
        elif word in PART_WORDS or (not before and word == "of"):
            kind = SHARE_PART
        else:
            continue
        found.setdefault(f"{exact_figure(Decimal(match['figure']))}%", kind)
    return found


_SPEED_OR_AREA = compiled(
    r"(?i)[\s-]*(?:(?P<mph>mph\b|m\.p\.h\.|miles?\s+(?:per|an|a)\s+hour\b)"
    r"|(?P<kmh>km/h\b|kmh\b|kph\b|km/hr\b|(?:km|kilomet(?:re|er)s?)\s+(?:per|an|a)\s+hour\b)"
    r"|(?P<sq_mi>(?:square|sq\.?)\s*(?:miles?|mi)\b|mi²)"
    r"|(?P<sq_km>km²|km2\b|(?:square|sq\.?)\s*(?:km|kilomet(?:re|er)s?)\b)"
    r"|(?P<sq_ft>(?:square|sq\.?)\s*(?:feet|foot|ft)\b|ft²)"
    r"|(?P<sq_m>m²|(?:square|sq\.?)\s*(?:m|met(?:re|er)s?)\b)"
    r"|(?P<acre>acres?\b)|(?P<ha>hectares?\b|ha\b))"
)
"""A unit of speed or area after a figure, in English or as symbols every language writes ("60 mph",
"97 km/h", "ten square miles", "26 km²", "40 sq km", "500 acres"): the group's name is the unit's
(`units_of`)."""


def units_of(text: str, language: str = "en") -> dict[str, str]:
    """The figures of a sentence given in a unit of speed or area, as `numbers_in` gives them, each
    with its unit (`_SPEED_OR_AREA`: "mph", "kmh", "sq_mi", "sq_km", "sq_ft", "sq_m", "acre", "ha"):
    {"60": "mph"} for "a top speed of 60 mph". `counted_words` gives only the word after a figure,
    "square" of "ten square miles" and "km" of "97 km/h"."""
    text = _as_read(text, language)  # (English pays for no other language's rules)
    found: dict[str, str] = {}
    for pattern in (_NUMBER, _NUMBER_WORD, *_mixed_if(text)):  # ("2½ square miles")
        for match in pattern.finditer(text):
            unit = _SPEED_OR_AREA.match(text, match.end())
            if unit is not None and unit.lastgroup is not None:
                for number in numbers_in(match.group()):
                    found.setdefault(number, unit.lastgroup)
    return found


_LENGTH_WEIGHT_OR_YEARS = compiled(
    r"(?i)[\s-]*(?:(?P<km>km\b|kilomet(?:re|er)s?\b)|(?P<mile>miles?\b)|(?P<nmi>nautical\s+miles?\b|nmi\b)|(?P<mm>mm\b|millimet(?:re|er)s?\b)"
    r"|(?P<cm>cm\b|centimet(?:re|er)s?\b)|(?P<m>m\b|met(?:re|er)s?\b)|(?P<feet>feet\b|foot\b|ft\b)"
    r"|(?P<inch>inch(?:es)?\b)|(?P<kg>kg\b|kilo(?:gram(?:me)?)?s?\b)|(?P<pound>pounds?\b|lbs?\b)"
    r"|(?P<tonne>tonnes?\b)|(?P<year>years?\b(?![\s-]+old\b))"
    r"|(?P<celsius>(?-i:(?<=\d)C|°\s?C)\b|(?:degrees?\s+)?(?:celsius|centigrade)\b)"
    r"|(?P<fahrenheit>(?-i:(?<=\d)F|°\s?F)\b|(?:degrees?\s+)?fahrenheit\b)"
    r"|(?P<degree>degrees?\b(?![\s-]+(?:of|north|south|east|west|angle|turn)\b)|°(?!\s?[CF]\b))"
    r"|(?P<litre>lit(?:re|er)s?\b)|(?P<gallon>gallons?\b)"
    r"|(?P<gram>(?-i:(?<=\d)g)\b|gram(?:me)?s?\b)|(?P<inch_short>(?-i:(?<=\d)in)\b)"
    r"|(?P<tb>(?-i:TB)\b|terabytes?\b)|(?P<gb>(?-i:GB)\b|gigabytes?\b)|(?P<mb>(?-i:MB)\b|megabytes?\b)"
    r"|(?P<mah>(?-i:mAh)\b)|(?P<kwh>(?-i:kWh)\b|kilowatt[\s-]hours?\b)"
    r"|(?P<ghz>(?-i:GHz)\b|gigahertz\b)|(?P<mhz>(?-i:MHz)\b|megahertz\b)|(?P<hz>(?-i:Hz)\b|hertz\b)"
    r"|(?P<megapixel>(?-i:MP)\b|megapixels?\b)|(?P<kw>(?-i:kW)\b|kilowatts?\b)"
    r"|(?P<watt>(?-i:(?<=\d)W)\b|watts?\b))"
)
"""A unit of length, weight, temperature or volume after a figure, or years ("40 km", "300mm", "20
inches", "200 nautical miles", "22 lbs", "40C", "104°F", "95 degrees Fahrenheit", "300 litres",
"eight years"; not "a 5-year-old"; a scale's letter only against the digits or after "°": "40 F"
may be a grade; "95 degrees" of no scale), or a device's specification: grams ("210g"), inches
against the digits ("6.7in": "6.7 in Europe" is no length), storage ("256GB", "1 TB"), charge
("5,000mAh"), energy ("75 kWh"), frequency ("3.2GHz", "120Hz"), a camera's megapixels ("50MP") and
power ("65W", against the digits: "5 W" may be a street): the group's name is the unit's
(`measures_of`; "inch_short" is read as "inch")."""
_UNIT_NAMES = {"inch_short": "inch"}
"""The units `_LENGTH_WEIGHT_OR_YEARS` names by another group, as `measures_of` gives them."""
_TEMPERATURES = frozenset({"celsius", "fahrenheit", "degree"})
_BELOW_ZERO_BEFORE = compiled(r"(?i)(?:(?<![\w.,])[-−–]|\bminus\s+)$")
"""A minus before a temperature: "-4F", "−12°C", "minus 20 degrees" (not a range's dash, "10-15C")."""
_BELOW_ZERO_AFTER = compiled(r"(?i)\s+below\s+(?:zero|freezing)\b")
_CHANGE_BEFORE = compiled(
    r"(?i)(?:\b(?:by|up|down)|\b(?:drop|fall|fell|ris[ei]|rose|climb|plung|plummet|soar|jump|dip|sink|sank|warm|cool)\w*)"
    r"\s+(?:(?:about|around|some|roughly|nearly|almost|as\s+much\s+as|up\s+to|more\s+than|over|another)\s+)?$"
)
"""Words before a change of temperature ("drop by 18F", "rose 5C", "up 3 degrees"; not "fell to -4F")."""
_CHANGE_AFTER = compiled(
    r"(?i)\s+(?:warmer|colder|cooler|hotter|higher|lower|(?:above|below)\s+(?:average|normal|the\s+\w+\s+average))\b"
)
"""Words after a change of temperature ("5C warmer", "3 degrees above average")."""


def _temperature_unit(text: str, start: int, end: int, unit: str) -> str:
    """A temperature's unit (`_LENGTH_WEIGHT_OR_YEARS`) as `measures_of` gives it, from the words
    around the figure at `start`-`end` of `text`: "celsius_change" for a change ("drop by 10C", "5C
    warmer"), "celsius_below" below zero ("-20C", "minus 20C", "20 degrees below zero"), else
    `unit`."""
    if _CHANGE_BEFORE.search(text, max(0, start - 40), start) or _CHANGE_AFTER.match(text, end):
        return unit + "_change"
    if _BELOW_ZERO_BEFORE.search(text, max(0, start - 8), start) or _BELOW_ZERO_AFTER.match(text, end):
        return unit + "_below"
    return unit


def measures_of(text: str, language: str = "en") -> dict[str, frozenset[str]]:
    """The figures of a sentence given in a unit, as `numbers_in` gives them, each with the units it
    is given in: those of `units_of` (speeds and areas) and lengths, weights, temperatures, volumes
    and years (`_LENGTH_WEIGHT_OR_YEARS`: "km", "mile", "nmi", "mm", "cm", "m", "feet", "inch", "kg",
    "pound", "tonne", "celsius", "fahrenheit", "degree" (of no scale), "litre", "gallon", "year";
    decades are years; a temperature below zero or a change of one by `_temperature_unit`):
    {"300": {"mm"}} for "300mm of rain", {"14.5": {"year"}} for "14 years and six months"."""
    text = _as_read(text, language)  # (English pays for no other language's rules)
    found: dict[str, set[str]] = {}
    for pattern in (_NUMBER, _NUMBER_WORD, *_mixed_if(text)):  # ("four and a half years")
        for match in pattern.finditer(text):
            unit = _SPEED_OR_AREA.match(text, match.end()) or _LENGTH_WEIGHT_OR_YEARS.match(text, match.end())
            if unit is not None and unit.lastgroup is not None:
                name = _UNIT_NAMES.get(unit.lastgroup, unit.lastgroup)
                if name in _TEMPERATURES:
                    name = _temperature_unit(text, match.start(), unit.end(), name)
                for number in numbers_in(match.group()):
                    found.setdefault(number, set()).add(name)
    if "decade" in text:
        for match in _DECADES.finditer(text):  # "three decades" is 30 years
            found.setdefault(str(10 * _small_number(match["n"])), set()).add("year")
    if "month" in text:
        for match in _YEARS_AND_MONTHS.finditer(text):
            if (length := _years_and_months(match)) is not None:
                found.setdefault(length, set()).add("year")
    return {number: frozenset(units) for number, units in found.items()}


def rough_times(text: str, language: str = "en") -> dict[str, str]:
    """The clock times a sentence gives loosely, as `dates_in` gives them, each with what it says:
    "<" shortly before it ("shortly before four in the morning"), ">" shortly after it ("soon after
    3 p.m."), "~" about it ("at around 9:30")."""
    if language != "en":
        text = _in_english(text, language)
    if text.isascii() and _ROUGH_TIME_WORDS.isdisjoint(_letter_words(text)):
        return {}  # (most sentences)
    found = {}
    for match in _ROUGH_TIME.finditer(text):
        after = text[match.end() : match.end() + ROUGH_TIME_REACH]
        time = _CLOCK.match(after) or _PART_OF_DAY.match(after) or _WORDED_CLOCK.match(after)
        if time is None and not after.lower().startswith(tuple(TIME_WORDS)):
            continue  # "about 300 people came at 9:30": the time is not what is rough
        told = after[: time.end()] if time else after
        times = [d for d in dates_in(_LETTERS_AND_DIGITS.findall(told.casefold()), told) if ":" in d]
        if times:
            side = (match["side"] or "").lower()
            found[times[0]] = "<" if side == "before" else ">" if side == "after" else "~"
    return found


def implied_points(numbers: tuple[str, ...]) -> frozenset[str]:
    """The changes in percentage points that two shares of one sentence imply: "lifted its rate to
    4.5 percent from 4.25 percent" tells the "0.25pp" that "raised it by a quarter of a percentage
    point to 4.5%" gives. None for a share in words ("~33.3%")."""
    if len(numbers) < 2:  # (most sentences)
        return frozenset()
    told = list(
        dict.fromkeys(
            share
            for n in numbers
            if n.endswith("%") and n[:1].isdigit() and isfinite(share := float(n[:-1]))  # (not 400 digits)
        )
    )
    if len(told) > IMPLIED_SHARES_MAX:  # (a table set as a line: neighbours only, not every pair)
        return frozenset(_format_number(round(abs(b - a), 4)) + POINTS for a, b in pairwise(told))
    shares = sorted(told)
    if len(shares) < 2:
        return frozenset()
    return frozenset(
        _format_number(round(high - low, 4)) + POINTS
        for i, low in enumerate(shares)
        for high in shares[i + 1 :]
    )


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def exact_figure(value: Decimal) -> str:
    """A figure as `numbers_in` gives it, every digit kept: "2500000" for 2.5 million, "0.42",
    "123456789012345678" (no exponent, no trailing zero after a point)."""
    return f"{value.normalize(EXACT):f}"


_YEAR_PART_ORDINALS = {
    word: n
    for n, words in enumerate(
        (
            "first 1st ersten erste erstes premier 1er primer primo primeiro eerste",
            "second 2nd zweiten zweite zweites deuxième segundo secondo tweede",
            "third 3rd dritten dritte troisième tercer terzo terceiro derde",
            "fourth 4th final vierten vierte quatrième cuarto quarto vierde",
        ),
        start=1,
    )
    for word in words.split()
}
"""The ordinals that name a half or a quarter of a year ("final quarter" is the fourth; "last
quarter" is as often the one before the news, and names none)."""
_YEAR_PART_UNITS = {
    **dict.fromkeys("half halbjahr halbjahres semestre halfjaar".split(), 2),
    **dict.fromkeys("quarter quartal quartals trimestre kwartaal".split(), 4),
}
"""The words of a half and of a quarter of a year (in English and in German, French, Spanish,
Italian, Portuguese, Dutch, where the ordinal comes first: "im ersten Halbjahr", "au premier
semestre", "en el tercer trimestre")."""
_YEAR_PART = compiled(
    r"(?i)\b(?P<n>" + "|".join(sorted(_YEAR_PART_ORDINALS, key=len, reverse=True)) + r")[\s-]+"
    r"(?:fiscal\s+|calendar\s+)?(?P<unit>"
    + "|".join(sorted(_YEAR_PART_UNITS, key=len, reverse=True))
    + r")\b(?!-)"
    r"(?P<of>\s+(?:of|de|del|des|di|do|da|van)\s+(?:(?:the|this|next|last|previous|l'|la)\s+)?(?P<after>\w+))?"
    r"|(?-i:\b(?P<short>[QH])(?P<sn>[1-4])\b(?!-))(?:\s+(?P<year>(?:1[6-9]|20)\d\d)\b)?"
)
"""A half or a quarter of a year: "the first half of 2027", "the third quarter", "second-half
profits", "Q1 2027", "H2", "im zweiten Halbjahr"; not a part of something else ("the first half of
the match", "the first quarter of an hour") nor "a quarter-final"."""


def _may_name_a_year_part(text: str) -> bool:
    """Whether a sentence holds what each word of _YEAR_PART_UNITS holds in any case ("Half",
    "Quartal"), or "Q1" to "Q4", "H1", "H2", looked for before `_YEAR_PART` (most sentences hold
    none): a test of each, as one pattern ignoring case took ~10 us a sentence (3% of an align)."""
    return (
        "alf" in text
        or "uart" in text
        or "mestre" in text
        or "albjahr" in text
        or "wartaal" in text
        or (("Q" in text or "H" in text) and any(short in text for short in _SHORT_YEAR_PARTS))
    )


_SHORT_YEAR_PARTS = ("Q1", "Q2", "Q3", "Q4", "H1", "H2")
_YEAR_PART_YEARS = frozenset(("year", "jahres", "année", "año", "anno", "ano", "jaar", "fiscal"))


def year_parts(text: str) -> dict[tuple[int, int, str], str]:
    """The halves and quarters of a year a sentence names, each as (its length in months, which
    one of the year, its year or ""), with its words as written: "in the first half of 2027"
    {(6, 1, "2027"): "first half of 2027"}, "in Q3" {(3, 3, ""): "Q3"}. A fiscal part is none (a
    company's year may not start in January)."""
    found: dict[tuple[int, int, str], str] = {}
    if not _may_name_a_year_part(text) or "fiscal" in text.casefold():
        return found  # (most sentences name no part of a year)
    for match in _YEAR_PART.finditer(text):
        if match["short"]:
            n = int(match["sn"])
            if match["short"] == "H" and n > 2:
                continue
            months = 6 if match["short"] == "H" else 3
            found[(months, n, match["year"] or "")] = match.group(0)
            continue
        n = _YEAR_PART_ORDINALS[match["n"].casefold()]
        parts = _YEAR_PART_UNITS[match["unit"].casefold()]
        after = (match["after"] or "").casefold()
        if n > parts or (match["of"] and not (_YEAR.match(after) or after in _YEAR_PART_YEARS)):
            continue  # ("the first half of the match", "the third half")
        year = after if _YEAR.match(after) else ""
        found[(12 // parts, n, year)] = match.group(0)
    return found


def year_parts_meet(one: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    """Whether two parts of a year (`year_parts`) share a month: "Q1" lies within "the first half";
    parts of years not both given are read as of one year."""
    (months, n, year), (their_months, their_n, their_year) = one, other
    if year and their_year and year != their_year:
        return False
    start, their_start = months * (n - 1), their_months * (their_n - 1)
    return start < their_start + their_months and their_start < start + months
