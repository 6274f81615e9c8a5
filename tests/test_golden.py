"""Golden files: every case in tests/golden/<case>/ holds `cmd` (the arguments), `expected.out`
(stdout, byte for byte) and `exit_code`. Rewrite them with `pytest --update-golden` and review the
git diff."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff.cli import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "cmd").is_file())


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = GOLDEN / case
    args = shlex.split((folder / "cmd").read_text(encoding="utf-8"))
    if any(a.startswith("../shared/") for a in args) and not (ROOT.parent / "shared").is_dir():
        pytest.skip("the shared seeds are not beside this checkout")
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, args)
    assert "Traceback" not in result.stderr
    if update_golden:
        (folder / "expected.out").write_text(result.stdout, encoding="utf-8")
        (folder / "exit_code").write_text(f"{result.exit_code}\n", encoding="utf-8")
    assert result.stdout == (folder / "expected.out").read_text(encoding="utf-8")
    assert result.exit_code == int((folder / "exit_code").read_text(encoding="utf-8"))
