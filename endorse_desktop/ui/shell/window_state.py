"""The window's size, position and maximized state, kept across restarts, and the question
asked before closing while a round is being counted (issue 12, item 9).

Kept per user in QSettings (the app's config folder), never in the group's file: a database
received from someone else must not change because it was opened on another screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from endorse_desktop import APP_NAME
from endorse_desktop.core.store import Store

_KEY = "window/geometry"


def restore_window_state(window: QWidget) -> bool:
    """Put the window where it was when last closed; False the first time (Qt's default place).

    Qt's saved geometry carries the maximized flag and the normal size under it, and moves a
    window back onto a screen if the one it was on is gone.
    """
    saved = QSettings(APP_NAME, APP_NAME).value(_KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return True
    fit_to_screen(window)
    return False


def fit_to_screen(window: QWidget) -> None:
    """The first start on a small laptop (1280×800): the window and its frame fit the screen.

    The margins leave room for the title bar and frame the window manager adds.
    """
    screen = window.screen().availableGeometry()
    window.resize(
        min(window.width(), screen.width() - 32), min(window.height(), screen.height() - 64)
    )


def save_window_state(window: QWidget) -> None:
    QSettings(APP_NAME, APP_NAME).setValue(_KEY, window.saveGeometry())


def may_close(parent: QWidget, store: Store) -> bool:
    """Closing while a round is being counted asks first (issue 12, item 9).

    Every ballot is already stored as it is typed, so neither answer loses anything: Finish
    Later closes with the round still open (counting goes on when the file is opened again),
    Cancel keeps the window open where it was.
    """
    # deferred: the voting core costs ~15 ms at start-up (python -X importtime)
    from endorse_desktop.core.voting.stored import rounds_being_counted

    counting = rounds_being_counted(store)
    if not counting:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("A vote is being counted"),
        parent.tr("Round %d of the vote on %s is still open.") % (counting[0][1], counting[0][0]),
        parent=parent,
    )
    box.setInformativeText(
        parent.tr(
            "Every ballot counted so far is saved. Finish Later closes now and keeps the round "
            "open: counting goes on when you open this file again. Cancel keeps counting."
        )
    )
    later = box.addButton(parent.tr("&Finish Later"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(parent.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)  # Enter typed in a hurry keeps the window open
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is later
