"""Plain sentences that say what a count means, for the projector, the minutes and endorsements.

"Ana Núñez is endorsed: 24 of 31 votes, needed 21 (two-thirds of votes cast)." The numbers come
from a SPEC §5 result (the dict `result_to_json` gives, as stored in `rounds.result_json`), so the
sentence on the wall, in the minutes and in the endorsement record are the same words.

Every sentence is written in English and Spanish side by side (`code` "en" or "es"; the UI passes
its own language, a document each of its languages): the core never imports Qt, so these words
are not in the .ts files. What is stored (an endorsement's vote summary, the vote record) stays
English; only what is shown or printed changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from endorse_desktop.core.bilingual import Said, say
from endorse_desktop.core.document_text import SPANISH
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
# Spanish counts its nouns with their article ("los 29 votos emitidos", "las papeletas que
# siguen en juego"): the article and the words apart, so a number goes between them.
_BASE_WORDS_ES = {
    Base.VOTES_CAST: ("los", "votos emitidos"),
    Base.CONTINUING: ("las", "papeletas que siguen en juego"),
    Base.PRESENT: ("los", "miembros presentes"),
    Base.ELIGIBLE: ("los", "miembros con derecho a voto"),
}
POLICY_WORDS = {
    Policy.KEEP_ALL: "repeat the ballot with every candidate",
    Policy.DROP_LAST: "drop the candidate with the fewest votes",
    Policy.TOP_TWO: "keep only the two candidates with the most votes",
}
_POLICY_WORDS_ES = {
    Policy.KEEP_ALL: "repetir la votación con todos los candidatos",
    Policy.DROP_LAST: "retirar al candidato con menos votos",
    Policy.TOP_TWO: "dejar solo a los dos candidatos con más votos",
}


@dataclass(frozen=True)
class RuleFacts:
    """What a sentence needs to know about the vote besides its result."""

    threshold: Threshold
    base: Base
    ranked: bool = False
    present: int | None = None
    quorum: int | None = None


def quoted(label: str, code: str = "en") -> str:
    """An option as a sentence names it: "No endorsement" in quotes, and in Spanish by its
    Spanish name (the record keeps the English label; only the words change)."""
    if label != NO_ENDORSEMENT:
        return label
    return say(code, f"“{label}”", f"«{SPANISH.no_endorsement}»")


def names(labels: Sequence[str], code: str = "en") -> str:
    """ "A", "A and B", "A, B and C" ("A, B y C")."""
    shown = [quoted(label, code) for label in labels]
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} {say(code, 'and', 'y')} {shown[-1]}"


def base_words(base: Base, code: str = "en", size: int | None = None) -> str:
    """ "votes cast", "29 votes cast"; "los votos emitidos", "los 29 votos emitidos"."""
    if code == "es":
        article, words = _BASE_WORDS_ES[base]
        return f"{article} {words}" if size is None else f"{article} {size} {words}"
    return BASE_WORDS[base] if size is None else f"{size} {BASE_WORDS[base]}"


def rule_words(threshold: Threshold, base: Base, size: int | None = None, code: str = "en") -> str:
    """ "two-thirds of votes cast", "a majority of 30 members present", "all 12 votes cast";
    "dos tercios de los votos emitidos", "la totalidad de los 12 votos emitidos"."""
    counted = base_words(base, code, size)
    if threshold.fraction == 1 and code != "es":
        return f"all {counted}"
    return f"{threshold.label_in(code)} {say(code, 'of', 'de')} {counted}"


def live_words(threshold: Threshold, base: Base) -> tuple[Said, Said]:
    """The base and the rule as the live count's lines say them ("Needed: 20 of 29 votes cast
    (two-thirds of votes cast)"), each English with its Spanish."""
    return (
        Said(BASE_WORDS[base], _BASE_WORDS_ES[base][1]),
        Said(rule_words(threshold, base), rule_words(threshold, base, code="es")),
    )


