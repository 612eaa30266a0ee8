"""Choose-one votes: bases (R-2), decisions (R-3), quorum (R-4), repeated ballots (R-6),
and the helpers the live tally screen calls."""

from __future__ import annotations

from typing import Any

import pytest

from endorse_desktop.core.voting.counting import (
    CountResult,
    RoundResult,
    count_vote,
    evaluate_choose_one_round,
    lot_drop_count,
    options_for_next_round,
)
from endorse_desktop.core.voting.record import parse_vote_record, result_to_json
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    PRESETS,
    Base,
    Outcome,
    Policy,
    VoteRecordError,
)

NE = NO_ENDORSEMENT
ANA, BOB, CY, DEE = "Ana Núñez", "Bob Lee", "Cy Young", "Dee Okafor"
TWO_THIRDS = PRESETS["two_thirds"]


def vote(
    *rounds: dict[str, Any],
    options: tuple[str, ...] = (ANA, BOB, NE),
    policy: str = "keep_all",
    threshold: object = "two_thirds",
    base: str = "votes_cast",
    **setup: Any,
) -> dict[str, Any]:
    """A choose-one vote record in its JSON form."""
    return {
        "options": list(options),
        "method": "choose_one",
        "policy": policy,
        "threshold": threshold,
        "base": base,
        **setup,
        "rounds": list(rounds),
    }


def r(counts: dict[str, int], abstain: int = 0, spoiled: int = 0) -> dict[str, Any]:
    return {"counts": counts, "abstain": abstain, "spoiled": spoiled}


def count(data: dict[str, Any]) -> CountResult:
    return count_vote(parse_vote_record(data))


def refused(data: dict[str, Any]) -> str:
    with pytest.raises(VoteRecordError) as raised:
        count(data)
    message = str(raised.value)
    assert "\n" not in message
    return message


# ---------------------------------------------------------------- decisions and bases


def test_twenty_of_thirty_meets_two_thirds_and_result_has_the_spec_shape() -> None:
    data = vote(
        r({ANA: 20, BOB: 8, NE: 2}, abstain=1),
        policy="drop_last",
        present=32,
        eligible=48,
        recused=1,
        quorum=12,
    )
    assert result_to_json(count(data)) == {
        "outcome": "endorsed",
        "winner": ANA,
        "rounds": [
            {
                "counts": {ANA: 20, BOB: 8, NE: 2},
                "base": 30,
                "needed": 20,
                "exhausted": 0,
                "eliminated": [],
                "tied_for_last": [],
            }
        ],
    }


def test_twenty_of_thirty_one_does_not_meet_two_thirds() -> None:
    result = count(vote(r({ANA: 20, BOB: 9, NE: 2})))
    assert (result.outcome, result.winner) == (Outcome.NO_DECISION, None)
    assert (result.rounds[0].base, result.rounds[0].needed) == (31, 21)


def test_no_endorsement_reaching_the_threshold_gives_no_endorsement() -> None:
    result = count(vote(r({ANA: 5, BOB: 4, NE: 21})))
    assert (result.outcome, result.winner) == (Outcome.NO_ENDORSEMENT, None)


def test_votes_cast_counts_no_endorsement_but_not_abstentions_or_spoiled() -> None:
    result = count(vote(r({ANA: 10, BOB: 3, NE: 2}, abstain=5, spoiled=4)))
    assert result.rounds[0].base == 15
    assert result.rounds[0].needed == 10
    assert result.outcome is Outcome.ENDORSED


def test_majority_of_votes_cast_five_of_ten_is_not_enough() -> None:
    assert (
        count(vote(r({ANA: 5, BOB: 5, NE: 0}), threshold="majority")).outcome is Outcome.NO_DECISION
    )
    result = count(vote(r({ANA: 6, BOB: 4, NE: 0}), threshold="majority"))
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, ANA)


