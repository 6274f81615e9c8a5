"""Stage 3, segment and extract: an `Article`'s paragraphs become sentences, each reduced to a `Fact`.

Sentences come from `sentences` (sentencex, mended for news copy), split and read in the article's
language (`language.fact_language`). A fact holds what alignment compares: content-word stems
(Snowball), numbers, amounts of money, dates and periods (read by `quantities`: "1,000" = "1000",
"3.5 percent" = "3.5%", "two-day" = "48 hours", "a third of" ~33.3%, "$4.2bn"), capitalised names
with a guessed kind, quotations with their speaker, and attribution verbs.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from newsdiff.language import (
    ADDRESSEE_ENDINGS,
    ADDRESSEES,
    ADJECTIVE_AFTER,
    ARTICLES,
    ATTRIBUTION_PREPOSITIONS,
    AUXILIARIES,
    BODY_KINDS,
    COMPOUNDING,
    CONJUNCTIONS,
    ELIDED,
    FACT_LANGUAGES,
    GENERIC_BODIES,
    KINDLESS_NAME_WORDS,
    NAME_ENDINGS,
    NO_FIRST_PART,
    NO_HEAD,
    PLURAL_BODIES,
    SEATS_OF_POWER,
    SEPARABLE_ATTRIBUTIONS,
    SUBJECT_AFTER_VERB,
    a_named_body,
    fact_language,
    name_stem,
    words_of,
)
from newsdiff.language import ATTRIBUTION_VERBS as OTHER_ATTRIBUTION_VERBS
from newsdiff.language import ORGANISATION_WORDS as OTHER_ORGANISATION_WORDS
from newsdiff.language import PERSON_TITLES as OTHER_PERSON_TITLES
from newsdiff.language import PLACE_PREPOSITIONS as OTHER_PLACE_PREPOSITIONS
from newsdiff.lexicon import FUNCTION_WORDS, STOPWORDS, is_common_word, noun_kinds, stopwords
from newsdiff.model import Article, Entity, EntityKind, Fact, Quote, Sentence
from newsdiff.money import written_currency
from newsdiff.patterns import compiled
from newsdiff.quantities import (
    MONTH_ABBREVIATIONS,
    MONTH_SET,
    NUMBER_WORDS,
    SCALES,
    TIME_ZONES,
    WEEKDAY_SET,
    dates_in,
    names_a_zone,
    none_counted,
    periods_in,
    read_numbers,
)
from newsdiff.record import replace
from newsdiff.sentences import CLOCK_ENDS, split_sentences

ATTRIBUTION_VERBS = frozenset(
    "said says say told added noted stated announced claimed according declared confirmed "
    "explained insisted warned wrote reported acknowledged pledged promised urged argued admitted "
    "conceded denied recalled stressed underlined estimated praised apologised apologized described "
    "tells adds notes states announces claims declares confirms warns writes reports".split()
)
SAYING_IN_CONTEXT = {
    "recalled": compiled(
        r"(?i)(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )"
        r"\brecalled(?=\s*(?:(?:that|how|when|what|why|where|who|being|having|seeing)\b|[,.;:!?…)\"”’—–]|$))"
    ),
    "states": compiled(r"\bstates\b"),
    "reports": compiled(
        r"(?i)(?<![\w’'-])(?!(?:a|an|the|these|those|such|no|any|some|many|several|numerous|multiple|few|more|most|"
        r"other|of|after|amid|despite|following|over|about|on|in|by|from|with|to|for|against|and|or|"
        r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
        r"earlier|recent|initial|early|unconfirmed|conflicting|media|news|press|local|first|later|"
        r"previous|similar|separate|official|widespread|further|its|their|his|her|our)\s)"
        r"[\w’'-]+(?<!['’]s)\s+reports\b(?!\s+of\b)"
    ),
}
"""English attribution verbs that say only in a context (a pattern of the sentence, as written):
"recalled" before what is told ("recalled that …", "recalled how …", "she recalled."), not a
recall of goods ("has recalled 1.2 million air fryers", "fryers were recalled."); "states" in lower
case, not a name's ("the United States", "Gulf States"); "reports" after its doer ("the agency
reports that"), not a noun after a count, a determiner or a preposition ("dozens of reports that",
"amid reports", "the agency's reports", "Reports that …" opening a sentence) nor before "of"."""
ORGANISATION_WORDS = frozenset(
    """union party bank authority court commission agency ministry council committee kremlin alliance
    group company service services times post express united association institute university hospital
    museum parliament duma government board office police army coastguard team channel corporation
    federation league club network airline airlines inc ltd plc ag assembly senate congress
    department insurance energy systems mobility lines data zoo motors airways media holdings
    technologies pharma foundation trust charity school college academy front movement coalition
    metall corp llc gmbh navy force forces guard marines foods logistics packaging industries dairies
    breweries pharmaceuticals chemicals plastics textiles electronics aerospace supermarkets fc afc""".split()
)
"""A name ending in one of these words names an organisation ("Varnholm Port Authority")."""
PLACE_WORDS = frozenset(
    """bay sea lake river island islands valley coast strait glacier mountains peninsula gulf desert
    canal ocean asia africa america europe""".split()
)
"""A name ending in one of these words names a place ("Sandvik Bay", "Central Asia")."""
SAINTS = frozenset(("St", "Saint", "Ste", "San", "Santa", "Sankt"))
"""First words of a saint's name, whose possessive names a place or a body ("St John's Wood")."""
ABBREVIATED_NAME_WORDS = tuple(
    "St Mt Ft Mr Mrs Ms Dr Gov Sen Rep Gen Lt Sgt Capt Col Maj Prof Rev Adm Cmdr Supt".split()
)
"""Abbreviations written with a period inside a name: a saint's or a mountain's ("St. Louis", "Mt.
Everest"), a title's ("Gov. Gavin Newsom", "Mr. Smith")."""
PLACE_FIRST_WORDS = frozenset("mount mt lake cape piz st saint port gulf bay isle".split())
"""A name starting with one of these words names a place ("Piz Varnel", "St Elias", "Port of Varnholm")."""
OTHER_WORDS = frozenset(
    """age marathon cup games championship championships tour festival prize award summit
    conference treaty act war""".split()
)
"""A name ending in one of these words names an event, an era or a text, not a person ("Rostal
Marathon", "Bronze Age")."""
VESSEL_WORDS = frozenset(
    """ferry ship vessel tanker freighter boat yacht liner trawler frigate destroyer submarine carrier
    steamer barge tug icebreaker""".split()
)
"""A name right after one of these words names a ship ("the ferry Santa Irena"), not a person."""
VESSEL_PREFIXES = frozenset("MV MS MT SS RMS HMS USS HMAS HMCS INS".split())
"""Prefixes of ships' names ("MV Sanchi", "HMS Defender")."""
PERSON_TITLES = frozenset(
    """president minister governor spokesman spokeswoman spokesperson mr mrs ms dr leader director
    councillor captain speaker manager justice chief executive secretary chairman chairwoman mayor
    premier chancellor king queen prince senator general striker coach judge professor
    correspondent boss gov sen rep gen lt sgt capt col maj prof rev adm cmdr supt""".split()
)
"""A name right after one of these words names a person ("Kremlin spokesman Dmitry Peskov"); the
abbreviations are the titles news agencies write before a name ("Gov. Gavin Newsom", "Sen.")."""
STANDING_WORDS = frozenset(
    """former ex outgoing incoming acting interim veteran late then erstwhile retired ousted sacked
    disgraced embattled longtime long-time would-be self-styled""".split()
)
"""Words that tell how a person stands in an office or a place ("Former Harlow Bay mayor Daniel
Pryce", "Outgoing Governor Ilse Marquardt", "Ex-Velmar coach"): opening a sentence, capitalised, they
are no part of the name after them, which inside a sentence is written without them."""
CALLINGS = frozenset(
    """businessman businesswoman tycoon billionaire entrepreneur banker investor oligarch activist
    dissident journalist lawyer attorney actor actress singer author novelist footballer""".split()
)
"""Callings written before a name as a title is ("Businessman Anton Petrescu"): no name word
(`names_in`)."""
PLACE_PREPOSITIONS = frozenset("in at from near to across outside into toward towards off".split())
"""A name right after one of these words, not a person or organisation, is taken for a place."""

ALL_CAPS_MIN_LETTERS = 12
"""A text with this many letters, nearly all capitals, is set in capitals: no name can be read."""
SPEAKER_REACH = 4
QUOTE_CONTEXT_CHARS = 1000
"""How far before and after a quotation its speaker is looked for: a sentence is shorter; one of
thousands of quotations carried the whole of it around each (3,000 took 30 s and 200 MB)."""
VERB_CONTEXT_CHARS = 300
"""How far from a name an attribution verb may stand to make it the speaker (`_speaker`): further
than SPEAKER_REACH words, an aside included; each name was measured against every verb of the
sentence (2,000 names with their verbs took 40 s)."""
_PARTICLES = "de der del da dos das di du al bin von van"
NAME_PARTICLES = frozenset(_PARTICLES.split())
"""The particles inside a person's name that `_NAME_RUN` joins: "Mark de Wit", "Ursula von der Leyen"."""
PLACE_LINKS = compiled(
    r"\s+(?:am|upon|sur|an\s+der|ob\s+der|on(?=\s+(?:{})\b))\s+".format(
        "|".join("Sea Thames Trent Avon Tyne Tees Wye Severn Ouse Soar Dee Tweed Main Rhine".split())
    )
)
"""What joins the two capitalised parts of one English place's name ("Zell am Ziller", "Newcastle
upon Tyne", "Frankfurt an der Oder", "Rothenburg ob der Tauber", "Châlons sur Marne"; "on" only
before a river or the sea: "Walton on Thames", not "Berg on Brexit"): `names_in` reads them as one
name, so an appositive after it is the speaker ("said the mayor of Zell am Ziller, Ilse Brandauer").
Hyphenated ones
("Stoke-on-Trent") are one word already."""
PLACE_NOUN_KIND, PERSON_NOUN_KIND = "m", "p"
"""The letters `lexicon.noun_kinds` gives a place ("munich") and a person ("jackson")."""
_OFFICE_LINKS = frozenset(
    "of the de la du des del della dello dei degli delle di do da dos das van von der".split()
)
"""Words that join an office to its capitalised complement ("Minister of the Interior", "ministro de
Defensa", "presidente della Regione"): a full name after it and a comma holds the office."""
"""Words at most between a quote's speaker and the attribution verb ("Volodin told NTV Channel on
Sunday that", "according to the Kremlin")."""

OPENING_MARKS = "“\"'‘«„‚» \u00a0\u202f"
"""What may stand before a sentence's first word: an opening quotation mark (other languages' too:
"«", "„", German "»"), a space (in French a no-break one after "«")."""

QUOTE_MIN_WORDS = 3
"""Shorter quoted spans ("normalizing", a nickname) are scare quotes, not statements."""
SINGLE_QUOTE_MAX_CHARS = 600
"""Longest quotation in single marks looked for: the search for a closing mark runs from each
opening one, and a long run of text with openings and no closings (a data dump) took time growing
with its square (4,000 openings: 1.9 s)."""

_LETTERS = compiled(r"[^\W\d_]+")
"""Runs of letters: the words of a name and its neighbours (`entities_in`)."""
_WORD = compiled(r"[^\W_]+(?:['’.-][^\W_]+)*")
_LOWER_ASCII_WORD = compiled(r"[a-z0-9]+(?:['.-][a-z0-9]+)*")
"""`_WORD` in ASCII text in lower case, where its letters and digits are these: ranges `re` tests at
once, where it looked each character up as a letter or digit (400 -> 340 us for the events pair)."""
_ASIDE = compiled(r"\s*,[^,\"“”]*,\s*")
"""A function or a relative clause set between a speaker's name and the attribution verb."""
_UNMARKED_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "ı": "i",
        "ŧ": "t",
        "ð": "d",
    }
)
"""Letters with a stroke that NFKD leaves whole, as outlets dropping diacritics write them: "Wałęsa"
is "Walesa", "Søren" "Soren" (`without_marks`)."""
_QUOTE = compiled(r"[“\"«„]([^“”\"«»„]+)[”\"»“]")
_GERMAN_QUOTE = compiled(r"[“\"«„»]([^“”\"«»„]+)[”\"»“«]")
"""`_QUOTE` in German, which also quotes »thus« (Der Spiegel's style), where French and the others
close a quotation with "»"."""
_OPENING_ENDS = ("“", ".", "«", "„", "‚")
"""What a sentence's first word may follow (`_opens_a_sentence`); in German "»" too."""
_SINGLE_QUOTE = compiled(
    r"(?:^|(?<=[\s(—–]))['‘](?:[^\W\d_][\w-]*(?:\s[\w-]+)?['’](?=\s)"
    r"|(?=[^\W\d_])(.{1," + str(SINGLE_QUOTE_MAX_CHARS) + r"}?)(?:(?<=[,.!?])['’]|['’](?=[,.;:!?)]|\s*$)))"
)
"""A quotation in single marks (British style: "'We will not back down,' Starmer said", "‘… down’,
he said"). The mark is an apostrophe too, so a closing one stands after a stop or a comma, or
before one: "won’t" and "the players’ union" close nothing. A word or two in marks before a space
are marked words, too short to quote a statement (no group): "were 'devastated' by …, called 'a
last resort'" quotes three words, not all from "devastated" on."""
_SINGLE_MARKS = ("'", "‘")
_SINGLE_OPENINGS = tuple(before + mark for before in " (—–" for mark in _SINGLE_MARKS)
"""Where a quotation in single marks may open (besides the start): most apostrophes stand inside
a word ("Trump's"), and are not looked at again (outside double marks: a quote within a quote)."""
_QUOTE_BREAK_WORDS = 8
"""Words an attribution may hold between two parts of one quotation, set off by commas ("“The
economy is strong,” the finance minister said, “but …”"; not "she said, adding that “…”")."""


def _capitals() -> str:
    """A class of the capital letters of the Latin, Greek and Cyrillic scripts: "Émile", "Çelik
    Öztürk", "Łukasz", "Örebro", "Άθως" open names as "Emile" does (`re` has no class of capitals,
    and [A-Z] lost them). Built from the blocks where those scripts keep their capitals, ~0.1 ms."""
    blocks = ((0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))
    capitals = "".join(
        chr(c) for start, end in blocks for c in range(start, end) if chr(c).isupper() or chr(c).istitle()
    )
    return f"[A-Z{capitals}]"


