"""Vote records (SPEC §5): read and check them, write them back, and write count results.

A `VoteRecord` checks itself when it is built, so one that exists is well-formed: known
options, whole-number counts, no over-vote, a set-up that can be counted. Whether its rounds
fit together (R-6) and its lots match the count (R-7) is only known by counting, so
`parse_vote_record` counts the record once before returning it.

Interpretations (in addition to those in counting.py)
------------------------------------------------------
* Unknown keys are refused, at every level: a typo such as "quroum" would otherwise drop a
  rule without anyone noticing. Duplicate keys in one JSON object are refused for the same
  reason (JSON would keep only the last "Ana Núñez" count).
* An optional key given as null is treated as absent. "policy" defaults to keep_all and is
  accepted but has no effect in a ranked record.
* "rounds" belongs to choose-one records and "ballots"/"lots" to ranked ones; an empty list
  under the other method's key is accepted, a non-empty one is refused. A ranked record must
  have "ballots" (it may be empty: no ballots means base 0, no decision).
* Options: at least one candidate; names are non-empty, carry no line breaks or control
  characters and no leading/trailing spaces; two names that differ only in case, spacing or
  Unicode form are refused as look-alikes, and so is a look-alike of "No endorsement" that is
  not spelled exactly so (it would otherwise be counted as a candidate).
* Ballots: a rank is a name, or a list of names; a list of one name is that name, an empty
  list is a skipped rank, two or more names are an overvote. The same name twice within one
  rank is refused (no paper ballot can say that).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

from endorse_desktop.core.voting.counting import (
    NO_ENDORSEMENT,
    UNPRINTABLE_CATEGORIES,
    Base,
    CountResult,
    Policy,
    Threshold,
    VoteRecordError,
    count_vote,
    enum_value,
    is_whole_number,
    over_vote_problem,
    parse_threshold,
    quote_name,
    show_value,
    threshold_to_json,
    validate_setup,
)

__all__ = [
    "Ballot",
    "ChooseOneRound",
    "Lot",
    "Method",
    "VoteRecord",
    "VoteRecordError",
    "parse_vote_record",
    "recount_json_text",
    "result_to_json",
    "vote_record_to_json",
]

Method = Literal["choose_one", "ranked"]
METHODS: Final = ("choose_one", "ranked")
Rank = tuple[str, ...]  # one name; 2+ names = an overvote; empty = a skipped rank
Ballot = tuple[Rank, ...]

_RECORD_KEYS: Final = (
    "options",
    "method",
    "policy",
    "threshold",
    "base",
    "present",
    "eligible",
    "recused",
    "quorum",
    "rounds",
    "ballots",
    "lots",
)
_REQUIRED_KEYS: Final = ("options", "method", "threshold", "base")
_ROUND_KEYS: Final = ("counts", "abstain", "spoiled")
_LOT_KEYS: Final = ("round", "eliminated")


@dataclass(frozen=True)
class ChooseOneRound:
    """One physical choose-one round: votes per option still in, abstentions, spoiled."""

    counts: dict[str, int]
    abstain: int = 0
    spoiled: int = 0


@dataclass(frozen=True)
class Lot:
    """A lot drawn in the room: after ranked round `round`, `eliminated` left."""

    round: int
    eliminated: str


@dataclass(frozen=True, kw_only=True)
class VoteRecord:
    """A whole vote as SPEC §5 describes it. Building one checks it (VoteRecordError)."""

    options: tuple[str, ...]
    method: Method
    policy: Policy = Policy.KEEP_ALL
    threshold: Threshold
    base: Base
    present: int | None = None
    eligible: int | None = None
    recused: int = 0
    quorum: int | None = None
    rounds: tuple[ChooseOneRound, ...] = ()
    ballots: tuple[Ballot, ...] = ()
    lots: tuple[Lot, ...] = ()

    def __post_init__(self) -> None:
        # Lists become tuples and names become enums, so records built by hand and records
        # read from JSON compare equal; then the whole record is checked.
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        put("options", _as_tuple(self.options, '"options"'))
        _check_options(self.options)
        if self.method not in METHODS:
            raise VoteRecordError(
                f'"method" must be choose_one or ranked, not {show_value(self.method)}'
            )
        put("policy", enum_value(Policy, self.policy, '"policy"'))
        put("threshold", parse_threshold(self.threshold))
        put("base", enum_value(Base, self.base, '"base"'))
        validate_setup(
            method=self.method,
            base=self.base,
            present=self.present,
            eligible=self.eligible,
            recused=self.recused,
            quorum=self.quorum,
        )
        put("rounds", _checked_rounds(self))
        put("ballots", _checked_ballots(self))
        put("lots", _checked_lots(self))


# --------------------------------------------------------------------------------------
# Checks run when a VoteRecord is built


def _as_tuple(value: object, what: str) -> tuple[Any, ...]:
    if isinstance(value, list | tuple):
        return tuple(value)
    raise VoteRecordError(f"{what} must be a list, not {show_value(value)}")


def _look_alike_key(name: str) -> str:
    """Names that print the same on a ballot share this key."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


