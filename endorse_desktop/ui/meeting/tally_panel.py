"""The tally: where the facilitator counts, keyboard only.

Paper ballots, choose one: one key per ballot, 1-9 for the options and 0 for blank or spoiled;
Backspace takes the last ballot back. Paper ballots, ranked: the option keys in the order the
ballot ranks them; "=" before a key puts it at the same rank as the previous one (an overvote, as
the paper shows it), 0 marks a rank left empty, Enter ends the ballot (Enter alone: a blank
ballot), Backspace takes back the last key, or the last ballot when none is being typed, and
Esc starts the ballot over. Hand count: a box per option, plus abstentions and spoiled ballots.

Held-down keys do not repeat: a key that stays down records one ballot, not twenty.

A counted result with several rounds (a ranked count, once run or finalized) is shown one round
at a time, the final one first; PageUp and PageDown step through the rounds, with who left
after each and why under the bars.
The board above the keys is one painted widget, so a ballot repaints one widget, not a layout.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.voting.journal import LiveView
from endorse_desktop.core.voting.sentences import quoted
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.core.voting.tally import TallyKind
from endorse_desktop.ui.meeting.bars_layout import BarRow
from endorse_desktop.ui.meeting.vote_bars import (
    BarColours,
    CountRound,
    bar_rows,
    changed_areas,
    count_rounds,
    paint_vote_bars,
    rows_height,
)
from endorse_desktop.ui.shell.undo_keys import UndoPassThrough
from endorse_desktop.ui.widgets.labels import bold_label

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
KeyRanking = tuple[tuple[int, ...], ...]


class TallyBoard(QWidget):
    """The round's bars on the facilitator's screen (the projector draws the same, bigger)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: LiveView | None = None
        self._live: LiveView | None = None  # the round's live numbers, as the keys left them
        self._count: list[Mapping[str, Any]] = []  # a counted result's rounds, if any
        self._count_vote: int | None = None
        self._count_ballots = 0  # the ballots counted when the count was run
        self._shown = 0  # which of them is on the board
        self._rows: list[BarRow] = []
        self._shown_count = False  # whether the board shows a count's round (not live numbers)
        self._big_font: QFont | None = None
        self._palette_colours: tuple[int, BarColours] | None = None
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Tally"))
        # It paints its own background: a keystroke's repaint stops here, not in every widget
        # under it (the panel's frame, the splitter, the tabs, the window).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_view(self, view: LiveView | None) -> None:
        self._live = view
        stale = view is not None and not view.is_final and view.ballots != self._count_ballots
        if view is None or (self._count and (self._count_vote != view.vote_id or stale)):
            self._count = []  # another vote, or ballots typed since the count was run: live
        self._show()

    def set_count(self, vote_id: int | None, rounds: Sequence[Mapping[str, Any]] | None) -> None:
        """A counted result's rounds (None: none): the board shows its final round."""
        self._count = list(rounds or []) if vote_id is not None else []
        self._count_vote = vote_id
        self._count_ballots = self._live.ballots if self._live is not None else 0
        self._shown = len(self._count) - 1
        self._show()

    def step(self, delta: int) -> bool:
        """PageUp/PageDown: the previous or next round of the count; False when there is none."""
        wanted = self._shown + delta
        if len(self._count) < 2 or not 0 <= wanted < len(self._count):
            return False
        self._shown = wanted
        self._show()
        return True

    def count_round(self) -> CountRound | None:
        """The round of a counted result on the board, or None when it shows live numbers."""
        if self._live is None or not self._count:
            return None
        return count_rounds(self._live, self._count)[self._shown]

    def heading(self) -> str:
        shown = self.count_round()
        return shown.heading if shown is not None else ""

    def reasons(self) -> tuple[str, ...]:
        shown = self.count_round()
        return shown.reasons if shown is not None else ()

    def _show(self) -> None:
        before, counted_before = self._view, self._shown_count
        shown = self.count_round()
        self._view = shown.view if shown is not None else self._live
        self._shown_count = shown is not None
        number = shown.number if shown is not None else 1
        self._rows = bar_rows(self._view, number) if self._view is not None else []
        summary = "; ".join(f"{row.label}: {row.votes} {row.note}".strip() for row in self._rows)
        self.setAccessibleDescription(" ".join([self.heading(), summary, *self.reasons()]))
        changed = None
        if self._view is not None and not (counted_before or self._shown_count):
            # live numbers after live numbers (a keystroke): only what moved is repainted
            changed = changed_areas(before, self._view, self._bars_area(), self._font())
        if changed is None:
            self.updateGeometry()
            self.update()
            return
        for rect in changed:
            self.update(rect.toAlignedRect())

    def _bars_area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

    def shown_view(self) -> LiveView | None:
        """The numbers on the board: the live round's, or the count round's being shown."""
        return self._view

    def rows(self) -> list[BarRow]:
        """What the board shows, row by row (for tests and screen readers)."""
        return list(self._rows)

    def sizeHint(self) -> QSize:
        if self._view is None:
            return QSize(400, 120)
        extra = (1 + len(self.reasons())) * self.fontMetrics().height() * 1.6 if self._count else 0
        return QSize(600, int(rows_height(self._view, self._font()) + extra) + 8)

    def _font(self) -> QFont:
        # made once per widget font (a key asks for it to find and to paint what it changed)
        if self._big_font is None:
            font = QFont(self.font())
            font.setPointSizeF(self.font().pointSizeF() * 1.25)
            self._big_font = font
        return self._big_font

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._big_font = None
        super().changeEvent(event)

    def _colours(self, palette: QPalette) -> BarColours:
        # picked from the palette once per palette, not at every key's repaint
        if self._palette_colours is None or self._palette_colours[0] != palette.cacheKey():
            colours = BarColours(
                text=palette.color(QPalette.ColorRole.WindowText),
                muted=palette.color(QPalette.ColorRole.PlaceholderText),
                track=palette.color(QPalette.ColorRole.AlternateBase),
                bar=palette.color(QPalette.ColorRole.Highlight),
                no_endorsement=palette.color(QPalette.ColorRole.Mid),
                reached=Qt.GlobalColor.darkGreen,  # type: ignore[arg-type]
                threshold=palette.color(QPalette.ColorRole.WindowText),
            )
            self._palette_colours = (palette.cacheKey(), colours)
        return self._palette_colours[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)  # (clipped to the event's region: what the key changed)
        painter.fillRect(event.rect(), palette.window())
        if self._view is None:
            painter.end()
            return
        colours = self._colours(palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._bars_area()
        shown = self.count_round()
        if shown is not None:  # "Round 2 of 3" over the bars, who left and why under them
            bold = QFont(self._font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(colours.text)
            line = QFontMetrics(bold).height() * 1.3
            steps = self.tr("  (PageUp/PageDown: other rounds)") if shown.total > 1 else ""
            painter.drawText(area.adjusted(0, 0, 0, -(area.height() - line)), 0, shown.heading)
            painter.setFont(self.font())
            painter.setPen(colours.muted)
            painter.drawText(
                area.adjusted(QFontMetrics(bold).horizontalAdvance(shown.heading), 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                steps,
            )
            reasons_height = len(shown.reasons) * self.fontMetrics().height() * 1.4
            bottom = area.bottom() - reasons_height
            y = bottom
            painter.setPen(colours.text)
            for reason in shown.reasons:
                painter.drawText(QRectF(area.left(), y, area.width(), line), 0, reason)
                y += self.fontMetrics().height() * 1.4
            area = QRectF(area.left(), area.top() + line, area.width(), bottom - area.top() - line)
        paint_vote_bars(
            painter,
            area,
            self._view,
            colours,
            self._font(),
            count_round=shown.number if shown is not None else 1,
            clip=event.region(),
        )
        painter.end()


class TallyPanel(QFrame):
    """Takes the tally keys and says what they did; the meeting tab records them."""

    ballot_key = Signal(int)  # choose one: 0-9
    take_back = Signal()  # Backspace with nothing being typed
    ranked_ballot = Signal(object)  # a KeyRanking: the keys rank by rank
    count_entered = Signal(object, object, int)  # TallyKind, option key or None, quantity
    count_round_shown = Signal(int)  # PageUp/PageDown showed this round of a count (from 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Tally keys"))
        self.setStyleSheet(
            "#tallyPanel { border: 2px solid palette(mid); border-radius: 6px; }"
            "#tallyPanel:focus { border: 3px solid palette(highlight); }"
        )
        self.method: Method | None = None
        self.final = False
        self._labels: dict[int, str] = {}
        self._ranks: list[list[int]] = []
        self._join_next = False
        self.board = TallyBoard(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.ballot_line = bold_label(self.tr("Ballot being typed"), word_wrap=True)
        self.counts = QWidget()
        self._count_form = QFormLayout(self.counts)
        self._spins: dict[tuple[TallyKind, int | None], QSpinBox] = {}
        self._recorded: dict[tuple[TallyKind, int | None], int] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.ballot_line)
        layout.addWidget(self.hint)
        self.set_mode(None, {}, final=False)

    # ----- set-up -----------------------------------------------------------------------------
    def set_mode(self, method: Method | None, labels: dict[int, str], *, final: bool) -> None:
        """What is being counted: the method and the round's options by key."""
        changed = (method, labels) != (self.method, self._labels)
        self.method, self._labels, self.final = method, dict(labels), final
        if changed:
            self._ranks, self._join_next = [], False
            self._build_count_form()
        self.counts.setVisible(method is Method.HAND_COUNT and not final)
        self.ballot_line.setVisible(method is Method.PAPER_RANKED and not final)
        self._show_ballot()
        self._update_hint()

    def _build_count_form(self) -> None:
        while self._count_form.rowCount():
            self._count_form.removeRow(0)
        self._spins.clear()
        if self.method is not Method.HAND_COUNT:
            return
        lines: list[tuple[TallyKind, int | None, str]] = [
            (TallyKind.OPTION, key, label) for key, label in sorted(self._labels.items())
        ]
        lines += [
            (TallyKind.ABSTAIN, None, self.tr("Abstained")),
            (TallyKind.SPOILED, None, self.tr("Spoiled")),
        ]
        for kind, key, label in lines:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setAccessibleName(self.tr("Hands for %s") % label)
            spin.setToolTip(self.tr("Type the count, then Enter or Tab to record it"))
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(self._count_edited)
            spin.setProperty("tally", (kind, key))
            UndoPassThrough(spin, self._recorded_check(spin, (kind, key)))
            self._count_form.addRow(f"{key}  {quoted(label)}" if key else label, spin)
            self._spins[(kind, key)] = spin

    def _recorded_check(
        self, spin: QSpinBox, line: tuple[TallyKind, int | None]
    ) -> Callable[[], bool]:
        """Ctrl+Z in a box showing what is recorded undoes the recorded count, not the typing."""

        def settled() -> bool:
            return spin.value() == self._recorded.get(line, 0)

        return settled

    def show_counts(self, values: dict[tuple[TallyKind, int | None], int]) -> None:
        """Hand count: show what is recorded (after undo, say) without recording it again."""
        self._recorded = dict(values)
        for line, spin in self._spins.items():
            spin.blockSignals(True)
            spin.setValue(values.get(line, 0))
            spin.blockSignals(False)

    def show_count(self, vote_id: int | None, rounds: Sequence[Mapping[str, Any]] | None) -> None:
        """A counted result's rounds on the board (its final round first), or None: live."""
        self.board.set_count(vote_id, rounds)
        self._update_hint()

    def spin(self, kind: TallyKind, key: int | None = None) -> QSpinBox:
        return self._spins[(kind, key)]

    @Slot()
    def _count_edited(self) -> None:
        spin = self.sender()
        if not isinstance(spin, QSpinBox):
            return
        kind, key = spin.property("tally")
        self.count_entered.emit(kind, key, spin.value())

    # ----- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not mods:
            # the rounds of a count: PageUp the one before, PageDown the one after
            if self.board.step(-1 if key == Qt.Key.Key_PageUp else 1):
                self._update_hint()
                shown = self.board.count_round()
                if shown is not None:  # the projector follows the board
                    self.count_round_shown.emit(shown.number)
            event.accept()
            return
        if self.final or self.method not in (Method.PAPER_CHOOSE_ONE, Method.PAPER_RANKED):
            super().keyPressEvent(event)
            return
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)  # Ctrl+Z and friends belong to the window
            return
        if event.isAutoRepeat():
            event.accept()  # a key held down is one ballot, never twenty
            return
        if self.method is Method.PAPER_CHOOSE_ONE:
            handled = self._choose_one_key(key)
        else:
            handled = self._ranked_key(key, event.text())
        if handled:
            event.accept()
        else:
            super().keyPressEvent(event)

    def _choose_one_key(self, key: Qt.Key) -> bool:
        if key in _DIGITS:
            self.ballot_key.emit(_DIGITS[key])
            return True
        if key == Qt.Key.Key_Backspace:
            self.take_back.emit()
            return True
        return False

    def _ranked_key(self, key: Qt.Key, text: str) -> bool:
        if key in _DIGITS:
            digit = _DIGITS[key]
            if digit == 0:
                self._ranks.append([])
                self._join_next = False
            elif digit not in self._labels:
                self.hint.setText(self.tr("There is no option %d on this ballot.") % digit)
                return True
            elif self._join_next and self._ranks and self._ranks[-1]:
                if digit not in self._ranks[-1]:
                    self._ranks[-1].append(digit)
                self._join_next = False
            else:
                self._ranks.append([digit])
        elif key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus) or text in ("=", "+"):
            if self._ranks and self._ranks[-1]:
                self._join_next = True
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ranking: KeyRanking = tuple(tuple(rank) for rank in self._ranks)
            self._ranks, self._join_next = [], False
            self.ranked_ballot.emit(ranking)
        elif key == Qt.Key.Key_Backspace:
            if self._join_next:
                self._join_next = False
            elif self._ranks:
                last = self._ranks[-1]
                if last:
                    last.pop()
                if not last:
                    self._ranks.pop()
            else:
                self.take_back.emit()
        elif key == Qt.Key.Key_Escape:
            self._ranks, self._join_next = [], False
        else:
            return False
        self._show_ballot()
        return True

    def typed_ranks(self) -> KeyRanking:
        return tuple(tuple(rank) for rank in self._ranks)

    def screen_state(self) -> tuple[list[list[int]], bool]:
        """The ballot being typed, kept when a language switch rebuilds the panel mid-ballot."""
        return [list(rank) for rank in self._ranks], self._join_next

    def restore_screen_state(self, state: tuple[list[list[int]], bool]) -> None:
        self._ranks, self._join_next = [list(rank) for rank in state[0]], state[1]
        self._show_ballot()

    def _show_ballot(self) -> None:
        if self.method is not Method.PAPER_RANKED:
            self.ballot_line.clear()
            return
        if not self._ranks and not self._join_next:
            self.ballot_line.setText(self.tr("Ballot: (type the keys in the ballot's order)"))
            return
        parts = []
        for place, rank in enumerate(self._ranks, start=1):
            names = " = ".join(self._labels.get(key, "?") for key in rank) or self.tr("(empty)")
            if len(rank) > 1:
                names += self.tr(" (overvote)")
            parts.append(f"{place}. {names}")
        if self._join_next:
            parts.append(self.tr("= …"))
        self.ballot_line.setText(self.tr("Ballot: %s") % "  ·  ".join(parts))

    # ----- focus and hints ----------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._update_hint()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._update_hint()

    def _update_hint(self) -> None:
        keys = ", ".join(f"{key} {label}" for key, label in sorted(self._labels.items()))
        if self.method is None:
            text = self.tr("No vote selected. Start one with Meeting ▸ New Vote (Ctrl+Shift+V).")
        elif self.final:
            text = self.tr(
                "This round is finalized. Corrections: Meeting ▸ Amend Finalized Round "
                "(Ctrl+Shift+A), with a reason."
            )
        elif self.method is Method.HAND_COUNT:
            text = self.tr("Type each count and press Enter or Tab. Ctrl+Z undoes a count.")
        elif not self.hasFocus():
            text = self.tr("Click here or press Ctrl+T to start counting ballots.")
        elif self.method is Method.PAPER_CHOOSE_ONE:
            text = (
                self.tr(
                    "Counting: one key per ballot — %s, 0 blank or spoiled. Backspace takes "
                    "the last ballot back."
                )
                % keys
            )
        else:
            text = (
                self.tr(
                    "Counting ranked ballots — %s. Keys in the ballot's order, = before a key for "
                    "a second mark at the same rank, 0 for an empty rank, Enter ends the ballot, "
                    "Backspace takes back, Esc starts the ballot over."
                )
                % keys
            )
        shown = self.board.count_round()
        if shown is not None and shown.total > 1:
            text += " " + self.tr(
                "Showing round %1 of %2 of the count: PageUp/PageDown steps through the rounds "
                "(click the tally first)."
            ).replace("%1", str(shown.number)).replace("%2", str(shown.total))
        self.hint.setText(text)
