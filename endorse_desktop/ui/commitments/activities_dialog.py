"""The activity catalog the Commitments tab edits: one activity's dialog and the catalog's table
(add, edit, archive or delete an activity nothing uses yet)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import Activity, ActivityCategory
from endorse_desktop.ui.commitments import commands
from endorse_desktop.ui.commitments.dialogs import category_label, unit_combo
from endorse_desktop.ui.shell.undo import Outcome
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.forms import Buttons, FormDialog
from endorse_desktop.ui.widgets.table_model import Column, RecordTableModel
from endorse_desktop.ui.widgets.text import translator
from endorse_desktop.ui.widgets.views import record_view

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


# The dialogs' translation context, so the catalog's strings keep their translations.
_tr = translator("CommitmentDialogs")


class ActivityDialog(FormDialog):
    def __init__(self, activity: Activity | None = None, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Edit activity") if activity else _tr("New activity"), parent)
        self._activity = activity
        self._result: Activity | None = None
        self.name = self.line(_tr("&Name:"), activity.name if activity else "", _tr("Name"))
        self.name_es = self.line(
            _tr("Name in &Spanish:"),
            activity.name_es if activity else "",
            _tr("Name in Spanish"),
            _tr("for sign-up sheets in Spanish (optional)"),
        )
        self.category = QComboBox()
        for category in ActivityCategory:
            self.category.addItem(category_label(category), str(category))
        if activity:
            self.category.setCurrentIndex(self.category.findData(str(activity.category)))
        self.row(_tr("&Group:"), self.category, _tr("Group"))
        self.unit = unit_combo(activity.unit if activity else "shifts")
        self.form.addRow(_tr("&Unit:"), self.unit)
        self.description = self.line(
            _tr("&Description:"), activity.description if activity else "", _tr("Description")
        )

    def check(self) -> str | None:
        if not self.name.text().strip():
            return _tr("Give the activity a name.")
        base = self._activity or Activity("")
        self._result = replace(
            base,
            name=self.name.text(),
            name_es=self.name_es.text(),
            category=ActivityCategory(self.category.currentData()),
            unit=self.unit.currentText(),
            description=self.description.text(),
        )
        return None

    def chosen(self) -> Activity | None:
        return self._result


class ActivitiesDialog(FormDialog):
    """The editable catalog: add, edit, archive (keeps history) or delete (only if unused)."""

    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Activities"), parent, buttons=Buttons.Close)
        self.session = session
        self.stack = stack
        self.resize(720, 480)
        self.model: RecordTableModel[Activity] = RecordTableModel(
            [
                Column(_tr("Group"), lambda a: category_label(a.category), sort_key=_cat_key),
                Column(_tr("Activity"), lambda a: a.name),
                Column(_tr("Unit"), lambda a: a.unit),
                Column(_tr("Archived"), lambda a: _tr("archived") if a.archived else ""),
                Column(_tr("Description"), lambda a: a.description),
            ],
            search_text=lambda a: a.name,
            parent=self,
        )
        self.view = record_view(self.model, _tr("Activity catalog"))
        self.view.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, key, tip, slot in (
            (_tr("&Add…"), "Ins", _tr("Add an activity to the catalog"), self.add),
            (_tr("&Edit…"), "F2", _tr("Rename the activity or change its unit"), self.edit),
            (
                _tr("Archive / &Restore"),
                "Ctrl+Shift+A",
                _tr("Hide an activity from new goals and sheets, or bring it back"),
                self.toggle_archived,
            ),
            (_tr("&Delete"), "Del", _tr("Delete an activity nothing uses yet"), self.delete),
        ):
            button = QPushButton(text)
            button.setShortcut(QKeySequence(key))
            button.setToolTip(f"{tip} ({key})")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.append(self.view, 1)
        self.append(buttons)
        self.append(self.message)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(core.list_activities(self.session.store))

    def _selected(self) -> Activity | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _report(self, outcome: Outcome) -> None:
        self.message.setText("" if outcome.ok else in_ui(outcome.error))
        self.reload()

    def _change(
        self, change: Callable[[Session, QUndoStack, Any, str], Outcome], record: Any, text: str
    ) -> None:
        self._report(change(self.session, self.stack, record, text))

    @Slot()
    def add(self) -> None:
        dialog = ActivityDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := dialog.chosen()) is not None:
            self._change(commands.ACTIVITIES.add, chosen, _tr("Add activity"))

    @Slot()
    def edit(self) -> None:
        activity = self._selected()
        if activity is None:
            return
        dialog = ActivityDialog(activity, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := dialog.chosen()) is not None:
            self._change(commands.ACTIVITIES.edit, chosen, _tr("Edit activity"))

    @Slot()
    def toggle_archived(self) -> None:
        activity = self._selected()
        if activity is not None:
            changed = replace(activity, archived=not activity.archived)
            self._change(commands.ACTIVITIES.edit, changed, _tr("Edit activity"))

    @Slot()
    def delete(self) -> None:
        activity = self._selected()
        if activity is not None and activity.id is not None:
            self._change(commands.ACTIVITIES.delete, activity.id, _tr("Delete activity"))


def _cat_key(activity: Activity) -> tuple[int, int]:
    return (list(ActivityCategory).index(activity.category), activity.position)
