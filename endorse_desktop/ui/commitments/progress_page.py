"""How the chosen endorsement is doing: a bar per goal, totals per activity and per member, and
what is overdue. The figures are core/commitments/progress.py's, shared with the projector
thermometer and the printed report.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments import pledges as core
from endorse_desktop.core.commitments.progress import (
    ActivityTotal,
    GoalProgress,
    MemberTotal,
    OverduePledge,
    Progress,
    describe_amounts,
    percent,
    quantity_text,
)
from endorse_desktop.core.commitments.records import ActivityCategory
from endorse_desktop.ui.commitments.dialogs import category_label
from endorse_desktop.ui.widgets.cautions import (
    Caution,
    money_caution,
)
from endorse_desktop.ui.widgets.table_model import (
    Column,
    RecordTableModel,
)
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

# Okabe-Ito: blue and orange stay apart in every common colour-vision deficiency; the bars also
# carry their numbers in words, so colour is never the only signal.
R = TypeVar("R")
PLEDGED_COLOUR = QColor("#56b4e9")
DONE_COLOUR = QColor("#e69f00")
BAR_HEIGHT = 18
ROW_HEIGHT = 46


_tr = translator("ProgressPage")


def goal_line(goal: GoalProgress) -> str:
    """ "9 of 10 shifts pledged (90%) · 4 done (40%)" — the words beside each bar."""
    return (
        _tr("%1 of %2 pledged (%3%) · %4 done (%5%)")
        .replace("%1", f"{goal.pledged:,}")
        .replace("%2", quantity_text(goal.target, goal.unit))
        .replace("%3", str(percent(goal.pledged, goal.target)))
        .replace("%4", f"{goal.done:,}")
        .replace("%5", str(percent(goal.done, goal.target)))
    )


class GoalBars(QWidget):
    """One bar per goal: the goal is the full width; pledged fills it in blue, done in orange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals: tuple[GoalProgress, ...] = ()
        self.setAccessibleName(_tr("Progress toward each goal"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_goals(self, goals: tuple[GoalProgress, ...]) -> None:
        self.goals = goals
        self.setAccessibleDescription("; ".join(self.lines()))
        self.updateGeometry()
        self.update()

    def lines(self) -> list[str]:
        return [f"{g.activity_name}: {goal_line(g)}" for g in self.goals]

    def sizeHint(self) -> QSize:
        return QSize(600, max(ROW_HEIGHT, ROW_HEIGHT * len(self.goals)) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.goals:
            painter.setPen(text)
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter),
                _tr("No goals yet: add them on the Goals page (Alt+3)."),
            )
            return
        label_width = min(260, self.width() // 3)
        bar_left = label_width + 12
        bar_width = max(60, self.width() - bar_left - 12)
        for index, goal in enumerate(self.goals):
            top = 4 + index * ROW_HEIGHT
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width, BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.fontMetrics().elidedText(
                    goal.activity_name, Qt.TextElideMode.ElideRight, label_width
                ),
            )
            bar = QRectF(bar_left, top, bar_width, BAR_HEIGHT)
            self._fill(painter, bar, goal.pledged_share, PLEDGED_COLOUR)
            self._fill(painter, bar, goal.done_share, DONE_COLOUR)
            painter.setPen(QPen(text, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
            painter.drawText(
                QRectF(bar_left, top + BAR_HEIGHT + 2, bar_width, ROW_HEIGHT - BAR_HEIGHT - 4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                goal_line(goal)
                # tr() outside the f-strings: lupdate does not read inside them
                + ("  · " + _tr("due") + f" {goal.goal.due_on}" if goal.goal.due_on else "")
                + ("  ⚠ " + _tr("past due") if goal.overdue(today_iso()) else ""),
            )
        painter.end()

    @staticmethod
    def _fill(painter: QPainter, bar: QRectF, share: Fraction, colour: QColor) -> None:
        filled = float(min(max(share, Fraction(0)), Fraction(1))) * bar.width()
        if filled > 0:
            painter.fillRect(QRectF(bar.left(), bar.top(), filled, bar.height()), colour)


def _table(model: RecordTableModel[R], name: str, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # core's order
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    view.setMinimumHeight(160)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


class ProgressPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.endorsement_id: int | None = None
        self.progress: Progress | None = None
        self.bars = GoalBars()
        self.legend = QLabel(
            _tr("Blue: pledged (pledged, confirmed or done) · Orange: done · Full bar: the goal")
        )
        self.money = Caution(money_caution(), _tr("Campaign finance caution"))
        self.overdue_goals = QLabel()
        self.overdue_goals.setWordWrap(True)
        self.activity_model: RecordTableModel[ActivityTotal] = RecordTableModel(
            [
                Column(_tr("Group"), lambda a: category_label(a.category)),
                Column(_tr("Activity"), lambda a: a.activity_name),
                Column(_tr("Unit"), lambda a: a.unit),
                _number(_tr("Pledged"), lambda a: a.tally.pledged),
                _number(_tr("Done"), lambda a: a.tally.done),
                _number(_tr("Open"), lambda a: a.tally.open),
                _number(_tr("No-show / dropped"), lambda a: a.tally.lapsed),
                _number(_tr("Pledges"), lambda a: a.tally.pledges),
            ],
            search_text=lambda a: a.activity_name,
            parent=self,
        )
        self.member_model: RecordTableModel[MemberTotal] = RecordTableModel(
            [
                Column(_tr("Member"), lambda m: m.member_name),
                _number(_tr("Pledges"), lambda m: m.pledges),
                _number(_tr("Open"), lambda m: m.open),
                _number(_tr("Done"), lambda m: m.done),
                _number(_tr("No-show / dropped"), lambda m: m.lapsed),
                Column(_tr("Pledged"), lambda m: describe_amounts(m.pledged_amounts)),
                Column(_tr("Done so far"), lambda m: describe_amounts(m.done_amounts)),
            ],
            search_text=lambda m: m.member_name,
            parent=self,
        )
        self.overdue_model: RecordTableModel[OverduePledge] = RecordTableModel(
            [
                Column(_tr("Member"), lambda o: o.member_name),
                Column(_tr("Activity"), lambda o: o.activity_name),
                Column(
                    _tr("Quantity"),
                    lambda o: quantity_text(o.pledge.quantity, o.pledge.unit),
                    sort_key=lambda o: o.pledge.quantity,
                    align_right=True,
                ),
                Column(_tr("Due by"), lambda o: o.due),
                _number(_tr("Days late"), lambda o: o.days_late),
            ],
            search_text=lambda o: o.member_name,
            parent=self,
        )
        goals_box = QGroupBox(_tr("Goals: pledged and done"))
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.bars)
        goals_layout.addWidget(self.legend)
        goals_layout.addWidget(self.money)
        grid = QGridLayout()
        for column, (title, model, widths) in enumerate(
            (
                (_tr("Totals by activity"), self.activity_model, (64, 190, 60, 60, 50, 50, 112)),
                (_tr("Totals by member"), self.member_model, (160, 56, 46, 46, 112, 130)),
            )
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(_table(model, title, widths))  # type: ignore[arg-type]
            grid.addWidget(box, 0, column)
        overdue_box = QGroupBox(_tr("Overdue"))
        overdue_layout = QVBoxLayout(overdue_box)
        overdue_layout.addWidget(self.overdue_goals)
        self.overdue_view = _table(
            self.overdue_model, _tr("Overdue pledges"), (190, 220, 90, 100, 80)
        )
        overdue_layout.addWidget(self.overdue_view)
        grid.addWidget(overdue_box, 1, 0, 1, 2)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(goals_box)
        inner_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def reload(self) -> None:
        if self.endorsement_id is None:
            self.progress = None
            self.bars.set_goals(())
            for model in (self.activity_model, self.member_model, self.overdue_model):
                model.set_records([])
            self.overdue_goals.setText("")
            self.money.hide()
            return
        progress = core.progress(self.session.store, self.endorsement_id)
        self.progress = progress
        self.bars.set_goals(progress.goals)
        self.activity_model.set_records(progress.activities)
        self.member_model.set_records(progress.members)
        self.overdue_model.set_records(progress.overdue)
        late_goals = [
            _tr("⚠ Goal past due: %1 — %2 of %3 done by %4")
            .replace("%1", g.activity_name)
            .replace("%2", f"{g.done:,}")
            .replace("%3", quantity_text(g.target, g.unit))
            .replace("%4", g.goal.due_on or "")
            for g in progress.overdue_goals
        ]
        if not late_goals and not progress.overdue:
            late_goals = [_tr("Nothing is overdue.")]
        self.overdue_goals.setText("\n".join(late_goals))
        money = any(g.category == ActivityCategory.MONEY for g in progress.goals) or any(
            a.category == ActivityCategory.MONEY for a in progress.activities
        )
        self.money.setVisible(money)


def _number(header: str, value: Callable[[R], int]) -> Column[R]:
    return Column(header, lambda r: f"{value(r):,}", sort_key=value, align_right=True)
