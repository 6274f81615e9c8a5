"""The CLI's error contract: bad input exits 2 with one line `newsdiff: error: ...` on stderr.

Never a traceback, never output on stdout. Also the success exit codes of `compare` (0 same facts,
1 differences), `--version`, and `python -m newsdiff --help`. URL cases use the local server in
tests/helpers_http.py; nothing touches the internet.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers_http import close_http_errors, free_port, serve

from newsdiff import __version__
from newsdiff.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "phone-call" / "pacific-wire.txt"
PREFIX = "newsdiff: error: "


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve() as base:
        yield base


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory holding good, empty, binary and boilerplate-only articles; the cwd."""
    shutil.copyfile(SAMPLE, tmp_path / "a.txt")
    shutil.copyfile(SAMPLE, tmp_path / "b.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "boiler.txt").write_text(
        "Copyright © 2016 Foo\nShare on Facebook\nSubscribe to our newsletter\n", encoding="utf-8"
    )
    (tmp_path / "list.bin").write_bytes(b"a.txt\n\x00\x9f\x88\x01b.txt\n" * 40)
    (tmp_path / "nothing").mkdir()
    (tmp_path / "pair").mkdir()
    shutil.copyfile(SAMPLE, tmp_path / "pair" / "one.txt")
    shutil.copyfile(SAMPLE, tmp_path / "pair" / "two.txt")
    (tmp_path / "nothing" / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, stdin: bytes | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    close_http_errors(result.exception)  # newsdiff leaks these; see test_load.py
    return result


def assert_trouble(result: Result, *fragments: str) -> str:
    """Exit 2, nothing on stdout, one `newsdiff: error:` line on stderr naming the fragments."""
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stderr == lines[0] + "\n"
    (line,) = lines
    assert line.startswith(PREFIX)
    assert len(line) > len(PREFIX) + 5
    for fragment in fragments:
        assert fragment in line
    return line


BAD_INPUT = [
    (["compare", "missing.txt", "a.txt"], ["missing.txt: no such file"]),
    (["compare", "nothing", "a.txt"], ["nothing: directory holds no article files"]),
    (["compare", "photo.png", "a.txt"], ["photo.png", "binary"]),
    (["compare", "a.txt", "empty.txt"], ["empty.txt", "empty"]),
    (["compare", "a.txt", "blank.txt"], ["blank.txt", "empty"]),
    (["compare", "boiler.txt", "a.txt"], ["boiler.txt", "boilerplate"]),
    (["compare", "-", "-"], ["'-'", "only once"]),
    (["compare", "--from-file", "list.bin", "a.txt"], ["--from-file list.bin", "binary"]),
    (["compare", "--from-file", "nothing", "a.txt"], ["--from-file", "nothing"]),
    (["compare", "--from-file", "-", "-", "a.txt"], ["'-'", "only once", "--from-file -"]),
    (["compare", "--from-file", "-", "--from-file", "-"], ["'-'", "only once", "--from-file -"]),
    (["compare", "a.txt"], ["at least two", "got 1"]),
    (["compare"], ["two SOURCEs or more", "--help"]),
    (["compare", "--bogus", "a.txt", "b.txt"], ["--bogus"]),
    (["--bogus"], ["--bogus"]),
    (["compare", "--format", "xml", "a.txt", "b.txt"], ["--format", "xml"]),
    (["compare", "--width", "5", "a.txt", "b.txt"], ["--width", "5"]),
    (["compare", "--max-bytes", "100", "a.txt", "b.txt"], ["a.txt", "limit"]),
    (["compare", "--timeout", "inf", "a.txt", "b.txt"], ["--timeout", "inf", "finite"]),
    (["compare", "--timeout", "nan", "a.txt", "b.txt"], ["--timeout", "nan", "finite"]),
    (["compare", "--min-similarity", "nan", "a.txt", "b.txt"], ["--min-similarity", "nan", "finite"]),
    (["clean", "--timeout", "inf", "a.txt"], ["--timeout", "inf"]),
    (["compare", "--label", "x", "--label", "y", "--label", "z", "a.txt", "b.txt"], ["3 labels"]),
    (["compare", "ftp://example.invalid/a.txt", "a.txt"], ["unsupported URL scheme"]),
    (["clean", "boiler.txt"], ["boiler.txt", "boilerplate"]),
    (["clean"], ["SOURCE"]),
    (["facts", "missing.txt"], ["missing.txt: no such file"]),
    (["facts"], ["SOURCE"]),
    (["facts", "pair"], ["pair", "2 articles", "one"]),
]


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize(("args", "fragments"), BAD_INPUT, ids=[" ".join(a) for a, _ in BAD_INPUT])
def test_bad_input_is_one_line_and_exit_2(args: list[str], fragments: list[str]) -> None:
    assert_trouble(run(*args, stdin=b"An article on standard input.\n"), *fragments)


@pytest.mark.usefixtures("workdir")
def test_binary_standard_input_is_named_as_such() -> None:
    assert_trouble(run("compare", "-", "a.txt", stdin=b"\x00\x01\x02" * 100), "standard input: binary")


@pytest.mark.usefixtures("workdir")
def test_boilerplate_only_standard_input_is_named_as_such() -> None:
    line = assert_trouble(run("clean", "-", stdin=Path("boiler.txt").read_bytes()), "boilerplate")
    assert line.startswith(PREFIX + "standard input: ")


@pytest.mark.usefixtures("workdir")
def test_empty_html_page_on_standard_input_is_named_as_such() -> None:
    page = b"<!DOCTYPE html><html><head><title>x</title></head><body><script>var a;</script></body></html>"
    assert_trouble(run("clean", "-", stdin=page), "standard input: the HTML page holds no article text")


@pytest.mark.usefixtures("workdir")
def test_boilerplate_only_article_says_what_was_removed() -> None:
    line = assert_trouble(run("clean", "boiler.txt"), "3 blocks: 1 copyright, 1 prompt, 1 newsletter")
    assert "newsdiff clean --explain" in line


WARNING = "newsdiff: warning: "


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_clean_explain_shows_every_block_of_an_article_of_which_nothing_is_left(fmt: str) -> None:
    """`clean --explain` is asked what went and why: all of it went, and each block is shown with
    its reason (the counts of the error line were all it said), with a warning that nothing is kept."""
    result = run("clean", "--explain", "--format", fmt, "boiler.txt")
    assert result.exit_code == 0, result.output
    for text in ("Copyright © 2016 Foo", "Share on Facebook", "Subscribe to our newsletter"):
        assert text in result.stdout
    for reason in ("copyright", "prompt", "newsletter"):
        assert reason in result.stdout
    assert "nothing kept" in result.stdout
    assert result.stderr.splitlines() == [
        f"{WARNING}boiler.txt: nothing is left after removing boilerplate "
        "(3 blocks: 1 copyright, 1 prompt, 1 newsletter)"
    ]


@pytest.mark.usefixtures("workdir")
def test_clean_explain_in_json_keeps_the_removed_blocks_of_an_article_of_which_nothing_is_left() -> None:
    result = run("clean", "--explain", "--format", "json", "a.txt", "boiler.txt")
    assert result.exit_code == 0, result.output
    first, emptied = json.loads(result.stdout)["articles"]
    assert first["words"] > 0
    assert (emptied["index"], emptied["words"], emptied["paragraphs"]) == (1, 0, [])
    assert [r["reason"] for r in emptied["removed"]] == ["copyright", "prompt", "newsletter"]


def test_files_a_directory_holds_that_are_not_articles_are_counted_in_a_warning(tmp_path: Path) -> None:
    # a file without an article's suffix (no extension, .pdf) was passed over without a word
    folder = tmp_path / "coverage"
    folder.mkdir()
    shutil.copyfile(SAMPLE, folder / "a.txt")
    shutil.copyfile(ROOT / "samples" / "phone-call" / "northern-ledger.txt", folder / "b.txt")
    shutil.copyfile(SAMPLE, folder / "wire-copy")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".hidden.txt").write_text("not news", encoding="utf-8")
    result = run("compare", str(folder))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"{WARNING}{folder}: 2 skipped, no articles: scan.pdf, wire-copy (articles end in "
        ".htm, .html, .markdown, .md, .text, .txt or .xhtml)"
    ]


