"""Numbers, money, dates and periods as German, French, Spanish, Italian, Portuguese, Dutch, Russian
and Polish write them, rewritten as English writes them, so that `quantities` reads every language
with its one set of rules and gives the same forms: "1.200" (de), "1 200" (fr) and "1,200" are 1200;
"3,5 Prozent" is "3.5%"; "12,5 Mio. €" is €12.5 million; "vierzehn Stunden" is "14h"; "am Montag,
6. Juni" is "monday", "june 6"; "15.30 Uhr" is "15:30"; "mehr als 200" is ">" 200; "letztes Jahr"
is "last year"; "ein Drittel der" is ~33.3%. Facts of any language then compare alike, and a
conflict reads the same whichever languages its articles are in.

The rewritten text is read for quantities only (`as_english`): the words that carry none stay as
they are, and no offset into the sentence is kept. The order of the rewrites matters: shares and
halves in words before number words ("un terzo": text2num takes "terzo" for an ordinal; "eine halbe
Million": it reads "Million" alone), number words before a figure's separators are read ("drei
Komma fünf" is "3,5"), dates and clock times before figures
("6.6.2026", "15.30 Uhr" are no decimals), a score's words before a range's ("3 a 1" is a score,
"de 3 a 5 anos" a range), the words of a range before bounds ("3 tot 5": a range, not "up to 5"), a
scale before the currency after it ("12,5 Mio. €").

Number words are read by text2num (`text_to_num.alpha2digit`, MIT, Rust; imported only for these
languages). It takes some words for numbers that a sentence does not mean as one; those are kept
from it: a capitalised word inside a sentence (a name, "Otto"; a German noun, "die Elf"), French
"neuf" after a noun ("un bâtiment neuf"), a plural scale after no number ("Milliarden Euro").
Ordinals are no figures, as in English ("the third wave"): text2num writes them in digits ("3.",
"3e", "3º"), and they are dropped.

Russian and Polish, which text2num does not read, have their number words in a table of the forms
their cases give (`_NUMBER_WORDS`: "четырнадцать", "двадцати трёх", "czternastu"); an ordinal is
another word, in no list. Their space between thousands is no range ("1 200"); Russian "до", Polish
"do" before a figure are "up to" but after a verb of change, where they are English's "to" ("выросла
до 7%": the level reached, `_CHANGE_BEFORE`); Polish "o" is "at" only before a clock time with its
minutes or "godz." ("o 15.30", "o godz. 15"): "o 15 proc." is "by 15%".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from newsdiff.lexicon import stopwords
from newsdiff.money import MARK_BEFORE
from newsdiff.patterns import compiled
from newsdiff.quantities import LABEL_REACH, MONTHS, SCORE_REACH, WEEKDAYS

LANGUAGES = frozenset(("de", "fr", "es", "it", "pt", "nl", "ru", "pl"))
"""The languages whose quantities are read here (English is read as it is written)."""
_DIGIT = compiled(r"\d")

_MONTHS = {
    "de": "januar|jänner februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre"
    " décembre|decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre"
    " diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ru": "январь|января|январе февраль|февраля|феврале март|марта|марте апрель|апреля|апреле май|мая|мае"
    " июнь|июня|июне июль|июля|июле август|августа|августе сентябрь|сентября|сентябре"
    " октябрь|октября|октябре ноябрь|ноября|ноябре декабрь|декабря|декабре",
    "pl": "styczeń|stycznia|styczniu luty|lutego|lutym marzec|marca|marcu kwiecień|kwietnia|kwietniu"
    " maj|maja|maju czerwiec|czerwca|czerwcu lipiec|lipca|lipcu sierpień|sierpnia|sierpniu"
    " wrzesień|września|wrześniu październik|października|październiku listopad|listopada|listopadzie"
    " grudzień|grudnia|grudniu",
}
"""Each language's months, January first; a month of several spellings has them joined by "|"."""
_MONTHS_SHORT = {
    "de": "jan feb mär|mrz apr mai jun jul aug sep|sept okt nov dez",
    "fr": "janv févr|fév|fevr mars avr mai juin juil août sept oct nov déc|dec",
    "es": "ene feb mar abr may jun jul ago sep|sept oct nov dic",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
    "nl": "jan feb mrt apr mei jun jul aug sep|sept okt nov dec",
    "ru": "янв фев мар апр мая июн июл авг сен|сент окт ноя дек",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
}
"""Months written short: read only beside a day ("6 févr."), where they name nothing else."""
_WEEKDAYS = {
    "de": "montag dienstag mittwoch donnerstag freitag samstag|sonnabend sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles|miercoles jueves viernes sábado|sabado domingo",
    "it": "lunedì|lunedi martedì|martedi mercoledì|mercoledi giovedì|giovedi venerdì|venerdi sabato domenica",
    "pt": "segunda-feira terça-feira|terca-feira quarta-feira quinta-feira sexta-feira sábado|sabado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "ru": "понедельник|понедельника вторник|вторника в_среду|во_среду|со_среды|до_среды"
    " четверг|четверга пятница|пятницу|пятницы суббота|субботу|субботы воскресенье|воскресенья",
    "pl": "poniedziałek|poniedziałku wtorek|wtorku środa|środę|środy czwartek|czwartku piątek|piątku"
    " sobota|sobotę|soboty niedziela|niedzielę|niedzieli",
}
"""Each language's weekdays, Monday first (a space inside a spelling written "_"). The Russian
"среда" is also the environment ("окружающая среда"): Wednesday only after the words that make it a
day ("в среду")."""
_WEEKDAY_PARTS = {
    "de": "(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)?",
    "nl": "(?:avond|ochtend|middag|morgen|nacht)?",
}
"""What a weekday is written together with ("Montagabend", "maandagavond"): still that day."""
_FIRST = {"de": "erste[nmr]?", "fr": "premier|1re", "es": "primero", "it": "primo", "pt": "primeiro"}
"""The first of a month in words, which text2num leaves (it turns only ordinals from 3 to digits)."""

_SEPARATORS = {
    "de": "[.'’\u00a0\u202f]",
    "fr": "[ .\u00a0\u202f]",
    "es": "[.\u00a0\u202f]",
    "it": "[.\u00a0\u202f]",
    "pt": "[.\u00a0\u202f]",
    "nl": "[.\u00a0\u202f]",
    "ru": "[ \u00a0\u202f]",
    "pl": "[ .\u00a0\u202f]",
}
"""What groups a figure's thousands: a period (Swiss German an apostrophe, French a space, as a
narrow no-break space in typeset text; Russian and Polish a space, Polish outlets a period too); in
every one of these languages a comma marks decimals."""

_SCALES = {
    "de": {
        "tausend|tsd": "thousand",
        "millionen|million|mio": "million",
        "milliarden|milliarde|mrd": "billion",
        "billionen|billion|bio": "trillion",
    },
    "fr": {
        "mille": "thousand",
        "millions|million": "million",
        "milliards|milliard|mds|md|mrds|mrd": "billion",
        "billions|billion": "trillion",
    },
    "es": {
        "mil millones": "billion",
        "millones|millón|millon": "million",
        "mil": "thousand",
        "billones|billón|billon": "trillion",
    },
    "it": {
        "mila|mille": "thousand",
        "milioni|milione|mln": "million",
        "miliardi|miliardo|mld|mrd": "billion",
    },
    "pt": {
        "mil milhões|mil milhoes": "billion",
        "milhões|milhão|milhoes|milhao|mi": "million",
        "bilhões|bilhão|bilhoes|bilhao|bi": "billion",
        "biliões|bilião": "trillion",
        "mil": "thousand",
    },
    "nl": {
        "duizend": "thousand",
        "miljoen|mln": "million",
        "miljard|mld|mrd": "billion",
        "biljoen": "trillion",
    },
    "ru": {
        "тысяча|тысячи|тысяч|тысячу|тысячам|тысячами|тысячах|тыс": "thousand",
        "миллион|миллиона|миллионов|миллионам|миллионами|миллионах|млн": "million",
        "миллиард|миллиарда|миллиардов|миллиардам|миллиардами|миллиардах|млрд": "billion",
        "триллион|триллиона|триллионов|трлн": "trillion",
    },
    "pl": {
        "tysiąc|tysiące|tysięcy|tysiąca|tysiącom|tysiącami|tysiącach|tys": "thousand",
        "milion|miliony|milionów|miliona|milionom|milionami|milionach|mln": "million",
        "miliard|miliardy|miliardów|miliarda|miliardom|miliardami|miliardach|mld": "billion",
        "bilion|biliony|bilionów|biliona|bln": "trillion",
    },
}
"""Scales written after a figure, as English names them ("billion" is a thousand million: the
German "Billion", the Spanish "billón" are a million million)."""
_PLURAL_SCALES = {
    "de": "millionen|milliarden|billionen",
    "fr": "millions|milliards",
    "es": "millones|miles|cientos",
    "it": "milioni|miliardi",
    "pt": "milhões|milhoes|bilhões|bilhoes",
    "nl": "miljoenen|miljarden",
    "ru": "тысячи|тысяч|миллионы|миллионов|миллиарды|миллиардов",
    "pl": "tysiące|tysięcy|miliony|milionów|miliardy|miliardów",
}
"""Scales in the plural, which text2num reads alone as one of them ("Milliarden Euro" 1000000000):
after no number word they are "billions of euros", no figure."""
_SIGN_SCALES = {"k": "thousand", "m": "million", "md": "billion", "mds": "billion", "mrd": "billion"}
"""Scales written against a currency's sign after a figure ("12 M€", "500 k€")."""
_SIGNS_AFTER = {"€": "euros", "$": "dollars", "£": "pounds"}
"""Signs written after a figure ("12,5 €"): English writes a sign before it, a name after it."""
_LOCAL_SIGNS = {"ru": {"₽": "roubles"}}
"""Signs a language writes after a figure besides those ("300 ₽")."""

_CURRENCIES = {
    "de": {
        "us-dollar": "US dollars",
        "dollar": "dollars",
        "euro|euros": "euros",
        "schweizer franken": "Swiss francs",
        "franken": "francs",
        "pfund sterling|pfund": "pounds",
        "rubel": "roubles",
        "kronen": "crowns",
        "rupien": "rupees",
        "cent": "cents",
    },
    "fr": {
        "dollars américains|dollar américain|dollars us": "US dollars",
        "dollars|dollar": "dollars",
        "euros|euro": "euros",
        "francs suisses|franc suisse": "Swiss francs",
        "francs cfa": "_CFA",
        "livres sterling|livre sterling": "pounds",
        "couronnes": "crowns",
        "roupies": "rupees",
        "centimes|centime": "cents",
    },
    "es": {
        "dólares estadounidenses|dólares americanos": "US dollars",
        "dólares|dolares|dólar": "dollars",
        "euros|euro": "euros",
        "francos suizos": "Swiss francs",
        "libras esterlinas": "pounds",
        "rublos": "roubles",
        "coronas": "crowns",
        "reales": "reais",
        "céntimos|céntimo|centavos|centavo": "cents",
    },
    "it": {
        "dollari statunitensi|dollari americani|dollari usa": "US dollars",
        "dollari|dollaro": "dollars",
        "euro": "euros",
        "franchi svizzeri": "Swiss francs",
        "sterline|sterlina": "pounds",
        "rubli": "roubles",
        "corone": "crowns",
        "centesimi|centesimo": "cents",
    },
    "pt": {
        "dólares americanos|dólares norte-americanos": "US dollars",
        "dólares|dolares|dólar": "dollars",
        "euros|euro": "euros",
        "francos suíços": "Swiss francs",
        "libras esterlinas": "pounds",
        "rublos": "roubles",
        "coroas": "crowns",
        "cêntimos|cêntimo|centavos|centavo": "cents",
    },
    "nl": {
        "amerikaanse dollar|us-dollar": "US dollars",
        "dollar": "dollars",
        "euro": "euros",
        "zwitserse franken|zwitserse frank": "Swiss francs",
        "pond sterling|britse pond": "pounds",
        "roebel": "roubles",
        "kronen": "crowns",
        "eurocent|cent": "cents",
    },
    "ru": {
        "долларов сша|доллара сша|доллар сша": "US dollars",
        "доллар|доллара|долларов|долл": "dollars",
        "евро": "euros",
        "швейцарских франков|швейцарского франка": "Swiss francs",
        "фунтов стерлингов|фунта стерлингов": "pounds",
        "рубль|рубля|рублей|руб": "roubles",
        "юань|юаня|юаней": "yuan",
    },
    "pl": {
        "dolarów amerykańskich|dolary amerykańskie": "US dollars",
        "dolar|dolary|dolarów|dolara": "dollars",
        "euro": "euros",
        "franków szwajcarskich|franki szwajcarskie": "Swiss francs",
        "funtów szterlingów|funty szterlingi": "pounds",
        "złoty|złote|złotych|złotego|zł": "zlotys",
        "rubli|ruble": "roubles",
    },
}
"""Currencies' names as each language writes them, as `money.NAMES` knows them. A name that is
also a weight or a word is left ("Pfund" stays, "libras" may weigh, the Dutch "pond" too)."""
_AFTER_FIGURE = "(?:(?<=\\d)|(?<=million)|(?<=billion)|(?<=trillion)|(?<=thousand))"
"""Right after a figure or its scale ("12 million euros")."""
_CURRENCY_LINKS = r"(?:de|d['’]|di|del)\s*"
"""What joins a scale to its currency ("millions d'euros", "millones de dólares", "milioni di
euro"): English writes none."""

_PERCENT = (
    r"(?i)(?<=\d)\s*(?:(?P<points>prozentpunkte|prozentpunkten|prozentpunkt|points? de pourcentage"
    r"|puntos? porcentual(?:es)?|punti percentuali|punto percentuale|pontos? percentua(?:is|l)"
    r"|procentpunt(?:en)?)|(?P<basis>basispunkte|basispunkten|basispunkt|points? de base"
    r"|puntos? básicos?|punti base|pontos?[\s-]base|basispunt(?:en)?)"
    r"|(?P<percent>prozent|pour\s*cent|por\s*ciento|por\s*cento|per\s*cento|procent))\b"
)
"""Percent and changes in percentage points after a figure, in the six languages."""
_PERCENT_SLAVIC = (
    r"(?i)(?<=\d)\s*(?:(?P<points>процентн(?:ых|ого|ый|ые)\s+пункт(?:а|ов)?|п\.\s?п\.|пп\."
    r"|punkt(?:u|y|ów)?\s+procentow(?:y|e|ych|ego)|pkt\.?\s+proc\.|p\.\s?p\.)"
    r"|(?P<basis>базисн(?:ых|ого|ый|ые)\s+пункт(?:а|ов)?|б\.\s?п\.|punkt(?:u|y|ów)?\s+bazow(?:y|e|ych|ego))"
    r"|(?P<percent>процент(?:а|ов|ами|ах)?|проц\.|procent(?:a|y|ów|ach)?|proc\.?))(?!\w)"
)
"""Percent and changes in percentage points after a figure in Russian and Polish, short ("п.п.",
"proc.") as often as whole: a pattern of their own, whose end is no word's (`\b` after "п.п."
never matches), so that the six languages' stays as it is."""