_NO_ENDORSEMENT_KEY: Final = _look_alike_key(NO_ENDORSEMENT)


def _check_options(options: tuple[Any, ...]) -> None:
    seen: dict[str, str] = {}
    for number, option in enumerate(options, start=1):
        if not isinstance(option, str):
            raise VoteRecordError(f"option {number} must be a name, not {show_value(option)}")
        if not option.strip():
            raise VoteRecordError(f"option {number} has an empty name")
        if option != option.strip():
            raise VoteRecordError(f"option {quote_name(option)} starts or ends with a space")
        if any(unicodedata.category(ch) in UNPRINTABLE_CATEGORIES for ch in option):
            raise VoteRecordError(
                f"option {quote_name(option)} contains a line break or control character"
            )
        key = _look_alike_key(option)
        if key in seen:
            twin = seen[key]
            raise VoteRecordError(
                f'{quote_name(option)} is listed twice in "options"'
                if twin == option
                else f"options {quote_name(twin)} and {quote_name(option)} look the same"
            )
        if key == _NO_ENDORSEMENT_KEY and option != NO_ENDORSEMENT:
            raise VoteRecordError(
                f"option {quote_name(option)} looks like {quote_name(NO_ENDORSEMENT)} "
                "but is spelled differently: write it exactly so"
            )
        seen[key] = option
    if all(option == NO_ENDORSEMENT for option in options):
        raise VoteRecordError(f'"options" must include a candidate besides "{NO_ENDORSEMENT}"')


def _unknown_option(where: str, name: object, options: Sequence[str]) -> VoteRecordError:
    if not isinstance(name, str):
        return VoteRecordError(f"{where}: an option must be a name, not {show_value(name)}")
    key = _look_alike_key(name)
    hint = next((o for o in options if _look_alike_key(o) == key), None)
    suffix = f" (did you mean {quote_name(hint)}?)" if hint else ""
    return VoteRecordError(f"{where}: unknown option {quote_name(name)}{suffix}")


def _checked_rounds(record: VoteRecord) -> tuple[ChooseOneRound, ...]:
    rounds = _as_tuple(record.rounds, '"rounds"')
    if record.method != "choose_one":
        if rounds:
            raise VoteRecordError(
                '"rounds" is for choose-one votes; a ranked vote records "ballots"'
            )
        return ()
    if not rounds:
        raise VoteRecordError('a choose-one vote needs at least one round in "rounds"')
    return tuple(_checked_round(n, r, record) for n, r in enumerate(rounds, start=1))


def _checked_round(number: int, ballot_round: object, record: VoteRecord) -> ChooseOneRound:
    if not isinstance(ballot_round, ChooseOneRound):
        raise VoteRecordError(f"round {number} must be a ChooseOneRound")
    counts: object = ballot_round.counts
    if not isinstance(counts, Mapping):
        raise VoteRecordError(
            f'round {number}: "counts" must map option names to votes, not {show_value(counts)}'
        )
    known = set(record.options)
    for option, votes in counts.items():
        if option not in known:
            raise _unknown_option(f"round {number}", option, record.options)
        if not is_whole_number(votes):
            raise VoteRecordError(
                f"round {number}: counts must be whole numbers ≥ 0: "
                f"{quote_name(option)} has {show_value(votes)}"
            )
    for key in ("abstain", "spoiled"):
        value = getattr(ballot_round, key)
        if not is_whole_number(value):
            raise VoteRecordError(
                f'round {number}: "{key}" must be a whole number ≥ 0, not {show_value(value)}'
            )
    votes_cast = sum(counts.values())
    problem = over_vote_problem(
        votes_cast + ballot_round.abstain + ballot_round.spoiled,
        present=record.present,
        eligible=record.eligible,
        recused=record.recused,
        detail=(
            f" ({show_value(votes_cast)} votes, {show_value(ballot_round.abstain)} abstain, "
            f"{show_value(ballot_round.spoiled)} spoiled)"
        ),
    )
    if problem:
        raise VoteRecordError(f"round {number}: {problem}")
    # A private copy in option order: stable output, and safe from the caller's dict.
    in_order = {option: counts[option] for option in record.options if option in counts}
    return replace(ballot_round, counts=in_order)


