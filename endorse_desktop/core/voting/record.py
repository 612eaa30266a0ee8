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
from collections.abc import Mapping, Sequence
from typing import Any, Final

from endorse_desktop.core.voting.counting import CountResult, count_vote
from endorse_desktop.core.voting.rules import (
    Ballot,
    ChooseOneRound,
    Lot,
    Method,
    Policy,
    VoteRecord,
    VoteRecordError,
    _as_tuple,
    quote_name,
    show_value,
    threshold_to_json,
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


def _present_keys(data: Mapping[str, Any], allowed: Sequence[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            expected = ", ".join(f'"{k}"' for k in allowed)
            raise VoteRecordError(
                f"{where}unknown key {show_value(key)} (expected {expected})",
                es=f"{where}clave desconocida {show_value(key)} (se esperaba {expected})",
            )


def _optional(data: Mapping[str, Any], key: str, default: object) -> Any:
    value = data.get(key)
    return default if value is None else value


def _record_from_json(data: object) -> VoteRecord:
    """Build (and so check) a VoteRecord from its JSON form, without counting it."""
    if not isinstance(data, dict):
        raise VoteRecordError(
            f"a vote record must be a JSON object, not {show_value(data)}",
            es=f"un registro de votación debe ser un objeto JSON, no {show_value(data)}",
        )
    _present_keys(data, _RECORD_KEYS, "")
    for key in _REQUIRED_KEYS:
        if key not in data:
            raise VoteRecordError(
                f'the vote record has no "{key}"', es=f'al registro de la votación le falta "{key}"'
            )
    if data["method"] == "ranked" and data.get("ballots") is None:
        raise VoteRecordError(
            'a ranked vote needs "ballots" (a list of ballots, maybe empty)',
            es=(
                'una votación por orden de preferencia necesita "ballots" '
                "(una lista de papeletas, quizá vacía)"
            ),
        )
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
            f'round {number} must be an object with "counts", not {show_value(data)}',
            es=f'la ronda {number} debe ser un objeto con "counts", no {show_value(data)}',
        )
    _present_keys(data, _ROUND_KEYS, f"round {number}: ")
    if "counts" not in data:
        raise VoteRecordError(
            f'round {number} has no "counts"', es=f'a la ronda {number} le falta "counts"'
        )
    return ChooseOneRound(
        counts=data["counts"],
        abstain=_optional(data, "abstain", 0),
        spoiled=_optional(data, "spoiled", 0),
    )


def _lot_from_json(number: int, data: object) -> Lot:
    if not isinstance(data, dict):
        raise VoteRecordError(
            f'lot {number} must be an object with "round" and "eliminated", not {show_value(data)}',
            es=(
                f'el sorteo {number} debe ser un objeto con "round" y "eliminated", '
                f"no {show_value(data)}"
            ),
        )
    _present_keys(data, _LOT_KEYS, f"lot {number}: ")
    for key in _LOT_KEYS:
        if key not in data:
            raise VoteRecordError(
                f'lot {number} has no "{key}"', es=f'al sorteo {number} le falta "{key}"'
            )
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
            raise VoteRecordError(
                f"the key {quote_name(key)} appears twice in one JSON object",
                es=f"la clave {quote_name(key)} aparece dos veces en un mismo objeto JSON",
            )
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
            f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})",
            es=f"no es JSON válido: {error.msg} (línea {error.lineno}, columna {error.colno})",
        ) from None
    except (ValueError, TypeError, RecursionError) as error:
        # ValueError: numbers too long to read; RecursionError: absurdly deep nesting.
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise VoteRecordError(
            f"not valid JSON: {reason.splitlines()[0]}",
            es=f"no es JSON válido: {reason.splitlines()[0]}",
        ) from None


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
