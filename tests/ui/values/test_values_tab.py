"""The Values tab: edits, reordering by keyboard and by drag, and the dot vote, all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from endorse_desktop.core.values import dot_counts, find_value, list_values

SAMPLE_ORDER = [
    "Affordable housing",
    "Climate action",
    "Workers' rights",
    "Voting access",
    "Public transit",
    "Transparent government",
    "Public schools",
    "Immigrant welcome",
]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tab(sample_window):
    tab = sample_window.show_tab("values")
    tab.view.setFocus()
    return tab


def stored_order(tab) -> list[str]:
    return [value.title for value in list_values(tab.session.store)]


def shown_order(tab) -> list[str]:
    return [tab.model.index(row, 1).data() for row in range(tab.model.rowCount())]


def test_the_table_shows_weights_and_dealbreakers(tab) -> None:
    assert shown_order(tab) == SAMPLE_ORDER
    assert tab.model.index(0, 2).data().startswith("5")
    assert tab.model.index(0, 3).data() == "⚠ Dealbreaker"
    assert tab.model.index(1, 3).data() == ""


def test_reorder_by_keyboard_and_undo(qtbot, sample_window, tab) -> None:
    tab.select_row(2)  # Workers' rights
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, CTRL)
    expected = ["Workers' rights", "Affordable housing", "Climate action", *SAMPLE_ORDER[3:]]
    assert stored_order(tab) == expected
    assert shown_order(tab) == expected
    assert tab.selected_value().title == "Workers' rights"  # the moved value stays selected
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, CTRL)  # already first: nothing happens
    assert stored_order(tab) == expected
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, CTRL)
    assert stored_order(tab)[:2] == ["Affordable housing", "Workers' rights"]

    for _ in range(3):
        qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert stored_order(tab) == SAMPLE_ORDER
    assert shown_order(tab) == SAMPLE_ORDER


def test_reorder_by_drag_and_drop_and_undo(qtbot, sample_window, tab) -> None:
    model = tab.model
    # Drag "Immigrant welcome" (the last row) and drop it above the second row.
    dragged = model.mimeData([model.index(7, column) for column in range(model.columnCount())])
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    expected = ["Affordable housing", "Immigrant welcome", *SAMPLE_ORDER[1:7]]
    assert stored_order(tab) == expected
    assert shown_order(tab) == expected

    # Dropping onto an item puts the dragged value in its place.
    dragged = model.mimeData([model.index(0, 1)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(3, 1))
    assert stored_order(tab)[:4] == [
        "Immigrant welcome",
        "Climate action",
        "Affordable housing",
        "Workers' rights",
    ]

    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert stored_order(tab) == SAMPLE_ORDER


def test_a_copy_or_dropped_text_reorders_nothing(tab) -> None:
    model = tab.model
    dragged = model.mimeData([model.index(7, 1)])
    assert not model.canDropMimeData(dragged, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    model.dropMimeData(dragged, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    text = QMimeData()
    text.setText("Immigrant welcome")
    assert not model.canDropMimeData(text, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    model.dropMimeData(text, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert stored_order(tab) == SAMPLE_ORDER


def test_the_view_is_set_up_for_dragging_rows(tab) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    assert tab.view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert tab.model.supportedDropActions() == Qt.DropAction.MoveAction
    assert tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_add_edit_delete_with_undo(qtbot, sample_window, tab, monkeypatch) -> None:
    from endorse_desktop.ui.values.dialog import ValueDialog

    store = tab.session.store

    def add(dialog: ValueDialog) -> int:
        dialog.title_edit.setText("  Tenant protections ")
        dialog.description_edit.setPlainText("Just-cause eviction and rent stabilisation.")
        dialog.weight_spin.setValue(4)
        dialog.dealbreaker_check.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ValueDialog, "exec", add)
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    added = find_value(store, "Tenant protections")
    assert added is not None and (added.weight, added.dealbreaker) == (4, True)
    assert tab.selected_value().title == "Tenant protections"

    def edit(dialog: ValueDialog) -> int:
        dialog.weight_spin.setValue(2)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ValueDialog, "exec", edit)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert find_value(store, "Tenant protections").weight == 2

    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert find_value(store, "Tenant protections") is None
    for expected in (2, 4, None):
        qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
        found = find_value(store, "Tenant protections")
        assert (found.weight if found else None) == expected


def test_deleting_a_rated_value_and_undo_puts_its_ratings_back(qtbot, sample_window, tab):
    store = tab.session.store
    before = store.scalar("SELECT count(*) FROM ratings")
    tab.select_row(1)  # Climate action: rated for most candidates
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert find_value(store, "Climate action") is None
    assert store.scalar("SELECT count(*) FROM ratings") < before
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert store.scalar("SELECT count(*) FROM ratings") == before
    assert stored_order(tab) == SAMPLE_ORDER


def test_a_duplicate_title_is_refused_in_the_dialog(qtbot, tab) -> None:
    from endorse_desktop.ui.values.dialog import ValueDialog

    dialog = ValueDialog(None, set(SAMPLE_ORDER), tab)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("climate ACTION")
    dialog.accept()
    assert dialog.chosen_value() is None
    assert "already a value" in dialog.error_label.text()


def test_dot_vote_tally_and_apply_weights_with_undo(qtbot, sample_window, tab, monkeypatch):
    from endorse_desktop.ui.values.dot_weights_dialog import DotWeightsDialog

    store = tab.session.store
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    assert tab.dot_panel.isVisible() and not tab.view.isColumnHidden(4)

    # Number keys: a dot for value 1, 1, 2 and 8; Space: a dot on the selected value (row 4).
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_8, Qt.Key.Key_8):
        qtbot.keyClick(tab.view, key)
    tab.select_row(4)
    for _ in range(4):
        qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    ids = {v.title: v.id for v in list_values(store)}
    counts = {"Affordable housing": 2, "Climate action": 1, "Immigrant welcome": 2}
    assert dot_counts(store) == {ids[t]: n for t, n in {**counts, "Public transit": 4}.items()}
    assert tab.model.index(4, 4).data() == "4"
    assert tab.dot_total_label.text() == "9 dots"

    # One dot too many: Backspace takes back the last one; Ctrl+Z undoes that, then dots.
    qtbot.keyClick(tab.view, Qt.Key.Key_Backspace)
    assert tab.model.index(4, 4).data() == "3"
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert tab.model.index(4, 4).data() == "4"
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert tab.model.index(4, 4).data() == "2"
    assert tab.dot_total_label.text() == "7 dots"

    # Most dots (2) → 5; no dots → 1; 1 of 2 → 1 + 4·½ = 3.
    seen: dict[str, tuple[str, str]] = {}

    def review(dialog: DotWeightsDialog) -> int:
        for row in range(dialog.model.rowCount()):
            title = dialog.model.item(row, 0).text()
            seen[title] = (dialog.model.item(row, 2).text(), dialog.model.item(row, 3).text())
        return DotWeightsDialog.DialogCode.Accepted

    monkeypatch.setattr(DotWeightsDialog, "exec", review)
    qtbot.keyClick(tab.view, Qt.Key.Key_W, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert seen["Affordable housing"] == ("5", "5")
    assert seen["Climate action"] == ("4", "3  (-1)")
    assert seen["Public transit"] == ("3", "5  (+2)")
    assert seen["Voting access"] == ("5", "1  (-4)")
    weights = {v.title: v.weight for v in list_values(store)}
    assert weights == {
        "Affordable housing": 5,
        "Climate action": 3,
        "Workers' rights": 1,
        "Voting access": 1,
        "Public transit": 5,
        "Transparent government": 1,
        "Public schools": 1,
        "Immigrant welcome": 5,
    }
    # One undo puts every weight back.
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert [v.weight for v in list_values(store)] == [5, 4, 4, 5, 3, 3, 3, 2]

    # Clearing the dots is undoable too.
    qtbot.keyClick(tab.view, Qt.Key.Key_Backspace, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert dot_counts(store) == {}
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert sum(dot_counts(store).values()) == 7


def test_digits_do_nothing_outside_dot_vote_mode(qtbot, tab) -> None:
    qtbot.keyClick(tab.view, Qt.Key.Key_1)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert dot_counts(tab.session.store) == {}


def test_values_model_passes_qtmodeltester(qtmodeltester, tab) -> None:
    qtmodeltester.check(tab.model)