CAPITAL = _capitals()
"""One capital letter, of any of the scripts `_capitals` knows."""
_NAME_WORD = (
    r"(?:(?=[A-Z][a-z]{0,3}\.)"  # (a word with a period soon: most are not tried against the abbreviations)
    r"(?:(?:[A-Z]\.){2,}"  # an initialism: "U.S.", "D.C.", "J.K."
    r"|(?:[A-Z]|" + "|".join(ABBREVIATED_NAME_WORDS) + r")\.(?=\s+[A-Z]))"  # "John F. Kennedy", "St. Louis"
    r"|{capital}[\w'’-]*)"
)
_NAME_RUN = r"{first}(?:\s+(?:(?:of|" + "|".join(_PARTICLES.split()) + r")\s+|d['’]|dell['’])*{word})*"
"""Capitalised words (`word`; the `first` at a word's start) in a run, joined by the particles
names hold, whole or elided ("Banca d'Italia", "Côte d'Ivoire", "Ana dos Santos", "Giulia di
Stefano"; not Portuguese "do", an English word: "How do Britons")."""
_WHOLE_NAME_RUN = _NAME_RUN.replace("|d['’]|dell['’]", "")
"""`_NAME_RUN` without the elided particles, for the ASCII text that holds none ("d'", "dell'"),
most: the alternatives tried after each space cost 0.3% of an align."""
_NAME_ASCII_WORD = _NAME_WORD.replace("{capital}", "[A-Z]")
_NAME_WORD = _NAME_WORD.replace("{capital}", CAPITAL)
_NAME = compiled(_NAME_RUN.format(first=r"\b" + _NAME_WORD, word=_NAME_WORD))
"""A run of capitalised words, with the particles names hold ("Bank of England", "Ursula von der
Leyen"); a period inside it ends an initialism, an initial or one of ABBREVIATED_NAME_WORDS."""
_NAME_ASCII = compiled(_WHOLE_NAME_RUN.format(first=r"\b" + _NAME_ASCII_WORD, word=_NAME_ASCII_WORD))
"""`_NAME` in ASCII text of no elided particle, which holds no capital beyond A-Z either: `re` tests a
range of letters where it looked each up in a set of 537 (+0.9% instructions an align)."""
_GERMAN_MEASURES = frozenset(
    """dutzend dutzende hundert hunderte tausend tausende million millionen milliarde milliarden
    billion billionen euro dollar franken pfund cent rubel prozent prozentpunkte prozentpunkten
    sekunden minuten stunden tage tagen wochen monate monaten jahre jahren meter kilometer
    zentimeter quadratmeter hektar grad tonnen kilogramm kilo liter""".split()
)
"""German counts, scales, currencies and units, capitalised as nouns: "12,5 Millionen Euro",
"Tausende Menschen", "47 Kilometer Stau" name nothing (`_german_names`)."""
_GERMAN_DAYS = frozenset(
    """januar jänner februar märz april mai juni juli august september oktober november dezember
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag""".split()
)
"""German months and weekdays, which close runs of nouns ("Ende Oktober", "Anfang März"); at a run's
start they may be names ("August Diehl")."""
_NAME_MARKS = compiled(r"[.'’-]")
"""Marks inside a person's name: "John F. Kennedy", "Conor O'Neill", "Jean-Yves Le Drian"."""
_PLAIN_NAME_RUN = _NAME_RUN.format(first=r"{c}(?<!\w{c})[\w'’-]*", word=r"{c}[\w'’-]*")
_PLAIN_NAME = compiled(_PLAIN_NAME_RUN.replace("{c}", CAPITAL))
"""`_NAME` in a sentence where no period can stand inside a name (most): the simpler search. The
test that the first capital starts a word is made after it, one character further back, so that the
pattern opens with a class of characters: `re` skips to the next capital in C (the same matches on
14,373 lines of the samples, seeds, tests and bench data, in 40% of the time)."""
_PLAIN_NAME_ASCII = compiled(
    _WHOLE_NAME_RUN.format(first=r"{c}(?<!\w{c})[\w'’-]*", word=r"{c}[\w'’-]*").replace("{c}", "[A-Z]")
)
"""`_PLAIN_NAME` in ASCII text, as `_NAME_ASCII`."""
_SENTENCE_CLOSE = ".!?\"'”’)» "
"""What may end a sentence: a period before them stands inside it."""
_INITIALISM = compiled(r"^(?:[^\W\d_]\.)+[^\W\d_]\.?$")
"""A word of single letters with periods, read as the same letters without them ("U.S.", "a.m.")."""
_POSSESSIVE = compiled(r"['’]s\s+")
"""A possessive inside a run of capitalised words parts two names: "Ilse Varga's Green Alliance"."""
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _stemmer(language: str = "en") -> Any:
    import Stemmer

    return Stemmer.Stemmer(FACT_LANGUAGES[language])


def segment(article: Article, language: str | None = None) -> list[Sentence]:
    """The sentences of an article's body, in order, each tagged with its paragraph, split by the
    rules of `language`, by default the article's (`language.fact_language`)."""
    sentences: list[Sentence] = []
    language = language or fact_language(article.metadata.language)
    for number, paragraph in enumerate(article.paragraphs):
        for text in split_sentences(paragraph, language):
            sentences.append(
                Sentence(article=article.index, index=len(sentences), paragraph=number, text=text)
            )
    return sentences


def extract(sentence: Sentence, language: str = "en") -> Fact:
    """The comparable features of one sentence, read in its article's language (`FACT_LANGUAGES`)."""
    text = sentence.text
    if language == "en":
        # in ASCII text (most), lower case is casefolding and there is no ’ to replace: the words
        # of the lowered text are the lowered words, without two calls a word
        is_ascii = text.isascii()
        found = _LOWER_ASCII_WORD.findall(text.lower()) if is_ascii else _WORD.findall(text)
    else:
        is_ascii = False
        found = _WORD.findall(text)
    if "." in text.rstrip(_SENTENCE_CLOSE):  # "u.s" is "us" (a function word), "u.n" "un", "p.m" "pm"
        found = [plain_word(w) if "." in w else w for w in found]
    words = [part for word in found for part in _split_hyphen(word)] if "-" in text else found
    lowered = words if is_ascii else [w.casefold().replace("’", "'") for w in words]
    if language == "en":
        content = [w for w in lowered if w not in STOPWORDS and not w[0].isdigit()]
        content = [w for w in content if w not in _ZONE_WORDS]  # "13:05 GMT": the time's, no content
    else:
        lowered, content = _other_content(lowered, language)
    names = names_in(text, language)
    quotes = quotes_in(text, language)
    numbers, money = read_numbers(text, language=language)
    if "0" not in numbers and none_counted(text, language):  # "no one was hurt": 0 hurt
        numbers += ("0",)
    if money and names:  # "CHF 30 million": the code is the sum's currency, no name
        currencies = {currency for _, currency in money}
        names = tuple(name for name in names if written_currency(name) not in currencies)
    dates = dates_in(lowered, text, language=language)
    return Fact(
        sentence=sentence,
        stems=tuple(stem_words(content, language)),
        numbers=numbers,
        dates=dates,
        names=names,
        quotes=quotes,
        attributions=_attributions(_outside_quotes(text, quotes, lowered), language, text),
        entities=entities_in(
            text, names, {q.speaker for q in quotes if q.speaker} if quotes else set(), language
        ),
        periods=periods_in(text, numbers, dates, language=language),
        money=money,
        language=language,
    )


def _outside_quotes(text: str, quotes: tuple[Quote, ...], lowered: list[str]) -> list[str]:
    """The lower-case words of a sentence (`lowered`) but those of its quotes: a quote's "told" or
    "said" is the speaker's word, not the sentence's attribution ('"I told him no. Not in this
    wind."', a quote going on from the sentence before, attributes nothing)."""
    if not quotes:
        return lowered  # (most sentences)
    for quote in quotes:
        text = text.replace(quote.text, " ", 1)
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def _attributions(lowered: list[str], language: str, text: str = "") -> tuple[str, ...]:
    """The attribution words of a sentence's lower-case words, in order of the alphabet: those of
    the language (`attribution_verbs`), but one that says only in its context where `text` (the
    sentence) gives none (SAYING_IN_CONTEXT), and a separable verb's whose particle the sentence
    holds too (SEPARABLE_ATTRIBUTIONS: "liet ... weten", "gab ... bekannt")."""
    found = attribution_verbs(language).intersection(lowered)
    if language == "en" and not found.isdisjoint(SAYING_IN_CONTEXT):
        found = frozenset(w for w in found if w not in SAYING_IN_CONTEXT or SAYING_IN_CONTEXT[w].search(text))
    separable = SEPARABLE_ATTRIBUTIONS.get(language)
    if separable is not None:  # (German and Dutch)
        words = set(lowered)
        found |= {verb for verb in separable.keys() & words if separable[verb] in words}
    return tuple(sorted(found))


def _other_content(lowered: list[str], language: str) -> tuple[list[str], list[str]]:
    """The lower-case words of a sentence in another language than English, French and Italian
    elisions read whole ("l'accident": "accident"), and its content words: without the language's
    stop words (`lexicon.stopwords`) and number words (`_number_word`), with the parts of its
    compounds (`compound_parts`: "Verwaltungsrichter" meets "Gericht" through "Richter",
    "Parteichef" meets "Parteivorsitz" through "Partei")."""
    if language in ELIDED and "'" in "".join(lowered):
        elided = ELIDED[language]
        lowered = [unelided(w, elided) for w in lowered]
    stop = stopwords(language)
    content = [
        w for w in lowered if w and w not in stop and not w[0].isdigit() and not _number_word(w, language)
    ]
    if language in COMPOUNDING:
        content.extend([part for word in content for part in compound_parts(word, language)])
    return lowered, content


@lru_cache(maxsize=16384)
def _number_word(word: str, language: str) -> bool:
    """Whether a lower-case word of another language than English writes a whole number ("drei",
    "dreiundzwanzig", "veertien", "trzydzieści"): the sentence's numbers hold it already, and as a
    content word it kept "dreiundzwanzig Verletzte" apart from "23 Menschen verletzt" (one word
    fewer shared) and a compound's false head in it ("veer-tien") met "tien" ("ten")."""
    from newsdiff.locales import as_english  # (its tables cost ~10 ms to import: read on use)

    return as_english(word, language).isdigit()


def unelided(word: str, elided: frozenset[str]) -> str:
    """A lower-case word without the word of `elided` (`language.ELIDED`) before its apostrophe
    ("l'accident": "accident", "dell'incidente": "incidente"); as it is otherwise."""
    head, _, tail = word.partition("'")
    return tail if tail and head in elided else word


COMPOUND_MIN_CHARS = 8
"""Shorter words are not looked into for a compound's head."""
HEAD_MIN_CHARS = 4
"""A compound's head is a word of this many letters or more ("Chef" in "Parteichef"); its first
part, three or more ("Zug" in "Zugverkehr")."""


@lru_cache(maxsize=16384)
def compound_head(word: str, language: str) -> str | None:
    """The head of a compound in a language that writes compounds as one word: the longest word its
    end spells that is common in the language (`lexicon.is_common_word`), after a first part of
    three letters or more ("verwaltungsgericht": "gericht", "dieselfahrverbot": "fahrverbot",
    "oberbürgermeisterin": "bürgermeisterin"); None for a word that is none."""
    if len(word) < COMPOUND_MIN_CHARS:
        return None
    prefixes, endings = NO_FIRST_PART.get(language, frozenset()), NO_HEAD.get(language, frozenset())
    for start in range(3, len(word) - HEAD_MIN_CHARS + 1):
        tail = word[start:]
        stem = _stemmer(language).stemWord(tail)
        if (
            len(stem) >= HEAD_MIN_CHARS
            and stem not in endings
            and is_common_word(stem, language)
            and _a_first_part(word[:start], language, prefixes)
        ):
            return tail
    return None


FIRST_PART_MIN_CHARS = 5
"""A compound's first part is a content word of its own from this many letters on ("Partei" in
"Parteichef", "personeel" in "personeelstekort"); shorter ones ("Wahl", "Jahr", "Bahn") begin
compounds of every kind, and sentences that share one did not report one fact more often (bench
--intl-only: German F1 0.753 with first parts of five letters or more, 0.734 with four, 0.741 with
three, at precision 0.789 against 0.853)."""


@lru_cache(maxsize=16384)
def compound_parts(word: str, language: str) -> tuple[str, ...]:
    """The words a compound is made of, besides itself: its head and that head's own head, down to
    a word that is no compound ("dieselfahrverbot": "fahrverbot", "verbot"), and the first part
    before each head that has FIRST_PART_MIN_CHARS letters or more ("diesel"; "personeels" in
    "personeelstekort", which stems as "personeel" does); () for a word that is none
    (`compound_head`)."""
    parts: list[str] = []
    head = compound_head(word, language)
    while head is not None:
        parts.append(head)
        first = _first_part(word[: len(word) - len(head)], language)
        if first is not None and len(first) >= FIRST_PART_MIN_CHARS:
            parts.append(first)
        word, head = head, compound_head(head, language)
    return tuple(parts)


FIRST_PART_ZIPF = 40
"""A compound's first part is a word at least this frequent (a Zipf frequency times 10: about ten
times in a million words): the fragments that begin words that are no compounds ("verw-achting",
"aufgeh-oben", "uitge-broken") are rarer, as stems of the background tables."""
_LINKS = ("ens", "es", "en", "er", "s", "n", "e")
"""The letters that link a compound's first part to its head ("Verwaltungs-gericht", "Fahrzeug-e",
"Kinder-", "ziekte-n"): the first part is a word without them."""


def _first_part(part: str, language: str) -> str | None:
    """A compound's beginning as the word it is: itself when common, else without its linking
    ending (_LINKS: "verwaltungs": "verwaltung"); None when neither is a frequent word."""
    stem = _stemmer(language).stemWord
    if is_common_word(stem(part), language, FIRST_PART_ZIPF):
        return part
    for link in _LINKS:
        base = part.removesuffix(link)
        if base != part and len(base) >= 3 and is_common_word(stem(base), language, FIRST_PART_ZIPF):
            return base
    return None


def _a_first_part(part: str, language: str, prefixes: frozenset[str]) -> bool:
    """Whether a word's beginning is a compound's first part: a common word, or one before a linking
    ending (_LINKS), that is no prefix of a verb ("ver-letzten", "ent-scheidung", "aan-getroffen";
    the beginnings of "zwis-chen" and "entschei-dung" are no words at all)."""
    return part not in prefixes and _first_part(part, language) is not None


@lru_cache(maxsize=len(FACT_LANGUAGES))
def attribution_verbs(language: str) -> frozenset[str]:
    """The words that attribute a statement in a language: "said", "sagte", "selon"."""
    if language == "en":
        return ATTRIBUTION_VERBS
    return frozenset(OTHER_ATTRIBUTION_VERBS[language].split())


def plain_word(word: str) -> str:
    """A word without the periods of an initialism ("u.s.": "us"; "U.N.": "UN"), else without a
    period at either end ("said.": "said")."""
    return word.replace(".", "") if _INITIALISM.match(word) else word.strip(".")


def without_marks(word: str) -> str:
    """A word without its diacritics ("Sánchez": "Sanchez", "Šimić": "Simic", "Wałęsa": "Walesa"), as
    outlets that drop them write it."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))
    return plain.translate(_UNMARKED_LETTERS)


def _split_hyphen(word: str) -> list[str]:
    """ "48-hour" is the number 48 and the word "hour"; "president-elect" stays one word."""
    if "-" in word and word[0].isdigit():
        return [p for p in word.split("-") if p]
    return [word]


def facts(article: Article, language: str | None = None) -> list[Fact]:
    """Every sentence of an article with its features, read in `language`, by default the
    article's own (`language.fact_language`)."""
    language = fact_language(language or article.metadata.language)
    return people_by_surname(drop_common_openers([extract(s, language) for s in segment(article, language)]))


def people_by_surname(article_facts: list[Fact]) -> list[Fact]:
    """An article's facts with a name of one word taken for the person the article names in full
    elsewhere, of whom it is the last word: "Incumbent mayor Dev Sharma lost", then "Sharma conceded
    defeat" (a person, who may be a speaker or a doer: `conflicts`), where a sentence alone could
    not tell a surname from a company's or a ship's name. The words around it still decide first
    ("in Sharma" is a place, `entities_in`). A quote whose sentence says only "she said" is the
    speaker's of the sentence before (`_speakers_carried`)."""
    surnames = {
        entity.text.rpartition(" ")[2]
        for fact in article_facts
        for entity in fact.entities
        if entity.kind is EntityKind.PERSON and " " in entity.text
    }
    if not surnames:
        return article_facts  # (most articles name no one in full, or no one twice)
    return _speakers_carried(_by_surname(article_facts, surnames))


