"""newsdiff: compare how different outlets report the same story.

>>> import newsdiff
>>> result = newsdiff.compare(["a.txt", "b.html"])      # doctest: +SKIP
>>> [g.kind for g in result.groups]                     # doctest: +SKIP

The stages can be called one by one: `load_sources` -> `clean` -> `align` -> `render`. Names are
imported on first use, so `import newsdiff` (and `newsdiff --help`) stays fast.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "compare": "newsdiff.pipeline",
    "clean_sources": "newsdiff.pipeline",
    "load_source": "newsdiff.load",
    "load_sources": "newsdiff.load",
    "clean": "newsdiff.clean",
    "segment": "newsdiff.segment",
    "extract": "newsdiff.segment",
    "facts": "newsdiff.segment",
    "align": "newsdiff.align",
    "render": "newsdiff.render",
    "Options": "newsdiff.options",
    "RenderOptions": "newsdiff.options",
    "NewsdiffError": "newsdiff.errors",
    "ExitCode": "newsdiff.errors",
    **{
        name: "newsdiff.model"
        for name in (
            "Article",
            "ArticleStats",
            "Comparison",
            "Conflict",
            "ConflictKind",
            "DiffOp",
            "Document",
            "Fact",
            "FactGroup",
            "GroupKind",
            "Metadata",
            "Only",
            "OutputFormat",
            "PairDiff",
            "Quote",
            "RemovalReason",
            "RemovedBlock",
            "Sentence",
            "SourceKind",
        )
    },
}

# written out, not computed from _EXPORTS: a type checker exports only the names of a list of strings
# (mypy --strict: "does not explicitly export"); tests/test_api.py keeps the two the same
__all__ = [
    "Article",
    "ArticleStats",
    "Comparison",
    "Conflict",
    "ConflictKind",
    "DiffOp",
    "Document",
    "ExitCode",
    "Fact",
    "FactGroup",
    "GroupKind",
    "Metadata",
    "NewsdiffError",
    "Only",
    "Options",
    "OutputFormat",
    "PairDiff",
    "Quote",
    "RemovalReason",
    "RemovedBlock",
    "RenderOptions",
    "Sentence",
    "SourceKind",
    "__version__",
    "align",
    "clean",
    "clean_sources",
    "compare",
    "extract",
    "facts",
    "load_source",
    "load_sources",
    "render",
    "segment",
]

_VERBS_OF_MODULES = frozenset(name for name, module in _EXPORTS.items() if module == f"{__name__}.{name}")
"""The stage verbs named as their modules: `clean`, `align`, `segment`, `render`."""


class _Package(ModuleType):
    """The `newsdiff` package, whose stage verbs stay its names once their modules are loaded.

    The import system names each submodule it loads on its package (`newsdiff.clean` = the module
    newsdiff.clean): `newsdiff.compare(...)` loads every stage, and `newsdiff.clean(documents)` then
    called a module. The modules stay in `sys.modules` (`from newsdiff.clean import clean`).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _VERBS_OF_MODULES and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:  # what `__getattr__` returns, for type checkers (exported by `__all__`)
    from newsdiff.align import align
    from newsdiff.clean import clean
    from newsdiff.errors import ExitCode, NewsdiffError
    from newsdiff.load import load_source, load_sources
    from newsdiff.model import (
        Article,
        ArticleStats,
        Comparison,
        Conflict,
        ConflictKind,
        DiffOp,
        Document,
        Fact,
        FactGroup,
        GroupKind,
        Metadata,
        Only,
        OutputFormat,
        PairDiff,
        Quote,
        RemovalReason,
        RemovedBlock,
        Sentence,
        SourceKind,
    )
    from newsdiff.options import Options, RenderOptions
    from newsdiff.pipeline import clean_sources, compare
    from newsdiff.render import render
    from newsdiff.segment import extract, facts, segment


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsdiff' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The package's names with those imported on first use (`dir(newsdiff)`, tab completion)."""
    return sorted(set(globals()) | set(__all__))
