"""Build bench/data/align_pairs.jsonl from the labelled sentences in bench/data/align_events.txt,
bench/data/align_pairs_intl.jsonl from those in German, French, Spanish, Italian, Portuguese,
Dutch, Russian and Polish in bench/data/align_events_intl.txt, and bench/data/align_pairs_fresh.jsonl
from the English events of bench/data/align_events_fresh.txt, written after the model was fitted
and never tuned on.

Same-fact pairs: every two sentences of different outlets of one event whose fact ids meet (a
sentence reporting two facts pairs with each). Hard negatives: among the pairs whose ids do not
meet, the ones most alike on the surface (shared names, shared numbers, shared words), as many per
event as it has same-fact pairs. Every third English event is held out (split "test"); the model is
fitted on the others. The other languages are all held out: nothing is fitted on them, and each of
their pairs names its event's language. The fresh English events are all held out too, in a split of
their own ("fresh"), their hard negatives chosen as for the English file. The output is
deterministic; rerun after editing the events.

    python bench/make_align_pairs.py
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
EVENTS = "align_events.txt"
EVENTS_INTL = "align_events_intl.txt"
EVENTS_FRESH = "align_events_fresh.txt"
OUTPUTS = {
    EVENTS: "align_pairs.jsonl",
    EVENTS_INTL: "align_pairs_intl.jsonl",
    EVENTS_FRESH: "align_pairs_fresh.jsonl",
}
_HEADER = re.compile(r"^= (?P<event>\S+)(?: \((?P<language>[a-z]{2})\))?\s*$")
_LINE = re.compile(r"^\[(?P<ids>[^\]]*)\] (?P<text>.+)$")
_WORD = re.compile(r"[^\W_]+")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w’'-]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTE = re.compile(r"[“\"]")
_COMMON = frozenset(
    "a an the of to in on at and or by for with from as is was were be been has have had it its their "
    "that this which who said says after before about over than more into his her they he she will "
    "would could not no".split()
)
# The other languages, read a little differently (for the choice of hard negatives only):
# - common words: a few dozen function words per language, so that "der", "de" or "della" do not
#   make two sentences look alike;
# - names: in French, Spanish, Italian, Portuguese, Dutch, Russian and Polish as in English, a
#   capitalised word inside the sentence (after a lower-case letter, a comma or a semicolon),
#   Unicode letters included ("Öztürk", "Échevin", "Пахомов", "Łąki") and function words left out
#   ("y La Hoya": "Hoya"). German capitalises every noun, and telling "Traktor" from "Brenner"
#   needs a lexicon; the simple rule taken: inside a sentence, a
#   capitalised word is a name when it stands next to another capitalised word ("Karl Brenner",
#   "Uniklinik Grauberg", "Grüne Liste"). A title is taken in with its name
#   ("Ministerpräsident Karl Brenner"), a surname alone ("sagte Aydın") is missed: word overlap
#   still counts it;
# - numbers: thousands grouped by "." (de, es, it, pt, nl) or a space, plain or no-break (fr, ru,
#   pl), decimals after ",": "1.200" and "1 200" are 1200, "3,5" stays "3,5";
# - quotes: „…“, «…», “…” and the Dutch ‘…’ (its opening mark only: the closing one is the
#   apostrophe of "auto’s").
_COMMON_INTL = {
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer eines und oder in im am an auf aus bei mit "
        "nach von vom vor zu zum zur für über um ist sind war waren wird wurde wurden hat haben hatte "
        "sich nicht nur noch auch als wie dass es er sie seit bis sagte".split()
    ),
    "fr": frozenset(
        "le la les l un une des du de d et ou à au aux en dans par pour sur avec est a ont été sont "
        "qui que qu il elle ils se s ses son sa leur plus ne n pas après selon".split()
    ),
    "es": frozenset(
        "el la los las lo un una unos unas de del al a en con por para y o que se su sus es ha han "
        "fue ser más no según tras sobre ya".split()
    ),
    "it": frozenset(
        "il lo la i gli le l un una uno di del della dei degli delle al alla a da dal in nel nella "
        "con per su sul e o che si è ha hanno non più dopo tra anche".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas de do da dos das no na nos nas ao aos à às em por pelo pela para "
        "com e ou que se seu sua seus suas é foi são ser mais não após segundo já".split()
    ),
    "nl": frozenset(
        "de het een en of in op aan bij met van voor naar uit door over om te tot is zijn was waren "
        "wordt werd werden heeft hebben had die dat dit deze er niet ook als nog al dan zich hij zij "
        "ze volgens".split()
    ),
    "ru": frozenset(
        "и в во на с со по к о об от до из за у для не но а что как это он она они его её их был "
        "была были будет уже после также".split()
    ),
    "pl": frozenset(
        "i w we na z ze do od o u za po przez dla nie ale a że jak to jest są był była było były się "
        "jego jej ich już także oraz lub r".split()
    ),
}
_INNER_WORD = re.compile(r"(?<=[\w,;] )[^\W\d_][\w’'-]*")
_QUOTE_INTL = re.compile(r"[„“”«»‘\"]")
_THOUSANDS = {
    "de": ".",
    "fr": " \u00a0\u202f",
    "es": ".",
    "it": ".",
    "pt": ".",
    "nl": ".",
    "ru": " \u00a0\u202f",
    "pl": " \u00a0\u202f",
}
_NUMBER_INTL = {
    language: re.compile(rf"\d+(?:[{re.escape(marks)}]\d{{3}}(?!\d))*(?:,\d+)?")
    for language, marks in _THOUSANDS.items()
}

Sentence = tuple[str, frozenset[str], str]


def read_events(file: str = EVENTS) -> dict[str, dict[str, list[Sentence]]]:
    """Per event, per outlet, its sentences: (outlet, fact ids, text)."""
    events: dict[str, dict[str, list[Sentence]]] = {}
    event = outlet = ""
    for line in (DATA / file).read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            outlet = line[3:].strip()
            events[event][outlet] = []
        elif m := _HEADER.match(line):
            event = m["event"]
            events[event] = {}
        elif m := _LINE.match(line):
            ids = frozenset(m["ids"].split()) - {"-"}
            events[event][outlet].append((outlet, ids, m["text"]))
    return events


def languages(file: str = EVENTS) -> dict[str, str]:
    """Per event, the language its header names ("= name (de)"); "en" where it names none."""
    found = {}
    for line in (DATA / file).read_text(encoding="utf-8").splitlines():
        if m := _HEADER.match(line):
            found[m["event"]] = m["language"] or "en"
    return found


def _words(text: str, language: str = "en") -> set[str]:
    common = _COMMON if language == "en" else _COMMON_INTL[language]
    return {w.casefold() for w in _WORD.findall(text)} - common


def _names(text: str, language: str) -> list[str]:
    if language == "en":
        return _NAME.findall(text)
    inner = [
        m
        for m in _INNER_WORD.finditer(text)
        if m[0][0].isupper() and m[0].casefold() not in _COMMON_INTL[language]
    ]
    if language != "de":
        return [m[0] for m in inner if text[m.start() - 2] in ",;" or text[m.start() - 2].islower()]
    # German: a capitalised word next to another one ("Karl Brenner"), the two one space apart
    return [
        m[0]
        for i, m in enumerate(inner)
        if (i and inner[i - 1].end() + 1 == m.start())
        or (i + 1 < len(inner) and m.end() + 1 == inner[i + 1].start())
    ]


def _numbers(text: str, language: str) -> list[str]:
    if language == "en":
        return _NUMBER.findall(text)
    marks = _THOUSANDS[language]
    return [n.translate({ord(c): None for c in marks}) for n in _NUMBER_INTL[language].findall(text)]


def hardness(a: str, b: str, language: str = "en") -> float:
    names = len(set(_names(a, language)) & set(_names(b, language)))
    numbers = len(set(_numbers(a, language)) & set(_numbers(b, language)))
    wa, wb = _words(a, language), _words(b, language)
    return 2 * names + 2 * numbers + 5 * len(wa & wb) / max(len(wa | wb), 1)


def kind_of(label: int, a: Sentence, b: Sentence, language: str = "en") -> str:
    ta, tb = a[2], b[2]
    quote = _QUOTE if language == "en" else _QUOTE_INTL
    na, nb = _numbers(ta, language), _numbers(tb, language)
    if label:
        if len(a[1]) > 1 or len(b[1]) > 1:
            return "split-merged"
        if quote.search(ta) and quote.search(tb):
            return "quote-translated"
        if na != nb and (na or nb):
            return "numbers-written-differently"
        return "paraphrase"
    if set(na) & set(nb):
        return "same-numbers-other-claim"
    if set(_names(ta, language)) & set(_names(tb, language)):
        return "same-names-other-fact"
    return "same-topic-other-fact"


def pairs(file: str) -> list[dict[str, object]]:
    """The labelled pairs of the events in `file`: each event's same-fact pairs, then as many of its
    hardest negatives. English events: every third held out; other languages: all held out; the
    fresh English events: all held out, in the split "fresh"."""
    rows: list[dict[str, object]] = []
    spoken = languages(file)
    for number, (event, outlets) in enumerate(read_events(file).items()):
        language = spoken[event]
        if file == EVENTS_FRESH:
            split = "fresh"
        else:
            split = "test" if number % 3 == 2 or language != "en" else "train"
        positives, negatives = [], []
        for oa, ob in combinations(outlets, 2):
            for a in outlets[oa]:
                for b in outlets[ob]:
                    (positives if a[1] & b[1] else negatives).append((a, b))
        negatives.sort(key=lambda p: (-hardness(p[0][2], p[1][2], language), p[0][2], p[1][2]))
        chosen = [(1, a, b) for a, b in positives] + [(0, a, b) for a, b in negatives[: len(positives)]]
        for label, a, b in chosen:
            row: dict[str, object] = {"event": event, "split": split}
            if language != "en":
                row["language"] = language
            rows.append(
                row
                | {
                    "label": label,
                    "kind": kind_of(label, a, b, language),
                    "a": {"outlet": a[0], "text": a[2]},
                    "b": {"outlet": b[0], "text": b[2]},
                }
            )
    return rows


def main() -> None:
    for file, name in OUTPUTS.items():
        if not (DATA / file).exists():  # bench/xenc points DATA at a folder of English events alone
            continue
        rows = pairs(file)
        out = DATA / name
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        kinds: dict[str, int] = {}
        for r in rows:
            kinds[str(r["kind"])] = kinds.get(str(r["kind"]), 0) + 1
        print(f"{len(rows)} pairs ({sum(1 for r in rows if r['label'])} same fact) -> {out}")
        for kind, count in sorted(kinds.items()):
            print(f"  {kind}: {count}")


if __name__ == "__main__":
    main()
