"""Dialogs of the Commitments tab: a pledge, a goal, an endorsement made elsewhere, the activity
catalog, and what to print on a sign-up sheet.

Each dialog only collects a record; the tab saves it through an undo command.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import (
    UNITS,
    Activity,
    ActivityCategory,
    Goal,
    Pledge,
    PledgeSource,
    PledgeStatus,
)
from endorse_desktop.core.endorsements import (
    Endorsement,
    endorsements_for_race,
    list_endorsements,
)
from endorse_desktop.core.members import list_members
from endorse_desktop.core.names import name_key
from endorse_desktop.core.races import get_candidate, list_candidates, list_races
from endorse_desktop.ui.widgets.cautions import (
    Caution,
    coordination_caution,
    money_caution,
)
from endorse_desktop.ui.widgets.forms import FormDialog
from endorse_desktop.ui.widgets.language_combo import LanguageCombo
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

MAX_QUANTITY = 1_000_000


_tr = translator("CommitmentDialogs")


def category_label(category: ActivityCategory) -> str:
    return {
        ActivityCategory.PEOPLE: _tr("People"),
        ActivityCategory.MEDIA: _tr("Media"),
        ActivityCategory.MONEY: _tr("Money"),
    }[ActivityCategory(category)]


def status_label(status: PledgeStatus) -> str:
    return {
        PledgeStatus.PLEDGED: _tr("Pledged"),
        PledgeStatus.CONFIRMED: _tr("Confirmed"),
        PledgeStatus.DONE: _tr("Done"),
        PledgeStatus.NO_SHOW: _tr("No-show"),
        PledgeStatus.DROPPED: _tr("Dropped"),
    }[PledgeStatus(status)]


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) jumps to `widget` inside a row of several."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _date_edit(value: str | None, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.fromString(value or today_iso(), "yyyy-MM-dd"))
    edit.setAccessibleName(name)
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a check box turns it on."""

    def __init__(self, value: str | None, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.check.setChecked(value is not None)
        self.check.setAccessibleName(label)
        self.edit = _date_edit(value, label)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> str | None:
        return self.edit.date().toString("yyyy-MM-dd") if self.check.isChecked() else None


def activity_combo(activities: list[Activity], chosen: int | None = None) -> QComboBox:
    combo = QComboBox()
    for activity in activities:
        combo.addItem(f"{activity.name} ({category_label(activity.category)})", activity.id)
    if chosen is not None:
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.setAccessibleName(_tr("Activity"))
    return combo


def unit_combo(unit: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(UNITS))
    combo.setCurrentText(unit)
    combo.setAccessibleName(_tr("Unit"))
    return combo


class PledgeDialog(FormDialog):
    """Add or edit one pledge by hand (source "typed" unless it came from a sheet)."""

    def __init__(
        self,
        session: Session,
        endorsements: dict[int, str],
        pledge: Pledge | None = None,
        endorsement_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_tr("Edit pledge") if pledge else _tr("New pledge"), parent)
        self._pledge = pledge
        self._result: Pledge | None = None
        self._activities = [
            a
            for a in core.list_activities(session.store)
            if not a.archived or (pledge and a.id == pledge.activity_id)
        ]
        members = [m for m in list_members(session.store) if not m.archived or pledge]
        self.member_combo = QComboBox()
        self.member_combo.setEditable(True)
        self.member_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for member in members:
            self.member_combo.addItem(member.display_name, member.id)
        completer = self.member_combo.completer()  # an editable combo box always has one
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.member_combo.setAccessibleName(_tr("Member"))
        self.endorsement_combo = QComboBox()
        for eid, label in endorsements.items():
            self.endorsement_combo.addItem(label, eid)
        self.endorsement_combo.setAccessibleName(_tr("Endorsement"))
        self.activity = activity_combo(self._activities, pledge.activity_id if pledge else None)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setAccessibleName(_tr("Quantity"))
        self.unit = unit_combo(pledge.unit if pledge else "shifts")
        self.pledged_on = _date_edit(pledge.pledged_on if pledge else None, _tr("Pledged on"))
        self.due = OptionalDate(pledge.due_on if pledge else None, _tr("Due by"))
        self.status = QComboBox()
        for status in PledgeStatus:
            self.status.addItem(status_label(status), str(status))
        self.status.setAccessibleName(_tr("Status"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(_tr("Notes"))
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity)
        quantity_row.addWidget(self.unit, 1)
        self.form.addRow(_tr("&Member:"), self.member_combo)
        self.form.addRow(_tr("E&ndorsement:"), self.endorsement_combo)
        self.form.addRow(_tr("&Activity:"), self.activity)
        self.form.addRow(_buddy(_tr("&Quantity:"), self.quantity), quantity_row)
        self.form.addRow(_tr("&Pledged on:"), self.pledged_on)
        self.form.addRow("", self.due)
        self.form.addRow(_tr("&Status:"), self.status)
        self.form.addRow(_tr("N&otes:"), self.notes)
        self.money_caution = Caution(money_caution(), _tr("Campaign finance caution"))
        self.append(self.money_caution)
        self.coordination = Caution(coordination_caution(), _tr("Coordination caution"))
        self.append(self.coordination)
        self.coordination.setVisible(session.settings.independent_expenditures)
        if pledge is not None:
            self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(pledge.member_id)))
            self.endorsement_combo.setCurrentIndex(
                max(0, self.endorsement_combo.findData(pledge.endorsement_id))
            )
            self.quantity.setValue(pledge.quantity)
            self.status.setCurrentIndex(max(0, self.status.findData(str(pledge.status))))
            self.notes.setText(pledge.notes)
        else:
            if endorsement_id is not None:
                self.endorsement_combo.setCurrentIndex(
                    max(0, self.endorsement_combo.findData(endorsement_id))
                )
            self.member_combo.setCurrentIndex(-1)
            self.member_combo.setEditText("")
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self._activity_changed(self.activity.currentIndex(), keep_unit=pledge is not None)

    @Slot(int)
    def _activity_changed(self, index: int, keep_unit: bool = False) -> None:
        if not 0 <= index < len(self._activities):
            return
        activity = self._activities[index]
        if not keep_unit:
            self.unit.setCurrentText(activity.unit)
        self.money_caution.setVisible(activity.category == ActivityCategory.MONEY)

    def _member_id(self) -> int | None:
        # The name rule (core/names.py): "jose nunez" typed is José Núñez.
        text = name_key(self.member_combo.currentText())
        index = self.member_combo.currentIndex()
        if index >= 0 and name_key(self.member_combo.itemText(index)) == text:
            return int(self.member_combo.itemData(index))
        for row in range(self.member_combo.count()):
            if name_key(self.member_combo.itemText(row)) == text:
                return int(self.member_combo.itemData(row))
        return None

    def check(self) -> str | None:
        member_id = self._member_id()
        if member_id is None:
            return _tr("Choose a member from the roster (add new people on the Members tab).")
        if self.endorsement_combo.currentIndex() < 0 or self.activity.currentIndex() < 0:
            return _tr("Choose an endorsement and an activity.")
        base = self._pledge or Pledge(member_id, 0, 0, source=PledgeSource.TYPED)
        self._result = replace(
            base,
            member_id=member_id,
            endorsement_id=int(self.endorsement_combo.currentData()),
            activity_id=int(self.activity.currentData()),
            quantity=self.quantity.value(),
            unit=self.unit.currentText().strip(),
            pledged_on=self.pledged_on.date().toString("yyyy-MM-dd"),
            due_on=self.due.value(),
            status=PledgeStatus(self.status.currentData()),
            notes=self.notes.text(),
        )
        return None

    def chosen(self) -> Pledge | None:
        return self._result


