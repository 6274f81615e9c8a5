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
  one value ("6-4, 7-5" and "6-4, 7-6" disagree on a set), its two figures beside an article that
  writes it otherwise ("5-4" and "by six votes to three").
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
"""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from decimal import Decimal
from functools import lru_cache, partial
from itertools import combinations, pairwise, product, repeat
from typing import Any

from rapidfuzz.distance import Indel, Levenshtein

from newsdiff.conflicts._common import (
    _IRREGULAR_PAST,
    COUNTRIES,
    _all_words,
    _apart,
    _by_kind,
    _disagreement,
    _giving,
    _read_by_article,
    _words_said,
)
from newsdiff.conflicts.figures import (
    _COUNTED,
    _HAIR,
    BOUND_REACH,
    KINDS_WEIGHED,
    MEASURE_RATIO,
    NEARLY_RATIO,
    SHARE_BOUND_REACH,
    _comparable,
    _keeps,
    _rough_by_article,
    _rough_or_worded,
    _size,
    _sizes,
    _written_as,
)
from newsdiff.conflicts.units import (
    _TEMPERATURE_UNITS,
    _currency_found,
    _in_metric,
    _in_months,
    _in_one_currency,
    _measures,
    _measures_read,
    _units_apart,
    _with_temperatures,
    _with_unit,
    _without_own_conversions,
)
from newsdiff.language import (
    ABBREVIATED_KINDS,
    BODY_FAMILIES,
    BODY_KINDS,
    COMPOUNDING,
    COUNTRY_WORDS,
    GOVERNMENTS,
    KIND_TELLING,
    KINDS_NAMED_OTHERWISE,
    MINISTRIES,
    NAME_ENDINGS,
    OFFICES_OF_BODIES,
    PLURAL_BODIES,
    SEATS_OF_POWER,
    TELLING_ALIKE,
    UNTELLING,
    name_stem,
    stop_words,
    words_of,
)
from newsdiff.language import PERSON_TITLES as OTHER_PERSON_TITLES
from newsdiff.lexicon import FUNCTION_WORDS, STOPWORDS, is_common_word, synonym_groups
from newsdiff.model import (
    EXACT,
    SCORE,
    Conflict,
    ConflictKind,
    EntityKind,
    Fact,
    readable_date,
    readable_number,
)
from newsdiff.money import readable_money
from newsdiff.patterns import compiled
from newsdiff.polarity import claim_conflict, claim_sense
from newsdiff.quantities import (
    APPROXIMATE,
    MONTHS,
    NIGHT_ENDS_DAY,
    NIGHT_STARTS_DAY,
    NUMBER_WORDS,
    SHARE_CHANGE,
    SHARE_PART,
    WEEKDAYS,
    clock_zones,
    counted_words,
    duration_units,
    harm_told,
    nights_told,
    none_counted,
    number_unit,
    numbers_in,
    parts_named,
    quantity,
    ranges_in,
    rough_times,
    share_kinds,
    shares_written,
    singular,
    small_counts,
    unplaced_times,
    utc_dates,
    written_years,
    year_parts,
    year_parts_meet,
    zone_offsets,
)
from newsdiff.record import replace
from newsdiff.segment import (
    ATTRIBUTION_VERBS,
    NAME_PARTICLES,
    OPENING_MARKS,
    PERSON_TITLES,
    a_body_word,
    acted_by,
    an_office,
    body_acted_by,
    body_reported_by,
    joined_people,
    may_be_of_kind,
    office_reported_by,
    reported_by,
    short_quotes,
    singular_body,
    stem_words,
    verb_stem,
    without_marks,
    words_but_doers,
)
from newsdiff.similarity import NEAR_NUMBER_RATIO, PEOPLE, ages_told, counted_kinds

BOUND_WORDS = {">": "at least", "<": "at most", "≲": "nearly", "~": "about"}
"""How a conflict shows a number given as a bound or a rounding: "at least 13" for "at least 13"
and "more than 13" alike (the sentences above it give the words)."""
KEPT_REACH = max(BOUND_REACH, 1 / (1 - NEARLY_RATIO), 1 / (1 - NEAR_NUMBER_RATIO / 2), SHARE_BOUND_REACH)
"""The farthest a figure kept by a bound or a rounding (`_kept_by`) lies from it, as a factor either way."""
CENTS_REACH = 0.99
"""How far past a range of whole amounts of money a price in cents keeps to it: "$89 to $129" is
"$89 to $129.99" written without the cents (`_ranges_compared`)."""
ROUNDED_RATIO = 0.05
"""How far a figure written with fewer digits may be from the one it rounds: "15%" and "14.8%",
"€1.2 billion" and "€1.18 billion" are one figure; "2 million" and "1.8 million" are not."""
ROUGH_TIME_MINUTES = 30
"""How far "shortly before" or "soon after" a clock time reaches; "around" half as far either way."""
MINUTES_A_DAY = 24 * 60
"""Clock times compared as moments wrap around midnight: "11 p.m. EST" is 04:00 GMT."""
COPIES_READ = 2
"""Articles of one wording that `conflicts_of` reads: two, so that each finds another article giving
its values, as it would among all the copies."""
_APART = {"money", "count"}
"""Two figures that `_measure` tells apart: an amount and a count of things are never one."""
QUOTE_SAME_RATIO = 0.9
"""Quotes at least this similar are the same wording; below it, a different translation."""
OTHER_STATEMENT_RATIO = 0.5
"""Two people's quotes (`_quoted_by_others`) are two statements when less alike than this, by their
words: "We kept the lamps lit and kept counting the boats" and "A man beside me kept counting the
waves out loud" 0.30; "They were very lucky" and "They were extremely lucky" (0.75), "disappointing
but not alarming" and "Disappointing, but by no means alarming" (0.60) are one statement, which
readers of the first held-out set label both a name and a quote conflict."""
QUOTE_SAME_WORD = 0.8
"""Two words in one place of two quotes are one word spelled two ways when at least this alike (by
characters): "harbour"/"harbor" 0.92, "organise"/"organize" 0.88, "schließen"/"schliessen" 0.84;
"démanteler"/"détruire" 0.44 are two words."""
_BOUNDS = frozenset({">", "<", "≲"})
"""What a bound says (`rough_numbers`): two bounds of counts or shares (`_COUNTED`) that differ
disagree ("more than 600" and "over 650" sheep), where a bound and a figure close to it do not
("more than 600" and 612). Two bounds of a length of time may agree: "in under an hour" and "within
50 minutes" tell one quick rescue."""
_TITLES = PERSON_TITLES | {title for titles in OTHER_PERSON_TITLES.values() for title in titles.split()}
"""Titles before a name in the languages read, which name no one ("Me Claire Fabre" and "Me Julien
Morel", two lawyers, share no name word)."""
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""What follows a family name and is none ("Martin Luther King Jr.")."""
_DECLINING = COMPOUNDING | NAME_ENDINGS.keys()
"""Languages whose names and the adjectives in them decline: German "der Freien Liste", "Freier
Liste"; Polish, Russian (`language.NAME_ENDINGS`)."""
_DECLINED_BASE = 4
"""Letters two forms of a declined name share at least (`_one_form`)."""
_SHORT_FORM = 3
"""Letters a given name's short form has at least ("Alex" of "Alexander", "Chris" of "Christopher");
one letter is an initial ("J."), two are a short form only as a nickname ("Al" of "Alan")."""
_NEGATIONS = frozenset(
    "not never no nor nicht nie niemals kein keine pas jamais ne n nunca non mai não niet nooit geen "
    "не никогда nie nigdy".split()
)
"""Words that deny what follows them, in the languages read (`_same_wording`): "not ready to strike"."""


def figures_compared(fact: Fact) -> tuple[str, ...]:
    """A fact's figures as the conflicts weigh them and as a reader writes them (`newsdiff facts`):
    a range as one ("30–40"), a bound or a rounding with its word ("at least 1,000", "nearly 200",
    "about 30" for "three decades"), the one or two things counted in words (`small_counts`: "Two
    people were injured" 2), a figure of four digits grouped as longer ones are ("1,000", "20,000";
    a year stays "2019"), an amount with its currency ("$5 million")."""
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

    spans = ranges_in(text, fact.numbers, language) if len(fact.numbers) > 1 else ()
    in_range = {number for span in spans for number in span}
    found: list[str] = []
    for number in fact.numbers:
        if number in in_range:
            found.extend(f"{shown(low)}\u2013{shown(high)}" for low, high in spans if low == number)
        else:
            found.append(shown(number))
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
        if kind is ConflictKind.NUMBER:
            _add_small_counts(sets, by_article)
            sets, ages = _ages_apart(sets, by_article)
            found = _number_disagreements(sets, group_facts)
            # (one person's age against several people's: the nearest is theirs, as of other figures)
            found.append(_disagreement(_nearest_counterparts(ages), _readable_age))
            found += _code_disagreements(by_article)
        else:
            found = _date_disagreements(sets, group_facts, dated)
            found.append(_year_parts_apart(by_article))
        for values in found:
            if values:
                conflicts.append(Conflict(kind=kind, values=tuple(values.values()), articles=tuple(values)))
    quoted = {a: [q.text for f in by_article[a] for q in f.quotes] for a in articles}
    quotes = _quote_conflict({a: quoted[a] or _short_quotes(by_article[a]) for a in articles}, wholes)
    languages = {a: by_article[a][0].language for a in articles}
    if quotes and not _quoted_by_others(quotes, by_article, languages):
        conflicts.append(
            Conflict(kind=ConflictKind.QUOTE, values=tuple(quotes.values()), articles=tuple(quotes))
        )
    # only articles that attribute a statement to a person may disagree on who made it (most do not)
    attributing = [a for a in articles if any(f.attributions and _names_a_person(f) for f in by_article[a])]
    speakers = (
        _speaker_conflict({a: _people_speaking(by_article[a]) for a in attributing}, languages)
        if len(attributing) >= 2
        else {}
    )
    body_of = _once_a_fact(body_reported_by)
    if not speakers:
        speakers = _body_speaker_conflict(by_article, languages, body_of)
    if not speakers and len(attributing) < len(articles):
        speakers = _body_and_person_conflict(by_article, languages, body_of)
    if not speakers:
        speakers = _actor_conflict(by_article, languages)
    if not speakers and len(attributing) < len(articles) - 1:
        speakers = _office_conflict(by_article, languages, set(attributing), body_of)
    if not speakers:
        speakers = _given_name_conflict(by_article, languages)
    if not speakers and all(language == "en" for language in languages.values()):
        speakers = _company_conflict(by_article) or _place_conflict(by_article)
    if speakers:
        conflicts.append(
            Conflict(kind=ConflictKind.NAME, values=tuple(speakers.values()), articles=tuple(speakers))
        )
    claims = claim_conflict(by_article)
    if claims:
        senses = tuple(claim_sense(words, by_article[a][0].language) for a, words in claims.items())
        conflicts.append(
            Conflict(
                kind=ConflictKind.CLAIM, values=tuple(claims.values()), articles=tuple(claims), senses=senses
            )
        )
    return conflicts


def _body_speaker_conflict(
    by_article: dict[int, list[Fact]], languages: Mapping[int, str], body_of: Callable[[Fact], str | None]
) -> dict[int, str]:
    """Per article, the body that makes the group's statement, when two articles name different
    bodies (`body_of`: `segment.body_reported_by`, read once a fact): "selon le ministère de
    l'Intérieur" and "selon la préfecture", "Police said" and "the interior ministry said". A body
    and a person are not compared (a ministry speaks through its minister: `_people_speaking`), nor
    is a body another article names in the group ("the ministry, citing police, said")."""
    if sum(1 for facts in by_article.values() if any(f.attributions for f in facts)) < 2:
        return {}  # (most groups)
    bodies = _deed_conflict(
        by_article,
        lambda fact: _with_one_deed(body_of(fact)),
        partial(_words_said, by_article, words_but_doers),
        languages,
        bodies=True,
    )
    if _a_government_and_its_ministries(bodies, languages):
        return {}
    return bodies


def _body_and_person_conflict(
    by_article: dict[int, list[Fact]], languages: Mapping[int, str], body_of: Callable[[Fact], str | None]
) -> dict[int, str]:
    """Per article, the body or the person that makes the group's statement, when an article names a
    body and another a person whose title is an office of no body like it (OFFICES_OF_BODIES:
    "the ministry said" and "Mayor Ida Lund said"; not "Minister Ida Lund", whose ministry it may
    be, nor "Ida Lund", whose office is untold), and neither names the other's speaker ("Mayor Ida
    Lund, citing police")."""
    titles = {title for article in by_article for title in OFFICES_OF_BODIES.get(languages[article], ())}
    texts = [f.sentence.text.casefold() for facts in by_article.values() for f in facts]
    if not any(title in text for title in titles for text in texts):
        return {}  # (most groups: no member writes a title of the table, so no person holds one)
    bodies: dict[int, list[str]] = {}
    people: dict[int, list[str]] = {}
    for article, facts in by_article.items():
        offices = OFFICES_OF_BODIES.get(languages[article])
        if offices is None or not any(f.attributions for f in facts):
            continue  # (a language without the table; an article that attributes nothing)
        said = [body for f in facts if f.attributions and (body := body_of(f)) is not None]
        speaking = _people_speaking(facts)
        if said and not speaking:
            bodies[article] = said
        elif speaking and not said:
            people[article] = speaking
    if not bodies or not people:
        return {}  # (most groups)
    for a, b in product(bodies, people):
        of = _offices_of(people[b], OFFICES_OF_BODIES[languages[b]])
        told = _name_words(_as_bodies(bodies[a], languages[a]), languages[a], bodies=True)
        told |= _kinds_of(told, languages[a])
        if of is None or not of.isdisjoint(told):
            continue
        if not told.isdisjoint(_words_said(by_article, _all_words, b)) or not _name_words(
            people[b], languages[b]
        ).isdisjoint(_words_said(by_article, _all_words, a)):
            continue  # (one names the other's speaker: "Mayor Ida Lund, citing police")
        return {c: ", ".join(sorted(set(bodies[c] if c in bodies else people[c]))) for c in (a, b)}
    return {}


def _offices_of(people: list[str], offices: Mapping[str, frozenset[str]]) -> frozenset[str] | None:
    """The words of the bodies that people speak for by their titles (OFFICES_OF_BODIES: "Mayor Ida
    Lund": "council", "city"...), None when one's title is none of the table's or untold."""
    of: set[str] = set()
    for person in people:
        titles = [offices[w] for w in person.casefold().split() if w in offices]
        if not titles:
            return None
        of.update(*titles)
    return frozenset(of)


def _a_government_and_its_ministries(bodies: dict[int, str], languages: Mapping[int, str]) -> bool:
    """Whether the speaking bodies are a government and ministries only ("the government said" and
    "the transport ministry said"; `language.GOVERNMENTS`, `language.MINISTRIES`): a ministry's
    statement is the government's too. Two ministries, or two governments, still disagree (the
    Kremlin and the White House, with the Pentagon)."""

    def of(body: str, table: Mapping[str, tuple[str, ...]], language: str) -> bool:
        return any(
            word.startswith(stem) or (language in COMPOUNDING and word.endswith(stem))
            for word in words_of(body)
            for stem in table.get(language, ())
        )  # not within a word: Polish "urząd" (an office) is no "rząd"

    said = [
        (a, body, _as_body(body, languages[a]), languages[a])
        for a, bodies_said in bodies.items()
        for body in bodies_said.split(", ")
    ]
    governments = [of(body, GOVERNMENTS, language) for _, _, body, language in said]
    ministries = [of(body, MINISTRIES, language) for _, _, body, language in said]
    kinds = list(zip(governments, ministries, strict=True))
    if not (any(governments) and any(m and not g for g, m in kinds) and all(g or m for g, m in kinds)):
        return False
    governing: dict[int, list[str]] = defaultdict(list)
    for (a, body, _, _), governs in zip(said, governments, strict=True):
        if governs:
            governing[a].append(body)
    return not _body_conflict(governing, languages)


def _office_conflict(
    by_article: dict[int, list[Fact]],
    languages: Mapping[int, str],
    naming: set[int],
    body_of: Callable[[Fact], str | None],
) -> dict[int, str]:
    """Per article, the office alone that makes the group's statement, when two articles of one
    language name different offices and no person (`segment.office_reported_by`): "the minister
    said" and "the mayor said", "selon le préfet" and "selon le maire" (the labelling guide counts a
    different speaker). An office is not compared with a named person ("the minister" may be Lena
    Moss: `naming`, the articles that attribute to a person) nor with a body, nor with an office in
    another language, whose word differs though the office may be one."""
    offices: dict[int, set[str]] = {}
    for left, (article, facts) in enumerate(by_article.items(), start=1):
        if len(offices) + len(by_article) - left + 1 < 2:
            return {}  # too few articles are left to name two offices (most groups)
        if article in naming or not any(f.attributions for f in facts):
            continue
        if any(body_of(f) is not None for f in facts if f.attributions):
            continue
        said = {office for f in facts if f.attributions and (office := office_reported_by(f)) is not None}
        if said:
            offices[article] = said
    if len(offices) < 2 or len({languages[a] for a in offices}) > 1:
        return {}  # (most groups)
    keys = [{_office_key(o, languages[a]) for o in said} for a, said in offices.items()]
    if all(any(map(_one_office, mine, theirs)) for mine, theirs in combinations(keys, 2)):
        return {}
    return {
        a: ", ".join(f"the {o}" if languages[a] == "en" else o for o in sorted(said))
        for a, said in offices.items()
    }


