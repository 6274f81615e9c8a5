"""The seed articles' pairs and the int8 ONNX export of the cross-encoder (see xenc.py).

Both use the model trained on every event (`xenc.py train --final`): what would ship.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import xenc
from xenc import aq, key

from newsdiff.similarity import SEMANTIC_FEATURES, Scorer

SEEDS = xenc.ROOT.parent / "shared" / "seeds"
WATCH = [
    ("settle the Syria crisis", "ending the conflict in Syria", "same fact (today's known miss)"),
    ("have held their first telephone call", "held their first-ever talk", "same fact"),
    ("keep in contact by telephone", "keep in touch by phone", "same fact"),
    ("Putin congratulated the US president-elect", "offer his congratulations", "same fact"),
    ("agreed to improve and develop bilateral ties", "normalizing", "same fact"),
]
APART = [
    "Volodin told NTV Channel on Sunday",
    "will celebrate 210 years since the beginning",
    "Hillary Clinton repeatedly claimed",
    "Clinton accused Trump of having secret ties",
]


def _sigmoid(z: float) -> float:
    import math

    return 1 / (1 + math.exp(-z))


def _combined_weights(folder: Path) -> tuple[Any, float]:
    """The semantic + cross-encoder regression fitted on every event (out-of-fold logits), and its
    threshold (best F1 on those rows)."""
    import numpy as np

    scores = xenc._load_scores(folder)
    oof = {k: v for n, s in scores.items() if n.startswith("fold") for k, v in s.items()}
    rows = aq.load_pairs()
    back = [p for p in xenc.all_pairs() if not p["hard"] and not p["label"]]
    everything = rows + back
    values = aq.featurise(everything, True)
    xs = np.array(
        [[v[f] for f in SEMANTIC_FEATURES] + [oof[key(r)]] for v, r in zip(values, everything, strict=True)]
    )
    labels = np.array([r["label"] for r in everything])
    labelled = np.arange(len(everything)) < len(rows)
    share = aq.BACKGROUND * labels[labelled].sum() / (~labelled).sum()
    w = xenc.fit_lr(xs, labels, np.where(labelled, 1.0, share))
    p = xenc.predict(w, xs, np.array([v["candidate"] for v in values]))
    t = aq.best_threshold([float(x) for x in p[labelled]], list(labels[labelled]))
    return w, t


def seed_facts() -> tuple[list[Any], list[str]]:
    from newsdiff.pipeline import clean_sources
    from newsdiff.segment import extract, segment

    articles = clean_sources([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    facts = [extract(s) for a in articles for s in segment(a)]
    return facts, [a.label for a in articles]


def cmd_seeds(folder: Path) -> None:
    import json

    import numpy as np

    from newsdiff.semantic import embedder

    facts, _ = seed_facts()
    scorer = Scorer(facts, aq._any_model(True), embedder())
    shipped = json.loads((xenc.ROOT / "newsdiff" / "data" / "align_model.json").read_text())["models"][
        "semantic"
    ]
    candidates = set(scorer.candidates())
    texts = [f.sentence.text for f in facts]
    arts = [f.sentence.article for f in facts]
    cross = [(i, j) for i in range(len(facts)) for j in range(i + 1, len(facts)) if arts[i] != arts[j]]
    start = time.time()
    logits = xenc.score(folder / "all", [(texts[i], texts[j]) for i, j in cross])
    print(f"{len(facts)} seed sentences, {len(cross)} cross pairs scored in {time.time() - start:.0f} s")
    w, t = _combined_weights(folder)
    print(f"combined (semantic + xenc) threshold {t:.2f}; today's --semantic threshold 0.65; xenc alone 0.5")
    table = {}
    for (i, j), z in zip(cross, logits, strict=True):
        v = scorer.features(i, j)
        cand = (i, j) in candidates
        today = _sigmoid(shipped["bias"] + sum(shipped["weights"][f] * v[f] for f in shipped["features"]))
        x = np.array([[v[f] for f in SEMANTIC_FEATURES] + [z]])
        both = float(xenc.predict(w, x, np.array([1.0]))[0])
        table[(i, j)] = table[(j, i)] = (_sigmoid(z), today if cand else 0.0, both if cand else 0.0, cand)

    def find(fragment: str) -> int:
        return next(i for i, s in enumerate(texts) if fragment in s)

    for first, second, what in WATCH:
        i, j = find(first), find(second)
        x, today, both, cand = table[(i, j)]
        print(
            f"  {what}: {first!r} ~ {second!r}: xenc {x:.2f}, today {today:.2f}, combined {both:.2f}"
            f"{'' if cand else ' (not a candidate)'}"
        )
    for fragment in APART:
        i = find(fragment)
        partners = sorted(
            (j for j in range(len(texts)) if arts[j] != arts[i]), key=lambda j: -table[(i, j)][0]
        )
        j = partners[0]
        x, today, both, _ = table[(i, j)]
        best_today = max(table[(i, k)][1] for k in partners)
        best_both = max(table[(i, k)][2] for k in partners)
        print(
            f"  apart: {fragment!r}: xenc best {x:.2f} with {texts[j][:60]!r}; "
            f"best today {best_today:.2f}, best combined {best_both:.2f}"
        )
    # every pair above threshold (xenc alone) that is not a candidate today: what it would add
    above = sorted(((table[p][0], p) for p in cross if table[p][0] >= 0.5), reverse=True)
    print(
        f"  pairs with xenc >= 0.5: {len(above)}; combined >= {t:.2f}: "
        f"{sum(1 for p in cross if table[p][2] >= t)}; "
        f"today >= 0.65: {sum(1 for p in cross if table[p][1] >= 0.65)}"
    )
    for prob, (i, j) in above[:25]:
        print(
            f"    {prob:.2f} c{table[(i, j)][2]:.2f} t{table[(i, j)][1]:.2f}  "
            f"{texts[i][:65]!r} || {texts[j][:65]!r}"
        )


def cmd_onnx(folder: Path) -> None:
    import numpy as np
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(xenc.THREADS)
    path = folder / "all"
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path).eval()
    fp32, int8 = folder / "xenc.onnx", folder / "xenc-int8.onnx"
    sample = tokenizer(["a b"], ["c d"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    torch.onnx.export(
        model,
        tuple(sample[n] for n in names),
        str(fp32),
        input_names=names,
        output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "pieces"} for n in names} | {"logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    print(f"ONNX float32 {fp32.stat().st_size / 1e6:.1f} MB, int8 {int8.stat().st_size / 1e6:.1f} MB")

    pairs = xenc.all_pairs()
    texts = [(p["a"]["text"], p["b"]["text"]) for p in pairs]
    reference = np.array(xenc.score(path, texts))
    for name, file in (("float32", fp32), ("int8", int8)):
        got = np.array(_onnx_scores(file, tokenizer, texts, threads=xenc.THREADS))
        flips = int(((reference > 0) != (got > 0)).sum())
        print(
            f"  {name} vs torch on {len(texts)} pairs: "
            f"correlation of logits {np.corrcoef(reference, got)[0, 1]:.4f}, "
            f"of probabilities {np.corrcoef(_sig(reference), _sig(got))[0, 1]:.4f}, "
            f"max |dP| {np.max(np.abs(_sig(reference) - _sig(got))):.3f}, decisions at 0.5 flipped {flips}"
        )

    # the candidate pairs of two 1,000-word articles, as align_quality's speed() builds them
    from newsdiff.segment import extract, segment
    from newsdiff.semantic import embedder

    sides: list[list[str]] = [[], []]
    for outlets in xenc.mp.read_events().values():
        names_ = list(outlets)
        for side in (0, 1):
            sides[side].extend(t for _, _, t in outlets[names_[side]])
    articles = [aq._article(i, aq._first_words(s)) for i, s in enumerate(sides)]
    facts = [extract(s) for a in articles for s in segment(a)]
    xenc.one_thread_onnx()
    aq._time_align("events, today's --semantic (one thread), same run", articles, True)
    for semantic in (False, True):
        scorer = Scorer(facts, aq._any_model(semantic), embedder() if semantic else None)
        cands = scorer.candidates()
        ctexts = [(facts[a].sentence.text, facts[b].sentence.text) for a, b in cands]
        for threads in (1, 2):
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                _onnx_scores(int8, tokenizer, ctexts, threads=threads, both=False)
                runs.append(time.perf_counter() - start)
            print(
                f"  int8, {'semantic' if semantic else 'default'} candidates of two articles "
                f"({articles[0].words}/{articles[1].words} words, {len(facts)} sentences): "
                f"{len(cands)} pairs, one order, {threads} thread(s): "
                f"best {1000 * min(runs):.0f} ms, median {1000 * sorted(runs)[1]:.0f} ms"
            )


def _sig(x: Any) -> Any:
    import numpy as np

    return 1 / (1 + np.exp(-x))


_SESSIONS: dict[tuple[str, int], Any] = {}


def _onnx_scores(
    file: Path, tokenizer: Any, pairs: list[tuple[str, str]], threads: int, both: bool = True
) -> list[float]:
    import numpy as np
    import onnxruntime

    if (str(file), threads) not in _SESSIONS:
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.log_severity_level = 3
        _SESSIONS[(str(file), threads)] = onnxruntime.InferenceSession(
            str(file), options, providers=["CPUExecutionProvider"]
        )
    session = _SESSIONS[(str(file), threads)]
    all_pairs = [*pairs, *[(b, a) for a, b in pairs]] if both else list(pairs)
    order = sorted(range(len(all_pairs)), key=lambda i: len(all_pairs[i][0]) + len(all_pairs[i][1]))
    logits = [0.0] * len(all_pairs)
    for i in range(0, len(order), 32):
        chunk = order[i : i + 32]
        enc = tokenizer(
            [all_pairs[j][0] for j in chunk],
            [all_pairs[j][1] for j in chunk],
            truncation=True,
            max_length=xenc.MAX_LENGTH,
            padding=True,
            return_tensors="np",
        )
        feeds = {n: enc[n].astype(np.int64) for n in ("input_ids", "attention_mask", "token_type_ids")}
        for j, z in zip(chunk, session.run(None, feeds)[0][:, 0].tolist(), strict=True):
            logits[j] = z
    if not both:
        return logits
    n = len(pairs)
    return [(logits[i] + logits[n + i]) / 2 for i in range(n)]
