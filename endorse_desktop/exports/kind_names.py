"""The names `export KIND` takes, in one light module: the CLI lists them in its help without
loading ReportLab and every report (`exports.kinds` does that), and the smoke test exports the
same kinds the CLI offers instead of a copy of the list that could fall behind."""

from __future__ import annotations

# Printed documents: each writes one PDF.
PDF_KINDS = (
    "ballots",
    "scorecard",
    "signup",
    "summary",
    "commitments",
    "announcement",
    "track-record",
    "track-summary",
)
# Data for other programs: a folder of CSV tables and the shared JSON file.
DATA_KINDS = ("csv", "json")
# One vote's record (SPEC §5); it needs `--vote ID`, so it is not exported unasked.
VOTE_KIND = "vote"
EXPORT_KINDS = (*PDF_KINDS, *DATA_KINDS, VOTE_KIND)
