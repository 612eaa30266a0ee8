"""Election cycles (issue 16): a group's file holds several ("2026 Primary", "2026 General").

Races and meetings belong to one cycle (votes, endorsements and commitments through them); the
app shows the current cycle. Values are the group's across cycles: when a cycle closes, each
value's weight is written down as that cycle's, so the history of weights stays. A candidate who
runs again is the same *person* (matched by `core.names.name_key`), with their earlier ratings,
endorsements and results at hand (`person_history`).

Opening a new cycle closes the current one and copies what the facilitator chooses (`CarryOver`):
the races where someone advanced (to the general or a runoff) with those candidates, and the
group's endorsement of an advancing candidate with its activity goals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from endorse_desktop.core.errors import InvalidInputError

from .clock import today_iso
from .endorsements import Endorsement, add_endorsement
from .names import clean_name, name_key
from .races import Race, add_candidate, add_race, get_race, list_candidates
from .settings import load_settings, save_settings
from .store import Store, audit
from .store import cycles as repo


class CycleError(InvalidInputError):
    """A cycle change that cannot be made (one line, for the user)."""


@dataclass(frozen=True)
class Cycle:
    id: int
    name: str
    opened_on: str
    closed_on: str | None
    is_current: bool
    position: int


@dataclass(frozen=True)
class CarryOver:
    """What a new cycle takes from the one it follows (the facilitator ticks these)."""

    # races where a candidate advanced to the general or a runoff, with those candidates
    advancing_races: bool = True
    # the group's endorsement of an advancing endorsed candidate (conditions included)
    endorsements: bool = True
    # each carried endorsement's activity goals (targets, without due dates)
    goals: bool = True


@dataclass(frozen=True)
class Candidacy:
    """One race a person stood in, as the group saw it then."""

    cycle_name: str
    race_title: str
    stage: str
    candidate_id: int
    endorsement: str | None  # active / conditional / rescinded, or None when not endorsed
    outcome: str | None  # the result, once entered
    ratings: dict[int, int | None]  # value id → rating then (None: Unknown)


def _cycle(row: object) -> Cycle:
    data = dict(row)  # type: ignore[call-overload]
    data["is_current"] = bool(data["is_current"])
    return Cycle(**data)


def list_cycles(store: Store) -> list[Cycle]:
    return [_cycle(row) for row in repo.cycles(store)]


def current_cycle(store: Store) -> Cycle:
    for cycle in list_cycles(store):
        if cycle.is_current:
            return cycle
    raise CycleError(
        "this file has no current cycle", es="este archivo no tiene un ciclo actual"
    )  # migration 0004 always makes one


def find_cycle(store: Store, name: str) -> Cycle:
    """The cycle a user means by NAME (accent, case and space-blind), for `--cycle NAME`."""
    wanted = name_key(name)
    cycles = list_cycles(store)
    for cycle in cycles:
        if name_key(cycle.name) == wanted:
            return cycle
    known = "; ".join(cycle.name for cycle in cycles)
    raise CycleError(
        f"no cycle called {name!r} (cycles: {known})",
        es=f"no hay ningún ciclo llamado {name!r} (ciclos: {known})",
    )


def _clean_cycle_name(store: Store, name: str, cycle_id: int | None = None) -> str:
    cleaned = clean_name(name, "the cycle's name")
    if not cleaned:
        raise CycleError(
            "a cycle needs a name, e.g. 2026 General",
            es="un ciclo necesita un nombre, p. ej. Elección general 2026",
        )
    for cycle in list_cycles(store):
        if cycle.id != cycle_id and name_key(cycle.name) == name_key(cleaned):
            raise CycleError(
                f"there is already a cycle called {cycle.name}",
                es=f"ya hay un ciclo llamado {cycle.name}",
            )
    return cleaned


def switch_cycle(store: Store, cycle_id: int) -> int:
    """Work in another cycle (the whole app follows); returns the cycle worked in before."""
    before = current_cycle(store)
    names = {cycle.id: cycle.name for cycle in list_cycles(store)}
    if cycle_id not in names:
        raise CycleError("this cycle no longer exists", es="este ciclo ya no existe")
    with store.transaction():
        repo.make_current(store, cycle_id)
        _name_in_settings(store, names[cycle_id])
        audit.record(store, "cycles", cycle_id, "switch", old_value=before.name)
    return before.id


def _name_in_settings(store: Store, name: str) -> None:
    """Documents and the title slide print the settings' cycle name: it follows the cycle."""
    settings = load_settings(store)
    if settings is not None and settings.cycle != name:
        save_settings(store, replace(settings, cycle=name))


def rename_cycle(store: Store, cycle_id: int, name: str) -> str:
    cleaned = _clean_cycle_name(store, name, cycle_id)
    before = next((c for c in list_cycles(store) if c.id == cycle_id), None)
    if before is None:
        raise CycleError("this cycle no longer exists", es="este ciclo ya no existe")
    with store.transaction():
        repo.rename(store, cycle_id, cleaned)
        if before.is_current:
            _name_in_settings(store, cleaned)
    return before.name


