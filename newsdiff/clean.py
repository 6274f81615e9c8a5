"""Stage 2, clean: a `Document` becomes an `Article`: body paragraphs, metadata, removed blocks.

Each non-blank line of a document is a block. Cleaning runs in this order:
1. repair: entities decoded, mojibake fixed (`repair.py`); Markdown unwrapped for reading;
2. rules, the first that fires wins: machine data (tables of separated values, JSON, PHP
   `var_dump`/`print_r`, JavaScript, query strings, bare URLs) and editor codes; the title and
   the title repeated, an HTML page's standfirst; cue phrases of bylines, tag and category
   lines, datelines and timestamps, disclaimers, copyright lines, "original source"
   attributions, contacts, cookie and newsletter notices, photo credits, comment-section
   residue, advertisement slots, navigation, author boxes, prompts; link-only lines;
3. a wire's dateline heading a paragraph ("LONDON (Reuters) - Britain's …"), or one without an
   agency heading the story ("KESTON —", "Velmar. "), is cut off it: with tracking URLs, the only
   text taken from inside a line, each listed as a removal of its own;
   features of the blocks no rule named (`blocks.py`: length, stop-word density, sentence shape,
   link density, separators) give each a class, good, near-good, short or bad, as in jusText;
4. template: a block repeated verbatim in other inputs that is not a sentence of their story;
5. context: labels and list items take the kind of the section they sit in (a cookie box's
   buttons, a related list's headlines), short and near-good blocks are settled by their
   neighbours, and everything after a comment-section heading or among closing notices goes;
6. kept blocks are joined into paragraphs, a sentence broken across lines or paragraphs whole again.

Context never removes a block shaped like a sentence of the story: only a rule or a repetition can.
Every removed block is kept, verbatim, with its reason and what decided it: nothing is lost.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from newsdiff import blocks as feats
from newsdiff.blocks import BlockClass, Features
from newsdiff.errors import EmptyArticleError
from newsdiff.language import detect_language, stop_words
from newsdiff.load import EDITION as _EDITION
from newsdiff.load import source_name
from newsdiff.model import Article, Document, Metadata, RemovalReason, RemovedBlock
from newsdiff.options import Options
from newsdiff.parallel import pmap
from newsdiff.patterns import compiled
from newsdiff.record import field, record, replace
from newsdiff.repair import comparable, repair

R = RemovalReason

TITLE_MAX_WORDS = 25
"""A first line longer than this is body text, not a headline."""

TITLE_MIN_WORDS = 4
"""Below the first line, shorter headline-shaped lines are labels or menu items, not the title."""

TITLE_SEARCH_BLOCKS = 8
"""The title is looked for among this many blocks before the first paragraph of prose."""

GREETING_MAX_CHARS = 25
"""A greeting alone on its line is at most this long ("Good afternoon!")."""

SUMMARY_MAX_WORDS = 60
"""A feature's summary between its headline and its byline is at most this long (a standfirst of
one or two sentences); a longer paragraph there is the story's lede."""

PROMPT_MAX_WORDS = 30
"""A line led by a prompt link ("[Become a member](#) — …") is a prompt up to this length."""

TIPS_MAX_WORDS = 25
"""A call for readers' tips ("We want to hear from you. Were you on board? Get in touch.") is a
line of at most this many words: a question or two around the call."""

SHORT_LINE_WORDS = 15
"""Prompts, bylines and contacts are short lines; longer ones are read as prose."""

BYLINE_MAX_WORDS = 8
COPYRIGHT_MAX_WORDS = 20
ATTRIBUTION_MAX_WORDS = 25
BIO_MAX_WORDS = 50
"""Bylines, copyright lines, attributions and author biographies are at most this long."""

DATELINE_NEAR_DAYS = 7
"""A dateline's month and day ("DRESDORF, Nov 10 (Wire) -", "KESTON, March 3 —") is dated in the
year that puts it within this many days of another compared article's date, when exactly one year
does: the articles of one comparison tell one story, and wire copy is dated the day it is filed."""

ROLE_WORDS = frozenset(
    """editor editors correspondent correspondents reporter reporters writer writers columnist
    journalist journalists contributor contributors staff analyst producer photographer critic
    commentator presenter anchor bureau chief desk newsroom intern team""".split()
)
"""Words of a job title a byline or a page's author field gives beside the name ("Tomas Greve,
Economics Editor", "Jane Roe | Political Correspondent"): a part holding one is no author."""
_AUTHOR_PARTS = compiled(r"(\s*[,;|·]\s*|\s+[-–—]\s+)")
"""What parts a page's author field or a byline between names, roles and outlets."""

RELATED_ITEM_MAX_WORDS = 20
"""A headline in a related-articles list is at most this long."""
NOTICE_MAX_WORDS = 60
"""Cookie and newsletter notices are at most this long; longer text is prose about them."""
CORRECTION_MAX_WORDS = 120
"""A correction note is at most this long: it says what was wrong and what is right, in a few
sentences."""

DATE_MAX_WORDS = 8
"""The longest date with its time ("Thursday, 9 November 2023, at 07:15 p.m. GMT" and the like)."""

DATELINE_MAX_WORDS = 4
"""Words a line may keep besides its date and still be a dateline ("Global Research, <date>")."""

WIRE_DATELINE_MAX_CHARS = 70
"""A wire's dateline at the head of a lede ("NEW YORK, Nov. 14, 2025 /PRNewswire/ --") opens its
agency within this many characters; a paragraph that does not is never tried against the pattern."""

WIRE_REST_MIN_WORDS = 3
"""Words the paragraph must keep after a wire dateline: the dateline heads a sentence of the story."""

MACHINE_PUNCT_RATIO = 0.12
"""Share of `{}[]":,=>;` characters above which a line reads as data, not prose."""

TABLE_MIN_ROWS = 3
"""Lines in a row, each with the same count of one separator, that make a table of values (a CSV
pasted into an article): a sentence with commas is one line, and two lines alike may be chance."""

TABLE_MIN_FIELDS = 3
TABLE_FIELD_MAX_WORDS = 4
"""A row of a table has at least this many fields, none longer than this many words: a sentence
split at its commas has a longer part ("Smith, 42, a nurse, said the fire spread quickly")."""

PACKED_MIN_SEPARATORS = 3
"""A line with this many commas or semicolons glued to the field after them, not between two
digits ("2019,240,city estimate"), is a table's rows run together (an HTML <p> shows its lines as
one): prose puts a space after a comma, and "1,200" or "41,3" are numbers."""

LONG_URL_CHARS = 60
"""An inline URL this long, or with a query string, is machine residue inside a sentence."""

SAME_TEXT_SLACK = 20
"""Texts whose lengths differ by this many characters are not the same words (a cheap test first)."""

WRAP_MIN_CHARS = 40
WRAP_MAX_CHARS = 80
WRAPPED_SHARE = 0.6
"""Text is hard-wrapped when this share of its lines of at least WRAP_MIN_CHARS characters are at
most WRAP_MAX_CHARS long and go on in the next line (e-mail wraps at 72, terminals at 80)."""

SAME_STORY_SHARE = 0.5
"""Two inputs that share this share of their sentences verbatim carry the same story (wire copy,
or an article compared with itself): what they repeat is story, not template."""

FRONT_MATTER_MAX_LINES = 40
"""Lines between the `---` fences of a Markdown article's front matter, at most."""

EMPTY_REASONS_LISTED = 4
"""Reasons an error names when nothing of an article is left (the rest are "…": one line)."""

# --------------------------------------------------------------------------- openings

_FOLD_ODDITIES = frozenset(
    "İµıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣ\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88ṡẛιΐΰꙋﬅﬆ"
)
"""Characters that `re.IGNORECASE` matches differently from `str.lower()` (ı matches i, ſ matches s):
a text that holds one is always given to the pattern itself."""


