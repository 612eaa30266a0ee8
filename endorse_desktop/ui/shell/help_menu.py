"""The Help menu's commands: the meeting guide, the keyboard shortcut sheet and About.

Their words keep the window's translation context ("MainWindow"), where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from endorse_desktop import __version__


class HelpController(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self._window,
            QCoreApplication.translate("MainWindow", "About Endorse Desktop"),
            QCoreApplication.translate(
                "MainWindow",
                "<b>Endorse Desktop %s</b><p>Run your group's endorsement meeting from one laptop: "
                "scorecards, vote counting, ballots, minutes and commitments. Works offline; your "
                "data stays in one file on this computer.</p>",
            )
            % __version__,
        )

    @Slot()
    def show_meeting_guide(self) -> None:
        # deferred: the help texts cost ~11 ms at start-up (python -X importtime)
        from endorse_desktop.ui.shell.help import HelpDialog, meeting_guide_html

        title = QCoreApplication.translate("MainWindow", "Running an endorsement meeting")
        HelpDialog(title, meeting_guide_html(), self._window).exec()

    @Slot()
    def show_shortcuts(self) -> None:
        # deferred: the help texts cost ~11 ms at start-up (python -X importtime)
        from endorse_desktop.ui.shell.help import HelpDialog, shortcuts_html

        title = QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
        HelpDialog(title, shortcuts_html(self._window), self._window).exec()
