"""SPEC §2: secret ballots stay secret — nothing in the file links a member to a choice.

Read from the live schema of a file in which paper ballots (choose one and ranked) and hand counts
were recorded, with members checked in and one recused: no table, view or trigger ties a row
that records a choice to a member, directly or through the rows it points at. (A first version
of this check, on table columns only, is tests/core/voting/test_voting.py::
test_no_table_links_a_member_to_a_choice.)
"""

from __future__ import annotations

import re

from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.core.voting.tally import TallyKind
from tests.voting_setup import new_vote, rule

# Rows that say what someone chose: the ballot journal and what it adds up to.
CHOICES = {"ballot_events", "round_totals", "runoff_lots"}
# Columns that would name a person.
PERSONAL = re.compile(r"member|voter|person|email|phone|first_name|last_name|user", re.I)


def references(store: Store) -> dict[str, set[str]]:
    """Table → the tables its foreign keys point at."""
    tables = store.column("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {t: {row[2] for row in store.rows(f"PRAGMA foreign_key_list({t})")} for t in tables}


def reachable(start: str, graph: dict[str, set[str]]) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def a_file_with_every_kind_of_vote(store: Store) -> None:
    paper = new_vote(store, present=12)
    member = store.scalar(
        "SELECT member_id FROM attendance WHERE meeting_id = ? LIMIT 1", (paper.meeting_id,)
    )
    voting.recuse(store, paper.id, member, "Works for a campaign")
    desk = BallotDesk(store, paper.id)
    for key in (1, 1, 2, 0, 3):
        desk.record_key(key)
    desk.take_back_last()
    voting.finalize_round(store, paper.id, backup=False)
    hand = new_vote(store, "Mayor", Method.HAND_COUNT, rule(quorum=None), present=20)
    hands = BallotDesk(store, hand.id)
    hands.set_count(TallyKind.OPTION, hand.options[0].id, 12)
    hands.set_count(TallyKind.ABSTAIN, None, 2)
    ranked = new_vote(store, "Mayor", Method.PAPER_RANKED, rule(quorum=None), present=10)
    a, b = ranked.options[0].id, ranked.options[1].id
    BallotDesk(store, ranked.id).record_ranked(((a,), (b,)))


def test_no_row_that_records_a_choice_leads_to_a_member(demo_store: Store) -> None:
    a_file_with_every_kind_of_vote(demo_store)
    assert demo_store.scalar("SELECT count(DISTINCT kind) FROM ballot_events") >= 4
    graph = references(demo_store)
    assert graph.keys() >= CHOICES
    for table in CHOICES:
        columns = [row[1] for row in demo_store.rows(f"PRAGMA table_info({table})")]
        assert not [c for c in columns if PERSONAL.search(c)], table
        # Through any chain of foreign keys (round → vote → meeting …) no member is reached.
        assert "members" not in reachable(table, graph), table
    for table, targets in graph.items():
        if "members" in targets:  # attendance, recusals, pledges …: they name a member …
            assert not targets & (CHOICES | {"vote_options"}), table  # … and never a choice


def test_no_view_or_trigger_joins_members_to_ballots(demo_store: Store) -> None:
    a_file_with_every_kind_of_vote(demo_store)
    for kind, name, sql in demo_store.rows(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger')"
    ):
        text = (sql or "").lower()
        touches_ballots = any(table in text for table in CHOICES)
        assert not (touches_ballots and "members" in text), f"{kind} {name}"


def test_the_ballot_journal_holds_choices_and_nothing_about_who(demo_store: Store) -> None:
    a_file_with_every_kind_of_vote(demo_store)
    columns = {row[1] for row in demo_store.rows("PRAGMA table_info(ballot_events)")}
    # What each event is (a ballot, a ranking, a typed count, an undo, an amendment's reason)
    # and when: the order ballots were read, never whose they were.
    assert columns == {
        "id",
        "round_id",
        "kind",
        "option_id",
        "ranking",
        "tally",
        "quantity",
        "undoes",
        "reason",
        "created_at",
    }
    options = {str(o) for o in demo_store.column("SELECT id FROM vote_options")}
    for ranking in demo_store.column("SELECT ranking FROM ballot_events WHERE ranking IS NOT NULL"):
        assert set(re.findall(r"\d+", ranking)) <= options  # a ranking lists options, no one else
