"""Make docs/screenshot.svg: newsdiff's own terminal output on the bundled samples, as an SVG.

python scripts/screenshot.py [--width 120] [SOURCE ...]
"""

from __future__ import annotations

import argparse
import io
import os
from pathlib import Path

from rich.console import Console

from newsdiff.options import RenderOptions
from newsdiff.pipeline import compare
from newsdiff.render import layout, terminal

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = ["samples/phone-call/northern-ledger.txt", "samples/phone-call/pacific-wire.txt"]
"""Relative to the repository root, so the picture shows short paths."""
DEFAULT_WIDTH = 120
"""Wide enough for two columns side by side, narrow enough to read in a README."""
OUTPUT = ROOT / "docs" / "screenshot.svg"


def svg(sources: list[str], width: int) -> str:
    """newsdiff's terminal output of `sources` (relative to the repository root) as an SVG."""
    here = os.getcwd()
    os.chdir(ROOT)  # relative paths, so the headers show short ones
    try:
        result = compare(sources)
    finally:
        os.chdir(here)
    options = RenderOptions(width=width, color=True)
    console = Console(
        file=io.StringIO(),
        record=True,
        width=width,
        height=terminal.CONSOLE_HEIGHT,  # with a height, rich keeps the width whatever TERM says
        force_terminal=True,
        color_system="truecolor",
        markup=False,
        emoji=False,
        highlight=False,
    )
    for node in layout.comparison(result, options):
        console.print(terminal.to_rich(node))
    return console.export_svg(title="newsdiff compare")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    parser.add_argument("--width", type=int, default=DEFAULT_WIDTH)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    picture = svg(args.sources, args.width)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(picture, encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
