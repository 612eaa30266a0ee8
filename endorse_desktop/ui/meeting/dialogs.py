"""The meeting tab's dialogs: a meeting, a new vote and its rule, finalizing, the next round and
lots (amendments, recusals and an endorsement's status are in correction_dialogs.py). Each one
asks, checks, and returns plain values; the tab does the work through the core services (and the
undo stack where it applies).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.meetings import Meeting
from endorse_desktop.core.races import list_races
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.lifecycle import (
    EndorsementChoice,
    VoteRule,
    create_vote,
    default_rule,
)
from endorse_desktop.core.voting.rules import (
    PRESETS,
    Base,
    Comparison,
    Policy,
    VoteRecordError,
    parse_threshold,
)
from endorse_desktop.core.voting.stored import Method, Vote, VoteError
from endorse_desktop.ui.widgets.forms import FormDialog


# ----- meetings --------------------------------------------------------------------------------
class MeetingDialog(FormDialog):
    def __init__(self, meeting: Meeting | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meeting") if meeting else self.tr("New meeting"), parent)
        self._meeting = meeting
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(
            QDate.fromString(meeting.held_on, "yyyy-MM-dd") if meeting else QDate.currentDate()
        )
        self.row(self.tr("&Date:"), self.date_edit, self.tr("Meeting date"))
        self.place_edit = self.line(
            self.tr("&Place:"),
            meeting.place if meeting else "",
            self.tr("Place"),
            self.tr("e.g. Riverton Library, Room B"),
        )
        self.title_edit = self.line(
            self.tr("&Title:"),
            meeting.title if meeting else "",
            self.tr("Title"),
            self.tr("e.g. Spring endorsement meeting"),
        )
        self.notes_edit = QPlainTextEdit(meeting.notes if meeting else "")
        self.notes_edit.setTabChangesFocus(True)
        self.row(self.tr("&Notes:"), self.notes_edit, self.tr("Notes for the minutes"))

    def meeting(self) -> Meeting:
        base = self._meeting or Meeting(held_on="")
        return Meeting(
            held_on=self.date_edit.date().toString("yyyy-MM-dd"),
            place=self.place_edit.text().strip(),
            title=self.title_edit.text().strip(),
            head_count=base.head_count,
            notes=self.notes_edit.toPlainText().strip(),
            id=base.id,
        )


# ----- a new vote and its rule ---------------------------------------------------------------
class RuleEditor(QGroupBox):
    """The voting rule of one vote: starts as the group's, any part can be changed."""

    def __init__(self, rule: VoteRule, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rule for this vote (starts as the group's)"), parent)
        self.threshold_combo = QComboBox()
        self.threshold_combo.setAccessibleName(self.tr("Threshold"))
        names = {
            "majority": self.tr("Majority (more than half)"),
            "three_fifths": self.tr("Three-fifths (at least 3/5)"),
            "two_thirds": self.tr("Two-thirds (at least 2/3)"),
            "three_quarters": self.tr("Three-quarters (at least 3/4)"),
            "unanimous": self.tr("Unanimous"),
        }
        for key, preset in PRESETS.items():
            self.threshold_combo.addItem(names.get(key, key), preset)
        self.threshold_combo.addItem(self.tr("Custom fraction…"), None)
        self.fraction_edit = QLineEdit()
        self.fraction_edit.setPlaceholderText("3/5")
        self.fraction_edit.setAccessibleName(self.tr("Custom fraction"))
        self.comparison_combo = QComboBox()
        self.comparison_combo.addItem(self.tr("at least"), Comparison.AT_LEAST)
        self.comparison_combo.addItem(self.tr("more than"), Comparison.MORE_THAN)
        self.comparison_combo.setAccessibleName(self.tr("Comparison"))
        custom = QHBoxLayout()
        custom.setContentsMargins(0, 0, 0, 0)
        custom.addWidget(self.comparison_combo)
        custom.addWidget(self.fraction_edit)
        self._custom = QWidget()
        self._custom.setLayout(custom)
        self.base_combo = QComboBox()
        self.base_combo.setAccessibleName(self.tr("Counted out of"))
        self.base_combo.addItem(self.tr("votes cast"), Base.VOTES_CAST)
        self.base_combo.addItem(self.tr("continuing ballots (ranked only)"), Base.CONTINUING)
        self.base_combo.addItem(self.tr("members present (minus recused)"), Base.PRESENT)
        self.base_combo.addItem(self.tr("eligible members (minus recused)"), Base.ELIGIBLE)
        self.quorum_spin = QSpinBox()
        self.quorum_spin.setRange(0, 100_000)
        self.quorum_spin.setSpecialValueText(self.tr("no quorum rule"))
        self.quorum_spin.setAccessibleName(self.tr("Quorum"))
        self.policy_combo = QComboBox()
        self.policy_combo.setAccessibleName(self.tr("If no one wins"))
        self.policy_combo.addItem(self.tr("repeat with every candidate"), Policy.KEEP_ALL)
        self.policy_combo.addItem(self.tr("drop the candidate with fewest votes"), Policy.DROP_LAST)
        self.policy_combo.addItem(self.tr("keep only the top two"), Policy.TOP_TWO)
        self.no_endorsement_check = QCheckBox(self.tr('Offer "No endorsement"'))
        form = QFormLayout(self)
        form.addRow(self.tr("&Threshold:"), self.threshold_combo)
        form.addRow("", self._custom)
        form.addRow(self.tr("Counted &out of:"), self.base_combo)
        # Q&uorum: New Vote's "&Question" has Alt+Q.
        form.addRow(self.tr("Q&uorum:"), self.quorum_spin)
        form.addRow(self.tr("If no one &wins:"), self.policy_combo)
        form.addRow("", self.no_endorsement_check)
        self.threshold_combo.currentIndexChanged.connect(self._threshold_changed)
        self.set_rule(rule)

    def set_rule(self, rule: VoteRule) -> None:
        # (by value: Qt's findData compares Python objects by identity, and a group's stored
        # rule is an equal Threshold, never the preset object itself)
        presets = list(PRESETS.values())
        index = presets.index(rule.threshold) if rule.threshold in presets else -1
        if index < 0:
            index = self.threshold_combo.count() - 1
            self.fraction_edit.setText(str(rule.threshold.fraction))
            self.comparison_combo.setCurrentIndex(
                self.comparison_combo.findData(rule.threshold.comparison)
            )
        self.threshold_combo.setCurrentIndex(index)
        self.base_combo.setCurrentIndex(max(self.base_combo.findData(rule.base), 0))
        self.quorum_spin.setValue(rule.quorum or 0)
        self.policy_combo.setCurrentIndex(max(self.policy_combo.findData(rule.policy), 0))
        self.no_endorsement_check.setChecked(rule.no_endorsement_option)
        self._threshold_changed()

    @Slot()
    def _threshold_changed(self) -> None:
        self._custom.setVisible(self.threshold_combo.currentData() is None)

    def rule(self) -> VoteRule:
        """The rule as set; raises VoteError for a fraction that is not a rule."""
        threshold = self.threshold_combo.currentData()
        if threshold is None:
            # Read as a vote record's custom rule is: "p/q", more than half, no more than all.
            custom = {
                "fraction": self.fraction_edit.text().strip(),
                "comparison": self.comparison_combo.currentData(),
            }
            try:
                threshold = parse_threshold(custom)
            except VoteRecordError as error:
                raise VoteError(str(error), es=error.es) from None
        # Combo boxes hand back enum data as plain strings: make them enums again.
        return VoteRule(
            threshold=threshold,
            base=Base(self.base_combo.currentData()),
            quorum=self.quorum_spin.value() or None,
            policy=Policy(self.policy_combo.currentData()),
            no_endorsement_option=self.no_endorsement_check.isChecked(),
        )


METHOD_CHOICES = (
    (Method.PAPER_CHOOSE_ONE, "Paper ballots, choose one (a key per ballot)"),
    (Method.PAPER_RANKED, "Paper ballots, ranked (instant runoff)"),
    (Method.HAND_COUNT, "Hand count (type the counts)"),
)


class NewVoteDialog(FormDialog):
    """Pick the race, the method and the rule; OK creates the vote with round 1 open."""

    refusals = (VoteError,)

    def __init__(self, store: Store, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New vote"), parent)
        self.store = store
        self.meeting_id = meeting_id
        self.created: Vote | None = None
        self.race_combo = QComboBox()
        for race in list_races(store):
            self.race_combo.addItem(race.title, race.id)
        self.row(self.tr("&Race:"), self.race_combo, self.tr("Race"))
        self.method_combo = QComboBox()
        for method, label in METHOD_CHOICES:
            self.method_combo.addItem(self.tr(label), method)
        self.row(self.tr("&Method:"), self.method_combo, self.tr("How the vote is counted"))
        self.question_edit = self.line(
            self.tr("&Question:"),
            "",
            self.tr("Question"),
            self.tr("Whom should the group endorse for …?"),
        )
        self.question_es_edit = self.line(
            self.tr("Question in S&panish:"),
            "",
            self.tr("Question in Spanish"),
            self.tr("¿A quién debe respaldar el grupo para …? (ballots in Spanish; optional)"),
        )
        self.rule_editor = RuleEditor(default_rule(store))
        self.append(self.rule_editor)

    def check(self) -> str | None:
        race_id = self.race_combo.currentData()
        if race_id is None:
            return self.tr("Add a race and its candidates first.")
        self.created = create_vote(
            self.store,
            self.meeting_id,
            int(race_id),
            self.method_combo.currentData(),
            self.rule_editor.rule(),
            self.question_edit.text(),
            question_es=self.question_es_edit.text(),
        )
        return None


# ----- finalizing and the next round ---------------------------------------------------------
class FinalizeDialog(FormDialog):
    """Confirm what will be announced; a winner's endorsement is active or conditional."""

    def __init__(
        self, round_number: int, sentence: str, winner: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Finalize round %d") % round_number, parent, ok_text=self.tr("&Finalize")
        )
        intro = QLabel(
            self.tr(
                "Finalizing locks round %d. After that it changes only through an amendment with "
                "a reason. The result:"
            )
            % round_number
        )
        intro.setWordWrap(True)
        result = QLabel(f"<b>{_html(sentence)}</b>")
        result.setWordWrap(True)
        result.setAccessibleName(self.tr("Result"))
        self.append(intro)
        self.append(result)
        self.active_radio = QRadioButton(self.tr("Endorse %s (active)") % winner if winner else "")
        self.conditional_radio = QRadioButton(self.tr("Endorse on a &condition:"))
        self.condition_edit = QLineEdit()
        self.condition_edit.setAccessibleName(self.tr("Condition"))
        self.condition_edit.setPlaceholderText(self.tr("e.g. signs the tenant-protection pledge"))
        group = QButtonGroup(self)
        group.addButton(self.active_radio)
        group.addButton(self.conditional_radio)
        self.active_radio.setChecked(True)
        if winner:
            box = QGroupBox(self.tr("Endorsement"))
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(self.active_radio)
            box_layout.addWidget(self.conditional_radio)
            box_layout.addWidget(self.condition_edit)
            self.append(box)

    def check(self) -> str | None:
        if self.conditional_radio.isChecked() and not self.condition_edit.text().strip():
            return self.tr("Write the condition down, or choose an active endorsement.")
        return None

    def choice(self) -> EndorsementChoice:
        if self.conditional_radio.isChecked():
            return EndorsementChoice("conditional", self.condition_edit.text().strip())
        return EndorsementChoice()


class NextRoundDialog(FormDialog):
    """Who is on the next ballot; when the cut falls in a tie, tick whom the lot removed."""

    def __init__(
        self,
        number: int,
        going: list[str],
        tied: list[str],
        drops: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Round %d") % number, parent, ok_text=self.tr("&Open round %d") % number
        )
        self.drops = drops
        staying = [name for name in going if name not in tied or not drops]
        text = self.tr("On the ballot in round %d: %s.") % (number, ", ".join(staying))
        label = QLabel(text)
        label.setWordWrap(True)
        self.append(label)
        self.tied_checks: list[QCheckBox] = []
        if drops:
            note = QLabel(
                self.tr(
                    "%s are tied for the last place that stays. Draw lots in the room, then tick "
                    "the %d the lot removed:"
                )
                % (", ".join(tied), drops)
            )
            note.setWordWrap(True)
            self.append(note)
            for name in tied:
                check = QCheckBox(name)
                self.tied_checks.append(check)
                self.append(check)

    def check(self) -> str | None:
        if len(self.lot_losers()) != self.drops:
            return self.tr("Tick exactly %d: whom the lot removed.") % self.drops
        return None

    def lot_losers(self) -> list[str]:
        return [check.text() for check in self.tied_checks if check.isChecked()]


class LotDialog(FormDialog):
    """A ranked count needs a lot: record whom it eliminated."""

    def __init__(self, runoff_round: int, tied: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the lot"), parent)
        label = QLabel(
            self.tr(
                "In counting round %d, %s are tied for the fewest votes and earlier rounds do not "
                "settle it. Draw lots in the room, then choose whom the lot eliminated:"
            )
            % (runoff_round, ", ".join(tied))
        )
        label.setWordWrap(True)
        self.append(label)
        self.radios: list[QRadioButton] = []
        for name in tied:
            radio = QRadioButton(name)
            self.radios.append(radio)
            self.append(radio)

    def check(self) -> str | None:
        if self.eliminated() is None:
            return self.tr("Choose whom the lot eliminated.")
        return None

    def eliminated(self) -> str | None:
        return next((radio.text() for radio in self.radios if radio.isChecked()), None)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
