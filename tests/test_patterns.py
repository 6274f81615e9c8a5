"""The pattern cache gives the patterns `re.compile` gives, and any trouble with it only costs time."""

from __future__ import annotations

import marshal
import os
import re
from pathlib import Path

import pytest

from newsdiff import patterns
from newsdiff.clean import _BYLINE, _CREDITS, _DATE
from newsdiff.quantities import _DAY_MONTH, _NUMBER_WORD

SOURCES = [
    (_DATE.pattern, int(re.I)),
    (_BYLINE.pattern, int(re.I)),
    (_CREDITS.pattern, 0),
    (_NUMBER_WORD.pattern, int(re.I)),
    (_DAY_MONTH.pattern, int(re.I)),
    (r"(?P<a>x)(y)(?P<b>z)?", 0),
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache in a temporary directory, and no patterns compiled in this process yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_compiled", {})
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_new", {})
    return tmp_path


def _forget() -> None:
    """As if a new process started: nothing compiled, the cache file not read yet."""
    patterns._compiled.clear()
    patterns._new.clear()
    patterns._stored = None


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_a_cached_pattern_is_the_pattern_re_compiles(fresh: Path, source: str, flags: int) -> None:
    first = patterns.compiled(source, flags)
    patterns._write()
    _forget()
    again = patterns.compiled(source, flags)
    assert patterns._stored is not None
    assert (source, flags) in patterns._stored
    assert not patterns._new  # taken from the file, not compiled
    # patterns compare equal when their source, flags and code are the same
    assert first == again == re.compile(source, flags)
    assert again.groupindex == re.compile(source, flags).groupindex
    assert again.groups == re.compile(source, flags).groups


def test_the_cache_is_written_once_for_a_run_and_kept_by_the_next(fresh: Path) -> None:
    for source, flags in SOURCES[:3]:
        patterns.compiled(source, flags)
    patterns._write()
    _forget()
    for source, flags in SOURCES:
        patterns.compiled(source, flags)
    patterns._write()
    with open(patterns._path(), "rb") as file:
        stored = marshal.loads(file.read())
    assert set(stored) == set(SOURCES)
    assert not [name for name in os.listdir(os.path.dirname(patterns._path())) if name.endswith(".tmp")]


def test_a_damaged_cache_file_only_costs_compiling(fresh: Path) -> None:
    source, flags = SOURCES[0]
    patterns.compiled(source, flags)
    patterns._write()
    path = patterns._path()
    with open(path, "rb") as file:
        stored = marshal.loads(file.read())
    stored[(source, flags)] = (flags, [1, 2, 3, 999999], 0, {}, (None,))  # code the matcher refuses
    with open(path, "wb") as file:
        file.write(marshal.dumps(stored))
    _forget()
    assert patterns.compiled(source, flags) == re.compile(source, flags)
    with open(path, "wb") as file:
        file.write(b"\x00not marshal data")
    _forget()
    assert patterns.compiled(source, flags) == re.compile(source, flags)


def test_a_cache_that_cannot_be_written_is_no_error(fresh: Path) -> None:
    (fresh / "newsdiff").write_text("a file where the cache directory should be")
    source, flags = SOURCES[1]
    assert patterns.compiled(source, flags) == re.compile(source, flags)
    patterns._write()
    _forget()
    assert patterns.compiled(source, flags) == re.compile(source, flags)


class _LaterCompiler:
    """re's compiler as a later Python might have it: without the step the cache reads."""


def test_a_python_whose_re_internals_differ_compiles_as_usual(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parser, _, sre = patterns._internals()  # type: ignore[misc]
    monkeypatch.setattr(patterns, "_internals", lambda: (parser, _LaterCompiler(), sre))
    for source, flags in SOURCES:
        assert patterns.compiled(source, flags) == re.compile(source, flags)
    assert patterns._new == {}  # nothing to keep
    with pytest.raises(re.error):
        patterns.compiled("(unclosed")  # a mistake in a pattern is still one
