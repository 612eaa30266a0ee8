"""Ranked votes, instant runoff (R-7), each case worked by hand."""

from __future__ import annotations

from typing import Any

import pytest

from endorse_desktop.core.voting.counting import (
    CountResult,
    count_vote,
)
from endorse_desktop.core.voting.record import parse_vote_record, result_to_json
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Outcome,
    VoteRecordError,
)

NE = NO_ENDORSEMENT
ANA, BOB, CY, DEE, EVE = "Ana Núñez", "Bob Lee", "Cy Young", "Dee Okafor", "Eve Ng"


def ranked(
    *groups: tuple[int, list[Any]],
    options: tuple[str, ...] = (ANA, BOB, CY, NE),
    threshold: object = "majority",
    base: str = "votes_cast",
    lots: list[dict[str, Any]] | None = None,
    **setup: Any,
) -> dict[str, Any]:
    """A ranked vote record; each group is (how many ballots, the ballot)."""
    data: dict[str, Any] = {
        "options": list(options),
        "method": "ranked",
        "threshold": threshold,
        "base": base,
        **setup,
        "ballots": [ballot for times, ballot in groups for _ in range(times)],
    }
    if lots is not None:
        data["lots"] = lots
    return data


def count(data: dict[str, Any]) -> CountResult:
    return count_vote(parse_vote_record(data))


def refused(data: dict[str, Any]) -> str:
    with pytest.raises(VoteRecordError) as raised:
        count(data)
    assert "\n" not in str(raised.value)
    return str(raised.value)


def table(result: CountResult) -> list[tuple[dict[str, int], int, tuple[str, ...]]]:
    return [(r.counts, r.exhausted, r.eliminated) for r in result.rounds]


def test_first_round_majority_wins_and_counts_list_every_continuing_option() -> None:
    result = count(ranked((6, [ANA]), (3, [BOB]), (1, [CY])))
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, ANA)
    (only,) = result.rounds
    assert only.counts == {ANA: 6, BOB: 3, CY: 1, NE: 0}
    assert list(only.counts) == [ANA, BOB, CY, NE]  # option order, zeros included
    assert (only.base, only.needed, only.exhausted) == (10, 6, 0)


def test_transfers_from_the_eliminated_candidate_decide() -> None:
    # Round 1: Ana 4, Bob 3, Cy 2 of 9 (5 needed). Cy goes; both Cy ballots go to Bob → 5.
    data = ranked((4, [ANA, BOB]), (3, [BOB, ANA]), (2, [CY, BOB]), options=(ANA, BOB, CY))
    result = count(data)
    assert table(result) == [
        ({ANA: 4, BOB: 3, CY: 2}, 0, (CY,)),
        ({ANA: 4, BOB: 5}, 0, ()),
    ]
    assert [(r.base, r.needed) for r in result.rounds] == [(9, 5), (9, 5)]
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, BOB)


def test_first_rank_overvote_makes_a_blank_ballot_outside_votes_cast() -> None:
    result = count(ranked((3, [ANA]), (2, [BOB]), (1, [[ANA, BOB]]), options=(ANA, BOB)))
    (only,) = result.rounds
    assert (only.counts, only.exhausted, only.base, only.needed) == ({ANA: 3, BOB: 2}, 1, 5, 3)
    assert result.winner == ANA


def test_overvote_exhausts_the_ballot_when_reached_and_votes_cast_base_stays_fixed() -> None:
    # 9 ballots, 5 needed throughout. Cy goes in round 1 and his two ballots reach the
    # overvote: exhausted. Bob goes in round 2; Ana, alone and short, cannot be endorsed.
    data = ranked((4, [ANA]), (3, [BOB]), (2, [CY, [ANA, BOB]]), options=(ANA, BOB, CY))
    result = count(data)
    assert table(result) == [
        ({ANA: 4, BOB: 3, CY: 2}, 0, (CY,)),
        ({ANA: 4, BOB: 3}, 2, (BOB,)),
        ({ANA: 4}, 5, ()),
    ]
    assert {(r.base, r.needed) for r in result.rounds} == {(9, 5)}
    assert (result.outcome, result.winner) == (Outcome.NO_DECISION, None)


