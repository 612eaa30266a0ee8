"""What `export KIND` writes, shared by the CLI and the GUI's File menu.

Each kind gathers plain data from the store, then hands it to a report or a writer. Kinds that
belong to features not built yet say so instead of writing an empty file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from endorse_desktop.core.document_text import Language
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.private_files import private_text_file
from endorse_desktop.core.races import find_race
from endorse_desktop.core.scorecards import handout_document
from endorse_desktop.core.shared_file import write_shared_file
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.record import vote_record_to_json
from endorse_desktop.core.voting.stored import load_vote, vote_ids, vote_record
from endorse_desktop.exports import ballots, minutes
from endorse_desktop.exports.tables_csv import write_all_tables
from endorse_desktop.reports.scorecard import render_scorecards


class ExportError(InvalidInputError):
    pass


class ExportUnavailableError(ExportError):
    """The document belongs to a feature this version does not have yet."""


def export_csv_tables(store: Store, folder: Path, **_: Any) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return write_all_tables(store, folder)


def export_scorecard(
    store: Store, output: Path, race: str | None = None, lang: str | None = None, **_: Any
) -> list[Path]:
    """The scorecard handout (SPEC F-8): every current race, or only `--race NAME`."""
    race_id = find_race(store, race).id if race else None
    render_scorecards(handout_document(store, race_id, Language.parse(lang)), output)
    return [output]


def export_shared_json(store: Store, output: Path, **_: Any) -> list[Path]:
    """The shared file of SPEC F-4: values, races, candidates and ratings for another group."""
    return [write_shared_file(store, output)]


def export_vote_record(store: Store, output: Path, vote: int | None = None, **_: Any) -> list[Path]:
    """A vote's record in the SPEC §5 format: what `count` recounts (as the GUI saves it)."""
    if vote is None:
        raise ExportError("say which vote to export: --vote ID")
    if vote not in vote_ids(store):
        raise ExportError(f"there is no vote {vote}")

    data = vote_record_to_json(vote_record(store, load_vote(store, vote)))
    # Owner-only and whole or not at all, like every file the app writes.
    with private_text_file(output) as handle:
        handle.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return [output]


def _not_yet(kind: str) -> Callable[..., list[Path]]:
    def refuse(store: Store, output: Path, **_: Any) -> list[Path]:
        raise ExportUnavailableError(f"'export {kind}' is not available in this version yet")

    return refuse


# The commitment documents and the track record are imported when first exported: a meeting that
# prints only ballots, the summary and scorecards never holds their modules (SPEC P-6).
def _commitments() -> ModuleType:
    # deferred: the commitment documents' modules, ~10 ms (python -X importtime) and 1.7 MB
    from endorse_desktop.exports import commitments

    return commitments


def _track_record() -> ModuleType:
    # deferred: the track record's modules, ~1 ms (python -X importtime), held once imported
    from endorse_desktop.exports import track_record

    return track_record


EXPORTERS: dict[str, Callable[..., list[Path]]] = {
    "csv": export_csv_tables,
    "ballots": ballots.export_ballots,
    "scorecard": export_scorecard,
    "signup": lambda *args, **options: _commitments().export_signup(*args, **options),
    "summary": minutes.export_summary,
    "commitments": lambda *args, **options: _commitments().export_commitments(*args, **options),
    "json": export_shared_json,
    "announcement": lambda *args, **options: _commitments().export_announcement(*args, **options),
    "vote": export_vote_record,
    "track-record": lambda *args, **options: _track_record().export_track_record(*args, **options),
    "track-summary": lambda *args, **options: _track_record().export_track_summary(
        *args, **options
    ),
}


def export_document(store: Store, kind: str, output: Path, **options: Any) -> list[Path]:
    try:
        exporter = EXPORTERS[kind]
    except KeyError:
        raise ExportError(f"unknown export {kind!r}") from None
    return exporter(store, output, **options)