class _Opening:
    """A case-insensitive cue anchored at the start of a line, `^(?:alternative|...)...`.

    It is compiled on first use and tried only on text that, lower-cased, starts with the literal
    opening of one of its alternatives ("skip to", "related"), or with a digit where an alternative
    starts with `\\d`: a line of prose seldom does, so most articles never compile it (compiling
    costs `re` ~1 µs a character of pattern).
    """

    __slots__ = ("digit", "heads", "reach", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        heads: set[str] = set()
        for alternative in _alternatives(source):
            if not alternative.startswith("^"):
                raise ValueError(f"an alternative of {source!r} is not anchored")
            heads.update(head.lower() for head in _heads(alternative[1:]))
        self.digit = _DIGIT_HEAD in heads
        self.heads = tuple(sorted(heads - {_DIGIT_HEAD}))
        if "" in self.heads:
            raise ValueError(f"an alternative of {source!r} has no literal opening")
        self.reach = max(map(len, self.heads), default=1)

    def match(self, text: str) -> re.Match[str] | None:
        start = text[: self.reach]  # nothing further decides whether the text opens with a head
        if (start.isascii() or _FOLD_ODDITIES.isdisjoint(start)) and not (
            start.lower().startswith(self.heads) or (self.digit and start[:1].isdigit())
        ):
            return None
        return compiled(self.source, re.I).match(text)


class _Phrases:
    """A cue pattern compiled on first use and tried only on text that holds one of its keywords:
    every match holds one (a test checks it on generated matches), and a line of prose seldom does,
    so most articles never compile it. Case is the caller's: most cues see casefolded text."""

    __slots__ = ("keywords", "source")

    def __init__(self, source: str, keywords: str) -> None:
        self.source = source
        self.keywords = tuple(keywords.split("|"))

    def _may_match(self, text: str) -> bool:
        return any(map(text.__contains__, self.keywords))

    def search(self, text: str) -> re.Match[str] | None:
        return compiled(self.source).search(text) if self._may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return compiled(self.source).match(text) if self._may_match(text) else None

    def findall(self, text: str) -> list[str]:
        return compiled(self.source).findall(text) if self._may_match(text) else []


_DIGIT_HEAD = "\\d"


def _heads(pattern: str) -> list[str]:
    """The literal text every match of `pattern` starts with, one for each way it can start: ""
    when it can start with anything (a class, an escape, an optional character), `\\d` with a digit."""
    stop = _META.search(pattern)
    if stop is None:
        return [pattern]
    head = pattern[: stop.start()]
    if not head and pattern.startswith("(?:"):
        end = _closing(pattern)
        inner = [h for alternative in _alternatives(pattern[3:end]) for h in _heads(alternative)]
        if pattern[end + 1 : end + 2] in ("?", "*", "{"):  # an optional group
            return inner + _heads(pattern[end + 2 :].lstrip("?+}0123456789,"))
        return inner
    if not head and pattern.startswith(_DIGIT_HEAD) and pattern[2:3] not in ("*", "?", "{"):
        return [_DIGIT_HEAD]
    if stop.group() in ("?", "*", "{"):
        return [head[:-1]]  # the character before a quantifier may be absent
    return [head]


_META = compiled(r"[\\()\[\].^$|+?*{]")
_STRUCTURE = compiled(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]")
"""Escapes and classes (skipped whole), parentheses and bars: the structure of a pattern."""


def _closing(pattern: str) -> int:
    """The offset of the parenthesis that closes the one `pattern` starts with."""
    depth = 0
    for token in _STRUCTURE.finditer(pattern):
        if token.group() == "(":
            depth += 1
        elif token.group() == ")":
            depth -= 1
            if not depth:
                return token.start()
    raise ValueError(f"unbalanced pattern: {pattern}")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, depth, start = [], 0, 0
    for token in _STRUCTURE.finditer(pattern):
        if token.group() == "(":
            depth += 1
        elif token.group() == ")":
            depth -= 1
        elif token.group() == "|" and not depth:
            parts.append(pattern[start : token.start()])
            start = token.end()
    return [*parts, pattern[start:]]


# --------------------------------------------------------------------------- dates

_MONTH_NAMES = {
    1: "january jan januar janvier enero gennaio января январь",
    2: "february feb februar février fevrier febrero febbraio февраля февраль",
    3: "march mar märz maerz mars marzo марта март",
    4: "april apr avril abril aprile апреля апрель",
    5: "may mai mayo maggio мая май",
    6: "june jun juni juin junio giugno июня июнь",
    7: "july jul juli juillet julio luglio июля июль",
    8: "august aug août aout agosto августа август",
    9: "september sep sept septembre septiembre setiembre settembre сентября сентябрь",
    10: "october oct oktober octobre octubre ottobre октября октябрь",
    11: "november nov novembre noviembre ноября ноябрь",
    12: "december dec dezember décembre decembre diciembre dicembre декабря декабрь",
}
_MONTH_NUMBER = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTHS = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_WEEKDAYS = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DATE = compiled(
    rf"(?:(?:{_WEEKDAYS}),?\s+)?"
    rf"(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<m2>{_MONTHS})\.?,?\s+(?:de\s+)?(?P<y2>\d{{4}})"
    r"|(?P<d4>\d{1,2})[./](?P<m4>\d{1,2})[./](?P<y4>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:,?\s+(?:at\s+|um\s+|à\s+|a las\s+|в\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr)?"
    r"(?:\s*[A-Z]{2,4})?)?",
    re.I,
)
_DIGIT = compiled(r"\d")
_TIME_ONLY = compiled(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr)?", re.I)
_DATE_WORDS = compiled(
    # a weekday before a capitalised word is a name's ("Sunday Examiner, 9 March 2025"): the date's
    # own weekday is in its match already
    rf"\b(?:published|updated|posted|last updated|last modified|modified|edited|on|at"
    rf"|(?:{_WEEKDAYS})(?!\s+(?-i:[A-Z]))"
    r"|gmt|utc|est|edt|cet|cest|msk|bst|cst|cdt|mst|mdt|pst|pdt|aest|aedt|[ap]m"
    r"|veröffentlicht|aktualisiert|am|um|uhr|stand|publié|mis à jour|le|à|publicado|actualizado|el"
    r"|a las|опубликовано|обновлено|в|date|datum|fecha|дата)(?!\w)\.?",
    re.I,
)
_RELATIVE_TIME = _Opening(
    r"^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$"
    r"|^vor\s+\d+\s+(?:minuten|stunden?|tagen?)$|^il y a\s+\d+\s+(?:minutes?|heures?|jours?)$"
    r"|^hace\s+\d+\s+(?:minutos?|horas?|días?)$|^\d+\s+(?:минут\w*|час\w*|дн\w*|дня)\s+назад$"
    r"|^\d+\s*(?:-|\s)?(?:min(?:ute)?s?)\.?\s+(?:read|lesezeit|de lecture|de lectura)$"
    r"|^(?:reading time|lesezeit|temps de lecture|tiempo de lectura|время чтения)\s*:?\s*\d+\s*\w*\.?$"
)
_INNER_PERIOD = (
    r"\.(?=\S)|(?:"
    + "|".join(f"(?<=\\b{word})" for word in ("[a-z]", "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov"))
    + r")\."
)
"""A period that ends no sentence: inside an initialism ("U.S."), after an initial or a title ("Sen.")."""
_CHECK_BACK = r"(?:please )?check back (?:later |soon )?for (?:more |further )?updates"
_UPDATE_NOTICE = _Opening(
    r"^(?:this is an? (?:developing|breaking)(?: news)? (?:story|report)|"
    r"this (?:story|article|report|post)(?: has been| was| will be| is being| will continue to be) updated"
    rf"(?: (?:with|to include|to reflect|as) (?:[^.!]|{_INNER_PERIOD}){{1,60}})?)"
    rf"(?:,? and (?:it )?will be updated)?(?:[.!]\s*{_CHECK_BACK})?[.!]?$"
    rf"|^{_CHECK_BACK}[.!]?$"
)
"""The notice that a story is still being written or was rewritten, the same in every outlet that
covers an event as it happens: a line of its own, never a sentence of the story."""

# --------------------------------------------------------------------------- Markdown and text

# a link's address may hold balanced parentheses (CommonMark), as Wikipedia's often do:
# "[act](https://en.wikipedia.org/wiki/Act_(1990))" ends at the second ")", not the first
# a link's text holds no '[': looked for from every '[' on, its end made a line of brackets cost
# the square of its length (a 180 KB line: 17 s)
_MD_IMAGE = compiled(r"!\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_MD_LINK = compiled(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_FRONT_MATTER_LINE = compiled(r"^(?:[a-z_][\w.-]*\s*:(?:\s|$)|- |#)")
"""A line of YAML front matter: `key: value`, `key:` (a list follows), a list item, a comment.
Keys are lower case, as static site generators write them: "Update: ..." between two rules is text."""
_MD_BOLD = compiled(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = compiled(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_MD_PREFIX = compiled(r"^\s*(?:#{1,6}\s+|>\s?|[-*+•]\s+(?=\S))")
_SUMMARY_HEAD = compiled(
    r"(?i)^(?:key (?:points|facts|takeaways)|highlights|in brief|at a glance|summary|the essentials"
    r"|what we know(?: so far)?|das wichtigste(?: in kürze)?|in kürze|auf einen blick"
    r"|l['’]essentiel|ce qu['’]il faut (?:savoir|retenir)|en bref|lo más importante|lo que sabemos|claves"
    r"|in breve|i punti chiave|em resumo|o que se sabe|in het kort|главное|najważniejsze|w skrócie)\s*:?$"
)
"""The heading of an article's summary list ("Key points:"): its items are facts of the story."""
_LIST_ITEM = compiled(r"^(?:[-*+•]|\d{1,3}[.)])\s+\S")
_NUMBERED = compiled(r"^(\d{1,3})[.)]\s+(?=\S)(\w*)")
"""A numbered list's item: "1. ", "2) ", its number and the word after it."""
_URL = compiled(r"(?:https?://|www\.)[^\s<>()\[\]]+", re.I)
_EMAIL_IN_BRACKETS = compiled(r"\s*[<(\[][^>)\]]*@[^>)\]]*[>)\]]")
_EMAIL = compiled(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+\b")
"""An e-mail address, tried from the start of a run of its characters only: from every one, a
line of "1.1.1." or "a-a-a-" (one word: a short line) cost the square of its length (60 KB: 9 s)."""
_SPACE = compiled(r"(?:[ \t]|(?<!\d)\u00a0|\u00a0(?!\d{3}(?!\d)))+")
"""A run of spaces, folded to one; but a no-break space between a figure's groups of thousands, which
keeps the figure one ("1\u00a0240": `quantities`)."""
_ALNUM = compiled(r"[^\W_]")
_SENTENCE_END = compiled(r"[.!?…:;][\"'”’»)\]]*$")
_WORD = compiled(r"[^\W\d_]+")
_INNER_NAME = r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}"
"""A capitalised word that does not start a sentence: a name, for telling two events apart."""
_QUOTED = compiled(r"[“\"«„][^“”\"«»„]*[”\"»“]")

# --------------------------------------------------------------------------- machine data

_EDITOR_CODE = compiled(r"^[A-Z]{1,5}(?:/[A-Z]{1,5})+(?:\s+\d{1,4})?$")
_VAR_DUMP = compiled(
    r"^\s*(?:string|array|object|int|float|bool)\(\S*\)\s*(?:\"|\{|#|$)|^\s*var_dump\(", re.I
)
_PRINT_R = compiled(r"^\s*(?:Array|stdClass Object)\s*$|^\s*\[[\w\"' -]+\]\s*=>|^\s*[()]\s*$")
_JSON_LINE = compiled(r"^\s*(?:[\[{]\s*(?:\"|\{|\[|$)|[}\]],?\s*$|\"[^\"]+\"\s*:\s*)")
_JS = compiled(
    r"^\s*(?:function\s*\w*\s*\(|\(function\s*\(|var\s+\w+\s*=|let\s+\w+\s*=|const\s+\w+\s*=|"
    r"window\.\w|document\.\w|\}\)?\)?;?\s*$|\$\(|<script|<!--|//\s*<!\[CDATA|"
    r"[\w.]+\.push\(|[\w.]+\s*=\s*[\w.]+\s*\|\|\s*(?:\[\]|\{\})|if\s*\(.*\)\s*\{|return\s+[^.]*;$|"
    r"[a-zA-Z_$][\w$]*(?:\.[\w$]+)+\(.*\);?\s*$)"
)
_QUERY = compiled(r"^\??(?:[\w.%-]+=[\w.%+,:/-]*&)+[\w.%-]+=[\w.%+,:/-]*$")
_TABLE_SEPARATORS = ("\t", ";", ",")
"""A table's separators, in the order a row is tried with them: a semicolon-separated table may
write its decimals with commas ("41,3")."""
_NUMBER_FIELD = compiled(r"[-+]?[$€£¥]?\d[\d.,]*\s*%?")
_GLUED_SEPARATOR = compiled(r"(?<!\d)[,;](?=[^\s,;])|[,;](?=[^\s\d,;])")
"""A comma or semicolon with no space after it, unless between two digits."""
_SENTENCE_MARKS = (".", "!", "?", "…", ":", ";")
"""What most lines that `_SENTENCE_END` finds end with: told apart without trying it."""
_CODE_MARK = compiled(r'[{}\[\]=]|":')
"""What JSON and code hold and a table of values does not."""
_CLOSER = compiled(r"^[}\])]+[;,]?$")
"""A line that only closes brackets: the end of the data above it."""
_URL_RUN = compiled(r"[^\s<>()\[\]]+")
"""A run of the characters a URL inside a sentence is made of."""
_URL_START = compiled(r"https?://|www\.")

# --------------------------------------------------------------------------- cue phrases
# Patterns kept as source strings (`_ADDRESS`, `_COOKIE`, `_AUTHOR_BIO`, ...) are compiled on first
# use: most articles never reach them, and compiling costs ~1 µs a character (when the pattern cache,
# `patterns.py`, does not hold them yet).

_CREDIT_NAME = (
    r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}(?:\s+in\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})?"
)
_CREDIT = (
    r"(?i:(?:additional |with )reporting\s+(?:(?:by|from)\s+)?"
    r"|(?:reporting|writing|editing|compiled|graphics?|mit material von|avec)\s+(?:by\s+)?)"
    rf"{_CREDIT_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_CREDIT_NAME})*"
)
_CREDITS = compiled(rf"^\(?{_CREDIT}(?:\s*[;,]\s*(?:and\s+)?{_CREDIT}|\s+and\s+{_CREDIT})*\)?\.?$")
"""Credits of a wire story's reporters and editors: "Reporting by Anna Lind in Halsnes; Editing by
Tom Berg", "Additional reporting by Mara Holt", "With reporting from Reuters", "(Reporting by Anna
Lind in Oslo and Tom Berg in Bergen; additional reporting by Mara Holt in Los Angeles; editing by
Per Vik)". "from" only after "with" or "additional": "Reporting from Kyiv and Moscow has been
curtailed" is a story's. Names, places and credits only, to the end: "Reporting by Anna Lind in
Halsnes, the paper uncovered" and "Compiled by Eurostat, the figures show" go on as sentences."""
CREDITS_MAX_WORDS = 60
"""Credits of many reporters run past a short line's length."""
_BYLINE = compiled(
    r"^(?:by|from|written by|reported by|author|reporter|articles by|von|par|por|di|автор|text|texte)"
    r"\s*:?\s+(?P<who>[^\W\d_].+)$",
    re.I,
)
_CATEGORY = _Opening(
    r"^(?:region|regions|theme|themes|category|categories|tags?|topics?|section|filed under|"
    r"in-depth report|keywords|schlagwörter|schlagworte|stichwörter|themen|rubrik|ressort|"
    r"mots[- ]clés|étiquettes|rubrique|thèmes|sujets|etiquetas|temas|sección|categoría|"
    r"теги|темы|рубрика|метки|ключевые слова)\s*:"
)
_HASHTAGS = compiled(r"^(?:#[^\W\d_][\w-]*[\s,]*){2,}$")
_EMBED_SIGNATURE = compiled(r"^[—–-]{1,2}\s*[^\W\d_][^()]{0,60}\(@\w{1,30}\)(?:\s+\S.{0,40})?$")
"""The line an embedded post ends with: "— Name (@handle) March 3, 2025"."""
_EMBED_LABEL = compiled(
    r"^(?:a post shared by .{1,60}\(@[\w.]{1,30}\)|view this post on (?:instagram|tiktok|facebook|x|twitter)"
    r"|view (?:more )?on (?:instagram|tiktok))$"
)
"""The labels an Instagram or TikTok embed shows around its post (seen casefolded)."""
_PICTURE_LINK = compiled(r"\bpic\.twitter\.com/\w+")
_COPYRIGHT = compiled(
    r"^\s*(?:copyright\s*(?:©|\(c\)|\d{4}|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*,?\s+\d{4})|©|\(c\)\s*\d{4})"
    r"|©\s*(?:copyright\s*)?(?:\d{4}|[A-Z])|\briproduzione riservata\b"
    r"|\ball rights reserved\.?\s*$|\balle rechte vorbehalten\.?\s*$|\btous droits réservés\.?\s*$"
    r"|\btodos los derechos reservados\.?\s*$|\bвсе права защищены\.?\s*$",
    re.I,
)
"""A notice's shape: "Copyright ©", "Copyright 2016", "© 2016 …", "… All rights reserved." at the end."""
_ATTRIBUTION = compiled(
    r"^(?:the\s+)?(?:original\s+source\s+of\s+this\s+(?:article|story)\s+is|source\s*:|quelle\s*:|"
    r"fuente\s*:|источник\s*:|"
    r"(?:this\s+(?:article|story)\s+(?:was\s+)?)?(?:first|originally)\s+(?:published|appeared)\b|"
    r"dieser\s+(?:artikel|beitrag)\s+(?:erschien|wurde)\s+(?:zuerst|erstmals)\b|"
    r"cet\s+article\s+a\s+(?:été\s+publié|paru)\s+(?:initialement|d'abord|pour\s+la\s+première\s+fois)\b|"
    r"este\s+(?:artículo|texto)\s+(?:se\s+publicó|fue\s+publicado)\s+originalmente\b)",
    re.I,
)
_PROVENANCE = compiled(
    # a newsroom's standards line: "Our Standards: The Meridian Press Trust Principles."
    r"^(?:(?:our\s+(?:editorial\s+)?|editorial\s+)(?:standards|principles|guidelines|ethics|policy)\s*:|"
    # a translation note: "Translated from the Spanish by our international desk"
    r"(?:this\s+(?:article|story|text)\s+(?:was|has\s+been)\s+)?translated\s+(?:from|by)\b|"
    r"aus\s+dem\s+\w+\s+übersetzt\b|übersetzt\s+(?:aus|von)\b|traduit\s+(?:de|du|par)\b|"
    r"traducido\s+(?:del?|por)\b|tradott[oa]\s+(?:da|dal|dall['’]|dallo|dalla)|traduzido\s+(?:d[oa]|por)\b)",
    re.I,
)
"""The standards a newsroom keeps and the language an article was translated from, opening a line
that says nothing else of the story ("The report was translated from the German" is the story's)."""
_PROMPT = compiled(
    r"\b(?:subscribe|sign up|newsletter|follow us|like us|share (?:this|it|on|via|with)|"
    r"become a(?: [\w-]+){0,3} (?:member|subscriber|patron|supporter)|"
    r"donate|support (?:us|our)|comment on|join (?:us|the conversation)|click here|read more|"
    r"related articles?|recommended|leave a comment|tweet this|email this|print this|"
    r"teilen|folgen sie uns|jetzt abonnieren|unterstützen sie|partager|suivez-nous|abonnez-vous|"
    r"partilhar|compartilhar|deel dit artikel|delen|udostępnij|podziel się|"
    r"unsubscribe|abbestellen|se désabonner|darse de baja|отписаться|follow [\w ]{1,40} on|condividi|"
    r"partagez|comparte|поделитесь|(?:was|did you find) this (?:article|story) (?:helpful|useful)|"
    r"cet article vous a été utile|war dieser artikel hilfreich|te ha resultado útil|"
    r"soutenez|compartir|síguenos|suscríbete|apoya|поделиться|подписывайтесь|подпишитесь|поддержите|"
    r"hier klicken|cliquez ici|haz clic aquí|haga clic aquí|jetzt (?:den |unseren )?newsletter abonnieren)\b",
)
_READER_NOTICE = compiled(
    r"^(?:this (?:article|story|content) is (?:only )?(?:for|available to) (?:paying )?"
    r"(?:subscribers|members)|(?:subscribers|members)[ -]only(?: (?:content|article|story))?(?:[.:!|]|$)"
    r"|you(?:'ve| have) (?:reached|used up) (?:your|the|all)\b[^.?!]{0,30}\b(?:free|articles?|stories)\b"
    r"|you(?:'ve| have) reached your (?:\w+ )?limit\b|you have \d+ free (?:articles?|stories) left"
    r"|already a (?:subscriber|member)\?"
    r"|(?:spotted|found|seen|see|noticed) (?:a|an) (?:mistake|error|typo)\?(?:\s*(?:let us know|tell us"
    r"|email us|contact us|write to us|report it|click here|get in touch)\b[^.?!]{0,40}[.!]?)?\s*$"
    r"|report (?:a|an) (?:error|mistake|typo)(?: in this (?:article|story|page))?(?:[.:!|]|$))"
)
"""A paywall's notice or a newsroom's call for corrections, opening a line: "This article is for
subscribers only", "Spotted a mistake? Let us know". Each is the notice's own words to their end or
to free articles: a story's "Subscribers only learned of it on Monday", "You have reached the limit
of what the bridge can carry" and "Report a mistake in a tax return within 30 days" ask nothing, nor
do "the inspectors found a mistake" and "Seen a mistake? The agency says you must report it"."""
_CORRECTION_NOTE = compiled(
    r"(?:correction|clarification|korrektur|richtigstellung|rectificatif|erratum)"
    r"(?:\s*\([^()]{1,30}\))?\s*(?::|\s[—–-])(?=\s*\S)"
    r"|(?:an?|one) (?:earlier|previous|older) version of this (?:article|story|report|piece)\b"
    r"|this (?:article|story|report|piece) (?:has been|was) "
    r"(?:(?:amended|updated|changed|edited) to (?:correct|clarify)|corrected|amended)\b"
    r"|(?:in )?einer (?:früheren|vorherigen|älteren) (?:version|fassung) (?:dieses|des) "
    r"(?:artikels|textes|beitrags)\b"
    r"|(?:dans )?une (?:version précédente|précédente version) (?:de cet|du|de l['’]) ?article\b"
)
"""A newsroom's correction note, opening a paragraph: "Correction: an earlier version of this article
said ...", "An earlier version of this story misstated ...", "This article has been amended to
correct ...", "Clarification (12 March): ...", "Korrektur: ...", "In einer früheren Version dieses
Artikels ...", "Rectificatif : ...", "Une version précédente de cet article ...". It tells what the
story said before, not a fact of it: the corrected-away figure must not stand as one. A story's
"the correction in share prices" or "Correctional officers said" opens with no such words."""
_PAYWALL_OTHER = compiled(
    r"(?:(?:(?:(?:cet |l['’])?article |ce contenu )(?:est )?)?réservée? aux abonnés"
    r"|il vous reste \d+\s?% (?:de cet article|de l['’]article|à lire)(?: à lire)?"
    r"|(?:diese[rs]? (?:artikel|beitrag|inhalt|text) ist )?(?:nur|exklusiv) für abonnent(?:en|innen)"
    r"(?: verfügbar| zugänglich| sichtbar| lesbar)?"
    r"|(?:este (?:artículo|contenido) es )?(?:contenido )?(?:exclusivo|sólo|solo) para suscriptores"
    r"|(?:questo articolo è |contenuto )?riservato agli abbonati"
    r"|(?:este )?(?:conteúdo|artigo) (?:é )?exclusivo para assinantes"
    r"|(?:dit artikel is )?(?:alleen|enkel|uitsluitend) voor abonnees"
    r"|(?:этот материал |эта статья )?доступ\w* только (?:для )?подписчик\w*"
    r"|(?:artykuł |treść )?(?:dostępn\w* )?tylko dla (?:prenumeratorów|subskrybentów|abonentów)"
    r")\s*[.!:]?"
    # a newsroom's call for corrections: its question, then nothing or a call to write to it
    r"|(?:(?:haben sie |sie haben )?einen fehler (?:gefunden|entdeckt)"
    r"|(?:vous avez )?(?:repéré|trouvé|vu) une (?:erreur|faute)"
    r"|¿?(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error|¿?encontraste un error"
    r"|hai (?:trovato|notato) un errore|(?:encontrou|viu) (?:um|algum) erro"
    r"|(?:fout|foutje) (?:gezien|ontdekt)|(?:ziet u|zie je) een fout"
    r"|zauważył(?:eś|aś)? błąd|нашли ошибку|заметили ошибку)\s*\?"
    r"(?:\s+[^?]{0,80}(?:uns|nous|nos|ci|ce|ons|nam|нам|\S@\S)[^?]{0,60})?"
    r"|(?:signaler|signalez) une erreur|fehler melden|segnala(?:re)? un errore|fout melden|zgłoś błąd"
)
"""A paywall's notice or a call for corrections in another language, the whole line: "Cet article
est réservé aux abonnés", "Dieser Artikel ist nur für Abonnenten verfügbar", "Il vous reste 68% de
cet article à lire", "Haben Sie einen Fehler gefunden? Schreiben Sie uns an ...", "Нашли ошибку?"
(a story's "les places sont réservées aux abonnés du réseau" goes on, as does a question the
story quotes: "«Haben Sie einen Fehler gefunden?», fragte der Richter")."""
_TIPS_CALL = _Phrases(
    r"\b(?:we(?:'d| would)? (?:want|like|love) to hear (?:from you|your)|get in touch with us|"
    r"(?:share|send us|tell us) your (?:story|stories|experiences?|photos|pictures|videos|tips?|views)|"
    r"have you been affected by)\b",
    "hear from you|hear your|touch with us|your |affected",
)
"""A newsroom's call for readers' tips: "we" speaking to "you" (a sentence of the story reports
such a call: "police asked anyone who saw it to get in touch"; an interview's question to a
passenger, "Were you on board when it started?", is not one)."""
_ADDRESS = (
    r"\b(?:you|your|our|us|sie|ihr|unser\w*|vous|votre|vos|nous|notre|nos|usted|tu|tus|nuestr\w+|"
    r"вы|вас|ваш\w*|нас|наш\w*)\b"
)
"""Prompts speak to the reader; a sentence of the story rarely does."""
_REPORTED = compiled(
    r"\b(?:says|said|according to|told|reports?|reported|sagte|sagt|laut|a déclaré|selon|dijo|según|"
    r"заявил\w*|сообщил\w*|по словам)\b"
    # a speaker after a comma and a verb that reports: "Sign up for alerts, the mayor urged"
    r"|,\s+(?:[\w'’.-]+\s+){1,4}(?:urged|urges|warned|warns|wrote|writes|tweeted|tweets|posted|posts"
    r"|added|adds|concluded|announced|announces|advised|advises|insisted|insists|stated|states"
    r"|explained|explains|appealed|pleaded)\b",
)
_MEMBER_OF = r"\b(?i:become an?) (?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*) (?:member|subscriber)\b"
_CONTACT = _Opening(
    r"^(?:for\s+(?:media|press)\s+(?:inquiries|enquiries)|contact(?:\s+us)?\s*:|kontakt\s*:|"
    r"pressekontakt|contacto\s*:|контакты\s*:)"
)
_DISCLAIMER_STRONG = compiled(
    r"sole responsibility of the author|do not necessarily reflect|views expressed (?:in|by) (?:this|the)|"
    r"not be responsible for any|grants? permission to cross-post|contains copyrighted material|"
    r"^(?:disclaimer|legal notice|terms of use|haftungsausschluss|avertissement|aviso legal|"
    r"отказ от ответственности|privacy (?:notice|policy|statement)|datenschutz(?:hinweis|erklärung)?|"
    r"(?:avis|politique) de confidentialité|(?:aviso|política) de privacidad)\s*:|"
    r"do(?:es)? not constitute (?:legal|financial|investment|professional) advice|makes no warranty|"
    r"without (?:prior )?written permission",
)
_DISCLAIMER_WEAK = _Phrases(
    r"fair use|copyright owner|without profit|educational purposes|hyperlink to the original|"
    r"cross-post|not always been specifically authorized|request permission|rights holders?|"
    r"accepts? no liability|non-commercial|repost|republish|reproduced? without|"
    r"ohne (?:schriftliche )?genehmigung|sans autorisation|sin autorización|без разрешения",
    (
        "fair use|copyright owner|without profit|educational purposes|hyperlink to the original|"
        "cross-post|not always been specifically authorized|request permission|rights holder|"
        "no liability|non-commercial|repost|republish|reproduce|genehmigung|sans autorisation|"
        "sin autorización|без разрешения"
    ),
)
_LEGAL_CUE = (
    r"\b(?:copyright\w*|rights?|permission|consent|fair use|liabilit\w+|reprint|repost|republish|"
    r"reproduc\w+|licen[cs]\w+|terms of (?:use|service)|privacy)\b"
)
_COOKIE = (
    r"\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|(?:accept|allow|reject) (?:all )?cookies|"
    r"cookie (?:policy|settings|preferences|consent)|use of cookies|"
    r"wir (?:verwenden|nutzen) cookies|(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt) cookies|"
    r"cookies? (?:akzeptieren|zulassen|einstellungen)|nous utilisons des cookies|"
    r"ce site utilise des cookies|(?:accepter|refuser) les cookies|utilizamos cookies|"
    r"(?:este|nuestro) (?:sitio|portal)(?: web)? utiliza cookies|(?:aceptar|rechazar) (?:las )?cookies|"
    r"(?:используем|использует) (?:файлы )?cookie|файлы cookie)"
)
_NEWSLETTER = _Phrases(
    r"\b(?:newsletters?|(?:in|to) your inbox|enter your e-?mail|daily briefing|morning briefing|"
    r"abonnieren sie unseren|in ihr postfach|infolettre|dans votre boîte|boletín|en tu (?:correo|bandeja)|"
    r"рассылк\w+|на (?:вашу )?почту|"
    r"(?:get|receive|sign up for) (?:our|the) (?:free )?(?:[\w-]+ ){0,3}(?:e-?mail|briefing|bulletin))\b",
    (
        "newsletter|inbox|mail|briefing|abonnieren sie unseren|postfach|infolettre|dans votre boîte|"
        "boletín|en tu |рассылк|почту|bulletin"
    ),
)
_COOKIE_WORD = r"(?i)\bcookies?\b|\bcookie-"
_PHOTO_CREDIT = _Phrases(
    r"^[(\[]?(?:photo(?:graph)?s?|image|picture|pictured|foto(?:s|grafía)?|bild|imagen|crédits? photo|"
    r"photo credit|credit|crédit|фото|иллюстрация|image caption|media caption)\s*(?:by|:|©|/|—|-)\s*\S"
    r"|^[(\[]?(?:photo|foto|фото|bild)\s*$"
    r"|\b(?:getty images|shutterstock|ap photo|afp via getty|reuters/|/reuters|/afp|/ap\b|"
    r"picture alliance|imago images|dpa\b|epa-efe|tass/|риа новости/)",
    (
        "photo|image|picture|foto|bild|crédit|credit|фото|иллюстрация|caption|getty|shutterstock|"
        "reuters/|/reuters|/afp|/ap|imago|dpa|epa-efe|tass/|риа новости/"
    ),
)
_CAPTION_LABEL = _Opening(
    r"^(?:pictured|picture|photo(?:graph)?|image|foto|bild|imagen|фото|image caption|media caption)\s*:"
)
"""A caption in plain text opens with its label and a colon ("Pictured: the ferry at the quay."),
and may end like a sentence."""
_COMMENTS_HEAD = _Opening(
    r"^(?:\d+\s+)?(?:comments?|reader comments|kommentare?|leserkommentare|commentaires?|"
    r"comentarios?|comentários?|commenti|reacties|komentarze|комментари\w*|discussion)"
    r"\s*(?:\(\d+\)|\d+)?\s*:?$"
)
_COMMENTS_COUNT = _Opening(
    r"^\d+\s+(?:responses?|replies|thoughts|comments?|respuestas?|comentarios?|réponses?|commentaires?|"
    r"antworten|kommentare|ответ\w*|комментари\w*)\s+(?:to|on|a|à|zu|на|en)\b"
)
_COMMENTS = _Opening(
    r"^(?:leave a (?:comment|reply)|deja (?:un|una) (?:comentario|respuesta)|laisse[rz] un commentaire|"
    r"hinterlassen sie einen kommentar|оставьте комментарий|log ?in to (?:comment|reply)|sign in to comment|"
    r"be the first to comment|"
    r"show (?:more |all )?comments|load more comments|view (?:all )?\d* ?comments|reply|report|"
    r"antworten|melden|kommentar schreiben|répondre|signaler|écrire un commentaire|responder|denunciar|"
    r"ответить|пожаловаться|написать комментарий|rispondi|reageer|odpowiedz|"
    r"\d+\s+(?:likes?|replies|réponses|respuestas|ответ\w*))"
    r"\s*[.!]?$"
)
_AD_GAP = (
    r"continue reading (?:below|the main story)|(?:story|article) continues below(?: (?:the )?advertisement)?"
)
"""The line a page leaves where it cut the story for an advertisement, alone or after its label."""
_ADVERT = compiled(
    r"^[-–—\s]*(?:(?:advertisement|advertising|ad|sponsored(?: content)?|anzeige|werbung|publicité|pub|"
    r"publicidad|publicidade|pubblicità|advertentie|reklama|реклама|partner content)"
    rf"(?:\s*[-–—]\s*(?:{_AD_GAP}))?|{_AD_GAP})[-–—\s]*$",
    re.I,
)
_NAVIGATION = _Opening(
    r"^(?:skip to (?:main )?content|skip navigation|back to top|jump to|main menu|menu|search|home|"
    r"(?:open|close|toggle) (?:the )?(?:navigation|menu|search)(?: menu)?|listen to (?:this )?article|"
    r"sign in|log ?in|sign up|register|my account|next article|previous article|next story|"
    r"(?:back|go) to (?:the )?home ?page|zurück zur startseite|retour à l'accueil|volver a la portada|"
    r"zum inhalt springen|zur startseite|nach oben|suche|anmelden|startseite|aller au contenu|"
    r"retour en haut|rechercher|accueil|se connecter|ir al contenido|volver arriba|buscar|inicio|"
    r"iniciar sesión|перейти к содержанию|наверх|поиск|главная|войти)\s*[›»>|]?$"
)
_RELATED_HEAD = _Opening(
    r"^(?:related(?: (?:articles?|stories|coverage|content|topics|links|reading))?|read (?:more|also|next)|"
    r"see also|continue reading|weiterlesen|lire la suite|seguir leyendo|leer más|"
    r"more (?:on (?:this|these)(?: (?:story|stories|topics?|subjects?|issues?))?|stories|news|from \w+)|"
    r"(?:explore|read) more on (?:this|these) (?:story|stories|topics?|subjects?)|"
    r"recommended(?: (?:for you|stories|reading))?|most (?:read|popular)|you (?:may|might) also like|"
    r"trending|mehr zum thema|mehr zu diesem thema|lesen sie auch|auch interessant|weitere artikel|"
    r"das könnte sie (?:auch )?interessieren|à lire aussi|lire aussi|sur le même sujet|plus sur ce sujet|"
    r"articles? (?:connexes|liés)|les plus lus|à voir aussi|lee también|te puede interesar|más noticias|"
    r"lo más leído|más sobre (?:este|el) tema|(?:noticias |artículos )?relacionad[oa]s|leia também|"
    r"veja também|leggi anche|lees ook|lees meer|czytaj także|czytaj też|"
    r"zobacz też|zobacz także|читайте также|по теме|ещё по теме|самое читаемое|другие новости)\s*:?$"
)
_RELATED_LEAD = _Opening(
    r"^(?:related|read (?:more|also|next)|see also|also read|mehr zum thema|lesen sie auch|lire aussi|"
    r"à lire aussi|voir aussi|lee también|lea también|ver también|leggi anche|leia também|veja também|"
    r"lees ook|czytaj także|czytaj też|zobacz też|читайте также|по теме)"
    # its headline after a colon, a bar or a dash, or straight after the lead when it opens with a
    # capital ("Lire aussi Grève au port : ..."; "Read more than 40 pages ..." is a sentence)
    r"(?:\s*[:|]\s*\S|\s+[-–—]\s+\S|\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ«\"“„]))"
)
_AGENCY_DATELINE = _Phrases(
    r"^[^\W\d_][\w .'’-]{1,30}\s*\((?P<agency>EFE|AFP|AP|Reuters|dpa|Europa Press|ANSA|TASS|RIA Novosti|"
    r"Interfax|PAP|CTK|APA|Xinhua)\)\s*[-–—.:]*\s*$",
    (
        "(EFE)|(AFP)|(AP)|(Reuters)|(dpa)|(Europa Press)|(ANSA)|(TASS)|(RIA Novosti)|(Interfax)|(PAP)|"
        "(CTK)|(APA)|(Xinhua)"
    ),
)
_WIRE_DATELINE = (
    # places of two desks between slashes: "FRANKFURT/NEW YORK"
    r"(?P<place>[^\W\d_][\w.'’-]*(?:[ /][^\W\d_][\w.'’-]*){0,3})"
    # a state or a country: "PORTLAND, Ore.", "ALBANY, N.Y.", "D.C.", "KYIV, Ukraine", "SEOUL, South Korea"
    r"(?:, (?:[A-Z][a-z]{1,5}\.|(?:[A-Z][a-z]?\.){2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    rf"(?P<date>,? (?i:(?:{_MONTHS})\.? \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}}\.? (?:{_MONTHS})\.?(?: \d{{4}})?))?"
    r"(?: ?--)? ?(?:\((?P<agency>[^\W\d_][^()]{0,29})\)|/(?P<slashed>[^\W\d_][^/ ]{1,29})/)"
    r" ?(?:--?|–|—|\.-) ?"
)
"""A wire's dateline heading a lede: a place (in capitals, with a date, or with a known agency),
the agency in parentheses or between slashes, a dash: "LONDON (Reuters) -", "PARIS, Dec 3 (AFP) -",
"Berlin (dpa) -", "NEW YORK, Nov. 14, 2025 /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS WIRE)--"."""
_PLACE_DASH = (
    r"(?P<place>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3})"
    r"(?:, (?:[A-Z][a-z]{1,5}\.|(?:[A-Z][a-z]?\.){2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    rf"(?P<date>,? (?i:(?:{_MONTHS})\.? \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}}\.? (?:{_MONTHS})\.?(?: \d{{4}})?))?"
    r"(?: ?(?:—|–|--) ?| - )"
)
"""A dateline without an agency: a place (in capitals: the caller checks), perhaps its state or a
date, a dash: "KESTON —", "KESTON, Maine —", "PORT ELLEN --", "KESTON, March 3 —"."""
_PLACE_STOP = r"(?P<place>[^\W\d_][\w'’-]*(?:[ /][^\W\d_][\w'’-]*){0,2})\. "
"""A place and a full stop heading a paragraph: "Velmar. ", "Bad Tarnau. ", "Tarnau/Ems. "."""
_START_OF_SENTENCE = compiled(r"[\"'“‘«„]?[^\W\d_a-z]")
_WEEKDAY = compiled(_WEEKDAYS, re.I)
PLACE_MIN_LETTERS = 3
"""A place's first word has at least this many letters: "Dr.", "St.", "Mr." are titles."""
_NOT_PLACES = frozenset(
    "mrs mr ms dr st sen rep gov prof gen col lt sgt capt rev jr sr hr fr nr bzw ca vgl inc ltd co "
    "corp no vol abs art ziff nein ja yes oui non sí".split()
)
"""Titles and abbreviations written with a full stop, and answers: not places before one."""
WIRE_AGENCIES = frozenset(
    "ap|afp|reuters|dpa|efe|europa press|ansa|tass|ria novosti|interfax|xinhua|upi|bloomberg|pa|aap|"
    "ani|pti|ians|kyodo|yonhap|anadolu|pap|ctk|apa|lusa|belga|anp|ntb|kna|epd|cnn".split("|")
)
"""Agencies whose dateline may name its place in ordinary case ("Berlin (dpa) -")."""
AGENCY_NAMES = {"ap": "The Associated Press", "upi": "United Press International"}
"""Agencies a dateline names by initials where their copyright line writes the name: a wire copy
with its line and one without are one outlet ("(AP)" and "Copyright 2026 The Associated Press")."""
_ACRONYM_FILLERS = frozenset({"of", "and", "for", "the", "de", "&"})
MASTHEAD_WORDS = frozenset(
    "times post news herald gazette gazzetta gazeta journal jornal courier courrier corriere correio correo "
    "diario diário daily weekly tribune tribuna chronicle observer examiner review record recorder standard "
    "mail express telegraph guardian independent mirror star sun press prensa presse zeitung rundschau "
    "nachrichten anzeiger kurier tagblatt morgenpost monde figaro parisien dépêche quotidien país mundo "
    "periódico vanguardia voz heraldo stampa repubblica messaggero giornale mattino público notícias folha "
    "expresso nieuws krant dagblad inquirer advertiser argus globe mercury register telegram monitor "
    "leader reporter magazine bulletin dispatch sentinel echo ledger citizen allgemeine новости вестник "
    "газета "
    "известия".split()
)
"""Words of newspapers' names: a line of a few capitalised words with one ("Dales Courier", "Diario
del Sur") above a dateline is the outlet's name, not a person's or a headline's."""
PLACE_PREFIXES = frozenset(
    "new san santa são los las st st. saint sankt port fort rio hong buenos tel abu".split()
)
"""First words of places of two words or more ("New York", "San José"): a dateline's name that
starts so is its place."""
NAME_LINE_MAX_WORDS = 6
"""An outlet's name on a line of its own is at most this many words."""
MASTHEAD_MAX_WORDS = 4
"""An outlet's name heading a document with no dateline under it and no edition after it is at most
this many words ("The Sunday Times", "The New York Times"): a longer line of capitalised words with
a newspaper's word is as often a headline in title case ("Record Heat Grips The Valley")."""
_OUTLET_OVER_DATELINE_WHY = "rule: the outlet's name above the dateline"
_SECTION_AFTER = compiled(r"\s+[|–—]\s+")
"""Between an outlet's name and its section on one line: "Name – International", "Name | World"."""
_EDITION_AFTER = compiled(
    r"(?i)\s+[-|–—]\s+(?:(?:in\s+)?english|international|"
    r"(?:[^\W\d_][\w-]*\s+)?(?:edition|service|desk|version|translation))$"
)
"""The edition an outlet's name gives after a dash or a bar ("Name – English edition", "Name - English
service", "Name — International"): as in brackets (`newsdiff.load.EDITION`), no part of the name."""
_NAME_FILLERS = frozenset("of the and & de du des la le les der die el del della di da do dos das".split())

