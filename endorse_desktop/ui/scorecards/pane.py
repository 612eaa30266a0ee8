"""What the race and rating editors need from the Scorecards tab, so they need not import it
(the tab imports them: importing it back would make a circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

    from endorse_desktop.core.races import Candidate, Race
    from endorse_desktop.core.scorecards import RaceScorecard
    from endorse_desktop.ui.scorecards.model import ScorecardModel
    from endorse_desktop.ui.scorecards.view import ScorecardView
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
