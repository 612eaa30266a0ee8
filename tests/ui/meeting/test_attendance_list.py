"""Who is in: latest first, Delete checks out the one selected, nobody's name can be edited there.
The list keeps a line of text per member, no item object each (SPEC P-6: thousands check in)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from endorse_desktop.core import meetings
from endorse_desktop.core.store import Store
from endorse_desktop.ui.meeting.attendance_panel import AttendancePanel


def test_latest_first_delete_checks_out_the_selected_and_names_stay_as_they_are(
    qtbot, demo_path: Path
) -> None:
    with Store.open(demo_path) as store:
        meeting = meetings.add_meeting(store, meetings.Meeting("2026-05-02", "Hall"))
        panel = AttendancePanel(store)
        qtbot.addWidget(panel)
        panel.set_meeting(meeting.id, None)
        ids = [row[0] for row in store.rows("SELECT id FROM members WHERE archived = 0 LIMIT 3")]
        for member_id in ids:
            panel.member_checked_in(member_id)
        names = [panel.name_of(member_id) for member_id in reversed(ids)]
        shown = panel.present_names()
        assert [line.split(" — ")[0] for line in shown] == names
        assert panel.present_label.text() == "Checked in: 3"

        checked_out: list[int] = []
        panel.check_out.connect(checked_out.append)
        panel.present_list.setCurrentIndex(panel.present_list.model().index(1, 0))
        panel.present_list.setFocus()
        qtbot.keyClick(panel.present_list, Qt.Key.Key_F2)  # no editor opens on a name
        assert panel.present_list.state() != QAbstractItemView.State.EditingState
        qtbot.keyClick(panel.present_list, Qt.Key.Key_Delete)
        assert checked_out == [ids[1]]
        panel.member_checked_out(ids[1])
        assert panel.present_names() == [shown[0], shown[2]]
        assert panel.present_label.text() == "Checked in: 2"
        panel.member_checked_out(ids[1])  # twice (an undo raced a refresh): nothing else goes
        assert panel.present_names() == [shown[0], shown[2]]
