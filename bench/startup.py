"""Wall time of whole `newsdiff` processes against `icdiff` on the same two files, in one run.

    python bench/startup.py [--runs 15] [FILE FILE]

Prints median and spread for `--help` and for comparing the seeds (default
../shared/seeds/*.txt), and the ratio to icdiff. Needs `icdiff` on PATH (`pip install icdiff`).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], runs: int) -> list[float]:
    subprocess.run(cmd, capture_output=True, check=False)  # warm the page cache once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def show(name: str, times: list[float], baseline: list[float] | None = None) -> None:
    median = statistics.median(times)
    spread = f"{min(times) * 1000:.0f}-{max(times) * 1000:.0f}"
    ratio = f"  {median / statistics.median(baseline):.2f}x icdiff" if baseline else ""
    print(f"{name:<34} median {median * 1000:7.1f} ms  (range {spread} ms){ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    files = args.files or [str(p) for p in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    icdiff = shutil.which("icdiff")
    newsdiff = shutil.which("newsdiff") or sys.exit("newsdiff is not installed")
    if icdiff is None:
        sys.exit("icdiff is not installed: pip install icdiff")
    base_help = timed([icdiff, "--help"], args.runs)
    base_diff = timed([icdiff, *files], args.runs)
    show("icdiff --help", base_help)
    show("newsdiff --help", timed([newsdiff, "--help"], args.runs), base_help)
    show("icdiff FILE FILE", base_diff)
    show("newsdiff compare FILE FILE (text)", timed([newsdiff, "compare", *files], args.runs), base_diff)
    show(
        "newsdiff compare --format json",
        timed([newsdiff, "compare", "--format", "json", *files], args.runs),
        base_diff,
    )


if __name__ == "__main__":
    main()