def open_cycle(
    store: Store, name: str, carry: CarryOver | None = None, opened_on: str | None = None
) -> Cycle:
    """Close the current cycle (keeping its values' weights) and open `name` as the current one,
    with what `carry` asks for copied in. All in one transaction."""
    carry = carry or CarryOver()
    cleaned = _clean_cycle_name(store, name)
    day = opened_on or today_iso()
    previous = current_cycle(store)
    with store.transaction():
        repo.keep_weights(store, previous.id)
        repo.set_closed(store, previous.id, day)
        new_id = repo.insert_cycle(store, cleaned, day)
        repo.make_current(store, new_id)
        _name_in_settings(store, cleaned)
        if carry.advancing_races:
            _carry_advancing(store, previous.id, carry, day)
        audit.record(store, "cycles", new_id, "open", new_value=cleaned, old_value=previous.name)
    return current_cycle(store)


_NEXT_STAGE = {"advanced_general": "general", "advanced_runoff": "runoff"}


def _carry_advancing(store: Store, from_cycle: int, carry: CarryOver, day: str) -> None:
    for row in repo.races_of(store, from_cycle):
        race = get_race(store, int(row["id"]))
        if race is None:
            continue
        advancing = [
            (candidate, str(result["outcome"]))
            for candidate in list_candidates(store, race.id, include_archived=False)
            if candidate.id is not None
            and (result := repo.result_for(store, candidate.id)) is not None
            and result["outcome"] in _NEXT_STAGE
        ]
        if not advancing:
            continue
        stage = _NEXT_STAGE[advancing[0][1]]
        new_race = add_race(store, Race(office=race.office, district=race.district, stage=stage))
        assert new_race.id is not None
        for candidate, _ in advancing:
            assert candidate.id is not None
            copy = add_candidate(store, candidate.standing_in(new_race.id))
            assert copy.id is not None
            person = repo.person_of(store, candidate.id)
            if person is not None:
                repo.set_person(store, copy.id, person)
            # the same candidate a few weeks on: the group's ratings still stand
            repo.copy_ratings(store, candidate.id, copy.id)
            if carry.endorsements:
                _carry_endorsement(
                    store, candidate.id, new_race.id, copy.id, goals=carry.goals, day=day
                )


def _carry_endorsement(
    store: Store, old_candidate: int, race_id: int, candidate_id: int, *, goals: bool, day: str
) -> None:
    found = [
        row
        for row in store.rows(
            "SELECT id, status, condition_text FROM endorsements WHERE candidate_id = ? "
            "AND status <> 'rescinded' ORDER BY id DESC LIMIT 1",
            (old_candidate,),
        )
    ]
    if not found:
        return
    old = found[0]
    made = add_endorsement(
        store,
        Endorsement(
            race_id=race_id,
            candidate_id=candidate_id,
            endorsed_on=day,
            vote_summary="carried over from the earlier cycle",
            status=str(old["status"]),
            condition_text=str(old["condition_text"]),
        ),
    )
    if goals and made.id is not None:
        store.execute(
            "INSERT INTO goals (endorsement_id, activity_id, target, notes, created_at, "
            "updated_at) SELECT ?, activity_id, target, notes, created_at, updated_at "
            "FROM goals WHERE endorsement_id = ?",
            (made.id, int(old["id"])),
        )


# ----- people ----------------------------------------------------------------------------------
def person_of(store: Store, candidate_id: int) -> int | None:
    return repo.person_of(store, candidate_id)


def person_history(store: Store, person_id: int) -> list[Candidacy]:
    """Every race the person stood in, oldest first: what the group rated, decided and saw."""
    history = []
    for row in repo.candidacies(store, person_id):
        title = f"{row['office']} — {row['district']}" if row["district"] else str(row["office"])
        history.append(
            Candidacy(
                cycle_name=str(row["cycle_name"]),
                race_title=title,
                stage=str(row["stage"]),
                candidate_id=int(row["candidate_id"]),
                endorsement=row["endorsement"],
                outcome=row["outcome"],
                ratings=repo.ratings_of(store, int(row["candidate_id"])),
            )
        )
    return history


def earlier_candidacies(store: Store, candidate_id: int) -> list[Candidacy]:
    """What the group knew of this candidate before this race (for rating them anew)."""
    person = repo.person_of(store, candidate_id)
    if person is None:
        return []
    return [c for c in person_history(store, person) if c.candidate_id != candidate_id]


@dataclass(frozen=True)
class WeightStep:
    cycle_name: str
    weight: int
    dealbreaker: bool


def weight_history(store: Store) -> dict[int, list[WeightStep]]:
    """Value id → its weight in each closed cycle, oldest first (today's is the value's own)."""
    names = {cycle.id: cycle.name for cycle in list_cycles(store)}
    history: dict[int, list[WeightStep]] = {}
    for value_id, cycle_id, weight, dealbreaker in repo.weight_history(store):
        history.setdefault(value_id, []).append(
            WeightStep(names.get(cycle_id, "?"), int(weight), bool(dealbreaker))
        )
    return history
