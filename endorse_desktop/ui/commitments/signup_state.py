"""The sign-up sheet's rows and states, without any widget: what the grid's keys act on.

`EntryState` is where a row is on its way from name to saved, `hints()` what each key means in
each state, `SheetRow` one typed line of the paper sheet, and `roster_names`/`roster_matches`
how a typed name finds a member (signup_entry.py's docstring tells the whole walk).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.members import list_members
from endorse_desktop.core.names import typed_key
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

ROWS = 18  # like the printed sheet
NAME, PHONE, EMAIL = 0, 1, 2
FIRST_ACTIVITY = 3
MAX_QUANTITY = 1_000_000


_tr = translator("SignupEntry")  # one context for the whole page


def fold(text: str) -> str:
    """How typed names are compared: the one name rule (core/names.py), trailing space kept."""
    return typed_key(text)


class EntryState(Enum):
    """Where the row under the cursor is on its way from name to saved."""

    BLANK = "blank"  # nothing typed on this row
    NAME = "name"  # typing the name
    CONFIRM = "confirm"  # a name not on the roster: add a new member?
    PHONE = "phone"  # a new member's phone, from the sheet
    EMAIL = "email"  # a new member's email
    ACTIVITIES = "activities"  # ticking activities and quantities
    QUANTITY = "quantity"  # typing a quantity (after F2)
    NOTES = "notes"  # typing the row's notes
    SAVED = "saved"  # recorded: no key changes it


def hints() -> dict[EntryState, str]:
    """Every key's one meaning in each state, as the line above the grid shows it."""
    return {
        EntryState.BLANK: _tr("Type the name on the sheet · Up/Down: another row"),
        EntryState.NAME: _tr(
            "Letters: the name · Enter or Tab: take the match shown (or the name as typed) · "
            "1–9: take it and tick that activity · Up/Down: other matches · Esc: hide the "
            "match, then clear · Backspace: delete a letter"
        ),
        EntryState.CONFIRM: _tr("Enter: add as a new member · Esc: retype the name"),
        EntryState.PHONE: _tr("Type the phone from the sheet · Enter or Tab: on to the email"),
        EntryState.EMAIL: _tr("Type the email from the sheet · Enter or Tab: on to the activities"),
        EntryState.ACTIVITIES: _tr(
            "1–9: tick or untick that activity · Space: tick the column under the cursor · "
            "+/−: its quantity · F2: type a quantity · Left/Right: move · Enter or Down: save "
            "the row, next row · Esc: back to the name"
        ),
        EntryState.QUANTITY: _tr(
            "Digits: the quantity · Enter: set it (0 unticks) · Esc: keep the old one"
        ),
        EntryState.NOTES: _tr("Type the notes · Enter: save the row, next row · Esc: back"),
        EntryState.SAVED: _tr(
            "This row is saved: no key changes it · Ctrl+Z takes the last saved row back · "
            "Up/Down: another row"
        ),
    }


@dataclass(frozen=True, slots=True)  # slots: one per member, kept while the page is open
class RosterName:
    label: str  # what the grid shows and completes to
    member_id: int
    folded: str


def roster_names(session: Session) -> list[RosterName]:
    """Active members by name; two members with one name are told apart by their email."""
    members = [m for m in list_members(session.store) if not m.archived and m.id is not None]
    counts: dict[str, int] = {}
    for member in members:
        key = fold(member.display_name.strip())
        counts[key] = counts.get(key, 0) + 1
    names = []
    for member in members:
        label = member.display_name
        if counts[fold(label.strip())] > 1 and member.email:
            label = f"{label} <{member.email}>"
        assert member.id is not None
        names.append(RosterName(label, member.id, fold(label.strip())))
    return sorted(names, key=lambda n: n.folded)


def roster_matches(roster: list[RosterName], typed: str) -> list[RosterName]:
    """Names starting with what was typed, then names with a later word starting with it."""
    wanted = fold(typed)
    if not wanted.strip():
        return []
    first = [n for n in roster if n.folded.startswith(wanted)]
    taken = {n.member_id for n in first}
    later = [
        n for n in roster if n.member_id not in taken and f" {wanted.strip()}" in f" {n.folded}"
    ]
    return first + later


@dataclass(eq=False)  # rows are told apart by identity: two blank rows are not the same row
class SheetRow:
    """One line of the paper sheet as typed so far (UI state until it is saved)."""

    name: str = ""  # as typed, until it is taken (then the roster's label, or as typed)
    member_id: int | None = None
    awaiting_confirmation: bool = False  # a name not on the roster, not yet confirmed
    new_member: bool = False  # confirmed: saving the row adds this member
    phone: str = ""
    email: str = ""
    quantities: dict[int, int] = field(default_factory=dict)  # activity id → quantity
    notes: str = ""
    saved: core.SheetRowResult | None = None
    suggestion: RosterName | None = None  # the match shown while the name is typed
    quantity_draft: str | None = None  # digits typed after F2, not yet set
    quantity_draft_column: int = -1

    @property
    def identified(self) -> bool:
        return self.member_id is not None or self.new_member

    @property
    def started(self) -> bool:
        return bool(self.name) or self.identified

    def entry(self) -> core.SheetEntry:
        return core.SheetEntry(
            name=self.name,
            member_id=None if self.new_member else self.member_id,
            phone=self.phone if self.new_member else "",
            email=self.email if self.new_member else "",
            quantities=tuple((aid, q) for aid, q in self.quantities.items() if q > 0),
            notes=self.notes,
        )
