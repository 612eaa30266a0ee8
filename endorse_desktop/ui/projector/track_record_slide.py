"""The track-record slide, for the opening of the next endorsement meeting (issue 16).

What the group endorsed in its finished cycles and how those races came out, the wins by name,
and what members delivered, as counts: "Our record: 5 of 6 endorsed candidates won". No member
is named (only totals of pledges), so the slide is safe for the room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent

from endorse_desktop.core.commitments.progress import percent
from endorse_desktop.core.results import outcome_label, share_text
from endorse_desktop.core.track_record import TrackRecord, track_record
from endorse_desktop.ui.shell.session import Topic

from .slide import PALETTE, Slide, paint_slide_title, projector_font, register_slide

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session

MARGIN = 60
MAX_WINS = 5  # names on the slide; more would shrink below what the back row reads


@register_slide("track_record", "Track record")
class TrackRecordSlide(Slide):
    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, parent)
        self.record: TrackRecord | None = None

    @classmethod
    def smoke_params(cls, session: Session) -> dict[str, Any] | None:
        return {}

    def refresh(self) -> None:
        full = track_record(self.session.store)
        # the finished cycles: the current one's races are still to come
        self.record = TrackRecord(tuple(r for r in full.cycles if not r.cycle.is_current))
        self.update()

    def on_data_changed(self, topic: str) -> None:
        watched = (Topic.RESULTS, Topic.CYCLES, Topic.ENDORSEMENTS, Topic.COMMITMENTS)
        if topic in watched and self.isVisible():
            self.refresh()

    def caption(self) -> str:
        return self.tr("Track record")

    # ----- what the room reads -----------------------------------------------------------------
    def title_text(self) -> str:
        record = self.record
        if record is None or not record.cycles:
            return self.tr("Our track record starts with this cycle")
        names = [r.cycle.name for r in record.cycles]
        span = names[0] if len(names) == 1 else f"{names[0]} – {names[-1]}"
        return self.tr("Our track record: %s") % span

    def lines(self) -> list[str]:
        """The slide's body, line by line (also what tests read)."""
        record = self.record
        if record is None or not record.cycles:
            return [self.tr("Results will show here once a cycle's races are decided.")]
        t = record.totals
        lines = [
            self.tr("%1 of %2 endorsed candidates won (or advanced)")
            .replace("%1", f"{t.won:,}")
            .replace("%2", f"{t.endorsements:,}")
        ]
        primaries = [line for line in record.lines if line.is_primary]
        generals = [line for line in record.lines if not line.is_primary]
        split = []
        stages = (
            (primaries, self.tr("primaries %1 of %2")),
            (generals, self.tr("generals %1 of %2")),
        )
        for stage_lines, sentence in stages:
            if stage_lines:
                won = sum(1 for line in stage_lines if line.won)
                split.append(sentence.replace("%1", str(won)).replace("%2", str(len(stage_lines))))
        if split:
            lines.append(" · ".join(split))
        if t.pledges_made:
            lines.append(
                self.tr("Members kept %1 of %2 pledges (%3%)")
                .replace("%1", f"{t.pledges_kept:,}")
                .replace("%2", f"{t.pledges_made:,}")
                .replace("%3", str(percent(t.pledges_kept, t.pledges_made)))
            )
        wins = [line for line in record.lines if line.won and line.stage != "primary"]
        wins = wins or [line for line in record.lines if line.won]
        for line in wins[-MAX_WINS:]:
            share = f" · {share_text(line.share)}" if line.share is not None else ""
            lines.append(
                f"✓ {line.candidate} — {line.race_title}: "
                # the label is the core's English; the catalog has it (i18n/marked.py)
                f"{self.tr(outcome_label(line.outcome)).lower()}{share}"
            )
        return lines

    def texts(self) -> list[str]:
        return [self.title_text(), *self.lines()]

    # ----- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN * 0.6, -MARGIN, -MARGIN * 0.6)
        title_height = paint_slide_title(painter, area, self.title_text(), height, 1.5)
        top = area.top() + title_height + 10
        for index, text in enumerate(self.lines()):
            headline = index == 0
            painter.setFont(projector_font(height, 1.3 if headline else 0.95, bold=headline))
            painter.setPen(
                PALETTE.green
                if text.startswith("✓")
                else PALETTE.text
                if headline
                else PALETTE.muted
            )
            metrics = painter.fontMetrics()
            box = QRectF(area.left(), top, area.width(), metrics.height() * 2.2)
            bounds = painter.boundingRect(
                box, int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap), text
            )
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap), text
            )
            top += bounds.height() + (20 if headline else 8)
            if top > area.bottom():
                break
        painter.end()