def test_present_base_subtracts_the_recused_and_counts_abstentions_against_the_candidate() -> None:
    # 40 present, 2 recused: base 38, two-thirds of 38 = 25.33 → 26 needed.
    setup = {"base": "present", "present": 40, "recused": 2}
    short = count(vote(r({ANA: 25, BOB: 2, NE: 1}, abstain=10), **setup))
    assert (short.rounds[0].base, short.rounds[0].needed) == (38, 26)
    assert short.outcome is Outcome.NO_DECISION
    assert count(vote(r({ANA: 26, BOB: 2, NE: 0}, abstain=10), **setup)).winner == ANA


def test_eligible_base_subtracts_the_recused() -> None:
    result = count(vote(r({ANA: 30, BOB: 5, NE: 0}), base="eligible", eligible=48, recused=3))
    assert (result.rounds[0].base, result.rounds[0].needed) == (45, 30)
    assert result.winner == ANA
    assert (
        count(vote(r({ANA: 29, BOB: 5, NE: 0}), base="eligible", eligible=48, recused=3)).winner
        is None
    )


def test_base_zero_decides_nothing() -> None:
    result = count(vote(r({ANA: 0, BOB: 0, NE: 0}, abstain=7)))
    assert result.rounds[0].base == 0
    assert (result.outcome, result.winner) == (Outcome.NO_DECISION, None)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ({"base": "present"}, 'base "present" needs the number of members present'),
        ({"base": "eligible", "present": 30}, 'base "eligible" needs the number of eligible'),
        ({"base": "continuing"}, 'base "continuing" is only for ranked votes'),
    ],
)
def test_bases_that_cannot_be_computed_are_errors(setup: dict[str, Any], message: str) -> None:
    assert message in refused(vote(r({ANA: 20, BOB: 1, NE: 0}), **setup))


# ---------------------------------------------------------------- quorum


def test_quorum_met_when_present_equals_quorum() -> None:
    result = count(vote(r({ANA: 9, BOB: 3, NE: 0}), present=12, quorum=12))
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, ANA)


def test_below_quorum_is_no_quorum_whatever_the_counts() -> None:
    result = count(vote(r({ANA: 11, BOB: 0, NE: 0}), present=11, quorum=12))
    assert (result.outcome, result.winner) == (Outcome.NO_QUORUM, None)
    # The rounds are still reported, so the minutes can show what the room did.
    assert result.rounds[0].counts == {ANA: 11, BOB: 0, NE: 0}
    assert result.rounds[0].decision == ANA


def test_recused_members_still_count_toward_quorum() -> None:
    # 12 present (2 of them recused) meets a quorum of 12; only 10 may vote.
    result = count(
        vote(r({ANA: 7, BOB: 3, NE: 0}), base="present", present=12, recused=2, quorum=12)
    )
    assert result.outcome is Outcome.ENDORSED
    assert (result.rounds[0].base, result.rounds[0].needed) == (10, 7)


def test_quorum_without_a_present_count_is_an_error() -> None:
    assert "a quorum needs the number of members present" in refused(
        vote(r({ANA: 7, BOB: 3, NE: 0}), quorum=12)
    )


def test_no_quorum_does_not_excuse_invalid_rounds() -> None:
    data = vote(r({ANA: 9, BOB: 0, NE: 0}), r({ANA: 9, BOB: 0, NE: 0}), present=10, quorum=20)
    assert "already decided in round 1" in refused(data)


# ---------------------------------------------------------------- repeated ballots


def test_keep_all_repeats_the_ballot_with_everyone() -> None:
    result = count(vote(r({ANA: 15, BOB: 10, NE: 5}), r({ANA: 21, BOB: 8, NE: 1})))
    assert [x.eliminated for x in result.rounds] == [(), ()]
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, ANA)


def test_keep_all_round_missing_an_option_is_an_error() -> None:
    message = refused(vote(r({ANA: 15, BOB: 10, NE: 5}), r({ANA: 21, NE: 9})))
    assert message == 'round 2: "Bob Lee" has no count (write 0 if nobody voted for them)'


