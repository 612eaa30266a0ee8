"""Figures SPEC §7 sets no number for, kept because each once needed work to be quick enough.

* importing a 5,000-row Action Network report (read and parse; then apply, one transaction);
* the shared JSON file of the large sample, written and merged into a new file, and a received
  file of 4,000 candidates in one race (it once took 119 s: every candidate re-read the race);
* the projector's scorecard of a 6-candidate × 20-value race repainted at 1920×1080, well
  inside a 60 Hz frame so stepping through it with the arrow keys never lags;
* the scorecard handout of 20 races with evidence on every rating (the large sample has none):
  the heaviest handout, held to P-4's one second;
* the commitment report of the large sample's 20,000 pledges, every one listed with the member's
  contact details.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
import statistics
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from endorse_desktop.reports.scorecard import ScorecardDocument

from .harness import Row, Target, Workspace, best_of, dispose, qt_app, settle

FRAME_MS = 1000 / 60


def more_rows(workspace: Workspace) -> list[Row]:
    return [
        *_roster_import(workspace),
        *_shared_file(workspace),
        _shared_file_of_4000_candidates(workspace),
        _projector_scorecard(workspace),
        _scorecards_with_evidence(workspace),
        _commitment_report(workspace),
    ]


def _action_network_report(rows: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_city"])
    for n in range(rows):
        writer.writerow(
            [f"Zoë{n}", f"Núñez{n}", f"person{n}@example.org", "48103", f"555-{n:04d}", "Ann Arbor"]
        )
    return codecs.BOM_UTF8 + buffer.getvalue().encode()


def _roster_import(workspace: Workspace) -> list[Row]:
    from endorse_desktop.core.roster_import import apply_import, read_roster
    from endorse_desktop.core.store import Store

    data = _action_network_report(5000)
    read = best_of(3, lambda: read_roster(data, "report.csv"))
    plan = read_roster(data, "report.csv")
    path = workspace.path("import.sqlite3")
    path.unlink(missing_ok=True)
    with Store.open(path) as store:
        started = time.perf_counter()
        summary = apply_import(store, plan)
        applied = time.perf_counter() - started
    if summary.added != 5000:
        raise AssertionError(f"the import added {summary.added} members, not 5,000")
    return [
        Row("—", "roster CSV of 5,000 rows: read and parse", read * 1000, "ms"),
        Row(
            "—",
            "roster CSV of 5,000 rows: add them",
            applied,
            "s",
            target=Target(limit=1.0),
            note="an Action Network report with a BOM; added in one transaction",
        ),
    ]


def _shared_file(workspace: Workspace) -> list[Row]:
    from endorse_desktop.core.shared_file import import_shared_file, write_shared_file
    from endorse_desktop.core.store import Store

    with Store.open(workspace.large, readonly=True) as store:
        started = time.perf_counter()
        shared = write_shared_file(store, workspace.path("shared.json"))
        written = time.perf_counter() - started
    path = workspace.path("merged.sqlite3")
    path.unlink(missing_ok=True)
    with Store.open(path) as store:
        started = time.perf_counter()
        import_shared_file(store, shared)
        merged = time.perf_counter() - started
    return [
        Row(
            "—",
            "shared JSON file of the large sample: write",
            written,
            "s",
            target=Target(limit=1.0),
        ),
        Row("—", "shared JSON file: merge into a new file", merged, "s", target=Target(limit=2.0)),
    ]


def shared_file_of_candidates(count: int) -> str:
    """A received shared file: one race of `count` candidates, each rated on two values."""
    import json

    document = {
        "format": "endorse-desktop/shared",
        "version": 1,
        "group": {"name": "Neighbours"},
        "values": [{"title": "Housing"}, {"title": "Transit"}],
        "races": [
            {
                "office": "City Council",
                "district": "At large",
                "candidates": [
                    {
                        "name": f"Candidate {n}",
                        "ratings": {"Housing": {"rating": n % 5}, "Transit": {"rating": 3}},
                    }
                    for n in range(count)
                ],
            }
        ],
    }
    return json.dumps(document)


def _shared_file_of_4000_candidates(workspace: Workspace) -> Row:
    from endorse_desktop.core.shared_file import import_shared_file
    from endorse_desktop.core.store import Store

    source = workspace.path("4000-candidates.json")
    source.write_text(shared_file_of_candidates(4000), encoding="utf-8")
    path = workspace.path("4000-candidates.sqlite3")
    path.unlink(missing_ok=True)
    with Store.open(path) as store:
        started = time.perf_counter()
        summary = import_shared_file(store, source)
        merged = time.perf_counter() - started
    if "4000 candidates" not in summary.replace(",", ""):
        raise AssertionError(f"the import said {summary!r}")
    return Row(
        "—",
        "shared JSON file of 4,000 candidates in one race: import",
        merged,
        "s",
        target=Target(limit=2.0),
        note="issue 13: was 119 s (quadratic)",
    )


def _projector_scorecard(workspace: Workspace) -> Row:
    from PySide6.QtCore import Qt

    from endorse_desktop.core.store import Store
    from endorse_desktop.ui.shell.main_window import MainWindow
    from endorse_desktop.ui.shell.session import Session

    qt_app()
    window = MainWindow(Session(Store.open(workspace.large_copy("projector"))))
    window.show()
    window.show_tab("scorecards")
    window.projector_control.present_current()
    projector = window.projector
    projector.resize(1920, 1080)
    settle()
    slide = projector.current_slide
    if (len(slide.card.candidates), len(slide.card.values)) != (6, 20):
        raise AssertionError("the first race of the large sample should be 6 candidates × 20")
    times = []
    for step in range(60):
        slide.step(Qt.Key.Key_Down if step % 4 else Qt.Key.Key_Right)
        started = time.perf_counter()
        slide.grab()  # a full paint of the slide into an image, as the screen would get
        times.append((time.perf_counter() - started) * 1000)
    dispose(window)
    return Row(
        "—",
        "projector scorecard 6 × 20 at 1920×1080: repaint",
        statistics.median(times),
        "ms",
        target=Target(limit=FRAME_MS),
        note="median of 60 steps with the arrow keys; the budget is one frame at 60 Hz",
    )


def _scorecards_with_evidence(workspace: Workspace) -> Row:
    from endorse_desktop.reports.scorecard import render_scorecards

    document = _scorecard_document()
    path = workspace.path("scorecards-evidence.pdf")
    pages = render_scorecards(document, path)
    seconds = best_of(3, lambda: render_scorecards(document, path))
    return Row(
        "P-4",
        f"scorecards of 20 races, evidence on every rating ({pages} pages)",
        seconds,
        "s",
        target=Target(limit=1.0),
        note="made-up races of 6 candidates × 20 values, a note of 8-40 words on every rating",
    )


def _scorecard_document() -> ScorecardDocument:
    from endorse_desktop.core.scoring import ValueWeight
    from endorse_desktop.reports.scorecard import (
        RatingEntry,
        ScorecardCandidate,
        ScorecardDocument,
        ScorecardRace,
    )

    words = [
        "housing",
        "rent",
        "tenants",
        "council",
        "vote",
        "voted",
        "budget",
        "transit",
        "bus",
        "lanes",
        "climate",
        "plan",
        "union",
        "wages",
        "police",
        "review",
        "board",
        "schools",
        "library",
        "parks",
        "questionnaire",
        "interview",
        "record",
        "statement",
        "supports",
        "opposes",
        "promised",
        "pledged",
        "declined",
        "answered",
        "forum",
        "debate",
        "district",
        "neighbours",
        "zoning",
        "density",
        "permits",
        "shelter",
        "clinic",
        "water",
        "air",
        "jobs",
        "training",
        "youth",
        "seniors",
    ]
    names = ("Ana Núñez", "Bob <b>Smith & Co", "Nguyễn Thị Minh", "Ωμέγα Παπαδόπουλος", "Иван")
    rnd = random.Random(1)
    values = tuple(
        ValueWeight(
            f"{rnd.choice(words).title()} and {rnd.choice(words)} {i}",
            rnd.randint(1, 5),
            i % 6 == 0,
        )
        for i in range(20)
    )

    def note() -> str:
        return " ".join(rnd.choice(words) for _ in range(rnd.randint(8, 40))).capitalize() + "."

    def candidate(race: int, n: int) -> ScorecardCandidate:
        ratings = {
            v.title: RatingEntry(rnd.choice([0, 1, 2, 3, 4, None]), note(), rnd.choice(words))
            for v in values
        }
        return ScorecardCandidate(f"{names[n % 5]} {race}-{n}", "Democratic", n == 0, ratings)

    races = tuple(
        ScorecardRace(
            f"City Council District {r}",
            values,
            tuple(candidate(r, n) for n in range(6)),
            "City Council",
            f"District {r}",
            "2026-06-02",
            "primary",
        )
        for r in range(20)
    )
    return ScorecardDocument("Riverton Indivisible", "2026 Primary", races)


def _commitment_report(workspace: Workspace) -> Row:
    from endorse_desktop.core.store import Store
    from endorse_desktop.exports.kinds import export_document

    path = workspace.path("commitments.pdf")
    with Store.open(workspace.large, readonly=True) as store:
        started = time.perf_counter()
        export_document(store, "commitments", path)
        seconds = time.perf_counter() - started
    from pypdf import PdfReader

    pages = len(PdfReader(str(path)).pages)
    return Row(
        "—",
        f"commitment report, 20,000 pledges ({pages:,} pages)",
        seconds,
        "s",
        note="every pledge by member with contact details; written off the GUI thread in the app",
    )