def _by_surname(article_facts: list[Fact], surnames: set[str]) -> list[Fact]:
    """`people_by_surname`: each fact with a name of one word of `surnames` read as a person's."""
    out = []
    for fact in article_facts:
        alone = {e.text for e in fact.entities if e.kind is EntityKind.OTHER and e.text in surnames}
        if alone:
            speakers = {q.speaker for q in fact.quotes if q.speaker} | alone
            entities = entities_in(fact.sentence.text, fact.names, speakers, fact.language)
            fact = replace(fact, entities=entities)
        owning = {
            e.text
            for e in fact.entities
            if e.kind is EntityKind.PLACE
            and e.text in surnames
            and _in_the_possessive(fact.sentence.text, e.text)
        }
        if owning:  # ("a readout from Dranov's office": his office, no place)
            fact = replace(
                fact,
                entities=tuple(
                    replace(e, kind=EntityKind.PERSON) if e.text in owning else e for e in fact.entities
                ),
            )
        out.append(fact)
    return out


def _in_the_possessive(text: str, name: str) -> bool:
    """Whether a name stands in `text` (first) in the possessive: "from Dranov's office"."""
    at = text.find(name)
    return at >= 0 and _POSSESSIVE.match(text, at + len(name)) is not None


_CARRIED_BY = frozenset("he she said says added adds told tells continued went on later then also".split())
"""The words a quoting English sentence may hold besides its quotation for its speaker to be the one
before's: '"…," she said', '"…," he added', none at all."""


def _speakers_carried(article_facts: list[Fact]) -> list[Fact]:
    """An English article's facts with the speaker of a quote its sentence names no one for (it says
    only "she said", or nothing: a quotation alone) taken from the sentence before it in its
    paragraph: that one's speaker, or the one person it names ("A local GP, Dr Ruth Black, worked
    through the night.", then '"We kept them warm," she said.')."""
    out: list[Fact] = []
    for fact in article_facts:
        before = out[-1] if out else None
        if (
            before is not None
            and fact.language == "en"
            and fact.quotes
            and before.sentence.paragraph == fact.sentence.paragraph
            and not any(q.speaker for q in fact.quotes)
            and (speaker := _speaker_before(before)) is not None
            and _CARRIED_BY.issuperset(_outside_quotes(fact.sentence.text, fact.quotes, []))
        ):
            fact = replace(fact, quotes=tuple(replace(q, speaker=speaker) for q in fact.quotes))
        out.append(fact)
    return out


def _speaker_before(fact: Fact) -> str | None:
    """The speaker a quote right after a fact's sentence may be carried from, a person: its last
    quote's, or the one person it names."""
    kinds = {e.text: e.kind for e in fact.entities}
    if said := [q.speaker for q in fact.quotes if q.speaker]:  # (carried itself when no entity)
        return said[-1] if kinds.get(said[-1], EntityKind.PERSON) is EntityKind.PERSON else None
    people = {name for name, kind in kinds.items() if kind is EntityKind.PERSON}
    return people.pop() if len(people) == 1 else None


def drop_common_openers(article_facts: list[Fact]) -> list[Fact]:
    """An article's facts without the common words that open a sentence taken for names.

    A sentence's first word is capitalised whatever it is: "Divers found a crack", "Authorities
    evacuated 3,000 residents", "Twenty-three fires". A single capitalised opener is kept as a name
    when the article also writes it capitalised inside a sentence ("Corvanta", "Trump"), when it
    names a quote's speaker, or when it is not a word WordNet writes in lower case
    (`lexicon.is_common_word`); otherwise it is dropped from the fact's names and entities. A common
    word glued to a name of two words or more ("Cyclist Luka Maren") is shed when the article
    gives that name elsewhere ("Luka Maren"): "Ana Beltrán", then "Beltrán", looks the same, as
    "ana" is a word too. The other way round, a function word or month that `names_in` took off a
    name opening a sentence ("Will Smith", "May Ellis": "Smith", "Ellis") is given back when the
    article writes the whole name elsewhere.
    (The article, not the sentence, decides, so `extract` keeps every opener and this pass runs
    after.)
    """
    openers = [_opener(fact) for fact in article_facts]
    glued = [_glued_opener(fact) for fact in article_facts]
    shed = [_shed_opener(fact) for fact in article_facts]
    language = article_facts[0].language if article_facts else "en"
    inside = {
        word
        for fact, opener in zip(article_facts, openers, strict=True)
        for name in fact.names
        if name != opener
        for word in name.split()
    }
    named = Counter(name for fact in article_facts for name in fact.names)
    out = []
    for fact, opener, long_name, whole in zip(article_facts, openers, glued, shed, strict=True):
        quotes = fact.quotes
        names = fact.names
        if whole is not None and named[whole]:
            short = whole.partition(" ")[2]
            names = tuple(dict.fromkeys(whole if n == short else n for n in names))
            quotes = tuple(replace(q, speaker=whole) if q.speaker == short else q for q in quotes)
        speakers = {q.speaker for q in quotes}
        if (
            opener is not None
            and opener not in inside
            and opener not in speakers
            and _common_word(opener, language)
        ):
            names = tuple(n for n in names if n != opener)
        if long_name is not None and " " in (rest := long_name.partition(" ")[2]) and named[rest]:
            names = tuple(dict.fromkeys(n.partition(" ")[2] if n == long_name else n for n in names))
        if names == fact.names:
            out.append(fact)
            continue
        entities = entities_in(fact.sentence.text, names, {s for s in speakers if s}, fact.language)
        out.append(replace(fact, names=names, entities=entities, quotes=quotes))
    return out


def _shed_opener(fact: Fact) -> str | None:
    """The whole name opening the fact's sentence when `names_in` took a function word or a month
    off it ("Will Smith said": "Will Smith", of which the fact names "Smith"), if any."""
    first, _, rest = fact.sentence.text.lstrip(OPENING_MARKS).partition(" ")
    folded = first.casefold()
    if first[:1].isupper() and (folded in function_words(fact.language) or folded in MONTH_SET):
        for name in fact.names:
            if rest.startswith(name) and not rest[len(name) : len(name) + 1].isalnum():
                return f"{first} {name}"
    return None


def _glued_opener(fact: Fact) -> str | None:
    """The name of two words or more opening the fact's sentence, when its first word is a common
    word and no title ("Cyclist Luka Maren"; not "Prime Minister Oskar Lind"), if any."""
    text = fact.sentence.text.lstrip(OPENING_MARKS)
    for name in fact.names:
        first, _, rest = name.partition(" ")
        if rest and text.startswith(name) and not _is_title(first) and not _is_title(rest.split()[0]):
            common = _common_word(first, fact.language)
            return name if common and all(w[0].isupper() for w in rest.split()) else None
    return None


def _opener(fact: Fact) -> str | None:
    """The single-word name that opens the fact's sentence (after any opening quotation mark), if
    any."""
    text = fact.sentence.text.lstrip(OPENING_MARKS)
    for name in fact.names:
        if " " not in name and text.startswith(name) and not text[len(name) : len(name) + 1].isalnum():
            return name
    return None


def _common_word(word: str, language: str = "en") -> bool:
    """Whether every part of a (hyphenated) word is a common word, a function word or a number
    word: "Divers", "Laid-off", "Twenty-three", "Among"; "Corvanta", "Putin" are not."""
    parts = [p for p in word.casefold().replace("’", "'").split("-") if p]
    function = function_words(language)
    return bool(parts) and all(
        p in NUMBER_WORDS or p in function or is_common_word(stem, language)
        for p, stem in zip(parts, stem_words(parts, language), strict=True)
    )


def function_words(language: str) -> frozenset[str]:
    """Words that open sentences without naming anything, in a language: English's
    FUNCTION_WORDS, another's stop words (`lexicon.stopwords`)."""
    return FUNCTION_WORDS if language == "en" else stopwords(language)


_ZONE_WORDS = frozenset(zone.casefold() for zone in TIME_ZONES)
"""Time zones written short, lower-cased ("gmt", "et"): no content words of a sentence."""


def stem_words(words: list[str], language: str = "en") -> list[str]:
    """Snowball stems of lower-case words; possessive endings dropped first."""
    if "'s" not in "".join(words):  # (most lists: no word to go through, one test in C)
        return list(_stemmer(language).stemWords(words))
    return list(_stemmer(language).stemWords([w.removesuffix("'s") for w in words]))


def names_in(text: str, language: str = "en") -> tuple[str, ...]:
    """Capitalised word sequences that are not just the first word of the sentence.

    A sentence set in capitals (a shouted headline, a wire slug) says nothing about names. German
    capitalises every noun ("Die Polizei sperrte die Strecke"): there, only a run of two capitalised
    words or more between particles is taken for a name ("Olaf Scholz", "Deutsche Bahn", also in
    "nach Angaben der Deutschen Bahn"; not "in der Nähe von Hamburg", nor, alas, "Ursula von der
    Leyen"; `_german_names`).
    """
    # a fifth of the characters in ASCII lower case rules capitals out at once (counting every letter
    # took 5.6 us, half of this function's time). They are counted in the UTF-8 bytes, deleted by a
    # byte table (0.2 us, where deleting them from the text took 0.7 us): no other character's bytes
    # are ASCII
    encoded = text.encode("utf-8", "surrogatepass")
    if 5 * (len(encoded) - len(encoded.translate(None, _ASCII_LOWER))) < len(text):
        letters = list(filter(str.isalpha, text))  # map and filter: per character, in C
        if len(letters) >= ALL_CAPS_MIN_LETTERS and sum(map(str.isupper, letters)) / len(letters) > 0.8:
            return ()
    found: list[str] = []
    # (`function_words` and `stopwords` give the same; called for each sentence they cost 0.3% an align)
    function, stop = (FUNCTION_WORDS, STOPWORDS) if language == "en" else (stopwords(language),) * 2
    nouns_capitalised = language == "de"
    # a period before the sentence's end may stand inside a name ("U.S.", "St. Louis"); most sentences
    # have none, and the simpler search (a string test, where a regular expression scan cost as much
    # as the search itself)
    inner_period = "." in text.rstrip(_SENTENCE_CLOSE)
    # ASCII text of no elided particle (most) holds no capital beyond A-Z: the simpler patterns
    if text.isascii() and "d'" not in text and "dell'" not in text:
        pattern = _NAME_ASCII if inner_period else _PLAIN_NAME_ASCII
    else:
        pattern = _NAME if inner_period else _PLAIN_NAME
    elided = ELIDED.get(language)
    opening = (*_OPENING_ENDS, "»") if language == "de" else _OPENING_ENDS
    for start, name in _places_linked(text, pattern, language):
        first_word = name.split()[0]
        if elided and (head := _elided_head(first_word)) in elided:  # "L'Ukraine", "Dell'Ucraina"
            name = name[len(head) + 1 :]
            if not name[:1].isupper():
                continue  # "L'usine", "Un'altra": the capital was the elided word's
            first_word = name.split()[0]
        if start == 0 or _opens_a_sentence(text[:start].rstrip(), opening):
            head = first_word.replace("’", "'").partition("'")[0].casefold()  # "We’re", "I'm": "we", "i"
            if " " not in name and (head in function or _is_title(first_word)):
                continue  # "Chief engineer Tomas Rieger said": a title starts it, not a name
            opened = _without_opening_word(name, function)
            if opened != name and " " in opened and _time_glued(opened.split()[0], name[: -len(opened)]):
                opened = opened.partition(" ")[2]  # "On Wednesday Prime Minister Zuzana Halova said"
            name = opened
        elif " " in name and _time_glued(first_word, text[:start]):
            name = name.partition(" ")[2]  # "On Wednesday Prime Minister Zuzana Halova said"
        if _after_a_clock(text, start) and names_a_zone(text, start):
            continue  # "4:12 a.m. Eastern time", "10 p.m. Paris time": a time zone, no name
        name = name.removesuffix("'s").removesuffix("’s").rstrip("'’")  # "Trump's team", "the Smiths' house"
        for part in _possessive_parts(name) if "s " in name else (name,):
            if part[1:2].isupper() and part.partition(" ")[0] in TIME_ZONES and _after_a_clock(text, start):
                part = part.partition(" ")[2]  # "3 p.m. EST Friday", "1800 GMT": a time zone
                if not part:
                    continue
            folded = part.casefold()
            if folded in stop or folded in WEEKDAY_SET or folded in MONTH_SET:
                continue
            if folded in MONTH_ABBREVIATIONS and _DAY_AFTER.match(text, start + len(part)):
                continue  # "due on Sept. 19", "Oct 12": a date, no name
            if folded in NUMBER_WORDS or folded in SCALES:
                continue
            if nouns_capitalised:
                if part.count(" ") >= 2 and _spoken_to(text[:start], part.split()):
                    part = part.partition(" ")[2]  # "sagte den Journalisten Bürgermeister Jens Vogt"
                found.extend(_german_names(part))
                continue
            if language == "en" and " " in part:
                first, _, rest = part.partition(" ")
                if _plural_title(first):
                    part = rest  # ("Presidents Adela Corvin": both are presidents, the name is hers)
                part = _without_callings(part)
                found.extend(_person_apart(part) if " of " in part else (part,))
            else:
                found.append(part)
    return tuple(dict.fromkeys(found))


def _person_apart(name: str) -> tuple[str, ...]:
    """A run of capitalised words holding a person's name and, after "of", the place or body the
    person is of, as two names: "Dr Ingrid Holm of Uppsala University" is "Dr Ingrid Holm" and
    "Uppsala University", "Adela Corvin of Veltria" "Adela Corvin" and "Veltria". The words
    before "of" are a person's when a title opens them and a name follows it, or when they are two
    or three capitalised words, none naming a body, place or event, the first a given name (no
    common word, or one the nicknames table knows: "John"): not "Bank of England", "Prime Minister
    of Veltria", "Democratic Republic of Congo", "United States of America"."""
    head, _, body = name.partition(" of ")
    words = head.split()
    titled = _is_title(words[0]) and len(words) >= 2
    if not (titled or 2 <= len(words) <= PERSON_MAX_WORDS) or not body[:1].isupper():
        return (name,)
    if any(
        not w.isalpha() or not w[:1].isupper() or w.casefold() in _NOT_A_PERSON_WORDS or _is_title(w)
        for w in words[1 if titled else 0 :]
    ):
        return (name,)  # ("Central Bank of Veldany", "Prime Minister of Veltria", "Port of Varnholm")
    if not titled and not _a_given_name(words[0]):
        return (name,)  # ("Democratic Republic of Congo", "Grand Duchy of Luxembourg")
    return (" ".join(words), body)


PERSON_MAX_WORDS = 3
"""Words of a person's name at most before "of" and the place or body the person is of (`_person_apart`)."""
_NOT_A_PERSON_WORDS = ORGANISATION_WORDS | PLACE_WORDS | OTHER_WORDS | PLACE_FIRST_WORDS | VESSEL_WORDS


def _a_given_name(word: str) -> bool:
    """Whether a capitalised word may be a given name: no common word ("Ingrid", "Pavel"), or one
    the nicknames table knows ("John", "Anna"; read only for a name before "of", rare)."""
    if not is_common_word(stem_words([word.casefold()])[0]):
        return True
    from newsdiff.people import a_known_given_name  # (people reads segment: imported here, when needed)

    return a_known_given_name(word)


def _plural_title(word: str) -> bool:
    """Whether a word is a title in the plural, before two people's names ("Presidents Adela Corvin
    and Pavel Dranov", "Ministers", "Drs"): no part of either name, and no office of one (`names_in`
    leaves it off)."""
    folded = word.casefold()
    if not folded.endswith("s") or folded in PERSON_TITLES:
        return False  # (most words; "Mrs", "Ms")
    return folded[:-1] in PERSON_TITLES or (folded.endswith("es") and folded[:-2] in PERSON_TITLES)


