"""How well `clean` keeps the story and drops the rest, next to trafilatura, on bench/corpus/clean.

Every document `NAME.txt` or `NAME.html` there has its gold body in `NAME.gold.txt`, written by
hand. Scores are body-word precision, recall and F1: the words (`\\w+`, casefolded) of the output
against those of the gold body, as multisets. Micro figures pool the words of all documents; macro
figures average the documents. Documents whose name ends in `-neg` are hard negatives (stories
about copyright, cookies, subscriptions, JSON): for them every gold sentence must survive.

newsdiff cleans the documents of one kind together, as `newsdiff clean DIR` would, so blocks that
repeat across inputs count as template; `--alone` cleans each document by itself.

trafilatura, the baseline, gets each HTML page as it is, and each text document wrapped minimally,
as an HTML page would hold it: `<html><body>`, each blank-line-separated paragraph escaped in a
`<p>`, `</body></html>`. It runs twice: with its defaults (`extract(html)`) and with the options
newsdiff's loader uses (`favor_precision`, no comments, no tables).

`--sweep` varies the classifier's thresholds and trafilatura's options one at a time, on the
corpus and the held-out documents together, and prints macro F1 and lost hard-negative sentences
for each value: the defaults are picked from it.

    python bench/clean_quality.py [--alone] [--corpus DIR] [--sweep]
"""

from __future__ import annotations

import argparse
import html
import logging
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdiff.clean import clean  # noqa: E402
from newsdiff.load import load_source  # noqa: E402
from newsdiff.model import Document, SourceKind  # noqa: E402
from newsdiff.options import Options  # noqa: E402
from newsdiff.repair import comparable  # noqa: E402

CORPUS = ROOT / "bench" / "corpus" / "clean"
WORST = 6
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?…»”\"])\s+(?=[\"“«„A-ZÀ-ÖØ-ÞА-Я])")


@dataclass
class Score:
    name: str
    precision: float
    recall: float
    overlap: int
    predicted: int
    gold: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def score(name: str, output: str, gold: str) -> Score:
    out, ref = words(output), words(gold)
    overlap = sum((out & ref).values())
    predicted, expected = sum(out.values()), sum(ref.values())
    return Score(
        name=name,
        precision=overlap / predicted if predicted else 0.0,
        recall=overlap / expected if expected else 1.0,
        overlap=overlap,
        predicted=predicted,
        gold=expected,
    )


def lost_sentences(output: str, gold: str) -> list[str]:
    """Gold sentences whose words do not appear, in order, in the output."""
    have = comparable(output)
    lost = []
    for paragraph in gold.split("\n\n"):
        for sentence in _SENTENCE.split(paragraph.strip()):
            if sentence and comparable(sentence) not in have:
                lost.append(sentence)
    return lost


