"""The roster services the Members tab and the importer build on."""

from __future__ import annotations

import pytest

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member, MemberError


def check_in(store, member_id: int) -> None:
    with store.transaction():
        store.execute(
            "INSERT INTO meetings (id, held_on, created_at, updated_at) "
            "VALUES (1, '2026-03-01', 'x', 'x')"
        )
        store.execute(
            "INSERT INTO attendance (meeting_id, member_id, checked_in_at) VALUES (1, ?, 'x')",
            (member_id,),
        )


def test_refusals_are_one_line_and_never_quote_contact_details(store) -> None:
    roster.add_member(store, Member(first_name="Ana", last_name="Núñez", email="ana@example.org"))
    for bad, expected in [
        (Member(), "a member needs a name or an email"),
        (Member(first_name="Bo", email="bo@@example"), "email address is not valid"),
        (Member(first_name="Cy", email="ANA@example.org"), "already belongs to Ana Núñez"),
        (Member(first_name="Di", joined_on="2026-02-30"), "'2026-02-30' is not a date"),
    ]:
        with pytest.raises(MemberError, match=expected) as refused:
            roster.validate_member(store, bad)
        message = str(refused.value)
        assert "\n" not in message
        assert not bad.email or bad.email.lower() not in message.lower()
    assert roster.count_members(store) == 1


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-03-14", "2026-03-14"),
        (" 3/4/2026 ", "2026-03-04"),
        ("2026-03-14T18:02:00Z", "2026-03-14"),
        ("12/31/2025 09:15", "2025-12-31"),
        ("", None),
    ],
)
def test_dates_as_tools_and_people_write_them(typed: str, stored: str | None) -> None:
    assert roster.parse_date(typed) == stored


def test_a_member_with_records_cannot_be_deleted_only_archived(store) -> None:
    ana = roster.add_member(store, Member(first_name="Ana"))
    assert ana.id is not None
    check_in(store, ana.id)
    with pytest.raises(MemberError, match=r"Ana is part of the group's records \(1 attendance\)"):
        roster.delete_member(store, ana.id)
    roster.update_member(store, Member(first_name="Ana", archived=True, id=ana.id))
    archived = roster.get_member(store, ana.id)
    assert archived is not None and archived.archived


def test_deleting_several_is_all_or_nothing_and_restore_keeps_ids(store) -> None:
    ana = roster.add_member(store, Member(first_name="Ana", email="ana@example.org"))
    bo = roster.add_member(store, Member(first_name="Bo", notes="Treasurer"))
    cy = roster.add_member(store, Member(first_name="Cy"))
    assert ana.id and bo.id and cy.id
    check_in(store, cy.id)
    with pytest.raises(MemberError):
        roster.delete_members(store, [ana.id, bo.id, cy.id])
    assert roster.count_members(store) == 3
    removed = roster.delete_members(store, [ana.id, bo.id])
    assert roster.count_members(store) == 1
    roster.restore_members(store, removed)
    assert roster.get_member(store, ana.id) == ana
    assert roster.get_member(store, bo.id) == bo


def test_eligibility_reason_belongs_to_members_who_cannot_vote(store) -> None:
    waiting = roster.add_member(
        store, Member(first_name="Ed", eligible=False, eligibility_reason="waiting period")
    )
    assert waiting.eligibility_reason == "waiting period"
    voting = roster.add_member(store, Member(first_name="Fay", eligibility_reason="dues"))
    assert voting.eligibility_reason == ""
