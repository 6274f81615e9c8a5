"""Currencies: which one a figure is given in, and how to tell two apart.

`quantities.numbers_in` normalises a figure without its currency ("€300m" and "$300m" are both
300000000), so that outlets writing one amount in different ways agree. The currency is read beside
it (`quantities.read_numbers`, `Fact.money`): a sign or a code before the figure ("$", "US$", "€", "CHF"),
a name or a code after it ("euros", "Swiss francs", "kronor", "EUR"). align then tells one figure
given in two currencies apart ("€300 million · $300 million"): a wrong currency is as wrong as a
wrong figure.

Currencies are ISO 4217 codes, but for the marks that name a family rather than one currency: "$"
(a dollar of no named country: an American outlet's "$" and an Australian one's are not told
apart), "¥" (yen or yuan), "kroner" (Norwegian or Danish), "crowns", the names several countries
use when no country is written ("rupees", "pesos", "dinars", "dirhams", "riyals", "shillings"; with
one, "Mexican pesos" is MXN), "¢" (cents of a dollar or a euro: "42 cents" is the figure 0.42, as
"$0.42" is). Such a mark agrees with each currency of its family (`compatible`).
"""

from __future__ import annotations

import re

from newsdiff.patterns import compiled

DOLLAR = "$"
"""A dollar of no named country."""
CENT = "¢"
"""A hundredth of a dollar or a euro: "42 cents" is 0.42 of one of them."""

