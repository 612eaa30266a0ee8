"""Plain sentences that say what a count means, for the projector, the minutes and endorsements.

"Ana Núñez is endorsed: 24 of 31 votes, needed 21 (two-thirds of votes cast)." The numbers come
from a SPEC §5 result (the dict `result_to_json` gives, as stored in `rounds.result_json`), so the
sentence on the wall, in the minutes and in the endorsement record are the same words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from endorse_desktop.core.voting.rules import (
    NO_ENDORSEMENT,
    Base,
    Policy,
    Threshold,
)

BASE_WORDS = {
    Base.VOTES_CAST: "votes cast",
    Base.CONTINUING: "continuing ballots",
    Base.PRESENT: "members present",
    Base.ELIGIBLE: "eligible members",
}
POLICY_WORDS = {
    Policy.KEEP_ALL: "repeat the ballot with every candidate",
    Policy.DROP_LAST: "drop the candidate with the fewest votes",
    Policy.TOP_TWO: "keep only the two candidates with the most votes",
}


@dataclass(frozen=True)
class RuleFacts:
    """What a sentence needs to know about the vote besides its result."""

    threshold: Threshold
    base: Base
    ranked: bool = False
    present: int | None = None
    quorum: int | None = None


def quoted(label: str) -> str:
    return f"“{label}”" if label == NO_ENDORSEMENT else label


def names(labels: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    shown = [quoted(label) for label in labels]
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def rule_words(threshold: Threshold, base: Base, size: int | None = None) -> str:
    """ "two-thirds of votes cast", "a majority of 30 members present", "all 12 votes cast"."""
    counted = BASE_WORDS[base] if size is None else f"{size} {BASE_WORDS[base]}"
    if threshold.fraction == 1:
        return f"all {counted}"
    return f"{threshold.label} of {counted}"


def rule_summary(
    threshold: Threshold, base: Base, quorum: int | None, policy: Policy | None
) -> str:
    """The whole rule in one line, for the minutes and the vote's header."""
    parts = [f"{threshold.description} of {BASE_WORDS[base]}".capitalize()]
    parts.append(f"quorum {quorum}" if quorum is not None else "no quorum rule")
    if policy is not None:
        parts.append(f"if undecided: {POLICY_WORDS[policy]}")
    return "; ".join(parts)


def _share(votes: int, base: int, base_kind: Base) -> str:
    if base_kind is Base.VOTES_CAST:
        return f"{votes} of {base} votes"
    return f"{votes} votes of {base} {BASE_WORDS[base_kind]}"


def _in_round(number: int) -> str:
    """ " in round 2": said once there has been more than one round."""
    return f" in round {number}" if number > 1 else ""


def outcome_sentence(result: Mapping[str, Any], facts: RuleFacts) -> str:
    """One sentence for a whole count (the last of its rounds decides what it says)."""
    rounds: list[dict[str, Any]] = list(result.get("rounds") or [])
    outcome = result.get("outcome")
    if outcome == "no_quorum":
        present = "nobody" if not facts.present else f"{facts.present} members"
        return (
            f"No quorum: {present} present and {facts.quorum} needed, so the vote does not count."
        )
    if not rounds:
        return "No votes have been counted yet."
    last = rounds[-1]
    number = total = len(rounds)
    rule = rule_words(facts.threshold, facts.base)
    counts: dict[str, int] = last["counts"]
    if outcome == "endorsed":
        winner = str(result.get("winner"))
        return (
            f"{winner} is endorsed{_in_round(number)}: "
            f"{_share(counts[winner], last['base'], facts.base)}, needed {last['needed']} ({rule})."
        )
    if outcome == "no_endorsement":
        votes = counts.get(NO_ENDORSEMENT, 0)
        return (
            f"The group makes no endorsement{_in_round(number)}: {quoted(NO_ENDORSEMENT)} "
            f"has {_share(votes, last['base'], facts.base)}, needed {last['needed']} ({rule})."
        )
    if outcome == "needs_lot":
        return (
            f"Tie for the fewest votes in round {number} between {names(last['tied_for_last'])}: "
            "draw lots to decide who is eliminated."
        )
    return _no_decision(last, number, total, facts)


def _no_decision(last: Mapping[str, Any], number: int, total: int, facts: RuleFacts) -> str:
    if last["base"] == 0:
        return f"No decision{_in_round(number)}: no votes were cast."
    rule = rule_words(facts.threshold, facts.base, last["base"])
    opening = (
        f"No decision{_in_round(number)}: nobody reached the {last['needed']} votes needed ({rule})"
    )
    counts: dict[str, int] = last["counts"]
    tied = list(last.get("tied_for_last") or [])
    eliminated = list(last.get("eliminated") or [])
    if facts.ranked:
        return f"{opening} after {total} round{'s' if total > 1 else ''} of counting."
    if tied:
        return f"{opening}. {names(tied)} are tied: draw lots to decide who leaves the ballot."
    if eliminated:
        verb = "leaves" if len(eliminated) == 1 else "leave"
        return f"{opening}. {names(eliminated)} {verb} the ballot."
    top = max(counts.values(), default=0)
    leaders = [label for label, votes in counts.items() if votes == top]
    if top and len(leaders) == 1:
        return f"{opening}. Most votes: {quoted(leaders[0])}, {top}."
    return f"{opening}."


def departure_sentences(rounds: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    """Per round of a count, who left after it and why, in plain words: "Dana Ortiz was
    eliminated after round 2 with the fewest votes (4)." The last round says why "No
    endorsement" is still there when it is (it is never eliminated, counting.py rule 14)."""
    said: list[list[str]] = []
    for number, entry in enumerate(rounds, start=1):
        counts: Mapping[str, int] = entry.get("counts") or {}
        eliminated = [str(name) for name in entry.get("eliminated") or []]
        tied = set(entry.get("tied_for_last") or [])
        lines: list[str] = []
        by_lot = [name for name in eliminated if name in tied]
        no_votes = [name for name in eliminated if name not in tied and not counts.get(name)]
        fewest = [name for name in eliminated if name not in tied and counts.get(name)]
        if no_votes:
            verb = "was" if len(no_votes) == 1 else "were"
            lines.append(f"{names(no_votes)} {verb} eliminated after round {number} with no votes.")
        if fewest:
            verb = "was" if len(fewest) == 1 else "were"
            shown = ", ".join(str(counts[name]) for name in fewest)
            lines.append(
                f"{names(fewest)} {verb} eliminated after round {number} with the fewest "
                f"votes ({shown})."
            )
        if by_lot:
            verb = "was" if len(by_lot) == 1 else "were"
            lines.append(
                f"{names(by_lot)} {verb} eliminated after round {number} by lot, tied for the "
                "fewest votes."
            )
        said.append(lines)
    if len(rounds) > 1 and NO_ENDORSEMENT in (rounds[-1].get("counts") or {}):
        said[-1].append(f"{quoted(NO_ENDORSEMENT)} is never eliminated: it stays in every round.")
    return said
