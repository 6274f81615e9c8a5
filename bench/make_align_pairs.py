"""Build bench/data/align_pairs.jsonl from the labelled sentences in bench/data/align_events.txt.

Same-fact pairs: every two sentences of different outlets of one event whose fact ids meet (a
sentence reporting two facts pairs with each). Hard negatives: among the pairs whose ids do not
meet, the ones most alike on the surface (shared names, shared numbers, shared words), as many per
event as it has same-fact pairs. Every third event is held out (split "test"); the model is fitted
on the others. The output is deterministic; rerun after editing the events.

    python bench/make_align_pairs.py
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
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

Sentence = tuple[str, frozenset[str], str]


def read_events() -> dict[str, dict[str, list[Sentence]]]:
    events: dict[str, dict[str, list[Sentence]]] = {}
    event = outlet = ""
    for line in (DATA / "align_events.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            outlet = line[3:].strip()
            events[event][outlet] = []
        elif line.startswith("= "):
            event = line[2:].strip()
            events[event] = {}
        elif m := _LINE.match(line):
            ids = frozenset(m["ids"].split()) - {"-"}
            events[event][outlet].append((outlet, ids, m["text"]))
    return events


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)} - _COMMON


def hardness(a: str, b: str) -> float:
    names = len(set(_NAME.findall(a)) & set(_NAME.findall(b)))
    numbers = len(set(_NUMBER.findall(a)) & set(_NUMBER.findall(b)))
    wa, wb = _words(a), _words(b)
    return 2 * names + 2 * numbers + 5 * len(wa & wb) / max(len(wa | wb), 1)


def kind_of(label: int, a: Sentence, b: Sentence) -> str:
    ta, tb = a[2], b[2]
    if label:
        if len(a[1]) > 1 or len(b[1]) > 1:
            return "split-merged"
        if _QUOTE.search(ta) and _QUOTE.search(tb):
            return "quote-translated"
        if _NUMBER.findall(ta) != _NUMBER.findall(tb) and (_NUMBER.search(ta) or _NUMBER.search(tb)):
            return "numbers-written-differently"
        return "paraphrase"
    if set(_NUMBER.findall(ta)) & set(_NUMBER.findall(tb)):
        return "same-numbers-other-claim"
    if set(_NAME.findall(ta)) & set(_NAME.findall(tb)):
        return "same-names-other-fact"
    return "same-topic-other-fact"


def main() -> None:
    rows = []
    for number, (event, outlets) in enumerate(read_events().items()):
        split = "test" if number % 3 == 2 else "train"
        positives, negatives = [], []
        for oa, ob in combinations(outlets, 2):
            for a in outlets[oa]:
                for b in outlets[ob]:
                    (positives if a[1] & b[1] else negatives).append((a, b))
        negatives.sort(key=lambda p: (-hardness(p[0][2], p[1][2]), p[0][2], p[1][2]))
        chosen = [(1, a, b) for a, b in positives] + [(0, a, b) for a, b in negatives[: len(positives)]]
        for label, a, b in chosen:
            rows.append(
                {
                    "event": event,
                    "split": split,
                    "label": label,
                    "kind": kind_of(label, a, b),
                    "a": {"outlet": a[0], "text": a[2]},
                    "b": {"outlet": b[0], "text": b[2]},
                }
            )
    out = DATA / "align_pairs.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"{len(rows)} pairs ({sum(r['label'] for r in rows)} same fact) -> {out}")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind}: {count}")


if __name__ == "__main__":
    main()
