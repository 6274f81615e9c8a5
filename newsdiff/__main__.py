"""Run newsdiff as ``python -m newsdiff``; `run` is also the `newsdiff` console script."""

import atexit
import contextlib
import gc
import os
import sys

INTERRUPTED = 130
"""The exit status of Ctrl-C (`errors.ExitCode.INTERRUPTED`, not imported: Ctrl-C can come before)."""
_status: int | None = None
"""The exit status the command ended with (None until it has, or when it ended otherwise)."""


def run() -> None:
    """Start the CLI with the collector off while it loads (`cli._loaded` turns it back on).

    What loading makes (click's commands, the stages' functions, classes and tables: ~25,000
    objects) lives as long as the process; the ~35 collections that would walk it again and again
    on the way cost ~4 ms of comparing two articles, for nothing.
    """
    global _status
    gc.disable()
    atexit.register(_leave)  # registered first, so run last
    try:
        from newsdiff.cli import main  # (Ctrl-C can come while it loads)

        main()
    except KeyboardInterrupt:
        _interrupted()
    except SystemExit as done:
        if done.code == INTERRUPTED:
            _interrupted()
        if done.code is None or isinstance(done.code, int):
            _status = done.code or 0
        raise


def _interrupted() -> None:
    """Ctrl-C: end now, with status 130 and no traceback. The exit of the interpreter would wait
    for the threads of a pool of workers first, and those can wait for ever on a worker the
    Ctrl-C ended half-way through sending its result (`parallel.shared_pool` has ended the
    workers already)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):  # none, a closed pipe or file
            stream.flush()
    os._exit(INTERRUPTED)


def _leave() -> None:
    """The last exit handler: end the process without tearing its modules down object by object
    (~3 ms after comparing two articles; the system takes the memory back at once).

    The other handlers have run (the pattern cache is written), threads have been joined and the
    output is flushed here; under a tracer or a profiler (coverage, cProfile), whose reports may
    still be to come, the interpreter ends as usual.
    """
    if _status is None or sys.gettrace() is not None or sys.getprofile() is not None:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):  # none, a closed pipe or file
            stream.flush()
    os._exit(_status)


if __name__ == "__main__":
    run()
