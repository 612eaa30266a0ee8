"""The Values tab (SPEC F-3): what the group stands for, how much each value weighs, which are
dealbreakers, in the order the group reads them; and the dot vote that suggests weights.

Every change goes through the core at once and onto the window's undo stack. Reordering works by
dragging a row or with Ctrl+Up / Ctrl+Down. In dot-vote mode the facilitator presses Space for a
dot on the selected value (or 1–9 for the value with that number), Backspace to take back the last
dot, and applies the tally as weights after seeing current and suggested weights side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core import values as values_core
from endorse_desktop.core.dot_vote import weight_changes
from endorse_desktop.core.values import Value
from endorse_desktop.ui.shell.host import TabPage
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.shell.undo import (
    Outcome,
)
from endorse_desktop.ui.values import commands
from endorse_desktop.ui.values.actions import values_actions
from endorse_desktop.ui.values.model import (
    DESCRIPTION,
    DOTS,
    TITLE,
    ValuesModel,
)
from endorse_desktop.ui.widgets.actions import action_button, make_actions, menu_groups
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.labels import big_bold_label
from endorse_desktop.ui.widgets.text import plural
from endorse_desktop.ui.widgets.views import record_view

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class ValuesView(QTableView):
    """The values table; in dot-vote mode a digit 1–9 places a dot on the value of that number."""

    dot_for_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot_mode = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = DIGIT_KEYS.get(Qt.Key(event.key()))
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if self.dot_mode and number is not None and plain:
            self.dot_for_row.emit(number - 1)
            return
        super().keyPressEvent(event)


class ValuesTab(TabPage):
    # made from the action table (values/actions.py) by make_actions, which sets them by id
    add_action: QAction
    edit_action: QAction
    delete_action: QAction
    up_action: QAction
    down_action: QAction
    dot_mode_action: QAction
    add_dot_action: QAction
    remove_dot_action: QAction
    apply_dots_action: QAction
    clear_dots_action: QAction

    def __init__(self, session: Session, window: TabHost) -> None:
        super().__init__(session, window, self.tr("Values"))

        self.model = ValuesModel(self)
        self.model.reorder_requested.connect(self.reorder_to)
        self.view = ValuesView()
        record_view(self.model, self.tr("The group's values"), view=self.view)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        # Fitted to the contents once per refresh (`_fit_columns`), not by ResizeToContents,
        # which measures every cell again on each layout pass: the Values tab is the first
        # thing the window paints (SPEC P-1).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnHidden(DOTS, True)
        self.view.doubleClicked.connect(self.edit_selected)
        self.view.dot_for_row.connect(self.add_dot_for_row)

        self._build_actions()
        self._build_dot_panel()

        hint = QLabel(
            self.tr(
                "Drag a row, or press Ctrl+Up / Ctrl+Down, to change the order the scorecards "
                "use. Insert adds a value, Enter edits it, Delete removes it; Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("How to use this tab"))
        buttons = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.delete_action):
            buttons.addWidget(action_button(action))
        buttons.addSpacing(16)
        for action in (self.up_action, self.down_action):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        buttons.addWidget(action_button(self.dot_mode_action))
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Values summary"))

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.dot_panel)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)

        session.changed.connect(self.on_session_changed)
        self.refresh()
        if self.model.rowCount():
            self.select_row(0)

    # ----- building ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        # `self.<id>_action` for each row: the name the rest of the tab and the tests use.
        for key, action in make_actions(values_actions(self.tr), self, self).items():
            setattr(self, f"{key}_action", action)
        self._set_dot_actions_enabled(False)

    def _build_dot_panel(self) -> None:
        self.dot_panel = QFrame()
        self.dot_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.dot_panel.setAccessibleName(self.tr("Dot vote"))
        self.dot_total_label = big_bold_label(self.tr("Dots placed"), 1.4)
        explain = QLabel(
            self.tr(
                "Dot vote: press Space for a dot on the selected value, or 1–9 for the value with "
                "that number. Backspace takes back the last dot."
            )
        )
        explain.setWordWrap(True)
        row = QHBoxLayout(self.dot_panel)
        row.addWidget(self.dot_total_label)
        row.addWidget(explain, 1)
        for action in (self.remove_dot_action, self.apply_dots_action, self.clear_dots_action):
            row.addWidget(action_button(action))
        self.dot_panel.hide()

    def menu_title(self) -> str:
        return self.tr("&Values")

    def menu_actions(self) -> list[QAction]:
        editing = (self.add_action, self.edit_action, self.delete_action)
        dots = (self.add_dot_action, self.remove_dot_action, self.apply_dots_action)
        return menu_groups(
            self,
            [*editing, self.up_action, self.down_action],
            [self.dot_mode_action, *dots, self.clear_dots_action],
        )

    # ----- data ------------------------------------------------------------------------------
    @Slot(str)
    def on_session_changed(self, topic: str) -> None:
        if topic in (Topic.VALUES, Topic.DOTS, Topic.RATINGS):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_value()
        store = self.session.store
        self.model.set_values(values_core.list_values(store), values_core.dot_counts(store))
        self._fit_columns()
        if selected is not None and selected.id is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.select_row(row)
        self._update_labels()

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            if column != DESCRIPTION and not self.view.isColumnHidden(column):
                self.view.resizeColumnToContents(column)

    def _update_labels(self) -> None:
        values = self.model.values
        dealbreakers = sum(1 for value in values if value.dealbreaker)
        self.summary_label.setText(
            plural(len(values), self.tr("value"), self.tr("values"))
            + " · "
            + plural(dealbreakers, self.tr("dealbreaker"), self.tr("dealbreakers"))
        )
        dots = sum(self.model.dots.values())
        self.dot_total_label.setText(plural(dots, self.tr("dot"), self.tr("dots")))

    def selected_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def selected_value(self) -> Value | None:
        row = self.selected_row()
        return None if row is None else self.model.value_at(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, TITLE)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def select_value(self, value_id: int | None) -> None:
        row = None if value_id is None else self.model.row_of(value_id)
        if row is not None:
            self.select_row(row)

    # ----- changes ---------------------------------------------------------------------------
    def _shown(self, outcome: Outcome) -> Outcome:
        """A change made: its name in the status line, or why the core refused it."""
        if outcome.error is not None:
            QMessageBox.warning(self, self.tr("Not changed"), in_ui(outcome.error))
        else:
            self.window_.show_status(outcome.text, 4000)
        return outcome

    @Slot()
    def add_value(self) -> None:
        # deferred: ~11 ms at start-up (python -X importtime); this tab is built at every start
        from endorse_desktop.ui.values.dialog import ValueDialog

        dialog = ValueDialog(None, {v.title for v in self.model.values}, self)
        if dialog.exec() != ValueDialog.DialogCode.Accepted or dialog.chosen_value() is None:
            return
        value = dialog.chosen_value()
        assert value is not None
        outcome = self._shown(commands.add_value(self.session, self.window_.undo_stack, value))
        if outcome.ok:
            self.select_value(outcome.result.id)

    @Slot()
    def edit_selected(self) -> None:
        current = self.selected_value()
        if current is None:
            return
        # deferred: ~11 ms at start-up (python -X importtime); this tab is built at every start
        from endorse_desktop.ui.values.dialog import ValueDialog

        others = {v.title for v in self.model.values if v.id != current.id}
        dialog = ValueDialog(current, others, self)
        if dialog.exec() != ValueDialog.DialogCode.Accepted or dialog.chosen_value() is None:
            return
        changed = dialog.chosen_value()
        assert changed is not None
        if changed == current:
            return
        self.save_value(changed)

    def save_value(self, changed: Value) -> Outcome:
        return self._shown(commands.edit_value(self.session, self.window_.undo_stack, changed))

    @Slot()
    def delete_selected(self) -> None:
        current = self.selected_value()
        if current is None or current.id is None:
            return
        row = self.selected_row() or 0
        outcome = self._shown(commands.delete_value(self.session, self.window_.undo_stack, current))
        if outcome.ok and self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    @Slot()
    def move_up(self) -> None:
        self._move_selected(-1)

    @Slot()
    def move_down(self) -> None:
        self._move_selected(+1)

    def _move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        order = self.model.ids()
        order[row], order[row + step] = order[row + step], order[row]
        self.reorder_to(order)

    @Slot(list)
    def reorder_to(self, order: list[int]) -> None:
        """Store a new order (from a drop or a key); the selected value stays selected."""
        selected = self.selected_value()
        self._shown(commands.reorder_values(self.session, self.window_.undo_stack, order))
        if selected is not None:
            self.select_value(selected.id)

    # ----- dot vote ----------------------------------------------------------------------------
    @Slot(bool)
    def set_dot_mode(self, on: bool) -> None:
        self.dot_mode_action.setChecked(on)
        self.view.dot_mode = on
        self.view.setColumnHidden(DOTS, not on)
        if on:
            self.view.resizeColumnToContents(DOTS)
        self.dot_panel.setVisible(on)
        self._set_dot_actions_enabled(on)
        self.view.setFocus()

    def _set_dot_actions_enabled(self, on: bool) -> None:
        for action in (
            self.add_dot_action,
            self.remove_dot_action,
            self.apply_dots_action,
            self.clear_dots_action,
        ):
            action.setEnabled(on)

    @Slot()
    def add_dot_for_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.add_dot_for_row(row)

    @Slot(int)
    def add_dot_for_row(self, row: int) -> None:
        if not self.view.dot_mode or not 0 <= row < self.model.rowCount():
            return
        value = self.model.value_at(row)
        self.select_row(row)
        self._shown(commands.add_dot(self.session, self.window_.undo_stack, value))

    @Slot()
    def remove_last_dot(self) -> None:
        if not values_core.list_dots(self.session.store):
            return
        self._shown(commands.remove_last_dot(self.session, self.window_.undo_stack))

    @Slot()
    def clear_dots(self) -> None:
        self._shown(commands.clear_dots(self.session, self.window_.undo_stack))

    @Slot()
    def apply_dots(self) -> None:
        # deferred: ~18 ms at start-up (python -X importtime); this tab is built at every start
        from endorse_desktop.ui.values.dot_weights_dialog import DotWeightsDialog

        values = self.model.values
        dots = self.model.dots
        current = {value.id: value.weight for value in values if value.id is not None}
        changes = weight_changes(current, dots)
        dialog = DotWeightsDialog(values, dots, changes, self)
        if dialog.exec() != DotWeightsDialog.DialogCode.Accepted:
            return
        self.apply_weights({key: after for key, (before, after) in changes.items()})

    def apply_weights(self, weights: dict[int, int]) -> Outcome:
        """The weights suggested by the dot vote, applied as one undoable step."""
        return self._shown(commands.apply_weights(self.session, self.window_.undo_stack, weights))
