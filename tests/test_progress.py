"""The progress bar: on stderr, after a second, only where a person watches, gone before the output."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff import progress
from newsdiff.cli import cli
from newsdiff.pipeline import compare

MANY = Path(__file__).parent / "data" / "many-outlets"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("json_output", "stderr_tty", "stdout_tty", "to_file", "expected"),
    [
        (False, True, True, False, True),  # a terminal session
        (False, True, False, True, True),  # -o report.html from a terminal
        (False, True, False, False, False),  # piped into a pager or a program: the bar would mix in
        (True, True, True, False, False),  # JSON is for programs
        (True, True, False, True, False),
        (False, False, True, False, False),  # stderr redirected: a log, not a screen
        (False, False, False, True, False),
    ],
)
def test_bar_only_where_a_person_watches(
    json_output: bool, stderr_tty: bool, stdout_tty: bool, to_file: bool, expected: bool
) -> None:
    shown = progress.wanted(
        json_output=json_output, stderr_tty=stderr_tty, stdout_tty=stdout_tty, to_file=to_file
    )
    assert shown is expected


def test_nothing_shows_in_the_first_second() -> None:
    clock, out = Clock(), io.StringIO()
    with progress.ProgressBar(clock=clock, file=out) as bar:
        bar("load", 0, 10)
        clock.now += progress.SHOW_AFTER / 2
        bar("load", 5, 10)
        assert not bar.shown
    assert out.getvalue() == ""


def test_a_long_run_shows_its_stages() -> None:
    clock, out = Clock(), io.StringIO()
    with progress.ProgressBar(clock=clock, file=out) as bar:
        bar("load", 0, 10)
        clock.now += progress.SHOW_AFTER + 0.1
        bar("load", 10, 10)
        bar("clean", 3, 10)
        assert bar.shown
        tasks = {task.description: (task.completed, task.total) for task in bar._progress.tasks}  # type: ignore[union-attr]
    assert tasks == {"Loading": (10, 10), "Cleaning": (3, 10)}


def test_an_earlier_stage_is_complete_once_a_later_one_reports() -> None:
    clock = Clock()
    with progress.ProgressBar(clock=clock, file=io.StringIO()) as bar:
        clock.now += progress.SHOW_AFTER
        bar("load", 0, 1)
        bar("align", 0, 1)
        done = {task.description: task.finished for task in bar._progress.tasks}  # type: ignore[union-attr]
    assert done == {"Loading": True, "Finding shared facts": False}


def test_the_stages_report_in_order() -> None:
    calls: list[tuple[str, int, int]] = []
    compare(sorted(str(p) for p in MANY.iterdir()), progress=lambda *call: calls.append(call))
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages[:2] == ["load", "clean"]
    assert "align" in stages
    for stage in stages:
        done = [d for s, d, t in calls if s == stage]
        totals = {t for s, d, t in calls if s == stage}
        assert done == sorted(done)
        assert done[-1] == max(totals)  # every stage ends complete


def test_cli_draws_the_bar_on_stderr_and_keeps_stdout_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    class Recording(progress.ProgressBar):
        def __call__(self, stage: str, done: int, total: int) -> None:
            seen.append(stage)
            super().__call__(stage, done, total)

    monkeypatch.setattr(progress, "wanted", lambda **_: True)
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(progress, "ProgressBar", Recording)
    result = CliRunner().invoke(cli, ["compare", "--format", "text", "--width", "100", str(MANY)])
    assert result.exit_code == 1
    assert {"load", "clean", "align", "render"} <= set(seen)
    assert "Finding shared facts" not in result.stdout
    assert result.stdout.startswith("[1] 01-valley-courier")


def test_cli_in_a_pipe_writes_nothing_to_stderr() -> None:
    result = CliRunner().invoke(cli, ["compare", "--format", "text", str(MANY)])
    assert result.exit_code == 1
    assert result.stderr == ""


def test_a_report_redirected_to_a_file_leaves_the_bar_on_the_terminal(tmp_path: Path) -> None:
    """`newsdiff compare … > report.txt` writes to a file, as `-o report.txt` does: nothing reads the
    terminal but the person watching stderr. A pipe (`| less`) is read from the terminal."""
    from newsdiff.cli import _regular_file

    with open(tmp_path / "report.txt", "w", encoding="utf-8") as report:
        assert _regular_file(report)
    read, write = os.pipe()
    with os.fdopen(read) as pipe_out, os.fdopen(write, "w") as pipe_in:
        assert not _regular_file(pipe_in)
        assert not _regular_file(pipe_out)
    assert not _regular_file(io.StringIO())  # a test's buffer has no descriptor
    assert not _regular_file(None)
