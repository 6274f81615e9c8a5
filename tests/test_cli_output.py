"""Where output goes: --output FILE, the pager on a terminal (as git does), --only and --strict.

The pager tests run newsdiff on a pseudo-terminal, with PAGER set to a command that records
what it is given, because paging only ever happens on a real terminal.
"""

from __future__ import annotations

import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from collections.abc import Iterator
from fcntl import ioctl
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff.cli import cli

ROOT = Path(__file__).resolve().parent.parent
PHONE = ROOT / "samples" / "phone-call"
LEDGER = str(PHONE / "northern-ledger.txt")
WIRE = str(PHONE / "pacific-wire.txt")


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("report.html", "<!DOCTYPE html>"),
        ("report.md", "# newsdiff: "),
        ("report.json", "{"),
        ("report.txt", "[1] Northern Ledger"),
    ],
)
def test_output_file_takes_its_format_from_its_name(tmp_path: Path, name: str, starts: str) -> None:
    target = tmp_path / name
    result = run("compare", "--output", str(target), LEDGER, WIRE)
    assert result.exit_code == 1
    assert result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith(starts)
    assert "\x1b" not in written


def test_output_file_with_explicit_format_and_width(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    result = run("compare", "-o", str(target), "--format", "text", "--width", "70", LEDGER, WIRE)
    assert result.exit_code == 1
    written = target.read_text(encoding="utf-8")
    assert written.startswith("[1] Northern Ledger")
    assert max(len(line) for line in written.splitlines()) <= 70


def test_output_dash_is_standard_output() -> None:
    result = run("compare", "-o", "-", "--format", "json", LEDGER, WIRE)
    assert json.loads(result.stdout)["schema"] == "newsdiff/1"


def test_unwritable_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("compare", "--output", str(tmp_path / "missing" / "dir" / "out.txt"), LEDGER, WIRE)
    assert result.exit_code == 2
    assert result.stderr.startswith("newsdiff: error: ")
    assert "cannot write the output" in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["compare", "clean", "facts"])
def test_output_onto_an_article_read_is_refused_and_the_article_kept(tmp_path: Path, command: str) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(Path(WIRE).read_text(encoding="utf-8"), encoding="utf-8")
    before = article.read_bytes()
    sources = [LEDGER, str(article)] if command == "compare" else [str(article)]
    result = run(command, "-o", str(article), *sources)
    assert result.exit_code == 2
    message = f"--output {article} is one of the articles read: write elsewhere"
    assert result.stderr == f"newsdiff: error: {message}\n"
    assert article.read_bytes() == before


def test_output_onto_an_article_of_a_folder_read_is_refused(tmp_path: Path) -> None:
    for path in (LEDGER, WIRE):
        (tmp_path / Path(path).name).write_bytes(Path(path).read_bytes())
    target = tmp_path / "northern-ledger.txt"
    result = run("compare", "-o", str(target), str(tmp_path))
    assert result.exit_code == 2
    assert f"is one of the articles read (in {tmp_path})" in result.stderr
    assert target.read_bytes() == Path(LEDGER).read_bytes()
    assert run("compare", "-o", str(tmp_path / "report.html"), str(tmp_path)).exit_code == 1  # a new file
    (tmp_path / "report.json").write_text("{}", encoding="utf-8")  # in the folder, but no article of it
    assert run("compare", "-o", str(tmp_path / "report.json"), str(tmp_path)).exit_code == 1


@pytest.mark.parametrize("command", ["compare", "clean"])
def test_output_onto_the_list_of_sources_read_is_refused(tmp_path: Path, command: str) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text(f"{LEDGER}\n{WIRE}\n", encoding="utf-8")
    before = listing.read_bytes()
    result = run(command, "--from-file", str(listing), "-o", str(listing))
    assert result.exit_code == 2
    message = f"--output {listing} is the list of sources read (--from-file): write elsewhere"
    assert result.stderr == f"newsdiff: error: {message}\n"
    assert listing.read_bytes() == before


