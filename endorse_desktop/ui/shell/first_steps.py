"""The guided first run: after a group is created, a short checklist above the tabs —
import the roster → write the values → add the races → plan a meeting — each with a button that
goes there. Steps tick themselves from the file (core/first_steps.py) as the work is done, and
the list disappears once every step is (issue 12, item 9).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from endorse_desktop.core.first_steps import FirstSteps, first_steps
from endorse_desktop.ui.shell.session import Session, Topic
from endorse_desktop.ui.widgets.flow import flow_row

STEPS = ("roster", "values", "races", "meeting")
# the topics after which a step may have been done (or undone)
_TOPICS = {Topic.MEMBERS, Topic.VALUES, Topic.RACES, Topic.MEETINGS, Topic.SETTINGS}


class FirstStepsPanel(QFrame):
    def __init__(
        self, actions: dict[str, Callable[[], object]], parent: QWidget | None = None
    ) -> None:
        """`actions`: what each step's button does, by step name (roster, values, races, …)."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._session: Session | None = None
        self._finished = False  # all done in this file: the list stays gone, nothing is re-read
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        # a row that wraps rather than widen the window (four steps in a longer language)
        holder, row = flow_row()
        layout.addWidget(holder)
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for name in STEPS:
            mark = QLabel()
            button = QPushButton()
            button.clicked.connect(actions[name])
            self.marks[name] = mark
            self.buttons[name] = button
            row.addWidget(mark)
            row.addWidget(button)
            row.addSpacing(12)
        self._steps: FirstSteps | None = None  # as last read, ticked once the words are set
        self._words_set = False
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """The words in the current language (again after View ▸ Language); set when the list is
        first needed: a group with every step done never shows it, and the heading, the app's
        first rich text, costs ~5 ms of start-up (SPEC P-1)."""
        self.setAccessibleName(self.tr("First steps"))
        self._words_set = False
        if self._session is not None:
            self.refresh()

    def _set_words(self) -> None:
        if self._words_set:
            return
        self._words_set = True
        self.heading.setText(self.tr("<b>First steps for your group</b> — each one ticks itself."))
        words = {
            "roster": (self.tr("Import the roster"), self.tr("Import Roster…")),
            "values": (self.tr("Write your values"), self.tr("Go to Values")),
            "races": (self.tr("Add the races"), self.tr("Go to Races")),
            "meeting": (self.tr("Plan a meeting"), self.tr("Go to Meeting")),
        }
        for number, name in enumerate(STEPS, start=1):
            text, button_text = words[name]
            self.marks[name].setText(f"{number}. {text}")
            self.buttons[name].setText(button_text)
        if self._steps is not None:
            self._show(self._steps)

    def follow(self, session: Session) -> None:
        """Watch this file (a new session replaces the last one's)."""
        self._session = session
        self._finished = False
        session.changed.connect(self._changed)
        self.refresh()

    @Slot(str)
    def _changed(self, topic: str) -> None:
        if topic in _TOPICS and not self._finished:  # check-ins during a meeting cost nothing
            self.refresh()

    def refresh(self) -> None:
        session = self._session
        if session is None or not session.has_group:
            self.hide()
            return
        steps = first_steps(session.store)
        self._steps = steps
        self._finished = steps.all_done
        if not steps.all_done:
            self._set_words()
            self._show(steps)
        self.setVisible(not steps.all_done)

    def _show(self, steps: FirstSteps) -> None:
        done = {
            "roster": steps.roster,
            "values": steps.values,
            "races": steps.races,
            "meeting": steps.meeting,
        }
        for number, (name, mark) in enumerate(self.marks.items(), start=1):
            text = mark.text().split(" ", 1)[1].removeprefix("✓ ")
            mark.setText(f"{number}. ✓ {text}" if done[name] else f"{number}. {text}")
            mark.setEnabled(not done[name])

    def done(self) -> dict[str, bool]:
        """What the person sees ticked, by step (tests read this)."""
        self._set_words()
        return {name: "✓" in mark.text() for name, mark in self.marks.items()}
