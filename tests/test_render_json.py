"""The `json` format: schema newsdiff/1, validated, with diffs, conflicts, removed blocks, summary."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers_render import PAIR, comparison

from newsdiff.model import Comparison, Only, OutputFormat
from newsdiff.options import RenderOptions
from newsdiff.pipeline import article_facts, clean_sources, compare
from newsdiff.render import render, render_cleaned, render_facts

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SCHEMA = json.loads(resources.files("newsdiff").joinpath("schema.json").read_text(encoding="utf-8"))


def data_of(result: Comparison, only: Only | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(result, OutputFormat.JSON, RenderOptions(only=only)))
    jsonschema.validate(data, SCHEMA)
    return data


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_keys_of_the_contract_are_all_there() -> None:
    data = data_of(PAIR)
    assert data["schema"] == "newsdiff/1"
    assert set(data["articles"][0]) >= {"index", "source", "label", "title", "date", "words", "removed"}
    removed = data["articles"][0]["removed"]
    assert [{k: r[k] for k in ("reason", "text")} for r in removed] == [
        {"reason": "prompt", "text": "Share A on social media"}
    ]
    fact = data["facts"][0]
    assert set(fact) >= {"kind", "members", "similarity", "conflicts", "diff"}
    assert set(data["summary"]) >= {
        "articles",
        "shared",
        "unique_total",
        "conflicts",
        "same_facts",
        "exit_code",
    }


def test_word_diff_ops_and_changed_spans() -> None:
    (diff,) = data_of(PAIR)["facts"][0]["diff"]
    assert diff["pair"] == [0, 1]
    assert ["-", "lasted"] in diff["ops"]
    assert ["+", "took"] in diff["ops"]
    texts = [PAIR.shared[0].text_of(0), PAIR.shared[0].text_of(1)]
    assert [[texts[side][s:e] for s, e in spans] for side, spans in enumerate(diff["changed"])] == [
        ["lasted"],
        ["took"],
    ]


def test_conflicts_say_which_article_gives_which_value() -> None:
    (conflict,) = data_of(PAIR)["facts"][1]["conflicts"]
    assert conflict == {
        "kind": "number",
        "values": ["about 1,500", "about 1,200"],
        "articles": [0, 1],
        "reason": "rounded figures too far apart",
    }


def test_summary_counts_and_per_article() -> None:
    result = compare([str(SAMPLES / "phone-call")])
    summary = data_of(result)["summary"]
    assert summary["shared"] == len(result.shared)
    assert summary["shared_in_conflict"] == sum(1 for g in result.shared if g.conflicts) > 0
    assert [a["label"] for a in summary["per_article"]] == [
        "Meridian Daily",
        "Northern Ledger",
        "pacific-wire",
    ]
    for entry in summary["per_article"]:
        assert entry["shared"] + entry["unique"] > 0
    assert sum(a["unique"] for a in summary["per_article"]) == summary["unique_total"]


@pytest.mark.parametrize(
    ("only", "kinds"),
    [
        (None, {"shared", "unique"}),
        (Only.SHARED, {"shared"}),
        (Only.UNIQUE, {"unique"}),
        (Only.CONFLICTS, {"shared"}),
    ],
)
def test_only_keeps_one_kind_of_fact_but_the_summary_counts_all(only: Only | None, kinds: set[str]) -> None:
    data = data_of(PAIR, only)
    assert data["only"] == (only.value if only else None)
    assert {f["kind"] for f in data["facts"]} == kinds
    if only is Only.CONFLICTS:
        assert all(f["conflicts"] for f in data["facts"])
    assert data["summary"]["shared"] == 2
    assert data["summary"]["unique_total"] == 2


def test_strict_is_recorded_and_changes_the_diff() -> None:
    a, b = (
        "He called the offer “fair and final” on Monday.",
        'He called the offer "fair and final" on Monday.',
    )
    loose, strict = data_of(comparison([a], [b])), data_of(comparison([a], [b], strict=True))
    assert loose["strict"] is False
    assert strict["strict"] is True
    assert loose["facts"][0]["diff"][0]["changed"] == [[], []]
    assert strict["facts"][0]["diff"][0]["changed"] != [[], []]


GOLDEN = Path(__file__).resolve().parent / "golden"
JSON_GOLDENS = sorted(
    p.name
    for p in GOLDEN.iterdir()
    if "compare" in (p / "cmd").read_text() and "json" in (p / "cmd").read_text()
)


@pytest.mark.parametrize("case", JSON_GOLDENS)
def test_json_golden_files_follow_the_schema(case: str) -> None:
    jsonschema.validate(json.loads((GOLDEN / case / "expected.out").read_text(encoding="utf-8")), SCHEMA)


def test_json_is_the_same_at_any_width() -> None:
    for kind in ("pair", "three"):
        assert (GOLDEN / f"json-{kind}-80" / "expected.out").read_text() == (
            GOLDEN / f"json-{kind}-160" / "expected.out"
        ).read_text()


@pytest.mark.parametrize("only", [None, Only.CONFLICTS, Only.UNIQUE])
def test_json_written_in_pieces_is_the_document_and_the_data(only: Only | None) -> None:
    """The CLI writes JSON as it is made: the pieces make the same document, whose data is what
    `comparison_data` gives library users."""
    from newsdiff.render import render_pieces
    from newsdiff.render.json import comparison_data

    result = compare(sorted(str(p) for p in (SAMPLES / "port-strike").iterdir() if p.suffix != ".md"))
    options = RenderOptions(only=only)
    pieces = list(render_pieces(result, OutputFormat.JSON, options))
    assert len(pieces) > len(result.articles)
    assert "".join(pieces) == render(result, OutputFormat.JSON, options)
    assert json.loads("".join(pieces)) == json.loads(json.dumps(comparison_data(result, only)))


_KEYED_BY_NAME = {"features", "unique"}
"""Objects keyed by a feature's or an article's name, not by the contract."""


def _places(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every object in a document with its path (keys and list indices)."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key not in _KEYED_BY_NAME:
                yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for n, item in enumerate(node):
            yield from _places(item, (*path, n))


def _json_outputs() -> dict[str, dict[str, Any]]:
    strike = sorted(str(p) for p in (SAMPLES / "port-strike").iterdir())
    result = compare(strike)
    articles = clean_sources(strike)
    return {
        "compare": json.loads(render(result, OutputFormat.JSON, RenderOptions(explain=True))),
        "clean": json.loads(render_cleaned(articles, OutputFormat.JSON, explain=True)),
        "facts": json.loads(render_facts(articles[0], *article_facts(articles[0]), OutputFormat.JSON)),
    }


@pytest.mark.parametrize(("command", "data"), _json_outputs().items())
def test_the_schema_requires_every_key_that_newsdiff_1_writes(command: str, data: dict[str, Any]) -> None:
    """No key of version 1 is removed (DESIGN.md), so a script may rely on each: the schema says
    which, and an output without one of them does not validate."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert validator.is_valid(data)
    unrequired = set()
    checked = set()
    for path, node in _places(data):
        place = tuple("[]" if isinstance(step, int) else step for step in path)
        for key in node:
            if (place, key) in checked:
                continue
            checked.add((place, key))
            mutated = copy.deepcopy(data)
            target = mutated
            for step in path:
                target = target[step]
            del target[key]
            if validator.is_valid(mutated):
                unrequired.add(".".join(map(str, (*place, key))))
    assert len(checked) > 15
    assert sorted(unrequired) == []


