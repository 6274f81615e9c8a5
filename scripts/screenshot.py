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
from newsdiff.render import layout

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = ["samples/phone-call/northern-ledger.txt", "samples/phone-call/pacific-wire.txt"]
"""Relative to the repository root, so the picture shows short paths."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshot.svg")
    args = parser.parse_args()
    os.chdir(ROOT)
    result = compare(args.sources)
    options = RenderOptions(width=args.width, color=True)
    console = Console(
        file=io.StringIO(),
        record=True,
        width=args.width,
        force_terminal=True,
        color_system="truecolor",
        markup=False,
        emoji=False,
        highlight=False,
    )
    for renderable in layout.comparison(result, options):
        console.print(renderable)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(console.export_svg(title="newsdiff compare"), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
