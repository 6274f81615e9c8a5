"""The errors newsdiff's stages raise; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class NewsdiffError(Exception):
    """A problem with the user's input or options, with a message they can act on."""


class SourceError(NewsdiffError):
    """A source cannot be read: missing, unreadable, binary, too large, or a failed download."""


class EmptyArticleError(NewsdiffError):
    """A source holds no article text, before or after cleaning."""


class UsageProblem(NewsdiffError):
    """The sources or options given cannot work together (e.g. `-` twice, one source to compare)."""


class SemanticUnavailable(NewsdiffError):
    """`--semantic` was asked for, but the optional extra that provides embeddings is not installed."""


class OutputError(NewsdiffError):
    """The output cannot be written: a file that cannot be created, a full disk."""
