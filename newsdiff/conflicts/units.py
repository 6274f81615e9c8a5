"""Units, measures, conversions and currencies of the figures compared: miles and kilometres,
°F and °C, months and years, one amount in two currencies (`_units_apart`, `_in_metric`,
`_in_one_currency`, `_currency_disagreement`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from functools import lru_cache
from itertools import combinations, product

from newsdiff.conflicts.figures import (
    _HAIR,
    KINDS_WEIGHED,
    _can_agree,
    _comparable,
    _loosely_one,
    _months_spanning,
    _rough_by_article,
    _size,
    _sizes,
    _written_as,
)
from newsdiff.model import Fact, counted_whole
from newsdiff.money import compatible, in_dollars
from newsdiff.patterns import compiled
from newsdiff.quantities import measures_of, month_span, number_unit, years_and_months_shown

UNIT_SIZES = {
    "km": ("length", 1000.0),
    "mile": ("length", 1609.344),
    "nmi": ("length", 1852.0),
    "m": ("length", 1.0),
    "feet": ("length", 0.3048),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "inch": ("length", 0.0254),
    "kmh": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "sq_km": ("area", 1e6),
    "sq_mi": ("area", 2589988.110336),
    "sq_m": ("area", 1.0),
    "sq_ft": ("area", 0.09290304),
    "ha": ("area", 1e4),
    "acre": ("area", 4046.8564224),
    "kg": ("weight", 1.0),
    "tonne": ("weight", 1000.0),
    "pound": ("weight", 0.45359237),
    "celsius": ("temperature", 1.0),
    "fahrenheit": ("temperature", 5 / 9),
    "degree": ("temperature", 1.0),
    "celsius_below": ("temperature", -1.0),
    "fahrenheit_below": ("temperature", -5 / 9),
    "degree_below": ("temperature", -1.0),
    "celsius_change": ("temperature change", 1.0),
    "fahrenheit_change": ("temperature change", 5 / 9),
    "degree_change": ("temperature change", 1.0),
    "litre": ("volume", 1.0),
    "gallon": ("volume", 3.785411784),
    "year": ("time", 8760.0),
    "gram": ("weight", 0.001),
    "tb": ("storage", 1000.0),
    "gb": ("storage", 1.0),
    "mb": ("storage", 0.001),
    "mah": ("charge", 1.0),
    "kwh": ("energy", 1.0),
    "ghz": ("frequency", 1e9),
    "mhz": ("frequency", 1e6),
    "hz": ("frequency", 1.0),
    "megapixel": ("resolution", 1.0),
    "kw": ("power", 1000.0),
    "watt": ("power", 1.0),
}
"""Each unit `quantities.measures_of` reads, with what it measures and its size in that kind's base
(metres, km/h, m², kg, hours: a year is twelve months of DURATION_UNITS, as a duration's "8760h";
storage in gigabytes, decimal as the makers count it): "about 25 miles" is "40 km", "254 mm" "10
inches" (`_in_metric`); "120 mph" is not "120 km/h", nor "eight years" "eight months"
(`_units_apart`). A gallon is the US one: an imperial gallon is 20% more, so a British report's
conversion may show as a disagreement. A temperature below zero ("-4F", `quantities.measures_of`)
has the figure as written and a size below nought; a change of one ("drop by 18F") has no offset;
"degrees" of no scale are read as Celsius, and as Fahrenheit too (`SCALE_UNKNOWN`)."""
UNIT_OFFSETS = {"fahrenheit": -32.0, "fahrenheit_below": 32.0}
"""What a figure in a unit of `UNIT_SIZES` is moved by before its size is taken (`_in_base`): 104°F
is (104 - 32) * 5/9 = 40°C, -4°F (4 + 32) * -5/9 = -20°C."""
IMPERIAL_UNITS = frozenset(
    {
        *("mile", "nmi", "feet", "inch", "mph", "sq_mi", "sq_ft", "acre", "pound", "gallon"),
        *("fahrenheit", "fahrenheit_below", "fahrenheit_change"),
    }
)
"""The units of `UNIT_SIZES` that `_in_metric` converts: a figure in them is written as another
article's in the other system."""
_TEMPERATURE_UNITS = frozenset(unit for unit, (kind, _) in UNIT_SIZES.items() if kind.startswith("temper"))
_SPEC_UNITS = frozenset(
    {"gram", "tb", "gb", "mb", "mah", "kwh", "ghz", "mhz", "hz", "megapixel", "kw", "watt"}
)
"""The units of a device's specification (`quantities.measures_of`): a figure in one measures, whatever
noun follows ("a 5,000mAh battery", "256GB of storage")."""
SCALE_UNKNOWN = {
    "degree": "fahrenheit",
    "degree_below": "fahrenheit_below",
    "degree_change": "fahrenheit_change",
}
"""Degrees of no scale ("95 degrees"), which an American report gives in Fahrenheit: `_in_metric`
converts them as such too, to a Celsius figure another article gives ("95 degrees" is "35C")."""
UNIT_LABELS = {
    "km": ("km", "km"),
    "mile": ("mile", "miles"),
    "nmi": ("nautical mile", "nautical miles"),
    "m": ("metre", "metres"),
    "feet": ("foot", "feet"),
    "cm": ("cm", "cm"),
    "mm": ("mm", "mm"),
    "inch": ("inch", "inches"),
    "kmh": ("km/h", "km/h"),
    "mph": ("mph", "mph"),
    "sq_km": ("km²", "km²"),
    "sq_mi": ("square mile", "square miles"),
    "sq_m": ("m²", "m²"),
    "sq_ft": ("square foot", "square feet"),
    "ha": ("hectare", "hectares"),
    "acre": ("acre", "acres"),
    "kg": ("kg", "kg"),
    "tonne": ("tonne", "tonnes"),
    "pound": ("pound", "pounds"),
    "celsius": ("°C", "°C"),
    "fahrenheit": ("°F", "°F"),
    "degree": ("degree", "degrees"),
    "celsius_below": ("°C below zero", "°C below zero"),
    "fahrenheit_below": ("°F below zero", "°F below zero"),
    "degree_below": ("degree below zero", "degrees below zero"),
    "celsius_change": ("°C", "°C"),
    "fahrenheit_change": ("°F", "°F"),
    "degree_change": ("degree", "degrees"),
    "litre": ("litre", "litres"),
    "gallon": ("gallon", "gallons"),
    "year": ("year", "years"),
    "gram": ("g", "g"),
    "tb": ("TB", "TB"),
    "gb": ("GB", "GB"),
    "mb": ("MB", "MB"),
    "mah": ("mAh", "mAh"),
    "kwh": ("kWh", "kWh"),
    "ghz": ("GHz", "GHz"),
    "mhz": ("MHz", "MHz"),
    "hz": ("Hz", "Hz"),
    "megapixel": ("MP", "MP"),
    "kw": ("kW", "kW"),
    "watt": ("W", "W"),
}
"""How a figure in each unit of `UNIT_SIZES` is shown in a disagreement, for one and for more:
"40 km · 35 miles", "8 years · 8 months"."""
_UNIT_WORDS = compiled(
    r"(?i)\d\s?(?:km|mm|cm|m|ft|kg|lbs?|mph|kph)\b|\b(?=[mkfiptyahslgd])(?:miles?|kilo|met(?:re|er)s?|feet|degrees?"
    r"|foot|inch(?:es)?|pounds?|tonnes?|years?|acres?|hectares?|square|sq|lit(?:re|er)s?|gallons?)\b"
    r"|(?=[cm²f°])(?:centimet|millimet|²|celsius|fahrenheit|centigrade|°)|\d[CF]\b"
    r"|\d\s?(?-i:[GTM]B|mAh|kWh|[GM]?Hz|MP|kW)\b|\d(?:g|in|W)\b|\b(?=[gtmkw])(?:gram|terabyte|gigabyte|megabyte"
    r"|kilowatt|gigahertz|megahertz|hertz|megapixel|watt)"
)
"""Words of a unit `quantities.measures_of` reads: a group whose sentences hold none is not read. (A
lookahead of the letters the words begin with halves the search, which runs on every sentence of
a group giving figures; it matches what the words alone match.)"""


