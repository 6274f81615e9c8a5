"""Stage 3, segment and extract: an `Article`'s paragraphs become sentences, each reduced to a `Fact`.

Sentences come from sentencex (Wikimedia's rule-based splitter for ~300 languages), which knows
abbreviations ("Mr.", "U.S.", "p.m."), initials and quotations, curly or straight, and costs about
1 ms to import. A fact holds what alignment compares: content-word stems (Snowball),
numbers normalised ("1,000" = "1000", "3.5 percent" = "3.5%"), dates, capitalised names, quotations
with their speaker, and attribution verbs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsdiff.model import Article, Fact, Quote, Sentence

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves s t don said says say saying told
    according also would could might may must shall us per cent percent""".split()
)
"""Function words and attribution verbs: they carry no fact of their own."""

ATTRIBUTION_VERBS = frozenset(
    "said says say told added noted stated announced claimed according declared confirmed "
    "explained insisted warned wrote reported acknowledged".split()
)
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
LANGUAGE = "en"
"""Language rules for sentence splitting and stemming (other languages: a later issue)."""

QUOTE_MIN_WORDS = 3
"""Shorter quoted spans ("normalizing", a nickname) are scare quotes, not statements."""

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_NUMBER = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<pct>%|percent\b|per cent\b)|\s+(?P<scale>thousand|million|billion|trillion)\b)?",
    re.I,
)
_NUMBER_TERM = "|".join([*NUMBER_WORDS, "hundred", *SCALES])
_NUMBER_WORD = re.compile(rf"(?<!\d )\b(?:{_NUMBER_TERM})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_TERM}))*\b", re.I)
_QUOTE = re.compile(r"[“\"«„]([^“”\"«»„]+)[”\"»“]")
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|de|der|del|da|al|bin|von|van)\s+)*[A-Z][\w'’-]*)*")
"""Capitalised words, joined by particles ("Bank of England", "Ursula von der Leyen")."""
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)", re.I)
_ALNUM = re.compile(r"[^\W_]")
_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d$")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def segment(article: Article) -> list[Sentence]:
    """The sentences of an article's body, in order, each tagged with its paragraph."""
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(article.paragraphs):
        for text in split_sentences(paragraph):
            sentences.append(
                Sentence(article=article.index, index=len(sentences), paragraph=number, text=text)
            )
    return sentences


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, stripped, in order.

    A splitter can leave a closing quotation mark on its own or cut after an abbreviation it does
    not know (the next piece then starts in lower case); such a piece joins the sentence before it.
    """
    sentences: list[str] = []
    for piece in _pieces(paragraph):
        piece = piece.strip()
        if not piece:
            continue
        if sentences and (not _ALNUM.search(piece) or piece[0].islower()):
            sentences[-1] = sentences[-1] + ("" if not _ALNUM.search(piece) else " ") + piece
        else:
            sentences.append(piece)
    return sentences


def _pieces(paragraph: str) -> list[str]:
    import sentencex

    return list(sentencex.segment(LANGUAGE, paragraph))


def extract(sentence: Sentence) -> Fact:
    """The comparable features of one sentence."""
    text = sentence.text
    words = [part for word in _WORD.findall(text) for part in _split_hyphen(word)]
    lowered = [w.casefold().replace("’", "'") for w in words]
    content = [w for w in lowered if w not in STOPWORDS and not w[0].isdigit()]
    return Fact(
        sentence=sentence,
        stems=tuple(stem_words(content)),
        numbers=numbers_in(text),
        dates=dates_in(lowered, text),
        names=names_in(text),
        quotes=quotes_in(text),
        attributions=tuple(sorted({w for w in lowered if w in ATTRIBUTION_VERBS})),
    )


def _split_hyphen(word: str) -> list[str]:
    """ "48-hour" is the number 48 and the word "hour"; "president-elect" stays one word."""
    if "-" in word and word[0].isdigit():
        return [p for p in word.split("-") if p]
    return [word]


def facts(article: Article) -> list[Fact]:
    """Every sentence of an article with its features."""
    return [extract(s) for s in segment(article)]


def stem_words(words: list[str]) -> list[str]:
    """Snowball stems of lower-case words; possessive endings dropped first."""
    return list(_stemmer().stemWords([w.removesuffix("'s") for w in words]))


def numbers_in(text: str) -> tuple[str, ...]:
    """Numbers in text, normalised: digits without separators, `%` for percent, scales applied."""
    found: list[str] = []
    for match in _NUMBER.finditer(text):
        value = float(match["num"].replace(",", ""))
        if match["scale"]:
            value *= SCALES[match["scale"].lower()]
        found.append(_format_number(value) + ("%" if match["pct"] else ""))
    for match in _NUMBER_WORD.finditer(text):
        value = _number_phrase(re.findall(r"[a-z]+", match.group(0).lower()))
        if value >= 3:  # "one", "two": articles and pairs, rarely a figure worth checking
            found.append(_format_number(value))
    return tuple(dict.fromkeys(found))


def _number_phrase(words: list[str]) -> float:
    """The value of number words: "two hundred" 200, "twenty-five" 25, "three thousand" 3000."""
    total, current = 0.0, 0.0
    for word in words:
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
    return total + current


def dates_in(lowered: list[str], text: str) -> tuple[str, ...]:
    """Weekdays, months (with day or year when given) and clock times named in a sentence."""
    found: list[str] = []
    for i, word in enumerate(lowered):
        if word in WEEKDAYS:
            found.append(word)
        elif word in MONTHS and (word != "may" or _next_is_number(lowered, i)):
            following = lowered[i + 1] if i + 1 < len(lowered) else ""
            found.append(f"{word} {following}" if following.isdigit() else word)
    found.extend(m.group(0).lower().replace(".", "").replace(" ", "") for m in _TIME.finditer(text))
    return tuple(dict.fromkeys(found))


def _next_is_number(lowered: list[str], i: int) -> bool:
    return i + 1 < len(lowered) and lowered[i + 1].isdigit()


def names_in(text: str) -> tuple[str, ...]:
    """Capitalised word sequences that are not just the first word of the sentence."""
    found: list[str] = []
    for match in _NAME.finditer(text):
        name = match.group(0).strip()
        first_word = name.split()[0]
        if match.start() == 0 or text[: match.start()].rstrip().endswith(("“", '"', ".")):
            if " " not in name and first_word.casefold() in STOPWORDS:
                continue
            if first_word.casefold() in STOPWORDS:
                name = name.split(" ", 1)[1]
        if name.casefold() in STOPWORDS or name.casefold() in WEEKDAYS or name.casefold() in MONTHS:
            continue
        found.append(name)
    return tuple(dict.fromkeys(found))


def quotes_in(text: str) -> tuple[Quote, ...]:
    """Quoted statements (three words or more) with the speaker, when a name stands beside them."""
    quotes = []
    for match in _QUOTE.finditer(text):
        quoted = match.group(1).strip(" ,.")
        if len(quoted.split()) < QUOTE_MIN_WORDS:
            continue
        outside = text[: match.start()] + " " + text[match.end() :]
        speaker = (
            next((n for n in names_in(outside) if n.casefold() not in ATTRIBUTION_VERBS), None)
            if ATTRIBUTION_VERBS & {w.casefold() for w in _WORD.findall(outside)}
            else None
        )
        quotes.append(Quote(text=quoted, speaker=speaker))
    return tuple(quotes)


def is_year(number: str) -> bool:
    """Whether a normalised number reads as a calendar year (1600-2099)."""
    return bool(_YEAR.match(number))


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
