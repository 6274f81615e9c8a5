"""How newsdiff scales with the number of articles: synthetic coverage of one event.

    python bench/scale.py [--sizes 10 100 1000] [--words 900] [--keep DIR] [--baseline NEWSDIFF]

For each size N it writes N articles of about `--words` words, made from the bundled samples' body
sentences (samples/EXPECTED.md): each article takes a random share of the event's facts in a
shuffled order, paraphrases them with a small word list, adds sentences of its own, and wraps the
body in boilerplate (title, byline, dateline, share prompts, a disclaimer, a leaked var_dump). Then
it times `newsdiff compare --format json DIR` as a whole process (wall time and peak RSS) and, in a
separate process, each stage on its own (align's parts through its progress callback: segment,
score and group, then word diffs and evidence), and prints the growth exponent between the two
largest sizes (1.0 is linear, 2.0 quadratic).

It also scores the grouping, as bench/samples_gold.py does for the samples: two sentences of
different articles belong together when they come from the same gold fact of EXPECTED.md (a
sentence an article adds of its own belongs with none), and pair precision (P) and recall (R) are
counted over the shared facts of the JSON; "P ev" is the precision over pairs of event sentences
only (the added sentences are near-identical templates: "Analysts expect that prices could change
by 12 percent within 5 months, according to note 3004.", which the pair model, not the grouping,
often takes for one claim). `--baseline` runs another newsdiff executable (another checkout's
venv) on the same corpora, in the same run, for a before/after.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from samples_gold import gold_facts  # noqa: E402

Truth = dict[tuple[int, str], str]
"""(article, sentence text) -> the fact it reports (a gold fact of EXPECTED.md, or its own)."""
PARAPHRASES = {
    "said": ["stated", "told reporters", "announced"],
    "agreed": ["decided", "consented"],
    "telephone": ["phone"],
    "phone": ["telephone"],
    "conversation": ["call", "talk"],
    "relations": ["ties"],
    "ties": ["relations"],
    "strike": ["walkout", "stoppage"],
    "workers": ["employees", "staff"],
    "dockworkers": ["dockers", "port workers"],
    "discussed": ["talked about", "went over"],
    "Monday": ["Monday", "Tuesday"],
}
FILLER = (
    "analysts observers officials residents markets traders the region the capital neighbouring "
    "countries experts diplomats a spokesman the council a report the agency local media"
).split()
VERBS = "expect note warn suggest say believe argue estimate report fear".split()
TOPICS = (
    "prices shipping security energy exports the budget the elections tourism fishing trade "
    "the currency the harvest"
).split()
BOILERPLATE_HEAD = "By {author}\n\n{outlet}, November 15, 2016\n\nRegion: [World](#), [Europe](#)\n"
BOILERPLATE_TAIL = (
    "[Share on Facebook](#) [Share on Twitter](#)\n\n"
    "The original source of this article is {outlet}\n\n"
    "Copyright © {outlet}, 2016\n\n"
    "Disclaimer: The contents of this article are of sole responsibility of the author(s). {outlet} "
    "will not be responsible for any inaccurate or incorrect statement in this article.\n\n"
    'string(120) "[{{"id":"{n}","title":"Related story {n}","pic":"/2016/11/{n}.jpg"}}]"\n'
)


def event_sentences() -> list[str]:
    text = (ROOT / "samples" / "EXPECTED.md").read_text(encoding="utf-8")
    sentences: list[str] = []
    for block in re.findall(r"Body sentences to keep[^\n]*\n\n```text\n(.*?)\n```", text, re.S):
        sentences.extend(line.strip() for line in block.splitlines() if line.strip())
    return sentences


def fact_classes() -> dict[str, str]:
    """Each gold sentence of the samples -> the name of its fact (sentences of one fact share it)."""
    classes: dict[str, str] = {}
    for event in ("phone-call", "port-strike"):
        for number, fact in enumerate(gold_facts(event)):
            for _, text in fact:
                classes[text] = f"{event}-{number}"
    return classes


def paraphrase(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    return " ".join(
        rng.choice(PARAPHRASES[w]) if w in PARAPHRASES and rng.random() < 0.5 else w for w in words
    )


def own_sentence(rng: random.Random, n: int) -> str:
    return (
        f"{rng.choice(FILLER).capitalize()} {rng.choice(VERBS)} that {rng.choice(TOPICS)} could "
        f"change by {rng.randint(2, 40)} percent within {rng.randint(2, 12)} months, "
        f"according to note {n}."
    )


def article(
    index: int, facts: list[str], words: int, rng: random.Random, classes: dict[str, str], truth: Truth
) -> str:
    chosen = [(paraphrase(s, rng), classes.get(s, s)) for s in facts if rng.random() < 0.6]
    rng.shuffle(chosen)
    body: list[str] = []
    count = 0
    for sentence, fact in chosen:
        body.append(sentence)
        truth[(index, sentence)] = fact
        count += len(sentence.split())
        if rng.random() < 0.3:
            body.append(own_sentence(rng, index * 1000 + len(body)))
            count += len(body[-1].split())
    while count < words:
        body.append(own_sentence(rng, index * 1000 + len(body)))
        count += len(body[-1].split())
    outlet = f"Outlet {index:04d}"
    head = f"Coverage of the event, report {index}\n\n" + BOILERPLATE_HEAD.format(
        author=f"Reporter {index}", outlet=outlet
    )
    paragraphs = ["\n".join(body[i : i + 3]).replace("\n", " ") for i in range(0, len(body), 3)]
    return head + "\n" + "\n\n".join(paragraphs) + "\n\n" + BOILERPLATE_TAIL.format(outlet=outlet, n=index)


def write_corpus(folder: Path, n: int, words: int) -> tuple[int, Truth]:
    """Write n articles; return their words in all and the fact of each event sentence."""
    rng = random.Random(n)  # the same corpus for the same size, every run
    facts = event_sentences()
    classes = fact_classes()
    truth: Truth = {}
    total = 0
    for i in range(n):
        text = article(i, facts, words, rng, classes, truth)
        total += len(text.split())
        (folder / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
    return total, truth


def _cross_pairs(per_article: Counter[int]) -> int:
    """Pairs of sentences from different articles among sentences counted per article."""
    n = sum(per_article.values())
    return (n * (n - 1) - sum(k * (k - 1) for k in per_article.values())) // 2


def quality(output: dict[str, object], truth: Truth) -> tuple[float, float, float]:
    """Pair precision and recall of the shared facts against the generator's truth, and the
    precision over pairs of event sentences only (the sentences the generator adds of its own are
    near-identical templates, which the pair model often takes for one claim)."""
    gold: dict[str, Counter[int]] = defaultdict(Counter)
    for (article, _), fact in truth.items():
        gold[fact][article] += 1
    relevant = sum(_cross_pairs(c) for c in gold.values())
    predicted = right = events = 0
    facts = output["facts"]
    assert isinstance(facts, list)
    for group in facts:
        if group["kind"] != "shared":
            continue
        everyone: Counter[int] = Counter()
        reported: Counter[int] = Counter()
        by_fact: dict[str, Counter[int]] = defaultdict(Counter)
        for m in group["members"]:
            everyone[m["article"]] += 1
            fact = truth.get((m["article"], m["text"]))
            if fact is not None:
                reported[m["article"]] += 1
            by_fact[fact or f"own {m['article']} {m['text']}"][m["article"]] += 1
        predicted += _cross_pairs(everyone)
        events += _cross_pairs(reported)
        right += sum(_cross_pairs(c) for c in by_fact.values())
    return (
        right / predicted if predicted else 1.0,
        right / relevant if relevant else 1.0,
        right / events if events else 1.0,
    )


STAGES = r"""
import json, sys, time
from newsdiff.load import load_sources
from newsdiff.clean import clean
from newsdiff.align import align
from newsdiff.render import render
from newsdiff.model import OutputFormat
from newsdiff.options import Options
times = {}
def timed(name, call):
    start = time.perf_counter()
    value = call()
    times[name] = time.perf_counter() - start
    return value
