"""The resting slide: the group's name, shown whenever nothing else is being presented."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent

from .slide import PALETTE, Slide, projector_font, register_slide


@register_slide("title", "Title")
class TitleSlide(Slide):
    def caption(self) -> str:
        return self.tr("Title: %s") % (self.session.settings.name or "Endorse Desktop")

    def paintEvent(self, event: QPaintEvent) -> None:
        settings = self.session.settings
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        area = QRectF(self.rect()).adjusted(60, 60, -60, -60)
        painter.setPen(PALETTE.text)
        painter.setFont(projector_font(height, 2.0, bold=True))
        name = settings.name or self.tr("Endorse Desktop")
        painter.drawText(
            area.adjusted(0, 0, 0, -area.height() / 2),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            | int(Qt.TextFlag.TextWordWrap),
            name,
        )
        painter.setPen(PALETTE.muted)
        painter.setFont(projector_font(height, 1.2))
        painter.drawText(
            area.adjusted(0, area.height() / 2 + 20, 0, 0),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            settings.cycle,
        )
        painter.end()
