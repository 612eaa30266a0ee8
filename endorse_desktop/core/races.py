"""Races and candidates (SPEC F-4).

A candidate who has ratings, ballot options or an endorsement is never deleted (that would lose
the group's record); `delete_candidate` refuses and the UI offers to archive instead. Archived
candidates keep everything but leave lists and new ballots.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import partial
from typing import Any

from endorse_desktop.core.bilingual import Said
from endorse_desktop.core.dates import checked_day
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.voting.counting import NO_ENDORSEMENT

from .names import clean_names, name_key
from .record_changes import (
    add_last,
    deleted_and_logged,
    existing,
    record_or_none,
    refuse_if_used,
    refuse_unless_one_of,
    restored_and_logged,
    save_changes,
    trimmed,
)
from .store import Store, audit, records
from .store import cycles as people
from .store import races as repo

STAGES = ("primary", "general", "special", "runoff")
STATUSES = ("considering", "endorsed", "not_endorsed", "withdrawn")


class RaceError(InvalidInputError):
    """A race or candidate change that cannot be made (one line, for the user)."""


_RACE_GONE = Said("this race no longer exists", "esta contienda ya no existe")
_CANDIDATE_GONE = Said("this candidate no longer exists", "este candidato ya no existe")


@dataclass(frozen=True)
class Race:
    office: str
    district: str = ""
    election_date: str | None = None
    stage: str = "primary"
    notes: str = ""
    position: int = 0
    archived: bool = False
    id: int | None = None
    office_es: str = ""  # the office in Spanish, for Spanish documents; "" not written yet

    @property
    def title(self) -> str:
        """How the race is named on screens, paper and in `--race NAME`: "Mayor — Ward 3"."""
        return f"{self.office} — {self.district}" if self.district else self.office

    @property
    def title_es(self) -> str:
        """The title in Spanish ("Alcaldía — Distrito 3"); "" while the office has no Spanish."""
        office = self.office_es.strip()
        if not office:
            return ""
        return f"{office} — {self.district}" if self.district else office


@dataclass(frozen=True)
class Candidate:
    race_id: int
    name: str
    party: str = ""
    incumbent: bool = False
    website: str = ""
    questionnaire_returned: bool = False
    interview_date: str | None = None
    status: str = "considering"
    notes: str = ""
    position: int = 0
    archived: bool = False
    id: int | None = None

    def standing_in(self, race_id: int) -> Candidate:
        """The same person as a new candidate in another race (the general, a runoff): who they
        are carries over; this race's questionnaire, interview, status and notes do not."""
        return Candidate(race_id, self.name, self.party, self.incumbent, self.website)


_RACE_BOOLS = ("archived",)
_CANDIDATE_BOOLS = ("incumbent", "questionnaire_returned", "archived")


def _race(row: Any) -> Race:
    data = dict(row)
    for name in _RACE_BOOLS:
        data[name] = bool(data[name])
    return Race(**data)


def _candidate(row: Any) -> Candidate:
    data = dict(row)
    for name in _CANDIDATE_BOOLS:
        data[name] = bool(data[name])
    return Candidate(**data)


def _values(record: Race | Candidate, bools: tuple[str, ...]) -> dict[str, Any]:
    # a shallow copy: every field is a plain value, and `asdict`'s deep copy was a third of the
    # time of importing a race of 4,000 candidates
    data = {f.name: getattr(record, f.name) for f in fields(record)}
    for name in bools:
        data[name] = int(data[name])
    if data["id"] is None:
        data.pop("id")
    return data


def _check_date(text: str | None, what: str) -> str | None:
    return checked_day(text, RaceError, what, example="2026-06-02")


def clean_race(race: Race) -> Race:
    """Office and district are names (core/names.py), so look-alike races are caught."""
    office, district = clean_names(
        RaceError, (race.office, "an office"), (race.district, "a district")
    )
    election_date = _check_date(race.election_date, "election date")
    cleaned = trimmed(
        race, "office_es", "notes", office=office, district=district, election_date=election_date
    )
    if not cleaned.office:
        raise RaceError(
            "a race needs an office, e.g. Mayor or State Senate",
            es="una contienda necesita un cargo, p. ej. Alcaldía o Senado estatal",
        )
    refuse_unless_one_of(cleaned.stage, STAGES, "stage", RaceError)
    return cleaned


def ballot_name(text: str) -> str:
    """A name as a ballot prints it: NFC, one line, single spaces, no control or invisible
    characters (the one rule of `core.names`).

    A vote record (SPEC §5) refuses an option with a line break or a control character, so a
    candidate whose pasted name kept one could never be voted on.
    """
    (name,) = clean_names(RaceError, (text, "this candidate's name"))
    return name


def check_not_no_endorsement(name: str) -> None:
    """ "No endorsement" is the app's own option on every ballot; a candidate of that name (in any
    case, spacing or accents) would be counted as it, so such a name is refused."""
    if name_key(name) == name_key(NO_ENDORSEMENT):
        raise RaceError(
            f"\"{NO_ENDORSEMENT}\" is the ballot's own option and cannot be a candidate's name",
            es=(
                f'"{NO_ENDORSEMENT}" es la opción propia de la papeleta y '
                "no puede ser el nombre de un candidato"
            ),
        )