def test_first_round_must_count_every_option() -> None:
    message = refused(vote(r({ANA: 20, BOB: 10})))
    assert message == 'round 1: "No endorsement" has no count (write 0 if nobody voted for them)'


def test_an_undecided_last_round_gives_no_decision() -> None:
    result = count(vote(r({ANA: 15, BOB: 10, NE: 5}), r({ANA: 16, BOB: 10, NE: 4})))
    assert (result.outcome, result.winner) == (Outcome.NO_DECISION, None)
    assert len(result.rounds) == 2


def test_drop_last_drops_the_fewest_until_someone_wins() -> None:
    data = vote(
        r({ANA: 12, BOB: 10, CY: 6, NE: 2}),
        r({ANA: 19, BOB: 9, NE: 2}),
        r({ANA: 20, NE: 10}),
        options=(ANA, BOB, CY, NE),
        policy="drop_last",
    )
    result = count(data)
    assert [x.eliminated for x in result.rounds] == [(CY,), (BOB,), ()]
    assert [x.counts for x in result.rounds][1] == {ANA: 19, BOB: 9, NE: 2}
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, ANA)


def test_drop_last_never_drops_no_endorsement() -> None:
    result = count(
        vote(r({ANA: 12, BOB: 10, CY: 6, NE: 1}), options=(ANA, BOB, CY, NE), policy="drop_last")
    )
    assert result.rounds[0].eliminated == (CY,)


def test_drop_last_keeps_the_only_candidate_left() -> None:
    data = vote(r({ANA: 15, NE: 15}), r({ANA: 20, NE: 10}), options=(ANA, NE), policy="drop_last")
    result = count(data)
    assert result.rounds[0].eliminated == ()
    assert result.winner == ANA


def test_drop_last_tie_is_reported_for_a_lot() -> None:
    data = vote(r({ANA: 12, BOB: 8, CY: 8, NE: 2}), options=(ANA, BOB, CY, NE), policy="drop_last")
    (only,) = count(data).rounds
    assert only.tied_for_last == (BOB, CY)
    assert only.eliminated == ()
    assert result_to_json(count(data))["rounds"][0]["tied_for_last"] == [BOB, CY]


def test_drop_last_tie_the_candidate_missing_next_round_is_the_one_the_lot_dropped() -> None:
    data = vote(
        r({ANA: 12, BOB: 8, CY: 8, NE: 2}),
        r({ANA: 20, BOB: 9, NE: 1}),
        options=(ANA, BOB, CY, NE),
        policy="drop_last",
    )
    first, second = count(data).rounds
    assert first.tied_for_last == (BOB, CY)
    assert first.eliminated == (CY,)
    assert second.counts == {ANA: 20, BOB: 9, NE: 1}


def test_drop_last_tie_with_all_tied_in_the_next_round_is_an_error() -> None:
    data = vote(
        r({ANA: 12, BOB: 8, CY: 8, NE: 2}),
        r({ANA: 12, BOB: 8, CY: 8, NE: 2}),
        options=(ANA, BOB, CY, NE),
        policy="drop_last",
    )
    assert refused(data) == (
        'round 2: "Bob Lee" and "Cy Young" tied in round 1 and the lot drops 1 of them, '
        "so round 2 must leave out 1, not 0"
    )


def test_drop_last_tie_with_both_tied_missing_is_an_error() -> None:
    data = vote(
        r({ANA: 12, BOB: 8, CY: 8, NE: 2}),
        r({ANA: 25, NE: 5}),
        options=(ANA, BOB, CY, NE),
        policy="drop_last",
    )
    assert refused(data).endswith("so round 2 must leave out 1, not 2")


def test_drop_last_three_way_tie_for_last_of_three() -> None:
    data = vote(r({ANA: 3, BOB: 3, CY: 3, NE: 1}), options=(ANA, BOB, CY, NE), policy="drop_last")
    (only,) = count(data).rounds
    assert (only.eliminated, only.tied_for_last) == ((), (ANA, BOB, CY))