def _checked_ballots(record: VoteRecord) -> tuple[Ballot, ...]:
    ballots = _as_tuple(record.ballots, '"ballots"')
    if record.method != "ranked":
        if ballots:
            raise VoteRecordError(
                '"ballots" is for ranked votes; a choose-one vote records "rounds"'
            )
        return ()
    known = frozenset(record.options)
    checked = tuple(_checked_ballot(n, b, known, record) for n, b in enumerate(ballots, start=1))
    problem = over_vote_problem(
        len(checked), present=record.present, eligible=record.eligible, recused=record.recused
    )
    if problem:
        raise VoteRecordError(problem)
    return checked


def _checked_ballot(
    number: int, ballot: object, known: frozenset[str], record: VoteRecord
) -> Ballot:
    if not isinstance(ballot, list | tuple):
        raise VoteRecordError(f"ballot {number} must be a list of ranks, not {show_value(ballot)}")
    ranks = []
    for place, rank in enumerate(ballot, start=1):
        where = f"ballot {number}, rank {place}"
        names: tuple[Any, ...]
        if isinstance(rank, str):
            names = (rank,)
        elif isinstance(rank, list | tuple):
            names = tuple(rank)
        else:
            raise VoteRecordError(
                f"{where} must be a name or a list of names, not {show_value(rank)}"
            )
        for name in names:
            if not isinstance(name, str) or name not in known:
                raise _unknown_option(where, name, record.options)
        if len(set(names)) != len(names):
            raise VoteRecordError(f"{where} names the same option twice")
        ranks.append(names)
    return tuple(ranks)


def _checked_lots(record: VoteRecord) -> tuple[Lot, ...]:
    lots = _as_tuple(record.lots, '"lots"')
    if record.method != "ranked":
        if lots:
            raise VoteRecordError(
                '"lots" is for ranked votes; in a choose-one vote the next round shows '
                "who the lot dropped"
            )
        return ()
    rounds_seen: set[int] = set()
    for number, lot in enumerate(lots, start=1):
        if not isinstance(lot, Lot):
            raise VoteRecordError(f"lot {number} must be a Lot")
        if not is_whole_number(lot.round) or lot.round < 1:
            raise VoteRecordError(
                f'lot {number}: "round" must be a round number (1, 2, …), not '
                f"{show_value(lot.round)}"
            )
        if not isinstance(lot.eliminated, str) or lot.eliminated not in record.options:
            raise _unknown_option(f"lot {number}", lot.eliminated, record.options)
        if lot.eliminated == NO_ENDORSEMENT:
            raise VoteRecordError(f'lot {number}: "{NO_ENDORSEMENT}" is never eliminated')
        if lot.round in rounds_seen:
            raise VoteRecordError(f"two lots are recorded for round {show_value(lot.round)}")
        rounds_seen.add(lot.round)
    return lots


# --------------------------------------------------------------------------------------
# JSON in


