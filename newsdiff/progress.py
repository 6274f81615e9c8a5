"""A progress bar for long runs: rich, on stderr, and only where a person is watching.

The stages report `(stage, done, total)` through a plain callback; this module turns the calls
into a bar. Nothing shows for the first second (a two-article run is over before that), nothing
ever shows when stderr is not a terminal, when the output is JSON (a program is reading), or when
the output goes to a pipe on a terminal (a pager would share the screen with the bar). The bar is
transient: it is gone from the screen before the output is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_AFTER = 1.0
"""Seconds a run goes on before the bar appears: shorter runs never see it."""

STAGE_NAMES = {
    "load": "Loading",
    "clean": "Cleaning",
    "segment": "Reading sentences",
    "align": "Finding shared facts",
    "diff": "Comparing wordings",
    "render": "Drawing",
}
"""What the bar says for each stage a callback names (unknown stages show their own name)."""

Report = Callable[[str, int, int], None]
"""A stage says how far it is: its name, units done, units in all ("segment" and "align" count
articles, "diff" groups, "load" and "clean" sources)."""


def silent(stage: str, done: int, total: int) -> None:
    """The report nobody watches."""


def wanted(*, json_output: bool, stderr_tty: bool, stdout_tty: bool, to_file: bool) -> bool:
    """Whether a bar may be drawn: a person watches stderr, and no program or pager reads the
    output from the same terminal."""
    return stderr_tty and not json_output and (stdout_tty or to_file)


class ProgressBar:
    """A callback for the stages that draws a rich bar on stderr once the run passes SHOW_AFTER.

    Use it as a context manager, so that the bar is cleared whatever happens (an error, Ctrl-C).
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic, file: IO[str] | None = None) -> None:
        self._clock = clock
        self._file = file
        self._start = clock()
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._progress is None:
            if self._clock() - self._start < SHOW_AFTER:
                return
            self._progress = self._open()
        if stage not in self._tasks:
            for task in self._tasks.values():  # an earlier stage is over once a later one reports
                self._progress.update(task, completed=self._progress.tasks[task].total)
            self._tasks[stage] = self._progress.add_task(STAGE_NAMES.get(stage, stage), total=total)
        self._progress.update(self._tasks[stage], completed=done, total=total)

    @property
    def shown(self) -> bool:
        """Whether the bar has appeared."""
        return self._progress is not None

    def close(self) -> None:
        """Take the bar off the screen (it is transient) and stop its refresh thread."""
        if self._progress is not None:
            self._progress.stop()

    def _open(self) -> Progress:
        import sys

        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(file=self._file or sys.stderr, stderr=self._file is None, highlight=False)
        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        progress.start()
        return progress