def test_top_two_keeps_the_two_with_most_votes_and_no_endorsement() -> None:
    data = vote(
        r({ANA: 10, BOB: 8, CY: 5, DEE: 3, NE: 4}),
        r({ANA: 16, BOB: 10, NE: 4}),
        options=(ANA, BOB, CY, DEE, NE),
        policy="top_two",
    )
    result = count(data)
    assert result.rounds[0].eliminated == (CY, DEE)
    assert result.rounds[1].eliminated == ()  # two candidates: nobody more to drop
    assert result.outcome is Outcome.NO_DECISION


def test_top_two_tie_for_second_place_goes_to_a_lot() -> None:
    options = (ANA, BOB, CY, DEE, NE)
    first = r({ANA: 10, BOB: 6, CY: 6, DEE: 2, NE: 1})
    (only,) = count(vote(first, options=options, policy="top_two")).rounds
    assert (only.eliminated, only.tied_for_last) == ((DEE,), (BOB, CY))
    settled = count(vote(first, r({ANA: 17, CY: 8, NE: 0}), options=options, policy="top_two"))
    assert settled.rounds[0].eliminated == (BOB, DEE)
    assert settled.rounds[1].counts == {ANA: 17, CY: 8, NE: 0}
    assert "was dropped after round 1" in refused(
        vote(first, r({ANA: 17, CY: 8, DEE: 0, NE: 0}), options=options, policy="top_two")
    )
    assert refused(
        vote(first, r({ANA: 17, BOB: 4, CY: 4, NE: 0}), options=options, policy="top_two")
    ) == (
        'round 2: "Bob Lee" and "Cy Young" tied in round 1 and the lot drops 1 of them, '
        "so round 2 must leave out 1, not 0"
    )


def test_top_two_three_way_tie_for_first_needs_a_lot_dropping_one() -> None:
    options = (ANA, BOB, CY, NE)
    first = r({ANA: 6, BOB: 6, CY: 6, NE: 2})
    (only,) = count(vote(first, options=options, policy="top_two")).rounds
    assert (only.eliminated, only.tied_for_last) == ((), (ANA, BOB, CY))
    result = count(vote(first, r({ANA: 14, CY: 5, NE: 1}), options=options, policy="top_two"))
    assert result.rounds[0].eliminated == (BOB,)
    assert result.winner == ANA


def test_a_round_after_a_decided_round_is_an_error() -> None:
    message = refused(vote(r({ANA: 20, BOB: 8, NE: 2}), r({ANA: 10, BOB: 18, NE: 2})))
    assert message == "round 2: the vote was already decided in round 1"


def test_a_round_after_no_endorsement_won_is_an_error() -> None:
    assert "already decided" in refused(
        vote(r({ANA: 2, BOB: 2, NE: 26}), r({ANA: 20, BOB: 8, NE: 2}))
    )


def test_a_round_counting_a_dropped_candidate_is_an_error() -> None:
    data = vote(
        r({ANA: 12, BOB: 6, CY: 10, NE: 2}),
        r({ANA: 14, BOB: 3, CY: 11, NE: 2}),
        options=(ANA, BOB, CY, NE),
        policy="drop_last",
    )
    assert refused(data) == 'round 2: "Bob Lee" was dropped after round 1 and cannot receive votes'


def test_a_candidate_dropped_two_rounds_ago_is_named_with_the_right_round() -> None:
    data = vote(
        r({ANA: 12, BOB: 6, CY: 10, NE: 2}),
        r({ANA: 14, CY: 12, NE: 4}),
        r({ANA: 14, BOB: 1, CY: 11, NE: 4}),
        options=(ANA, BOB, CY, NE),
        policy="drop_last",
    )
    assert refused(data).startswith('round 3: "Bob Lee" was dropped after round 1')


