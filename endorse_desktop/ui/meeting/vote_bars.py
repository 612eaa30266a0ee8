"""Draw a round's options as labelled bars with the threshold line: the tally screen and the
projector use the same drawing, each with its own colours and size.

Colour never carries meaning alone: every bar has its number, share and "needs N more" or
"✓ reached" in words, and "No endorsement" is also hatched.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from endorse_desktop.core.voting.journal import LiveOption, LiveView


def _tr(text: str) -> str:
    return QCoreApplication.translate("VoteBars", text)


@dataclass(frozen=True)
class BarColours:
    text: QColor
    muted: QColor
    track: QColor
    bar: QColor
    no_endorsement: QColor
    reached: QColor
    threshold: QColor


@dataclass(frozen=True)
class BarRow:
    """One row as drawn: what the screen says, kept so tests can read what is shown."""

    key: str
    label: str
    votes: str
    share: str
    note: str


def bar_rows(view: LiveView) -> list[BarRow]:
    rows = [_row(option, view) for option in view.options]
    if view.method.value != "hand_count" or view.blank:
        blank_label = (
            _tr("Blank or overvoted at 1st rank")
            if view.method.value == "paper_ranked"
            else _tr("Blank or spoiled")
        )
        key = "" if view.method.value == "paper_ranked" else "0"
        rows.append(BarRow(key, blank_label, str(view.blank), "", _tr("not counted")))
    return rows


def _row(option: LiveOption, view: LiveView) -> BarRow:
    if option.still_needed is None or view.needed is None:
        note = ""
    elif view.base == 0:
        note = _tr("no votes yet")
    elif option.still_needed == 0:
        note = _tr("✓ reached")
    else:
        note = _tr_n("needs %n more", option.still_needed)
    return BarRow(str(option.key), option.label, str(option.votes), option.percent_text, note)


def _tr_n(text: str, n: int) -> str:
    return QCoreApplication.translate("VoteBars", text, "", n)


def scale_of(view: LiveView) -> int:
    top = max((option.votes for option in view.options), default=0)
    return max(view.base or 0, view.needed or 0, top, 1)


def paint_vote_bars(
    painter: QPainter,
    area: QRectF,
    view: LiveView,
    colours: BarColours,
    font: QFont,
    *,
    show_keys: bool = True,
) -> None:
    """Fill `area` with one row per option (and blank ballots), bars to a common scale."""
    rows = bar_rows(view)
    if not rows:
        return
    metrics = QFontMetrics(font)
    line = metrics.height()
    strip = line * 1.3  # room above the bars for the "15 needed" label of the threshold line
    area = area.adjusted(0, strip, 0, 0)
    row_height = min(area.height() / len(rows), line * 2.6)
    key_width = metrics.horizontalAdvance("9") * 2.2 if show_keys else 0.0
    label_width = min(
        area.width() * 0.30, max(metrics.horizontalAdvance(r.label) for r in rows) + 12
    )
    numbers_width = metrics.horizontalAdvance("00000  100.0 %") + 12
    note_width = metrics.horizontalAdvance(_tr("needs 0000 more")) + 12
    bar_left = area.left() + key_width + label_width
    bar_width = max(area.width() - key_width - label_width - numbers_width - note_width, 40.0)
    scale = scale_of(view)
    painter.save()
    painter.setFont(font)
    for index, row in enumerate(rows):
        top = area.top() + index * row_height
        middle = top + row_height / 2
        text_rect = QRectF(area.left(), top, key_width, row_height)
        option = view.options[index] if index < len(view.options) else None
        if show_keys and row.key:
            painter.setPen(colours.muted)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), row.key)
        painter.setPen(colours.text)
        label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_width - 8))
        painter.drawText(
            QRectF(area.left() + key_width, top, label_width, row_height),
            int(Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        bar_height = row_height * 0.55
        track = QRectF(bar_left, middle - bar_height / 2, bar_width, bar_height)
        painter.fillRect(track, colours.track)
        votes = option.votes if option is not None else view.blank
        filled = track.adjusted(0, 0, -(bar_width - bar_width * min(votes, scale) / scale), 0)
        if option is None:
            painter.fillRect(filled, colours.muted)
        elif option.is_no_endorsement:
            painter.fillRect(filled, colours.no_endorsement)
            painter.fillRect(filled, QBrush(colours.text, Qt.BrushStyle.BDiagPattern))
        else:
            reached = option.still_needed == 0 and (view.base or 0) > 0
            painter.fillRect(filled, colours.reached if reached else colours.bar)
        numbers = f"{row.votes}  {row.share}".rstrip()
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(bar_left + bar_width + 8, top, numbers_width, row_height),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            numbers,
        )
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(bar_left + bar_width + 8 + numbers_width, top, note_width, row_height),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            row.note,
        )
    if view.needed and view.base:
        x = bar_left + bar_width * min(view.needed, scale) / scale
        pen = QPen(colours.threshold, max(2.0, line / 10))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = area.top() + len(view.options) * row_height
        painter.drawLine(QPointF(x, area.top()), QPointF(x, bottom))
        painter.setPen(colours.threshold)
        painter.drawText(
            QRectF(x - bar_width, area.top() - strip, 2 * bar_width, strip),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            _tr("%d needed") % view.needed,
        )
    painter.restore()


def rows_height(view: LiveView, font: QFont) -> float:
    return (len(bar_rows(view)) * 2.6 + 1.3) * QFontMetrics(font).height()
