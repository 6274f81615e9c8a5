"""Signals, pipes, full and closed outputs, and the input cases of the robustness matrix that the
load and CLI error tests do not already cover. Real processes where the operating system is the
point (SIGINT, EPIPE, /dev/full, a closed stdout); CliRunner elsewhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from helpers_http import SLOW_ASKED, serve

from newsdiff.cli import cli

ROOT = Path(__file__).resolve().parent.parent
LEDGER = str(ROOT / "samples" / "phone-call" / "northern-ledger.txt")
WIRE = str(ROOT / "samples" / "phone-call" / "pacific-wire.txt")
NEWSDIFF = [sys.executable, "-m", "newsdiff"]


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("newsdiff: error: ")
    assert "Traceback" not in stderr
    return lines[0]


def test_reader_gone_before_output_is_quiet_with_sigpipe_status() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `newsdiff … | head -1` once head has exited
    try:
        done = subprocess.run(
            [*NEWSDIFF, "compare", LEDGER, WIRE], stdout=write_end, stderr=subprocess.PIPE, check=False
        )
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr == b""


def test_a_real_process_writes_all_its_output_and_runs_its_exit_handlers(tmp_path: Path) -> None:
    # the console script ends without tearing its modules down (newsdiff.__main__._leave): its
    # output must still be whole, and the other exit handlers (the pattern cache's) must have run
    args = ["compare", "--format", "json", LEDGER, WIRE]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([*NEWSDIFF, *args], capture_output=True, env=env, check=False)
    assert done.returncode == 1
    assert done.stderr == b""
    assert done.stdout.decode() == CliRunner().invoke(cli, args).stdout
    assert list((tmp_path / "newsdiff").glob("patterns-*.marshal"))


def test_broken_pipe_while_writing_is_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(click, "echo", broken)
    monkeypatch.setattr("newsdiff.cli._silence_stdout", lambda: None)  # CliRunner's stdout is no fd
    result = CliRunner().invoke(cli, ["compare", LEDGER, WIRE])
    assert result.exit_code == 141
    assert result.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_full_output_device_is_one_line() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*NEWSDIFF, "compare", LEDGER, WIRE], stdout=full, stderr=subprocess.PIPE, check=False, text=True
        )
    assert done.returncode == 2
    assert "No space left on device" in one_error_line(done.stderr)


def test_closed_stdout_is_one_line() -> None:
    done = subprocess.run(
        [*NEWSDIFF, "compare", LEDGER, WIRE],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
        text=True,
        preexec_fn=lambda: os.close(1),  # the child starts with no stdout at all
    )
    assert done.returncode == 2
    assert "standard output is closed" in one_error_line(done.stderr)


def test_ctrl_c_exits_130_without_traceback() -> None:
    with serve() as base:
        SLOW_ASKED.clear()
        child = subprocess.Popen(
            [*NEWSDIFF, "compare", LEDGER, f"{base}/slow"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # as a terminal starts it: a shell without job control starts a command run in the
            # background (the suite, `pytest &`) with Ctrl-C ignored, and its children inherit that
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        # the download of /slow is under way (the server answers 2 s after it is asked)
        assert SLOW_ASKED.wait(60)
        time.sleep(0.2)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=10)
    assert child.returncode == 130, err.decode(errors="replace")[-2000:]
    assert b"Traceback" not in err
    assert b"Aborted" not in err
    assert out == b""


def _run_interrupted(setup: str) -> subprocess.CompletedProcess[str]:
    """The console script's entry, run()d after `setup`, in a process of its own."""
    script = f"import sys, threading, types\n{setup}\nfrom newsdiff.__main__ import run\nrun()\n"
    command = [sys.executable, "-c", script]
    return subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)


def test_ctrl_c_while_newsdiff_loads_exits_130_without_traceback() -> None:
    loading = (
        "class Loading(types.ModuleType):\n"
        "    def __getattr__(self, name):\n"
        "        raise KeyboardInterrupt  # Ctrl-C as the command's modules load\n"
        "sys.modules['newsdiff.cli'] = Loading('newsdiff.cli')"
    )
    done = _run_interrupted(loading)
    assert (done.returncode, done.stderr) == (130, "")


def test_ctrl_c_exits_at_once_whatever_threads_are_left() -> None:
    """The threads of a pool of workers can wait for ever on a worker that Ctrl-C ended half-way
    through sending its result: the exit of the interpreter, which waits for them, is not waited for."""
    stuck = (
        "threading.Thread(target=threading.Event().wait).start()  # a thread that never ends\n"
        "def interrupted():\n"
        "    raise KeyboardInterrupt\n"
        "sys.modules['newsdiff.cli'] = types.SimpleNamespace(main=interrupted)"
    )
    done = _run_interrupted(stuck)
    assert (done.returncode, done.stderr) == (130, "")


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tests run as root here, where chmod 000 does not stop a read: make the open fail instead
    secret = tmp_path / "secret.txt"
    secret.write_text("A headline\n\nA sentence of the story.\n", encoding="utf-8")

    def deny(file: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if file == str(secret):
            raise PermissionError(13, "Permission denied", file)
        return open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("newsdiff.load.open", deny, raising=False)  # the loader's open()
    result = CliRunner().invoke(cli, ["compare", str(secret), WIRE])
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == f"newsdiff: error: {secret}: permission denied"


def test_fifty_megabyte_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: the size check must not need the bytes
    result = CliRunner().invoke(cli, ["compare", str(big), WIRE])
    assert result.exit_code == 2
    assert "50.0 MiB is larger than the 10.0 MiB limit (--max-bytes)" in one_error_line(result.stderr)


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", "--max-bytes", "100", LEDGER, WIRE])
    assert result.exit_code == 2
    assert "limit (--max-bytes)" in one_error_line(result.stderr)


def test_empty_stdin_names_standard_input() -> None:
    result = CliRunner().invoke(cli, ["compare", "-", WIRE], input="")
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == "newsdiff: error: standard input: the source is empty"


def test_one_sentence_articles_compare(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The port of Varnholm reopened on Friday after a two-day strike.\n", encoding="utf-8")
    b.write_text("The Varnholm port reopened on Friday after the two-day strike.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", "--format", "json", str(a), str(b)])
    assert result.exit_code == 0, result.stdout
    assert '"shared": 1' in result.stdout


def test_mixed_line_endings_are_one_article(tmp_path: Path) -> None:
    text = "Mixed Endings Headline\r\n\r\nThe first sentence ends here.\r\rThe second one\nfollows.\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(cli, ["clean", str(path)])
    assert result.exit_code == 0
    assert result.stdout == "The first sentence ends here.\n\nThe second one follows.\n"