def test_continuing_base_shrinks_as_ballots_exhaust() -> None:
    # Same ballots: in round 2 only 7 ballots are still counting, and 4 of 7 is a majority.
    data = ranked(
        (4, [ANA]), (3, [BOB]), (2, [CY, [ANA, BOB]]), options=(ANA, BOB, CY), base="continuing"
    )
    result = count(data)
    assert [(r.base, r.needed, r.exhausted) for r in result.rounds] == [(9, 5, 0), (7, 4, 2)]
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, ANA)


def test_overvote_exhausts_even_when_its_options_are_already_eliminated() -> None:
    # 11 ballots, 6 needed. Bob, then Cy, then Dee leave. Dee's three ballots reach the
    # [Bob, Cy] overvote: the ballot cannot say which was meant, so they never reach Ana.
    data = ranked(
        (5, [ANA]),
        (3, [DEE, [BOB, CY], ANA]),
        (1, [BOB]),
        (2, [CY]),
        options=(ANA, BOB, CY, DEE),
    )
    result = count(data)
    assert [r.eliminated for r in result.rounds] == [(BOB,), (CY,), (DEE,), ()]
    assert result.rounds[-1].counts == {ANA: 5}
    assert result.rounds[-1].exhausted == 6
    assert result.outcome is Outcome.NO_DECISION


def test_skipped_rank_is_skipped() -> None:
    data = ranked((4, [ANA]), (3, [BOB]), (2, [CY, [], BOB]), options=(ANA, BOB, CY))
    result = count(data)
    assert result.rounds[1].counts == {ANA: 4, BOB: 5}
    assert result.winner == BOB


@pytest.mark.parametrize(
    "cy_ballot",
    [
        [CY, CY, BOB],  # Cy ranked twice: the second Cy is ignored
        [CY, [CY, BOB]],  # the repeated Cy is struck, leaving Bob alone at that rank
        [[CY], [], [CY], BOB],  # one-name lists are plain ranks; empty ones are skipped
    ],
)
def test_repeated_option_is_ignored_after_its_first_appearance(cy_ballot: list[Any]) -> None:
    result = count(ranked((4, [ANA]), (3, [BOB]), (2, cy_ballot), options=(ANA, BOB, CY)))
    assert result.rounds[1].counts == {ANA: 4, BOB: 5}
    assert result.winner == BOB


def test_candidates_with_no_votes_are_eliminated_together() -> None:
    # 9 ballots, 5 needed. Cy and Dee have no votes: both go at once, transferring nothing.
    data = ranked((4, [ANA]), (3, [BOB, ANA]), (2, [NE]), options=(ANA, BOB, CY, DEE, NE))
    result = count(data)
    assert table(result) == [
        ({ANA: 4, BOB: 3, CY: 0, DEE: 0, NE: 2}, 0, (CY, DEE)),
        ({ANA: 4, BOB: 3, NE: 2}, 0, (BOB,)),
        ({ANA: 7, NE: 2}, 0, ()),
    ]
    assert all(r.tied_for_last == () for r in result.rounds)
    assert result.winner == ANA


def test_zero_vote_batch_then_one_candidate_left_short_is_no_decision() -> None:
    data = ranked((5, [ANA]), (4, [NE]), options=(ANA, BOB, CY, NE), threshold="two_thirds")
    result = count(data)
    assert [r.eliminated for r in result.rounds] == [(BOB, CY), ()]
    assert result.outcome is Outcome.NO_DECISION


def test_when_every_candidate_has_no_votes_counting_stops() -> None:
    # Base present: 10 members, 6 needed; "No endorsement" has 3 and nobody else has any.
    data = ranked((3, [NE]), options=(ANA, BOB, NE), base="present", present=10)
    result = count(data)
    (only,) = result.rounds
    assert (only.counts, only.eliminated, only.base, only.needed) == (
        {ANA: 0, BOB: 0, NE: 3},
        (),
        10,
        6,
    )
    assert result.outcome is Outcome.NO_DECISION


def test_no_endorsement_is_never_eliminated() -> None:
    # "No endorsement" has the fewest, so Bob (fewest among candidates) goes instead.
    data = ranked((5, [ANA]), (4, [BOB, NE]), (1, [NE]), options=(ANA, BOB, NE))
    result = count(data)
    assert table(result) == [
        ({ANA: 5, BOB: 4, NE: 1}, 0, (BOB,)),
        ({ANA: 5, NE: 5}, 0, ()),
    ]
    assert result.outcome is Outcome.NO_DECISION  # one candidate left, still short