FAMILIES = {
    DOLLAR: frozenset(("USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD")),
    "¥": frozenset(("JPY", "CNY")),
    "kroner": frozenset(("NOK", "DKK")),
    "crowns": frozenset(("SEK", "NOK", "DKK", "CZK")),
    "rupees": frozenset(("INR", "PKR", "LKR", "NPR")),
    "pesos": frozenset(("MXN", "ARS", "CLP", "COP", "PHP")),
    "dinars": frozenset(("KWD", "JOD", "IQD", "BHD", "TND", "DZD", "LYD", "RSD")),
    "dirhams": frozenset(("AED", "MAD")),
    "riyals": frozenset(("SAR", "QAR", "OMR", "YER", "IRR")),
    "shillings": frozenset(("KES", "UGX", "TZS", "SOS")),
    CENT: frozenset((DOLLAR, "USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "EUR")),
}
"""Marks that name a family of currencies, each with its members: a currency's name that several
countries use, written without its country ("500 rupees"), is one of them."""

SIGNS = {
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "R$": "BRL",
    "$": DOLLAR,
    "€": "EUR",
    "£": "GBP",
    "¥": "¥",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₪": "ILS",
    "₦": "NGN",
    "₺": "TRY",
    "₱": "PHP",
    "₴": "UAH",
    "Rs": "rupees",
    "Rs.": "rupees",
    "NIS": "ILS",
}
"""Signs written before a figure."""

CODES = frozenset(
    (
        "USD EUR GBP JPY CHF AUD CAD NZD HKD SGD TWD SEK NOK DKK CZK CNY INR PKR RUB KRW ZAR BRL PLN TRY"
        " ILS MXN ARS NGN EGP KES SAR AED QAR HUF UAH THB MYR IDR"
    ).split()
)
"""Codes written before or after a figure ("CHF 30 million", "300m EUR"). Not "PHP", a programming
language more often than the peso in news ("PHP 8.3")."""

NAMES = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": DOLLAR,
    "dollars": DOLLAR,
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "franc": "CHF",
    "francs": "CHF",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "kroner",
    "kroner": "kroner",
    "crowns": "crowns",
    "rupee": "rupees",
    "rupees": "rupees",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "rand": "ZAR",
    "reais": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zloties": "PLN",
    "peso": "pesos",
    "pesos": "pesos",
    "lira": "TRY",
    "liras": "TRY",
    "shekel": "ILS",
    "shekels": "ILS",
    "naira": "NGN",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "forint": "HUF",
    "forints": "HUF",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "dinar": "dinars",
    "dinars": "dinars",
    "dirham": "dirhams",
    "dirhams": "dirhams",
    "riyal": "riyals",
    "riyals": "riyals",
    "rial": "riyals",
    "rials": "riyals",
    "shilling": "shillings",
    "shillings": "shillings",
    "won": "KRW",
}
"""Currency names written after a figure ("4.2 billion euros", "300 million kronor")."""

WEIGHTS = frozenset(("pound", "pounds"))
"""Names of a currency that also weigh: a weight when a thing follows ("2,000 pounds of cocaine")
or the sentence weighs ("weighed 90 pounds", "a weight of 40 pounds"); a sum otherwise ("fined
5,000 pounds")."""

VERBS = frozenset(("won",))
"""Names of a currency that are also verbs: a sum only after a scale of thousands or more
(`_LARGE_SCALE`: "5 billion won", "3bn won") or a country ("9,000 South Korean won"), not in "of 40
races, 12 won prizes"."""
_LARGE_SCALE = compiled(r"(?:thousand|illion|bn|tn)$")
"""A scale that ends a figure and is no distance: "m" and "k" are also metres and kilometres ("the
100m won by Jackson")."""

COUNTRIES = {
    "US": "USD",
    "U.S.": "USD",
    "American": "USD",
    "Australian": "AUD",
    "Canadian": "CAD",
    "New Zealand": "NZD",
    "Hong Kong": "HKD",
    "Singapore": "SGD",
    "New Taiwan": "TWD",
    "Taiwan": "TWD",
    "Taiwanese": "TWD",
    "Swedish": "SEK",
    "Norwegian": "NOK",
    "Danish": "DKK",
    "Czech": "CZK",
    "Swiss": "CHF",
    "British": "GBP",
    "Japanese": "JPY",
    "Chinese": "CNY",
    "Indian": "INR",
    "Pakistani": "PKR",
    "Sri Lankan": "LKR",
    "Nepalese": "NPR",
    "Mexican": "MXN",
    "Argentine": "ARS",
    "Argentinian": "ARS",
    "Chilean": "CLP",
    "Colombian": "COP",
    "Philippine": "PHP",
    "Egyptian": "EGP",
    "Lebanese": "LBP",
    "Syrian": "SYP",
    "Sudanese": "SDG",
    "South African": "ZAR",
    "South Korean": "KRW",
    "Korean": "KRW",
    "Turkish": "TRY",
    "Russian": "RUB",
    "Brazilian": "BRL",
    "Polish": "PLN",
    "Israeli": "ILS",
    "Nigerian": "NGN",
    "Kenyan": "KES",
    "Ugandan": "UGX",
    "Tanzanian": "TZS",
    "Saudi": "SAR",
    "Qatari": "QAR",
    "Emirati": "AED",
    "UAE": "AED",
    "Moroccan": "MAD",
    "Kuwaiti": "KWD",
    "Jordanian": "JOD",
    "Iraqi": "IQD",
    "Iranian": "IRR",
    "Tunisian": "TND",
    "Algerian": "DZD",
    "Serbian": "RSD",
    "Hungarian": "HUF",
    "Ukrainian": "UAH",
    "Thai": "THB",
    "Malaysian": "MYR",
    "Indonesian": "IDR",
}
"""Countries written before a currency's name, each with the currency it names: "Australian
dollars", "Swedish kronor", "Egyptian pounds", "Indian rupees"."""

SHOWN_BEFORE = {
    "USD": "US$",
    DOLLAR: "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "¥": "¥",
    "AUD": "A$",
    "CAD": "C$",
    "NZD": "NZ$",
    "HKD": "HK$",
    "SGD": "S$",
    "INR": "₹",
    "BRL": "R$",
    "TWD": "NT$",
}
"""How a reader is shown an amount: a sign before the figure where news uses one, else the code
("CHF 30 million")."""

CUES = frozenset([*NAMES, *(code.lower() for code in CODES), "cent", "cents", "pence", "p", "rs", "nis"])
"""Words of a sentence that may name a currency (besides the signs in `_SIGN_CHARS`; "p" for "10p",
"rs" for "Rs 500", "nis" for Israel's "NIS 500", the new shekel's letters)."""

_SIGN_CHARS = "$€£¥₹₽₩₪₦₺₱₴"
"""The characters the signs of `SIGNS` end in: a sentence without one names no sum by a sign."""

_SIGN_SOURCES = sorted((re.escape(sign) for sign in SIGNS), key=len, reverse=True)
"""The signs as patterns, longest first ("US$" before "$")."""

MARK_BEFORE = "(?:(?:" + "|".join(_SIGN_SOURCES) + "|" + "|".join(sorted(CODES)) + r")\s?)"
"""A pattern of a sign or a code as written before a figure ("US$", "€", "CHF ", "R$ " as Brazilian
news writes it), for patterns that
take an amount whole ("more than US$200 million")."""

_SIGN_BEFORE = compiled(
    r"(?:(?<![\w$])(?P<sign>"
    + "|".join(_SIGN_SOURCES)
    + r")|\b(?P<code>"
    + "|".join(sorted(CODES))
    + r"))\s?$"
)
"""A currency's sign or code right before a figure (searched in the few characters before it)."""

_NAME_AFTER = compiled(
    r"\s*(?:(?P<country>"
    + "|".join(re.escape(country) for country in sorted(COUNTRIES, key=len, reverse=True))
    + r")\s+)?(?P<name>"
    + "|".join(sorted(NAMES, key=len, reverse=True))
    + r")\b|\s?(?P<code>"
    + "|".join(sorted(CODES))
    + r")\b"
)
"""A currency's name or code right after a figure (its scale included)."""

_EURO_PLACE = compiled(r"[\s-](?:zone|area)\b")
"""What makes "euro" the place that uses it ("euro zone", "euro area"), not a currency."""

_HUNDREDTHS = compiled(
    r"\s*(?:(?P<cents>cents?)|(?P<pence>pence))\b"
    r"|(?<!(?<![\d.,])(?:144|240|360|480|540|576|720))(?<!(?<![\d.,])(?:1080|1440|2160|4320))"
    r"(?P<p>p)\b(?!\.m)"
)
"""The words after a figure that count hundredths of a currency ("42 cents", "5 pence"), and the
"p" of pence written against it ("10p", "2.5p", a share price's "245p"; not after a video's lines,
"720p", "1080p"; not "8p.m.")."""

_PENCE = compiled(r"0\.\d+$")
"""A figure below one, of no scale: pence of a pound."""
_ONE_DECIMAL = compiled(r"\d+\.\d$")
"""A figure of no scale with one decimal: a sum written with two ("12.50")."""

BEFORE_REACH = 4
"""Characters before a figure that hold its sign or code ("US$", "CHF ")."""


def may_name_money(text: str, words: frozenset[str]) -> bool:
    """Whether a sentence can give an amount of money at all (most give none): a sign, or a word
    that names a currency."""
    if text.isascii():  # (most sentences: one sign to look for)
        return "$" in text or not CUES.isdisjoint(words)
    return any(sign in text for sign in _SIGN_CHARS) or not CUES.isdisjoint(words)


def currency_before(text: str, start: int) -> str | None:
    """The currency whose sign or code stands right before `start`, where a figure begins."""
    match = _SIGN_BEFORE.search(text, max(0, start - BEFORE_REACH), start)
    if match is None:
        return None
    return SIGNS[match["sign"]] if match["sign"] else match["code"]


def currency_after(text: str, end: int) -> str | None:
    """The currency whose name or code stands right after `end`, where a figure (and its scale)
    ends: "euros", "Swiss francs", "Australian dollars", "EUR"."""
    match = _NAME_AFTER.match(text, end)
    if match is None:
        return None
    if match["code"]:
        return match["code"]
    name = match["name"].lower()
    if name in WEIGHTS and (text.startswith(" of ", match.end()) or "weigh" in text.lower()):
        return None  # "weighed 90 pounds", "2,000 pounds of cocaine"
    if name == "euro" and _EURO_PLACE.match(text, match.end()):
        return None  # "the 20 euro zone countries": a count of its members
    if name in VERBS and not (match["country"] or _LARGE_SCALE.search(text, max(0, end - 8), end)):
        return None  # "12 won prizes", "the 100m won by"; "5 billion won", "9,000 South Korean won" are sums
    if match["country"]:
        return COUNTRIES[match["country"]]  # "Egyptian pounds", "Swedish kroner", "Indian rupees"
    return NAMES[name]


def written_currency(word: str) -> str | None:
    """The currency a word names when written as a code, a sign of letters or the letters of a
    dollar's sign ("CHF", "Rs", the "NT" of "NT$"), else None: names_in takes such a word for a
    name."""
    if word in CODES:
        return word
    return SIGNS.get(word) or SIGNS.get(word + "$") if word[:1].isalpha() else None


DOLLARS_EACH = {
    "USD": 1.0,
    DOLLAR: 1.0,
    "EUR": 1.12,
    "GBP": 1.30,
    "CHF": 1.17,
    "JPY": 0.0069,
    "CNY": 0.14,
    "CAD": 0.73,
    "AUD": 0.66,
    "NZD": 0.60,
    "HKD": 0.128,
    "SGD": 0.76,
    "SEK": 0.097,
    "NOK": 0.095,
    "DKK": 0.15,
    "PLN": 0.26,
    "CZK": 0.044,
    "INR": 0.012,
    "KRW": 0.00073,
}
"""What one of each currency is worth in US dollars, roughly (2024-2026): an amount given in two
currencies is one amount when its sizes so converted are close (`conflicts.units.CONVERTED_MONEY_RATIO`
allows for rates that move). Currencies that lost much of their worth within a few years (the
rouble, the lira, the naira) are not here: no rate says what their amount was; a "$" of no country
is taken for the US dollar, as most news writes it."""


def in_dollars(size: float, currency: str) -> float | None:
    """An amount in US dollars at `DOLLARS_EACH`'s rate; None for a currency of no rate here."""
    rate = DOLLARS_EACH.get(currency)
    return None if rate is None else size * rate


def compatible(a: str, b: str) -> bool:
    """Whether two currencies can be one: the same, or a family's mark and one of its members
    ("$" and USD)."""
    return a == b or b in FAMILIES.get(a, ()) or a in FAMILIES.get(b, ())


def hundredths(text: str, end: int) -> str | None:
    """The currency of "cents" or "pence" right after `end`, where a figure ends (the figure counts
    hundredths of it: "42 cents" is 0.42); None when neither word stands there."""
    match = _HUNDREDTHS.match(text, end)
    if match is None:
        return None
    return "GBP" if match["pence"] or match["p"] else CENT


def readable_money(figure: str, currency: str) -> str:
    """An amount as a reader would write it, from its figure as a reader reads it ("4.2 billion")
    and its currency: "€4.2 billion", "$300", "$12.50", "CHF 30 million", "300 million kroner",
    "42 cents", "10p"."""
    if currency == CENT:
        try:
            count = round(float(figure) * 100, 6)
        except ValueError:
            return f"{figure} {currency}"
        return f"{count:g} cent" + ("" if count == 1 else "s")
    if currency == "GBP" and _PENCE.match(figure):
        return f"{round(float(figure) * 100, 6):g}p"  # "2.5p", as British news writes it
    if _ONE_DECIMAL.match(figure):
        figure += "0"  # "£12.50", not "£12.5"; "€4.5 billion" stays
    sign = SHOWN_BEFORE.get(currency)
    if sign:
        return sign + figure
    if currency in CODES:
        return f"{currency} {figure}"
    return f"{figure} {currency}"
