"""The README tells the truth: its test command is what CI runs, its formats are the real ones."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from newsdiff.model import OutputFormat

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    section = README[README.index("Install and run the tests") :]
    readme_command = re.search(r"```sh\n(.+?)\n```", section, re.S)
    assert readme_command is not None
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_command.group(1) == ci[-1]


def test_every_format_is_documented() -> None:
    for fmt in OutputFormat:
        assert f"| `{fmt.value}` |" in README, fmt


def test_screenshot_is_newsdiffs_own_output_of_the_samples() -> None:
    svg = (ROOT / "docs" / "screenshot.svg").read_text(encoding="utf-8")
    assert "docs/screenshot.svg" in README
    assert "Northern" in svg
    assert "Shared" in svg


def test_screenshot_is_current() -> None:
    """The README picture is what newsdiff draws today (after a rendering change, run
    `python scripts/screenshot.py` and look at docs/screenshot.svg)."""
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "scripts" / "screenshot.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    current = script.svg(script.DEFAULT_SOURCES, script.DEFAULT_WIDTH)
    assert current == script.OUTPUT.read_text(encoding="utf-8"), "run python scripts/screenshot.py"
