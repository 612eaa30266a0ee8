"""The scorecard slide: one race's candidates against the group's values, for the back of the room.

Values run down, candidates across, as in the tab. Each cell says its rating in words on a
colour-blind-safe fill; a dealbreaker hit is vermillion AND marked ✖. Under each name: the
weighted score and coverage. The facilitator steps through candidates (Left/Right) and values
(Up/Down); the focused candidate's column and the focused value's row are framed in yellow, and
the focused cell's evidence is read out along the bottom.

Body text never drops below 28 px at 1920×1080 (`projector_font`). What does not fit is paged,
never shrunk: values in pages of as many rows as fit (20 values → two pages of 10), candidates
in pages of as many columns as fit; the page follows the focus and the slide says which page it is.
Only candidates' public positions are shown — never anything about members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent

from endorse_desktop.core.races import list_races
from endorse_desktop.core.scorecards import RaceScorecard, load_scorecard
from endorse_desktop.ui.shell.session import Topic

from .scorecard_painting import ScorecardPainter, SlideLayout, plan_layout
from .slide import PALETTE, Slide, projector_font, register_slide

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


@register_slide("scorecard", "Scorecard")
class ScorecardSlide(Slide):
    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, parent)
        self.setAccessibleName(self.tr("Scorecard on the projector"))
        self.race_id: int | None = None
        self.card: RaceScorecard | None = None
        self.candidate_index = 0
        self.value_index = 0

    @classmethod
    def smoke_params(cls, session: Session) -> dict[str, Any] | None:
        races = list_races(session.store)
        return None if not races else {"race_id": races[0].id}

    # ----- what is shown -----------------------------------------------------------------------
    def present(
        self, race_id: int | None = None, candidate: int = 0, value: int = 0, **_: Any
    ) -> None:
        self.race_id = race_id
        self.candidate_index = candidate
        self.value_index = value
        self.refresh()

    def refresh(self) -> None:
        self.card = None
        if self.race_id is not None:
            try:
                self.card = load_scorecard(self.session.store, self.race_id)
            except ValueError:  # the race was deleted meanwhile
                self.card = None
        self._clamp()
        self.update()

    def on_data_changed(self, topic: str) -> None:
        if topic in (Topic.VALUES, Topic.RACES, Topic.RATINGS, Topic.SETTINGS) and self.isVisible():
            self.refresh()

    def _clamp(self) -> None:
        card = self.card
        candidates = len(card.candidates) if card else 0
        values = len(card.values) if card else 0
        self.candidate_index = min(max(0, self.candidate_index), max(0, candidates - 1))
        self.value_index = min(max(0, self.value_index), max(0, values - 1))

    def set_focus(self, candidate: int, value: int) -> None:
        """Follow the facilitator's place in the grid."""
        self.candidate_index, self.value_index = candidate, value
        self._clamp()
        self.update()

    def focused_candidate(self) -> str | None:
        card = self.card
        return card.candidates[self.candidate_index].name if card and card.candidates else None

    def focused_value(self) -> str | None:
        card = self.card
        return card.values[self.value_index].title if card and card.values else None

    def step(self, key: Qt.Key) -> bool:
        card = self.card
        if card is None:
            return False
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Home: (-len(card.candidates), 0),
            Qt.Key.Key_End: (len(card.candidates), 0),
        }
        layout = self.layout_for_size()
        moves[Qt.Key.Key_PageUp] = (0, -layout.rows_per_page)
        moves[Qt.Key.Key_PageDown] = (0, layout.rows_per_page)
        if key not in moves:
            return False
        across, down = moves[key]
        self.candidate_index += across
        self.value_index += down
        self._clamp()
        self.update()
        return True

    def caption(self) -> str:
        card = self.card
        if card is None:
            return self.tr("Scorecard: no race chosen")
        parts = [card.race.title, self.focused_candidate(), self.focused_value()]
        return self.tr("Scorecard: %s") % " · ".join(p for p in parts if p)

    def layout_for_size(self) -> SlideLayout:
        card = self.card
        return plan_layout(
            self.width(),
            self.height(),
            len(card.values) if card else 0,
            len(card.candidates) if card else 0,
            self.body_px(),
        )

    def visible_ranges(self) -> tuple[range, range]:
        """(candidates shown, values shown): the pages holding the focus."""
        card = self.card
        if card is None:
            return range(0), range(0)
        layout = self.layout_for_size()
        per_row = layout.columns_per_page
        first_column = (self.candidate_index // per_row) * per_row
        per_page = layout.rows_per_page
        first_row = (self.value_index // per_page) * per_page
        return (
            range(first_column, min(len(card.candidates), first_column + per_row)),
            range(first_row, min(len(card.values), first_row + per_page)),
        )

    # ----- drawing -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        try:
            if self.card is None:
                self._paint_message(painter, self.tr("No race to show yet"))
            else:
                ScorecardPainter(self, painter, self.card).paint()
        finally:
            painter.end()

    def _paint_message(self, painter: QPainter, text: str) -> None:
        painter.setPen(PALETTE.muted)
        painter.setFont(projector_font(self.height(), 1.2))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
