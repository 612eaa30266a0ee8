"""Properties that must hold for every vote, checked on generated ones (hypothesis)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endorse_desktop.core.voting.counting import (
    count_vote,
    lot_drop_count,
    options_for_next_round,
)
from endorse_desktop.core.voting.record import (
    parse_vote_record,
    recount_json_text,
    vote_record_to_json,
)
from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    PRESETS,
    Base,
    ChooseOneRound,
    Comparison,
    Lot,
    Outcome,
    Policy,
    Threshold,
    VoteRecord,
    VoteRecordError,
    needed,
)

NE = NO_ENDORSEMENT
CANDIDATES = ("Ana Núñez", "Bob Lee", "Cy Young", "Dee Okafor", "Eve Ng", "Nguyễn Thị Minh")
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ABSTAIN, SPOILED = object(), object()


@st.composite
def thresholds(draw: st.DrawFn) -> Threshold:
    """Any rule the spec allows: a preset, or p/q that is not weaker than more than half."""
    if draw(st.booleans()):
        return draw(st.sampled_from(list(PRESETS.values())))
    q = draw(st.integers(1, 40))
    p = draw(st.integers(q // 2, q))
    fraction = Fraction(p, q)
    if fraction == 1:
        comparison = Comparison.AT_LEAST
    elif fraction == Fraction(1, 2):
        comparison = Comparison.MORE_THAN
    elif fraction < Fraction(1, 2):
        fraction, comparison = 1 - fraction, Comparison.AT_LEAST
    else:
        comparison = draw(st.sampled_from(Comparison))
    return Threshold(fraction, comparison)


def meets(votes: int, base: int, rule: Threshold) -> bool:
    """R-1 straight from its words, on exact fractions."""
    share = base * rule.fraction
    return votes >= share if rule.comparison is Comparison.AT_LEAST else votes > share


# ------------------------------------------------------------------ needed


@FAST
@given(base=st.integers(0, 10**15) | st.integers(0, 200), rule=thresholds())
def test_needed_is_the_smallest_whole_number_meeting_the_rule(base: int, rule: Threshold) -> None:
    n = needed(base, rule)
    assert meets(n, base, rule)
    assert n == 0 or not meets(n - 1, base, rule)


@FAST
@given(base=st.integers(0, 10**6), rule=thresholds())
def test_needed_is_between_one_and_the_base(base: int, rule: Threshold) -> None:
    n = needed(base, rule)
    assert n <= base + 1
    if base >= 1:
        # Refusing rules like "more than 1/1" means a full base can always meet the rule.
        assert 1 <= n <= base
        # ...and, being stronger than half, two options can never both reach it.
        assert 2 * n > base


# ------------------------------------------------------------------ generated votes


def option_list(draw: st.DrawFn) -> tuple[str, ...]:
    candidates = CANDIDATES[: draw(st.integers(1, 5))]
    return (*candidates, NE) if draw(st.booleans()) else candidates


@st.composite
def members(draw: st.DrawFn, ballots_up_to: int) -> dict[str, Any]:
    """present / eligible / recused / quorum with room for `ballots_up_to` ballots."""
    setup: dict[str, Any] = {"recused": draw(st.integers(0, 3))}
    for key in ("present", "eligible"):
        if draw(st.booleans()):
            setup[key] = ballots_up_to + setup["recused"] + draw(st.integers(0, 5))
    if "present" in setup and draw(st.booleans()):
        setup["quorum"] = draw(st.integers(0, setup["present"] + 2))
    if "present" not in setup and "eligible" not in setup:
        setup["recused"] = 0
    return setup


def usable_base(draw: st.DrawFn, setup: dict[str, Any], ranked: bool) -> Base:
    bases = [Base.VOTES_CAST]
    bases += [Base.CONTINUING] if ranked else []
    bases += [Base.PRESENT] if "present" in setup else []
    bases += [Base.ELIGIBLE] if "eligible" in setup else []
    return draw(st.sampled_from(bases))


@st.composite
def choose_one_records(draw: st.DrawFn, room_to_spare: int = 0) -> VoteRecord:
    """A valid choose-one record, round by round, as the live tally screen would build it:
    each next round from options_for_next_round, less the lot's losers after a tie."""
    options = option_list(draw)
    most = draw(st.integers(0, 30))
    setup = draw(members(most + room_to_spare))
    record = VoteRecord(
        options=options,
        method="choose_one",
        policy=draw(st.sampled_from(Policy)),
        threshold=draw(thresholds()),
        base=usable_base(draw, setup, ranked=False),
        rounds=(ChooseOneRound(dict.fromkeys(options, 0)),),
        **setup,
    )
    in_vote: list[str] = list(options)
    rounds: list[ChooseOneRound] = []
    for _ in range(draw(st.integers(1, 4))):
        marks = draw(st.lists(st.sampled_from([*in_vote, ABSTAIN, SPOILED]), max_size=most))
        tally = Counter(marks)
        counts = {option: tally[option] for option in in_vote}
        rounds.append(ChooseOneRound(counts, abstain=tally[ABSTAIN], spoiled=tally[SPOILED]))
        record = replace(record, rounds=tuple(rounds))
        last = count_vote(record).rounds[-1]
        upcoming = options_for_next_round(in_vote, last, record.policy)
        if upcoming is None:
            break
        drops = lot_drop_count(last, record.policy)
        losers = draw(st.permutations(last.tied_for_last))[:drops]
        in_vote = [option for option in upcoming if option not in losers]
    return record


