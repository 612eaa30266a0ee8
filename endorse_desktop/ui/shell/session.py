"""The open database as the UI sees it: the store plus a signal that says what just changed.

Tabs and projector slides listen to `changed(topic)` and refresh the parts that depend on it, so a
member added in one tab appears in another's lists without anyone polling the database.
The topics are the `Topic` enum; a typo in a topic is then an AttributeError, not a silent miss.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from endorse_desktop.core.settings import GroupSettings, load_settings, settings_or_default
from endorse_desktop.core.store import Store


class Topic(StrEnum):
    """What changed. A StrEnum, so the `changed` signal carries it as its plain string value."""

    SETTINGS = "settings"
    MEMBERS = "members"
    VALUES = "values"
    DOTS = "dots"  # the dot vote's tally
    RACES = "races"  # races and their candidates
    RATINGS = "ratings"
    MEETINGS = "meetings"  # meetings and attendance
    VOTES = "votes"
    ENDORSEMENTS = "endorsements"
    COMMITMENTS = "commitments"  # goals, pledges, the activity catalog
    RESULTS = "results"  # how races came out, actions in office (issue 16)
    CYCLES = "cycles"  # the election cycle the app works in changed: everything did


class Session(QObject):
    changed = Signal(str)  # a Topic's value

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._settings: GroupSettings | None = None

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def settings(self) -> GroupSettings:
        if self._settings is None:
            self._settings = settings_or_default(self.store)
        return self._settings

    @property
    def has_group(self) -> bool:
        return load_settings(self.store) is not None

    def notify(self, topic: Topic) -> None:
        topic = Topic(topic)  # refuses a topic nobody listens for
        if topic is Topic.SETTINGS:
            self._settings = None
        self.changed.emit(topic.value)

    def close(self) -> None:
        self.store.close()
