"""The Members tab, driven through its real widgets with the keyboard, as a facilitator would."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from endorse_desktop.core import members as roster
from endorse_desktop.core.members import Member
from endorse_desktop.core.store import Store
from endorse_desktop.ui.members.model import MembersModel, Show
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.workers import wait_for_background_tasks

NAME, EMAIL, PHONE, POSTAL, ELIGIBLE = range(5)


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.close()


@pytest.fixture
def tab(window):
    members_tab = window.show_tab("members")
    members_tab.view.setFocus()
    return members_tab


def press(qtbot, widget, keys: str | QKeySequence.StandardKey) -> None:
    if QApplication.activeWindow() is None:
        # Offscreen has no window manager to hand activation back when a dialog closes.
        with qtbot.waitActive(widget.window()):
            widget.window().activateWindow()
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, accents included (QTest.keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def shown_column(tab, column: int) -> list[str]:
    model = tab.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_of(tab, name: str) -> int:
    return shown_column(tab, NAME).index(name)


def stored(window, member_id: int) -> Member:
    member = roster.get_member(window.session.store, member_id)
    assert member is not None
    return member


def test_members_model_passes_the_model_tester(qtmodeltester, demo_store) -> None:
    model = MembersModel()
    pages = roster.RosterPages(demo_store)
    model.set_source(pages)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter("a", Show.ELIGIBLE.allowed(pages))
    qtmodeltester.check(model)


def test_add_edit_undo_redo_delete_and_search(qtbot, window, tab) -> None:
    assert tab.count_label.text() == "40 members, 35 eligible to vote"

    # Add, from the keyboard.
    press(qtbot, tab.view, "Ctrl+Shift+N")
    dialog = tab.member_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.first_name_edit, "Zoë")
    type_text(dialog.last_name_edit, "Ångström")
    qtbot.keyClicks(dialog.email_edit, "zoe.angstrom@example.org")
    qtbot.keyClicks(dialog.phone_edit, "734-555-0001")
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert tab.member_dialog is None
    assert tab.count_label.text() == "41 members, 36 eligible to vote"
    (new,) = tab.selected_members()
    assert new.display_name == "Zoë Ångström"
    assert new.id is not None
    assert shown_column(tab, PHONE)[row_of(tab, "Zoë Ångström")] == "734-555-0001"

    # Edit (F2): new phone, and not eligible until dues are paid.
    press(qtbot, tab.view, "F2")
    dialog = tab.member_dialog
    assert dialog is not None
    dialog.phone_edit.selectAll()
    qtbot.keyClicks(dialog.phone_edit, "734-555-0002")
    dialog.eligible_check.setChecked(False)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("dues"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    row = row_of(tab, "Zoë Ångström")
    assert shown_column(tab, PHONE)[row] == "734-555-0002"
    assert shown_column(tab, ELIGIBLE)[row] == "✗ dues"
    assert stored(window, new.id).phone == "734-555-0002"
    assert tab.count_label.text() == "41 members, 35 eligible to vote"

    # Undo the edit: the old phone is back on screen and in the file; redo puts it back again.
    press(qtbot, tab.view, QKeySequence.StandardKey.Undo)
    row = row_of(tab, "Zoë Ångström")
    assert shown_column(tab, PHONE)[row] == "734-555-0001"
    assert shown_column(tab, ELIGIBLE)[row] == "✓"
    assert stored(window, new.id).phone == "734-555-0001"
    press(qtbot, tab.view, QKeySequence.StandardKey.Redo)
    assert shown_column(tab, PHONE)[row_of(tab, "Zoë Ångström")] == "734-555-0002"
    assert stored(window, new.id).eligibility_reason == "dues"

    # Delete (Del, confirmed), then undo: the same member, same id, is back.
    tab.select_members([new.id])
    press(qtbot, tab.view, "Del")
    box = tab.message_box
    assert box is not None and "Delete Zoë Ångström" in box.text()
    box.buttons()[0].click()
    assert "Zoë Ångström" not in shown_column(tab, NAME)
    assert roster.get_member(window.session.store, new.id) is None
    press(qtbot, tab.view, QKeySequence.StandardKey.Undo)
    assert "Zoë Ångström" in shown_column(tab, NAME)
    assert stored(window, new.id).phone == "734-555-0002"

    # Search as you type (Ctrl+F goes to the box).
    press(qtbot, tab.view, "Ctrl+F")
    assert tab.search_edit.hasFocus()
    type_text(tab.search_edit, "ångs")
    assert shown_column(tab, NAME) == ["Zoë Ångström"]
    assert tab.count_label.text().startswith("Showing 1 · 41 members")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Escape)
    assert tab.model.rowCount() == 41


def test_a_member_with_records_is_archived_instead_of_deleted(qtbot, window, tab) -> None:
    member = tab.model.record_at(0)
    assert member.id is not None
    store = window.session.store
    with store.transaction():
        store.execute(
            "INSERT INTO meetings (id, held_on, created_at, updated_at) VALUES (99, '2026-03-01', "
            "'x', 'x')"
        )
        store.execute("INSERT INTO attendance VALUES (99, ?, '2026-03-01T18:00:00Z')", (member.id,))
    tab.select_members([member.id])
    press(qtbot, tab.view, "Del")
    box = tab.message_box
    assert box is not None
    # The sample meeting may already count this member present: at least the attendance added here.
    assert re.search(r"part of the group's records \(\d+ attendance", box.text())
    archive_button = next(b for b in box.buttons() if "Archive" in b.text())
    archive_button.click()
    assert stored(window, member.id).archived
    assert member.display_name not in shown_column(tab, NAME)
    assert tab.count_label.text() == "39 members, 34 eligible to vote, 1 archived"
    tab.show_combo.setCurrentIndex(tab.show_combo.findData(Show.ARCHIVED))
    assert shown_column(tab, NAME) == [member.display_name]
    press(qtbot, tab.view, QKeySequence.StandardKey.Undo)
    assert not stored(window, member.id).archived


def test_sorting_by_a_header_keeps_the_same_member_selected(qtbot, tab) -> None:
    member = tab.model.record_at(5)
    assert member.id is not None
    tab.select_members([member.id])
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(EMAIL) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    emails = shown_column(tab, EMAIL)
    assert emails == sorted(emails, key=str.casefold)
    assert tab.selected_members() == [member]


def test_shortcuts_sleep_while_another_tab_is_shown(qtbot, window, tab) -> None:
    window.show_tab("values")
    press(qtbot, window, "Ctrl+Shift+N")
    assert tab.member_dialog is None
    window.show_tab("members")
    press(qtbot, tab.view, "Ctrl+Shift+N")
    assert tab.member_dialog is not None
    tab.member_dialog.reject()


ACTION_NETWORK_REPORT = (
    "first_name,last_name,email,zip_code,can2_phone,can2_user_city\n"
    "Ana,Núñez,Ana.Nunez@Example.org,48103,734-555-0101,Ann Arbor\n"
    "Zoë,Lefèvre,zoe.lefevre@example.org,48104,,Ypsilanti\n"
    ",,,48105,,\n"
)
MOBILIZE_EXPORT = (
    "first name,last name,email,zip,phone,event name\n"
    "Ana,Nunez,ANA.NUNEZ@EXAMPLE.ORG,48103,734-555-0101,Forum\n"
    "Zoë,Lefèvre,ZOE.LEFEVRE@example.org,48104,734-555-0199,Forum\n"
)


def open_import(tab, path: Path):
    tab.import_roster(path)
    assert wait_for_background_tasks()
    dialog = tab.roster_import.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_importing_two_tools_exports_through_the_dialog(qtbot, window, tab, tmp_path) -> None:
    report = tmp_path / "action-network.csv"
    report.write_bytes(codecs.BOM_UTF8 + ACTION_NETWORK_REPORT.encode())
    dialog = open_import(tab, report)
    assert "Action Network report · 3 rows · UTF-8 with BOM" in dialog.facts_label.text()
    assert dialog.mapping() == ("first_name", "last_name", "email", "postal_code", "phone", None)
    assert dialog.outcome_label.text() == "Importing will add 2, update 0 and skip 1 of 3 rows."
    # Keep the city: import that column into the notes.
    dialog.set_mapping(5, "notes")
    assert dialog.preview_model.index(0, 8).data() == "Ann Arbor"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = tab.roster_import.summary_dialog
    assert summary is not None
    assert summary.counts_label.text() == "Added 2 · updated 0 · skipped 1"
    assert summary.model.index(0, 3).data() == "no name or email"
    summary.accept()
    assert tab.count_label.text() == "42 members, 37 eligible to vote"

    latin = tmp_path / "mobilize.csv"
    latin.write_bytes(MOBILIZE_EXPORT.encode("latin-1"))
    dialog = open_import(tab, latin)
    assert "Mobilize export" in dialog.facts_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert tab.roster_import.summary_dialog.counts_label.text() == "Added 0 · updated 1 · skipped 1"
    tab.roster_import.summary_dialog.accept()
    names = shown_column(tab, NAME)
    assert names.count("Ana Núñez") == 1 and names.count("Zoë Lefèvre") == 1
    zoe = next(m for m in tab.model.shown() if m.last_name == "Lefèvre")
    assert (zoe.phone, zoe.notes) == ("734-555-0199", "Ypsilanti")

    # Ctrl+Z takes a whole import back.
    press(qtbot, tab.view, QKeySequence.StandardKey.Undo)
    press(qtbot, tab.view, QKeySequence.StandardKey.Undo)
    assert tab.count_label.text() == "40 members, 35 eligible to vote"


def test_unknown_columns_can_be_chosen_by_hand(qtbot, tab, tmp_path) -> None:
    sheet = tmp_path / "sign-in sheet.csv"
    sheet.write_text("Who;Contact;Town\nRenée Dubois;renee@example.org;Saline\n", "utf-8")
    dialog = open_import(tab, sheet)
    assert not dialog.import_button.isEnabled()
    assert "holds names or emails" in dialog.hint_label.text()
    dialog.set_mapping(0, "full_name")
    dialog.set_mapping(1, "email")
    assert dialog.import_button.isEnabled()
    assert dialog.preview_model.index(0, 3).data() == "Dubois"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    tab.roster_import.summary_dialog.accept()
    assert "Renée Dubois" in shown_column(tab, NAME)


def test_a_junk_file_is_refused_and_changes_nothing(qtbot, window, tab, tmp_path) -> None:
    junk = tmp_path / "roster.csv"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    before = roster.list_members(window.session.store)
    tab.import_roster(junk)
    assert wait_for_background_tasks()
    assert tab.roster_import.import_dialog is None
    box = tab.message_box
    assert box is not None and "is a PDF document, not a CSV file" in box.text()
    box.accept()
    assert roster.list_members(window.session.store) == before
    assert window.undo_stack.count() == 0


def test_screenshots(qtbot, window, tab, tmp_path) -> None:
    """Pictures of the tab and the import dialog for the README; set ENDORSE_SCREENSHOTS to a
    folder (docs/screenshots) to keep them."""
    folder = Path(os.environ.get("ENDORSE_SCREENSHOTS", tmp_path))
    window.resize(1200, 720)
    tab.select_members([tab.model.record_at(2).id])
    qtbot.wait(50)
    assert window.grab().save(str(folder / "members.png"))

    report = tmp_path / "action-network-report.csv"
    lines = [ACTION_NETWORK_REPORT.splitlines()[0]]
    for index, member in enumerate(roster.list_members(window.session.store)[:6]):
        phone = f"734-555-01{index:02d}" if index in (2, 4) else member.phone
        lines.append(
            f"{member.first_name},{member.last_name},{(member.email or '').upper()},"
            f'{member.postal_code},"{phone}",Ann Arbor'
        )
    lines += ["Renée,Dubois,renee.dubois@example.org,48197,734-555-0142,Saline", ",,,48105,,"]
    report.write_bytes(codecs.BOM_UTF8 + "\n".join(lines).encode())
    dialog = open_import(tab, report)
    qtbot.wait(50)
    assert dialog.grab().save(str(folder / "roster-import.png"))
    dialog.reject()


def test_enter_and_delete_keep_their_meaning_in_the_search_box(qtbot, tab) -> None:
    tab.select_members([tab.model.record_at(0).id])
    press(qtbot, tab.view, "Ctrl+F")
    qtbot.keyClicks(tab.search_edit, "begay")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Home)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert tab.search_edit.text() == "ega"
    assert tab.message_box is None and tab.member_dialog is None
    # Down goes to the list, where Enter edits the member found.
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    assert tab.view.hasFocus()
    press(qtbot, tab.view, "Return")
    assert tab.member_dialog is not None
    assert tab.member_dialog.last_name_edit.text() == "Begay"
    tab.member_dialog.reject()


def test_an_undo_that_would_lose_records_is_refused_and_explained(qtbot, window, tab) -> None:
    press(qtbot, tab.view, "Ctrl+Shift+N")
    dialog = tab.member_dialog
    qtbot.keyClicks(dialog.first_name_edit, "Walk-in")
    qtbot.keyClick(dialog.first_name_edit, Qt.Key.Key_Return)
    (walk_in,) = tab.selected_members()
    store = window.session.store
    with store.transaction():  # checked in at a meeting since (not an undoable step here)
        store.execute(
            "INSERT INTO meetings (id, held_on, created_at, updated_at) "
            "VALUES (7, '2026-03-01', 'x', 'x')"
        )
        store.execute("INSERT INTO attendance VALUES (7, ?, 'x')", (walk_in.id,))
    press(qtbot, tab.view, QKeySequence.StandardKey.Undo)
    assert "part of the group's records" in tab.message_box.text()
    assert roster.get_member(store, walk_in.id) is not None
    assert window.undo_stack.count() == 0  # the add left the history; nothing half-undone


def test_file_import_menu_opens_the_import_dialog(
    qtbot, window, tab, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    report = tmp_path / "an.csv"
    report.write_bytes(codecs.BOM_UTF8 + ACTION_NETWORK_REPORT.encode())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(report), ""))
    window.show_tab("values")
    press(qtbot, window, "Ctrl+Shift+I")
    assert wait_for_background_tasks()
    assert window.current_tab() is tab
    assert (
        tab.roster_import.import_dialog is not None
        and tab.roster_import.import_dialog.plan.file_name == "an.csv"
    )
    tab.roster_import.import_dialog.reject()
