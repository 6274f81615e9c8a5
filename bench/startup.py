"""Wall time of whole `newsdiff` processes against `icdiff` on the same two files, in one run.

    python bench/startup.py [--runs 21] [--install] [--top 12] [FILE FILE]

Times `--help` and comparing two files (default ../shared/seeds/*.txt; text output, then
`--format json`), each as a whole process, interleaved with `icdiff` on the same files so that both
see the same machine load; prints the median, the spread and the ratio to icdiff. newsdiff keeps
what `re` compiles of its patterns in ~/.cache/newsdiff (newsdiff/patterns.py), filled by the
warm-up run; "first run" compares the same files with an empty cache each time. Then the
`python -X importtime` top offenders of both commands (median self time over a few runs) and how
much of each command's time is imports.

Which newsdiff is measured matters: an editable install (`pip install -e .`) adds a finder that
imports ~9 ms of its own to every run. `--install` installs this checkout as `pip install .` does,
without its dependencies, into a temporary venv that borrows the current venv's site-packages:
a regular install, as users get, of the code in this checkout. Without `--install`, the
`newsdiff` on PATH is measured; the first line says which kind of install that is.
Needs `icdiff` (`pip install icdiff`).

Bytecode: an installed newsdiff runs from the bytecode pip compiled at install time, and an editable
one writes its `__pycache__` on the first run. A shell with PYTHONDONTWRITEBYTECODE set (as some
containers have) would make every run compile each module from source, ~0.3 s of a compare
(2026-12-07: 612 ms against 300-360 ms). The commands run without it, their bytecode kept in a
temporary directory (PYTHONPYCACHEPREFIX) so that the checkout stays clean; the header says so.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
IMPORTTIME_RUNS = 5
"""Runs of `python -X importtime` per command; each module's self time is the median over them."""


@contextmanager
def regular_install() -> Iterator[Path]:
    """A temporary venv with this checkout installed as `pip install .` does (not editable): its bin.

    The dependencies come from the current venv: a .pth line puts its site-packages on the path
    (only as a path, so its own .pth files, the editable finder among them, are not run).
    """
    with tempfile.TemporaryDirectory(prefix="newsdiff-startup-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        python = venv / "bin" / "python"
        purelib = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        # from a copy: building leaves build/ and *.egg-info behind in the source tree
        source = Path(tmp) / "src"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", "build", "*.egg-info", "bench"))
        pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", "--python", str(python)]
        subprocess.run([*pip, "install", "--no-deps", str(source)], check=True)
        # after installing, so that pip does not see (and offer to replace) the borrowed newsdiff
        Path(purelib, "_borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
        yield venv / "bin"


def interpreter(script: str) -> str:
    """The python a console script runs with (its #! line)."""
    return Path(script).read_text(encoding="utf-8").split("\n", 1)[0].removeprefix("#!").strip()


def install_kind(newsdiff: str) -> str:
    """How the given newsdiff script's package is installed, and where."""
    probe = (
        "import importlib.metadata as m, json, newsdiff\n"
        "d = m.distribution('newsdiff'); u = d.read_text('direct_url.json')\n"
        "e = bool(u) and json.loads(u).get('dir_info', {}).get('editable', False)\n"
        "print(('editable' if e else 'regular') + ' install, ' + newsdiff.__file__)"
    )
    found = subprocess.run(  # from /, lest `-c` find the package in the working directory
        [interpreter(newsdiff), "-c", probe], capture_output=True, text=True, check=False, cwd="/"
    )
    return found.stdout.strip() or f"unknown install ({found.stderr.strip()[-200:]})"


ENV: dict[str, str] = dict(os.environ)
"""The environment every command runs in (`main` lets it keep its bytecode)."""


def keeping_bytecode(cache: str) -> str | None:
    """Let the commands keep the bytecode they compile, in `cache`: the note to print, or None when
    the shell already lets them."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return None
    ENV.pop("PYTHONDONTWRITEBYTECODE")
    ENV["PYTHONPYCACHEPREFIX"] = cache
    return f"bytecode: PYTHONDONTWRITEBYTECODE is set here; unset for the runs, bytecode kept in {cache}"


def timed(
    commands: dict[str, list[str]], runs: int, cold: frozenset[str] = frozenset()
) -> dict[str, list[float]]:
    """Wall times of each command, run in turn `runs` times (after one warm-up run of each). The
    commands named in `cold` get an empty cache directory (XDG_CACHE_HOME) for each run: a first run."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():
        # warm the page cache, newsdiff's cache and the bytecode
        subprocess.run(cmd, capture_output=True, check=False, env=ENV)
    for _ in range(runs):
        for name, cmd in commands.items():
            with tempfile.TemporaryDirectory(prefix="newsdiff-cold-") as empty:
                env = {**ENV, "XDG_CACHE_HOME": empty} if name in cold else ENV
                start = time.perf_counter()
                subprocess.run(cmd, capture_output=True, check=False, env=env)
                times[name].append(time.perf_counter() - start)
    return times


def show(name: str, times: list[float], baseline: list[float] | None = None) -> None:
    median = statistics.median(times)
    quartiles = statistics.quantiles(times, n=4)
    spread = f"IQR {quartiles[0] * 1000:.0f}-{quartiles[2] * 1000:.0f}, min {min(times) * 1000:.0f}"
    ratio = f"  {median / statistics.median(baseline):.2f}x icdiff" if baseline else ""
    print(f"{name:<36} median {median * 1000:6.1f} ms  ({spread} ms){ratio}")


def import_times(cmd: list[str]) -> dict[str, tuple[float, float]]:
    """Each module's median (self, cumulative) import time in ms under `python -X importtime`."""
    runs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for _ in range(IMPORTTIME_RUNS):
        done = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], capture_output=True, text=True, env=ENV)
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
                continue
            self_us, cumulative_us, name = line.removeprefix("import time:").split("|")
            runs[name.strip()].append((int(self_us), int(cumulative_us)))
    return {
        name: (statistics.median(s for s, _ in values) / 1000, statistics.median(c for _, c in values) / 1000)
        for name, values in runs.items()
    }