@lru_cache(maxsize=8192)
def unit_words_in(text: str) -> bool:
    """Whether a sentence holds a word of a unit (`_UNIT_WORDS`), asked once a sentence: the rules
    of a group ask it of the same sentences in turn, and the search is slow (a unit of a device's
    specification, "256GB", made it 8 -> 14 µs a sentence)."""
    return _UNIT_WORDS.search(text) is not None


CONVERTED_RATIO = 0.1
"""How far a figure converted from miles, feet or pounds may be from another article's metric
figure and be it: outlets round what they convert ("about 25 miles" for 40 km, "10 miles" for 15 km)."""
CONVERTED_DEGREES = 5 / 9
"""How far a temperature converted from Fahrenheit may be from another article's Celsius and be it,
in °C: a degree Fahrenheit, as outlets round what they convert ("107F" for 41.7C). A ratio tells
nothing on a scale with an arbitrary zero: "112F" (44.4C) is within a tenth of "46.8C", yet another
reading."""
CONVERTED_MONEY_RATIO = 0.15
"""How far apart two amounts in currencies that cannot be one may be, converted at rough rates
(`money.DOLLARS_EACH`), and still be one amount converted ("£3.2 billion" and "about €3.7 billion";
not "£3.2 billion" and "€4.5 billion"): the pound was worth 1.08 to 1.20 euros and the euro 0.96 to
1.23 dollars in 2016-2026, within about 14% of the rates there. One figure in two currencies
("£70 million" and "€70 million") is no conversion: a currency is wrong (`_currency_disagreement`)."""


