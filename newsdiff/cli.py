"""The command line: options -> Options -> stages -> renderer -> exit code; nothing else.

Stages, the model and the renderers are imported inside the commands, so `newsdiff --help` loads
click and nothing more: choices are plain strings here (tests/test_cli.py keeps them in step with
the model's enums).
"""

from __future__ import annotations

import gc
import io
import math
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any, ClassVar, TypeVar

import click

if TYPE_CHECKING:
    from newsdiff.progress import Report

from newsdiff import __version__
from newsdiff.defaults import LANGUAGES, MAX_BYTES, MIN_SIMILARITY, MIN_SIMILARITY_SEMANTIC, URL_TIMEOUT
from newsdiff.errors import ExitCode, NewsdiffError, UsageProblem

if TYPE_CHECKING:
    from newsdiff.model import OutputFormat
    from newsdiff.options import RenderOptions

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("terminal", "text", "json", "markdown", "html")
"""The values of `model.OutputFormat`."""
COLOR_MODES = ("auto", "always", "never")
ONLY = ("shared", "unique", "conflicts")
"""The values of `model.Only`."""
DEFAULT_WIDTH = 100
"""Width when neither --width nor a terminal tells (a pipe, a file)."""
WRITE_CHUNK = 1 << 20
"""Characters written to standard output at a time."""
SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
}
"""--output FILE without --format: the format its name ends in, else text."""


class IntRange(click.IntRange):
    """click's IntRange, named 'integer' in messages: click's name, 'integer range', made '--width
    abc' read "'abc' is not a valid integer range", as if a range were wanted."""

    name = "integer"


class FiniteFloatRange(click.FloatRange):
    """A FloatRange that refuses NaN and infinity, which click's passes: NaN compares false with
    both bounds, and an infinite --timeout overflowed the socket's (a traceback). Named 'number'
    in messages, not click's 'float range'."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value} is not a finite number", param, ctx)
        return number


class ByteSize(IntRange):
    """A size in bytes, as a number or with a unit as GNU tools read one: "1k", "10M" and "10 MiB"
    count in 1,024s, "1kB" and "10 MB" in 1,000s (the README writes the cap "10 MiB")."""

    name = "size"
    _UNITS: ClassVar[dict[str, int]] = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
    _UNITS |= {"kib": 1024, "mib": 1024**2, "gib": 1024**3, "kb": 1000, "mb": 1000**2, "gb": 1000**3}
    _SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.I)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            match = self._SIZE.fullmatch(value)
            unit = self._UNITS.get(match.group(2).lower()) if match else None
            if match is None or unit is None:
                self.fail(f"{value!r} is not a valid size (bytes, or with a unit: k, M, MB...)", param, ctx)
            value = int(Decimal(match.group(1)) * unit)  # (as a float, 400 digits were infinite)
        # a cap past any size a read can be asked for is none: read as the largest one there is
        return min(super().convert(value, param, ctx), sys.maxsize - 1)


class UserError(click.ClickException):
    """A NewsdiffError or usage problem, shown as one line on stderr with exit status 2."""

    exit_code = ExitCode.TROUBLE

    def show(self, file: IO[Any] | None = None) -> None:
        from newsdiff.sanitize import one_line  # a message can quote a server or a file name

        click.echo(f"newsdiff: error: {one_line(self.format_message())}", file=file or sys.stderr)


class NewsdiffGroup(click.Group):
    """A click group that keeps newsdiff's exit-status contract.

    Click exits 1 on its own errors, Ctrl-C and a closed pipe; newsdiff exits 2 on trouble (one line
    on stderr, never a traceback), 130 on Ctrl-C, and quietly with 141 (as if by SIGPIPE) when the
    reader of its output goes.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help())
            sys.exit(ExitCode.TROUBLE)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            UserError(exc.format_message().rstrip(".") + hint).show()
            sys.exit(ExitCode.TROUBLE)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            sys.exit(ExitCode.INTERRUPTED)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsdiffError as exc:
            raise UserError(exc.for_command_line()) from exc
        except KeyboardInterrupt:
            raise click.Abort() from None
        except BrokenPipeError:
            # the reader went away (`| head`): stop quietly, with the status a SIGPIPE would give
            _silence_stdout()
            raise click.exceptions.Exit(ExitCode.BROKEN_PIPE) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit cannot fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _output_options(func: F) -> F:
    """--format, --color, --width, --output and --pager, shared by every command that draws."""
    func = click.option(
        "--pager/--no-pager",
        "pager",
        default=None,
        help="Page the output on a terminal [default: when it is taller than the screen]; "
        "NEWSDIFF_PAGER or PAGER chooses the program (default: less, with LESS=FRX).",
    )(func)
    func = click.option(
        "--output",
        "-o",
        "output_path",
        metavar="FILE",
        callback=_a_path,
        help="Write to FILE instead of standard output (format from its name: .html, .md, .json).",
    )(func)
    func = click.option(
        "--width",
        type=IntRange(min=20, max=1000),
        metavar="N",
        help=f"Output width in columns [default: the terminal's, else {DEFAULT_WIDTH}].",
    )(func)
    func = click.option(
        "--color",
        "color",
        type=click.Choice(COLOR_MODES),
        default="auto",
        show_default=True,
        help="Colored output: auto uses color on a terminal unless NO_COLOR is set; always draws "
        "in color into a pipe too (the terminal format, unless --format or --output says another).",
    )(func)
    return click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(FORMATS),
        help="Output format [default: terminal on a TTY, else text].",
    )(func)


