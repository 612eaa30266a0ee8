"""Help ▸ Keyboard Shortcuts and Help ▸ Running an Endorsement Meeting.

The shortcut sheet is built from the window's own menus — themselves built from the action tables
(`ui/shell/menu_table.py`, each tab's table) — so it can never fall out of date, and it says
where each key works (`ui/widgets/actions.ActionContext`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QTextBrowser,
    QWidget,
)

from endorse_desktop.ui.widgets.actions import CONTEXT_PROPERTY, ActionContext
from endorse_desktop.ui.widgets.forms import Buttons, FormDialog
from endorse_desktop.ui.widgets.text import translator

_tr = translator("Help")


def menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """Every action reachable from the menu bar, with the menu path that leads to it."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            title = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            submenu = action.menu()  # typed as QObject in PySide6; a menu's submenu is a QMenu
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} ▸ {title}")
            else:
                found.append((f"{path} ▸ {title}", action))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            name = top.text().replace("&", "")
            walk(menu, name)
    return found


def _where(action: QAction) -> str:
    context = action.property(CONTEXT_PROPERTY)
    if context == ActionContext.PANEL.value:
        return _tr("in its list or panel")
    if context == ActionContext.FIELD.value:
        return _tr("in its field")
    return _tr("anywhere")


def shortcuts_html(window: QMainWindow) -> str:
    rows = []
    for path, action in menu_actions(window):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append(
                f"<tr><td><b>{keys}</b></td><td>{_escape(path)}</td>"
                f"<td><i>{_where(action)}</i></td></tr>"
            )
    table = "\n".join(rows)
    # tr() outside the f-string: lupdate does not read inside one
    title = _tr("Keyboard shortcuts")
    about = _tr("Every menu command with a key. Tabs add their own menu while they are open.")
    return f"<h2>{title}</h2><p>{about}</p><table cellspacing='6'>{table}</table>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Marked for lupdate here (PySide6 types the marker as returning object); translated as a whole
# when shown.
MEETING_GUIDE: str = QT_TR_NOOP(  # type: ignore[assignment]
    """
<h2>Running an endorsement meeting</h2>

<h3>Before the meeting</h3>
<ol>
<li><b>Import the roster.</b> File ▸ Import ▸ Members Roster (Ctrl+Shift+I) reads the CSV your
group exports from Action Network, Mobilize or a spreadsheet: names, contact details, dues and
who may vote. Check-in, the quorum and the sign-up sheets all work from this list; import again
before each meeting to bring it up to date (people already on it are updated, not doubled).</li>
<li><b>Agree on the rules.</b> In File ▸ Group Settings, set the threshold (two-thirds of votes
cast is common), the quorum, whether "No endorsement" is on every ballot, and what happens when a
round decides nothing. Each vote can still use its own rule.</li>
<li><b>Write down your values.</b> On the Values tab, list what the group stands for, give each
a weight from 1 to 5 and mark the ones no candidate may oppose (dealbreakers). If members disagree
on weights, run a dot vote at the start of the meeting.</li>
<li><b>Build the scorecards.</b> Add each race and its candidates, then rate every candidate
against every value, with the evidence: their questionnaire, an interview, their record or a public
statement. Leave a cell Unknown rather than guess; the score only counts what is rated.</li>
<li><b>Print.</b> File ▸ Print gives you the scorecard handout, paper ballots (enough for the
people you expect, plus a few) and sign-up sheets for the campaigns you may endorse.</li>
</ol>

<h3>During the meeting</h3>
<ol>
<li><b>Check people in</b> on the Meeting &amp; Voting tab. The present count and the quorum are
always in the status bar.</li>
<li><b>Show the room.</b> View ▸ Projector Window opens the second window; move it to the
projector and press F11. F5 presents whatever your current tab is about; Ctrl+B blanks it.</li>
<li><b>Hear the candidates.</b> The projector's timer keeps speeches fair.</li>
<li><b>Count.</b> For a show of hands, type the counts. For paper ballots, read each ballot aloud
and press its number; Backspace takes back the last one. The room sees the totals grow, and
nothing typed is ever lost, even if the laptop dies.</li>
<li><b>Finalize the round.</b> The app applies your rule exactly. If nobody reaches the
threshold, it offers the next round under your policy.</li>
<li><b>Collect commitments.</b> Pass the sign-up sheets around while the result is fresh.</li>
</ol>

<h3>After the meeting</h3>
<ol>
<li><b>Print the minutes</b> (File ▸ Print ▸ Meeting summary) and have them signed.</li>
<li><b>Type in the sign-up sheets</b> on the Commitments tab; it is quick and keyboard-only.</li>
<li><b>Follow up.</b> Set goals with the campaign, confirm pledges, mark them done, and check the
overdue list every week until election day.</li>
<li><b>Announce it.</b> The announcement draft on the Commitments tab is a starting point for
your press release.</li>
</ol>
<p>Everything is saved the moment you do it. File ▸ Restore from Backup goes back to an earlier
copy if something went wrong.</p>
"""
)


class HelpDialog(FormDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, buttons=Buttons.Close)
        self.resize(680, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(title)
        self.append(self.browser, 1)


def meeting_guide_html() -> str:
    return _tr(MEETING_GUIDE)