def _currency_found(
    money: dict[int, dict[str, set[str]]],
    amount: Callable[[int, str], str],
    group_facts: list[Fact],
    listed: set[tuple[int, str]],
) -> list[dict[int, str]]:
    """The disagreement on currencies (`_currency_disagreement`), unless the figures that differ show
    it all already (`listed`: each article's amounts as they show them)."""
    if len(money) < 2:  # (an article is there only with an amount)
        return []
    currencies = _currency_disagreement(money, amount, group_facts)
    # a figure that differs already shows its currencies ("€4.2 billion · $4.2 billion · €4.5
    # billion"): the same amounts are not listed twice
    if any((a, v) not in listed for a, amounts in currencies.items() for v in amounts):
        return [{a: ", ".join(amounts) for a, amounts in currencies.items()}]
    return []


def _with_temperatures(
    sets: dict[int, set[str]], kept: dict[int, set[str]], measures: dict[int, dict[str, frozenset[str]]]
) -> dict[int, set[str]]:
    """`kept` (`_with_counterparts` of `sets`) with the temperatures of `sets` that another article
    gives one of their kind beside (`_TEMPERATURE_UNITS`): a ratio tells nothing on a scale with an
    arbitrary zero, and "20C" and "4C" (or -20°C and -4°C) are two readings of one thing."""
    kinds = {
        (article, v): {UNIT_SIZES[u][0] for u in units & _TEMPERATURE_UNITS}
        for article, given in measures.items()
        for v, units in given.items()
        if v in sets.get(article, ()) and not units.isdisjoint(_TEMPERATURE_UNITS)
    }
    if len({article for article, _ in kinds}) < 2:
        return kept  # (most groups)
    rivalled = {
        (article, v)
        for (article, v), mine in kinds.items()
        if any(b != article and mine & theirs for (b, _), theirs in kinds.items())
    }
    return {a: values | {v for v in sets[a] if (a, v) in rivalled} for a, values in kept.items()}


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