def test_even_zero_votes_for_a_dropped_candidate_is_an_error() -> None:
    data = vote(
        r({ANA: 12, BOB: 6, CY: 10, NE: 2}),
        r({ANA: 14, BOB: 0, CY: 12, NE: 4}),
        options=(ANA, BOB, CY, NE),
        policy="drop_last",
    )
    assert "was dropped after round 1" in refused(data)


def test_over_vote_in_any_round_is_an_error() -> None:
    data = vote(r({ANA: 15, BOB: 10, NE: 3}), r({ANA: 19, BOB: 10, NE: 3}), present=30)
    message = refused(data)
    assert message == (
        "round 2: 32 ballots (32 votes, 0 abstain, 0 spoiled) but only 30 members can vote "
        "(30 present − 0 recused)"
    )


# ---------------------------------------------------------------- live tally helpers


def live(counts: dict[str, int], **kwargs: Any) -> Any:
    kwargs.setdefault("threshold", TWO_THIRDS)
    kwargs.setdefault("base", Base.VOTES_CAST)
    return evaluate_choose_one_round(counts, **kwargs)


def test_live_status_shows_base_needed_and_what_each_option_still_needs() -> None:
    status = live({ANA: 10, BOB: 5, NE: 0}, base=Base.PRESENT, present=31, recused=1, quorum=12)
    assert (status.base, status.needed) == (30, 20)
    assert status.still_needed == {ANA: 10, BOB: 15, NE: 20}
    assert (status.leader, status.decision, status.winner) == (ANA, None, None)
    assert status.outcome is Outcome.NO_DECISION
    assert (status.over_vote, status.quorum_met) == (False, True)


def test_live_status_when_the_threshold_is_reached() -> None:
    status = live({ANA: 20, BOB: 8, NE: 2}, abstain=1)
    assert (status.outcome, status.winner, status.decision) == (Outcome.ENDORSED, ANA, ANA)
    assert status.still_needed == {ANA: 0, BOB: 12, NE: 18}
    ne = live({ANA: 1, BOB: 1, NE: 8})
    assert (ne.outcome, ne.leader, ne.winner) == (Outcome.NO_ENDORSEMENT, NE, None)


def test_live_leader_is_none_on_a_tie_or_before_any_vote() -> None:
    assert live({ANA: 4, BOB: 4, NE: 1}).leader is None
    assert live({ANA: 0, BOB: 0}).leader is None
    assert live({}).leader is None


def test_live_over_vote_is_a_warning_not_an_error() -> None:
    at_limit = live({ANA: 5, BOB: 3}, abstain=1, present=10, recused=1)
    assert at_limit.over_vote is False
    over = live({ANA: 5, BOB: 3}, abstain=1, spoiled=1, present=10, recused=1)
    assert over.over_vote is True
    # With both numbers known, the smaller one limits the ballots.
    assert live({ANA: 9}, present=12, eligible=8).over_vote is True
    assert live({ANA: 9}).over_vote is False  # nothing to compare with


def test_live_two_options_over_needed_only_happens_with_an_over_vote_and_decides_nothing() -> None:
    status = live({ANA: 7, BOB: 7}, base=Base.PRESENT, present=10)
    assert status.over_vote is True
    assert (status.decision, status.outcome) == (None, Outcome.NO_DECISION)


def test_live_quorum() -> None:
    assert live({ANA: 3}).quorum_met is None
    below = live({ANA: 9, BOB: 1}, present=11, quorum=12)
    assert (below.quorum_met, below.outcome, below.winner) == (False, Outcome.NO_QUORUM, None)


def test_live_refuses_what_can_never_be_counted() -> None:
    with pytest.raises(VoteRecordError, match='"Bob Lee" has -1'):
        live({ANA: 3, BOB: -1})
    with pytest.raises(VoteRecordError, match="continuing"):
        live({ANA: 3}, base=Base.CONTINUING)
    with pytest.raises(VoteRecordError, match="quorum needs"):
        live({ANA: 3}, quorum=5)
    with pytest.raises(VoteRecordError, match='"abstain" must be'):
        live({ANA: 3}, abstain=-2)


