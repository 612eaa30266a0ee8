"""What every projector slide shares: the registry, the look, and the keyboard contract.

A slide is a QWidget that draws one kind of thing for the room (a scorecard, a live vote, a
result, a timer, a commitment thermometer). To add one: subclass `Slide`, decorate it with
`@register_slide(slide_id, title)`, and import its module in `projector/__init__.py`.
Slides read data through core services and NEVER show member personal data.

The projector shows the group's texts in English, Spanish or both (`Slide.language`, chosen in
View ▸ Projector Language): bilingual, a text and its Spanish both appear, each at full projector
size (never below MIN_BODY_PX); a text with no Spanish yet is said once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from endorse_desktop.core.document_text import Language, in_languages

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session


class ProjectorPalette:
    """High contrast on a dark background, with the Okabe-Ito colour-blind-safe hues.

    Colour is never the only signal: every coloured thing on a slide also carries a word or symbol.
    """

    background = QColor("#101418")
    panel = QColor("#1d242b")
    text = QColor("#ffffff")
    muted = QColor("#c8d0d8")
    blue = QColor("#56b4e9")
    green = QColor("#009e73")
    orange = QColor("#e69f00")
    vermillion = QColor("#d55e00")
    yellow = QColor("#f0e442")
    purple = QColor("#cc79a7")


PALETTE = ProjectorPalette()
# Body text at 1920x1080 is 36 px; it never drops below 28 px however small the window (SPEC F-5).
MIN_BODY_PX = 28
BODY_PX_AT_1080 = 36


def body_px(height: int) -> int:
    return max(MIN_BODY_PX, round(height * BODY_PX_AT_1080 / 1080))


def projector_font(height: int, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(MIN_BODY_PX, round(body_px(height) * scale)))
    font.setBold(bold)
    return font


def paint_slide_title(
    painter: QPainter, area: QRectF, text: str, height: int, scale: float
) -> float:
    """A slide's title centred at the top of `area`, room for two lines; returns that height."""
    painter.setFont(projector_font(height, scale, bold=True))
    painter.setPen(PALETTE.text)
    title_height = painter.fontMetrics().height() * 2.2
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), title_height),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        | int(Qt.TextFlag.TextWordWrap),
        text,
    )
    return title_height


class Slide(QWidget):
    """Base class for projector slides."""

    slide_id: ClassVar[str] = ""
    title: ClassVar[str] = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = Language.EN  # set by the projector window
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), PALETTE.background)
        palette.setColor(self.foregroundRole(), PALETTE.text)
        self.setPalette(palette)
        session.changed.connect(self.on_data_changed)

    def present(self, **params: Any) -> None:
        """Show what the facilitator chose (e.g. race_id=3). Called each time it is presented."""
        self.refresh()

    def refresh(self) -> None:
        """Re-read the data and redraw."""
        self.update()

    def on_data_changed(self, topic: str) -> None:
        if self.isVisible():
            self.refresh()

    def step(self, key: Qt.Key) -> bool:
        """Arrow keys and the like; return True when the slide used the key."""
        return False

    def caption(self) -> str:
        """A short line for the facilitator: what the room is seeing now."""
        return self.title

    def body_px(self) -> int:
        return body_px(self.height())

    def in_languages(self, english: str, spanish: str) -> tuple[str, ...]:
        """A group text in each language the projector shows (once when not translated)."""
        return in_languages(english, spanish, self.language) or (english,)

    def said(self, english: str, spanish: str, separator: str = " / ") -> str:
        """The same on one line: "Housing / Vivienda"."""
        return separator.join(self.in_languages(english, spanish))


SLIDE_TYPES: dict[str, type[Slide]] = {}
S = TypeVar("S", bound=Slide)


def register_slide(slide_id: str, title: str) -> Callable[[type[S]], type[S]]:
    """`@register_slide("timer", "Speech timer")`: the slide's id (what F5 presents) and title,
    said once where the class is declared."""
    if not slide_id:
        raise ValueError("a slide needs a slide_id")

    def register(cls: type[S]) -> type[S]:
        cls.slide_id, cls.title = slide_id, title
        SLIDE_TYPES[slide_id] = cls
        return cls

    return register
