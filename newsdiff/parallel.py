"""Per-item work of a stage spread over processes, where that pays.

Loading a source and reading a document's blocks (cleaning's per-document part) are the same
work for each item and need nothing from the others. With many items they run in a pool of forked
processes (the modules are loaded already, so a worker starts in milliseconds); with few, or where
fork is not available, in this process: starting a pool would cost a two-article comparison more
than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PARALLEL_FROM = 24
"""Items from which a pool is worth starting: a pool of two forked workers costs ~40 ms to start,
and passing a document's blocks back through pickle ~0.5 ms, against ~3 ms to load and read an
article's blocks, so below this a two-article run could only lose. At 1,000 articles (bench/scale.py
corpus, 2 cores shared with other work) `compare` took 14.1 s with -j 1 and 13.2 s with -j 2; how
much the pool gains depends on how free the second core is."""

CHUNKS_PER_WORKER = 4
"""Items go to the workers in this many chunks each: few enough that passing them costs little,
enough that one slow chunk does not leave the other workers idle."""


def jobs_for(jobs: int | None) -> int:
    """The number of processes `jobs` asks for: None means one per CPU this process may use."""
    if jobs is not None:
        return max(jobs, 1)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def pmap(
    function: Callable[[list[Item]], list[Result]], items: Sequence[Item], jobs: int | None
) -> Iterator[list[Result]]:
    """`function` over consecutive chunks of `items`, its results chunk by chunk in order: in a
    pool of `jobs` processes when there are PARALLEL_FROM items or more (enough to pay for the
    pool), else in one call here. `function` takes a list and returns one result per item; it must
    be a module-level function (it is pickled by name). An exception raised in a worker is raised
    here."""
    workers = min(jobs_for(jobs), len(items) // max(PARALLEL_FROM // 2, 1))
    if workers < 2 or len(items) < PARALLEL_FROM or not hasattr(os, "fork"):
        yield function(list(items))
        return
    import multiprocessing  # ~10 ms of imports that a two-article run does not need
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(items) // (workers * CHUNKS_PER_WORKER))
    chunks = [list(items[start : start + size]) for start in range(0, len(items), size)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(function, chunks)