def round_result(counts: dict[str, int], base: int | None = None) -> RoundResult:
    total = sum(counts.values()) if base is None else base
    status = live(counts, base=Base.PRESENT, present=total)
    return RoundResult(counts, status.base, status.needed, 0)


def test_next_round_options_per_policy() -> None:
    counts = {ANA: 10, BOB: 8, CY: 5, DEE: 3, NE: 1}
    order = list(counts)
    result = round_result(counts)
    assert options_for_next_round(order, result, Policy.KEEP_ALL) == order
    assert options_for_next_round(order, result, Policy.DROP_LAST) == [ANA, BOB, CY, NE]
    assert options_for_next_round(order, result, Policy.TOP_TWO) == [ANA, BOB, NE]
    assert lot_drop_count(result, Policy.DROP_LAST) == 0


def test_next_round_is_none_once_decided() -> None:
    decided = round_result({ANA: 20, BOB: 8, NE: 2})
    for policy in Policy:
        assert options_for_next_round([ANA, BOB, NE], decided, policy) is None
        assert lot_drop_count(decided, policy) == 0


def test_next_round_keeps_every_tied_candidate_for_the_lot() -> None:
    tied_last = round_result({ANA: 10, BOB: 4, CY: 4, NE: 1})
    assert options_for_next_round([ANA, BOB, CY, NE], tied_last, Policy.DROP_LAST) == [
        ANA,
        BOB,
        CY,
        NE,
    ]
    assert lot_drop_count(tied_last, Policy.DROP_LAST) == 1
    tied_second = round_result({ANA: 10, BOB: 4, CY: 4, DEE: 4, NE: 1})
    assert options_for_next_round(list(tied_second.counts), tied_second, Policy.TOP_TWO) == [
        ANA,
        BOB,
        CY,
        DEE,
        NE,
    ]
    assert lot_drop_count(tied_second, Policy.TOP_TWO) == 2


def test_next_round_refuses_options_that_do_not_match_the_round() -> None:
    with pytest.raises(ValueError, match="options_in_round"):
        options_for_next_round([ANA, BOB], round_result({ANA: 3, BOB: 2, NE: 1}), Policy.KEEP_ALL)


def test_live_helpers_accept_the_json_spelling_of_base_threshold_and_policy() -> None:
    # The settings screen stores plain strings; they must mean exactly what the enums mean.
    counts = {ANA: 10, BOB: 5, NE: 0}
    as_strings = evaluate_choose_one_round(
        counts,
        threshold="two_thirds",
        base="votes_cast",
        eligible=40,  # type: ignore[arg-type]
    )
    as_enums = evaluate_choose_one_round(
        counts, threshold=TWO_THIRDS, base=Base.VOTES_CAST, eligible=40
    )
    assert as_strings == as_enums
    assert (as_strings.base, as_strings.needed) == (15, 10)
    result = round_result({ANA: 10, BOB: 8, CY: 5, NE: 1})
    order = list(result.counts)
    assert options_for_next_round(order, result, "drop_last") == [ANA, BOB, NE]  # type: ignore[arg-type]
    assert lot_drop_count(result, "top_two") == 0  # type: ignore[arg-type]
    with pytest.raises(VoteRecordError, match='"policy" must be one of'):
        options_for_next_round(order, result, "drop-last")  # type: ignore[arg-type]
    with pytest.raises(VoteRecordError, match='"base" must be one of'):
        evaluate_choose_one_round(counts, threshold=TWO_THIRDS, base="cast")  # type: ignore[arg-type]


def test_drop_last_two_candidates_without_votes_are_still_a_tie_for_the_lot() -> None:
    # R-6 has no zero-vote batch (that is R-7's rule): one of them leaves, by lot.
    data = vote(r({ANA: 8, BOB: 0, CY: 0, NE: 7}), options=(ANA, BOB, CY, NE), policy="drop_last")
    (only,) = count(data).rounds
    assert (only.eliminated, only.tied_for_last) == ((), (BOB, CY))
