"""The defaults of newsdiff's options, and why they are what they are.

Plain constants in a module of their own: the CLI shows them in `--help`, which must load nothing
but click (not even the records of `options.py`).
"""

from __future__ import annotations

MAX_BYTES = 10 * 1024 * 1024
"""Largest source accepted, in bytes, for files, standard input and downloads."""

URL_TIMEOUT = 15.0
"""Seconds to wait for a server to connect or send data."""

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl")
"""The languages newsdiff reads facts in (`language.FACT_LANGUAGES`), which `--language` names."""

MAX_REDIRECTS = 5
"""Redirects followed before a download is abandoned."""

MIN_SIMILARITY = 0.5
"""The probability (from the pair model, `similarity.py`) at which two sentences are taken to report
the same fact. Chosen from measurement, precision first: on the samples' gold (bench/samples_gold.py,
all outlets of an event together and every pair alone) precision 1.000 and recall 0.925 at 0.5, while
0.45 lets a false merge in (precision 0.987); on the 28 train events of the labelled set, aligned
whole (bench/align_quality.py --groups --min-similarity T), 0.4 / 0.45 / 0.5 give F1 0.834 / 0.840 /
0.840 with precision 0.865 / 0.895 / 0.916."""

MIN_SIMILARITY_SEMANTIC = 0.65
"""The same for `--semantic`, whose model is surer of itself: aligning the train events at 0.55 /
0.6 / 0.65 / 0.7 gives F1 0.900 / 0.890 / 0.899 / 0.867 with precision 0.949 / 0.957 / 0.989 /
0.988; the samples' gold gives precision 1.000 and recall 1.000 at 0.6 and 0.65, and at 0.55 a false
merge (precision 0.976)."""
