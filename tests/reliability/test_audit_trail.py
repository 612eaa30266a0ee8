"""SPEC §8 / F-6 audit: every deletion, every change to a finalized round and every change of an
endorsement's status is in the audit log — what, when, old → new, why — written in the same
transaction as the change, and never with anyone's contact details.

Also proven elsewhere: amendments need a reason and are logged (tests/core/voting/test_voting.py::
test_amendments_need_a_reason_are_audited_and_recount_the_round), status changes with their reason
(…::test_a_conditional_endorsement_and_its_later_status_changes_are_audited), and `check`
recounting every vote and naming a tampered total (tests/cli/test_cli_voting.py::
test_check_passes_then_fails_naming_the_vote_after_tampering).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

import endorse_desktop.core
from endorse_desktop.core import (
    meetings,
    members,
    races,
    values,
)
from endorse_desktop.core.audit import AuditEntry, audit_entries
from endorse_desktop.core.check import check_database
from endorse_desktop.core.commitments import pledges as commitments
from endorse_desktop.core.commitments.records import Activity, Goal, Pledge
from endorse_desktop.core.endorsements import (
    Endorsement,
    add_endorsement,
    remove_endorsement,
    set_status,
)
from endorse_desktop.core.ratings import Rating, set_rating
from endorse_desktop.core.roster_import import apply_import, read_roster, undo_import
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.rules import (
    Policy,
)
from tests.voting_setup import new_meeting, new_vote, race_id, rule


@dataclass(frozen=True)
class Expected:
    entity: str
    entity_id: int | None
    action: str
    old_value: str  # a part of it: the name of what went


Deletion = Callable[[Store], tuple[Callable[[], object], list[Expected]]]


def _member(store: Store, name: str = "Dana") -> members.Member:
    return members.add_member(store, members.Member(name, "Okafor", email=f"{name}@example.org"))


def _endorsement(store: Store) -> Endorsement:
    race = races.add_race(store, races.Race("Water Board"))
    assert race.id is not None
    candidate = races.add_candidate(store, races.Candidate(race.id, "Eve Ng"))
    assert candidate.id is not None
    return add_endorsement(store, Endorsement(race.id, candidate.id, "2026-05-01"))


def delete_member(store: Store):
    member = _member(store)
    assert member.id is not None
    return lambda: members.delete_member(store, member.id), [
        Expected("members", member.id, "delete", "Dana Okafor")
    ]


def undo_roster_import(store: Store):
    plan = read_roster(b"first_name,last_name,email\nLee,Park,lee@example.org\n", "roster.csv")
    summary = apply_import(store, plan)
    [added] = summary.added_ids
    return lambda: undo_import(store, summary), [Expected("members", added, "delete", "Lee Park")]


def delete_value(store: Store):
    value = values.add_value(store, values.Value("Clean water"))
    return lambda: values.delete_value(store, value.id), [
        Expected("group_values", value.id, "delete", "Clean water")
    ]


def delete_race(store: Store):
    race = races.add_race(store, races.Race("Library Board"))
    return lambda: races.delete_race(store, race.id), [
        Expected("races", race.id, "delete", "Library Board")
    ]


def delete_candidate(store: Store):
    candidate = races.add_candidate(store, races.Candidate(race_id(store, "Mayor"), "Zed Quill"))
    return lambda: races.delete_candidate(store, candidate.id), [
        Expected("candidates", candidate.id, "delete", "Zed Quill")
    ]


def delete_meeting(store: Store):
    meeting = meetings.add_meeting(store, meetings.Meeting("2026-06-01", "Union hall"))
    return lambda: meetings.delete_meeting(store, meeting.id), [
        Expected("meetings", meeting.id, "delete", "2026-06-01")
    ]


def delete_unused_vote(store: Store):
    vote = new_vote(store)
    return lambda: voting.delete_unused_vote(store, vote.id), [
        Expected("votes", vote.id, "delete", "Whom should the group endorse for Mayor")
    ]


def close_vote_dropping_an_empty_round(store: Store):
    vote = new_vote(store, vote_rule=rule(Policy.KEEP_ALL))
    desk = BallotDesk(store, vote.id)
    desk.record_key(1)
    desk.record_key(2)  # one each: nobody has two thirds
    voting.finalize_round(store, vote.id, backup=False)
    empty = voting.open_next_round(store, vote.id).current_round
    return lambda: voting.close_vote(store, vote.id), [
        Expected("rounds", empty.id, "delete", "round 2 (no ballots)")
    ]


def remove_a_hand_added_endorsement(store: Store):
    endorsement = _endorsement(store)
    assert endorsement.id is not None
    candidate = races.get_candidate(store, endorsement.candidate_id)
    assert candidate is not None
    before = races.Candidate(**{**candidate.__dict__, "status": "considering"})
    return lambda: remove_endorsement(store, endorsement.id, before), [
        Expected("endorsements", endorsement.id, "delete", "")
    ]


def delete_activity(store: Store):
    activity = commitments.add_activity(store, Activity("Bike parade", unit="events"))
    return lambda: commitments.delete_activity(store, activity.id), [
        Expected("activities", activity.id, "delete", "Bike parade")
    ]


def delete_goal(store: Store):
    endorsement = _endorsement(store)
    activity = commitments.find_activity(store, "Phone bank")
    assert activity is not None and activity.id is not None and endorsement.id is not None
    goal = commitments.add_goal(store, Goal(endorsement.id, activity.id, 6))
    return lambda: commitments.delete_goal(store, goal.id), [
        Expected("goals", goal.id, "delete", "Eve Ng — Water Board: 6 × Phone bank")
    ]


def delete_pledges(store: Store):
    endorsement = _endorsement(store)
    member = _member(store)
    activity = commitments.find_activity(store, "Phone bank")
    assert activity is not None and activity.id is not None
    assert member.id is not None and endorsement.id is not None
    pledges = [
        commitments.add_pledge(store, Pledge(member.id, endorsement.id, activity.id, quantity=n))
        for n in (2, 3)
    ]
    return lambda: commitments.delete_pledges(store, [p.id for p in pledges]), [
        Expected("pledges", pledges[0].id, "delete", "Dana Okafor: 2 shifts of Phone bank"),
        Expected("pledges", pledges[1].id, "delete", "Dana Okafor: 3 shifts of Phone bank"),
    ]


def undo_a_sign_up_sheet_row(store: Store):
    endorsement = _endorsement(store)
    activity = commitments.find_activity(store, "Phone bank")
    assert activity is not None and activity.id is not None and endorsement.id is not None
    entry = commitments.SheetEntry(
        "Sam Rivera", email="sam@example.org", phone="555-0199", quantities=((activity.id, 2),)
    )
    row = commitments.record_sheet_row(store, endorsement.id, entry)
    return lambda: commitments.undo_sheet_row(store, row), [
        Expected("pledges", row.pledges[0].id, "delete", "Sam Rivera: 2 shifts of Phone bank"),
        Expected("members", row.member.id, "delete", "Sam Rivera"),
    ]


def clear_a_rating(store: Store):
    candidate = store.scalar("SELECT id FROM candidates ORDER BY id LIMIT 1")
    value = store.scalar("SELECT id FROM group_values ORDER BY id LIMIT 1")
    set_rating(store, Rating(candidate, value, 3, "Voted for the housing bond", "record"))
    return lambda: set_rating(store, Rating(candidate, value)), [
        Expected("ratings", candidate, "delete", "Voted for the housing bond")
    ]


def remove_a_dot(store: Store):
    value = store.scalar("SELECT id FROM group_values ORDER BY id LIMIT 1")
    dot = values.add_dot(store, value)
    title = values.get_value(store, value).title  # type: ignore[union-attr]
    return lambda: values.remove_latest_dot(store), [Expected("dot_votes", dot.id, "delete", title)]


def clear_the_dots(store: Store):
    value = store.scalar("SELECT id FROM group_values ORDER BY id LIMIT 1")
    for _ in range(3):
        values.add_dot(store, value)
    count = len(values.list_dots(store))
    return lambda: values.clear_dots(store), [Expected("dot_votes", None, "clear", f"{count} dots")]


def check_a_member_out(store: Store):
    meeting_id = new_meeting(store, 0)
    member = _member(store)
    assert member.id is not None
    meetings.check_in(store, meeting_id, member.id)
    return lambda: meetings.check_out(store, meeting_id, member.id), [
        Expected("attendance", meeting_id, "check out", "Dana Okafor")
    ]


def take_back_a_recusal(store: Store):
    vote = new_vote(store, present=10)
    member_id = store.scalar(
        "SELECT member_id FROM attendance WHERE meeting_id = ? LIMIT 1", (vote.meeting_id,)
    )
    name = members.get_member(store, member_id).display_name  # type: ignore[union-attr]
    voting.recuse(store, vote.id, member_id, "Works for a campaign")
    return lambda: voting.unrecuse(store, vote.id, member_id), [
        Expected("votes", vote.id, "unrecuse", name)
    ]


def clear_a_result(store: Store):
    from endorse_desktop.core.results import Result, clear_result, set_result

    made = _endorsement(store)
    set_result(store, Result(made.candidate_id, "lost", votes=812))
    return lambda: clear_result(store, made.candidate_id), [
        Expected("results", made.candidate_id, "delete", "lost")
    ]


def delete_an_action_in_office(store: Store):
    from endorse_desktop.core.accountability import OfficeAction, add_action, delete_action
    from endorse_desktop.core.cycles import person_of

    made = _endorsement(store)
    person = person_of(store, made.candidate_id)
    value = values.list_values(store)[0]
    assert person is not None and value.id is not None
    action = add_action(
        store, OfficeAction(person, value.id, "Skipped the hearing", "2027-01-05", 1)
    )
    return lambda: delete_action(store, action.id), [
        Expected("office_actions", action.id, "delete", "Skipped the hearing")
    ]


DELETIONS: dict[str, Deletion] = {
    "delete_member": delete_member,
    "delete_members": delete_member,
    "undo_import": undo_roster_import,
    "delete_value": delete_value,
    "delete_race": delete_race,
    "delete_candidate": delete_candidate,
    "delete_meeting": delete_meeting,
    "delete_unused_vote": delete_unused_vote,
    "close_vote": close_vote_dropping_an_empty_round,
    "remove_endorsement": remove_a_hand_added_endorsement,
    "delete_activity": delete_activity,
    "delete_goal": delete_goal,
    "delete_pledges": delete_pledges,
    "undo_sheet_row": undo_a_sign_up_sheet_row,
    "set_rating": clear_a_rating,
    "remove_dot": remove_a_dot,
    "remove_latest_dot": remove_a_dot,
    "clear_dots": clear_the_dots,
    "check_out": check_a_member_out,
    "unrecuse": take_back_a_recusal,
    "clear_result": clear_a_result,
    "delete_action": delete_an_action_in_office,
}
REMOVES = re.compile(r"^(delete|remove|clear|undo)_|^(check_out|unrecuse|close_vote)$")


def test_every_service_that_removes_something_is_covered_here() -> None:
    """A new deletion in the core fails this test until it is audited and listed above."""
    found = set()
    for module_info in pkgutil.iter_modules(endorse_desktop.core.__path__):
        module = importlib.import_module(f"endorse_desktop.core.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and REMOVES.match(name):
                found.add(name)
    assert found <= DELETIONS.keys(), f"not audited/tested: {sorted(found - DELETIONS.keys())}"


def contact_details(store: Store) -> set[str]:
    rows = store.rows("SELECT email, phone FROM members")
    return {text for row in rows for text in row if text}


def rows_of_every_table(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = store.column("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {t: [tuple(r) for r in store.rows(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables}


@pytest.mark.parametrize("service", sorted(set(DELETIONS.values()), key=lambda f: f.__name__))
def test_each_deletion_is_logged_with_what_when_and_the_old_value(
    service: Deletion, demo_store: Store
) -> None:
    delete, expected = service(demo_store)
    contacts = contact_details(demo_store)
    seen = demo_store.scalar("SELECT max(id) FROM audit_log") or 0

    # Same transaction: with the audit log refusing entries, the deletion is refused too.
    before = rows_of_every_table(demo_store)
    demo_store.execute(
        "CREATE TEMP TRIGGER audit_log_down BEFORE INSERT ON main.audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="audit log unavailable"):
        delete()
    assert rows_of_every_table(demo_store) == before
    demo_store.execute("DROP TRIGGER temp.audit_log_down")

    started = datetime.now(UTC) - timedelta(seconds=1)
    delete()
    new = [e for e in audit_entries(demo_store) if e.id > seen]
    for want in expected:
        entry: AuditEntry = next(
            e
            for e in new
            if (e.entity, e.entity_id, e.action) == (want.entity, want.entity_id, want.action)
        )
        assert want.old_value in (entry.old_value or "")
        assert datetime.fromisoformat(entry.at) >= started
    logged = " ".join(f"{e.field} {e.old_value} {e.new_value} {e.reason}" for e in new)
    assert not any(contact in logged for contact in contacts)
    assert check_database(demo_store) == []


def test_an_endorsements_status_and_a_finalized_round_keep_old_new_and_why(demo_store) -> None:
    vote = new_vote(demo_store, vote_rule=rule())
    desk = BallotDesk(demo_store, vote.id)
    for key in [1] * 25 + [2] * 6:
        desk.record_key(key)
    done = voting.finalize_round(demo_store, vote.id, backup=False)
    assert done.endorsement is not None and done.endorsement.id is not None
    sentence = done.sentence

    # A finalized round changes only by amendment, and the log keeps the result before and after.
    voting.amend_remove_ballot(demo_store, vote.id, 1, vote.options[0].id, "Counted twice")
    amended = audit_entries(demo_store, "rounds", vote.current_round.id)[-1]
    assert (amended.action, amended.reason, amended.old_value) == (
        "amendment",
        "Counted twice",
        sentence,
    )
    assert amended.new_value and amended.new_value.startswith("Ana Núñez is endorsed: 24 of 30")

    set_status(demo_store, done.endorsement.id, "conditional", condition_text="Signs the pledge")
    set_status(demo_store, done.endorsement.id, "rescinded", reason="Broke the pledge")
    changes = [
        (e.old_value, e.new_value, e.reason)
        for e in audit_entries(demo_store, "endorsements", done.endorsement.id)
        if e.action == "status"
    ]
    assert changes == [
        ("active", "conditional", "Signs the pledge"),
        ("conditional", "rescinded", "Broke the pledge"),
    ]
    candidate = [
        (e.old_value, e.new_value)
        for e in audit_entries(demo_store, "candidates", done.endorsement.candidate_id)
    ]
    assert candidate[-1] == ("endorsed", "not_endorsed")  # the candidate's status followed


def test_check_recounts_every_vote_and_names_a_tampered_total(demo_store) -> None:
    assert check_database(demo_store) == []
    round_id, option_id, votes = demo_store.row(
        "SELECT round_id, option_id, votes FROM round_totals ORDER BY round_id LIMIT 1"
    )
    demo_store.execute(
        "UPDATE round_totals SET votes = votes + 1 WHERE round_id = ? AND option_id = ?",
        (round_id, option_id),
    )
    problems = check_database(demo_store)
    assert any(f"recorded {votes + 1}, recount {votes}" in problem for problem in problems)
