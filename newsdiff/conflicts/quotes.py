"""Quote conflicts: quotes of one statement worded differently, not a part of another, and a
verdict of a word or two (`_quote_conflict`, `_short_quotes`); two people's quotes that share few
words are two statements (`_quoted_by_others`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from itertools import combinations

from rapidfuzz.distance import Indel, Levenshtein

from newsdiff.conflicts.names import _name_words
from newsdiff.language import words_of
from newsdiff.model import EntityKind, Fact
from newsdiff.segment import short_quotes

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
_NEGATIONS = frozenset(
    "not never no nor nicht nie niemals kein keine pas jamais ne n nunca non mai não niet nooit geen "
    "не никогда nie nigdy".split()
)
"""Words that deny what follows them, in the languages read (`_same_wording`): "not ready to strike"."""


def _short_quotes(facts: list[Fact]) -> list[str]:
    """The words of one or two that an article's facts quote (`segment.short_quotes`), for an
    article that quotes no statement: a verdict quoted in other words is a quote conflict too."""
    return [q for f in facts for q in short_quotes(f.sentence.text, f.language)]


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
