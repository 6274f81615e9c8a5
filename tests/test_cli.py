"""The command line through click's CliRunner: outputs, formats, color, labels, exit codes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import newsdiff
from newsdiff import cli as cli_module
from newsdiff.cli import cli
from newsdiff.model import Only, OutputFormat

ROOT = Path(__file__).resolve().parent.parent
PHONE = ROOT / "samples" / "phone-call"
LEDGER = str(PHONE / "northern-ledger.txt")
WIRE = str(PHONE / "pacific-wire.txt")
SCHEMA = json.loads((ROOT / "newsdiff" / "schema.json").read_text(encoding="utf-8"))


def run(*args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_compare_text_is_default_off_a_terminal_and_has_no_escape_codes() -> None:
    result = run("compare", LEDGER, WIRE)
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout
    assert "Shared facts" in result.stdout
    assert "Only in Northern Ledger" in result.stdout
    assert "{+" in result.stdout  # wdiff-style markers survive a pipe
    assert "[-" in result.stdout


def test_compare_terminal_with_color_always_uses_escape_codes() -> None:
    result = run("compare", "--format", "terminal", "--color", "always", LEDGER, WIRE)
    assert result.exit_code == 1
    assert "\x1b[" in result.stdout
    assert "{+" not in result.stdout  # color shows the differences, not markers


def test_color_always_into_a_pipe_draws_the_terminal_format_in_color() -> None:
    # "newsdiff compare a b --color always | less -R" showed plain text: the format off a terminal
    # is text, which has no color
    result = run("compare", "--color", "always", LEDGER, WIRE)
    assert result.exit_code == 1
    assert "\x1b[" in result.stdout
    assert "{+" not in result.stdout
    # a format named keeps its own drawing
    assert "\x1b" not in run("compare", "--color", "always", "--format", "json", LEDGER, WIRE).stdout


def test_color_never_on_terminal_format_marks_differences_without_escapes() -> None:
    result = run("compare", "--format", "terminal", "--color", "never", LEDGER, WIRE)
    assert "\x1b" not in result.stdout
    assert "{+" in result.stdout


def test_no_color_environment_turns_auto_color_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    result = run("compare", "--format", "terminal", LEDGER, WIRE)
    assert "\x1b" not in result.stdout


def test_width_is_respected() -> None:
    for width in (60, 120):
        result = run("compare", "--width", str(width), LEDGER, WIRE)
        assert max(len(line) for line in result.stdout.splitlines()) <= width


def test_json_follows_the_published_schema_and_contract() -> None:
    result = run("compare", "--format", "json", LEDGER, WIRE)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "newsdiff/1"
    assert [a["label"] for a in data["articles"]] == ["Northern Ledger", "pacific-wire"]
    shared = [f for f in data["facts"] if f["kind"] == "shared"]
    assert shared, "the two reports share facts"
    for fact in shared:
        assert {m["article"] for m in fact["members"]} == {0, 1}
        assert fact["diff"][0]["pair"] == [0, 1]
        first = "".join(t for op, t in fact["diff"][0]["ops"] if op in "=-")
        assert first == " ".join(m["text"] for m in fact["members"] if m["article"] == 0)
    assert data["summary"]["exit_code"] == 1


@pytest.mark.parametrize(
    ("command", "shape"), [("compare", "compare"), ("clean", "clean"), ("facts", "facts")]
)
def test_every_json_output_follows_its_part_of_the_schema(command: str, shape: str) -> None:
    """compare, clean and facts all say "schema": "newsdiff/1"; the schema describes all three,
    and each document is exactly one of them."""
    sources = [LEDGER, WIRE] if command != "facts" else [LEDGER]
    data = json.loads(run(command, "--format", "json", *sources).stdout)
    jsonschema.validate(data, SCHEMA)
    matching = [
        name
        for name in ("compare", "clean", "facts")
        if jsonschema.Draft202012Validator({**SCHEMA, "oneOf": [{"$ref": f"#/$defs/{name}"}]}).is_valid(data)
    ]
    assert matching == [shape]


def test_a_facts_document_without_its_stems_breaks_the_schema() -> None:
    data = json.loads(run("facts", "--format", "json", LEDGER).stdout)
    del data["facts"][0]["stems"]
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(data)


def test_schema_command_prints_the_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == SCHEMA


def test_labels_name_the_articles() -> None:
    result = run("compare", "--label", "Ledger", "--label", "Wire", LEDGER, WIRE)
    assert "Only in Ledger" in result.stdout
    assert "Only in Wire" in result.stdout


@pytest.mark.parametrize("blank", ["", " ", "\t", "\x1b[0m"])
def test_a_blank_label_keeps_the_articles_name(blank: str) -> None:
    """`--label ''` leaves an article its name (to name only the second one); a label of spaces, or
    of escapes that go at load time, did not and left it nameless: 'Only in   (5)'."""
    result = run("compare", "--format", "json", "--label", blank, "--label", "Wire", LEDGER, WIRE)
    assert [a["label"] for a in json.loads(result.stdout)["articles"]] == ["northern-ledger", "Wire"]


def test_stdin_is_a_source() -> None:
    text = Path(WIRE).read_text(encoding="utf-8")
    result = run("compare", "--format", "json", LEDGER, "-", stdin=text)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["articles"][1]["label"] == "stdin"


def test_directory_and_from_file_sources(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{LEDGER}\n# a comment\n\n{WIRE}\n", encoding="utf-8")
    by_list = json.loads(run("compare", "--format", "json", "--from-file", str(listing)).stdout)
    assert [a["label"] for a in by_list["articles"]] == ["Northern Ledger", "pacific-wire"]
    by_dir = json.loads(run("compare", "--format", "json", str(PHONE)).stdout)
    assert [a["label"] for a in by_dir["articles"]] == ["Meridian Daily", "Northern Ledger", "pacific-wire"]


def test_from_file_names_the_list_of_a_missing_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "wire.txt: no such file" said nothing of the list that named it, nor where it was looked for
    folder = tmp_path / "story"
    folder.mkdir()
    shutil.copyfile(WIRE, folder / "wire.txt")
    listing = folder / "list.txt"
    listing.write_text("# two outlets\n\nwire.txt\nledger.txt\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("compare", "--from-file", str(listing))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"newsdiff: error: wire.txt: no such file (line 3 of --from-file {listing}; paths are read from "
        f"the current directory: did you mean {folder / 'wire.txt'}?)"
    )
    monkeypatch.chdir(folder)
    result = run("compare", "--from-file", "list.txt")
    expected = "newsdiff: error: ledger.txt: no such file (line 4 of --from-file list.txt)"
    assert result.stderr.strip() == expected


def test_from_file_repeated_reads_every_list(tmp_path: Path) -> None:
    """Each list adds its sources, in order; the last list alone was read (click keeps the last
    value of an option given twice)."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(f"{LEDGER}\n", encoding="utf-8")
    second.write_text(f"{WIRE}\n", encoding="utf-8")
    result = run("compare", "--format", "json", "--from-file", str(first), "--from-file", str(second))
    assert [a["label"] for a in json.loads(result.stdout)["articles"]] == ["Northern Ledger", "pacific-wire"]
    refused = run("compare", "--from-file", str(first), "--from-file", str(second), "-o", str(second))
    assert refused.exit_code == 2
    assert f"--output {second} is the list of sources read (--from-file)" in refused.output


