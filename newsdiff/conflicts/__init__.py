"""Conflicts: what the facts of one group of sentences (one fact, told by several outlets)
disagree on, for the align stage (`conflicts_of`).

- Numbers, by kind (counts and amounts, shares, durations, changes in points, years): a figure
  another article gives in other words is no disagreement ("1,000" and "one thousand" are one
  normalised figure already; "six weeks" is "a month and a half", "90 seconds" "a minute and a
  half", "15%" is "14.8%" with fewer digits, "about 25 miles" is 40 km), nor is a bound or a
  rounding that keeps it ("more than 200" and 212, "about 2,000" and 2,150), a total and its
  parts ("184 passengers and six crew", "all 190 on board"), nor a figure far from every other
  article's, which measures something else ("three paintings" and "€12 million"); one figure in
  two currencies is one. "One" and "two" in words count ("two workers" and "three"); a share in
  words rounds loosely ("a third" is 34%, not "half" nor 58%: SHARE_WORDS_RATIO). A score is
  one value ("6-4, 7-5" and "6-4, 7-6" disagree on a set), and so is a vote in words ("seven to
  two" and "six to three": 7-2 and 6-3), its two figures beside an article that writes it otherwise
  ("5-4" and "by 6 votes to 3"). A count of none of a thing ("No homes have been destroyed") is 0
  against a count of its kind ("two houses"), as a denial of harm is against a count of the harm.
- Dates by kind (weekdays, days of months, clock times, in UTC when every article gives a zone; a
  loose time, "shortly before four", agrees with 3:47; a night joins the two days it spans).
- Quotes of one statement worded differently (a translation), not a part of another; a verdict of
  a word or two too.
- Names: the same statement from people who share no name word, quoted or reported (those "and"
  joins speak together), or from bodies that share none of the words that tell which body ("selon
  la préfecture", "police said"; "the French government", "the Spanish government"), and
  the same deed done by them ("X ordered" and "was ordered by Y"); a body and a person only when
  the person's title is an office of no body like it ("the ministry said", "Mayor Ida Lund said").
- Claims: a deed one article affirms and another denies ("would appeal" and "would not appeal",
  "confirmed" and "denied"), read by `polarity.claim_conflict`.
What a reader counts as a disagreement is measured by bench/conflict_quality.py, against readers'
labels and a held-out set written after these rules.

The package, in the order the stage runs its kinds (`_conflicts_of`):

- `numbers`: figures by what they count (`figures`: a figure's size, bounds and roundings;
  `units`: units, conversions and currencies), then `codes`: model codes and serial numbers;
- `dates`: dates and times by kind, and halves and quarters of a year;
- `quotes`: quotes of one statement worded differently;
- `names`: speakers, bodies, offices, doers of a deed, given names, companies, then `places`;
- claims, read by `polarity.claim_conflict`.

`_common` holds the helpers several kinds share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from newsdiff.conflicts._common import _disagreement
from newsdiff.conflicts.codes import _code_disagreements
from newsdiff.conflicts.dates import _PRICE_CLOSE, _date_disagreements, _dated_deeds, _year_parts_apart
from newsdiff.conflicts.figures import _rough_or_worded
from newsdiff.conflicts.names import (
    _actor_conflict,
    _body_and_person_conflict,
    _body_speaker_conflict,
    _company_conflict,
    _given_name_conflict,
    _names_a_person,
    _office_conflict,
    _once_a_fact,
    _people_speaking,
    _speaker_conflict,
)
from newsdiff.conflicts.numbers import (
    BOUND_WORDS,
    REASON_AGE,
    _add_small_counts,
    _add_worded_scores,
    _ages_apart,
    _nearest_counterparts,
    _number_disagreements,
    _readable_age,
)
from newsdiff.conflicts.places import _place_conflict
from newsdiff.conflicts.quotes import _quote_conflict, _quoted_by_others, _short_quotes
from newsdiff.conflicts.units import _with_unit, unit_words_in
from newsdiff.model import Conflict, ConflictKind, Fact, readable_number
from newsdiff.money import readable_money
from newsdiff.polarity import claim_conflict, claim_sense
from newsdiff.quantities import (
    APPROXIMATE,
    duration_units,
    measures_of,
    ranges_in,
    small_counts,
    worded_scores,
    written_years,
)
from newsdiff.record import replace
from newsdiff.segment import body_reported_by

__all__ = ["Statements", "conflicts_of", "figures_compared", "statements_of"]

COPIES_READ = 2
"""Articles of one wording that `conflicts_of` reads: two, so that each finds another article giving
its values, as it would among all the copies."""


def figures_compared(fact: Fact) -> tuple[str, ...]:
    """A fact's figures as the conflicts weigh them and as a reader writes them (`newsdiff facts`):
    a range as one ("30–40"), a bound or a rounding with its word ("at least 1,000", "nearly 200",
    "about 30" for "three decades"), the one or two things counted in words (`small_counts`: "Two
    people were injured" 2), a figure of four digits grouped as longer ones are ("1,000", "20,000";
    a year stays "2019"), an amount with its currency ("$5 million"), years and months as written
    ("6 years 4 months", `quantities.years_and_months_shown`), a vote in words as one ("7-2"), a
    figure with its unit as a conflict shows it ("25 km", "4°F below zero" for "-4F")."""
    text, language = fact.sentence.text, fact.language
    years = written_years(fact)
    currencies = dict(fact.money)
    rough = _rough_or_worded(fact) if fact.numbers else {}

    def shown(number: str) -> str:
        figure = readable_number(number, duration_units(text, language) if number.endswith("h") else ())
        if number.isdigit() and len(number) == 4 and number not in years:
            figure = f"{int(number):,}"  # (readable_number groups from 10,000 on)
        if number in currencies:
            figure = readable_money(figure, currencies[number])
        says = rough.get(number)
        return f"{BOUND_WORDS[says]} {figure}" if says and not number.startswith(APPROXIMATE) else figure

    # with the unit it is given in, as a conflict shows it (`_with_unit`): "40 km", "4°F below zero",
    # "6 years 4 months" (not "6.33"); an amount of money has its currency instead
    measured = measures_of(text, language) if fact.numbers and unit_words_in(text) else {}
    in_units = {0: {number: units for number, units in measured.items() if number not in currencies}}
    with_unit = _with_unit(lambda _, number: shown(number), in_units)
    spans = ranges_in(text, fact.numbers, language) if len(fact.numbers) > 1 else ()
    in_range = {number for span in spans for number in span}
    scores = worded_scores(text, language) if fact.numbers else {}
    in_scores = {number for figures in scores.values() for number in figures}
    found: list[str] = [*scores]  # ("voted seven to two": 7-2, as the conflicts weigh it)
    for number in fact.numbers:
        if number in in_scores:
            continue
        if number in in_range:
            found.extend(f"{shown(low)}\u2013{with_unit(0, high)}" for low, high in spans if low == number)
        else:
            found.append(with_unit(0, number))
    found.extend(count for count in small_counts(text, language) if count not in fact.numbers)
    return tuple(dict.fromkeys(found))


Statements = Mapping[tuple[int, int], str]
"""A quoted statement run over sentences (`statements_of`), by each of its sentences' article and
index."""


def statements_of(facts: Iterable[Fact]) -> dict[tuple[int, int], str]:
    """The statements an article quotes over sentences that follow one another in a paragraph, each
    quoting one speaker (`Quote.speaker`, carried to a quote standing alone): '"She changed what was
    possible," said Professor Menon. "Thousands of families owe her everything."' is one statement,
    its quotes joined, by each of its sentences (article, index). A statement of one sentence is
    none: the sentence's quotes are all of it."""
    found: dict[tuple[int, int], str] = {}
    run: list[Fact] = []

    def close() -> None:
        if len(run) > 1:
            whole = " ".join(q.text for f in run for q in f.quotes)
            found.update(((f.sentence.article, f.sentence.index), whole) for f in run)
        run.clear()

    for fact in sorted(facts, key=lambda f: (f.sentence.article, f.sentence.index)):
        speakers = {q.speaker for q in fact.quotes}
        if not fact.quotes or len(speakers) != 1 or None in speakers:
            close()
            continue
        if run and not (
            (last := run[-1].sentence).article == fact.sentence.article
            and last.paragraph == fact.sentence.paragraph
            and last.index + 1 == fact.sentence.index
            and run[-1].quotes[0].speaker == fact.quotes[0].speaker
        ):
            close()
        run.append(fact)
    close()
    return found