_UNITS = {
    "de": {"stunden|stunde": "hours", "minuten|minute": "minutes", "tagen|tage|tag": "days",
           "wochen|woche": "weeks", "monaten|monate|monat": "months", "sekunden|sekunde": "seconds"},
    "fr": {"heures|heure|h": "hours", "minutes|minute": "minutes", "jours|jour|journées|journée": "days",
           "semaines|semaine": "weeks", "mois": "months", "secondes|seconde": "seconds"},
    "es": {"horas|hora": "hours", "minutos|minuto": "minutes", "días|día|dias|dia": "days",
           "semanas|semana": "weeks", "meses|mes": "months", "segundos": "seconds"},
    "it": {"ore|ora": "hours", "minuti|minuto": "minutes", "giorni|giorno": "days",
           "settimane|settimana": "weeks", "mesi|mese": "months", "secondi": "seconds"},
    "pt": {"horas|hora|h": "hours", "minutos|minuto": "minutes", "dias|dia": "days",
           "semanas|semana": "weeks", "meses|mês|mes": "months", "segundos": "seconds"},
    "nl": {"uren|uur": "hours", "minuten|minuut": "minutes", "dagen|dag": "days",
           "weken|week": "weeks", "maanden|maand": "months", "seconden|seconde": "seconds"},
    "ru": {"час|часа|часов|часами|ч": "hours", "минута|минуты|минут|минутами": "minutes",
           "день|дня|дней|днями|сутки|суток": "days", "неделя|недели|недель|неделю|неделями": "weeks",
           "месяц|месяца|месяцев|месяцами": "months",
           "секунда|секунды|секунд|секунду|секундами|секундах": "seconds"},
    "pl": {"godzina|godziny|godzin|godzinę|godzinami|godz": "hours",
           "minuta|minuty|minut|minutę|min": "minutes",
           "dzień|dni|dnia|doby|dób": "days", "tydzień|tygodnie|tygodni|tygodnia": "weeks",
           "miesiąc|miesiące|miesięcy|miesiąca": "months",
           "sekunda|sekundy|sekund|sekundę|sekundach|sekundami": "seconds"},
}  # fmt: skip
"""Units of a duration after a figure, as English names them ("48 Stunden" is "48 hours", 48h). Not
"segundo", "secondo" (one second is rarely written with a figure; "12 segundo a polícia", "12
secondo la polizia" are "according to")."""
_SMALL = {
    "de": {"ein|eine|einen|einem|einer": "one", "zwei": "two"},
    "fr": {"un|une": "one", "deux": "two"},
    "es": {"un|una|uno": "one", "dos": "two"},
    "it": {"un|una|uno": "one", "due": "two"},
    "pt": {"um|uma": "one", "dois|duas": "two"},
    "nl": {"een|één": "one", "twee": "two"},
    "ru": {"один|одна|одно|одного|одну|одним|одной": "one", "два|две|двух|двое|двумя": "two"},
    "pl": {"jeden|jedna|jedno|jednego|jedną|jednym": "one", "dwa|dwie|dwóch|dwaj|dwu|dwoje|dwoma": "two"},
}
"""One and two, which text2num leaves as words: two before a unit of time ("zwei Stunden") or before
what it counts (`two_counted`: "twee doden"), either before years ago ("vor einem Jahr", "il y a
deux ans")."""


def _small(language: str, value: str) -> dict[str, str]:
    """A language's spellings of "one" or "two" (`_SMALL`)."""
    return {key: said for key, said in _SMALL[language].items() if said == value}


_NUMBER_WORDS = {
    "ru": {
        "ноль|нуль|ноля|нуля": 0, "один|одна|одно|одного|одной|одному|одним|одном|одну": 1,
        "два|две|двух|двум|двумя|двое|двоих": 2, "три|трёх|трех|трём|трем|тремя|трое|троих|троим": 3,
        "четверо|четверых": 4, "пятеро|пятерых": 5, "шестеро|шестерых": 6, "семеро|семерых": 7,
        "восьмеро|восьмерых": 8, "девятеро|девятерых": 9, "десятеро|десятерых": 10,
        "четыре|четырёх|четырех|четырём|четырем|четырьмя": 4, "пять|пяти|пятью": 5, "шесть|шести|шестью": 6,
        "семь|семи": 7, "восемь|восьми|восемью|восьмью": 8, "девять|девяти|девятью": 9,
        "десять|десяти|десятью": 10,
        "одиннадцать|одиннадцати|одиннадцатью": 11,
        "двенадцать|двенадцати|двенадцатью": 12,
        "тринадцать|тринадцати|тринадцатью": 13,
        "четырнадцать|четырнадцати|четырнадцатью": 14,
        "пятнадцать|пятнадцати|пятнадцатью": 15,
        "шестнадцать|шестнадцати|шестнадцатью": 16,
        "семнадцать|семнадцати|семнадцатью": 17,
        "восемнадцать|восемнадцати|восемнадцатью": 18,
        "девятнадцать|девятнадцати|девятнадцатью": 19,
        "двадцать|двадцати|двадцатью": 20, "тридцать|тридцати|тридцатью": 30, "сорок|сорока": 40,
        "пятьдесят|пятидесяти|пятьюдесятью": 50, "шестьдесят|шестидесяти|шестьюдесятью": 60,
        "семьдесят|семидесяти|семьюдесятью": 70, "восемьдесят|восьмидесяти|восемьюдесятью": 80,
        "девяносто|девяноста": 90, "сто|ста": 100, "двести|двухсот|двумстам|двумястами|двухстах": 200,
        "триста|трёхсот|трехсот|трёмстам|тремстам": 300, "четыреста|четырёхсот|четырехсот": 400,
        "пятьсот|пятисот|пятистам": 500, "шестьсот|шестисот|шестистам": 600,
        "семьсот|семисот|семистам": 700, "восемьсот|восьмисот|восьмистам": 800,
        "девятьсот|девятисот|девятистам": 900, "полтора|полторы|полутора": 1.5,
        "тысяча|тысячи|тысяч|тысячу|тысячей|тысячам|тысячами|тысячах": 1_000,
        "миллион|миллиона|миллионов|миллиону|миллионом|миллионам|миллионами|миллионах": 1_000_000,
        "миллиард|миллиарда|миллиардов|миллиарду|миллиардом|миллиардам|миллиардами|миллиардах": 10**9,
        "триллион|триллиона|триллионов|триллионом": 10**12,
    },
    "pl": {
        "zero": 0, "jeden|jedna|jedno|jednego|jednej|jednemu|jednym|jedną": 1,
        "dwa|dwie|dwóch|dwu|dwom|dwoma|dwaj|dwoje|dwojga": 2,
        "trzy|trzech|trzem|trzema|trzej|troje|trojga": 3,
        "cztery|czterech|czterem|czterema|czterej|czworo": 4, "pięć|pięciu|pięcioma|pięcioro": 5,
        "sześć|sześciu|sześcioma": 6, "siedem|siedmiu|siedmioma": 7, "osiem|ośmiu|ośmioma": 8,
        "dziewięć|dziewięciu|dziewięcioma": 9, "dziesięć|dziesięciu|dziesięcioma": 10,
        "jedenaście|jedenastu|jedenastoma": 11,
        "dwanaście|dwunastu|dwunastoma": 12,
        "trzynaście|trzynastu|trzynastoma": 13,
        "czternaście|czternastu|czternastoma": 14,
        "piętnaście|piętnastu|piętnastoma": 15,
        "szesnaście|szesnastu|szesnastoma": 16,
        "siedemnaście|siedemnastu|siedemnastoma": 17,
        "osiemnaście|osiemnastu|osiemnastoma": 18,
        "dziewiętnaście|dziewiętnastu|dziewiętnastoma": 19,
        "dwadzieścia|dwudziestu|dwudziestoma": 20, "trzydzieści|trzydziestu|trzydziestoma": 30,
        "czterdzieści|czterdziestu|czterdziestoma": 40, "pięćdziesiąt|pięćdziesięciu": 50,
        "sześćdziesiąt|sześćdziesięciu": 60, "siedemdziesiąt|siedemdziesięciu": 70,
        "osiemdziesiąt|osiemdziesięciu": 80, "dziewięćdziesiąt|dziewięćdziesięciu": 90, "sto|stu": 100,
        "dwieście|dwustu": 200, "trzysta|trzystu": 300, "czterysta|czterystu": 400, "pięćset|pięciuset": 500,
        "sześćset|sześciuset": 600, "siedemset|siedmiuset": 700, "osiemset|ośmiuset": 800,
        "dziewięćset|dziewięciuset": 900, "półtora|półtorej": 1.5,
        "tysiąc|tysiące|tysięcy|tysiąca|tysiącu|tysiącem|tysiącami|tysiącach": 1_000,
        "milion|miliony|milionów|miliona|milionem|milionami|milionach": 1_000_000,
        "miliard|miliardy|miliardów|miliarda|miliardem|miliardami|miliardach": 10**9,
        "bilion|biliony|bilionów|biliona": 10**12,
    },
}  # fmt: skip
"""Number words in Russian and Polish, each in the forms its cases give ("четырнадцать",
"четырнадцати"; "czternaście", "czternastu") and the collective numbers of people ("трое", "пятеро"),
which text2num does not read. An ordinal is another
word ("четырнадцатый", "czternasty"), in no list: no figure."""
_ONE_SCALE = {
    "ru": "тысяча|тысячу|тысячей|миллион|миллиона|миллионом|миллиард|миллиарда|миллиардом",
    "pl": "tysiąc|tysiąca|milion|miliona|miliard|miliarda",
}
"""The scales whose form alone counts one of them ("тысяча человек", "około miliona": 1000,
1000000); the others alone are many ("тысячи людей", "miliony ludzi": thousands, millions), no
figure ("тысячи" is also one thousand after "около": many is the commoner)."""


_BOUNDS = {
    "de": {
        "mehr als": "more than", "über": "over", "gut": "more than", "mindestens|wenigstens": "at least",
        "höchstens|maximal": "at most", "bis zu": "up to", "weniger als": "less than", "unter": "under",
        "fast|beinahe|nahezu|annähernd|knapp": "nearly", "rund|etwa|ungefähr|circa|ca.|zirka": "about",
    },
    "fr": {
        "pas moins de": "no fewer than", "pas plus de": "no more than",
        "un peu plus de|plus de|un peu plus d'|plus d'": "more than",
        "au moins|au minimum": "at least", "tout au plus|au plus|au maximum": "at most",
        "jusqu'à": "up to", "un peu moins de|moins de|un peu moins d'|moins d'": "less than",
        "près de|près d'|presque|quasiment|pratiquement": "nearly",
        "environ|quelque|autour de|aux alentours de|approximativement": "about",
    },
    "es": {
        "no menos de": "no fewer than", "poco más de|más de": "more than",
        "al menos|por lo menos|como mínimo": "at least", "como máximo|a lo sumo": "at most", "hasta": "up to",
        "menos de": "less than", "casi|cerca de": "nearly",
        "unos|unas|alrededor de|aproximadamente|en torno a": "about",
    },
    "it": {
        "non meno di": "no fewer than", "poco più di|più di": "more than", "oltre": "over",
        "almeno": "at least", "al massimo": "at most", "fino a": "up to", "meno di": "less than",
        "quasi": "nearly", "circa|intorno a|intorno ai|attorno a|all'incirca": "about",
    },
    "pt": {
        "não menos de": "no fewer than", "pouco mais de|mais de": "more than",
        "pelo menos|no mínimo": "at least", "no máximo": "at most", "até": "up to",
        "menos de": "less than", "quase|perto de": "nearly",
        "cerca de|aproximadamente|por volta de|em torno de": "about",
    },
    "nl": {
        "meer dan|ruim": "more than", "ten minste|tenminste|minstens|minimaal|zeker": "at least",
        "hooguit|maximaal|ten hoogste": "at most", "tot": "up to", "minder dan": "less than",
        "bijna|nagenoeg": "nearly", "ongeveer|circa|ca.|zo'n|rond de|rond|omstreeks": "about",
    },
    "ru": {
        "более чем|более|свыше|больше чем|больше": "more than",
        "не менее чем|не менее|не меньше|по меньшей мере|как минимум|минимум": "at least",
        "не более чем|не более|не больше|максимум|самое большее": "at most", "до": "up to",
        "менее чем|менее|меньше чем|меньше": "less than", "почти|практически|без малого|чуть менее": "nearly",
        "около|примерно|приблизительно|порядка|где-то|ориентировочно": "about",
    },
    "pl": {
        "ponad|przeszło|więcej niż|powyżej": "more than",
        "co najmniej|przynajmniej|minimum|nie mniej niż": "at least",
        "co najwyżej|najwyżej|maksymalnie|maksimum|nie więcej niż": "at most", "do": "up to",
        "mniej niż|poniżej": "less than", "niemal|prawie|blisko|niespełna": "nearly",
        "około|ok.|mniej więcej|rzędu|w przybliżeniu": "about",
    },
}  # fmt: skip
"""Bounds and roundings before a figure or a share in words, as English writes them
(`quantities.rough_numbers`): "knapp 2.000" and "près de 2 000" are "nearly 2,000", at most it,
"plus d'un tiers" "more than a third". Only before a figure: "über"
and "unter" are also "about" and "among", and "bis zu", "jusqu'à", "hasta", "fino a", "até", "tot"
before a year are "until" ("bis 2030"), no bound."""

_DECADE_NOUNS = {
    "de": "jahrzehnt|jahrzehnte|jahrzehnten", "fr": "décennie|décennies", "es": "década|décadas",
    "it": "decennio|decenni", "pt": "década|décadas", "nl": "decennium|decennia",
    "ru": "десятилетие|десятилетия|десятилетий|десятилетиями", "pl": "dekada|dekady|dekad|dekadę",
}  # fmt: skip
"""Decades counted (`quantities`: "a decade" is 10, as "10 years" is): "una década de
inhabilitación" is "a decade", "drei Jahrzehnte" "3 decades"."""

_TIME_CUES = {
    "de": {"kurz vor": "shortly before", "kurz nach": "shortly after", "gegen|etwa um|ca. um": "around"},
    "fr": {"peu avant": "shortly before", "peu après": "shortly after", "vers|aux alentours de": "around"},
    "es": {"poco antes de las|poco antes de la": "shortly before",
           "poco después de las|poco después de la": "shortly after",
           "hacia las|hacia la|sobre las|alrededor de las|a eso de las": "around"},
    "it": {"poco prima delle|poco prima dell'|poco prima della": "shortly before",
           "poco dopo le|poco dopo la|poco dopo l'": "shortly after",
           "verso le|verso la|verso l'|intorno alle|attorno alle": "around"},
    "pt": {"pouco antes das|pouco antes da": "shortly before",
           "pouco depois das|pouco depois da": "shortly after",
           "por volta das|por volta da|cerca das": "around"},
    "nl": {"kort voor|vlak voor": "shortly before", "kort na|vlak na": "shortly after",
           "rond|omstreeks": "around"},
    "ru": {"незадолго до|перед самым": "shortly before", "вскоре после|сразу после": "shortly after",
           "около|примерно в": "around"},
    "pl": {"tuż przed|krótko przed": "shortly before", "tuż po|krótko po|wkrótce po": "shortly after",
           "około|ok.|koło": "around"},
}  # fmt: skip
"""What makes a clock time a loose one, as English writes it (`quantities.rough_times`): "kurz vor
sieben Uhr" is "shortly before 07:00". Only before a clock time, once written "07:00"."""