@st.composite
def ballots(draw: st.DrawFn, options: Sequence[str]) -> list[Any]:
    name = st.sampled_from(options)
    kinds = [name, name, name, st.just([]), st.lists(name, min_size=1, max_size=1)]
    if len(options) > 1:
        kinds.append(st.lists(name, min_size=2, max_size=3, unique=True))  # an overvote
    rank = st.one_of(kinds)
    return draw(st.lists(rank, max_size=len(options) + 1))


@st.composite
def ranked_records(draw: st.DrawFn, room_to_spare: int = 0, with_lots: bool = True) -> VoteRecord:
    """A valid ranked record; every lot the count asks for is drawn and recorded."""
    options = option_list(draw)
    papers = draw(st.lists(ballots(options), max_size=40))
    setup = draw(members(len(papers) + room_to_spare))
    record = VoteRecord(
        options=options,
        method="ranked",
        threshold=draw(thresholds()),
        base=usable_base(draw, setup, ranked=True),
        ballots=tuple(papers),
        **setup,
    )
    lots: list[Lot] = []
    while with_lots:
        result = count_vote(record)
        if not result.rounds[-1].tied_for_last or result.rounds[-1].eliminated:
            break
        loser = draw(st.sampled_from(result.rounds[-1].tied_for_last))
        lots.append(Lot(len(result.rounds), loser))
        record = replace(record, lots=tuple(lots))
    return record


# ------------------------------------------------------------------ ranked invariants


def reference_round(record: VoteRecord, continuing: set[str]) -> tuple[dict[str, int], int]:
    """Recount one round from scratch, ballot by ballot, straight from R-7's wording."""
    counts = dict.fromkeys((o for o in record.options if o in continuing), 0)
    exhausted = 0
    for ballot in record.ballots:
        seen: set[str] = set()
        choice = None
        for rank in ballot:
            fresh = [option for option in rank if option not in seen]
            seen.update(rank)
            if len(fresh) > 1:
                break  # an overvote: exhausted here
            if fresh and fresh[0] in continuing:
                choice = fresh[0]
                break
        if choice is None:
            exhausted += 1
        else:
            counts[choice] += 1
    return counts, exhausted


@FAST
@given(record=ranked_records())
def test_every_ranked_round_matches_a_recount_from_scratch(record: VoteRecord) -> None:
    result = count_vote(record)
    continuing = set(record.options)
    for number, one in enumerate(result.rounds, start=1):
        assert sum(one.counts.values()) + one.exhausted == len(record.ballots)
        assert (one.counts, one.exhausted) == reference_round(record, continuing)
        assert NE not in one.eliminated
        if number > 1 and record.base is Base.VOTES_CAST:
            assert one.base == result.rounds[0].base
        if record.base is Base.CONTINUING:
            assert one.base == sum(one.counts.values())
        continuing -= set(one.eliminated)


