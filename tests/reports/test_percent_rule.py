"""One rounding rule for every percentage: the commitment report agrees with the scorecard."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from pdf_text import pdf_text

from endorse_desktop.core.commitments.progress import percent
from endorse_desktop.core.scoring import format_percent


def test_commitment_percent_and_scorecard_percent_round_alike() -> None:
    for part, whole in ((4, 6), (1, 3), (1, 8), (5, 8), (73, 200), (199, 200), (0, 7), (7, 7)):
        assert f"{percent(part, whole)}%" == format_percent(Fraction(part, whole)), (part, whole)


def test_the_printed_report_says_67_percent_for_4_of_6(tmp_path: Path) -> None:
    from endorse_desktop.core.commitments.progress import summarise
    from endorse_desktop.core.commitments.records import Activity, Goal, Pledge, PledgeStatus
    from endorse_desktop.core.documents import CommitmentReport, EndorsementSection
    from endorse_desktop.reports.commitments_report import render_commitment_report

    activities = {1: Activity("Phone bank", id=1)}
    goals = [Goal(10, 1, target=6, id=1)]
    pledges = [Pledge(1, 10, 1, 4, "shifts", status=PledgeStatus.DONE, id=1)]
    progress = summarise(
        goals,
        pledges,
        activities,
        member_names={1: "Ana"},
        election_dates={10: None},
        today="2026-01-01",
    )
    report = CommitmentReport(
        "Group",
        "2026",
        "2026-01-01",
        (EndorsementSection("Ana Núñez — Mayor", "active", "2026-01-01", progress),),
    )
    path = tmp_path / "report.pdf"
    render_commitment_report(report, path)
    text = pdf_text(path)
    assert "67% pledged" in text and "67% done" in text
    assert "66%" not in text
