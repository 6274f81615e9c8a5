"""Generate newsdiff's three word tables, once, from well-kept public resources (not run by newsdiff).

    python3 -m venv /tmp/lex && /tmp/lex/bin/pip install wordfreq PyStemmer
    apt-get install wordnet-base            # Princeton WordNet 3.0 database, Debian's package
    /tmp/lex/bin/python scripts/make_lexicon.py

1. `newsdiff/data/background_en.tsv`: the Snowball stems of wordfreq's 40,000 most frequent English
   words, each with the Zipf frequency (log10 of occurrences per billion words, times 10, rounded) of
   its most frequent word. Alignment reads it to weigh a word by how rare it is in English at large,
   so that two articles alone still tell "the" from "Putin". (wordfreq takes ~0.26 s to import and
   look up its first word; this table loads in a few milliseconds.) Data: wordfreq, CC BY-SA 4.0.
   The same for the other languages newsdiff reads facts in (OTHER_LANGUAGES), from their 25,000
   most frequent words: `background_de.tsv`, `background_fr.tsv`, ...
2. `newsdiff/data/synonyms_en.tsv`: groups of stems that WordNet lists in one synset, kept only
   where that synset is among the two most frequent senses of every word in the group (so "join"
   and "unite" stay together, while "meet" and "satisfy", a rare sense, do not), among single words
   that wordfreq knows. Written as each stem with the numbers of its groups (in the sorted order of
   the groups), sorted by stem, so that newsdiff looks a stem up by binary search instead of
   parsing the table. Data: WordNet 3.0, (c) 2006 Princeton University, WordNet 3.0 license.
3. `newsdiff/data/common_en.tsv`: the stems of the single words that WordNet writes in lower case
   (a common noun, verb, adjective or adverb: "diver", "inspection", "nobody", "seismologist";
   WordNet writes names capitalised: "Putin", "London"; a country's name is left out although a
   common word writes it too: "turkey", "china"), and of their irregular forms ("thieves"),
   each with those parts of speech (n, v, a, r). A capitalised word opening a sentence is read as
   a name only when it is not one of these, or when the article also writes it capitalised
   elsewhere (`segment.drop_common_openers`). Same data and license as 2.

With `--nouns` it writes only `newsdiff/data/nouns_en.tsv` (no wordfreq needed): each single-word
noun of WordNet (and its irregular plurals, "wolves") whose Snowball stem the English background
table holds, with the kinds of thing its TOP_SENSES most frequent senses name, a letter for each
lexicographer file (NOUN_KINDS: "p" a person or a group of people, "d" an artefact, "u" a
quantity, ...; "a" the unique beginners, "animal", "thing"). Alignment reads it to tell whether two
sentences' like figures count the same kind of thing ("2,000 residents", "2,000 tents":
`similarity.counted_kinds`). Same data and license as 2.

With `--related hypernym,sister,...` (RELATIONS) it writes only a table of groups of stems that
other WordNet relations join, in the format of 2 (`--out`, default `newsdiff/data/related_en.tsv`),
and none of the tables above: newsdiff does not read it. It was made to try the relations as a
20th alignment feature; bench/align_quality.py's docstring ("Tried and not kept", lexrel23) has
the figures, e.g. `--related sister` for the variant that came closest.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import Stemmer

try:  # (--nouns does without it)
    import wordfreq
except ImportError:
    wordfreq = None

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdiff.language import FACT_LANGUAGES  # noqa: E402  (the languages whose tables are made)

DATA = ROOT / "newsdiff" / "data"
WORDNET = Path("/usr/share/wordnet")
TOP_WORDS = 40_000
TOP_WORDS_OTHERS = 25_000
"""Words of the other languages' tables: ~150 KB each, down to a Zipf frequency of about 3 (rarer
words are rare enough: `lexicon.rarity` gives 0.88 there and 1 beyond)."""
OTHER_LANGUAGES = {code: stemmer for code, stemmer in FACT_LANGUAGES.items() if code != "en"}
"""The other languages whose facts newsdiff reads (`newsdiff.language.FACT_LANGUAGES`), with the
Snowball stemmer of each."""
TOP_SENSES = 2
RELATIONS = ("hypernym", "sister", "derivation", "similar", "verb_group")
"""The relations `--related` can take: a top sense's hypernym one step up ("ferry": "boat"), its
sisters under that hypernym ("ferry": "tug"), derivationally related forms across parts of speech
("cancel": "cancellation"; Snowball gives many of them one stem already), adjectives similar to one
another ("damaged": "broken") and verbs of one verb group."""
MAX_HYPONYMS = 25
"""A hypernym with more direct hyponyms than this is too general to relate its words ("change",
"act", "person")."""
NOUN_FILES = (
    "Tops act animal artifact attribute body cognition communication event feeling food group location"
    " motive object person phenomenon plant possession process quantity relation shape state substance time"
).split()
"""WordNet's noun lexicographer files (noun.Tops is number 3, the rest follow in this order)."""
NOUN_KINDS = {name: chr(ord("a") + i) for i, name in enumerate(NOUN_FILES)} | {"group": "p"}
"""Each file's letter in nouns_en.tsv; a group of people ("crew", "household") is a person's kind."""
FIRST_NOUN_FILE = 3
POS = ("noun", "verb", "adj", "adv")
POS_LETTERS = "nvar"
_WORD = re.compile(r"^[a-z]+$")
_NAME = re.compile(r"^[A-Z][a-z]+$")
_COUNTRY_KIND = re.compile(r"(?:country|nation|republic|kingdom|continent)$", re.I)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--related",
        default="",
        help=f"write related_en.tsv from these WordNet relations, comma-separated ({', '.join(RELATIONS)})",
    )
    parser.add_argument(
        "--related-senses", type=int, default=TOP_SENSES, help="senses of a word they start from"
    )
    parser.add_argument("--max-hyponyms", type=int, default=MAX_HYPONYMS)
    parser.add_argument("--out", default=str(DATA / "related_en.tsv"), help="where related_en.tsv goes")
    parser.add_argument("--nouns", action="store_true", help="write only nouns_en.tsv")
    args = parser.parse_args()
    stemmer = Stemmer.Stemmer("english")
    if args.nouns:
        kinds_of = noun_kinds(stemmer)
        (DATA / "nouns_en.tsv").write_text(
            "# word\tthe kinds of thing (WordNet lexicographer files, a letter each) its most frequent"
            " senses as a noun name (WordNet 3.0 (c) 2006 Princeton University; made by"
            " scripts/make_lexicon.py --nouns)\n"
            + "".join(f"{word}\t{''.join(sorted(kinds))}\n" for word, kinds in sorted(kinds_of.items())),
            encoding="utf-8",
        )
        print(f"{len(kinds_of)} nouns")
        return
    if args.related:
        kinds = args.related.split(",")
        if unknown := set(kinds) - set(RELATIONS):
            parser.error(f"unknown relations {sorted(unknown)}")
        known_words = {w for w in wordfreq.top_n_list("en", TOP_WORDS) if _WORD.match(w)}
        related = related_groups(kinds, stemmer, known_words, args.related_senses, args.max_hyponyms)
        Path(args.out).write_text(
            f"# stem\tthe groups of WordNet-related stems ({args.related}) it belongs to, by number"
            " (WordNet 3.0 (c) 2006 Princeton University; made by scripts/make_lexicon.py)\n"
            + "\n".join(synonym_index(sorted(related)))
            + "\n",
            encoding="utf-8",
        )
        print(f"{len(related)} groups of related stems ({args.related})")
        return
    words = [w for w in wordfreq.top_n_list("en", TOP_WORDS) if _WORD.match(w)]
    lines = background(words, "en", stemmer)
    for language, algorithm in OTHER_LANGUAGES.items():
        foreign = [w for w in wordfreq.top_n_list(language, TOP_WORDS_OTHERS) if w.isalpha()]
        background(foreign, language, Stemmer.Stemmer(algorithm))
    known = set(words)
    common = common_stems(stemmer)
    (DATA / "common_en.tsv").write_text(
        "# stem\tthe parts of speech (n v a r) of the words WordNet writes in lower case"
        " (WordNet 3.0 (c) 2006 Princeton University; made by scripts/make_lexicon.py)\n"
        + "\n".join(
            f"{stem}\t{''.join(sorted(p, key=POS_LETTERS.index))}" for stem, p in sorted(common.items())
        )
        + "\n",
        encoding="utf-8",
    )
    groups: set[tuple[str, ...]] = set()
    for pos in POS:
        top = _top_senses(WORDNET / f"index.{pos}")
        for offset, lemmas in _synsets(pos):
            keep = [w for w in lemmas if w in known and offset in top.get(w, ())]
            stems = sorted({stemmer.stemWord(w) for w in keep})
            if len(stems) >= 2:
                groups.add(tuple(stems))
    (DATA / "synonyms_en.tsv").write_text(
        "# stem\tthe synonym groups it belongs to, by number: two stems sharing one are synonyms"
        " (WordNet 3.0 (c) 2006 Princeton University; made by scripts/make_lexicon.py)\n"
        + "\n".join(synonym_index(sorted(groups)))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(lines)} stems, {len(groups)} synonym groups, {len(common)} common stems")