def clean_candidate(candidate: Candidate) -> Candidate:
    name = ballot_name(candidate.name)
    check_not_no_endorsement(name)
    interview_date = _check_date(candidate.interview_date, "interview date")
    cleaned = trimmed(
        candidate, "party", "website", "notes", name=name, interview_date=interview_date
    )
    if not cleaned.name:
        raise RaceError("a candidate needs a name", es="un candidato necesita un nombre")
    refuse_unless_one_of(cleaned.status, STATUSES, "status", RaceError)
    return cleaned


# ----- races -----------------------------------------------------------------------------------
def list_races(store: Store, include_archived: bool = False) -> list[Race]:
    return [_race(row) for row in repo.races(store, include_archived)]


def get_race(store: Store, race_id: int) -> Race | None:
    return record_or_none(_race, repo.race_by_id(store, race_id))


def find_race(store: Store, name: str) -> Race:
    """The race a user means by NAME: its title ("Mayor — Ward 3") or, if unique, its office."""
    wanted = name_key(name)
    races = list_races(store, include_archived=True)
    exact = [race for race in races if name_key(race.title) == wanted]
    if len(exact) == 1:
        return exact[0]
    by_office = [race for race in races if name_key(race.office) == wanted]
    if len(by_office) == 1:
        return by_office[0]
    if len(by_office) > 1:
        choices = "; ".join(race.title for race in by_office)
        raise RaceError(
            f"{name!r} matches several races ({choices}); give the district too",
            es=(
                f"{name!r} coincide con varias contiendas ({choices}); indique también el distrito"
            ),
        )
    known = "; ".join(race.title for race in races) or "none yet"
    raise RaceError(
        f"no race called {name!r} (races: {known})",
        es=f"no hay ninguna contienda llamada {name!r} (contiendas: {known})",
    )


def _check_race_free(store: Store, race: Race) -> None:
    """One office in one district is one race: a look-alike twin (case, accents, spacing,
    invisible characters) would split its candidates and votes between two."""
    wanted = (name_key(race.office), name_key(race.district))
    for other in list_races(store, include_archived=True):
        if other.id != race.id and (name_key(other.office), name_key(other.district)) == wanted:
            raise RaceError(
                f"there is already a race for {other.title}",
                es=f"ya hay una contienda para {other.title}",
            )


def _clean_free_race(store: Store, race: Race) -> Race:
    race = clean_race(race)
    _check_race_free(store, race)
    return race


def _insert_race(store: Store, race: Race) -> int:
    """Store a new race, or put a deleted one back under its old id (undo)."""
    return records.insert(store, repo.RACES, repo.RACE_COLUMNS, _values(race, _RACE_BOOLS))


def _next_race_position(store: Store) -> int:
    return repo.next_position(store, repo.RACES)


def add_race(store: Store, race: Race) -> Race:
    return add_last(
        store, race, check=_clean_free_race, next_position=_next_race_position, insert=_insert_race
    )


def update_race(store: Store, race: Race) -> Race:
    """Save changes; returns the race as it was (for undo)."""

    def save(race_id: int, race: Race, _: Race) -> None:
        records.update(store, repo.RACES, race_id, repo.RACE_COLUMNS, _values(race, _RACE_BOOLS))

    return save_changes(
        store,
        race,
        get_race,
        RaceError(_RACE_GONE),
        clean=partial(_clean_free_race, store),
        save=save,
    )


def delete_race(store: Store, race_id: int) -> Race:
    """Remove an empty race (no candidates, no votes); returns it for undo."""
    race = existing(get_race, store, race_id, RaceError(_RACE_GONE))
    refuse_if_used(
        repo.race_usage(store, race_id),
        lambda what: RaceError(
            f"{race.title} still has {what}; archive the race instead",
            es=f"{race.title} todavía tiene {what.es}; archive la contienda en su lugar",
        ),
    )
    delete = partial(repo.delete, store, repo.RACES, race_id)
    return deleted_and_logged(store, "races", race, race.title, delete)


def restore_race(store: Store, race: Race) -> Race:
    insert = partial(_insert_race, store, race)
    return restored_and_logged(store, "races", race, race.title, insert)


def reorder_races(store: Store, ordered_ids: list[int]) -> list[int]:
    before = [race.id for race in list_races(store, include_archived=True) if race.id is not None]
    with store.transaction():
        repo.set_positions(store, repo.RACES, ordered_ids)
    return before


# ----- candidates ------------------------------------------------------------------------------
def list_candidates(
    store: Store, race_id: int | None = None, include_archived: bool = False
) -> list[Candidate]:
    return [_candidate(row) for row in repo.candidates(store, race_id, include_archived)]


def get_candidate(store: Store, candidate_id: int) -> Candidate | None:
    return record_or_none(_candidate, repo.candidate_by_id(store, candidate_id))


