"""R-5 and SPEC §5: bad vote records are refused with one clear line; good ones round-trip."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from endorse_desktop.core.voting.counting import (
    count_vote,
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
    Policy,
    Threshold,
    VoteRecord,
    VoteRecordError,
)

NE = NO_ENDORSEMENT
ANA, BOB = "Ana Núñez", "Bob Lee"
VOTES = Path(__file__).resolve().parents[2] / "data" / "votes"


def choose_one(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "options": [ANA, BOB, NE],
        "method": "choose_one",
        "threshold": "two_thirds",
        "base": "votes_cast",
        "present": 32,
        "recused": 1,
        "rounds": [{"counts": {ANA: 20, BOB: 8, NE: 2}, "abstain": 1, "spoiled": 0}],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not ...}


def ranked(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "options": [ANA, BOB, NE],
        "method": "ranked",
        "threshold": "majority",
        "base": "votes_cast",
        "ballots": [[ANA, BOB], [BOB], [[ANA, BOB]], []],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not ...}


def refusal(data: object) -> str:
    """The error for `data`, the same through parse_vote_record and recount_json_text."""
    with pytest.raises(VoteRecordError) as raised:
        parse_vote_record(data)
    message = str(raised.value)
    assert len(message.splitlines()) == 1 and message.strip() == message
    with pytest.raises(VoteRecordError) as again:
        recount_json_text(json.dumps(data))
    assert str(again.value) == message
    return message


def test_valid_examples_parse() -> None:
    assert parse_vote_record(choose_one()).rounds[0].counts == {ANA: 20, BOB: 8, NE: 2}
    assert len(parse_vote_record(ranked()).ballots) == 4


# ------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("value", "shown"),
    [(-3, "-3"), (2.5, "2.5"), (20.0, "20.0"), ("20", '"20"'), (True, "true"), (None, "null")],
)
def test_counts_must_be_whole_numbers(value: object, shown: str) -> None:
    data = choose_one(rounds=[{"counts": {ANA: value, BOB: 8, NE: 2}}])
    assert refusal(data) == f'round 1: counts must be whole numbers ≥ 0: "Ana Núñez" has {shown}'


@pytest.mark.parametrize("key", ["abstain", "spoiled"])
def test_abstain_and_spoiled_must_be_whole_numbers(key: str) -> None:
    data = choose_one(rounds=[{"counts": {ANA: 20, BOB: 8, NE: 2}, key: -1}])
    assert refusal(data) == f'round 1: "{key}" must be a whole number ≥ 0, not -1'


def test_unknown_option_in_counts() -> None:
    data = choose_one(rounds=[{"counts": {ANA: 20, "Zed": 8, NE: 2}}])
    assert refusal(data) == 'round 1: unknown option "Zed"'


def test_unknown_option_that_looks_like_a_real_one_gets_a_hint() -> None:
    data = choose_one(rounds=[{"counts": {"ana  núñez": 20, BOB: 8, NE: 2}}])
    assert refusal(data) == 'round 1: unknown option "ana  núñez" (did you mean "Ana Núñez"?)'


def test_counts_must_be_an_object() -> None:
    data = choose_one(rounds=[{"counts": [20, 8, 2]}])
    assert refusal(data) == 'round 1: "counts" must map option names to votes, not a list'


# ------------------------------------------------------------------ over-votes


def test_ballots_up_to_present_minus_recused_are_fine_one_more_is_an_over_vote() -> None:
    fits = choose_one(present=31, rounds=[{"counts": {ANA: 20, BOB: 8, NE: 2}}])
    assert parse_vote_record(fits)
    over = choose_one(present=31, rounds=[{"counts": {ANA: 20, BOB: 8, NE: 2}, "spoiled": 1}])
    assert refusal(over) == (
        "round 1: 31 ballots (30 votes, 0 abstain, 1 spoiled) but only 30 members can vote "
        "(31 present − 1 recused)"
    )


def test_over_vote_against_eligible_when_present_is_unknown() -> None:
    data = choose_one(present=..., eligible=20, recused=0)
    assert refusal(data).endswith("but only 20 members can vote (20 eligible − 0 recused)")


def test_over_vote_uses_the_smaller_of_present_and_eligible() -> None:
    data = choose_one(present=40, eligible=25, recused=1)
    assert refusal(data).endswith("but only 24 members can vote (25 eligible − 1 recused)")


def test_without_present_or_eligible_there_is_no_limit() -> None:
    assert parse_vote_record(choose_one(present=..., recused=...))


# ------------------------------------------------------------------ set-up


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"present": -1}, '"present" must be a whole number ≥ 0, not -1'),
        ({"eligible": "48"}, '"eligible" must be a whole number ≥ 0, not "48"'),
        ({"recused": 1.5}, '"recused" must be a whole number ≥ 0, not 1.5'),
        ({"quorum": True}, '"quorum" must be a whole number ≥ 0, not true'),
        ({"recused": 40}, '"recused" (40) cannot be more than "present" (32)'),
        ({"eligible": 0}, '"recused" (1) cannot be more than "eligible" (0)'),
        ({"present": ..., "recused": ..., "quorum": 12}, "a quorum needs the number of members"),
        ({"base": "continuing"}, 'base "continuing" is only for ranked votes'),
        ({"base": "present", "present": ..., "recused": ...}, 'base "present" needs'),
        ({"base": "eligible"}, 'base "eligible" needs the number of eligible members'),
        ({"base": "cast"}, '"base" must be one of votes_cast, continuing, present, eligible'),
        ({"policy": "drop_first"}, '"policy" must be one of keep_all, drop_last, top_two'),
        ({"method": "approval"}, '"method" must be choose_one or ranked, not "approval"'),
        ({"threshold": "1/2"}, 'unknown threshold "1/2"'),
        (
            {"threshold": {"fraction": "1/2", "comparison": "at_least"}},
            "threshold at least half is weaker than more than half and is refused",
        ),
    ],
)
def test_set_up_errors(changes: dict[str, Any], message: str) -> None:
    assert message in refusal(choose_one(**changes))


# ------------------------------------------------------------------ options


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ([ANA, BOB, ANA], '"Ana Núñez" is listed twice in "options"'),
        ([ANA, "bob  LEE", BOB], 'options "bob  LEE" and "Bob Lee" look the same'),
        ([ANA, "no endorsement"], 'option "no endorsement" looks like "No endorsement"'),
        ([ANA, ""], "option 2 has an empty name"),
        ([ANA, "   "], "option 2 has an empty name"),
        ([ANA, " Bob Lee"], 'option " Bob Lee" starts or ends with a space'),
        ([ANA, "Bob\nLee"], 'option "Bob\\nLee" contains a line break'),
        ([ANA, "Bob\u2028Lee"], 'option "Bob\\u2028Lee" contains a line break'),
        ([ANA, 7], "option 2 must be a name, not 7"),
        ([NE], '"options" must include a candidate besides "No endorsement"'),
        ([], '"options" must include a candidate'),
    ],
)
def test_bad_options(options: list[Any], message: str) -> None:
    assert message in refusal(ranked(options=options, ballots=[]))


def test_options_must_be_a_list() -> None:
    assert refusal(ranked(options="Ana Núñez")) == '"options" must be a list, not "Ana Núñez"'


def test_no_endorsement_is_optional() -> None:
    record = parse_vote_record(ranked(options=[ANA, BOB], ballots=[[ANA], [BOB, ANA], [ANA]]))
    assert count_vote(record).winner == ANA


# ------------------------------------------------------------------ ballots


@pytest.mark.parametrize(
    ("ballot", "message"),
    [
        ("Ana Núñez", 'ballot 2 must be a list of ranks, not "Ana Núñez"'),
        ([ANA, 3], "ballot 2, rank 2 must be a name or a list of names, not 3"),
        ([ANA, {"rank": BOB}], "ballot 2, rank 2 must be a name or a list of names, not an object"),
        ([ANA, "Zed"], 'ballot 2, rank 2: unknown option "Zed"'),
        ([[ANA, ["Bob"]]], "ballot 2, rank 1: an option must be a name, not a list"),
        ([[ANA, ANA]], "ballot 2, rank 1 names the same option twice"),
    ],
)
def test_bad_ballots(ballot: object, message: str) -> None:
    assert refusal(ranked(ballots=[[ANA], ballot])) == message


def test_more_ballots_than_members() -> None:
    assert refusal(ranked(present=3)) == (
        "4 ballots but only 3 members can vote (3 present − 0 recused)"
    )


# ------------------------------------------------------------------ record shape


@pytest.mark.parametrize("key", ["options", "method", "threshold", "base"])
def test_required_keys(key: str) -> None:
    assert refusal(choose_one(**{key: ...})) == f'the vote record has no "{key}"'


def test_unknown_keys_are_refused_so_typos_cannot_drop_a_rule() -> None:
    message = refusal(choose_one(quroum=12))
    assert message.startswith('unknown key "quroum" (expected "options", "method"')
    assert refusal(choose_one(rounds=[{"counts": {ANA: 20, BOB: 8, NE: 2}, "abstentions": 1}]))
    assert 'lot 1: unknown key "winner"' in refusal(
        ranked(lots=[{"round": 1, "eliminated": BOB, "winner": ANA}])
    )


def test_method_specific_keys() -> None:
    assert refusal(choose_one(ballots=[[ANA]])).startswith('"ballots" is for ranked votes')
    assert refusal(choose_one(lots=[{"round": 1, "eliminated": BOB}])).startswith(
        '"lots" is for ranked votes'
    )
    rounds = [{"counts": {ANA: 1, BOB: 0, NE: 0}}]
    assert refusal(ranked(rounds=rounds)).startswith('"rounds" is for choose-one votes')
    assert refusal(ranked(ballots=...)) == (
        'a ranked vote needs "ballots" (a list of ballots, maybe empty)'
    )
    assert refusal(choose_one(rounds=[])) == (
        'a choose-one vote needs at least one round in "rounds"'
    )
    # Empty lists under the other method's keys say nothing, so they are accepted.
    assert parse_vote_record(choose_one(ballots=[], lots=[]))
    assert parse_vote_record(ranked(rounds=[]))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rounds": "all of them"}, '"rounds" must be a list, not "all of them"'),
        ({"rounds": [[20, 8, 2]]}, 'round 1 must be an object with "counts", not a list'),
        ({"rounds": [{"abstain": 1}]}, 'round 1 has no "counts"'),
    ],
)
def test_bad_round_shapes(changes: dict[str, Any], message: str) -> None:
    assert refusal(choose_one(**changes)) == message


@pytest.mark.parametrize(
    ("lots", "message"),
    [
        ("Bob", '"lots" must be a list, not "Bob"'),
        (["Bob"], 'lot 1 must be an object with "round" and "eliminated", not "Bob"'),
        ([{"round": 1}], 'lot 1 has no "eliminated"'),
        ([{"round": "1", "eliminated": BOB}], 'lot 1: "round" must be a round number (1, 2, …)'),
    ],
)
def test_bad_lot_shapes(lots: object, message: str) -> None:
    assert message in refusal(ranked(lots=lots))


def test_optional_keys_may_be_null() -> None:
    data = choose_one(policy=None, present=None, recused=None, eligible=None, quorum=None)
    record = parse_vote_record(data)
    assert (record.policy, record.present, record.recused) == (Policy.KEEP_ALL, None, 0)


# ------------------------------------------------------------------ JSON text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON: Expecting value (line 1, column 1)"),
        ('{"options": [}', "not valid JSON: Expecting value (line 1, column 14)"),
        ("[1, 2]", "a vote record must be a JSON object, not a list"),
        ('"ranked"', 'a vote record must be a JSON object, not "ranked"'),
        ("[" * 100_000, "not valid JSON: nested too deeply"),
        ('{"present": ' + "9" * 5000 + "}", "not valid JSON: Exceeds the limit"),
    ],
)
def test_bad_json_text(text: str, message: str) -> None:
    with pytest.raises(VoteRecordError) as raised:
        recount_json_text(text)
    assert str(raised.value).startswith(message)
    assert len(str(raised.value).splitlines()) == 1


def test_duplicate_json_keys_are_refused() -> None:
    text = (
        '{"options": ["A", "B"], "method": "choose_one", "threshold": "majority",'
        ' "base": "votes_cast", "rounds": [{"counts": {"A": 5, "B": 2, "A": 1}}]}'
    )
    with pytest.raises(VoteRecordError, match='the key "A" appears twice in one JSON object'):
        recount_json_text(text)


def test_nan_and_infinity_are_not_counts() -> None:
    text = json.dumps(choose_one()).replace('"abstain": 1', '"abstain": NaN')
    with pytest.raises(VoteRecordError, match='"abstain" must be a whole number ≥ 0, not nan'):
        recount_json_text(text)


# ------------------------------------------------------------------ JSON out and round trips


def test_vote_record_to_json_writes_the_spec_shape_in_option_order() -> None:
    data = choose_one(rounds=[{"counts": {NE: 2, BOB: 8, ANA: 20}, "abstain": 1}])
    out = vote_record_to_json(parse_vote_record(data))
    assert out == {
        "options": [ANA, BOB, NE],
        "method": "choose_one",
        "policy": "keep_all",
        "threshold": "two_thirds",
        "base": "votes_cast",
        "present": 32,
        "recused": 1,
        "rounds": [{"counts": {ANA: 20, BOB: 8, NE: 2}, "abstain": 1, "spoiled": 0}],
    }
    assert list(out["rounds"][0]["counts"]) == [ANA, BOB, NE]
    assert parse_vote_record(out) == parse_vote_record(data)


def test_ranked_ballots_written_back_with_names_lists_and_skipped_ranks() -> None:
    data = ranked(
        ballots=[[ANA, [], [BOB]], [[ANA, BOB], BOB], []],
        threshold={"fraction": "5/8", "comparison": "at_least"},
        lots=[],
    )
    out = vote_record_to_json(parse_vote_record(data))
    assert out["ballots"] == [[ANA, [], BOB], [[ANA, BOB], BOB], []]
    assert "policy" not in out  # keep_all means nothing to a ranked count
    assert out["threshold"] == {"fraction": "5/8", "comparison": "at_least"}
    assert "lots" not in out
    assert parse_vote_record(out) == parse_vote_record(data)


def test_result_json_keys_are_exactly_the_specs() -> None:
    result = recount_json_text(json.dumps(ranked()))
    assert list(result) == ["outcome", "winner", "rounds"]
    for one in result["rounds"]:
        assert list(one) == ["counts", "base", "needed", "exhausted", "eliminated", "tied_for_last"]
    # json.dumps must take it as it is (the count command prints it).
    assert json.loads(json.dumps(result)) == result


def test_records_built_in_code_equal_records_read_from_json() -> None:
    built = VoteRecord(
        options=[ANA, BOB, NE],  # type: ignore[arg-type]
        method="choose_one",
        policy="drop_last",  # type: ignore[arg-type]
        threshold=PRESETS["two_thirds"],
        base=Base.VOTES_CAST,
        present=32,
        recused=1,
        rounds=[ChooseOneRound({ANA: 20, BOB: 8, NE: 2}, abstain=1)],  # type: ignore[arg-type]
    )
    assert built == parse_vote_record(choose_one(policy="drop_last"))
    assert isinstance(built.options, tuple) and built.policy is Policy.DROP_LAST


def test_records_built_in_code_are_checked_too() -> None:
    with pytest.raises(VoteRecordError, match='"Bob Lee" has -1'):
        VoteRecord(
            options=(ANA, BOB),
            method="choose_one",
            threshold=Threshold(Fraction(2, 3), Comparison.AT_LEAST),
            base=Base.VOTES_CAST,
            rounds=(ChooseOneRound({ANA: 3, BOB: -1}),),
        )
    with pytest.raises(VoteRecordError, match="never eliminated"):
        VoteRecord(
            options=(ANA, BOB, NE),
            method="ranked",
            threshold=PRESETS["majority"],
            base=Base.CONTINUING,
            lots=(Lot(1, NE),),
        )


# ------------------------------------------------------------------ example files


def example_files(suffix: str) -> list[Path]:
    return sorted(p for p in VOTES.glob("*.json") if p.with_suffix(suffix).exists())


@pytest.mark.parametrize("path", example_files(".result.json"), ids=lambda p: p.stem)
def test_example_vote_records_recount_to_their_results(path: Path) -> None:
    expected = json.loads(path.with_suffix(".result.json").read_text(encoding="utf-8"))
    assert recount_json_text(path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("path", example_files(".error.txt"), ids=lambda p: p.stem)
def test_example_bad_vote_records_give_their_errors(path: Path) -> None:
    expected = path.with_suffix(".error.txt").read_text(encoding="utf-8").strip()
    with pytest.raises(VoteRecordError) as raised:
        recount_json_text(path.read_text(encoding="utf-8"))
    assert str(raised.value) == expected


def test_example_files_exist() -> None:
    assert len(example_files(".result.json")) >= 3
    assert len(example_files(".error.txt")) >= 2


def test_counting_modules_do_not_import_qt() -> None:
    code = (
        "import sys, endorse_desktop.core.voting.counting, endorse_desktop.core.voting.record;"
        "sys.exit('PySide6' in sys.modules)"
    )
    repo = Path(__file__).resolve().parents[3]
    assert subprocess.run([sys.executable, "-c", code], cwd=repo, check=False).returncode == 0


def test_long_names_are_shortened_in_messages() -> None:
    long_name = "Candidate " + "x" * 300
    message = refusal(choose_one(options=[ANA, BOB, NE, long_name]))
    assert message.startswith('round 1: "Candidate xxx')
    assert '…" has no count' in message
    assert len(message) < 160


def test_values_that_are_not_json_are_described_not_crashed_on() -> None:
    with pytest.raises(VoteRecordError, match='"options" must be a list, not a set'):
        parse_vote_record({**choose_one(), "options": {ANA, BOB}})
    with pytest.raises(VoteRecordError, match="a vote record must be a JSON object, not a bytes"):
        parse_vote_record(b"{}")


def test_records_built_in_code_need_round_and_lot_objects() -> None:
    with pytest.raises(VoteRecordError, match="round 1 must be a ChooseOneRound"):
        VoteRecord(
            options=(ANA, BOB),
            method="choose_one",
            threshold=PRESETS["majority"],
            base=Base.VOTES_CAST,
            rounds=({"counts": {ANA: 1, BOB: 0}},),  # type: ignore[arg-type]
        )
    with pytest.raises(VoteRecordError, match="lot 1 must be a Lot"):
        VoteRecord(
            options=(ANA, BOB),
            method="ranked",
            threshold=PRESETS["majority"],
            base=Base.VOTES_CAST,
            lots=({"round": 1, "eliminated": BOB},),  # type: ignore[arg-type]
        )
