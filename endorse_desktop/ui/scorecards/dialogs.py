"""The small forms of the Candidates & Scorecards tab: a race, a candidate, one rating's evidence.

Each dialog checks its input with the core's own rules (`clean_race`, `clean_candidate`, the
rating scale) and shows the core's one-line message under the form, so a mistake is explained
where it was typed.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from endorse_desktop.core.races import (
    STAGES,
    Candidate,
    Race,
    RaceError,
    clean_candidate,
    clean_race,
)
from endorse_desktop.core.ratings import SOURCES, Rating
from endorse_desktop.ui.scorecards.rating_style import rating_text
from endorse_desktop.ui.widgets.forms import FormDialog


class RaceDialog(FormDialog):
    refusals = (RaceError,)

    def __init__(self, race: Race | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit race") if race else self.tr("New race"), parent)
        self._original = race or Race("")
        self._chosen: Race | None = None
        self.office_edit = self.line(
            self.tr("&Office:"),
            self._original.office,
            self.tr("Office"),
            self.tr("e.g. Mayor"),
            field="office",
        )
        self.office_es_edit = self.line(
            self.tr("Office in S&panish:"),
            self._original.office_es,
            self.tr("Office in Spanish"),
            self.tr("e.g. Alcaldía (for documents in Spanish; optional)"),
            field="office_es",
        )
        self.district_edit = self.line(
            self.tr("&District:"),
            self._original.district,
            self.tr("District"),
            self.tr("e.g. Ward 3 (leave empty for a city-wide office)"),
            field="district",
        )
        self.date_edit = self.line(
            self.tr("&Election date:"),
            self._original.election_date or "",
            self.tr("Election date"),
            self.tr("YYYY-MM-DD"),
            field="election_date",
        )
        self.stage_combo = self.combo(
            self.tr("&Stage:"),
            {stage: self.tr(stage.capitalize()) for stage in STAGES},
            self._original.stage,
            self.tr("Stage"),
            field="stage",
        )
        self.notes_edit = self.text_area(
            self.tr("&Notes:"), self._original.notes, self.tr("Notes"), field="notes"
        )
        self.resize(460, self.sizeHint().height())

    def chosen_race(self) -> Race | None:
        return self._chosen

    def check(self) -> str | None:
        self._chosen = clean_race(self.edited(self._original))
        return None


STATUS_TEXT = {
    "considering": "Considering",
    "endorsed": "Endorsed",
    "not_endorsed": "Not endorsed",
    "withdrawn": "Withdrawn",
}


class CandidateDialog(FormDialog):
    refusals = (RaceError,)

    def __init__(
        self, candidate: Candidate, race_title: str, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Edit candidate") if candidate.id else self.tr("New candidate")
        super().__init__(f"{title} — {race_title}", parent)
        self._original = candidate
        self._chosen: Candidate | None = None
        self.name_edit = self.line(self.tr("&Name:"), candidate.name, self.tr("Name"), field="name")
        self.party_edit = self.line(
            self.tr("&Party:"), candidate.party, self.tr("Party"), field="party"
        )
        self.incumbent_check = self.check_box(
            self.tr("&Incumbent (holds the office now)"), candidate.incumbent, field="incumbent"
        )
        self.website_edit = self.line(
            self.tr("&Website:"),
            candidate.website,
            self.tr("Website"),
            "https://…",
            field="website",
        )
        self.questionnaire_check = self.check_box(
            self.tr("&Questionnaire returned"),
            candidate.questionnaire_returned,
            field="questionnaire_returned",
        )
        self.interview_edit = self.line(
            self.tr("Inter&view date:"),
            candidate.interview_date or "",
            self.tr("Interview date"),
            self.tr("YYYY-MM-DD"),
            field="interview_date",
        )
        self.status_combo = self.combo(
            self.tr("&Status:"),
            {key: self.tr(text) for key, text in STATUS_TEXT.items()},
            candidate.status,
            self.tr("Status"),
            field="status",
        )
        self.notes_edit = self.text_area(
            self.tr("N&otes:"), candidate.notes, self.tr("Notes"), field="notes"
        )
        self.resize(480, self.sizeHint().height())

    def chosen_candidate(self) -> Candidate | None:
        return self._chosen

    def check(self) -> str | None:
        self._chosen = clean_candidate(self.edited(self._original))
        return None


SOURCE_TEXT = {
    "": "(not recorded)",
    "questionnaire": "Questionnaire",
    "interview": "Interview",
    "record": "Record (votes, actions)",
    "statement": "Public statement",
}


class RatingDialog(FormDialog):
    """One cell: the rating, where it comes from, and the evidence (Ctrl+Enter saves)."""

    def __init__(
        self, rating: Rating, candidate_name: str, value_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Rating and evidence"), parent)
        self._original = rating
        heading = QLabel(f"<b>{escape(candidate_name)}</b> — {escape(value_title)}")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.rating_combo = QComboBox()
        self.rating_combo.setAccessibleName(self.tr("Rating"))
        for level in (None, 0, 1, 2, 3, 4):
            self.rating_combo.addItem(rating_text(level), level)
        self.rating_combo.setCurrentIndex(self.rating_combo.findData(rating.rating))
        if rating.rating is None:
            self.rating_combo.setCurrentIndex(0)
        self.form.addRow(self.tr("&Rating:"), self.rating_combo)
        self.source_combo = self.combo(
            self.tr("&Source:"),
            {key: self.tr(SOURCE_TEXT[key]) for key in SOURCES},
            rating.source,
            self.tr("Source"),
        )
        self.evidence_edit = QPlainTextEdit(rating.evidence)
        self.evidence_edit.setAccessibleName(self.tr("Evidence"))
        self.evidence_edit.setPlaceholderText(
            self.tr("What they said or did: a quote, a vote, a questionnaire answer…")
        )
        self.evidence_edit.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Evidence:"), self.evidence_edit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.initial_focus = self.evidence_edit
        self.resize(520, 360)

    def chosen_rating(self) -> Rating:
        level = self.rating_combo.currentData()
        return replace(
            self._original,
            rating=level if isinstance(level, int) else None,
            evidence=self.evidence_edit.toPlainText().strip(),
            source=self.source_combo.currentData() or "",
        )