def _fetch_options(func: F) -> F:
    """Options that control how sources are read: --max-bytes and --timeout."""
    func = click.option(
        "--timeout",
        type=FiniteFloatRange(min=0.1),
        default=URL_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help="Seconds a URL may take to download, in all.",
    )(func)
    return click.option(
        "--max-bytes",
        type=ByteSize(min=1),
        default=MAX_BYTES,
        show_default=True,
        metavar="SIZE",
        help="Refuse sources larger than this: bytes, or with a unit (500k, 10M, 10MiB, 20MB).",
    )(func)


def _source_list_options(func: F) -> F:
    """--from-file and the fetch options, for commands that take many sources."""
    return _fetch_options(
        click.option(
            "--from-file",
            "from_file",
            type=click.Path(exists=True, dir_okay=False, allow_dash=True),
            multiple=True,
            metavar="LIST",
            help="Read more sources from LIST, one per line, paths from the current directory ('-' for "
            "standard input); may be repeated.",
        )(func)
    )


def _a_path(_context: click.Context, _parameter: click.Parameter, value: str | None) -> str | None:
    """--output's value, which names a file or `-`: an empty one (`-o ''`, a variable left unset)
    is refused rather than taken for standard output."""
    if value is not None and not value.strip():
        raise click.BadParameter("an empty path names no file (use - for standard output)")
    return value


def _to_file(output_path: str | None) -> bool:
    return output_path not in (None, "-")


def _progress_bar(output: OutputFormat, output_path: str | None) -> AbstractContextManager[Report]:
    """A bar on stderr for long runs when a person watches the terminal, else a silent callback."""
    from newsdiff import progress

    shown = progress.wanted(
        json_output=output.value == "json",
        stderr_tty=sys.stderr is not None and sys.stderr.isatty(),
        stdout_tty=sys.stdout is not None and sys.stdout.isatty(),
        to_file=_to_file(output_path) or _regular_file(sys.stdout),
    )
    return progress.ProgressBar() if shown else nullcontext(progress.silent)


@contextmanager
def _warnings() -> Iterator[Callable[[str], None]]:
    """A `warn` for the stages: each warning a line on stderr (`newsdiff: warning: ...`), written
    once the stages are done (or stopped), not through the progress bar."""
    from newsdiff.sanitize import one_line  # a message can quote a server or a file name

    said: list[str] = []
    try:
        yield said.append
    finally:
        for message in said:
            click.echo(f"newsdiff: warning: {one_line(message)}", err=True)


def _regular_file(stream: IO[str] | None) -> bool:
    """Whether a stream writes to a file on disk (`> report.txt`), not to a pipe a program reads."""
    try:
        return stream is not None and stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):  # no descriptor (a test's buffer), closed
        return False