def _in_metric(
    sets: dict[int, set[str]],
    show: Callable[[int, str], str],
    measures: dict[int, dict[str, frozenset[str]]],
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Lengths, heights, weights, speeds and areas one article gives in miles, feet, inches, pounds,
    mph, square miles or acres (IMPERIAL_UNITS), as another article gives them in a metric unit of
    the kind (`UNIT_SIZES`), when they convert to it (`_converted_alike`): "about 25 miles" is "40
    km", "30 feet" "nine metres", "ten inches" "254 mm", "60 mph" "97 km/h", "ten square miles" "26
    km²", and none is a disagreement; "25 miles" is not "30 km", nor "70 mph" "80 km/h". Each
    article still shows its own figure. `measures`: each article's figures with their units
    (`_measures`)."""
    sizes = _sizes(sets)

    def metric(article: int, value: str) -> str | None:
        units = measures[article].get(value, ())
        unit = next((u for u in sorted(units) if u in IMPERIAL_UNITS), None)
        unit = unit or next((SCALE_UNKNOWN[u] for u in sorted(units) if u in SCALE_UNKNOWN), None)
        if unit is None or value not in sizes:
            return None
        kind = UNIT_SIZES[unit][0]
        converted = _in_base(sizes[value], unit)
        return next(
            (
                figure
                for other, figures in sorted(sets.items())
                if other != article
                for figure in sorted(figures)
                if figure in sizes
                for its in sorted(measures[other].get(figure, ()))
                if its not in IMPERIAL_UNITS
                and UNIT_SIZES[its][0] == kind
                and _converted_alike(_in_base(sizes[figure], its), converted, kind)
            ),
            None,
        )

    return _written_as(sets, show, metric)


_OWN_CONVERSION = compiled(
    r"(?P<first>\d[\d,.]*\d|\d)[^\d()]{1,14}\(\s*(?:(?:about|some|around|roughly|nearly|almost)\s+)?"
    r"(?P<second>\d[\d,.]*\d|\d)[^\d()]{1,16}\)"
)
"""A figure and its conversion in brackets after it ("25 km (16 miles)", "60 mph (97 km/h)")."""


def _without_own_conversions(
    sets: dict[int, set[str]], group_facts: list[Fact], measured: Callable[[Fact], dict[str, frozenset[str]]]
) -> dict[int, set[str]]:
    """Each article's figures but those it gives in brackets as the conversion of the figure before
    them, in another unit of its kind within CONVERTED_RATIO ("25 km (16 miles)", "10 km (6 miles)"):
    one measure, which the figure it converts stands for (it was "16 miles, 6 miles" in dispute
    beside another article's "25 km")."""
    dropped: dict[int, set[str]] = defaultdict(set)
    for fact in group_facts:
        if "(" not in fact.sentence.text or fact.sentence.article not in sets:
            continue  # (most sentences)
        units = measured(fact)
        for match in _OWN_CONVERSION.finditer(fact.sentence.text):
            first, second = match["first"].replace(",", ""), match["second"].replace(",", "")
            try:
                sizes = float(first), float(second)
            except ValueError:
                continue
            if any(
                mine != theirs
                and UNIT_SIZES[mine][0] == UNIT_SIZES[theirs][0]
                and abs((x := _in_base(sizes[0], mine)) - (y := _in_base(sizes[1], theirs)))
                <= CONVERTED_RATIO * max(x, y)
                for mine in units.get(first, ())
                for theirs in units.get(second, ())
            ):
                dropped[fact.sentence.article].add(second)
    if not dropped:
        return sets
    return {a: values - dropped.get(a, set()) for a, values in sets.items()}


def _measures_read() -> Callable[[Fact], dict[str, frozenset[str]]]:
    """`quantities.measures_of` of a fact's sentence, read once for the group being weighed: two
    rules read the same facts' units (`_measures`, `_counting_alike_things`). One is made for each
    group, so nothing read outlives it."""
    read: dict[tuple[str, str], dict[str, frozenset[str]]] = {}

    def measured(fact: Fact) -> dict[str, frozenset[str]]:
        key = (fact.sentence.text, fact.language)
        if key not in read:
            read[key] = measures_of(*key)
        return read[key]

    return measured


def _measures(
    sets: dict[int, set[str]],
    group_facts: list[Fact],
    money: dict[int, dict[str, set[str]]],
    measured: Callable[[Fact], dict[str, frozenset[str]]],
) -> dict[int, dict[str, frozenset[str]]]:
    """Per article, its figures given in a unit of `UNIT_SIZES` (`quantities.measures_of`, read by
    `measured`), each with its units, but amounts of money ("5 pounds"); none when no sentence of the
    group writes a unit."""
    if not any(f.numbers and unit_words_in(f.sentence.text) for f in group_facts):
        return {}  # (most groups)
    found: dict[int, dict[str, frozenset[str]]] = defaultdict(dict)
    for fact in group_facts:
        article = fact.sentence.article
        if article not in sets or not fact.numbers:
            continue
        mine = found[article]
        for number, units in measured(fact).items():
            if number in sets[article] and number not in money.get(article, ()):
                mine[number] = mine.get(number, frozenset()) | units
    return found


def _with_unit(
    show: Callable[[int, str], str], measures: dict[int, dict[str, frozenset[str]]]
) -> Callable[[int, str], str]:
    """`show`, with the unit of a figure its article gives in one unit (`UNIT_LABELS`): "40 km",
    "about 35 miles", "8 years"; years and months as a reader writes them, "6 years 4 months"."""

    def shown(article: int, value: str) -> str:
        units = measures.get(article, {}).get(value, frozenset())
        if len(units) != 1:
            return show(article, value)
        unit = next(iter(units))
        if unit == "year" and (written := years_and_months_shown(value)):
            figure = show(article, value)  # ("six years and four months": not "6.33 years")
            return figure.removesuffix(value) + written if figure.endswith(value) else f"{figure} years"
        one, more = UNIT_LABELS[unit]
        label = one if _size(value) == 1 else more
        return f"{show(article, value)}{'' if label.startswith('°') else ' '}{label}"

    return shown


def _units_apart(
    sets: dict[int, set[str]],
    measures: dict[int, dict[str, frozenset[str]]],
    show: Callable[[int, str], str],
    time_units: Callable[[int], frozenset[str]],
) -> tuple[dict[int, str], set[tuple[int, str]]]:
    """The disagreement of figures in units of one kind (`UNIT_SIZES`) that the figures compared as
    written never show, and the figures in it: the same digits in other units ("120 km/h" and "120
    mph", "40 km" and "40 miles"), a length in years against a duration ("eight years" and "eight
    months", a duration being a figure of another kind; "three years" and "18 months", but not "26
    years" and "an hour", too far apart to be one: MEASURE_RATIO), or figures too far apart as written to be
    one (MEASURE_RATIO) that are near in one unit ("300 mm" and "20 inches", 508 mm). Two articles
    disagree on a kind of measure when none of their figures of it converts to another's within
    CONVERTED_RATIO; each figure is shown with its unit, a duration as `show` writes it. Two durations
    (in hours) are apart only when their articles write the same digits in other units ("eight
    weeks" and "eight months", `_duration_as_written`; `time_units`: the units an article counts
    time in)."""
    read: dict[int, list[tuple[str, str, float, str, float]]] = defaultdict(list)  # value, kind, size,
    # unit, figure as written
    for article, values in sets.items():
        for value in sorted(values):
            size = _size(value)
            if size is None or size <= 0:
                continue
            if number_unit(value) == "h":
                read[article].append((value, "time", size, *_duration_as_written(size, time_units(article))))
            for unit in sorted(measures.get(article, {}).get(value, ())):
                read[article].append((value, UNIT_SIZES[unit][0], _in_base(size, unit), unit, size))
    apart: set[tuple[int, str]] = set()
    for a, b in combinations(sorted(read), 2):
        for kind in {r[1] for r in read[a]} & {r[1] for r in read[b]}:
            ours = [r for r in read[a] if r[1] == kind]
            theirs = [r for r in read[b] if r[1] == kind]
            if any(_converted_alike(x[2], y[2], kind) for x in ours for y in theirs):
                continue  # (a figure of one is the other's, converted)
            for (v, _, size, unit, written), (w, _, its, their_unit, their_written) in product(ours, theirs):
                durations = number_unit(v) == number_unit(w) == "h"
                if unit != their_unit and (
                    written == their_written
                    or (number_unit(v) != number_unit(w) and _comparable(size, its))
                    or (not durations and not _comparable(written, their_written) and _comparable(size, its))
                ):
                    apart.update(((a, v), (b, w)))
    if not apart:
        return {}, apart
    labelled = _with_unit(show, measures)
    return {
        a: ", ".join(labelled(a, v) for v in sorted(v for b, v in apart if b == a))
        for a in sorted({a for a, _ in apart})
    }, apart


def _in_base(size: float, unit: str) -> float:
    """A figure in a unit of `UNIT_SIZES` in its kind's base unit: 40 km 40000 (metres), 104°F 40
    (°C: `UNIT_OFFSETS`)."""
    return (size + UNIT_OFFSETS.get(unit, 0.0)) * UNIT_SIZES[unit][1]


def _duration_as_written(hours: float, units: Collection[str]) -> tuple[str, float]:
    """A duration's unit and count as its article writes it (`units`: the units it counts time in,
    `quantities.duration_units`), as `model.readable_number` shows it (`model.counted_whole`):
    "1344h" in weeks is ("week", 8); else ("h", its hours)."""
    written = counted_whole(hours, units)
    return (written[0], float(written[1])) if written else ("h", hours)


def _converted_alike(size: float, other: float, kind: str) -> bool:
    """Whether two sizes in one unit of a `kind` of `UNIT_SIZES` are one figure converted: within
    CONVERTED_RATIO, temperatures within CONVERTED_DEGREES."""
    if kind in ("temperature", "temperature change"):
        return abs(size - other) <= CONVERTED_DEGREES + _HAIR
    return abs(size - other) <= CONVERTED_RATIO * max(size, other)


def _in_one_currency(
    sets: dict[int, set[str]], show: Callable[[int, str], str], money: dict[int, dict[str, set[str]]]
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Amounts one article gives in a currency as an earlier article gives them in another that
    cannot be one, when the two convert to within CONVERTED_MONEY_RATIO of each other
    (`money.DOLLARS_EACH`): "£3.2 billion" is "about €3.7 billion", and no disagreement; of two
    amounts ("an initial £60m, rising to £68m"), the nearest ("€70 million" is the £60m). Each article
    still shows its own amount. Groups of more than KINDS_WEIGHED amounts are weighed as written."""
    amounts = [
        (article, v, currency, dollars)
        for article, given in sorted(money.items())
        for v, currencies in sorted(given.items())
        if v in sets.get(article, ()) and len(currencies) == 1
        for currency in currencies
        if (size := _size(v)) is not None and size > 0 and (dollars := in_dollars(size, currency)) is not None
    ]
    if len(amounts) > KINDS_WEIGHED or len({currency for _, _, currency, _ in amounts}) < 2:
        return sets, show  # (most groups: amounts in one currency)
    one: dict[tuple[int, str], str] = {}  # each amount with the earlier article's it converts to
    for article, v, currency, dollars in amounts:
        near = [
            (abs(dollars - theirs) / max(dollars, theirs), other, w)
            for other, w, its, theirs in amounts
            if other < article and w != v and not compatible(currency, its)
        ]
        if near and (best := min(near))[0] <= CONVERTED_MONEY_RATIO:
            _, other, w = best  # (itself written as an earlier article's, if it was)
            one[article, v] = one.get((other, w), w)
    if not one:
        return sets, show
    return _written_as(sets, show, lambda article, value: one.get((article, value)))


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
    # two figures in currencies that cannot be one: the same figure, loosely said? Only a bound or
    # a rounding keeps another figure (`_loosely_one`): the pairs tried are those holding one (each
    # figure against each was millions of pairs for two lists of thousands of amounts)
    marks = {a: {frozenset(c) for c in amounts.values()} for a, amounts in money.items()}
    apart = [
        (a, b)
        for a, b in combinations(sorted(money), 2)
        if any(not _can_agree(set(p), set(q)) for p in marks[a] for q in marks[b])
    ]
    rough = _rough_by_article(group_facts, {article for pair in apart for article in pair}) if apart else {}
    for a, b in apart:
        theirs_rough = [(y, theirs) for y, theirs in money[b].items() if rough[b].get(y)]
        for x, mine in money[a].items():
            for y, theirs in money[b].items() if rough[a].get(x) else theirs_rough:
                if x != y and not _can_agree(mine, theirs) and _loosely_one(rough, a, b, x, y):
                    differing[a].append(show(a, x))
                    differing[b].append(show(b, y))
    if len(differing) < 2:
        return {}
    return {a: list(dict.fromkeys(amounts)) for a, amounts in sorted(differing.items())}


MONEY_SORT = "money"
"""The sort (`_by_sort`) of an amount of money, in whatever currency, when no article of the group
gives amounts in two currencies that cannot be one."""
_SPEC_KINDS = frozenset(UNIT_SIZES[unit][0] for unit in _SPEC_UNITS) - {"weight"}
"""The kinds of measure of a device's specification (`_SPEC_UNITS`: storage, charge, energy,
frequency, resolution, power) that `_by_sort` weighs apart; lengths, weights, speeds and the other
kinds of `UNIT_SIZES` are one sort, "measure", which `_units_apart` tells apart as before ("60 mph"
against "97 km" is a disagreement)."""
MEASURE_SORT = "measure"
_SPEC_CUE = compiled(
    r"(?:TB|GB|MB|mAh|kWh|GHz|MHz|Hz|MP|kW|W)\b"
    r"|(?i:terabyte|gigabyte|megabyte|kilowatt|gigahertz|megahertz|hertz|megapixel|watt)"
)
"""What a sentence holds if `measures_of` may read a unit of `_SPEC_KINDS` in it (the letters of
`quantities._LENGTH_WEIGHT_OR_YEARS`' specification units): `_by_sort` reads no other group's units."""


def _by_sort(
    sets: dict[int, set[str]], group_facts: list[Fact], measured: Callable[[Fact], dict[str, frozenset[str]]]
) -> dict[str, dict[int, set[str]]] | None:
    """Each article's figures split by their sort, when the group's figures are of two sorts or more:
    amounts of money, each kind of a device's specification (`_SPEC_KINDS`: "256GB" is storage,
    "5,000mAh" a charge) and the other measures ("210 grams", "6.7-inch": `MEASURE_SORT`). A figure
    is set only against figures of its sort, and those of none (counts, shares, durations: "")
    against each other: a phone's "256GB" is no rival of "weighs 210 grams" nor of "$799". Amounts
    are of one sort, unless an article gives amounts in two currencies that cannot be one ("$799 in
    the US and €849 in Europe", "$799 (£699)"): it tells them apart, and each currency is then a
    sort, so that "€849" is weighed against the euros of the others, not against their dollars.
    None when the figures are of one sort or none, or only amounts and measures (most groups: they
    are weighed together as before, "60 mph" against "97 km" by `_units_apart`). `measured`: each
    fact's figures in a unit (`_measures_read`)."""
    values = {v for given in sets.values() for v in given}
    if len(values) > KINDS_WEIGHED:
        return None  # (a list of a thousand amounts is weighed by size only)
    facts = [f for f in group_facts if f.sentence.article in sets and not values.isdisjoint(f.numbers)]
    if len({c for f in facts for _, c in f.money}) < 2 and not any(
        _SPEC_CUE.search(f.sentence.text) for f in facts
    ):
        return None  # (most groups: one currency or none, no unit of a specification: one sort and measures)
    money: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in facts:
        for number, currency in fact.money:
            if number in sets[fact.sentence.article]:
                money[fact.sentence.article][number].add(currency)
    sorts: dict[tuple[int, str], str] = {}
    if money:
        currencies = sorted({c for given in money.values() for cs in given.values() for c in cs})
        apart = any(
            not compatible(c, d)
            for given in money.values()
            for c, d in combinations(sorted({c for cs in given.values() for c in cs}), 2)
        )
        for article, given in money.items():
            for number, cs in given.items():
                first = min(cs)
                sorts[article, number] = (
                    f"{MONEY_SORT}:{min(c for c in currencies if compatible(c, first))}"
                    if apart
                    else MONEY_SORT
                )
    if any(unit_words_in(f.sentence.text) for f in facts):
        for fact in facts:
            article = fact.sentence.article
            for number, units in measured(fact).items():
                kinds = sorted({UNIT_SIZES[u][0] for u in units if u in UNIT_SIZES} - {"time"})
                if kinds and number in sets[article] and (article, number) not in sorts:
                    sorts[article, number] = kinds[0] if kinds[0] in _SPEC_KINDS else MEASURE_SORT
    told = set(sorts.values())
    if len(told) < 2 or told <= {MONEY_SORT, MEASURE_SORT}:
        return None  # (amounts and lengths or weights: weighed together as before, `_units_apart`)
    split: dict[str, dict[int, set[str]]] = {
        s: {a: set() for a in sets} for s in ["", *sorted(set(sorts.values()))]
    }
    for article, values in sets.items():
        for value in values:
            split[sorts.get((article, value), "")][article].add(value)
    return split
