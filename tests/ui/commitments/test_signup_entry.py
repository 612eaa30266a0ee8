"""Acceptance: a facilitator types in a full paper sign-up sheet with the keyboard alone, then
marks some pledges done; the goals' progress, the thermometer and the report agree."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pdf_text import pdf_text
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.progress import quantity_text
from endorse_desktop.core.store import Store
from endorse_desktop.exports.kinds import export_document
from endorse_desktop.ui.commitments.signup_state import ROWS, fold, roster_names
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session


class Keyboard:
    """Presses keys on whatever has the keyboard focus, as a person at the laptop would."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    def type(self, text: str) -> None:
        for character in text:
            target = QApplication.focusWidget()
            if character.isascii():
                self.qtbot.keyClicks(target, character)
            else:  # QTest.keyClicks knows only ASCII; a keyboard layout sends the text itself
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        target,
                        QKeyEvent(
                            kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
                        ),
                    )
            self.presses += 1
            QApplication.processEvents()

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        self.presses += 1
        QApplication.processEvents()  # the item delegate commits an edit on the next turn
        QApplication.processEvents()


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()


def shortest_prefix(name: str, member_id: int, roster) -> str:
    """The fewest letters after which the grid's type-ahead settles on this member."""
    for length in range(1, len(name) + 1):
        typed = fold(name[:length])
        first = next(r for r in roster if r.folded.startswith(typed))
        if first.member_id == member_id:
            return name[:length]
    return name


NEW_MEMBER = "Wrén Tallchief-Ortiz"
NEW_ROW = 8  # the ninth line of the sheet


