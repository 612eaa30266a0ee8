"""Rating a scorecard cell from the grid's keys or the evidence dialog, each one undoable step.

The grid asks (a level, clear, the evidence editor); this object turns the request into
`commands.save_rating`, names it for the status bar, and shows the core's refusal if any.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core.ratings import Rating
from endorse_desktop.ui.scorecards import commands
from endorse_desktop.ui.scorecards.dialogs import RatingDialog
from endorse_desktop.ui.scorecards.pane import PanePart
from endorse_desktop.ui.scorecards.rating_style import rating_text
from endorse_desktop.ui.shell.undo import Outcome
from endorse_desktop.ui.widgets.core_text import in_ui


class RatingEditor(PanePart):
    @Slot(QModelIndex, object)
    def rate_cell(self, index: QModelIndex, level: int | None) -> Outcome | None:
        """A key pressed in the grid: that rating for that cell, evidence and source kept."""
        if not index.isValid() or self.tab.card is None:
            return None
        before = self.tab.grid_model.cell(index)
        if before.rating == level:
            return None
        return self.save_rating(replace(before, rating=level))

    @Slot(QModelIndex)
    def clear_cell(self, index: QModelIndex) -> None:
        if not index.isValid() or self.tab.card is None:
            return
        before = self.tab.grid_model.cell(index)
        if before.is_empty:
            return
        self.save_rating(Rating(before.candidate_id, before.value_id))

    @Slot()
    def edit_current_evidence(self) -> None:
        self.edit_evidence(self.tab.grid.currentIndex())

    @Slot(QModelIndex)
    def edit_evidence(self, index: QModelIndex) -> None:
        if not index.isValid() or self.tab.card is None:
            return

        model = self.tab.grid_model
        before = model.cell(index)
        dialog = RatingDialog(
            before,
            model.candidate_at(index.column()).name,
            model.value_at(index.row()).title,
            self.owner,
        )
        if dialog.exec() != RatingDialog.DialogCode.Accepted:
            return
        after = dialog.chosen_rating()
        if after != before:
            self.save_rating(after)

    def save_rating(self, rating: Rating) -> Outcome:
        card = self.tab.card
        name = title = ""
        if card is not None:
            name = next((c.name for c in card.candidates if c.id == rating.candidate_id), "")
            title = next((v.title for v in card.values if v.id == rating.value_id), "")
        text = self.tr("Rate %s on %s: %s") % (name, title, rating_text(rating.rating))
        outcome = commands.save_rating(self.tab.session, self.window.undo_stack, rating, text)
        if outcome.ok:
            self.window.show_status(outcome.text, 4000)
        else:
            QMessageBox.warning(self.owner, self.tr("Rating not saved"), in_ui(outcome.error))
        return outcome
