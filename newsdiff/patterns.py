"""Regular expressions compiled once per machine, not once per run.

`re` parses and compiles a pattern in Python, about 1 µs a character: newsdiff's cue patterns
(dates, bylines, disclaimers, prompts, number words, ...) cost ~20 ms of every comparison, a fifth of
comparing two articles. What `re` makes of a pattern, the code its C matcher runs, depends only on
the pattern, its flags and the interpreter; so the code is kept in a cache file, and a later run
hands it straight to the matcher (`_sre.compile`, ~2 µs a pattern). The result is the very pattern
`re.compile` returns: they compare equal, which compares their code (tests/test_patterns.py).

The cache is `$XDG_CACHE_HOME/newsdiff/` (default `~/.cache/newsdiff/`), a file per interpreter
version, written on the way out of a run that compiled a pattern it did not hold. Any trouble with
it (no home, a read-only disk, a damaged file, an interpreter whose `re` is built otherwise) only
costs the compiling: the matcher checks the code it is given, and a pattern it refuses, or one
the cache does not hold, is compiled by `re` as usual.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import re
import sys
from functools import cache
from typing import Any

MAX_ENTRIES = 300
"""Patterns a cache file keeps. A comparison uses ~75 (~130 KB, read in ~0.7 ms); patterns of older
versions of newsdiff pile up until the file holds this many, then it is started again from one
run's patterns."""

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes besides the pattern: flags, code, groups, group names both ways."""

_compiled: dict[tuple[str, int], re.Pattern[str]] = {}
_stored: dict[tuple[str, int], Entry] | None = None
"""The cache file's entries, read on first use."""
_new: dict[tuple[str, int], Entry] = {}
"""Entries made in this process, written to the cache file on the way out."""


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the cache when it holds the pattern."""
    key = (source, int(flags))
    pattern = _compiled.get(key)
    if pattern is None:
        pattern = _compiled[key] = _from_cache(key) or _compile(key)
    return pattern


@cache
def _internals() -> tuple[Any, Any, Any] | None:
    """`re`'s parser and compiler and the C matcher, or None where they are named otherwise."""
    names = ("re._parser", "re._compiler") if sys.version_info >= (3, 11) else ("sre_parse", "sre_compile")
    try:
        parser, compiler = map(importlib.import_module, names)
    except ImportError:
        return None
    return parser, compiler, compiler._sre


def _path() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = ".".join(map(str, sys.version_info[:3]))
    return os.path.join(base, "newsdiff", f"patterns-{sys.implementation.name}-{version}.marshal")


def _from_cache(key: tuple[str, int]) -> re.Pattern[str] | None:
    global _stored
    if _stored is None:
        _stored = _read()
    entry = _stored.get(key)
    internals = _internals() if entry else None
    if entry is None or internals is None:
        return None
    try:
        pattern: re.Pattern[str] = internals[2].compile(key[0], *entry)
    except Exception:  # code the matcher refuses ("invalid SRE code"): compiled again below
        return None
    return pattern


def _read() -> dict[tuple[str, int], Entry]:
    try:
        with open(_path(), "rb") as file:
            stored = marshal.loads(file.read())  # marshal.load reads a file a few bytes at a time
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _compile(key: tuple[str, int]) -> re.Pattern[str]:
    """Compile as `re` does (re._compiler.compile, the same from 3.11 to 3.13), keeping the code."""
    internals = _internals()
    if internals is None:
        return re.compile(*key)
    parser, compiler, sre = internals
    source, flags = key
    try:
        parsed = parser.parse(source, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (
            int(flags | parsed.state.flags),
            list(map(int, compiler._code(parsed, flags))),  # its opcodes are int subclasses
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        pattern: re.Pattern[str] = sre.compile(source, *entry)
    except re.error:
        raise
    except Exception:  # re's internals are not what they were (a later Python): compile as usual
        return re.compile(*key)
    if not _new:
        import atexit

        atexit.register(_write)
    _new[key] = entry
    return pattern


def _write() -> None:
    """Add this run's new entries to the cache file (replaced whole, so a reader never sees half)."""
    if not _new:
        return
    path = _path()
    entries = _read()
    if len(entries) + len(_new) > MAX_ENTRIES:
        entries = {key: entry for key, entry in entries.items() if key in _compiled}
    entries.update(_new)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            marshal.dump(entries, file)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(temporary)