def _render_options(
    fmt: str | None,
    color: str,
    width: int | None,
    output_path: str | None = None,
    only: str | None = None,
    explain: bool = False,
) -> tuple[OutputFormat, RenderOptions]:
    """Decide format, color and width once, from the options and the terminal."""
    from newsdiff.model import Only, OutputFormat
    from newsdiff.options import RenderOptions

    tty = sys.stdout is not None and sys.stdout.isatty() and not _to_file(output_path)
    if fmt:
        output = OutputFormat(fmt)
    elif output_path and _to_file(output_path):
        output = OutputFormat(SUFFIX_FORMATS.get(os.path.splitext(output_path)[1].lower(), "text"))
    else:  # `--color always` into a pipe ("| less -R") asks for the terminal's drawing, as git's does
        output = OutputFormat.TERMINAL if tty or color == "always" else OutputFormat.TEXT
    if color == "always":
        use_color = True
    elif color == "never":
        use_color = False
    else:
        use_color = tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    use_color = use_color and output is OutputFormat.TERMINAL
    if width:
        columns = width
    elif _to_file(output_path):
        columns = DEFAULT_WIDTH
    else:
        columns = _terminal_columns()
    return output, RenderOptions(
        width=max(columns, 20), color=use_color, only=Only(only) if only else None, explain=explain
    )


