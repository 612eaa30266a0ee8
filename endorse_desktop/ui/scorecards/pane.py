"""What the race and rating editors need from the Scorecards tab, so they need not import it
(the tab imports them: importing it back would make a circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

    from endorse_desktop.core.races import Candidate, Race
    from endorse_desktop.core.scorecards import RaceScorecard
    from endorse_desktop.ui.scorecards.model import ScorecardModel
    from endorse_desktop.ui.scorecards.view import ScorecardView
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session


class ScorecardsPane(Protocol):
    session: Session
    card: RaceScorecard | None
    grid_model: ScorecardModel
    grid: ScorecardView
    race_view: QAbstractItemView

    def current_race(self) -> Race | None: ...

    def current_candidate(self) -> Candidate | None: ...

    def select_race(self, race_id: int) -> bool: ...

    def select_candidate(self, candidate_id: int) -> bool: ...


class PanePart(QObject):
    """A part of the tab with a job of its own (races and candidates, ratings): it reads the tab
    as a `ScorecardsPane`, opens its dialogs over `owner` and reports through `window`."""

    def __init__(self, tab: ScorecardsPane, owner: QWidget, window: TabHost) -> None:
        super().__init__(owner)
        self.tab = tab
        self.owner = owner  # the tab as a widget: parent of dialogs and messages
        self.window = window
        self.session = tab.session
