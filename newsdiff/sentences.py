"""Sentences of a paragraph, split by the rules of its language.

The splitter is sentencex (Wikimedia's rule-based splitter for ~300 languages), which knows
abbreviations ("Mr.", "U.S.", "p.m."), initials and quotations, curly or straight, and costs about
1 ms to import. What it gets wrong in news copy is mended here: a piece it leaves on its own (a
closing quotation mark, a cut after an abbreviation it does not know) joins the sentence before it;
a sentence ending in a word it takes for an abbreviation ("in May. The", "said no. Turnout") is cut
there; French "M. Dupont" and German "inkl. 19 Prozent" end nothing; a German sentence may open with
a figure ("starben. 47 weitere").
"""

from __future__ import annotations

from newsdiff.patterns import compiled
from newsdiff.quantities import TIME_ZONES, names_a_zone

WORDS_NOT_ABBREVIATED = ("May", "may", "me", "no", "art", "arc", "ill", "miss", "ok")
"""Words the splitter takes for abbreviations ("Mar.", "Ill." for Illinois, "No. 10", "Art. 5")
though, written thus, they are whole words: a sentence ending in one ("The law takes effect in
May.", "Voters said no.") ends there when a capitalised word follows."""

_TITLE_ENDS = tuple(f"{space}{word}." for word in ("Mr", "Mrs", "Ms") for space in (" ", "\n"))
"""A piece ending in one of these ends in a form of address written short: no sentence does. (The
splitter cuts after "Ms." and no other title; "Dr." and "St." may end a street's name, "Sgt." a
rank: "on Ocean Dr. | Two people were hurt.")"""
_FRENCH_TITLES = frozenset(("M.", "MM.", "Mme.", "Mlle."))
"""French forms of address written short that the splitter may cut after ("le maire, M. | Dupont")."""
_FIGURE_OPENS = compiled(r"([^\W\d_][.!?]\s+)\d")
"""A figure after a word and the mark that may end its sentence ("starben. 47 weitere")."""
_GERMAN_BEFORE_FIGURES = frozenset(
    "inkl zzgl max mind gegr geb tel abs kap ziff bd jg az pkt ausg tab abb anm fn aufl kl okt dez".split()
)
"""German abbreviations written before a figure ("inkl. 19 Prozent", "Abs. 3") that the splitter
does not know: a piece after one that opens with a figure goes on the sentence (`_german_pieces`)."""

_WHOLE_WORD_ENDS = tuple(f" {word}." for word in WORDS_NOT_ABBREVIATED)
_WHOLE_WORD_END = compiled(
    r"\b(?:" + "|".join(WORDS_NOT_ABBREVIATED) + r")\.[\"”’]?(?=\s+[\"“‘]?(?P<next>[^\W\d_]))"
)
"""A word of WORDS_NOT_ABBREVIATED ending a sentence, when the letter `next` opening the next is a
capital ("in May. Élise Roy": `re` has no class of capitals beyond ASCII, so `str.isupper` tells)."""
CLOCK_ENDS = ("a.m.", "p.m.", "A.M.", "P.M.")
"""How a clock time written in English ends: the splitter may cut after one ("before 6 a.m. | ET")."""
_ALNUM = compiled(r"[^\W_]")
ORDINAL_PERIOD = frozenset(("de", "pl"))
"""Languages that write an ordinal as a figure and a period ("3. Oktober", "1. FC Köln", "3. maja"):
a paragraph opening with one is not cut after it (`_cut_too_soon`)."""
_ORDINAL = compiled(r"\d{1,3}\.")


def split_sentences(paragraph: str, language: str = "en") -> list[str]:
    """The sentences of one paragraph, stripped, in order.

    A splitter can leave a closing quotation mark on its own or cut after an abbreviation it does
    not know (the next piece then starts in lower case); such a piece joins the sentence before it.
    """
    sentences: list[str] = []
    for piece in _pieces(paragraph, language):
        piece = piece.strip()
        if not piece:
            continue
        if sentences and (
            not _ALNUM.search(piece) or piece[0].islower() or _cut_too_soon(sentences[-1], piece, language)
        ):
            sentences[-1] = sentences[-1] + ("" if not _ALNUM.search(piece) else " ") + piece
        else:
            sentences.append(piece)
    return sentences


def _cut_too_soon(before: str, piece: str, language: str = "en") -> bool:
    """Whether the splitter cut after a title written short ("said Ms. | Jones, 54"; French "le
    maire, M. | Dupont"; German "inkl. | 19 Prozent") or between a clock time and its time zone
    ("before 6 a.m. | ET on Wednesday", "at 4:12 a.m. | Eastern time, knocked"): no sentence ends there."""
    if before.endswith(_TITLE_ENDS) or (language == "fr" and _ends_in_french_title(before)):
        return True
    if language in ORDINAL_PERIOD and _ORDINAL.fullmatch(before):
        return True  # "3. | Oktober: Der Stadtrat ...", "1. | FC Köln gewann": an ordinal opens it
    if language == "de" and piece[:1].isdigit() and before.endswith("."):
        return before.rpartition(" ")[2].rstrip(".").casefold() in _GERMAN_BEFORE_FIGURES
    return before.endswith(CLOCK_ENDS) and (
        piece.split(maxsplit=1)[0].rstrip(".,;") in TIME_ZONES or names_a_zone(piece)
    )


def _ends_in_french_title(before: str) -> bool:
    """Whether a piece ends in a French form of address written short (`_FRENCH_TITLES`)."""
    return before.rpartition(" ")[2] in _FRENCH_TITLES


def _pieces(paragraph: str, language: str) -> list[str]:
    import sentencex

    if language == "de" and _FIGURE_OPENS.search(paragraph):
        pieces = _german_pieces(paragraph)
    else:
        pieces = list(sentencex.segment(language, paragraph))
    # (the words are looked for in C, where the regular expression took ~40 us a paragraph; through
    # `map`, without a generator's steps: ~1 us a paragraph)
    if not any(map(paragraph.__contains__, _WHOLE_WORD_ENDS)):
        return pieces
    return [part for piece in pieces for part in _split_after_whole_words(piece)]


def _german_pieces(paragraph: str) -> list[str]:
    """The pieces of a German paragraph in which a figure follows a word's end mark ("starben. 47
    weitere"): German's rules cut before no figure (an ordinal's period, "am 3. Oktober", ends
    nothing), so the splitter reads the paragraph with a letter for each such figure's first digit,
    and its abbreviations ("ca. 200", "Nr. 5") still end no sentence (`_GERMAN_BEFORE_FIGURES`
    those it does not know)."""
    import sentencex

    masked = _FIGURE_OPENS.sub(r"\g<1>X", paragraph)
    pieces, start = [], 0
    for piece in sentencex.segment("de", masked):
        pieces.append(paragraph[start : start + len(piece)])
        start += len(piece)
    return pieces if start == len(paragraph) else list(sentencex.segment("de", paragraph))


def _split_after_whole_words(piece: str) -> list[str]:
    """A piece cut after each sentence ending in a word of WORDS_NOT_ABBREVIATED, but inside a
    quotation, which the splitter keeps whole as one sentence ('"I told him no. Not in this wind."')."""
    parts, start = [], 0
    for match in _WHOLE_WORD_END.finditer(piece):
        if match["next"].isupper() and not _inside_a_quote(piece[: match.end()]):
            parts.append(piece[start : match.end()])
            start = match.end()
    return [*parts, piece[start:]]


def _inside_a_quote(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end: an odd number of straight
    double quotes, or more curly ones opened than closed."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")
