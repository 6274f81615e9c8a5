"""The stages in order, for the CLI and for library users: sources in, a `Comparison` out."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from newsdiff.align import align
from newsdiff.clean import clean, nothing_left
from newsdiff.errors import EmptyArticleError, UsageProblem
from newsdiff.load import Sources, load_sources, shown_source, source_list
from newsdiff.model import Article, Comparison, Fact
from newsdiff.options import Options
from newsdiff.parallel import collector_paused, shared_pool
from newsdiff.progress import Report, silent
from newsdiff.record import replace


def compare(
    sources: Sources,
    options: Options | None = None,
    stdin: IO[bytes] | None = None,
    progress: Report | None = None,
    warn: Callable[[str], None] | None = None,
) -> Comparison:
    """Load, clean and align two or more sources (paths, directories, `-`, URLs; a directory alone
    need not be in a list). With `warn`, a file of a directory that holds no article is skipped,
    and `warn` told why (`clean_sources`)."""
    options = (options or Options()).checked()
    report = progress or silent
    with collector_paused(), shared_pool(options.jobs):
        articles = clean_sources(sources, options, stdin, report, warn)
        if len(articles) < 2:
            raise UsageProblem(f"compare needs at least two articles, got {len(articles)}")
        return align(articles, options, progress=report)


def clean_sources(
    sources: Sources,
    options: Options | None = None,
    stdin: IO[bytes] | None = None,
    progress: Report | None = None,
    warn: Callable[[str], None] | None = None,
    keep_empty: bool = False,
) -> list[Article]:
    """Load and clean sources into articles, in the order given.

    A source that cannot be read, or of which cleaning leaves nothing, raises a `NewsdiffError`.
    With `warn`, a file that a directory among the sources holds (not one named) is skipped
    instead, with a line to `warn` saying why: an empty file or a page of links in a folder of
    coverage does not stop the comparison of the others. With `keep_empty`, an article of which
    nothing is left is kept, without paragraphs, for its removed blocks (`clean --explain`), and
    `warn` is told.
    """
    sources = source_list(sources)
    options = (options or Options()).checked()
    report = progress or silent
    with shared_pool(options.jobs):  # (compare's, when it calls)
        report("load", 0, len(sources))
        documents = load_sources(sources, options, stdin, warn)
        report("load", len(sources), len(sources))
        report("clean", 0, len(documents))
        articles = clean(documents, options, keep_empty=True)
        report("clean", len(documents), len(documents))
    named = {shown_source(source) for source in sources}  # (the others a directory given holds)
    kept = []
    for article in articles:
        if not article.paragraphs:
            said = nothing_left(article.source, article.removed)
            if not keep_empty and (warn is None or article.source in named):
                raise EmptyArticleError(f"{said}; `newsdiff clean --explain` shows each with its reason")
            if warn is not None:
                warn(said if keep_empty else f"{said}; skipped")
            if not keep_empty:
                continue
        kept.append(article)
    if len(kept) == len(articles):
        return kept
    return [replace(article, index=n) for n, article in enumerate(kept)]  # (articles are numbered in order)


def article_facts(article: Article, language: str | None = None) -> tuple[list[Fact], list[tuple[str, ...]]]:
    """What `newsdiff facts` shows of an article: its facts (`segment.facts`), and each one's figures
    as the conflicts weigh them and a reader writes them (`conflicts.figures_compared`)."""
    from newsdiff.conflicts import figures_compared
    from newsdiff.segment import facts

    found = facts(article, language)
    return found, [figures_compared(fact) for fact in found]
