"""Short cautions shown where members' commitments touch money or the campaign itself.

* Money: members give to a campaign themselves; the app only notes what they say they gave.
* Coordination: a group that spends money independently in an election ("independent
  expenditures", a group setting) must not plan that spending with the campaign. Shown wherever
  members' campaign work is logged, only when the setting is on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from endorse_desktop.ui.widgets.text import translator

_tr = translator("Cautions")


def money_caution() -> str:
    return _tr(
        "Money: members give to the campaign themselves. This app only notes what they tell you "
        "they gave; it never takes, holds or sends money. Contribution limits and reporting "
        "rules differ from place to place, so check the ones that apply before the group raises "
        "or spends money together."
    )


def coordination_caution() -> str:
    return _tr(
        "This group makes independent expenditures. Volunteering in the campaign's own canvass "
        "or phone bank is usually fine, but the group's own spending must not be planned with "
        "the campaign or shaped by its private plans, lists or needs. Keep such details out of "
        "these notes."
    )


class Caution(QLabel):
    """A quiet, word-wrapped notice with a ⚠ (so it does not rely on colour)."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(f"⚠ {text}")
        self.setAccessibleName(name)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setMargin(6)
        self.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-left: 4px solid #e69f00; }"
        )
