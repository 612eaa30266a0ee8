"""The Results tab's dialogs: a candidate's result, an action in office, a review, a new cycle."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from endorse_desktop.core import accountability
from endorse_desktop.core.accountability import AccountabilityError, OfficeAction, ReviewPrompt
from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.cycles import CarryOver, CycleError
from endorse_desktop.core.names import clean_name
from endorse_desktop.core.results import (
    OUTCOME_LABELS,
    Result,
    ResultError,
    parse_date,
    parse_share,
    parse_votes,
    share_text,
)
from endorse_desktop.core.scoring import RATING_LABELS
from endorse_desktop.core.values import Value
from endorse_desktop.ui.widgets.forms import FormDialog


class ResultDialog(FormDialog):
    """How the race came out for one candidate: outcome, votes, share, date, source."""

    refusals = (ResultError,)

    def __init__(
        self, candidate_id: int, heading: str, before: Result | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Result for %s") % heading, parent)
        self._candidate_id = candidate_id
        self._chosen: Result | None = None
        labels = {key: self.tr(text) for key, text in OUTCOME_LABELS.items()}
        self.outcome_box = self.combo(
            self.tr("&Outcome:"), labels, before.outcome if before else "won"
        )
        self.votes_edit = self.line(
            self.tr("&Votes:"),
            "" if before is None or before.votes is None else f"{before.votes}",
            placeholder=self.tr("e.g. 5,120 (leave empty if not known)"),
        )
        self.share_edit = self.line(
            self.tr("&Share of the vote (%):"),
            share_text(before.share).removesuffix("%") if before and before.share else "",
            placeholder=self.tr("e.g. 52.3 (worked out from the votes when all are in)"),
        )
        self.date_edit = self.line(
            self.tr("&Decided on:"),
            before.decided_on if before and before.decided_on else "",
            placeholder=self.tr("e.g. 2026-11-17 (certified)"),
        )
        self.source_edit = self.line(
            self.tr("So&urce:"),
            before.source if before else "",
            placeholder=self.tr("e.g. County board of elections"),
        )

    def chosen(self) -> Result | None:
        return self._chosen

    def check(self) -> str | None:
        self._chosen = Result(
            self._candidate_id,
            str(self.outcome_box.currentData()),
            parse_votes(self.votes_edit.text()),
            parse_share(self.share_edit.text()),
            parse_date(self.date_edit.text()),
            self.source_edit.text().strip(),
        )
        return None


class OfficeActionDialog(FormDialog):
    """One thing an official did in office, rated on one value."""

    refusals = (AccountabilityError, ResultError)

    def __init__(
        self, person_id: int, name: str, values: list[Value], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Rate an action in office: %s") % name, parent, min_width=520)
        self._person_id = person_id
        self._chosen: OfficeAction | None = None
        self.value_box = self.combo(
            self.tr("&Value:"),
            {str(v.id): v.title for v in values if v.id is not None},
            str(values[0].id) if values else "",
        )
        self.action_edit = self.line(
            self.tr("&Action:"), "", placeholder=self.tr("e.g. Voted for the zoning ordinance")
        )
        self.date_edit = self.line(self.tr("&Date:"), today_iso(), placeholder="2027-03-01")
        self.rating_box = self.combo(
            self.tr("&Rating:"), {str(k): self.tr(v) for k, v in RATING_LABELS.items()}, "2"
        )
        self.evidence_edit = self.text_area(self.tr("&Evidence:"), "", height=60)
        self.source_box = self.combo(
            self.tr("&Source:"),
            {
                "record": self.tr("Voting record"),
                "statement": self.tr("Statement"),
                "news": self.tr("News report"),
                "meeting": self.tr("Public meeting"),
                "other": self.tr("Other"),
                "": self.tr("Not given"),
            },
            "record",
        )

    def chosen(self) -> OfficeAction | None:
        return self._chosen

    def check(self) -> str | None:
        action = OfficeAction(
            self._person_id,
            int(self.value_box.currentData() or 0),
            self.action_edit.text(),
            self.date_edit.text(),
            int(self.rating_box.currentData()),
            self.evidence_edit.toPlainText(),
            str(self.source_box.currentData()),
        )
        self._chosen = accountability.clean_action(action)
        return None


class ReviewDialog(FormDialog):
    """ "Review the endorsement": keep it, make it conditional, or rescind it, and why."""

    refusals = (AccountabilityError,)

    def __init__(self, prompt: ReviewPrompt, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review the endorsement of %s") % prompt.name, parent)
        self.prompt = prompt
        explain = QLabel(prompt.text)
        explain.setWordWrap(True)
        explain.setAccessibleName(self.tr("Why the endorsement is to be reviewed"))
        self.append(explain)
        self.decision_box = self.combo(
            self.tr("&Decision:"),
            {
                "conditional": self.tr("Make it conditional"),
                "keep": self.tr("Keep the endorsement as it is"),
                "rescinded": self.tr("Rescind the endorsement"),
            },
            "conditional",
        )
        self.reason_edit = self.text_area(
            self.tr("&Why (or the condition):"), "", self.tr("Reason"), height=70
        )

    def decision(self) -> tuple[str, str]:
        return str(self.decision_box.currentData()), self.reason_edit.toPlainText().strip()

    def check(self) -> str | None:
        if not self.reason_edit.toPlainText().strip():
            return self.tr("Write down why the group decided this (or the condition).")
        return None


class NewCycleDialog(FormDialog):
    """Open the next election cycle; the facilitator chooses what it takes along."""

    refusals = (CycleError,)

    def __init__(self, taken: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New election cycle"), parent, ok_text=self.tr("&Open Cycle"))
        self._taken = {name.casefold() for name in taken}
        self.name_edit = self.line(self.tr("&Name:"), "", placeholder=self.tr("e.g. 2026 General"))
        note = QLabel(
            self.tr(
                "Values stay the group's (their weights in the cycle now ending are kept with "
                "it). A candidate who runs again is recognised by name, with their record."
            )
        )
        note.setWordWrap(True)
        self.append(note)
        self.races_check = QCheckBox(self.tr("Carry over &races where someone advanced"))
        self.endorsements_check = QCheckBox(self.tr("…with the group's &endorsements"))
        self.goals_check = QCheckBox(self.tr("…and their activity &goals"))
        for box in (self.races_check, self.endorsements_check, self.goals_check):
            box.setChecked(True)
            self.form.addRow("", box)

    def carry(self) -> CarryOver:
        return CarryOver(
            advancing_races=self.races_check.isChecked(),
            endorsements=self.endorsements_check.isChecked(),
            goals=self.goals_check.isChecked(),
        )

    def name(self) -> str:
        return clean_name(self.name_edit.text(), "the cycle's name")

    def check(self) -> str | None:
        name = self.name()
        if not name:
            return self.tr("Give the cycle a name, e.g. 2026 General.")
        if name.casefold() in self._taken:
            return self.tr("There is already a cycle called %s.") % name
        return None
