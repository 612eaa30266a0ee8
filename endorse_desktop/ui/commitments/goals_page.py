"""The goals editor: what the group promises the campaign for the chosen endorsement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.progress import GoalProgress, quantity_text
from endorse_desktop.core.commitments.records import Goal
from endorse_desktop.ui.commitments import commands
from endorse_desktop.ui.commitments.dialogs import (
    GoalDialog,
    category_label,
)
from endorse_desktop.ui.commitments.page import CommitmentPage
from endorse_desktop.ui.shell.undo import Outcome
from endorse_desktop.ui.widgets.action_button import button_row
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.page_actions import page_action
from endorse_desktop.ui.widgets.table_model import (
    Column,
    RecordTableModel,
)
from endorse_desktop.ui.widgets.text import translator
from endorse_desktop.ui.widgets.views import record_view

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


_tr = translator("GoalsPage")


class GoalsPage(CommitmentPage):
    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, stack, parent)
        self.endorsement_id: int | None = None
        self.model: RecordTableModel[GoalProgress] = RecordTableModel(
            [
                Column(_tr("Group"), lambda g: category_label(g.category)),
                Column(_tr("Activity"), lambda g: g.activity_name),
                Column(
                    _tr("Goal"),
                    lambda g: quantity_text(g.target, g.unit),
                    sort_key=lambda g: g.target,
                    align_right=True,
                ),
                Column(
                    _tr("Pledged"),
                    lambda g: f"{g.pledged:,}",
                    sort_key=lambda g: g.pledged,
                    align_right=True,
                ),
                Column(
                    _tr("Done"),
                    lambda g: f"{g.done:,}",
                    sort_key=lambda g: g.done,
                    align_right=True,
                ),
                Column(_tr("Due by"), lambda g: g.goal.due_on or "", sort_key=_due_key),
                Column(_tr("Notes"), lambda g: g.goal.notes),
            ],
            search_text=lambda g: g.activity_name,
            parent=self,
        )
        self.view = record_view(self.model, _tr("Goals of this endorsement"))
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.edit_goal)
        for column, width in enumerate((80, 240, 110, 80, 80, 110)):
            self.view.setColumnWidth(column, width)
        self.explanation = QLabel(
            _tr(
                "Goals are what the group promises the campaign, each in its activity's unit. "
                "Pledged counts pledges that are pledged, confirmed or done."
            )
        )
        self.explanation.setWordWrap(True)
        buttons = button_row(
            page_action(
                self,
                _tr("&New Goal…"),
                "Ins",
                _tr("Add a goal for this endorsement"),
                self.new_goal,
            ),
            page_action(
                self, _tr("&Edit Goal…"), "Ctrl+E", _tr("Change the selected goal"), self.edit_goal
            ),
            page_action(
                self, _tr("&Delete Goal"), "Del", _tr("Delete the selected goal"), self.delete_goal
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        if self.endorsement_id is None:
            self.model.set_records([])
            return
        self.model.set_records(core.progress(self.session.store, self.endorsement_id).goals)

    def _selected(self) -> GoalProgress | None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return self.model.record_at(rows[0].row())
        current = self.view.currentIndex()
        return self.model.record_at(current.row()) if current.isValid() else None

    def _report(self, outcome: Outcome, done: str) -> None:
        if outcome.ok:
            self.message.emit(done)
        else:
            QMessageBox.warning(self, _tr("Not changed"), in_ui(outcome.error))

    @Slot()
    def new_goal(self) -> None:
        self._goal_in_dialog(None)

    @Slot()
    def edit_goal(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._goal_in_dialog(chosen.goal)

    def _goal_in_dialog(self, goal: Goal | None) -> None:
        """A new goal (None) or changes to `goal`, saved as one undoable step."""
        if self.endorsement_id is None:
            return
        dialog = GoalDialog(self.session, self.endorsement_id, goal, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
            return
        if goal is None:
            outcome = commands.GOALS.add(self.session, self.stack, chosen, _tr("Add goal"))
            self._report(outcome, _tr("Goal added"))
        else:
            outcome = commands.GOALS.edit(self.session, self.stack, chosen, _tr("Edit goal"))
            self._report(outcome, _tr("Goal changed"))

    @Slot()
    def delete_goal(self) -> None:
        chosen = self._selected()
        if chosen is not None and chosen.goal.id is not None:
            self._report(
                commands.GOALS.delete(self.session, self.stack, chosen.goal.id, _tr("Delete goal")),
                _tr("Goal deleted (its pledges stay); Ctrl+Z brings it back"),
            )


def _due_key(goal: GoalProgress) -> str:
    return goal.goal.due_on or "9999"