@FAST
@given(record=ranked_records())
def test_ranked_eliminations_follow_the_rules(record: VoteRecord) -> None:
    result = count_vote(record)
    *earlier, last = result.rounds
    for number, one in enumerate(earlier, start=1):
        assert one.decision is None
        candidates = {o: v for o, v in one.counts.items() if o != NE}
        zero = [o for o, v in candidates.items() if v == 0]
        if zero:
            assert list(one.eliminated) == zero and len(zero) < len(candidates)
        else:
            (loser,) = one.eliminated
            assert candidates[loser] == min(candidates.values())
            if one.tied_for_last:
                assert loser in one.tied_for_last
                assert Lot(number, loser) in record.lots
    if result.outcome is Outcome.ENDORSED:
        assert last.counts[result.winner] >= last.needed  # type: ignore[index]
    if result.outcome is Outcome.NEEDS_LOT:
        assert len(last.tied_for_last) >= 2 and last.eliminated == ()


@FAST
@given(record=ranked_records(room_to_spare=1, with_lots=False))
def test_one_more_ballot_for_the_ranked_winner_keeps_the_winner(record: VoteRecord) -> None:
    result = count_vote(record)
    if result.outcome is not Outcome.ENDORSED:
        return
    assert result.winner is not None
    more = replace(record, ballots=(*record.ballots, ((result.winner,),)))
    again = count_vote(more)
    assert (again.outcome, again.winner) == (Outcome.ENDORSED, result.winner)


# ------------------------------------------------------------------ choose-one invariants


@FAST
@given(record=choose_one_records())
def test_choose_one_rounds_built_by_the_live_helpers_always_count(record: VoteRecord) -> None:
    result = count_vote(record)
    assert len(result.rounds) == len(record.rounds)
    for one, ballot_round in zip(result.rounds, record.rounds, strict=True):
        assert one.counts == ballot_round.counts
        assert one.exhausted == 0
        assert NE not in one.eliminated
    if result.outcome in (Outcome.ENDORSED, Outcome.NO_ENDORSEMENT):
        assert result.rounds[-1].decision is not None


@FAST
@given(record=choose_one_records(room_to_spare=1))
def test_one_more_vote_for_the_choose_one_winner_keeps_the_winner(record: VoteRecord) -> None:
    result = count_vote(record)
    if result.outcome is not Outcome.ENDORSED:
        return
    winner = result.winner
    assert winner is not None
    last = record.rounds[-1]
    counts = {**last.counts, winner: last.counts[winner] + 1}
    more = replace(record, rounds=(*record.rounds[:-1], replace(last, counts=counts)))
    again = count_vote(more)
    assert (again.outcome, again.winner) == (Outcome.ENDORSED, winner)


# ------------------------------------------------------------------ JSON


@FAST
@given(record=st.one_of(choose_one_records(), ranked_records()))
def test_vote_records_round_trip_through_json(record: VoteRecord) -> None:
    data = vote_record_to_json(record)
    assert parse_vote_record(data) == record
    assert parse_vote_record(json.loads(json.dumps(data))) == record


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 60),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=6),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)
SANE_NAMES = st.sampled_from(["Ana", "Bob", "Cy", NE])
ODD_NAMES = st.sampled_from(["Zed", "ana", " Bob", "", "no endorsement", "Bob\n"])