def _without_callings(name: str) -> str:
    """A name without the callings (CALLINGS) that open it, when two or three capitalised words are
    left that end no body's, place's or event's name: "Businessman Anton Petrescu" is "Anton
    Petrescu". A title stays ("Governor Mehmet Arslan"): it tells the person's office, which the
    rules of speakers read (`conflicts.names._office_conflict`), and a conflict shows the name without it
    (`conflicts.names.without_titles`)."""
    words = name.split()
    at = 0
    while at < len(words) - 2 and words[at].casefold() in CALLINGS:
        at += 1
    rest = words[at:]
    if (
        not at
        or len(rest) > 3
        or not all(w[:1].isupper() for w in rest)
        or rest[-1].casefold() in ORGANISATION_WORDS | PLACE_WORDS | OTHER_WORDS
    ):
        return name  # (most names)
    return " ".join(rest)


CLUB_MOVES = frozenset("left leaves leaving signed signs signing joined joins joining".split())
"""The verbs of a player's move that, before "for" or alone, name the club moved to ("left for
Bayern Munich", "signed for Sporting Lisbon")."""


def _club_of_a_place(before: str, last: str) -> bool:
    """Whether a name of two words or more after `before` is a club named by its place: after a
    player's move (CLUB_MOVES, "for"), ending in a word WordNet knows as a place and not a person
    ("Bayern Munich", not "for Anna Berlin": "berlin" is a surname too)."""
    words = _WORD.findall(before[-VERB_CONTEXT_CHARS:])[-2:]
    if len(words) != 2 or words[1].casefold() != "for" or words[0].casefold() not in CLUB_MOVES:
        return False
    kinds = noun_kinds(last)
    return PLACE_NOUN_KIND in kinds and PERSON_NOUN_KIND not in kinds


def _places_linked(text: str, pattern: re.Pattern[str], language: str) -> list[tuple[int, str]]:
    """The runs of capitalised words `pattern` finds in `text`, each with its offset, stripped; in
    English two joined by PLACE_LINKS are one ("Zell am Ziller"), unless the first is "I" ("I am")."""
    runs = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if language == "en" and len(runs) > 1:
        linked = [runs[0]]
        for start, end in runs[1:]:
            first, last = linked[-1]
            link = PLACE_LINKS.match(text, last)
            if link is not None and link.end() == start and text[first:last].strip() != "I":
                linked[-1] = (first, end)
            else:
                linked.append((start, end))
        runs = linked
    return [(start, text[start:end].strip()) for start, end in runs]


def _time_glued(word: str, before: str) -> bool:
    """Whether a run of capitals inside a sentence opens with a day or a month that is no part of
    the name after it: a weekday always ("On Wednesday Prime Minister Zuzana Halova said"), a month
    after a word of time ("in March Chancellor Olaf Brandt"; "April Ryan", "June Carter" are
    people)."""
    folded = word.casefold()
    if folded in WEEKDAY_SET:
        return True
    return folded in MONTH_SET and before.rstrip().rpartition(" ")[2].casefold() in _MONTH_BEFORE


_MONTH_BEFORE = frozenset("in on since until till by from early late mid last next this that".split())
"""Words before a month that make it the month: "in March Chancellor Olaf Brandt"."""


def _elided_head(word: str) -> str:
    """The word elided before an apostrophe in `word`, in lower case ("L'Ukraine": "l"), else "".
    Inside a sentence a name's match starts after it ("l'Ukraine"); a sentence's first word holds
    it."""
    head, mark, _ = word.replace("’", "'").partition("'")
    return head.casefold() if mark else ""


def _spoken_to(before: str, words: list[str]) -> bool:
    """Whether the first of a run of German capitalised `words` is the one spoken to, a noun in the
    dative after "den", "dem" or "gegenüber" (ADDRESSEES) before an office and a name: "sagte den
    Journalisten Bürgermeister Jens Vogt", "gegenüber der Presse" (not "dem Deutschen Roten Kreuz")."""
    last = before.casefold().split()[-2:]
    if last[-1:] and last[-1] in ARTICLES["de"]:
        last = last[:-1]  # "gegenüber der Presse"
    return bool(last) and last[-1] in ADDRESSEES["de"] and an_office(words[1].casefold(), "de")


@lru_cache(maxsize=4096)
def an_office(word: str, language: str) -> bool:
    """Whether a word in lower case is an office before a person's name: one of the language's
    titles ("bürgermeister", "maire"), or in a language of COMPOUNDING a compound ending in one of
    HEAD_MIN_CHARS letters or more ("polizeisprecher", "innenminister", "oberbürgermeisterin",
    "politiewoordvoerder"; not "alexandr" for "dr")."""
    titles = _kind_words(language)[1]
    if word in titles:
        return True
    return language in COMPOUNDING and any(
        word.endswith(title)
        and len(title) >= HEAD_MIN_CHARS
        and len(word) - len(title) >= COMPOUND_FIRST_MIN_CHARS
        for title in titles
    )


COMPOUND_FIRST_MIN_CHARS = 3
"""A compound's first part has this many letters or more ("Polizei" in "Polizeisprecher")."""


def _german_names(run: str) -> list[str]:
    """The names of a run of capitalised German words: each stretch between its particles (a
    particle joins two nouns as often as a name: "Angaben der Deutschen Bahn", "Bürgermeisterin
    Katja Dörner der Deutschen Presse-Agentur", "Nähe von Hamburg") without the counts, scales,
    units and currencies at its ends or a month or weekday at its end ("Millionen Euro", "Tausende
    Menschen", "Ende Oktober"), of two words or more (German capitalises every noun: one alone names
    nothing)."""
    stretches: list[list[str]] = [[]]
    for word in run.split():
        if word[0].isupper():
            stretches[-1].append(word)
        else:
            stretches.append([])
    names = []
    for words in stretches:
        while words and words[0].casefold() in _GERMAN_MEASURES:
            words.pop(0)
        while words and (words[-1].casefold() in _GERMAN_MEASURES or words[-1].casefold() in _GERMAN_DAYS):
            words.pop()
        if len(words) >= 2:
            names.append(" ".join(words))
    return names


def _after_a_clock(text: str, start: int) -> bool:
    """Whether a clock time ("3 p.m.", "1800") stands right before `start`."""
    before = text[:start].rstrip()
    return before.endswith(CLOCK_ENDS) or before[-1:].isdigit()


def _opens_a_sentence(before: str, opening: tuple[str, ...] = _OPENING_ENDS) -> bool:
    """Whether a word after `before` opens a sentence: after a period or an opening quotation
    mark ("«", "„" too: "«Faremo di tutto»"), not after a closing one (a straight quote after a
    comma or a stop closes: '"We are ready," Will Smith said' names Will Smith, where '"Will the
    talks resume?' names no one)."""
    if before.endswith(opening):
        return True
    return before.endswith('"') and not before[:-1].endswith((",", ".", "!", "?"))


def _possessive_parts(name: str) -> list[str]:
    """The names a possessive parts ("Ilse Varga's Green Alliance": Ilse Varga, Green Alliance),
    but for a saint's name ("St Mary's Hospital"), which names one thing."""
    parts = _POSSESSIVE.split(name)
    if len(parts) < 2 or parts[0].split()[0].rstrip(".") in SAINTS:
        return [name]
    return parts


def _without_opening_word(name: str, function: frozenset[str] = FUNCTION_WORDS) -> str:
    """A name opening a sentence without the function word, number, weekday or month glued to it:
    "Three Jan Verhoef", "Wednesday Prime Minister Zuzana Halova", "Since I", a word of standing
    (STANDING_WORDS: "Former Harlow Bay", "Ex-Velmar"), and a common noun before "of": "Residents of
    Brisk". (A common word alone is left on: "Cyclist Luka Maren" reads
    like "Ana Beltrán", whose first name is a word too.)"""
    first, _, rest = name.partition(" ")
    folded = first.casefold()
    if rest and (
        folded in function
        or folded in NUMBER_WORDS
        or folded in WEEKDAY_SET
        or folded in MONTH_SET
        or folded in STANDING_WORDS
    ):
        return rest
    head, dash, tail = first.partition("-")
    if dash and head.casefold() in STANDING_WORDS and tail and (rest or tail[:1].isupper()):
        # "Ex-Velmar coach Anton Berg": Velmar; "Ex-mayor Daniel Pryce": Daniel Pryce
        return f"{tail} {rest}".rstrip() if tail[:1].isupper() else rest
    if rest.startswith("of ") and _common_noun(first):  # "Residents of Brisk": Brisk
        return rest.removeprefix("of ")
    return name


def _common_noun(word: str) -> bool:
    """Whether a capitalised word opening "X of Y" is a common word, in the plural, that names no
    body or place: "Residents of Brisk", "Shares of Acme"; not "Bank of England", "Port of
    Varnholm", "Secretary of State", nor the many one-word heads of a body or place: "Church of
    England", "House of Commons", "City of London"."""
    folded = word.casefold()
    if not folded.endswith("s") or folded.endswith("ss"):
        return False
    if folded in ORGANISATION_WORDS or folded in PLACE_FIRST_WORDS or _is_title(word):
        return False
    return is_common_word(stem_words([folded])[0])


def _last_word(text: str, end: int) -> str | None:
    """The last word of `text[:end]` as `_WORD` finds them (`_WORD.findall(text[:end])[-1]`), or None.

    A word holds no space, and `_WORD` looks at nothing around it, so the words of a text are those
    of its stretches between spaces, one stretch after another: the last stretch holding a word
    holds the last word. (The whole text before each name was searched: 2 -> 0.8 us a name.) The
    stretches are read from a window before `end`, widened until one holds a word: a sentence of
    4,000 names split its whole text before each (review21's hostile input: 2.3 s)."""
    reach = LAST_WORD_WINDOW
    while True:
        start = max(0, end - reach)
        stretches = text[start:end].split()
        for stretch in reversed(stretches[1:] if start else stretches):  # (the first may be cut)
            if found := _WORD.findall(stretch):
                return str(found[-1])
        if not start:
            return None
        reach *= 4


_DAY_AFTER = compiled(r"\.?\s*\d")
"""What follows a month's abbreviation that makes it a date's ("Sept. 19", "Oct 12"), not a name."""
LAST_WORD_WINDOW = 64
"""Characters before a name in which `_last_word` looks first."""


def entities_in(
    text: str, names: tuple[str, ...], speakers: set[str], language: str = "en"
) -> tuple[Entity, ...]:
    """The names of a sentence, each with a kind guessed from the words around it: an organisation
    word at its end makes an organisation, a title before it a person, a preposition before it a
    place, and quoted words beside it a person; in another language, its own words for these too
    (`_kind_words`)."""
    if language != "en":
        return _other_entities(text, names, speakers, language)
    entities = []
    for name in names:
        words = name.split()
        start = text.find(name)
        before = _last_word(text, start) if start > 0 else None
        previous = before.casefold() if before else ""
        last = words[-1].casefold()  # (names_in leaves no possessive on a name)
        if (
            last in ORGANISATION_WORDS
            or (
                " of " in name
                and name.partition(" of ")[0].rpartition(" ")[2].casefold() in ORGANISATION_WORDS
            )
            or name.casefold() in SEATS_OF_POWER  # ("Downing Street said": no person)
            or a_named_body(name.casefold())  # ("Amnesty International")
        ):
            kind = EntityKind.ORGANISATION  # "Kessby Port Authority", "Central Bank of Veldany"
        elif (
            last in OTHER_WORDS
            or (previous in VESSEL_WORDS and text[:start].rstrip().casefold().endswith(previous))
            or words[0] in VESSEL_PREFIXES
        ):
            # an event ("Rostal Marathon"), a ship ("the ferry Santa Irena"; but "from the boat, Anna
            # Berg said": a comma parts the ship from the name)
            kind = EntityKind.OTHER
        elif (
            last in PLACE_WORDS
            or (len(words) >= 2 and words[0].casefold().rstrip(".") in PLACE_FIRST_WORDS)
            or (len(words) >= 3 and PLACE_LINKS.search(name))  # "Frankfurt am Main", joined by names_in
        ):
            kind = EntityKind.PLACE
        elif len(words) >= 2 and _club_of_a_place(text[:start], last):
            kind = EntityKind.ORGANISATION  # "left for Bayern Munich"
        elif previous in PERSON_TITLES or any(_is_title(w) for w in words[:-1]):
            kind = EntityKind.PERSON
        elif (
            previous in PLACE_PREPOSITIONS
            and not text[:start].casefold().endswith("according to ")
            and not any(char.isdigit() for char in name)
        ):
            kind = EntityKind.PLACE  # (not "according to Ruth Amsel", nor a code: "from KX2-0041")
        elif name in speakers:
            kind = EntityKind.PERSON
        elif (
            len(words) >= 2
            and previous != "the"  # "the Nordic Star", "the Santa Irena": people go without one
            and all(
                w[0].isupper() and (w.isalpha() or _LETTERS.fullmatch(_NAME_MARKS.sub("", w))) for w in words
            )
        ):
            kind = EntityKind.PERSON if len(words) <= 3 else EntityKind.OTHER
        else:
            kind = EntityKind.OTHER
        entities.append(Entity(text=name, kind=kind))
    if len(entities) >= 2 and (" and " in text or " or " in text):
        return _places_beside_places(text, entities)
    return tuple(entities)


def _other_entities(
    text: str, names: tuple[str, ...], speakers: set[str], language: str
) -> tuple[Entity, ...]:
    """`entities_in` in another language than English: a name is an organisation by its words for
    bodies (at its end in German and Dutch, by the head of a compound too: "Europäische
    Zentralbank"; at its start in the others: "Banque de France"), a person after a title of the
    language or inside one ("Bürgermeisterin Katja Dörner"), a place after its words for "in"; else
    as English guesses (`entities_in`)."""
    bodies, titles, places = _kind_words(language)
    guessed = {e.text: e.kind for e in entities_in(text, names, speakers)}
    entities = []
    for name in names:
        words = [w.casefold() for w in name.split()]
        start = text.find(name)
        before = _last_word(text, start) if start > 0 else None
        previous = before.casefold() if before else ""
        if language in COMPOUNDING:
            head = compound_head(words[-1], language) or ""
            body = words[-1] in bodies or head in bodies
        else:
            body = words[0] in bodies
        if body or name.casefold() in SEATS_OF_POWER or a_named_body(name.casefold()):
            kind = EntityKind.ORGANISATION
        elif previous in titles or any(w.rstrip(".") in titles for w in words[:-1]):
            kind = EntityKind.PERSON
        elif previous in places:
            kind = EntityKind.PLACE
        else:
            kind = _person_guessed(name, guessed[name])
        entities.append(Entity(text=name, kind=kind))
    return tuple(entities)


def _person_guessed(name: str, guessed: EntityKind) -> EntityKind:
    """The kind English's guess gives a name of capitalised words (`entities_in`), mended for the
    other languages: a name with a particle between its words ("Mark de Wit", "Ludwig van Beek",
    "Ana da Silva") is a person as one without; a run holding an abbreviation in capitals ("Режим ЧС"
    opening a sentence, "Centrum CBS") is none."""
    words = name.split()
    named = [w for w in words if w not in NAME_PARTICLES]
    if guessed is EntityKind.PERSON:
        return EntityKind.OTHER if any(len(w) > 1 and w.isupper() for w in words) else guessed
    if (
        guessed is EntityKind.OTHER
        and len(named) == 2  # ("Observatorio del Roque Alto", "Estádio Cidade de Leirena": places)
        and len(words) > len(named)
        and words[0] in named
        and words[-1] in named
        and all(w[0].isupper() and w.isalpha() and not w.isupper() for w in named)
    ):
        return EntityKind.PERSON
    return guessed


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _kind_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A language's words for bodies, titles before a person's name, and "in" before a place."""
    bodies = frozenset(OTHER_ORGANISATION_WORDS[language].split())
    titles = frozenset(OTHER_PERSON_TITLES[language].split())
    return bodies, titles, frozenset(OTHER_PLACE_PREPOSITIONS[language].split())


def _places_beside_places(text: str, entities: list[Entity]) -> tuple[Entity, ...]:
    """A name of no known kind joined to a place by "and" or "or" is a place too: "in London and
    Moscow", "from Brisk or Halsnes" (but not "in Geneva and Putin's visit")."""
    kinds = [e.kind for e in entities]
    if EntityKind.PLACE not in kinds or EntityKind.OTHER not in kinds:
        return tuple(entities)
    places = [e.text for e in entities if e.kind is EntityKind.PLACE]
    return tuple(
        replace(e, kind=EntityKind.PLACE)
        if e.kind is EntityKind.OTHER and _joined(text, e.text, places)
        else e
        for e in entities
    )