def candidates_by_name(store: Store, race_id: int) -> dict[str, Candidate]:
    """A race's candidates (archived too) by `name_key`: what an importer adding many passes to
    `add_candidate` as `taken`, so each addition does not re-read the race (that was quadratic)."""
    return {name_key(c.name): c for c in list_candidates(store, race_id, include_archived=True)}


def _check_name_free(
    store: Store, candidate: Candidate, taken: dict[str, Candidate] | None = None
) -> None:
    """Two candidates whose names print alike (accents, case, spacing, invisible characters)
    would be two identical ballot lines, so the second is refused."""
    wanted = name_key(candidate.name)
    if taken is None:
        taken = candidates_by_name(store, candidate.race_id)
    other = taken.get(wanted)
    if other is None or other.id == candidate.id:
        return
    if other.name == candidate.name:
        raise RaceError(
            f"{candidate.name} is already a candidate in this race",
            es=f"{candidate.name} ya es candidato en esta contienda",
        )
    raise RaceError(
        f"{candidate.name} looks the same as {other.name}, already a candidate in this race",
        es=(
            f"{candidate.name} se ve igual que {other.name}, que ya es candidato en esta contienda"
        ),
    )


def add_candidate(
    store: Store,
    candidate: Candidate,
    taken: dict[str, Candidate] | None = None,
    position: int | None = None,
) -> Candidate:
    """Add a candidate, last in its race.

    An importer adding many passes `taken` (from `candidates_by_name`, kept up to date) and the
    next free `position`, so each addition does not re-read the race: that made importing a
    race of 4,000 candidates quadratic. Without them the race is read.
    """
    candidate = clean_candidate(candidate)
    # a caller passing `taken` has just read the race
    if taken is None and get_race(store, candidate.race_id) is None:
        raise RaceError(_RACE_GONE)
    _check_name_free(store, candidate, taken)
    with store.transaction():
        if position is None:
            position = repo.next_position(store, repo.CANDIDATES, candidate.race_id)
        candidate = replace(candidate, position=position)
        new_id = records.insert(
            store, repo.CANDIDATES, repo.CANDIDATE_COLUMNS, _values(candidate, _CANDIDATE_BOOLS)
        )
        # a candidate who ran before is the same person (issue 16: cycles)
        people.attach_person(store, new_id, candidate.name, name_key(candidate.name))
    return replace(candidate, id=new_id)


def update_candidate(
    store: Store, candidate: Candidate, taken: dict[str, Candidate] | None = None
) -> Candidate:
    """Save changes; returns the candidate as it was (for undo). `taken`: see `add_candidate`."""

    def clean(candidate: Candidate) -> Candidate:
        cleaned = clean_candidate(candidate)
        _check_name_free(store, cleaned, taken)
        return cleaned

    def save(candidate_id: int, candidate: Candidate, before: Candidate) -> None:
        records.update(
            store,
            repo.CANDIDATES,
            candidate_id,
            repo.CANDIDATE_COLUMNS,
            _values(candidate, _CANDIDATE_BOOLS),
        )
        if before.status != candidate.status:
            audit.record(
                store,
                "candidates",
                candidate_id,
                "status",
                field="status",
                old_value=before.status,
                new_value=candidate.status,
            )

    return save_changes(
        store, candidate, get_candidate, RaceError(_CANDIDATE_GONE), clean=clean, save=save
    )


def candidate_usage(store: Store, candidate_id: int) -> dict[str, int]:
    return {name: n for name, n in repo.candidate_usage(store, candidate_id).items() if n}


def delete_candidate(store: Store, candidate_id: int) -> Candidate:
    """Remove a candidate nothing refers to; otherwise refuse (archive them instead)."""
    candidate = existing(get_candidate, store, candidate_id, RaceError(_CANDIDATE_GONE))
    refuse_if_used(
        candidate_usage(store, candidate_id),
        lambda what: RaceError(
            f"{candidate.name} has {what}; deleting would lose them, so archive the candidate",
            es=(
                f"{candidate.name} tiene {what.es}; eliminarlo los perdería, así "
                "que archive al candidato"
            ),
        ),
    )
    delete = partial(repo.delete, store, repo.CANDIDATES, candidate_id)
    return deleted_and_logged(store, "candidates", candidate, candidate.name, delete)


def restore_candidate(store: Store, candidate: Candidate) -> Candidate:
    def insert() -> None:
        new_id = records.insert(
            store, repo.CANDIDATES, repo.CANDIDATE_COLUMNS, _values(candidate, _CANDIDATE_BOOLS)
        )
        people.attach_person(store, new_id, candidate.name, name_key(candidate.name))

    return restored_and_logged(store, "candidates", candidate, candidate.name, insert)


def set_candidate_archived(store: Store, candidate_id: int, archived: bool) -> Candidate:
    candidate = existing(get_candidate, store, candidate_id, RaceError(_CANDIDATE_GONE))
    update_candidate(store, replace(candidate, archived=archived))
    return candidate


def reorder_candidates(store: Store, race_id: int, ordered_ids: list[int]) -> list[int]:
    before = [
        c.id for c in list_candidates(store, race_id, include_archived=True) if c.id is not None
    ]
    with store.transaction():
        repo.set_positions(store, repo.CANDIDATES, ordered_ids)
    return before
