"""The language a printed document is written in, chosen where it is printed.

Its own module so that a tab offering the choice (the announcement editor) does not import the
print dialogs, and through them the exports and ReportLab (~27 MB), before anything is printed.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QWidget

from endorse_desktop.core.document_text import Language


class LanguageCombo(QComboBox):
    """English / Español / English + Español: the language of a printed document."""

    last_chosen = Language.EN  # the session's choice: the next Print dialog starts from it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Document language"))
        self.addItem(self.tr("English"), Language.EN.value)
        self.addItem(self.tr("Spanish (Español)"), Language.ES.value)
        self.addItem(self.tr("Both: English and Spanish (bilingüe)"), Language.BOTH.value)
        self.setCurrentIndex(max(0, self.findData(LanguageCombo.last_chosen.value)))
        self.currentIndexChanged.connect(self._remember)

    def language(self) -> Language:
        return Language.parse(str(self.currentData()))

    @Slot()
    def _remember(self) -> None:
        LanguageCombo.last_chosen = self.language()
