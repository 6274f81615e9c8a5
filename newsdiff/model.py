"""Data that travels between the pipeline stages: frozen records (dataclasses) and closed enums."""

from __future__ import annotations

from collections.abc import Collection
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, InvalidOperation
from enum import Enum

from newsdiff.errors import ExitCode as ExitCode  # defined with the errors, part of the model's API
from newsdiff.money import readable_money
from newsdiff.record import field, record


class SourceKind(str, Enum):
    """What a loaded document turned out to be (detected, never declared)."""

    TEXT = "text"
    HTML = "html"


class RemovalReason(str, Enum):
    """Why the cleaner removed a block; shown by `clean --explain` and in the JSON."""

    TITLE = "title"
    REPEATED_HEADLINE = "repeated-headline"
    STANDFIRST = "standfirst"
    """The summary an HTML page sets under its headline (its "chapo", "standfirst", "dek")."""
    BYLINE = "byline"
    DATELINE = "dateline"
    CATEGORY = "category"
    DISCLAIMER = "disclaimer"
    COPYRIGHT = "copyright"
    ATTRIBUTION = "attribution"
    PROMPT = "prompt"
    RELATED_LINK = "related-link"
    EDITOR_CODE = "editor-code"
    MACHINE_DATA = "machine-data"
    CONTACT = "contact"
    TEMPLATE = "template"
    """A block repeated verbatim across the inputs that is not a sentence of their story."""
    COOKIE_NOTICE = "cookie-notice"
    NEWSLETTER = "newsletter"
    NAVIGATION = "navigation"
    """Menu, breadcrumb and "skip to content" residue of a page."""
    AUTHOR_BOX = "author-box"
    PHOTO_CREDIT = "photo-credit"
    COMMENTS = "comments"
    """Comment-section residue: counts, "reply", "log in to comment"."""
    ADVERTISEMENT = "advertisement"
    SOCIAL_EMBED = "social-embed"
    """A social media post set in the article: its text, its "— Name (@handle) date" line, its
    picture link ("pic.twitter.com/…"), a line of its hashtags."""
    BOILERPLATE = "boilerplate"
    """No rule named it, but its features (short, no stop words, links, among boilerplate) did."""
    SEPARATOR = "separator"
    """A line with no words: rules, ornaments, Markdown syntax left alone."""
    CORRECTION = "correction"
    """A newsroom's correction note ("Correction: an earlier version of this article said ..."): what
    the story said before, not a fact of it; the article's header counts it."""
    OUTSIDE_ARTICLE = "outside-article"
    """Page text (menus, banners, footers) that the HTML extractor did not take as the article."""


class OutputFormat(str, Enum):
    """The renderers `--format` can choose."""

    TERMINAL = "terminal"
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class Only(str, Enum):
    """What `--only` keeps of a comparison: shared facts, unique facts, or shared facts in conflict."""

    SHARED = "shared"
    UNIQUE = "unique"
    CONFLICTS = "conflicts"


class GroupKind(str, Enum):
    """A fact group is shared when its members come from two or more articles."""

    SHARED = "shared"
    UNIQUE = "unique"


class ConflictKind(str, Enum):
    """What disagrees inside a group of sentences reporting the same fact."""

    NUMBER = "number"
    DATE = "date"
    QUOTE = "quote"
    NAME = "name"
    """The same statement attributed to different people."""
    CLAIM = "claim"
    """The same deed affirmed and denied: "would appeal" and "would not appeal", "confirmed" and
    "denied"."""


class DiffOp(str, Enum):
    """A word-level diff operation between two aligned sentences."""

    EQUAL = "="
    DELETE = "-"
    INSERT = "+"


Span = tuple[int, int]
"""Character offsets `[start, end)` into a text."""


@record
class Metadata:
    """What an article says about itself; kept out of the facts."""

    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    """ISO 639-1 code of the body's language ("en", "de"), when the cleaner can tell."""