_AUTHOR_BOX_HEAD = _Opening(
    r"^(?:about the authors?|more (?:articles )?(?:from|by) [A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}|"
    r"(?:all )?(?:articles|stories|posts) by [A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}|"
    r"über (?:den|die) autor(?:in)?|"
    r"weitere artikel von .+|à propos de l'auteur|plus d'articles de .+|sobre el autor|"
    r"más artículos de .+|об авторе|все материалы автора|другие статьи автора)\s*:?$"
)
_AUTHOR_BIO = (
    r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}\s+(?:is|was|ist|est|es|—|-)\s+(?:a|an|the|ein|eine|un|une|una)?"
    r"\s*(?:[\w-]+\s+){0,4}(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|"
    r"redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|journaliste|correspondante?|rédact(?:eur|rice)|"
    r"periodista|corresponsal|redactor(?:a)?|корреспондент|журналист\w*|редактор)\b"
)
_AUTHOR_BEAT = (
    r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s+(?:covers|writes about|reports on|has written about|"
    r"schreibt (?:seit \d{4} )?über|couvre|écrit sur|cubre|escribe sobre|пишет о)\b"
)
_AUTHOR_BIO_CUE = compiled(
    r"\b(?:covers|writes about|based in|follow (?:him|her|them)|twitter|@\w+|e-?mail|reach (?:him|her|them)|"
    r"berichtet über|schreibt über|couvre|cubre|пишет о)\b|@",
)


@record(frozen=False)
class _Draft:
    """What cleaning one document has found so far."""

    title: str | None
    date: str | None
    outlet: str | None
    author: str | None
    agency: str | None = None
    """The news agency a dateline names ("(Reuters)"): the outlet when the article names none."""
    dateline_day: tuple[int, int] | None = None
    """The month and day a dateline gives without a year ("Nov 10"), for `_date_datelines`."""
    dateline: _Block | None = None
    """The block whose dateline gave `dateline_day` (its removal says where the date came from)."""


@record(frozen=False)
class _Block:
    """One line of a document on its way through the cleaner."""

    raws: list[str]
    """The lines as in the document (stripped): what `removed` shows. More than one when a
    sentence broken across lines was joined again."""
    plain: str
    """Repaired, Markdown unwrapped: what a reader reads and the body keeps."""
    paragraph_start: bool
    reason: RemovalReason | None = None
    why: str = ""
    features: Features | None = None
    kind: BlockClass = BlockClass.BAD
    cut: RemovedBlock | None = None
    """A wire dateline taken off the front of `plain`: listed as removed if the block is kept."""

    def remove(self, reason: RemovalReason, why: str) -> None:
        self.reason, self.why = reason, why

    @property
    def raw(self) -> str:
        return " ".join(self.raws)


@record(frozen=False)
class _Read:
    """A document read into blocks, before the inputs are compared and context is settled."""

    doc: Document
    draft: _Draft
    blocks: list[_Block]
    language: str | None
    forms: list[str] = field(default_factory=list)
    """Each block's comparable form, worked out where the document is read (in a pool worker,
    with many documents) for the comparison across inputs."""
    inline: list[RemovedBlock] = field(default_factory=list)


def clean(
    docs: Sequence[Document], options: Options | None = None, *, keep_empty: bool = False
) -> list[Article]:
    """Remove the boilerplate of each document; the articles keep the documents' order.

    With two or more documents, a block repeated verbatim across them that is not a sentence of
    their story is removed as template. A document of which nothing is left raises
    `EmptyArticleError`, or with `keep_empty` is an article without paragraphs that keeps its
    removed blocks (`clean --explain` shows them; `nothing_left` says it in one line).
    """
    reads = [read for part in pmap(_read_many, docs, (options or Options()).jobs) for read in part]
    _mark_templates(reads)
    _date_datelines(reads)
    articles = [_finish(read, index, keep_empty) for index, read in enumerate(reads)]
    return name_articles(articles, len((options or Options()).labels))


def name_articles(articles: Sequence[Article], given: int = 0) -> list[Article]:
    """Label each article by its outlet when cleaning found one, else keep its source's name; the
    first `given` keep the labels the user gave. Labels that repeat get their position."""
    names = [(a.metadata.outlet or a.label) if a.index >= given else a.label for a in articles]
    return [replace(a, label=label) for a, label in zip(articles, numbered(names), strict=True)]


def numbered(labels: Sequence[str]) -> list[str]:
    """Labels that repeat, each with its position ("127.0.0.1#1", "127.0.0.1#2")."""
    counts = Counter(labels)
    return [f"{label}#{n + 1}" if counts[label] > 1 else label for n, label in enumerate(labels)]


def clean_document(doc: Document, index: int = 0) -> Article:
    """Clean one document into an article, raising `EmptyArticleError` when no body is left."""
    return _finish(_read(doc), index)


# --------------------------------------------------------------------------- reading


def _read_many(docs: list[Document]) -> list[_Read]:
    """`_read` over a chunk of the documents (see `newsdiff.parallel`)."""
    return [_read(doc) for doc in docs]


def _read(doc: Document) -> _Read:
    """Blocks of a document with the rules applied and their features measured."""
    meta = doc.metadata
    draft = _Draft(title=meta.title, date=meta.date, outlet=meta.outlet, author=meta.author)
    blocks: list[_Block] = []
    blank = True
    lines = doc.text.split("\n")
    wrapped = _hard_wrapped(doc.text)
    width = _wrap_width(lines, wrapped)
    for raw in lines:
        line = raw.strip()
        if not line:
            blank = True
            continue
        if (
            not blank
            and width
            and len(blocks[-1].raws[-1]) + 1 + len(line.split()[0]) > width
            # (in text not surely wrapped, a line that ends a sentence may be a paragraph of its own)
            and (wrapped or not _SENTENCE_END.search(blocks[-1].raws[-1]))
        ):
            # the line the previous one was wrapped from: the rules see the whole line, as unwrapped
            blocks[-1].raws.append(line)
            blocks[-1].plain = unwrap_markdown(repair(" ".join(blocks[-1].raws)))
            continue
        blocks.append(_Block(raws=[line], plain=unwrap_markdown(repair(line)), paragraph_start=blank))
        blank = False
    _unnumber_lists(blocks)
    language = detect_language(" ".join(b.plain for b in blocks))
    front = _front_matter(blocks)
    _data_tables(blocks)
    before: _Block | None = None
    for block in blocks:
        if block.reason is None:
            _apply_rules(block, draft, before)
        before = block
    _embedded_posts(blocks, doc.embeds)
    _bare_byline(blocks, draft)
    _find_title(blocks, draft)
    _standfirst(blocks, doc.standfirst)
    draft.title = draft.title or front.get("title")
    draft.date = draft.date or parse_date(front.get("date", ""))
    draft.author = draft.author or front.get("author")
    blocks = _rejoin(blocks, _hard_wrapped(doc.text))
    opening = True  # no sentence of the story yet: a dateline without an agency can head it
    for block in blocks:
        if block.reason is None:
            _cut_wire_dateline(block, draft)
            if opening and block.cut is None:
                _cut_place_dateline(block, language, draft)
        block.features = feats.measure(block.raw, block.plain, language)
        block.kind = feats.classify(block.features)
        if block.reason is None and _greeting(block):
            block.remove(R.BOILERPLATE, "rule: a greeting alone ('Welcome'), no sentence and no fact")
        opening = opening and not (block.reason is None and block.features.sentence)
    _summary_lists(blocks)
    forms = [comparable(b.plain) for b in blocks]
    return _Read(doc=doc, draft=draft, blocks=blocks, language=language, forms=forms)


_STANDFIRST_WHY = "rule: the page's standfirst, its summary under the headline"


_GREETING = compiled(
    r"(?i)(?:welcome|hello|hi|good (?:morning|afternoon|evening)|willkommen|bienvenue|bienvenid[oa]s?"
    r"|benvenut[io]|bem-vind[oa]s?|welkom|witamy|добро пожаловать)[\s!.…:]*"
)


def _greeting(block: _Block) -> bool:
    """A live blog's greeting on a line of its own ("Welcome", "Good morning"): it tells nothing."""
    return len(block.plain) <= GREETING_MAX_CHARS and bool(_GREETING.fullmatch(block.plain))


def _standfirst(blocks: list[_Block], standfirst: str) -> None:
    """The summary an HTML page sets under its headline (`Document.standfirst`) goes, at the head of
    the article: the outlet's own digest of the story, it was matched against other outlets' ledes
    with its wording and numbers, and made conflicts the story does not hold. Further down, a
    paragraph of the same words is the story's."""
    if not standfirst:
        return
    wanted = comparable(standfirst)
    for block in blocks[:TITLE_SEARCH_BLOCKS]:
        if block.reason is not None:
            continue
        if _same_text(block.plain, standfirst) and comparable(block.plain) == wanted:
            block.remove(R.STANDFIRST, _STANDFIRST_WHY)
            return
        if _SENTENCE_END.search(block.plain) and len(block.plain.split()) >= feats.GOOD_SENTENCE_WORDS:
            return  # the story has begun


def _summary_lists(blocks: list[_Block]) -> None:
    """The items of a summary list under its heading ("Key points:", "Das Wichtigste in Kürze")
    are story: short lines without a full stop, at the top of the text, they were boilerplate by
    context, and the facts they alone tell were lost. The story goes on after such a list; a list
    it does not go on after is the page's ("Highlights" of other stories under the article)."""
    for n, head in enumerate(blocks):
        if head.reason is not None or not _SUMMARY_HEAD.match(head.plain):
            continue
        end = n + 1
        while end < len(blocks) and _LIST_ITEM.match(blocks[end].raw):
            end += 1
        if any(b.reason is None and b.kind is BlockClass.GOOD for b in blocks[end:]):
            for item in blocks[n + 1 : end]:
                if item.reason is None:
                    item.kind = BlockClass.GOOD


def _unnumber_lists(blocks: list[_Block]) -> None:
    """The numbers of a numbered list ("1. ", "2) ") dropped from its items: left in, each was a
    sentence of its own ("1.") and a figure. A list is two lines or more in a row, each numbered
    one on from the one before or alike (Markdown renumbers "1. 1. 1."); a line whose number comes
    before a month is a date ("3. Oktober"), and one numbered line alone may be a name ("1. FC")."""
    run: list[_Block] = []
    last = 0
    for block in blocks:
        found = _NUMBERED.match(block.plain)
        if found and found.group(2).casefold() in _MONTH_NUMBER:
            found = None
        number = int(found.group(1)) if found else 0
        if found and run and number in (last, last + 1):
            run.append(block)
        else:
            _unnumber(run)
            run = [block] if found else []
        last = number
    _unnumber(run)


def _unnumber(items: list[_Block]) -> None:
    if len(items) > 1:
        for item in items:
            item.plain = _NUMBERED.sub(r"\2", item.plain, count=1)


def _front_matter(blocks: list[_Block]) -> dict[str, str]:
    """A static site's YAML front matter at the top of a Markdown article (`---`, `key: value`
    lines, `---`): its lines are removed as machine data, and its keys returned (the title, date
    and author are the article's, unless the text says otherwise)."""
    if not blocks or blocks[0].raw != "---":
        return {}
    ends = [n for n, b in enumerate(blocks[1 : FRONT_MATTER_MAX_LINES + 1], 1) if b.raw in ("---", "...")]
    inside = blocks[1 : ends[0]] if ends else []
    if not inside or not all(_FRONT_MATTER_LINE.match(b.raw) for b in inside):
        return {}
    if not any(b.raw.startswith(("title:", "date:")) for b in inside):
        return {}  # keyed lines between two rules, but not an article's front matter
    keys: dict[str, str] = {}
    for block in blocks[: ends[0] + 1]:
        block.remove(R.MACHINE_DATA, "rule: front matter (YAML) at the top")
        key, _, value = block.raw.partition(":")
        if value.strip():
            keys.setdefault(key.strip().lower(), value.strip().strip("\"'").strip())
    return keys


def _data_tables(blocks: list[_Block]) -> None:
    """Tables of separated values pasted into an article (a CSV under "Here are the results:"):
    TABLE_MIN_ROWS lines or more in a row, each split by one separator into as many short fields,
    with numbers in half of them at least (one line of rows run together is `_packed_rows`). Kept,
    each row was a sentence of the story, a fact only that outlet reported."""
    # (most lines end a sentence or hold no separator: they are passed over without a call)
    shapes = [
        _row_shape(line)
        if block.reason is None
        and not (line := block.raws[0]).endswith(_SENTENCE_MARKS)
        and ("," in line or ";" in line or "\t" in line)
        else None
        for block in blocks
    ]
    start = 0
    while start < len(blocks):
        end = start + 1
        shape = shapes[start]
        if shape is None:
            start = end
            continue
        while end < len(blocks) and shapes[end] == shape:
            end += 1
        rows = blocks[start:end]
        if len(rows) >= TABLE_MIN_ROWS and _numbers_in_half(rows, shape[0]):
            separator, fields = shape
            name = {"\t": "tab", ";": "semicolon", ",": "comma"}[separator]
            why = f"rule: data table ({len(rows)} lines of {fields} {name}-separated fields)"
            for row in rows:
                row.remove(R.MACHINE_DATA, why)
        elif len(rows) == 1 and _packed_rows(rows[0].raws[0]) and not _is_machine_data(rows[0].raws[0]):
            rows[0].remove(R.MACHINE_DATA, "rule: data table (fields without a space after their commas)")
        start = end


def _row_shape(line: str) -> tuple[str, int] | None:
    """The separator and count of fields of a line that can be a table's row, else None."""
    for separator in _TABLE_SEPARATORS:
        if line.count(separator) >= TABLE_MIN_FIELDS - 1:
            break
    else:
        return None
    if line.endswith(_SENTENCE_MARKS) or _SENTENCE_END.search(line) or _CODE_MARK.search(line):
        return None
    fields = line.split(separator)
    if any(len(f.split()) > TABLE_FIELD_MAX_WORDS for f in fields):
        return None
    return separator, len(fields)


def _numbers_in_half(rows: list[_Block], separator: str) -> bool:
    """Whether half the rows at least hold a field that is a number (a header row holds none)."""
    numbered = sum(
        1 for row in rows if any(_NUMBER_FIELD.fullmatch(f.strip()) for f in row.raw.split(separator))
    )
    return 2 * numbered >= len(rows)


def _packed_rows(line: str) -> bool:
    """A table's rows run together on one line: separators glued to the next field, short fields."""
    # (counted before any pattern is tried: most lines put a space after their commas, or have none)
    glued = line.count(",") - line.count(", ") + line.count(";") - line.count("; ")
    if glued < PACKED_MIN_SEPARATORS or line.endswith(_SENTENCE_MARKS) or _SENTENCE_END.search(line):
        return False
    if len(_GLUED_SEPARATOR.findall(line)) < PACKED_MIN_SEPARATORS:
        return False
    return all(len(f.split()) <= TABLE_FIELD_MAX_WORDS for f in compiled(r"[,;]").split(line))


def _hard_wrapped(text: str) -> bool:
    """Whether the text was hard-wrapped (an e-mail, a terminal paste): most of its long lines
    are of a wrapped width and go on in the next line, in the middle of a sentence (lines that
    each end one are a sentence or a paragraph a line: what a page's short paragraphs give)."""
    lines = text.split("\n")
    long = [n for n, line in enumerate(lines) if len(line.strip()) >= WRAP_MIN_CHARS]
    wrapped = [
        n
        for n in long
        if len(lines[n].strip()) <= WRAP_MAX_CHARS
        and n + 1 < len(lines)
        and lines[n + 1].strip()
        and not _SENTENCE_END.search(lines[n].rstrip())
    ]
    return bool(long) and len(wrapped) >= WRAPPED_SHARE * len(long)


def _wrap_width(lines: list[str], wrapped: bool) -> int:
    """The width the text was wrapped at, its longest line, or 0 when it was not wrapped: it is
    hard-wrapped (`_hard_wrapped`), or no line is longer than a wrapped one (a text of short
    paragraphs wrapped at 70 ends most of its long lines with a sentence). A line was broken where
    the next word would not fit; one that ends short of that (a headline over its byline) ended
    there in the source too."""
    width = max((len(line.strip()) for line in lines), default=0)
    return width if wrapped or WRAP_MIN_CHARS <= width <= WRAP_MAX_CHARS else 0


def _rejoin(blocks: list[_Block], wrapped: bool) -> list[_Block]:
    """Blocks no rule removed, with a sentence broken across lines or paragraphs made whole, so
    that its parts are judged together; in hard-wrapped text, the lines of a paragraph too."""
    out: list[_Block] = []
    pieces: list[list[str]] = []  # each block's lines, joined once at the end (see _join_broken)
    for block in blocks:
        last = out[-1] if out else None
        if (
            last is not None
            and last.reason is None
            and block.reason is None
            and (_continues(pieces[-1][-1], block.plain) or (wrapped and not block.paragraph_start))
        ):
            last.raws.append(block.raws[0])
            pieces[-1].append(block.plain)
        else:
            out.append(block)
            pieces.append([block.plain])
    for block, lines in zip(out, pieces, strict=True):
        if len(lines) > 1:
            block.plain = " ".join(lines)
    return out


def _apply_rules(block: _Block, draft: _Draft, before: _Block | None = None) -> None:
    line, plain = block.raw, block.plain
    if _is_machine_data(line):
        if before is not None and before.reason is R.MACHINE_DATA and _CLOSER.match(line):
            # a line that only closes brackets ends the data above it: a PHP dump's "}" is the
            # dump's, not JavaScript
            block.remove(R.MACHINE_DATA, before.why)
        else:
            block.remove(R.MACHINE_DATA, _machine_why(line))
    elif _EDITOR_CODE.match(line):
        block.remove(R.EDITOR_CODE, "rule: desk code (letters/letters number)")
    elif draft.title and _same_text(plain, draft.title):
        block.remove(R.REPEATED_HEADLINE, "rule: same words as the title")
    elif not _ALNUM.search(plain):
        block.remove(R.SEPARATOR, "rule: no words")
    else:
        named = draft.outlet
        found = _classify_cue(line, plain, len(plain.split()), draft)
        if found:
            block.remove(*found)
            above = before if before is not None and before.reason is None else None
            if found[0] is R.DATELINE and above is not None and (name := _outlet_name(above)):
                # the outlet's name over "City, 12 October 2024": the outlet, whatever the dateline named
                above.remove(R.DATELINE, _OUTLET_OVER_DATELINE_WHY)
                draft.outlet = named or name


_SIGNATURE_WHY = "rule: an embedded post's '— Name (@handle) date' line"
_EMBED_LABEL_WHY = "rule: the label of an embedded post ('A post shared by …')"


def _embedded_posts(blocks: list[_Block], embeds: Sequence[str]) -> None:
    """The text of a social post set in the article goes with its signature or label: the line just
    above a "— Name (@handle) date" line, just below "A post shared by Name (@handle)". For HTML,
    the blocks the page's embeds hold (`Document.embeds`) go too, whatever the extractor made of them."""
    for n, block in enumerate(blocks):
        if block.reason is not R.SOCIAL_EMBED:
            continue
        post = None
        if block.why == _SIGNATURE_WHY and n:
            post = blocks[n - 1]
        elif block.why == _EMBED_LABEL_WHY and n + 1 < len(blocks):
            post = blocks[n + 1]
        if post is not None and post.reason is None:
            post.remove(R.SOCIAL_EMBED, "rule: the text of an embedded post, by its signature or label")
    if not embeds:
        return
    posts = [f" {comparable(embed)} " for embed in embeds]
    for block in blocks:
        form = comparable(block.plain) if block.reason is None else ""
        if form and any(f" {form} " in post for post in posts):
            block.remove(R.SOCIAL_EMBED, "rule: inside a social post the page embeds")


HEADLINE_FOLLOWERS = frozenset({R.BYLINE, R.DATELINE, R.PHOTO_CREDIT})
"""A line followed by one of these is a headline even when it ends like a sentence ("… a. C.")."""

_HEADER_FIELD = compiled(r"^(?:subject|betreff|objet|asunto|тема)\s*:\s*", re.I)


def _find_title(blocks: list[_Block], draft: _Draft) -> None:
    """The headline, unless the page's metadata gave one; a copy of it further down is removed.

    Candidates are headline-shaped blocks above the first paragraph of prose. The one a byline or
    dateline follows wins; else the first line of the document; else the longest candidate (a
    site name, a kicker and menu items are shorter than a headline).
    """
    if draft.title:
        return
    head = _outlet_on_top(blocks, draft)  # the document's first line, or the first under its outlet's
    candidates: list[_Block] = []
    seen = False  # an open block before this one: a sentence-shaped headline can only come first
    for n, block in enumerate(blocks[:TITLE_SEARCH_BLOCKS]):
        if block.reason is not None or n < head:
            continue
        words = len(block.plain.split())
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        byline_next = (
            following is not None
            and following.reason in HEADLINE_FOLLOWERS
            and (not _SENTENCE_END.search(block.plain) or (not candidates and not seen))
        )
        seen = True
        if (
            words > TITLE_MAX_WORDS
            or (_SENTENCE_END.search(block.plain) and not byline_next)
            or (
                following is not None
                and following.reason is None
                and _continues(block.plain, following.plain)
            )
        ):
            break
        if n > head and words < TITLE_MIN_WORDS:
            continue  # a section label or menu item above the headline ("BUSINESS", "Open menu")
        if byline_next:
            if _over_summary(candidates, block, blocks, head):
                break  # a feature's headline, its summary under it, then the byline: the first is the title
            # the headline a byline follows; its first copy when the page repeats it
            candidates = [next((c for c in candidates if _same_text(c.plain, block.plain)), block)]
            break
        candidates.append(block)
    if not candidates:
        return
    first = candidates[0]
    if first is blocks[head] and len(first.plain.split()) >= TITLE_MIN_WORDS:
        title = first
    else:
        title = max(candidates, key=lambda b: len(b.plain.split()))
    draft.title = _HEADER_FIELD.sub("", title.plain)
    title.remove(R.TITLE, "rule: headline-shaped line above the story")
    for other in blocks:
        if other.reason is None and other is not title and _same_text(other.plain, draft.title):
            other.remove(R.REPEATED_HEADLINE, "rule: same words as the title")
    if title is blocks[head]:
        _summary_line(blocks, head)


_PERSON = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,3}"
_NAMES_ALONE = compiled(rf"{_PERSON}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_PERSON})*")
"""A line of one or more people's names and nothing else: "Sarah Lindqvist", "Ola Strand and Ann Lowry"."""
_DATE_LINE_WHY = "rule: a date and at most a name"
_REPORTER_PLACE = compiled(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
"""Where the reporter files from, after the byline's names: "Thomas Keller in Paris"."""


def _bare_byline(blocks: list[_Block], draft: _Draft) -> None:
    """A byline without its "By": a person's name alone right over the date line at the head of the
    page ("Sarah Lindqvist" over "Thu 3 Oct 2024 18.20 EDT"). Not a name: an outlet's or a place's
    ("Harbour Herald", "New York"), a date's words."""
    head = blocks[:TITLE_SEARCH_BLOCKS]
    for n, (block, after) in enumerate(itertools.pairwise(head)):
        if block.reason is not None or after.reason is not R.DATELINE or after.why != _DATE_LINE_WHY:
            continue
        names = block.plain
        # the place the reporter files from, when a headline stands above: first in the document,
        # "Storm Kestrel Batters Harbours in Brennvik" is the headline
        if (place := _REPORTER_PLACE.search(names)) and any(
            b.reason is None and _headline_line(b) for b in head[:n]
        ):
            names = names[: place.start()]
        if not _NAMES_ALONE.fullmatch(names) or _outlet_in(names) is not None:
            continue
        low = [w.casefold().strip(".,") for w in names.split()]
        if (
            low[0] in PLACE_PREFIXES
            or not MASTHEAD_WORDS.isdisjoint(low)
            or not _MONTH_NUMBER.keys().isdisjoint(low)
        ):
            continue
        if _WEEKDAY.search(names):
            continue
        block.remove(R.BYLINE, "rule: a name alone over the date line")
        draft.author = draft.author or names
        return


_OUTLET_OVER_HEADLINE_WHY = "rule: the outlet's name above the headline"


def _outlet_on_top(blocks: list[_Block], draft: _Draft) -> int:
    """Where the document's head is: under the outlet's name and its dateline when the document
    opens with them, else its first line (0).

    The outlet's name over a dateline is found by the rules (`_apply_rules`). Right over the
    headline, it is the outlet when it gives its edition ("Name (English edition)"), or when a
    newspaper's short name (`MASTHEAD_MAX_WORDS`) stands over a headline in capitals or over two
    headline-shaped lines (a headline and its dek): over one, it may as well be a headline in title
    case with its dek under it ("Record Heat Grips The Valley")."""
    if not blocks:
        return 0
    top = blocks[0]
    if top.reason is None and (name := _outlet_name(top)) is not None:
        # a section's label or menu may stand between the name and the headline ("Business | Ports")
        opened = [b for b in blocks[1:TITLE_SEARCH_BLOCKS] if b.reason is None]
        labels = list(itertools.takewhile(_section_label, opened))
        below = [b for b in opened[len(labels) : len(labels) + 2] if _headline_line(b)]
        if not below or below[0] is not opened[len(labels)]:
            return 0
        masthead = _edition_in(top.plain) is None
        if masthead and (
            len(name.split()) > MASTHEAD_MAX_WORDS or not (_in_capitals(below[0].plain) or len(below) == 2)
        ):
            return 0
        top.remove(R.DATELINE, _OUTLET_OVER_HEADLINE_WHY)
        draft.outlet = draft.outlet or name
        for label in labels:
            label.remove(R.NAVIGATION, "rule: a section's label between the outlet's name and the headline")
        return blocks.index(below[0])
    elif not (top.reason is R.DATELINE and top.why == _OUTLET_OVER_DATELINE_WHY):
        return 0
    return next((n for n, b in enumerate(blocks) if b.reason is not R.DATELINE), 0)


def _section_label(block: _Block) -> bool:
    """Whether an open line is a section's label or a short menu: fewer words than a headline, no
    sentence's end ("Business | Ports", "International")."""
    return len(block.plain.split()) < TITLE_MIN_WORDS and not _SENTENCE_END.search(block.plain)


def _headline_line(block: _Block) -> bool:
    """Whether a line is shaped as a headline or its dek: a few words, no sentence's end."""
    words = len(block.plain.split())
    return TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and not _SENTENCE_END.search(block.plain)


def _in_capitals(text: str) -> bool:
    """Whether a line is written in capitals (a tabloid's headline): its letters, two words or more."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) > 1 and bool(letters) and all(c.isupper() for c in letters)


def _over_summary(candidates: list[_Block], block: _Block, blocks: list[_Block], head: int = 0) -> bool:
    """Whether `block`, which a byline follows, is the summary under the document's first line (or
    the first under its outlet's name, `head`): the first line is a headline (not an outlet's
    name) and the block says more than it does, or the first is a headline in capitals."""
    first = candidates[0] if candidates else None
    return (
        first is blocks[head]
        and block is _next_open(blocks, head)
        and len(first.plain.split()) >= TITLE_MIN_WORDS
        # (under the outlet's name, `head` > 0, the first line is the headline: `_outlet_on_top`)
        and (head > 0 or len(block.plain.split()) > len(first.plain.split()) or _in_capitals(first.plain))
        and not _is_outlet_line(first)
        and not _same_text(first.plain, block.plain)
    )


def _next_open(blocks: list[_Block], n: int) -> _Block | None:
    return next((b for b in blocks[n + 1 :] if b.reason is None), None)


def _summary_line(blocks: list[_Block], head: int = 0) -> None:
    """A plain-text feature's summary, between its headline (the first line, or the first under the
    outlet's name: `head`) and the byline, goes as an HTML page's standfirst does: the outlet's
    digest of its story, it was matched against other outlets' ledes with its own wording and
    numbers."""
    summary = _next_open(blocks, head)
    if summary is None or head + 1 >= len(blocks) or summary is not blocks[head + 1]:
        return
    at = blocks.index(summary)
    following = blocks[at + 1] if at + 1 < len(blocks) else None
    words = len(summary.plain.split())
    if not TITLE_MIN_WORDS < words <= SUMMARY_MAX_WORDS:
        return
    if following is not None and following.reason is R.BYLINE:
        summary.remove(R.STANDFIRST, "rule: the summary between the headline and the byline")
    elif head > 0 and _headline_line(summary):
        # under the outlet's name, a headline and its dek were read as such (`_outlet_on_top`): the
        # dek is the standfirst though no byline follows it (a translated story, a wire's copy)
        summary.remove(R.STANDFIRST, "rule: the dek under the headline, under the outlet's name")


def _classify_cue(line: str, plain: str, words: int, draft: _Draft) -> tuple[RemovalReason, str] | None:
    """Rules on the words of a line: the cue phrases of bylines, notices, prompts and links.

    Each rule has a length limit; it is tested before the pattern, since the patterns cost most.
    """
    # the cue lexicons are lower case and matched on casefolded text: 3-5 times faster than re.I
    low = plain.casefold()
    unquoted = _QUOTED.sub(" ", low)
    if _DISCLAIMER_STRONG.search(unquoted) or (
        _DISCLAIMER_WEAK.search(low) and len(_DISCLAIMER_WEAK.findall(low)) >= 2
    ):
        return R.DISCLAIMER, "rule: legal cue phrase"
    if words <= CORRECTION_MAX_WORDS and (note := _CORRECTION_NOTE.match(low)):
        return R.CORRECTION, f"rule: correction note '{_words_at(plain, low, note).rstrip(' :—–-')}'"
    if words > NOTICE_MAX_WORDS:  # only legal notices run this long
        return None
    if "pic.twitter.com/" in low and _PICTURE_LINK.search(low):
        return R.SOCIAL_EMBED, "rule: an embedded post's picture link (pic.twitter.com)"
    if "(@" in plain and _EMBED_SIGNATURE.match(plain):
        return R.SOCIAL_EMBED, _SIGNATURE_WHY
    if ("post" in low or " on " in low) and _EMBED_LABEL.match(low):
        return R.SOCIAL_EMBED, _EMBED_LABEL_WHY
    if words <= CREDITS_MAX_WORDS and _CREDITS.match(plain):
        return R.BYLINE, "rule: reporting and editing credits"
    short = words <= SHORT_LINE_WORDS
    if short:
        found = _classify_short(line, plain, words, draft)
        if found:
            return found
    if words <= COPYRIGHT_MAX_WORDS and _COPYRIGHT.search(plain):
        if not draft.outlet:
            draft.outlet = _outlet_from_copyright(plain)
        return R.COPYRIGHT, "rule: copyright notice"
    if words <= ATTRIBUTION_MAX_WORDS and _ATTRIBUTION.match(plain):
        return R.ATTRIBUTION, "rule: 'original source' / 'first published'"
    if words <= ATTRIBUTION_MAX_WORDS and _PROVENANCE.match(plain):
        return R.ATTRIBUTION, "rule: the newsroom's standards line or a translation note"
    if _CONTACT.match(plain):
        return R.CONTACT, "rule: contact line"
    reader = not _REPORTED.search(low)
    cookies = "cook" in unquoted  # in every cookie cue: the cookie patterns are compiled only then
    if reader and cookies and (cookie := compiled(_COOKIE).search(unquoted)):
        shown = compiled(_COOKIE).search(low)  # the cue where the reader sees it, outside quotes or not
        return R.COOKIE_NOTICE, f"rule: cue '{_words_at(plain, low, shown) if shown else cookie.group(0)}'"
    if reader and cookies and compiled(_COOKIE_WORD).search(unquoted) and compiled(_ADDRESS).search(unquoted):
        return R.COOKIE_NOTICE, "rule: cookies, speaking to the reader"
    if (  # the cue first: the biography patterns are compiled only for a line that has one
        words <= BIO_MAX_WORDS
        and _AUTHOR_BIO_CUE.search(line.casefold())
        and (compiled(_AUTHOR_BIO).match(plain) or compiled(_AUTHOR_BEAT).match(plain))
    ):
        return R.AUTHOR_BOX, "rule: author biography with a handle or beat"
    if words <= SHORT_LINE_WORDS + 5 and _RELATED_LEAD.match(plain):
        return R.RELATED_LINK, "rule: related-article headline"
    newsletter = _NEWSLETTER.search(low)
    prompt = _PROMPT.search(low) if words <= PROMPT_MAX_WORDS else None
    if prompt and reader and _is_prompt(line, plain, prompt.start(), short):
        if not draft.outlet and (member := compiled(_MEMBER_OF).search(plain)):
            draft.outlet = member.group("outlet")
        if newsletter:
            return R.NEWSLETTER, f"rule: newsletter prompt '{_words_at(plain, low, newsletter)}'"
        return R.PROMPT, f"rule: prompt '{_words_at(plain, low, prompt)}'"
    if words <= PROMPT_MAX_WORDS and (notice := _READER_NOTICE.match(low) or _PAYWALL_OTHER.fullmatch(low)):
        return R.PROMPT, f"rule: paywall or corrections notice '{_words_at(plain, low, notice)}'"
    tips = _TIPS_CALL.search(unquoted) if words <= TIPS_MAX_WORDS and reader else None
    if tips and (tips := _TIPS_CALL.search(low)):  # shown where the reader sees it
        return R.PROMPT, f"rule: call for readers' tips '{_words_at(plain, low, tips)}'"
    if newsletter and reader and compiled(_ADDRESS).search(low):
        return R.NEWSLETTER, f"rule: newsletter prompt '{_words_at(plain, low, newsletter)}'"
    if _is_link_only(line):
        return R.RELATED_LINK, "rule: only links"
    if short and _is_menu(plain):
        return R.NAVIGATION, "rule: menu or breadcrumb (short items between separators)"
    return None


def _words_at(plain: str, low: str, match: re.Match[str]) -> str:
    """The words a match on the casefolded text found, as the text writes them."""
    return plain[match.start() : match.end()] if len(plain) == len(low) else match.group(0)


def _classify_short(line: str, plain: str, words: int, draft: _Draft) -> tuple[RemovalReason, str] | None:
    """The rules for short lines: labels, bylines, datelines, headings of sections."""
    # (a line longer than a byline must hold a date to be one)
    long = words > BYLINE_MAX_WORDS
    byline = (
        _BYLINE.match(plain)
        if not long or (words <= BYLINE_MAX_WORDS + DATE_MAX_WORDS and _DIGIT.search(plain))
        else None
    )
    if byline and not _SENTENCE_END.search(plain.removesuffix(".")):
        who = byline.group("who")
        # the date a byline may give after the name ("By Tom Berg | 4 March 2025"): the article's
        dated = _DATE.search(who) if _DIGIT.search(who) else None
        if words - (len(dated.group().split()) if dated else 0) <= BYLINE_MAX_WORDS:
            if dated is not None:
                draft.date = draft.date or parse_date(dated.group())
                who = who[: dated.start()].rstrip(" ,;|·—–-")
            draft.author = draft.author or _author_name(_EMAIL_IN_BRACKETS.sub("", who))
            return R.BYLINE, "rule: 'by' and a name" + (" and a date" if dated else "")
    if _HASHTAGS.match(plain):
        return R.SOCIAL_EMBED, "rule: a line of hashtags alone (a social post's)"
    if _CATEGORY.match(plain):
        return R.CATEGORY, "rule: tag or category label"
    if _RELATIVE_TIME.match(plain):
        return R.DATELINE, "rule: relative time or reading time"
    if _UPDATE_NOTICE.match(plain):
        return R.DATELINE, "rule: notice that the story is updated"
    if _is_dateline(plain, draft):
        return R.DATELINE, _DATE_LINE_WHY
    if _EMAIL.search(plain) and not _SENTENCE_END.search(plain):
        return R.CONTACT, "rule: contact line"
    if _ADVERT.match(plain):
        return R.ADVERTISEMENT, "rule: advertisement label"
    if _is_comment_head(plain) or _COMMENTS.match(plain):
        return R.COMMENTS, "rule: comment-section label"
    if _AUTHOR_BOX_HEAD.match(plain):
        return R.AUTHOR_BOX, "rule: author box heading"
    if _PHOTO_CREDIT.search(plain.casefold()):
        if not _SENTENCE_END.search(plain) or plain.startswith(("(", "[")):
            return R.PHOTO_CREDIT, "rule: photo credit"
        if _CAPTION_LABEL.match(plain):
            return R.PHOTO_CREDIT, "rule: photo caption, led by its label"
    if _NAVIGATION.match(plain):
        return R.NAVIGATION, "rule: menu label"
    if _RELATED_HEAD.match(plain):
        return R.RELATED_LINK, _RELATED_HEAD_WHY
    if agency := _AGENCY_DATELINE.match(plain):
        draft.agency = draft.agency or agency.group("agency")
        return R.DATELINE, "rule: place and news agency"
    return None


def _is_comment_head(plain: str) -> bool:
    """The heading of a comment section: "Comments (12)", "7 thoughts on “…”"."""
    return bool(_COMMENTS_HEAD.match(plain) or _COMMENTS_COUNT.match(plain))


def _author_name(who: str) -> str:
    """The author or authors a byline names, without the place, role, outlet or date after them:
    "Anna Lind, Tom Berg and Mara Holt" whole (a comma goes on to a name of two words or more),
    "Anna Lind" of "Anna Lind, senior correspondent", "Anna Lind, Reuters", "Anna Lind in Brisk"."""
    end = compiled(
        r"\s+(?:in|aus|à|en|в)\s+[A-Z]|\s*[|;·]\s*|\s+[-–—]\s+"
        r"|\s*,(?!\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+\s*(?:,|\band\b|$))\s*"
    )
    return end.split(who.strip())[0].strip()


def _without_roles(author: str | None) -> str | None:
    """The author field with the job titles it gives beside the names left out (ROLE_WORDS): the
    extractor read "By Tomas Greve, Economics Editor" as the authors "Tomas Greve; Economics
    Editor". The names stay, with what parts them ("Anna Lind; Tom Berg", "Ola Strand and Ann
    Lowry"). A field of roles alone ("By Staff Reporter", "Our Correspondent") is the credit
    the page gives, and stays."""
    if not author:
        return author
    parts = _AUTHOR_PARTS.split(author)  # name, separator, name, ...
    kept: list[str] = []
    for at in range(0, len(parts), 2):
        if ROLE_WORDS.isdisjoint(w.casefold().strip(".") for w in parts[at].split()):
            kept.extend([parts[at - 1], parts[at]] if kept else [parts[at]])
    return "".join(kept).strip() or author


def _is_prompt(line: str, plain: str, cue_at: int, short: bool) -> bool:
    """A call to action: led by a link whose words are the prompt, or short and speaking to the
    reader, and never reported speech ("…, the help page says")."""
    lead = _MD_LINK.match(line)
    if lead and _PROMPT.search(lead.group(1).casefold()) and len(plain.split()) <= PROMPT_MAX_WORDS:
        return True
    return short and (
        cue_at == 0 or not _SENTENCE_END.search(plain) or bool(compiled(_ADDRESS).search(plain.casefold()))
    )


def _is_menu(plain: str) -> bool:
    """Three or more short items between separators ("Home | World | Europe", "News › Politics")."""
    if _SENTENCE_END.search(plain):
        return False
    parts = [p.strip() for p in compiled(r"\s+(?:\||›|»|>|/|•|·)\s+").split(plain)]
    return len(parts) >= 3 and all(0 < len(p.split()) <= 3 for p in parts)


def _is_machine_data(line: str) -> bool:
    if _VAR_DUMP.match(line) or _PRINT_R.match(line) or _JS.match(line) or _QUERY.match(line):
        return True
    if line[0] in "[{":
        import json  # only for a line that opens like JSON (~1 ms to import)

        try:
            json.loads(line)
            return True
        except ValueError:
            pass
        except RecursionError:  # nested deeper than the decoder follows: data, and no sentence
            return True
    if _JSON_LINE.match(line):
        return _punct_ratio(line) >= MACHINE_PUNCT_RATIO
    if _URL.fullmatch(line) and len(line) >= LONG_URL_CHARS:
        return True
    return _punct_ratio(line) >= 2 * MACHINE_PUNCT_RATIO and len(line) > 20


def _machine_why(line: str) -> str:
    if _VAR_DUMP.match(line) or _PRINT_R.match(line):
        return "rule: PHP var_dump/print_r output"
    if _JS.match(line):
        return "rule: JavaScript"
    if _QUERY.match(line):
        return "rule: query string"
    if _URL.fullmatch(line):
        return "rule: long URL"
    return f'rule: JSON or code ({_punct_ratio(line):.0%} of {{}}[]":,=>; characters)'


def _punct_ratio(line: str) -> float:
    return sum(line.count(c) for c in '{}[]":,=>;') / max(len(line), 1)


def _is_dateline(plain: str, draft: _Draft) -> bool:
    # the date pattern is the costliest rule: only short lines with a digit can be datelines
    # (two dates at most: "Published: 19:42 BST, 5 October 2024 | Updated: 21:15 BST, 5 October 2024")
    if len(plain.split()) > DATELINE_MAX_WORDS + 2 * DATE_MAX_WORDS or not _DIGIT.search(plain):
        return False
    match = _DATE.search(plain)
    rest = plain
    if match:
        rest = _DATE.sub(" ", plain)
    elif not _TIME_ONLY.search(plain):
        return False
    rest = _DATE_WORDS.sub(" ", _TIME_ONLY.sub(" ", rest))
    rest_words = compiled(r"[^\W\d_][\w'’.-]*").findall(rest)
    if len(rest_words) > DATELINE_MAX_WORDS or (_SENTENCE_END.search(plain.rstrip(")")) and rest_words):
        return False
    if match and not draft.date:
        draft.date = parse_date(match.group(0))
    outlet = rest.strip(" ,;:|-–—·/").strip()
    if (
        outlet
        and not draft.outlet
        and rest_words
        and match
        and all(w[:1].isupper() or w.casefold() in _NAME_FILLERS for w in outlet.split())
        and _names_outlet(outlet)
    ):
        draft.outlet = outlet
    return True


def _names_outlet(name: str) -> bool:
    """Whether the name a dateline gives beside its date is an outlet's ("Global Research", "The
    Harbour Review") rather than its place ("Leeds", "New York"): a place is one word, or starts as
    places do; a newspaper's word or an agency's name names the outlet all the same."""
    words = name.casefold().split()
    if not MASTHEAD_WORDS.isdisjoint(words) or name.casefold() in WIRE_AGENCIES:
        return True
    return len(words) > 1 and words[0] not in PLACE_PREFIXES


def _is_outlet_line(block: _Block) -> bool:
    """Whether an open line is an outlet's name alone (`_outlet_name`)."""
    return _outlet_name(block) is not None


