"""The commitment report's pledge list as an organizer reads it (issue 14): a line per pledge,
naming whom it is for, under a line per member with the phone and email (once for all the
endorsements a member pledged to), about forty lines to a page in type no smaller than 9 pt, no
line cut across pages, and a page that goes on with a member's pledges naming the member again at
its top."""

from __future__ import annotations

from collections import defaultdict

import pytest
from pdf_layout import Placed, placed_text

from endorse_desktop.core.commitments.progress import summarise
from endorse_desktop.core.documents import CommitmentReport, EndorsementSection, MemberPledge
from endorse_desktop.reports.commitments_report import render_commitment_report

MEMBERS = 150
TITLE = "Ana Núñez — Mayor"
HEADINGS = ("Member / activity", "Member")  # the list's first heading (before issue 14: "Member")


def _pledges() -> list[MemberPledge]:
    """Member m pledges 1 to 4 times; each pledge's note names it ("note-m-k")."""
    pledges = []
    for m in range(MEMBERS):
        for k in range(m % 4 + 1):
            pledges.append(
                MemberPledge(
                    member_id=m,
                    member_name=f"Member {m:03d}",
                    phone=f"(734) 555-{m:04d}",
                    email=f"member{m:03d}@example.org",
                    activity="Canvassing (door knocking)",
                    quantity=k + 1,
                    unit="shifts",
                    status="Pledged",
                    due="2026-11-01",
                    overdue=k == 1,
                    notes=f"note-{m}-{k}",
                    endorsement=("Ana Núñez", "Marcus Okafor")[k % 2],
                )
            )
    return pledges


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[list[Placed]]:
    progress = summarise([], [], {}, member_names={}, election_dates={}, today="2026-12-01")
    section = EndorsementSection(TITLE, "active", "2026-10-14", progress)
    report = CommitmentReport("Group", "2026", "2026-12-01", (section,), tuple(_pledges()))
    path = tmp_path_factory.mktemp("commitments") / "report.pdf"
    render_commitment_report(report, path)
    by_page: dict[int, list[Placed]] = defaultdict(list)
    for run in placed_text(path):
        by_page[run.page].append(run)
    return [by_page[n] for n in sorted(by_page)]


def _list_pages(pages: list[list[Placed]]) -> list[list[Placed]]:
    """The pages the pledge list continues on (heading again, under "(continued)")."""
    return [
        page for page in pages if any(run.text == "Pledges by member (continued)" for run in page)
    ]


def _rows(page: list[Placed]) -> dict[float, list[Placed]]:
    """The list's lines on a page, by baseline, top first (the heading row included)."""
    heading = next(run.y for run in page if run.text in HEADINGS)
    rows: dict[float, list[Placed]] = defaultdict(list)
    for run in page:
        if run.y <= heading + 0.5 and run.y > 60:  # above the footer
            rows[round(run.y, 1)].append(run)
    return dict(sorted(rows.items(), reverse=True))


def test_about_forty_lines_a_page_in_type_of_9_pt_or_more(pages) -> None:
    continued = _list_pages(pages)
    assert len(continued) >= 3
    for page in continued[:-1]:  # every full page of the list
        rows = _rows(page)
        assert len(rows) >= 41, len(rows)  # the heading and at least forty lines
        assert min(run.size for row in rows.values() for run in row) >= 9


def test_every_pledge_on_one_line_with_its_quantity_and_status(pages) -> None:
    seen: dict[str, int] = defaultdict(int)
    for page in pages:
        if not any(run.text in HEADINGS for run in page):
            continue
        for row in _rows(page).values():
            texts = [run.text for run in row]
            notes = [t for t in texts if t.startswith("note-")]
            for note in notes:
                seen[note] += 1
                k = int(note.rsplit("-", 1)[1])
                # whom the pledge is for, its quantity, status and due date on the note's line
                quantity = f"{k + 1} shifts" if k else "1 shift"
                endorsement = ("Ana Núñez", "Marcus Okafor")[k % 2]
                assert {endorsement, quantity, "Pledged", "2026-11-01"} <= set(texts), texts
                assert ("overdue" in texts) == (k == 1), texts
    expected = {f"note-{m}-{k}" for m in range(MEMBERS) for k in range(m % 4 + 1)}
    assert set(seen) == expected  # every pledge printed…
    assert set(seen.values()) == {1}  # …once


def test_a_page_that_goes_on_with_a_members_pledges_names_the_member_first(pages) -> None:
    marked = 0
    for page in _list_pages(pages):
        rows = list(_rows(page).values())
        first, last = [run.text for run in rows[1]], [run.text for run in rows[-1]]
        # the first line under the heading is a member's: name, phone and email
        assert any(t.endswith("@example.org") for t in first), first
        assert any(t.startswith("(734) 555-") for t in first), first
        if any(t.endswith("(continued)") for t in first):
            marked += 1
        # and a member's line never ends a page: their first pledge is under it
        assert any(t.startswith("note-") for t in last), last
    assert marked >= 1  # the sample's members run over page ends


def test_a_member_is_listed_once_with_their_contact_details(pages) -> None:
    names: dict[str, int] = defaultdict(int)
    for page in pages:
        for run in page:
            if run.text.startswith("Member ") and run.text[7:10].isdigit():
                names[run.text] += 1
    assert {f"Member {m:03d}" for m in range(MEMBERS)} <= set(names)
    # once each, except the "(continued)" lines atop pages
    assert all(count == 1 for name, count in names.items() if not name.endswith("(continued)"))