def test_an_18_row_sheet_by_keyboard_then_progress_thermometer_and_report_agree(
    qtbot, window, tmp_path
) -> None:
    store = window.session.store
    tab = window.show_tab("commitments")
    endorsement_id = tab.current_endorsement()
    assert endorsement_id is not None
    sheet = tab.show_page("sheet")
    offered = sheet.model.activities
    assert [a.name for a in offered][:2] == ["Canvassing (door knocking)", "Phone bank"]
    pledges_before = store.scalar("SELECT count(*) FROM pledges")
    members_before = store.scalar("SELECT count(*) FROM members")

    roster = roster_names(window.session)
    unique = [r for r in roster if "<" not in r.label]
    people = unique[: ROWS - 1]
    keys = Keyboard(qtbot)
    expected: list[tuple[str, list[int]]] = []  # (name, ticked activity numbers) per row
    for row in range(ROWS):
        ticks = sorted({row % len(offered) + 1, (row * 5 + 2) % len(offered) + 1})
        if row == NEW_ROW:
            keys.type(NEW_MEMBER)
            keys.press(Qt.Key.Key_Return)  # accept the name: not on the roster…
            assert "not on the roster" in sheet.prompt.text()
            keys.press(Qt.Key.Key_Return)  # …so Enter confirms a new member
            keys.type("555-0142")
            keys.press(Qt.Key.Key_Return)
            keys.type("wren@example.org")
            keys.press(Qt.Key.Key_Return)
            name = NEW_MEMBER
        else:
            person = people[row if row < NEW_ROW else row - 1]
            keys.type(shortest_prefix(person.label, person.member_id, roster))
            keys.press(Qt.Key.Key_Return)
            assert sheet.model.rows[row].member_id == person.member_id
            name = person.label
        if row == 3:  # two shifts of the first ticked activity: + after its number
            keys.type(f"{ticks[0]}+{''.join(str(n) for n in ticks[1:])}")
        else:
            keys.type("".join(str(n) for n in ticks))
        keys.press(Qt.Key.Key_Return)  # saves the row, moves to the next
        expected.append((name, ticks))

    assert all(row.saved is not None for row in sheet.model.rows[:ROWS])
    # a sheet in a few minutes, not a quarter of an hour
    print(f"keys pressed to type in {ROWS} rows: {keys.presses}")
    assert keys.presses < ROWS * 20
    sheet_pledges = store.rows(
        "SELECT p.activity_id, p.quantity, p.member_id FROM pledges p "
        "WHERE p.source = 'sheet' AND p.id > (SELECT max(id) FROM pledges) - ?",
        (sum(len(t) for _, t in expected),),
    )
    assert store.scalar("SELECT count(*) FROM pledges") - pledges_before == sum(
        len(ticks) for _, ticks in expected
    )
    assert len(sheet_pledges) == sum(len(ticks) for _, ticks in expected)
    assert store.scalar("SELECT count(*) FROM members") == members_before + 1
    wren = store.row("SELECT * FROM members WHERE first_name = 'Wrén'")
    assert (wren["last_name"], wren["phone"], wren["email"]) == (
        "Tallchief-Ortiz",
        "555-0142",
        "wren@example.org",
    )
    wren_ticks = expected[NEW_ROW][1]
    assert sorted(
        store.column(
            "SELECT activity_id FROM pledges WHERE member_id = ? AND source = 'sheet'",
            (wren["id"],),
        )
    ) == sorted(offered[n - 1].id for n in wren_ticks)
    assert (
        store.scalar(
            "SELECT quantity FROM pledges WHERE member_id = ? AND activity_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (people[3].member_id, offered[expected[3][1][0] - 1].id),
        )
        == 2
    )

    # Follow-up: on the Pledges page, show Wren's pledges and mark them done by keyboard.
    pledges = tab.show_page("pledges")
    pledges.member_filter.setFocus()
    keys.type("Wrén")
    assert pledges.model.rowCount() == len(wren_ticks)
    pledges.view.setFocus()
    keys.press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len(wren_ticks) - 1):
        keys.press(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Ctrl+3: done
    assert set(store.column("SELECT status FROM pledges WHERE member_id = ?", (wren["id"],))) == {
        "done"
    }

    # The numbers, four ways: SQL, the core rollup, the progress page, the projector, the PDF.
    goals = core.goals_progress(store, endorsement_id)
    for goal in goals:
        pledged, done = store.row(
            "SELECT coalesce(sum(CASE WHEN status IN ('pledged','confirmed','done') "
            "THEN quantity END), 0), coalesce(sum(CASE WHEN status = 'done' THEN quantity END), 0)"
            " FROM pledges WHERE endorsement_id = ? AND activity_id = ? AND unit = ?",
            (endorsement_id, goal.goal.activity_id, goal.unit),
        )
        assert (goal.pledged, goal.done) == (pledged, done)
    progress = tab.show_page("progress")
    assert [(g.activity_name, g.pledged, g.done) for g in progress.bars.goals] == [
        (g.activity_name, g.pledged, g.done) for g in goals
    ]
    for goal, line in zip(goals, progress.bars.lines(), strict=True):
        assert line.startswith(
            f"{goal.activity_name}: {goal.pledged:,} of {quantity_text(goal.target, goal.unit)} "
            f"pledged"
        )
        assert f"· {goal.done:,} done" in line

    window.projector_control.present_current()
    slide = window.projector.current_slide
    assert slide.slide_id == "thermometer"
    for goal in goals:
        assert f"{goal.pledged:,} pledged" in " | ".join(slide.texts())
    drawn = slide.texts()
    for goal in goals:
        start = drawn.index(goal.activity_name)
        assert drawn[start + 1].startswith(f"{goal.pledged:,} pledged")
        assert drawn[start + 2].startswith(f"{goal.done:,} done")

    report = tmp_path / "commitments.pdf"
    export_document(store, "commitments", report)
    text = " ".join(pdf_text(report).split())
    for goal in goals:
        assert (
            f"{goal.activity_name} {quantity_text(goal.target, goal.unit)} "
            f"{goal.pledged:,} {goal.done:,}"
        ) in text
    assert NEW_MEMBER in text and "wren@example.org" in text


def test_a_saved_row_is_taken_back_whole_by_undo(qtbot, window) -> None:
    store = window.session.store
    tab = window.show_tab("commitments")
    sheet = tab.show_page("sheet")
    keys = Keyboard(qtbot)
    keys.type("Zed Newcomer")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("12")
    keys.press(Qt.Key.Key_Return)
    assert sheet.model.rows[0].saved is not None
    assert store.scalar("SELECT count(*) FROM members WHERE first_name = 'Zed'") == 1
    today = sheet.date.date().toString("yyyy-MM-dd")
    assert store.scalar("SELECT count(*) FROM pledges WHERE pledged_on = ?", (today,)) == 2
    window.undo_stack.undo()
    assert sheet.model.rows[0].saved is None
    assert store.scalar("SELECT count(*) FROM members WHERE first_name = 'Zed'") == 0
    assert store.scalar("SELECT count(*) FROM pledges WHERE pledged_on = ?", (today,)) == 0
    window.undo_stack.redo()
    assert store.scalar("SELECT count(*) FROM members WHERE first_name = 'Zed'") == 1
    assert sheet.model.rows[0].saved is not None
    # a saved row refuses new ticks and says why
    sheet.view.setFocus()
    sheet.view.setCurrentIndex(sheet.model.index(0, 0))
    keys.type("3")
    assert "Ctrl+Z" in sheet.prompt.text()


def test_esc_retypes_a_name_that_is_not_on_the_roster(qtbot, window) -> None:
    tab = window.show_tab("commitments")
    sheet = tab.show_page("sheet")
    keys = Keyboard(qtbot)
    keys.type("Anaa Typo")
    keys.press(Qt.Key.Key_Return)
    assert sheet.model.rows[0].awaiting_confirmation
    keys.press(Qt.Key.Key_Escape)
    assert sheet.model.rows[0].name == ""
    sheet.view.setFocus()
    keys.type("1")  # no name yet: nothing to tick
    assert not any(sheet.model.rows[0].quantities.values())
    assert "Type the name on row 1 first" in sheet.prompt.text()


def test_type_ahead_ignores_accents_and_case(qtbot, window) -> None:
    tab = window.show_tab("commitments")
    sheet = tab.show_page("sheet")
    target = next(r for r in roster_names(window.session) if re.search(r"[ñéóíáüøł]", r.label))
    plain = fold(target.label)
    keys = Keyboard(qtbot)
    keys.type(plain.upper())
    keys.press(Qt.Key.Key_Return)
    assert sheet.model.rows[0].member_id == target.member_id
    assert sheet.model.rows[0].name == target.label


def test_screenshots(qtbot, window, tmp_path) -> None:
    """The tab, the sheet being typed in and the thermometer, for the README; set
    ENDORSE_SCREENSHOTS to a folder (docs/screenshots) to keep them."""
    folder = Path(os.environ.get("ENDORSE_SCREENSHOTS", tmp_path))
    window.resize(1280, 800)
    tab = window.show_tab("commitments")
    tab.show_page("progress")
    qtbot.wait(50)
    assert window.grab().save(str(folder / "commitments.png"))

    sheet = tab.show_page("sheet")
    keys = Keyboard(qtbot)
    roster = roster_names(window.session)
    for person, ticks in zip(
        [r for r in roster if "<" not in r.label][3:6], ("13", "2", "145"), strict=True
    ):
        keys.type(shortest_prefix(person.label, person.member_id, roster))
        keys.press(Qt.Key.Key_Return)
        keys.type(ticks)
        keys.press(Qt.Key.Key_Return)
    keys.type(NEW_MEMBER)
    keys.press(Qt.Key.Key_Return)
    qtbot.wait(50)
    assert "not on the roster" in sheet.prompt.text()
    assert window.grab().save(str(folder / "signup-entry.png"))

    tab.show_page("progress")
    window.projector_control.present_current()
    projector = window.projector
    projector.resize(1920, 1080)
    qtbot.wait(50)
    image = projector.grab()
    assert (image.width(), image.height()) == (1920, 1080)
    assert image.save(str(folder / "projector-thermometer.png"))
