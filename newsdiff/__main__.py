"""Run newsdiff as ``python -m newsdiff``; `run` is also the `newsdiff` console script."""

import gc


def run() -> None:
    """Start the CLI with the collector off while it loads (`cli._loaded` turns it back on).

    What loading makes (click's commands, the stages' functions, classes and tables: ~25,000
    objects) lives as long as the process; the ~35 collections that would walk it again and again
    on the way cost ~4 ms of comparing two articles, for nothing.
    """
    gc.disable()
    from newsdiff.cli import main

    main()


if __name__ == "__main__":
    run()
