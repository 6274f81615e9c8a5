"""Where the rendered output goes: a file, a pager on a terminal (as git does), or stdout.

The pager is `NEWSDIFF_PAGER`, else `PAGER`, else `less -R`; it gets `LESS=FRX` unless the user
set `LESS`, as git does (R passes colors through, F quits when the output fits, X leaves it on
the screen).
An empty value or `cat` means no pager. The CLI decides whether to page at all: only on a
terminal, never when the output goes to a pipe or a file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterable, Mapping

from newsdiff.errors import OutputError

DEFAULT_PAGER = "less -R"
LESS_FLAGS = "FRX"
"""git's default for `less`: raw color codes, quit if one screen, do not clear the screen."""


def write_file(text: str | Iterable[str], path: str) -> None:
    """Write the output (whole or in pieces) to a file (UTF-8), as one clear error when that is
    impossible. A regular file is written beside itself and then put in place, so that a run
    stopped half-way (Ctrl-C, an error while rendering) leaves the previous report whole, not a
    truncated one; the file keeps its permissions, and a symbolic link stays one (its target is
    replaced). A device or a pipe (`-o /dev/stderr`) is written directly."""
    target = os.path.realpath(path)
    try:
        existing = os.stat(target)
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _write(text, path, path)
        return
    import tempfile  # only -o FILE pays for it

    try:
        handle, temporary = tempfile.mkstemp(
            dir=os.path.dirname(target), prefix=f".{os.path.basename(target)}.", suffix=".tmp"
        )
    except OSError as exc:
        if existing is not None:  # a writable file in a directory that takes no new one
            _write(text, path, path)
            return
        raise _cannot_write(path, exc) from None
    os.close(handle)
    try:
        _write(text, temporary, path)
        os.chmod(temporary, stat.S_IMODE(existing.st_mode) if existing else _default_mode())
        os.replace(temporary, target)
    except BaseException as exc:  # (Ctrl-C too) no half-written file is left behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise


def _write(text: str | Iterable[str], where: str, path: str) -> None:
    try:
        with open(where, "w", encoding="utf-8") as out:  # not pathlib: ~2.5 ms of imports
            for piece in [text] if isinstance(text, str) else text:
                out.write(piece)
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def _cannot_write(path: str, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write the output: {exc.strerror or exc}")


def _default_mode() -> int:
    """The mode `open` would give a new file: 0o666 less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def pager_command(environ: Mapping[str, str]) -> str | None:
    """The pager the user asked for, or None for no pager."""
    command = environ.get("NEWSDIFF_PAGER", environ.get("PAGER", DEFAULT_PAGER)).strip()
    return None if command in ("", "cat") else command


def needs_paging(text: str, screen_lines: int, force: bool) -> bool:
    """Page when asked to, or when the output is taller than the screen."""
    return force or text.count("\n") >= screen_lines


def page(text: str, command: str, environ: Mapping[str, str] | None = None) -> bool:
    """Show `text` through the pager; False (nothing written) when the pager cannot be started."""
    # only a terminal pages: a pipe or a file does not pay for these imports (~2 ms)
    import shlex
    import shutil
    import signal
    import subprocess

    env = dict(os.environ if environ is None else environ)
    env.setdefault("LESS", LESS_FLAGS)
    env.setdefault("LV", "-c")
    try:
        program = shlex.split(command)[0]
    except (ValueError, IndexError):
        return False
    if shutil.which(program) is None:
        return False
    data = text.encode(sys.stdout.encoding or "utf-8", errors="replace")
    # while the pager runs, Ctrl-C belongs to it (less uses it to stop a search), not to newsdiff
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        # the command is the user's own PAGER setting, run by the shell as git and man run it;
        # communicate() ignores a pager that quits before reading everything
        with subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env) as process:
            process.communicate(data)
    except OSError:
        return False
    finally:
        signal.signal(signal.SIGINT, previous)
    return True