def test_a_source_given_twice_is_warned_of(tmp_path: Path) -> None:
    # the article was compared with itself without a word ("0 only in one article")
    shutil.copyfile(SAMPLE, tmp_path / "a.txt")
    shutil.copyfile(ROOT / "samples" / "phone-call" / "northern-ledger.txt", tmp_path / "b.txt")
    result = run("compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "." / "a.txt"))
    assert result.stderr.splitlines() == [
        f"{WARNING}{tmp_path / '.' / 'a.txt'} is {tmp_path / 'a.txt'} again: it is compared with itself"
    ]


def test_a_file_of_a_directory_that_holds_no_article_is_skipped_with_a_warning(tmp_path: Path) -> None:
    """One empty file in a folder of coverage stopped the comparison of the others (exit 2): a file
    a directory holds that cannot be read as an article (empty, binary, boilerplate only) is
    skipped, a warning line each on stderr, as any unreadable file of a directory is; a file named
    on the command line still stops the run."""
    folder = tmp_path / "coverage"
    folder.mkdir()
    shutil.copyfile(SAMPLE, folder / "a.txt")
    shutil.copyfile(ROOT / "samples" / "phone-call" / "northern-ledger.txt", folder / "b.txt")
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (folder / "e-boiler.md").write_text("Share on Facebook\nSubscribe to our newsletter\n", encoding="utf-8")
    result = run("compare", str(folder))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"{WARNING}{folder / 'c-empty.txt'}: the source is empty; skipped",
        f"{WARNING}{folder / 'd-binary.txt'}: binary data (NUL bytes), not an article; skipped",
        f"{WARNING}{folder / 'e-boiler.md'}: nothing is left after removing boilerplate "
        "(2 blocks: 1 prompt, 1 newsletter); skipped",
    ]
    assert "[2] Northern Ledger" in result.stdout
    assert "[3]" not in result.stdout
    listed = run("compare", "--format", "json", str(folder))
    assert [a["index"] for a in json.loads(listed.stdout)["articles"]] == [0, 1]
    assert run("clean", str(folder)).exit_code == 0
    named = run("compare", str(folder / "c-empty.txt"), str(folder))
    assert_trouble(named, "c-empty.txt: the source is empty")
    named_boilerplate = run("compare", str(folder), str(folder / "e-boiler.md"))  # (the folder's warn first)
    assert named_boilerplate.exit_code == 2
    assert f"{PREFIX}{folder / 'e-boiler.md'}: nothing is left" in named_boilerplate.stderr.splitlines()[-1]
    (folder / "b.txt").write_bytes(b"")
    alone = run("compare", str(folder))
    assert alone.exit_code == 2
    assert alone.stderr.splitlines()[-1] == f"{PREFIX}compare needs at least two articles, got 1"


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "東京都は月曜日、新しい防災計画を発表した。知事は「市民の安全が最優先だ」と述べた。",
            id="japanese",
        ),
        pytest.param("北京市周一公布了新的防灾计划。市长表示，市民的安全是第一位的。", id="chinese"),
    ],
)
def test_an_article_without_spaces_between_words_says_why_nothing_is_left(text: str) -> None:
    """Blocks are weighed by their words, counted between spaces: a Japanese or Chinese article has
    none, so all of it goes. The error says why, rather than only that it went as boilerplate."""
    Path("story.txt").write_text(f"{text}\n\n{text}\n", encoding="utf-8")
    assert_trouble(run("clean", "story.txt"), "without spaces between words (Chinese, Japanese, Thai)")
    assert "without spaces" not in run("clean", "boiler.txt").output


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize("command", ["compare", "clean", "facts"])
def test_an_empty_output_path_is_refused_not_taken_for_standard_output(command: str) -> None:
    """`-o "$OUT"` with OUT unset names no file: one line of trouble, not the output on the screen."""
    sources = ["a.txt", "b.txt"] if command == "compare" else ["a.txt"]
    assert_trouble(run(command, "-o", "", *sources), "--output")
    assert run(command, "-o", "-", *sources).exit_code in (0, 1)


