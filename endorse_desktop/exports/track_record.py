"""`export track-record` (PDF or CSV) and `export track-summary` (the one-page public PDF).

Both gather `core.track_record.track_record` and hand it to the report (imported inside the
function: start-up never pays for ReportLab) or write the CSV themselves. `--cycle NAME` limits
either to one cycle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from endorse_desktop.core.results import outcome_label, share_text
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.core.track_record import TrackRecord, track_record
from endorse_desktop.exports.csv_files import write_csv
from endorse_desktop.reports.track_record import render_track_record

CSV_HEADER = (
    "cycle",
    "race",
    "stage",
    "election_date",
    "candidate",
    "endorsement",
    "result",
    "share",
    "goals_set",
    "goals_met",
    "pledges_made",
    "pledges_kept",
)


def export_track_record(
    store: Store, output: Path, *, cycle: str | None = None, summary: bool = False, **_: Any
) -> list[Path]:
    record = track_record(store, cycle)
    if output.suffix.lower() == ".csv" and not summary:
        write_track_record_csv(record, output)
        return [output]

    settings = settings_or_default(store)
    render_track_record(
        record,
        output,
        group_name=settings.name,
        page_size=settings.page_size,
        summary_only=summary,
    )
    return [output]


def export_track_summary(store: Store, output: Path, **options: Any) -> list[Path]:
    return export_track_record(store, output, **{**options, "summary": True})


def track_record_rows(record: TrackRecord) -> list[tuple[object, ...]]:
    return [
        (
            line.cycle_name,
            line.race_title,
            line.stage,
            line.election_date or "",
            line.candidate,
            line.status,
            outcome_label(line.outcome) if line.outcome else "",
            share_text(line.share),
            line.goals_set,
            line.goals_met,
            line.pledges_made,
            line.pledges_kept,
        )
        for line in record.lines
    ]


def write_track_record_csv(record: TrackRecord, output: Path) -> int:
    return write_csv(output, CSV_HEADER, track_record_rows(record))