last = {"stage": None, "at": 0.0}
def progress(stage, done, total):
    now = time.perf_counter()
    if stage != last["stage"]:
        if last["stage"]:
            times[last["stage"]] = now - last["at"]
        last.update(stage=stage, at=now)
try:  # as `compare` runs them: one pool of workers for the run, the garbage collector paused
    from newsdiff.parallel import shared_pool
    from newsdiff.parallel import collector_paused
    run = lambda: (collector_paused(), shared_pool(None))
except ImportError:  # an older newsdiff (--baseline)
    from contextlib import nullcontext
    run = lambda: (nullcontext(), nullcontext())
paused, pool = run()
with paused, pool:
    docs = timed("load", lambda: load_sources([sys.argv[1]], Options()))
    articles = timed("clean", lambda: clean(docs, Options()))
    try:
        result = align(articles, Options(), progress=progress)
        times[last["stage"]] = time.perf_counter() - last["at"]
    except TypeError:  # a newsdiff without the progress callback
        result = timed("align (all)", lambda: align(articles, Options()))
    timed("render json", lambda: render(result, OutputFormat.JSON))
print(json.dumps(times))
"""
STAGE_NAMES = {"align": "score+group", "diff": "diffs+evidence"}


def measure(folder: Path, newsdiff: str) -> tuple[float, float, dict[str, float], dict[str, object]]:
    """Wall time and peak RSS (MiB) of one `compare --format json`, its stages, its output."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [newsdiff, "compare", "--format", "json", str(folder)], stdout=subprocess.PIPE, stderr=err
        )
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        if proc.returncode not in (0, 1):
            err.seek(0)
            sys.exit(f"newsdiff failed: {err.read().decode(errors='replace')}")
    python = str(Path(newsdiff).parent / "python")
    stages = json.loads(
        subprocess.run(  # from a neutral folder: `-c` puts the working directory first on sys.path
            [python, "-c", STAGES, str(folder)], capture_output=True, check=True, text=True, cwd=folder
        ).stdout
    )
    return wall, usage.ru_maxrss / 1024, stages, json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--words", type=int, default=900)
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    parser.add_argument("--baseline", help="another newsdiff executable to run on the same corpora")
    args = parser.parse_args()
    newsdiff = shutil.which("newsdiff") or sys.exit("newsdiff is not installed")
    runs = {"newsdiff": newsdiff} | ({"baseline": args.baseline} if args.baseline else {})
    walls: dict[str, dict[int, float]] = {name: {} for name in runs}
    print(
        f"{'run':>9} {'articles':>8} {'words':>9} {'wall s':>8} {'peak MiB':>9} {'shared':>7} "
        f"{'P':>6} {'R':>6} {'P ev':>6}  per stage (s)"
    )
    for n in args.sizes:
        base = args.keep or Path(tempfile.mkdtemp(prefix="newsdiff-scale-"))
        folder = base / f"n{n}"
        folder.mkdir(parents=True, exist_ok=True)
        words, truth = write_corpus(folder, n, args.words)
        for name, executable in runs.items():
            wall, peak, stages, output = measure(folder, executable)
            walls[name][n] = wall
            precision, recall, event_precision = quality(output, truth)
            shared = sum(1 for f in output["facts"] if f["kind"] == "shared")
            detail = "  ".join(f"{STAGE_NAMES.get(k, k)} {v:.2f}" for k, v in stages.items())
            print(
                f"{name:>9} {n:>8} {words:>9} {wall:>8.2f} {peak:>9.0f} {shared:>7} "
                f"{precision:>6.3f} {recall:>6.3f} {event_precision:>6.3f}  {detail}",
                flush=True,
            )
        if not args.keep:
            shutil.rmtree(base)
    for name, results in walls.items():
        sizes = sorted(results)
        if len(sizes) >= 2:
            small, large = sizes[-2], sizes[-1]
            exponent = math.log(results[large] / results[small]) / math.log(large / small)
            print(f"{name}: growth exponent {small} -> {large}: {exponent:.2f} (1 linear, 2 quadratic)")


if __name__ == "__main__":
    main()
