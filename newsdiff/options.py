"""The one set of options the CLI builds and every stage reads."""

from __future__ import annotations

from dataclasses import dataclass

from newsdiff.model import Only

MAX_BYTES = 10 * 1024 * 1024
"""Largest source accepted, in bytes, for files, standard input and downloads."""

URL_TIMEOUT = 15.0
"""Seconds to wait for a server to connect or send data."""

MAX_REDIRECTS = 5
"""Redirects followed before a download is abandoned."""

MIN_SIMILARITY = 0.5
"""The probability (from the pair model, `similarity.py`) at which two sentences are taken to report
the same fact. Chosen from measurement, precision first: on the samples' gold (bench/samples_gold.py,
all outlets of an event together and every pair alone) precision 1.000 and recall 0.800 at 0.5, while
0.45 lets one false merge in (precision 0.986, recall 0.850); on the held-out labelled pairs
(bench/align_quality.py) the train events' best-F1 threshold is 0.44 and 0.5 trades a little recall
for precision."""

MIN_SIMILARITY_SEMANTIC = 0.65
"""The same for `--semantic`, whose model is surer of itself: its best-F1 threshold on the train
events is 0.65, and there the samples' gold gives precision 1.000 and recall 0.950 (at 0.5 and 0.6,
three false merges: precision 0.962)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Settings for the pipeline stages; the defaults are what `newsdiff` uses."""

    max_bytes: int = MAX_BYTES
    timeout: float = URL_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    min_similarity: float | None = None
    """The threshold for one fact; None: MIN_SIMILARITY, or MIN_SIMILARITY_SEMANTIC with `semantic`."""
    labels: tuple[str, ...] = ()
    strict: bool = False
    """Word diffs count quote style, dashes, case, punctuation and spacing as differences."""

    semantic: bool = False
    """Add sentence embeddings to the evidence (the optional extra `newsdiff[semantic]`)."""
    jobs: int | None = None
    """Processes for the per-article work (loading, reading the blocks to clean) of many articles;
    None: one per CPU (`newsdiff.parallel`)."""

    @property
    def threshold(self) -> float:
        """The probability at which two sentences are taken to report one fact."""
        if self.min_similarity is not None:
            return self.min_similarity
        return MIN_SIMILARITY_SEMANTIC if self.semantic else MIN_SIMILARITY


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderOptions:
    """How a renderer draws: the width in cells, whether color escape codes may be used, and
    which part of a comparison to show (`None`: all of it)."""

    width: int = 100
    color: bool = False
    explain: bool = False
    """Show why each shared group was formed: every feature's contribution to its pairs' scores."""
    only: Only | None = None
