"""Name conflicts: who made a statement and who did a deed. People (`_speaker_conflict`; given
names, families, nicknames and transliterations: `_given_name_conflict`, `without_titles`; given
names that may be one person and transliterations are `newsdiff.people`'s, which the claim
conflicts read too), bodies and their offices (`_body_conflict`, `_body_speaker_conflict`,
`_body_and_person_conflict`, `_office_conflict`), the doers of a deed (`_actor_conflict`,
`_deed_conflict`) and companies (`_company_conflict`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from functools import partial
from itertools import combinations, pairwise, product

from rapidfuzz.distance import Levenshtein

from newsdiff.conflicts._common import _IRREGULAR_PAST, COUNTRIES, _all_words, _words_said
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
from newsdiff.lexicon import FUNCTION_WORDS, is_common_word
from newsdiff.model import EntityKind, Fact
from newsdiff.patterns import compiled
from newsdiff.people import (
    DECLINING,
    a_known_given_name,
    given_spelling,
    one_form,
    one_given_name,
    transliterated,
)
from newsdiff.segment import (
    ATTRIBUTION_VERBS,
    NAME_PARTICLES,
    OPENING_MARKS,
    PERSON_TITLES,
    a_body_word,
    acted_by,
    an_office,
    body_acted_by,
    joined_people,
    may_be_of_kind,
    office_reported_by,
    reported_by,
    singular_body,
    stem_words,
    verb_stem,
    without_marks,
    words_but_doers,
)

_TITLES = PERSON_TITLES | {title for titles in OTHER_PERSON_TITLES.values() for title in titles.split()}
"""Titles before a name in the languages read, which name no one ("Me Claire Fabre" and "Me Julien
Morel", two lawyers, share no name word)."""
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""What follows a family name and is none ("Martin Luther King Jr.")."""


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
    "Farrell"), nor be spelled near it (`_near_spelling`, `_one_stem`, declined `one_form`):
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
            short, long = sorted((given_spelling(family), given_spelling(other)), key=len)
            if long.startswith(short):
                continue  # (one holds the other: "Farr", "Farrell")
            if _near_spelling(family, other) or _one_stem(family, other) or one_form(family, other):
                continue
            if transliterated(family) == transliterated(other):
                continue  # ("Shcherbakov", "Schtscherbakow")
            pairs = product(mine[family], theirs[other])
            if any(one_given_name(x, y, language) for (x, _), (y, _) in pairs):
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
    (`one_given_name`): "Fire Chief Marta Lopez" and "Fire Chief Maria Lopez" are two people, or
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
            if not any(one_given_name(x, y, language) for (x, _), (y, _) in product(ours, others)):
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
    its given names) name apart, once those that may be one (`one_given_name`) are paired: "Jane
    Kemp and her husband Peter Kemp" and "Jane Kemp and her son Tom Kemp" ("Peter Kemp", "Tom
    Kemp"); None when either article's people are all paired."""
    left = list(theirs)
    unpaired = []
    for given, name in ours:
        pair = next((other for other in left if one_given_name(given, other[0], language)), None)
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
            language in DECLINING and one_form(family, other)
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
                and (one_given_name(x, y, language) or any(_near_spelling(g, h) for g, h in product(x, y)))
            )
        ]
        if one:
            found.append(([x for x, _ in one], [y for _, y in one]))
    return found


def _near_spelling(word: str, other: str) -> bool:
    """Whether two names (`given_spelling`'s: doubled letters single) are spelled alike but for one
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
            and not a_known_given_name(given[0])
        ):
            given = given[1:]
        if given and len(family) > 1:
            family_key = _family_spelling(name_stem(family.casefold(), language))
            by_family[family_key].append((tuple(given_spelling(w) for w in given), name))
    return by_family


def _a_common_word(word: str, language: str) -> bool:
    return is_common_word(stem_words([word.casefold()], language)[0], language)


def _a_title(word: str, language: str) -> bool:
    folded = word.casefold().rstrip(".")
    return folded in _TITLES or (language in COMPOUNDING and an_office(folded, language))


def _written(word: str) -> str:
    """A name's word as any transliteration writes it (`transliterated` of `given_spelling`)."""
    return transliterated(given_spelling(word))


def _family_spelling(word: str) -> str:
    """A family name as outlets may spell it alike (`given_spelling`), but for a consonant doubled at
    its end: "Quinn" and "Quin", "Russell" and "Russel" are two spellings, one of them wrong
    (`_near_families`); a letter doubled inside ("Hassani", "Hasani") or a vowel ("Zelenskyy") is a
    transliteration's."""
    spelled = given_spelling(word)
    plain = without_marks(word.casefold().rstrip("."))
    if len(plain) > 2 and plain[-1] == plain[-2] and plain[-1] not in _VOWELS and plain[-1].isalpha():
        return spelled + plain[-1]
    return spelled


_VOWELS = frozenset("aeiouy")


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
