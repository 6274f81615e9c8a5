"""Time to draw one comparison in every format, against the time to compute it, in one run.

    python bench/render.py [--runs 30] [--width 100] [SOURCE ...]

Loads, cleans and aligns the sources once (default: the seeds, then the phone-call samples),
then renders the same `Comparison` `--runs` times per format and prints the median and range of
each, and its ratio to the comparison itself: drawing should cost little next to aligning.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsdiff.model import OutputFormat
from newsdiff.options import RenderOptions
from newsdiff.pipeline import compare
from newsdiff.render import render

ROOT = Path(__file__).resolve().parent.parent


def timed(action, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    action()  # imports and caches once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, sources: list[str], runs: int, width: int) -> None:
    compute = timed(lambda: compare(sources), max(runs // 3, 3))
    result = compare(sources)
    base = statistics.median(compute)
    print(f"{name}: {len(result.articles)} articles, {len(result.shared)} shared facts, width {width}")
    print(f"  {'compare (load, clean, align)':<30} median {base * 1000:7.2f} ms")
    for fmt in OutputFormat:
        for color in (False, True) if fmt is OutputFormat.TERMINAL else (False,):
            options = RenderOptions(width=width, color=color)
            times = timed(lambda fmt=fmt, options=options: render(result, fmt, options), runs)
            median = statistics.median(times)
            label = f"render {fmt.value}" + (" (color)" if color else "")
            spread = f"{min(times) * 1000:.2f}-{max(times) * 1000:.2f}"
            ratio = f"{median / base:.2f}x compare"
            print(f"  {label:<30} median {median * 1000:7.2f} ms  (range {spread})  {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--width", type=int, default=100)
    args = parser.parse_args()
    if args.sources:
        report("given sources", args.sources, args.runs, args.width)
        return
    seeds = [str(p) for p in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    if len(seeds) >= 2:
        report("seeds", seeds, args.runs, args.width)
    report("samples/phone-call", [str(ROOT / "samples" / "phone-call")], args.runs, args.width)


if __name__ == "__main__":
    main()