@record
class Document:
    """A source as loaded: decoded, sanitized text (HTML already reduced to its main content)."""

    source: str
    label: str
    text: str
    kind: SourceKind = SourceKind.TEXT
    encoding: str = "utf-8"
    metadata: Metadata = field(default_factory=Metadata)
    page_text: str = ""
    """For HTML: all the visible text of the page, a block a line, so that what the extractor left
    out can be shown as removed (empty for text sources)."""
    standfirst: str = ""
    """For HTML: the summary the page marks under its headline by its class ("chapo", "standfirst",
    "dek"), which the cleaner removes at the head of the article; empty when there is none."""
    title_outlet: str | None = None
    """For HTML: the name the page's <title> gives after its headline ("Headline | City News"): the
    outlet when neither the metadata nor a copyright line names one, before a dateline's agency."""
    embeds: tuple[str, ...] = ()
    """For HTML: the text of each social media post the page embeds (a tweet's blockquote, an
    <amp-twitter>, an Instagram blockquote), on one line: the cleaner removes what the extractor
    kept of them."""
    set_aside: tuple[RemovedBlock, ...] = ()
    """For HTML: what loading set aside and says so where the cleaner lists its removals: the
    page's JSON-LD when its `articleBody` was taken for the text (the page showed less of it)."""


@record
class RemovedBlock:
    """A block the cleaner took out of an article, with the reason it did."""

    reason: RemovalReason
    text: str
    why: str = ""
    """The deciding rule or features, for `clean --explain` ("cue 'we use cookies'")."""


@record
class Article:
    """A document with its boilerplate removed: paragraphs of body text, metadata, removals."""

    index: int
    source: str
    label: str
    paragraphs: tuple[str, ...]
    metadata: Metadata
    removed: tuple[RemovedBlock, ...] = ()

    @property
    def body(self) -> str:
        """The cleaned body, one paragraph a line."""
        return "\n\n".join(self.paragraphs)

    @property
    def words(self) -> int:
        """How many words the cleaned body holds."""
        return sum(len(p.split()) for p in self.paragraphs)


@record
class Sentence:
    """One sentence of an article's body, addressed by article and position."""

    article: int
    index: int
    paragraph: int
    text: str


@record
class Quote:
    """Words inside quotation marks, with who said them when the sentence tells."""

    text: str
    speaker: str | None = None


class EntityKind(str, Enum):
    """What a name refers to, as far as a light heuristic can tell."""

    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    OTHER = "other"


@record
class Entity:
    """A name in a sentence and what kind of thing it names."""

    text: str
    kind: EntityKind = EntityKind.OTHER


POINTS = "pp"
"""The mark of a change in percentage points (`quantities.numbers_in`: "0.25pp" for "25 basis points",
"0.25 percentage points", "a quarter of a percentage point"): central banks' moves, polls' swings."""
SCORE = "-"
"""What joins the two sides of a score (`quantities.numbers_in`: "7-5" for "7-5", "7–5" and "7:5"):
a match's, a set's, a vote's; one value, not the figures 7 and 5."""
DURATION_UNITS = (("month", 730.0), ("week", 168.0), ("day", 24.0), ("hour", 1.0), ("minute", 1 / 60))
"""The units of a duration in hours, longest first (a month is 730 hours, a twelfth of a year):
`segment` counts durations in hours by them, `readable_number` shows them back."""
TIME_TAKEN_DECIMALS = 3
"""Decimals of an hour a duration is written with ("0.967h", 58 minutes); a time taken to the
second ("2:11:43") has three more, "2.195278h", and to the hundredth five, "0.03051944h" (1:49.87),
which tell it (`to_the_second`)."""


def to_the_second(number: str) -> bool:
    """Whether a normalised number is a duration written to the second or finer, as a time taken is
    ("2.195278h" for 2:11:43, "0.03051944h" for 1:49.87; not "0.967h", 58 minutes): TIME_TAKEN_DECIMALS
    (`readable_number`, `quantities.quantity`, `similarity`'s numbers_two)."""
    return number.endswith("h") and len(number[:-1].partition(".")[2]) > TIME_TAKEN_DECIMALS


HOURS_SHOWN = 96
"""Whole durations under this many hours are shown in hours ("72 hours", not "3 days")."""
HALVES_SHOWN = 10
"""A duration is shown by halves of a unit under this many ("2.5 weeks"; "1500 hours", not "62.5
days")."""


SCALE_WORDS = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
"""Large figures are shown in these when two decimals write them ("48.6 billion", "40 million")."""
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
"""Arithmetic on a figure's digits that keeps them all: a figure is read and shown as written, where
a float rounded past 17 significant digits ("123456789012345678" read "123456789012345680") and held
none past 309 (the figure was dropped)."""
FLOAT_DIGITS = 15
"""Characters of a figure up to which a float holds it whole ("123456789012345" and "0.123456789012"):
longer ones are shown from their digits (`EXACT`)."""
GROUPED_FROM = 10_000
"""Other whole figures from here on are shown with thousands separators (below, a year would read
"2,016")."""