def show_imports(title: str, cmd: list[str], wall: float, top: int) -> None:
    modules = import_times(cmd)
    total = sum(own for own, _ in modules.values())
    packages: dict[str, float] = defaultdict(float)
    for name, (own, _) in modules.items():
        packages[name.split(".")[0] if not name.startswith("newsdiff") else name] += own
    print(f"\n{title}: imports {total:.1f} ms of {wall * 1000:.1f} ms wall ({len(modules)} modules)")
    print(f"  {'self ms':>8} {'cum ms':>8}  module")
    for name, (own, cumulative) in sorted(modules.items(), key=lambda kv: -kv[1][0])[:top]:
        print(f"  {own:8.1f} {cumulative:8.1f}  {name}")
    heavy = sorted(packages.items(), key=lambda kv: -kv[1])[:top]
    print("  by package (self ms): " + ", ".join(f"{name} {ms:.1f}" for name, ms in heavy))


def run(newsdiff: str, icdiff: str, files: list[str], runs: int, top: int) -> None:
    # icdiff runs on newsdiff's python, so that both pay for the same site-packages (.pth files)
    python = interpreter(newsdiff)
    commands = {
        "icdiff --help": [python, icdiff, "--help"],
        "newsdiff --help": [newsdiff, "--help"],
        "icdiff FILE FILE": [python, icdiff, *files],
        "newsdiff compare (text)": [newsdiff, "compare", *files],
        "newsdiff compare --format json": [newsdiff, "compare", "--format", "json", *files],
        "newsdiff compare (text), first run": [newsdiff, "compare", *files],
    }
    times = timed(commands, runs, cold=frozenset({"newsdiff compare (text), first run"}))
    for name, values in times.items():
        baseline = "icdiff --help" if "help" in name else "icdiff FILE FILE"
        show(name, values, None if name.startswith("icdiff") else times[baseline])
    for name in ("newsdiff --help", "newsdiff compare (text)", "newsdiff compare --format json"):
        cmd = [python, *commands[name]]  # the console script, run by its own python
        show_imports(name, cmd, statistics.median(times[name]), top)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="*", help="two files to compare [default: the seeds]")
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each command")
    parser.add_argument("--top", type=int, default=12, help="modules shown per importtime listing")
    parser.add_argument(
        "--install", action="store_true", help="measure a regular install of this checkout (temporary venv)"
    )
    args = parser.parse_args()
    files = args.files or [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    icdiff = shutil.which("icdiff")
    if icdiff is None:
        sys.exit("icdiff is not installed: pip install icdiff")
    print(f"icdiff: {icdiff}; files: {' '.join(files)}; {args.runs} runs each, interleaved")
    with tempfile.TemporaryDirectory(prefix="newsdiff-pyc-") as cache:
        note = keeping_bytecode(cache)
        if note:
            print(note)
        measure(args, icdiff, files)


def measure(args: argparse.Namespace, icdiff: str, files: list[str]) -> None:
    if args.install:
        with regular_install() as bindir:
            newsdiff = str(bindir / "newsdiff")
            print(f"newsdiff: {install_kind(newsdiff)} (this checkout, temporary venv)")
            run(newsdiff, icdiff, files, args.runs, args.top)
        return
    newsdiff = shutil.which("newsdiff") or sys.exit("newsdiff is not installed")
    print(f"newsdiff: {install_kind(newsdiff)} ({newsdiff})")
    run(newsdiff, icdiff, files, args.runs, args.top)


if __name__ == "__main__":
    main()
