"""The Commitments tab: pledges table (filters, bulk status, undo), goals, progress, cautions,
endorsements made elsewhere, the announcement, the thermometer slide and the Print menu."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.records import Goal, PledgeStatus
from endorse_desktop.core.endorsements import get_endorsement, list_endorsements
from endorse_desktop.core.settings import save_settings, settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.ui.commitments.dialogs import (
    EndorsementDialog,
    GoalDialog,
    PledgeDialog,
    SignupPrintDialog,
)
from endorse_desktop.ui.commitments.signup_model import SheetEntryModel
from endorse_desktop.ui.commitments.signup_state import roster_names
from endorse_desktop.ui.projector.slide import MIN_BODY_PX, projector_font
from endorse_desktop.ui.projector.thermometer_slide import (
    LABEL_SCALE,
    SMALL_SCALE,
    TITLE_SCALE,
)
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session, Topic
from endorse_desktop.ui.shell.workers import wait_for_background_tasks


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win.close()


@pytest.fixture
def tab(window):
    return window.show_tab("commitments")


def select_rows(view, rows: list[int]) -> None:
    model = view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_models_pass_the_model_tester(qtmodeltester, tab, window) -> None:
    qtmodeltester.check(tab.pledges.model)
    tab.pledges.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(tab.pledges.model)
    tab.show_page("goals")
    qtmodeltester.check(tab.goals.model)
    tab.show_page("progress")
    for model in (
        tab.progress.activity_model,
        tab.progress.member_model,
        tab.progress.overdue_model,
    ):
        qtmodeltester.check(model)
    sheet = SheetEntryModel()
    sheet.set_roster(roster_names(window.session))
    sheet.start_sheet(core.offered_activities(window.session.store, tab.current_endorsement()))
    sheet.setData(sheet.index(0, 0), "Someone New")
    sheet.confirm_new_member(0)
    sheet.toggle(0, 1)
    qtmodeltester.check(sheet)


def test_filters_agree_with_the_core(tab, window) -> None:
    store = window.session.store
    page = tab.pledges
    table = core.pledge_table(store)
    assert page.model.rowCount() == len(table.rows) == 60
    endorsement = list_endorsements(store)[1]
    page.endorsement_filter.setCurrentIndex(page.endorsement_filter.findData(endorsement.id))
    assert page.model.rowCount() == sum(r.endorsement_id == endorsement.id for r in table.rows)
    page.status_filter.setCurrentIndex(page.status_filter.findData("done"))
    assert page.model.rowCount() == sum(
        r.endorsement_id == endorsement.id and r.status == "done" for r in table.rows
    )
    page.endorsement_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    activity = core.find_activity(store, "Phone bank")
    page.activity_filter.setCurrentIndex(page.activity_filter.findData(activity.id))
    assert page.model.rowCount() == sum(r.activity_id == activity.id for r in table.rows)
    page.activity_filter.setCurrentIndex(0)
    page.overdue_only.setChecked(True)
    overdue = [r for r in table.rows if table.overdue(r)]
    assert 0 < page.model.rowCount() == len(overdue)
    assert all("overdue" in page.model.index(i, 5).data() for i in range(page.model.rowCount()))
    page.overdue_only.setChecked(False)
    name = table.member_name(table.rows[0])
    page.member_filter.setText(name)
    assert page.model.rowCount() == sum(table.member_name(r) == name for r in table.rows)
    assert all(page.model.index(i, 0).data() == name for i in range(page.model.rowCount()))
    assert f"of {len(table.rows)} pledges" in page.count_label.text()


def test_bulk_status_change_is_one_undo_step(qtbot, tab, window) -> None:
    store = window.session.store
    page = tab.pledges
    page.status_filter.setCurrentIndex(page.status_filter.findData("pledged"))
    count = page.model.rowCount()
    assert count >= 4
    select_rows(page.view, [0, 1, 2, 3])
    ids = page.selected_ids()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # confirmed
    assert {p.status for p in core.get_pledges(store, ids)} == {PledgeStatus.CONFIRMED}
    assert page.model.rowCount() == count - 4  # the filter shows pledged ones only
    assert window.undo_stack.undoText() == "Mark 4 pledge(s) confirmed"
    window.undo_stack.undo()
    assert {p.status for p in core.get_pledges(store, ids)} == {PledgeStatus.PLEDGED}
    assert page.model.rowCount() == count
    page.status_filter.setCurrentIndex(0)
    select_rows(page.view, [0, 1, 2, 3])
    ids = page.selected_ids()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # done
    assert {p.status for p in core.get_pledges(store, ids)} == {PledgeStatus.DONE}
    assert set(page.selected_ids()) == set(ids)  # still selected: ready for the next key
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert core.get_pledges(store, ids) == []
    window.undo_stack.undo()
    assert len(core.get_pledges(store, ids)) == 4


def test_new_pledge_dialog_and_its_cautions(qtbot, tab, window) -> None:
    store = window.session.store
    endorsement = list_endorsements(store)[0]
    dialog = PledgeDialog(
        window.session, core.endorsement_labels(store), endorsement_id=endorsement.id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.coordination.isVisible()  # the group makes no independent expenditures
    donation = core.find_activity(store, "Small-dollar donation")
    dialog.activity.setCurrentIndex(dialog.activity.findData(donation.id))
    assert dialog.money_caution.isVisible()
    assert "never takes, holds or sends money" in dialog.money_caution.text()
    assert dialog.unit.currentText() == "dollars"
    member = store.row("SELECT id, first_name, last_name FROM members LIMIT 1")
    dialog.member_combo.setEditText(f"{member['first_name']} {member['last_name']}")
    dialog.quantity.setValue(25)
    dialog.accept()
    pledge = dialog.chosen()
    assert pledge is not None and (pledge.quantity, pledge.unit) == (25, "dollars")
    assert pledge.member_id == member["id"]
    dialog.close()

    settings = settings_or_default(store)
    save_settings(store, replace(settings, independent_expenditures=True))
    window.session.notify(Topic.SETTINGS)
    again = PledgeDialog(window.session, core.endorsement_labels(store))
    qtbot.addWidget(again)
    again.show()
    assert again.coordination.isVisible()
    assert "independent expenditures" in again.coordination.text()
    assert tab.pledges.coordination.isVisible()
    tab.show_page("sheet")
    tab.new_sheet()
    assert tab.sheet.coordination.isVisible()
    again.member_combo.setEditText("Nobody On The Roster")
    again.accept()
    assert again.chosen() is None
    assert "roster" in again.error_label.text()


def test_money_caution_on_the_progress_page(tab) -> None:
    page = tab.show_page("progress")
    assert page.money.isVisible()  # the sample's first endorsement has a donation goal
    assert "Contribution limits" in page.money.text()


def test_goals_editor_adds_edits_deletes_with_undo(qtbot, tab, window, monkeypatch) -> None:
    store = window.session.store
    endorsement_id = tab.current_endorsement()
    page = tab.show_page("goals")
    before = page.model.rowCount()
    op_ed = core.find_activity(store, "Op-ed")

    def fill(dialog: GoalDialog) -> None:
        dialog.activity.setCurrentIndex(dialog.activity.findData(op_ed.id))
        dialog.target.setValue(2)
        dialog.due.check.setChecked(True)

    monkeypatch.setattr(GoalDialog, "exec", lambda self: (fill(self), self.accept(), 1)[2])
    page.new_goal()
    assert page.model.rowCount() == before + 1
    added = next(g for g in core.list_goals(store, endorsement_id) if g.activity_id == op_ed.id)
    assert (added.target, added.due_on) == (2, today_iso())
    window.undo_stack.undo()
    assert page.model.rowCount() == before
    window.undo_stack.redo()
    assert page.model.rowCount() == before + 1
    row = page.model.row_of(lambda g: g.goal.activity_id == op_ed.id)
    page.view.selectRow(row)
    monkeypatch.setattr(
        GoalDialog, "exec", lambda self: (self.target.setValue(5), self.accept(), 1)[2]
    )
    page.edit_goal()
    assert core.get_goal(store, added.id).target == 5
    page.view.selectRow(page.model.row_of(lambda g: g.goal.activity_id == op_ed.id))
    page.delete_goal()
    assert core.get_goal(store, added.id) is None
    window.undo_stack.undo()
    assert core.get_goal(store, added.id).target == 5
    tab.show_page("sheet")  # nothing typed yet: the sheet follows the goals at once
    assert op_ed.id in [a.id for a in tab.sheet.model.activities]


def test_an_endorsement_made_elsewhere_with_undo_and_redo(qtbot, tab, window, monkeypatch) -> None:
    store = window.session.store
    count = len(list_endorsements(store))

    def fill(dialog: EndorsementDialog) -> None:
        dialog.race.setCurrentIndex(dialog.race.findText("State House — District 52"))
        dialog.candidate.setCurrentIndex(dialog.candidate.findText("Nguyễn Thị Minh"))
        dialog.summary.setText("Agreed by email vote, 19 to 2")

    monkeypatch.setattr(EndorsementDialog, "exec", lambda self: (fill(self), self.accept(), 1)[2])
    tab.add_endorsement()
    found = list_endorsements(store)
    assert len(found) == count + 1
    added = found[-1]
    assert added.vote_id is None and added.vote_summary == "Agreed by email vote, 19 to 2"
    assert tab.current_endorsement() == added.id
    assert "Nguyễn Thị Minh" in tab.endorsement_combo.currentText()
    # goals for it, then undo both and redo both: the goal comes back to the same endorsement
    phone = core.find_activity(store, "Phone bank")
    monkeypatch.setattr(
        GoalDialog,
        "exec",
        lambda self: (
            self.activity.setCurrentIndex(self.activity.findData(phone.id)),
            self.accept(),
            1,
        )[2],
    )
    tab.show_page("goals").new_goal()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert len(list_endorsements(store)) == count
    assert store.scalar("SELECT status FROM candidates WHERE name = 'Nguyễn Thị Minh'") == (
        "considering"
    )
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert get_endorsement(store, added.id) is not None
    assert [g.activity_id for g in core.list_goals(store, added.id)] == [phone.id]


def test_announcement_edits_are_saved_undoable_and_copyable(qtbot, tab, window) -> None:
    store = window.session.store
    endorsement_id = tab.current_endorsement()
    page = tab.show_page("announcement")
    assert page.text().startswith("FOR IMMEDIATE RELEASE")
    assert "Ana Núñez" in page.text()
    assert get_endorsement(store, endorsement_id).announcement == ""  # a draft, not saved yet
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor, "We thank every volunteer.")
    qtbot.waitUntil(
        lambda: "We thank every volunteer." in get_endorsement(store, endorsement_id).announcement,
        timeout=3000,
    )
    qtbot.keyClicks(page.editor, " Really.")
    page.save_now()
    assert get_endorsement(store, endorsement_id).announcement.endswith("volunteer. Really.")
    assert window.undo_stack.undoText() == "Edit announcement"
    window.undo_stack.undo()  # both saves of one editing spell go back in one step
    assert get_endorsement(store, endorsement_id).announcement == ""
    window.undo_stack.redo()
    page.copy_text()
    assert QGuiApplication.clipboard().text().endswith("Really.")
    page.fresh_draft()
    assert "Really." not in get_endorsement(store, endorsement_id).announcement
    window.undo_stack.undo()
    assert get_endorsement(store, endorsement_id).announcement.endswith("Really.")
    assert page.text().endswith("Really.")


def test_announcement_pdf_from_the_tab(qtbot, tab, window, tmp_path, monkeypatch) -> None:
    out = tmp_path / "announcement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page = tab.show_page("announcement")
    page.request_pdf()
    assert wait_for_background_tasks()
    assert out.exists() and out.stat().st_size > 0


def test_thermometer_slide_shows_goals_only_in_large_type(qtbot, tab, window) -> None:
    store = window.session.store
    assert tab.presentation() == ("thermometer", {"endorsement_id": tab.current_endorsement()})
    window.projector_control.present_current()
    projector = window.projector
    projector.resize(1920, 1080)
    QApplication.processEvents()
    slide = projector.current_slide
    texts = slide.texts()
    goals = core.goals_progress(store, tab.current_endorsement())
    assert texts[0] == "Our promise: Ana Núñez — Mayor — City of Riverton"
    assert [t for t in texts if t in {g.activity_name for g in goals}] == [
        g.activity_name for g in goals
    ]
    names = store.column("SELECT first_name || ' ' || last_name FROM members")
    contacts = store.column("SELECT email FROM members") + store.column("SELECT phone FROM members")
    shown = " ".join(texts)
    assert not any(name in shown for name in names)
    assert not any(contact in shown for contact in contacts)
    for scale in (TITLE_SCALE, LABEL_SCALE, SMALL_SCALE):
        assert projector_font(1080, scale).pixelSize() >= MIN_BODY_PX >= 28
    assert not projector.grab().isNull()
    first = slide.endorsement_id
    assert projector.step(Qt.Key.Key_Right)
    assert slide.endorsement_id != first
    assert "Marcus Okafor" in slide.caption()
    projector.step(Qt.Key.Key_Left)
    assert slide.endorsement_id == first


def test_print_menu_writes_sheet_and_report(qtbot, window, tmp_path, monkeypatch) -> None:
    outputs = iter([tmp_path / "sheet.pdf", tmp_path / "report.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(outputs)), ""))

    def choose(dialog: SignupPrintDialog) -> int:
        dialog.race.setCurrentIndex(dialog.race.findData("Mayor — City of Riverton"))
        return 1

    monkeypatch.setattr(SignupPrintDialog, "exec", choose)
    titles = [a.text().replace("&", "") for a in window.print_menu.actions()]
    assert "Sign-up Sheet…" in titles and "Commitment Report…" in titles
    window.documents.print_signup_sheet()
    window.documents.print_commitment_report()
    assert wait_for_background_tasks()
    assert (tmp_path / "sheet.pdf").stat().st_size > 0
    assert (tmp_path / "report.pdf").stat().st_size > 0


def test_activity_catalog_dialog(qtbot, qtmodeltester, window, monkeypatch) -> None:
    from endorse_desktop.ui.commitments.activities_dialog import ActivitiesDialog, ActivityDialog

    dialog = ActivitiesDialog(window.session, window.undo_stack)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 13
    qtmodeltester.check(dialog.model)

    def fill(editor: ActivityDialog) -> int:
        editor.name.setText("Postcards to voters")
        editor.unit.setCurrentText("cards")
        editor.accept()
        return 1

    monkeypatch.setattr(ActivityDialog, "exec", fill)
    dialog.add()
    assert dialog.model.rowCount() == 14
    row = dialog.model.row_of(lambda a: a.name == "Postcards to voters")
    dialog.view.selectRow(row)
    dialog.toggle_archived()
    assert core.find_activity(window.session.store, "Postcards to voters").archived
    dialog.view.selectRow(dialog.model.row_of(lambda a: a.name == "Phone bank"))
    dialog.delete()
    assert "archive it instead" in dialog.message.text()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert core.find_activity(window.session.store, "Postcards to voters") is None


def test_timer_saves_announcement_once_typing_stops(qtbot, tab, window) -> None:
    page = tab.show_page("announcement")
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "x")
    assert page.state.text() == "Editing…"
    QTimer.singleShot(0, lambda: None)
    qtbot.waitUntil(lambda: page.state.text() == "Saved", timeout=3000)


def test_goal_of_a_new_endorsement_starts_the_sheet_and_thermometer(tab, window) -> None:
    store = window.session.store
    endorsement_id = tab.current_endorsement()
    before = core.goals_progress(store, endorsement_id)
    core.add_goal(store, Goal(endorsement_id, core.find_activity(store, "Op-ed").id, 1))
    window.session.notify(Topic.COMMITMENTS)
    after = core.goals_progress(store, endorsement_id)
    assert len(after) == len(before) + 1


def test_a_refused_change_says_why_and_never_reaches_the_undo_stack(
    qtbot, tab, window, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from endorse_desktop.core.endorsements import set_status
    from endorse_desktop.ui.commitments import commands

    store = window.session.store
    endorsement = list_endorsements(store)[0]
    set_status(store, endorsement.id, "rescinded", reason="The candidate left the race")
    member_id = store.scalar("SELECT id FROM members LIMIT 1")
    pledge = core.Pledge(member_id, endorsement.id, core.find_activity(store, "Op-ed").id)
    before = window.undo_stack.count()
    outcome = commands.add_pledge(window.session, window.undo_stack, pledge)
    assert not outcome.ok and "rescinded" in str(outcome.error)
    assert window.undo_stack.count() == before
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(
        PledgeDialog,
        "exec",
        lambda self: (self.member_combo.setCurrentIndex(0), self.accept(), 1)[2],
    )
    tab.pledges.endorsement_filter.setCurrentIndex(
        tab.pledges.endorsement_filter.findData(endorsement.id)
    )
    tab.pledges.new_pledge()
    assert warnings and "rescinded" in warnings[0]
    assert window.undo_stack.count() == before
