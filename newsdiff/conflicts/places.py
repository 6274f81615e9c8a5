"""Place conflicts: one deed set in two places ("in Halsworth" and "in Brackley", "Norbury Crown
Court" and "Wexcombe Crown Court") or done by two institutions of one kind in one role ("Dr Holm of
Uppsala University" and "of Lund University", "taken to St Anna Hospital" and "to Wexbury General
Hospital"), a region or country that may hold the other being none
(`_place_conflict`); lists of places in one role that differ in a member ("sold in the UK, Ireland
and Germany" and "... and France"), one list holding the other being an omission (`_place_lists_apart`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from itertools import combinations, product

from newsdiff.conflicts._common import COUNTRIES, _all_words, _words_said
from newsdiff.conflicts.names import _written
from newsdiff.language import words_of
from newsdiff.lexicon import FUNCTION_WORDS
from newsdiff.model import Entity, EntityKind, Fact
from newsdiff.patterns import compiled
from newsdiff.segment import stem_words, without_marks

REASON_PLACE = "where it happened"
REASON_INSTITUTION = "which institution"
"""What a place conflict tells (`Conflict.reason`): the place of the deed, or the institution of a
kind in one role that did it or took part ("St Anna Hospital" against "Lund General Hospital")."""


def _place_conflict(by_article: dict[int, list[Fact]]) -> tuple[str, dict[int, str]]:
    """Per article, the place it sets the group's deed in, when two articles set it in different
    places (English): one place each (`_one_place_apart`), or lists of places (`_place_lists_apart`);
    with what the places tell (REASON_PLACE, REASON_INSTITUTION)."""
    reason, found = _one_place_apart(by_article)
    return (reason, found) if found else (REASON_PLACE, _place_lists_apart(by_article))


def _one_place_apart(by_article: dict[int, list[Fact]]) -> tuple[str, dict[int, str]]:
    """Per article, the place it sets the group's deed in, when two articles set it in different
    places (English): "injured four workers in Halsworth" and "in Brackley", "sentenced at Norbury
    Crown Court" and "at Wexcombe Crown Court". No table says which place holds which, so only
    places told alike are compared, each article's one of its kind (`_places_told`: after one word,
    "in", "at", "near", "outside", with a word before it that the other article has before its
    own, or a court or police force named after its place), neither holding the other's words
    ("Dunmore", "Dunmoreshire"), neither a region or a country that may hold the other
    (`_may_hold_places`: "North Marland", "France" against "Lyon"), nor named by the other article
    in the group. With what the places tell (REASON_PLACE, or REASON_INSTITUTION of institutions)."""
    told: dict[int, dict[str, tuple[str, frozenset[str]]]] = {}
    telling = 0
    for left, (article, facts) in enumerate(by_article.items()):
        if telling + len(by_article) - left < 2:
            return "", {}  # (most groups: no article, or one, places its deed; the rest left unread)
        told[article] = _places_told(facts)
        telling += bool(told[article])
    if telling < 2:
        return "", {}
    for a, b in _pairs_told_otherwise(told):
        for kind in sorted(told[a].keys() & told[b].keys()):
            (mine, my_deed), (theirs, their_deed) = told[a][kind], told[b][kind]
            if (
                kind in PLACING_WORDS or kind in ("of", "by", "from") or kind.startswith(INSTITUTION_KEY)
            ) and my_deed.isdisjoint(their_deed):
                continue  # (another deed, or one told otherwise: "born in", "died in")
            ours, others = _place_words(mine, kind), _place_words(theirs, kind)
            if not _other_places(ours, others):
                continue
            if not set(others).isdisjoint(_words_said(by_article, _all_words, a)) or not set(ours).isdisjoint(
                _words_said(by_article, _all_words, b)
            ):
                continue  # (one names the other's place too: "in Halsworth, near Brackley")
            return (REASON_INSTITUTION if kind.startswith(INSTITUTION_KEY) else REASON_PLACE), {
                a: mine,
                b: theirs,
            }
    return "", {}


def _pairs_told_otherwise(told: Mapping[int, Mapping[str, object]]) -> Iterator[tuple[int, int]]:
    """Pairs of articles that place the deed otherwise (`told`: each article's places or lists of
    places by kind), in order: articles telling the same are read once, by the first of them."""
    first: dict[tuple[tuple[str, object], ...], int] = {}
    for article in sorted(told):
        first.setdefault(tuple(sorted(told[article].items())), article)
    return combinations(sorted(first.values()), 2)


def _place_lists_apart(by_article: dict[int, list[Fact]]) -> dict[int, str]:
    """Per article, the members of its list of places the other article's list lacks, when two
    articles set the group's deed in lists of places of one kind that differ in a member (English,
    `_place_lists`): "sold in the UK, Ireland and Germany" and "sold in the UK, Ireland and France"
    give "Germany" and "France"; a list against one place too ("sold in Germany" and "sold in the UK
    and France"). A list holding the other ("in the UK and Ireland" and "in the UK, Ireland and
    Germany") is an omission, no conflict, as one place missing from the other article is; so are
    members one of which may hold the other (`_other_places`: "Bavaria" and "Germany"), and a
    member the other article names elsewhere in the group."""
    if not any(_places_in(fact) > 1 for facts in by_article.values() for fact in facts):
        return {}  # (most groups: no sentence names two places, the least a list of places names)
    lists: dict[int, dict[str, tuple[frozenset[str], tuple[tuple[str, str], ...]]]] = {}
    for article, facts in by_article.items():
        if told := _place_lists(facts):
            lists[article] = told
    if len(lists) < 2 or not any(len(m) > 1 for told in lists.values() for _, m in told.values()):
        return {}  # (most groups: no list of places)
    for a, b in _pairs_told_otherwise(lists):
        for kind in sorted(lists[a].keys() & lists[b].keys()):
            (my_deed, mine), (their_deed, theirs) = lists[a][kind], lists[b][kind]
            if len(mine) < 2 and len(theirs) < 2:
                continue  # (one place each: `_one_place_apart`)
            if my_deed.isdisjoint(their_deed):
                continue  # (another deed: "made in China", "sold in France and Spain")
            only_mine = [(w, k) for w, k in mine if k not in {key for _, key in theirs}]
            only_theirs = [(w, k) for w, k in theirs if k not in {key for _, key in mine}]
            if not only_mine or not only_theirs:
                continue  # (one list holds the other: a place left out)
            if not all(
                _other_places(x.split(), y.split()) for (_, x), (_, y) in product(only_mine, only_theirs)
            ):
                continue
            named_by_a = set(_words_said(by_article, _all_words, a))
            named_by_b = set(_words_said(by_article, _all_words, b))
            if any(set(words_of(w)) <= named_by_a for w, _ in only_theirs) or any(
                set(words_of(w)) <= named_by_b for w, _ in only_mine
            ):
                continue  # (one names the other's place too, elsewhere in the group)
            return {a: ", ".join(w for w, _ in only_mine), b: ", ".join(w for w, _ in only_theirs)}
    return {}


def _places_in(fact: Fact) -> int:
    """How many names of a sentence may be places (`_place_lists` takes its members among them)."""
    return sum(1 for entity in fact.entities if _may_be_a_place(entity))


def _may_be_a_place(entity: Entity) -> bool:
    """Whether a name may be a place: one not read as a person's or a body's."""
    return entity.kind not in (EntityKind.PERSON, EntityKind.ORGANISATION)


def _place_lists(facts: list[Fact]) -> dict[str, tuple[frozenset[str], tuple[tuple[str, str], ...]]]:
    """The lists of places an article's facts set their deeds in, by the word before the list
    (LIST_PLACING_WORDS: "sold in the UK, Ireland and Germany"), each with the stems of the two
    words before that word (the deed: "fryers sold") and its members, as written and as compared
    (`_place_words`: "UK" is "united kingdom"). A list opens with a place or a country and goes on
    with names joined by commas, "and" or "or" (_LIST_JOINER), none a person's or a body's; one
    place alone is a list of one. A kind told of two lists is left out."""
    lists: dict[str, set[tuple[frozenset[str], tuple[tuple[str, str], ...]]]] = defaultdict(set)
    for fact in facts:
        text = fact.sentence.text
        spots = sorted(
            (at, at + len(entity.text), entity)
            for entity in fact.entities
            if _may_be_a_place(entity) and (at := text.find(entity.text)) >= 0
        )
        start = 0
        while start < len(spots):
            at, end, entity = spots[start]
            before = words_of(text[max(0, at - _DEED_CHARS) : at])
            if before and before[-1] == "the":
                before.pop()
            written = without_marks(entity.text)
            if not (
                before
                and before[-1] in LIST_PLACING_WORDS
                and (entity.kind is EntityKind.PLACE or " ".join(words_of(written)) in COUNTRIES)
            ):
                start += 1
                continue
            kind = before[-1]
            members = [entity.text]
            start += 1
            while start < len(spots) and _LIST_JOINER.fullmatch(text, end, spots[start][0]):
                members.append(spots[start][2].text)
                end = spots[start][1]
                start += 1
            deed = frozenset(stem_words([w for w in before[-3:-1] if w not in FUNCTION_WORDS]))
            if deed:
                keyed = tuple((m, " ".join(_place_words(m, kind))) for m in members)
                lists[kind].add((deed, keyed))
    return {kind: next(iter(told)) for kind, told in lists.items() if len(told) == 1}


_LIST_JOINER = compiled(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")
"""What stands between two members of a list of places: ", ", ", and ", " and ", " or ", a "the"."""


def _place_words(place: str, kind: str) -> list[str]:
    """The words of a place's name (`_places_told`), without the body's named after it ("Norbury
    Crown Court": "norbury"), without diacritics: "Ménaka" and "Menaka" are one town."""
    words = words_of(without_marks(place))
    if (named := COUNTRY_NAMES.get(" ".join(words))) is not None:
        return named.split()  # ("the UAE" is "United Arab Emirates")
    if kind.startswith(INSTITUTION_KEY):  # ("St Anna Hospital": "st anna"; "Elmsford FC": "elmsford")
        return [w for w in words if w not in INSTITUTION_KINDS and w not in FUNCTION_WORDS]
    return words[: -len(kind.split())] if kind in PLACE_NAMED_BODIES else words


def _places_told(facts: list[Fact]) -> dict[str, tuple[str, frozenset[str]]]:
    """The places an article's facts set their deeds in, by kind of mention (PLACING_WORDS: "in",
    "at"; "of" after a word for a town, TOWN_WORDS: "his home town of Braga"; or a body named after
    its place, PLACE_NAMED_BODIES: "crown court"; an institution in a role, `_institution_role`:
    "Dr Holm of Lund University", "taken to St Anna Hospital"), or a country doing a deed for others
    (AGENT_DEEDS: "mediated by Oman"), each with the stems of the two words before its word (the
    deed: "injured four workers in", "home town of"; none for a court; the role's head for an
    institution; the deed's kind for a country: "mediate"). A kind told of two places, or of a
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
                if kind is not None:
                    places[kind].add((entity.text, frozenset()))
                elif (role := _institution_role(text, at, at + len(entity.text), name)) is not None:
                    places[role[0]].add((entity.text, role[1]))
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
    mine, theirs = " ".join(ours), " ".join(others)
    if _holds(mine, theirs) or _holds(theirs, mine):
        return False  # (a continent and a country, a state and its country)
    if {mine, theirs} <= COUNTRIES:
        return mine != theirs  # ("United States", "United Arab Emirates")
    if not ours or not others or any(x.startswith(y) or y.startswith(x) for x, y in product(ours, others)):
        return False
    if [_written(w) for w in ours] == [_written(w) for w in others]:
        return False  # one place written from another alphabet two ways: "Yekaterinburg", "Jekaterinburg"
    holding = [_may_hold_places(ours), _may_hold_places(others)]
    return not any(holding) or {" ".join(ours), " ".join(others)} <= COUNTRIES


def _holds(place: str, other: str) -> bool:
    """Whether a place of COUNTRIES (its words, joined) holds another there: a continent a country
    ("Europe", "Germany"), a country one of its states (STATES_OF: "United States", "Texas")."""
    if place in CONTINENTS:
        return other not in CONTINENTS
    return STATES_OF.get(other) == place


CONTINENTS = frozenset(("europe", "africa", "asia"))
"""Continents of COUNTRIES, each of which may hold a country another article names ("in Europe and
Asia", "in Germany and Asia": no conflict)."""
STATES_OF = dict.fromkeys(("california", "texas", "florida", "new york"), "united states")
"""States of COUNTRIES, by the country that holds them (as `_place_words` names it)."""


def _may_hold_places(words: list[str]) -> bool:
    """Whether a place's name may be a region's or a country's (REGION_WORDS: "West Marland", "Lake
    County"; REGION_ENDINGS; COUNTRIES), which may hold a town another article names."""
    return " ".join(words) in COUNTRIES or any(w in REGION_WORDS or w.endswith(REGION_ENDINGS) for w in words)


PLACING_WORDS = frozenset(("in", "at", "near", "outside"))
"""Words before a place that set a deed in it ("killed in Halsworth"), of one kind each: "in
Halsworth" is compared with "in Brackley", not with "near Brackley". Not "from" or "to", which tell
where a journey starts or ends."""
LIST_PLACING_WORDS = PLACING_WORDS | {"across"}
"""Words before a list of places that set a deed in them (`_place_lists`): "sold in", "sold across"."""
PLACE_NAMED_BODIES = ("crown court", "magistrates court", "magistrates' court", "county court", "police")
"""Bodies named after their place ("Norbury Crown Court", "Marland Police"), of one kind each."""
TOWN_WORDS = frozenset("town hometown city village port island".split())
"""Words before "of" and a place that name it as one ("his home town of Braga", "the port of
Bar"): any capitalised name after them is a place, known or not."""


def _institution_role(text: str, start: int, end: int, name: str) -> tuple[str, frozenset[str]] | None:
    """The kind and role of an institution named at `start:end` of `text` (`name`: its words, lower
    case) for `_places_told`: one whose name opens or ends with a word of INSTITUTION_KINDS ("St Anna
    Hospital", "Elmsford FC", "Institute of Marine Science"), keyed by its kind and the word before it
    (ROLE_WORDS: "of", "at" and "from" after a person are one, where the person works: "Dr Holm of
    Lund University", "at Lund University"), with the stems of the two words before that word (the
    role's head: "holm", "taken"); one after no such word by the stem of the word after it (its deed:
    "Elmsford FC said"). Else None: two hospitals are told apart only in one role ("taken to St
    Anna Hospital", "taken to Wexbury General Hospital"), not "born at" one and "treated at" the other."""
    words = name.split()
    kind = INSTITUTION_KINDS.get(words[-1]) or (INSTITUTION_KINDS.get(words[0]) if " of " in name else None)
    if kind is None or len(words) < 2:
        return None  # (most bodies)
    before = words_of(text[max(0, start - _DEED_CHARS) : start])
    if before and before[-1] == "the":
        before.pop()
    if before and before[-1] in ROLE_WORDS:
        head = [w for w in before[-3:-1] if w not in FUNCTION_WORDS and not w[0].isdigit()]
        if not head:
            return None
        return f"{INSTITUTION_KEY}{kind} {ROLE_WORDS[before[-1]]}", frozenset(stem_words(head))
    after = _WORD_AFTER.match(text, end)
    if after is None or after[1] in FUNCTION_WORDS:
        return None
    return f"{INSTITUTION_KEY}{kind}", frozenset(stem_words([after[1]]))


INSTITUTION_KEY = "institution "
"""What opens `_places_told`'s kind of an institution (`_institution_role`)."""
INSTITUTION_KINDS = {
    **{k: k for k in "university hospital clinic institute college school academy museum bank".split()},
    **dict.fromkeys("fc afc united club".split(), "club"),
}
"""Words that tell an institution's kind at its name's end or, before "of", its start ("Lund
University", "University of Lund": one), by the kind compared: "Elmsford FC" and "Harbour United"
are two clubs. Two of one kind in one role are a name conflict."""
ROLE_WORDS = {
    **dict.fromkeys(("of", "at", "from"), "of"),
    **{w: w for w in "by for to in with against".split()},
}
"""Words before an institution that tell its role (`_institution_role`), by the role compared."""


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
