"""The recusal filter and the pledge dialog's member box follow the one name rule
(core/names.py, issue 13): typed plainly, in any case or spacing, they find accented names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from endorse_desktop.core import members as roster
from endorse_desktop.core.endorsements import list_endorsements
from endorse_desktop.core.members import Member
from endorse_desktop.core.store import Store
from endorse_desktop.ui.commitments.dialogs import PledgeDialog
from endorse_desktop.ui.meeting.correction_dialogs import RecusalDialog
from endorse_desktop.ui.shell.session import Session


def _shown(dialog: RecusalDialog) -> list[str]:
    rows = (dialog.list.item(row) for row in range(dialog.list.count()))
    return [item.text() for item in rows if not item.isHidden()]


def test_the_recusal_filter_finds_accented_names_typed_plainly(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    members = [(1, "José Núñez"), (2, "Ana Ruiz"), (3, "Søren Ødegaard")]
    dialog = RecusalDialog(members, set(), parent)
    for typed, found in (
        ("nunez", ["José Núñez"]),
        ("JOSE  nu", ["José Núñez"]),
        ("soren", ["Søren Ødegaard"]),
        ("ruiz ana", ["Ana Ruiz"]),
    ):
        dialog.search.setText(typed)
        assert _shown(dialog) == found, typed


def test_the_pledge_member_box_takes_a_name_typed_plainly(qtbot, demo_path: Path) -> None:
    store = Store.open(demo_path)
    try:
        added = roster.add_member(store, Member("Zoë", "Ólafsdóttir", None))
        session = Session(store)
        endorsements = {e.id: str(e.id) for e in list_endorsements(store) if e.id}
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = PledgeDialog(session, endorsements, parent=parent)
        dialog.member_combo.setEditText("zoe  OLAFSDOTTIR")
        assert dialog._member_id() == added.id
    finally:
        store.close()