def test_no_endorsement_reaching_the_threshold() -> None:
    result = count(ranked((6, [NE]), (4, [ANA]), options=(ANA, BOB, NE)))
    assert (result.outcome, result.winner) == (Outcome.NO_ENDORSEMENT, None)


def test_one_candidate_short_of_the_threshold_is_no_decision() -> None:
    result = count(ranked((6, [ANA]), (4, [NE]), options=(ANA, NE), threshold="two_thirds"))
    assert len(result.rounds) == 1
    assert (result.rounds[0].needed, result.outcome) == (7, Outcome.NO_DECISION)


def test_tie_for_fewest_is_broken_by_the_most_recent_round_where_they_differ() -> None:
    # 14 ballots, 8 needed. Round 1: Ana 5, Bob 3, Cy 4, Dee 2. Dee goes: one ballot to Bob,
    # one to Ana. Round 2: Ana 6, Bob 4, Cy 4 — a tie; in round 1 Bob had fewer, so Bob goes.
    data = ranked(
        (5, [ANA]),
        (3, [BOB, CY]),
        (4, [CY]),
        (1, [DEE, BOB, CY]),
        (1, [DEE, ANA]),
        options=(ANA, BOB, CY, DEE),
    )
    result = count(data)
    assert table(result) == [
        ({ANA: 5, BOB: 3, CY: 4, DEE: 2}, 0, (DEE,)),
        ({ANA: 6, BOB: 4, CY: 4}, 0, (BOB,)),
        ({ANA: 6, CY: 8}, 0, ()),
    ]
    assert result.rounds[1].tied_for_last == ()  # settled by the earlier round, no lot
    assert result.winner == CY


FIVE = (ANA, BOB, CY, DEE, EVE)


def five_way(**kwargs: Any) -> dict[str, Any]:
    """22 ballots, 12 needed.

    Round 1: Ana 10, Bob 4, Cy 3, Dee 3, Eve 2 → Eve goes, one ballot each to Cy and Dee.
    Round 2: Ana 10, Bob 4, Cy 4, Dee 4 → round 1 narrows the tie to Cy and Dee (3 each);
    nothing earlier separates them, so a lot is needed. If the lot drops Dee, Dee's ballots
    exhaust; round 3: Ana 10, Bob 4, Cy 4 → round 2 had them equal, round 1 had Cy lower:
    Cy goes and her four ballots go to Ana, who wins with 14 in round 4.
    """
    return ranked(
        (10, [ANA]),
        (4, [BOB]),
        (3, [CY, ANA]),
        (3, [DEE]),
        (1, [EVE, CY, ANA]),
        (1, [EVE, DEE]),
        options=FIVE,
        **kwargs,
    )


def test_tie_nobody_can_break_needs_a_lot() -> None:
    result = count(five_way())
    assert (result.outcome, result.winner) == (Outcome.NEEDS_LOT, None)
    assert len(result.rounds) == 2
    assert result.rounds[1].counts == {ANA: 10, BOB: 4, CY: 4, DEE: 4}
    assert result.rounds[1].tied_for_last == (CY, DEE)  # Bob was cleared by round 1
    assert result.rounds[1].eliminated == ()
    assert result_to_json(result)["outcome"] == "needs_lot"


def test_recorded_lot_settles_the_tie_and_counting_goes_on() -> None:
    result = count(five_way(lots=[{"round": 2, "eliminated": DEE}]))
    assert table(result) == [
        ({ANA: 10, BOB: 4, CY: 3, DEE: 3, EVE: 2}, 0, (EVE,)),
        ({ANA: 10, BOB: 4, CY: 4, DEE: 4}, 0, (DEE,)),
        ({ANA: 10, BOB: 4, CY: 4}, 4, (CY,)),
        ({ANA: 14, BOB: 4}, 4, ()),
    ]
    assert [r.tied_for_last for r in result.rounds] == [(), (CY, DEE), (), ()]
    assert (result.outcome, result.winner) == (Outcome.ENDORSED, ANA)


def test_lot_naming_someone_outside_the_tie_is_an_error() -> None:
    message = refused(five_way(lots=[{"round": 2, "eliminated": BOB}]))
    assert message == (
        'lot for round 2 names "Bob Lee", who was not tied for fewest votes '
        '(tied: "Cy Young" and "Dee Okafor")'
    )


