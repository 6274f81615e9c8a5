"""Score alignment against the hand-labelled gold of the bundled samples (samples/EXPECTED.md).

Prints, per event (all its outlets together, then each pair of outlets) and in all, pair precision,
recall and F1 over cross-article sentence pairs, with every false merge and every miss. A pair is
gold when two sentences of different files are listed under the same fact in EXPECTED.md.
(Cleaning against the same gold is tested in tests/test_clean.py.)

    python bench/samples_gold.py [--min-similarity X] [--semantic]
"""

from __future__ import annotations

import argparse
import re
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdiff.options import Options  # noqa: E402
from newsdiff.pipeline import compare  # noqa: E402

SAMPLES = ROOT / "samples"
_MEMBER = re.compile(r"^- `(?P<file>[^`]+)` \[(?P<id>\w+)\]: (?P<text>.+)$")


def gold_facts(event: str) -> list[list[tuple[str, str]]]:
    """Facts of one event as lists of (file, sentence text), from EXPECTED.md sections (a)-(c)."""
    text = (SAMPLES / "EXPECTED.md").read_text(encoding="utf-8")
    facts: list[list[tuple[str, str]]] = []
    in_event = False
    for line in text.splitlines():
        if line.startswith("## "):
            in_event = False
        if line.startswith("Files:") and f"`{event}/" in line:
            in_event = True
        if not in_event:
            continue
        if line.startswith("### (d)"):
            in_event = False
        elif line.startswith("#### "):
            facts.append([])
        elif facts and (m := _MEMBER.match(line)):
            facts[-1].append((m["file"], m["text"].strip()))
    return [f for f in facts if f]


def pairs_of(groups: list[list[tuple[str, str]]]) -> set[frozenset[tuple[str, str]]]:
    out = set()
    for group in groups:
        for a, b in combinations(group, 2):
            if a[0] != b[0]:
                out.add(frozenset((a, b)))
    return out


SEMANTIC = False
"""Set by --semantic: score with sentence embeddings too (needs the extra)."""


def predicted(event: str, min_similarity: float, files: list[Path]) -> list[list[tuple[str, str]]]:
    result = compare([str(p) for p in files], Options(min_similarity=min_similarity, semantic=SEMANTIC))
    names = [f"{event}/{p.name}" for p in files]
    return [[(names[m.article], m.text) for m in g.members] for g in result.shared]


def _match(gold_sentence: str, predicted_texts: set[str]) -> str | None:
    """The predicted sentence that is, or contains, the gold sentence (segmentation may merge)."""
    if gold_sentence in predicted_texts:
        return gold_sentence
    return next((p for p in predicted_texts if gold_sentence in p or p in gold_sentence), None)


def evaluate(event: str, min_similarity: float, files: list[Path]) -> tuple[int, int, int]:
    names = {f"{event}/{p.name}" for p in files}
    gold = [[(f, t) for f, t in fact if f in names] for fact in gold_facts(event)]
    pred = predicted(event, min_similarity, files)
    texts = {t for g in pred for _, t in g}
    gold_mapped = [[(f, _match(t, texts) or t) for f, t in g] for g in gold]
    gp, pp = pairs_of(gold_mapped), pairs_of(pred)
    tp = len(gp & pp)
    # (a pair is a frozenset: its text varies with the hash seed, its sorted members do not)
    for pair in sorted(pp - gp, key=sorted):
        print("  false merge:", " || ".join(t[:70] for _, t in sorted(pair)))
    for pair in sorted(gp - pp, key=sorted):
        print("  missed:     ", " || ".join(t[:70] for _, t in sorted(pair)))
    return tp, len(pp), len(gp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-similarity", type=float, default=None)
    parser.add_argument("--semantic", action="store_true", help="add sentence embeddings (the extra)")
    args = parser.parse_args()
    global SEMANTIC
    SEMANTIC = args.semantic
    if args.min_similarity is None:
        args.min_similarity = Options(semantic=args.semantic).threshold
    total = [0, 0, 0]
    for event in sorted(p.name for p in SAMPLES.iterdir() if p.is_dir()):
        files = sorted(p for p in (SAMPLES / event).iterdir() if p.is_file())
        # all outlets together, then every pair alone: a pair has less context to weigh words by
        for chosen in [files, *map(list, combinations(files, 2))]:
            print(f"== {event}: {', '.join(p.stem for p in chosen)}")
            tp, npred, ngold = evaluate(event, args.min_similarity, chosen)
            total = [total[0] + tp, total[1] + npred, total[2] + ngold]
            print(f"  pairs: {tp} right of {npred} predicted, {ngold} gold")
    tp, npred, ngold = total
    precision = tp / npred if npred else 1.0
    recall = tp / ngold if ngold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"min_similarity={args.min_similarity}: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
    )


if __name__ == "__main__":
    main()