def sometimes_junk(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly `strategy`; one time in ten, any JSON value at all."""
    # Hypothesis favours the ends of a range, so the odd one out is taken from its middle.
    return st.integers(0, 9).flatmap(lambda n: json_values if n == 5 else strategy)


def rarely(strategy: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> Any:
    """Mostly `strategy`; one time in ten, `odd`."""
    return st.integers(0, 9).flatmap(lambda n: odd if n == 5 else strategy)


@st.composite
def near_records(draw: st.DrawFn) -> dict[str, Any]:
    """Vote-record-shaped JSON: often countable, often wrong in one or two places."""
    options = draw(
        sometimes_junk(st.lists(rarely(SANE_NAMES, ODD_NAMES), min_size=1, max_size=4, unique=True))
    )
    usable = [o for o in options if isinstance(o, str)] if isinstance(options, list) else []
    names = rarely(st.sampled_from(usable), ODD_NAMES) if usable else SANE_NAMES
    count = sometimes_junk(st.integers(-1, 12))
    whole = sometimes_junk(st.integers(-1, 40))
    method = draw(sometimes_junk(st.sampled_from(["choose_one", "ranked"])))
    thresholds_json = [*PRESETS, {"fraction": "3/5", "comparison": "more_than"}]
    odd_thresholds = [{"fraction": "1/2", "comparison": "at_least"}, {"fraction": "7/0"}]
    data: dict[str, Any] = {
        "options": options,
        "method": method,
        "threshold": draw(
            sometimes_junk(
                rarely(st.sampled_from(thresholds_json), st.sampled_from(odd_thresholds))
            )
        ),
        "base": draw(sometimes_junk(st.sampled_from([b.value for b in Base]))),
    }
    rounds = st.lists(
        st.fixed_dictionaries(
            {"counts": rarely(st.fixed_dictionaries(dict.fromkeys(usable, count)), json_values)},
            optional={"abstain": count, "spoiled": count},
        ),
        min_size=1,
        max_size=3,
    )
    ballots = st.lists(st.lists(names | st.lists(names, max_size=3), max_size=4), max_size=12)
    lots = st.lists(
        st.fixed_dictionaries({"round": sometimes_junk(st.integers(0, 4)), "eliminated": names}),
        max_size=2,
    )
    optional = {
        "policy": sometimes_junk(st.sampled_from([p.value for p in Policy])),
        "present": whole,
        "eligible": whole,
        "recused": sometimes_junk(st.integers(-1, 4)),
        "quorum": whole,
        "rounds": rarely(rounds if method == "choose_one" else st.just([]), rounds),
        "ballots": rarely(ballots if method == "ranked" else st.just([]), ballots),
        "lots": rarely(lots if method == "ranked" else st.just([]), lots),
    }
    for key, strategy in optional.items():
        if key in ("rounds", "ballots") or draw(st.integers(0, 3)) == 2:
            data[key] = draw(sometimes_junk(strategy))
    return data


def json_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a JSON value, the value itself first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += json_paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += json_paths(inner, (*prefix, index))
    return found


def damage(data: Any, draw: st.DrawFn) -> Any:
    """`data` (a JSON object) with one place inside replaced, nudged by one, or removed."""
    # The record as a whole is replaced elsewhere (arbitrary JSON); here, only its insides.
    path = draw(st.sampled_from(json_paths(data)[1:]))
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    old = parent[path[-1]]
    choices = [json_values, st.just("remove")]
    if isinstance(old, int) and not isinstance(old, bool):
        choices += [st.sampled_from([old - 1, old + 1, -old])] * 2
    new = draw(st.one_of(choices))
    if new == "remove":
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return data


def recount_or_clear_error(text: str) -> None:
    try:
        result = recount_json_text(text)
    except VoteRecordError as error:
        message = str(error)
        assert message and len(message.splitlines()) == 1
        return
    assert result["outcome"] in {o.value for o in Outcome}
    assert json.loads(json.dumps(result)) == result


@FAST
@given(data=st.one_of(near_records(), json_values))
def test_recount_of_any_json_gives_a_result_or_a_vote_record_error(data: Any) -> None:
    recount_or_clear_error(json.dumps(data))


@FAST
@given(text=st.text(max_size=60) | st.binary(max_size=40).map(lambda b: b.decode("latin-1")))
def test_recount_of_any_text_gives_a_result_or_a_vote_record_error(text: str) -> None:
    recount_or_clear_error(text)


@FAST
@given(record=st.one_of(choose_one_records(), ranked_records()), data=st.data())
def test_recount_of_a_damaged_valid_record_never_crashes(record: VoteRecord, data: Any) -> None:
    as_json = vote_record_to_json(record)
    for _ in range(data.draw(st.integers(1, 3))):
        as_json = damage(as_json, data.draw)
    recount_or_clear_error(json.dumps(as_json))