def conflicts_of(
    group_facts: list[Fact], dated: Mapping[int, str] | None = None, statements: Statements | None = None
) -> list[Conflict]:
    """What the facts of one group disagree on: numbers, dates, quotes and speakers (`Conflict`);
    `dated`, each article's date ("2024-06-18"), tells the season of a zone of two ("Eastern time");
    `statements` (`statements_of`) the statements the articles quote over sentences, of which two
    quotes may be parts.

    Articles that tell the fact in the same sentences, read alike (wire copy: a fact a thousand
    outlets repeat), are read as two of them, and the others take what the first of those two
    shows: every rule asks whether another article gives a value, or whether two do, never how
    many (each article is weighed against every other, so a group of 800 copies of one wording
    cost seconds where its two cost microseconds)."""
    by_article: dict[int, list[Fact]] = defaultdict(list)
    for fact in group_facts:
        by_article[fact.sentence.article].append(fact)
    copies = _copies(by_article) if len(by_article) > COPIES_READ else {}
    wholes = [
        whole
        for f in group_facts
        if statements and (whole := statements.get((f.sentence.article, f.sentence.index)))
    ]
    if not copies:  # (most groups: two articles, or no wording told thrice)
        return _conflicts_of(group_facts, by_article, dated or {}, wholes)
    kept = {a: facts for a, facts in by_article.items() if a not in copies}
    found = _conflicts_of(
        [f for f in group_facts if f.sentence.article not in copies], kept, dated or {}, wholes
    )
    return [_with_copies(conflict, copies) for conflict in found]


