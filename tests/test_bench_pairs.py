"""The labelled pairs the alignment bench scores are the ones its events file gives: each event in
German, French, Spanish, Italian, Portuguese, Dutch, Russian or Polish names its language and
yields pairs of both kinds, the fresh English events are new and all held out, and the committed
pair files are what bench/make_align_pairs.py builds from the events now."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _make_align_pairs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_align_pairs", ROOT / "bench" / "make_align_pairs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_event_in_another_language_names_it_and_yields_pairs_of_both_kinds() -> None:
    pairs = _make_align_pairs()
    spoken = pairs.languages(pairs.EVENTS_INTL)
    assert Counter(spoken.values()) == {lang: 3 for lang in ("de", "fr", "es", "it", "pt", "nl", "ru", "pl")}
    assert set(spoken) == set(pairs.read_events(pairs.EVENTS_INTL))
    rows = pairs.pairs(pairs.EVENTS_INTL)
    for event, language in spoken.items():
        mine = [r for r in rows if r["event"] == event]
        assert {r["language"] for r in mine} == {language}, event
        assert {r["split"] for r in mine} == {"test"}, event  # nothing is fitted on them
        same = sum(1 for r in mine if r["label"])
        assert same >= 10, event
        assert len(mine) - same == same, event


def test_the_english_events_name_no_language_and_their_pairs_none() -> None:
    pairs = _make_align_pairs()
    assert set(pairs.languages(pairs.EVENTS).values()) == {"en"}
    assert not any("language" in r for r in pairs.pairs(pairs.EVENTS))


def test_the_fresh_english_events_are_new_all_held_out_and_their_pairs_built_from_them() -> None:
    """bench/data/align_events_fresh.txt measures the shipped model on events nobody tuned on: its
    pairs are all in the split "fresh" (nothing fits on them), in English, of events and sentences
    that are in no other events file, and the committed pairs are what make_align_pairs.py builds."""
    pairs = _make_align_pairs()
    assert pairs.OUTPUTS[pairs.EVENTS_FRESH] == "align_pairs_fresh.jsonl"
    rows = pairs.pairs(pairs.EVENTS_FRESH)
    built = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    assert (ROOT / "bench" / "data" / "align_pairs_fresh.jsonl").read_text(encoding="utf-8") == built
    assert {r["split"] for r in rows} == {"fresh"}
    assert set(pairs.languages(pairs.EVENTS_FRESH).values()) == {"en"}
    assert not any("language" in r for r in rows)
    fresh = pairs.read_events(pairs.EVENTS_FRESH)
    assert len(fresh) == 15
    assert all(len(outlets) in (2, 3) for outlets in fresh.values())
    for other in (pairs.EVENTS, pairs.EVENTS_INTL):
        events = pairs.read_events(other)
        assert not set(fresh) & set(events), other
        texts = {t for outlets in events.values() for sentences in outlets.values() for _, _, t in sentences}
        assert not texts & {t for r in rows for t in (r["a"]["text"], r["b"]["text"])}, other
    for event in fresh:
        mine = [r for r in rows if r["event"] == event]
        same = sum(1 for r in mine if r["label"])
        assert same >= 5, event
        assert len(mine) - same == same, event


def test_the_committed_pair_files_are_built_from_the_events_as_they_are() -> None:
    pairs = _make_align_pairs()
    for events, name in pairs.OUTPUTS.items():
        built = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pairs.pairs(events))
        assert (ROOT / "bench" / "data" / name).read_text(encoding="utf-8") == built, name


def test_the_conflict_labels_cover_every_same_fact_pair_once() -> None:
    """bench/conflict_quality.py scores every same-fact pair of the two pair files: a pair the events
    gained since the labelling would go unmeasured, and one they lost would be measured on text
    that no longer exists. The second annotator's pairs are among the first's."""
    data = ROOT / "bench" / "data"
    same = [
        (r["event"], r["a"]["text"], r["b"]["text"])
        for name in ("align_pairs.jsonl", "align_pairs_intl.jsonl")
        for r in map(json.loads, (data / name).read_text(encoding="utf-8").splitlines())
        if r["label"]
    ]
    labels = list(map(json.loads, (data / "conflict_labels.jsonl").read_text(encoding="utf-8").splitlines()))
    assert [(r["event"], r["a"], r["b"]) for r in labels] == same
    kinds = {c["kind"] for r in labels for c in r["conflicts"]}
    assert kinds <= {"number", "date", "quote", "name"}
    second = (data / "conflict_labels_second.jsonl").read_text(encoding="utf-8").splitlines()
    assert {(r["event"], r["a"], r["b"]) for r in map(json.loads, second)} <= set(same)


def test_the_held_out_conflict_sets_are_new_pairs_in_the_languages_read() -> None:
    """The two held-out conflict sets (bench/conflict_quality.py) tell how the rules do on pairs they
    were not written from: none of their sentences is a labelled pair's, nor the other set's, and
    they are in the languages newsdiff reads."""
    data = ROOT / "bench" / "data"
    labels = map(json.loads, (data / "conflict_labels.jsonl").read_text(encoding="utf-8").splitlines())
    seen = {text for r in labels for text in (r["a"], r["b"])}
    for name in ("conflict_heldout.jsonl", "conflict_heldout2.jsonl"):
        rows = list(map(json.loads, (data / name).read_text(encoding="utf-8").splitlines()))
        texts = {text for r in rows for text in (r["a"], r["b"])}
        assert not texts & seen, name
        seen |= texts
        assert {r["language"] for r in rows} == {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl"}
        assert len({r["id"] for r in rows}) == len(rows)
        assert {c["kind"] for r in rows for c in r["conflicts"]} == {"number", "date", "quote", "name"}


def _align_quality(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # as when run from there: its sibling modules
    spec = importlib.util.spec_from_file_location("align_quality", ROOT / "bench" / "align_quality.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "align_quality", module)  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_the_bench_lists_missed_same_fact_pairs_by_kind_marking_those_never_scored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bench = _align_quality(monkeypatch)

    def row(kind: str, label: int, a: str, b: str) -> dict[str, object]:
        sides = {"a": {"outlet": "x", "text": a}, "b": {"outlet": "y", "text": b}}
        return {"event": "e", "split": "train", "kind": kind, "label": label} | sides

    rows = [
        row("paraphrase", 1, "Tugs brought the ship in.", "The ferry was towed to port."),
        row("split-merged", 1, "Two died.", "The avalanche killed two and hurt four."),
        row("paraphrase", 1, "The mayor resigned.", "The mayor stepped down."),
        row("paraphrase", 1, "Found: scored high.", "Found: scored high too."),
        row("same-topic-other-fact", 0, "Prices rose.", "Prices fell."),
    ]
    names = ("words", "clause", "best_match", "best_of_one", "length")
    values = [dict.fromkeys(names, 0.1) | {"candidate": float(i != 0)} for i in range(len(rows))]
    lines = bench.misses_by_kind(rows, values, [0.0, 0.3, 0.2, 0.9, 0.8], 0.5)
    assert lines[0] == "    missed paraphrase (2):"
    assert lines[1].startswith("      0.00 [train unscored] words 0.10")
    assert lines[2:4] == ["        Tugs brought the ship in.", "        The ferry was towed to port."]
    assert lines[4].startswith("      0.20 [train] words")
    assert lines[7] == "    missed split-merged (1):"
    assert len(lines) == 11  # neither the pair found nor the hard negative