def _outlet_name(block: _Block) -> str | None:
    """The outlet's name an open line gives alone (`_outlet_in`)."""
    return _outlet_in(block.plain)


def _outlet_in(line: str) -> str | None:
    """The outlet's name a line gives alone: a few capitalised words (a small word between them)
    with a newspaper's word among them, or any such name followed by the edition it is ("Dnevnik
    Sever (English edition)", "(English service)", "(translation)", "– English edition"), which is
    not part of the name; no digit, no sentence's end. None for any other line."""
    edition = _edition_in(line)
    name = line[: edition.start()] if edition else line
    # the section after a dash or a bar is not part of the name ("Rheinische Allgemeine – International")
    parts = _SECTION_AFTER.split(name, maxsplit=1)
    if len(parts) == 2 and 0 < len(parts[1].split()) < TITLE_MIN_WORDS:
        name = parts[0]
    words = name.split()
    if not 0 < len(words) <= NAME_LINE_MAX_WORDS or _DIGIT.search(name) or _SENTENCE_END.search(name):
        return None
    if not (words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in _NAME_FILLERS for w in words)):
        return None
    # (one word alone is as often a section's label, "World", "Sport": it needs a newspaper's word,
    # or the edition, too)
    if edition is None and MASTHEAD_WORDS.isdisjoint(w.casefold() for w in words):
        return None
    return name


