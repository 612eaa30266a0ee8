"""Issue 12 item 8 by keyboard: File ▸ Import ▸ Members Roster (Ctrl+Shift+I), the file typed
into the file dialog, the column mapping checked, Alt+I. A second row with the same email in
another case is merged into the first (its phone kept), and a "Dues Paid" column sets who may
vote."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.store import Store
from tests.scenarios.harness import Person, run_scenario

ROSTER = (
    "First Name,Last Name,Email,Phone,Zip Code,Dues Paid\n"
    "Jose,Nunez,jose.nunez@example.org,,48104,yes\n"
    "Dev,Patel,dev.patel@example.org,555-0102,48103,no\n"
    "José,Núñez,JOSE.NUNEZ@EXAMPLE.ORG,555-0199,48104,yes\n"
)


def import_by_keyboard(person: Person) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    from endorse_desktop.ui.members.import_dialog import RosterImportDialog

    window = person.window
    roster = window.session.path.with_name("roster.csv")
    roster.write_text(ROSTER, encoding="utf-8")
    person.click_tab("Members")

    def choose_file(dialog) -> None:
        person.type(str(roster))
        person.press(Qt.Key.Key_Return)

    person.in_dialog(
        lambda: person.press(
            Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ),
        choose_file,
    )
    person.wait_until(
        lambda: isinstance(QApplication.activeModalWidget(), RosterImportDialog),
        "the roster import dialog",
    )
    dialog = QApplication.activeModalWidget()
    person.wait_until(lambda: dialog.isAncestorOf(person.focus()), "the focus in the dialog")
    fields = dict(zip(dialog.plan.headers, dialog.mapping(), strict=True))
    assert fields["Dues Paid"] == "eligible", fields
    summary = dialog.summary_label.text() if hasattr(dialog, "summary_label") else ""
    person.screenshot("roster-import-keyboard", dialog)
    person.press(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    person.wait_until(
        lambda: not isValid(dialog) or not dialog.isVisible(), f"Alt+I to import ({summary})"
    )
    person.wait(200)
    follow_up = QApplication.activeModalWidget()
    if follow_up is not None:  # the import's summary, closed with Enter
        person.press(Qt.Key.Key_Return)


def test_roster_import_by_keyboard_merges_and_maps_dues(x_display: str, db_path: Path) -> None:
    from endorse_desktop.core.settings import GroupSettings, save_settings

    with Store.open(db_path) as store:
        save_settings(store, GroupSettings(name="Lakeside Democrats"))
    run_scenario(x_display, import_by_keyboard, db_path)
    with Store.open(db_path) as store:
        rows = {
            row["email"].casefold(): row
            for row in store.rows(
                "SELECT first_name, last_name, email, phone, eligible FROM members"
            )
        }
    assert set(rows) == {"jose.nunez@example.org", "dev.patel@example.org"}
    jose = rows["jose.nunez@example.org"]
    assert jose["phone"] == "555-0199"  # the second row's phone, merged in
    assert jose["eligible"] == 1
    assert rows["dev.patel@example.org"]["eligible"] == 0  # dues not paid