def _joined(text: str, name: str, places: list[str]) -> bool:
    """Whether `name` stands in `text` joined to one of `places` by "and" or "or", whole."""
    for place in places:
        for word in (" and ", " or "):
            at = text.find(place + word + name)
            end = at + len(place + word + name)
            if (at >= 0 and not _POSSESSIVE.match(text, end)) or name + word + place in text:
                return True
    return False


def _is_title(word: str) -> bool:
    """ "President", "Dr.", "President-elect": a title, so the words after it name a person."""
    return word.casefold().rstrip(".").split("-")[0] in PERSON_TITLES


def quotes_in(text: str, language: str = "en") -> tuple[Quote, ...]:
    """Quoted statements (three words or more) with the speaker, when a name stands beside them. A
    quotation broken by its attribution ("“The economy is strong,” the minister said, “but …”") is
    one statement."""
    if not _may_quote(text):  # (most sentences quote no one)
        return ()
    quotes = []
    verbs = attribution_verbs(language)
    for start, quoted, outside in _quotations(text, verbs, _GERMAN_QUOTE if language == "de" else _QUOTE):
        if len(quoted.split()) < QUOTE_MIN_WORDS:
            continue
        speaker = None
        if verbs & {w.casefold() for w in _WORD.findall(outside)}:
            names = [n for n in names_in(outside, language) if n.casefold() not in verbs]
            speaker = _speaker(names, outside, min(start, QUOTE_CONTEXT_CHARS), verbs, language)
        # (French spaces its guillemets, often with a no-break space: « C'est un coup de massue »)
        quotes.append(Quote(text=quoted.strip(), speaker=speaker))
    return tuple(quotes)


def short_quotes(text: str, language: str = "en") -> tuple[str, ...]:
    """The words a sentence quotes that are too few for a statement of `quotes_in` (one or two): a
    verdict quoted as a word or two ("called the findings “deeply worrying”", „klaren
    Regierungsauftrag“, «animadores»). Not a name set in quotation marks, as Russian writes a
    company's («Вортахим») and English a ship's: words that all begin with a capital."""
    if not _may_quote(text):  # (most sentences quote no one)
        return ()
    marks = _GERMAN_QUOTE if language == "de" else _QUOTE
    return tuple(
        quoted.strip()
        for start, quoted, _ in _quotations(text, attribution_verbs(language), marks)
        if 0 < len(words := quoted.split()) < QUOTE_MIN_WORDS
        and not all(w[:1].isupper() for w in words)
        and not _scare_quoted(text, start, quoted)
    )


_SO_CALLED = compiled(
    r"(?i)(?:so-called|so\s+called|nicknamed|known\s+as|sogenannte[nmrs]?|soi-disant|cosiddett[aeio]|zogenaamde?|"
    r"так\s+называем\w*|tak\s+zwan\w*)\s*$"
)
"""The words before a quotation mark that set a word apart or give a nickname, without quoting
anyone: "the so-called “reform”", "nicknamed “the bull”", „die sogenannte “Reform”", "la
cosiddetta «riforma»"."""


def _scare_quoted(text: str, start: int, quoted: str) -> bool:
    """Whether the short quotation at `start` is no one's words (`short_quotes`): after "so-called"
    or "nicknamed" (`_SO_CALLED`), or a nickname between a name's words ("Sven “the axe” Dahl")."""
    if _SO_CALLED.search(text[max(0, start - 25) : start]):
        return True
    before = text[max(0, start - QUOTE_CONTEXT_CHARS) : start].split()[-1:]
    end = text.find(quoted, start) + len(quoted)
    after = text[end : end + QUOTE_CONTEXT_CHARS].lstrip(' ,.”’»“"«').split()[:1]
    return bool(before and after and before[0][:1].isupper() and after[0][:1].isupper())


def reported_by(fact: Fact) -> str | None:
    """The person a sentence reports a statement of, without quoting it: "Chief technology officer
    Ben Sato said no payment data was taken" (`_speaker`, as for a quotation's). None for a sentence
    that quotes (its quotes have their speakers), attributes nothing, or to no person ("police
    said")."""
    if fact.quotes or not fact.attributions or not fact.names:
        return None
    text = fact.sentence.text
    places = _attribution_places(text, fact.attributions) if fact.language == "en" else None
    # not a name in the possessive, whose team or lawyer speaks ("Olga Brandt's lawyer said"), nor
    # one spoken to ("the president-elect had told Putin he hoped")
    names = [
        name
        for name in fact.names
        if (at := text.find(name)) >= 0
        and not text.startswith(("'s", "’s"), at + len(name))
        and not (fact.language == "en" and _ADDRESSED.search(text, 0, at))
        and not (_does_a_deed(text, at, at + len(name), fact.language) and _said_by_another(text, at, fact))
        and not (places is not None and _in_another_clause(text, at, at + len(name), places))
    ]
    verbs = attribution_verbs(fact.language)
    if not verbs.issuperset(fact.attributions):
        verbs = verbs.union(fact.attributions)  # a separable verb's ("liet ... weten")
    speaker = _speaker(names, text, 0, verbs, fact.language) if names else None
    people = {e.text for e in fact.entities if e.kind is EntityKind.PERSON}
    return speaker if speaker in people else None


def _in_another_clause(text: str, start: int, end: int, places: list[tuple[int, str]]) -> bool:
    """Whether a name (at `start`:`end`, English) stands in another clause than the attribution next
    to it (`places`: the sentence's, `_attribution_places`): in the clause before an office that
    speaks ("3,792 for Pell, the returning officer said": the name follows a word of its clause, the
    office is the verb's subject, with no comma closing it as an aside), or in the clause that a
    speaker reports ("the officer said on Friday that Avery took")."""
    starts = [at for at, _ in places]
    later = bisect_left(starts, end)
    if later < len(places) and _OFFICE_SPEAKING.fullmatch(text, end, starts[later]):
        before = _last_word(text, start)
        opening = text[max(0, start - LAST_WORD_WINDOW) : start].rstrip().endswith(tuple(_CLAUSE_MARKS))
        if before is not None and before.islower() and not opening:
            return True
    earlier = bisect_left(starts, start) - 1
    if earlier < 0:
        return False
    verb_end = starts[earlier] + len(places[earlier][1])
    if start - verb_end > VERB_CONTEXT_CHARS:
        return False  # (too far from its verb to be its speaker anyway)
    return _REPORTED_CLAUSE.search(text, verb_end, start) is not None


_OFFICE_SPEAKING = compiled(r",\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){1,4}")
"""An office that speaks, between a name and its verb of saying: ", the county returning officer "."""
_REPORTED_CLAUSE = compiled(r"\bthat\b")
"""The word that opens the clause a speaker reports ("said on Friday that ...")."""


def _said_by_another(text: str, at: int, fact: Fact) -> bool:
    """Whether the first attribution after the name at `at`, which does a deed (`_does_a_deed`), has
    a subject of its own in its clause: ", police said", ", according to police", ", said the
    ministry" (not ", he said", "and said")."""
    places = [(start, word) for start, word in _attribution_places(text, fact.attributions) if start > at]
    if not places:
        return False
    start, word = places[0]
    function = function_words(fact.language) | AUXILIARIES.get(fact.language, frozenset())
    opening = _CLAUSE_START.split(text[at:start])
    if len(opening) < 2:
        return False  # (one clause with the name: "Ivo Kranz shut it and said")
    before = _WORD.findall(opening[-1])
    if before:
        return any(w.casefold() not in function for w in before)
    after = _CLAUSE_START.split(text[start + len(word) :], maxsplit=1)[0]
    return any(w.casefold() not in function for w in _WORD.findall(after.rstrip(_SENTENCE_CLOSE)))


def joined_people(fact: Fact, name: str) -> list[str]:
    """The people a sentence joins to the person `name` by "and", or in a list that "and" ends, who
    say or do what `name` does: "Lena Moss and Rhys Dunn said" ("Lena Moss" for "Rhys Dunn"), "said
    Lena Moss and her deputy Rhys Dunn", "według Jana Nowaka, Piotra Zielińskiego i Anny Wójcik" (none
    in most sentences). A comma alone joins no one ("Asked about Lena Moss, Rhys Dunn said")."""
    text = fact.sentence.text
    named = {e.text for e in fact.entities if e.kind is EntityKind.PERSON}
    people = sorted((at, person) for person in named if (at := text.find(person)) >= 0)
    if len(people) < 2:
        return []  # (most sentences)
    links = [
        _join(text[at + len(person) : after], fact.language) for (at, person), (after, _) in pairwise(people)
    ]
    joined = [False] * len(links)
    anded = False  # whether an "and" ends the list a comma stands in, read from the right
    for at in reversed(range(len(links))):
        anded = links[at] == "and" or (anded and links[at] == ",")
        joined[at] = anded
    groups = [[people[0][1]]]
    for at, (_, person) in enumerate(people[1:]):
        if joined[at]:
            groups[-1].append(person)
        else:
            groups.append([person])
    return next(([p for p in group if p != name] for group in groups if name in group), [])


_JOIN_WORDS = 3
"""Words at most after "and" before the next person of a list: an office or a kinship ("and her
deputy Rhys Dunn")."""


_APPOSITIVE_WORDS = 4
"""Lower-case words at most of an office set between commas after the first name, before "and"
("Ivo Kranz, the harbour master, and his deputy Nils Berg"; "la directrice du port")."""


def _join(between: str, language: str) -> str | None:
    """What joins two names with `between` between them: "and" (after a comma or not, with at most
    _JOIN_WORDS lower-case words after it: "and her deputy"; past an office between commas after the
    first name: ", the harbour master, and"), "," (a list's comma), or nothing."""
    if between.strip() == ",":
        return ","
    parts = between.split(",")
    if len(parts) == 3 and not parts[0].strip():
        office = _WORD.findall(parts[1])
        if 0 < len(office) <= _APPOSITIVE_WORDS and all(w.islower() for w in office):
            between = parts[2]  # the office said of the first name is read past
    words = list(_WORD.finditer(between))
    if (
        words
        and words[0].group().casefold() in CONJUNCTIONS.get(language, ())
        and between[: words[0].start()].strip() in ("", ",")
        and between[words[-1].end() :].strip() in ("", ",")
        and len(words) <= 1 + _JOIN_WORDS
        and all(w.group().islower() for w in words[1:])
    ):
        return "and"
    return None


_ADDRESSED = compiled(
    r"\b(?i:told|tells?|telling|informed|assured|warned|urged|asked|reminded)\s+(?:[A-Z][\w.]*\s+){0,2}$"
)
"""A verb whose object is the one spoken to, right before a name (a title or two between): "told
Putin", "assured President Macron" (English)."""


_PASSIVE_BY = compiled(
    r"\b(?:is|are|was|were|been|being)\s+(?P<verb>[a-z]+)\b[^.;:!?]{0,40}?\sby\s+(?P<agent>[^.;:!?]{0,80})",
    re.IGNORECASE,
)
"""An English verb in the passive with its agent after "by": "was ordered by the governor, Lena Moss",
"was closed on Friday by Tomas Lind"."""
_AGENT_ENDS = compiled(
    r"(?i)\b(?:after|before|when|while|as|because|since|until|following|amid|despite|who|whom|whose|which|"
    r"that|but)\b"
)
"""A word that ends an agent's phrase and opens a clause of its own: the person after it is not the
agent ("was signed by the president after senator Olga Brandt pushed it through")."""
_AFTER_NAME = compiled(r"\s*(?:,\s*)?(?P<verb>[^\W\d_]+)")
"""The word after a name, past a comma that closes an apposition: "Jo Fenner, conceded"."""


def acted_by(fact: Fact) -> tuple[str, str] | None:
    """The person who does what a sentence tells, by name, with the stem of the verb: "Transport
    minister Rhys Dunn ordered an inspection" ("Rhys Dunn", "order"), "the campaign manager, Jo
    Fenner, conceded defeat", "De curator, Mark de Wit, zoekt een koper" (`_verb_of`); in English
    also "an inspection was ordered by the regional governor, Lena Moss"; "wrote" and "was written
    by" give one verb (`_IRREGULAR_VERBS`). None when the first person of the sentence stands beside
    no verb, or the sentence names no one."""
    people = [e.text for e in fact.entities if e.kind is EntityKind.PERSON]
    if not people:
        return None  # (most sentences)
    text = fact.sentence.text
    for match in _PASSIVE_BY.finditer(text) if fact.language == "en" and " by " in text else ():
        agent_phrase = _AGENT_ENDS.split(match["agent"], maxsplit=1)[0]
        agent = next((p for p in people if p in agent_phrase), None)
        if agent is not None and _acting(verb := match["verb"].casefold()):
            return agent, _verb_stem(verb)
    first = min(people, key=lambda p: (text.find(p), -len(p)))
    start = text.find(first)
    verb = _verb_of(text, start, start + len(first), fact.language)
    return None if verb is None else (first, verb)


def body_acted_by(fact: Fact) -> tuple[str, str] | None:
    """The body (an office, a force, a court: a word of the language's ORGANISATION_WORDS, with the
    capitalised words beside it) that does what a sentence tells, with the stem of the verb, as
    `acted_by` finds a person: "Прокуратура возбудила дело" ("Прокуратура", "возбуд"), "дело
    возбудил Следственный комитет" ("Следственный комитет", "возбуд"). None in English, which
    leaves bodies out as doers: its bodies go by common words ("the central bank raised rates"), which
    a conflict would show alone ("bank · ministry"); as speakers they are read with those words
    (`body_reported_by`: "the interior ministry said")."""
    if fact.language == "en":
        return None
    text = fact.sentence.text
    words = list(_WORD.finditer(text))
    bodies = _body_words(fact.language)
    for at, word in enumerate(words):
        if not _a_body(word.group().casefold(), bodies, fact.language):
            continue
        start, end = _body_span(words, at, fact)
        if (verb := _verb_of(text, start, end, fact.language)) is not None:
            return text[start:end], verb
    return None


def words_but_doers(fact: Fact) -> list[str]:
    """The words of a sentence (`language.words_of`) without the names of the bodies it tells doing
    something other than speaking: "The coastguard towed the trawler, the ministry said" names the
    ministry as its speaker, and the coastguard as the doer, not as a speaker another outlet may have
    quoted (`conflicts.names._names_another_actor`); "the ministry, citing the coastguard, said" and
    "according to coastguard figures" keep theirs."""
    text = fact.sentence.text
    language = fact.language
    if _body_stems(language).isdisjoint(fact.stems):
        return words_of(text)  # (most sentences)
    words = list(_WORD.finditer(text))
    bodies = _body_words(language) if language != "en" else ORGANISATION_WORDS
    kept, last = [], 0
    for at, word in enumerate(words):
        said = word.group()
        if word.start() < last or not _speaks_for_a_body(said, said.casefold(), bodies, language):
            continue
        span = _speaking_body_span(words, at, fact)
        if span is not None and _does_a_deed(text, *span, language):
            kept.append(text[last : span[0]])
            last = span[1]
    return words_of(" ".join([*kept, text[last:]]))


