"""Shared fixtures: a clean environment for rendering, paths to samples and seeds, golden files."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# No time limit on a hypothesis example (its default is 200 ms): a test asserts behaviour, never
# speed, and a busy machine once took 347 ms for an example that takes 0.15 ms
settings.register_profile("newsdiff", deadline=None)
settings.load_profile("newsdiff")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"

CACHE = tempfile.mkdtemp(prefix="newsdiff-tests-cache-")
os.environ["XDG_CACHE_HOME"] = CACHE
"""newsdiff keeps what `re` compiles of its patterns in the user's cache (newsdiff/patterns.py); the
tests, which compile patterns of their own, keep theirs apart (and so start without one)."""


def pytest_unconfigure(config: pytest.Config) -> None:
    from newsdiff import patterns

    patterns._new.clear()  # nothing left to write on the way out
    shutil.rmtree(CACHE, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/*/expected.* from the current output (review the git diff).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rendering must not depend on the developer's terminal settings."""
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TTY_COMPATIBLE", "PAGER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "unknown")


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def seeds() -> list[Path]:
    found = sorted(SEEDS.glob("*.txt"))
    if len(found) < 2:
        pytest.skip("the shared seeds are not beside this checkout")
    return found
