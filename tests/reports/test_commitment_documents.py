"""Sign-up sheets, the commitment report, the announcement and commitments.csv, read back."""

from __future__ import annotations

import csv
import re
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import SAMPLE
from pdf_text import pdf_pages_text, pdf_text
from pypdf import PdfReader

from endorse_desktop.core.commitments.announcement import (
    AnnouncementFacts,
    GoalLine,
    compose_announcement,
    draft_announcement,
)
from endorse_desktop.core.commitments.pledges import add_pledge, find_activity
from endorse_desktop.core.commitments.progress import quantity_text
from endorse_desktop.core.commitments.records import ActivityCategory, Pledge
from endorse_desktop.core.endorsements import list_endorsements, set_announcement
from endorse_desktop.core.store import Store
from endorse_desktop.exports.kinds import export_document
from endorse_desktop.reports.signup import ROWS_PER_PAGE

# The report and the CSV are of the cycle the group works in (the sample has earlier ones too).
CURRENT_CYCLE_ENDORSEMENTS = (
    "SELECT e.id FROM endorsements e JOIN races r ON r.id = e.race_id "
    "JOIN cycles y ON y.id = r.cycle_id WHERE y.is_current = 1"
)


def flat(text: str) -> str:
    return " ".join(text.split())


def add_meeting(store: Store, held_on: str, member_ids: list[int]) -> None:
    with store.transaction():
        cursor = store.execute(
            "INSERT INTO meetings (held_on, created_at, updated_at) VALUES (?, 'x', 'x')",
            (held_on,),
        )
        for member_id in member_ids:
            store.execute(
                "INSERT INTO attendance (meeting_id, member_id, checked_in_at) VALUES (?, ?, 'x')",
                (cursor.lastrowid, member_id),
            )