def readable_date(date: str) -> str:
    """A date as `quantities.dates_in` gives it ("tuesday", "june 9", "15:00") as news writes it:
    "Tuesday", "June 9", "15:00"."""
    return date[:1].upper() + date[1:]


def readable_number(number: str, units: Collection[str] = ()) -> str:
    """A fact's number as a reader would write it. Numbers are normalised to compare them
    (`quantities.numbers_in`): "1200", "48600000000", "3.5%", "~33.3%" (a share in words, rounded),
    durations in hours, "2688h", and changes in percentage points, "0.25pp".
    - A large figure is shown in millions, billions or trillions when two decimals write it ("48.6
      billion"), else from GROUPED_FROM on with thousands separators ("12,500"; "2016" stays).
    - A duration is shown in hours up to HOURS_SHOWN ("48 hours", as news writes a strike's length),
      beyond in the longest unit that counts it whole or by halves ("16 weeks", "4 months"; "2.5
      weeks", not "420 hours"), under an hour in minutes ("58 minutes", "3.5 minutes"); a time
      taken to the second as a clock shows it ("2:11:43"). Given the `units` its sentence counts
      time in ("day", "week": `quantities.duration_units`), it is shown in the first of them
      that counts it whole, as the sentence wrote it: "14 days", not "2 weeks".
    - A change in percentage points as news writes it: "0.25 percentage points".
    - Other numbers as they are."""
    if number.endswith(POINTS):
        points = number[: -len(POINTS)]
        return f"{points} percentage point" + ("" if points == "1" else "s")
    if not number.endswith("h"):
        return _readable_figure(number)
    try:
        hours = float(number[:-1])
    except ValueError:
        return number
    seconds = round(hours * 3600)
    # a time taken: written to the second or its hundredths, or a whole number of seconds not of minutes
    taken = to_the_second(number) or (seconds % 60 and abs(hours * 3600 - seconds) < 0.01)
    if 60 <= seconds < 3600 * HOURS_SHOWN and taken:
        return _time_taken_as_a_clock(hours)
    if 0 < hours * 3600 < 60 and taken:  # "40 seconds", "9.58 seconds", "0.31 seconds"
        counted = f"{hours * 3600:.2f}".rstrip("0").rstrip(".")
        return f"{counted} second" + ("" if counted == "1" else "s")
    if whole := counted_whole(hours, units):  # as the sentence counts it, where a unit counts it whole
        return f"{whole[1]} {whole[0]}" + ("" if whole[1] == 1 else "s")
    for unit, size in DURATION_UNITS:
        if unit != "hour" and 1 <= hours < HOURS_SHOWN and hours.is_integer():
            continue
        if written := _counted(hours, unit, size, halves=True):
            return written
    return number


def counted_whole(hours: float, units: Collection[str]) -> tuple[str, int] | None:
    """The first of `units`, in DURATION_UNITS' order, that counts a duration of `hours` whole, with
    the count: 1344 hours in weeks is ("week", 8); None when none does (`readable_number`,
    `conflicts`' units as an article writes them)."""
    for unit, size in DURATION_UNITS:
        if unit in units and (whole := _whole(hours / size, unit)) is not None:
            return unit, whole
    return None


def _whole(count: float, unit: str) -> int | None:
    """`count` of `unit` when whole; hours are kept to three decimals: 58 minutes are 0.967h, 58.02
    minutes (a count of minutes is whole within 0.05)."""
    return round(count) if count >= 1 and abs(count - round(count)) < _off(unit) else None


def _off(unit: str) -> float:
    return 0.05 if unit == "minute" else 1e-6


def _counted(hours: float, unit: str, size: float, halves: bool) -> str | None:
    """A duration of `hours` in `unit` (`size` hours), when it counts it whole ("14 days") or, with
    `halves`, by halves under HALVES_SHOWN ("2.5 weeks"); else None."""
    count = hours / size
    if (whole := _whole(count, unit)) is not None:
        return f"{whole} {unit}" + ("" if whole == 1 else "s")
    off = _off(unit)
    if halves and 1 <= count < HALVES_SHOWN and abs(2 * count - round(2 * count)) < 2 * off:
        return f"{round(2 * count) / 2:g} {unit}s"  # "two and a half weeks", "3.5 minutes"
    return None


