"""The open database as the UI sees it: the store plus a signal that says what just changed.

Tabs and projector slides listen to `changed(topic)` and refresh the parts that depend on it, so a
member added in one tab appears in another's lists without anyone polling the database.
Topics: "settings", "members", "values", "dots" (the dot vote's tally), "races", "ratings",
"meetings", "votes", "endorsements", "commitments".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from endorse_desktop.core.settings import GroupSettings, load_settings, settings_or_default
from endorse_desktop.core.store import Store


class Session(QObject):
    changed = Signal(str)

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

    def notify(self, topic: str) -> None:
        if topic == "settings":
            self._settings = None
        self.changed.emit(topic)

    def close(self) -> None:
        self.store.close()