def _terminal_columns() -> int:
    """The width `shutil.get_terminal_size` gives (COLUMNS, else the terminal's), else
    DEFAULT_WIDTH; without shutil, which loads zlib, bz2 and lzma (~1.5 ms of every run)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0 and sys.__stdout__ is not None:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (ValueError, OSError):
            columns = 0
    return columns if columns > 0 else DEFAULT_WIDTH


def _emit(text: str | Iterable[str], output_path: str | None = None, pager: bool | None = None) -> None:
    """Write the output (whole, or in pieces as it is made) to FILE, through a pager on a
    terminal, or to standard output."""
    from newsdiff import output

    if output_path and _to_file(output_path):
        output.write_file(text, output_path)
        return
    if sys.stdout is None:
        raise UserError("cannot write the output: standard output is closed")
    if pager is not False and sys.stdout.isatty() and os.environ.get("TERM") != "dumb":
        text = text if isinstance(text, str) else "".join(text)
        import shutil  # here only, on a terminal: it loads zlib, bz2 and lzma (~1.5 ms)

        command = output.pager_command(os.environ)
        screen = shutil.get_terminal_size().lines
        if command and output.needs_paging(text, screen, force=pager is True):
            sys.stdout.flush()
            if output.page(text, command):
                return
    try:
        # color was decided once, in _render_options: click must not strip it again off a terminal;
        # in pieces, so that a large output (JSON of a thousand articles) is never whole in memory
        for piece in [text] if isinstance(text, str) else text:
            for start in range(0, len(piece), WRITE_CHUNK):
                click.echo(piece[start : start + WRITE_CHUNK], nl=False, color=True)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # a full disk, /dev/full, a file system gone away
        _silence_stdout()
        raise UserError(f"cannot write the output: {exc.strerror or exc}") from None


@click.group(cls=NewsdiffGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="newsdiff")
def cli() -> None:
    """Compare how different outlets report the same story.

    newsdiff strips the boilerplate around each article (disclaimers, share prompts, related
    links, bylines, leaked JSON), finds the facts the articles share and shows them side by side
    with word-level differences, then what only one article reports.

    \b
    Examples:
      newsdiff compare a.txt b.html                # shared facts side by side
      newsdiff compare samples/phone-call/         # every article in a folder
      newsdiff clean --explain a.txt               # what was removed, and why
      newsdiff compare --format json a.txt b.txt   # for scripts (see: newsdiff schema)

    Exit status of compare: 0 same facts, 1 differences found, 2 trouble.
    """


_language_option = click.option(
    "--language",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default=None,
    metavar="CODE",
    help=(
        f"Read the facts in this language ({' '.join(LANGUAGES)}) "
        "[default: each article's own, told by its words; when it cannot be told, the one the others "
        "share, else English]."
    ),
)


@cli.command()
@click.argument("sources", nargs=-1, metavar="SOURCE SOURCE [SOURCE...]")
@_source_list_options
@_output_options
@click.option(
    "--label",
    "labels",
    multiple=True,
    metavar="NAME",
    help="Name an article in the output (repeat, in source order).",
)
@click.option(
    "--min-similarity",
    type=FiniteFloatRange(0.0, 1.0),
    default=None,
    metavar="X",
    help=(
        "How likely two sentences must be to report one fact (a probability) "
        f"[default: {MIN_SIMILARITY}, with --semantic {MIN_SIMILARITY_SEMANTIC}]."
    ),
)
@click.option(
    "--semantic",
    is_flag=True,
    help="Add sentence embeddings to the evidence (needs: pip install 'newsdiff[semantic]').",
)
@click.option(
    "--explain", is_flag=True, help="Show why each shared fact was grouped: the evidence and its weight."
)
@_language_option
@click.option(
    "--strict",
    is_flag=True,
    help="Count quote style, dashes, case, punctuation and spacing as word differences.",
)
@click.option(
    "--only",
    type=click.Choice(ONLY),
    help="Show only the shared facts, the facts only one article reports, or the conflicts.",
)
@click.option(
    "-j",
    "--jobs",
    type=IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes for reading many articles [default: one per CPU; few articles use one].",
)
@click.pass_context
def compare(
    ctx: click.Context,
    sources: tuple[str, ...],
    from_file: tuple[str, ...],
    max_bytes: int,
    timeout: float,
    fmt: str | None,
    color: str,
    width: int | None,
    output_path: str | None,
    pager: bool | None,
    labels: tuple[str, ...],
    min_similarity: float | None,
    semantic: bool,
    explain: bool,
    strict: bool,
    only: str | None,
    language: str | None,
    jobs: int | None,
) -> None:
    """Show the facts two or more articles share, side by side, then what only one reports.

    A SOURCE is a file, a directory (its .txt, .md and .html files, sorted; one that holds no
    article is skipped with a warning), '-' for standard input, or an http(s) URL. Plain text,
    Markdown-ish text and HTML pages are detected.

    Differences of quote style, dashes, case, punctuation and spacing are not marked unless
    --strict. At 80 columns and less, facts are stacked rather than set in columns.

    \b
    Examples:
      newsdiff compare samples/phone-call/northern-ledger.txt samples/phone-call/pacific-wire.txt
      newsdiff compare -o report.html samples/phone-call/     # a page to share
      newsdiff compare --only conflicts --format markdown samples/port-strike/

    Exit status: 0 same facts, 1 differences found, 2 trouble.
    """
    from newsdiff.load import listed_sources, refuse_overwriting
    from newsdiff.options import Options
    from newsdiff.pipeline import compare as run_compare
    from newsdiff.render import render_pieces

    output, render_options = _render_options(fmt, color, width, output_path, only, explain)
    _loaded(collect=False)
    options = Options(
        max_bytes=max_bytes,
        timeout=timeout,
        min_similarity=min_similarity,
        labels=labels,
        semantic=semantic,
        strict=strict,
        language=language,
        jobs=jobs,
        explain=explain or output.value == "json",  # (the JSON always holds the evidence)
    )
    specs = listed_sources(sources, from_file, options)
    if not specs:  # (as `clean` says it, with the hint to --help)
        raise click.UsageError("give two SOURCEs or more, or a directory of articles")
    refuse_overwriting(output_path, specs, from_file)
    with _warnings() as warn, _progress_bar(output, output_path) as report:
        result = run_compare(specs, options, progress=report, warn=warn)
        if min_similarity is not None and not result.shared and min_similarity > options.default_threshold:
            # (the summary asks whether they tell one story: the bar may be why they share nothing)
            warn(
                f"no pair of sentences reached --min-similarity {min_similarity:g} "
                f"(the default is {options.default_threshold:g})"
            )
        report("render", 0, 1)
        pieces: Iterable[str] = render_pieces(result, output, render_options)
        if output.value != "json":  # drawn while the bar shows, written once it is gone
            pieces = ["".join(pieces)]
    _emit(pieces, output_path, pager)
    ctx.exit(result.exit_code)


@cli.command()
@click.argument("sources", nargs=-1, metavar="SOURCE [SOURCE...]")
@_source_list_options
@_output_options
@click.option(
    "--explain", is_flag=True, help="Show every removed block with its reason (also when nothing is left)."
)
def clean(
    sources: tuple[str, ...],
    from_file: tuple[str, ...],
    max_bytes: int,
    timeout: float,
    fmt: str | None,
    color: str,
    width: int | None,
    output_path: str | None,
    pager: bool | None,
    explain: bool,
) -> None:
    """Print the article text with its boilerplate removed.

    \b
    Example:
      newsdiff clean --explain samples/phone-call/pacific-wire.txt
    """
    from newsdiff.load import listed_sources, refuse_overwriting
    from newsdiff.options import Options
    from newsdiff.pipeline import clean_sources
    from newsdiff.render import render_cleaned

    output, render_options = _render_options(fmt, color, width, output_path)
    _loaded()
    options = Options(max_bytes=max_bytes, timeout=timeout)
    specs = listed_sources(sources, from_file, options)
    if not specs:
        raise click.UsageError("give at least one SOURCE")
    refuse_overwriting(output_path, specs, from_file)
    with _warnings() as warn, _progress_bar(output, output_path) as report:
        articles = clean_sources(specs, options, progress=report, warn=warn, keep_empty=explain)
        report("render", 0, 1)
        text = render_cleaned(articles, output, explain, render_options)
    _emit(text, output_path, pager)


@cli.command()
@click.argument("source")
@_fetch_options
@_output_options
@_language_option
def facts(
    source: str,
    max_bytes: int,
    timeout: float,
    fmt: str | None,
    color: str,
    width: int | None,
    output_path: str | None,
    pager: bool | None,
    language: str | None,
) -> None:
    """List the facts extracted from one article: numbers, dates, names, quotes, stems.

    \b
    Example:
      newsdiff facts samples/port-strike/harbour-times.txt
    """
    from newsdiff.load import refuse_overwriting
    from newsdiff.options import Options
    from newsdiff.pipeline import article_facts, clean_sources
    from newsdiff.render import render_facts

    output, render_options = _render_options(fmt, color, width, output_path)
    _loaded()
    refuse_overwriting(output_path, [source])
    with _warnings() as warn:
        articles = clean_sources([source], Options(max_bytes=max_bytes, timeout=timeout), warn=warn)
    if len(articles) > 1:  # a directory: naming the first of its articles would hide the others
        raise UsageProblem(f"{source}: {len(articles)} articles; facts reads one (name one of its files)")
    article = articles[0]
    found, figures = article_facts(article, language)
    _emit(render_facts(article, found, figures, output, render_options), output_path, pager)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of compare, clean and facts --format json (newsdiff/1).

    \b
    Example:
      newsdiff schema > newsdiff-1.schema.json
    """
    from importlib.resources import files

    _emit(files("newsdiff").joinpath("schema.json").read_text(encoding="utf-8"))


def _loaded(collect: bool = True) -> None:
    """The command's modules are loaded: turn the collector back on if `newsdiff.__main__.run`
    turned it off, with what loading made frozen first (moved out of its way for good, as it lives
    as long as the process), so that collecting the articles' garbage never walks it.

    A comparison leaves it off (`collect=False`) to the end of the process: what it builds it keeps
    (articles, facts, groups) and draws from, and the collector would walk all of it again and
    again and find next to nothing to free (1,000 articles: 2.4 s of 18 s of CPU; peak memory 347
    -> 355 MiB without it). `pipeline.compare` pauses it for library users too, and restores it."""
    if not gc.isenabled():
        gc.freeze()
        if collect:
            gc.enable()


def main() -> None:
    """Run the CLI (`newsdiff.__main__.run` is the console script: it starts this with the
    collector off while the modules load)."""
    try:
        cli()
    except KeyboardInterrupt:  # Ctrl-C before or after click's own handling (imports, exit)
        sys.exit(ExitCode.INTERRUPTED)
    finally:
        # The process ends here. Frozen, its objects are spared the collections of the interpreter's
        # shutdown (still freed, files still flushed): ~10 ms off every run.
        gc.freeze()