def _edition_in(line: str) -> re.Match[str] | None:
    """The edition an outlet's name gives after it, in brackets or after a dash (`_EDITION_AFTER`)."""
    return _EDITION.search(line) or _EDITION_AFTER.search(line)


def _cut_wire_dateline(block: _Block, draft: _Draft) -> None:
    """Take a wire's dateline off the head of a paragraph ("LONDON (Reuters) - Britain's economy
    …"): the cleaner removes lines, and this one is glued to the lede, where it would show in every
    word diff of it and read as names ("LONDON", "Reuters") in its facts.

    Blocks start where a line does not go on with the sentence before (`_rejoin`), so the head of a
    block is the head of a paragraph. Not a dateline: a sentence about a place ("LONDON is …", no
    agency), an aside ("US (and EU) officials - who …"), an acronym spelled out ("WHO (World Health
    Organization) - …"), a name and party ("Jane Smith (Labour) - …": ordinary case wants a date or
    a known agency), a headline in capitals, a quotation.
    """
    plain = block.plain
    head = plain[:WIRE_DATELINE_MAX_CHARS]
    if not ("(" in head or "/" in head) or not plain[:1].isalpha():
        return
    found = compiled(_WIRE_DATELINE).match(plain)
    if found is None:
        return
    rest = plain[found.end() :]
    place, agency = found.group("place"), found.group("agency") or found.group("slashed")
    initials = "".join(w[0] for w in agency.split() if w.lower() not in _ACRONYM_FILLERS)
    if (
        len(rest.split()) < WIRE_REST_MIN_WORDS
        or rest[:1].islower()
        or rest.isupper()
        or not (place.isupper() or found.group("date") or agency.lower() in WIRE_AGENCIES)
        or (len(agency.split()) > 1 and initials.upper() == place.replace(".", "").upper())
    ):
        return
    block.plain = rest
    why = "rule: wire dateline (place, agency, dash) heading the paragraph"
    block.cut = RemovedBlock(reason=R.DATELINE, text=found.group(0).strip(), why=why)
    draft.agency = draft.agency or agency.strip()
    if found.group("date") and draft.date is None:
        _dateline_date(found.group("date"), block, draft)


