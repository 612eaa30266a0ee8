"""Sample meetings and votes, counted the way a facilitator would count them.

Small: one past endorsement meeting (31 of the 40 members checked in, one recused from the mayor's
race) with three votes, each recorded ballot by ballot (a couple of slips taken back, as in any
real count):

* Mayor, paper ballots, choose one, two-thirds of votes cast, repeated ballots drop the last:
  round 1 decides nothing and Carmen Diaz-Whitfield leaves; round 2 endorses Ana Núñez;
* City Council, ranked ballots counted by instant runoff under a majority of continuing ballots
  (the vote overrides the group's rule): Marcus Okafor wins in the third counting round and
  is endorsed on a condition;
* State House, a show of hands: "No endorsement" reaches two-thirds.

Large (SPEC §7): 40 meetings, 60 votes and exactly 100,000 ballot events, written in bulk inside
one transaction, then finalized through the same service the app uses, so `check` passes. The
latest meeting is the endorsement night, with a deciding vote on each of the 20 races.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction

from endorse_desktop.core.demo.context import DemoContext
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.lifecycle import (
    EndorsementChoice,
    close_vote,
    create_vote,
    default_rule,
    finalize_round,
    next_round_plan,
    open_next_round,
    preview,
    record_runoff_lot,
    recuse,
)
from endorse_desktop.core.voting.rules import (
    Base,
    Comparison,
    Outcome,
    Policy,
    Threshold,
)
from endorse_desktop.core.voting.stored import (
    Method,
    Vote,
    load_vote,
)
from endorse_desktop.core.voting.tally import (
    EventKind,
    TallyKind,
    ranking_to_json,
)

from ..meetings import Meeting, add_meeting, check_in
from ..store import Store

LARGE_EVENTS = 100_000
LARGE_MEETINGS = 40
LARGE_VOTES = 60


def build(context: DemoContext) -> None:
    if context.large:
        _build_large(context)
    else:
        _build_small(context)


# ----- small -----------------------------------------------------------------------------------
def _ids(store: Store, sql: str, *params: object) -> list[int]:
    return [int(value) for value in store.column(sql, params)]


def _build_small(context: DemoContext) -> None:
    store = context.store
    with store.transaction():
        meeting = add_meeting(
            store,
            Meeting(
                context.calendar.meeting_day.isoformat(),
                place="Riverton Public Library, Community Room",
                title="Endorsement meeting",
                notes="Candidates spoke for three minutes each, then took questions.",
            ),
        )
        assert meeting.id is not None
        members = _ids(store, "SELECT id FROM members WHERE eligible = 1 ORDER BY id")
        for member_id in members[:31]:
            check_in(store, meeting.id, member_id)
        races = {
            office: race_id
            for race_id, office in store.rows("SELECT id, office FROM races ORDER BY id")
        }
        _mayor(context, meeting.id, races["Mayor"], members[0])
        _council(context, meeting.id, races["City Council"])
        _state_house(context, meeting.id, races["State House"])
    context.facts["meetings"] = 1
    context.facts["votes"] = 3
    context.facts["ballot events"] = int(store.scalar("SELECT count(*) FROM ballot_events"))


def _keys_in_order(counts: dict[int, int], rng: random.Random) -> list[int]:
    keys = [key for key, n in counts.items() for _ in range(n)]
    rng.shuffle(keys)
    return keys


def _mayor(context: DemoContext, meeting_id: int, race_id: int, recused_member: int) -> None:
    store, rng = context.store, context.rng
    vote = create_vote(store, meeting_id, race_id, Method.PAPER_CHOOSE_ONE)
    recuse(store, vote.id, recused_member, "Works on Ana Núñez's campaign staff")
    desk = BallotDesk(store, vote.id)
    # keys: 1 Ana, 2 Bob, 3 Carmen, 4 No endorsement, 0 blank
    for index, key in enumerate(_keys_in_order({1: 17, 2: 8, 3: 3, 4: 1, 0: 1}, rng)):
        if index == 11:  # a ballot read too fast, taken back with Backspace
            desk.record_key(2)
            desk.take_back_last()
        desk.record_key(key)
    finalize_round(store, vote.id, backup=False)
    open_next_round(store, vote.id)
    desk.reload()
    for key in _keys_in_order({1: 21, 2: 7, 4: 1, 0: 1}, rng):
        desk.record_key(key)
    finalize_round(store, vote.id, backup=False)


def _council(context: DemoContext, meeting_id: int, race_id: int) -> None:
    store, rng = context.store, context.rng
    rule = default_rule(store)
    rule = type(rule)(
        threshold=Threshold(Fraction(1, 2), Comparison.MORE_THAN),
        base=Base.CONTINUING,
        quorum=rule.quorum,
        policy=rule.policy,
        no_endorsement_option=rule.no_endorsement_option,
    )
    vote = create_vote(store, meeting_id, race_id, Method.PAPER_RANKED, rule)
    ids = {option.key: option.id for option in vote.options}
    marcus, priya, tom, dolores, none = (ids[key] for key in (1, 2, 3, 4, 5))
    ballots: list[tuple[tuple[int, ...], ...]] = []

    def add(count: int, *ranks: Sequence[int]) -> None:
        ballots.extend([tuple(tuple(rank) for rank in ranks)] * count)

    add(9, [marcus], [dolores], [priya])
    add(3, [marcus])
    add(7, [priya], [marcus])
    add(2, [priya], [tom], [], [dolores])  # a skipped rank
    add(3, [dolores], [marcus], [priya])
    add(1, [dolores], [priya])
    add(1, [dolores], [marcus, priya])  # two marks in one column: an overvote at rank 2
    add(2, [tom], [dolores], [marcus])
    add(1, [none])
    add(1, [])  # a blank ballot
    rng.shuffle(ballots)
    desk = BallotDesk(store, vote.id)
    for ranking in ballots:
        desk.record_ranked(ranking)
    finalize_round(
        store,
        vote.id,
        endorsement=EndorsementChoice(
            "conditional", "He signs the tenant-protection pledge before May 1."
        ),
        backup=False,
    )


def _state_house(context: DemoContext, meeting_id: int, race_id: int) -> None:
    store = context.store
    vote = create_vote(store, meeting_id, race_id, Method.HAND_COUNT)
    desk = BallotDesk(store, vote.id)
    for option in vote.options:
        desk.set_count(TallyKind.OPTION, option.id, {1: 6, 2: 3, 3: 21}[option.key])
    desk.set_count(TallyKind.ABSTAIN, None, 1)
    finalize_round(store, vote.id, backup=False)


# ----- large -----------------------------------------------------------------------------------
def _build_large(context: DemoContext) -> None:
    store, rng = context.store, context.rng
    members = _ids(store, "SELECT id FROM members WHERE eligible = 1 ORDER BY id")
    races = _ids(store, "SELECT id FROM races ORDER BY position, id")
    schedule = _large_schedule(len(races))
    plan = _large_plan(len(races))
    plan = [plan[number] for votes in schedule for number in votes]  # in the order held
    events_left = LARGE_EVENTS
    with store.transaction():
        vote_number = 0
        for index, numbers in enumerate(schedule):
            # weekly, the endorsement night last
            held_on = context.calendar.weeks_before_meeting(len(schedule) - 1 - index)
            meeting = add_meeting(
                store,
                Meeting(held_on.isoformat(), place="Union Hall", title=f"Meeting {index + 1}"),
            )
            assert meeting.id is not None
            present = rng.sample(members, min(len(members), 2400 + rng.randrange(400)))
            store.conn.executemany(
                "INSERT INTO attendance (meeting_id, member_id, checked_in_at) VALUES (?, ?, ?)",
                [
                    (meeting.id, member_id, f"{meeting.held_on}T18:30:00.000+00:00")
                    for member_id in present
                ],
            )
            for number in numbers:
                method, kind = plan[vote_number]
                votes_to_go = LARGE_VOTES - vote_number
                budget = (
                    events_left
                    if votes_to_go == 1
                    else _budget(events_left, votes_to_go, plan, vote_number)
                )
                used = _large_vote(
                    context,
                    meeting.id,
                    races[number % len(races)],
                    method,
                    kind,
                    budget,
                    len(present),
                )
                events_left -= used
                vote_number += 1
    context.facts["meetings"] = len(schedule)
    context.facts["votes"] = vote_number
    context.facts["ballot events"] = int(store.scalar("SELECT count(*) FROM ballot_events"))


def _large_schedule(races: int) -> list[list[int]]:
    """Which votes of the plan each meeting holds, oldest meeting first.

    The latest meeting is the endorsement night: one deciding vote per race, so its minutes are
    the 20-vote meeting summary of SPEC P-4. The earlier meetings hold the other votes, one each
    (the first one two).
    """
    deciding = list(range(races))
    others = list(range(races, LARGE_VOTES))
    return [others[:2], *([number] for number in others[2:]), deciding]


def _large_plan(races: int) -> list[tuple[Method, str]]:
    """Method and intended outcome of each vote: each race gets one endorsement at most."""
    plan = []
    for number in range(LARGE_VOTES):
        if number % 10 == 9:
            method = Method.HAND_COUNT
        elif number % 4 == 3:
            method = Method.PAPER_RANKED
        else:
            method = Method.PAPER_CHOOSE_ONE
        kind = "decide" if number < races else ("undecided" if number < 2 * races else "none")
        plan.append((method, kind))
    return plan


def _budget(events_left: int, votes_to_go: int, plan: list[tuple[Method, str]], number: int) -> int:
    hand_counts_later = sum(1 for method, _ in plan[number + 1 :] if method is Method.HAND_COUNT)
    paper_to_go = sum(1 for method, _ in plan[number:] if method is not Method.HAND_COUNT)
    if plan[number][0] is Method.HAND_COUNT:
        return 0
    return (events_left - hand_counts_later * 9) // max(paper_to_go, 1)


def _weights(options: int, kind: str, rng: random.Random) -> list[float]:
    """Shares for each option (the last one is "No endorsement")."""
    if kind == "none":
        return [1.0] * (options - 1) + [3.0 * options]
    shares = [rng.uniform(0.5, 1.5) for _ in range(options)]
    shares[-1] = 0.4
    if kind == "decide":
        shares[0] = sum(shares[1:]) * 2.6  # about 72 %: over two-thirds
    return shares


def _large_vote(  # noqa: PLR0917 - one call site, in the order the plan lists them
    context: DemoContext,
    meeting_id: int,
    race_id: int,
    method: Method,
    kind: str,
    budget: int,
    present: int,
) -> int:
    store, rng = context.store, context.rng
    rule = default_rule(store)
    if kind == "undecided":
        rule = type(rule)(rule.threshold, rule.base, rule.quorum, Policy.KEEP_ALL, True)
    vote = create_vote(store, meeting_id, race_id, method, rule)
    used = 0
    if method is Method.HAND_COUNT:
        desk = BallotDesk(store, vote.id)
        weights = _weights(len(vote.options), kind, rng)
        hands = rng.choices([o.id for o in vote.options], weights, k=present - 20)
        for option in vote.options:
            desk.set_count(TallyKind.OPTION, option.id, hands.count(option.id))
        desk.set_count(TallyKind.ABSTAIN, None, 12)
        desk.set_count(TallyKind.SPOILED, None, 3)
        used = len(vote.options) + 2
        _finish(store, vote.id)
        return used
    if method is Method.PAPER_RANKED:
        count = min(budget, present)
        _bulk_ranked(store, vote, count, _weights(len(vote.options), kind, rng), rng)
        _finish(store, vote.id)
        return count
    rounds = 2 if kind == "decide" else 1
    for number in range(rounds):
        vote = load_vote(store, vote.id)
        share = budget // rounds if number < rounds - 1 else budget - used
        used += _bulk_choose_one(
            store, vote, min(share, present), kind=kind, number=number, rng=rng
        )
        result = finalize_round(store, vote.id, backup=False)
        if result.vote_closed or number == rounds - 1:
            break
        _, tied, drops = next_round_plan(store, load_vote(store, vote.id))
        open_next_round(store, vote.id, tied[:drops])
    if not load_vote(store, vote.id).is_closed:
        close_vote(store, vote.id)
    return used


def _bulk_choose_one(
    store: Store, vote: Vote, events: int, *, kind: str, number: int, rng: random.Random
) -> int:
    """Write a round's ballots in one go: about 1 % read wrongly and taken back."""
    current = vote.current_round
    options = list(current.option_ids)
    weights = _weights(len(vote.options), kind, rng)
    by_id = {option.id: weights[option.key - 1] for option in vote.options}
    if kind == "decide" and number == 0:
        by_id[options[0]] *= 0.55  # the leader falls short in round 1
    mistakes = events // 100
    ballots = rng.choices(
        [*options, None], [by_id[o] for o in options] + [0.05], k=events - 2 * mistakes
    )
    first_id = int(store.scalar("SELECT coalesce(max(id), 0) FROM ballot_events")) + 1
    stamp = "2025-01-01T19:00:00.000+00:00"
    rows: list[tuple[object, ...]] = []
    next_id = first_id
    for index, option in enumerate(ballots):
        rows.append((next_id, current.id, EventKind.BALLOT.value, option, None, None, stamp))
        next_id += 1
        if index < mistakes:
            rows.append(
                (next_id, current.id, EventKind.BALLOT.value, options[-1], None, None, stamp)
            )
            rows.append((next_id + 1, current.id, EventKind.UNDO.value, None, None, next_id, stamp))
            next_id += 2
    store.conn.executemany(
        "INSERT INTO ballot_events (id, round_id, kind, option_id, ranking, undoes, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def _bulk_ranked(
    store: Store, vote: Vote, count: int, weights: list[float], rng: random.Random
) -> None:
    current = vote.current_round
    ids = [option.id for option in vote.options]
    rows = []
    stamp = "2025-01-01T19:00:00.000+00:00"
    for _ in range(count):
        order: list[int] = []
        pool, pool_weights = list(ids), list(weights)
        for _ in range(rng.randint(1, len(ids))):
            pick = rng.choices(range(len(pool)), pool_weights)[0]
            order.append(pool.pop(pick))
            pool_weights.pop(pick)
        ranking = [[option] for option in order]
        if rng.random() < 0.01 and len(ranking) > 2:
            ranking[1] = ranking[1] + ranking[2]  # an overvote at rank 2
            del ranking[2]
        rows.append(
            (current.id, EventKind.RANKED.value, ranking_to_json(tuple(map(tuple, ranking))), stamp)
        )
    store.conn.executemany(
        "INSERT INTO ballot_events (round_id, kind, ranking, created_at) VALUES (?, ?, ?, ?)", rows
    )


def _finish(store: Store, vote_id: int) -> None:
    """Finalize, settling any tie for fewest votes in a ranked count by a lot, as the room would."""
    vote = load_vote(store, vote_id)
    while vote.is_ranked:
        result = preview(store, vote)
        if result.outcome is not Outcome.NEEDS_LOT:
            break
        last = result.rounds[-1]
        vote = record_runoff_lot(store, vote_id, len(result.rounds), last.tied_for_last[0])
    finalize_round(store, vote_id, backup=False)
    vote = load_vote(store, vote_id)
    if not vote.is_closed:
        close_vote(store, vote_id)
