"""The kinds `export` offers are the kinds there are: one list serves the CLI and the smoke test."""

from __future__ import annotations

import subprocess
import sys

from endorse_desktop.exports.kind_names import DATA_KINDS, EXPORT_KINDS, PDF_KINDS
from endorse_desktop.exports.kinds import EXPORTERS


def test_every_kind_the_cli_offers_has_an_exporter_and_every_exporter_is_offered() -> None:
    assert sorted(EXPORT_KINDS) == sorted(EXPORTERS)
    assert len(set(EXPORT_KINDS)) == len(EXPORT_KINDS)


def test_the_smoke_test_exports_every_document_and_data_kind() -> None:
    # `vote` needs --vote ID, so it is the one kind a smoke run cannot export unasked
    assert set(EXPORT_KINDS) - {*PDF_KINDS, *DATA_KINDS} == {"vote"}


def test_the_export_help_lists_every_kind() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "endorse_desktop", "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for kind in EXPORTERS:
        assert kind in shown