def _dateline_date(said: str, block: _Block, draft: _Draft) -> None:
    """The article's date from its dateline's ("PARIS, Dec 3, 2025 (AFP) -"); a dateline of a
    month and day alone ("Nov 10") is kept for `_date_datelines`, which may find its year."""
    if dated := parse_date(said):
        draft.date = dated
        if block.cut is not None:
            block.cut = replace(block.cut, why=f"{block.cut.why}; its date is the article's")
        return
    day = compiled(r"\d{1,2}").search(said)
    month = compiled(_MONTHS, re.I).search(said)
    if day is not None and month is not None:
        draft.dateline_day = (_MONTH_NUMBER[month.group().lower()], int(day.group()))
        draft.dateline = block


def _date_datelines(reads: list[_Read]) -> None:
    """Date each undated article whose dateline gives a month and day without a year, in the
    one year that puts that day within DATELINE_NEAR_DAYS of another article's date. With no such
    year, or two, the article stays undated: the dateline alone cannot tell its year, and a guessed
    one would set its "Tuesday" against the wrong week."""
    from datetime import date

    iso = compiled(r"\d{4}-\d{2}-\d{2}")
    dates = [date.fromisoformat(r.draft.date[:10]) for r in reads if r.draft.date and iso.match(r.draft.date)]
    for read in reads:
        draft = read.draft
        if draft.date is not None or draft.dateline_day is None or not dates:
            continue
        month, day = draft.dateline_day
        years = set()
        for other in dates:
            for year in (other.year - 1, other.year, other.year + 1):
                try:
                    near = abs((date(year, month, day) - other).days) <= DATELINE_NEAR_DAYS
                except ValueError:  # (29 February in another year)
                    continue
                if near:
                    years.add(year)
        if len(years) != 1:
            continue
        draft.date = f"{years.pop():04d}-{month:02d}-{day:02d}"
        block = draft.dateline
        if block is not None and block.cut is not None:
            why = f"{block.cut.why}; its day is the article's date, the year from the other articles' dates"
            block.cut = replace(block.cut, why=why)


