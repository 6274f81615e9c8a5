"""Run newsdiff as ``python -m newsdiff``."""

from newsdiff.cli import main

main()
