"""Per-item work of a stage spread over processes, where that pays.

Loading a source, reading a document's blocks (cleaning's per-document part), splitting an
article into sentences and reading their facts, and the word diffs of a fact group are the same
work for each item and need nothing from the others. With many items
they run in a pool of forked processes (the modules are loaded already, so a worker starts in
milliseconds), one pool for the whole run (`shared_pool`); with few, or where fork is not
available, in this process: starting a pool would cost a two-article comparison more than it
saves. What comes back must be cheap to unpickle: strings and tuples pass fast, records rebuild
field by field (the facts of 1,000 articles cost this process more to receive than to extract).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from typing import TYPE_CHECKING, Generic, TypeVar

from newsdiff.errors import WorkerError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Item = TypeVar("Item")
Result = TypeVar("Result")

PARALLEL_FROM = 24
"""Items from which a pool is worth starting: a pool of two forked workers costs ~40 ms to start,
and passing a document's blocks back through pickle ~0.5 ms, against ~3 ms to load and read an
article's blocks, so below this a two-article run could only lose. At 1,000 articles (bench/scale.py
corpus, a quiet 2-core machine) `compare` took 12.8 s with -j 1 and 9.0-9.3 s with -j 2; how much
the pool gains depends on how free the second core is."""

CHUNKS_PER_WORKER = 4
"""Items go to the workers in this many chunks each: few enough that passing them costs little,
enough that one slow chunk does not leave the other workers idle."""

WORKER_END_WAIT = 1.0
"""Seconds a worker killed on Ctrl-C is given to be gone (SIGKILL: at once)."""


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
    here. Inside `shared_pool`, the pool is the run's."""
    if not pooled(len(items), jobs):
        yield function(list(items))
        return
    workers = _workers(len(items), jobs)
    chunks = _chunks(items, workers)
    shared = _SHARED.get()
    with _worker_trouble():
        if shared is not None:
            yield from _in_order(shared.executor(), function, chunks)
            return
        with _executor(workers) as pool:
            yield from _in_order(pool, function, chunks)


def _in_order(
    pool: ProcessPoolExecutor, function: Callable[[list[Item]], list[Result]], chunks: list[list[Item]]
) -> Iterator[list[Result]]:
    """The results of `function` over the chunks, in order, as `Executor.map` gives them, but
    without its cancelling the chunks not yet begun when their reading stops: cancelled so on
    Ctrl-C, they made the pool's own thread fail once `shared_pool` had ended the workers (Python
    3.11: InvalidStateError, a traceback on stderr). Chunks left are cancelled when the pool is
    closed, or fail with it when it is aborted."""
    futures = [pool.submit(function, chunk) for chunk in chunks]
    for future in futures:
        yield future.result()


def pooled(count: int, jobs: int | None) -> bool:
    """Whether `pmap` runs `count` items in a pool of `jobs` (else in one call here)."""
    return _workers(count, jobs) >= 2 and count >= PARALLEL_FROM and hasattr(os, "fork")