def as_html(text: str) -> str:
    """A text document the way a minimal HTML page would hold it: one <p> per paragraph."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<html><body>\n{body}\n</body></html>"


def trafilatura_runner(**options: object) -> Callable[[str], str]:
    import trafilatura

    def run(page: str) -> str:
        return trafilatura.extract(page, **options) or ""  # type: ignore[arg-type]

    return run


def summary(label: str, scores: list[Score]) -> str:
    if not scores:
        return f"{label:<34} (no documents)"
    overlap = sum(s.overlap for s in scores)
    predicted = sum(s.predicted for s in scores)
    expected = sum(s.gold for s in scores)
    mp = overlap / predicted if predicted else 0.0
    mr = overlap / expected if expected else 0.0
    mf = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    n = len(scores)
    ap = sum(s.precision for s in scores) / n
    ar = sum(s.recall for s in scores) / n
    af = sum(s.f1 for s in scores) / n
    return f"{label:<34} {mp:6.3f} {mr:6.3f} {mf:6.3f}   {ap:6.3f} {ar:6.3f} {af:6.3f}"


SWEEP: dict[str, tuple[str, str, list[object]]] = {
    "STOP_LOW": ("newsdiff.blocks", "STOP_LOW", [0.06, 0.09, 0.12, 0.15, 0.2]),
    "STOP_HIGH": ("newsdiff.blocks", "STOP_HIGH", [0.15, 0.25, 0.35]),
    "HEADING_WORDS": ("newsdiff.blocks", "HEADING_WORDS", [8, 12, 15, 20]),
    "GOOD_SENTENCE_WORDS": ("newsdiff.blocks", "GOOD_SENTENCE_WORDS", [3, 6, 10]),
    "LIST_ITEM_WORDS": ("newsdiff.blocks", "LIST_ITEM_WORDS", [6, 12, 18]),
    # ablations: a layer of the cleaner switched off (its function replaced by one doing nothing)
    "features+neighbours": ("newsdiff.clean", "_resolve_by_neighbours", ["on", "off"]),
    "section spreading": ("newsdiff.clean", "_spread_sections", ["on", "off"]),
    "page sections (HTML)": ("newsdiff.clean", "_page_sections", ["on", "off"]),
    "extractor": (
        "newsdiff.load",
        "EXTRACTOR_OPTIONS",
        [
            {
                "with_metadata": True,
                "include_comments": False,
                "include_tables": False,
                "favor_precision": True,
            },
            {"with_metadata": True},
            {"with_metadata": True, "include_comments": False, "include_tables": False, "favor_recall": True},
        ],
    ),
}


def _nothing(*args: object) -> None:
    """A cleaner layer switched off."""


def sweep(corpora: list[Path]) -> None:
    """Macro F1 (text, HTML) and lost hard-negative sentences for each value of each setting."""
    import importlib

    paths = [
        p
        for corpus in corpora
        for p in sorted(corpus.iterdir())
        if p.suffix in (".txt", ".html") and ".gold" not in p.name
    ]
    gold = {p: p.with_name(p.name.rsplit(".", 1)[0] + ".gold.txt").read_text(encoding="utf-8") for p in paths}
    print(f"sweep on {len(paths)} documents of {', '.join(c.name for c in corpora)}; * marks the default")
    print(f"{'setting':<22} {'value':<28} {'text F1':>8} {'HTML F1':>8} {'lost':>5}")
    for label, (module_name, name, values) in SWEEP.items():
        module = importlib.import_module(module_name)
        default = getattr(module, name)
        for value in values:
            if value == "on":
                value = default
            elif value == "off":
                value = _nothing
            setattr(module, name, value)
            try:
                docs = {p: load_source(str(p), Options()) for p in paths}
                out: dict[Path, str] = {}
                for kind in (SourceKind.TEXT, SourceKind.HTML):
                    batch = [p for p in paths if docs[p].kind is kind]
                    for p, article in zip(batch, clean([docs[p] for p in batch]), strict=True):
                        out[p] = article.body
            finally:
                setattr(module, name, default)
            f1 = {
                kind: [score(p.name, out[p], gold[p]).f1 for p in paths if docs[p].kind is kind]
                for kind in (SourceKind.TEXT, SourceKind.HTML)
            }
            lost = sum(len(lost_sentences(out[p], gold[p])) for p in paths if p.stem.endswith("-neg"))
            if isinstance(value, dict):
                favor = [k for k in value if k.startswith("favor_")]
                shown = f"trafilatura {favor[0] if favor else 'defaults'}"
            elif callable(value):
                shown = "off" if value is _nothing else "on"
            else:
                shown = str(value)
            mark = "*" if value == default else " "
            text_f1 = sum(f1[SourceKind.TEXT]) / len(f1[SourceKind.TEXT])
            html_f1 = sum(f1[SourceKind.HTML]) / len(f1[SourceKind.HTML])
            print(f"{label:<22} {mark}{shown[:27]:<27} {text_f1:8.3f} {html_f1:8.3f} {lost:5d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alone", action="store_true", help="clean each document by itself")
    parser.add_argument("--corpus", type=lambda s: Path(s).resolve(), default=CORPUS)
    parser.add_argument("--sweep", action="store_true", help="vary thresholds, print F1 per value")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # trafilatura logs every page it finds little in
    if args.sweep:
        sweep([CORPUS, CORPUS.with_name("clean-heldout")])
        return

    paths = sorted(
        p for p in args.corpus.iterdir() if p.suffix in (".txt", ".html") and ".gold" not in p.name
    )
    docs = {p.name: load_source(str(p), Options()) for p in paths}
    gold = {
        p.name: p.with_name(p.name.rsplit(".", 1)[0] + ".gold.txt").read_text(encoding="utf-8") for p in paths
    }
    raw = {p.name: p.read_text(encoding="utf-8") for p in paths}
    kinds = {"text": [n for n, d in docs.items() if d.kind is SourceKind.TEXT]}
    kinds["html"] = [n for n, d in docs.items() if d.kind is SourceKind.HTML]

    ours: dict[str, str] = {}
    language: dict[str, str | None] = {}
    for names in kinds.values():
        batches: list[list[Document]] = (
            [[docs[n]] for n in names] if args.alone else [[docs[n] for n in names]]
        )
        for batch in batches:
            for article in clean(batch):
                name = Path(article.source).name
                ours[name] = article.body
                language[name] = article.metadata.language

    systems: dict[str, Callable[[str], str]] = {
        "trafilatura (defaults)": trafilatura_runner(),
        "trafilatura (newsdiff's options)": trafilatura_runner(
            favor_precision=True, include_comments=False, include_tables=False
        ),
    }
    theirs = {
        label: {n: run(raw[n] if docs[n].kind is SourceKind.HTML else as_html(raw[n])) for n in docs}
        for label, run in systems.items()
    }

    mode = "each document alone" if args.alone else "the documents of a kind together"
    where = args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus
    print(f"corpus: {where}: {len(kinds['text'])} text, {len(kinds['html'])} HTML")
    print(f"newsdiff cleans {mode}; trafilatura gets text as <p> paragraphs in <html><body>")
    print()
    print(f"{'body words':<34} {'micro':^20}   {'macro':^20}")
    print(f"{'':<34} {'P':>6} {'R':>6} {'F1':>6}   {'P':>6} {'R':>6} {'F1':>6}")
    all_scores: dict[str, dict[str, list[Score]]] = {}
    for kind, names in kinds.items():
        print(f"-- {kind} ({len(names)} documents)")
        rows = {"newsdiff": {n: ours[n] for n in names}} | {
            label: {n: out[n] for n in names} for label, out in theirs.items()
        }
        for label, outputs in rows.items():
            scores = [score(n, outputs[n], gold[n]) for n in names]
            all_scores.setdefault(label, {})[kind] = scores
            print(summary(label, scores))
    print("-- all")
    for label, by_kind in all_scores.items():
        print(summary(label, [s for scores in by_kind.values() for s in scores]))

    print()
    print("hard negatives (-neg): body sentences lost")
    negatives = [n for n in docs if n.rsplit(".", 1)[0].endswith("-neg")]
    for label, outputs in [("newsdiff", ours), *theirs.items()]:
        lost = {n: lost_sentences(outputs[n], gold[n]) for n in negatives}
        total = sum(len(gold_sentences(gold[n])) for n in negatives)
        print(f"  {label:<34} {sum(len(v) for v in lost.values())} of {total}")
        if label == "newsdiff":
            for n, sentences in lost.items():
                for sentence in sentences:
                    print(f"    {n}: {sentence}")

    print()
    print("worst documents for newsdiff (F1; P/R):")
    everyone = [s for by_kind in all_scores["newsdiff"].values() for s in by_kind]
    for s in sorted(everyone, key=lambda s: (s.f1, s.name))[:WORST]:
        t = next(x for k in all_scores["trafilatura (defaults)"].values() for x in k if x.name == s.name)
        print(f"  {s.name:<40} {s.f1:.3f} ({s.precision:.3f}/{s.recall:.3f})   trafilatura {t.f1:.3f}")

    print()
    expected_language = {n: n.split("-")[1] for n in docs}
    right = sum(1 for n in docs if language[n] == expected_language[n])
    print(f"language named right: {right} of {len(docs)}")
    for n in docs:
        if language[n] != expected_language[n]:
            print(f"  {n}: {language[n]} (expected {expected_language[n]})")


def gold_sentences(gold: str) -> list[str]:
    return [s for p in gold.split("\n\n") for s in _SENTENCE.split(p.strip()) if s]


if __name__ == "__main__":
    main()