@pytest.mark.usefixtures("workdir")
def test_from_file_in_a_legacy_code_page_still_lists_the_sources() -> None:
    Path("list.txt").write_bytes("a.txt\n# café notes\nb.txt\n".encode("latin-1"))
    result = run("compare", "--from-file", "list.txt")
    assert result.exit_code == 0, result.output


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize("listing", ["list.txt", "-"])
def test_max_bytes_caps_the_articles_not_the_list_of_them(listing: str) -> None:
    """--max-bytes is the size of a source: a list of sources longer than the articles' cap (a
    thousand URLs against 50 KB pages) was refused as if it were one ("list.txt: 5040 bytes is
    larger than the 5000 bytes limit")."""
    size = Path("a.txt").stat().st_size
    names = "".join(f"# an old source, number {n}\n" for n in range(size // 10)) + "a.txt\nb.txt\n"
    Path("list.txt").write_text(names, encoding="utf-8")
    assert len(names) > size
    stdin = names.encode() if listing == "-" else None
    result = run("compare", "--max-bytes", str(size), "--from-file", listing, stdin=stdin)
    assert result.exit_code == 0, result.output
    too_small = run("compare", "--max-bytes", str(size - 1), "--from-file", listing, stdin=stdin)
    assert_trouble(too_small, "a.txt", "--max-bytes")


def test_dead_url(workdir: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/story.html"
    line = assert_trouble(run("compare", "--timeout", "2", url, "a.txt"), url)
    assert "refused" in line.lower()


def test_http_404_url(workdir: Path, server: str) -> None:
    url = f"{server}/404"
    assert_trouble(run("compare", url, "a.txt"), url, "HTTP 404")


def test_url_timeout(workdir: Path, server: str) -> None:
    assert_trouble(run("compare", "--timeout", "0.5", f"{server}/slow", "a.txt"), "timed out")


# --- success exit codes -------------------------------------------------------------------------


def test_same_article_twice_exits_0(workdir: Path) -> None:
    result = run("compare", "a.txt", "b.txt")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.strip()


def test_same_article_from_stdin_exits_0(workdir: Path) -> None:
    result = run("compare", "-", "b.txt", stdin=SAMPLE.read_bytes())
    assert result.exit_code == 0, result.output
    assert "stdin" in result.stdout


def test_directory_of_copies_exits_0(workdir: Path) -> None:
    folder = workdir / "copies"
    folder.mkdir()
    shutil.copyfile(SAMPLE, folder / "one.txt")
    shutil.copyfile(SAMPLE, folder / "two.md")
    result = run("compare", "copies")
    assert result.exit_code == 0, result.output


def test_the_two_seeds_differ_exit_1(seeds: list[Path]) -> None:
    result = run("compare", *(str(p) for p in seeds[:2]))
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    assert result.stdout.strip()


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"newsdiff, version {__version__}\n"


def test_python_m_newsdiff_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "Usage:" in proc.stdout
    assert "compare" in proc.stdout


def test_python_m_newsdiff_error_has_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "compare", str(tmp_path / "missing.txt"), str(SAMPLE)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == f"{PREFIX}{tmp_path / 'missing.txt'}: no such file\n"


# --- edge cases (each was a bug once) -------------------------------------


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize("url", ["http://example.invalid:notaport/", "http://bad host.invalid/"])
def test_malformed_url_is_one_line(url: str) -> None:
    assert_trouble(run("compare", "--timeout", "2", url, "a.txt"), url)


@pytest.mark.usefixtures("workdir")
def test_malformed_ipv6_url_is_one_line() -> None:
    assert_trouble(run("compare", "http://[::1/story", "a.txt"), "http://[::1/story")


@pytest.mark.usefixtures("workdir")
def test_server_not_speaking_http_is_one_line(server: str) -> None:
    assert_trouble(run("compare", "--timeout", "2", f"{server}/not-http", "a.txt"), "/not-http")


@pytest.mark.usefixtures("workdir")
def test_error_line_carries_no_escape_codes(server: str) -> None:
    line = assert_trouble(run("compare", f"{server}/escape-reason", "a.txt"), "HTTP 404")
    assert "\x1b" not in line
    assert "\x07" not in line


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize(
    ("cap", "size_and_limit"),
    [
        ("100", "a.txt: {size} bytes is larger than the 100 bytes limit"),
        (None, "a.txt: {size} bytes is larger than the {cap} bytes limit"),
    ],
    ids=["small", "just-over"],
)
def test_size_cap_message_tells_the_sizes_apart(cap: str | None, size_and_limit: str) -> None:
    """A size cap below a MiB, or a file a few bytes over it, read '0.0 MiB is larger than the
    0.0 MiB limit': the sizes are given in bytes where MiB to one decimal would read the same."""
    size = Path("a.txt").stat().st_size
    limit = cap or str(size - 1)
    expected = size_and_limit.format(size=f"{size:,}", cap=f"{size - 1:,}")
    assert_trouble(run("compare", "--max-bytes", limit, "a.txt", "b.txt"), expected + " (--max-bytes)")


@pytest.mark.parametrize(
    ("given", "limit"),
    [("1k", 1024), ("2K", 2048), ("1kB", 1000), ("1KiB", 1024), ("0.5k", 512), ("1 KiB", 1024)],
)
@pytest.mark.usefixtures("workdir")
def test_max_bytes_takes_a_unit(given: str, limit: int) -> None:
    # "--max-bytes 10MiB" was refused, though the README writes the cap "10 MiB"
    size = Path("a.txt").stat().st_size
    result = run("compare", "--max-bytes", given, "a.txt", "b.txt")
    if size > limit:
        assert_trouble(result, f"the {limit:,} bytes limit (--max-bytes)")
    else:
        assert result.exit_code in (0, 1), result.output
    assert run("compare", "--max-bytes", "10MiB", "a.txt", "b.txt").exit_code in (0, 1)


@pytest.mark.parametrize("given", ["100G", "9" * 400, "9" * 400 + "k", "99999999999999999999"])
@pytest.mark.usefixtures("workdir")
def test_max_bytes_past_any_size_is_no_cap(given: str) -> None:
    # "100G" read a 1 kB file by asking 100 GB of memory at once (MemoryError); a cap of 400 digits
    # with a unit was an infinite float (OverflowError), a count past an index-sized integer stopped
    # the read (OverflowError): each a traceback and exit 1
    result = run("compare", "--max-bytes", given, "a.txt", "b.txt")
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["compare", "--max-bytes", "10 parsecs", "a.txt", "b.txt"], "'10 parsecs' is not a valid size"),
        (["compare", "--max-bytes", "0", "a.txt", "b.txt"], "0 is not in the range x>=1"),
        (["compare", "--width", "abc", "a.txt", "b.txt"], "'abc' is not a valid integer (see"),
        (["compare", "--min-similarity", "abc", "a.txt", "b.txt"], "'abc' is not a valid number (see"),
        (["compare", "--timeout", "soon", "a.txt", "b.txt"], "'soon' is not a valid number (see"),
    ],
)
@pytest.mark.usefixtures("workdir")
def test_a_value_that_is_no_number_is_named_plainly(args: list[str], fragment: str) -> None:
    """Click names its range types 'integer range' and 'float range' ("'abc' is not a valid
    integer range"), which reads as if a range were expected."""
    assert_trouble(run(*args), fragment)
