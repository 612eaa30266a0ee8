"""The fingerprint of the schema the app's complete set of migrations makes.

Written by `python -m tests.core.test_known_schema`, checked by that test: a file whose schema
has it is ours without building the schema again (sqlite-utils and every migration in memory:
a fifth of a start-up). Any other file is checked against the migrations themselves.
"""

from __future__ import annotations

APPLIED = (
    "0001_initial_schema",
    "0002_activity_catalog",
    "0003_runoff_lots",
    "0004_election_cycles",
    "0005_bilingual_texts",
)
DIGEST = "826022e8ea6cbb9e298082648172590d322f662fa7d7d0f40cff12fe67735e71"
