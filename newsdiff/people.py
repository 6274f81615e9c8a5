"""People's names as outlets write them: given names that may name one person ("Jim" and "James",
"J." and "Jorge", "Alex" and "Alexander", "Mehmet" and "Mehmed"), spellings without diacritics, and
transliterations of one name into the Latin alphabet ("Petrescu" and "Petresku"). Read by the name
conflicts (`conflicts.names`: who made a statement, whether two people of one family are one) and by
the claim conflicts (`polarity`: whether two doers named in full are one), so that the two stages
agree on who is one person.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Any

from newsdiff.language import COMPOUNDING, NAME_ENDINGS
from newsdiff.patterns import compiled
from newsdiff.segment import stem_words, without_marks

DECLINING = COMPOUNDING | NAME_ENDINGS.keys()
"""Languages whose names and the adjectives in them decline: German "der Freien Liste", "Freier
Liste"; Polish, Russian (`language.NAME_ENDINGS`)."""
DECLINED_BASE = 4
"""Letters two forms of a declined name share at least (`one_form`)."""
SHORT_FORM = 3
"""Letters a given name's short form has at least ("Alex" of "Alexander", "Chris" of "Christopher");
one letter is an initial ("J."), two are a short form only as a nickname ("Al" of "Alan")."""


def given_spelling(word: str) -> str:
    """A name as outlets may spell it alike: without diacritics, its doubled letters single and "y"
    as "i" ("José", "Jose"; "Sergei", "Sergey")."""
    plain = without_marks(word.casefold().rstrip(".")).replace("y", "i")
    return "".join(char for i, char in enumerate(plain) if i == 0 or char != plain[i - 1])


@lru_cache(maxsize=4096)
def transliterated(name: str) -> str:
    """A name (`given_spelling`'s, or `_family_spelling`'s) as its transliterations into the Latin
    alphabet write it alike (TRANSLITERATED, then a final "d" as "t"): "Petrescu" and "Petresku",
    "Sokolova" and "Sokolowa", "Shchukin" and "Schtschukin", "Mehmet" and "Mehmed", "Yuri" and
    "Juri" are one name, a spelling; "Russell" and "Russel", "Halvorsen" and "Halvorson" stay two
    (`_near_families`: one of them wrong)."""
    folded = TRANSLITERATED.sub(lambda found: _TRANSLITERATED[found.group()], name)
    return folded[:-1] + "t" if folded.endswith("d") and len(folded) > 3 else folded


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


def one_given_name(mine: tuple[str, ...], theirs: tuple[str, ...], language: str | None) -> bool:
    """Whether two people's given names (`given_spelling`'s) may name one person: one given name in
    common, or its form (`language`, both sides' if one: one Snowball stem; in a language that
    declines names, `one_form`), an initial of the other ("J.", "Jorge"), a short form of it
    ("Alex", "Alexander") or a nickname (`nicknames`: "Bob", "Robert"; "Bob", "Rob" both of
    "Robert")."""
    for x, y in product(mine, theirs):
        short, long = sorted((x, y), key=len)
        if long.startswith(short) and (len(short) == 1 or len(short) >= SHORT_FORM):
            return True
        if transliterated(x) == transliterated(y):
            return True  # ("Mehmet", "Mehmed"; "Yuri", "Juri")
        if nicknames(x) & nicknames(y):
            return True
        if language is not None and len(set(stem_words([x, y], language))) == 1:
            return True
        if language in DECLINING and one_form(x, y):
            return True
    return False


def one_form(x: str, y: str) -> bool:
    """Whether two words may be forms of one, declined: alike but for their last letter or two
    ("freien", "freier")."""
    common = next((i for i, (a, b) in enumerate(zip(x, y, strict=False)) if a != b), min(len(x), len(y)))
    return common >= DECLINED_BASE and max(len(x), len(y)) - common <= 2


@lru_cache(maxsize=4096)
def nicknames(name: str) -> frozenset[str]:
    """A given name's nicknames and the names it is a nickname of, and itself (English given names,
    from the `nicknames` package's hand-curated table; read once, at the first given names that
    differ)."""
    return frozenset(_nick_namer().nicknames_of(name) | _nick_namer().canonicals_of(name) | {name})


@lru_cache(maxsize=1)
def _nick_namer() -> Any:
    from nicknames import NickNamer

    return NickNamer()


def a_known_given_name(word: str) -> bool:
    """Whether a word is a given name of the `nicknames` table, which knows it with another form
    ("Peter", "Pete"; "Mark", "Marcus"; "Tom", "Thomas"): a given name though a common word too,
    where "Bestuurder" (a board member) or "Former" is none."""
    folded = without_marks(word.casefold())
    return len(folded) > 1 and len(nicknames(folded)) > 1
