"""Per-item work spread over processes: the same results, in order, and the same errors."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsdiff import parallel, pipeline
from newsdiff.cli import cli
from newsdiff.errors import SourceError, WorkerError
from newsdiff.load import load_sources
from newsdiff.options import Options
from newsdiff.parallel import PARALLEL_FROM, Later, pmap, shared_pool
from newsdiff.pipeline import clean_sources


def _squares(items: list[int]) -> list[int]:
    return [n * n for n in items]


def _fail_on_seven(items: list[int]) -> list[int]:
    if 7 in items:
        raise SourceError("item 7: cannot be read")
    return items


def _write(folder: Path, count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = folder / f"{n:03d}.txt"
        path.write_text(
            f"Report {n}\n\nThe council of town {n} met on Monday to approve a budget of {n + 1} million "
            "euros for new schools and roads.\n\nShare on Facebook\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_back_in_order_whatever_the_pool(jobs: int) -> None:
    items = list(range(3 * PARALLEL_FROM + 1))
    assert [n for part in pmap(_squares, items, jobs) for n in part] == [n * n for n in items]


def test_an_error_in_a_worker_is_raised_here() -> None:
    with pytest.raises(SourceError, match="item 7: cannot be read"):
        list(pmap(_fail_on_seven, list(range(2 * PARALLEL_FROM)), 2))


def test_many_sources_load_and_clean_alike_in_one_process_and_in_several(tmp_path: Path) -> None:
    paths = _write(tmp_path, PARALLEL_FROM + 6)
    alone = clean_sources(paths, Options(jobs=1))
    pooled = clean_sources(paths, Options(jobs=2))
    assert pooled == alone
    assert [a.source for a in pooled] == paths


def test_a_missing_source_among_many_is_the_usual_error(tmp_path: Path) -> None:
    paths = _write(tmp_path, PARALLEL_FROM + 2)
    paths.insert(5, str(tmp_path / "missing.txt"))
    with pytest.raises(SourceError, match=r"missing\.txt"):
        load_sources(paths, Options(jobs=2))


def test_jobs_option(tmp_path: Path) -> None:
    _write(tmp_path, 3)
    runner = CliRunner()
    assert runner.invoke(cli, ["compare", "-j", "2", str(tmp_path)]).exit_code == 1
    bad = runner.invoke(cli, ["compare", "--jobs", "0", str(tmp_path)])
    assert bad.exit_code == 2
    assert "newsdiff: error:" in bad.stderr


def _collector_on_in_a_stage(articles: object, options: object, progress: object) -> None:
    assert not gc.isenabled()
    raise SourceError("stage failed")


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_during_a_comparison_and_left_as_it_was(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, enabled: bool
) -> None:
    """Library users get their process back as they lent it, even when a stage fails."""
    paths = _write(tmp_path, 2)
    monkeypatch.setattr(pipeline, "align", _collector_on_in_a_stage)
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(SourceError, match="stage failed"):
            pipeline.compare(paths, Options(jobs=1))
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def _pids(items: list[int]) -> list[int]:
    return [os.getpid() for _ in items]


def _start_pool() -> None:
    """What the first stage of a run with many articles does: start the run's pool."""
    assert {pid for part in pmap(_pids, list(range(PARALLEL_FROM)), 2) for pid in part} != {os.getpid()}


def test_later_work_comes_back_in_order_from_the_run_pool_and_without_one() -> None:
    items = list(range(2 * PARALLEL_FROM + 3))
    expected = [n * n for n in items]
    assert list(Later(_squares, items, 2).results()) == expected  # no pool: done here, when read
    with shared_pool(2):
        assert list(Later(_squares, items, 2).results()) == expected  # no stage started it: here
        _start_pool()
        assert set(Later(_pids, items, 2).results()) != {os.getpid()}
        assert list(Later(_squares, items, 2).results()) == expected
        assert list(Later(_squares, items, 1).results()) == expected


def test_an_error_in_later_work_is_raised_when_it_is_read() -> None:
    with shared_pool(2):
        _start_pool()
        later = Later(_fail_on_seven, list(range(2 * PARALLEL_FROM)), 2)
        with pytest.raises(SourceError, match="item 7: cannot be read"):
            list(later.results())


def test_the_stages_of_a_run_share_its_workers_and_the_workers_end_with_it() -> None:
    items = list(range(2 * PARALLEL_FROM))
    with shared_pool(2):
        first = {pid for part in pmap(_pids, items, 2) for pid in part}
        second = {pid for part in pmap(_pids, items, 2) for pid in part}
        third = set(Later(_pids, items, 2).results())
    assert os.getpid() not in first
    assert len(first | second | third) <= 2
    for pid in first | second | third:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


_TOWNS = [
    a + b for a in ("Ash", "Bel", "Cor", "Dun", "Elm", "Fen") for b in ("ford", "wick", "moor", "dale", "ton")
]
_THINGS = (
    "bridges schools buses clinics parks libraries wells ferries roads farms mills ports trams museums "
    "stadiums markets bakeries theatres harbours orchards vineyards tunnels airports hospitals prisons "
    "churches castles gardens lakes forests"
).split()


