"""Benchmarks: one module per figure, each run as ``python -m bench.<name> [--quick]``.

Importing this package does nothing (the scoring benchmark sets thread limits before numpy
is imported)."""
