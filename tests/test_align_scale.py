"""Alignment of many articles: batches, groups met through their representatives, evidence per
member. (Speed is measured in bench/scale.py; these tests check what the scalable path decides.)"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from newsdiff.align import BATCH_ARTICLES, align
from newsdiff.model import Article, Comparison, Metadata
from newsdiff.pipeline import compare
from newsdiff.similarity import MAX_POSTING

align_module = importlib.import_module("newsdiff.align")  # (`newsdiff.align` is the stage verb)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

WORDINGS = (
    "The lighthouse keeper of Skarvik retired on Friday after forty years on the rock.",
    "After forty years on the rock, the Skarvik lighthouse keeper retired on Friday.",
    "Skarvik's lighthouse keeper retired on Friday, ending forty years on the rock.",
)
OTHER_FACT = "The ferry to Skarvik will run twice a day from next month, the harbour office said."
TOPICS = (
    "bakery festival choir bridge museum library orchard glacier marathon regatta tunnel "
    "vineyard stadium observatory aquarium monastery quarry railway windmill greenhouse"
).split()


def _article(index: int, paragraphs: list[str]) -> Article:
    return Article(
        index=index,
        source=f"a{index}.txt",
        label=f"Outlet {index}",
        paragraphs=tuple(paragraphs),
        metadata=Metadata(),
    )


def _coverage(count: int) -> list[Article]:
    """`count` short articles on one event: each tells the retirement in one of three wordings,
    every third the ferry news too, and each a sentence of its own on another topic."""
    articles = []
    for n in range(count):
        own = (
            f"Meanwhile the {TOPICS[n % len(TOPICS)]} in village {n} reported "
            f"{n + 3} {TOPICS[(n * 7 + 3) % len(TOPICS)]} visitors."
        )
        paragraphs = [WORDINGS[n % 3], own] + ([OTHER_FACT] if n % 3 == 0 else [])
        articles.append(_article(n, paragraphs))
    return articles


def _members(result: Comparison) -> list[list[tuple[int, int]]]:
    return [[(m.article, m.index) for m in g.members] for g in result.shared]


def test_a_fact_told_by_more_outlets_than_a_posting_holds_is_one_group() -> None:
    """Its words are in more sentences than MAX_POSTING: the first batch stops before that, and
    later articles find its group through the group's own index."""
    count = 3 * MAX_POSTING
    result = align(_coverage(count))
    retirement = [g for g in result.shared if any("lighthouse" in m.text for m in g.members)]
    ferry = [g for g in result.shared if any("ferry" in m.text for m in g.members)]
    assert len(retirement) == 1
    assert retirement[0].articles == tuple(range(count))
    assert len(ferry) == 1
    assert ferry[0].articles == tuple(range(0, count, 3))
    assert not any("lighthouse" in m.text for m in ferry[0].members)
    facts = retirement[0].members + ferry[0].members
    assert not any(m.text.startswith("Meanwhile") for m in facts)


def test_evidence_is_one_link_per_member_not_every_pair() -> None:
    result = align(_coverage(2 * MAX_POSTING))
    group = next(g for g in result.shared if any("lighthouse" in m.text for m in g.members))
    linked = {side for e in group.evidence for side in e.pair}
    assert linked == {(m.article, m.index) for m in group.members}
    assert len(group.evidence) < len(group.members)
    assert all(e.probability >= 0.5 for e in group.evidence)
    probabilities = [e.probability for e in group.evidence]
    assert probabilities == sorted(probabilities, reverse=True)


def test_many_articles_give_the_same_result_twice() -> None:
    articles = _coverage(2 * MAX_POSTING)
    first, second = align(articles), align(articles)
    assert _members(first) == _members(second)
    assert [g.evidence for g in first.shared] == [g.evidence for g in second.shared]


@pytest.mark.parametrize("event", ["phone-call", "port-strike"])
def test_article_by_article_aligns_the_samples_as_all_at_once(
    event: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path for many articles (each one against the groups before it) gives the samples the
    same groups as scoring every candidate pair at once."""
    sources = [str(p) for p in sorted((SAMPLES / event).iterdir()) if p.suffix in (".txt", ".html")]
    together = compare(sources)
    monkeypatch.setattr(align_module, "BATCH_SENTENCES", 1)
    one_by_one = compare(sources)
    assert _members(one_by_one) == _members(together)


def test_progress_is_told_each_stage_up_to_its_total() -> None:
    calls: list[tuple[str, int, int]] = []
    align(_coverage(BATCH_ARTICLES + 3), progress=lambda *call: calls.append(call))
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages == ["segment", "align", "diff"]
    for stage in stages:
        done = [d for s, d, _ in calls if s == stage]
        total = {t for s, _, t in calls if s == stage}
        assert done == sorted(done)
        assert len(total) == 1
        assert done[-1] == total.pop()


HASH_SEED_SCRIPT = """
import json, random, sys
from newsdiff.align import align
from newsdiff.model import Article, Metadata
rng = random.Random(7)
who = "analysts observers officials residents traders experts diplomats the council".split()
verb = "expect note warn suggest say believe argue estimate report fear".split()
what = "prices shipping security energy exports tourism fishing trade the harvest".split()
articles = []
for n in range(int(sys.argv[1])):
    body = [
        f"{rng.choice(who).capitalize()} {rng.choice(verb)} that {rng.choice(what)} could change by "
        f"{rng.randint(2, 40)} percent within {rng.randint(2, 12)} months, according to note {n * 100 + k}."
        for k in range(8)
    ]
    articles.append(Article(index=n, source="", label=f"{n}", paragraphs=tuple(body), metadata=Metadata()))
result = align(articles)
print(json.dumps([[(m.article, m.index) for m in g.members] for g in result.shared]))
"""


def test_many_articles_group_alike_whatever_the_hash_seed() -> None:
    """Python randomises string hashes per process: nothing may depend on the order of a set of
    words (sums of term weights in another order rank near-equal groups otherwise)."""
    import os
    import subprocess
    import sys

    outputs = {
        subprocess.run(
            [sys.executable, "-c", HASH_SEED_SCRIPT, str(10 * BATCH_ARTICLES)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1
