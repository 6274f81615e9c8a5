"""The library the README shows: `import newsdiff`, then its stage verbs and `compare`."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import newsdiff

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "phone-call"
LEDGER = str(SAMPLES / "northern-ledger.txt")
WIRE = str(SAMPLES / "pacific-wire.txt")


def test_every_exported_name_is_its_modules_object_once_the_modules_are_loaded() -> None:
    # `clean`, `align`, `segment` and `render` are stage verbs in modules of the same names, which
    # the import system names on the package as it loads them
    for name, module in newsdiff._EXPORTS.items():
        importlib.import_module(module)
        assert getattr(newsdiff, name) is getattr(importlib.import_module(module), name), name


def test_dir_lists_the_names_imported_on_first_use() -> None:
    """`dir(newsdiff)` and an interpreter's tab completion show the library before any use."""
    probe = "import newsdiff\nprint(' '.join(dir(newsdiff)))\n"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    listed = set(done.stdout.split())
    assert set(newsdiff.__all__) <= listed
    assert {"compare", "Options", "align", "__version__"} <= listed


def test_the_stages_can_be_called_one_by_one_after_compare() -> None:
    # in a fresh interpreter, in the README's order: compare first loads every stage's module
    probe = (
        "import newsdiff\n"
        f"result = newsdiff.compare([{LEDGER!r}, {WIRE!r}])\n"
        f"documents = newsdiff.load_sources([{LEDGER!r}, {WIRE!r}], newsdiff.Options())\n"
        "articles = newsdiff.clean(documents)\n"
        "sentences = newsdiff.segment(articles[0])\n"
        "again = newsdiff.align(articles)\n"
        "text = newsdiff.render(again, newsdiff.OutputFormat.TEXT)\n"
        "print(len(sentences) > 0, len(again.groups) == len(result.groups), again.exit_code.name)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.stderr == ""
    assert done.stdout == "True True DIFFERENT\n"


def test_loading_needs_no_options_as_the_other_stages_do() -> None:
    documents = newsdiff.load_sources([LEDGER, WIRE])
    assert [d.source for d in documents] == [LEDGER, WIRE]
    assert newsdiff.load_source(LEDGER).source == LEDGER


def test_sources_may_be_paths_or_one_string_naming_one_source() -> None:
    by_strings = newsdiff.compare([LEDGER, WIRE])
    by_paths = newsdiff.compare([Path(LEDGER), Path(WIRE)])
    assert [a.source for a in by_paths.articles] == [LEDGER, WIRE]
    assert len(by_paths.groups) == len(by_strings.groups)
    # a folder given as one string is that folder, not its name's characters
    assert len(newsdiff.compare(str(SAMPLES)).articles) == 3
    assert len(newsdiff.clean_sources(SAMPLES)) == 3
    assert newsdiff.load_source(Path(LEDGER)).source == LEDGER


def test_an_unknown_format_is_newsdiffs_error_naming_the_formats() -> None:
    result = newsdiff.compare([LEDGER, WIRE])
    assert newsdiff.render(result, "json") == newsdiff.render(result, newsdiff.OutputFormat.JSON)  # type: ignore[arg-type]
    with pytest.raises(newsdiff.NewsdiffError, match=r"'pdf'.*terminal, text, json, markdown, html"):
        newsdiff.render(result, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "said"),
    [
        pytest.param({"language": "xx"}, "language 'xx'", id="a-language-not-read"),
        pytest.param({"min_similarity": 2.0}, "no probability", id="a-threshold-above-one"),
        pytest.param({"min_similarity": float("nan")}, "no probability", id="a-threshold-not-a-number"),
        pytest.param({"max_bytes": 0}, "must be positive", id="no-bytes"),
        pytest.param({"jobs": 0}, "one process at least", id="no-process"),
    ],
)
def test_options_the_command_line_refuses_are_refused_by_the_library_too(options: dict, said: str) -> None:
    """`Options(language="xx")` was read as no language at all, and `min_similarity=2.0` grouped
    nothing, without a word; the command line refuses both."""
    from newsdiff.errors import UsageProblem
    from newsdiff.options import Options

    with pytest.raises(UsageProblem, match=said):
        newsdiff.compare([LEDGER, WIRE], Options(**options))
    with pytest.raises(UsageProblem, match=said):
        newsdiff.align([], Options(**options))
