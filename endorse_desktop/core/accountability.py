"""After the election (issue 16): a winner's actions in office, rated on the group's values.

An action (a vote, a statement, a town hall held or refused) has a date, evidence and a source,
and a rating on one value on the scorecard's scale (0 Opposes … 4 Champion). Per value the
scorecard keeps a trend: the ratings in date order, their average and which way they went.

When an official the group endorsed is rated Opposes on a dealbreaker value, the endorsement is
to be reviewed: `review_prompts` lists those not yet answered, and `review_endorsement` answers
one through the endorsement's own flow (`core.endorsements.set_status`: conditional or
rescinded, with its audit entry) or keeps it, which is written in the audit log too, so the
prompt does not come back for that action.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from fractions import Fraction
from functools import partial
from typing import Any

from endorse_desktop.core.bilingual import Said
from endorse_desktop.core.errors import InvalidInputError

from .endorsements import set_status
from .names import clean_name
from .ratings import MAX_RATING, MIN_RATING
from .record_changes import (
    deleted_and_logged,
    existing,
    record_or_none,
    refuse_unless_one_of,
    restored_and_logged,
    save_changes,
)
from .results import parse_date
from .scoring import OPPOSES, rating_label
from .store import Store, audit, records
from .store import cycles as repo
from .values import get_value, list_values

SOURCES = ("", "record", "statement", "news", "meeting", "other")
DECISIONS = ("keep", "conditional", "rescinded")


class AccountabilityError(InvalidInputError):
    """An action in office or a review that cannot be recorded (one line, for the user)."""


_GONE = Said("this action no longer exists", "esta acción ya no existe")


@dataclass(frozen=True)
class OfficeAction:
    person_id: int
    value_id: int
    action: str
    acted_on: str
    rating: int
    evidence: str = ""
    source: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Official:
    """A person the group endorsed who won: the one whose actions in office are scored."""

    person_id: int
    name: str
    office: str  # the race won, "Mayor — City of Riverton"
    cycle_name: str
    endorsement_id: int
    endorsement_status: str
    endorsed_on: str


@dataclass(frozen=True)
class ValueTrend:
    value_id: int
    title: str
    dealbreaker: bool
    ratings: tuple[tuple[str, int], ...]  # (date, rating), oldest first
    endorsed_rating: int | None  # the scorecard rating the endorsement stood on

    @property
    def average(self) -> Fraction | None:
        if not self.ratings:
            return None
        return Fraction(sum(r for _, r in self.ratings), len(self.ratings))

    @property
    def direction(self) -> int:
        """+1 better, -1 worse, 0 steady: the latest against the first in office (or, with one
        action, against the rating the group endorsed on)."""
        if not self.ratings:
            return 0
        latest = self.ratings[-1][1]
        before = self.ratings[0][1] if len(self.ratings) > 1 else self.endorsed_rating
        if before is None:
            return 0
        return (latest > before) - (latest < before)

    @property
    def latest_label(self) -> str:
        return rating_label(self.ratings[-1][1]) if self.ratings else rating_label(None)


@dataclass(frozen=True)
class ReviewPrompt:
    """ "Review the endorsement": an endorsed official rated Opposes on a dealbreaker."""

    endorsement_id: int
    person_id: int
    name: str
    value_title: str
    action_id: int
    action: str
    acted_on: str

    @property
    def text(self) -> str:
        return (
            f"{self.name} was rated Opposes on {self.value_title}, a dealbreaker "
            f"({self.action}, {self.acted_on}): review the endorsement"
        )


def _from_row(row: Any) -> OfficeAction:
    return OfficeAction(**dict(row))


def clean_action(action: OfficeAction) -> OfficeAction:
    text = clean_name(action.action, "the action")
    if not text:
        raise AccountabilityError(
            "say what the official did (a vote, a statement, a town hall)",
            es="diga qué hizo el funcionario (un voto, una declaración, una asamblea pública)",
        )
    acted_on = parse_date(action.acted_on)
    if acted_on is None:
        raise AccountabilityError(
            "an action needs the date it happened", es="una acción necesita la fecha en que ocurrió"
        )
    if not MIN_RATING <= action.rating <= MAX_RATING:
        raise AccountabilityError(
            "rate the action from Opposes to Champion",
            es="califique la acción de Se opone a Campeón",
        )
    refuse_unless_one_of(action.source, SOURCES, "source", AccountabilityError)
    return replace(action, action=text, acted_on=acted_on, evidence=action.evidence.strip())


def list_actions(store: Store, person_id: int) -> list[OfficeAction]:
    return [_from_row(row) for row in repo.actions_of(store, person_id)]


def get_action(store: Store, action_id: int) -> OfficeAction | None:
    return record_or_none(_from_row, repo.action_by_id(store, action_id))


def _check_refs(store: Store, action: OfficeAction) -> None:
    if repo.person_name(store, action.person_id) is None:
        raise AccountabilityError(
            "this official is no longer in the file", es="este funcionario ya no está en el archivo"
        )
    if get_value(store, action.value_id) is None:
        raise AccountabilityError("this value no longer exists", es="este valor ya no existe")


def _checked(store: Store, action: OfficeAction) -> OfficeAction:
    """Clean, and refuse an action whose official or value is gone."""
    action = clean_action(action)
    _check_refs(store, action)
    return action


def add_action(store: Store, action: OfficeAction) -> OfficeAction:
    action = _checked(store, action)
    data = asdict(action)
    data.pop("id")
    with store.transaction():
        new_id = records.insert(store, repo.ACTIONS, repo.ACTION_COLUMNS, data)
    return replace(action, id=new_id)


def update_action(store: Store, action: OfficeAction) -> OfficeAction:
    """Save changes; returns the action as it was (for undo)."""

    def save(action_id: int, action: OfficeAction, _: OfficeAction) -> None:
        records.update(store, repo.ACTIONS, action_id, repo.ACTION_COLUMNS, asdict(action))

    gone = AccountabilityError(_GONE)
    return save_changes(store, action, get_action, gone, clean=partial(_checked, store), save=save)


def delete_action(store: Store, action_id: int) -> OfficeAction:
    before = existing(get_action, store, action_id, AccountabilityError(_GONE))
    delete = partial(repo.delete_action, store, action_id)
    return deleted_and_logged(store, "office_actions", before, before.action, delete)


def restore_action(store: Store, action: OfficeAction) -> OfficeAction:
    insert = partial(records.insert, store, repo.ACTIONS, repo.ACTION_COLUMNS, asdict(action))
    return restored_and_logged(store, "office_actions", action, action.action, insert)


# ----- who is in office, and how they act ------------------------------------------------------
def officials(store: Store) -> list[Official]:
    """Everyone the group endorsed who won, latest win first (rescinded endorsements too: the
    record of a broken-with official is part of the group's track record)."""
    found = []
    for row in store.rows(
        "SELECT c.person_id, p.name, r.office, r.district, y.name AS cycle_name, "
        "e.id AS endorsement_id, e.status, e.endorsed_on FROM results res "
        "JOIN candidates c ON c.id = res.candidate_id JOIN people p ON p.id = c.person_id "
        "JOIN races r ON r.id = c.race_id JOIN cycles y ON y.id = r.cycle_id "
        "JOIN endorsements e ON e.candidate_id = c.id AND e.id = (SELECT max(id) FROM "
        "endorsements WHERE candidate_id = c.id) WHERE res.outcome = 'won' "
        "ORDER BY y.position DESC, y.id DESC, r.position, r.id"
    ):
        office = f"{row['office']} — {row['district']}" if row["district"] else str(row["office"])
        found.append(
            Official(
                int(row["person_id"]),
                str(row["name"]),
                office,
                str(row["cycle_name"]),
                int(row["endorsement_id"]),
                str(row["status"]),
                str(row["endorsed_on"]),
            )
        )
    return found


def official_for(store: Store, person_id: int) -> Official | None:
    return next((o for o in officials(store) if o.person_id == person_id), None)


def _endorsed_ratings(store: Store, endorsement_id: int) -> dict[int, int | None]:
    candidate = store.scalar(
        "SELECT candidate_id FROM endorsements WHERE id = ?", (endorsement_id,)
    )
    return {} if candidate is None else repo.ratings_of(store, int(candidate))


def trends(store: Store, person_id: int) -> list[ValueTrend]:
    """One line per value of the group (in its order), with the official's ratings in office."""
    official = official_for(store, person_id)
    endorsed = {} if official is None else _endorsed_ratings(store, official.endorsement_id)
    by_value: dict[int, list[tuple[str, int]]] = {}
    for action in list_actions(store, person_id):
        by_value.setdefault(action.value_id, []).append((action.acted_on, action.rating))
    return [
        ValueTrend(
            value.id,
            value.title,
            value.dealbreaker,
            tuple(by_value.get(value.id, ())),
            endorsed.get(value.id),
        )
        for value in list_values(store)
        if value.id is not None
    ]


# ----- review the endorsement ------------------------------------------------------------------
def review_prompts(store: Store) -> list[ReviewPrompt]:
    """Dealbreaker Opposes ratings of endorsed officials not yet answered by a review."""
    dealbreakers = {v.id: v.title for v in list_values(store) if v.dealbreaker}
    prompts = []
    for official in officials(store):
        if official.endorsement_status == "rescinded":
            continue
        answered = {
            int(row["new_value"])
            for row in audit.entries(store, "endorsements", official.endorsement_id)
            if row["action"] == "reviewed" and str(row["new_value"] or "").isdigit()
        }
        for action in list_actions(store, official.person_id):
            if (
                action.rating == OPPOSES
                and action.value_id in dealbreakers
                and action.id is not None
                and action.id not in answered
            ):
                prompts.append(
                    ReviewPrompt(
                        official.endorsement_id,
                        official.person_id,
                        official.name,
                        dealbreakers[action.value_id],
                        action.id,
                        action.action,
                        action.acted_on,
                    )
                )
    return prompts


def review_endorsement(store: Store, prompt: ReviewPrompt, decision: str, reason: str) -> str:
    """Answer a prompt: keep the endorsement, make it conditional (`reason` is the condition) or
    rescind it (`reason` says why). Returns the endorsement's status before (for undo)."""
    if decision not in DECISIONS:
        raise AccountabilityError(
            f"decide one of {', '.join(DECISIONS)}",
            es=f"elija una de estas decisiones: {', '.join(DECISIONS)}",
        )
    reason = reason.strip()
    if not reason:
        raise AccountabilityError(
            "write down why the group decided this",
            es="escriba por qué el grupo tomó esta decisión",
        )
    before = store.scalar("SELECT status FROM endorsements WHERE id = ?", (prompt.endorsement_id,))
    if before is None:
        raise AccountabilityError(
            "this endorsement no longer exists", es="este respaldo ya no existe"
        )
    with store.transaction():
        if decision == "conditional":
            set_status(store, prompt.endorsement_id, "conditional", condition_text=reason)
        elif decision == "rescinded":
            set_status(store, prompt.endorsement_id, "rescinded", reason=reason)
        audit.record(
            store,
            "endorsements",
            prompt.endorsement_id,
            "reviewed",
            field="office_action",
            new_value=prompt.action_id,
            reason=f"{decision}: {reason}",
        )
    return str(before)