def _facts_article(folder: Path, name: str, wording: str) -> str:
    """An article of 30 facts, one sentence each, in one of two wordings."""
    lines = [f"Report {name}", ""]
    for n, (town, thing) in enumerate(zip(_TOWNS, _THINGS, strict=True)):
        lines.append(wording.format(town=town, count=n + 3, thing=thing) + "\n")
    path = folder / f"{name}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def test_a_comparison_with_many_shared_facts_is_the_same_in_one_process_and_in_several(
    tmp_path: Path,
) -> None:
    """The word diffs of 30 shared facts are worked out by the run's workers (started by loading
    the 26 articles)."""
    wordings = [
        "The mayor of {town} approved {count} new {thing} for the town.",
        "{town}'s mayor signed off on {count} new {thing}.",
    ]
    paths = [_facts_article(tmp_path, f"{n:02d}", wordings[n % 2]) for n in range(PARALLEL_FROM + 2)]
    alone = pipeline.compare(paths, Options(jobs=1))
    pooled = pipeline.compare(paths, Options(jobs=2))
    shared = [g for g in pooled.groups if len(g.articles) > 1]
    assert len(shared) >= PARALLEL_FROM
    assert pooled == alone
    assert all(d.ops for g in shared for d in g.diffs)


def test_many_articles_are_split_and_read_alike_in_one_process_and_in_several(tmp_path: Path) -> None:
    """The sentences and facts of 30 articles come back from the workers as they are read here."""
    paths = _write(tmp_path, PARALLEL_FROM + 6)
    alone = pipeline.compare(paths, Options(jobs=1))
    pooled = pipeline.compare(paths, Options(jobs=2))
    assert pooled.shared  # the budgets of the 30 towns are one fact told 30 ways
    assert pooled == alone


def _slow(items: list[int]) -> list[int]:
    time.sleep(SLOW_CHUNK)
    return items


SLOW_CHUNK = 20.0
"""Seconds a chunk of `_slow` takes: far longer than a Ctrl-C may keep a run waiting."""


def test_a_worker_takes_no_ctrl_c_of_its_own(capfd: pytest.CaptureFixture[str]) -> None:
    """A terminal sends Ctrl-C to the whole process group: the main process takes it and ends the
    workers. A worker that ended itself could leave the lock of the queue it answers on taken, or
    its result half sent, and the run waited for ever; here, the pool still works after it."""
    items = list(range(PARALLEL_FROM))
    with shared_pool(2):
        workers = {pid for part in pmap(_pids, items, 2) for pid in part}
        for pid in workers:
            os.kill(pid, signal.SIGINT)
        time.sleep(0.2)
        assert [n for part in pmap(_squares, items, 2) for n in part] == [n * n for n in items]
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert "Traceback" not in capfd.readouterr().err


def test_ctrl_c_in_a_run_ends_its_workers_without_waiting_for_their_work(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """Waiting for the pool to wind down after a Ctrl-C could wait for ever (on a result a worker
    was sending when the signal came); the workers are ended at once, and nothing is left behind."""
    items = list(range(PARALLEL_FROM))
    workers: set[int] = set()

    def interrupted_run() -> None:
        with shared_pool(2):
            workers.update(pid for part in pmap(_pids, items, 2) for pid in part)
            Later(_slow, items, 2)
            time.sleep(0.2)  # the workers are at it
            raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        interrupted_run()
    assert workers
    assert time.monotonic() - started < SLOW_CHUNK / 4
    for pid in workers:
        with pytest.raises(ProcessLookupError):  # ended and reaped: not even a zombie
            os.kill(pid, 0)
    assert "Traceback" not in capfd.readouterr().err


def test_align_pauses_the_collector_and_gives_it_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    align_module = importlib.import_module("newsdiff.align")  # (`newsdiff.align` is the stage verb)

    articles = clean_sources(_write(tmp_path, 2), Options(jobs=1))
    seen: list[bool] = []
    scorer_for = align_module.scorer_for

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return scorer_for(*args, **kwargs)

    monkeypatch.setattr(align_module, "scorer_for", watched)
    assert gc.isenabled()
    align_module.align(articles, Options(jobs=1))
    assert seen == [False]
    assert gc.isenabled()


def test_a_pool_inside_a_run_is_the_runs() -> None:
    """clean_sources opens a pool of its own only when no run has one (compare's is used)."""
    items = list(range(PARALLEL_FROM))
    with shared_pool(2):
        run = parallel._SHARED.get()
        with shared_pool(2):
            assert parallel._SHARED.get() is run
            inner = {pid for part in pmap(_pids, items, 2) for pid in part}
        again = {pid for part in pmap(_pids, items, 2) for pid in part}  # still running
    assert len(inner | again) <= 2


def _die(items: list[int]) -> list[int]:
    os._exit(9)  # as a worker killed for want of memory would end


@pytest.mark.parametrize("shared", [True, False])
def test_a_worker_that_dies_is_trouble_not_a_traceback(shared: bool) -> None:
    items = list(range(PARALLEL_FROM))
    pool = shared_pool(2) if shared else contextlib.nullcontext()
    with pool, pytest.raises(WorkerError, match=r"worker process ended abruptly.*-j 1"):
        list(pmap(_die, items, 2))
    with shared_pool(2):
        _start_pool()
        # the first chunk's worker may die before the last chunk is handed over, or after
        with pytest.raises(WorkerError, match="worker process ended abruptly"):
            list(Later(_die, items, 2).results())


def test_work_handed_to_a_pool_already_broken_is_trouble_too() -> None:
    # a worker of the run's pool died in an earlier stage: the next stage's hand-over says so in
    # one line too (the pool refuses new work with BrokenProcessPool)
    items = list(range(PARALLEL_FROM))
    with shared_pool(2):
        with pytest.raises(WorkerError):
            list(pmap(_die, items, 2))
        with pytest.raises(WorkerError, match="worker process ended abruptly"):
            list(Later(_squares, items, 2).results())


def test_compare_says_in_one_line_that_a_worker_died(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    align_module = importlib.import_module("newsdiff.align")  # (`newsdiff.align` is the stage verb)

    monkeypatch.setattr(align_module, "_packed_facts", _die)
    result = CliRunner().invoke(cli, ["compare", "-j", "2", *_write(tmp_path, PARALLEL_FROM + 2)])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsdiff: error: a worker process ended abruptly")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
