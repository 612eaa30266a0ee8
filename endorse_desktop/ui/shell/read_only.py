"""A file on a read-only medium (a CD, a locked USB stick, a folder we may not write): the window
shows it, checks it and exports it, says in a banner why editing is off, and offers no command
that would change it (SPEC §8, issue 13).

Which commands only look is a list kept here, by action id: a command added to an action table
later is off in a read-only file until someone lists it here, which fails safe. Whatever slips
past still cannot write: the store refuses every transaction on a read-only file.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QLabel, QWidget

from endorse_desktop.core.store import Store
from endorse_desktop.ui.widgets.actions import ID_PROPERTY

# Commands that change nothing in the file: open, copy, print, export, show, look.
LOOK_ONLY = frozenset(
    {
        # the window's
        "new_file_dialog",
        "open_file_dialog",
        "save_copy_dialog",
        "print_ballots_dialog",
        "print_summary_dialog",
        "print_signup_sheet",
        "print_commitment_report",
        "export_csv_dialog",
        "quit",
        "close",
        "toggle_projector",
        "present_current",
        "projector_full_screen",
        "blank_projector",
        "projector_next",
        "projector_previous",
        "show_meeting_guide",
        "show_shortcuts",
        "show_about",
        # the tabs'
        "clear_search",
        "dot_mode",
        "export_record",
        "export_shared",
        "print_scorecards",
        "show_result",
        "show_timer",
        "show_vote",
        "timer_reset",
        "timer_start",
    }
)

BANNER_NAME = "readOnlyBanner"


def make_banner() -> QLabel:
    """Hidden until a read-only file is shown."""
    banner = QLabel()
    banner.setObjectName(BANNER_NAME)
    banner.setWordWrap(True)
    banner.setMargin(8)
    # The theme's highlight: readable in light and dark, and not the projector's colours.
    banner.setStyleSheet(
        "QLabel#readOnlyBanner { background: palette(highlight); "
        "color: palette(highlighted-text); font-weight: bold; }"
    )
    banner.hide()
    return banner


def show_banner(banner: QLabel, reason: str | None) -> None:
    if reason is None:
        banner.hide()
        return
    banner.setText(
        banner.tr("Editing is off: %s. Viewing, checking, printing and exporting work.") % reason
    )
    banner.setAccessibleName(banner.text())
    banner.show()


LOCKED = "endorse_read_only_locked"
_HOOKED = "endorse_read_only_hooked"
_EVER_LOCKED = "endorse_read_only_ever_locked"  # on the window: a read-only file was shown


def edits_off(action: QAction) -> bool:
    """True for a command from an action table that could change the file. Actions outside the
    tables (menus, recent files, themes) change nothing in it."""
    action_id = action.property(ID_PROPERTY)
    return bool(action_id) and str(action_id) not in LOOK_ONLY


def lock_action(action: QAction) -> None:
    """Off now, and off again whenever the tab turns it on (a selection made, a vote opened)."""
    action.setProperty(LOCKED, True)
    action.setEnabled(False)
    if not action.property(_HOOKED):
        action.setProperty(_HOOKED, True)

        def keep_off() -> None:
            if action.property(LOCKED) and action.isEnabled():
                action.setEnabled(False)

        action.changed.connect(keep_off)


def unlock_action(action: QAction) -> None:
    """A writable file was opened in the same window: the window's own commands work again."""
    if action.property(LOCKED):
        action.setProperty(LOCKED, False)
        action.setEnabled(True)


def lock_edits(actions: list[QAction], widget: QWidget | None = None) -> None:
    """Turn off every command among `actions`, and under `widget`, that could change the file;
    tables and number fields under `widget` stop taking typed changes."""
    found = list(actions)
    if widget is not None:
        found += widget.findChildren(QAction)
        for view in widget.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for spin in widget.findChildren(QAbstractSpinBox):
            spin.setReadOnly(True)
    for action in found:
        if edits_off(action):
            lock_action(action)


def show_state(
    window: QWidget,
    banner: QLabel,
    store: Store,
    made_by_qt: dict[str, QAction],
    undo_stack: QUndoStack,
) -> None:
    """The window as the open file allows: the banner and edits off for a read-only file,
    everything back for a writable one."""
    show_banner(banner, store.readonly_reason)
    if store.readonly:
        window.setProperty(_EVER_LOCKED, True)
        lock_edits(window.findChildren(QAction))
        return
    if window.property(_EVER_LOCKED):
        # Walking every action costs ~5 ms at start-up (SPEC P-1): only after a read-only file.
        for action in window.findChildren(QAction):
            unlock_action(action)
    # Undo and Redo follow their stack, which starts afresh with each file.
    made_by_qt["undo"].setEnabled(undo_stack.canUndo())
    made_by_qt["redo"].setEnabled(undo_stack.canRedo())
