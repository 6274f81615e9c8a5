"""Per-item work spread over processes: the same results, in order, and the same errors."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff import pipeline
from newsdiff.cli import cli
from newsdiff.errors import SourceError
from newsdiff.load import load_sources
from newsdiff.options import Options
from newsdiff.parallel import PARALLEL_FROM, pmap
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
