"""Performance benchmarks for SPEC §7 (P-1 … P-6), kept out of the default test run.

Run them all and print the table (from the repository root):

    python -m tests.benchmarks

`python -m tests.benchmarks --help` lists the options (`--only P-2`, `--runs`, `--keep`);
`python -m pytest -m benchmark tests/benchmarks -s` runs the same measurements as tests.
"""