class GoalDialog(FormDialog):
    def __init__(
        self,
        session: Session,
        endorsement_id: int,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_tr("Edit goal") if goal else _tr("New goal"), parent)
        self._goal = goal
        self._endorsement_id = endorsement_id
        self._result: Goal | None = None
        taken = {g.activity_id for g in core.list_goals(session.store, endorsement_id)}
        self._activities = [
            a
            for a in core.list_activities(session.store, include_archived=False)
            if a.id not in taken or (goal and a.id == goal.activity_id)
        ]
        self.activity = activity_combo(self._activities, goal.activity_id if goal else None)
        self.target = QSpinBox()
        self.target.setRange(1, MAX_QUANTITY)
        self.target.setValue(goal.target if goal else 1)
        self.target.setAccessibleName(_tr("Target"))
        self.unit_label = QLabel()
        target_row = QHBoxLayout()
        target_row.addWidget(self.target)
        target_row.addWidget(self.unit_label, 1)
        self.due = OptionalDate(goal.due_on if goal else None, _tr("Due by"))
        self.notes = QLineEdit(goal.notes if goal else "")
        self.notes.setAccessibleName(_tr("Notes"))
        self.form.addRow(_tr("&Activity:"), self.activity)
        self.form.addRow(_buddy(_tr("&Target:"), self.target), target_row)
        self.form.addRow("", self.due)
        self.form.addRow(_tr("N&otes:"), self.notes)
        self.money_caution = Caution(money_caution(), _tr("Campaign finance caution"))
        self.append(self.money_caution)
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self._activity_changed(self.activity.currentIndex())

    @Slot(int)
    def _activity_changed(self, index: int) -> None:
        if 0 <= index < len(self._activities):
            activity = self._activities[index]
            self.unit_label.setText(activity.unit)
            self.money_caution.setVisible(activity.category == ActivityCategory.MONEY)

    def check(self) -> str | None:
        if self.activity.currentIndex() < 0:
            return _tr("Every activity already has a goal for this endorsement.")
        self._result = Goal(
            endorsement_id=self._endorsement_id,
            activity_id=int(self.activity.currentData()),
            target=self.target.value(),
            due_on=self.due.value(),
            notes=self.notes.text(),
            id=self._goal.id if self._goal else None,
        )
        return None

    def chosen(self) -> Goal | None:
        return self._result