def rule_summary(
    threshold: Threshold, base: Base, quorum: int | None, policy: Policy | None, code: str = "en"
) -> str:
    """The whole rule in one line, for the minutes and the vote's header."""
    rule = f"{threshold.description_in(code)} {say(code, 'of', 'de')} {base_words(base, code)}"
    parts = [rule.capitalize()]
    if quorum is None:
        parts.append(say(code, "no quorum rule", "sin regla de quórum"))
    else:
        parts.append(say(code, f"quorum {quorum}", f"quórum de {quorum}"))
    if policy is not None:
        english, spanish = POLICY_WORDS[policy], _POLICY_WORDS_ES[policy]
        parts.append(say(code, f"if undecided: {english}", f"si no hay decisión: {spanish}"))
    return "; ".join(parts)


def _share(votes: int, base: int, base_kind: Base, code: str) -> str:
    if base_kind is Base.VOTES_CAST:
        return say(code, f"{votes} of {base} votes", f"{votes} de {base} votos")
    counted = base_words(base_kind, code, base)
    return say(code, f"{votes} votes of {counted}", f"{votes} votos de {counted}")


def _in_round(number: int, code: str) -> str:
    """ " in round 2": said once there has been more than one round."""
    return say(code, f" in round {number}", f" en la ronda {number}") if number > 1 else ""


def outcome_sentence(result: Mapping[str, Any], facts: RuleFacts, code: str = "en") -> str:
    """One sentence for a whole count (the last of its rounds decides what it says)."""
    rounds: list[dict[str, Any]] = list(result.get("rounds") or [])
    outcome = result.get("outcome")
    if outcome == "no_quorum":
        if code == "es":
            present = "nadie presente" if not facts.present else f"{facts.present} presentes"
            return (
                f"Sin quórum: {present} y se necesitan {facts.quorum}, así que la votación no "
                "cuenta."
            )
        present = "nobody" if not facts.present else f"{facts.present} members"
        return (
            f"No quorum: {present} present and {facts.quorum} needed, so the vote does not count."
        )
    if not rounds:
        return say(code, "No votes have been counted yet.", "Todavía no se ha contado ningún voto.")
    last = rounds[-1]
    number = total = len(rounds)
    rule = rule_words(facts.threshold, facts.base, code=code)
    counts: dict[str, int] = last["counts"]
    needed = last["needed"]
    if outcome == "endorsed":
        winner = str(result.get("winner"))
        share = _share(counts[winner], last["base"], facts.base, code)
        return say(
            code,
            f"{winner} is endorsed{_in_round(number, code)}: {share}, needed {needed} ({rule}).",
            f"{winner} recibe el respaldo{_in_round(number, code)}: {share}; se necesitaban "
            f"{needed} ({rule}).",
        )
    if outcome == "no_endorsement":
        share = _share(counts.get(NO_ENDORSEMENT, 0), last["base"], facts.base, code)
        option = quoted(NO_ENDORSEMENT, code)
        return say(
            code,
            f"The group makes no endorsement{_in_round(number, code)}: {option} has {share}, "
            f"needed {needed} ({rule}).",
            f"El grupo no da su respaldo{_in_round(number, code)}: {option} tiene {share}; se "
            f"necesitaban {needed} ({rule}).",
        )
    if outcome == "needs_lot":
        tied = names(last["tied_for_last"], code)
        return say(
            code,
            f"Tie for the fewest votes in round {number} between {tied}: "
            "draw lots to decide who is eliminated.",
            f"Empate con menos votos en la ronda {number} entre {tied}: "
            "se sortea quién queda eliminado.",
        )
    return _no_decision(last, number, total, facts, code)


def outcome_said(result: Mapping[str, Any], facts: RuleFacts) -> Said:
    """`outcome_sentence` in English that also knows its Spanish (for a caller that shows it
    later, in whichever language the window then speaks)."""
    return Said(outcome_sentence(result, facts), outcome_sentence(result, facts, "es"))