def test_marks_are_what_the_other_formats_draw() -> None:
    """Scripts get the marks a reader sees, not only each pair's diff: with three articles the
    first is struck only where no other article shares its words ("denied", which the second shares,
    is in the first pair's changed spans but is not marked), and each mark indexes the cell's text."""
    result = comparison(
        ["Harrow Water denied on Friday that the reservoir had leaked into the Brenn valley at dawn."],
        ["Harrow Water denied on Friday that its reservoir leaked into the valley."],
        ["Harrow Water said on Friday that the reservoir had not leaked into the Brenn valley."],
    )
    facts = data_of(result)["facts"]
    (fact,) = [f for f in facts if f["kind"] == "shared"]
    marks = {m["article"]: m for m in fact["marks"]}
    first = marks[0]
    assert (first["op"], [first["text"][s:e] for s, e in first["spans"]]) == ("-", ["at dawn"])
    third = next(d for d in fact["diff"] if d["pair"] == [0, 2])
    assert any(first["text"][s:e] == "denied" for s, e in third["changed"][0])
    html = render(result, OutputFormat.HTML, RenderOptions(width=160, color=False))
    for mark in fact["marks"][1:]:
        assert mark["op"] == "+"
        for start, end in mark["spans"]:
            assert f"<ins>{mark['text'][start:end]}</ins>" in html
    assert all(f["marks"] == [] for f in facts if f["kind"] != "shared")
    (group,) = result.shared
    assert [(m["text"], m["spans"]) for m in fact["marks"]] == [
        (group.text_of(a), [list(span) for span in group.changed_spans(a)]) for a in group.articles
    ]
