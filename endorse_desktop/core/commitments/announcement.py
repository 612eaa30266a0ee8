"""The endorsement announcement: a press-release draft built from what the group recorded.

It says who the group endorses and for what, how the members decided, the values the decision
rests on (the candidate's strongest ratings on the group's scorecard) and the work the members
promise (the endorsement's goals). Where the record cannot say something (a quote, who to call),
the draft leaves a bracketed prompt for the facilitator to fill in; it never pre-fills anyone's
contact details. The group edits the draft freely; the edited text is kept on the endorsement.

What members "have committed to" is what they pledged (pledged, confirmed or done, the rule of
core/commitments/progress.py), summed by activity, with what is already done; a goal is only
ever called "our goal". A press release is the group's own voice, not a member's promise, so an
activity counted in releases is left out of the members' list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from endorse_desktop.core.bilingual import say
from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments.pledges import (
    activity_map,
    list_goals,
    progress,
)
from endorse_desktop.core.commitments.progress import quantity_text
from endorse_desktop.core.commitments.records import ActivityCategory
from endorse_desktop.core.document_text import CATALOG, format_date, translated
from endorse_desktop.core.endorsements import Endorsement
from endorse_desktop.core.races import (
    get_candidate,
    get_race,
)
from endorse_desktop.core.ratings import ratings_for_race
from endorse_desktop.core.scoring import (
    STRONG,
    rating_label,
)
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import list_values
from endorse_desktop.core.voting.rules import Base, Comparison
from endorse_desktop.core.voting.stored import load_vote

MOST_VALUES = 3
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class GoalLine:
    activity: str
    target: int
    unit: str
    category: ActivityCategory = ActivityCategory.PEOPLE
    activity_es: str = ""  # the activity's Spanish name, "" not written yet


@dataclass(frozen=True)
class PledgedLine:
    """What members pledged for one activity (in one unit): pledged includes done."""

    activity: str
    pledged: int
    done: int
    unit: str
    category: ActivityCategory = ActivityCategory.PEOPLE
    goal: int | None = None  # the group's goal in the same unit, if it set one
    activity_es: str = ""  # the activity's Spanish name, "" not written yet


# Units of work only the group itself does: a press release is the group's statement.
GROUP_UNITS = frozenset({"releases"})
PLACEHOLDER_OPEN = "["
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# A round and a ballot (ronda, votación) are feminine in Spanish.
ORDINALS_ES = (
    "primera",
    "segunda",
    "tercera",
    "cuarta",
    "quinta",
    "sexta",
    "séptima",
    "octava",
    "novena",
)
STAGES_ES = {
    "primary": "primaria",
    "general": "general",
    "special": "especial",
    "runoff": "de segunda vuelta",
}


@dataclass(frozen=True)
class AnnouncementFacts:
    group_name: str
    candidate: str
    race_title: str
    endorsed_on: str
    today: str
    party: str = ""
    incumbent: bool = False
    stage: str = ""
    election_date: str | None = None
    vote_summary: str = ""
    status: str = "active"
    condition_text: str = ""
    values: tuple[tuple[str, str], ...] = ()  # (value title, rating label), strongest first
    goals: tuple[GoalLine, ...] = ()
    pledged: tuple[PledgedLine, ...] = ()  # member activities only
    vote_sentence: str = ""  # the vote in plain English; else vote_summary is quoted
    # For a Spanish draft: the group's own texts in Spanish where written, the vote in Spanish.
    race_title_es: str = ""
    values_es: tuple[tuple[str, str], ...] = ()
    vote_sentence_es: str = ""


def long_date(iso: str, code: str = "en") -> str:
    """ "2026-06-02" → "June 2, 2026" ("2 de junio de 2026" in Spanish; text that is not a date
    is returned as it is)."""
    if code == "es":
        return format_date(iso, "es")
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _join(items: list[str], and_word: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {and_word} " + items[-1]


def compose_announcement(facts: AnnouncementFacts, code: str = "en") -> str:
    """The draft's text, paragraph by paragraph (blank lines between them), in `code` ("en" or
    "es"): the same figures in either; each sentence is written in both languages side by side,
    so neither gains a clause the other lacks. The group's own texts (race, values, activities)
    are said in Spanish where the group wrote their Spanish, else as they are."""
    es = code == "es"
    group = facts.group_name or say(code, "[Group name]", "[Nombre del grupo]")
    who = facts.candidate
    race = translated(facts.race_title, facts.race_title_es, code)
    incumbent = say(code, "incumbent", "en el cargo") if facts.incumbent else ""
    about = [part for part in (facts.party, incumbent) if part]
    described = f"{who} ({', '.join(about)})" if about else who
    paragraphs = [
        say(code, "FOR IMMEDIATE RELEASE", "PARA PUBLICACIÓN INMEDIATA"),
        long_date(facts.today, code),
        say(code, f"{group} endorses {who} for {race}", f"{group} respalda a {who} para {race}"),
    ]

    stage = STAGES_ES.get(facts.stage, facts.stage) if es else facts.stage
    election = (
        say(code, f"the {stage} election", f"la elección {stage}")
        if facts.stage
        else say(code, "the election", "la elección")
    )
    if facts.election_date:
        election += say(code, " on ", " del ") + long_date(facts.election_date, code)
    opening = say(
        code,
        f"{group} has endorsed {described} for {race} in {election}.",
        f"{group} ha respaldado a {described} para {race} en {election}.",
    )
    decided = long_date(facts.endorsed_on, code)
    opening += say(
        code,
        f" Our members made the decision on {decided}.",
        f" Nuestros miembros tomaron la decisión el {decided}.",
    )
    plain = (facts.vote_sentence_es if es else facts.vote_sentence).strip()
    summary = facts.vote_summary.strip().rstrip(".")
    if plain:
        opening += f" {plain[0].upper()}{plain[1:]}"
        opening += "" if opening.endswith((".", "!", "?")) else "."
    elif summary:
        opening += say(code, f" The vote: {summary}.", f" La votación: {summary}.")
    if facts.status == "conditional" and facts.condition_text.strip():
        opening += say(
            code,
            " The endorsement carries a condition: ",
            " El respaldo lleva una condición: ",
        )
        opening += facts.condition_text.strip()
        opening += "" if opening.endswith((".", "!", "?")) else "."
    paragraphs.append(opening)

    values = facts.values_es if es and facts.values_es else facts.values
    if values:
        rated = say(code, "rated", "calificación")
        strengths = _join(
            [f"{title} ({rated} {label})" for title, label in values], say(code, "and", "y")
        )
        paragraphs.append(
            say(
                code,
                "Before any candidate spoke to us, our members agreed on the values we look for "
                f"in the people we support. Measured against them, {who} stood out on "
                f"{strengths}.",
                "Antes de que cualquier candidato nos hablara, nuestros miembros acordaron los "
                f"valores que buscamos en las personas que apoyamos. Frente a ellos, {who} se "
                f"destacó en {strengths}.",
            )
        )
    else:
        paragraphs.append(
            say(
                code,
                "[Say which of the group's values this endorsement rests on.]",
                "[Diga en cuáles de los valores del grupo se basa este respaldo.]",
            )
        )
    paragraphs.append(
        say(
            code,
            f'"[A sentence from the group\'s spokesperson on why members chose {who}.]"',
            f'"[Una frase de la vocería del grupo sobre por qué los miembros eligieron a {who}.]"',
        )
    )

    promise = say(
        code,
        f"An endorsement from {group} is a promise of work, not a name on a list.",
        f"Un respaldo de {group} es una promesa de trabajo, no un nombre en una lista.",
    )
    promised = [line for line in facts.pledged if line.pledged > 0]
    if promised:
        lines = [
            promise
            + say(
                code,
                " Between now and election day our members have committed to:",
                " De aquí al día de la elección, nuestros miembros se han comprometido a:",
            )
        ]
        lines += [pledged_line(line, code) for line in promised]
        paragraphs.append("\n".join(lines))
    elif facts.goals:
        lines = [
            promise
            + say(
                code,
                " Between now and election day our goal is:",
                " De aquí al día de la elección, nuestra meta es:",
            )
        ]
        for goal in facts.goals:
            activity = translated(goal.activity, goal.activity_es, code)
            line = f"• {activity}: {quantity_text(goal.target, goal.unit)}"
            if goal.category == ActivityCategory.MONEY:
                line += _GIVEN_DIRECTLY[code]
            lines.append(line)
        paragraphs.append("\n".join(lines))
    else:
        paragraphs.append(
            promise
            + say(
                code,
                " [Say what the members will do: canvassing shifts, phone banks, letters to the "
                "editor…]",
                " [Diga qué harán los miembros: turnos para tocar puertas, llamadas, cartas al "
                "editor…]",
            )
        )
    paragraphs.append(
        say(
            code,
            f"About {group}: [one or two sentences on who you are and where you work.]",
            f"Acerca de {group}: [una o dos frases sobre quiénes son y dónde trabajan.]",
        )
    )
    paragraphs.append(
        say(
            code,
            "Press contact: [name, phone, email]",
            "Contacto de prensa: [nombre, teléfono, correo]",
        )
    )
    paragraphs.append("###")
    return "\n\n".join(paragraphs)


_GIVEN_DIRECTLY = {
    "en": ", given by members directly to the campaign",
    "es": ", aportado por los miembros directamente a la campaña",
}


def pledged_line(line: PledgedLine, code: str = "en") -> str:
    """ "• Phone bank: 4 shifts pledged, 2 done (our goal is 8 shifts)" """
    money = line.category == ActivityCategory.MONEY
    activity = translated(line.activity, line.activity_es, code)
    pledged = quantity_text(line.pledged, line.unit)
    text = f"• {activity}: {pledged} " + say(code, "pledged", "comprometidos")
    text += f", {quantity_text(line.done, line.unit) if money else f'{line.done:,}'}"
    if money:
        text += say(code, " given", " aportados")
    else:
        text += say(code, " done", " cumplidos")
    if line.goal is not None:
        goal = quantity_text(line.goal, line.unit)
        text += say(code, f" (our goal is {goal})", f" (nuestra meta es {goal})")
    if money:
        text += _GIVEN_DIRECTLY[code]
    return text


def has_placeholders(text: str) -> bool:
    """True while a bracketed prompt ("[name, phone, email]") is still in the text."""
    start = text.find(PLACEHOLDER_OPEN)
    return start >= 0 and text.find("]", start) > start


def member_pledges(store: Store, endorsement_id: int) -> tuple[PledgedLine, ...]:
    """Pledged and done by activity, from members' pledges; the group's own work left out."""
    activities = activity_map(store)
    state = progress(store, endorsement_id)
    goals = {(g.goal.activity_id, g.unit): g.target for g in state.goals}
    return tuple(
        PledgedLine(
            total.activity_name,
            total.tally.pledged,
            total.tally.done,
            total.unit,
            total.category,
            goals.get((total.activity_id, total.unit)),
            activities[total.activity_id].name_es,
        )
        for total in state.activities
        if total.unit not in GROUP_UNITS and activities[total.activity_id].unit not in GROUP_UNITS
    )


def _ordinal(number: int, code: str = "en") -> str:
    if code == "es":
        return ORDINALS_ES[number - 1] if 0 < number <= len(ORDINALS_ES) else f"{number}.ª"
    return ORDINALS[number - 1] if 0 < number <= len(ORDINALS) else f"{number}th"


def plain_vote_sentence(store: Store, endorsement: Endorsement, code: str = "en") -> str:
    """ "21 of 29 members voted to endorse, above the two-thirds the group requires, on the
    second ballot." — from the stored result; "" when the endorsement came from no stored vote.
    In Spanish (`code` "es") with the same figures."""
    if endorsement.vote_id is None:
        return ""
    try:
        vote = load_vote(store, endorsement.vote_id)
    except (LookupError, ValueError):
        return ""
    result: dict[str, Any] | None = next(
        (r.result for r in reversed(vote.rounds) if r.is_final and r.result is not None), None
    )
    if not result or result.get("outcome") != "endorsed" or not result.get("rounds"):
        return ""
    last = result["rounds"][-1]
    winner = str(result.get("winner"))
    votes, base = int(last["counts"].get(winner, 0)), int(last["base"])
    if base <= 0:
        return ""
    share = Fraction(votes, base)
    threshold = vote.threshold
    if vote.base is Base.PRESENT:
        counted = say(
            code,
            f"{votes} of the {base} members present",
            f"{votes} de los {base} miembros presentes",
        )
    elif vote.base is Base.ELIGIBLE:
        counted = say(
            code,
            f"{votes} of the {base} members entitled to vote",
            f"{votes} de los {base} miembros con derecho a voto",
        )
    elif vote.base is Base.CONTINUING:
        counted = say(
            code,
            f"{votes} of {base} members whose ballots were still in the count",
            f"{votes} de {base} miembros cuyas papeletas seguían en el conteo",
        )
    else:
        counted = say(code, f"{votes} of {base} members", f"{votes} de {base} miembros")
    if threshold.fraction == 1:
        # "where" and "rule" make one phrase: "meeting the unanimous vote …", "con la unanimidad …"
        where, rule = (
            say(code, "meeting", "con"),
            say(code, "the unanimous vote the group requires", "la unanimidad que exige el grupo"),
        )
    else:
        words = threshold.label.removeprefix("more than ").removeprefix("a ")
        words_es = threshold.label_in("es")
        exact = share == threshold.fraction and threshold.comparison is Comparison.AT_LEAST
        where = say(code, "exactly", "justo en") if exact else say(code, "above", "por encima del")
        rule = say(
            code,
            f"the {words} the group requires",
            f"{'el' if exact else ''} umbral de {words_es} que exige el grupo".lstrip(),
        )
    number = len(result["rounds"])
    if vote.is_ranked:
        when = (
            say(
                code,
                "on the first count of the ranked ballots",
                "en el primer conteo de las papeletas por orden de preferencia",
            )
            if number == 1
            else say(
                code,
                f"in the {_ordinal(number)} round of the instant-runoff count",
                f"en la {_ordinal(number, code)} ronda del conteo de segunda vuelta instantánea",
            )
        )
    else:
        when = say(
            code,
            f"on the {_ordinal(number)} ballot",
            f"en la {_ordinal(number, code)} votación",
        )
    return say(
        code,
        f"{counted} voted to endorse, {where} {rule}, {when}.",
        f"{counted} votaron por respaldar, {where} {rule}, {when}.",
    )


def announcement_facts(store: Store, endorsement: Endorsement) -> AnnouncementFacts:
    settings = settings_or_default(store)
    candidate = get_candidate(store, endorsement.candidate_id)
    race = get_race(store, endorsement.race_id)
    activities = activity_map(store)
    goals = tuple(
        GoalLine(
            activities[g.activity_id].name,
            g.target,
            activities[g.activity_id].unit,
            activities[g.activity_id].category,
            activities[g.activity_id].name_es,
        )
        for g in sorted(
            list_goals(store, endorsement.id),
            key=lambda g: list(activities).index(g.activity_id),
        )
    )
    return AnnouncementFacts(
        group_name=settings.name,
        candidate=candidate.name if candidate else "[Candidate]",
        race_title=race.title if race else "[Race]",
        endorsed_on=endorsement.endorsed_on,
        today=today_iso(),
        party=candidate.party if candidate else "",
        incumbent=bool(candidate and candidate.incumbent),
        stage=race.stage if race else "",
        election_date=race.election_date if race else None,
        vote_summary=endorsement.vote_summary,
        status=endorsement.status,
        condition_text=endorsement.condition_text,
        values=strongest_values(store, endorsement),
        goals=goals,
        pledged=member_pledges(store, endorsement.id) if endorsement.id is not None else (),
        vote_sentence=plain_vote_sentence(store, endorsement),
        race_title_es=race.title_es if race else "",
        values_es=strongest_values(store, endorsement, "es"),
        vote_sentence_es=plain_vote_sentence(store, endorsement, "es"),
    )


def strongest_values(
    store: Store, endorsement: Endorsement, code: str = "en"
) -> tuple[tuple[str, str], ...]:
    """The candidate's best-rated values (Strong or Champion): by rating, then weight, order;
    in Spanish (`code` "es") each value's Spanish title where written and the printed labels."""
    ratings = ratings_for_race(store, endorsement.race_id)
    rated = []
    for value in list_values(store):
        entry = ratings.get((endorsement.candidate_id, value.id or 0))
        if entry is not None and entry.rating is not None and entry.rating >= STRONG:
            title = translated(value.title, value.title_es, code)
            rated.append((-entry.rating, -value.weight, value.position, title, entry.rating))
    rated.sort()
    if code == "es":
        labels = CATALOG["es"].rating_labels
        return tuple((title, labels[rating]) for *_, title, rating in rated[:MOST_VALUES])
    return tuple((title, rating_label(rating)) for *_, title, rating in rated[:MOST_VALUES])


def draft_announcement(store: Store, endorsement: Endorsement, code: str = "en") -> str:
    """A fresh draft from the record, in English or (`code` "es") Spanish."""
    return compose_announcement(announcement_facts(store, endorsement), code)


def announcement_text_es(store: Store, endorsement: Endorsement) -> str:
    """The Spanish the group saved, or a fresh Spanish draft when none was saved yet."""
    return endorsement.announcement_es.strip() or draft_announcement(store, endorsement, "es")


def announcement_text(store: Store, endorsement: Endorsement) -> str:
    """What the group saved, or a fresh draft when nothing was saved yet."""
    return endorsement.announcement.strip() or draft_announcement(store, endorsement)
