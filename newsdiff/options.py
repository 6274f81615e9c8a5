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

MIN_SIMILARITY = 0.26
"""Pairs scoring at least this may report the same fact. On the samples' gold, all outlets of an
event together and every pair of them (bench/samples_gold.py, average-linkage grouping): precision
1.000 and recall 0.812 at 0.26; at 0.24 precision 0.944 (recall 0.838), at 0.28 recall 0.750."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Settings for the pipeline stages; the defaults are what `newsdiff` uses."""

    max_bytes: int = MAX_BYTES
    timeout: float = URL_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    min_similarity: float = MIN_SIMILARITY
    labels: tuple[str, ...] = ()
    strict: bool = False
    """Word diffs count quote style, dashes, case, punctuation and spacing as differences."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderOptions:
    """How a renderer draws: the width in cells, whether color escape codes may be used, and
    which part of a comparison to show (`None`: all of it)."""

    width: int = 100
    color: bool = False
    only: Only | None = None