def _does_a_deed(text: str, start: int, end: int, language: str) -> bool:
    """Whether the words at `start:end` are the subject of a verb that is no attribution's: "The
    coastguard towed", "the army has evacuated" (in English, a verb in the past: "coastguard figures
    showed" is no deed's), "La gendarmerie a évacué", "Die Feuerwehr evakuierte" (`_verb_of`). A
    subject before its verb opens its clause, past an article or "and": not "die sich auf die
    Staatsanwaltschaft beruft", whose verb ends a clause that opens elsewhere."""
    after = _AFTER_NAME.match(text, end)
    while after is not None and after["verb"] in AUXILIARIES.get(language, _EN_AUXILIARIES):
        after = _AFTER_NAME.match(text, after.end())
    if after is not None and after["verb"].casefold() in attribution_verbs(language):
        return False  # ("El consejero delegado, Andrés Gil, anunció": no deed before the name)
    if language in SUBJECT_AFTER_VERB and _CLAUSE_END.match(text, end):
        verb = _verb_of(text, start, end, language)  # "…, a évacué la gendarmerie."
        return verb is not None and verb not in _attribution_stems(language)
    opening = ARTICLES.get(language, frozenset()) | CONJUNCTIONS.get(language, frozenset())
    if any(w.casefold() not in opening for w in _WORD.findall(_clause_before(text, start))):
        return False
    if language != "en":
        verb = _verb_of(text, start, end, language)
        return verb is not None and verb not in _attribution_stems(language)
    if after is None or not after["verb"].islower():
        return False
    return after["verb"].endswith("ed") or after["verb"] in _IRREGULAR_VERBS


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _attribution_stems(language: str) -> frozenset[str]:
    """The stems of a language's attribution verbs, as `_verb_of` gives a verb."""
    return frozenset(_verb_stem(word, language) for word in attribution_verbs(language))


BODY_REACH = 3
"""Words at most between an attribution word and the body that speaks: "selon le ministère",
"according to the regional police", "La police a aussi indiqué"."""
_TELLING = frozenset("told tells informed assured warned urged".split())
"""English attribution verbs whose object, after them, is the one spoken to ("told police")."""
_ABBREVIATION_MIN_LETTERS = 2


def body_reported_by(fact: Fact) -> str | None:
    """The body a sentence reports a statement of, as `reported_by` finds a person: a word of the
    language's ORGANISATION_WORDS (with the capitalised words beside it, its complement: "ministère de
    l'Intérieur"; in English its lower-case words before it: "the interior ministry") or an
    abbreviation in capitals ("МЧС"), after an attribution preposition ("selon la préfecture", "laut
    Staatsanwaltschaft", "по данным МЧС", "according to police"), before an attribution verb ("Police
    said", "La police a indiqué") or after it at the clause's end (", said police.", ", a indiqué la
    préfecture."). None for a sentence that attributes nothing, to no body, or to a person of one (a
    title between: "a police spokesman said", "selon le porte-parole de la police")."""
    if not fact.attributions:
        return None  # (most sentences)
    language = fact.language
    if (
        _body_stems(language).isdisjoint(fact.stems)
        and not any(map(_abbreviation, fact.names))
        and not any(name.casefold() in SEATS_OF_POWER or a_named_body(name.casefold()) for name in fact.names)
        and not _CAPITALS_ONLY.search(fact.sentence.text)  # ("the WHO said": a stop word, no name)
    ):
        return None  # (most sentences that attribute: to a person, "she said")
    text = fact.sentence.text
    for start, folded in _attribution_places(text, fact.attributions):
        # the words around the attribution word only, as far as a body may stand from it
        low = text.rfind(" ", 0, max(0, start - _BODY_WINDOW)) + 1
        high = text.find(" ", start + len(folded) + _BODY_WINDOW)
        words = list(_WORD.finditer(text, low, len(text) if high < 0 else high))
        at = next((i for i, w in enumerate(words) if w.start() == start), None)
        if at is None:
            continue  # (inside a word of its own: "well-said")
        if folded in ATTRIBUTION_PREPOSITIONS[language]:
            found = _speaking_body(words, range(at + 1, at + 2 + BODY_REACH), fact)
        else:
            found = _speaking_body(words, range(at - 1, at - 2 - BODY_REACH, -1), fact)
            if found is None and not (language == "en" and folded in _TELLING):
                found = _speaking_body(words, range(at + 1, at + 2 + BODY_REACH), fact, clause_end=True)
        if found is not None:
            return found
    return None


_CAPITALS_ONLY = compiled(r"\b[^\W\d_a-z]{2,}\b(?<![^\W\d_A-Z]{2})")
"""A word in capitals of two letters or more: a body's abbreviation, which may be no name ("WHO")."""


def office_reported_by(fact: Fact) -> str | None:
    """The office alone, a title without a name, that a sentence reports a statement of, in lower
    case: "the minister said", "said the mayor.", "according to the mayor,", "selon le préfet,",
    "a déclaré le maire.", "sagte der Minister." ("minister", "mayor", "préfet"), with the word
    before it that a sentence gives ("the prime minister said": "prime minister"; conflicts compare
    offices by their last word and the one before it). None for a pronoun, a named person ("said
    Mayor Ida Lund"), a form of address ("Mr"), or no attribution."""
    if not fact.attributions:
        return None  # (most sentences)
    language = fact.language
    titles = PERSON_TITLES if language == "en" else _kind_words(language)[1]
    text = fact.sentence.text
    folded_text = text.casefold()
    if not any(title in folded_text for title in titles - ADDRESS_FORMS):
        return None  # (most sentences that attribute: to a person, "she said")
    words = list(_WORD.finditer(text))
    skipped = (
        _LONE_OFFICE_SKIPPED | ARTICLES.get(language, frozenset()) | AUXILIARIES.get(language, frozenset())
    )
    for start, folded in _attribution_places(text, fact.attributions):
        at = next((i for i, w in enumerate(words) if w.start() == start), None)
        if at is None:
            continue
        after = at + 1
        while after < len(words) and words[after].group().casefold() in skipped:
            after += 1
        particle = SEPARABLE_ATTRIBUTIONS.get(language, {}).get(folded)
        if after < len(words) and _ends_a_clause(text, words[after].end(), language, particle):
            office = words[after].group()  # "said the mayor.", "selon le préfet,", "teilte der Minister mit."
            if _a_lone_office(office, titles) and after > at + 1:
                return office.casefold()
        if folded in ATTRIBUTION_PREPOSITIONS[language]:
            continue
        before = at - 1
        while before >= 0 and words[before].group().casefold() in AUXILIARIES.get(language, _EN_AUXILIARIES):
            before -= 1
        if before >= 1 and (
            words[before - 1].group().casefold() in skipped
            or (  # "the interior minister said"
                before >= 2
                and words[before - 1].group().islower()
                and words[before - 2].group().casefold() in skipped
            )
        ):
            office = words[before].group()  # "the minister said", "the minister has said"
            if (
                _a_lone_office(office, titles)
                and text[words[before].end() : words[before + 1].start()].isspace()
            ):
                if words[before - 1].group().casefold() in skipped:
                    return office.casefold()
                return f"{words[before - 1].group()} {office}".casefold()  # "the prime minister said"
    return None


def _a_lone_office(word: str, titles: frozenset[str]) -> bool:
    """Whether a word is a title that names an office alone (not "Mr", "Dr", "Herr")."""
    folded = word.casefold()
    return folded in titles and folded not in ADDRESS_FORMS


ADDRESS_FORMS = frozenset(
    """mr mrs ms dr gov sen rep gen lt sgt capt col maj prof rev adm cmdr supt herr frau m mme me
    maître señor señora signor signora""".split()
)
"""Titles that are forms of address or abbreviations, which stand before a name only: no office
alone (`office_reported_by`)."""
_LONE_OFFICE_SKIPPED = frozenset("the to a an".split())
"""English words between an attribution word and an office alone: "according to the mayor"."""
_EN_AUXILIARIES = frozenset("has had have also".split())
"""English words between an office alone and its verb: "the minister has said"."""


def _speaking_body(
    words: list[re.Match[str]], reach: range, fact: Fact, *, clause_end: bool = False
) -> str | None:
    """The body among `words` at the places of `reach` (from the attribution word outwards), in one
    clause with the attribution word, and its name (`_speaking_body_span`): before the word, past
    function words and auxiliaries only ("La police a indiqué"); after a preposition, past any word
    in lower case ("according to the regional police"); after a verb (`clause_end`), past its article
    only, ending its clause, as a subject after its verb (", said police.", ", a indiqué la
    préfecture."; not "said on court", "said the company would")."""
    text = fact.sentence.text
    language = fact.language
    bodies = _body_words(language) if language != "en" else ORGANISATION_WORDS
    titles = PERSON_TITLES if language == "en" else _kind_words(language)[1]
    before = reach.step < 0
    past = _before_a_verb(language) if before else frozenset()
    if clause_end:
        past = ARTICLES.get(language, frozenset())
    last = reach.start - reach.step  # the attribution word
    particle = (
        SEPARABLE_ATTRIBUTIONS.get(language, {}).get(words[last].group().casefold()) if clause_end else None
    )
    for at in reach:
        if not 0 <= at < len(words):
            return None
        near, far = (words[at], words[last]) if before else (words[last], words[at])
        if text[near.end() : far.start()].strip():
            return None  # (a comma, a parenthesis: another clause)
        if (seat := _seat_of_power(words[at], fact)) is not None:
            return None if text.startswith(("'s", "’s"), text.find(seat) + len(seat)) else seat
        if before and (head := _complemented(words, at, fact, bodies)) is not None:
            at = head  # "The Ministry of Transport said": the body's word before its complement
        word = words[at].group()
        folded = word.casefold()
        if _speaks_for_a_body(word, folded, bodies, language):
            if clause_end and not _may_end_a_clause(text, words[at].end(), language, particle):
                return None  # ("said the company would": the subject of what is said)
            span = _speaking_body_span(words, at, fact)
            if span is None:
                return None  # (a person's name: "Energy Minister Arvid Sund")
            start, end = span
            if text.startswith(("'s", "’s"), end) or (
                clause_end and not _ends_a_clause(text, end, language, particle)
            ):
                return None  # ("the ministry's spokesman said", "said police would")
            if text[:start].rstrip().endswith(("'s", "’s", "s'", "s’")) or _after_a_possessive(
                words, at, start, language
            ):
                return None  # someone's staff, who speak for that one ("Trump's transition team said")
            name = text[start:end]
            return None if name.casefold() in GENERIC_BODIES[language] else name
        if (
            not word.islower()
            or ((before or clause_end) and folded not in past)
            or folded in titles
            or folded.partition("-")[0] in titles  # ("vice-president")
        ):
            return None  # (a person or a name: "a police spokesman said", "said Lena Moss")
        last = at
    return None


_POSSESSIVES = {"en": frozenset(("his", "her", "their"))}
"""Words that make a body someone's ("his office said", "her team said": the person speaks)."""


def _after_a_possessive(words: list[re.Match[str]], at: int, start: int, language: str) -> bool:
    """Whether the body whose name starts at `start` (its word at `at`) follows a possessive of
    _POSSESSIVES ("his office")."""
    possessives = _POSSESSIVES.get(language)
    if not possessives:
        return False
    before = next((i for i in range(at, -1, -1) if words[i].start() < start), None)
    return before is not None and words[before].group().casefold() in possessives


def _seat_of_power(word: re.Match[str], fact: Fact) -> str | None:
    """The name of a sentence that holds `word` when it stands for a government or a ministry
    (SEATS_OF_POWER: "the Kremlin", "Downing Street"; "der Kreml", one German word, which is no
    name) or names a body of no body's word (NAMED_BODIES: "the Red Cross"); None for most words."""
    for name in fact.names:
        if (folded := name.casefold()) in SEATS_OF_POWER or a_named_body(folded):
            start = fact.sentence.text.find(name)
            if start <= word.start() < start + len(name):
                return name
    return word.group() if word.group().casefold() in SEATS_OF_POWER else None


def _complemented(words: list[re.Match[str]], at: int, fact: Fact, bodies: frozenset[str]) -> int | None:
    """Where the body's word stands whose complement holds `words[at]`, the last word of a name
    before a verb ("The Ministry of Transport said": "Ministry"), past the words that link them
    (_BODY_LINKS); None for most words."""
    text = fact.sentence.text
    head = at
    while head > 0 and words[head - 1].group()[:1].isupper() and _beside(words, head - 1, text):
        head -= 1  # the complement's capitalised words ("Ministry of Foreign Affairs")
    linked = head - 1
    while linked >= 0 and words[linked].group().casefold() in _BODY_LINKS and _beside(words, linked, text):
        linked -= 1
    if linked == head - 1 or linked < 0 or not _beside(words, linked, text):
        return None  # (no link: "Lena Moss said")
    word = words[linked].group()
    return linked if _speaks_for_a_body(word, word.casefold(), bodies, fact.language) else None


def _may_end_a_clause(text: str, end: int, language: str, particle: str | None = None) -> bool:
    """Whether a body's word ending at `end` may end its clause, its name's complement or capitalised
    words (`_speaking_body_span`) taken: the clause ends there (`_ends_a_clause`), or a name or a
    link follows."""
    after = text[end : end + 6].split()[:1]
    return bool(
        _ends_a_clause(text, end, language, particle)
        or (after and (after[0][:1].isupper() or after[0] in _BODY_LINKS))
    )


def _ends_a_clause(text: str, end: int, language: str, particle: str | None = None) -> bool:
    """Whether a subject named after its verb, ending at `end`, ends the verb's clause: the clause ends
    there, or the verb's separated `particle` ends it, past a day or a time ("teilte die Polizei am
    Montag mit.": SEPARABLE_ATTRIBUTIONS)."""
    if _CLAUSE_END.match(text, end):
        return True
    if particle is None:
        return False  # (most verbs)
    clause = _CLAUSE_REST.match(text, end)
    rest = clause.group().split() if clause is not None else []
    if not rest or rest[-1] != particle or len(rest) > _PARTICLE_REACH:
        return False
    return len(rest) == 1 or _a_time(" ".join(rest[:-1]), language)


_CLAUSE_REST = compiled(r"[^.,;:!?)]*")
"""The words after a place up to the end of its clause (`_ends_a_clause`)."""
_PARTICLE_REACH = 4
"""Words at most between a subject named after its verb and the verb's particle that ends the clause,
the particle counted: "am frühen Montag mit"."""


_BODY_WINDOW = 80
"""Characters read on each side of an attribution word for a body that speaks (`body_reported_by`):
more than BODY_REACH words and a body's name take."""


def _attribution_places(text: str, attributions: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where each of a sentence's attribution words (`Fact.attributions`, in lower case) stands in
    it, whole, in the order of the text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text  # (a letter whose lower case is longer: "İ")
    places = []
    for word in attributions:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not lowered[at - 1].isalnum()) and (
                end == len(text) or not lowered[end].isalnum()
            ):
                places.append((at, word))
            at = lowered.find(word, end)
    return sorted(places)


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _before_a_verb(language: str) -> frozenset[str]:
    """The words that may stand between a speaking body and its verb (`_speaking_body`): function
    words and auxiliaries ("La police a indiqué", "the ministry has also said")."""
    return function_words(language) | AUXILIARIES.get(language, frozenset())


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _body_stems(language: str) -> frozenset[str]:
    """The stems of a language's words for bodies, as a fact's stems hold them (those of a
    compound's head too: "Staatsanwaltschaft"), which a sentence naming a body has among its own."""
    words = ORGANISATION_WORDS if language == "en" else OTHER_ORGANISATION_WORDS[language].split()
    known = [seat for seat in SEATS_OF_POWER if " " not in seat] + list(PLURAL_BODIES.get(language, ()))
    return frozenset(stem_words(sorted({*words, *known}), language))