def _conflict(
    kind: ConflictKind, sides: Mapping[int, str], reason: str, senses: tuple[str, ...] = ()
) -> Conflict:
    """A conflict of one kind from each side's value by article, in the articles' order as given, with
    what its values tell (`Conflict.reason`)."""
    values, articles = tuple(sides.values()), tuple(sides)
    return Conflict(kind=kind, values=values, articles=articles, senses=senses, reason=reason)


def _copies(by_article: dict[int, list[Fact]]) -> dict[int, int]:
    """Each article beyond the first two of its wording (its facts in the group, in order, and all
    each reads from them: `Fact` but its sentence), with the first of them, whose values it shows
    (none in most groups: {})."""
    firsts: dict[tuple[object, ...], list[int]] = {}
    copies: dict[int, int] = {}
    for article, facts in by_article.items():
        seen = firsts.setdefault(tuple(map(_as_read, facts)), [])
        if len(seen) < COPIES_READ:
            seen.append(article)
        else:
            copies[article] = seen[0]
    return copies


def _as_read(fact: Fact) -> tuple[object, ...]:
    """What the rules read of a fact: its text and all its fields but the sentence's place."""
    return (fact.sentence.text, *(getattr(fact, name) for name in _READ_FIELDS))


_READ_FIELDS = tuple(name for name in Fact.__slots__ if name != "sentence")  # type: ignore[attr-defined]


def _with_copies(conflict: Conflict, copies: dict[int, int]) -> Conflict:
    """A conflict found among the articles kept, with each copy of one of them showing its value."""
    values = dict(zip(conflict.articles, conflict.values, strict=True))
    values.update({copy: values[first] for copy, first in copies.items() if first in values})
    articles = sorted(values)
    if not conflict.senses:
        return replace(conflict, values=tuple(values[a] for a in articles), articles=tuple(articles))
    senses = dict(zip(conflict.articles, conflict.senses, strict=True))
    senses.update({copy: senses[first] for copy, first in copies.items() if first in senses})
    return replace(
        conflict,
        values=tuple(values[a] for a in articles),
        articles=tuple(articles),
        senses=tuple(senses[a] for a in articles),
    )