def _time_taken_as_a_clock(hours: float) -> str:
    """A time taken as a clock shows it: "2:11:43", "1:12", "1:49.87" (to the hundredth)."""
    whole, hundredths = divmod(round(hours * 360_000), 100)
    hour, rest = divmod(whole, 3600)
    clock = f"{hour}:{rest // 60:02d}:{rest % 60:02d}" if hour else f"{rest // 60}:{rest % 60:02d}"
    return clock + (f".{hundredths:02d}" if hundredths else "")


def _readable_figure(number: str) -> str:
    if not number[:1].isdigit() or not number[-1:].isdigit():
        return number  # a share ("3.5%", "~33.3%")
    if len(number) <= FLOAT_DIGITS:  # (most: a float holds them, and is read ~10 times faster)
        return _readable_float(number)
    try:  # (every digit as written: a float rounded past 17 and held none past 309)
        value = Decimal(number)
    except InvalidOperation:
        return number
    for scale, word in SCALE_WORDS:
        hundredths = EXACT.divide(EXACT.multiply(value, 100), scale) if value >= scale else value
        if value >= scale and hundredths == hundredths.to_integral_value():
            whole, cents = EXACT.divmod(hundredths, 100)
            return f"{whole:f}{f'.{int(cents):02d}'.rstrip('0') if cents else ''} {word}"
    if value >= GROUPED_FROM and value == value.to_integral_value():
        return f"{value.to_integral_value():,f}"
    return number


def _readable_float(number: str) -> str:
    """`_readable_figure` of a figure a float holds whole (`FLOAT_DIGITS`)."""
    try:
        value = float(number)
    except ValueError:
        return number
    for scale, word in SCALE_WORDS:
        hundredths = value * 100 / scale
        if value >= scale and abs(hundredths - round(hundredths)) < 1e-6:
            # written from the whole hundredths: "%g" kept six digits, so 26,123,450,000 read
            # "26123.5 million", and a figure differing past them looked the same
            whole, cents = divmod(round(hundredths), 100)
            return f"{whole}{f'.{cents:02d}'.rstrip('0') if cents else ''} {word}"
    if value >= GROUPED_FROM and value.is_integer():
        return f"{int(value):,}"
    return number


@record
class Fact:
    """What one sentence states, reduced to comparable features."""

    sentence: Sentence
    stems: tuple[str, ...]
    numbers: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    """The names again, each with a guessed kind (person, place, organisation)."""
    periods: tuple[str, ...] = ()
    """The years and periods the statement is anchored in ("2019", "march", "last year"): a
    background fact ("bought a painting in 2019") against the news of the day."""
    money: tuple[tuple[str, str], ...] = ()
    """The numbers given as amounts of money, each with its currency: ("4200000000", "EUR") for
    "4.2 billion euros" (see `newsdiff.money`)."""
    language: str = "en"
    """The language the sentence was read in (`newsdiff.language.FACT_LANGUAGES`): its stems and
    words are that language's, and so is how rare each is."""

    @property
    def readable_numbers(self) -> tuple[str, ...]:
        """The numbers as a reader would write them (`readable_number`), an amount of money with its
        currency: "€4.2 billion", "12,500", "48 hours"."""
        return tuple(map(self.readable_number_of, self.numbers))

    def readable_number_of(self, number: str) -> str:
        """A number as `readable_numbers` writes it; also one the sentence only implies (a change in
        points, `quantities.implied_points`), as `readable_number` does."""
        currency = dict(self.money).get(number)
        figure = readable_number(number)
        return readable_money(figure, currency) if currency is not None else figure

    @property
    def readable_dates(self) -> tuple[str, ...]:
        """The dates as a reader would write them (`readable_date`): "Tuesday", "June 9", "15:00"."""
        return tuple(map(readable_date, self.dates))