def _abbreviation(word: str) -> bool:
    """ "МЧС", "OMS": letters in capitals, two or more."""
    return word.isupper() and len(word) >= _ABBREVIATION_MIN_LETTERS and word.isalpha()


def _a_word_in_capitals(folded: str, language: str) -> bool:
    """Whether a word written in capitals (`folded`: in lower case) is a common word of the language
    set in capitals, as tabloids open a story ("MILLIONS of families have been told", "SHOPPERS
    were warned"), not an abbreviation: CAPITALS_WORD_LETTERS or more, common by its stem
    (`lexicon.is_common_word`; "NATO", "UNICEF" are none, and "ICE", "SWAT", short, stay bodies)."""
    return len(folded) >= CAPITALS_WORD_LETTERS and is_common_word(
        stem_words([folded], language)[0], language
    )


CAPITALS_WORD_LETTERS = 5
"""The fewest letters of a word in capitals that `_a_word_in_capitals` reads as a common word set in
capitals: an abbreviation of common letters is short ("ICE", "SWAT", "FEMA")."""


def _speaks_for_a_body(word: str, folded: str, bodies: frozenset[str], language: str) -> bool:
    """Whether a word names a body that may speak: one of `bodies` (`_a_body` outside English; an
    English plural too: "authorities"), or an abbreviation in capitals ("МЧС", "OMS")."""
    if _abbreviation(word):
        return not _a_word_in_capitals(folded, language)
    if language != "en":
        return _a_body(folded, bodies, language)
    return (
        folded in bodies
        or (folded.endswith("ies") and folded[:-3] + "y" in bodies)
        or folded in PLURAL_BODIES["en"]  # ("prosecutors said")
    )


def _speaking_body_span(words: list[re.Match[str]], at: int, fact: Fact) -> tuple[int, int] | None:
    """Where the name of a speaking body stands: the name of the sentence holding its word, unless
    a person's ("Energy Minister Arvid Sund": None), else the word with the capitalised words beside
    it, in English with the lower-case words before it that tell which body it is ("the interior
    ministry", "local police"); with its complement ("ministère de l'Intérieur", "Ministry of the
    Interior": a name after linking words)."""
    text = fact.sentence.text
    word = words[at]
    for name in fact.names:
        start = text.find(name)
        if start <= word.start() < start + len(name):
            if any(e.text == name and e.kind is EntityKind.PERSON for e in fact.entities):
                return None
            end = start + len(name)
            break
    else:
        first, last = at, at
        while (
            first > 0
            and _beside(words, first - 1, text)
            and (
                _capitalised(words[first - 1].group(), fact.language)
                or (fact.language == "en" and at - first < 2 and _modifies(words[first - 1].group()))
            )
        ):
            first -= 1
        while (
            last + 1 < len(words)
            and _beside(words, last, text)
            and _capitalised(words[last + 1].group(), fact.language)
        ):
            last += 1
        start, end = words[first].start(), words[last].end()
    for name in fact.names:
        found = text.find(name, end)
        between = text[end:found].replace("’", "'").replace("'", " ").split() if found > end else ["-"]
        if between and all(w.casefold() in _BODY_LINKS for w in between):
            return start, found + len(name)
    return start, end


def _beside(words: list[re.Match[str]], at: int, text: str) -> bool:
    """Whether `words[at]` and the word after it stand with only a space between them."""
    return not text[words[at].end() : words[at + 1].start()].strip()


def _capitalised(word: str, language: str) -> bool:
    """Whether a word beside a body's word is part of its name: capitalised, no function word ("The
    company said") nor a possessive ("Estmark's foreign ministry")."""
    return (
        word[:1].isupper()
        and word.casefold() not in function_words(language)
        and not word.endswith(("'s", "’s"))
    )


def _modifies(word: str) -> bool:
    """Whether an English word before a body's word may tell which body it is: in lower case, no
    function word, attribution verb or possessive ("interior ministry", "fire service")."""
    return word.islower() and word not in FUNCTION_WORDS and word not in ATTRIBUTION_VERBS and "'" not in word


_BODY_LINKS = _OFFICE_LINKS | {"l", "d", "dell"}
"""The words between a body's word and its complement ("ministère de l'Intérieur", "Ministerio del
Interior", "Ministry of the Interior")."""


def _body_span(words: list[re.Match[str]], at: int, fact: Fact) -> tuple[int, int]:
    """Where the name of the body whose word is `words[at]` stands in the sentence: the name of the
    sentence holding the word ("Junta de Andalucía"), else the word with the capitalised words
    beside it ("Следственный комитет")."""
    text = fact.sentence.text
    for name in fact.names:
        start = text.find(name)
        if start <= words[at].start() < start + len(name):
            return start, start + len(name)
    first, last = at, at
    while first > 0 and _capitalised_beside(words, first - 1, fact):
        first -= 1
    while last + 1 < len(words) and _capitalised_beside(words, last + 1, fact):
        last += 1
    return words[first].start(), words[last].end()


def _capitalised_beside(words: list[re.Match[str]], at: int, fact: Fact) -> bool:
    """Whether a word beside a body's word is part of its name: capitalised, not the sentence's
    first word unless a name of the sentence starts with it ("Следственный комитет")."""
    word = words[at].group()
    if not word[:1].isupper():
        return False
    return at > 0 or any(name.startswith(word) for name in fact.names)