def _no_decision(
    last: Mapping[str, Any], number: int, total: int, facts: RuleFacts, code: str
) -> str:
    in_round = _in_round(number, code)
    if last["base"] == 0:
        return say(
            code,
            f"No decision{in_round}: no votes were cast.",
            f"Sin decisión{in_round}: no hubo votos.",
        )
    rule = rule_words(facts.threshold, facts.base, last["base"], code)
    needed = last["needed"]
    opening = say(
        code,
        f"No decision{in_round}: nobody reached the {needed} votes needed ({rule})",
        f"Sin decisión{in_round}: nadie alcanzó los {needed} votos necesarios ({rule})",
    )
    counts: dict[str, int] = last["counts"]
    tied = list(last.get("tied_for_last") or [])
    eliminated = list(last.get("eliminated") or [])
    if facts.ranked:
        rounds = say(
            code,
            f"{total} round{'s' if total > 1 else ''} of counting",
            f"{total} ronda{'s' if total > 1 else ''} de conteo",
        )
        return f"{opening} {say(code, 'after', 'después de')} {rounds}."
    if tied:
        return say(
            code,
            f"{opening}. {names(tied)} are tied: draw lots to decide who leaves the ballot.",
            f"{opening}. {names(tied, code)} están empatados: se sortea quién sale de la papeleta.",
        )
    if eliminated:
        one = len(eliminated) == 1
        verb = say(code, "leaves" if one else "leave", "sale" if one else "salen")
        ballot = say(code, "the ballot", "de la papeleta")
        return f"{opening}. {names(eliminated, code)} {verb} {ballot}."
    top = max(counts.values(), default=0)
    leaders = [label for label, votes in counts.items() if votes == top]
    if top and len(leaders) == 1:
        most = say(code, "Most votes", "Más votos")
        return f"{opening}. {most}: {quoted(leaders[0], code)}, {top}."
    return f"{opening}."


def departure_sentences(rounds: Sequence[Mapping[str, Any]], code: str = "en") -> list[list[str]]:
    """Per round of a count, who left after it and why, in plain words: "Dana Ortiz was
    eliminated after round 2 with the fewest votes (4)." The last round says why "No
    endorsement" is still there when it is (it is never eliminated, counting.py rule 14).
    Spanish says who "sale de la papeleta", which needs no gender."""
    said_lines: list[list[str]] = []
    for number, entry in enumerate(rounds, start=1):
        counts: Mapping[str, int] = entry.get("counts") or {}
        eliminated = [str(name) for name in entry.get("eliminated") or []]
        tied = set(entry.get("tied_for_last") or [])
        lines: list[str] = []
        by_lot = [name for name in eliminated if name in tied]
        no_votes = [name for name in eliminated if name not in tied and not counts.get(name)]
        fewest = [name for name in eliminated if name not in tied and counts.get(name)]
        shown = ", ".join(str(counts[name]) for name in fewest)
        for who, english, spanish in (
            (no_votes, "with no votes.", "sin votos."),
            (fewest, f"with the fewest votes ({shown}).", f"por tener menos votos ({shown})."),
            (
                by_lot,
                "by lot, tied for the fewest votes.",
                "por sorteo, en un empate con menos votos.",
            ),
        ):
            if not who:
                continue
            one = len(who) == 1
            lines.append(
                say(
                    code,
                    f"{names(who)} {'was' if one else 'were'} eliminated after round {number} "
                    + english,
                    f"{names(who, code)} {'sale' if one else 'salen'} de la papeleta tras la "
                    f"ronda {number} " + spanish,
                )
            )
        said_lines.append(lines)
    if len(rounds) > 1 and NO_ENDORSEMENT in (rounds[-1].get("counts") or {}):
        option = quoted(NO_ENDORSEMENT, code)
        said_lines[-1].append(
            say(
                code,
                f"{option} is never eliminated: it stays in every round.",
                f"{option} nunca se elimina: sigue en todas las rondas.",
            )
        )
    return said_lines