@record
class Conflict:
    """Values of one kind that differ between the articles of a group."""

    kind: ConflictKind
    values: tuple[str, ...]
    articles: tuple[int, ...] = ()
    """The article each value comes from, in the order of `values` (empty when not known)."""
    senses: tuple[str, ...] = ()
    """Of a claim conflict, what each value affirms or denies, in the order of `values`, alike for
    wordings of one sense ("confirmed" and "admitted" both "known about the fault", "denied" "not
    known about the fault": `polarity.claim_sense`); a digest tallies them as one side. Empty for
    other kinds."""
    reason: str = ""
    """What the values tell, as a reader would put it, from the rule that found the conflict: "who
    made the statement", "the dead counted", "a bound the other figure breaks", "the date of one
    deed"; shown with `--explain`. Empty when not known."""

    def value_of(self, article: int) -> str | None:
        """The value the given article gives, or None when it gives none that differs."""
        for index, value in zip(self.articles, self.values, strict=False):
            if index == article:
                return value
        return None


@record
class PairDiff:
    """Word-level operations turning the text of article `pair[0]` into that of `pair[1]`."""

    pair: tuple[int, int]
    ops: tuple[tuple[DiffOp, str], ...]
    changed: tuple[tuple[Span, ...], tuple[Span, ...]] = ((), ())
    """Spans of each side's text (`FactGroup.text_of`) that differ from the other side's, in
    words: what a renderer marks. Differences of typography only are not among them unless the
    comparison is strict."""


@record
class Contribution:
    """One feature of a scored pair: its value and what it added to the log-odds of "same fact"."""

    feature: str
    value: float
    contribution: float


GAP = " … "
"""What joins two sentences of one article in a fact group that stand apart in the article (the
first and third, say): a visible break, where neighbours are joined by a space as written."""


BREAK = " · "
"""What joins two neighbouring sentences of one article in a fact group when the first ends with no
mark (a headline, a label: "Brightwell recalls 1.2m air fryers"): a space would run it into the
next as one sentence ("… air fryers Brightwell Appliances has recalled …")."""
END_MARKS = ".!?…:;。！？｡؟۔।॥։።"
"""Marks that end a sentence (or lead into the next: a colon), in the scripts newsdiff reads."""
_CLOSING = "\"'”’»)]」』）"
"""What may stand after a sentence's end mark: closing quotes and brackets."""


def joined(sentences: tuple[Sentence, ...] | list[Sentence]) -> str:
    """The texts of one article's sentences, in their order: neighbours joined by a space (by BREAK
    after one that ends with no mark, `ends_with_a_mark`), others by GAP."""
    out: list[str] = []
    before: Sentence | None = None
    for sentence in sentences:
        if before is not None:
            if sentence.index != before.index + 1:
                out.append(GAP)
            else:
                out.append(" " if ends_with_a_mark(before.text) else BREAK)
        out.append(sentence.text)
        before = sentence
    return "".join(out)


def ends_with_a_mark(text: str) -> bool:
    """Whether a sentence ends with one of END_MARKS, before any closing quotes or brackets."""
    return text.rstrip().rstrip(_CLOSING)[-1:] in tuple(END_MARKS)


HEADING_AND_SENTENCE = "a heading and a sentence"
"""Why a heading (a label: "The repairs") is never one fact with a sentence (`Evidence.apart`)."""
HEADINGS_APART = "two headings worded apart"
"""Why two headings not worded (nearly) alike are not one fact (`Evidence.apart`)."""
NO_WORD_IN_COMMON = "no word in common"
"""Why a pair sharing no word, name, number or date is not one fact (`Evidence.apart`)."""

SAME_WORDING = "same wording"
"""The rule (`Evidence.rule`) that two sentences of different articles worded alike, to the letter,
are one fact: "I said no." holds no content word to weigh, a subheading "The ferry" too few, yet a
copy of an article tells the same facts (`similarity.Scorer`; texts compared as written)."""

DISPUTED_CLAIM = "claim told and denied"
"""The rule (`Evidence.rule`) that two sentences of different articles, one affirming a deed and
one denying it, of one subject and object ("The trial was stopped early ..." / "The trial was not
stopped early ..."), are one fact the outlets disagree on, however the rest of them differs
(`align.DISPUTED_CLAIM_PROBABILITY`, `polarity.disputed_claim`)."""