class EndorsementDialog(FormDialog):
    """An endorsement the group decided elsewhere (another meeting, an email vote)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Add an endorsement made elsewhere"), parent)
        self._session = session
        self._result: Endorsement | None = None
        self.race = QComboBox()
        for race in list_races(session.store):
            self.race.addItem(race.title, race.id)
        self.row(_tr("&Race:"), self.race, _tr("Race"))
        self.candidate = QComboBox()
        self.row(_tr("&Candidate:"), self.candidate, _tr("Candidate"))
        self.date = _date_edit(None, _tr("Decided on"))
        self.form.addRow(_tr("&Decided on:"), self.date)
        self.summary = self.line(
            _tr("&How it was decided:"),
            "",
            _tr("How it was decided"),
            _tr("e.g. 24 of 31 members voted yes at the May meeting"),
        )
        self.condition = self.line(
            _tr("C&ondition:"),
            "",
            _tr("Condition"),
            _tr("Leave empty for an unconditional endorsement"),
        )
        self.race.currentIndexChanged.connect(self._race_changed)
        self._race_changed(self.race.currentIndex())

    @Slot(int)
    def _race_changed(self, index: int) -> None:
        self.candidate.clear()
        if index < 0:
            return
        race_id = int(self.race.currentData())
        endorsed = {e.candidate_id for e in endorsements_for_race(self._session.store, race_id)}
        for candidate in list_candidates(self._session.store, race_id):
            if candidate.id not in endorsed:
                self.candidate.addItem(candidate.name, candidate.id)

    def check(self) -> str | None:
        if self.race.currentIndex() < 0 or self.candidate.currentIndex() < 0:
            return _tr("Choose a race and a candidate the group has not endorsed yet.")
        condition = self.condition.text().strip()
        self._result = Endorsement(
            race_id=int(self.race.currentData()),
            candidate_id=int(self.candidate.currentData()),
            endorsed_on=self.date.date().toString("yyyy-MM-dd"),
            vote_summary=self.summary.text().strip(),
            status="conditional" if condition else "active",
            condition_text=condition,
        )
        return None

    def chosen(self) -> Endorsement | None:
        return self._result


class SignupOptions(TypedDict):
    """What SignupPrintDialog asks, as export_signup's keyword arguments (typed, so passing them
    on with ** cannot land in another parameter)."""

    race: str | None  # a race's title; None for every endorsement
    lang: str  # "en", "es" or "en+es"
    present_names: bool


class SignupPrintDialog(FormDialog):
    """File ▸ Print ▸ Sign-up sheet: which race, and whether to pre-print who was there."""

    ALL = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Print a sign-up sheet"), parent)
        self.race = QComboBox()
        self.race.addItem(_tr("Every endorsement (or every race before the vote)"), self.ALL)
        endorsed: dict[int, list[str]] = {}
        for endorsement in list_endorsements(session.store, include_rescinded=False):
            candidate = get_candidate(session.store, endorsement.candidate_id)
            if candidate is not None:
                endorsed.setdefault(endorsement.race_id, []).append(candidate.name)
        for race in list_races(session.store):
            who = ", ".join(endorsed.get(race.id or 0, [])) or _tr("no endorsement yet")
            self.race.addItem(f"{race.title} — {who}", race.title)
        self.race.setAccessibleName(_tr("Race"))
        names = core.present_member_names(session.store)
        self.present = QCheckBox(
            _tr(
                "Pre-print the names of the %n member(s) present at the latest meeting",
                None,
                len(names),
            )
            if names
            else _tr("Pre-print names (no meeting attendance recorded yet)")
        )
        self.present.setEnabled(bool(names))
        self.present.setToolTip(_tr("Names only: phone numbers and emails are never pre-printed"))
        self.present.setAccessibleName(_tr("Pre-print names of members present"))
        self.language = LanguageCombo()
        self.form.addRow(_tr("&Race:"), self.race)
        self.form.addRow("", self.present)
        self.form.addRow(_tr("Lan&guage:"), self.language)

    def options(self) -> SignupOptions:
        race = self.race.currentData()
        return {
            "race": race or None,
            "present_names": self.present.isChecked(),
            "lang": self.language.language().value,
        }
