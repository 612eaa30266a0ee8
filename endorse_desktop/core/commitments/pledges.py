"""Commitments (SPEC F-7): the activity catalog, each endorsement's goals, and members' pledges.

Every change commits at once and returns what undo needs: `update_*` the record as it was,
`delete_*` what was removed (give it to `restore_*`), `set_pledge_status` the previous statuses.
The records live in `commitment_records.py`; the rollups and the overdue rule in
`commitment_progress.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeVar

from endorse_desktop.core.bilingual import Said
from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments.progress import (
    GoalProgress,
    Progress,
    effective_due,
    goal_progress,
    is_overdue,
    summarise,
)
from endorse_desktop.core.commitments.records import (
    Activity,
    ActivityCategory,
    Goal,
    Pledge,
    PledgeListing,
    PledgeSource,
    PledgeStatus,
)
from endorse_desktop.core.dates import checked_day
from endorse_desktop.core.endorsements import (
    Endorsement,
    describe,
    get_endorsement,
)
from endorse_desktop.core.errors import InvalidInputError
from endorse_desktop.core.members import (
    Member,
    add_member,
    delete_member,
    get_member,
    ids_in_name_order,
    restore_member,
)
from endorse_desktop.core.names import name_key
from endorse_desktop.core.record_changes import (
    add_last,
    deleted_and_logged,
    existing,
    from_row,
    record_or_none,
    refuse_if_taken,
    refuse_if_used,
    restored_and_logged,
    row_values,
    save_changes,
)
from endorse_desktop.core.store import (
    Store,
    audit,
    table_pages,
)
from endorse_desktop.core.store import commitments as repo

# Offered on a sign-up sheet when the endorsement has no goals yet: the everyday volunteer asks.
DEFAULT_OFFER = (
    "Canvassing (door knocking)",
    "Phone bank",
    "Text bank",
    "Voter registration drive",
    "Letter to the editor",
    "Event hosting",
)
DEFAULT_OFFER_SIZE = len(DEFAULT_OFFER)
SHEET_MEMBER_NOTE = "Joined by signing a commitment sheet."

# Said once each: the edit and the deletion refuse a record that is gone in the same words.
_ACTIVITY_GONE = Said("this activity no longer exists", "esta actividad ya no existe")
_GOAL_GONE = Said("this goal no longer exists", "esta meta ya no existe")


_ForEndorsement = TypeVar("_ForEndorsement", Goal, Pledge)  # what an endorsement takes on


class CommitmentError(InvalidInputError):
    """A commitment change that cannot be made; one line a facilitator can act on."""


def _check_date(text: str | None, what: str) -> str | None:
    return checked_day(text, CommitmentError, what, example="2026-05-30")


def _usable_endorsement(store: Store, endorsement_id: int) -> Endorsement:
    endorsement = get_endorsement(store, endorsement_id)
    if endorsement is None:
        raise CommitmentError("this endorsement no longer exists", es="este respaldo ya no existe")
    if endorsement.status == "rescinded":
        raise CommitmentError(
            "this endorsement was rescinded; it takes no new goals or pledges",
            es="este respaldo fue retirado; no admite nuevas metas ni compromisos",
        )
    return endorsement


# ----- activities ------------------------------------------------------------------------------
def _activity(row: Any) -> Activity:
    return from_row(Activity, row, category=ActivityCategory, archived=bool)


def _activity_values(activity: Activity) -> dict[str, Any]:
    return row_values(activity, category=str, archived=int)


def list_activities(store: Store, include_archived: bool = True) -> list[Activity]:
    """The catalog in its order: people first, then media, money last."""
    return [_activity(row) for row in repo.activity_rows(store, include_archived)]


def activity_map(store: Store) -> dict[int, Activity]:
    return {a.id: a for a in list_activities(store) if a.id is not None}


def get_activity(store: Store, activity_id: int) -> Activity | None:
    return record_or_none(_activity, repo.activity_by_id(store, activity_id))


def find_activity(store: Store, name: str) -> Activity | None:
    """The activity of that name, or one whose name is the same name (core/names.py: case,
    accents, spacing and invisible characters aside), archived ones included."""
    row = repo.activity_by_name(store, name.strip())
    if row is not None:
        return _activity(row)
    wanted = name_key(name)
    return next(
        (a for a in list_activities(store, include_archived=True) if name_key(a.name) == wanted),
        None,
    )


def clean_activity(activity: Activity) -> Activity:
    cleaned = replace(
        activity,
        name=" ".join(activity.name.split()),
        name_es=" ".join(activity.name_es.split()),
        unit=activity.unit.strip().lower(),
        description=activity.description.strip(),
    )
    if not cleaned.name:
        raise CommitmentError(
            "an activity needs a name, e.g. Canvassing",
            es="una actividad necesita un nombre, p. ej. Tocar puertas",
        )
    if not cleaned.unit:
        raise CommitmentError(
            "an activity needs a unit, e.g. shifts or letters",
            es="una actividad necesita una unidad, p. ej. turnos o cartas",
        )
    try:
        category = ActivityCategory(cleaned.category)
    except ValueError:
        raise CommitmentError(
            "an activity is People, Media or Money",
            es="una actividad es de Personas, Medios o Dinero",
        ) from None
    return replace(cleaned, category=category)


def _checked_activity(store: Store, activity: Activity) -> Activity:
    """Clean, and refuse a name another activity already has."""
    cleaned = clean_activity(activity)
    taken = CommitmentError(
        f"there is already an activity called {cleaned.name!r}",
        es=f"ya hay una actividad llamada {cleaned.name!r}",
    )
    return refuse_if_taken(find_activity(store, cleaned.name), cleaned, taken)


def _insert_activity(store: Store, activity: Activity) -> int:
    """Store a new activity, or put a deleted one back under its old id (undo)."""
    return repo.insert_activity(store, _activity_values(activity))


def add_activity(store: Store, activity: Activity) -> Activity:
    return add_last(
        store,
        activity,
        check=_checked_activity,
        next_position=repo.next_activity_position,
        insert=_insert_activity,
    )


def update_activity(store: Store, activity: Activity) -> Activity:
    """Save changes to an activity; returns it as it was (for undo)."""

    def save(record_id: int, activity: Activity, _: Activity) -> None:
        repo.update_activity(store, record_id, _activity_values(activity))

    missing = CommitmentError(_ACTIVITY_GONE)
    checked = partial(_checked_activity, store)
    return save_changes(store, activity, get_activity, missing, clean=checked, save=save)


def delete_activity(store: Store, activity_id: int) -> Activity:
    """Remove an activity no goal or pledge uses (archive it otherwise); returns it for undo."""
    activity = existing(get_activity, store, activity_id, CommitmentError(_ACTIVITY_GONE))
    refuse_if_used(
        repo.activity_usage(store, activity_id),
        lambda what: CommitmentError(
            f"{activity.name} is used by {what}; archive it instead",
            es=f"{activity.name} se usa en {what.es}; archívela en su lugar",
        ),
    )
    delete = partial(repo.delete_activity, store, activity_id)
    return deleted_and_logged(store, "activities", activity, activity.name, delete)


def restore_activity(store: Store, activity: Activity) -> Activity:
    insert = partial(_insert_activity, store, activity)
    return restored_and_logged(store, "activities", activity, activity.name, insert)


# ----- goals -----------------------------------------------------------------------------------
def _goal(row: Any) -> Goal:
    return Goal(**dict(row))


def _goal_values(goal: Goal) -> dict[str, Any]:
    return row_values(goal)


def list_goals(store: Store, endorsement_id: int | None = None) -> list[Goal]:
    return [_goal(row) for row in repo.goal_rows(store, endorsement_id)]


def get_goal(store: Store, goal_id: int) -> Goal | None:
    return record_or_none(_goal, repo.goal_by_id(store, goal_id))


def clean_goal(store: Store, goal: Goal) -> Goal:
    cleaned = replace(goal, due_on=_check_date(goal.due_on, "due date"), notes=goal.notes.strip())
    if cleaned.target <= 0:
        raise CommitmentError(
            "a goal needs a target of at least 1", es="una meta necesita un objetivo de al menos 1"
        )
    activity = get_activity(store, cleaned.activity_id)
    if activity is None:
        raise CommitmentError("that activity no longer exists", es="esa actividad ya no existe")
    other = repo.goal_for(store, cleaned.endorsement_id, cleaned.activity_id)
    if other is not None and other["id"] != cleaned.id:
        raise CommitmentError(
            f"this endorsement already has a goal for {activity.name}",
            es=f"este respaldo ya tiene una meta para {activity.name}",
        )
    return cleaned


def _add_for_endorsement(
    store: Store,
    record: _ForEndorsement,
    clean: Callable[[Store, _ForEndorsement], _ForEndorsement],
    insert: Callable[[Store, dict[str, Any]], int],
    values: Callable[[_ForEndorsement], dict[str, Any]],
) -> _ForEndorsement:
    """A new goal or pledge: only an endorsement still standing takes one."""
    _usable_endorsement(store, record.endorsement_id)
    cleaned = clean(store, record)
    with store.transaction():
        new_id = insert(store, values(cleaned))
    return replace(cleaned, id=new_id)


def add_goal(store: Store, goal: Goal) -> Goal:
    return _add_for_endorsement(store, goal, clean_goal, repo.insert_goal, _goal_values)


def update_goal(store: Store, goal: Goal) -> Goal:
    """Save changes to a goal; returns it as it was (for undo)."""

    def save(record_id: int, goal: Goal, _: Goal) -> None:
        repo.update_goal(store, record_id, _goal_values(goal))

    return save_changes(
        store,
        goal,
        get_goal,
        CommitmentError(_GOAL_GONE),
        clean=lambda goal: clean_goal(store, goal),
        save=save,
    )


def delete_goal(store: Store, goal_id: int) -> Goal:
    """Remove a goal (its pledges stay: they are the members' promises); returns it for undo."""
    goal = existing(get_goal, store, goal_id, CommitmentError(_GOAL_GONE))
    delete = partial(repo.delete_goal, store, goal_id)
    return deleted_and_logged(store, "goals", goal, _goal_words(store, goal), delete)


def restore_goal(store: Store, goal: Goal) -> Goal:
    insert = partial(repo.insert_goal, store, {**_goal_values(goal), "id": goal.id})
    return restored_and_logged(store, "goals", goal, _goal_words(store, goal), insert)


def _goal_words(store: Store, goal: Goal) -> str:
    """ "Ana Núñez — Mayor: 6 × Canvassing (door knocking)", for the audit log."""
    endorsement = get_endorsement(store, goal.endorsement_id)
    activity = get_activity(store, goal.activity_id)
    where = describe(store, endorsement) if endorsement else "?"
    return f"{where}: {goal.target} × {activity.name if activity else '?'}"


# ----- pledges ---------------------------------------------------------------------------------
def _pledge(row: Any) -> Pledge:
    return from_row(Pledge, row, status=PledgeStatus, source=PledgeSource)


def _pledge_values(pledge: Pledge) -> dict[str, Any]:
    return row_values(pledge, status=str, source=str)


def list_pledges(store: Store, endorsement_id: int | None = None) -> list[Pledge]:
    return [_pledge(row) for row in repo.pledge_rows(store, endorsement_id)]


def get_pledges(store: Store, ids: Sequence[int]) -> list[Pledge]:
    return [_pledge(row) for row in repo.pledges_by_ids(store, ids)]


def get_pledge(store: Store, pledge_id: int) -> Pledge | None:
    found = get_pledges(store, [pledge_id])
    return found[0] if found else None


def clean_pledge(store: Store, pledge: Pledge) -> Pledge:
    try:
        status = PledgeStatus(pledge.status)
        source = PledgeSource(pledge.source)
    except ValueError as error:
        raise CommitmentError(str(error), es=f"valor no válido ({error})") from None
    cleaned = replace(
        pledge,
        unit=pledge.unit.strip().lower(),
        pledged_on=_check_date(pledge.pledged_on, "pledge date") or today_iso(),
        due_on=_check_date(pledge.due_on, "due date"),
        notes=pledge.notes.strip(),
        status=status,
        source=source,
    )
    if cleaned.quantity <= 0:
        raise CommitmentError(
            "a pledge needs a quantity of at least 1",
            es="un compromiso necesita una cantidad de al menos 1",
        )
    if not cleaned.unit:
        raise CommitmentError(
            "a pledge needs a unit, e.g. shifts",
            es="un compromiso necesita una unidad, p. ej. turnos",
        )
    if get_activity(store, cleaned.activity_id) is None:
        raise CommitmentError("that activity no longer exists", es="esa actividad ya no existe")
    if get_member(store, cleaned.member_id) is None:
        raise CommitmentError("that member no longer exists", es="ese miembro ya no existe")
    return cleaned


def add_pledge(store: Store, pledge: Pledge) -> Pledge:
    return _add_for_endorsement(store, pledge, clean_pledge, repo.insert_pledge, _pledge_values)


def update_pledge(store: Store, pledge: Pledge) -> Pledge:
    """Save changes to a pledge; returns it as it was (for undo)."""

    def clean(changed: Pledge) -> Pledge:
        if changed.endorsement_id != before.endorsement_id:
            _usable_endorsement(store, changed.endorsement_id)
        return clean_pledge(store, changed)

    def save(record_id: int, pledge: Pledge, _: Pledge) -> None:
        repo.update_pledge(store, record_id, _pledge_values(pledge))

    missing = CommitmentError("this pledge no longer exists", es="este compromiso ya no existe")
    before = existing(get_pledge, store, pledge.id, missing)
    return save_changes(store, pledge, get_pledge, missing, clean=clean, save=save)


def delete_pledges(store: Store, ids: Sequence[int]) -> list[Pledge]:
    """Remove pledges; returns them (give them to `restore_pledges` to undo)."""
    pledges = get_pledges(store, ids)
    words = _pledge_words(store, pledges)
    with store.transaction():
        repo.delete_pledges(store, [p.id for p in pledges if p.id is not None])
        for pledge, text in zip(pledges, words, strict=True):
            audit.record(store, "pledges", pledge.id, "delete", old_value=text)
    return pledges


def restore_pledges(store: Store, pledges: Iterable[Pledge]) -> None:
    """Put pledges back with their old ids (undo of a delete, redo of an add)."""
    pledges = list(pledges)
    words = _pledge_words(store, pledges)
    with store.transaction():
        for pledge, text in zip(pledges, words, strict=True):
            repo.insert_pledge(store, {**_pledge_values(pledge), "id": pledge.id})
            audit.record(store, "pledges", pledge.id, "restore", new_value=text)


def _pledge_words(store: Store, pledges: Sequence[Pledge]) -> list[str]:
    """ "Ana Núñez: 2 shifts of Phone bank (pledged)" for each pledge: the audit log names the
    member, never their contact details."""
    activities = activity_map(store)
    names: dict[int, str] = {}
    words = []
    for pledge in pledges:
        if pledge.member_id not in names:
            member = get_member(store, pledge.member_id)
            names[pledge.member_id] = member.display_name if member else "?"
        activity = activities.get(pledge.activity_id)
        words.append(
            f"{names[pledge.member_id]}: {pledge.quantity} {pledge.unit} of "
            f"{activity.name if activity else '?'} ({PledgeStatus(pledge.status).value})"
        )
    return words


def set_pledge_status(
    store: Store, ids: Sequence[int], status: PledgeStatus | str
) -> dict[int, PledgeStatus]:
    """Move pledges to a status (a bulk change); returns each one's previous status for undo."""
    try:
        status = PledgeStatus(status)
    except ValueError as error:
        raise CommitmentError(str(error), es=f"valor no válido ({error})") from None
    before = {p.id: p.status for p in get_pledges(store, ids) if p.id is not None}
    with store.transaction():
        repo.set_statuses(store, dict.fromkeys(before, str(status)))
    return before


def restore_pledge_statuses(store: Store, statuses: Mapping[int, PledgeStatus | str]) -> None:
    with store.transaction():
        repo.set_statuses(store, {pid: str(PledgeStatus(s)) for pid, s in statuses.items()})


# ----- one row of a paper sign-up sheet --------------------------------------------------------
@dataclass(frozen=True)
class SheetEntry:
    """What one person wrote on the sheet. `member_id` None means a new member named `name`."""

    name: str
    member_id: int | None = None
    phone: str = ""
    email: str = ""
    quantities: tuple[tuple[int, int], ...] = ()  # (activity id, quantity) for each tick
    notes: str = ""


@dataclass(frozen=True)
class SheetRowResult:
    member: Member
    new_member: bool
    pledges: tuple[Pledge, ...]


def split_name(name: str) -> tuple[str, str]:
    """ "Jo Anne Smith" → ("Jo", "Anne Smith"): first word first name, the rest last name."""
    words = name.split()
    if not words:
        return "", ""
    return words[0], " ".join(words[1:])


def record_sheet_row(
    store: Store,
    endorsement_id: int,
    entry: SheetEntry,
    *,
    pledged_on: str | None = None,
    due_on: str | None = None,
) -> SheetRowResult:
    """Save one sheet row in one transaction: the new member (if any) and a pledge per tick.

    Notes go on each pledge of the row; the unit is each activity's own.
    """
    _usable_endorsement(store, endorsement_id)
    activities = activity_map(store)
    for activity_id, quantity in entry.quantities:
        if activity_id not in activities:
            raise CommitmentError(
                "one of the ticked activities no longer exists",
                es="una de las actividades marcadas ya no existe",
            )
        if quantity <= 0:
            raise CommitmentError(
                "a ticked activity needs a quantity of at least 1",
                es="una actividad marcada necesita una cantidad de al menos 1",
            )
    with store.transaction():
        if entry.member_id is None:
            first, last = split_name(entry.name)
            member = add_member(
                store,
                Member(
                    first_name=first,
                    last_name=last,
                    phone=entry.phone,
                    email=entry.email,
                    joined_on=pledged_on or today_iso(),
                    notes=SHEET_MEMBER_NOTE,
                ),
            )
            new_member = True
        else:
            found = get_member(store, entry.member_id)
            if found is None:
                raise CommitmentError(
                    f"{entry.name} is no longer on the roster",
                    es=f"{entry.name} ya no está en la lista de miembros",
                )
            member, new_member = found, False
        assert member.id is not None
        pledges = tuple(
            add_pledge(
                store,
                Pledge(
                    member_id=member.id,
                    endorsement_id=endorsement_id,
                    activity_id=activity_id,
                    quantity=quantity,
                    unit=activities[activity_id].unit,
                    pledged_on=pledged_on or today_iso(),
                    due_on=due_on,
                    notes=entry.notes,
                    source=PledgeSource.SHEET,
                ),
            )
            for activity_id, quantity in entry.quantities
        )
    return SheetRowResult(member, new_member, pledges)


def undo_sheet_row(store: Store, result: SheetRowResult) -> None:
    with store.transaction():
        delete_pledges(store, [p.id for p in result.pledges if p.id is not None])
        if result.new_member and result.member.id is not None:
            delete_member(store, result.member.id)


def redo_sheet_row(store: Store, result: SheetRowResult) -> None:
    with store.transaction():
        if result.new_member:
            restore_member(store, result.member)
        restore_pledges(store, result.pledges)


# ----- what lists, sheets and reports show -----------------------------------------------------
def endorsement_labels(store: Store) -> dict[int, str]:
    """ "Ana Núñez — Mayor" for every endorsement, by id."""
    return {endorsement_id: label for endorsement_id, label, _ in endorsement_choices(store)}


def endorsement_choices(store: Store) -> list[tuple[int, str, str]]:
    """(id, label as `endorsements.describe` makes it, status) of every endorsement, in
    `list_endorsements`' order: one query, not three small ones an endorsement."""
    return [
        (endorsement_id, f"{name or '?'} — {_race_title(office, district)}", status)
        for endorsement_id, name, office, district, _, status in table_pages.endorsements_labelled(
            store
        )
    ]


def _race_title(office: str | None, district: str) -> str:
    """`Race.title`, or "?" for a race that is not there."""
    if office is None:
        return "?"
    return f"{office} — {district}" if district else office


@dataclass(frozen=True)
class PledgeTable:
    """Every pledge (or one endorsement's) with what a table needs to show and filter them:
    names by id, and the due date and overdue flag of each row worked out on demand."""

    rows: list[PledgeListing]
    member_names: Mapping[int, str]
    activities: Mapping[int, Activity]
    endorsement_labels: Mapping[int, str]
    goal_due: Mapping[tuple[int, int], str | None]
    election_dates: Mapping[int, str | None]
    today: str

    def member_name(self, row: PledgeListing) -> str:
        return self.member_names.get(row.member_id, "?")

    def activity_name(self, row: PledgeListing) -> str:
        activity = self.activities.get(row.activity_id)
        return activity.name if activity else "?"

    def category(self, row: PledgeListing) -> ActivityCategory:
        activity = self.activities.get(row.activity_id)
        return activity.category if activity else ActivityCategory.PEOPLE

    def endorsement_label(self, row: PledgeListing) -> str:
        return self.endorsement_labels.get(row.endorsement_id, "?")

    def due(self, row: PledgeListing) -> str | None:
        """Its own due date, else its goal's, else election day (see commitment_progress)."""
        return effective_due(
            row.due_on,
            self.goal_due.get((row.endorsement_id, row.activity_id)),
            self.election_dates.get(row.endorsement_id),
        )

    def overdue(self, row: PledgeListing) -> bool:
        return is_overdue(row.status, self.due(row), self.today)


def pledge_table(
    store: Store,
    endorsement_id: int | None = None,
    today: str | None = None,
    with_rows: bool = True,
    names: Mapping[int, str] | None = None,
) -> PledgeTable:
    """The pledges in roster order (by member's last name), each member's as entered; or, not
    `with_rows`, only the names, dates and labels to show them by (a table reading its rows a
    page at a time: `pledge_pages.PledgePages`, which passes `names` read as they are shown)."""
    names = member_names(store) if names is None else names
    rows = repo.listing(store, endorsement_id) if with_rows else []
    if rows:
        rank = {member_id: position for position, member_id in enumerate(names)}
        rows.sort(key=lambda row: rank.get(row.member_id, -1))  # by member, then as entered
    return PledgeTable(
        rows=rows,
        member_names=names,
        activities=activity_map(store),
        endorsement_labels=endorsement_labels(store),
        goal_due={(g.endorsement_id, g.activity_id): g.due_on for g in list_goals(store)},
        election_dates=election_dates(store),
        today=today or today_iso(),
    )


def offered_activities(store: Store, endorsement_id: int | None) -> list[Activity]:
    """The activities a sign-up sheet offers: the endorsement's goals, in catalog order.

    With no goals yet (or no endorsement yet) the sheet offers the everyday volunteer asks.
    """
    catalog = list_activities(store, include_archived=False)
    if endorsement_id is not None:
        wanted = {g.activity_id for g in list_goals(store, endorsement_id)}
        chosen = [a for a in catalog if a.id in wanted]
        if chosen:
            return chosen
    by_name = {name_key(a.name): a for a in catalog}
    chosen = [by_name[name_key(name)] for name in DEFAULT_OFFER if name_key(name) in by_name]
    if chosen:
        return sorted(chosen, key=catalog.index)
    return [a for a in catalog if a.category != ActivityCategory.MONEY][:DEFAULT_OFFER_SIZE]


def member_names(store: Store, order: Sequence[int] | None = None) -> dict[int, str]:
    """Member id → name, in the roster's name order (`members.ids_in_name_order`, unless the
    caller has it already: `order`)."""
    found = dict(repo.member_names(store))
    in_order = ids_in_name_order(store) if order is None else order
    return {member_id: found[member_id] or "?" for member_id in in_order}


def election_dates(store: Store) -> dict[int, str | None]:
    """Endorsement id → its race's election day."""
    return {row[0]: row[4] for row in table_pages.endorsements_labelled(store)}


def progress(store: Store, endorsement_id: int, today: str | None = None) -> Progress:
    """Goals, totals and the overdue list for one endorsement (see commitment_progress)."""
    return summarise(
        goals=list_goals(store, endorsement_id),
        pledges=list_pledges(store, endorsement_id),
        activities=activity_map(store),
        member_names=member_names(store),
        election_dates=election_dates(store),
        today=today or today_iso(),
    )


def goals_progress(store: Store, endorsement_id: int) -> list[GoalProgress]:
    """Only the goals' figures, with no member in them: what the projector may show."""
    return goal_progress(
        list_goals(store, endorsement_id), list_pledges(store, endorsement_id), activity_map(store)
    )


def present_member_names(store: Store) -> list[str]:
    """Names (never contact details) of the members checked in at the latest meeting."""
    names = (
        f"{row['first_name']} {row['last_name']}".strip()
        for row in repo.present_at_latest_meeting(store)
    )
    return [name for name in names if name]