@record
class Evidence:
    """Why two sentences of different articles were taken to report the same fact."""

    pair: tuple[tuple[int, int], tuple[int, int]]
    """(article, sentence) of each side."""
    probability: float
    bias: float
    contributions: tuple[Contribution, ...]
    rule: str | None = None
    """What set the probability when the model did not (SAME_WORDING: two sentences worded alike
    are one fact, however few words they hold; DISPUTED_CLAIM: one claim, told and denied); the
    contributions are then the model's all the same."""
    apart: str | None = None
    """Why a rule outside the model's features kept the pair apart, its probability 0 whatever the
    model's terms add up to: "two people: ages 58 · 61" (two people's ages, `similarity._two_people`),
    HEADING_AND_SENTENCE, HEADINGS_APART (`similarity.is_label`), NO_WORD_IN_COMMON; None when the
    model (or `rule`) set the probability."""
    matched: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """What some features read, as the sentences write it, by feature: the words met ("shared":
    "ferry", "harbour ~ harbor" for a near spelling or a synonym), the names given alike and
    not ("names_same", "names_differ"), the numbers ("numbers_same", "numbers_differ": "412p ·
    421p"), the close figures ("numbers_near": "392 ~ 412"), the dates and periods
    (`similarity.matched_items`)."""


@record
class Superseded:
    """A member of a fact told in an earlier update of a live blog that a later update of the same
    fact supersedes (`newsdiff.updates`): the blog's current word is the later one."""

    article: int
    sentence: int
    """The member's index in its article."""
    at: str
    """The time of its update, as the update opens ("12:30", "2026-09-19 00:40")."""
    by: str
    """The time of the update that supersedes it."""