_FRACTIONS = {
    "de": {"die hälfte": "half"},
    "fr": {"la moitié": "half"},
    "es": {"un cuarto": "a quarter", "tres cuartos": "three quarters", "la mitad": "half"},
    "it": {"la metà": "half"},
    "pt": {"um quarto": "a quarter", "três quartos": "three quarters", "a metade": "half", "metade": "half"},
    "nl": {"driekwart": "three quarters", "de helft": "half"},
    "ru": {"треть|трети|третью": "a third", "четверть|четверти|четвертью": "a quarter",
           "половина|половину|половины": "half"},
    "pl": {"połowa|połowę|połowy": "half", "ćwierć": "a quarter"},
}  # fmt: skip
"""Shares in words as English writes them, read only before "of" ("die Hälfte der", "la moitié
des", "tres cuartos de los": "half of", "three quarters of"): the halves, and the Spanish and
Portuguese quarter, which alone is also a room ("un piso de tres cuartos"). The other fractions are
a count and a part (`_NUMERATORS`, `_PARTS`)."""
_NUMERATORS = {
    "de": {"ein|eine|einem|einen|einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9},
    "fr": {"un|une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9},
    "es": {"un|una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9},
    "it": {"un|uno|una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
           "nove": 9},
    "pt": {"um|uma": 1, "dois|duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
           "nove": 9},
    "nl": {"een|één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9},
    "ru": {"одна|одной|одну": 1, "две|двух": 2, "три|трёх|трех": 3, "четыре|четырёх|четырех": 4,
           "пять|пяти": 5, "шесть|шести": 6, "семь|семи": 7, "восемь|восьми": 8, "девять|девяти": 9},
    "pl": {"jedna|jednej|jedną": 1, "dwie|dwóch|dwu": 2, "trzy|trzech": 3, "cztery|czterech": 4,
           "pięć|pięciu": 5, "sześć|sześciu": 6, "siedem|siedmiu": 7, "osiem|ośmiu": 8,
           "dziewięć|dziewięciu": 9},
}  # fmt: skip
"""The count of parts a fraction in words starts with, one to nine, in the forms its cases and
genders give ("drei Zehntel", "deux tiers", "две трети", "trzy dziesiąte")."""
_PARTS = {
    "de": {"drittel|dritteln": 3, "viertel|vierteln": 4, "fünftel|fünfteln": 5, "sechstel|sechsteln": 6,
           "siebtel|siebteln": 7, "achtel|achteln": 8, "neuntel|neunteln": 9, "zehntel|zehnteln": 10,
           "hundertstel|hundertsteln": 100},
    "fr": {"tiers": 3, "quart|quarts": 4, "cinquième|cinquièmes": 5, "sixième|sixièmes": 6,
           "septième|septièmes": 7, "huitième|huitièmes": 8, "neuvième|neuvièmes": 9,
           "dixième|dixièmes": 10, "centième|centièmes": 100},
    "es": {"tercio|tercios|tercera parte|terceras partes": 3, "cuarta parte|cuartas partes": 4,
           "quinto|quintos|quinta parte|quintas partes": 5, "sexto|sextos|sexta parte|sextas partes": 6,
           "séptimo|séptimos": 7, "octavo|octavos": 8, "noveno|novenos": 9,
           "décimo|décimos|décima|décimas|décima parte|décimas partes": 10,
           "centésimo|centésimos|centésima|centésimas": 100},
    "it": {"terzo|terzi": 3, "quarto|quarti": 4, "quinto|quinti": 5, "sesto|sesti": 6, "settimo|settimi": 7,
           "ottavo|ottavi": 8, "nono|noni": 9, "decimo|decimi": 10, "centesimo|centesimi": 100},
    "pt": {"terço|terços": 3, "quinto|quintos": 5, "sexto|sextos": 6, "sétimo|sétimos": 7,
           "oitavo|oitavos": 8, "nono|nonos": 9, "décimo|décimos|décima|décimas": 10,
           "centésimo|centésimos|centésima|centésimas": 100},
    "nl": {"derde|derden": 3, "vierde|vierden|kwart": 4, "vijfde|vijfden": 5, "zesde|zesden": 6,
           "zevende|zevenden": 7, "achtste|achtsten": 8, "negende|negenden": 9, "tiende|tienden": 10,
           "honderdste|honderdsten": 100},
    "ru": {"треть|трети|третей|третью": 3, "четверть|четверти|четвертей|четвертью": 4,
           "пятая|пятую|пятой|пятых": 5, "шестая|шестую|шестой|шестых": 6,
           "седьмая|седьмую|седьмой|седьмых": 7,
           "восьмая|восьмую|восьмой|восьмых": 8, "девятая|девятую|девятой|девятых": 9,
           "десятая|десятую|десятой|десятых": 10, "сотая|сотую|сотой|сотых": 100},
    "pl": {"trzecia|trzecie|trzeciej|trzecią|trzecich": 3, "czwarta|czwarte|czwartej|czwartą|czwartych": 4,
           "piąta|piąte|piątej|piątą|piątych": 5, "szósta|szóste|szóstej|szóstych": 6,
           "siódma|siódme|siódmej|siódmych": 7, "ósma|ósme|ósmej|ósmych": 8,
           "dziewiąta|dziewiąte|dziewiątej|dziewiątych": 9,
           "dziesiąta|dziesiąte|dziesiątej|dziesiątą|dziesiątych": 10,
           "setna|setne|setnej|setnych": 100},
}  # fmt: skip
"""The part a fraction in words counts, with how many make one: "Zehntel", "dixièmes", "décimas",
"tienden", "десятых" are tenths (`_fractions`). text2num takes most for ordinals ("3 10ᵃˢ")."""
_PART_NAMES = {3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
               10: "tenth", 100: "hundredth"}  # fmt: skip
"""Each part as English names it (`quantities.FRACTIONS`)."""
_OF = {
    "de": "der|des|aller|von",
    "fr": "des|de|du|d'",
    "es": "de los|de las|de|del",
    "it": "dei|degli|delle|del|della|dello|di",
    "pt": "dos|das|do|da|de",
    "nl": "van de|van het|van",
}
"""What follows a share of something: "of". Russian and Polish write none: the thing shared is in
the genitive, as a unit is ("две трети избирателей", "три десятых секунды"), and a fraction is a
share when what follows is no unit (`_GENITIVE_UNITS`)."""
_GENITIVE_UNITS = {
    "ru": "секунды|секунд|минуты|минут|часа|часов|суток|дня|дней|недели|недель|месяца|месяцев|года|лет"
    "|века|веков|столетия|градуса|градусов|метра|метров|километра|километров|процента|процентов"
    "|пункта|пунктов|балла|баллов|литра|литров|тонны|тонн|миллиона|миллионов|миллиарда|миллиардов"
    "|тысячи|тысяч|рубля|рублей|доллара|долларов|евро"
    "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    # an hour's ordinal tells the time of day: "в четверть десятого", "в половине третьего"
    "|первого|второго|третьего|четвёртого|четвертого|пятого|шестого|седьмого|восьмого|девятого"
    "|десятого|одиннадцатого|двенадцатого",
    "pl": "sekundy|sekund|minuty|minut|godziny|godzin|doby|dnia|dni|tygodnia|tygodni|miesiąca|miesięcy"
    "|roku|lat|wieku|stulecia|stopnia|stopni|metra|metrów|kilometra|kilometrów|procenta|procent"
    "|punktu|punktów|litra|litrów|tony|ton|miliona|milionów|miliarda|miliardów|tysiąca|tysięcy"
    "|złotego|złotych|dolara|dolarów|euro"
    "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada"
    "|grudnia",
}
"""Units, scales, months and hours in the genitive, which a fraction is of without being a share
("три десятых секунды", "четверть века", "od połowy marca"; "в четверть десятого" is 9:15)."""
_NOT_SHARED = (
    "stunde|stunden|jahrhunderts|jahrhundert|heure|siècle|hora|horas|siglo|ora|secolo|século|uur|eeuw"
    "|sekunde|seconde|segundo|secondo|grad|grades|degré|grado|grau"
)
"""Units a share may be of ("un quart d'heure", "un cuarto de hora", "ein Viertel der Stunde",
"tres décimas de segundo", "trois dixièmes de degré"): a length of time or a measure, no share
(English reads none in "a quarter of an hour", "three tenths of a second")."""

_RANGE_JOINS = {
    "de": {"bis": "to", "und": "and"},
    "fr": {"à": "to", "et": "and"},
    "es": {"a": "to", "al": "to", "y": "and"},
    "it": {"a": "to", "al": "to", "ai": "to", "all'": "to", "e": "and"},
    "pt": {"a": "to", "ao": "to", "e": "and"},
    "nl": {"tot": "to", "en": "and"},
    "ru": {"до": "to", "и": "and"},
    "pl": {"do": "to", "i": "and"},
}
"""What joins the two figures of a range ("5 bis 7 Prozent", "de 3 à 5 %", "dal 3 al 5 per cento"),
as English writes it, for its first figure to share the second's unit or scale: "5 to 7 percent"."""
_SCORE_JOINS = {"fr": "à", "es": "a", "it": "a", "pt": "a"}
"""The word of a range ("de 3 à 5 ans", "de 3 a 5 anos") that also joins the two sides of a score:
"3 à 1", "venceu por 3 a 1", "vittoria per 3 a 1" (`_scores_in_words`)."""
_SCORE_COUNTS = {
    "fr": "buts|but|sets|set|voix", "es": "goles|gol|sets|set|votos|voto",
    "it": "reti|rete|gol|set|voti|voto", "pt": "gols|golos|gol|golo|sets|set|votos|voto",
}  # fmt: skip
"""What a score may count between its sides: "3 buts à 1", "por 3 sets a 0", "por 6 votos a 5"."""
_FROM = {
    "fr": "de|du|des", "es": "de|del|desde", "it": "da|dal|dai|dalle|dagli", "pt": "de|do|dos|da|das|desde",
}  # fmt: skip
"""A range's or a change's "from" before its first figure: "passou de 10 a 5", "scesa da 10 a 5"."""
_RESULTS = {
    "fr": "victoire|défaite|score|nul|résultat|succès",
    "es": "victoria|derrota|marcador|goleada|empate|triunfo|resultado",
    "it": "vittoria|sconfitta|pareggio|risultato|punteggio|successo",
    "pt": "vitória|derrota|placar|marcador|goleada|empate|triunfo|resultado",
}  # fmt: skip
"""The result of a match, which makes the "de" after it a score's ("vitória de 3 a 1", "une victoire
de 3 à 1"), not a "from"."""
_SCORE_TOLD = {
    "de": "verlor|verloren|verliert|unterlag|unterlagen|niederlage|pleite|sieg|siegte|siegten|gewann|gewannen"
    "|gewinnt|gewonnen|remis|unentschieden|ergebnis|endstand|spielstand|führung|zurückliegend",
    "fr": "perdu|perd|perdent|perdait|battu|battus|battue|battues|défaite|victoire|gagné|remporté|incliné"
    "|inclinés|inclinée|score|nul|mené|menés|menée|résultat|succès",
    "es": "perdió|perdieron|pierde|pierden|perdido|cayó|cayeron|derrota|derrotado|derrotada|derrotó"
    "|victoria|ganó|ganaron|goleada|empate|empató|marcador|resultado|triunfo|venció|vencido",
    "it": "perso|perde|persa|perdono|sconfitta|sconfitto|sconfitti|battuto|battuti|battuta|vittoria|vinto"
    "|vince|pareggio|risultato|punteggio|successo|ko",
    "pt": "perdeu|perderam|perde|perdem|perdido|derrota|derrotado|derrotada|vitória|venceu|venceram|ganhou"
    "|ganharam|goleada|empate|empatou|placar|marcador|resultado|triunfo",
    "nl": "verloor|verloren|verliest|nederlaag|zege|overwinning|won|wonnen|wint|gewonnen|gelijkspel|uitslag"
    "|eindstand|versloeg|verslagen|onderuit|achterstand|voorsprong",
    "ru": "проиграл|проиграла|проиграли|уступил|уступила|уступили|поражение|поражения|победа|победы"
    "|победил|победила|победили|выиграл|выиграла|выиграли|счёт|счет|счётом|счетом|ничья|ничью",
    "pl": "przegrał|przegrała|przegrali|porażka|porażkę|porażce|zwycięstwo|zwycięstwa|wygrał|wygrała"
    "|wygrali|wynik|wynikiem|remis|pokonał|pokonała|pokonali|ulegli|uległ|uległa",
}
"""The words of a match's result, of winning and of losing that make a pair that rises a score,
within a few words of it ("perdeu por 0 a 2", "verloor met 0-2", "verlor 0:2", "une défaite 1 à
4"), as English's `quantities._SCORE_WORDS` do ("lost 0-2"); a pair that rises alone is a range."""
_AGAINST = {
    "de": "gegen bei beim vor", "fr": "face contre devant chez", "es": "ante contra frente", "it": "contro",
    "pt": "diante contra frente perante", "nl": "tegen", "ru": "против от", "pl": "przeciw przeciwko",
}  # fmt: skip
"""Words of the opponent after a score ("perdu 0 à 2 face à Lens", "perso 0 a 2 contro il Genoa"),
which, as a function word, leave a pair that rises a score (`told_a_score`)."""
_SHARE_OF = {
    "de": "von", "fr": "sur", "es": "de cada", "it": "su", "pt": "em cada|de cada", "nl": "op de|op",
    "ru": "из", "pl": "na|z",
}  # fmt: skip
"""What writes a share as a count of a count ("sieben von zehn", "sept sur dix", "siete de cada
diez", "38 de cada 100"): English's "seven in ten", ~70%."""
_SHARE_NOUN = frozenset({"fr", "es", "it", "pt"})
"""Languages that set what is counted between the two counts: "sept électeurs sur dix", "sette
italiani su dieci", "tres votantes de cada diez" (out of ten or fewer, or a hundred: "venti
consiglieri su trentadue" are two counts)."""
_SHARE_OF_ONE = frozenset({"fr", "es", "it", "pt", "nl"})
"""Languages whose count of a count may start with one or two in words, which text2num leaves ("un
sur quatre", "dos de cada tres", "een op de vier"), with nothing counted between ("un bouchon sur 10
kilomètres" is a length), as English "one in four". Not where its words are also "of" or "by" before
a count ("один из 100 крупнейших", "jeden z 10", "ein von 30 Firmen gegründeter Verein")."""
_BETWEEN = {
    "de": "zwischen", "fr": "entre", "es": "entre", "it": "tra|fra", "pt": "entre", "nl": "tussen",
    "ru": "между", "pl": "między|pomiędzy",
}  # fmt: skip
_ARTICLES = {
    "de": "",
    "fr": "les|le",
    "es": "un|una|el|los|las",
    "it": "il|lo|l'|i|gli|le",
    "pt": "o|os|um|uma",
    "nl": "de",
    "ru": "",
    "pl": "",
}
"""Articles a range may write before its figures ("entre un 3 y un 5 por ciento", "tra il 3 e il 5")."""
_DECADES = {
    "de": r"(?P<year>(?:1[6-9]|20)\d0)er(?:[\s-]+jahre\w*)?|(?P<short>\d0)er[\s-]+jahre\w*",
    "fr": r"années\s+(?:(?P<year>(?:1[6-9]|20)\d0)|['’]?(?P<short>\d0))",
    "es": r"(?:años|década\s+de(?:\s+los)?)\s+(?:(?P<year>(?:1[6-9]|20)\d0)|['’]?(?P<short>\d0))",
    "it": r"anni\s+(?:(?P<year>(?:1[6-9]|20)\d0)|['’]?(?P<short>\d0))",
    "pt": r"(?:anos|década\s+de)\s+(?:(?P<year>(?:1[6-9]|20)\d0)|['’]?(?P<short>\d0))",
    "nl": r"jaren\s+(?:(?P<year>(?:1[6-9]|20)\d0)|['’]?(?P<short>\d0))",
    "ru": r"(?P<year>(?:1[6-9]|20)\d0)-(?:е|х|ми)(?:\s+год\w*)?"
    r"|(?P<short>\d0)-(?:(?:е|х|ми)\s+год\w*|(?<=[2-9]0-)(?:е|х)(?!\w)(?!\s+чис))",
    "pl": r"lat(?:a|ach|ami)?\s+(?:(?P<year>(?:1[6-9]|20)\d0)|(?P<short>\d0))(?:\.|-te|-tych)?(?![\d.,]\d)",
}
"""Decades ("die 1990er Jahre", "les années 1990", "los años 90", "negli anni '90", "в 90-х",
"w latach 90."), as English writes them: "1990s", "'90s"."""

_PERIOD_CUES = {
    "de": {"letzte|letzten|letztes|letzter|vergangene|vergangenen|vergangenes|vorige|vorigen|voriges": "last",
           "nächste|nächsten|nächstes|kommende|kommenden|kommendes": "next",
           "diese|diesen|dieses|diesem": "this"},
    "fr": {"dernier|dernière|passé|passée|précédent|précédente": "last", "prochain|prochaine": "next",
           "cette|ce|cet": "this"},
    "es": {"pasado|pasada|anterior": "last", "próximo|próxima|que viene": "next", "este|esta": "this"},
    "it": {"scorso|scorsa|passato|passata": "last", "prossimo|prossima": "next",
           "questo|questa|quest'": "this"},
    "pt": {"passado|passada|anterior": "last", "próximo|próxima|que vem": "next",
           "este|esta|neste|nesta": "this"},
    "nl": {"vorig|vorige|afgelopen|verleden": "last", "volgend|volgende|komend|komende": "next",
           "dit|deze": "this"},
    "ru": {"прошлый|прошлого|прошлом|прошлая|прошлой|прошлую|минувший|минувшего|минувшем|минувшей|минувшую"
           "|прошедшего|прошедшем|прошедшей|прошедшую": "last",
           "следующий|следующего|следующем|следующей|следующую|будущий|будущего|будущем|будущей"
           "|будущую": "next",
           "этот|этого|этом|эта|этой|эту|текущий|текущего|текущем|нынешний|нынешнего|нынешнем": "this"},
    "pl": {"zeszły|zeszłego|zeszłym|zeszła|zeszłej|zeszłą|ubiegły|ubiegłego|ubiegłym|ubiegła|ubiegłej|ubiegłą"
           "|miniony|minionego|minionym|minionej|poprzedni|poprzedniego|poprzednim|poprzedniej": "last",
           "przyszły|przyszłego|przyszłym|przyszła|przyszłej|przyszłą|następny|następnego|następnym"
           "|następnej": "next",
           "ten|tego|tym|ta|tej|tę|bieżący|bieżącego|bieżącym|bieżącej|obecny|obecnego|obecnym": "this"},
}  # fmt: skip
_PERIOD_UNITS = {
    "de": {"jahr|jahres|jahrs": "year", "woche": "week", "monat|monats": "month", "saison": "season",
           "jahrzehnt|jahrzehnts": "decade"},
    "fr": {"an|année": "year", "semaine": "week", "mois": "month", "saison": "season", "décennie": "decade"},
    "es": {"año": "year", "semana": "week", "mes": "month", "temporada": "season", "década": "decade"},
    "it": {"anno": "year", "settimana": "week", "mese": "month", "stagione": "season", "decennio": "decade"},
    "pt": {"ano": "year", "semana": "week", "mês": "month", "temporada": "season", "década": "decade"},
    "nl": {"jaar": "year", "week": "week", "maand": "month", "seizoen": "season", "decennium": "decade"},
    "ru": {"год|года|году": "year", "неделя|недели|неделе|неделю": "week", "месяц|месяца|месяце": "month",
           "сезон|сезона|сезоне": "season", "десятилетие|десятилетия|десятилетии": "decade"},
    "pl": {"rok|roku": "year", "tydzień|tygodnia|tygodniu": "week", "miesiąc|miesiąca|miesiącu": "month",
           "sezon|sezonu|sezonie": "season", "dekada|dekady|dekadzie": "decade"},
}  # fmt: skip
"""Relative periods (`quantities.periods_in`) are a cue and a unit, either way round: "letztes
Jahr", "l'an dernier", "el año pasado", "lo scorso anno", "vorig jaar"."""
_COUNT_CHARS = 40
"""Characters a count before its word of years may hold: no count is longer, and an unbounded one
read from every edge of a word of a long run to its end (quadratic on "1,1,1,…")."""
_YEARS_AGO = {
    "de": r"vor\s+(?P<n>\S+)\s+jahr(?:en)?",
    "fr": r"il\s+y\s+a\s+(?P<n>\S+)\s+(?:ans?|années?)",
    "es": r"hace\s+(?P<n>\S+)\s+años?",
    "it": rf"(?P<n>\S{{1,{_COUNT_CHARS}}})\s+ann[io]\s+fa",
    "pt": r"há\s+(?P<n>\S+)\s+anos?|" rf"(?P<n2>\S{{1,{_COUNT_CHARS}}})\s+anos?\s+atrás",
    "nl": rf"(?P<n>\S{{1,{_COUNT_CHARS}}})\s+jaar\s+geleden",
    "ru": rf"(?P<n>\S{{1,{_COUNT_CHARS}}})\s+(?:года|лет)\s+назад|(?P<one>год)\s+назад",
    "pl": rf"(?P<n>\S{{1,{_COUNT_CHARS}}})\s+(?:lata|lat)\s+temu|(?P<one>rok)\s+temu",
}
"""Years before the time of writing: "vor zwei Jahren" is "two years ago", "vor einem Jahr" "a year
ago"; the Russian and Polish year alone ("год назад", "rok temu") is one."""

_MINUTES = r"[.:](?P<m>[0-5]\d)(?!\d)"
"""The minutes of a clock time after its hour ("15.30", "15:30")."""
_ENDS = r"(?=\s*(?:[,.;)]|$))"
"""What ends a clock time written as its hour alone ("alle 15.", "às 15,")."""
_CLOCKS = {
    "de": [
        rf"(?P<h>\d{{1,2}})(?:{_MINUTES})?\s*uhr\b(?:\s+(?P<part>abends|nachmittags|nachts)\b)?",
        # the first hour of a range: "von 11 bis 17 Uhr"
        rf"(?<![\d.,])(?P<h>\d{{1,2}})(?:{_MINUTES})?(?=\s*(?:bis|-|–)\s*\d{{1,2}}(?:[.:][0-5]\d)?\s*uhr\b)",
    ],
    "fr": [
        r"(?P<h>\d{1,2})\s?h\s?(?P<m>[0-5]\d)\b",
        r"(?:(?<=\bà\s)|(?<=vers\s)|(?<=\bdès\s)|(?<=jusqu'à\s)|(?<=jusqu’à\s)|(?<=\bpeu\savant\s)|(?<=\bpeu\saprès\s)"
        r"|(?<=\bde\s)(?=\d+\s?h\S*\s+à\s))"
        r"(?P<h>\d{1,2})\s?(?:h|heures?)\b(?:\s?(?P<m>[0-5]\d)\b)?"
        r"(?:\s+(?:du|de\s+l['’])\s*(?P<part>soir|après-midi|nuit)\b)?",
        # an hour of a part of the day is a time wherever it is written: "7 heures du soir"
        r"(?P<h>\d{1,2})\s?(?:h|heures?)\s+(?:du|de\s+l['’])\s*(?P<part>soir|après-midi|nuit|matin)\b",
    ],
    "es": [
        rf"(?:(?<=\blas\s)|(?<=\bla\s)(?=1\b))(?P<h>\d{{1,2}})(?:{_MINUTES}(?:\s*(?:horas|h)\b)?|\s*(?:horas|h)\b"
        rf"|(?=\s+de\s+la\s+(?:tarde|noche|mañana|madrugada)\b)|{_ENDS})"
        r"(?:\s+de\s+la\s+(?P<part>tarde|noche|mañana|madrugada)\b)?",
    ],
    "it": [
        rf"(?<=\bore\s)(?P<h>\d{{1,2}})(?:{_MINUTES})?\b",
        rf"(?:(?<=\balle\s)|(?<=\bdalle\s)|(?<=\bentro\sle\s)|(?<=\bverso\sle\s))(?P<h>\d{{1,2}}){_MINUTES}",
        r"(?:(?<=\balle\s)|(?<=\bdalle\s))(?P<h>\d{1,2})"
        r"(?:\s+(?:di|del|della)\s+(?P<part>sera|pomeriggio|notte|mattina|mattino)\b"
        rf"|{_ENDS}|(?=\s+(?:e|di|del|della|in|circa|locali|alle)\b))",
        # an hour after "dopo le", "prima delle", "entro le", "verso le": "poco dopo le 17"
        r"(?:(?<=\bdopo\sle\s)|(?<=\bprima\sdelle\s)|(?<=\bentro\sle\s)|(?<=\bverso\sle\s))"
        r"(?P<h>1\d|2[0-4]|0?\d)(?![\d:]|[.,]\d)"
        rf"(?:{_ENDS}|(?=\s+(?:e|ed|di|del|della|in|circa|locali|alle|è|sono|ha|hanno|il|la|lo|i|gli|un|una"
        r"|quando|si|a|ad|con|per|da|nel|nella|sul|sulla|ora|italiane)\b))",
    ],
    "pt": [
        r"(?P<h>\d{1,2})h(?P<m>[0-5]\d)\b",
        r"(?:(?<=\bàs\s)|(?<=\bas\s)|(?<=\bà\s)|(?<=\bdas\s))(?P<h>\d{1,2})"
        rf"(?:(?::|h)(?P<m>[0-5]\d)(?!\d)(?:\s*horas\b)?|\s*(?:horas|h)\b|{_ENDS}"
        r"|(?=\s+da\s+(?:noite|tarde|manhã|madrugada)\b))(?:\s+da\s+(?P<part>noite|tarde|manhã|madrugada)\b)?",
    ],
    "nl": [
        rf"(?P<h>\d{{1,2}}){_MINUTES}\s*uur\b",
        rf"(?<![\d.,])(?P<h>\d{{1,2}})(?:{_MINUTES})?(?=\s*(?:tot|-|–)\s*\d{{1,2}}(?:[.:][0-5]\d)?\s*uur\b)",
        rf"(?:(?<=\bom\s)|(?<=\btot\s)|(?<=\brond\s)|(?<=\bvanaf\s))(?P<h>\d{{1,2}})(?:{_MINUTES}|\s*uur\b)"
        r"(?:\s+['’]s\s+(?P<part>avonds|middags|nachts)\b)?",
        # an hour of a part of the day is a time wherever it is written: "elf uur 's avonds"
        rf"(?P<h>\d{{1,2}})(?:{_MINUTES})?\s*uur\s+['’]s\s+(?P<part>avonds|middags|nachts|ochtends|morgens)\b",
    ],
    "ru": [
        r"(?=\d)(?:(?<=\bв\s)|(?<=\bк\s)|(?<=\bс\s)|(?<=\bоколо\s)|(?<=\bпосле\s))(?P<h>\d{1,2})"
        r"(?:[.:](?P<m>[0-5]\d)(?!\d)|\s*(?:часа|часов|час|ч\.)(?:\s+(?P<part>утра|дня|вечера|ночи)\b)?"
        r"(?!\w)|\s+(?P<part2>утра|дня|вечера|ночи)\b)",
        # the hours of a range: "с 9 до 18 часов" (where "от 10 до 12 часов" is a length)
        rf"(?=\d)(?<=\bс\s)(?P<h>\d{{1,2}})(?:{_MINUTES})?(?=\s*до\s*\d{{1,2}}(?:[.:][0-5]\d)?\s*(?:часов|часа|ч\.))",
        r"(?=\d)(?:(?<=\bс\s\d\sдо\s)|(?<=\bс\s\d\d\sдо\s)|(?<=\bс\s\d[.:]\d\d\sдо\s)|(?<=\bс\s\d\d[.:]\d\d\sдо\s))"
        r"(?P<h>\d{1,2})\s*(?:часов|часа|ч\.)",
    ],
    "pl": [
        r"\b(?:godz\.|godzinie|godziny)\s*(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?(?![\d,])",
        r"(?=\d)(?:(?<=\bo\s)|(?<=\bod\s)|(?<=\bdo\s)|(?<=\bprzed\s)|(?<=\bpo\s))(?P<h>\d{1,2})[.:](?P<m>[0-5]\d)(?![\d,])",
        # the second hour of a range: "w godz. 9-18", "od godz. 9 do 18"
        r"(?=\d)(?:(?<=godz\.\s\d[-–])|(?<=godz\.\s\d\d[-–])|(?<=godz\.\s\d\.\d\d[-–])|(?<=godz\.\s\d\d\.\d\d[-–])"
        r"|(?<=godz\.\s\d\sdo\s)|(?<=godz\.\s\d\d\sdo\s))(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?(?![\d,])",
    ],
}
"""Clock times as each language writes them ("15 Uhr", "15.30 Uhr", "15h30", "à 15 heures", "a las
3 de la tarde", "alle 15", "às 15h", "om 15.00 uur"), which become "15:00" as English writes them.
Where the same words give a duration ("48 heures", "15 ore") or a count ("a las 15 víctimas", "as 10
vítimas", "alle 15 squadre", "tot 20 euro"), an hour is a time of day only after the words that say
so ("à", "a las", "alle ore", "om") and with what only a time has: its minutes, the word for o'clock,
a part of the day, or nothing more ("alle 15."). An hour with its part of the day is a time wherever
it is written ("7 heures du soir", "elf uur 's avonds": 19:00, 23:00; not 11 hours)."""
_AFTERNOON = frozenset(
    "tarde noche noite дня вечера abends nachmittags avonds middags soir après-midi sera pomeriggio".split()
)
"""A part of the day after noon: an hour before 12 in it is twelve hours on ("um 7 Uhr abends",
"alle 7 di sera", "às 7 da noite": 19:00), as English's "in the evening"."""
_NIGHT = frozenset(("ночи", "nachts", "nuit", "notte"))
"""A part of the day that is the evening's from six ("в 11 ночи" 23:00) and the morning's before
("в 3 ночи" 03:00), as English's "at night"."""

_ORDINALS = {
    "de": r"(?<![\d.,])\d{1,3}\.(?=\s+[^\W\d_])",
    "fr": r"(?<![\d.,])\d+(?:e|è|ème|eme|er|re|ère)s?\b",
    "es": r"(?<![\d.,])\d+\.?(?:[ºª]|ᵒˢ|ᵃˢ)",
    "it": r"(?<![\d.,])\d+\.?(?:[ºª]|ᵒˢ|ᵃˢ)",
    "pt": r"(?<![\d.,])\d+\.?(?:[ºª]|ᵒˢ|ᵃˢ)",
    "nl": r"(?<![\d.,])\d+(?:e|ste|de)\b",
    "ru": r"(?<![\d.,])(?!(?:19|20)\d\d-)\d+-(?:й|го|е|я|м|ю|х|ми|му|ой|ый|ий|ая|ое|ом|ого|ему)\b",
    "pl": r"(?<![\d.,])\d{1,3}\.(?=\s+(?-i:[a-ząćęłńóśźż]))",
}
"""Ordinals in digits, as written or as text2num writes an ordinal in words ("3.", "3e", "3º", "3ᵒˢ"):
no figures ("die dritte Welle", "la troisième vague"), as English reads none in "the third". A
Russian year so written is still one ("в 2023-м": in 2023)."""

_NOT_NUMBERS = {"fr": ("four", "fours"), "nl": ("ten", "dozen", "over"), "pl": ("ten",)}
"""Words of the language that English reads as numbers or bounds (a French oven; the Dutch "ten
noorden", "dozen" boxes, "over" in; the Polish "ten", this): kept from `quantities`' English rules."""
_NEUF_AFTER = (
    "les des ces aux et ou de à sur pour en par avec ses leurs nos vos mes ont sont dont plus moins".split()
)
"""Words after which the French "neuf" is nine ("les neuf victimes"); after another word it is new
("un bâtiment neuf")."""


@lru_cache(maxsize=len(LANGUAGES))
def two_counted(language: str) -> re.Pattern[str]:
    """A language's "two" (`_SMALL`, which text2num leaves as a word) and the word after it, which may
    tell what it counts: "twee doden", "deux ouvriers", "Zwei Arbeiter"."""
    return compiled(
        rf"(?<!\w)(?:{_alternatives(_small(language, 'two'))})\s+(?P<noun>[^\W\d_]{{3,}})", re.IGNORECASE
    )


_NIGHT_WORDS = {
    "de": "nacht nachts mitternacht",
    "fr": "nuit minuit",
    "es": "noche medianoche madrugada",
    "it": "notte mezzanotte nottata",
    "pt": "noite meia-noite madrugada",
    "nl": "nacht middernacht nachts",
    "ru": "ночь ночью ночи полночь полуночи",
    "pl": "noc nocy nocą północ północy",
}
"""Words of a night, which spans two days (`night_in`)."""


def night_in(text: str, language: str) -> bool:
    """Whether a sentence in one of LANGUAGES tells of a night or of midnight ("in der Nacht zum
    Montag", "dans la nuit de mardi à mercredi", "kurz nach Mitternacht")."""
    return _night_words(language).search(text) is not None


@lru_cache(maxsize=len(LANGUAGES))
def _night_words(language: str) -> re.Pattern[str]:
    return compiled(rf"(?<!\w)(?:{'|'.join(_NIGHT_WORDS[language].split())})(?!\w)", re.IGNORECASE)


def as_english(text: str, language: str) -> str:
    """`text` with its numbers, money, dates, clock times, bounds and periods written as English
    writes them, for `quantities` to read; the text as it is for English or another language."""
    if language not in LANGUAGES:
        return text
    return _as_english(text, language)


@lru_cache(maxsize=8)
def _as_english(text: str, language: str) -> str:
    """(`extract` asks three times for a sentence: its numbers, dates and periods)"""
    text = _fractions(language)(_quarter_hours(language)(text))
    text = _number_words(language)(_round_counts(language)(_halves(language)(text)))
    text = _and_a_half(language)(text)
    # most rewrites need a figure, which most sentences, once their number words are digits, do
    # not hold: ~100 -> ~45 us a German sentence without one
    has_digit = _DIGIT.search(text) is not None
    for needs_digit, rewrite in _rewrites(language):
        if has_digit or not needs_digit:
            text = rewrite(text)
    return text


@lru_cache(maxsize=len(LANGUAGES))
def _rewrites(language: str) -> tuple[tuple[bool, Callable[[str], str]], ...]:
    """The rewrites of a language after its number words, in the order they must run (see the
    module's docstring), each with whether it needs a digit in the text."""
    return (
        (True, _numeric_dates(language)),
        (True, _clock_times(language)),
        (True, _time_cues(language)),
        (True, _days_of_months(language)),
        (False, _months_and_weekdays(language)),
        *(((True, _minutes_and_seconds),) if language == "nl" else ()),  # (Dutch alone writes "1.50")
        (True, _figures(language)),
        (True, _decades(language)),
        (True, _scores_in_words(language)),  # (before its join is read as a range's)
        (True, _ranges(language)),
        (True, _shares_of(language)),
        (True, _ordinals(language)),
        (True, _percent_slavic if language in _NUMBER_WORDS else _percent),
        (True, _scales(language)),
        (True, _currencies(language)),
        (True, _match_minutes(language)),
        (False, _durations(language)),  # "zwei Wochen"
        (False, _decades_counted(language)),
        (True, _times_taken(language)),
        (True, _minute_marks),
        (False, _bounds(language)),  # (a digit or a share in words, "half of": it looks)
        (False, _periods(language)),
        (False, _not_numbers(language)),
    )


def _sub(pattern: str, replace: Callable[[re.Match[str]], str] | str) -> Callable[[str], str]:
    """A rewrite of each match of `pattern`, in any case. A match whose words no table lists (`re`
    also takes "İ" for "i", whose lower case is two characters) is left as it is."""
    found = compiled(pattern, re.IGNORECASE)
    if isinstance(replace, str):
        return lambda text: found.sub(replace, text)

    def rewrite(match: re.Match[str]) -> str:
        try:
            return replace(match)
        except KeyError:
            return match.group(0)

    return lambda text: found.sub(rewrite, text)


def _alternatives(table: Mapping[str, object]) -> str:
    """A pattern of a table's keys, each a list of spellings joined by "|", longest first; an
    apostrophe may be written either way ("jusqu'à", "jusqu’à")."""
    spellings = {s for key in table for s in key.split("|")}
    spellings |= {s.replace("'", "’") for s in spellings}
    return "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))


def _lookup(table: dict[str, str]) -> Callable[[str], str]:
    """The value of a table's key that lists a word (in lower case) among its spellings."""
    spelled = {s: value for key, value in table.items() for s in key.split("|")}
    return lambda word: spelled[word.lower().replace("’", "'")]


@lru_cache(maxsize=len(LANGUAGES))
def _number_words(language: str) -> Callable[[str], str]:
    """Number words as digits, by text2num ("vierzehn" 14, "dreiundzwanzig" 23, "quatre-vingts"
    80, "drei Millionen" 3000000), but for the words it must not read (the module's docstring) and a
    figure with its scale ("3 Millionen": text2num would make it "3 1000000"). Russian and Polish,
    which text2num does not read, by their tables (`_counted_words`)."""
    if language in _NUMBER_WORDS:
        return _counted_words(language)
    from text_to_num import alpha2digit  # type: ignore[import-untyped]

    scales = _alternatives(_SCALES[language])
    kept = [
        rf"\d+(?:[.,'’\u00a0\u202f]\d+)*(?:\s*(?:{scales})\b\.?)?",
        r"\b(?:pour|por|per)\s+c(?:ent|iento|ento)\b",  # percent, not a hundred
        # a capitalised word inside a sentence, but a German scale ("zwei Millionen")
        r"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_][,;:]\s))(?-i:[A-ZÀ-ÖØ-Þ])(?!(?:illion|illiard|ausend|undert))[^\W\d_]*",
    ]
    if language == "es":
        kept.append(r"\bun[oa]s\b")  # "unos doce": about twelve, not "1 12"
    if language == "fr":
        after = "".join(rf"(?<!\b{word}\s)" for word in _NEUF_AFTER)
        kept.append(rf"(?<=[^\W\d_]\s){after}neuf\b")
    pattern = compiled("|".join(kept), re.IGNORECASE)
    plural = compiled(
        rf"(?:(?P<before>[^\W\d_]+)\s+)?\b(?P<scale>{_PLURAL_SCALES[language]})\b", re.IGNORECASE
    )

    def digits(piece: str, threshold: float = 3) -> str:
        """`piece` with its number words as digits (text2num's default reads none under three); as
        it is when it holds a lone surrogate, which text2num cannot take (text from a library
        caller; newsdiff's loader decodes none)."""
        try:
            return str(alpha2digit(piece, language, threshold))
        except UnicodeEncodeError:
            return piece

    def rewrite(text: str) -> str:
        if digits(text) == text:
            return text  # (most sentences: no number words, one call where the pieces took several)
        spans = [m.span() for m in pattern.finditer(text)]
        # a plural scale after no number word counts no figure: "Milliarden Euro", "des millions de"
        spans += [
            m.span("scale")
            for m in plural.finditer(text)
            if not m["before"] or digits(m["before"], threshold=0) == m["before"]
        ]
        pieces, end = [], 0
        for start, stop in sorted(spans):
            if start >= end:
                pieces += [digits(text[end:start]), text[start:stop]]
                end = stop
        return "".join(pieces) + digits(text[end:])

    return rewrite


def _counted_words(language: str) -> Callable[[str], str]:
    """Number words as digits by `_NUMBER_WORDS` ("двадцати трёх" 23, "trzy miliony" 3000000,
    "полтора" 1,5, "три с половиной миллиона" 3500000). Words in a row make one number while each is
    smaller than the one before (a hundred, then tens, then units, a half, then a scale that takes
    them all): "пять шесть" stays two. As text2num, it leaves one and two (an article, a pair) and a
    scale after a figure ("3 млн"), and reads a plural scale alone as no figure ("тысячи людей")."""
    value = _lookup({key: str(number) for key, number in _NUMBER_WORDS[language].items()})
    one_scale = frozenset(_ONE_SCALE[language].split("|"))
    words = _alternatives({key: "" for key in _NUMBER_WORDS[language]})
    half = _AND_A_HALF[language]
    run = compiled(rf"\b(?:{words})(?:\s+(?:{words}|{half}))*\b", re.IGNORECASE)
    tokens = compiled(rf"{half}|\S+", re.IGNORECASE)
    after_figure = compiled(r"\d[.,]?\s*$")
    spellings = frozenset(s for key in _NUMBER_WORDS[language] for s in key.split("|"))

    def number(found: list[tuple[str, float]]) -> str:
        """The words of one number, as digits when they count three or more (or a scale, or a half)."""
        total, current = 0.0, 0.0
        for _, amount in found:
            if amount >= SCALE:
                total, current = total + (current or 1) * amount, 0.0
            else:
                current += amount
        whole = total + current
        if whole < 3 and not total and whole.is_integer():
            return " ".join(word for word, _ in found)
        return str(int(whole)) if whole.is_integer() else str(whole).replace(".", ",")

    def rewrite(match: re.Match[str]) -> str:
        pieces: list[str] = []
        found: list[tuple[str, float]] = []
        for word in tokens.findall(match.group(0)):
            amount = HALF if " " in word or "\u00a0" in word else float(value(word))
            if not found and (
                amount == HALF
                or (
                    amount >= SCALE
                    and (
                        word.lower() not in one_scale
                        or (not pieces and after_figure.search(match.string, 0, match.start()))
                    )
                )
            ):
                pieces.append(word)  # a scale of no number: many ("тысячи"), or a figure's ("3 тысячи")
                continue
            if found and not _continues([a for _, a in found], amount):
                pieces.append(number(found))
                found = []
                if amount == HALF:
                    pieces.append(word)
                    continue
            found.append((word, amount))
        if found:
            pieces.append(number(found))
        return " ".join(pieces)

    def rewrite_all(text: str) -> str:
        # most sentences hold no number word: a look-up of their words is ~10x cheaper than the search
        if spellings.isdisjoint(_LETTERS.findall(text.lower())):
            return text
        return run.sub(rewrite, text)

    return rewrite_all


_LETTERS = compiled(r"[^\W\d_]+")
HALF = 0.5
"""The half after a number ("с половиной", "i pół"), as `_counted_words` adds it."""


_AND_A_HALF = {"ru": r"с\s+половиной", "pl": r"i\s+pół"}
"""What adds a half to a number before it ("два с половиной часа", "dwie i pół godziny": 2.5 hours)."""
_UP_TO_TWELVE = {
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf",
}
"""Two to twelve in the languages that write a half onto them in one word ("zweieinhalb",
"tweeënhalf"), which text2num does not read."""
_PLUS_A_HALF = {
    "de": r"(?:ein)?einhalb",
    "nl": r"(?:ën|en|-en-|\s+en\s+)(?:een\s+|een-|één\s+)?(?:half|halve)",
}
"""What adds a half to a number word or a figure before it, in one word or several: "zweieinhalb",
"3einhalb"; "tweeënhalf", "twee en een half", "vier en een halve" (2.5, 3.5; 2.5, 2.5, 4.5)."""
_THE_HALF_AFTER = {
    "fr": r"et\s+demie?",
    "es": r"y\s+medi[oa]",
    "it": r"e\s+mezz[oa]",
    "pt": r"e\s+mei[oa]",
}
"""What adds a half to a length of time after its unit ("deux heures et demie", "tres años y
medio", "due ore e mezza", "duas horas e meia": 2.5 hours, 3.5 years), as English's "and a half"."""
_YEARS = {"fr": "ans|an|années|année", "es": "años|año", "it": "anni|anno", "pt": "anos|ano"}
"""The words of a year, which no other unit of time (`_UNITS`) lists: years stay figures."""
_NOT_A_LENGTH = {
    "fr": r"(?<!\bà\s)(?<!\bvers\s)(?<!\bdès\s)(?<!jusqu'à\s)(?<!jusqu’à\s)",
    "es": r"(?<!\blas\s)(?<!\bla\s)",
    "it": r"(?<!\balle\s)(?<!\bdalle\s)(?<!\bore\s)(?<!\ble\s)",
    "pt": r"(?<!\bàs\s)(?<!\bas\s)(?<!\bà\s)(?<!\bdas\s)",
}
"""The words before an hour that make it a time of day ("à trois heures et demie", "a las dos y
media", "às duas e meia": half past, `_CLOCKS`), not a length of time and a half."""
_HALVES = {
    "de": {"eine halbe stunde|einer halben stunde|halbe stunde": "half an hour",
           "ein halbes jahr|einem halben jahr|halbes jahr": "half a year",
           "einen halben tag|einem halben tag|ein halber tag": "half a day",
           "eine halbe million|einer halben million|halbe million": "0,5 Millionen",
           "eine halbe milliarde|einer halben milliarde|halbe milliarde": "0,5 Milliarden",
           "anderthalb|eineinhalb": "1,5"},
    "fr": {"une demi-heure|demi-heure": "half an hour", "une demi-journée|demi-journée": "half a day",
           "un demi-million|demi-million": "0,5 million", "un demi-milliard|demi-milliard": "0,5 milliard",
           "une heure et demie": "1,5 heure", "un mois et demi": "1,5 mois"},
    "es": {"media hora": "half an hour", "medio año": "half a year", "medio millón": "0,5 millones",
           "una hora y media|hora y media": "1,5 horas", "un mes y medio|mes y medio": "1,5 meses"},
    "it": {"mezz'ora|mezzora|mezza ora": "half an hour", "mezza giornata": "half a day",
           "mezzo milione": "0,5 milioni", "mezzo miliardo": "0,5 miliardi",
           "un'ora e mezza|un'ora e mezzo|ora e mezza": "1,5 ore"},
    "pt": {"meia hora": "half an hour", "meio ano": "half a year", "meio milhão|meio milhao": "0,5 milhões",
           "meio bilhão|meio bilhao": "0,5 bilhões", "uma hora e meia|hora e meia": "1,5 horas"},
    "nl": {"een half uur|een halfuur|half uur|halfuur": "half an hour",
           "een half jaar|half jaar": "half a year", "een halve dag|halve dag": "half a day",
           "een half miljoen|half miljoen": "0,5 miljoen", "een half miljard|half miljard": "0,5 miljard",
           "anderhalf": "1,5"},
    "ru": {"полчаса": "half an hour", "полгода": "half a year", "полдня": "half a day",
           "полмиллиона": "0,5 миллиона", "полмиллиарда": "0,5 миллиарда"},
    "pl": {"pół godziny": "half an hour", "pół roku": "half a year", "pół dnia": "half a day",
           "pół miliona": "0,5 miliona", "pół miliarda": "0,5 miliarda"},
}  # fmt: skip
"""Halves in words as English writes them: of a unit of time ("eine halbe Stunde", "полчаса", "pół
roku"), as English names it; of a scale ("eine halbe Million", "medio millón", "pół miliona"), as
a figure with its scale ("0,5 Millionen"), which text2num keeps (it reads "million" alone, as it
did "Million" beside "halbe"); an hour and a half as a figure ("anderthalb", "une heure et
demie": "1,5"). Read before the number words, for the scale not to be read alone."""


_QUARTER_HOURS = {
    "de": {"eine viertelstunde|einer viertelstunde|viertelstunde": "a quarter of an hour",
           "eine dreiviertelstunde|einer dreiviertelstunde|dreiviertelstunde|drei viertelstunden":
               "three quarters of an hour"},
    "fr": {"un quart d'heure|quart d'heure": "a quarter of an hour",
           "trois quarts d'heure": "three quarters of an hour"},
    "es": {"un cuarto de hora|cuarto de hora": "a quarter of an hour",
           "tres cuartos de hora": "three quarters of an hour"},
    "it": {"un quarto d'ora|quarto d'ora": "a quarter of an hour",
           "tre quarti d'ora": "three quarters of an hour"},
    "pt": {"um quarto de hora|quarto de hora": "a quarter of an hour",
           "três quartos de hora": "three quarters of an hour"},
    "nl": {"een kwartier": "a quarter of an hour", "twee kwartier": "half an hour",
           "drie kwartier": "three quarters of an hour"},
    "ru": {"четверть часа": "a quarter of an hour", "три четверти часа": "three quarters of an hour"},
    "pl": {"kwadrans|kwadransa|kwadransie|kwadransem": "a quarter of an hour",
           "dwa kwadranse|dwóch kwadransów": "half an hour",
           "trzy kwadranse|trzech kwadransów": "three quarters of an hour"},
}  # fmt: skip
"""Quarters of an hour as English writes them, for its reading of "three quarters of an hour" (0.75 h)
to read them. A Dutch "kwartier" alone may be a town's quarter: only one counted is read. Polish
"kwadrans po trzeciej", "za kwadrans czwarta" tell the time of day (`_CLOCK_QUARTER`)."""
_QUARTER = {"de": "iertel", "fr": "quart", "es": "cuart", "it": "quart", "pt": "quart", "nl": "wartier",
            "ru": "етверт", "pl": "wadrans"}  # fmt: skip
"""What every spelling of a quarter in `_QUARTER_HOURS` holds, its first letter aside (a capital)."""
_CLOCK_QUARTER = {
    "pl": r"(?<!\bza\s)(?!\w+\s+(?:po|przed)\b)",
}
"""Where a quarter is no length of time: Polish "za kwadrans czwarta" (a quarter to four) and
"kwadrans po trzeciej" (a quarter past three) tell the time of day."""


@lru_cache(maxsize=len(LANGUAGES))
def _quarter_hours(language: str) -> Callable[[str], str]:
    """Quarters of an hour as English writes them (`_QUARTER_HOURS`): "trois quarts d'heure" is
    "three quarters of an hour", where the fractions' reading made it no figure, and "drie
    kwartier" the count 3. Read before the fractions."""
    if language not in _QUARTER_HOURS:
        return lambda text: text
    stem, table = _QUARTER[language], _QUARTER_HOURS[language]
    quarter = _lookup(table)
    pattern = rf"{_CLOCK_QUARTER.get(language, '')}\b(?:{_alternatives(table)})(?!\w)"
    words = _sub(pattern, lambda m: quarter(m.group(0)))
    return lambda text: words(text) if stem in text else text


_HALF = {
    "de": "halb",
    "fr": "demi",
    "es": "medi",
    "it": "mezz",
    "pt": "mei",
    "nl": "hal",
    "ru": "пол",
    "pl": "pół",
}
"""What every spelling of a half in `_HALVES` holds: a sentence without it holds none (most: one
look-up, where the pattern of the halves took ~6 us a sentence)."""


@lru_cache(maxsize=len(LANGUAGES))
def _halves(language: str) -> Callable[[str], str]:
    """Halves as English writes them (`_HALVES`), and a half after a figure ("2 с половиной" 2,5)."""
    if language not in _HALVES:
        return lambda text: text
    stem, capital = _HALF[language], _HALF[language].capitalize()
    half = _lookup(_HALVES[language])
    # not after "à", a clock time ("à une heure et demie"), nor Polish "i" ("dwie i pół godziny":
    # `_counted_words` reads 2,5)
    pattern = rf"(?<!\bà\s)(?<!\bi\s)\b(?:{_alternatives(_HALVES[language])})(?!\w)"
    words = _sub(pattern, lambda m: half(m.group(0)))
    after = _sub(rf"(?<=\d)\s+(?:{_AND_A_HALF[language]})\b", ",5") if language in _AND_A_HALF else None
    plus = None
    if language in _PLUS_A_HALF:
        numbers = _UP_TO_TWELVE[language].split()
        plus = _sub(
            rf"\b(?P<n>\d+|{'|'.join(numbers)})(?:{_PLUS_A_HALF[language]})(?!\w)",
            lambda m: (m["n"] if m["n"].isdigit() else str(numbers.index(m["n"].lower()) + 2)) + ",5",
        )

    def rewrite(text: str) -> str:
        if stem not in text and capital not in text:
            return text
        # "twee en een half uur" before "een half uur" is read as half an hour
        text = words(plus(text) if plus else text)
        return after(text) if after else text

    return rewrite


@lru_cache(maxsize=len(LANGUAGES))
def _and_a_half(language: str) -> Callable[[str], str]:
    """A length of time and a half as a figure before its unit (`_THE_HALF_AFTER`: "deux heures et
    demie", "12 horas y media" are "2,5 heures", "12,5 horas"), once number words are digits; not a
    time of day (`_NOT_A_LENGTH`: "à trois heures et demie" is half past three)."""
    if language not in _THE_HALF_AFTER:
        return lambda text: text
    small = _small(language, "one") | _small(language, "two")
    figure = _lookup({key: "1" if said == "one" else "2" for key, said in small.items()})
    units = _alternatives({**_UNITS[language], _YEARS[language]: "years"})
    pattern = (
        rf"{_NOT_A_LENGTH[language]}\b(?P<n>\d+|{_alternatives(small)})\s+(?P<unit>{units})"
        rf"\s+{_THE_HALF_AFTER[language]}\b"
    )
    rewrite = _sub(pattern, lambda m: (m["n"] if m["n"].isdigit() else figure(m["n"])) + f",5 {m['unit']}")
    stem = _HALF[language]
    return lambda text: rewrite(text) if stem in text else text


_ROUND_COUNTS = {
    "de": {"ein dutzend|einem dutzend|eines dutzends": "12"},
    "fr": {"une douzaine": "12", "une dizaine": "about 10", "une quinzaine": "about 15",
           "une vingtaine": "about 20", "une trentaine": "about 30", "une quarantaine": "about 40",
           "une cinquantaine": "about 50", "une centaine": "about 100", "un millier": "about 1000"},
    "es": {"una docena": "12", "una decena": "about 10", "una veintena": "about 20",
           "una treintena": "about 30", "un centenar": "about 100", "un millar": "about 1000"},
    "it": {"una dozzina": "12", "una decina": "about 10", "una quindicina": "about 15",
           "una ventina": "about 20", "una trentina": "about 30", "una quarantina": "about 40",
           "una cinquantina": "about 50", "un centinaio": "about 100", "un migliaio": "about 1000"},
    "pt": {"uma dúzia": "12", "uma dezena": "about 10", "uma vintena": "about 20",
           "uma centena": "about 100", "um milhar": "about 1000"},
    "nl": {"een dozijn": "12", "een tiental": "about 10", "een twintigtal": "about 20",
           "een honderdtal": "about 100"},
    "ru": {"дюжина|дюжину|дюжины": "12"},
    "pl": {"tuzin|tuzina": "12"},
}  # fmt: skip
"""A dozen and the round counts of one word ("ein Dutzend", "une vingtaine de", "un centinaio di",
"een tiental"), as English reads them: 12 (as "a dozen"), "about 20". With their article only: "des
dizaines de", "centinaia di" are many, no figure; and before what they count, in the languages that
link it ("une quarantaine de personnes": "placés en quarantaine" is none)."""
_COUNTED_LINK = {"fr": r"d['’]|de\b", "es": r"de\b", "it": r"d['’]|di\b", "pt": r"de\b"}
"""What links a round count to what it counts ("une vingtaine de", "una ventina di")."""


@lru_cache(maxsize=len(LANGUAGES))
def _round_counts(language: str) -> Callable[[str], str]:
    """A dozen and round counts as English writes them (`_ROUND_COUNTS`)."""
    count = _lookup(_ROUND_COUNTS[language])
    link = rf"(?=\s*(?:{_COUNTED_LINK[language]}))" if language in _COUNTED_LINK else ""
    return _sub(rf"\b(?:{_alternatives(_ROUND_COUNTS[language])})\b{link}", lambda m: count(m.group(0)))


SCALE = 1_000
"""The least of the scales (thousand): a number word as large multiplies the words before it."""


def _continues(amounts: list[float], amount: float) -> bool:
    """Whether a number word of `amount` goes on the number whose words are `amounts` ("двести"
    then "пятьдесят"; "пять" then "шесть" is two numbers)."""
    last = amounts[-1]
    if amount >= SCALE:
        return last < SCALE and all(a > amount for a in amounts if a >= SCALE)
    if amount == HALF:
        return last < SCALE and last not in (HALF, 1.5)
    if last >= SCALE:
        return True
    if amount == 1.5 or last == 1.5 or last < 20 or (last % 10 == 0 and last < 100 and amount >= 10):
        return False
    return amount < 100 if last >= 100 else amount < 10


def _month_name(month: int) -> str:
    return MONTHS[month - 1].capitalize()


def _numeric_dates(language: str) -> Callable[[str], str]:
    """Dates in digits, day first ("06.06.2026", "6/6/2026", "6-6-2026"; German "6.6." without a
    year), as English writes them: "June 6 2026"."""

    def date(match: re.Match[str]) -> str:
        day, month = int(match["d"]), int(match["m"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        return f"{_month_name(month)} {day}" + (f" {match['y']}" if match["y"] else "")

    with_year = r"(?<![\d.,/-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
    if language == "de":
        # without a year, only after a word that names a day ("am 6.6.", "bis zum 30.6."): "Kapitel
        # 2.3." is none
        day = r"(?:(?<=\bam\s)|(?<=\bvom\s)|(?<=\bzum\s)|(?<=\bbis\s)|(?<=\bseit\s)|(?<=\bab\s))"
        return _sub(with_year + rf"|{day}(?P<d2>\d{{1,2}})\.(?P<m2>\d{{1,2}})\.(?!\d)", _either_date(date))
    return _sub(with_year, date)


def _either_date(date: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """`date` for a pattern whose second alternative names its groups "d2", "m2" (no year)."""

    def read(match: re.Match[str]) -> str:
        if match["d"]:
            return date(match)
        day, month = int(match["d2"]), int(match["m2"])
        return f"{_month_name(month)} {day}" if 1 <= day <= 31 and 1 <= month <= 12 else match.group(0)

    return read


def _clock_times(language: str) -> Callable[[str], str]:
    """Clock times as English writes them, 24-hour: "15:00" (`_CLOCKS`)."""
    # each alternative names its groups alike ("h", "m"): numbered by its place, as `re` wants
    sources = [re.sub(r"\(\?P<(\w+)>", rf"(?P<\g<1>{i}>", p) for i, p in enumerate(_CLOCKS[language])]
    pattern = compiled("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)

    def clock(match: re.Match[str]) -> str:
        groups = {name.rstrip("0123456789"): value for name, value in match.groupdict().items() if value}
        hour, minute = int(groups["h"]), int(groups.get("m") or 0)
        if (groups.get("part") in _AFTERNOON and hour < 12) or (
            groups.get("part") in _NIGHT and 6 <= hour < 12
        ):
            hour += 12
        if hour > 24 or minute > 59:
            return match.group(0)
        return f"{hour % 24:02d}:{minute:02d}"

    return lambda text: pattern.sub(clock, text)


def _days_of_months(language: str) -> Callable[[str], str]:
    """A day of a month as English writes it ("6. Juni", "le 1er juin", "6 de junio de 2026": "June
    6", "June 1", "June 6 2026")."""
    months = _MONTHS[language].split()
    short = _MONTHS_SHORT[language].split()
    number = {s: i + 1 for i, names in enumerate(months) for s in names.split("|")}
    number |= {s: i + 1 for i, names in enumerate(short) for s in names.split("|") if s not in number}
    names = "|".join(sorted(number, key=len, reverse=True))
    first = _FIRST.get(language)
    day = r"(?P<d>\d{1,2})(?:\.|º|°|er|re|-го|-е)?" + (f"|(?P<first>{first})" if first else "")
    link = r"\s+(?:de\s+)?" if language in ("es", "pt") else r"\s*" if language == "de" else r"\s+"
    year = r"(?:\.?,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b)?"
    pattern = rf"\b(?:{day}){link}(?P<month>{names})\b{year}"

    def date(match: re.Match[str]) -> str:
        month = number[match["month"].lower()]
        found = f"{_month_name(month)} {int(match['d']) if match['d'] else 1}"
        return found + (f" {match['y']}" if match["y"] else "")

    return _sub(pattern, date)


def _months_and_weekdays(language: str) -> Callable[[str], str]:
    """Months and weekdays named alone, as English names them ("im März": "im March", "lundi":
    "Monday")."""
    table = {names: _month_name(i + 1) for i, names in enumerate(_MONTHS[language].split())}
    table |= {names: WEEKDAYS[i].capitalize() for i, names in enumerate(_WEEKDAYS[language].split())}
    name = _lookup(table)
    parts = _WEEKDAY_PARTS.get(language, "")
    weekdays = _alternatives({k: "" for k in _WEEKDAYS[language].split()}).replace("_", r"\s+")
    months = _alternatives({k: "" for k in _MONTHS[language].split()})
    if language in _LOWER_CASE_MONTHS:
        months = f"(?-i:{months})"
    pattern = rf"\b(?:(?P<day>{weekdays}){parts}|(?P<month>{months}))\b(?!-)"
    return _sub(pattern, lambda m: name(_SPACES.sub("_", m["day"] or m["month"])))


_LOWER_CASE_MONTHS = frozenset(("ru", "pl"))
"""Languages that write a month in lower case: a month's name capitalised alone is a name ("Марта",
Martha; "Maja")."""
_SPACES = compiled(r"\s+")


@lru_cache(maxsize=len(_SEPARATORS))
def _figures(language: str) -> Callable[[str], str]:
    """Figures with English separators: "1.200" (de) and "1 200" (fr) "1,200", "3,5" "3.5",
    "1.234,5" "1,234.5". A figure of no separator stays ("2019"). A day of a month, rewritten before,
    is no figure's first group: "le 6 juin 500 personnes", "6 июня 500 человек" are June 6 and 500."""
    separator = _SEPARATORS[language]
    day = "".join(rf"(?<!{_month_name(month)}\s)" for month in range(1, 13))
    pattern = compiled(
        rf"(?<![\d.,]){day}(?P<int>\d{{1,3}}(?:{separator}\d{{3}})+|\d+)(?:,(?P<dec>\d+))?(?!\d|[.,]\d)"
    )

    def figure(match: re.Match[str]) -> str:
        whole = re.sub(separator, ",", match["int"])
        return whole + (f".{match['dec']}" if match["dec"] else "")

    return lambda text: pattern.sub(figure, text)


@lru_cache(maxsize=len(LANGUAGES))
def _fractions(language: str) -> Callable[[str], str]:
    """Fractions in words as English writes them: "drei Zehntel der", "deux tiers des" are "3 tenths
    of", "two thirds of" (a share); alone or of a unit ("drie tienden", "tres décimas de segundo",
    "две трети") "3 tenths", which English reads as no figure (not the count of parts, 3). Special
    shares (`_FRACTIONS`) only before "of"."""
    numerator = _lookup({key: str(n) for key, n in _NUMERATORS[language].items()})
    part = _lookup({key: str(n) for key, n in _PARTS[language].items()})

    def english(count: str, parts: str) -> str:
        name = _PART_NAMES[int(parts)]
        return f"a {name}" if count == "1" else f"{count} {name}s"

    # most sentences name no part: substring tests of each part's spellings but their first letter
    # (a capital in German), none in another, spare them the searches (as fast as before parts were read)
    spellings = [s for key in [*_PARTS[language], *_FRACTIONS.get(language, ())] for s in key.split("|")]
    words = {s.split()[-1][1:] for s in spellings}
    stems = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    def when_named(rewrite: Callable[[str], str]) -> Callable[[str], str]:
        return lambda text: rewrite(text) if any(stem in text for stem in stems) else text

    numerators, parts = _alternatives(_NUMERATORS[language]), _alternatives(_PARTS[language])
    counted = rf"\b(?P<n>{numerators})[\s-]+(?P<d>{parts})\b"
    share = _lookup(_FRACTIONS[language])
    if language not in _OF:  # (Russian, Polish: a share of what follows in the genitive, no unit)
        of_it = rf"(?P<of>(?=\s+(?!(?:{_GENITIVE_UNITS[language]})\b)\w))"
        fractions = _sub(
            rf"{counted}{of_it}?",
            lambda m: english(numerator(m["n"]), part(m["d"])) + (" of" if m["of"] is not None else ""),
        )
        # a part alone ("более трети", "połowa") once the counted are read: "две трети" holds one
        parts_alone = rf"\b(?P<share>{_alternatives(_FRACTIONS[language])}){of_it}"
        alone = _sub(parts_alone, lambda m: share(m["share"]) + " of")
        return when_named(lambda text: alone(fractions(text)))
    of = _alternatives({spelling: "" for spelling in _OF[language].split("|")})
    shared = (
        rf"\s+(?:{of})(?=\s|(?<=['’])\w)"
        rf"(?!\s*(?:l['’]|la\s+|le\s+|una?\s+|uma\s+|um\s+|een\s+)?(?:{_NOT_SHARED})\b)"
    )
    special = _sub(
        rf"\b(?P<share>{_alternatives(_FRACTIONS[language])}){shared}", lambda m: share(m["share"]) + " of "
    )
    fractions = _sub(
        rf"{counted}(?P<of>{shared})?",
        lambda m: english(numerator(m["n"]), part(m["d"])) + (" of " if m["of"] else ""),
    )
    return when_named(lambda text: fractions(special(text)))


def _decades(language: str) -> Callable[[str], str]:
    """Decades as English writes them (`_DECADES`)."""
    return _sub(
        rf"\b(?:{_DECADES[language]})\b", lambda m: f"{m['year']}s" if m["year"] else f"'{m['short']}s"
    )


def _ranges(language: str) -> Callable[[str], str]:
    """The words of a range of figures as English writes them (`_RANGE_JOINS`, `_BETWEEN`): "zwischen
    10 und 12 Stunden" is "between 10 and 12 hours", both figures durations."""
    join = _lookup(_RANGE_JOINS[language])
    article = rf"(?:(?:{_ARTICLES[language]})\s*)?" if _ARTICLES[language] else ""
    joins = _sub(
        rf"(?<=\d)\s+(?P<join>{_alternatives(_RANGE_JOINS[language])})\s*{article}(?=\d)",
        lambda m: f" {join(m['join'])} ",
    )
    between = _sub(rf"\b(?:{_BETWEEN[language]})\s+{article}(?=\d)", "between ")
    return lambda text: between(joins(text))


_WORD_AFTER = compiled(r"\s+([^\W\d_]+)")


@lru_cache(maxsize=len(LANGUAGES))
def _score_words(language: str) -> re.Pattern[str]:
    return compiled(rf"(?<!\w)(?:{_SCORE_TOLD[language]})(?!\w)", re.IGNORECASE)


def told_a_score(text: str, start: int, end: int, language: str) -> bool:
    """Whether the pair that rises from `start` to `end` is a score: a word of a result, of winning
    or of losing stands within a few words of it (`_SCORE_TOLD`), and no word it counts follows it
    ("perdeu 2 a 4 quilos", "verloor 2-4 kilo": ranges of what was lost), only a function word of
    the language, another word of a match or nothing ("verloor met 0-2 van", "de 1-4 nederlaag")."""
    words = _score_words(language)
    if words.search(text, max(0, start - SCORE_REACH), end + SCORE_REACH) is None:
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = after[1].casefold()
    return word in stopwords(language) or word in _AGAINST[language].split() or bool(words.fullmatch(word))


def _scores_in_words(language: str) -> Callable[[str], str]:
    """A score whose sides a word joins, as English writes it: "3 a 1", "3 buts à 1" are "3-1"
    (`_SCORE_JOINS`), which `quantities` reads as a score. Only a pair that falls or stays level,
    under a hundred each side: a range rises ("de 3 a 5 anos"), unless a result or a loss tells a
    score ("perdeu por 1 a 3", `told_a_score`). Not after a "from" (`_FROM`: "passou de 10 a 5", a
    change), but after a result ("vitória de 3 a 1", `_RESULTS`)."""
    if language not in _SCORE_JOINS:
        return lambda text: text
    join = _SCORE_JOINS[language]
    pair = compiled(
        rf"(?<![\d.,])(?P<a>\d{{1,2}})(?:\s+(?:{_SCORE_COUNTS[language]}))?\s+{join}\s+(?P<b>\d{{1,2}})(?![\d%]|[.,]\d)",
        re.IGNORECASE,
    )
    after_from = compiled(
        rf"(?<!\w)(?:(?P<result>{_RESULTS[language]})\s+)?(?:{_FROM[language]})\s+$", re.IGNORECASE
    )

    def score(match: re.Match[str]) -> str:
        a, b = match["a"], match["b"]
        if int(a) < int(b) and not told_a_score(match.string, match.start(), match.end(), language):
            return match.group(0)  # a range: "de 3 a 5 anos", "3 à 5 jours"
        before = after_from.search(match.string, max(0, match.start() - SCORE_REACH), match.start())
        if before is not None and before["result"] is None:
            return match.group(0)  # a change: "passou de 10 a 5"
        return f"{a}-{b}"

    spaced = f" {join} "
    return lambda text: pair.sub(score, text) if spaced in text else text


@lru_cache(maxsize=len(LANGUAGES))
def share_of_at_end(language: str) -> re.Pattern[str]:
    """What ends a share of something, "of" (`_OF`: "der", "de los"), at the end of words that a
    conflict shows ("knapp zwei Drittel der": "knapp zwei Drittel"; `quantities.shares_written`);
    nothing in Russian and Polish, which write none."""
    of = _OF.get(language)
    return compiled(rf"(?:\s+|(?<=['’]))(?:{of})$" if of else "(?!)", re.IGNORECASE)


def _shares_of(language: str) -> Callable[[str], str]:
    """A count of a count as English writes it (`_SHARE_OF`): "7 von 10" is "7 in 10", "un sur
    quatre" "1 in 4" (`_SHARE_OF_ONE`)."""
    share = rf"(?:{_SHARE_OF[language]})\s+(?=\d{{1,3}}(?![\d.,]\d))"
    counted = rf"[^\W\d_]+\s+(?:{_SHARE_OF[language]})\s+(?=(?:10|100|[2-9])(?!\d|[.,]\d))"
    either = f"(?:{counted}|{share})" if language in _SHARE_NOUN else share
    figures = _sub(rf"(?<![\d.,])(?P<k>\d{{1,2}})\s+{either}", r"\g<k> in ")
    if language not in _SHARE_OF_ONE:
        return figures
    small = _lookup(_SMALL[language])
    words = _sub(
        rf"\b(?P<k>{_alternatives(_SMALL[language])})\s+{share}",
        lambda m: ("1" if small(m["k"]) == "one" else "2") + " in ",
    )
    return lambda text: words(figures(text))


def _ordinals(language: str) -> Callable[[str], str]:
    return _sub(_ORDINALS[language], "")


_percent = _sub(
    _PERCENT,
    lambda m: " percentage points" if m["points"] else " basis points" if m["basis"] else " percent",
)


_percent_slavic = _sub(
    _PERCENT_SLAVIC,
    lambda m: " percentage points" if m["points"] else " basis points" if m["basis"] else " percent",
)


def _scales(language: str) -> Callable[[str], str]:
    """Scales after a figure as English names them ("12.5 Mio." "12.5 million", "3 mil millones"
    "3 billion", "12 M€" "12 million €")."""
    scale = _lookup(_SCALES[language])
    sign_scale = _lookup(_SIGN_SCALES)
    pattern = (
        rf"(?<=\d)(?:(?P<sep>\s+|-)(?P<scale>{_alternatives(_SCALES[language])})(?!\w)\.?"
        rf"|\s?(?P<short>mds|md|mrd|k|m)(?=\s?[€$£]))"
    )
    return _sub(
        pattern,
        lambda m: " " + (scale(m["scale"].rstrip(".")) if m["scale"] else sign_scale(m["short"])),
    )


def _currencies(language: str) -> Callable[[str], str]:
    """Currencies' names and the signs after a figure as English writes them ("12.5 million €",
    "12 millions d'euros": "12.5 million euros", "12 million euros")."""
    name = _lookup(_CURRENCIES[language])
    names = _sub(rf"\b(?:{_alternatives(_CURRENCIES[language])})\b", lambda m: name(m.group(0)))
    english = "US dollars|dollars|euros|Swiss francs|francs|pounds|roubles|crowns|rupees|reais|pesos|yen|yuan"
    # after a figure or its scale
    links = _sub(rf"{_AFTER_FIGURE}\s+{_CURRENCY_LINKS}(?=(?:{english})\b)", " ")
    after = _SIGNS_AFTER | _LOCAL_SIGNS.get(language, {})
    signs = _sub(
        _AFTER_FIGURE + rf"\s?(?P<sign>[{''.join(after)}])(?!\s?\d)",
        lambda m: " " + after[m["sign"]],
    )
    return lambda text: signs(links(names(text)))


def _durations(language: str) -> Callable[[str], str]:
    """Units of time after a figure or two as English names them ("48 Stunden", "48 heures",
    "zwei Wochen": "48 hours", "two weeks"). Not after one: "un día", "ein Tag" are as often "a
    day" as one, which English reads only after a word that makes it a length ("for a day"). Nor
    after a clock time, rewritten before as "10:35": "a las 10.35 hora local", "alle 10.35 ora
    locale" name its time zone (they read "35 hours")."""
    unit = _lookup(_UNITS[language])
    two = _small(language, "two")
    small = _lookup(two)
    pattern = (
        rf"(?:(?<=\d)(?<!\d:\d\d)|\b(?P<small>{_alternatives(two)}))(?P<sep>\s+|-|\s?(?=h\b))"
        rf"(?P<unit>{_alternatives(_UNITS[language])})\b"
    )
    return _sub(
        pattern,
        lambda m: (small(m["small"]) if m["small"] else "") + (m["sep"] or " ") + unit(m["unit"]),
    )


def _decades_counted(language: str) -> Callable[[str], str]:
    """Decades after one or a figure as English counts them (`_DECADE_NOUNS`)."""
    one = _alternatives(_small(language, "one"))
    return _sub(
        # (?<!\d): a figure begins at its first digit, not at each of a run (quadratic)
        rf"(?:\b(?P<one>{one})|(?<!\d)(?P<n>\d+))\s+(?:{_DECADE_NOUNS[language]})\b",
        lambda m: f"{m['n']} decades" if m["n"] else "a decade",
    )


_LABELS = {
    "de": "version kapitel artikel art abschnitt absatz abs paragraf paragraph ziffer nummer nr seite"
    " modell typ anlage tabelle abbildung ausgabe update",
    "fr": "version chapitre article art section alinéa paragraphe numéro n° no page modèle type annexe"
    " tableau figure édition",
    "es": "versión version capítulo artículo art sección apartado párrafo número núm nº página pág"
    " modelo tipo anexo tabla figura edición",
    "it": "versione capitolo articolo art sezione comma paragrafo numero n pagina pag modello tipo"
    " allegato tabella figura edizione",
    "pt": "versão capítulo artigo art secção seção alínea parágrafo número nº página pág modelo tipo"
    " anexo tabela figura edição",
    "nl": "versie hoofdstuk artikel art paragraaf par sectie lid bijlage nummer nr pagina blz model"
    " type tabel figuur editie release update",
    "ru": "версия версии версию глава главы главе статья статьи статье статью раздел раздела разделе"
    " пункт пункта пункте часть части номер номера стр модель модели тип приложение приложения"
    " таблица таблице ст п",
    "pl": "wersja wersji wersję rozdział rozdziału rozdziale artykuł artykułu artykule art sekcja"
    " sekcji ustęp ustępu ust punkt punktu pkt paragraf numer nr strona str model modelu typ typu"
    " załącznik tabela tabeli",
}
"""Words that number what follows them, as a version, a chapter, an article or a section of a law, a
page, a model: "Versie 2.10", "artikel 3.12", "глава 4.10" are no times taken (`_label_before`)."""


@lru_cache(maxsize=len(LANGUAGES))
def _label_before(language: str) -> re.Pattern[str]:
    """What names the figure after it rather than measuring it, at the end of the text before the
    figure: a word of `_LABELS` (abbreviated or not: "art.", "nr."), a sign of numbering ("§",
    "№", "#"), or a model's name, a word with a capital after a small letter or a digit after a
    letter ("iOS 17.10", "A320 2.10"), as English leaves "the RB 34 line" no figure."""
    labels = "|".join(map(re.escape, _LABELS[language].split()))
    named = _NAME_AFTER.get(language)
    product = (
        rf"|(?:^(?i:{named})|(?:[^\w\s]\s*|(?<!\w)[a-zà-ÿ]+\s+)(?:{named}))\s+(?:[a-zà-ÿ]+\s+)?[A-Z][^\W\d_]*"
        if named
        else ""
    )
    return compiled(
        rf"(?:(?<![^\W\d_])(?i:{labels})\.?|[§№#]|(?<!\w)\w*(?:[a-zà-ÿ][A-Z]|[^\W\d_]\d)\w*{product})\s*$"
    )


_NAME_AFTER = {"nl": "de|het|een|met"}
"""Words in lower case before a capitalised name (and maybe one word between: "de nieuwe") that
make it a thing's name, whose figure after it numbers it: "de nieuwe Ubuntu 24.04", "met Windows
10.22" (Dutch, whose bare "m.ss" is a time: `_minutes_and_seconds`); in capitals at the sentence's
start only. Not the prepositions of a place ("reed in Heerenveen 1.54", "op Thialf 1.49,87" are
times; "draait op Ubuntu 22.04" is read by the race it tells of or not). Not after a capitalised word:
"Femke de Wit 1.53", "Jan van Dijk 1.54" are a skater and her time (a surname alone writes its
particle in capitals, "reed Van Dijk 1.54"); nor a name after a verb: "Daarna reed Schouten 1.54" (a name
before a bare "m.ss" in a sentence of no race is a product's: `_minutes_and_seconds_read`)."""


def _no_time_after_a_label(
    language: str, time: Callable[[re.Match[str]], str]
) -> Callable[[re.Match[str]], str]:
    """`time`, but for a figure after a label (`_label_before`), which stays as it is written."""
    label = _label_before(language)

    def read(match: re.Match[str]) -> str:
        if label.search(match.string, max(0, match.start() - LABEL_REACH), match.start()):
            return match.group(0)
        return time(match)

    return read


@lru_cache(maxsize=len(LANGUAGES))
def _times_taken(language: str) -> Callable[[str], str]:
    """A time taken in minutes and seconds as results in these languages write it: "1'12\"" (a
    stage's gap), "1.49,87", "12.45,6" (Dutch skating times, to the hundredth or the tenth): "1
    minutes 12 seconds", "1:49.87", which English reads; not after a label ("artikel 1.12,5")."""
    return _sub(
        r"(?<![\d'’′.,:])(?P<m>\d{1,3})(?:['’′]\s?(?P<s>[0-5]\d)(?:[\"”″]|'')|\.(?P<s2>[0-5]\d),(?P<f>\d{1,2}))"
        r"(?!\d|[.,]\d)",
        _no_time_after_a_label(
            language,
            lambda m: f"{m['m']} minutes {m['s']} seconds" if m["s"] else f"{m['m']}:{m['s2']}.{m['f']}",
        ),
    )


_DECIMAL_BEFORE = (
    r"(?:meters?|m|cm|mm|km|kilometers?|kilo|kilos|kg|gram|g|ton|liters?|l|euros?|dollars?|ponden|pond"
    r"|procent|graden|punten|punt|miljoen|miljard|duizend|seconden|seconde|minuten|minuut|uren|uur)(?!\w)"
    r"|[%€$£°]"
)
"""What follows a Dutch figure of two decimals after a period that makes it a decimal as English
writes it ("1.50 meter", "1.50 euro"), not minutes and seconds."""
_NAME_RIGHT_BEFORE = compiled(r"(?<!\w)[A-Z][^\W\d_]*\s+$")
"""A capitalised word right before a figure: a skater ("reed Schouten 1.54"), a rink ("op Thialf
1.54") or a product ("op Ubuntu 22.04", "Python 3.12")."""
_RACE_TOLD = compiled(
    r"(?i)\b(?:reed|reden|rijdt|schaats\w*|zwom|zwommen|zwemt|liep|liepen|fietst\w*|klokt\w*|finish\w*"
    r"|tijd|record|\w*meter|seconde\w*|race|rit)\b"
)
"""Dutch words of a race, which make a bare "m.ss" after a name a time taken (`_minutes_and_seconds`)."""


def _minutes_and_seconds_read(match: re.Match[str]) -> str:
    """A Dutch "m.ss" as minutes and seconds, but after a label (`_label_before`: "versie 2.10"),
    or after a name in a sentence that tells of no race: a product's version ("draait op Ubuntu
    22.04", "Python 3.12"), where a skater's or a rink's name stays before a time ("Daarna reed
    Schouten 1.54", "reed op Thialf 1.54")."""
    text, start = match.string, match.start()
    if _label_before("nl").search(text, max(0, start - LABEL_REACH), start) or (
        _NAME_RIGHT_BEFORE.search(text, max(0, start - LABEL_REACH), start) and not _RACE_TOLD.search(text)
    ):
        return match.group(0)
    return f"{match['m']} minutes {match['s']} seconds"


_minutes_and_seconds = _sub(
    rf"(?<![\d.,:€$£])(?<![€$£]\s)(?P<m>\d{{1,2}})\.(?P<s>[0-5]\d)(?!\d|[.,]\d|\s?(?:{_DECIMAL_BEFORE}))",
    _minutes_and_seconds_read,
)
"""A time taken in minutes and whole seconds as Dutch writes it, without its hundredths: "onder de
1.50" is under 1:50 (as "1.49,87" is 1:49.87). Dutch writes a decimal with a comma ("0,31
seconde", read after this), and a clock time has its "om" or "uur" (`_CLOCKS`, rewritten before):
a period before two digits, which can group no thousands, parts minutes from seconds, unless a
unit after it makes the figure a decimal written as English does ("1.50 meter", "€ 1.50"), or a
label before it a number of a version, a chapter or a model ("versie 2.10", `_label_before`): a
figure as the other languages read it (2.1)."""


_minute_marks = _sub(r"(?<![\d'’′])(?P<n>\d{1,3})['’′](?![\d\w'’′])", lambda m: f"in the {m['n']}th minute")
"""A match's minute written with a prime, as sports reports in these languages write it ("aos 34'",
"al 108'"): the minute of play its other outlets write in words ("aos 34 minutos", "in the 34th
minute": 34, `_match_minutes`), a moment, not a length of time. Not before another figure: "1'12\""
is a time taken, 1 minute 12 seconds. (English keeps the prime for feet.)"""
_MATCH_MINUTE = {
    "pt": r"aos?\s+(?P<n>\d{1,3})\s+minutos?(?!\s+d[oa]s?\s+(?!jogo|partida)\w)",
    "es": r"a\s+los\s+(?P<n>\d{1,3})\s+minutos?"
    r"(?!\s+de(?:l|\s+la|\s+los|\s+las|\s+su)?\s+(?!juego|partido)\w)",
}
"""A minute of a match in words: "aos 34 minutos", "a los 34 minutos (de juego)" (`_match_minutes`);
not a length of time after another event: "a los 15 minutos de la llamada", "aos 20 minutos do
alerta"."""


def _match_minutes(language: str) -> Callable[[str], str]:
    """A match's minute as English writes it, "in the 34th minute" (34), a moment of the match:
    "aos 71 minutos" is no length of time against "a vinte minutos do fim" (`_MATCH_MINUTE`)."""
    if language not in _MATCH_MINUTE:
        return lambda text: text
    return _sub(rf"(?<!\w){_MATCH_MINUTE[language]}\b", lambda m: f"in the {m['n']}th minute")


def _time_cues(language: str) -> Callable[[str], str]:
    """Loose clock times as English writes them (`_TIME_CUES`)."""
    cue = _lookup(_TIME_CUES[language])
    pattern = rf"(?<!\w)(?P<cue>{_alternatives(_TIME_CUES[language])})\s*(?=\d\d?:\d\d)"
    return _sub(pattern, lambda m: cue(m["cue"]) + " ")


def _bounds(language: str) -> Callable[[str], str]:
    """Bounds and roundings before a figure as English writes them (`_BOUNDS`)."""
    said = _lookup(_BOUNDS[language])

    def bound(word: str) -> str:  # ("plus d'un tiers": "more than a third")
        return said(word) + (" " if word[-1] in "'’" else "")

    # before a figure or a currency's sign or code ("quase R$ 2", "fast CHF 2"), or a share in words
    # ("fast die Hälfte", once "half of"), not a year ("bis 2030") nor a clock time ("jusqu'à 8 h",
    # "tot 21.00 uur": until then, rewritten before as "08:00", "21:00")
    pattern = (
        rf"(?<!\w)(?P<bound>{_alternatives(_BOUNDS[language])})"
        rf"(?=(?:\s+|(?<=['’]))(?:(?-i:{MARK_BEFORE})?\d|{_SHARE_IN_WORDS}))"
        r"(?!\s+(?:(?:19|20)\d\d(?![\d.,])|\d\d?:\d\d))"
    )
    change = _CHANGE_BEFORE.get(language)
    if change is None:
        bounds = _sub(pattern, lambda m: bound(m["bound"]))
    else:
        changed = compiled(change, re.IGNORECASE)

        def rough(match: re.Match[str]) -> str:
            word = match["bound"]
            if word.lower() in ("до", "do") and changed.search(match.string, 0, match.start()):
                return word  # "снизилась до 7%", "obniżyła stopy do 5,75 proc.": the level reached
            return bound(word)

        bounds = _sub(pattern, rough)
    # (most sentences without a digit hold no share in words either: "of" is written for one)
    return lambda text: bounds(text) if " of" in text or _DIGIT.search(text) else text


_SHARE_IN_WORDS = rf"(?:a\s+(?:{'|'.join(_PART_NAMES.values())})|half|three\s+quarters)\s+of\b"
"""A share in words as `_fractions` and `_halves` write it ("a third of", "half of"; "2 thirds of" is
a figure), which a bound goes before (`_bounds`)."""
_CHANGE_BEFORE = {
    "ru": r"\b(?:вы|у|за|под|по|про|с|со|пере)?(?:рос|раст|сниз|сниж|повы|поня|пони|упа|пад|сократ|сокращ"
    r"|увелич|подн|опуст|дорож|дешев|замедл|ускор|довед|довод|измен|скатил|взлет|взлёт|обвал)\w*\b[^.;!?]*$",
    "pl": r"\b(?:wzr|wzrośn|wzrasta|spad|spadn|obniż|podwyż|podni|podnios|zwiększ|zmniejsz|zmal|urosł|skocz"
    r"|zwolni|przyspiesz|zmieni|doprowadz|doszł|sięgnął|sięgnęł|wynios|podrożał|potani|tani)\w*\b[^.;!?]*$",
}
"""Verbs of a change before a figure in the same clause: the Russian "до", the Polish "do" after them
is the level reached ("выросла до 7%", "wzrosła do 7 proc.", English "rose to 7%"), no bound; without
one they are "up to" ("штраф до 500 тысяч", "kara do 5 lat")."""


def _periods(language: str) -> Callable[[str], str]:
    """Relative periods as English writes them ("letztes Jahr": "last year", "vor zwei Jahren":
    "two years ago")."""
    cue, unit = _lookup(_PERIOD_CUES[language]), _lookup(_PERIOD_UNITS[language])
    cues, units = _alternatives(_PERIOD_CUES[language]), _alternatives(_PERIOD_UNITS[language])
    periods = _sub(
        rf"(?<!\w)(?:(?P<cue>{cues})\s*(?P<unit>{units})|(?P<unit2>{units})\s+(?P<cue2>{cues}))\b",
        lambda m: f"{cue(m['cue'] or m['cue2'])} {unit(m['unit'] or m['unit2'])}",
    )
    small = _lookup(_SMALL[language])

    def ago(match: re.Match[str]) -> str:
        if match.groupdict().get("one"):
            return "a year ago"
        count = match["n"] or match["n2"]
        if count.isdigit():
            return f"{count} years ago"
        try:
            count = small(count)
        except KeyError:
            return match.group(0)
        return "a year ago" if count == "one" else f"{count} years ago"

    years = _sub(rf"\b(?:{_YEARS_AGO[language]})\b", ago)
    return lambda text: years(periods(text))


def _not_numbers(language: str) -> Callable[[str], str]:
    """Words English reads as numbers, bounds or times kept from its rules (`_NOT_NUMBERS`; the
    German "am" after a figure, which English reads as a time: "June 6 am Bahnhof")."""
    if language == "de":
        return _sub(r"(?<=\d\s)am\b", "an")
    words = _NOT_NUMBERS.get(language)
    if not words:
        return lambda text: text
    return _sub(rf"\b(?:{'|'.join(words)})\b", lambda m: "_" + m.group(0))
