"""Commitment services: the seeded catalog, goals, pledges, sheet rows, and their undo data."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from endorse_desktop.core.commitments import pledges as c
from endorse_desktop.core.commitments.records import (
    Activity,
    ActivityCategory,
    Goal,
    Pledge,
    PledgeSource,
    PledgeStatus,
)
from endorse_desktop.core.endorsements import (
    Endorsement,
    EndorsementError,
    add_endorsement,
    remove_endorsement,
    set_status,
)
from endorse_desktop.core.members import Member, add_member, get_member, list_members
from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race, get_candidate
from endorse_desktop.core.store import Store


@pytest.fixture
def group(store: Store):
    """A race with an endorsed candidate and three members."""
    race = add_race(store, Race("Mayor", election_date="2026-06-02"))
    assert race.id is not None
    ana = add_candidate(store, Candidate(race.id, "Ana Núñez"))
    assert ana.id is not None
    endorsement = add_endorsement(store, Endorsement(race.id, ana.id, "2026-03-04"))
    members = [
        add_member(store, Member("Zoë", "Okafor", "zoe@example.org", "555-0101")),
        add_member(store, Member("Björn", "Andersson")),
        add_member(store, Member("Thảo", "Nguyen")),
    ]
    return store, endorsement, members


def activity(store: Store, name: str) -> Activity:
    found = c.find_activity(store, name)
    assert found is not None
    return found


def test_every_new_file_has_the_catalog_grouped_people_media_money(store: Store) -> None:
    catalog = c.list_activities(store)
    assert len(catalog) == 13
    categories = [a.category for a in catalog]
    assert categories == sorted(categories, key=list(ActivityCategory).index)
    units = {a.name: a.unit for a in catalog}
    assert units["Canvassing (door knocking)"] == "shifts"
    assert units["Phone bank"] == "shifts"
    assert units["Letter to the editor"] == "letters"
    assert units["Social media"] == "posts"
    assert units["Event hosting"] == "events"
    assert units["GOTV: volunteer training"] == "hours"
    assert units["Small-dollar donation"] == "dollars"
    assert [a.name for a in catalog if a.category == ActivityCategory.MONEY] == [
        "Small-dollar donation"
    ]


def test_a_file_made_before_commitments_gets_the_catalog_when_opened(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.execute("DELETE FROM activities")
        store.execute("DELETE FROM _sqlite_migrations WHERE name = '0002_activity_catalog'")
        store.execute("PRAGMA user_version = 1")
    with Store.open(db_path) as store:
        assert store.scalar("SELECT count(*) FROM activities") == 13


def test_activities_can_be_added_edited_archived_and_deleted_when_unused(group) -> None:
    store, endorsement, _ = group
    added = c.add_activity(store, Activity("  Postcards  ", ActivityCategory.PEOPLE, " Cards "))
    assert (added.name, added.unit) == ("Postcards", "cards")
    with pytest.raises(c.CommitmentError, match="already an activity"):
        c.add_activity(store, Activity("postcards"))
    before = c.update_activity(store, Activity("Postcards to voters", unit="cards", id=added.id))
    assert before.name == "Postcards"
    assert c.get_activity(store, added.id).name == "Postcards to voters"
    canvass = activity(store, "Phone bank")
    c.add_goal(store, Goal(endorsement.id, canvass.id, 4))
    with pytest.raises(c.CommitmentError, match="archive it instead"):
        c.delete_activity(store, canvass.id)
    removed = c.delete_activity(store, added.id)
    assert c.get_activity(store, added.id) is None
    c.restore_activity(store, removed)
    assert c.get_activity(store, added.id) == removed


def test_goals_one_per_activity_with_undo_data(group) -> None:
    store, endorsement, _ = group
    canvass = activity(store, "Canvassing (door knocking)")
    goal = c.add_goal(store, Goal(endorsement.id, canvass.id, 6, due_on="2026-05-30"))
    with pytest.raises(c.CommitmentError, match="already has a goal for Canvassing"):
        c.add_goal(store, Goal(endorsement.id, canvass.id, 3))
    with pytest.raises(c.CommitmentError, match="at least 1"):
        c.add_goal(store, Goal(endorsement.id, activity(store, "Op-ed").id, 0))
    with pytest.raises(c.CommitmentError, match="should look like"):
        c.add_goal(store, Goal(endorsement.id, activity(store, "Op-ed").id, 1, due_on="May 30"))
    before = c.update_goal(store, Goal(endorsement.id, canvass.id, 8, id=goal.id))
    assert before.target == 6
    assert c.get_goal(store, goal.id).target == 8
    removed = c.delete_goal(store, goal.id)
    assert c.list_goals(store, endorsement.id) == []
    c.restore_goal(store, removed)
    assert c.list_goals(store, endorsement.id) == [removed]


def test_pledges_add_update_delete_restore_and_bulk_status(group) -> None:
    store, endorsement, members = group
    phone = activity(store, "Phone bank")
    made = [
        c.add_pledge(store, Pledge(m.id, endorsement.id, phone.id, 2, "Shifts ", "2026-03-04"))
        for m in members
    ]
    assert {p.unit for p in made} == {"shifts"}
    assert all(p.status == PledgeStatus.PLEDGED and p.source == PledgeSource.TYPED for p in made)
    ids = [p.id for p in made]
    previous = c.set_pledge_status(store, ids[:2], PledgeStatus.DONE)
    assert previous == {ids[0]: PledgeStatus.PLEDGED, ids[1]: PledgeStatus.PLEDGED}
    assert [p.status for p in c.get_pledges(store, ids)] == ["done", "done", "pledged"]
    c.restore_pledge_statuses(store, previous)
    assert {p.status for p in c.get_pledges(store, ids)} == {PledgeStatus.PLEDGED}
    before = c.update_pledge(store, replace(made[0], quantity=5))
    assert before.quantity == 2
    assert c.get_pledge(store, ids[0]).quantity == 5
    removed = c.delete_pledges(store, ids)
    assert c.list_pledges(store) == []
    c.restore_pledges(store, removed)
    assert c.get_pledges(store, ids) == removed
    with pytest.raises(c.CommitmentError, match="at least 1"):
        c.add_pledge(store, Pledge(members[0].id, endorsement.id, phone.id, 0))


def test_a_rescinded_endorsement_takes_no_new_pledges(group) -> None:
    store, endorsement, members = group
    set_status(store, endorsement.id, "rescinded", reason="Candidate withdrew")
    with pytest.raises(c.CommitmentError, match="rescinded"):
        c.add_pledge(store, Pledge(members[0].id, endorsement.id, 1, 1))


def test_a_sheet_row_makes_a_new_member_and_a_pledge_per_tick_and_undoes(group) -> None:
    store, endorsement, members = group
    canvass = activity(store, "Canvassing (door knocking)")
    letters = activity(store, "Letter to the editor")
    entry = c.SheetEntry(
        "Jo Anne Smith",
        phone="555-0199",
        email="jo@example.org",
        quantities=((canvass.id, 2), (letters.id, 1)),
        notes="Saturdays",
    )
    result = c.record_sheet_row(store, endorsement.id, entry, pledged_on="2026-03-04")
    assert result.new_member
    member = get_member(store, result.member.id)
    assert (member.first_name, member.last_name, member.phone) == ("Jo", "Anne Smith", "555-0199")
    assert [(p.activity_id, p.quantity, p.unit, p.source) for p in result.pledges] == [
        (canvass.id, 2, "shifts", PledgeSource.SHEET),
        (letters.id, 1, "letters", PledgeSource.SHEET),
    ]
    assert {p.notes for p in result.pledges} == {"Saturdays"}
    c.undo_sheet_row(store, result)
    assert c.list_pledges(store) == []
    assert len(list_members(store)) == 3
    c.redo_sheet_row(store, result)
    assert len(c.list_pledges(store)) == 2
    assert get_member(store, result.member.id).email == "jo@example.org"

    known = c.record_sheet_row(
        store, endorsement.id, c.SheetEntry("Zoë Okafor", members[0].id, quantities=())
    )
    assert not known.new_member and known.pledges == ()


def test_a_failing_sheet_row_saves_nothing(group) -> None:
    store, endorsement, _ = group
    entry = c.SheetEntry("New Person", email="not an email", quantities=((1, 1),))
    with pytest.raises(ValueError, match="email address is not valid"):
        c.record_sheet_row(store, endorsement.id, entry)
    assert len(list_members(store)) == 3
    assert c.list_pledges(store) == []


def test_the_pledge_table_gives_names_due_dates_and_the_overdue_flag(group) -> None:
    store, endorsement, members = group
    phone = activity(store, "Phone bank")
    c.add_goal(store, Goal(endorsement.id, phone.id, 5, due_on="2026-04-01"))
    open_one = c.add_pledge(store, Pledge(members[0].id, endorsement.id, phone.id, 1))
    done = c.add_pledge(store, Pledge(members[1].id, endorsement.id, phone.id, 1))
    own = c.add_pledge(
        store, Pledge(members[2].id, endorsement.id, 1, 1, "shifts", due_on="2026-04-05")
    )
    letters = c.add_pledge(
        store, Pledge(members[2].id, endorsement.id, activity(store, "Op-ed").id, 1, "op-eds")
    )
    c.set_pledge_status(store, [done.id], PledgeStatus.DONE)
    table = c.pledge_table(store, today="2026-04-02")
    rows = {r.id: r for r in table.rows}
    first = rows[open_one.id]
    assert table.member_name(first) == "Zoë Okafor"
    assert table.activity_name(first) == "Phone bank"
    assert table.endorsement_label(first) == "Ana Núñez — Mayor"
    assert table.due(first) == "2026-04-01"  # the goal's
    assert table.overdue(first)
    assert not table.overdue(rows[done.id])
    assert (table.due(rows[own.id]), table.overdue(rows[own.id])) == ("2026-04-05", False)
    assert table.due(rows[letters.id]) == "2026-06-02"  # election day
    assert rows[open_one.id].to_pledge() == open_one
    assert not any(map(c.pledge_table(store, today="2026-04-01").overdue, table.rows))


def test_offered_activities_are_the_goals_else_a_default_set(group) -> None:
    store, endorsement, _ = group
    default = [a.name for a in c.offered_activities(store, endorsement.id)]
    assert default[:3] == ["Voter registration drive", "Canvassing (door knocking)", "Phone bank"]
    assert "Small-dollar donation" not in default
    assert c.offered_activities(store, None) == c.offered_activities(store, endorsement.id)
    for name in ("Small-dollar donation", "Phone bank", "Op-ed"):
        c.add_goal(store, Goal(endorsement.id, activity(store, name).id, 3))
    offered = [a.name for a in c.offered_activities(store, endorsement.id)]
    assert offered == ["Phone bank", "Op-ed", "Small-dollar donation"]  # catalog order


def test_present_member_names_are_from_the_latest_meeting_only(group) -> None:
    store, _, members = group
    with store.transaction():
        for held_on, who in (("2026-02-01", members), ("2026-03-04", members[1:])):
            cursor = store.execute(
                "INSERT INTO meetings (held_on, created_at, updated_at) VALUES (?, 'x', 'x')",
                (held_on,),
            )
            for member in who:
                store.execute(
                    "INSERT INTO attendance (meeting_id, member_id, checked_in_at) "
                    "VALUES (?, ?, 'x')",
                    (cursor.lastrowid, member.id),
                )
    assert c.present_member_names(store) == ["Björn Andersson", "Thảo Nguyen"]


def test_a_hand_added_endorsement_can_be_taken_back_until_it_has_goals(group) -> None:
    store, endorsement, _ = group
    race = add_race(store, Race("City Council", "Ward 3"))
    marcus = add_candidate(store, Candidate(race.id, "Marcus Okafor"))
    added = add_endorsement(store, Endorsement(race.id, marcus.id, "2026-03-04"))
    assert get_candidate(store, marcus.id).status == "endorsed"
    remove_endorsement(store, added.id, marcus)
    assert get_candidate(store, marcus.id).status == "considering"
    assert store.scalar("SELECT count(*) FROM endorsements WHERE id = ?", (added.id,)) == 0
    c.add_goal(store, Goal(endorsement.id, 1, 2))
    with pytest.raises(EndorsementError, match="rescind it instead"):
        remove_endorsement(store, endorsement.id, get_candidate(store, endorsement.candidate_id))


def test_the_database_refuses_what_the_services_refuse(group) -> None:
    store, endorsement, members = group
    with pytest.raises(sqlite3.IntegrityError):
        store.execute(
            "INSERT INTO pledges (member_id, endorsement_id, activity_id, quantity, unit, "
            "pledged_on, status, created_at, updated_at) "
            "VALUES (?, ?, 1, 1, 'shifts', 'x', 'maybe', 'x', 'x')",
            (members[0].id, endorsement.id),
        )