@record
class FactGroup:
    """Sentences that report one fact: from two or more articles (shared) or from one (unique)."""

    kind: GroupKind
    members: tuple[Sentence, ...]
    similarity: float | None = None
    conflicts: tuple[Conflict, ...] = ()
    diffs: tuple[PairDiff, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    """For a shared group, what holds it together: each member's strongest scored pair with a
    member of another article (each pair once, strongest first). For a unique one, with
    `Options.explain`, its closest scored pair with a sentence of another article, which fell short
    of one fact: why it stands alone (empty when it met no candidate)."""
    superseded: tuple[Superseded, ...] = ()
    """Members a later update of their live blog supersedes; `conflicts` are read without them."""

    @property
    def articles(self) -> tuple[int, ...]:
        """The indices of the articles that report this fact, ascending."""
        return tuple(sorted({m.article for m in self.members}))

    def text_of(self, article: int) -> str:
        """The words of one article's members in their order, joined by a space, or by GAP where
        they stand apart in the article (`joined`)."""
        return joined([m for m in self.members if m.article == article])

    @property
    def reference(self) -> int | None:
        """The article the others are diffed against (the first in the group), if shared."""
        return self.diffs[0].pair[0] if self.diffs else None

    def changed_spans(self, article: int) -> tuple[Span, ...]:
        """Spans of `text_of(article)` that differ from the other side of each of its diffs,
        merged: the first article, diffed against each other, is marked only where it differs from
        all of them (a word another article also has is told by the group, not struck)."""
        sides = [
            diff.changed[side]
            for diff in self.diffs
            for side, index in enumerate(diff.pair)
            if index == article
        ]
        return _merged(_in_all(sides), self.text_of(article))

    def marks(self) -> list[tuple[int, str, tuple[Span, ...]]]:
        """Per article of the group, ascending: its text (`text_of`) and its `changed_spans`, all
        worked out in one pass over the members and diffs (a fact a thousand outlets tell would
        read them a thousand times, one article at a time)."""
        sentences: dict[int, list[Sentence]] = {}
        for member in self.members:
            sentences.setdefault(member.article, []).append(member)
        sides: dict[int, list[tuple[Span, ...]]] = {}
        for diff in self.diffs:
            for side, index in enumerate(diff.pair):
                sides.setdefault(index, []).append(diff.changed[side])
        out = []
        for article in sorted(sentences):
            text = joined(sentences[article])
            out.append((article, text, _merged(_in_all(sides.get(article, [])), text)))
        return out


def _merged(spans: list[Span], text: str) -> tuple[Span, ...]:
    """Spans of `text`, sorted and merged where they overlap, touch or stand apart by spaces only
    (they read as one change)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _in_all(sides: list[tuple[Span, ...]]) -> list[Span]:
    """The parts of a text that every one of `sides` (each a diff's sorted, merged spans of it)
    holds: the spans' intersection."""
    if not sides:
        return []
    common = list(sides[0])
    for spans in sides[1:]:
        common = [
            (max(start, other_start), min(end, other_end))
            for start, end in common
            for other_start, other_end in spans
            if max(start, other_start) < min(end, other_end)
        ]
    return common


@record
class ArticleStats:
    """One article's part in a comparison, for the per-article summary."""

    article: int
    words: int
    removed: int
    shared: int
    """Shared facts this article reports."""
    shared_by_all: int
    unique: int
    """Facts only this article reports."""
    conflicts: int
    """Shared facts in which this article's figures, dates or quotes disagree with another's."""


@record
class Comparison:
    """The result of comparing articles: shared groups first (in the first article's order), then
    the facts only one article reports."""

    articles: tuple[Article, ...]
    groups: tuple[FactGroup, ...]
    strict: bool = False
    """Whether the word diffs count typography (quote style, dashes, case, punctuation) too."""

    @property
    def shared(self) -> tuple[FactGroup, ...]:
        """Groups whose members come from two or more articles."""
        return tuple(g for g in self.groups if g.kind is GroupKind.SHARED)

    @property
    def shared_by_all(self) -> int:
        """How many shared facts every article reports."""
        return sum(1 for g in self.shared if len(g.articles) == len(self.articles))

    @property
    def in_conflict(self) -> tuple[FactGroup, ...]:
        """Shared groups whose articles disagree on a number, a date, a name or a quote."""
        return tuple(g for g in self.shared if g.conflicts)

    @property
    def coverage(self) -> tuple[tuple[bool, ...], ...]:
        """Which article reports which shared fact: a row per shared group, a column per article."""
        return tuple(tuple(article.index in g.articles for article in self.articles) for g in self.shared)

    @property
    def stats(self) -> tuple[ArticleStats, ...]:
        """For each article: its size, what cleaning removed and how it takes part in the facts
        (one pass over the groups, so a thousand articles cost no more than their groups)."""
        everyone = len(self.articles)
        shared = [0] * everyone
        by_all = [0] * everyone
        unique = [0] * everyone
        conflicts = [0] * everyone
        for group in self.groups:
            if group.kind is GroupKind.UNIQUE:
                unique[group.members[0].article] += 1
                continue
            articles = group.articles
            untied = any(not c.articles for c in group.conflicts)
            involved = {a for c in group.conflicts for a in c.articles}
            for a in articles:
                shared[a] += 1
                by_all[a] += len(articles) == everyone
                conflicts[a] += bool(group.conflicts) and (untied or a in involved)
        return tuple(
            ArticleStats(
                article=a.index,
                words=a.words,
                removed=len(a.removed),
                shared=shared[a.index],
                shared_by_all=by_all[a.index],
                unique=unique[a.index],
                conflicts=conflicts[a.index],
            )
            for a in self.articles
        )

    def unique_by_article(self) -> dict[int, tuple[FactGroup, ...]]:
        """Facts only one article reports, for every article at once (each may be empty)."""
        found: dict[int, list[FactGroup]] = {a.index: [] for a in self.articles}
        for group in self.groups:
            if group.kind is GroupKind.UNIQUE:
                found[group.members[0].article].append(group)
        return {index: tuple(groups) for index, groups in found.items()}

    def unique_to(self, article: int) -> tuple[FactGroup, ...]:
        """Facts that only the given article reports."""
        return tuple(g for g in self.groups if g.kind is GroupKind.UNIQUE and g.members[0].article == article)

    @property
    def unique_total(self) -> int:
        """How many facts only one article reports, over all articles."""
        return len(self.groups) - len(self.shared)

    @property
    def conflict_count(self) -> int:
        """How many conflicts the shared groups hold in all (each group's are `FactGroup.conflicts`;
        the groups that hold any, `in_conflict`)."""
        return sum(len(g.conflicts) for g in self.groups)

    @property
    def conflicts(self) -> int:
        """`conflict_count`, by its first name: a count, where `FactGroup.conflicts` is a tuple
        (kept within version 1, as JSON's `summary.conflicts` is)."""
        return self.conflict_count

    @property
    def exit_code(self) -> ExitCode:
        """SAME when every fact is reported by every article and nothing conflicts."""
        everyone = tuple(range(len(self.articles)))
        same = all(g.articles == everyone and not g.conflicts for g in self.groups)
        return ExitCode.SAME if same else ExitCode.DIFFERENT