def _cut_place_dateline(block: _Block, language: str | None, draft: _Draft) -> None:
    """Take a dateline without an agency off the head of the story: a place in capitals and a dash
    ("KESTON —", "KESTON, Maine —"), or a place and a full stop, as German papers open ("Velmar. Ein
    Güterzug ..."). Left on, the place was a word in the lede's diff and a name among its facts, or
    a sentence of one word that only one outlet reported. Only the story's first sentence-shaped
    paragraph is tried: further down, "KESTON — Boats will stop ..." is a sentence of the story.

    Not a dateline: a title or an abbreviation with its full stop ("Dr.", "St.", "Jan."), a name
    and a dash inside a sentence ("NATO — the alliance —"), a headline in capitals.
    """
    plain = block.plain
    if not plain[:1].isupper():
        return
    found = compiled(_PLACE_DASH).match(plain) if plain[:2].isupper() else None
    if found is not None and found.group("place").isupper():
        why = "rule: dateline (place in capitals, dash) heading the story"
    else:
        found = compiled(_PLACE_STOP).match(plain)
        if found is None or not _is_place(found.group("place"), language):
            return
        why = "rule: dateline (place, full stop) heading the story"
    rest = plain[found.end() :]
    if len(rest.split()) < WIRE_REST_MIN_WORDS or not _START_OF_SENTENCE.match(rest) or rest.isupper():
        return
    if not _SENTENCE_END.search(rest):
        return
    block.plain = rest
    block.cut = RemovedBlock(reason=R.DATELINE, text=found.group(0).strip(), why=why)
    if "date" in found.groupdict() and found.group("date") and draft.date is None:
        _dateline_date(found.group("date"), block, draft)


def _is_place(place: str, language: str | None) -> bool:
    """Whether the words before a full stop heading a paragraph can be a place's name: capitalised,
    no title, abbreviation, month, weekday or stop word ("Dr.", "Jan.", "Mon.", "Nein.")."""
    words = place.replace("/", " ").split()
    if not all(w[:1].isupper() for w in words) or len(words[0]) < PLACE_MIN_LETTERS:
        return False
    low = {w.casefold() for w in words}
    return not (low & _NOT_PLACES or low & _MONTH_NUMBER.keys() or low & stop_words(language)) and not (
        _WEEKDAY.fullmatch(words[0])
    )


def _is_link_only(line: str) -> bool:
    """A line made of Markdown links or bare URLs and separators, with no prose around them."""
    if not (_MD_LINK.search(line) or _URL.search(line)):
        return False
    rest = _URL.sub(" ", _MD_LINK.sub(" ", _MD_IMAGE.sub(" ", line)))
    return not compiled(r"\w").search(rest)


def _outlet_from_copyright(plain: str) -> str | None:
    rest = compiled(
        r"(?i)copyright|©|\(c\)|all rights reserved|alle rechte vorbehalten|tous droits réservés|"
        r"todos los derechos reservados|все права защищены|\d{4}(?:\s*[-–]\s*\d{4})?"
    ).sub(" ", plain)
    # what the year and the notice leave between the owner's name and the rest: "Post - ", "| Post |",
    # and a sentence's end after a word ("The Associated Press. This material may not be published"),
    # not an initial's ("U.S. News")
    separators = compiled(r"[,;|·]|\s[-–—]\s|\s[-–—]$|(?<=[^\W\d_][^\W\d_A-Z])\.(?:\s|$)")
    names = [" ".join(n.split()).strip(" .") for n in separators.split(rest)]
    names = [n for n in names if n and compiled(r"\w").search(n)]
    return names[0] if names else None


# --------------------------------------------------------------------------- public helpers


def unwrap_markdown(line: str) -> str:
    """The words of a Markdown line without its syntax: links, emphasis, headings, quotes."""
    if "](" in line:
        line = _MD_IMAGE.sub(r"\1", line)
        line = _MD_LINK.sub(r"\1", line)
    if "*" in line or "_" in line:
        line = _MD_BOLD.sub(r"\2", line)
        line = _MD_EM.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_PREFIX.sub("", line)
    return _SPACE.sub(" ", line).strip()