def test_signup_sheet_is_landscape_with_the_columns_the_room_fills_in(cli, demo_path, tmp_path):
    out = tmp_path / "signup.pdf"
    result = cli("export", "signup", "--db", str(demo_path), "--race", "Mayor", "-o", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    text = flat(pdf_text(out))
    for heading in ("Name", "Phone", "Email", "Shifts / Notes"):
        assert heading in text
    assert "Canvassing (door knocking)" in text
    assert "Phone bank" in text
    assert "Help elect Ana Núñez for Mayor — City of Riverton" in text
    assert f"Election day: {SAMPLE.election_day.isoformat()}" in text
    assert "Put your name down" in text  # the one-line ask
    # 18 numbered rows on the page, no more
    numbers = re.findall(r"(?m)^\s*(\d{1,2})\s*$", pdf_pages_text(out)[0])
    assert [int(n) for n in numbers][-ROWS_PER_PAGE:] == list(range(1, ROWS_PER_PAGE + 1))


def test_a_race_without_an_endorsement_names_the_race_and_offers_the_default_set(
    demo_path, tmp_path
):
    out = tmp_path / "signup.pdf"
    with Store.open(demo_path, readonly=True) as store:
        export_document(store, "signup", out, race="State House")
    text = flat(pdf_text(out))
    assert "race for State House — District 52" in text
    assert "Candidate: whoever the group endorses" in text
    assert "Nguyễn Thị Minh" not in text and "Walter Price" not in text
    assert "Canvassing (door knocking)" in text and "Phone bank" in text
    assert "donation" not in text.lower()


def _after_meeting(days: int) -> str:
    return (SAMPLE.meeting_day + timedelta(days=days)).isoformat()


def test_signup_can_pre_print_the_names_present_but_never_their_contact_details(
    demo_store, tmp_path
):
    members = demo_store.rows("SELECT id, first_name, last_name FROM members ORDER BY id")
    # After the sample group's own meeting (SAMPLE.meeting_day), so the second one is the latest.
    add_meeting(demo_store, _after_meeting(10), [m["id"] for m in members[:30]])
    add_meeting(demo_store, _after_meeting(20), [m["id"] for m in members[:22]])  # the latest
    out = tmp_path / "signup.pdf"
    export_document(demo_store, "signup", out, race="Mayor", present_names=True)
    pages = pdf_pages_text(out)
    # 22 names and at least 4 blank rows for newcomers, 11 or 12 ruled rows a page: 3 pages
    assert len(pages) == 3
    text = flat(" ".join(pages))
    for member in members[:22]:
        assert f"{member['first_name']} {member['last_name']}" in text
    assert "@" not in text
    assert "(734)" not in text
    assert str(ROWS_PER_PAGE + 1) in flat(pages[1]).split()  # numbering continues overleaf
    fifteen = tmp_path / "fifteen.pdf"
    add_meeting(demo_store, _after_meeting(21), [m["id"] for m in members[:15]])
    export_document(demo_store, "signup", fifteen, race="Mayor", present_names=True)
    assert len(pdf_pages_text(fifteen)) == 2  # 15 names and 4 blank rows: over one page


def test_signup_without_a_race_prints_a_sheet_per_endorsement(demo_store, tmp_path):
    out = tmp_path / "signup.pdf"
    export_document(demo_store, "signup", out)
    text = flat(pdf_text(out))
    assert "Help elect Ana Núñez" in text
    assert "Help elect Marcus Okafor" in text


def test_commitment_report_figures_match_the_database(cli, demo_path, tmp_path) -> None:
    out = tmp_path / "commitments.pdf"
    result = cli("export", "commitments", "--db", str(demo_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = pdf_pages_text(out)
    text = flat(" ".join(pages))
    with Store.open(demo_path, readonly=True) as store:
        goals = store.rows(
            """
            SELECT a.name, a.unit, g.target,
                (SELECT coalesce(sum(quantity), 0) FROM pledges p
                 WHERE p.endorsement_id = g.endorsement_id AND p.activity_id = g.activity_id
                   AND p.unit = a.unit AND p.status IN ('pledged', 'confirmed', 'done'))
                   AS pledged,
                (SELECT coalesce(sum(quantity), 0) FROM pledges p
                 WHERE p.endorsement_id = g.endorsement_id AND p.activity_id = g.activity_id
                   AND p.unit = a.unit AND p.status = 'done') AS done
            FROM goals g JOIN activities a ON a.id = g.activity_id
            WHERE g.endorsement_id IN ({CURRENT_CYCLE_ENDORSEMENTS})
            """.replace("{CURRENT_CYCLE_ENDORSEMENTS}", CURRENT_CYCLE_ENDORSEMENTS)
        )
        emails = store.column(
            "SELECT DISTINCT m.email FROM pledges p JOIN members m ON m.id = p.member_id "
            f"WHERE p.endorsement_id IN ({CURRENT_CYCLE_ENDORSEMENTS})"
        )
    assert len(goals) == 10
    assert any(g["done"] > 0 for g in goals) and any(g["pledged"] > g["done"] for g in goals)
    for goal in goals:
        expected = (
            f"{goal['name']} {quantity_text(goal['target'], goal['unit'])} "
            f"{goal['pledged']:,} {goal['done']:,}"
        )
        assert expected in text
    for email in emails:
        assert email in text  # the follow-up list has everyone's contact details…
    for page in pages:
        assert "Internal — contains member contact details" in page  # …so every page says so


def test_commitment_report_of_a_group_without_endorsements(store, tmp_path) -> None:
    out = tmp_path / "commitments.pdf"
    export_document(store, "commitments", out)
    assert "no endorsements yet" in pdf_text(out)


def test_announcement_draft_is_built_from_the_record(demo_store) -> None:
    endorsement = list_endorsements(demo_store)[0]
    text = draft_announcement(demo_store, endorsement)
    assert text.startswith("FOR IMMEDIATE RELEASE")
    assert "Riverton Indivisible endorses Ana Núñez for Mayor — City of Riverton" in text
    day = SAMPLE.election_day
    assert f"{day:%B} {day.day}, {day.year}" in text
    # The sample's endorsement came from a vote at its meeting: the draft quotes the result.
    assert (
        "21 of 29 members voted to endorse, above the two-thirds the group requires, "
        "on the second ballot." in text
    )
    assert "• Canvassing (door knocking): 12 shifts pledged" in text
    assert "(our goal is $500), given by members directly to the campaign" in text
    assert "stood out on" in text
    assert "(rated Champion)" in text or "(rated Strong)" in text
    assert "@" not in text


def test_announcement_composition_in_plain_cases() -> None:
    facts = AnnouncementFacts(
        group_name="Lakeside Democrats",
        candidate="Bob <b>Smith & Co",
        race_title="School Board",
        endorsed_on="2026-03-04",
        today="2026-03-05",
        stage="general",
        election_date="2026-11-03",
        status="conditional",
        condition_text="Returns the questionnaire by April",
        values=(("Public schools", "Champion"),),
        goals=(GoalLine("Op-ed", 1, "op-eds", ActivityCategory.MEDIA),),
    )
    text = compose_announcement(facts)
    assert "Lakeside Democrats endorses Bob <b>Smith & Co for School Board" in text
    assert "in the general election on November 3, 2026" in text
    assert "carries a condition: Returns the questionnaire by April." in text
    assert "stood out on Public schools (rated Champion)." in text
    assert "our goal is:\n• Op-ed: 1 op-ed" in text  # goals and nothing pledged yet
    bare = compose_announcement(
        AnnouncementFacts("G", "C", "R", endorsed_on="2026-01-01", today="2026-01-02")
    )
    assert "[Say which of the group's values" in bare
    assert "[Say what the members will do" in bare


def test_announcement_pdf_prints_the_saved_text(demo_store, tmp_path) -> None:
    endorsement = list_endorsements(demo_store)[0]
    set_announcement(
        demo_store,
        endorsement.id,
        "FOR IMMEDIATE RELEASE\n\nOur own headline\n\nBob <b>Smith & Co said hello.\n\n"
        "• first thing\n• second thing",
    )
    out = tmp_path / "announcement.pdf"
    export_document(demo_store, "announcement", out, race="Mayor")
    text = flat(pdf_text(out))
    assert "Our own headline" in text
    assert "Bob <b>Smith & Co said hello." in text
    assert "first thing" in text and "second thing" in text


def test_commitments_csv_lists_every_pledge_with_the_member_name(demo_store, tmp_path) -> None:
    endorsement = list_endorsements(demo_store)[0]
    activity = find_activity(demo_store, "Phone bank")
    member = demo_store.row("SELECT id, first_name, last_name FROM members LIMIT 1")
    added = add_pledge(
        demo_store,
        Pledge(member["id"], endorsement.id, activity.id, 1, "shifts", notes="=cmd|' /C calc'!A0"),
    )
    export_document(demo_store, "csv", tmp_path)
    with (tmp_path / "commitments.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == demo_store.scalar(
        f"SELECT count(*) FROM pledges WHERE endorsement_id IN ({CURRENT_CYCLE_ENDORSEMENTS})"
    )
    assert {
        "member_name",
        "activity",
        "quantity",
        "unit",
        "status",
        "pledged_on",
        "due_on",
        "source",
    } <= set(rows[0])
    assert "email" not in rows[0] and "phone" not in rows[0]
    last = next(r for r in rows if r["pledge_id"] == str(added.id))
    assert last["member_name"] == f"{member['first_name']} {member['last_name']}"
    assert last["activity"] == "Phone bank"
    assert last["notes"].startswith("'=")  # a formula stays text in a spreadsheet
    assert {r["source"] for r in rows} == {"sheet", "typed"}
    assert {r["status"] for r in rows} == {"pledged", "confirmed", "done", "no_show", "dropped"}


@pytest.mark.parametrize("kind", ["signup", "commitments", "announcement"])
def test_documents_of_an_empty_group_say_so_instead_of_failing(store, tmp_path, kind) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert export_document(store, kind, out) == [out]
    assert Path(out).stat().st_size > 0


def test_the_commitment_report_lists_members_by_last_name_accents_with_their_letters(
    demo_store, tmp_path
) -> None:
    """The roster's one name order, as the sign-up sheets and the tables have it: Gloria Brown
    before the Hernándezes, and among them Élodie before Grace and Ruth."""
    out = tmp_path / "commitments.pdf"
    export_document(demo_store, "commitments", out)
    text = pdf_text(out)
    listed = text[text.index("Pledges by member") :]
    at = [listed.index(name) for name in ("Gloria Brown", "Élodie Hernández", "Grace Hernández")]
    assert at == sorted(at)


def test_a_member_who_pledged_to_two_endorsements_is_called_once_about_both(
    demo_store, tmp_path
) -> None:
    """The member list names each member once, with every pledge they made under their name
    and, on each pledge's line, whom it is for."""
    both = demo_store.rows(
        "SELECT m.id, m.first_name || ' ' || m.last_name AS name, m.email FROM members m"
        " WHERE (SELECT count(DISTINCT endorsement_id) FROM pledges p"
        f" WHERE p.member_id = m.id AND p.endorsement_id IN ({CURRENT_CYCLE_ENDORSEMENTS})) > 1"
        " ORDER BY m.id LIMIT 1"
    )
    assert both, "the sample has a member who pledged to two endorsements"
    member = both[0]
    candidates = demo_store.column(
        "SELECT DISTINCT c.name FROM pledges p JOIN endorsements e ON e.id = p.endorsement_id"
        " JOIN candidates c ON c.id = e.candidate_id WHERE p.member_id = ?"
        f" AND p.endorsement_id IN ({CURRENT_CYCLE_ENDORSEMENTS})",
        [member["id"]],
    )
    out = tmp_path / "commitments.pdf"
    export_document(demo_store, "commitments", out)
    text = pdf_text(out)
    listed = text[text.index("Pledges by member") :]
    assert listed.count(member["email"]) == 1  # one member line, with the contact details
    start = listed.index(member["email"])
    theirs = listed[start : listed.index("@", start + len(member["email"]))]
    for candidate in candidates:
        assert candidate in theirs, candidate
