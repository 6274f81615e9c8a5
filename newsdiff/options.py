"""The one set of options the CLI builds and every stage reads."""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 10 * 1024 * 1024
"""Largest source accepted, in bytes, for files, standard input and downloads."""

URL_TIMEOUT = 15.0
"""Seconds to wait for a server to connect or send data."""

MAX_REDIRECTS = 5
"""Redirects followed before a download is abandoned."""

MIN_SIMILARITY = 0.28
"""Pairs scoring at least this report the same fact: precision 1.0, recall 0.75 on the samples
at 0.28 (bench/samples_gold.py); 0.25 gains recall 0.85 but merges unrelated facts."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Settings for the pipeline stages; the defaults are what `newsdiff` uses."""

    max_bytes: int = MAX_BYTES
    timeout: float = URL_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    min_similarity: float = MIN_SIMILARITY
    labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderOptions:
    """How a renderer draws: the width in cells and whether color escape codes may be used."""

    width: int = 100
    color: bool = False