def noun_kinds(stemmer: Stemmer.Stemmer) -> dict[str, set[str]]:
    """Each single-word noun whose stem the English background table holds (and each irregular
    plural of one), with the letters (NOUN_KINDS) of its TOP_SENSES most frequent senses' files."""
    known = {
        line.partition("\t")[0]
        for line in (DATA / "background_en.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    }
    files = {parts[0]: NOUN_FILES[int(parts[1]) - FIRST_NOUN_FILE] for parts in _synset_lines("noun")}
    senses: dict[str, list[str]] = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if not line.startswith(" ") and _WORD.match(parts[0]):
            senses[parts[0]] = parts[len(parts) - int(parts[2]) :][:TOP_SENSES]
    forms = [(lemma, lemma) for lemma in senses]
    for line in (WORDNET / "noun.exc").read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        forms += [(form, lemma) for lemma in lemmas if lemma in senses and _WORD.match(form)]
    found: dict[str, set[str]] = defaultdict(set)
    for form, lemma in forms:
        if stemmer.stemWord(form) in known:
            found[form].update(NOUN_KINDS[files[offset]] for offset in senses[lemma])
    return found


def background(words: list[str], language: str, stemmer: Stemmer.Stemmer) -> list[str]:
    """Write `background_<language>.tsv`: each stem of `words` with the Zipf frequency (times 10) of
    its most frequent word; return its lines."""
    zipf: dict[str, int] = {}
    for word in words:
        stem = stemmer.stemWord(word)
        value = round(10 * wordfreq.zipf_frequency(word, language))
        zipf[stem] = max(zipf.get(stem, 0), value)
    lines = [f"{stem}\t{value}" for stem, value in sorted(zipf.items())]
    (DATA / f"background_{language}.tsv").write_text(
        "# stem\tzipf*10 (wordfreq, CC BY-SA 4.0; made by scripts/make_lexicon.py)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return lines


def common_stems(stemmer: Stemmer.Stemmer) -> dict[str, set[str]]:
    """Stems of the single words that WordNet writes in lower case, and of their irregular forms
    (the `.exc` files: "thieves" for "thief"), with their parts of speech: the lemmas of the data
    files keep their case, so a name is capitalised there."""
    common: dict[str, set[str]] = defaultdict(set)
    countries = _countries()
    for pos, letter in zip(POS, POS_LETTERS, strict=True):
        # lower case letters only: a name is capitalised; a country's name is no common word
        # although a common word writes it too ("turkey", "china", "japan")
        lemmas = {
            lemma
            for parts in _synset_lines(pos)
            for lemma in _lemmas(parts)
            if _WORD.match(lemma) and lemma not in countries
        }
        for line in (WORDNET / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            if _WORD.match(form) and lemmas.intersection(bases):
                lemmas.add(form)
        for lemma in lemmas:
            common[stemmer.stemWord(lemma)].add(letter)
    return common


def _countries() -> set[str]:
    """The names of countries and continents, in lower case: the single capitalised lemmas of the
    noun synsets that are instances of a "... country", "... nation", "... republic", "... kingdom"
    or "... continent" ("Turkey", an instance of "Asian country")."""
    synsets = {parts[0]: parts for parts in _synset_lines("noun")}
    kinds = {
        offset
        for offset, parts in synsets.items()
        if any(_COUNTRY_KIND.search(lemma) for lemma in _lemmas(parts))
    }
    names = set()
    for parts in synsets.values():
        count = int(parts[3], 16)
        pointers = parts[5 + 2 * count :]
        instance_of = {
            pointers[i + 1] for i in range(0, 4 * int(parts[4 + 2 * count]), 4) if pointers[i] == "@i"
        }
        if instance_of & kinds:
            names.update(lemma.lower() for lemma in _lemmas(parts) if _NAME.match(lemma))
    return names


@lru_cache(maxsize=len(POS))
def _synset_lines(pos: str) -> list[list[str]]:
    """The synsets of a part of speech, each its data file's line split into fields (read once)."""
    lines = (WORDNET / f"data.{pos}").read_text(encoding="latin-1").splitlines()
    return [line.split() for line in lines if not line.startswith(" ")]


def _lemmas(parts: list[str]) -> list[str]:
    """The lemmas of a synset's line in a data file, as written (without a marker like "(a)")."""
    return [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(int(parts[3], 16))]


def synonym_index(groups: list[tuple[str, ...]]) -> list[str]:
    """Lines `stem<TAB>numbers of its groups`, sorted by stem (newsdiff's binary search needs it)."""
    index: dict[str, list[int]] = defaultdict(list)
    for number, group in enumerate(groups):
        for stem in group:
            index[stem].append(number)
    return [f"{stem}\t{' '.join(map(str, numbers))}" for stem, numbers in sorted(index.items())]


def _top_senses(index: Path) -> dict[str, set[str]]:
    """Per single word, the offsets of its TOP_SENSES most frequent senses (WordNet orders them)."""
    top: dict[str, set[str]] = defaultdict(set)
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, synset_count, pointer_count = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[6 + pointer_count : 6 + pointer_count + synset_count]
        if _WORD.match(lemma):
            top[lemma].update(offsets[:TOP_SENSES])
    return top


def related_groups(
    kinds: list[str], stemmer: Stemmer.Stemmer, known: set[str], senses: int, max_hyponyms: int
) -> set[tuple[str, ...]]:
    """Groups of stems that WordNet relates by `kinds` (RELATIONS), between senses among the first
    `senses` of each word: one group per hypernym and hyponym ("boat", "ferry"), per hypernym for
    its hyponyms ("ferry", "tug", "lifeboat"), per derivational link, similar adjectives or verb
    group; among the single words that wordfreq knows."""
    synsets = {
        (letter, parts[0]): parts
        for pos, letter in zip(POS, POS_LETTERS, strict=True)
        for parts in _synset_lines(pos)
    }
    words_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # synset: words it is a top sense of
    for pos, letter in zip(POS, POS_LETTERS, strict=True):
        for line in (WORDNET / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, synset_count, pointer_count = parts[0], int(parts[2]), int(parts[3])
            if lemma in known:
                for offset in parts[6 + pointer_count : 6 + pointer_count + synset_count][:senses]:
                    words_of[(letter, offset)].add(lemma)

    def stems(words: set[str]) -> set[str]:
        return {stemmer.stemWord(w) for w in words}

    groups: set[tuple[str, ...]] = set()

    def add(found: set[str]) -> None:
        if len(found) >= 2:
            groups.add(tuple(sorted(found)))

    hyponyms: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for key, parts in synsets.items():
        lemmas = [lemma.lower() for lemma in _lemmas(parts)]
        for symbol, letter, offset, ends in _pointers(parts):
            other = (letter, offset)
            if symbol == "@":
                hyponyms[other].add(key)
            elif (symbol == "&" and "similar" in kinds) or (symbol == "$" and "verb_group" in kinds):
                add(stems(words_of[key]) | stems(words_of[other]))
            elif symbol == "+" and "derivation" in kinds and ends != "0000":
                source = lemmas[int(ends[:2], 16) - 1]
                target = _lemmas(synsets[other])[int(ends[2:], 16) - 1].lower()
                if source in words_of[key] and target in words_of[other]:
                    add(stems({source, target}))
    for hypernym, below in hyponyms.items():
        if len(below) > max_hyponyms:
            continue
        if "hypernym" in kinds and words_of[hypernym]:
            for hyponym in below:
                if words_of[hyponym]:
                    add(stems(words_of[hypernym]) | stems(words_of[hyponym]))
        if "sister" in kinds:
            add(set().union(*(stems(words_of[h]) for h in below)))
    return groups


def _pointers(parts: list[str]) -> list[tuple[str, str, str, str]]:
    """A synset's pointers: (symbol, part of speech's letter, offset, source/target), satellites as "a"."""
    count = int(parts[3], 16)
    at = 4 + 2 * count
    found = []
    for i in range(int(parts[at])):
        symbol, offset, pos, ends = parts[at + 1 + 4 * i : at + 5 + 4 * i]
        found.append((symbol, "a" if pos == "s" else pos, offset, ends))
    return found


def _synsets(pos: str) -> list[tuple[str, list[str]]]:
    """Each synset's offset and its single-word lemmas, lower case."""
    out = []
    for parts in _synset_lines(pos):
        lemmas = [lemma.lower() for lemma in _lemmas(parts)]
        out.append((parts[0], [w for w in lemmas if _WORD.match(w)]))
    return out


if __name__ == "__main__":
    main()
