"""The meeting tab's correction dialogs: amending a finalized round, recusals and an
endorsement's status. Each one asks, checks, and returns plain values; `VoteCorrections` does the
work through the core services (and the undo stack where it applies).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from endorse_desktop.core.names import name_key
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.stored import Method, Vote, VoteError, round_tally
from endorse_desktop.core.voting.tally import TallyKind
from endorse_desktop.ui.widgets.forms import FormDialog


# ----- amendments ------------------------------------------------------------------------------
class AmendDialog(FormDialog):
    """A correction to a finalized round, with the reason that goes into the audit log."""

    refusals = (VoteError,)

    def __init__(
        self, vote: Vote, parent: QWidget | None = None, *, store: Store | None = None
    ) -> None:
        """With `store`, "Correct count" starts at the round's current count for the line."""
        super().__init__(self.tr("Amend a finalized round"), parent, ok_text=self.tr("&Amend"))
        self.vote = vote
        self._store = store
        intro = QLabel(
            self.tr(
                "A finalized round is corrected only by an amendment: it is added to the ballot "
                "record with your reason, the round is recounted, and the audit log keeps both."
            )
        )
        intro.setWordWrap(True)
        self.append(intro)
        form = QFormLayout()
        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(self.tr("Round"))
        for vote_round in vote.rounds:
            if vote_round.is_final:
                self.round_combo.addItem(self.tr("Round %d") % vote_round.number, vote_round.number)
        # Rou&nd: Alt+R belongs to the Reason, the one field every amendment needs.
        form.addRow(self.tr("Rou&nd:"), self.round_combo)
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Correction"))
        self.option_combo = QComboBox()
        self.option_combo.setAccessibleName(self.tr("Option"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 100_000)
        self.count_spin.setAccessibleName(self.tr("Correct count"))
        self.ranking_edit = QLineEdit()
        self.ranking_edit.setAccessibleName(self.tr("Ballot"))
        self.ranking_edit.setPlaceholderText(self.tr("keys in order, e.g. 2 1=3 4"))
        if vote.method is Method.HAND_COUNT:
            self.action_combo.addItem(self.tr("Set the count"), "set")
            for option in vote.options:
                self.option_combo.addItem(
                    f"{option.key} {option.label}", (TallyKind.OPTION, option.id)
                )
            self.option_combo.addItem(self.tr("Abstained"), (TallyKind.ABSTAIN, None))
            self.option_combo.addItem(self.tr("Spoiled"), (TallyKind.SPOILED, None))
            form.addRow(self.tr("&Line:"), self.option_combo)
            form.addRow(self.tr("&Correct count:"), self.count_spin)
        elif vote.method is Method.PAPER_CHOOSE_ONE:
            self.action_combo.addItem(self.tr("Add a ballot that was missed"), "add")
            self.action_combo.addItem(self.tr("Take back a ballot counted wrongly"), "remove")
            for option in vote.options:
                self.option_combo.addItem(f"{option.key} {option.label}", option.id)
            self.option_combo.addItem(self.tr("0 blank or spoiled"), None)
            form.addRow(self.tr("&Correction:"), self.action_combo)
            form.addRow(self.tr("&For:"), self.option_combo)
        else:
            self.action_combo.addItem(self.tr("Add a ballot that was missed"), "add")
            self.action_combo.addItem(self.tr("Take back a ballot counted wrongly"), "remove")
            form.addRow(self.tr("&Correction:"), self.action_combo)
            form.addRow(self.tr("&Ballot:"), self.ranking_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. a ballot found under a chair"))
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.append(form)
        if vote.method is Method.HAND_COUNT:
            self.round_combo.currentIndexChanged.connect(self._show_current_count)
            self.option_combo.currentIndexChanged.connect(self._show_current_count)
            self._show_current_count()

    @Slot()
    def _show_current_count(self) -> None:
        """A correction usually changes a count by a little: start from what was recorded."""
        number, line = self.round_combo.currentData(), self.option_combo.currentData()
        vote_round = next((r for r in self.vote.rounds if r.number == number), None)
        if self._store is None or vote_round is None or line is None:
            return
        tally = round_tally(self._store, self.vote, vote_round)
        kind, option_id = line
        if kind == TallyKind.ABSTAIN:
            count = tally.abstain
        elif kind == TallyKind.SPOILED:
            count = tally.spoiled
        else:
            count = tally.votes.get(option_id, 0)
        self.count_spin.setValue(count)

    def ranking(self) -> tuple[tuple[int, ...], ...]:
        """The typed ballot as option ids; raises VoteError for a key with no option."""
        ranks = []
        for word in self.ranking_edit.text().split():
            rank = []
            for key_text in word.split("="):
                if key_text in ("", "0"):
                    continue
                option = self.vote.option_by_key(int(key_text)) if key_text.isdigit() else None
                if option is None:
                    raise VoteError(f"there is no option {key_text!r} on this ballot")
                rank.append(option.id)
            ranks.append(tuple(rank))
        return tuple(ranks)

    def check(self) -> str | None:
        if not self.reason_edit.text().strip():
            return self.tr("Say why: the reason goes into the audit log.")
        if self.vote.method is Method.PAPER_RANKED:
            self.ranking()  # a key with no option is refused with VoteError
        return None


# ----- recusals and endorsements -------------------------------------------------------------
class RecusalDialog(FormDialog):
    """Tick the members present who sit this vote out for a conflict of interest."""

    def __init__(
        self,
        members: list[tuple[int, str]],
        recused: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Recusals for this vote"), parent)
        intro = QLabel(
            self.tr(
                "Members with a conflict of interest sit this vote out: they leave the number who "
                "can vote, and still count toward quorum."
            )
        )
        intro.setWordWrap(True)
        self.append(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to find a member"))
        self.search.setAccessibleName(self.tr("Find a member"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Members present"))
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if member_id in recused else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. works for a candidate's campaign"))
        self.row(self.tr("&Find:"), self.search, self.tr("Find a member"))
        # Space on a member ticks or unticks them (the list's own key); the label says so.
        self.row(self.tr("&Members present (Space ticks):"), self.list, self.tr("Members present"))
        self.row(self.tr("&Reason:"), self.reason_edit, self.tr("Reason"))
        self.search.installEventFilter(self)

    @Slot(str)
    def _filter(self, text: str) -> None:
        words = name_key(text).split()  # accent-, case- and spacing-blind, as check-in
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(word in name_key(item.text()) for word in words))
        # The current member is always one that can be seen, so Space ticks someone visible.
        current = self.list.currentItem()
        if current is None or current.isHidden():
            visible = [self.list.item(r) for r in range(self.list.count())]
            first = next((item for item in visible if not item.isHidden()), None)
            if first is not None:
                self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box goes into the list, where Space ticks."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def recused(self) -> set[int]:
        return {
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }


class EndorsementStatusDialog(FormDialog):
    def __init__(self, status: str, condition: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Endorsement status"), parent)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("active"), "active")
        self.status_combo.addItem(self.tr("conditional"), "conditional")
        self.status_combo.addItem(self.tr("rescinded"), "rescinded")
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        self.text_edit = QLineEdit(condition)
        self.text_edit.setAccessibleName(self.tr("Condition or reason"))
        self.text_edit.setPlaceholderText(self.tr("the condition, or why it is rescinded"))
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("Condition or &reason:"), self.text_edit)
        self.append(form)

    def check(self) -> str | None:
        if self.status_combo.currentData() != "active" and not self.text_edit.text().strip():
            return self.tr("Write the condition, or the reason for rescinding.")
        return None
