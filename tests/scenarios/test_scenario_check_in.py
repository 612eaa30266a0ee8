"""Issue 12 item 5: check-in search finds people however their name is typed, and says when the
person is already in instead of showing an empty list."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.scenarios.harness import Person, run_scenario


def plain(name: str) -> str:
    """How a hurried facilitator types a name: no accents, lower case, a space too many."""
    letters = unicodedata.normalize("NFKD", name.casefold().replace("ø", "o"))
    return "".join(c for c in letters if not unicodedata.combining(c)).replace(" ", "  ")


def check_in_by_plain_names(person: Person) -> None:
    from PySide6.QtCore import Qt

    window = person.window
    store = window.session.store
    person.click_tab("Meeting & Voting")
    panel = window.tabs.currentWidget().attendance
    meeting_id = panel.meeting_id
    assert meeting_id is not None
    present = set(
        store.column("SELECT member_id FROM attendance WHERE meeting_id = ?", (meeting_id,))
    )
    accented = [
        (row["id"], f"{row['first_name']} {row['last_name']}")
        for row in store.rows("SELECT id, first_name, last_name FROM members ORDER BY id")
        if row["id"] not in present
        and any(
            unicodedata.normalize("NFKD", c) != c or c == "ø"
            for c in f"{row['first_name']}{row['last_name']}"
        )
    ]
    assert len(accented) >= 2, accented
    person.click(panel.search)
    for member_id, name in accented[:2]:
        person.type(plain(name))
        assert panel.match_names()[0].startswith(name), (plain(name), panel.match_names())
        person.press(Qt.Key.Key_Return)
        assert store.scalar(
            "SELECT count(*) FROM attendance WHERE meeting_id = ? AND member_id = ?",
            (meeting_id, member_id),
        )
    member_id, name = accented[0]
    person.type(plain(name))
    person.screenshot("check-in-already")
    assert panel.match_names() == []
    assert panel.search_note.isVisible()
    assert panel.search_note.text() == f"{name} is already checked in."
    person.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.type("zzqx")
    assert panel.search_note.text() == "No member on the roster matches “zzqx”."


def test_check_in_search_is_accent_case_and_spacing_blind(x_display: str, demo_path: Path) -> None:
    run_scenario(x_display, check_in_by_plain_names, demo_path)
