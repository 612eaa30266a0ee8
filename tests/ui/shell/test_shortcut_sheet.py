"""Help ▸ Keyboard Shortcuts comes from the one table of commands (issue 12): every key of the
window's table and of the shown tab's table is on the sheet, beside the command's name, and the
sheet lists no key the tables do not hold."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence

from endorse_desktop.ui.meeting.actions import meeting_actions
from endorse_desktop.ui.shell.help import shortcuts_html
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.menu_table import window_actions
from endorse_desktop.ui.widgets.actions import key_sequences


def sheet_rows(window: MainWindow) -> dict[str, str]:
    """{menu path: key} as the sheet shows them."""
    rows = {}
    for row in shortcuts_html(window).split("<tr>")[1:]:
        cells = re.findall(r"<td>(.*?)</td>", row)
        keys, path = (re.sub("<[^>]+>", "", cell) for cell in cells[:2])
        rows[path.replace("&amp;", "&")] = keys
    return rows


def table_keys(table) -> dict[str, str]:
    """{command text: its first key, as the menus show it} for the table's commands with keys."""
    found = {}
    for row in table:
        sequences = key_sequences(row.shortcuts[:1])
        if sequences and not sequences[0].isEmpty():
            text = row.text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            found[text] = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
    return found


def test_the_sheet_is_the_window_table_and_the_shown_tab_table(window) -> None:
    window.show_tab("meeting")
    shown = sheet_rows(window)
    by_command = {path.rsplit(" ▸ ", 1)[1]: keys for path, keys in shown.items()}
    expected = {**table_keys(window_actions(window.tr)), **table_keys(meeting_actions(window.tr))}
    missing = {text: key for text, key in expected.items() if by_command.get(text) != key}
    assert not missing, f"in the tables but not on the sheet (or with another key): {missing}"
    assert any(path.startswith("Meeting ▸ ") for path in shown)

    window.show_tab("values")
    assert not any(path.startswith("Meeting ▸ ") for path in sheet_rows(window))