def _workers(count: int, jobs: int | None) -> int:
    return min(jobs_for(jobs), count // max(PARALLEL_FROM // 2, 1))


class Later(Generic[Item, Result]):
    """Per-item work handed to the run's pool now, its results read later, while this process does
    other work. Where there is no pool to hand it to (outside `shared_pool`, a pool not started by
    an earlier stage, one job, few items), `results` does the work here when it is read."""

    def __init__(
        self, function: Callable[[list[Item]], list[Result]], items: Sequence[Item], jobs: int | None
    ) -> None:
        self._function = function
        self._items = items
        self._futures: list[Future[list[Result]]] = []
        shared = _SHARED.get()
        if shared is None or not hands_over(len(items), jobs):
            return  # (a run whose earlier stages needed no pool is small: forking now would cost more)
        executor = shared.executor()
        with _worker_trouble():  # a worker can die while later chunks are still being handed over
            self._futures = [executor.submit(function, chunk) for chunk in _chunks(items, shared.workers)]

    def results(self) -> Iterator[Result]:
        """One result per item, in the order of the items."""
        if not self._futures:
            yield from self._function(list(self._items))
            return
        with _worker_trouble():
            for future in self._futures:
                yield from future.result()


def hands_over(count: int, jobs: int | None) -> bool:
    """Whether `Later` hands `count` items to the run's pool (else it does the work here, when its
    results are read): a caller may then skip packing the results for another process."""
    shared = _SHARED.get()
    return shared is not None and shared.started and pooled(count, jobs)


@contextmanager
def shared_pool(jobs: int | None) -> Iterator[None]:
    """One pool of `jobs` workers for every stage of a run (pmap, Later), forked when a stage
    first needs it and ended on the way out.

    Forked early (loading sources), the workers share little of what this process builds later,
    so its work goes on without copy-on-write faults: a pool forked at the word diffs of 1,000
    articles, from a 330 MB heap, cost this process 1.9 s of page faults while it weighed the
    evidence, more than the diffs it was spared. Inside a run's pool, the run's pool is used."""
    if _SHARED.get() is not None:
        yield
        return
    shared = _Shared(jobs_for(jobs))
    token = _SHARED.set(shared)
    end = shared.close
    try:
        yield
    except KeyboardInterrupt:
        end = shared.abort  # (a wind-down after Ctrl-C could wait for ever)
        raise
    finally:
        _SHARED.reset(token)
        end()


class _Shared:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = _executor(self.workers)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """End the workers at once, waiting for nothing (Ctrl-C). Waiting for the pool to wind
        down after a Ctrl-C that workers had taken too (a terminal sends it to the process group)
        could wait for ever, on a result a worker ended half-way through sending (~1 in 20 Ctrl-C
        of a 300-article run); and a worker the signal did not reach would outlive the run."""
        if self._pool is None:
            return
        workers = list((getattr(self._pool, "_processes", None) or {}).values())
        for process in workers:
            with suppress(OSError):
                process.kill()
        for process in workers:
            process.join(WORKER_END_WAIT)  # (reaped: no process left behind, not even a zombie)
        self._pool.shutdown(wait=False)


_SHARED: ContextVar[_Shared | None] = ContextVar("newsdiff_shared_pool", default=None)


def _chunks(items: Sequence[Item], workers: int) -> list[list[Item]]:
    size = -(-len(items) // (workers * CHUNKS_PER_WORKER))
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _executor(workers: int) -> ProcessPoolExecutor:
    import multiprocessing  # ~10 ms of imports that a two-article run does not need
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=_worker_started
    )


@contextmanager
def _worker_trouble() -> Iterator[None]:
    """A worker that ended abruptly (killed, out of memory) is one line for the user, not a traceback."""
    from concurrent.futures.process import BrokenProcessPool  # loaded with the pool already

    try:
        yield
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a worker process ended abruptly (out of memory, or killed); -j 1 runs in one process"
        ) from exc


def _worker_started() -> None:
    """A worker takes no Ctrl-C, which a terminal sends to the whole process group: the main
    process takes it and ends the workers (`shared_pool`), so the run stops with exit status 130
    and no traceback from a worker.

    A worker that ended itself on Ctrl-C could hang the run: the pool catches every exception
    raised in a worker (SystemExit too) and sends it back as the chunk's result, and one raised as
    the worker took the lock of the queue it answers on left the lock taken, the workers waiting on
    it for ever; a worker that ended at once left a result half sent, or broke the pool before the
    main process had its Ctrl-C (exit status 2, "a worker process ended abruptly")."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused (and restored after) while the stages of a run
    build what they keep: articles, facts, profiles, scores, groups (`pipeline.compare`, `align`).
    It found next to nothing to free there (peak memory at 1,000 articles: 347 MiB with it, 355
    without), yet walked the growing heap again and again: 2.4 s of 18 s of CPU at 1,000 articles,
    ~1 ms of aligning two 1,000-word articles. What the stages drop is freed as ever, when its last
    reference goes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
