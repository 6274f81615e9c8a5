"""The defaults of newsdiff's options, and why they are what they are.

Plain constants in a module of their own: the CLI shows them in `--help`, which must load nothing
but click (not even the records of `options.py`).
"""

from __future__ import annotations

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