def parse_date(text: str) -> str | None:
    """The first calendar date in text as ISO 8601 (YYYY-MM-DD), or None."""
    match = _DATE.search(text)
    if not match:
        return None
    g = match.groupdict()
    if g["y3"]:
        year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
    elif g["y4"]:  # 03.10.2016: day first, as everywhere dots separate dates
        year, month, day = int(g["y4"]), int(g["m4"]), int(g["d4"])
    else:
        year = int(g["y1"] or g["y2"])
        month = _MONTH_NUMBER[(g["m1"] or g["m2"]).lower().rstrip(".")]
        day = int(g["d1"] or g["d2"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _same_text(a: str, b: str) -> bool:
    return (
        len(a) - len(b) < SAME_TEXT_SLACK
        and len(b) - len(a) < SAME_TEXT_SLACK
        and comparable(a) == comparable(b)
    )


# --------------------------------------------------------------------------- across inputs


def _mark_templates(reads: list[_Read]) -> None:
    """Remove blocks repeated verbatim in other inputs that are not sentences of their story.

    Two inputs that share most of their sentences carry the same story (wire copy, an article
    compared with itself): nothing they share is template. Otherwise a shared block is template
    when it is not sentence-shaped, or when it is a sentence outside the story of its input (before
    the first or after the last sentence only it has), quotes nobody, and every input that repeats
    it tells another event (a site's footer under two of its stories). Outlets covering one event
    repeat its lead sentence word for word (wire copy): that is story, however many repeat it.

    Inputs are only compared where they share a block (an index from block to inputs), so a
    thousand articles cost what their repeated blocks cost, not every pair of articles.
    """
    if len(reads) < 2:
        return
    forms = [read.forms for read in reads]
    holders: dict[str, list[int]] = {}
    for i, read_forms in enumerate(forms):
        for form in dict.fromkeys(read_forms):
            if form:
                holders.setdefault(form, []).append(i)
    pairs = _InputPairs(reads, forms)
    labels = numbered([read.doc.label for read in reads])
    for i, read in enumerate(reads):

        def others(form: str, i: int = i) -> list[int]:
            return [j for j in holders.get(form, ()) if j != i and not pairs.same_story(i, j)]

        own = [
            n
            for n, (form, block) in enumerate(zip(forms[i], read.blocks, strict=True))
            if block.reason is None and _sentence_shaped(block) and not others(form)
        ]
        first, last = (own[0], own[-1]) if own else (len(forms[i]), -1)
        for n, (form, block) in enumerate(zip(forms[i], read.blocks, strict=True)):
            if block.reason is not None or not form:
                continue
            repeated = others(form)
            if not repeated:
                continue
            if _sentence_shaped(block) and (
                first <= n <= last
                or _QUOTED.search(block.plain)
                or any(pairs.same_event(i, j) for j in repeated)
            ):
                continue
            if first < n < last and _heading_shaped(block) and any(pairs.same_event(i, j) for j in repeated):
                continue  # a subheading features on one event share ("The rescue"): story, as alone
            block.remove(R.TEMPLATE, f"template: also in {_some_labels(labels, repeated)}")


SAME_EVENT_NAMES = 3
SAME_EVENT_SHARE = 0.1
"""Two inputs tell the same event when, outside the blocks they repeat, they name at least
SAME_EVENT_NAMES of the same people, places or organisations (capitalised words inside a sentence),
or when this share of their content words is common to both (Jaccard). Measured: the samples'
outlets on one event share 4-13 names and 0.10-0.29 of their words, the seeds 11 and 0.16;
articles on the samples' two different events share 1 name (a weekday) and 0.02-0.04."""

MIN_CONTENT_LETTERS = 4
"""Words shorter than this carry little of the topic: "the", "and", "its", numbers' units."""

LABELS_NAMED = 3
"""Inputs named in a template's reason before the rest are counted."""


class _InputPairs:
    """What two inputs have in common, worked out once per pair that shares a block."""

    def __init__(self, reads: list[_Read], forms: list[list[str]]) -> None:
        self._reads = reads
        self._forms = forms
        self._form_sets = [set(f) for f in forms]
        self._sentences = [
            {f for f, b in zip(fs, read.blocks, strict=True) if b.reason is None and _sentence_shaped(b)}
            for fs, read in zip(forms, reads, strict=True)
        ]
        self._same_story: dict[tuple[int, int], bool] = {}
        self._same_event: dict[tuple[int, int], bool] = {}

    def same_story(self, i: int, j: int) -> bool:
        key = (min(i, j), max(i, j))
        if key not in self._same_story:
            self._same_story[key] = _same_story(self._sentences[i], self._sentences[j])
        return self._same_story[key]

    def same_event(self, i: int, j: int) -> bool:
        key = (min(i, j), max(i, j))
        if key not in self._same_event:
            shared = self._form_sets[i] & self._form_sets[j]
            (words_a, names_a), (words_b, names_b) = self._words(i, shared), self._words(j, shared)
            union = len(words_a | words_b)
            self._same_event[key] = len(names_a & names_b) >= SAME_EVENT_NAMES or (
                bool(union) and len(words_a & words_b) / union >= SAME_EVENT_SHARE
            )
        return self._same_event[key]

    def _words(self, i: int, leave_out: set[str]) -> tuple[set[str], set[str]]:
        """The content words and the names an input uses outside the blocks in `leave_out`."""
        read = self._reads[i]
        stop = stop_words(read.language)
        kept = [
            (form, block)
            for form, block in zip(self._forms[i], read.blocks, strict=True)
            if block.reason is None and form not in leave_out
        ]
        words = {
            word
            for form, _ in kept  # the form is the block's comparable text, worked out once
            for word in _WORD.findall(form)
            if len(word) >= MIN_CONTENT_LETTERS and word not in stop
        }
        names = {name for _, block in kept for name in compiled(_INNER_NAME).findall(block.plain)}
        return words, names


def _some_labels(labels: list[str], indices: list[int]) -> str:
    named = ", ".join(labels[j] for j in indices[:LABELS_NAMED])
    rest = len(indices) - LABELS_NAMED
    return named if rest <= 0 else f"{named} and {rest} more"


def _same_story(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) >= SAME_STORY_SHARE * min(len(a), len(b))


def _sentence_shaped(block: _Block) -> bool:
    return block.features is not None and block.features.sentence


def _heading_shaped(block: _Block) -> bool:
    """A subheading: a few words opening with a capital, no link, no separator, no sentence's end."""
    f = block.features
    return (
        f is not None
        and 0 < f.words <= feats.HEADING_WORDS
        and not (f.link_density or f.separators)
        and block.plain[:1].isupper()
        and not _SENTENCE_END.search(block.plain)
    )


# --------------------------------------------------------------------------- context and output


def _settle(read: _Read) -> None:
    """Settle what no rule decided from the blocks around it, then the closing notices."""
    blocks = read.blocks
    _page_sections(read)
    _comment_section(blocks)
    _signature(blocks)
    _related_lists(blocks)
    _newsletter_blurbs(blocks)
    _spread_sections(blocks)
    _resolve_by_neighbours(blocks)
    _tail_notices(blocks)


SECTION_KINDS = frozenset(
    {R.COOKIE_NOTICE, R.NAVIGATION, R.RELATED_LINK, R.COMMENTS, R.AUTHOR_BOX, R.NEWSLETTER, R.PHOTO_CREDIT}
)
"""Kinds that head a section of their own: labels and items next to them belong to them."""

NOTICE_KINDS = frozenset(
    {R.ATTRIBUTION, R.COPYRIGHT, R.DISCLAIMER, R.CONTACT, R.PROMPT, R.NEWSLETTER, R.AUTHOR_BOX, R.BYLINE}
)
"""Kinds of the notices that close an article."""


def _comment_section(blocks: list[_Block]) -> None:
    """Everything after a comment-section heading in the second half is readers' residue."""
    for n in range(len(blocks) // 2, len(blocks)):
        block = blocks[n]
        if block.reason is R.COMMENTS and _is_comment_head(block.plain):
            for later in blocks[n + 1 :]:
                if later.reason is None:
                    later.remove(R.COMMENTS, f"context: after the comment heading '{block.plain}'")
            return


def _signature(blocks: list[_Block]) -> None:
    """Everything after an e-mail signature delimiter ("-- ") in the second half is the sender's
    signature: name, telephone, unsubscribe instructions."""
    for n in range(len(blocks) // 2, len(blocks)):
        if blocks[n].raws == ["--"]:
            for later in blocks[n + 1 :]:
                if later.reason is None:
                    later.remove(R.CONTACT, "context: after the e-mail signature delimiter '--'")
            return


_RELATED_HEAD_WHY = "rule: related-articles heading"
_KICKER_QUESTION = compiled(r"^[^:.!?]{1,40}:\s+\S[^.!?]*\?$")
"""A linked headline that asks, after its kicker and a colon ("Air fryers: are they really cheaper
to run?")."""


def _related_lists(blocks: list[_Block]) -> None:
    """The headlines listed under a related-articles heading ("More on this story", "Read more",
    "Lesen Sie auch") go with it: short lines that end no sentence, or a kicker's question ("Air
    fryers: are they really cheaper to run?"). The list ends at the first line that is not one: the
    story may go on under the box, and a sentence of it is never taken."""
    for n, head in enumerate(blocks):
        if head.reason is not R.RELATED_LINK or head.why != _RELATED_HEAD_WHY:
            continue
        for item in blocks[n + 1 :]:
            if item.reason is R.RELATED_LINK:
                continue
            if item.reason is not None or not _related_item(item.plain):
                break
            item.remove(R.RELATED_LINK, f"context: a headline under the heading '{_clip(head.plain)}'")


def _related_item(plain: str) -> bool:
    """Whether a line reads as a linked headline: a few words, and no sentence's end but a kicker's
    question."""
    words = len(plain.split())
    if not TITLE_MIN_WORDS - 1 <= words <= RELATED_ITEM_MAX_WORDS or _QUOTED.search(plain):
        return False
    return not _SENTENCE_END.search(plain) or bool(_KICKER_QUESTION.match(plain))


_SIGN_UP = compiled(
    r"(?i)^(?:sign up|subscribe|register|abonnieren|jetzt abonnieren|abonnez-vous|inscrivez-vous|"
    r"suscríbete|suscríbase|iscriviti|inscreva-se|подпишитесь)\b"
)


def _newsletter_blurbs(blocks: list[_Block]) -> None:
    """The blurb under a newsletter's sign-up prompt ("Sign up to Business Today" over "Get set for
    the working day – we'll point you to all the business news you need every morning"): the lines
    right under it that speak to the reader, say nothing reported and are no longer than a prompt.
    A line of them that ends like a sentence goes only when no sentence of the story follows: a
    prompt may stand in the middle of the story ("Our survey found …" under it is the story's)."""
    for n, prompt in enumerate(blocks):
        if not (
            prompt.reason is R.NEWSLETTER or (prompt.reason is R.PROMPT and _SIGN_UP.match(prompt.plain))
        ):
            continue
        for m in range(n + 1, len(blocks)):
            blurb = blocks[m]
            low = _QUOTED.sub(" ", blurb.plain.casefold())
            if (
                blurb.reason is not None
                or len(blurb.plain.split()) > PROMPT_MAX_WORDS
                or _REPORTED.search(low)
                or not compiled(_ADDRESS).search(low)
                or (_SENTENCE_END.search(blurb.plain) and _story_goes_on(blocks[m + 1 :]))
            ):
                break
            blurb.remove(R.NEWSLETTER, f"context: the blurb under the sign-up prompt '{_clip(prompt.plain)}'")


def _story_goes_on(blocks: Sequence[_Block]) -> bool:
    """Whether a sentence of the story is among the blocks no rule removed."""
    return any(
        b.reason is None and b.features is not None and b.features.sentence and b.kind is BlockClass.GOOD
        for b in blocks
    )


def _page_sections(read: _Read) -> None:
    """In an HTML source, blocks that follow a comment or related-articles heading on the page
    belong to that section, even when the extractor dropped the heading and kept the blocks."""
    if not read.doc.page_text:
        return
    page = [comparable(line) for line in read.doc.page_text.split("\n") if line.strip()]
    where = {form: n for n, form in reversed(list(enumerate(page)))}
    ours = {comparable(raw) for block in read.blocks for raw in block.raws}
    claimed: set[str] = set()
    for block in read.blocks[len(read.blocks) // 2 :]:
        form = comparable(block.raw)
        n = where.get(form)
        if block.reason is not None or n is None:
            continue
        while n > 0 and page[n - 1] in claimed:
            n -= 1
        heading = page[n - 1] if n > 0 else ""
        if heading in ours or not (_is_comment_head(heading) or _RELATED_HEAD.match(heading)):
            continue
        reason = R.COMMENTS if _is_comment_head(heading) else R.RELATED_LINK
        block.remove(reason, f"context: under the page's heading '{_clip(heading)}'")
        claimed.add(form)


def _spread_sections(blocks: list[_Block]) -> None:
    """Short, not sentence-shaped blocks next to a section block (a cookie box's buttons, a
    related list's headlines, a menu's items) take its kind, in both directions."""
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        previous: _Block | None = None
        for n in order:
            block = blocks[n]
            if (
                block.reason is None
                and previous is not None
                and previous.reason in SECTION_KINDS
                and block.features is not None
                and block.features.listlike
            ):
                block.remove(
                    previous.reason,
                    f"context: item next to {previous.reason.value} '{_clip(previous.plain)}'",
                )
            previous = block


def _resolve_by_neighbours(blocks: list[_Block]) -> None:
    """jusText's context step: short and near-good blocks take the class of their neighbours.

    A removed block counts as bad, the edges of the document too. A short block is kept only
    between good ones; a near-good block is kept next to a good one. Sentence-shaped blocks stay.
    """
    kept = [b.reason is None and b.kind is BlockClass.GOOD for b in blocks]
    bad = [b.reason is not None or b.kind is BlockClass.BAD for b in blocks]
    befores, afters = _neighbour_classes(kept, bad)
    for n, block in enumerate(blocks):
        if block.reason is not None or block.features is None:
            continue
        before, after = befores[n], afters[n]
        f = block.features
        if block.kind is BlockClass.GOOD or f.sentence or _LIFE_DATES.search(block.plain):
            continue
        if block.kind is BlockClass.BAD:
            block.remove(*_bad_reason(f))
        elif block.kind is BlockClass.SHORT and "bad" in (before, after):
            block.remove(_short_reason(f), f"context: {f.describe()}; {before} block before, {after} after")
        elif block.kind is BlockClass.NEAR_GOOD and before == after == "bad":
            block.remove(R.BOILERPLATE, f"context: {f.describe()}; only boilerplate around it")


_LIFE_DATES = compiled(
    r"(?i)\b(?:born|b\.|geboren|née?|nacid[oa])(?!\w)[^;]{0,40}?\b\d{4}\b\s*[;,]?\s*"
    r"(?:and\s+)?(?:died|d\.|gestorben|mort|morte|décédée?|fallecid[oa]|murió)(?!\w)[^;]{0,40}?\b\d{4}\b"
)
"""An obituary's closing line, its subject's birth and death ("born 14 March 1932; died 8 January
2025"): no sentence's shape, at the document's end, but a fact, the date of death often there alone."""


def _neighbour_classes(kept: Sequence[bool], bad: Sequence[bool]) -> tuple[list[str], list[str]]:
    """For each block, the class of the nearest good or bad block before it and after it ("good"
    or "bad"; the edges of the document count as bad).

    Two passes, one each way: looking for each block from where it stands went over a long run
    of undecided blocks again for every block in it (a list of 20,000 short items: 38 s)."""

    def one_way(order: Sequence[int]) -> list[str]:
        found = [""] * len(kept)
        last = "bad"
        for n in order:
            found[n] = last
            if kept[n]:
                last = "good"
            elif bad[n]:
                last = "bad"
        return found

    return one_way(range(len(kept))), one_way(range(len(kept) - 1, -1, -1))


def _bad_reason(f: Features) -> tuple[RemovalReason, str]:
    if f.link_density >= feats.MAX_LINK_DENSITY:
        return R.RELATED_LINK, f"features: {f.describe()}"
    if f.separators >= 2:
        return R.NAVIGATION, f"features: {f.describe()}"
    return R.BOILERPLATE, f"features: {f.describe()}"


def _short_reason(f: Features) -> RemovalReason:
    return R.NAVIGATION if f.separators or f.link_density >= feats.MAX_LINK_DENSITY else R.BOILERPLATE


def _tail_notices(blocks: list[_Block]) -> None:
    """Remove legal notes that sit among the notices closing an article.

    One cue ("fair use", "consent") is too weak to remove a line of the story, but after the
    article has ended (a notice in its second half, followed by more notices than body lines) the
    same cue marks the rest of the site's fine print.
    """
    half = len(blocks) // 2
    for start in range(half, len(blocks)):
        if blocks[start].reason not in NOTICE_KINDS:
            continue
        rest = blocks[start:]
        if sum(1 for b in rest if b.reason is None) <= sum(1 for b in rest if b.reason is not None):
            for block in blocks[start + 1 :]:
                if block.reason is not None:
                    continue
                if compiled(_LEGAL_CUE).search(block.raw.casefold()):
                    block.remove(R.DISCLAIMER, "context: legal cue among the closing notices")
                elif (
                    compiled(_ADDRESS).search(block.plain.casefold())
                    and not _REPORTED.search(block.plain.casefold())
                    and len(block.plain.split()) <= SHORT_LINE_WORDS
                ):
                    block.remove(R.PROMPT, "context: speaks to the reader among the closing notices")
            return


def _clip(text: str, width: int = 30) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _finish(read: _Read, index: int, keep_empty: bool = False) -> Article:
    _settle(read)
    doc, draft = read.doc, read.draft
    kept: list[_Block] = []
    removed: list[RemovedBlock] = list(doc.set_aside)
    for block in read.blocks:
        if block.reason is None:
            if block.cut is not None:
                removed.append(block.cut)
            block.plain = _strip_long_urls(block, removed)
            kept.append(block)
        else:
            removed.extend(RemovedBlock(reason=block.reason, text=raw, why=block.why) for raw in block.raws)
    paragraphs = _join_broken(kept)
    removed.extend(_outside_article(doc, draft))
    if not paragraphs and not keep_empty:
        raise EmptyArticleError(nothing_left(doc.source, removed))
    meta = doc.metadata
    return Article(
        index=index,
        source=doc.source,
        label=doc.label,
        paragraphs=tuple(paragraphs),
        metadata=Metadata(
            title=draft.title,
            date=draft.date,
            outlet=draft.outlet
            or doc.title_outlet
            or _edition_on_page(doc)
            or AGENCY_NAMES.get((draft.agency or "").lower(), draft.agency),
            author=_without_roles(draft.author),
            url=meta.url,
            language=meta.language or read.language or detect_language(" ".join(paragraphs)),
        ),
        removed=tuple(removed),
    )


_UNSPACED = compiled(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
"""Letters of scripts written without spaces between words: Chinese and Japanese (kana, Han), Thai,
Lao, Burmese, Khmer."""
UNSPACED_SHARE = 0.5
"""The share of an article's letters in such scripts from which its loss is put down to them."""


def nothing_left(source: str, removed: Sequence[RemovedBlock]) -> str:
    """What is said of an article of which cleaning left nothing: what went, by reason."""
    return (
        f"{source_name(source)}: nothing is left after removing boilerplate{_what_went(removed)}"
        + _unspaced_note(removed)
    )


def _unspaced_note(removed: Sequence[RemovedBlock]) -> str:
    """Why an article in a script written without spaces was all removed, when it is in one: its
    lines have no words to count (blocks are weighed by their words), so none looks like a sentence."""
    text = "".join(block.text for block in removed)
    letters = sum(map(str.isalpha, text))
    if not letters or len(_UNSPACED.findall(text)) < UNSPACED_SHARE * letters:
        return ""
    return (
        "; it is written without spaces between words (Chinese, Japanese, Thai), which newsdiff cannot read"
    )


def _what_went(removed: Sequence[RemovedBlock]) -> str:
    """What an article of which nothing is left lost, by reason, the most frequent first: without
    `clean --explain`, the message is all the user sees."""
    counts: dict[str, int] = {}
    for block in removed:
        counts[block.reason.value] = counts.get(block.reason.value, 0) + 1
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda item: -item[1])  # stable: first seen first on a tie
    listed = ", ".join(f"{n} {reason}" for reason, n in ranked[:EMPTY_REASONS_LISTED])
    more = ", …" if len(ranked) > EMPTY_REASONS_LISTED else ""
    blocks = f"{len(removed)} block" + ("" if len(removed) == 1 else "s")
    return f" ({blocks}: {listed}{more})"


def _strip_long_urls(block: _Block, removed: list[RemovedBlock]) -> str:
    """A sentence without the tracking URLs inside it; each URL is listed as removed."""
    urls = list(_query_urls(block.plain))
    if not urls:
        return block.plain
    removed.extend(
        RemovedBlock(reason=R.MACHINE_DATA, text=block.plain[start:end], why="rule: URL with a query string")
        for start, end in urls
    )
    pieces, last = [], 0
    for start, end in urls:
        pieces.append(block.plain[last:start])
        last = end
    pieces.append(block.plain[last:])
    return _SPACE.sub(" ", "".join(pieces)).strip()


def _query_urls(text: str) -> Iterator[tuple[int, int]]:
    """Where the URLs with a query string ("?a=1") are in a sentence: from the first "http://" or
    "www." of a run of URL characters to the run's end. One pattern searched from every "www." of a
    run on to its end cost the square of the run's length (60 KB of "www.": 9 s)."""
    if "?" not in text:  # most sentences: no query string to look for
        return
    for run in _URL_RUN.finditer(text):
        start = _URL_START.search(run.group()) if "?" in run.group() else None
        if start is None:
            continue
        url = run.group()[start.start() :]
        query = url.find("?")
        if query >= 0 and "=" in url[query:]:
            yield run.start() + start.start(), run.end()


def _outside_article(doc: Document, draft: _Draft) -> list[RemovedBlock]:
    """Page lines of an HTML source that the extractor left out, each with the reason a rule
    gives it (a copyright line, a prompt) or else `outside-article`."""
    if not doc.page_text:
        return []
    extracted = {comparable(line) for line in doc.text.split("\n") if line.strip()}
    removed = []
    scratch = _Draft(title=None, date=None, outlet=None, author=None)
    for raw in doc.page_text.split("\n"):
        line = raw.strip()
        normal = comparable(line)
        if not normal or normal in extracted:
            continue
        extracted.add(normal)  # a menu repeated in header and footer is listed once
        if draft.title and _same_text(line, draft.title):
            found: tuple[RemovalReason, str] | None = (R.TITLE, "rule: same words as the title")
        elif doc.standfirst and _same_text(line, doc.standfirst):
            found = (R.STANDFIRST, _STANDFIRST_WHY)
        else:
            found = _classify_cue(line, unwrap_markdown(line), len(line.split()), scratch)
        reason, why = found or (R.OUTSIDE_ARTICLE, "extractor: not part of the main content")
        removed.append(RemovedBlock(reason=reason, text=line, why=why))
    return removed


def _edition_on_page(doc: Document) -> str | None:
    """The outlet an HTML page names in a line of its own with its edition ("Name (English
    edition)"), a masthead the extractor left out: the edition says the line is the outlet's name,
    as it does over a text file's headline (`_outlet_on_top`). A name without it is as often a
    section's or a promotion's, outside the article."""
    if not doc.page_text or ("(" not in doc.page_text and "[" not in doc.page_text):
        return None
    return next(
        (
            name
            for line in doc.page_text.split("\n")
            if _EDITION.search(line) and (name := _outlet_in(line.strip())) is not None
        ),
        None,
    )


def _join_broken(kept: list[_Block]) -> list[str]:
    """Paragraphs from kept blocks, joining a sentence that a line or paragraph break cut in two."""
    # a paragraph is kept as its pieces and joined once: whether a piece goes on with the one
    # before is read from the end of that one alone, and neither the reading nor the joining goes
    # over the whole paragraph again for each piece (a long paragraph of hard-wrapped lines, 20,000
    # of them, took 41 s so, and grew as the square of its length)
    paragraphs: list[list[str]] = []
    for block in kept:
        text = block.plain
        if not text:
            continue
        if paragraphs and _continues(paragraphs[-1][-1], text):
            paragraphs[-1].append(text)
        else:
            paragraphs.append([text])
    return [" ".join(pieces) for pieces in paragraphs]


def _continues(previous: str, text: str) -> bool:
    """Whether `text` goes on with the sentence `previous` left open."""
    if _SENTENCE_END.search(previous) or previous.endswith((',"', ",”")):
        return False
    head = text.lstrip("\"'“‘«„([")
    return bool(head) and (head[0].islower() or previous.endswith((",", "-", "–", "—")))
