"""The library the README shows: `import newsdiff`, then its stage verbs and `compare`."""

from __future__ import annotations

import ast
import importlib
import re
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


ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

STAGE_BY_STAGE = """\
import dataclasses

import newsdiff
from newsdiff import Comparison, NewsdiffError, Options, OutputFormat

documents = newsdiff.load_sources(["a.txt", "b.txt"], Options(explain=True))
articles = newsdiff.clean(documents)
sentences: list[newsdiff.Sentence] = newsdiff.segment(articles[0])
result: Comparison = newsdiff.align(articles, Options(explain=True))
count: int = result.conflict_count
for group in result.in_conflict:
    for conflict in group.conflicts:
        print(conflict.kind.value, conflict.values, conflict.articles)
plain: dict[str, object] = dataclasses.asdict(result)
try:
    newsdiff.render(result, OutputFormat.TEXT)
except NewsdiffError as error:
    print(error)
"""


def _strict_mypy(source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """mypy --strict's report on a library user's file, newsdiff read as an installed package is:
    its own modules' errors silent, no project configuration."""
    from mypy import api

    user = tmp_path / "user.py"
    user.write_text(source, encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", str(ROOT))
    monkeypatch.chdir(tmp_path)
    out, err, _ = api.run(
        [
            "--strict",
            "--config-file",
            str(tmp_path / "mypy.ini"),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--follow-imports",
            "silent",
            "--no-error-summary",
            str(user),
        ]
    )
    return out + err


def test_the_readme_example_type_checks_under_mypy_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """py.typed promises a typed library: `newsdiff.compare` was "not explicitly exported"."""
    section = README[README.index("## Library") :]
    example = re.search(r"```python\n(.+?)```", section, re.S)
    assert example is not None
    assert _strict_mypy(example.group(1), tmp_path, monkeypatch) == ""


def test_the_stages_and_their_records_type_check_under_mypy_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _strict_mypy(STAGE_BY_STAGE, tmp_path, monkeypatch) == ""
    # and a mistake is still found: the count is no tuple of conflicts
    mistaken = STAGE_BY_STAGE + "for wrong in result.conflict_count:\n    print(wrong)\n"
    assert '"int" has no attribute "__iter__"' in _strict_mypy(mistaken, tmp_path, monkeypatch)


def test_every_exported_name_is_written_out_for_type_checkers() -> None:
    """Type checkers read neither `_EXPORTS` nor `__getattr__`: `__all__` is a list of strings and
    each name is imported under TYPE_CHECKING from its module, as `__getattr__` imports it."""
    tree = ast.parse((ROOT / "newsdiff" / "__init__.py").read_text(encoding="utf-8"))
    (listed,) = [
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__all__"]
    ]
    assert listed == newsdiff.__all__
    assert sorted(listed) == sorted(["__version__", *newsdiff._EXPORTS])
    (checking,) = [
        node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    ]
    imported = {
        alias.name: node.module
        for node in checking.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == newsdiff._EXPORTS


def test_a_comparisons_count_of_conflicts_has_a_name_that_says_count() -> None:
    """`Comparison.conflicts` is a count where `FactGroup.conflicts` is a tuple; the count keeps
    its name within version 1, and `conflict_count` says what it is."""
    result = newsdiff.compare([LEDGER, WIRE])
    assert result.conflict_count == result.conflicts == sum(len(g.conflicts) for g in result.groups) > 0
    assert all(isinstance(g.conflicts, tuple) for g in result.groups)


def test_a_result_becomes_plain_dicts_with_dataclasses_asdict() -> None:
    import dataclasses

    result = newsdiff.compare([LEDGER, WIRE])
    conflict = result.in_conflict[0].conflicts[0]
    assert dataclasses.asdict(conflict) == {
        "kind": conflict.kind,
        "values": conflict.values,
        "articles": conflict.articles,
        "senses": conflict.senses,
        "reason": conflict.reason,
    }
    plain = dataclasses.asdict(result)
    assert [a["source"] for a in plain["articles"]] == [LEDGER, WIRE]
    assert len(plain["groups"]) == len(result.groups)
    assert plain["groups"][0]["members"][0]["text"] == result.groups[0].members[0].text


@pytest.mark.parametrize("count", [0, 1])
def test_aligning_fewer_than_two_articles_is_the_error_compare_gives(count: int) -> None:
    """`align` of one article returned SAME (nothing to disagree with) where `compare` refused."""
    articles = newsdiff.clean_sources([LEDGER])[:count]
    with pytest.raises(newsdiff.NewsdiffError, match=f"needs at least two articles, got {count}"):
        newsdiff.align(articles)
    with pytest.raises(newsdiff.NewsdiffError, match="compare needs at least two articles, got 1"):
        newsdiff.compare([LEDGER])