def test_same_article_twice_exits_zero() -> None:
    result = run("compare", LEDGER, LEDGER)
    assert result.exit_code == 0, result.stdout
    assert "same facts" in result.stdout


def test_a_copy_of_an_article_is_the_same_facts_whatever_its_sentences(tmp_path: Path) -> None:
    """Sentences worded alike are one fact even when they hold no word to compare ("I said no.") or
    too few (a two-word subheading): a copy of an article is the same facts, exit 0, and --explain
    says why such a pair was taken."""
    text = (
        "High winds closed the coast road on Friday.\n\n"
        "The ferry\n\n"
        '"They asked if we would sail," the captain said. "I said no. Not in this."\n\n'
        "The road reopened on Saturday morning.\n"
    )
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    result = run("compare", str(first), str(second), "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0, [f["members"][0]["text"] for f in data["facts"] if f["kind"] == "unique"]
    assert all(f["kind"] == "shared" for f in data["facts"])
    jsonschema.validate(data, SCHEMA)
    rules = [e.get("rule") for f in data["facts"] for e in f["evidence"]]
    assert "same wording" in rules
    explained = run("compare", str(first), str(second), "--explain", "--format", "text")
    assert "100% one fact: worded alike" in explained.stdout


def test_explain_names_the_words_names_and_figures_that_moved_the_score(tmp_path: Path) -> None:
    """--explain said "same names +1.12 (1.00)" and "close figures +3.58 (1.00)" without saying
    which names or figures: a reader could not tell why two sentences were taken for one fact.
    The JSON holds the same, by feature ("matched")."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "Harlow Foods will pay 412 pence a share for Vennmark Dairies, the two companies said.\n",
        encoding="utf-8",
    )
    second.write_text(
        "Harlow Foods has agreed to pay 398 pence a share for Vennmark Dairies, the firms announced.\n",
        encoding="utf-8",
    )
    explained = run("compare", str(first), str(second), "--explain", "--format", "text", "--width", "300")
    assert "same names +" in explained.stdout
    assert "Harlow Foods, Vennmark Dairies)" in explained.stdout
    assert "(1.00: £4.12 ~ £3.98)" in explained.stdout  # close figures
    assert "(0.38: pay, pence, share)" in explained.stdout  # words met
    data = json.loads(run("compare", str(first), str(second), "--format", "json").stdout)
    jsonschema.validate(data, SCHEMA)
    (matched,) = [e["matched"] for f in data["facts"] for e in f["evidence"]]
    assert matched["names_same"] == ["Harlow Foods", "Vennmark Dairies"]
    assert matched["numbers_near"] == ["£4.12 ~ £3.98"]


def test_articles_with_nothing_in_common_are_told_so(tmp_path: Path) -> None:
    """Two different stories share no fact: the summary asks, rather than list differences."""
    flood = tmp_path / "flood.txt"
    flood.write_text(
        "The Aske burst its banks at Dornfeld on Tuesday, flooding 300 homes.\n", encoding="utf-8"
    )
    match = tmp_path / "match.txt"
    match.write_text(
        "Ruiz scored twice as Atlético Sur beat Valmont 3-1 in the cup final.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["compare", "--width", "200", str(flood), str(match)])
    assert result.exit_code == 1
    last = result.stdout.strip().splitlines()[-1]
    counts = "0 shared facts · 1 only in flood · 1 only in match"
    assert last == f"{counts} — nothing in common: are these reports of one story?"


def test_a_bar_no_pair_reaches_is_told_as_the_reason_nothing_is_shared() -> None:
    """At --min-similarity 0.999 two reports of one call share nothing: a warning says the bar is why,
    which the default would not have set."""
    result = run("compare", "--min-similarity", "0.999", LEDGER, WIRE)
    assert "no pair of sentences reached --min-similarity 0.999 (the default is 0.5)" in result.stderr
    assert run("compare", LEDGER, WIRE).stderr == ""


def test_articles_in_two_languages_with_nothing_in_common_are_told_why(tmp_path: Path) -> None:
    """A German and an English report of one derailment share no word (names and figures they
    would share): the summary says why."""
    german = tmp_path / "de.txt"
    german.write_text(
        "Ein Zug ist am Montag in der Nähe der Stadt entgleist, dabei wurden viele Menschen verletzt. "
        "Die Polizei sagte, der Zug sei mit vielen Fahrgästen unterwegs gewesen und die Strecke bleibe "
        "bis zum Mittwoch gesperrt.\n",
        encoding="utf-8",
    )
    english = tmp_path / "en.txt"
    english.write_text(
        "A train came off the rails near the city on Monday and many people were hurt. The police said that "
        "the train was full and that the line would be closed until Wednesday at the earliest.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["compare", "--width", "200", str(german), str(english)])
    assert result.exit_code == 1
    last = result.stdout.strip().splitlines()[-1]
    assert last.endswith("— nothing in common: the articles are in de and en; words are not translated")


@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
def test_clean_explain_tells_metadata_and_why_in_every_format(fmt: str) -> None:
    """What the text format has told since it was written: the metadata found, and what decided
    each removal."""
    harbour = str(ROOT / "samples" / "port-strike" / "harbour-times.txt")
    shown = run("clean", "--explain", "--format", fmt, "--width", "200", harbour).stdout
    for value in ("Strike Shuts Varnholm Port", "Ingrid Solberg", "2016-10-03", "155 kept, 9 blocks removed"):
        assert value in shown, value
    assert (
        "↳ rule: &#x27;by&#x27; and a name" in shown if fmt == "html" else "↳ rule: 'by' and a name" in shown
    )


def test_clean_prints_the_body_only() -> None:
    result = run("clean", WIRE)
    assert result.exit_code == 0
    assert "K/AB 7" not in result.stdout
    assert "string(" not in result.stdout
    assert result.stdout.startswith("Russian President Vladimir Putin")


def test_clean_explain_lists_reasons() -> None:
    result = run("clean", "--explain", WIRE)
    assert result.exit_code == 0
    assert "- editor-code:" in result.stdout
    assert "K/AB 7" in result.stdout
    assert "- machine-data:" in result.stdout


WIRE_LEDE = (
    "Fire on Lake Orsava ferry, 212 evacuated\n\n"
    "VELMORA, March 9 (National Wire) - Fire broke out in the engine room of the ferry Santa Irena on "
    "Sunday, and all 212 passengers were evacuated, officials said.\n\n"
    "Seventeen people were taken to hospital with smoke inhalation.\n"
)


def test_clean_explain_shows_a_wire_dateline_taken_off_the_lede(tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(WIRE_LEDE, encoding="utf-8")
    text = run("clean", "--explain", "--width", "200", str(article)).stdout
    assert re.search(r"^- dateline: +VELMORA, March 9 \(National Wire\) -$", text, re.M)
    assert "\nFire broke out in the engine room" in text
    data = json.loads(run("clean", "--format", "json", str(article)).stdout)
    jsonschema.validate(data, SCHEMA)
    (only,) = data["articles"]
    assert only["paragraphs"][0].startswith("Fire broke out in the engine room")
    cut = [b for b in only["removed"] if b["reason"] == "dateline"]
    assert [b["text"] for b in cut] == ["VELMORA, March 9 (National Wire) -"]
    assert cut[0]["why"]


def test_clean_explain_shows_a_caption_and_a_call_for_tips_with_their_reasons(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    story = "Fire broke out on the ferry Santa Irena on Sunday, officials said."
    article.write_text(
        f"Ferry Fire Forces Evacuation\n\n{story}\n\n"
        "Pictured: the Santa Irena at the Velmora quay.\n\n"
        "We want to hear from you. Were you on board the Santa Irena? Get in touch.\n",
        encoding="utf-8",
    )
    text = run("clean", "--explain", "--width", "200", str(article)).stdout
    assert re.search(r"^- photo-credit: +Pictured: the Santa Irena at the Velmora quay\.$", text, re.M)
    assert "↳ rule: call for readers' tips 'We want to hear from you'" in text
    data = json.loads(run("clean", "--format", "json", str(article)).stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["articles"][0]["paragraphs"] == [story]


def test_clean_explain_counts_one_removed_block_in_the_singular(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry Plan Approved\n\nThe council approved a new ferry route on Tuesday by seven votes to two.\n"
        "The mayor said the first crossing would run in March.\n",
        encoding="utf-8",
    )
    text = run("clean", "--explain", str(article)).stdout
    assert "1 block removed" in text
    assert "1 blocks" not in text
    page = run("clean", "--explain", "--format", "html", str(article)).stdout
    assert "Removed (1 block)" in page


def test_clean_json_has_body_metadata_and_removed() -> None:
    data = json.loads(run("clean", "--format", "json", LEDGER).stdout)
    article = data["articles"][0]
    assert article["author"] == "Alena Sorokina"
    assert article["date"] == "2016-11-15"
    assert {r["reason"] for r in article["removed"]} >= {"disclaimer", "copyright", "prompt", "byline"}
    assert "Disclaimer" not in article["body"]


def test_facts_lists_numbers_and_quotes() -> None:
    data = json.loads(run("facts", "--format", "json", WIRE).stdout)
    assert any("210" in f["numbers"] for f in data["facts"])
    assert any(f["quotes"] for f in data["facts"])


def test_article_text_cannot_inject_markup_or_escapes(tmp_path: Path) -> None:
    evil = (
        "Evil Outlet Headline\n\n"
        "The minister said [bold red]nothing[/] about the \x1b[31mred\x1b[0m budget on Monday.\n\n"
        "Officials confirmed the \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 plan on Monday.\n"
    )
    good = "Plain Headline\n\nThe minister said nothing about the red budget on Monday.\n"
    a, b = tmp_path / "evil.txt", tmp_path / "good.txt"
    a.write_text(evil, encoding="utf-8")
    b.write_text(good, encoding="utf-8")
    result = run("compare", "--format", "terminal", "--color", "always", "--width", "200", str(a), str(b))
    assert "\x1b[31mred" not in result.stdout
    assert "\x1b]8" not in result.stdout
    assert "evil.example" not in result.stdout
    # what remains once newsdiff's own SGR color codes are taken out: the markup, as text
    visible = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "[bold red]" in visible
    assert "[/]" in visible
    assert "\x1b" not in visible


@pytest.mark.parametrize("fmt", ["terminal", "text", "markdown", "html"])
def test_file_names_and_labels_cannot_inject_escapes_or_break_lines(tmp_path: Path, fmt: str) -> None:
    """A file name is data too (a folder of downloads names its files after the pages): its escape
    sequences, bidi overrides and line ends must not reach the output."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    shutil.copyfile(WIRE, folder / "a\x1b]0;pwned\x07\x1b[31mred.txt")
    shutil.copyfile(LEDGER, folder / "b\nforged line\u202etxt.txt")
    args = ["compare", "--format", fmt, "--color", "always", "--width", "200", str(folder)]
    for given in ([], ["--label", "x\x1b[2Jy", "--label", "p\nq"]):
        out = run(*args, *given).stdout
        visible = re.sub(r"\x1b\[[0-9;]*m", "", out)  # newsdiff's own color codes taken out
        assert "\x1b" not in visible
        assert "\x07" not in out
        assert "\u202e" not in out
        assert not any(line.startswith("forged line") or line == "q" for line in visible.splitlines())


def test_clean_explain_hint_can_be_pasted_into_a_shell(tmp_path: Path) -> None:
    """A downloaded file is often "Article (1).txt": the hint quotes it as a shell would need."""
    copy = tmp_path / "Article (1).txt"
    shutil.copyfile(WIRE, copy)
    out = " ".join(run("compare", "--width", "200", str(copy), LEDGER).stdout.split())
    assert f"(newsdiff clean --explain '{copy}')" in out
    assert f"(newsdiff clean --explain {LEDGER})" in out  # an ordinary name stays as it is


def test_the_hint_for_a_file_named_like_an_option_can_be_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsdiff compare -- -draft.txt b.txt` hinted `newsdiff clean --explain -draft.txt`, which
    click reads as an option: "No such option: -d"."""
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(WIRE, tmp_path / "-draft.txt")
    out = " ".join(run("compare", "--width", "200", "--", "-draft.txt", LEDGER).stdout.split())
    hint = re.search(r"\(newsdiff (clean --explain [^)]*)\)", out)
    assert hint is not None
    assert hint.group(1) == "clean --explain ./-draft.txt"
    assert run(*hint.group(1).split()).exit_code == 0


def test_the_hint_for_standard_input_says_to_give_it_again() -> None:
    """Standard input is read once: `newsdiff clean --explain -` alone would wait for text, so the
    hint says the same text goes on its standard input."""
    with open(PHONE / "meridian-daily.html", encoding="utf-8") as page:
        out = " ".join(run("compare", "--width", "200", "-", LEDGER, stdin=page.read()).stdout.split())
    assert "(newsdiff clean --explain - with the same text on standard input)" in out


@pytest.mark.parametrize("name", ["a.txt", "Article (1).txt", "it's.txt", "", "café.txt", "x/y-z_1.md", "-"])
def test_the_hint_quotes_a_name_as_shlex_does(name: str) -> None:
    import shlex

    from newsdiff.render.layout import _shell_word

    assert _shell_word(name) == shlex.quote(name)


def test_help_of_every_command_has_an_example_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert isinstance(cli, __import__("click").Group)
    for name in cli.commands:
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, name
        assert f"newsdiff {name}" in readme, name


def test_pager_help_names_the_variables_the_pager_follows() -> None:
    """--help and the README tell of the same pager: NEWSDIFF_PAGER first, then PAGER."""
    for name in ("compare", "clean", "facts"):
        shown = " ".join(run(name, "--help").stdout.split())
        assert "NEWSDIFF_PAGER or PAGER" in shown, name


def test_help_names_every_value_as_the_readme_does() -> None:
    """--min-similarity takes an X, as the README's table says; click's default metavar for a
    range type read "FLOAT RANGE", as if it wanted two numbers."""
    shown = run("compare", "--help").stdout
    assert "--min-similarity X" in shown
    assert "RANGE" not in shown


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert newsdiff.__version__ in result.stdout


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "compare" in done.stdout


def test_help_loads_neither_the_model_nor_the_pipeline_nor_the_renderers() -> None:
    # `newsdiff --help` must start as fast as click allows: nothing of newsdiff's own work may load
    probe = (
        "import sys\n"
        "sys.argv = ['newsdiff', '--help']\n"
        "from newsdiff.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    loaded = set(done.stderr.split())
    assert "compare" in done.stdout
    assert {m for m in loaded if m.startswith("newsdiff")} == {
        "newsdiff",
        "newsdiff.cli",
        "newsdiff.defaults",
        "newsdiff.errors",
    }
    assert not loaded & {"rich", "rapidfuzz", "dataclasses", "json"}


def test_the_console_script_compares_with_the_collector_off() -> None:
    # what a comparison builds it keeps to the end of the process: the collector would walk it
    # again and again for next to nothing (1,000 articles: 2.4 s of 18 s of CPU)
    probe = (
        "import gc, sys\n"
        "import newsdiff.pipeline as pipeline\n"
        "compare = pipeline.compare\n"
        "def watched(*args, **kwargs):\n"
        "    print('collector', gc.isenabled(), 'frozen', gc.get_freeze_count() > 0, file=sys.stderr)\n"
        "    return compare(*args, **kwargs)\n"
        "pipeline.compare = watched\n"
        f"sys.argv = ['newsdiff', 'compare', {LEDGER!r}, {WIRE!r}]\n"
        "from newsdiff.__main__ import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr == "collector False frozen True\n"


def test_cli_choices_are_the_models_values() -> None:
    assert tuple(f.value for f in OutputFormat) == cli_module.FORMATS
    assert tuple(o.value for o in Only) == cli_module.ONLY
    assert set(cli_module.SUFFIX_FORMATS.values()) <= set(cli_module.FORMATS)


def test_library_compare_matches_the_cli() -> None:
    result = newsdiff.compare([LEDGER, WIRE])
    data = json.loads(run("compare", "--format", "json", LEDGER, WIRE).stdout)
    assert len(result.groups) == len(data["facts"])
    assert int(result.exit_code) == 1


def test_output_does_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsdiff",
                "compare",
                "--format",
                "json",
                str(ROOT / "samples" / "port-strike"),
            ],
            capture_output=True,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert done.returncode == 1
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_explain_shows_why_each_shared_fact_was_grouped() -> None:
    plain = run("compare", LEDGER, WIRE)
    explained = run("compare", "--explain", LEDGER, WIRE)
    assert explained.exit_code == plain.exit_code == 1
    assert "why [1]" not in plain.stdout
    assert explained.stdout.count("why [1] sentence ") >= 4
    assert "% one fact = base " in explained.stdout
    assert "best match +" in explained.stdout  # the features as a reader reads them, not `best_match`
    assert "best_match" not in explained.stdout
    assert re.search(
        r"why \[1\] sentence \d+ ~ \[2\] sentence \d+: \d+% one fact = base -\d\.\d\d, best match",
        explained.stdout,
    )


def test_json_evidence_explains_each_shared_fact() -> None:
    data = json.loads(run("compare", "--format", "json", LEDGER, WIRE).stdout)
    jsonschema.validate(data, SCHEMA)
    shared = [f for f in data["facts"] if f["kind"] == "shared"]
    assert shared
    for fact in shared:
        assert fact["evidence"]
        for evidence in fact["evidence"]:
            logit = evidence["bias"] + sum(v["contribution"] for v in evidence["features"].values())
            assert 1 / (1 + 2.718281828**-logit) == pytest.approx(evidence["probability"], abs=0.01)
            assert {"words", "names_same", "numbers_differ", "best_match"} <= evidence["features"].keys()
    for fact in (f for f in data["facts"] if f["kind"] == "unique"):  # the closest pair, which fell short
        assert len(fact["evidence"]) <= 1
        for evidence in fact["evidence"]:
            member = fact["members"][0]
            assert {"article": member["article"], "sentence": member["sentence"]} in evidence["pair"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_facts_shows_the_periods_a_sentence_is_anchored_in(tmp_path: Path, fmt: str) -> None:
    """The aligner weighs a background fact ("in 2019", "last year") against the news of the day: the
    reader can see which sentences it took for background."""
    story = tmp_path / "museum.txt"
    story.write_text(
        "Three paintings were stolen from the Aldenburg museum on Tuesday.\n\n"
        "The museum had bought a fourth painting for 12 million euros last year.\n",
        encoding="utf-8",
    )
    result = run("facts", "--format", fmt, str(story))
    assert result.exit_code == 0
    if fmt == "json":
        assert [f["periods"] for f in json.loads(result.stdout)["facts"]] == [[], ["last year"]]
    else:
        assert result.stdout.count("periods: last year") == 1


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_facts_shows_an_amount_in_its_currency(tmp_path: Path, fmt: str) -> None:
    story = tmp_path / "deal.txt"
    story.write_text("Norvox will pay $4.2bn for Baltnet, and 1,800 jobs will go.\n", encoding="utf-8")
    result = run("facts", "--format", fmt, str(story))
    assert result.exit_code == 0
    if fmt == "json":
        (found,) = json.loads(result.stdout)["facts"]
        assert found["numbers"] == ["4200000000", "1800"]
        assert found["money"] == [{"number": "4200000000", "currency": "$"}]
    else:
        assert "$4.2 billion; 1,800" in result.stdout  # (figures grouped, joined by "; ")


def test_every_feature_has_a_label_in_explain() -> None:
    from newsdiff.render.parts import FEATURE_LABELS
    from newsdiff.similarity import SEMANTIC_FEATURES

    assert set(SEMANTIC_FEATURES) <= FEATURE_LABELS.keys()


def test_facts_shows_entity_kinds() -> None:
    result = run("facts", LEDGER)
    assert result.exit_code == 0
    assert "Vladimir Putin (person)" in result.stdout
    data = json.loads(run("facts", "--format", "json", LEDGER).stdout)
    entities = [e for f in data["facts"] for e in f["entities"]]
    assert {"text": "Kremlin", "kind": "organisation"} in entities


def _briefs(tmp_path: Path) -> list[str]:
    """Two German briefs of one sentence each: too few stop words for their language to be told."""
    paths = []
    for number, text in enumerate(
        [
            "Zugunglück nahe Hamburg: vierzehn Menschen verletzt.",
            "Zugunglück bei Hamburg: fünfzehn Verletzte.",
        ]
    ):
        path = tmp_path / f"{number}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_language_reads_the_facts_in_the_language_named(tmp_path: Path) -> None:
    """Two German briefs whose language cannot be told were read as English: "vierzehn" and
    "fünfzehn" were no numbers, and no conflict showed. --language de reads them in German."""
    paths = _briefs(tmp_path)
    told = json.loads(run("compare", "--format", "json", "--language", "de", *paths).stdout)
    untold = json.loads(run("compare", "--format", "json", *paths).stdout)
    assert [a["language"] for a in told["articles"]] == [None, None]  # still as detected
    assert [c["kind"] for f in told["facts"] for c in f.get("conflicts", [])] == ["number"]
    assert [c["kind"] for f in untold["facts"] for c in f.get("conflicts", [])] == []


def test_facts_in_the_language_named(tmp_path: Path) -> None:
    result = run("facts", "--format", "json", "--language", "DE", _briefs(tmp_path)[0])
    (fact,) = json.loads(result.stdout)["facts"]
    assert fact["numbers"] == ["14"]


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    result = run("compare", "--language", "sv", *_briefs(tmp_path))
    assert result.exit_code == 2
    assert "--language" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_explain_says_why_a_fact_only_one_article_tells_stands_alone(tmp_path: Path, fmt: str) -> None:
    """--explain showed why sentences were grouped, never why one was not: a reader had to lower
    --min-similarity to see the pair that came closest (newuser25 #18). Under each fact of one
    article: its closest scored pair, and what each feature added; the JSON holds it as evidence."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "The Orvik line reopened on Monday.\n\n"
        "Inspectors found a crack in a rail near Tarns bridge last week.\n",
        encoding="utf-8",
    )
    second.write_text(
        "The Orvik line reopened on Monday.\n\n"
        "Engineers will replace every rail near Tarns bridge next spring.\n",
        encoding="utf-8",
    )
    shown = run("compare", str(first), str(second), "--explain", "--format", fmt, "--width", "300").stdout
    assert "closest: [1] sentence 2 ~ [2] sentence 2:" in shown.replace("\\", "")
    assert "words met" in shown
    plain = run("compare", str(first), str(second), "--format", fmt, "--width", "300").stdout
    assert "closest:" not in plain
    data = json.loads(run("compare", str(first), str(second), "--format", "json").stdout)
    jsonschema.validate(data, SCHEMA)
    alone = [f for f in data["facts"] if f["kind"] == "unique"]
    assert [len(f["evidence"]) for f in alone] == [1, 1]
    assert all(e["probability"] < 0.5 for f in alone for e in f["evidence"])


def test_every_key_of_the_json_schema_says_what_it_holds() -> None:
    """A script's author reads the schema (`newsdiff schema`) to build on the JSON: 65 of its keys
    said only their type (newuser25 #17), among them whether `sentence` counts from 0 or 1."""
    undocumented = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, value in (node.get("properties") or {}).items():
                if isinstance(value, dict) and "description" not in value and "$ref" not in value:
                    undocumented.append(f"{path}/{key}")
            for key, value in node.items():
                walk(value, path if key == "properties" else f"{path}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, path)

    walk(SCHEMA, "")
    assert undocumented == []
    assert (
        "counting from 0"
        in SCHEMA["$defs"]["fact"]["properties"]["members"]["items"]["properties"]["sentence"]["description"]
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_explain_says_a_pair_of_two_peoples_ages_was_kept_apart(tmp_path: Path, fmt: str) -> None:
    """ "Okafor, aged 52, …" and "His cousin, aged 57, …" are two people's facts: the closest pair
    of each fact one article tells names the rule that kept it apart, not only 0% and the model's
    terms; the JSON holds it as the evidence's "apart"."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Okafor, aged 52, was found guilty of bribery and tax evasion.\n", encoding="utf-8")
    second.write_text("His cousin, aged 57, was found not guilty of tax evasion.\n", encoding="utf-8")
    shown = run("compare", str(first), str(second), "--explain", "--format", fmt, "--width", "300").stdout
    assert shown.count("kept apart: two people: ages 52 · 57") == 2, shown
    data = json.loads(run("compare", str(first), str(second), "--format", "json", "--explain").stdout)
    jsonschema.validate(data, SCHEMA)
    assert [e["apart"] for f in data["facts"] for e in f["evidence"]] == ["two people: ages 52 · 57"] * 2
