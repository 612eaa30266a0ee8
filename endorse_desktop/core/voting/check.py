"""`check`: recount every stored vote from its ballot events and compare with what was recorded.

Each finalized round was stored with its totals (`round_totals`), its abstentions and spoiled
ballots, and the count as announced (`result_json`). Replaying the journal must give the same
numbers; anything else means the file was changed behind the app's back (or the app has a bug),
and the facilitator needs to know which vote and which round, in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from endorse_desktop.core.store import Store
from endorse_desktop.core.store import votes as repo
from endorse_desktop.core.voting.counting import (
    count_vote,
)
from endorse_desktop.core.voting.record import result_to_json
from endorse_desktop.core.voting.rules import (
    VoteRecordError,
)
from endorse_desktop.core.voting.stored import (
    Vote,
    VoteError,
    VoteRound,
    load_vote,
    round_tally,
    vote_ids,
    vote_record,
)
from endorse_desktop.core.voting.tally import (
    RoundTally,
    TallyError,
)


def recount_problems(store: Store) -> list[str]:
    """One line per mismatch, e.g. "vote 3 round 2: Ana Núñez recorded 24, recount 23"."""
    problems: list[str] = []
    for vote_id in vote_ids(store):
        try:
            vote = load_vote(store, vote_id)
        except (VoteError, ValueError) as error:
            problems.append(f"vote {vote_id}: cannot be read ({error})")
            continue
        problems.extend(vote_problems(store, vote))
    return problems


def vote_problems(store: Store, vote: Vote) -> list[str]:
    problems: list[str] = []
    last_result: dict[str, Any] | None = None
    tallies: dict[int, RoundTally] = {}
    for vote_round in vote.rounds:
        if not vote_round.is_final:
            continue
        found, last_result = _round_problems(store, vote, vote_round, tallies)
        problems.extend(found)
    if last_result is not None and not problems:
        winner = vote.label_of(vote.winner_option_id) or None
        if (vote.outcome, winner) != (last_result["outcome"], last_result["winner"]):
            problems.append(
                f"vote {vote.id}: recorded outcome {_outcome(vote.outcome, winner)}, recount "
                f"{_outcome(last_result['outcome'], last_result['winner'])}"
            )
    return problems


def _outcome(outcome: str | None, winner: str | None) -> str:
    return f"{outcome} ({winner})" if winner else str(outcome)


def _round_problems(
    store: Store, vote: Vote, vote_round: VoteRound, tallies: dict[int, RoundTally]
) -> tuple[list[str], dict[str, Any] | None]:
    """Problems of one finalized round; `tallies` collects the rounds replayed so far."""
    where = f"vote {vote.id} round {vote_round.number}"
    try:
        tally = tallies[vote_round.id] = round_tally(store, vote, vote_round)
    except TallyError as error:
        return [f"{where}: the ballot events do not replay ({error})"], None
    problems = []
    recorded = repo.round_totals(store, vote_round.id)
    for option_id in sorted(set(recorded) | set(tally.votes)):
        if recorded.get(option_id) != tally.votes.get(option_id):
            problems.append(
                f"{where}: {vote.label_of(option_id)} recorded "
                f"{_number(recorded.get(option_id))}, recount {_number(tally.votes.get(option_id))}"
            )
    row = repo.round_row(store, vote_round.id)
    assert row is not None
    for column, recount in (
        ("abstain", tally.abstain),
        ("spoiled", tally.spoiled + tally.ranked_blank),
    ):
        if row[column] != recount:
            problems.append(f"{where}: {column} recorded {row[column]}, recount {recount}")
    try:
        record = vote_record(store, vote, vote_round.number, tallies=tallies)
        fresh = result_to_json(count_vote(record))
    except VoteRecordError as error:
        return [*problems, f"{where}: the ballots no longer make a valid count ({error})"], None
    stored = vote_round.result
    if stored != fresh:
        problems.append(f"{where}: {_difference(stored, fresh, vote)}")
    return problems, fresh


def _number(value: int | None) -> str:
    return "nothing" if value is None else str(value)


def _difference(stored: Mapping[str, Any] | None, fresh: Mapping[str, Any], vote: Vote) -> str:
    """The first thing that differs between the announced count and the recount, in words."""
    if stored is None:
        return "no recorded result"
    for key in ("outcome", "winner"):
        if stored.get(key) != fresh.get(key):
            return f"recorded {key} {stored.get(key)}, recount {fresh.get(key)}"
    old_rounds, new_rounds = stored.get("rounds") or [], fresh["rounds"]
    if len(old_rounds) != len(new_rounds):
        return f"recorded {len(old_rounds)} counting rounds, recount {len(new_rounds)}"
    for number, (old, new) in enumerate(zip(old_rounds, new_rounds, strict=True), start=1):
        prefix = f"counting round {number}: " if vote.is_ranked else ""
        old_counts, new_counts = old.get("counts") or {}, new["counts"]
        for label in list(dict.fromkeys([*old_counts, *new_counts])):
            if old_counts.get(label) != new_counts.get(label):
                return (
                    f"{prefix}{label} recorded {_number(old_counts.get(label))}, "
                    f"recount {_number(new_counts.get(label))}"
                )
        for key in ("base", "needed", "exhausted", "eliminated", "tied_for_last"):
            if old.get(key) != new[key]:
                return f"{prefix}{key} recorded {old.get(key)}, recount {new[key]}"
    return "the recorded result differs from the recount"
