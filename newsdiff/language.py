"""Stop words of the languages newsdiff reads most, and a light language guess built on them.

The cleaner uses stop words twice: the share of a block's words that are stop words tells prose
from menus and labels (as in jusText), and the list that matches a document best names its language.
The lists are the most frequent function words of each language, short on purpose: they cover a
third to a half of running prose and almost nothing of a menu, a tag line or a credit.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from newsdiff.patterns import compiled

MIN_LANGUAGE_HITS = 8
"""Stop words a text must hold before its language is named; fewer and the guess is noise."""

LANGUAGE_MARGIN = 1.3
"""The best language must match this many times more stop words than the runner-up."""

_STOP_WORDS: dict[str, str] = {
    "en": """a about after against all also an and any are as at be been before being between both
        but by can could did do does during for from had has have he her his how i if in into is it
        its more most no not of on once only or other our out over said says she should so some
        such than that the their them then there these they this those through to under until up
        very was we were what when where which while who will with would you your""",
    "de": """aber als am an auch auf aus bei bis da damit dann das dass dem den denn der des die
        dies diese dieser doch durch ein eine einem einen einer eines er es für gegen habe haben hat
        hatte ich ihr ihre im in ist jetzt kann kein keine mit nach nicht noch nun nur ob oder ohne
        sein seine sich sie sind so soll über um und uns unter vom von vor war waren was weil wenn
        werden wie wir wird wurde wurden zu zum zur zwischen""",
    "fr": """à au aux avait avec avoir c ce cela ces cette comme d dans de des du elle elles en
        est et été être il ils j l la le les leur leurs lui mais me même n ne nous on ont ou où par
        pas plus pour qu que qui s sa sans se ses si son sont sur ta tout tous très un une vous y
        a été depuis selon après entre""",
    "es": """a al algo como con contra cuando de del desde donde durante e el ella ellos en entre
        era es esa ese eso esta este esto fue ha han hasta hay la las le les lo los más mi muy ni no
        nos o para pero por porque que quien se sea según ser si sin sobre su sus también tras un
        una uno y ya""",
    "it": """a ad al alla alle anche che chi ci come con da dal dalla degli dei del della delle di
        e è gli ha hanno i il in la le lo loro ma nei nel nella non o per più questo questa se si
        sono su sua suo sul sulla tra un una uno""",
    "pt": """a ao aos as com como da das de do dos e é ela ele eles em entre era essa esse foi há
        isso já mais mas na nas não no nos o os ou para pela pelo por que se sem ser seu sua são
        também um uma""",
    "nl": """aan al als bij dan dat de den der die dit door een en er had heb hebben het hij hoe
        in is je kan maar met na naar niet nog of om onder ook op over te tot uit van voor was
        werd wat we wel worden wordt zal ze zich zij zijn""",
    "ru": """а без бы был была были было в вам вас во вот все всё где да для до его ее её если
        есть еще ещё же за и из или им их к как ко когда кто ли либо мы на над не него нее ней
        нет ни но о об однако он она они оно от по под при с со так также такой там то тоже
        только том у уже что чтобы это эти этот я""",
    "pl": """a aby ale bez by był była było być czy dla do go i ich ja jak jako jednak jego jej
        jest jeszcze już ku lub ma mi na nad nie niż o od oraz po pod przez przy się są ta tak
        także te tego tej to tym w we więc z za ze że""",
}

WORD = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
"""A word for counting: letters, with an inner apostrophe ("don't", "l'homme" stays one)."""


@cache
def stop_words(language: str | None) -> frozenset[str]:
    """The stop words of a language, or of every language known when it is None or unknown."""
    if language in _STOP_WORDS:
        return frozenset(_STOP_WORDS[language].split())
    return frozenset(word for words in _STOP_WORDS.values() for word in words.split())


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages it belongs to, so a text's words are looked up once."""
    index: dict[str, list[str]] = {}
    for lang, words in _STOP_WORDS.items():
        for word in words.split():
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def words_of(text: str) -> list[str]:
    """The words of text, casefolded, with elided articles split off ("l'homme" -> "l", "homme")."""
    found = WORD.findall(text.casefold())
    if "'" not in text and "’" not in text:
        return found
    out: list[str] = []
    for word in found:
        head, _, tail = word.replace("’", "'").partition("'")
        if tail and len(head) <= 2:  # French and Italian elision: l', d', qu', dell'
            out.extend((head, tail))
        else:
            out.append(word)
    return out


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language whose stop words text uses most, or None when unsure."""
    counts = dict.fromkeys(_STOP_WORDS, 0)
    languages_of = _languages_of()
    for word, n in Counter(words_of(text)).items():
        for lang in languages_of.get(word, ()):
            counts[lang] += n
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < MIN_LANGUAGE_HITS or hits < LANGUAGE_MARGIN * second:
        return None
    return best


def stop_density(words: list[str], language: str | None) -> float:
    """The share of words that are stop words of the language."""
    if not words:
        return 0.0
    stops = stop_words(language)
    return sum(1 for w in words if w in stops) / len(words)