def _conflicts_of(
    group_facts: list[Fact],
    by_article: dict[int, list[Fact]],
    dated: Mapping[int, str] | None = None,
    wholes: Collection[str] = (),
) -> list[Conflict]:
    """`conflicts_of`, every article read (`by_article`: the group's facts by article; `dated`: each
    article's date; `wholes`: the statements over sentences its members quote part of)."""
    articles = sorted(by_article)
    conflicts = []
    for kind, field in ((ConflictKind.NUMBER, "numbers"), (ConflictKind.DATE, "dates")):
        # (a share in words, "a third" ~33.3%, is a figure that rounds loosely: `_share_kept_by`)
        sets = {a: {v for f in by_article[a] for v in getattr(f, field)} for a in articles}
        found: list[tuple[str, dict[int, str]]]
        if kind is ConflictKind.NUMBER:
            _add_small_counts(sets, by_article)
            _add_worded_scores(sets, by_article)
            sets, ages = _ages_apart(sets, by_article)
            found = _number_disagreements(sets, group_facts)
            # (one person's age against several people's: the nearest is theirs, as of other figures)
            found.append((REASON_AGE, _disagreement(_nearest_counterparts(ages), _readable_age)))
            found += _code_disagreements(by_article)
        else:
            found = [(_date_reason(d, group_facts), d) for d in _date_disagreements(sets, group_facts, dated)]
            found.append((REASON_YEAR_PART, _year_parts_apart(by_article)))
        for reason, values in found:
            if values:
                conflicts.append(_conflict(kind, values, reason))
    quoted = {a: [q.text for f in by_article[a] for q in f.quotes] for a in articles}
    quotes = _quote_conflict({a: quoted[a] or _short_quotes(by_article[a]) for a in articles}, wholes)
    languages = {a: by_article[a][0].language for a in articles}
    if quotes and not _quoted_by_others(quotes, by_article, languages):
        conflicts.append(_conflict(ConflictKind.QUOTE, quotes, REASON_QUOTE))
    # only articles that attribute a statement to a person may disagree on who made it (most do not)
    attributing = [a for a in articles if any(f.attributions and _names_a_person(f) for f in by_article[a])]
    speakers = (
        _speaker_conflict({a: _people_speaking(by_article[a]) for a in attributing}, languages)
        if len(attributing) >= 2
        else {}
    )
    reason = _NAME_REASONS["speaker"]
    body_of = _once_a_fact(body_reported_by)
    if not speakers:
        speakers, reason = _body_speaker_conflict(by_article, languages, body_of), _NAME_REASONS["body"]
    if not speakers and len(attributing) < len(articles):
        speakers = _body_and_person_conflict(by_article, languages, body_of)
        reason = _NAME_REASONS["body or person"]
    if not speakers:
        speakers, reason = _actor_conflict(by_article, languages), _NAME_REASONS["actor"]
    if not speakers and len(attributing) < len(articles) - 1:
        speakers = _office_conflict(by_article, languages, set(attributing), body_of)
        reason = _NAME_REASONS["office"]
    if not speakers:
        speakers, reason = _given_name_conflict(by_article, languages), _NAME_REASONS["given name"]
    if not speakers and all(language == "en" for language in languages.values()):
        speakers, reason = _company_conflict(by_article), _NAME_REASONS["company"]
        if not speakers:
            reason, speakers = _place_conflict(by_article)
    if speakers:
        conflicts.append(_conflict(ConflictKind.NAME, speakers, reason))
    claims = claim_conflict(by_article)
    if claims:
        senses = tuple(claim_sense(words, by_article[a][0].language) for a, words in claims.items())
        conflicts.append(_conflict(ConflictKind.CLAIM, claims, _claim_reason(senses), senses))
    return conflicts


REASON_QUOTE = "the quote worded differently"
REASON_YEAR_PART = "the half or quarter of a year"
REASON_CLAIM = "one article affirms what another denies"
_NAME_REASONS = {
    "speaker": "who made the statement",
    "body": "which body made the statement",
    "body or person": "who made the statement: a body or a person",
    "actor": "who did the deed",
    "office": "which office holder",
    "given name": "a different given name, or a spelling, in one family",
    "company": "which company did the deed",
}
"""What a name conflict tells (`Conflict.reason`), by the rule of `_conflicts_of` that found it; a
place's is `places.REASON_PLACE` or `places.REASON_INSTITUTION`."""
_DATE_REASONS = {
    "time": "the time of one deed",
    "close": "the day of a market's close",
}
REASON_DATE = "the date of one deed"


def _date_reason(values: Mapping[int, str], group_facts: list[Fact]) -> str:
    """What a date conflict tells (`Conflict.reason`): the day of a market's close when a sentence
    of the group dates one (`dates._dated_deeds`: "Friday's closing price"), the time of one deed
    for clock times, else the date of one deed."""
    if all(":" in value for value in values.values()):
        return _DATE_REASONS["time"]
    for fact in group_facts:
        if fact.language == "en" and fact.dates:
            deeds, _, _ = _dated_deeds(fact.sentence.text)
            if any((_PRICE_CLOSE, False) in told for told in deeds.values()):
                return _DATE_REASONS["close"]
    return REASON_DATE


def _claim_reason(senses: tuple[str, ...]) -> str:
    """What a claim conflict tells (`Conflict.reason`), with the deed one side affirms when it is
    read (`polarity.claim_sense`: "known about the fault"): "one article affirms what another denies:
    known about the fault"."""
    affirmed = sorted({part for sense in senses for part in sense.split("; ") if not part.startswith("not ")})
    denied = {
        part.removeprefix("not ") for sense in senses for part in sense.split("; ") if part.startswith("not ")
    }
    deeds = [deed for deed in affirmed if deed in denied]
    return f"{REASON_CLAIM}: {deeds[0]}" if deeds else REASON_CLAIM
