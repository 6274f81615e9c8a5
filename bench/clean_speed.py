"""Cleaning speed on the text path: milliseconds per 1,000 words of input, printed, not asserted.

Inputs: the text documents of bench/corpus/clean, the samples' text articles and the shared seeds
when they are beside the checkout, plus one long document made by joining all of them (to see
that the cost grows with the length and not faster). Each document is loaded once; `clean_document`
then runs REPEAT times and the median is taken. The target of issue 4 is 5 ms per 1,000 words.

    python bench/clean_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdiff.clean import clean_document  # noqa: E402
from newsdiff.load import load_source  # noqa: E402
from newsdiff.model import Document, SourceKind  # noqa: E402
from newsdiff.options import Options  # noqa: E402

REPEAT = 30
TARGET_MS_PER_1000_WORDS = 5.0


def inputs() -> list[Document]:
    paths = sorted((ROOT / "bench" / "corpus" / "clean").glob("*.txt"))
    paths = [p for p in paths if not p.name.endswith(".gold.txt")]
    paths += sorted((ROOT / "samples").glob("*/*.txt"))
    paths += sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    docs = [load_source(str(p), Options()) for p in paths]
    return [d for d in docs if d.kind is SourceKind.TEXT]


def median_ms(doc: Document) -> float:
    clean_document(doc)  # warm: caches of stop words, lazily imported modules
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        clean_document(doc)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    docs = inputs()
    long = Document(source="all joined", label="all", text="\n\n".join(d.text for d in docs))
    print(f"{'document':<44} {'words':>7} {'ms':>8} {'ms/1000 words':>14}")
    total_ms = total_words = 0.0
    for doc in [*docs, long]:
        words = len(doc.text.split())
        ms = median_ms(doc)
        print(f"{Path(doc.source).name:<44} {words:>7} {ms:>8.2f} {ms / words * 1000:>14.2f}")
        if doc is not long:
            total_ms += ms
            total_words += words
    rate = total_ms / total_words * 1000
    print(
        f"\n{len(docs)} documents, {int(total_words)} words: {rate:.2f} ms per 1,000 words "
        f"(target {TARGET_MS_PER_1000_WORDS:g}: {rate / TARGET_MS_PER_1000_WORDS:.2f} of it)"
    )


if __name__ == "__main__":
    main()
