"""The endorsement announcement: a press-release draft the group edits, copies and prints.

The first draft comes from the record (core/commitments/announcement.py). What the facilitator
types is saved on the endorsement a moment after they stop typing (and when they leave the page),
as one undo step per editing spell.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QFontDatabase,
    QGuiApplication,
    QHideEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.commitments.announcement import draft_announcement
from endorse_desktop.core.endorsements import get_endorsement
from endorse_desktop.ui.commitments import commands
from endorse_desktop.ui.commitments.page import CommitmentPage
from endorse_desktop.ui.shell.undo import push
from endorse_desktop.ui.widgets.action_button import action_button
from endorse_desktop.ui.widgets.core_text import in_ui
from endorse_desktop.ui.widgets.flow import FlowLayout
from endorse_desktop.ui.widgets.page_actions import page_action
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

SAVE_DELAY_MS = 800


_tr = translator("AnnouncementPage")


class AnnouncementPage(CommitmentPage):
    pdf_requested = Signal(int)

    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, stack, parent)
        self.endorsement_id: int | None = None
        self._loading = False
        # The editors typed in since the last save, by language (True: the Spanish one).
        self._unsaved: set[bool] = set()
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(_tr("Announcement text"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        # The Spanish release, for announcements printed in Spanish or both (written by the group;
        # an empty one prints the English and is named in the warning before printing).
        self.editor_es = QPlainTextEdit()
        self.editor_es.setAccessibleName(_tr("Announcement text in Spanish"))
        self.editor_es.setPlaceholderText(
            _tr("The same announcement in Spanish, for printing in Spanish or both (optional)")
        )
        self.editor_es.setTabChangesFocus(True)
        self.editor_es.setFont(self.editor.font())
        self.state = QLabel()
        self.state.setAccessibleName(_tr("Whether the announcement is saved"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(partial(self._edited, spanish=False))
        self.editor_es.textChanged.connect(partial(self._edited, spanish=True))
        self.actions_by_name = self._make_actions()
        buttons = FlowLayout()  # wraps where the window is narrow
        for name in ("draft", "copy", "pdf"):
            buttons.addWidget(action_button(self.actions_by_name[name]))
        buttons.addStretch(1)
        buttons.addWidget(self.state)
        hint = QLabel(
            _tr(
                "Built from the record: who, how the members decided, the values it rests on "
                "and what the members promise. Fill in the [bracketed] parts; changes are saved "
                "as you type."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 3)
        spanish_label = QLabel(_tr("In &Spanish:"))
        spanish_label.setBuddy(self.editor_es)
        layout.addWidget(spanish_label)
        layout.addWidget(self.editor_es, 1)
        layout.addLayout(buttons)

    def _make_actions(self) -> dict[str, QAction]:
        made: dict[str, QAction] = {}

        def action(name: str, text: str, key: str, tip: str, slot: Callable[[], None]) -> None:
            made[name] = page_action(self, text, key, tip, slot)

        action(
            "draft",
            _tr("Fresh &Draft"),
            "Ctrl+Shift+D",
            _tr("Replace the text with a new draft from the record (Ctrl+Z brings yours back)"),
            self.fresh_draft,
        )
        action(
            "copy",
            _tr("&Copy Announcement"),
            "Ctrl+Shift+C",
            _tr("Copy the whole announcement as plain text, to paste into an email"),
            self.copy_text,
        )
        action(
            "pdf",
            _tr("Announcement as &PDF…"),
            "Ctrl+Alt+P",
            _tr("Save the announcement as a PDF press release"),
            self.request_pdf,
        )
        return made

    # ----- which endorsement -------------------------------------------------------------------
    def reload(self) -> None:
        """Show the saved text (or a fresh draft), unless the editor holds unsaved typing."""
        if self._unsaved:
            return
        endorsement = (
            get_endorsement(self.session.store, self.endorsement_id)
            if self.endorsement_id is not None
            else None
        )
        self._loading = True
        if endorsement is None:
            self.editor.setPlainText("")
            self.editor.setReadOnly(True)
            self.editor_es.setPlainText("")
            self.editor_es.setReadOnly(True)
            self.state.setText(_tr("No endorsement chosen"))
        else:
            saved = endorsement.announcement.strip()
            text = saved or draft_announcement(self.session.store, endorsement)
            if text != self.editor.toPlainText():
                self.editor.setPlainText(text)
            self.editor.setReadOnly(False)
            if endorsement.announcement_es != self.editor_es.toPlainText():
                self.editor_es.setPlainText(endorsement.announcement_es)
            self.editor_es.setReadOnly(False)
            self.state.setText(_tr("Saved") if saved else _tr("Draft from the record (not edited)"))
        self._loading = False

    # ----- saving ------------------------------------------------------------------------------
    def _edited(self, spanish: bool) -> None:
        """Typing in the English or the Spanish editor: saved a moment after it stops."""
        if not self._loading and self.endorsement_id is not None:
            self._unsaved.add(spanish)
            self.state.setText(_tr("Editing…"))
            self._timer.start()

    @Slot()
    def save_now(self) -> None:
        """Save what the editors hold (called a moment after typing stops, and on leaving)."""
        self._timer.stop()
        if self.endorsement_id is None:
            return
        for spanish, editor in ((True, self.editor_es), (False, self.editor)):
            if spanish not in self._unsaved:
                continue
            self._unsaved.discard(spanish)
            text = editor.toPlainText()
            saving = commands.SaveAnnouncement(
                self.session, self.endorsement_id, text, spanish=spanish
            )
            outcome = push(self.stack, saving)
            if not outcome.ok:
                QMessageBox.warning(self, _tr("Not saved"), in_ui(outcome.error))
                return
            self.state.setText(_tr("Saved"))

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # ----- actions -----------------------------------------------------------------------------
    @Slot()
    def fresh_draft(self) -> None:
        endorsement = (
            get_endorsement(self.session.store, self.endorsement_id)
            if self.endorsement_id is not None
            else None
        )
        if endorsement is None:
            return
        self.save_now()
        draft = draft_announcement(self.session.store, endorsement)
        saving = commands.SaveAnnouncement(self.session, endorsement.id or 0, draft, merge=False)
        outcome = push(self.stack, saving)
        if outcome.ok:
            self._loading = True
            self.editor.setPlainText(draft)
            self._loading = False
            self.state.setText(_tr("Saved"))
            self.message.emit(_tr("A fresh draft replaced the text; Ctrl+Z brings yours back"))

    @Slot()
    def copy_text(self) -> None:
        self.save_now()
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.message.emit(_tr("Announcement copied: paste it into an email or a document"))

    @Slot()
    def request_pdf(self) -> None:
        self.save_now()
        if self.endorsement_id is not None:
            self.pdf_requested.emit(self.endorsement_id)

    def text(self) -> str:
        return self.editor.toPlainText()
