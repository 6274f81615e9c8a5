"""The stages in order, for the CLI and for library users: sources in, a `Comparison` out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from newsdiff.align import align
from newsdiff.clean import clean
from newsdiff.errors import UsageProblem
from newsdiff.load import load_sources
from newsdiff.model import Article, Comparison
from newsdiff.options import Options
from newsdiff.parallel import collector_paused, shared_pool
from newsdiff.progress import Report, silent


def compare(
    sources: Sequence[str],
    options: Options | None = None,
    stdin: IO[bytes] | None = None,
    progress: Report | None = None,
) -> Comparison:
    """Load, clean and align two or more sources (paths, directories, `-`, URLs)."""
    options = options or Options()
    report = progress or silent
    with collector_paused(), shared_pool(options.jobs):
        articles = clean_sources(sources, options, stdin, report)
        if len(articles) < 2:
            raise UsageProblem(f"compare needs at least two articles, got {len(articles)}")
        return align(articles, options, progress=report)


def clean_sources(
    sources: Sequence[str],
    options: Options | None = None,
    stdin: IO[bytes] | None = None,
    progress: Report | None = None,
) -> list[Article]:
    """Load and clean sources into articles, in the order given."""
    options = options or Options()
    report = progress or silent
    with shared_pool(options.jobs):  # (compare's, when it calls)
        report("load", 0, len(sources))
        documents = load_sources(sources, options, stdin)
        report("load", len(sources), len(sources))
        report("clean", 0, len(documents))
        articles = clean(documents, options)
        report("clean", len(documents), len(documents))
    return articles