def test_output_file_stopped_half_way_keeps_the_previous_report(tmp_path: Path) -> None:
    from newsdiff.output import write_file

    target = tmp_path / "report.html"
    target.write_text("the report of yesterday", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "<html>the start of today's"
        raise KeyboardInterrupt  # Ctrl-C while the rest is rendered

    with pytest.raises(KeyboardInterrupt):
        write_file(pieces(), str(target))
    assert target.read_text(encoding="utf-8") == "the report of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left


def test_output_file_keeps_its_mode_and_a_link_stays_a_link(tmp_path: Path) -> None:
    from newsdiff.output import write_file

    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.txt"
    link.symlink_to(real)
    write_file(["new ", "report"], str(link))
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new report"
    assert real.stat().st_mode & 0o777 == 0o640
    write_file("to a device", os.devnull)  # not replaced by a regular file
    assert not Path(os.devnull).is_file()


@pytest.mark.parametrize("fmt", ["text", "terminal"])
def test_facts_sentence_hangs_from_its_number(fmt: str) -> None:
    """A sentence that wraps goes on under its first word, as a bullet's text does, not at the
    margin; its features sit in line with it, the numbers (eleven sentences) to the right."""
    out = run("facts", "--format", fmt, "--color", "never", "--width", "60", WIRE).stdout
    lines = out.splitlines()
    first = lines.index(" 1. Russian President Vladimir Putin and US President-elect")
    assert lines[first + 1] == "    Donald Trump spoke on the phone for the first time on"
    assert lines[first + 3].startswith("    dates:")
    assert any(line.startswith("11. During the campaign, Putin") for line in lines)


def test_clean_and_facts_write_markdown_and_html_too(tmp_path: Path) -> None:
    for command in (["clean", "--explain"], ["facts"]):
        md = run(*command, "--format", "markdown", WIRE)
        assert md.exit_code == 0
        assert md.stdout.startswith("## pacific-wire")
        page = run(*command, "--format", "html", WIRE)
        assert page.exit_code == 0
        assert page.stdout.startswith("<!DOCTYPE html>")
        assert "Content-Security-Policy" in page.stdout


def test_only_and_strict_on_the_command_line() -> None:
    shared = run("compare", "--only", "shared", LEDGER, WIRE)
    assert "Shared facts" in shared.stdout
    assert "Only in" not in shared.stdout
    assert shared.exit_code == 1, "the exit status judges the whole comparison"
    unique = run("compare", "--only", "unique", LEDGER, WIRE)
    assert "Shared facts" not in unique.stdout
    assert "Only in Northern Ledger" in unique.stdout
    bad = run("compare", "--only", "everything", LEDGER, WIRE)
    assert bad.exit_code == 2
    loose = json.loads(run("compare", "--format", "json", LEDGER, WIRE).stdout)
    strict = json.loads(run("compare", "--format", "json", "--strict", LEDGER, WIRE).stdout)
    assert (loose["strict"], strict["strict"]) == (False, True)
    marked = [
        sum(len(s) for s in d["changed"]) for doc in (loose, strict) for f in doc["facts"] for d in f["diff"]
    ]
    assert sum(marked[len(marked) // 2 :]) > sum(marked[: len(marked) // 2]), "strict marks more"


@pytest.mark.parametrize(
    ("fmt", "heading"),
    [
        ("text", "Only in one article (0)"),
        ("markdown", "## Only in one article (0)"),
        ("html", "<h2>Only in one article (0)</h2>"),
    ],
)
def test_only_unique_with_nothing_unique_says_so_in_every_format(fmt: str, heading: str) -> None:
    """`--only unique` on articles that tell the same facts: the text said "(none)" under its
    heading, Markdown and HTML showed the article table and nothing else, as if cut short."""
    result = run("compare", "--only", "unique", "--format", fmt, LEDGER, LEDGER)
    assert result.exit_code == 0
    assert heading in result.stdout
    assert "(none)" in result.stdout


# --------------------------------------------------------------------------- pager, on a terminal


def on_terminal(args: list[str], env: dict[str, str], rows: int = 24, cols: int = 100) -> tuple[int, str]:
    """Run newsdiff with stdout on a pseudo-terminal of the given size; its exit status and output."""
    master, slave = pty.openpty()
    ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")} | env
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdiff", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            process.kill()
            raise AssertionError("newsdiff did not finish")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed: everything was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.stderr is not None
    process.stderr.close()
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def recording_pager(tmp_path: Path) -> tuple[dict[str, str], Path]:
    record = tmp_path / "paged.txt"
    return {"PAGER": f"cat > {record}", "TERM": "xterm-256color"}, record


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    env, record = recording_pager(tmp_path)
    code, screen = on_terminal(["compare", str(PHONE)], env)
    assert code == 1
    paged = record.read_text(encoding="utf-8")
    assert "Shared facts" in paged
    assert "\x1b[" in paged, "colors go to the pager (less -R shows them)"
    assert "Shared facts" not in screen


def test_short_output_is_not_paged_unless_asked(tmp_path: Path) -> None:
    env, record = recording_pager(tmp_path)
    code, screen = on_terminal(["schema"], env, rows=2000)
    assert code == 0
    assert not record.exists()
    assert "newsdiff/1" in screen
    code, _ = on_terminal(["compare", "--pager", "--only", "conflicts", LEDGER, WIRE], env, rows=2000)
    assert code == 1
    assert record.exists(), "--pager pages even what fits on the screen"


def test_no_pager_and_pipes_are_never_paged(tmp_path: Path) -> None:
    env, record = recording_pager(tmp_path)
    code, screen = on_terminal(["compare", "--no-pager", str(PHONE)], env)
    assert code == 1
    assert "Shared facts" in screen
    assert not record.exists()
    piped = subprocess.run(
        [sys.executable, "-m", "newsdiff", "compare", "--pager", str(PHONE)],
        capture_output=True,
        env={**os.environ, **env},
        cwd=ROOT,
        check=False,
    )
    assert piped.returncode == 1
    assert b"Shared facts" in piped.stdout
    assert not record.exists(), "never a pager when stdout is not a terminal"


def test_a_missing_pager_falls_back_to_the_terminal(tmp_path: Path) -> None:
    code, screen = on_terminal(["compare", str(PHONE)], {"PAGER": "no-such-pager-program -R"})
    assert code == 1
    assert "Shared facts" in screen


def test_empty_pager_or_cat_means_no_pager(tmp_path: Path) -> None:
    for value in ("", "cat"):
        code, screen = on_terminal(["compare", str(PHONE)], {"PAGER": value, "TERM": "xterm"})
        assert code == 1
        assert "Shared facts" in screen


CORRECTED = (
    "Ferry returns to Holm Sound\n\n"
    "The ferry between Askby and Holm returned to service on Monday after a refit that cost 4 million "
    "pounds.\n\n"
    "The operator said 900 passengers crossed on the first day.\n\n"
    "Correction: an earlier version of this article said the refit cost 6 million pounds. It cost 4 "
    "million pounds.\n"
)
OTHER = (
    "Holm ferry back after refit\n\n"
    "After a 4 million pound refit, the Askby to Holm ferry was back in service on Monday.\n\n"
    "Some 900 people made the crossing on its first day, the operator said.\n"
)


def _corrected(tmp_path: Path) -> list[str]:
    one, other = tmp_path / "corrected.txt", tmp_path / "other.txt"
    one.write_text(CORRECTED, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    return [str(one), str(other)]


@pytest.mark.parametrize("fmt", ["text", "terminal", "markdown", "html"])
def test_every_format_s_header_says_an_article_carries_a_correction(tmp_path: Path, fmt: str) -> None:
    """The note was listed as a fact only the article reports, its corrected-away figure with it."""
    result = CliRunner().invoke(cli, ["compare", "-f", fmt, "--width", "160", *_corrected(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    assert result.stdout.count("1 correction note") == 1


def test_json_and_explain_keep_the_correction_s_text(tmp_path: Path) -> None:
    sources = _corrected(tmp_path)
    data = json.loads(CliRunner().invoke(cli, ["compare", "-f", "json", *sources]).stdout)
    assert [r["text"][:11] for r in data["articles"][0]["removed"] if r["reason"] == "correction"] == [
        "Correction:"
    ]
    assert not any("6 million" in m["text"] for f in data["facts"] for m in f["members"])
    explained = CliRunner().invoke(cli, ["clean", "--explain", sources[0]]).stdout
    assert "correction" in explained
    assert "refit cost 6 million pounds" in explained


# --------------------------------------------------------------------------- why values conflict

_STORM = (
    "A storm hit the coast of Vellmar on Monday night. The storm killed {dead} people and injured 120, "
    "officials said. Schools in the region stayed closed on Tuesday."
)
_WHY = "\u2260 why (number): the dead counted"


def _storm_articles(tmp_path: Path, deaths: tuple[int, ...]) -> list[str]:
    """One article a toll of the dead, on a fictional storm."""
    paths = []
    for i, dead in enumerate(deaths):
        path = tmp_path / f"outlet-{i}.txt"
        path.write_text(_STORM.format(dead=dead) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("count", [2, 5], ids=["pair", "digest"])
@pytest.mark.parametrize("fmt", ["terminal", "text", "markdown", "html"])
def test_explain_tells_why_values_conflict(tmp_path: Path, fmt: str, count: int) -> None:
    """With --explain a conflict's reason shows under its fact (`Conflict.reason`: what its values
    tell), in every format and in the digest of five articles, within the width; without it, the
    output does not show it."""
    sources = _storm_articles(tmp_path, (40, 47, 40, 47, 40)[:count])
    common = ["compare", "--format", fmt, "--color", "never", "--width", "80", *sources]
    explained = run(*common[:1], "--explain", *common[1:]).stdout
    plain = run(*common).stdout
    assert "\u2260" in plain  # (the conflict itself shows)
    assert _WHY in explained.replace("&#x27;", "'")
    assert "why (" not in plain
    if fmt in ("terminal", "text"):
        assert max(map(len, explained.splitlines())) <= 80


def test_json_gives_each_conflict_its_reason(tmp_path: Path) -> None:
    """A conflict in JSON holds "reason": what its values tell, as the schema says."""
    result = run("compare", "--format", "json", *_storm_articles(tmp_path, (40, 47)))
    conflicts = [c for g in json.loads(result.stdout)["facts"] for c in g["conflicts"]]
    assert [(c["kind"], c["values"], c["reason"]) for c in conflicts] == [
        ("number", ["40", "47"], "the dead counted")
    ]
