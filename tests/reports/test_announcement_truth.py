"""The announcement says what is true: what members pledged, the vote in plain words, on the
group's letterhead, marked DRAFT while a [placeholder] is left (issue 14)."""

from __future__ import annotations

from pathlib import Path

from pdf_text import pdf_pages_text, pdf_text

from endorse_desktop.core.commitments.pledges import add_pledge, find_activity
from endorse_desktop.core.commitments.progress import quantity_text
from endorse_desktop.core.commitments.records import Pledge, PledgeStatus
from endorse_desktop.core.endorsements import list_endorsements, set_announcement
from endorse_desktop.core.store import Store
from endorse_desktop.exports.kinds import export_document


def flat(text: str) -> str:
    return " ".join(text.split())


def pledged_totals(store: Store, endorsement_id: int) -> dict[str, tuple[int, int, str]]:
    """activity → (pledged, done, unit) straight from the pledges table, member activities only."""
    rows = store.rows(
        """
        SELECT a.name AS name, p.unit AS unit,
               sum(CASE WHEN p.status IN ('pledged', 'confirmed', 'done')
                        THEN p.quantity ELSE 0 END) AS pledged,
               sum(CASE WHEN p.status = 'done' THEN p.quantity ELSE 0 END) AS done
        FROM pledges p JOIN activities a ON a.id = p.activity_id
        WHERE p.endorsement_id = ? AND a.unit != 'releases'
        GROUP BY a.id, p.unit
        """,
        (endorsement_id,),
    )
    return {r["name"]: (int(r["pledged"]), int(r["done"]), r["unit"]) for r in rows}


def test_the_announcement_figures_equal_the_pledged_totals(demo_store, tmp_path: Path) -> None:
    endorsement = list_endorsements(demo_store)[0]
    # A member "pledging" the press release: the release is the group's, not a member's promise.
    member_id = int(demo_store.scalar("SELECT id FROM members LIMIT 1"))
    release = find_activity(demo_store, "Press release")
    add_pledge(demo_store, Pledge(member_id, endorsement.id, release.id, 1, "releases"))
    totals = pledged_totals(demo_store, endorsement.id)
    assert totals, "the sample has pledges for its first endorsement"
    out = tmp_path / "announcement.pdf"
    export_document(demo_store, "announcement", out, race="Mayor")
    text = flat(pdf_text(out))
    for activity, (pledged, done, unit) in totals.items():
        if pledged:
            assert f"{activity}: {quantity_text(pledged, unit)} pledged" in text, activity
            assert f"{done:,} done" in text or f"{quantity_text(done, unit)} given" in text
    # Phone bank: 4 shifts pledged against a goal of 8 — the goal is never passed off as pledged
    assert "Phone bank: 4 shifts pledged, 2 done (our goal is 8 shifts)" in text
    assert "Press release" not in text


def test_the_vote_in_plain_english_on_the_letterhead(demo_store, tmp_path: Path) -> None:
    out = tmp_path / "announcement.pdf"
    export_document(demo_store, "announcement", out, race="Mayor")
    pages = pdf_pages_text(out)
    text = flat(" ".join(pages))
    assert (
        "21 of 29 members voted to endorse, above the two-thirds the group requires, "
        "on the second ballot." in text
    )
    assert "is endorsed in round" not in text and "needed 20" not in text
    # the group's letterhead, not the app's header and footer
    lines = [line.strip() for line in pages[0].splitlines() if line.strip()]
    assert "Riverton Indivisible" in lines[:3]
    assert "Generated" not in text and "Page 1 of 1" not in text
    assert "Endorsement announcement:" not in text


def test_draft_mark_while_a_placeholder_is_left(demo_store, tmp_path: Path) -> None:
    endorsement = list_endorsements(demo_store)[0]
    draft = tmp_path / "draft.pdf"
    export_document(demo_store, "announcement", draft, race="Mayor")
    assert "DRAFT" in pdf_text(draft)
    set_announcement(
        demo_store,
        endorsement.id,
        "FOR IMMEDIATE RELEASE\n\nOur headline\n\nWe endorse Ana. Call Jo on 555-0100.",
    )
    final = tmp_path / "final.pdf"
    export_document(demo_store, "announcement", final, race="Mayor")
    assert "DRAFT" not in pdf_text(final)
    assert "We endorse Ana." in flat(pdf_text(final))


def test_a_lapsed_pledge_is_not_announced(demo_store, tmp_path: Path) -> None:
    endorsement = list_endorsements(demo_store)[0]
    before = pledged_totals(demo_store, endorsement.id)["Phone bank"]
    member_id = int(demo_store.scalar("SELECT id FROM members LIMIT 1"))
    bank = find_activity(demo_store, "Phone bank")
    add_pledge(
        demo_store,
        Pledge(member_id, endorsement.id, bank.id, 5, "shifts", status=PledgeStatus.DROPPED),
    )
    out = tmp_path / "announcement.pdf"
    export_document(demo_store, "announcement", out, race="Mayor")
    assert f"Phone bank: {before[0]} shifts pledged" in flat(pdf_text(out))