def test_lot_the_count_never_needed_is_an_error() -> None:
    message = refused(
        five_way(lots=[{"round": 2, "eliminated": DEE}, {"round": 1, "eliminated": EVE}])
    )
    assert message.startswith("lot for round 1 was not needed")


def test_lot_after_counting_stopped_is_an_error() -> None:
    message = refused(
        five_way(lots=[{"round": 2, "eliminated": DEE}, {"round": 7, "eliminated": BOB}])
    )
    assert message == "lot for round 7: counting stopped after round 4"


def test_two_candidates_tied_in_the_first_round_need_a_lot() -> None:
    data = ranked((5, [ANA]), (2, [BOB, ANA]), (2, [CY, NE]), (1, [NE]))
    result = count(data)
    assert (result.outcome, result.rounds[0].tied_for_last) == (Outcome.NEEDS_LOT, (BOB, CY))
    settled = count(
        ranked(
            (5, [ANA]),
            (2, [BOB, ANA]),
            (2, [CY, NE]),
            (1, [NE]),
            lots=[{"round": 1, "eliminated": CY}],
        )
    )
    assert settled.rounds[0].eliminated == (CY,)
    assert settled.rounds[1].counts == {ANA: 5, BOB: 2, NE: 3}
    assert settled.winner == ANA


def test_blank_ballots_are_exhausted_from_the_start_and_left_out_of_votes_cast() -> None:
    data = ranked(
        (4, [ANA]), (2, [BOB]), (1, []), (1, [[]]), (1, [[ANA, BOB], ANA]), options=(ANA, BOB)
    )
    (only,) = count(data).rounds
    assert (only.counts, only.exhausted, only.base, only.needed) == ({ANA: 4, BOB: 2}, 3, 6, 4)


def test_no_ballots_at_all_decides_nothing() -> None:
    result = count(ranked(options=(ANA, BOB, NE)))
    (only,) = result.rounds
    assert (only.counts, only.base, only.exhausted) == ({ANA: 0, BOB: 0, NE: 0}, 0, 0)
    assert result.outcome is Outcome.NO_DECISION


def test_present_and_eligible_bases_with_recused() -> None:
    data = ranked((7, [ANA]), (2, [BOB]), options=(ANA, BOB), base="present", present=14, recused=1)
    (only,) = count(data).rounds
    assert (only.base, only.needed) == (13, 7)
    eligible = count(
        ranked((7, [ANA]), (2, [BOB]), options=(ANA, BOB), base="eligible", eligible=16, recused=1)
    )
    assert (eligible.rounds[0].base, eligible.rounds[0].needed, eligible.winner) == (15, 8, None)


def test_more_ranked_ballots_than_members_is_an_error() -> None:
    data = ranked((11, [ANA]), options=(ANA, BOB), present=11, recused=1)
    assert refused(data) == "11 ballots but only 10 members can vote (11 present − 1 recused)"


def test_no_quorum_in_a_ranked_vote() -> None:
    result = count(ranked((6, [ANA]), options=(ANA, BOB), present=6, quorum=8))
    assert (result.outcome, result.winner) == (Outcome.NO_QUORUM, None)
    assert result.rounds[0].decision == ANA


@pytest.mark.parametrize(
    ("lots", "message"),
    [
        ([{"round": 1, "eliminated": NE}], 'lot 1: "No endorsement" is never eliminated'),
        ([{"round": 1, "eliminated": "Zed"}], 'lot 1: unknown option "Zed"'),
        ([{"round": 0, "eliminated": BOB}], 'lot 1: "round" must be a round number'),
        (
            [{"round": 1, "eliminated": BOB}, {"round": 1, "eliminated": CY}],
            "two lots are recorded for round 1",
        ),
    ],
)
def test_malformed_lots(lots: list[dict[str, Any]], message: str) -> None:
    assert message in refused(ranked((5, [ANA]), (2, [BOB, ANA]), (2, [CY, NE]), lots=lots))


def test_ranked_policy_key_is_accepted_and_has_no_effect() -> None:
    base = ranked((4, [ANA, BOB]), (3, [BOB, ANA]), (2, [CY, BOB]), options=(ANA, BOB, CY))
    assert count({**base, "policy": "top_two"}) == count(base)