def _present_keys(data: Mapping[str, Any], allowed: Sequence[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            expected = ", ".join(f'"{k}"' for k in allowed)
            raise VoteRecordError(f"{where}unknown key {show_value(key)} (expected {expected})")


def _optional(data: Mapping[str, Any], key: str, default: object) -> Any:
    value = data.get(key)
    return default if value is None else value


def _record_from_json(data: object) -> VoteRecord:
    """Build (and so check) a VoteRecord from its JSON form, without counting it."""
    if not isinstance(data, dict):
        raise VoteRecordError(f"a vote record must be a JSON object, not {show_value(data)}")
    _present_keys(data, _RECORD_KEYS, "")
    for key in _REQUIRED_KEYS:
        if key not in data:
            raise VoteRecordError(f'the vote record has no "{key}"')
    if data["method"] == "ranked" and data.get("ballots") is None:
        raise VoteRecordError('a ranked vote needs "ballots" (a list of ballots, maybe empty)')
    return VoteRecord(
        options=data["options"],
        method=data["method"],
        policy=_optional(data, "policy", Policy.KEEP_ALL),
        threshold=data["threshold"],
        base=data["base"],
        present=data.get("present"),
        eligible=data.get("eligible"),
        recused=_optional(data, "recused", 0),
        quorum=data.get("quorum"),
        rounds=tuple(
            _round_from_json(number, value)
            for number, value in enumerate(_as_tuple(_optional(data, "rounds", []), '"rounds"'), 1)
        ),
        ballots=_optional(data, "ballots", []),
        lots=tuple(
            _lot_from_json(number, value)
            for number, value in enumerate(_as_tuple(_optional(data, "lots", []), '"lots"'), 1)
        ),
    )


def _round_from_json(number: int, data: object) -> ChooseOneRound:
    if not isinstance(data, dict):
        raise VoteRecordError(
            f'round {number} must be an object with "counts", not {show_value(data)}'
        )
    _present_keys(data, _ROUND_KEYS, f"round {number}: ")
    if "counts" not in data:
        raise VoteRecordError(f'round {number} has no "counts"')
    return ChooseOneRound(
        counts=data["counts"],
        abstain=_optional(data, "abstain", 0),
        spoiled=_optional(data, "spoiled", 0),
    )


def _lot_from_json(number: int, data: object) -> Lot:
    if not isinstance(data, dict):
        raise VoteRecordError(
            f'lot {number} must be an object with "round" and "eliminated", not {show_value(data)}'
        )
    _present_keys(data, _LOT_KEYS, f"lot {number}: ")
    for key in _LOT_KEYS:
        if key not in data:
            raise VoteRecordError(f'lot {number} has no "{key}"')
    return Lot(round=data["round"], eliminated=data["eliminated"])


def parse_vote_record(data: object) -> VoteRecord:
    """A checked VoteRecord from decoded JSON (a dict); raises VoteRecordError.

    The record is counted once, so rounds that contradict each other and lots that do not
    match the count are refused here too, not only when it is counted later.
    """
    record = _record_from_json(data)
    count_vote(record)
    return record


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise VoteRecordError(f"the key {quote_name(key)} appears twice in one JSON object")
        result[key] = value
    return result


def load_vote_json(text: str) -> object:
    """Decode vote-record JSON text; any problem becomes a one-line VoteRecordError."""
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except VoteRecordError:
        raise
    except json.JSONDecodeError as error:
        raise VoteRecordError(
            f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except (ValueError, TypeError, RecursionError) as error:
        # ValueError: numbers too long to read; RecursionError: absurdly deep nesting.
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise VoteRecordError(f"not valid JSON: {reason.splitlines()[0]}") from None


def recount_json_text(text: str) -> dict[str, Any]:
    """Decode, check and count a vote record; the §5 result dict. VoteRecordError if bad."""
    record = _record_from_json(load_vote_json(text))
    return result_to_json(count_vote(record))


# --------------------------------------------------------------------------------------
# JSON out


def vote_record_to_json(record: VoteRecord) -> dict[str, Any]:
    """The §5 form of a record; `parse_vote_record(vote_record_to_json(r)) == r`."""
    data: dict[str, Any] = {"options": list(record.options), "method": record.method}
    if record.method == "choose_one" or record.policy is not Policy.KEEP_ALL:
        data["policy"] = record.policy.value  # ranked counting ignores it
    data["threshold"] = threshold_to_json(record.threshold)
    data["base"] = record.base.value
    for key in ("present", "eligible"):
        if getattr(record, key) is not None:
            data[key] = getattr(record, key)
    if record.recused:
        data["recused"] = record.recused
    if record.quorum is not None:
        data["quorum"] = record.quorum
    if record.method == "choose_one":
        data["rounds"] = [
            {"counts": dict(r.counts), "abstain": r.abstain, "spoiled": r.spoiled}
            for r in record.rounds
        ]
    else:
        data["ballots"] = [
            [rank[0] if len(rank) == 1 else list(rank) for rank in ballot]
            for ballot in record.ballots
        ]
        if record.lots:
            data["lots"] = [
                {"round": lot.round, "eliminated": lot.eliminated} for lot in record.lots
            ]
    return data


def result_to_json(result: CountResult) -> dict[str, Any]:
    """The §5 result form: outcome, winner and every round, counts in option order."""
    return {
        "outcome": result.outcome.value,
        "winner": result.winner,
        "rounds": [
            {
                "counts": dict(r.counts),
                "base": r.base,
                "needed": r.needed,
                "exhausted": r.exhausted,
                "eliminated": list(r.eliminated),
                "tied_for_last": list(r.tied_for_last),
            }
            for r in result.rounds
        ],
    }