def singular_body(word: str) -> str:
    """An English body's word in lower case in the singular: "authorities" "authority", "services"
    "service" (`a_body_word`, `conflicts.names._kinds_of`)."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def may_be_of_kind(kind: str, words: Iterable[str]) -> bool:
    """Whether a body told by a word of its kind alone (`kind`: one of BODY_KINDS, "airline") may be
    the English body named by `words` (in lower case): one of its kind ("Caldera Airways") or of no
    kind told ("Orrin Holdings", "Corby Town"); not one of another ("Harrow Savings Bank", "the
    interior ministry", "the club" against "the airline")."""
    mine = BODY_KINDS[kind]
    return all(
        BODY_KINDS.get(word, BODY_KINDS.get(singular_body(word))) == mine
        for word in words
        if word not in KINDLESS_NAME_WORDS and (word in BODY_KINDS or a_body_word(word, "en"))
    )


def a_body_word(word: str, language: str) -> bool:
    """Whether a word of a name, in lower case (without diacritics, declined or not), tells a body's
    kind only: a word of the language's ORGANISATION_WORDS ("ministry", "authorities", "ministère",
    "полиции"), not a compound with one at its head, which tells which body ("Innenministerium")."""
    if language == "en":
        return (
            word in PLURAL_BODIES["en"]
            or singular_body(word) in ORGANISATION_WORDS
            or word in ORGANISATION_WORDS
        )
    plain = without_marks(word)
    if language not in NAME_ENDINGS:
        return plain in _plain_body_words(language)
    # declined, and perhaps cut already ("полици", "ministerstw"): the word's stem and an ending
    return any(
        plain.startswith(stem) and len(plain) - len(stem) <= _BODY_ENDING_MAX
        for stem in _plain_body_words(language)
    )


_BODY_ENDING_MAX = 3
"""Letters at most of a case ending after a body word's stem ("ministerstwami")."""


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _plain_body_words(language: str) -> frozenset[str]:
    """`_body_words` without diacritics, as names are compared (`conflicts.names._name_words`); in a
    language that declines them, without the vowels of their ending ("ministerstw")."""
    plain = [without_marks(word) for word in _body_words(language)]
    if language in NAME_ENDINGS:
        plain = [word.rstrip(_VOWELS) for word in plain]
    return frozenset(plain)


_VOWELS = "aeiouyąęоаеиыуяэюёьй"
"""The letters a declined word's ending may hold (`_plain_body_words`)."""


@lru_cache(maxsize=len(FACT_LANGUAGES))
def _body_words(language: str) -> frozenset[str]:
    """A language's words for bodies, each as `_a_body` compares it (a language other than English:
    `body_acted_by`)."""
    return frozenset(name_stem(w, language) for w in OTHER_ORGANISATION_WORDS[language].split())


def _a_body(word: str, bodies: frozenset[str], language: str) -> bool:
    """Whether a lower-case word names a body: one of `bodies` (`_body_words`), declined ("прокуратуры"),
    or a compound with one as its head ("Staatsanwaltschaft")."""
    if name_stem(word, language) in bodies:
        return True
    return language in COMPOUNDING and compound_head(word, language) in bodies


def _verb_of(text: str, start: int, end: int, language: str) -> str | None:
    """The stem of the verb of which the words at `start:end` of `text` are the subject: the word
    after them (past a comma closing an apposition and an auxiliary of AUXILIARIES: "Il sindaco
    Paolo Neri ha disposto"), in lower case and no function word; in a language of
    SUBJECT_AFTER_VERB, else the word before them when they end the clause, past the office and the
    article before a name ("дело возбудил Следственный комитет.", "a annoncé le préfet Jean
    Dupont.": `_before_subject`). None when neither is a verb."""
    if _after_a_source(text, start, language):
        return None
    if language in SUBJECT_AFTER_VERB and (timed := _past_a_time(text, end, language)) > end:
        end = timed  # "a tranché le préfet Jean Dupont mardi.": the day is no verb; the clause ends
        after = None
    else:
        after = _AFTER_NAME.match(text, end)
    if after is not None and after["verb"] in AUXILIARIES.get(language, ()):
        after = _AFTER_NAME.match(text, after.end())
    if after is not None and after["verb"].islower() and _acting(after["verb"], language):
        return _verb_stem(after["verb"], language)
    if language not in SUBJECT_AFTER_VERB or not _CLAUSE_END.match(text, end):
        return None
    before = _before_subject(_WORD.findall(text[:start])[-BEFORE_SUBJECT_WORDS:], language)
    if before and before.islower() and _acting(before, language):
        return _verb_stem(before, language)
    return None


BEFORE_SUBJECT_WORDS = 7
"""Words at most before a subject named after its verb that `_before_subject` reads back to the verb:
the one spoken to, an article and an office ("dijo a los periodistas el alcalde")."""


RELATIVE_DAYS = frozenset(
    """yesterday today tomorrow gestern heute morgen hier aujourd'hui demain ayer hoy mañana ieri oggi
    domani ontem hoje amanhã gisteren vandaag вчера сегодня завтра wczoraj dzisiaj dziś jutro""".split()
)
"""The words for the day before, the day itself and the day after, in the languages read: no
periods (`quantities.periods_in`) but days, as "on Monday" is (`_a_time`)."""
_TIME_AFTER = compiled(r"(?:\s+[^\W\d_][\w-]*){1,2}(?=\s*(?:[.,;:!?)]|$))")
"""The words after a subject named after its verb that may tell when, up to the clause's end: "mardi",
"el lunes", "am Montag", "na segunda-feira" (`_past_a_time`)."""


def _past_a_time(text: str, end: int, language: str) -> int:
    """Where the words after a name at `end` end when they only tell a day or a time, up to the end of
    the clause ("a tranché le préfet Jean Dupont mardi.", "decidió el gobernador Luis Gómez el
    lunes."): as English "on Monday", a weekday, a month, "hier", "ieri" (`dates_in`, `periods_in`);
    or whom it was said to ("zei burgemeester Joost Smit tegen verslaggevers.", `_addressee_length`).
    `end` when they tell more or nothing of a time."""
    match = _TIME_AFTER.match(text, end)
    if match is not None and _a_time(match.group(), language):
        return match.end()
    if language in ADDRESSED_LANGUAGES and (spoken := _ADDRESSEE_AFTER.match(text, end)) is not None:
        words = _WORD.findall(spoken.group())
        if _addressee_length(words, language) == len(words):
            return spoken.end()  # "zei burgemeester Joost Smit tegen verslaggevers."
    return end


_ADDRESSEE_AFTER = compiled(r"(?:\s+[^\W\d_][\w'’-]*){1,4}(?=\s*(?:[.,;:!?)]|$))")
"""The words after a subject named after its verb that may tell whom it spoke to, up to the clause's
end: "tegen verslaggevers", "a los periodistas" (`_past_a_time`)."""


def _a_time(words: str, language: str) -> bool:
    """Whether a few words name a day or a time alone: "mardi", "el lunes", "hier"."""
    lowered = words.casefold().split()
    if len(lowered) == 1 and lowered[0] in RELATIVE_DAYS:
        return True
    dates = dates_in(lowered, words, language=language)
    return bool(dates or periods_in(words, (), dates, language=language))


def _after_a_source(text: str, start: int, language: str) -> bool:
    """Whether the words at `start` stand in a clause that opens with an attribution preposition,
    which names who speaks, not who acts: "Selon le porte-parole de la police, trois personnes",
    "По словам Ивана Петрова, дорогу закроют" (ATTRIBUTION_PREPOSITIONS)."""
    clause = _clause_before(text, start)
    return any(w.casefold() in ATTRIBUTION_PREPOSITIONS[language] for w in _WORD.findall(clause)[:2])


_CLAUSE_MARKS = ",;:()"
"""What opens a clause inside a sentence (`_clause_before`, `_said_by_another`)."""
_CLAUSE_START = compiled(f"[{re.escape(_CLAUSE_MARKS)}]")


def _clause_before(text: str, start: int) -> str:
    """The text of the clause `start` stands in, before it: after the last of _CLAUSE_MARKS
    (`_does_a_deed`, `_after_a_source`; each split the whole text before a name)."""
    return text[max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1 : start]


def _before_subject(words: list[str], language: str) -> str | None:
    """The word before a subject named after its verb, of the `words` before its name: past its
    office, of the language's titles ("распорядился губернатор") or any word after an article ("le
    préfet", not a title of the table), and past its article ("ha deciso il sindaco", "erklärte
    der Bürgermeister Hans Weber", whose office is inside the name)."""
    titles = _kind_words(language)[1]
    articles = ARTICLES.get(language, frozenset())
    while words and words[-1].casefold() in titles:
        words = words[:-1]
    if len(words) > 1 and words[-2].casefold() in articles and words[-1].islower():
        words = words[:-1]  # an office the table lacks ("le préfet"), named as the article shows
    if words and words[-1].casefold() in articles:
        words = words[:-1]
    if language in ADDRESSED_LANGUAGES:
        words = _without_addressee(words, language)  # "dijo a los periodistas el alcalde"
    if words and words[-1].islower() and _a_time(words[-1], language):
        words = words[:-1]  # "a décidé hier la maire", "decidió el lunes el gobernador"
        if words and words[-1].casefold() in articles:
            words = words[:-1]
    return words[-1] if words else None


_CLAUSE_END = compiled(r"\s*(?:[.,;:!?)]|$)")
"""What may follow a subject that ends its clause, after its verb (`_verb_of`)."""


_IRREGULAR_VERBS = {
    form: base
    for base, forms in {
        "write": "wrote written",
        "take": "took taken",
        "give": "gave given",
        "make": "made",
        "lead": "led",
        "win": "won",
        "send": "sent",
        "begin": "began begun",
        "break": "broke broken",
        "choose": "chose chosen",
        "drive": "drove driven",
        "hold": "held",
        "pay": "paid",
        "sell": "sold",
        "buy": "bought",
        "bring": "brought",
        "strike": "struck",
        "steal": "stole stolen",
        "catch": "caught",
        "find": "found",
        "leave": "left",
        "lose": "lost",
        "meet": "met",
        "fly": "flew flown",
        "draw": "drew drawn",
        "throw": "threw thrown",
        "withdraw": "withdrew withdrawn",
        "forbid": "forbade forbidden",
        "freeze": "froze frozen",
        "rise": "rose risen",
        "fall": "fell fallen",
    }.items()
    for form in forms.split()
}
"""English verbs whose past forms share no stem with them ("wrote", "written": "write"), so that
`acted_by` gives one verb for "Justice Ward wrote" and "was written by Justice Okafor"."""
IRREGULAR_PASTS = frozenset(_IRREGULAR_VERBS)
"""The past forms of `_IRREGULAR_VERBS`' English verbs, which end in neither "-ed" nor "-ing"."""


def verb_stem(word: str, language: str = "en") -> str:
    """The stem of a verb, a past form of no stem in common with it as its own: "brought" "bring"."""
    return _verb_stem(word, language)


def _verb_stem(word: str, language: str = "en") -> str:
    return stem_words([_IRREGULAR_VERBS.get(word.casefold(), word.casefold())], language)[0]


def _acting(word: str, language: str = "en") -> bool:
    """Whether a word in lower case may be the verb of what someone did (`acted_by`): "wrote" too,
    an attribution verb ("wrote for the majority" against "was written by"); no function word
    (STOPWORDS are among them; in another language, its stop words)."""
    return word not in function_words(language)


def _may_quote(text: str) -> bool:
    """Whether a mark that may open a quotation stands in the text (string tests: a regular
    expression's scan cost as much as looking for the quotations)."""
    if "“" in text or '"' in text or "«" in text or "„" in text or "»" in text:
        return True
    return ("'" in text or "‘" in text) and _single_mark_opens(text)  # (most sentences have no mark)


def _single_mark_opens(text: str) -> bool:
    """Whether a single mark stands where a quotation may open (`_SINGLE_OPENINGS`, or the start)."""
    return text.startswith(_SINGLE_MARKS) or any(map(text.__contains__, _SINGLE_OPENINGS))


def _quotations(text: str, verbs: frozenset[str], marks: re.Pattern[str]) -> list[tuple[int, str, str]]:
    """Each quotation's offset, its words, and the text outside it within QUOTE_CONTEXT_CHARS (a
    broken quotation's attribution stays outside), in which the quotation stood at the smaller of
    its offset and QUOTE_CONTEXT_CHARS."""
    found = [(m.start(), m.end(), m.group(1).strip(" ,.")) for m in marks.finditer(text)]
    if _single_mark_opens(text):
        # (the quotations in double marks stand apart, in order: the last to open before a single
        # mark's quotation ends is the one that may reach into it)
        double = [(start, end) for start, end, _ in found]
        opening = [start for start, _ in double]
        found.extend(
            (m.start(), m.end(), m.group(1).strip(" ,."))
            for m in _SINGLE_QUOTE.finditer(text)
            if m.group(1)
            and not ((at := bisect_left(opening, m.end()) - 1) >= 0 and double[at][1] > m.start())
        )
        found.sort()
    joined: list[tuple[int, int, str, str]] = []  # start, end, words, the attribution inside
    for start, end, quoted in found:
        if joined and quoted[:1].islower():
            first_start, first_end, first, _ = joined[-1]
            between = text[first_end:start]
            words = _WORD.findall(between.lower())
            if between.rstrip().endswith(",") and len(words) <= _QUOTE_BREAK_WORDS and verbs & set(words):
                joined[-1] = (first_start, end, f"{first} {quoted}", between)
                continue
        joined.append((start, end, quoted, ""))
    reach = QUOTE_CONTEXT_CHARS
    return [
        (start, quoted, f"{text[max(0, start - reach) : start]} {inside} {text[end : end + reach]}")
        for start, end, quoted, inside in joined
    ]


def _speaker(
    names: list[str], text: str, quote_at: int, verbs: frozenset[str], language: str = "en"
) -> str | None:
    """Who speaks, of the names beside a quote (which stood at `quote_at` in `text`): those within
    SPEAKER_REACH words of an attribution verb, the first right after a title ("said Kremlin
    spokesman Dmitry Peskov", "Mission director Claire Fabre said": the word before the title names
    no one) or set after a comma with a title of its own ("said Cellvia's chief scientist, Dr Amara
    Osei"; not in the possessive, whose holder is another's office: "said Ann Lee, President Joe
    Biden's envoy"), else the closest to the verb; of two names as close to their verbs, the one whose verb
    stands nearer the quote ("'We are ready,' said Ann Lee, while Tom Berg said: 'We are not.'").
    The one spoken to between a verb and the name after it is no word between them ("dijo a los
    periodistas el alcalde Juan Pérez": `_addressee_length`). None when no name is that close
    ("Next year, Russia and the US will …, the statement says")."""
    spans = [m.span() for m in _WORD.finditer(text) if m.group().casefold() in verbs]
    if not spans:
        return None
    starts = [v for v, _ in spans]
    firsts = {name: text.find(name) for name in names}
    if language in ADDRESSEES:
        names = [name for name in names if not _addressed(text, firsts[name], language)]
    ends: dict[int, int] = {}
    for name in names:
        ends.setdefault(firsts[name] + len(name), firsts[name])
    reach: list[tuple[int, int, int, str]] = []
    for order, name in enumerate(names):
        start = firsts[name]
        end = start + len(name)
        if _a_modifier(name):
            continue  # ("a Kremlin-style readout", "Soviet-era", "UN-backed": no one speaks)
        if _before_an_office(text, end, language):
            continue  # ("The Harlow boss said", "said Kremlin spokesman Dmitry Peskov": the holder speaks)
        near = spans[
            bisect_left(starts, start - VERB_CONTEXT_CHARS) : bisect_right(starts, end + VERB_CONTEXT_CHARS)
        ]
        if not near:
            continue
        gap, far = min(
            (
                _gap(text[end:v], True, language) if end <= v else _gap(text[w:start], False, language),
                v - quote_at if v >= quote_at else quote_at - w,
            )
            for v, w in near
        )
        office = _office_held(name, start, ends, text)
        if office is not None and gap > SPEAKER_REACH:
            # (the office's place counts as the name's: "said the mayor of Zell am Ziller, Ilse Brandauer")
            gap = min([gap, *(_gap(text[w:office], False, language) for _, w in near if w <= office)])
        if gap <= SPEAKER_REACH:
            before = _WORD.findall(text[max(0, start - VERB_CONTEXT_CHARS) : start])[-1:]
            titled = (
                (bool(before) and _is_title(before[0]))
                or office is not None
                or (
                    _is_title(name.split()[0])
                    and text[:start].rstrip().endswith(",")
                    and not text.startswith(("'s", "’s"), end)  # ("Ann Lee, President Joe Biden's envoy")
                )
            )
            reach.append((0 if titled else 1 + gap, far, order, name))
    return min(reach)[3] if reach else None


def _a_modifier(name: str) -> bool:
    """Whether a name is one word joined by a hyphen to a word in lower case that makes it a
    modifier ("Kremlin-style", "Soviet-era", "UN-backed", "US-made", "Halsworth-based"): it names no
    speaker nor person ("Jean-Yves", "Stoke-on-Trent" end in a capital)."""
    if "-" not in name or " " in name:
        return False  # (most names)
    last = name.rpartition("-")[2]
    return last.isalpha() and last.islower()


def _before_an_office(text: str, end: int, language: str) -> bool:
    """Whether the name ending at `end` in `text` stands right before a title in lower case, which
    it qualifies ("The Harlow boss", "Telvana chief executive", "Kremlin spokesman"): the name is of
    the body or place whose office it is, not of the person who holds it."""
    match = _WORD_AFTER.match(text, end)
    if match is None or not match.group(1).islower():
        return False
    titles = PERSON_TITLES if language == "en" else _kind_words(language)[1]
    return match.group(1).split("-")[0] in titles


_WORD_AFTER = compiled(r" +([^\W\d_][\w-]*)")
"""The word after a name, beyond spaces only (`_before_an_office`)."""


def _addressed(text: str, at: int, language: str) -> bool:
    """Whether a name at `at` in `text` is the one spoken to: right after a word of the
    language's ADDRESSEES (past an article: "sagte ein Sprecher dem Bayerischen Rundfunk", "gegenüber
    der Presse", "dijo un portavoz a Radio Nacional"), unless that word is an article too (Portuguese
    "a": "disse a ministra Ana Costa") or it follows an attribution preposition ("laut dem
    Innenminister Hans Weber": the source)."""
    last = _WORD.findall(text[max(0, at - _ADDRESSED_CHARS) : at])[-3:]
    articles = ARTICLES.get(language, frozenset())
    if last and last[-1].casefold() in articles:
        last = last[:-1]
    return (
        len(last) >= 2
        and last[-1].casefold() in ADDRESSEES[language] - articles
        and last[-2].casefold() not in ATTRIBUTION_PREPOSITIONS[language]
    )


_ADDRESSED_CHARS = 30
"""Characters before a name in which `_addressed` looks for the two words before it."""


def _gap(between: str, name_first: bool, language: str) -> int:
    """The words between a name and its attribution verb: without an aside after the name
    (`_without_aside`), or without an office set off by a comma and the one spoken to right after the
    verb ("dijo a los periodistas el alcalde", `_without_office`, `_addressee_length`)."""
    if name_first:
        return len(_WORD.findall(_without_aside(between)))
    words = _WORD.findall(_without_office(between))
    return len(words) - (_addressee_length(words, language) if language in ADDRESSED_LANGUAGES else 0)


ADDRESSED_LANGUAGES = frozenset((*ADDRESSEES, *ADDRESSEE_ENDINGS))
"""The languages whose phrase of the one spoken to `_addressee_length` reads."""


def _addressee_length(words: list[str], language: str) -> int:
    """How many of the `words` after a verb of saying, from the first, tell whom it was said to: a
    word of ADDRESSEES, an article, a word ("a los periodistas", "aux journalistes", "à la presse",
    "ai giornalisti", "den Journalisten", "tegen verslaggevers"), or a word in the dative plural
    alone ("журналистам", "dziennikarzom": ADDRESSEE_ENDINGS); 0 when they open otherwise."""
    if not words:
        return 0
    first = words[0].casefold()
    if first in ADDRESSEES.get(language, ()):
        # past an article or a second such word ("à la presse", "davanti ai consiglieri")
        second = words[1].casefold() if len(words) > 2 else ""
        at = 2 if second in ARTICLES.get(language, ()) or second in ADDRESSEES[language] else 1
        if len(words) <= at or words[at].casefold() in function_words(language):
            return 0
        return at + 1 + _an_adjective_after(words, at + 1, language)
    endings = ADDRESSEE_ENDINGS.get(language)
    return int(
        endings is not None
        and words[0].islower()
        and first.endswith(endings)
        and len(first) > ADDRESSEE_MIN_CHARS
        and first not in function_words(language)
    )


def _an_adjective_after(words: list[str], at: int, language: str) -> int:
    """1 when `words[at]` is an adjective after the noun of the one spoken to, in a language that
    sets it there ("a los periodistas locales el alcalde", "aux journalistes présents"): a word in
    lower case, no function word, that ends the words or stands before an article; else 0."""
    if language not in ADJECTIVE_AFTER or at >= len(words):
        return 0
    word = words[at]
    if not word.islower() or word in function_words(language):
        return 0
    return int(at + 1 == len(words) or words[at + 1].casefold() in ARTICLES.get(language, ()))


ADDRESSEE_MIN_CHARS = 4
"""A word in the dative plural alone is longer (not "нам", "вам", "tom")."""


def _without_addressee(words: list[str], language: str) -> list[str]:
    """The `words` before a subject named after its verb without the one spoken to that ends them
    ("dijo a los periodistas": "dijo"; `_addressee_length`)."""
    for length in (4, 3, 2, 1):
        if len(words) > length and _addressee_length(words[-length:], language) == length:
            return words[:-length]
    return words


def _office_held(name: str, start: int, ends: dict[int, int], text: str) -> int | None:
    """Where the capitalised complement of an office is, when a full name (at `start` in `text`)
    follows it and a comma, as the title's holder: "the Minister of the Interior, Laurent Nunez", "le
    ministre de l'Intérieur, Laurent Nuñez", "el ministro de Defensa, Walter Astudillo", "the leader
    of Hull council, Ann Lee" (the office is no speaker); None otherwise, as for "said Angela Merkel,
    Emmanuel Macron and …" lists. `ends` gives the offset of the first of the sentence's names that
    ends at an offset, by the offset."""
    ahead = text[max(0, start - VERB_CONTEXT_CHARS) : start]
    before = ahead.rstrip()
    if " " not in name or not before.endswith(","):
        return None
    words = list(_WORD.finditer(before, max(0, len(before) - BODY_WORD_CHARS)))
    if words and words[-1].end() == len(before) - 1 and words[-1].group() in ORGANISATION_WORDS:
        body = words[-1]  # "the leader of Hull council, Ann Lee"
        for word in reversed(words[-1 - BODY_QUALIFIERS : -1]):
            if (
                not word.group().islower()
                or word.group() in _OFFICE_LINKS
                or before[word.end() : body.start()].strip()
            ):
                break
            body = word  # "the leader of Hull city council, Ann Lee"
        before = before[: body.start()].rstrip() + ","
    at = ends.get(start - len(ahead) + len(before) - 1)  # the office's, ending at the comma
    if at is None:
        return None
    ahead = text[max(0, at - VERB_CONTEXT_CHARS) : at]
    link = _WORD.findall(ahead)[-1:]
    return at if ahead.endswith(("'", "’")) or (bool(link) and link[0].casefold() in _OFFICE_LINKS) else None


BODY_WORD_CHARS = 32
"""How far before a comma `_office_held` looks for the body word of a place's office ("Hull
council,", "Hull city council,"); the last word found there is the one before the comma."""
BODY_QUALIFIERS = 2
"""How many lower-case words before a body word `_office_held` reads as the body's ("Hull city
council", "Wexford county police")."""


def _without_office(between: str) -> str:
    """The words between a verb and the name after it, without an office set before the name with a
    comma ("according to the company's chief executive, Ruth Amsel": the name holds the office,
    and speaks)."""
    head, comma, rest = between.rstrip().rpartition(",")
    if not comma or rest or "," in head:
        return between
    words = _WORD.findall(head)
    return "" if words and words[-1].casefold() in PERSON_TITLES else between


def _without_aside(between: str) -> str:
    """The words between a name and the verb after it, without an aside set between commas ("Jana
    Novak, who heads the crisis unit, said"; "Karl Sten, the mayor of Orin, said": the earlier
    name, closer now, speaks). A list ("Russia, the US and China will ...,") is no aside."""
    return "" if _ASIDE.fullmatch(between) else between


PackedFact = tuple[
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[tuple[str, str | None], ...],
    tuple[str, ...],
    tuple[tuple[str, str], ...],
    tuple[str, ...],
    tuple[tuple[str, str], ...],
    str,
]
"""A Fact without its sentence, in tuples and strings: what passes between processes cheaply (a
pickled Fact rebuilds each of its records, field by field)."""


def pack_fact(fact: Fact) -> PackedFact:
    """The fact without its sentence, for `unpack_fact` in another process."""
    return (
        fact.stems,
        fact.numbers,
        fact.dates,
        fact.names,
        tuple((q.text, q.speaker) for q in fact.quotes),
        fact.attributions,
        tuple((e.text, e.kind.value) for e in fact.entities),
        fact.periods,
        fact.money,
        fact.language,
    )


_KINDS = {kind.value: kind for kind in EntityKind}


def unpack_fact(packed: PackedFact, sentence: Sentence) -> Fact:
    """The fact `pack_fact` packed, of `sentence`."""
    stems, numbers, dates, names, quotes, attributions, entities, periods, money, language = packed
    return Fact(
        sentence=sentence,
        stems=stems,
        numbers=numbers,
        dates=dates,
        names=names,
        quotes=tuple(Quote(text=text, speaker=speaker) for text, speaker in quotes),
        attributions=attributions,
        entities=tuple(Entity(text=text, kind=_KINDS[kind]) for text, kind in entities),
        periods=periods,
        money=money,
        language=language,
    )
