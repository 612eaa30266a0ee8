"""The commitment thermometer: for one endorsement, how far the members' pledges reach each goal.

One thermometer per goal, filled from the bottom: blue for what is pledged, orange for what is
done, the top of the tube is the goal. Each carries its numbers in words ("9 of 12 shifts
pledged", "4 done") and a legend names the colours, so nothing depends on telling colours apart.
Only goal totals are read (core `goals_progress`): no member is ever named here. Before the group
sets goals, the slide still shows what has been pledged so far, activity by activity (totals
only), so 18 pledges never look like none.
Left/Right step to the previous/next endorsement.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen

from endorse_desktop.core.commitments.pledges import activity_map, goals_progress, list_pledges
from endorse_desktop.core.commitments.progress import GoalProgress, percent, quantity_text
from endorse_desktop.core.commitments.records import COUNTS_AS_PLEDGED
from endorse_desktop.core.endorsements import describe, list_endorsements
from endorse_desktop.ui.shell.session import Topic

from .slide import PALETTE, Slide, paint_slide_title, projector_font, register_slide

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

PLEDGED = PALETTE.blue
DONE = PALETTE.orange
MARGIN = 60
# text sizes relative to the projector's body text (never below 28 px at 1920x1080)
TITLE_SCALE, LABEL_SCALE, SMALL_SCALE = 1.5, 0.9, 0.8


@register_slide("thermometer", "Commitment thermometer")
class ThermometerSlide(Slide):
    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, parent)
        self.endorsement_id: int | None = None
        self.heading = ""
        self.goals: list[GoalProgress] = []
        self.pledged_so_far: list[str] = []  # without goals: "Canvassing: 12 shifts", …

    @classmethod
    def smoke_params(cls, session: Session) -> dict[str, Any] | None:
        found = list_endorsements(session.store, include_rescinded=False)
        return {"endorsement_id": found[0].id} if found else None

    def present(self, **params: Any) -> None:
        self.endorsement_id = params.get("endorsement_id", self.endorsement_id)
        self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        endorsements = {e.id: e for e in list_endorsements(store, include_rescinded=False)}
        endorsement = endorsements.get(self.endorsement_id)
        if endorsement is None and endorsements:
            endorsement = next(iter(endorsements.values()))
        self.pledged_so_far = []
        if endorsement is None or endorsement.id is None:
            self.endorsement_id, self.heading, self.goals = None, "", []
        else:
            self.endorsement_id = endorsement.id
            self.heading = describe(store, endorsement)
            self.goals = goals_progress(store, endorsement.id)
            if not self.goals:
                self.pledged_so_far = self._totals(endorsement.id)
        self.update()

    def _totals(self, endorsement_id: int) -> list[str]:
        """What is pledged so far per activity and unit, when no goal gives it a tube."""
        totals: dict[tuple[int, str], int] = {}
        for pledge in list_pledges(self.session.store, endorsement_id):
            if pledge.status in COUNTS_AS_PLEDGED:
                key = (pledge.activity_id, pledge.unit)
                totals[key] = totals.get(key, 0) + pledge.quantity
        names = {a.id: a.name for a in activity_map(self.session.store).values()}
        return [
            f"{names.get(activity_id, '?')}: {quantity_text(quantity, unit)}"
            for (activity_id, unit), quantity in sorted(
                totals.items(), key=lambda item: (-item[1], names.get(item[0][0], ""))
            )
        ]

    def on_data_changed(self, topic: str) -> None:
        if (
            topic in (Topic.COMMITMENTS, Topic.ENDORSEMENTS, Topic.RACES, Topic.SETTINGS)
            and self.isVisible()
        ):
            self.refresh()

    def step(self, key: Qt.Key) -> bool:
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return False
        ids = [e.id for e in list_endorsements(self.session.store, include_rescinded=False)]
        if len(ids) < 2 or self.endorsement_id not in ids:
            return False
        move = 1 if key == Qt.Key.Key_Right else -1
        self.endorsement_id = ids[(ids.index(self.endorsement_id) + move) % len(ids)]
        self.refresh()
        return True

    def caption(self) -> str:
        return self.tr("Thermometer: %s") % (self.heading or self.tr("no endorsement yet"))

    # ----- what the room reads -----------------------------------------------------------------
    def title_text(self) -> str:
        if not self.heading:
            return self.tr("No endorsement yet")
        return self.tr("Our promise: %s") % self.heading

    def goal_texts(self, goal: GoalProgress) -> tuple[str, str, str, str]:
        """(goal, activity, pledged, done) as drawn around one thermometer, e.g.
        ("goal 12 shifts", "Canvassing", "15 pledged · 125%", "5 done · 41%")."""
        goal_text = self.tr("goal %s") % quantity_text(goal.target, goal.unit)
        pledged = self.tr("%1 pledged · %2%").replace("%1", f"{goal.pledged:,}")
        done = self.tr("%1 done · %2%").replace("%1", f"{goal.done:,}")
        activity = activity_map(self.session.store).get(goal.goal.activity_id)
        return (
            goal_text,
            self.said(goal.activity_name, activity.name_es if activity else ""),
            pledged.replace("%2", str(percent(goal.pledged, goal.target))),
            done.replace("%2", str(percent(goal.done, goal.target))),
        )

    def _no_goal_text(self) -> str:
        if not self.heading:
            return self.tr("Pledges are tracked once the group endorses a candidate.")
        if not self.pledged_so_far:
            return self.tr("No goals set yet: the group decides what it promises the campaign.")
        return "\n".join([self.tr("Pledged so far (no goals set yet):"), *self.pledged_so_far[:8]])

    def texts(self) -> list[str]:
        """Every line of text on the slide, for the facilitator's checks and for tests."""
        lines = [self.title_text()]
        if not self.goals:
            lines += self._no_goal_text().split("\n")
        for goal in self.goals:
            lines += self.goal_texts(goal)
        return lines

    # ----- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN * 0.6, -MARGIN, -MARGIN * 0.6)
        title_height = paint_slide_title(painter, area, self.title_text(), height, TITLE_SCALE)
        body = area.adjusted(0, title_height + 10, 0, 0)
        if not self.goals:
            painter.setFont(projector_font(height, 1.1))
            painter.setPen(PALETTE.muted)
            painter.drawText(
                body,
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                self._no_goal_text(),
            )
            painter.end()
            return
        legend_height = self._legend(painter, body, height)
        body.adjust(0, 0, 0, -legend_height - 20)
        column = body.width() / len(self.goals)
        lines = self._label_lines(column, height)
        for index, goal in enumerate(self.goals):
            self._thermometer(
                painter,
                QRectF(body.left() + index * column, body.top(), column, body.height()),
                goal,
                lines,
            )
        painter.end()

    def _label_lines(self, column: float, height: int) -> tuple[int, int]:
        """Lines the activity names and the small labels need in a column this wide (the same
        for every thermometer, so they stand level): a name up to 3, a small label up to 2,
        rather than cutting a long name or a longer language's words."""
        wrap = int(Qt.TextFlag.TextWordWrap)

        def lines(texts: list[str], scale: float, bold: bool, most: int) -> int:
            metrics = QFontMetricsF(projector_font(height, scale, bold=bold))
            room = QRectF(0, 0, column - 12, metrics.height() * 10)
            needed = max(metrics.boundingRect(room, wrap, text).height() for text in texts)
            return max(1, min(most, math.ceil(needed / metrics.height() - 0.01)))

        texts = [self.goal_texts(goal) for goal in self.goals]
        names = lines([text[1] for text in texts], LABEL_SCALE, True, 3)
        small = [text[index] for text in texts for index in (0, 2, 3)]
        return max(2, names), lines(small, SMALL_SCALE, False, 2)

    def _thermometer(
        self, painter: QPainter, cell: QRectF, goal: GoalProgress, lines: tuple[int, int]
    ) -> None:
        height = self.height()
        goal_text, name, pledged_text, done_text = self.goal_texts(goal)
        name_lines, small_lines = lines
        label_font = projector_font(height, LABEL_SCALE, bold=True)
        small_font = projector_font(height, SMALL_SCALE)
        painter.setFont(label_font)
        line = painter.fontMetrics().height()
        painter.setFont(small_font)
        small_line = painter.fontMetrics().height() * small_lines
        labels_height = line * name_lines + small_line * 2 + 16
        tube_width = min(90.0, cell.width() * 0.3)
        bulb = tube_width * 1.5
        tube_top = cell.top() + small_line + 10
        tube_bottom = cell.bottom() - labels_height - bulb * 0.7
        centre = cell.center().x()
        tube = QRectF(centre - tube_width / 2, tube_top, tube_width, tube_bottom - tube_top)
        # the goal is the top of the straight part; more than promised rises into the cap
        goal_level = tube.top() + tube_width / 2
        painter.setPen(PALETTE.muted)
        centred = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(
            QRectF(cell.left() + 6, cell.top(), cell.width() - 12, small_line), centred, goal_text
        )
        outline = QPainterPath()
        outline.setFillRule(Qt.FillRule.WindingFill)
        outline.addRoundedRect(tube, tube_width / 2, tube_width / 2)
        outline.addEllipse(QRectF(centre - bulb / 2, tube.bottom() - bulb * 0.3, bulb, bulb))
        outline = outline.simplified()
        painter.fillPath(outline, PALETTE.panel)
        painter.save()
        painter.setClipPath(outline)
        bulb_bottom = tube.bottom() + bulb * 0.7
        scale = tube.bottom() - goal_level
        for share, colour in ((goal.pledged_share, PLEDGED), (goal.done_share, DONE)):
            if share <= 0:
                continue
            level = tube.bottom() - float(min(share, Fraction(5, 4))) * scale
            painter.fillRect(QRectF(cell.left(), level, cell.width(), bulb_bottom - level), colour)
        painter.restore()
        painter.setPen(QPen(PALETTE.text, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
        reach = tube_width * 0.35
        painter.drawLine(
            QPointF(tube.left() - reach, goal_level), QPointF(tube.right() + reach, goal_level)
        )
        text_top = bulb_bottom + 10
        painter.setFont(label_font)
        painter.setPen(PALETTE.text)
        painter.drawText(
            QRectF(cell.left() + 6, text_top, cell.width() - 12, line * name_lines),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            name,
        )
        painter.setFont(small_font)
        for offset, (text, colour) in enumerate(((pledged_text, PLEDGED), (done_text, DONE))):
            painter.setPen(colour)
            top = text_top + line * name_lines + 6 + offset * small_line
            painter.drawText(
                QRectF(cell.left() + 6, top, cell.width() - 12, small_line), centred, text
            )

    def _legend(self, painter: QPainter, body: QRectF, height: int) -> float:
        painter.setFont(projector_font(height, SMALL_SCALE))
        metrics = painter.fontMetrics()
        size = metrics.height()
        items = [(PLEDGED, self.tr("pledged")), (DONE, self.tr("done"))]
        widths = [size * 1.4 + metrics.horizontalAdvance(text) + size for _, text in items]
        x = body.center().x() - sum(widths) / 2
        y = body.bottom() - size
        for (colour, text), width in zip(items, widths, strict=True):
            painter.fillRect(QRectF(x, y + size * 0.15, size * 0.9, size * 0.7), QColor(colour))
            painter.setPen(PALETTE.text)
            painter.drawText(
                QRectF(x + size * 1.2, y, width, size), int(Qt.AlignmentFlag.AlignLeft), text
            )
            x += width
        return float(size)
