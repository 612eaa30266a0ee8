"""Votes from set-up to endorsement: options, keys, finalizing, rounds, lots, amendments, recusals
and secrecy (SPEC F-6, R-1…R-7, §5, §8)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from endorse_desktop.core.audit import audit_entries
from endorse_desktop.core.endorsements import endorsements_for_race, get_endorsement, set_status
from endorse_desktop.core.races import Candidate, add_candidate, get_candidate, list_candidates
from endorse_desktop.core.store import backups
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.check import recount_problems
from endorse_desktop.core.voting.counting import (
    count_vote,
)
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.record import result_to_json, vote_record_to_json
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    Outcome,
    Policy,
)
from endorse_desktop.core.voting.stored import Method, VoteError, load_vote, vote_record
from endorse_desktop.core.voting.tally import TallyKind
from tests.voting_setup import MEETING_DAY, new_meeting, new_vote, race_id, rule

ANA, BOB, CARMEN, NONE = 1, 2, 3, 4  # the Mayor's race keys in the sample group


def press(desk: BallotDesk, keys: str) -> None:
    for key in keys:
        desk.record_key(int(key))


# ----- setting up ------------------------------------------------------------------------------
def test_options_are_the_candidates_then_no_endorsement_numbered_for_the_keys(demo_store) -> None:
    vote = new_vote(demo_store)
    assert [(o.key, o.label) for o in vote.options] == [
        (1, "Ana Núñez"),
        (2, "Bob Lee"),
        (3, "Carmen Diaz-Whitfield"),
        (4, NO_ENDORSEMENT),
    ]
    assert vote.options[-1].is_no_endorsement and vote.options[-1].candidate_id is None
    assert [r.number for r in vote.rounds] == [1] and not vote.current_round.is_final
    assert vote.current_round.option_ids == tuple(o.id for o in vote.options)
    assert vote.question == "Whom should the group endorse for Mayor — City of Riverton?"


def test_the_rule_starts_as_the_groups_and_each_part_can_be_changed(demo_store) -> None:
    default = voting.default_rule(demo_store)
    assert (default.base, default.quorum, default.policy, default.no_endorsement_option) == (
        Base.VOTES_CAST,
        15,
        Policy.DROP_LAST,
        True,
    )
    meeting_id = new_meeting(demo_store)
    plain = voting.create_vote(demo_store, meeting_id, race_id(demo_store, "Mayor"), "hand_count")
    assert (plain.threshold, plain.policy) == (default.threshold, default.policy)
    changed = voting.create_vote(
        demo_store,
        meeting_id,
        race_id(demo_store, "Mayor"),
        Method.HAND_COUNT,
        rule(Policy.TOP_TWO, base=Base.PRESENT, quorum=None, no_endorsement=False),
    )
    assert (changed.policy, changed.base, changed.quorum) == (Policy.TOP_TWO, Base.PRESENT, None)
    assert NO_ENDORSEMENT not in [o.label for o in changed.options]


def test_set_ups_no_count_could_accept_are_refused(demo_store) -> None:
    meeting_id = new_meeting(demo_store)
    mayor = race_id(demo_store, "Mayor")
    with pytest.raises(VoteError, match="only for ranked"):
        voting.create_vote(demo_store, meeting_id, mayor, "hand_count", rule(base=Base.CONTINUING))
    for n in range(6):
        add_candidate(demo_store, Candidate(mayor, f"Extra Candidate {n}"))
    with pytest.raises(VoteError, match="keys 1-9"):
        voting.create_vote(demo_store, meeting_id, mayor, "paper_choose_one")


def test_withdrawn_candidates_are_not_on_the_ballot(demo_store) -> None:
    mayor = race_id(demo_store, "Mayor")
    carmen = next(c for c in list_candidates(demo_store, mayor) if c.name.startswith("Carmen"))
    with demo_store.transaction():
        demo_store.execute("UPDATE candidates SET status = 'withdrawn' WHERE id = ?", (carmen.id,))
    vote = new_vote(demo_store)
    assert "Carmen Diaz-Whitfield" not in [o.label for o in vote.options]


# ----- keys ------------------------------------------------------------------------------------
def test_each_key_is_an_event_committed_before_the_call_returns(demo_store) -> None:
    vote = new_vote(demo_store)
    desk = BallotDesk(demo_store, vote.id)
    event_id = desk.record_key(ANA)
    # A second connection, as after a crash, already sees the ballot.
    other = sqlite3.connect(demo_store.path)
    assert other.execute("SELECT kind, option_id FROM ballot_events WHERE id = ?", (event_id,))
    assert other.execute("SELECT count(*) FROM ballot_events").fetchone()[0] >= 1
    row = other.execute("SELECT kind FROM ballot_events WHERE id = ?", (event_id,)).fetchone()
    assert row == ("ballot",)
    other.close()


def test_keys_backspace_and_the_live_view(demo_store) -> None:
    vote = new_vote(demo_store)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1111111111222301")
    taken = desk.take_back_last()
    assert taken is not None and taken.option_id == vote.options[0].id
    with pytest.raises(VoteError, match="not an option"):
        desk.record_key(7)
    view = desk.view()
    assert [o.votes for o in view.options] == [10, 3, 1, 0]
    assert (view.blank, view.ballots, view.votes_cast, view.base, view.needed) == (
        1,
        15,
        14,
        14,
        10,
    )
    assert [o.still_needed for o in view.options] == [0, 7, 9, 10]
    assert view.decision == "Ana Núñez" and view.outcome is Outcome.ENDORSED
    assert view.options[0].percent_text == "71.4 %"
    assert view.quorum_met is True and view.over_vote is None
    assert (
        demo_store.scalar(
            "SELECT count(*) FROM ballot_events WHERE round_id = ?", (vote.current_round.id,)
        )
        == 17
    )  # 16 keys and one take-back: nothing is ever deleted


def test_more_ballots_than_members_present_is_a_warning_then_refused_at_finalize(
    demo_store,
) -> None:
    vote = new_vote(demo_store, present=3)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1112")
    view = desk.view()
    assert view.over_vote is not None and "only 3 members can vote" in view.over_vote
    assert view.quorum_met is False
    with pytest.raises(VoteError, match="only 3 members can vote"):
        voting.finalize_round(demo_store, vote.id, backup=False)


# ----- finalizing, rounds, endorsements ---------------------------------------------------------
def test_finalize_stores_the_count_snapshot_audit_and_backup(demo_store) -> None:
    vote = new_vote(demo_store)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1" * 18 + "2" * 8 + "3" * 3 + "4" * 2)
    done = voting.finalize_round(demo_store, vote.id)
    assert done.result.outcome is Outcome.NO_DECISION and not done.vote_closed
    assert done.sentence == (
        "No decision: nobody reached the 21 votes needed (two-thirds of 31 votes cast). "
        "Carmen Diaz-Whitfield leaves the ballot."
    )
    first = load_vote(demo_store, vote.id).rounds[0]
    assert first.is_final and (first.present, first.eligible, first.recused) == (31, 35, 0)
    totals = dict(
        demo_store.rows("SELECT option_id, votes FROM round_totals WHERE round_id = ?", (first.id,))
    )
    assert totals == {o.id: n for o, n in zip(vote.options, (18, 8, 3, 2), strict=True)}
    assert first.result == result_to_json(count_vote(vote_record(demo_store, vote, 1)))
    assert [b.reason for b in backups.list_backups(demo_store.path)] == ["vote-finalized"]
    assert [e.action for e in audit_entries(demo_store, "rounds", first.id)] == ["finalize"]
    with pytest.raises(VoteError, match="finalized"):
        desk.record_key(ANA)  # the desk still had the round open: the schema refuses
    with pytest.raises(VoteError, match="finalized"):
        desk.record_key(ANA)
    with pytest.raises(sqlite3.IntegrityError, match="amendments"), demo_store.transaction():
        demo_store.execute(
            "INSERT INTO ballot_events (round_id, kind, option_id, created_at) "
            "VALUES (?, 'ballot', NULL, 'x')",
            (first.id,),
        )


def test_drop_last_second_round_endorses_the_winner(demo_store) -> None:
    vote = new_vote(demo_store)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1" * 18 + "2" * 8 + "3" * 3 + "4" * 2)
    voting.finalize_round(demo_store, vote.id, backup=False)
    vote = voting.open_next_round(demo_store, vote.id)
    assert [vote.option(o).label for o in vote.current_round.option_ids] == [
        "Ana Núñez",
        "Bob Lee",
        NO_ENDORSEMENT,
    ]
    desk.reload()
    with pytest.raises(VoteError, match="no longer on the ballot"):
        desk.record_key(CARMEN)
    press(desk, "1" * 22 + "2" * 7 + "4" * 2)
    done = voting.finalize_round(
        demo_store, vote.id, endorsement=voting.EndorsementChoice(), backup=False
    )
    assert done.sentence == (
        "Ana Núñez is endorsed in round 2: 22 of 31 votes, needed 21 (two-thirds of votes cast)."
    )
    assert done.vote_closed and done.endorsement is not None
    endorsement = get_endorsement(demo_store, done.endorsement.id or 0)
    assert endorsement is not None and endorsement.vote_id == vote.id
    assert endorsement.status == "active" and endorsement.endorsed_on == MEETING_DAY
    ana = get_candidate(demo_store, endorsement.candidate_id)
    assert ana is not None and ana.name == "Ana Núñez" and ana.status == "endorsed"
    stored = load_vote(demo_store, vote.id)
    assert (stored.outcome, stored.label_of(stored.winner_option_id)) == ("endorsed", "Ana Núñez")
    with pytest.raises(VoteError, match=r"decided|closed"):
        voting.open_next_round(demo_store, vote.id)
    assert recount_problems(demo_store) == []


def test_a_tie_for_last_needs_the_lot_recorded_before_the_next_round(demo_store) -> None:
    vote = new_vote(demo_store)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1" * 15 + "2" * 5 + "3" * 5 + "4" * 2)
    voting.finalize_round(demo_store, vote.id, backup=False)
    _, tied, drops = voting.next_round_plan(demo_store, load_vote(demo_store, vote.id))
    assert (tied, drops) == (["Bob Lee", "Carmen Diaz-Whitfield"], 1)
    with pytest.raises(VoteError, match="record which 1 the lot removed"):
        voting.open_next_round(demo_store, vote.id)
    vote = voting.open_next_round(demo_store, vote.id, ["Bob Lee"])
    first = vote.rounds[0]
    assert vote.label_of(first.lot_eliminated_option_id) == "Bob Lee"
    assert "Bob Lee" not in [vote.option(o).label for o in vote.current_round.option_ids]
    assert [e.new_value for e in audit_entries(demo_store, "rounds", first.id)][
        -1
    ] == "Bob Lee leaves"
    desk.reload()
    press(desk, "1" * 20 + "3" * 7)
    voting.finalize_round(demo_store, vote.id, backup=False)
    record = vote_record_to_json(vote_record(demo_store, load_vote(demo_store, vote.id)))
    assert "Bob Lee" not in record["rounds"][1]["counts"]
    result = count_vote(vote_record(demo_store, load_vote(demo_store, vote.id)))
    assert result.rounds[0].tied_for_last == ("Bob Lee", "Carmen Diaz-Whitfield")
    assert result.rounds[0].eliminated == ("Bob Lee",)
    assert recount_problems(demo_store) == []


def test_top_two_and_keep_all(demo_store) -> None:
    vote = new_vote(demo_store, vote_rule=rule(Policy.TOP_TWO))
    press(BallotDesk(demo_store, vote.id), "1" * 12 + "2" * 10 + "3" * 6 + "4" * 3)
    voting.finalize_round(demo_store, vote.id, backup=False)
    vote = voting.open_next_round(demo_store, vote.id)
    assert [vote.option(o).label for o in vote.current_round.option_ids] == [
        "Ana Núñez",
        "Bob Lee",
        NO_ENDORSEMENT,
    ]
    kept = new_vote(demo_store, vote_rule=rule(Policy.KEEP_ALL))
    press(BallotDesk(demo_store, kept.id), "1" * 12 + "2" * 10 + "3" * 6 + "4" * 3)
    voting.finalize_round(demo_store, kept.id, backup=False)
    kept = voting.open_next_round(demo_store, kept.id)
    assert len(kept.current_round.option_ids) == 4
    closed = voting.close_vote(demo_store, kept.id)  # the empty round 2 is dropped
    assert closed.is_closed and closed.outcome == "no_decision" and len(closed.rounds) == 1


def test_a_conditional_endorsement_and_its_later_status_changes_are_audited(demo_store) -> None:
    vote = new_vote(demo_store, vote_rule=rule(Policy.KEEP_ALL))
    press(BallotDesk(demo_store, vote.id), "1" * 25 + "2" * 6)
    done = voting.finalize_round(
        demo_store,
        vote.id,
        endorsement=voting.EndorsementChoice("conditional", "Returns the questionnaire"),
        backup=False,
    )
    assert done.endorsement is not None and done.endorsement.status == "conditional"
    made = endorsements_for_race(demo_store, vote.race_id)[-1]
    assert made.condition_text == "Returns the questionnaire"
    assert made.id is not None
    set_status(demo_store, made.id, "rescinded", reason="Took corporate PAC money")
    entries = audit_entries(demo_store, "endorsements", made.id)
    assert (entries[-1].old_value, entries[-1].new_value) == ("conditional", "rescinded")
    assert entries[-1].reason == "Took corporate PAC money"


def test_no_quorum_counts_nothing_and_endorses_nobody(demo_store) -> None:
    vote = new_vote(demo_store, present=10)
    press(BallotDesk(demo_store, vote.id), "1" * 10)
    done = voting.finalize_round(demo_store, vote.id, backup=False)
    assert done.result.outcome is Outcome.NO_QUORUM and done.endorsement is None
    assert done.vote_closed
    assert (
        done.sentence == "No quorum: 10 members present and 15 needed, so the vote does not count."
    )


def test_hand_count(demo_store) -> None:
    vote = new_vote(demo_store, "State House", Method.HAND_COUNT)
    desk = BallotDesk(demo_store, vote.id)
    first, second, none = (o.id for o in vote.options)
    desk.set_count(TallyKind.OPTION, first, 20)
    typo = desk.set_count(TallyKind.OPTION, second, 80)
    desk.take_back(typo)
    desk.set_count(TallyKind.OPTION, second, 8)
    desk.set_count(TallyKind.OPTION, none, 2)
    desk.set_count(TallyKind.ABSTAIN, None, 1)
    with pytest.raises(VoteError, match="counted by"):
        desk.record_key(1)
    done = voting.finalize_round(demo_store, vote.id, backup=False)
    assert done.sentence == (
        "Nguyễn Thị Minh is endorsed: 20 of 30 votes, needed 20 (two-thirds of votes cast)."
    )
    assert load_vote(demo_store, vote.id).rounds[0].abstain == 1


# ----- ranked ------------------------------------------------------------------------------------
def test_ranked_count_with_overvote_skip_and_a_recorded_lot(demo_store) -> None:
    vote = new_vote(demo_store, "City Council", Method.PAPER_RANKED, rule(base=Base.CONTINUING))
    ids = {o.key: o.id for o in vote.options}
    marcus, priya, tom, dolores = ids[1], ids[2], ids[3], ids[4]
    desk = BallotDesk(demo_store, vote.id)
    ballots = (
        [((marcus,), (priya,))] * 10
        + [((priya,),)] * 10
        + [((tom,), (), (marcus,))] * 2  # a skipped rank
        + [((dolores,), (marcus, priya))] * 2  # an overvote at rank 2
        + [((tom, dolores),)]  # an overvote at rank 1: blank
    )
    for ranking in ballots:
        desk.record_ranked(ranking)
    result = voting.preview(demo_store, load_vote(demo_store, vote.id))
    assert result.outcome is Outcome.NEEDS_LOT
    assert result.rounds[0].tied_for_last == ("Tom Becker", "Dolores Haddad")
    with pytest.raises(VoteError, match="needs a lot"):
        voting.finalize_round(demo_store, vote.id, backup=False)
    with pytest.raises(VoteError, match="not tied"):
        voting.record_runoff_lot(demo_store, vote.id, 1, "Priya Raman")
    voting.record_runoff_lot(demo_store, vote.id, 1, "Dolores Haddad")
    done = voting.finalize_round(demo_store, vote.id, backup=False)
    assert done.vote_closed
    record = vote_record_to_json(vote_record(demo_store, load_vote(demo_store, vote.id)))
    assert record["lots"] == [{"round": 1, "eliminated": "Dolores Haddad"}]
    assert ["Tom Becker", [], "Marcus Okafor"] in record["ballots"]
    assert [["Tom Becker", "Dolores Haddad"]] in record["ballots"]
    stored = load_vote(demo_store, vote.id).rounds[0].result
    assert stored == result_to_json(
        count_vote(vote_record(demo_store, load_vote(demo_store, vote.id)))
    )
    assert recount_problems(demo_store) == []


# ----- amendments -------------------------------------------------------------------------------
def test_amendments_need_a_reason_are_audited_and_recount_the_round(demo_store) -> None:
    vote = new_vote(demo_store, present=33)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1" * 20 + "2" * 9 + "4" * 2)
    voting.finalize_round(demo_store, vote.id, backup=False)
    assert load_vote(demo_store, vote.id).outcome == "no_decision"  # 20 of 31: 21 needed
    bob = vote.options[1].id
    with pytest.raises(VoteError, match="needs a reason"):
        voting.amend_remove_ballot(demo_store, vote.id, 1, bob, "  ")
    with pytest.raises(VoteError, match=r"still open|no round"):
        voting.amend_add_ballot(demo_store, vote.id, 2, bob, "no such round")
    same = voting.amend_add_ballot(demo_store, vote.id, 1, None, "A blank ballot under a chair")
    assert not same.outcome_changed
    changed = voting.amend_remove_ballot(demo_store, vote.id, 1, bob, "Bob's ballot read twice")
    assert changed.outcome_changed
    assert changed.sentence_after.startswith("Ana Núñez is endorsed: 20 of 30 votes")
    amendment = demo_store.row("SELECT kind, reason FROM ballot_events ORDER BY id DESC LIMIT 1")
    assert tuple(amendment) == ("amendment", "Bob's ballot read twice")
    entry = audit_entries(demo_store, "rounds", vote.current_round.id)[-1]
    assert (entry.action, entry.reason) == ("amendment", "Bob's ballot read twice")
    assert entry.field == "-1 ballot: Bob Lee"
    assert load_vote(demo_store, vote.id).outcome == "endorsed"
    assert recount_problems(demo_store) == []


def test_an_amendment_that_would_contradict_a_later_round_is_refused(demo_store) -> None:
    vote = new_vote(demo_store)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1" * 20 + "2" * 9 + "3" * 2)
    voting.finalize_round(demo_store, vote.id, backup=False)
    voting.open_next_round(demo_store, vote.id)
    events = demo_store.scalar("SELECT count(*) FROM ballot_events")
    with pytest.raises(VoteError, match="cannot stand"):
        # One Bob ballot fewer would have decided round 1 (20 of 30), so no round 2.
        voting.amend_remove_ballot(demo_store, vote.id, 1, vote.options[1].id, "read twice")
    assert demo_store.scalar("SELECT count(*) FROM ballot_events") == events


# ----- recusals -----------------------------------------------------------------------------------
def test_recused_members_leave_the_base_but_count_toward_quorum(demo_store) -> None:
    vote = new_vote(demo_store, vote_rule=rule(base=Base.PRESENT), present=15)
    members = demo_store.column(
        "SELECT member_id FROM attendance WHERE meeting_id = ?", (vote.meeting_id,)
    )
    voting.recuse(demo_store, vote.id, members[0], "Works for a campaign")
    with pytest.raises(VoteError, match="already recused"):
        voting.recuse(demo_store, vote.id, members[0])
    absent = demo_store.scalar(
        "SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM attendance "
        "WHERE meeting_id = ?)",
        (vote.meeting_id,),
    )
    with pytest.raises(VoteError, match=r"check .* in first"):
        voting.recuse(demo_store, vote.id, absent)
    desk = BallotDesk(demo_store, vote.id)
    press(desk, "1" * 10 + "2" * 4)
    view = desk.view()
    assert (view.base, view.needed, view.quorum_met) == (14, 10, True)  # 15 present − 1 recused
    done = voting.finalize_round(demo_store, vote.id, backup=False)
    assert done.result.outcome is Outcome.ENDORSED
    assert load_vote(demo_store, vote.id).rounds[0].recused == 1
    with pytest.raises(VoteError, match="fixed once the first round"):
        voting.unrecuse(demo_store, vote.id, members[0])


# ----- secrecy ------------------------------------------------------------------------------------
def test_no_table_links_a_member_to_a_choice(demo_store) -> None:
    """SPEC §2: tables that name members name no option, and the ballot journal names no member."""
    tables = demo_store.column("SELECT name FROM sqlite_master WHERE type = 'table'")
    choice_tables = {
        "vote_options",
        "ballot_events",
        "round_totals",
        "round_options",
        "runoff_lots",
    }
    for table in tables:
        columns = {row[1] for row in demo_store.rows(f"PRAGMA table_info({table})")}
        targets = {row[2] for row in demo_store.rows(f"PRAGMA foreign_key_list({table})")}
        names_member = "members" in targets or "member_id" in columns
        names_choice = bool(
            targets & {"vote_options", "ballot_events"}
            or columns & {"option_id", "ranking", "choice"}
        )
        assert not (names_member and names_choice), table
        if table in choice_tables:
            assert not any("member" in column for column in columns), table
    event_columns = {row[1] for row in demo_store.rows("PRAGMA table_info(ballot_events)")}
    assert event_columns == {
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


def test_the_stored_result_is_what_count_gives_for_the_exported_record(demo_store) -> None:
    for vote_id in demo_store.column("SELECT id FROM votes"):
        vote = load_vote(demo_store, vote_id)
        record = json.loads(json.dumps(vote_record_to_json(vote_record(demo_store, vote))))
        from endorse_desktop.core.voting.record import recount_json_text

        assert recount_json_text(json.dumps(record)) == vote.rounds[-1].result


# ----- "No endorsement" is the app's own option, known by its flag ------------------------------
@pytest.mark.parametrize("label", ["No endorsement", "no  ENDORSEMENT", "No endorse\u200bment"])
def test_a_candidate_labelled_like_no_endorsement_in_a_received_file_is_never_counted_as_it(
    demo_store, demo_path, label
) -> None:
    """A file edited by hand gives a candidate's option the reserved label (the flag stays 0):
    the vote is refused with one sentence instead of counting the candidate as "No endorsement"."""
    vote = new_vote(demo_store)
    candidate = vote.options[1]
    with sqlite3.connect(demo_path) as raw:
        raw.execute("UPDATE vote_options SET label = ? WHERE id = ?", (label, candidate.id))
    raw.close()
    with pytest.raises(VoteError, match="rename the candidate") as refused:
        load_vote(demo_store, vote.id)
    assert "\n" not in str(refused.value)


def test_the_flag_under_another_label_is_refused_too(demo_store, demo_path) -> None:
    vote = new_vote(demo_store)
    own = vote.options[-1]
    assert own.is_no_endorsement
    with sqlite3.connect(demo_path) as raw:
        raw.execute("UPDATE vote_options SET label = 'Dana Reyes' WHERE id = ?", (own.id,))
    raw.close()
    with pytest.raises(VoteError, match="under another label"):
        load_vote(demo_store, vote.id)