def _office_key(office: str, language: str) -> tuple[str, str]:
    """What two outlets share for one office, and the word before it that tells which: "spokesman",
    "spokeswoman" and "spokesperson" are one ("spokes"); "ministro" and "ministra", "Sprecher" and
    "Sprecherin" too (their stem). An office is its last word, with a word that makes it another
    person's (OTHER_HOLDER: "the deputy mayor", "the former minister"), and the word before it that
    tells which office of the kind ("the foreign minister": "foreign"; not UNTELLING "new", "acting":
    "" then, as for an office alone)."""
    before, _, office = office.rpartition(" ")
    holder = f"{before} " if before in OTHER_HOLDER else ""
    telling = "" if holder or before in UNTELLING.get(language, ()) else _POSSESSIVE_END.sub("", before)
    telling = TELLING_ALIKE.get(language, {}).get(telling, telling)  # "the home secretary": "interior"
    if language == "en":
        for ending in ("woman", "man", "person"):
            if office.endswith(ending) and len(office) > len(ending) + 2:
                return holder + office[: -len(ending)], telling
        return holder + office, telling
    return holder + stem_words([office], language)[0], telling


def _one_office(mine: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Whether two offices (`_office_key`) may be one holder's: one office, told alike or by one of
    them only ("the prime minister" may be "the minister" of another outlet, not "the foreign
    minister"); a secretary and a minister told alike (MINISTER_TITLES: "the defence secretary" is
    Britain's "defence minister"; "the permanent secretary" is no "minister")."""
    if mine[0] != theirs[0]:
        return bool(mine[1]) and mine[1] == theirs[1] and {mine[0], theirs[0]} <= MINISTER_TITLES
    return not mine[1] or not theirs[1] or mine[1] == theirs[1]


MINISTER_TITLES = frozenset(("minister", "secretary"))
"""The English offices of one who heads a ministry, each told by its domain ("the foreign secretary",
"the foreign minister")."""


_POSSESSIVE_END = compiled(r"(?<=s)['’]$|['’]s$")
"""The mark of a possessive that ends a word before an office: "the airline's spokesman" is "an
airline spokesman"."""
OTHER_HOLDER = frozenset(("deputy", "vice", "assistant", "junior", "former", "ex"))
"""Words before an office (English) that name another holder than the office's: "the deputy mayor
said" against "the mayor said" are two speakers."""


def _with_one_deed(body: str | None) -> tuple[str, str] | None:
    """A body that speaks, with one deed for all of them (`_deed_conflict`)."""
    return None if body is None else (body, "")


def _once_a_fact(read: Callable[[Fact], str | None]) -> Callable[[Fact], str | None]:
    """`read` of each fact of a group once: the speaking body is asked for by the bodies' rule, then
    by the offices' (`body_reported_by`: ~30 us a sentence that attributes to a body's word)."""
    known: dict[int, str | None] = {}

    def once(fact: Fact) -> str | None:
        key = id(fact)  # (the group's facts outlive the call)
        if key not in known:
            known[key] = read(fact)
        return known[key]

    return once


def _actor_conflict(by_article: dict[int, list[Fact]], languages: Mapping[int, str]) -> dict[int, str]:
    """Per article, who does what the group tells, when two articles name different people doing it
    with one verb (`segment.acted_by`): "Transport minister Rhys Dunn ordered an inspection" and "an
    inspection was ordered by the regional governor, Lena Moss"; else, in the other languages than
    English, different bodies (`segment.body_acted_by`): "Прокуратура возбудила дело" and "дело
    возбудил Следственный комитет". A person and a body are not compared: a minister acts for the
    ministry."""
    people: dict[int, list[str]] = {}
    naming = 0
    for left, (article, facts) in enumerate(by_article.items()):
        if naming + len(by_article) - left < 2:
            break  # (most groups: one article names a person, or none; the rest left unread)
        people[article] = [e.text for f in facts for e in f.entities if e.kind is EntityKind.PERSON]
        naming += bool(people[article])
    if naming >= 2:
        actors = _deed_conflict(by_article, acted_by, people.__getitem__, languages)
        if actors:
            return actors
        undergoing = _deed_conflict(by_article, _undergone_by, people.__getitem__, languages)
        if undergoing:
            return undergoing
    if sum(1 for a in by_article if languages[a] != "en") < 2:
        return {}  # (most groups: English, whose bodies `body_acted_by` leaves out)
    return _deed_conflict(
        by_article, body_acted_by, partial(_words_said, by_article, _all_words), languages, bodies=True
    )


def _company_conflict(by_article: dict[int, list[Fact]]) -> dict[int, str]:
    """Per article, the company that does what the group tells, when two English articles open a
    sentence with different ones doing it by one verb (`_company_doing`): "Halvern will cut 300 jobs"
    and "Norstad will cut 300 jobs"; "Halvern Packaging Group said it would cut" and "Halvern Foods
    will cut" (`_one_company`). An article that names the other's company anywhere in the group
    ("Norstad, which bought Halvern in May, will cut") may tell one deed of two, and is none."""
    by_verb: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for article, facts in by_article.items():
        for fact in facts:
            if (doing := _company_doing(fact)) is not None:
                by_verb[doing[1]][article].append(doing[0])
    for verb in sorted(by_verb):
        doers = by_verb[verb]
        if len(doers) < 2:
            continue
        texts = {a: " ".join(f.sentence.text for f in by_article[a]).casefold() for a in doers}
        cores = {a: [_company_core(name) for name in names] for a, names in doers.items()}
        for a, b in combinations(doers, 2):
            if any(_one_company(x, y) for x, y in product(cores[a], cores[b])):
                continue
            if any(_named_in(core, texts[b]) for core in cores[a]) or any(
                _named_in(core, texts[a]) for core in cores[b]
            ):
                continue
            return {x: ", ".join(dict.fromkeys(doers[x])) for x in sorted(doers)}
    return {}


def _company_doing(fact: Fact) -> tuple[str, str] | None:
    """The name that opens an English sentence, when it is no person's or place's, as the doer of
    the deed the sentence tells, with the stem of its verb: "Halvern will cut 300 jobs" ("Halvern",
    "cut"), "The Halvern Group has closed", "Norstad said it would cut" (its own deed, told by it).
    The verb must be one: after an auxiliary, or in the past ("Halvern cut", "Norstad closed"). None
    for any other sentence (a company alone "said" tells a statement, not a deed)."""
    if fact.language != "en":
        return None
    text = fact.sentence.text.lstrip(OPENING_MARKS)
    opening = text[4:] if text.startswith("The ") else text
    for entity in fact.entities:
        if entity.kind is EntityKind.PLACE or not opening.startswith(entity.text):
            continue
        deed = _COMPANY_DEED.match(opening, len(entity.text))
        if deed is None or (entity.kind is EntityKind.PERSON and not deed["itself"]):
            return None  # (a person's deeds are `_actor_conflict`'s; "X said it would": no person)
        verb = deed["verb"]
        if verb in FUNCTION_WORDS or verb in ATTRIBUTION_VERBS:
            return None
        if not (deed["helper"] or deed["itself"] or verb.endswith("ed") or verb in _IRREGULAR_PAST):
            return None  # ("Halvern shares fell", "Norstad chief Ann Dale said": no verb after it)
        return entity.text, verb_stem(verb)
    return None


_COMPANY_DEED = compiled(
    r"(?:,[^,]{1,60},)?\s+(?P<itself>(?:said|says|announced|confirmed)\s+(?:on\s+[A-Z][a-z]+\s+)?"
    r"(?:that\s+)?it\s+)?(?P<helper>(?:(?:will|would|has|had|have|is|was|could|may|might|also|"
    r"plans\s+to|intends\s+to)\s+)*)(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
"""A company's deed after its name (`_company_doing`), past an apposition: " will cut", ", the
packaging firm, has closed", " said on Monday that it would cut"."""


def _company_core(name: str) -> tuple[str, ...]:
    """A company's name as words, without the words of its legal form at its end (LEGAL_FORMS:
    "Halvern Packaging Group" and "Halvern Packaging plc" are "halvern packaging"; "Halvern Foods"
    stays), one word kept at least."""
    words = [w.casefold().strip(".,") for w in without_marks(name).split()]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return tuple(words)


LEGAL_FORMS = frozenset(
    "group plc inc ltd llc corp corporation company co holdings limited gmbh ag sa nv bv se spa".split()
)
"""The words that end a company's name for its legal form or its group, and tell no other company
("Halvern Group", "Halvern plc", "Halvern" are one)."""


def _one_company(core: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two companies' names (`_company_core`'s) may name one: alike, or one the other's first
    words ("Halvern" of "Halvern Industries"; not "Halvern Foods" of "Halvern Packaging")."""
    short, long = sorted((core, other), key=len)
    return long[: len(short)] == short


def _named_in(core: tuple[str, ...], text: str) -> bool:
    """Whether a company's name (`_company_core`'s) stands in a text (in lower case)."""
    return re.search(r"\b" + r"\s+".join(map(re.escape, core)) + r"\b", without_marks(text)) is not None


def _undergone_by(fact: Fact) -> tuple[str, str] | None:
    """The first person a sentence names, when the deed it tells is done to them (English,
    in the passive right after the name), with the stem of the verb marked as undergone: "Anton
    Petrescu was jailed for four years" ("Anton Petrescu", "jail by"), "Mara Ionescu, 54, has been
    charged"; compared as `acted_by`'s doers are (`_actor_conflict`): two people jailed for one deed
    are two, or one outlet has the wrong one. None for any other sentence."""
    if fact.language != "en":
        return None
    people = [e.text for e in fact.entities if e.kind is EntityKind.PERSON]
    if not people:
        return None  # (most sentences)
    text = fact.sentence.text
    first = min(people, key=lambda p: (text.find(p), -len(p)))
    start = text.find(first)
    if start < 0:
        return None
    passive = _PASSIVE_AFTER_NAME.match(text, start + len(first))
    if passive is None:
        return None
    verb = passive["verb"].casefold()
    if not (verb.endswith("ed") or verb in _IRREGULAR_PAST) or verb in ATTRIBUTION_VERBS:
        return None  # ("was quoted", "was told": a statement, no deed done)
    return first, verb_stem(verb) + " by"


_PASSIVE_AFTER_NAME = compiled(
    r"(?:,[^,]{1,40},)?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
"""A verb in the passive after a name, past an apposition: ", 54, has been charged", " was jailed"."""


def _deed_conflict(
    by_article: dict[int, list[Fact]],
    doing: Callable[[Fact], tuple[str, str] | None],
    named: Callable[[int], list[str]],
    languages: Mapping[int, str],
    *,
    bodies: bool = False,
) -> dict[int, str]:
    """`_actor_conflict` of the doers that `doing` finds (people, or bodies: compared by the words
    that tell which body, `_body_conflict`), each article's `named` being what it names of them in
    the group's sentences (its people, or its words)."""
    by_verb: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    acting_articles = 0
    for left, (article, facts) in enumerate(by_article.items(), start=1):
        if acting_articles + len(by_article) - left + 1 < 2:
            return {}  # two articles must name a doer, and too few are left to (most groups)
        found = False
        for fact in facts:
            if (acting := doing(fact)) is not None:
                by_verb[acting[1]][article].append(acting[0])
                found = True
        acting_articles += found
    for verb in sorted(by_verb):
        doers = by_verb[verb]
        if len(doers) < 2 or _names_another_actor(named, doers, languages, bodies=bodies):
            continue
        if actors := (_body_conflict if bodies else _speaker_conflict)(doers, languages):
            return actors
    return {}


def _names_another_actor(
    named: Callable[[int], list[str]],
    actors: dict[int, list[str]],
    languages: Mapping[int, str],
    *,
    bodies: bool = False,
) -> bool:
    """Whether an article names, in any of the group's sentences (`named`: its people, or its words),
    one another article has doing the deed (`_actor_conflict`): "Olga Brandt met Tomas Lind" and
    "Tomas Lind met Olga Brandt" tell one meeting, "a lawyer for Olga Brandt filed" and "Tomas Lind
    filed on behalf of Olga Brandt" one filing, though each sentence's first person differs. A body
    is named by the words that tell which it is (`_telling_words`: "the French government" by
    "French", not by "government", which "the Spanish government said" holds too), elsewhere than
    in the article's own ("the Greek coastguard said" names no "coastguard" of another outlet)."""
    doing = {other: _actor_words(names, languages[other], bodies) for other, names in actors.items()}
    for article in actors:
        words = _name_words(named(article), languages[article], bodies=bodies)
        if bodies:
            words -= _name_words(actors[article], languages[article], bodies=True)
        if any(words & theirs for other, theirs in doing.items() if other != article):
            return True
    return False


def _actor_words(names: list[str], language: str, bodies: bool) -> set[str]:
    """The words that name an article's actors to another (`_names_another_actor`): a body's telling
    words, a person's family name (the last word: "Anton Ionescu" names no "Anton Petrescu", who
    may be the wrong one of the other outlet). Read once for each article, not once for each other
    article (a group of 300 took 0.8 s)."""
    if not bodies:
        return _name_words([without_titles(name, language).split()[-1] for name in names], language)
    words = _name_words(_as_bodies(names, language), language, bodies=True)
    return _telling_words(words, language, names) or words


HARM_KINDS = {
    **dict.fromkeys(
        "injured injuries injury hurt wounded harmed hospitalised hospitalized burns".split(), "hurt"
    ),
    **dict.fromkeys("killed dead death deaths perished fatalities fatality".split(), "hurt dead"),
    "died": "dead",
    **dict.fromkeys("casualties casualty victims".split(), "hurt dead"),
    "missing": "missing",
    "trapped": "trapped",
    "rescued": "rescued",
    **dict.fromkeys("arrested arrest arrests".split(), "arrested"),
}
"""The kinds of harm an English word of a harm told or denied names, for a denial of
one kind ("No one was arrested") not to stand as the count 0 against a count of another ("Three
people were injured"): `_other_harm`. "Casualties" and "victims" are the hurt and the dead; the
killed were hurt too ("No one was hurt" against "Three were killed" disagree), where "No one died"
against "Three were injured" does not."""

_HARM_WORD = compiled(r"(?i)\b(" + "|".join(HARM_KINDS) + r")\b")


def _harm_kinds(text: str) -> set[str]:
    """The kinds of harm (HARM_KINDS) an English sentence tells or denies."""
    return {kind for m in _HARM_WORD.finditer(text) for kind in HARM_KINDS[m.group(1).lower()].split()}


def _other_harm(fact: Fact, article: int, by_article: dict[int, list[Fact]]) -> bool:
    """Whether the other articles of a group tell harm of other kinds only than the one `fact`
    denies ("No one was arrested" against "Three people were injured": no 0 against 3)."""
    if fact.language != "en" or not (denied := _harm_kinds(fact.sentence.text)):
        return False
    told = [_harm_kinds(f.sentence.text) for a, facts in by_article.items() if a != article for f in facts]
    return any(told) and all(not kinds & denied for kinds in told if kinds)


def _add_small_counts(sets: dict[int, set[str]], by_article: dict[int, list[Fact]]) -> None:
    """The one or two things the articles count in words, which their facts leave out
    (`quantities.small_counts`): "Two workers were hurt" against "Three employees", "One person is
    missing" against "two missing people", "twee doden" against "drie levens"; and a denial of harm
    as the count 0 (`quantities.none_counted`): "No one was injured" against "Two people were
    injured"."""
    totals: dict[int, set[str]] = {}  # of an article that counts none of them ("none of the 14")
    for article, facts in by_article.items():
        sets[article].update(n for f in facts for n in small_counts(f.sentence.text, f.language))
        english = (f.sentence.text for f in facts if f.language == "en")
        sets[article].update(n for text in english for n in _nationals_in_words(text))  # ("two Poles")
        for fact in facts:
            # (`segment.extract` gives a denial's 0 among the numbers: most facts give none, unread)
            if "0" in fact.numbers and (none := none_counted(fact.sentence.text, fact.language)):
                sets[article].add("0")
                totals.setdefault(article, set()).update(t for t in none.values() if t)
        zeros = [f for f in facts if "0" in f.numbers]
        if zeros and all(
            none_counted(f.sentence.text, f.language) and _other_harm(f, article, by_article) for f in zeros
        ):
            sets[article].discard("0")  # ("No one was arrested" against "Three people were injured")
    # "none of the 14 workers was hurt" against "all 14 workers were hurt": 0 hurt against 14, where
    # the 14 that both give count two things
    for article, counted_out_of in totals.items():
        if any(
            b not in totals
            and counted_out_of & sets[b]
            and any(harm_told(f.sentence.text, f.language) for f in by_article[b])
            for b in sets
        ):
            sets[article] -= counted_out_of


def _ages_apart(
    sets: dict[int, set[str]], by_article: dict[int, list[Fact]]
) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Each article's figures but its ages, and its ages (`similarity.ages_told`), when every
    article giving figures gives an age: an age matches only an age, a count only a count
    ("Harwood, 58, … housed 61 residents" against "Harwood, 58, … housed 58 residents": 61 · 58,
    the second's 58 being no age). A figure an article gives as an age and otherwise too
    ("Harwood, 58, … housed 58 residents") is in both. When an article gives figures but no age
    (it may tell one in other words: "he turned 59"), all stay figures, as before."""
    ages: dict[int, set[str]] = {a: set() for a in sets}
    told: dict[int, list[tuple[Fact, frozenset[str]]]] = {}
    for article, values in sets.items():  # (most groups: an article giving figures gives no age)
        if not values:
            continue
        told[article] = [(fact, ages_told(fact)) for fact in by_article.get(article, ())]
        ages[article].update(age for _, given in told[article] for age in given & values)
        if not ages[article]:
            return sets, {a: set() for a in sets}
    otherwise: dict[int, set[str]] = {a: set() for a in sets}  # (given as no age, or as one and more)
    for article, read in told.items():
        for fact, given in read:
            otherwise[article].update(n for n in fact.numbers if n not in given)
            for age in given & sets[article]:
                if len(re.findall(rf"(?<![\d.,]){age}(?!\d|[.,]\d)", fact.sentence.text)) > 1:
                    otherwise[article].add(age)
    figures = {a: {v for v in values if v not in ages[a] or v in otherwise[a]} for a, values in sets.items()}
    return figures, ages


def _readable_age(_: int, age: str) -> str:
    return readable_number(age)


def _short_quotes(facts: list[Fact]) -> list[str]:
    """The words of one or two that an article's facts quote (`segment.short_quotes`), for an
    article that quotes no statement: a verdict quoted in other words is a quote conflict too."""
    return [q for f in facts for q in short_quotes(f.sentence.text, f.language)]


def _names_a_person(fact: Fact) -> bool:
    return any(e.kind is EntityKind.PERSON for e in fact.entities)


def _people_speaking(facts: list[Fact]) -> list[str]:
    """The speakers of a group's quotes that are people (not "the Kremlin", not a place), and the
    people its other sentences report a statement of ("Ben Sato said no data was taken",
    `segment.reported_by`), each with the people joined to them ("Ben Sato and Ruth Amsel said":
    `segment.joined_people`)."""
    people = {e.text for f in facts for e in f.entities if e.kind is EntityKind.PERSON}
    speaking = []
    for fact in facts:
        said = [q.speaker for q in fact.quotes if q.speaker in people]
        if (speaker := reported_by(fact)) is not None:
            said.append(speaker)
        # with those "and" joins to them: "Lena Moss and Rhys Dunn said" against "Lena Moss said"
        speaking.extend(said + [p for s in said for p in joined_people(fact, s)])
    return speaking


def _speaker_conflict(speakers: dict[int, list[str]], languages: Mapping[int, str]) -> dict[int, str]:
    """Speakers per article, when two articles quote the fact from people who share no name word
    ("Putin" and "Vladimir Putin" are one person; "Ивана Петрова" and "Иван Петров" too, declined);
    a title is none ("Mr. Smith", "Mr. Jones"). `languages`: each article's."""
    present = {a: sorted(set(s)) for a, s in speakers.items() if s}
    if len(present) < 2:
        return {}
    words = [_name_words(names, languages[a]) for a, names in present.items()]
    written = [{_written(w) for w in named} for named in words]
    if all(written[0] & other for other in written[1:]) and not _other_families(present, words, languages):
        return {}
    return {a: _people_named(names, languages[a]) for a, names in present.items()}


def _other_families(
    present: dict[int, list[str]], words: list[set[str]], languages: Mapping[int, str]
) -> bool:
    """Whether two articles' speakers who share their given names (`_speaker_conflict`'s `present`,
    each article's `words`) bear family names wholly apart: "Nadia Corwell said" and "Nadia Penrose
    said" name two people for one statement, or one whose name an outlet has wrong. Neither family
    may be among the other article's words ("Nadia Corwell Penrose") or start the other's ("Farr",
    "Farrell"), nor be spelled near it (`_near_spelling`, `_one_stem`, declined `_one_form`):
    `_near_families` shows those."""
    articles = list(present)
    families = [_by_family(present[a], set(), languages[a]) for a in articles]
    if sum(1 for f in families if f) < 2:
        return False  # (most groups: a speaker named once in full at most)
    spelled = [{_family_spelling(w) for w in named} for named in words]
    for (i, mine), (j, theirs) in combinations(enumerate(families), 2):
        language = languages[articles[i]] if languages[articles[i]] == languages[articles[j]] else None
        for family, other in product(mine, theirs):
            if family in spelled[j] or other in spelled[i]:
                continue
            short, long = sorted((_given_spelling(family), _given_spelling(other)), key=len)
            if long.startswith(short):
                continue  # (one holds the other: "Farr", "Farrell")
            if _near_spelling(family, other) or _one_stem(family, other) or _one_form(family, other):
                continue
            if transliterated(family) == transliterated(other):
                continue  # ("Shcherbakov", "Schtscherbakow")
            pairs = product(mine[family], theirs[other])
            if any(_one_given_name(x, y, language) for (x, _), (y, _) in pairs):
                return True
    return False


def _people_named(names: Collection[str], language: str) -> str:
    """People's names as a conflict shows them: without their titles (`without_titles`), each once,
    joined by commas."""
    return ", ".join(dict.fromkeys(without_titles(name, language) for name in names))


def without_titles(name: str, language: str = "en") -> str:
    """A person's name without the titles before it ("Chief Executive Annelise Vogt": "Annelise
    Vogt"; "Dr Yuki Tanaba"; "Bürgermeisterin Katja Dörner"), as a title is no name word
    (`_name_words`); a name of titles and one word keeps that word ("Senator Hartley": "Hartley")."""
    words = name.split()
    titles = [i for i, word in enumerate(words[:-1]) if _a_title(word, language)]
    return " ".join(words[titles[-1] + 1 :]) if titles else name


def _given_name_conflict(by_article: dict[int, list[Fact]], languages: Mapping[int, str]) -> dict[int, str]:
    """Per article, the people it names of one family name, when two articles name a person of that
    family by given names that are no spelling, form, initial, short form or nickname of each other
    (`_one_given_name`): "Fire Chief Marta Lopez" and "Fire Chief Maria Lopez" are two people, or
    one outlet misspells her name; a reader must see it, whether she speaks or not. A family name
    alone ("Senator Hartley") fits any given name, and a family of two people in one article ("Ruth
    Hartley and Paul Hartley") fits either of them."""
    people: dict[int, dict[str, Fact]] = {}
    naming = 0
    for left, (article, facts) in enumerate(by_article.items()):
        if naming + len(by_article) - left < 2:
            return {}  # (most groups: one article at most names someone in full, whom none can clash with)
        people[article] = {
            e.text: f for f in facts for e in f.entities if e.kind is EntityKind.PERSON and " " in e.text
        }
        naming += bool(people[article])
    families: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}

    def by_family(a: int) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        if a not in families:
            named = people[a]
            openers = {n for n, f in named.items() if f.sentence.text.lstrip(OPENING_MARKS).startswith(n)}
            families[a] = _by_family(sorted(named), openers, languages[a])
        return families[a]

    # articles naming the same people in one language are read once (a group of a thousand
    # outlets names its people a few ways): pairs of ways, not of articles
    ways: dict[tuple[frozenset[str], str], list[int]] = defaultdict(list)
    for article, named in people.items():
        ways[(frozenset(named), languages[article])].append(article)
    clashing: dict[int, set[str]] = defaultdict(set)
    titled: dict[int, set[str]] = defaultdict(set)  # (shown with their titles: "Mrs Kemp")
    for (mine, my_language), (theirs, their_language) in combinations(ways, 2):
        if mine <= theirs or theirs <= mine:
            continue  # (most pairs: one names no one the other does not; no article at all)
        my_way, their_way = ways[(mine, my_language)], ways[(theirs, their_language)]
        a, b = my_way[0], their_way[0]
        language = my_language if my_language == their_language else None
        for family in by_family(a).keys() & by_family(b).keys():
            ours, others = families[a][family], families[b][family]
            if not any(_one_given_name(x, y, language) for (x, _), (y, _) in product(ours, others)):
                for way, names in ((my_way, ours), (their_way, others)):
                    for article in way:
                        clashing[article].update(name for _, name in names)
            elif len(ours) == len(others) and (unmatched := _others_of_a_family(ours, others, language)):
                for way, left_over in zip((my_way, their_way), unmatched, strict=True):
                    for article in way:
                        clashing[article].update(left_over)
        for (my_sexes, my_named), (their_sexes, their_named) in _titled_families(
            [people[a], people[b]], [my_language, their_language], [by_family(a), by_family(b)]
        ):
            if my_sexes.isdisjoint(their_sexes):  # ("Mrs Kemp" and "Mr Kemp": two people)
                for way, named_so in ((my_way, my_named), (their_way, their_named)):
                    for article in way:
                        titled[article].update(named_so)
        for my_names, their_names in _near_families(by_family(a), by_family(b), language):
            for way, named_alike in ((my_way, my_names), (their_way, their_names)):
                for article in way:
                    clashing[article].update(named_alike)
    shown = {a: [without_titles(n, languages[a]) for n in sorted(clashing[a])] for a in clashing}
    for article, with_titles in titled.items():
        shown.setdefault(article, []).extend(sorted(with_titles))
    return {a: ", ".join(dict.fromkeys(shown[a])) for a in sorted(shown)}


def _others_of_a_family(
    ours: list[tuple[tuple[str, ...], str]], theirs: list[tuple[tuple[str, ...], str]], language: str | None
) -> tuple[list[str], list[str]] | None:
    """The people of one family whom two articles naming as many of it (`_by_family`'s, each with
    its given names) name apart, once those that may be one (`_one_given_name`) are paired: "Jane
    Kemp and her husband Peter Kemp" and "Jane Kemp and her son Tom Kemp" ("Peter Kemp", "Tom
    Kemp"); None when either article's people are all paired."""
    left = list(theirs)
    unpaired = []
    for given, name in ours:
        pair = next((other for other in left if _one_given_name(given, other[0], language)), None)
        if pair is None:
            unpaired.append(name)
        else:
            left.remove(pair)
    return (unpaired, [name for _, name in left]) if unpaired and left else None


def _titled_families(
    people: list[Collection[str]],
    languages: list[str],
    families: list[dict[str, list[tuple[tuple[str, ...], str]]]],
) -> list[tuple[tuple[set[str], list[str]], tuple[set[str], list[str]]]]:
    """The families two articles (`people`: each one's names of people; `families`: those with given
    names, `_by_family`) both name by a title that tells a man or a woman alone (SEX_TITLES: "Mrs
    Kemp", "Herr Vogt"), with the sexes each gives them and the names as written; a family either
    names by a given name too is left out ("Jane Kemp" may be "Mrs Kemp")."""
    sexes: list[dict[str, tuple[set[str], list[str]]]] = [{}, {}]
    for side, (names, language) in enumerate(zip(people, languages, strict=True)):
        titles = SEX_TITLES.get(language)
        if not titles:
            return []
        for name in names:
            *before, family = name.split()
            told = {titles.get(w.casefold().rstrip(".")) for w in before}
            if not before or None in told or len(family) < 2 or not family[0].isupper():
                continue  # (most names: a given name, or no title of a sex)
            key = _family_spelling(name_stem(family.casefold(), language))
            held = sexes[side].setdefault(key, (set(), []))
            held[0].update(s for s in told if s is not None)
            held[1].append(name)
    return [
        (sexes[0][family], sexes[1][family])
        for family in sexes[0].keys() & sexes[1].keys()
        if family not in families[0] and family not in families[1]
    ]


SEX_TITLES: dict[str, dict[str, str]] = {
    "en": {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"},
    "de": {"herr": "m", "herrn": "m", "frau": "f"},
    "fr": {"m": "m", "monsieur": "m", "mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f"},
    "es": {"sr": "m", "señor": "m", "sra": "f", "señora": "f", "srta": "f", "señorita": "f"},
    "it": {"sig": "m", "signor": "m", "signore": "m", "sig.ra": "f", "signora": "f", "signorina": "f"},
    "pt": {"sr": "m", "senhor": "m", "sra": "f", "senhora": "f"},
    "nl": {"dhr": "m", "meneer": "m", "mevr": "f", "mevrouw": "f", "mw": "f"},
    "pl": {"pan": "m", "pana": "m", "pani": "f"},
    "ru": {"г-н": "m", "господин": "m", "г-жа": "f", "госпожа": "f"},
}
"""Titles that tell a man ("m") or a woman ("f") and name no office, per language read: "Mrs Kemp"
and "Mr Kemp" of two articles are two people (`_titled_families`)."""


def _near_families(
    mine: dict[str, list[tuple[tuple[str, ...], str]]],
    theirs: dict[str, list[tuple[tuple[str, ...], str]]],
    language: str | None,
) -> list[tuple[list[str], list[str]]]:
    """Pairs of people (as written) that two articles name by family names spelled alike but for a
    letter (`_near_spelling`: "Halvorsen", "Halvorson"; "Carrow", "Carroll"; not "Carr", "Carroll")
    and given names of one person or spelled alike too ("Margit", "Margrit"): one person, whose name
    one outlet misspells. Families both articles name are `_given_name_conflict`'s."""
    found = []
    for family, other in product(mine.keys() - theirs.keys(), theirs.keys() - mine.keys()):
        if not (_near_spelling(family, other) or _one_stem(family, other)) or (
            language in _DECLINING and _one_form(family, other)
        ):
            continue  # (most pairs of families; a name declined: "Merkel", "Merkels")
        if transliterated(family) == transliterated(other):
            continue  # one name written from another alphabet two ways: "Petrescu", "Petresku"
        stem = not _near_spelling(family, other)  # (one stem, other endings: one given name only)
        pairs = product(mine[family], theirs[other])
        one = [
            (x_name, y_name)
            for (x, x_name), (y, y_name) in pairs
            if (x == y)
            or (
                not stem
                and (_one_given_name(x, y, language) or any(_near_spelling(g, h) for g, h in product(x, y)))
            )
        ]
        if one:
            found.append(([x for x, _ in one], [y for _, y in one]))
    return found


def _near_spelling(word: str, other: str) -> bool:
    """Whether two names (`_given_spelling`'s: doubled letters single) are spelled alike but for one
    letter added, left out or changed, both of NEAR_NAME_LETTERS letters or more; or but for two,
    both of LONG_NAME_LETTERS or more and neither the other's start ("Fairbairn", "Fairburn"; not
    "Richards", "Richardson")."""
    shorter = min(len(word), len(other))
    if shorter < NEAR_NAME_LETTERS:
        return False
    if shorter >= LONG_NAME_LETTERS and not (word.startswith(other) or other.startswith(word)):
        return Levenshtein.distance(word, other, score_cutoff=2) <= 2
    return Levenshtein.distance(word, other, score_cutoff=1) <= 1


NEAR_NAME_LETTERS = 4
"""The fewest letters of a name that `_near_spelling` compares: "Lee" and "Lea" may be two names."""
LONG_NAME_LETTERS = 8
"""The fewest letters of names that `_near_spelling` lets differ by two."""


def _one_stem(family: str, other: str) -> bool:
    """Whether two family names share a long stem (STEM_LETTERS) and end otherwise in a few letters
    each (STEM_ENDING_LETTERS): "Rauschenbach", "Rauschenberg". Only with one given name, written
    alike, are they one person (`_near_families`)."""
    common = next((i for i, (a, b) in enumerate(zip(family, other, strict=False)) if a != b), None)
    if common is None or common < STEM_LETTERS:
        return False
    return max(len(family), len(other)) - common <= STEM_ENDING_LETTERS


STEM_LETTERS = 8
STEM_ENDING_LETTERS = 4


def _place_conflict(by_article: dict[int, list[Fact]]) -> dict[int, str]:
    """Per article, the place it sets the group's deed in, when two articles set it in different
    places (English): "injured four workers in Halsworth" and "in Brackley", "sentenced at Norbury
    Crown Court" and "at Wexcombe Crown Court". No table says which place holds which, so only
    places told alike are compared, each article's one of its kind (`_places_told`: after one word,
    "in", "at", "near", "outside", with a word before it that the other article has before its
    own, or a court or police force named after its place), neither holding the other's words
    ("Dunmore", "Dunmoreshire"), neither a region or a country that may hold the other
    (`_may_hold_places`: "North Marland", "France" against "Lyon"), nor named by the other article
    in the group."""
    told: dict[int, dict[str, tuple[str, frozenset[str]]]] = {}
    telling = 0
    for left, (article, facts) in enumerate(by_article.items()):
        if telling + len(by_article) - left < 2:
            return {}  # (most groups: no article, or one, places its deed; the rest left unread)
        told[article] = _places_told(facts)
        telling += bool(told[article])
    if telling < 2:
        return {}
    # articles telling the same places are read once: pairs of ways of placing the deed
    first_telling: dict[tuple[tuple[str, tuple[str, frozenset[str]]], ...], int] = {}
    for article in sorted(told):
        first_telling.setdefault(tuple(sorted(told[article].items())), article)
    for a, b in combinations(sorted(first_telling.values()), 2):
        for kind in sorted(told[a].keys() & told[b].keys()):
            (mine, my_deed), (theirs, their_deed) = told[a][kind], told[b][kind]
            if (kind in PLACING_WORDS or kind in ("of", "by", "from")) and my_deed.isdisjoint(their_deed):
                continue  # (another deed, or one told otherwise: "born in", "died in")
            ours, others = _place_words(mine, kind), _place_words(theirs, kind)
            if not _other_places(ours, others):
                continue
            if not set(others).isdisjoint(_words_said(by_article, _all_words, a)) or not set(ours).isdisjoint(
                _words_said(by_article, _all_words, b)
            ):
                continue  # (one names the other's place too: "in Halsworth, near Brackley")
            return {a: mine, b: theirs}
    return {}


def _place_words(place: str, kind: str) -> list[str]:
    """The words of a place's name (`_places_told`), without the body's named after it ("Norbury
    Crown Court": "norbury"), without diacritics: "Ménaka" and "Menaka" are one town."""
    words = words_of(without_marks(place))
    if (named := COUNTRY_NAMES.get(" ".join(words))) is not None:
        return named.split()  # ("the UAE" is "United Arab Emirates")
    if kind in NAMED_BY_PLACE_EITHER_WAY:  # ("University of Carden", "Carden University")
        return [w for w in words if w != kind and w not in FUNCTION_WORDS]
    return words[: -len(kind.split())] if kind in PLACE_NAMED_BODIES else words


def _places_told(facts: list[Fact]) -> dict[str, tuple[str, frozenset[str]]]:
    """The places an article's facts set their deeds in, by kind of mention (PLACING_WORDS: "in",
    "at"; "of" after a word for a town, TOWN_WORDS: "his home town of Braga"; or a body named after
    its place, PLACE_NAMED_BODIES: "crown court", NAMED_BY_PLACE_EITHER_WAY: "University of
    Bristol"), or a country doing a deed for others (AGENT_DEEDS: "mediated by Oman"), each with the
    stems of the two words before its word (the deed: "injured four workers in", "home town of";
    none for a body; the deed's kind for a country: "mediate"). A kind told of two places, or of a
    place in a list or with another beside it ("in Halsworth and Brackley", "in Halsworth,
    Marland"), is left out."""
    places: dict[str, set[tuple[str, frozenset[str]]]] = defaultdict(set)
    for fact in facts:
        text = fact.sentence.text
        for entity in fact.entities:
            if entity.kind is EntityKind.PERSON:
                continue  # (most of a group's names: not looked up in the text)
            at = text.find(entity.text)
            if at < 0 or _PLACE_JOINED.match(text, at + len(entity.text)):
                continue
            if entity.kind is EntityKind.ORGANISATION:
                name = " ".join(words_of(entity.text))
                kind = next((k for k in PLACE_NAMED_BODIES if name.endswith(f" {k}")), None)
                kind = kind or next((k for k in NAMED_BY_PLACE_EITHER_WAY if _named_by_place(name, k)), None)
                if kind is not None:
                    places[kind].add((entity.text, frozenset()))
            elif " ".join(words_of(entity.text)) in COUNTRIES and (
                told := _country_told(text, at, at + len(entity.text))
            ):
                places[told[0]].add((entity.text, told[1]))  # "mediated by Oman", "rescuers from Spain"
            elif entity.kind is EntityKind.PLACE or text.endswith(" of ", 0, at):  # (no kind: "town of")
                before = words_of(text[max(0, at - _DEED_CHARS) : at])
                if before[-2:-1] and before[-1] == "of" and before[-2] in TOWN_WORDS:
                    deed = [w for w in before[-3:-1] if w not in FUNCTION_WORDS]
                    places["of"].add((entity.text, frozenset(stem_words(deed))))
                elif entity.kind is EntityKind.PLACE and before and before[-1] in PLACING_WORDS:
                    deed = [w for w in before[-3:-1] if w not in FUNCTION_WORDS]
                    places[before[-1]].add((entity.text, frozenset(stem_words(deed))))
    return {kind: next(iter(told)) for kind, told in places.items() if len(told) == 1}


def _country_told(text: str, start: int, end: int) -> tuple[str, frozenset[str]] | None:
    """How a sentence tells the country named at `start:end` of `text`, when as `_places_told` reads
    it: doing a deed for others (AGENT_DEEDS), before the verb or after "by" ("Qatar mediated the
    swap", "mediated by the UAE": the kind "by"), or as whence people or goods come ("a team of
    rescuers from Spain": the kind "from", with the stems of the two words before it); else None."""
    before = words_of(text[max(0, start - _DEED_CHARS) : start])
    if before and before[-1] == "the":
        before.pop()
    after = _WORD_AFTER.match(text, end)
    if after is not None and (agent := AGENT_DEEDS.get(after[1])) is not None:
        return "by", frozenset((agent,))
    if len(before) >= 2 and before[-1] == "by" and (agent := AGENT_DEEDS.get(before[-2])) is not None:
        return "by", frozenset((agent,))
    if len(before) >= 2 and before[-1] == "from":
        deed = [w for w in before[-3:-1] if w not in FUNCTION_WORDS and not w[0].isdigit()]
        return ("from", frozenset(stem_words(deed))) if deed else None
    return None


_WORD_AFTER = compiled(r"\s+(?:has\s+|had\s+)?([a-z]+)\b")
"""The verb after a country's name, past an auxiliary: "Qatar has mediated"."""
_DEED_CHARS = 80
"""Characters before a place in which `_places_told` reads the words before it."""
AGENT_DEEDS = {
    **dict.fromkeys("mediated brokered negotiated facilitated".split(), "mediate"),
    "hosted": "host",
}
"""Deeds a country does for others, told "mediated by Oman": two countries doing one (a kind each:
"mediated by Qatar" and "brokered by Oman" are one deed, "hosted by Qatar" another) are a name
conflict (`_places_told`, its kind "by")."""


def _other_places(ours: list[str], others: list[str]) -> bool:
    """Whether two places told alike (`_places_told`, their words) are two: they share no word nor the
    start of one ("Dunmore", "Dunmoreshire"), and neither may hold the other (`_may_hold_places`),
    or both are countries."""
    if {mine := " ".join(ours), theirs := " ".join(others)} <= COUNTRIES:
        return mine != theirs  # ("United States", "United Arab Emirates")
    if not ours or not others or any(x.startswith(y) or y.startswith(x) for x, y in product(ours, others)):
        return False
    if [_written(w) for w in ours] == [_written(w) for w in others]:
        return False  # one place written from another alphabet two ways: "Yekaterinburg", "Jekaterinburg"
    holding = [_may_hold_places(ours), _may_hold_places(others)]
    return not any(holding) or {" ".join(ours), " ".join(others)} <= COUNTRIES


def _may_hold_places(words: list[str]) -> bool:
    """Whether a place's name may be a region's or a country's (REGION_WORDS: "West Marland", "Lake
    County"; REGION_ENDINGS; COUNTRIES), which may hold a town another article names."""
    return " ".join(words) in COUNTRIES or any(w in REGION_WORDS or w.endswith(REGION_ENDINGS) for w in words)


PLACING_WORDS = frozenset(("in", "at", "near", "outside"))
"""Words before a place that set a deed in it ("killed in Halsworth"), of one kind each: "in
Halsworth" is compared with "in Brackley", not with "near Brackley". Not "from" or "to", which tell
where a journey starts or ends."""
PLACE_NAMED_BODIES = ("crown court", "magistrates court", "magistrates' court", "county court", "police")
"""Bodies named after their place ("Norbury Crown Court", "Marland Police"), of one kind each."""
NAMED_BY_PLACE_EITHER_WAY = ("university",)
"""Bodies named after their place before or after their kind ("University of Bristol", "Bristol
University"): one person of two of them is a conflict."""
TOWN_WORDS = frozenset("town hometown city village port island".split())
"""Words before "of" and a place that name it as one ("his home town of Braga", "the port of
Bar"): any capitalised name after them is a place, known or not."""


def _named_by_place(name: str, kind: str) -> bool:
    """Whether a body's name (words of, lower case) is a kind named after a place, before or after it
    ("university of bristol", "bristol university")."""
    return name.startswith(f"{kind} of ") or name.endswith(f" {kind}")


_PLACE_JOINED = compiled(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or|&)\s|/)|['’]s\b|-")
"""What follows a place in a list or beside another ("Halsworth and Brackley", "Halsworth,
Marland"), or in a compound ("Halsworth-based", "Halsworth's")."""
REGION_WORDS = frozenset(
    """north south east west northern southern eastern western central greater upper lower county
    province state region district territory borough england scotland wales ireland""".split()
)
"""Words of a region's name ("North Marland", "Lake County"), which may hold another place."""
REGION_ENDINGS = ("shire", "land")
"""Endings of a region's or a country's name ("Dunmoreshire", "Switzerland")."""
COUNTRY_NAMES = {
    **dict.fromkeys(("us", "usa", "the us", "america", "the united states"), "united states"),
    **dict.fromkeys(("uk", "the uk", "britain", "the united kingdom"), "united kingdom"),
    **dict.fromkeys(("uae", "the uae"), "united arab emirates"),
}
"""Countries of COUNTRIES known by two names, by the one `_place_words` compares: "the UAE" and
"the United Arab Emirates" are one mediator, as "the US" and "America"."""


def _by_family(
    names: list[str], openers: set[str], language: str
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """People's names by their family name (the last word, without a suffix: "Jr."), each with its
    given names (the words before it, after any title: "Fire Chief Marta Lopez" is "marta" of
    "lopez") and as written; names without a given name are left out ("Senator Hartley"). `openers`:
    the names that open their sentence, where a common word is capitalised as any opening word is
    (Dutch "Bestuurder Bakker zegt": "bestuurder", a board member, is no given name)."""
    by_family: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for name in names:
        words = [w.strip(",") for w in name.replace(".", ". ").split()]
        words = [w for w in words if w and w.casefold().rstrip(".") not in _NAME_SUFFIXES]
        if len(words) < 2:
            continue
        *before, family = words
        while before and before[-1].casefold() in NAME_PARTICLES:  # "Anna de Vries"
            before.pop()
        titles = [i for i, w in enumerate(before) if _a_title(w, language)]
        given = [w for w in before[titles[-1] + 1 if titles else 0 :] if w[:1].isupper()]
        if (
            name in openers
            and given == before[: len(given)]
            and given
            and _a_common_word(given[0], language)
            and not _a_given_name(given[0])
        ):
            given = given[1:]
        if given and len(family) > 1:
            family_key = _family_spelling(name_stem(family.casefold(), language))
            by_family[family_key].append((tuple(_given_spelling(w) for w in given), name))
    return by_family


def _a_given_name(word: str) -> bool:
    """Whether a word is a given name of the `nicknames` table, which knows it with another form
    ("Peter", "Pete"; "Mark", "Marcus"; "Tom", "Thomas"): a given name opening a sentence, though a
    common word too, where "Bestuurder" (a board member) is none."""
    folded = without_marks(word.casefold())
    return len(folded) > 1 and len(_nicknames(folded)) > 1


def _a_common_word(word: str, language: str) -> bool:
    return is_common_word(stem_words([word.casefold()], language)[0], language)


def _a_title(word: str, language: str) -> bool:
    folded = word.casefold().rstrip(".")
    return folded in _TITLES or (language in COMPOUNDING and an_office(folded, language))


def _given_spelling(word: str) -> str:
    """A name as outlets may spell it alike: without diacritics, its doubled letters single and "y"
    as "i" ("José", "Jose"; "Sergei", "Sergey")."""
    plain = without_marks(word.casefold().rstrip(".")).replace("y", "i")
    return "".join(char for i, char in enumerate(plain) if i == 0 or char != plain[i - 1])


@lru_cache(maxsize=4096)
def transliterated(name: str) -> str:
    """A name (`_given_spelling`'s, or `_family_spelling`'s) as its transliterations into the Latin
    alphabet write it alike (TRANSLITERATED, then a final "d" as "t"): "Petrescu" and "Petresku",
    "Sokolova" and "Sokolowa", "Shchukin" and "Schtschukin", "Mehmet" and "Mehmed", "Yuri" and
    "Juri" are one name, a spelling; "Russell" and "Russel", "Halvorsen" and "Halvorson" stay two
    (`_near_families`: one of them wrong)."""
    folded = TRANSLITERATED.sub(lambda found: _TRANSLITERATED[found.group()], name)
    return folded[:-1] + "t" if folded.endswith("d") and len(folded) > 3 else folded


def _written(word: str) -> str:
    """A name's word as any transliteration writes it (`transliterated` of `_given_spelling`)."""
    return transliterated(_given_spelling(word))


_TRANSLITERATED = {
    **dict.fromkeys(("schtsch", "shtch", "shch", "sch", "sh"), "S"),
    **dict.fromkeys(("tsch", "tch", "ch"), "C"),
    "zh": "Z",
    "sz": "S",
    **dict.fromkeys(("ck", "c", "k", "q"), "k"),
    **dict.fromkeys(("w", "v"), "v"),
    **dict.fromkeys(("ph", "f"), "f"),
    **dict.fromkeys(("kh", "h"), "h"),
    **dict.fromkeys(("j", "i"), "i"),
}
TRANSLITERATED = compiled("|".join(sorted(_TRANSLITERATED, key=len, reverse=True)))
"""The letters that transliterations of one name into the Latin alphabet write otherwise (Cyrillic
"щ" as "shch" or German "schtsch", "в" as "v" or "w"; Romanian and Turkish "c", "k"), each folded
into one (`transliterated`)."""


def _family_spelling(word: str) -> str:
    """A family name as outlets may spell it alike (`_given_spelling`), but for a consonant doubled at
    its end: "Quinn" and "Quin", "Russell" and "Russel" are two spellings, one of them wrong
    (`_near_families`); a letter doubled inside ("Hassani", "Hasani") or a vowel ("Zelenskyy") is a
    transliteration's."""
    spelled = _given_spelling(word)
    plain = without_marks(word.casefold().rstrip("."))
    if len(plain) > 2 and plain[-1] == plain[-2] and plain[-1] not in _VOWELS and plain[-1].isalpha():
        return spelled + plain[-1]
    return spelled


_VOWELS = frozenset("aeiouy")


def _one_given_name(mine: tuple[str, ...], theirs: tuple[str, ...], language: str | None) -> bool:
    """Whether two people's given names (`_given_spelling`'s) may name one person: one given name in
    common, or its form (`language`, both sides' if one: one Snowball stem; in a language that
    declines names, `_one_form`), an initial of the other ("J.", "Jorge"), a short form of it
    ("Alex", "Alexander") or a nickname (`nicknames`: "Bob", "Robert"; "Bob", "Rob" both of
    "Robert")."""
    for x, y in product(mine, theirs):
        short, long = sorted((x, y), key=len)
        if long.startswith(short) and (len(short) == 1 or len(short) >= _SHORT_FORM):
            return True
        if transliterated(x) == transliterated(y):
            return True  # ("Mehmet", "Mehmed"; "Yuri", "Juri")
        if _nicknames(x) & _nicknames(y):
            return True
        if language is not None and len(set(stem_words([x, y], language))) == 1:
            return True
        if language in _DECLINING and _one_form(x, y):
            return True
    return False


def _one_form(x: str, y: str) -> bool:
    """Whether two words may be forms of one, declined: alike but for their last letter or two
    ("freien", "freier")."""
    common = next((i for i, (a, b) in enumerate(zip(x, y, strict=False)) if a != b), min(len(x), len(y)))
    return common >= _DECLINED_BASE and max(len(x), len(y)) - common <= 2


@lru_cache(maxsize=4096)
def _nicknames(name: str) -> frozenset[str]:
    """A given name's nicknames and the names it is a nickname of, and itself (English given names,
    from the `nicknames` package's hand-curated table; read once, at the first given names that
    differ)."""
    return frozenset(_nick_namer().nicknames_of(name) | _nick_namer().canonicals_of(name) | {name})


@lru_cache(maxsize=1)
def _nick_namer() -> Any:
    from nicknames import NickNamer

    return NickNamer()


def _body_conflict(bodies: dict[int, list[str]], languages: Mapping[int, str]) -> dict[int, str]:
    """`_speaker_conflict` of bodies: two are one when they share a word that tells which body
    (`_telling_words`: "the Interior Ministry" and "the Ministry of the Interior"), or, when one is
    told by its kind alone, its word ("the government" may be "the French government" of another
    outlet; "the coast guard" "the coastguard", its words joined: `_joined_words`; "the alliance"
    "NATO", whose kind is known: `_kinds_of`), or when one's abbreviation holds the other's initials
    ("ICRC", "the Red Cross": `_initials_held`), or when one is of the other's family ("UNICEF",
    "the UN": `_of_its_family`) or of its people ("prosecutors", "the Justice Department":
    `_people_of`); "the French government" and "the Spanish government", "the interior ministry"
    and "the defence ministry", "UNHCR" and "UNICEF" are two, though their kind is one."""
    present = {a: sorted(set(b)) for a, b in bodies.items() if b}
    if len(present) < 2:
        return {}
    words = {
        a: _name_words(_as_bodies(names, languages[a]), languages[a], bodies=True)
        for a, names in present.items()
    }
    telling = {a: _telling_words(w, languages[a], present[a]) for a, w in words.items()}
    # ("coast guard", "coastguard"; "the emergency services", "the ambulance service"; NATO an alliance)
    words = {a: w | _joined_words(present[a]) | _kinds_of(w, languages[a]) for a, w in words.items()}
    for a, b in combinations(present, 2):
        shared = telling[a] & telling[b] if telling[a] and telling[b] else words[a] & words[b]
        if shared or _initials_held(present[a], present[b]) or _initials_held(present[b], present[a]):
            continue
        if _of_its_family(telling[a], telling[b]) or _of_its_family(telling[b], telling[a]):
            continue
        if _people_of(words[a], words[b], languages[a]) or _people_of(words[b], words[a], languages[b]):
            continue
        if _authorities_of(words[a], telling[a], telling[b]) or _authorities_of(
            words[b], telling[b], telling[a]
        ):
            continue
        if _of_its_kind(words[a], telling[a], words[b], languages[a]) or _of_its_kind(
            words[b], telling[b], words[a], languages[b]
        ):
            continue
        return {a: ", ".join(names) for a, names in present.items()}
    return {}


def _kinds_of(words: set[str], language: str) -> set[str]:
    """The kinds a body's words tell besides themselves: an English kind in the singular ("services":
    "service", "authorities": "authority"), a known abbreviation's (ABBREVIATED_KINDS: "nato" an
    "alliance", "ecb" a "bank"), a kind's other name (KINDS_NAMED_OTHERWISE: "force", "police")."""
    if language != "en":
        return set()
    kinds = {singular_body(w) for w in words if w.endswith("s") and a_body_word(w, language)}
    kinds |= {KINDS_NAMED_OTHERWISE[w] for w in words if w in KINDS_NAMED_OTHERWISE}
    return kinds | {ABBREVIATED_KINDS[w] for w in words if w in ABBREVIATED_KINDS}


def _of_its_kind(words: set[str], telling: set[str], other: set[str], language: str) -> bool:
    """Whether a body told by a word of a company's kind alone (`words`, no `telling` word; BODY_KINDS:
    "the airline") may be another body (`other`: its words): one of its kind or of none told
    ("Caldera Airways", "Orrin Holdings"; `segment.may_be_of_kind`), not "Harrow Savings Bank"."""
    if language != "en" or telling:
        return False  # (most bodies: "the interior ministry", "Caldera Airways")
    kinds = [w for w in words if w in BODY_KINDS]
    return bool(kinds) and all(may_be_of_kind(kind, other) for kind in kinds)


def _of_its_family(family: set[str], member: set[str]) -> bool:
    """Whether a body told by a family's name alone (`family`: its telling words, "un", "un
    refugee") may be a body told as one of the family (`member`: "unicef"; BODY_FAMILIES): "the UN
    said" may be UNICEF's statement. Two of a family, each named, are two ("UNHCR", "UNICEF")."""
    named = {BODY_FAMILIES[w] for w in family if w in BODY_FAMILIES}
    return any(BODY_FAMILIES.get(w) in family - named for w in member)


def _authorities_of(words: set[str], telling: set[str], body: set[str]) -> bool:
    """Whether a body's words name the authorities of a place at most (AUTHORITIES: "the
    authorities", "Montenegrin authorities"), which may speak through any body but one told of
    another country (`body`: its telling words; COUNTRIES, COUNTRY_WORDS, DEMONYM_ENDINGS:
    "the French interior ministry")."""
    if AUTHORITIES.isdisjoint(words) or len(telling) > 1:
        return False  # (most bodies)
    return not any(
        w in COUNTRIES or w in COUNTRY_WORDS or w in COUNTRY_WORDS.values() or w.endswith(DEMONYM_ENDINGS)
        for w in body - telling
    )


AUTHORITIES = frozenset(
    without_marks(w) for w in "authorities behörden autorités autoridades autorità autoriteiten".split()
)
"""Words that name a place's bodies together, as outlets name whichever spoke ("Montenegrin
authorities said" of a statement of its Maritime Safety Department), as `_name_words` writes them."""
DEMONYM_ENDINGS = ("ian", "ese", "ish")
"""How a word naming a country's people ends ("Norwegian", "Maltese", "Danish")."""


def _people_of(people: set[str], body: set[str], language: str) -> bool:
    """Whether a body's words (`people`) name the members of another (`body`), of its kind or its
    department (PLURAL_BODIES: "federal prosecutors" are of "the Justice Department", "firefighters"
    of "the fire brigade"), whatever word tells which of them ("federal")."""
    members = PLURAL_BODIES.get(language)
    if not members or members.keys().isdisjoint(people):
        return False  # (most bodies)
    return any(not members[w].isdisjoint(body) for w in people if w in members)


def _initials_held(names: list[str], others: list[str]) -> bool:
    """Whether an abbreviation among `names` ends with the initials of a name of two capitalised words
    or more among `others`: "ICRC" those of "Red Cross" (International Committee of the Red Cross),
    as a name ends with its head; not "UNHCR" those of "High Court"."""
    abbreviations = [w for name in names for w in name.split() if len(w) >= 3 and w.isupper()]
    if not abbreviations:
        return False  # (most bodies)
    for other in others:
        capitals = [w[0] for w in other.split() if w[:1].isupper()]
        if len(capitals) >= 2 and any(a.endswith("".join(capitals)) for a in abbreviations):
            return True
    return False


def _joined_words(names: list[str]) -> set[str]:
    """Each two words of bodies' names side by side written as one, as some outlets write them ("coast
    guard": "coastguard")."""
    joined: set[str] = set()
    for name in names:
        words = name.casefold().split()
        joined.update(a + b for a, b in pairwise(words) if a.isalpha() and b.isalpha())
    return joined


def _telling_words(words: set[str], language: str, names: Collection[str] = ()) -> set[str]:
    """The words of bodies' names (`_name_words`) that tell which body, without those that tell its
    kind (a word of the language's ORGANISATION_WORDS: "government", "ministry", "ministère"; a
    compound with one at its head: "Innenministerium" stays) or that any body may be called by
    (UNTELLING: "local", "new") or that tell its kind beside its word (KIND_TELLING: "central
    bank"); none for "the government", "the police", "the central bank". A country is one word
    however named (COUNTRY_WORDS: "British", "UK"), and a body of capitalised words is told by its
    initials too ("World Health Organization": "who"); one of a family by its own only ("who", not
    "un": `_of_its_family`)."""
    alike = TELLING_ALIKE.get(language, {})
    kinds = KIND_TELLING.get(language, {})
    telling = {
        alike.get(w, COUNTRY_WORDS.get(w, w))
        for w in words
        if not a_body_word(w, language) and w not in UNTELLING.get(language, ()) and kinds.get(w) not in words
    }
    for name in names:
        capitals = [w for w in name.split() if w[:1].isupper() and w.casefold() not in stop_words(language)]
        if len(capitals) >= 2:
            telling.add("".join(w[0] for w in capitals).casefold())
    return telling


def _as_bodies(names: list[str], language: str) -> list[str]:
    """Bodies' names, each place that stands for a government or a ministry as its country's
    (SEATS_OF_POWER: "Kremlin" is "russia" and the language's word for a government)."""
    return [_as_body(name, language) for name in names]


def _as_body(name: str, language: str) -> str:
    """`_as_bodies` of one name."""
    seat = SEATS_OF_POWER.get(name.casefold())
    if seat is None:
        return name  # (most)
    told, kind = seat
    table = GOVERNMENTS if kind == "government" else MINISTRIES
    return f"{told} {table.get(language, table['en'])[0]}"


def _name_words(names: list[str], language: str = "en", *, bodies: bool = False) -> set[str]:
    """The words of people's or bodies' names but their titles ("Mr. Smith": "smith"; in German and
    Dutch a compound ending in one too: "Polizeisprecher", `segment.an_office`) and function
    words ("Mark de Wit" and "Anne de Vries" share none; "ministère de l'Intérieur" is "ministère",
    "intérieur"), or all when they are titles only; without the case endings of a language that
    declines names (`language.name_stem`: "петрова" is "петров") and without diacritics, which some
    outlets drop ("Brontë-Šimić", "Bronte-Simic"). A body's name keeps its titles (`bodies`): the
    word that tells "the Justice Department" is one ("justice")."""
    folded = (name.casefold().replace(".", " ").replace("'", " ").replace("’", " ") for name in names)
    words = {w for name in folded for w in name.split()}
    names_only = words - stop_words(language) if bodies else words - _TITLES - stop_words(language)
    if language in COMPOUNDING:  # "Polizeisprecher Hans Weber" and "Polizeisprecher Karl Braun": two
        names_only = {w for w in names_only if not an_office(w, language)}
    words = names_only or words
    if language in NAME_ENDINGS:
        words = {name_stem(w, language) for w in words}
    if all(w.isascii() for w in words):  # (most names)
        return words
    return {without_marks(w) for w in words}


def _date_disagreements(
    sets: dict[int, set[str]], group_facts: list[Fact], dated: Mapping[int, str] | None = None
) -> list[dict[int, str]]:
    """`_disagreement` of dates, one for each kind: weekdays, days of months, clock times. A weekday
    beside a day of a month is no disagreement ("on Tuesday" and "on June 9" may be one day), and a
    month alone agrees with a day of it ("in June", "on June 9"); clock times that every article
    writes with a time zone are compared as moments ("10 a.m. EST" is "15:00 GMT", `_zoned_times`),
    those with none as written, one kind never against the other (`_zoned_apart`). Shown as news
    writes them: "Tuesday", "June 9", "15:00"."""
    if sum(1 for values in sets.values() if values) < 2:
        return []  # (most groups: one article or none gives a date)
    if not _apart(sets):
        # (most others: every article gives the same dates, which no kind reads otherwise, but for
        # the part of the day each gives: "on Tuesday morning", "on Tuesday night")
        parts = _parts_of_a_day_apart(sets, group_facts)
        return [parts] if parts else []
    sets = _without_other_deeds(sets, group_facts)
    by_kind = _by_kind(
        sets, lambda value: "weekday" if value in WEEKDAYS else "time" if ":" in value else "day"
    )
    if "day" in by_kind:
        days = by_kind["day"]
        months = {a: {v.partition(" ")[0] for v in values if " " in v} for a, values in days.items()}
        for article, values in days.items():
            theirs = set().union(*(m for other, m in months.items() if other != article))
            days[article] = {v for v in values if " " in v or v not in theirs}
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
    if "time" in by_kind and _disagreement(by_kind["time"]):
        zoned, local = _zoned_apart(by_kind["time"], group_facts)
        found.append(_zoned_times(zoned, group_facts, dated or {}))
        # local clocks, compared as written, a loose one with room
        times = _in_either_half_of_day(local, group_facts)
        found.append(_disagreement(_without_rough_times(times, group_facts)))
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


_ONE_COUNT_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w != "dozen"), key=len, reverse=True))
_COUNT_AFTER = r"(?![\d.,]\d)(?=(?P<after>[^\d,;:.()]*))"
_COUNT_READ = compiled(r"(?<![\w.,-])(?P<figure>\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?)" + _COUNT_AFTER)
_COUNT_READ_WORDED = compiled(
    rf"(?i)(?<![\w.,-])(?P<figure>\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?|(?:{_ONE_COUNT_WORD})(?:[\s-]+(?:and\s+)?"
    rf"(?:{_ONE_COUNT_WORD}|hundred|thousand))*\b)" + _COUNT_AFTER
)
"""A figure and the words after it up to the next figure or stop, where what it counts is read
(`_counts_read`); in words too in a sentence that has one (`_COUNT_WORD_STEMS`: the search for them
is the slower)."""
_COUNT_WORD_STEMS = frozenset(stem_words(list(NUMBER_WORDS)))
_COUNT_CUE_STEMS = frozenset(
    stem_words(
        """killed killing dead died deaths fatalities lives injured injuries hurt wounded hospitalised
        hospitalized seriously critically badly severely gravely""".split()
    )
)
"""The stems of the words `_COUNT_CUES` reads: a sentence without one and without a nation's name
(`_NATION_NAMED`) is not read for what its figures count (most sentences)."""
NATION_PEOPLE: dict[str, str] = {
    **dict.fromkeys(("Poles", "Pole", "Polish"), "polish"),
    **dict.fromkeys(("Swedes", "Swede", "Swedish"), "swedish"),
    **dict.fromkeys(("Danes", "Dane", "Danish"), "danish"),
    **dict.fromkeys(("Finns", "Finn", "Finnish"), "finnish"),
    **dict.fromkeys(("Turks", "Turk", "Turkish"), "turkish"),
    **dict.fromkeys(("Scots", "Scot", "Scotsmen", "Scottish"), "scottish"),
    **dict.fromkeys(("Brits", "Brit", "Britons", "Briton", "British"), "british"),
    **dict.fromkeys(("English", "Englishmen", "Englishwomen"), "english"),
    **dict.fromkeys(("Irish", "Irishmen", "Irishwomen"), "irish"),
    **dict.fromkeys(("Welsh", "Welshmen"), "welsh"),
    **dict.fromkeys(("French", "Frenchmen", "Frenchwomen"), "french"),
    **dict.fromkeys(("Dutch", "Dutchmen"), "dutch"),
    **dict.fromkeys(("Swiss",), "swiss"),
    **dict.fromkeys(("Thais", "Thai"), "thai"),
    **dict.fromkeys(("Czechs", "Czech"), "czech"),
    **dict.fromkeys(("Slovaks", "Slovak"), "slovak"),
    **dict.fromkeys(("Greeks", "Greek"), "greek"),
    **dict.fromkeys(("Serbs", "Serb", "Serbian", "Serbians"), "serbian"),
    **dict.fromkeys(("Croats", "Croat", "Croatian", "Croatians"), "croatian"),
    **dict.fromkeys(("Slovenes", "Slovene", "Slovenian", "Slovenians"), "slovenian"),
    **dict.fromkeys(("Kurds", "Kurd", "Kurdish"), "kurdish"),
    **dict.fromkeys(("Arabs", "Arab"), "arab"),
    **dict.fromkeys(("Cypriots", "Cypriot"), "cypriot"),
    **dict.fromkeys(("Montenegrins", "Montenegrin"), "montenegrin"),
    **dict.fromkeys(("Filipinos", "Filipino", "Filipinas", "Filipina"), "filipino"),
    **dict.fromkeys(("Icelanders", "Icelandic"), "icelandic"),
    **dict.fromkeys(("Kosovars", "Kosovar"), "kosovar"),
    **dict.fromkeys(("Uzbeks", "Uzbek"), "uzbek"),
    **dict.fromkeys(("Kazakhs", "Kazakh"), "kazakh"),
    **dict.fromkeys(("Tajiks", "Tajik"), "tajik"),
    **dict.fromkeys(("Malagasy",), "malagasy"),
}
"""Names of a nation's people that `_NATION_ENDED` misses (or a form of one it reads, "Serbian"),
each with its nation's key: "two Poles" and "two Polish nationals" count one nation's people."""
_NATION_ENDED = r"[A-Z][a-z]+(?:ians?|ans?|ese|is|ons?|ards?)"
_NATION_NAME = rf"(?:{'|'.join(sorted(NATION_PEOPLE, key=len, reverse=True))}|{_NATION_ENDED})"
_EARLIER_STEMS = frozenset(stem_words("previous former earlier old prior".split()))
"""The stems of the words `_EARLIER_BEFORE` reads: a sentence with one is read too."""
_EARLIER_BEFORE = compiled(
    r"(?i)(?:\b(?:previous|former|old|earlier|prior)\s+(?:[\w']+\s+){0,2}?"
    r"(?:record|high|best|mark|peak|reading|figure|estimate|forecast|toll)s?(?:\s+(?:of|was|stood\s+at|had\s+been))?"
    r"|\b(?:19|20)\d\d\s+(?:record|reading|high|peak|figure)\s+of)[\s,]*$"
)
_EARLIER_AFTER = compiled(
    r"(?i)^(?:°?[CF]\b|\s*[a-z%]{1,7})?,?\s+(?:which\s+was\s+|was\s+|had\s+been\s+)?set\s+(?:in|on|back)\b"
)
"""A figure that is an earlier value, the previous record or estimate ("the previous record of
46C", "the old record of 45.3C, set in 2003", "a 2021 reading of 47.4C"): no rival of the current
one, only of another's earlier value ("previous")."""
_NATION_NAMED = compiled(rf"\s{_NATION_NAME}\b")
_NATION_COUNTED = compiled(rf"\s+(?-i:(?P<name>{_NATION_NAME}))\b")
"""The people a figure counts, by the name of their nation right after it ("five Americans", "six
Russian nationals", "four Britons", "nine Israelis", "two Spaniards", "three Poles": NATION_PEOPLE)."""
_COUNT_CUES = (
    ("dead", compiled(r"(?i)\b(?:killed|dead|died|deaths?|fatalities|lost\s+their\s+lives)\b")),
    ("seriously injured", compiled(r"(?i)\b(?:seriously|critically|badly|severely|gravely)\b")),
    ("injured", compiled(r"(?i)\b(?:injured|injuries|hurt|wounded|hospitali[sz]ed)\b")),
    ("part", compiled(r"(?i)^\s*of\s+(?:them|whom|those)\b")),
)
"""The words after a figure telling that it counts the dead, the injured, the seriously injured
among them ("47 people were killed", "310 of them seriously") or a part of another figure's count
("of them"): each a count of its own."""
_COUNT_CUES_BEFORE = (
    ("dead", compiled(r"(?i)\b(?:killing|killed|kills|killing\s+at\s+least)(?:\s+\w+){0,2}\s*$")),
    ("injured", compiled(r"(?i)\b(?:injuring|injured|wounding|wounded|hurting)(?:\s+\w+){0,2}\s*$")),
)
"""The words right before a figure telling the same ("killing at least 112", "injuring 40")."""
_COUNT_AFTER_END = compiled(r"(?i)\b(?:and|but|while|whereas|as|with)\b")
_COUNT_FOLLOWS = compiled(r"(?i)\b(?:up|down|rising|falling)?\s*from\s*$")
"""The words before a figure that is an earlier value of the one before it ("168, up from 112")."""


_NATIONALS_IN_WORDS = compiled(rf"(?i)\b(?P<figure>one|two)\s+(?-i:{_NATION_NAME})\b")


def _nationals_in_words(text: str) -> set[str]:
    """The one or two of a nation's people a sentence counts in words ("two Poles"), which a fact's
    numbers leave out as they leave out most small counts (`_add_small_counts`)."""
    folded = text.casefold()
    if "one " not in folded and "two " not in folded:
        return set()  # (most sentences)
    return {str(NUMBER_WORDS[m["figure"].casefold()]) for m in _NATIONALS_IN_WORDS.finditer(text)}


def _counts_read(group_facts: list[Fact]) -> dict[int, dict[str, set[str]]]:
    """Per article, what each of its figures counts, read per figure in English sentences: the people
    of a nation ("five Americans": "nation:american"), the dead ("killing at least 112", "47 people
    have been killed", a death toll) or the injured ("1,240 people had been injured, 310 of them
    seriously"); a figure given as the earlier value of another ("168, up from 112") counts what
    that one counts."""
    read: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in group_facts:
        if fact.language != "en" or not (fact.numbers or _nationals_in_words(fact.sentence.text)):
            continue
        earlier = not _EARLIER_STEMS.isdisjoint(fact.stems)
        named = earlier or _NATION_NAMED.search(fact.sentence.text)
        if _COUNT_CUE_STEMS.isdisjoint(fact.stems) and not named:
            continue
        text, mine = fact.sentence.text, read[fact.sentence.article]
        given = {*fact.numbers, *small_counts(text, fact.language), *_nationals_in_words(text)}
        tolls = {m["dead"].replace(",", "") for m in _TOLD_THINGS.finditer(text) if m["dead"]}
        last: set[str] = set()
        untold: set[str] = set()  # (its figures that count nothing told)
        counted = False  # (whether it counts the dead or the injured)
        worded = not _COUNT_WORD_STEMS.isdisjoint(fact.stems)
        for match in (_COUNT_READ_WORDED if worded else _COUNT_READ).finditer(text):
            figure = match["figure"]
            if figure[0].isdigit():
                number = figure.replace(",", "")
                if "." in number:  # ("46.0C" is the fact's 46)
                    number = number.rstrip("0").removesuffix(".")
                if len(figure) == 4 and figure.startswith(("1", "20")):
                    last = set()
                    continue  # a year ("killed in 2019", "in 2019 Germans voted"): counts nothing
            elif (word := NUMBER_WORDS.get(figure.casefold())) is not None:
                number = str(int(word))
            else:  # ("thirty-eight", "two hundred")
                number = next(iter(numbers_in(figure)), "")
            tags: set[str] = set()
            if (name := _NATION_COUNTED.match(text, match.end("figure"))) is not None:
                nation = NATION_PEOPLE.get(name["name"]) or name["name"].casefold().removesuffix("s")
                tags.add("nation:" + nation)
            before = text[max(0, match.start() - 40) : match.start()]
            before = re.split(r"[\d,;:.()]", before)[-1]
            after = _COUNT_AFTER_END.split(match["after"], maxsplit=1)[0]
            told = next((t for t, cue in _COUNT_CUES_BEFORE if cue.search(before)), None)
            told = told or next((t for t, cue in _COUNT_CUES if cue.search(after)), None)
            if told is not None:
                tags.add(told)
            elif last and _COUNT_FOLLOWS.search(text[max(0, match.start() - 20) : match.start()]):
                tags |= last
            if number in tolls:
                tags.add("dead")
            if earlier and (
                _EARLIER_BEFORE.search(text, max(0, match.start() - 60), match.start())
                or _EARLIER_AFTER.match(text, match.end("figure"))
            ):
                tags = {"previous"}  # (an earlier value counts what it counts only against earlier values)
            if tags and number in given:
                mine[number] |= tags
                counted = counted or not _TOLD_COUNTS.isdisjoint(tags)
            elif number in given:
                untold.add(number)
            last = tags
        if untold and counted:
            # beside the dead or the injured a sentence counts, a figure telling nothing counts
            # something else ("a ferry carrying 320 people sank, killing at least 41")
            for number in untold - mine.keys():
                mine[number].add(OTHER_COUNT)
    return read


OTHER_COUNT = "other"
"""What a figure counts that a sentence gives beside its count of the dead or the injured, saying
nothing of its own: the people aboard, the rescued, the homes; set against figures counting nothing
told (`_by_count`), never against the dead."""
_TOLD_COUNTS = frozenset(("dead", "injured", "seriously injured"))


def _by_count(sets: dict[int, set[str]], group_facts: list[Fact]) -> dict[str, dict[int, set[str]]] | None:
    """Each article's figures split by what they count (`_counts_read`), when the group's figures
    count two things or more ("five Americans and six Russians", the dead and the injured): a figure
    is set only against figures of its thing, and those that count nothing told ("") against each
    other. None when they count one thing or none (most groups)."""
    values = {v for given in sets.values() for v in given}
    if len(values) > KINDS_WEIGHED:
        return None  # (a list of a thousand amounts is weighed by size only)
    read = _counts_read(
        [f for f in group_facts if not values.isdisjoint(f.numbers) or _nationals_in_words(f.sentence.text)]
    )
    told = {t for a, values in sets.items() for v in values for t in read.get(a, {}).get(v, ())}
    if len(told) < 2 and "previous" not in told:
        return None
    # a figure counting something else than the dead is set against those that count nothing told
    split: dict[str, dict[int, set[str]]] = {
        t: {a: set() for a in sets} for t in ["", *sorted(told - {OTHER_COUNT})]
    }
    for article, values in sets.items():
        for value in values:
            for thing in read.get(article, {}).get(value) or [""]:
                split["" if thing == OTHER_COUNT else thing][article].add(value)
    return split


def _number_disagreements(
    sets: dict[int, set[str]], group_facts: list[Fact], by_count: bool = True
) -> list[dict[int, str]]:
    """`_disagreement` of numbers, one for each kind: years (as the group's facts write them),
    durations, percentages, changes in points, other figures ("212 · 3" and "50 minutes · 1 hour"
    are two disagreements, not one). A year beside a count is no disagreement ("in more than 25
    years" against "since 1998"), nor a duration beside a count; nor a bound or a rounding beside a
    close figure ("more than 200 passengers" against "all 212", "under an hour" against "50
    minutes")."""
    if sum(1 for values in sets.values() if values) < 2:
        return []  # (most groups: one article or none gives a number)
    # (alike sets of two figures or more split too, a swap: "three Germans and two Poles" against
    # "two Germans and three Poles"; most alike sets are one figure, "14" and "14", and not read)
    swap = not _all_alike(sets) or min(len(values) for values in sets.values() if values) > 1
    if by_count and swap and (split := _by_count(sets, group_facts)) is not None:
        return [d for thing in split.values() for d in _number_disagreements(thing, group_facts, False)]
    sets = _scores_compared(sets)
    money: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for fact in group_facts:
        for number, currency in fact.money:
            money[fact.sentence.article][number].add(currency)

    written: dict[int, dict[str, str]] = {}  # (read only for a share in words shown)

    def amount(article: int, value: str) -> str:
        if value.startswith(APPROXIMATE):
            if article not in written:
                written.update(_read_by_article(group_facts, {article}, _shares_written))
            return written.get(article, {}).get(value, readable_number(value))
        currencies = money[article].get(value, ()) if article in money else ()
        figure = readable_number(value, time_units(article) if value.endswith("h") else ())
        if value.isdigit() and len(value) == 4 and value not in group_years():
            figure = f"{int(value):,}"  # (as news writes it, and `figures_compared`: a year stays "2019")
        return readable_money(figure, next(iter(currencies))) if len(currencies) == 1 else figure

    years_read: list[frozenset[str]] = []  # (read once, when a figure of four digits is shown)

    def group_years() -> frozenset[str]:
        if not years_read:
            years_read.append(frozenset().union(*map(written_years, group_facts)))
        return years_read[0]

    def time_units(article: int) -> frozenset[str]:  # a duration shown in the units the article wrote
        mine = [f for f in group_facts if f.sentence.article == article]
        told = [duration_units(f.sentence.text, f.language) for f in mine]
        return frozenset().union(*told)

    found = []
    # a figure in another unit: "120 km/h" and "120 mph", "eight years" and "eight months", "eight
    # weeks" and "eight months"
    measured = _measures_read()  # (`_measures` and `_counting_alike_things` read a fact's units once)
    measures = _measures(sets, group_facts, money, measured)
    if measures:
        sets = _without_own_conversions(sets, group_facts, measured)
    timed = sum(1 for values in sets.values() if any(number_unit(v) == "h" for v in values))
    if measures or timed > 1:
        differing_units, apart = _units_apart(sets, measures, amount, time_units)
        if differing_units:
            found.append(differing_units)
            sets = {a: {v for v in values if (a, v) not in apart} for a, values in sets.items()}
    # a range is one value, which a figure inside it keeps ("between 30 and 40" and "some 35")
    sets, differing_range = _ranges_compared(sets, group_facts, money, amount)
    if differing_range:
        found.append(differing_range)
    if _all_alike(sets):  # (half the groups that give numbers: "14" and "14")
        return found + _currency_found(money, amount, group_facts, set())
    years = group_years()
    by_kind = _by_kind(sets, lambda value: "year" if value in years else number_unit(value))
    # the amounts the figure lines show, which the currency line does not repeat
    listed: set[tuple[int, str]] = set()
    for kind in sorted(by_kind):
        sets = by_kind[kind]
        show: Callable[[int, str], str] = _with_unit(amount, measures) if kind == "" and measures else amount
        shown = show  # (as the disagreement shows them: with their bounds, below)
        differing = _disagreement(sets, show)
        if len(differing) > 2 and (rivals := _rivals_only(sets)) != sets:
            sets = rivals  # (of three articles or more: figures one of them tells apart)
            differing = _disagreement(sets, show)
        if (
            differing
            and kind in _COUNTED
            and (alike := _counting_alike_things(sets, group_facts, measured)) != sets
        ):
            sets = alike
            differing = _disagreement(sets, show)
        weighed_first = sets
        if differing and kind != "year":  # (the figures as written differ: are they one?)
            if kind == "h":
                sets, show = _in_months(sets, amount)
            elif kind == "" and measures:
                sets, show = _in_metric(sets, show, measures)
            if kind == "" and len(money) > 1:
                sets, show = _in_one_currency(sets, show, money)
            sets = _without_sums(sets, _read_parts(group_facts))
            sets = _with_temperatures(sets, _with_counterparts(sets, group_facts, money), measures)
            differing = _disagreement(sets, show)
            rough = _rough_by_article(group_facts, set(differing)) if differing else {}
            if differing and kind != "h":  # ("0.967h": a duration's digits are no rounding)
                sets, show = _rounded_alike(sets, show, rough, wholes_round=kind == "")
                differing = _disagreement(sets, show)
            if differing and any(rough.values()):
                kept = _without_rough(sets, rough)
                if not _disagreement(kept, show) and not _pair_disagrees(sets, rough, show):
                    continue  # every bound or rounding agrees with a figure
                # an article whose every figure a bound kept still shows them, as bounds: a toll that
                # rose "at least 13 · at least 16 · 34" (its middle was left out)
                # and a figure a rounding left out is still shown where it stands against another
                # article's figure near it: "some 8,500 · some 9,500", not only "at least 140"
                sets = {
                    a: (kept[a] | _rivals_left_out(a, values, kept)) or values for a, values in sets.items()
                }
                shown = partial(_bounded, rough, show)
                differing = _disagreement(sets, shown)
        if differing and (nearest := _nearest_counterparts(sets)) != sets:
            sets = nearest
            differing = _disagreement(sets, shown)
        if differing and kind in _COUNTED and sets != weighed_first:
            # weighed again: a figure kept above for a rival now left out meets only what it is not
            # ("a town of 12,000 people", kept for "9,000 people ordered out", against "31,000 acres";
            # "25 km" for a time "00.42" a rounding left out, against magnitudes "6.9 · 6.8")
            alike = _counting_alike_things(sets, group_facts, measured)
            if alike != sets:
                sets = alike
                differing = _disagreement(sets, shown)
        if differing:
            listed.update((a, show(a, v)) for a, v in _apart(sets))
        found.append(differing)
    return found + _currency_found(money, amount, group_facts, listed)


_CODE = r"(?<![\w-])[A-Z][A-Z0-9]{0,5}-\d{2,}[A-Z]?(?![\w-])"
_CODES = compiled(
    rf"(?:\b(?P<opening>from|between)\s+)?(?P<low>{_CODE})"
    rf"(?:\s*(?P<joiner>to|through|thru|until|and|[–—-])\s*(?P<high>{_CODE}))?"
)
"""A model code or serial number ("KX-250", "KX2-0988"): capitals (and digits), a hyphen, digits; a
range of two ("from KX2-0041 through KX2-0988", "KX2-0041–KX2-0988")."""
_CODE_CUE = compiled(r"-\d\d")
"""What every code holds (`_CODES`): a sentence without it ("a 44-year-old", "Jean-Paul") is not
scanned for codes."""


def _code_family(code: str) -> str:
    """What a code's serial is counted in: all but its last digits ("KX2-" of "KX2-0988")."""
    return code.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").rstrip("0123456789")


def _code_disagreements(by_article: dict[int, list[Fact]]) -> list[dict[int, str]]:
    """The disagreements on model codes and serial numbers (`_CODES`), one for each family of codes.
    A code is neither a figure (its digits count nothing: no rounding or bound makes "KX-250" and
    "KX-260" one) nor a name (one digit changed is no spelling): it is set only against the codes of
    its family that the other articles give, as written, and a range of them is one value, what a
    recall turns on ("KX2-0041–KX2-0988 · KX2-0041–KX2-0898"). A code inside another article's range
    of its family agrees with it; one an article leaves out is a detail (`_disagreement`)."""
    read: dict[str, dict[int, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    for article, facts in by_article.items():
        for fact in facts:
            if "-" not in fact.sentence.text or not _CODE_CUE.search(fact.sentence.text):
                continue  # (most sentences)
            for match in _CODES.finditer(fact.sentence.text):
                low, high = match["low"], match["high"] or match["low"]
                if (
                    _code_family(low) != _code_family(high)
                    or len(low) != len(high)
                    or (match["joiner"] == "and" and match["opening"] != "between")
                ):  # two codes ("the KX-200 and KX-250 models"), not a range of one family
                    for code in {low, high}:
                        read[_code_family(code)][article].add((code, code))
                else:
                    read[_code_family(low)][article].add((low, high))
    found = []
    for family in sorted(read):
        given = read[family]
        if len(given) < 2:
            continue  # (a family one article alone gives)
        spans = {a: [(x, y) for x, y in values if x != y] for a, values in given.items()}
        sets = {
            a: {
                x if x == y else f"{x}\u2013{y}"
                for x, y in values
                if x != y or not any(lo <= x <= hi for b in given if b != a for lo, hi in spans[b])
            }
            for a, values in given.items()
        }
        found.append(_disagreement(sets))
    return found


def _all_alike(sets: dict[int, set[str]]) -> bool:
    """Whether every article that gives values gives the same ones: no kind of them disagrees
    (`_disagreement`), and `_number_disagreements` weighs none."""
    present = [values for values in sets.values() if values]
    return all(values == present[0] for values in present[1:])


_APART_THINGS = (
    frozenset(("people", "measure")),
    frozenset(("artefact", "measure")),
    *(frozenset(("magnitude", thing)) for thing in ("people", "persons", "artefact", "measure")),
    frozenset(("persons", "artefact")),
    frozenset((SHARE_CHANGE, SHARE_PART)),
)
"""Pairs of things a figure may tell of that are never one (`_thing_told`)."""
_TOLD_THINGS = compiled(
    r"(?i)\b(?:(?P<toll>death\s+toll|toll\s+of\s+(?:the\s+)?dead)\b(?:\s+[^\W\d][\w'’]*){0,15}?"
    r"\s+(?:to|of|at|is|was|stood\s+at|stands\s+at|reached)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?"
    r"(?P<dead>\d[\d,]*)\b"
    r"|(?P<scale>magnitude|magnitude\s+of)\s+(?:about\s+|around\s+)?(?P<size>\d+(?:\.\d+)?)\b"
    r"|\b(?P<sized>\d+(?:\.\d+)?)(?:[\s-]+|\s+in\s+)magnitude\b"
    r"|\b(?P<scaled>\d+(?:\.\d+)?)\s+on\s+the\s+richter\b)"
)
"""Figures whose words before tell what they count: a death toll's people ("the death toll has
risen to 140"), an earthquake's magnitude ("a magnitude 6.8 earthquake", "of magnitude 6.9", "a
7.1-magnitude quake", "measured 6.8 in magnitude", "5.4 on the Richter scale"): no magnitude is a
rival of a toll, a thing or a measure in a unit ("25 km") (`_counting_alike_things`)."""


def _counting_alike_things(
    sets: dict[int, set[str]], group_facts: list[Fact], measured: Callable[[Fact], dict[str, frozenset[str]]]
) -> dict[int, set[str]]:
    """Each article's figures but those that every figure another article gives (and it does not)
    tells of another thing (`_APART_THINGS`): "62 passengers" are no rival of "about 200 metres",
    nor "a premium of 27%" of "9% of the company" (`quantities.share_kinds`). What a figure tells
    of is read in every English article giving it; a figure whose words tell nothing, or words
    that may be one ("homes" and "households", "jobs" and "employees"), are weighed as before
    (`measured`: each fact's figures in a unit, `_measures_read`)."""
    values = {v for given in sets.values() for v in given}
    if len(values) > KINDS_WEIGHED:
        return sets
    things: dict[str, set[str]] = defaultdict(set)
    for fact in group_facts:
        if fact.language != "en" or values.isdisjoint(fact.numbers):
            continue
        for number, counted in counted_kinds(fact.sentence.text, fact.money).items():
            if number in values and (thing := _thing_told(counted[1])):
                things[number].add(thing)
                if PEOPLE in counted[1]:  # ("people", not "households": a home may be one)
                    things[number].add("persons")
        for number, kind in share_kinds(fact.sentence.text).items():
            if number in values:
                things[number].add(kind)
        for match in _TOLD_THINGS.finditer(fact.sentence.text):
            if (dead := match["dead"]) and (number := dead.replace(",", "")) in values:
                things[number] |= {"people", "persons"}
            elif (size := match["size"] or match["sized"] or match["scaled"]) in values:
                things[size].add("magnitude")
        for number, units in measured(fact).items():  # ("3,000 acres": {"u", "m"})
            if number in values and not units.isdisjoint(_TEMPERATURE_UNITS):
                things[number] = {"measure"}  # ("27 degrees Fahrenheit warmer": no "warmer" thing)
            elif number in values and number not in things:
                things[number].add("measure")
    if len(things) < 2:
        return sets  # (most groups: no two figures say what they tell of)

    def apart(v: str, w: str) -> bool:
        return any({x, y} in _APART_THINGS for x in things.get(v, ()) for y in things.get(w, ()))

    kept: dict[int, set[str]] = {}
    for article, given in sets.items():
        theirs = {w for b, other in sets.items() if b != article for w in other} - given
        kept[article] = {
            v for v in given if v not in things or not all(apart(v, w) for w in theirs) or not theirs
        }
    return kept


def _thing_told(kinds: frozenset[str]) -> str | None:
    """What the kinds of thing a figure counts (`similarity.counted_kinds`, WordNet's lexicographer
    letters) tell of, when they are plain: "people" ("passengers", "workers": "p" and no "u"; "a
    town of 12,000 people", `similarity.PEOPLE`), a "measure" ("metres", "tonnes": "u" and no "p"),
    an "artefact" ("buildings", "homes": "d" and neither "p" nor "u"), else None ("doses" are "d"
    and "u")."""
    if PEOPLE in kinds or ("p" in kinds and "u" not in kinds):
        return "people"
    if "d" in kinds and "u" not in kinds:
        return "artefact"
    if kinds == frozenset("u") or kinds == frozenset("hu"):
        return "measure"
    return None


def _rivals_only(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    """Each article's figures that another article's figure may be a rival report of: two figures
    are rivals when no article gives both, for one that gives both tells them apart ("closed at
    510p, below the 560p offer" beside "closed at 510p" and "will pay 560p": none disagrees). Of
    two articles, every figure one alone gives is a rival of each the other alone gives, as
    `_disagreement` weighs them; of three or more, a figure is weighed against each way of giving
    figures (the articles giving a figure, as bits), of which there are few."""
    givers: dict[str, int] = defaultdict(int)
    for bit, values in enumerate(sets.values()):
        for v in values:
            givers[v] |= 1 << bit
    ways = sorted(set(givers.values()), key=int.bit_count)
    rivalled = {way for way in ways if any(not way & other for other in ways)}
    return {a: {v for v in values if givers[v] in rivalled} for a, values in sets.items()}


def _nearest_counterparts(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    """Each article's figures in dispute (`_apart`) that an article giving fewer of them disputes: of
    an article giving more, those nearest in size to each of a fewer's ("58" against "33, 57, 79":
    only "57" is disputed; the others are details one article alone gives) and those another article
    gives too. An article giving no more figures in dispute than any other keeps them all."""
    apart = defaultdict(set)
    for article, value in _apart(sets):
        apart[article].add(value)
    if len(apart) < 2 or len({len(values) for values in apart.values()}) < 2:
        return sets  # (most disagreements: as many figures in dispute on each side)
    sizes = _sizes(sets)
    kept = {a: set(values) for a, values in sets.items()}
    # each way of giving them once (a group of a thousand outlets gives its figures a few ways)
    ways = {frozenset(values) for values in apart.values()}
    given = Counter(v for values in apart.values() for v in values)  # (by how many articles)
    dropped: dict[frozenset[str], set[str]] = {}
    for article, values in apart.items():
        way = frozenset(values)
        if way not in dropped:
            fewer = [theirs for theirs in ways if len(theirs) < len(values)]
            dropped[way] = set()
            if fewer and values <= sizes.keys() and all(sizes[v] > 0 for v in values):
                nearest = {
                    min(values, key=lambda v: (abs(math.log(sizes[v] / sizes[w])), v))
                    for theirs in fewer
                    for w in theirs
                    if w in sizes and sizes[w] > 0
                }
                if nearest:  # (a figure another article gives too stays)
                    dropped[way] = {v for v in values - nearest if given[v] == 1}
        kept[article] -= dropped[way]
    return kept


def _ranges_compared(
    sets: dict[int, set[str]],
    group_facts: list[Fact],
    money: dict[int, dict[str, set[str]]],
    show: Callable[[int, str], str],
) -> tuple[dict[int, set[str]], dict[int, str]]:
    """Each article's numbers but its ranges (`quantities.ranges_in`: "between 30 and 40") and the
    other articles' figures weighed against them, and the disagreement those figures make: a figure
    inside a range, or a bound or a rounding that reaches into it, agrees with it ("some 35"); one
    outside it that measures the same (within MEASURE_RATIO of it, no count against an amount)
    disagrees ("$2 million–$3 million · $5 million", where the two ends added up to the 5); two
    ranges agree when they overlap."""
    ranges: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for fact in group_facts:
        article = fact.sentence.article
        for low, high in (
            ranges_in(fact.sentence.text, fact.numbers, fact.language) if len(fact.numbers) > 1 else ()
        ):
            if low in sets.get(article, ()) and high in sets[article]:
                ranges[article].add((low, high))
    if not ranges:  # (most groups)
        return sets, {}
    rough = _rough_by_article(group_facts, set(sets))
    left = {a: values - {n for span in ranges.get(a, ()) for n in span} for a, values in sets.items()}
    counted: dict[int, dict[str, frozenset[str]]] | None = None
    weighed: set[tuple[int, str]] = set()
    differing: dict[int, list[str]] = defaultdict(list)
    for a, spans in sorted(ranges.items()):
        for low, high in sorted(spans):
            unit, bottom, top = number_unit(low), _range_end(low), _range_end(high)
            for b in sorted(sets):
                if b == a:
                    continue
                theirs = [(v, *_reach(v, rough[b].get(v))) for v in sorted(left[b]) if number_unit(v) == unit]
                theirs += [
                    (f"{x}\u2013{y}", _range_end(x), _range_end(y))
                    for x, y in sorted(ranges.get(b, ()))
                    if b > a and number_unit(x) == unit
                ]
                for value, start, end in theirs:
                    if end < bottom / MEASURE_RATIO or start > top * MEASURE_RATIO:
                        continue  # (it measures something else)
                    ends = value.split("\u2013")
                    if (low in money.get(a, ())) != (ends[0] in money.get(b, ())):
                        counted = counted if counted is not None else _counting_alike(group_facts)
                        if counted[a].get(low) or counted[b].get(ends[0]):
                            continue  # an amount and a count
                    weighed.add((b, value))
                    # an amount in whole units stands for its cents too: "$89 to $129" keeps $129.99
                    cents = (
                        CENTS_REACH
                        if low in money.get(a, ()) and bottom.is_integer() and top.is_integer()
                        else 0.0
                    )
                    if end < bottom - cents or start > top + cents:
                        differing[a].append(f"{show(a, low)}\u2013{show(a, high)}")
                        differing[b].append(
                            "\u2013".join(show(b, e) for e in ends)
                            if len(ends) > 1
                            else _bounded(rough, show, b, value)
                        )
    kept = {a: {v for v in values if (a, v) not in weighed} for a, values in left.items()}
    if len(differing) < 2:
        return kept, {}
    return kept, {a: ", ".join(dict.fromkeys(shown)) for a, shown in sorted(differing.items())}


def _range_end(number: str) -> float:
    """The size of a figure that ends a range ("40", "3%", "504h")."""
    return float(number.removesuffix(number_unit(number)))


def _reach(number: str, says: str | None) -> tuple[float, float]:
    """The sizes a figure given as a bound or a rounding (`says`) keeps, or the figure alone: "about
    35" 31.5 to 38.5, "more than 45" 45 to BOUND_REACH times it (`_kept_by`)."""
    size = _range_end(number.removeprefix(APPROXIMATE))
    if says == ">":
        return size, BOUND_REACH * size
    if says == "<":
        return size / BOUND_REACH, size
    if says == "≲":
        return size * (1 - NEARLY_RATIO), size
    if says == "~":
        return size * (1 - NEAR_NUMBER_RATIO / 2), size * (1 + NEAR_NUMBER_RATIO / 2)
    return size, size


def _scores_compared(sets: dict[int, set[str]]) -> dict[int, set[str]]:
    """Each article's numbers, a score ("7-5", `quantities.numbers_in`) as one value when every article
    giving numbers gives a score ("6-4, 7-5" and "6-4 7-6" disagree on the second set), else as its
    two figures when another article gives as many figures it does not, as a score written otherwise
    does ("5-4" and "by five votes to four", "7-2" and "six votes to three"); else it stays one
    value, no rival of a lone count ("drew 1-1" beside "two points clear")."""
    giving = [values for values in sets.values() if values]
    scoring = [any(number_unit(v) == SCORE for v in values) for values in giving]
    if not any(scoring) or all(scoring):
        return sets

    def split(article: int, value: str) -> tuple[str, ...]:
        parts = value.split(SCORE)
        mine = sets[article]
        told = (len(values - mine) for b, values in sets.items() if b != article)
        return tuple(parts) if max(told, default=0) >= len(parts) else (value,)

    return {
        a: {part for v in values for part in (split(a, v) if number_unit(v) == SCORE else (v,))}
        for a, values in sets.items()
    }


def _with_counterparts(
    sets: dict[int, set[str]], group_facts: list[Fact], money: dict[int, dict[str, set[str]]]
) -> dict[int, set[str]]:
    """Each article's figures but those that no other article's figure comes within MEASURE_RATIO of:
    they measure something else, unless another article's figure counts the same thing ("killed 3
    people" and "killed 13 people": `_counting_alike`; a margin of two, "a majority of eight votes" of
    "89 votes to 81", is gone before: `_without_sums`). An amount of money and a count of things
    are never each other's ("2.4 million customers" and "a $4 million ransom"); a figure that names
    neither may be either ("save 300 million a year" beside "savings of €350m"). `money`: each
    article's amounts with their currencies."""
    sizes = _sizes(sets)
    if money:  # (most groups give no amount)
        return _with_counterparts_of_kind(sets, sizes, group_facts, money)
    # the sizes the articles give, each with the articles giving it, in order of size: another
    # article's comparable figure is found by bisecting rather than by weighing each (a group of
    # a thousand articles took seconds)
    giving: dict[float, set[int]] = defaultdict(set)
    for article, values in sets.items():
        for v in values & sizes.keys():
            giving[sizes[v]].add(article)
    ordered = sorted(giving)
    counted: dict[int, dict[str, frozenset[str]]] | None = None  # (read only when needed)
    articles_counting: Counter[str] | None = None  # each word the figures count, by how many articles
    kept: dict[int, set[str]] = {}
    for article, values in sets.items():
        kept[article] = set()
        for v in values:
            if v in sizes and not _another_comparable(sizes[v], article, ordered, giving):
                if counted is None or articles_counting is None:
                    counted = _counting_alike(group_facts)
                    articles_counting = Counter(
                        w for b, theirs in sets.items() for w in _words_counted(theirs, sizes, counted[b])
                    )
                # (each of its words is one its own article counts: once in the count)
                if all(articles_counting[w] == 1 for w in counted[article].get(v, ())):
                    continue  # no other article counts one of its words
            kept[article].add(v)
    return kept


def _words_counted(values: set[str], sizes: dict[str, float], counted: dict[str, frozenset[str]]) -> set[str]:
    """The words an article's figures (`values`) that have a size count (`counted`: the words of each
    of the article's figures, `_counting_alike`)."""
    return {w for n in values if n in sizes for w in counted.get(n, ())}


def _another_comparable(
    size: float, article: int, ordered: list[float], giving: dict[float, set[int]]
) -> bool:
    """Whether another article than `article` gives a figure `_comparable` with `size`: a size within
    MEASURE_RATIO of it or of 0 or less, or any when `size` is 0 or less (`ordered`: the sizes given,
    ascending; `giving`: the articles that give each)."""
    if size <= 0:
        found = ordered
    else:  # the sizes within the ratio (a hair wider, which `_comparable` then weighs as floats do),
        # and every size of 0 or less, whose ratio tells nothing
        low = bisect_left(ordered, size / MEASURE_RATIO * (1 - _HAIR))
        high = bisect_right(ordered, size * MEASURE_RATIO * (1 + _HAIR))
        found = [f for f in ordered[low:high] if _comparable(size, f)] + ordered[: bisect_right(ordered, 0.0)]
    return any(len(giving[f]) > 1 or article not in giving[f] for f in found)


def _with_counterparts_of_kind(
    sets: dict[int, set[str]],
    sizes: dict[str, float],
    group_facts: list[Fact],
    money: dict[int, dict[str, set[str]]],
) -> dict[int, set[str]]:
    """`_with_counterparts` of a group that gives amounts of money, each figure weighed against each
    other article's figure (an amount and a count are never each other's: `_measure`)."""
    counted: dict[int, dict[str, frozenset[str]]] | None = None  # (read only when needed)
    kept: dict[int, set[str]] = {}
    for article, values in sets.items():
        theirs = [(b, n) for b, ns in sets.items() if b != article for n in ns if n in sizes]
        kept[article] = set()
        for v in values:
            if v not in sizes:
                kept[article].add(v)
                continue
            alike = theirs
            if article in money or any(b in money for b, _ in theirs):  # (most give none)
                counted = counted if counted is not None else _counting_alike(group_facts)
                mine = _measure(article, v, money, counted)
                alike = [(b, n) for b, n in theirs if {mine, _measure(b, n, money, counted)} != _APART]
            others = [sizes[n] for _, n in alike]
            if not any(_comparable(sizes[v], size) for size in others):
                counted = counted if counted is not None else _counting_alike(group_facts)
                words = {w for b, n in alike for w in counted[b].get(n, ())}
                if words.isdisjoint(counted[article].get(v, ())):
                    continue
            kept[article].add(v)
    return kept


def _measure(
    article: int,
    number: str,
    money: dict[int, dict[str, set[str]]],
    counted: dict[int, dict[str, frozenset[str]]],
) -> str | None:
    """What an article's figure measures, when it says: "money" (it gives a currency), "count" (a
    word follows it that it counts: "2.4 million customers"), else None."""
    if article in money and number in money[article]:
        return "money"
    return "count" if counted[article].get(number) else None


def _read_parts(group_facts: list[Fact]) -> dict[int, set[str]]:
    """Per article, the figures its facts in the group name as a part of another (`parts_named`)."""
    found: dict[int, set[str]] = defaultdict(set)
    for fact in group_facts:
        if named := parts_named(fact.sentence.text, fact.language):
            found[fact.sentence.article].update(named)
    return found


def _without_sums(
    sets: dict[int, set[str]], parts: Mapping[int, set[str]] | None = None
) -> dict[int, set[str]]:
    """Each article's figures but a figure that two of another article's add up to or differ by, and
    those two: "all 190 people on board" are "184 passengers and six crew", "a majority of 12" is
    what "31 votes to 19" leaves, and neither is a disagreement. Not two of which the figure's own
    article gives one: "killed 4, injured 3" against "killed 7, injured 3" disagrees on the dead,
    "3-1" against "2-1" on the score; nor two of an article that gives no more figures than the
    figure's: a total stands for its parts, where "killed 2, injured 14" against "killed 3, injured
    12" tells the same two figures otherwise. Nor the sum of a figure and one its article names as a
    part of another (`parts`, `quantities.parts_named`): "38 fighters, including two commanders" are
    38, not 40. Figures add up on their digits (`_exact_sizes`)."""
    sizes = _exact_sizes(sets)
    # each pair of an article of few figures by what it adds up to and differs by (worked out once an
    # article, where weighing each article against each other cost seconds in a group of a thousand);
    # an article of many figures looks up, for each figure of another, the pairs it holds of it (a
    # sentence of a thousand amounts held half a million pairs: 0.6 s of a compare)
    made: dict[Decimal, list[tuple[int, str, str]]] = defaultdict(list)
    many: dict[int, _ManyFigures] = {}
    for other, given in sets.items():
        figures = sorted(given & sizes.keys())
        if len(figures) > PAIRS_WORKED_OUT:
            many[other] = _ManyFigures(figures, sizes)
            continue
        within = parts.get(other, ()) if parts else ()
        for a, b in combinations(figures, 2):
            if a not in within and b not in within:  # (a part is within its whole, not beside it)
                made[EXACT.add(sizes[a], sizes[b])].append((other, a, b))
            made[EXACT.abs(EXACT.subtract(sizes[a], sizes[b]))].append((other, a, b))
    answered: set[tuple[int, str]] = set()
    totals: dict[int, list[Decimal]] = defaultdict(list)  # per article, the sizes two of another's make
    for article, values in sets.items():
        # only an article of more figures sums this one's up: two that give as many tell them one by
        # one ("killed 2, injured 14" against "killed 3, injured 12", though 14 - 2 is 12)
        larger = {other for other, given in sets.items() if len(given) > len(values)}
        for v in sorted(values & sizes.keys()) if larger else ():
            found = False
            for other, a, b in made.get(sizes[v], ()):
                if other in larger and a not in values and b not in values:
                    answered.update(((article, v), (other, a), (other, b)))
                    found = True
            for other, theirs in many.items():
                if other in larger and (pair := theirs.pair_making(sizes[v], values)) is not None:
                    answered.update(((article, v), (other, pair[0]), (other, pair[1])))
                    found = True
                    break  # (the next loop finds the other pairs)
            if found:
                totals[article].append(sizes[v])
    # a figure of an article of many that no pair found yet may be in another pair making a total
    for other, theirs in many.items() if totals else ():
        for a in theirs.figures:
            for article, sums in totals.items() if (other, a) not in answered else ():
                values = sets[article]
                if len(sets[other]) <= len(values) or a in values:
                    continue  # (only an article of more figures sums another's up)
                if mate := theirs.partner_of(a, sums, values):
                    answered.update(((other, a), (other, mate)))
                    break
    if not answered:
        return sets
    return {a: {v for v in values if (a, v) not in answered} for a, values in sets.items()}


PAIRS_WORKED_OUT = 32
"""The figures of an article up to which `_without_sums` works out what each pair of them adds up to
and differs by (496 pairs); of more, it looks up the pairs that make each total (`_ManyFigures`)."""


class _ManyFigures:
    """The figures of an article of many, for `_without_sums` to find two that make a total: what
    each figure would need of another is looked up among the sizes there are (in C, by `filter` and
    `map`: a sentence of a thousand amounts is weighed against a total in ~0.1 ms, and a list that
    adds up stops at the first pair). Sizes are counted in whole units of their last decimal, as
    ints: exact, and several times faster than Decimals. (Whether some two figures of a list make a
    third is 3SUM: where none does, each total is still weighed against each figure.)"""

    def __init__(self, figures: list[str], sizes: dict[str, Decimal]) -> None:
        self.figures = figures
        self.places = max(0, *(-int(sizes[v].as_tuple().exponent) for v in figures))
        self.sizes = {v: int(sizes[v].scaleb(self.places, EXACT)) for v in figures}
        self.by_size: dict[int, list[str]] = defaultdict(list)
        for v in figures:
            self.by_size[self.sizes[v]].append(v)
        self.distinct = list(self.by_size)

    def _counted(self, total: Decimal) -> int | None:
        """`total` in the units the figures are counted in; None if it has more decimals than any of
        them, so that no two of them make it."""
        scaled = total.scaleb(self.places, EXACT)
        return int(scaled) if scaled == scaled.to_integral_value() else None

    def pair_making(self, total: Decimal, mine: set[str]) -> tuple[str, str] | None:
        """Two of the figures, neither in `mine`, that add up to `total` or differ by it; None if none."""
        counted = self._counted(total)
        if counted is None:
            return None
        there, sizes = self.by_size.__contains__, self.distinct
        # the sizes b for which some a makes a + b = total, and those for which a - b = total
        for found, other_of in (
            (filter(there, map(operator.sub, repeat(counted), sizes)), partial(operator.sub, counted)),
            (filter(there, map(operator.sub, sizes, repeat(counted))), partial(operator.add, counted)),
        ):
            for size in found:
                for a in self.by_size[other_of(size)]:
                    for b in self.by_size[size]:
                        if a != b and a not in mine and b not in mine:
                            return (a, b) if a < b else (b, a)
        return None

    def partner_of(self, a: str, totals: list[Decimal], mine: set[str]) -> str | None:
        """The figure, other than `a` and not in `mine`, that makes one of `totals` (another
        article's, by size) with `a`; None if none."""
        part = self.sizes[a]
        for total in totals:
            counted = self._counted(total)
            if counted is None:
                continue
            for wanted in (counted - part, part - counted, part + counted):
                for b in self.by_size.get(wanted, ()):
                    if b != a and b not in mine:
                        return b
        return None


def _exact_sizes(sets: dict[int, set[str]]) -> dict[str, Decimal]:
    """Every article's figures that have a size (`_size`), each on its digits: 12345678901234567000
    and 800 make 12345678901234567800, where as floats they made 12345678901234567891 too; and 0.1
    and 0.2 make 0.3, which floats made by rounding."""
    return {v: _exact_size(v) for values in sets.values() for v in values if _size(v) is not None}


def _exact_size(number: str) -> Decimal:
    """A figure's size on its digits, as `_size` gives it as a float."""
    unit = number_unit(number)
    return Decimal((number[: -len(unit)] if unit else number).removeprefix(APPROXIMATE))


def _counting_alike(group_facts: list[Fact]) -> dict[int, dict[str, frozenset[str]]]:
    """Per article, the words its figures count (`quantities.counted_words`), but for stop words:
    "3 of them" and "13 of the climbers" count no one thing."""
    counted: dict[int, dict[str, frozenset[str]]] = defaultdict(dict)
    for fact in group_facts:
        stop = stop_words(fact.language)
        for number, words in counted_words(fact.sentence.text, fact.language).items():
            mine = counted[fact.sentence.article]
            # one or many alike: "1 person" and "5 people" count one thing
            mine[number] = mine.get(number, frozenset()) | {singular(w) for w in words - stop}
    return counted


def _rounded_alike(
    sets: dict[int, set[str]],
    show: Callable[[int, str], str],
    rough: dict[int, dict[str, str]],
    wholes_round: bool = False,
) -> tuple[dict[int, set[str]], Callable[[int, str], str]]:
    """Figures as another article writes them with fewer digits, when they round to it (ROUNDED_RATIO):
    "14.8%" is "15%", "€1.18 billion" is "€1.2 billion"; "820" is not "800", nor "1.8 million" "2
    million". Neither may be a bound ("more than 15%"), which `_without_rough` weighs. A whole figure
    under a million is written to its last digit, unless `wholes_round` (counts and measures, not
    years) and it is written to ROUND_WHOLE_STEP or beyond: "31,000 acres" rounds "30,640 acres"."""
    plain = {
        (article, v): size
        for article, values in sets.items()
        for v in values
        if v not in rough[article] and (size := _size(v)) is not None
    }
    whole = [size for size in plain.values() if size.is_integer() and size < 1e6]
    if len(plain) < 2 or (
        len(whole) == len(plain)
        and not (wholes_round and any(_whole_step(size) >= ROUND_WHOLE_STEP for size in whole))
    ):
        return sets, show  # (whole counts: written to the last digit, they round to none but their own)

    def step(figure: str, size: float) -> float:
        if size.is_integer() and size < 1e6:
            return _whole_step(size) if wholes_round else 1.0
        return _written_step(figure)

    # each figure's unit and half step worked out once, in order: `rounded` is asked of every figure
    figures = [
        (other, figure, to, number_unit(figure), step(figure, to) / 2)
        for (other, figure), to in sorted(plain.items())
    ]

    def rounded(article: int, value: str) -> str | None:
        if (article, value) not in plain:
            return None
        size, unit = plain[article, value], number_unit(value)
        # (a whole figure rounds only to one written to ROUND_WHOLE_DIGITS more of its last places)
        whole = wholes_round and size.is_integer() and size < 1e6
        finest = step(value, size) * 10**ROUND_WHOLE_DIGITS / 2 if whole else 0.0
        for other, figure, to, its_unit, half_step in figures:
            if other != article and figure != value and its_unit == unit and half_step >= finest:
                gap = abs(size - to)
                if max(size, to) >= FLOAT_INTEGERS:  # (two figures of 17 digits may be one float)
                    gap = float(EXACT.abs(EXACT.subtract(_exact_size(value), _exact_size(figure))))
                if gap < half_step and gap <= ROUNDED_RATIO * to:
                    return figure
        return None

    return _written_as(sets, show, rounded)


ROUND_WHOLE_STEP = 1000
"""The place a whole figure under a million is written to, by its trailing zeros, from which on it
may be a rounding of another article's figure (`_rounded_alike`): "31,000 acres" of "30,640 acres";
"800 km" is no rounding of "820km"."""
ROUND_WHOLE_DIGITS = 2
"""How many more places a whole figure that rounds another is written to: "31,000" (to the thousand)
rounds "30,640" (to the ten), not "12,000" "12,400" (to the hundred: two roundings that differ)."""


def _whole_step(size: float) -> float:
    """The place a whole figure is written to, by its trailing zeros: 1,000 for 31,000, 10 for 820,
    1 for 9,481."""
    step = 1
    while size and size % (step * 10) == 0:
        step *= 10
    return float(step)


SCALED_DECIMALS = 6
"""Decimals of its millions, billions or trillions up to which a figure's trailing zeros make it a
rounding (`_written_step`: "12,345,000" is 12.345 million, written to the thousand)."""
FLOAT_INTEGERS = 2**52
"""Whole sizes under this are told apart as floats; from it on two figures may be one float
("12345678901234567891" and "12345678901234567890"), and are weighed on their digits."""


def _written_step(figure: str) -> float:
    """The place of the last digit a figure is written with: 1 for "15%" or "820", 0.1 for "14.8%",
    0.1 billion for "€1.2 billion" (as `readable_number` writes it: in millions and beyond, with up
    to two decimals), 1,000 for "12,345,000"; a figure of more than SCALED_DECIMALS decimals of its
    scale is written to its last digit: 1 for "12345678901234567890" (its decimals of trillions cut
    to six made it 1 million, so that a figure 400,000 away rounded to it)."""
    unit = number_unit(figure)
    digits = (figure[: -len(unit)] if unit else figure).removeprefix(APPROXIMATE)
    whole, _, fraction = digits.partition(".")
    if not (whole.isdigit() and (fraction.isdigit() or not fraction)) or whole[:1] == "0" != whole:
        return _written_step_of(_exact_size(figure))  # ("1e-05", of "%g")
    fraction = fraction.rstrip("0")
    # the power of ten of its scale (millions and beyond), and its decimals of that scale
    power = next((p for p in (12, 9, 6) if len(whole) > p), 0)
    decimals = len(fraction) + power if fraction else max(0, power - (len(whole) - len(whole.rstrip("0"))))
    if decimals > SCALED_DECIMALS:
        power, decimals = 0, len(fraction)
    return 10.0 ** (power - decimals)


def _written_step_of(size: Decimal) -> float:
    """`_written_step` of a figure's size, from its digits."""
    scale = next((s for s in (10**12, 10**9, 10**6) if size >= s), 1)
    decimals = max(0, -int(EXACT.divide(size, scale).normalize(EXACT).as_tuple().exponent))
    if decimals > SCALED_DECIMALS:
        scale, decimals = 1, max(0, -int(size.normalize(EXACT).as_tuple().exponent))
    return float(Decimal(scale).scaleb(-decimals))


def _shares_written(fact: Fact) -> dict[str, str]:
    """A fact's shares in words as its sentence writes them (`quantities.shares_written`), for a
    conflict to show them so: "a third", "knapp zwei Drittel"."""
    return shares_written(fact.sentence.text, fact.language)


def _bounded(
    rough: dict[int, dict[str, str]], show: Callable[[int, str], str], article: int, value: str
) -> str:
    """A number as a conflict shows it (`show`), with its bound or rounding (`rough`) when the
    article gives one: "at least 13"."""
    says = rough[article].get(value)
    if not says or value.startswith(APPROXIMATE):  # (a share in words is shown with its own words)
        return show(article, value)
    return f"{BOUND_WORDS[says]} {show(article, value)}"


def _rivals_left_out(article: int, values: set[str], kept: dict[int, set[str]]) -> set[str]:
    """Those of an article's figures (`values`) that `_without_rough` left out (`kept`: what it kept)
    that lie within NEAR_NUMBER_RATIO of a figure another article kept and this one does not give:
    the figure that article disputes ("some 8,500" against another's "some 9,500")."""
    left_out = values - kept[article]
    if not left_out:
        return set()
    theirs = [size for b, given in kept.items() if b != article for v in given - values if (size := _size(v))]
    return {
        v
        for v in left_out
        if (size := _size(v))
        and size > 0
        and any(abs(t - size) <= NEAR_NUMBER_RATIO * max(t, size) for t in theirs)
    }


def _without_rough(sets: dict[int, set[str]], rough: dict[int, dict[str, str]]) -> dict[int, set[str]]:
    """Each article's numbers but those it gives as a bound or a rounding (`rough`) that a number of
    another article keeps: 212 and 310 keep "more than 200", 50 minutes "under an hour", 52 minutes
    "about 50" (half NEAR_NUMBER_RATIO either way); 14 ships do not keep "at least 17", nor 1,200
    "about 1,500". A figure that keeps the nearest of another article's figures goes too: "18,204
    votes" is what "some 18,000 votes" says, and the other article's "15,900" counts someone else's
    (but "212" still meets "214" beside "more than 200")."""
    sizes = {v: size for values in sets.values() for v in values if (size := _bound_size(v)) is not None}
    # every article's sized numbers, each with what that article says of it; and those of the articles
    # that give a bound or a rounding, the only ones whose nearest figure can be kept (`_answers`)
    everyone = [
        (other, sizes[v], rough.get(other, {}).get(v))
        for other, theirs in sets.items()
        for v in theirs
        if v in sizes
    ]
    loose = {
        other: near
        for other, theirs in sets.items()
        if rough.get(other) and (near := [n for n in theirs if n in sizes and sizes[n] > 0])
    }
    # the sizes of their bounds and roundings, each with its article, ascending: a figure can keep
    # only those within KEPT_REACH of it, found by bisecting (each article weighed against each other
    # took seconds in a group of a thousand)
    reach = sorted((sizes[n], other) for other, near in loose.items() for n in near if n in rough[other])
    kept: dict[int, set[str]] = {}
    answered: set[tuple[int, str]] = set()
    for article, values in sets.items():
        says_of = rough.get(article, {})
        kept[article] = {
            v
            for v in values
            if v not in sizes
            or (says := says_of.get(v)) is None
            or not any(
                _keeps(says, v, sizes[v], other)
                for at, other, theirs in everyone
                if at != article and (says == "~" or theirs not in _BOUNDS or number_unit(v) not in _COUNTED)
            )
        }
        answered.update(
            (article, v)
            for v in values
            if v in sizes and v not in says_of and _answers(sizes[v], sizes, loose, rough, article, reach)
        )
    return {a: {v for v in values if (a, v) not in answered} for a, values in kept.items()}


def _bound_size(number: str) -> float | None:
    """A number's size as a bound or a rounding weighs it (`quantity`), a time taken's too: "more
    than a minute" keeps "75 seconds" (two runners' times are no close figures, but one is within a
    bound or not)."""
    if (size := quantity(number, False)) is not None:
        return size[1]
    if number_unit(number) == "h":
        return _size(number)
    # a whole number under ten, no close figure by chance ("3 crew", "4 ships"), is still what a
    # bound says: "more than four years" keeps five, "at least 5 dead" not three
    small = _size(number) if not number_unit(number) else None
    return small if small is not None and 0 <= small < 10 else None


def _answers(
    size: float,
    sizes: dict[str, float],
    loose: dict[int, list[str]],
    rough: dict[int, dict[str, str]],
    article: int,
    reach: list[tuple[float, int]],
) -> bool:
    """Whether a figure of this size keeps the bound or rounding that is the nearest of another
    article's figures to it (`_without_rough`); `loose`: the figures above zero of each article
    that gives a bound or a rounding; `reach`: the sizes of those bounds and roundings, ascending,
    each with its article."""
    if size <= 0:
        return False
    low = bisect_left(reach, (size / KEPT_REACH * (1 - _HAIR),))
    high = bisect_right(reach, (size * KEPT_REACH * (1 + _HAIR), math.inf))
    for other in dict.fromkeys(other for _, other in reach[low:high]):
        if other == article:
            continue
        near = loose[other]
        nearest = min(near, key=lambda n: (abs(math.log(sizes[n] / size)), n))
        says = rough[other].get(nearest)
        if says is not None and _keeps(says, nearest, sizes[nearest], size):
            return True
    return False


def _pair_disagrees(
    sets: dict[int, set[str]], rough: dict[int, dict[str, str]], show: Callable[[int, str], str]
) -> bool:
    """Whether two articles disagree once the bounds and roundings the other keeps are left out:
    "more than 200" and "some 212" keep each other, and left out for all three articles they
    hid the "150" of a third, which keeps neither."""
    # articles that give the same numbers in the same words cannot disagree: one of each is paired
    # (a thousand wire copies of "about 1,200" are one)
    alike: dict[frozenset[tuple[str, str | None]], int] = {}
    for article, values in sorted(sets.items()):
        if values:
            alike.setdefault(frozenset((v, rough[article].get(v)) for v in values), article)
    return any(
        _disagreement(_without_rough({a: sets[a], b: sets[b]}, rough), show)
        for a, b in combinations(alike.values(), 2)
    )


def _word_swapped(a: str, b: str) -> bool:
    """Whether one quote, alike the other by its characters, puts a word in another's place that is
    no spelling of it: "démanteler" for "détruire" shares enough letters to leave a long quote 0.90
    alike, where "harbour" and "harbor", "schließen" and "schliessen" are one word."""
    words_a, words_b = a.split(), b.split()
    for op in Levenshtein.opcodes(words_a, words_b):
        if op.tag == "replace":
            old = " ".join(words_a[op.src_start : op.src_end])
            new = " ".join(words_b[op.dest_start : op.dest_end])
            if Indel.normalized_similarity(old, new) < QUOTE_SAME_WORD:
                return True
    return False


def _quote_conflict(quotes: dict[int, list[str]], wholes: Collection[str] = ()) -> dict[int, str]:
    """Per article, its longest quote, when two or more articles quote in different wording. A quote
    that is part of another, word for word, is no other wording: "a slap in the face" of "a slap in
    the face of everyone who works here"; nor are two parts of one statement a member's article
    quotes over sentences (`wholes`: "She changed what was possible." and "Thousands of families owe
    her everything.", cut from one). An article whose quotes are all parts of others' is on the side
    of the quote it cuts from, not one of its own: left out of the conflict between the others."""
    firsts = {a: max(q, key=len) for a, q in quotes.items() if q}
    if len(firsts) < 2:
        return {}
    normal = [" ".join(words_of(q)) for q in firsts.values()]
    whole = [" ".join(words_of(w)) for w in dict.fromkeys(wholes)]
    if all(
        _same_wording(normal[0], other)
        or any(_same_wording(normal[0], w) and _same_wording(other, w) for w in whole)
        for other in normal[1:]
    ):
        return {}
    # (an article that quotes only parts of another's quotes, word for word, words them as it does:
    # "betrayed the trust" of "You betrayed the trust placed in you", not a wording of its own)
    words = {a: [" ".join(words_of(q)) for q in quotes[a]] for a in firsts}
    kept = {
        a: quote
        for a, quote in firsts.items()
        if not all(
            any(len(q) < len(o) and _same_wording(q, o) for b in firsts if b != a for o in words[b])
            for q in words[a]
        )
    }
    return kept if len(kept) >= 2 else {}


def _quoted_by_others(
    quotes: dict[int, str], by_article: dict[int, list[Fact]], languages: Mapping[int, str]
) -> bool:
    """Whether the quotes of a quote conflict (`quotes`, by article) are two people's statements, not
    one worded two ways: two articles' quotes are each all of one person (`Quote.speaker`, carried
    from the sentence before by `segment.people_by_surname`), people who share no name word, and
    share few words (OTHER_STATEMENT_RATIO): "We just kept them warm", a doctor's, and "A woman next
    to me kept talking", a survivor's. "They were very lucky" from one and "They were extremely
    lucky" from another are one statement: who said it and its words both disagree."""
    said = {}
    for article in quotes:
        speakers = {_person_quoted(q.speaker, fact) for fact in by_article[article] for q in fact.quotes}
        speaker = speakers.pop() if len(speakers) == 1 else None
        if speaker is None:
            return False
        said[article] = (_name_words([speaker], languages[article]), words_of(quotes[article]))
    return any(
        not mine[0] & theirs[0] and Indel.normalized_similarity(mine[1], theirs[1]) < OTHER_STATEMENT_RATIO
        for mine, theirs in combinations(said.values(), 2)
    )


def _person_quoted(speaker: str | None, fact: Fact) -> str | None:
    """A quote's speaker when a person: one its sentence names as a person, or one carried from the
    sentence before (`segment.people_by_surname`), which names no one in it; not a body ("said the
    Varnholm Port Authority")."""
    kinds = {e.text: e.kind for e in fact.entities}
    return speaker if kinds.get(speaker or "", EntityKind.PERSON) is EntityKind.PERSON else None


def _same_wording(a: str, b: str) -> bool:
    """Whether two quotes, as their words in lower case, are worded alike or one is part of the other
    (not after a word that denies it: "ready to strike" and "not ready to strike" disagree)."""
    if Indel.normalized_similarity(a, b) >= QUOTE_SAME_RATIO and not _word_swapped(a, b):
        return True
    shorter, longer = sorted((a, b), key=len)
    at = f" {longer} ".find(f" {shorter} ")
    if not shorter or at < 0:
        return False
    before = longer[:at].split()[-1:]
    return not before or (before[0] not in _NEGATIONS and not before[0].endswith(("n't", "n’t")))
