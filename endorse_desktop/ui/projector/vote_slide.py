"""The live vote on the wall: the question, a bar per option against the threshold line, what is
needed, quorum, and a warning when there are more ballots than members who can vote.

It shows counts only: never who voted how, and no member's name. Once ranked ballots are
finalized, the bars are the count's final round ("Round 3 of 3"), with who left and why, never
the first preferences beside the announced winner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, QTimerEvent, Slot
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent, QRegion

from endorse_desktop.core.document_text import Language, spanish_question, texts
from endorse_desktop.core.races import get_race
from endorse_desktop.core.voting.journal import BallotDesk, LiveView
from endorse_desktop.core.voting.stored import Method, VoteError, load_vote, vote_ids
from endorse_desktop.ui.meeting.vote_bars import (
    BarColours,
    CountRound,
    changed_areas,
    count_rounds,
    draw_line,
    paint_vote_bars,
)
from endorse_desktop.ui.meeting.vote_lines import status_lines
from endorse_desktop.ui.shell.session import Topic
from endorse_desktop.ui.widgets.text_span import LineSpans

from .slide import PALETTE, Slide, projector_font, register_slide

# The slide's few fonts, made once: a key's repaint asks for them several times.
_font = lru_cache(maxsize=16)(projector_font)


@lru_cache(maxsize=8)
def _spans(height: int, *, bold: bool) -> LineSpans:
    """The changed parts of the lines under the bars (bold) and of the counted line."""
    return LineSpans(QFontMetricsF(_font(height, 1.0, bold=bold)))


if TYPE_CHECKING:
    from endorse_desktop.ui.meeting.vote_feed import LiveVoteFeed
    from endorse_desktop.ui.shell.session import Session

COLOURS = BarColours(
    text=PALETTE.text,
    muted=PALETTE.muted,
    track=PALETTE.panel,
    bar=PALETTE.blue,
    no_endorsement=PALETTE.orange,
    reached=PALETTE.green,
    threshold=PALETTE.yellow,
)


# One frame of a 60 Hz display: a key's repaint waits at most this long, merged with the keys
# typed meanwhile. (Not QWidget.screen()'s refresh rate: asking for the screen from here has
# crashed PySide6 later, in the garbage collector.)
FRAME_MS = 16
_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap
)


@dataclass(frozen=True)
class _Layout:
    """Where the slide's parts go for one view at one size (what a keystroke may repaint)."""

    key: tuple[Any, ...]  # what decides the places: size, texts above the bars, lines below
    heading: QRectF
    question: QRectF
    counted: QRectF
    bars: QRectF
    lines: tuple[QRectF, ...]


@register_slide("vote", "Live vote")
class VoteSlide(Slide):
    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, parent)
        self._feed: LiveVoteFeed | None = None
        self._desk: BallotDesk | None = None
        # read once per view and language
        self._final_count: tuple[LiveView, Language, list[CountRound]] | None = None
        # the round of a finalized count the facilitator's board shows (None: the final one)
        self._count_round: int | None = None
        self._spanish: tuple[int, str, str] | None = None  # vote id, race title, question
        # A keystroke's changes wait for the next frame of the display, merged: a burst of keys
        # repaints the wall once a frame, and each repaint covers only the parts that moved.
        self._scheduled: LiveView | None = None  # the feed's view the pending repaint shows
        self._pending = QRegion()
        self._pending_all = False
        self._frame_timer = 0  # a Qt timer's id while a repaint waits for the next frame
        self._heights: dict[tuple[str, float, int, bool, int], float] = {}
        self._above: tuple[tuple[Any, ...], str] = ((), "")  # the heading, and what it is for
        self._questions: tuple[tuple[Any, ...], str] = ((), "")
        self._laid_out: tuple[tuple[Any, ...], _Layout] | None = (
            None  # the last layout, and of what
        )

    @classmethod
    def smoke_params(cls, session: Session) -> dict[str, Any] | None:
        found = vote_ids(session.store)
        return {"vote_id": found[-1]} if found else None

    def present(
        self,
        vote_id: int | None = None,
        feed: LiveVoteFeed | None = None,
        count_round: int | None = None,
        **_: Any,
    ) -> None:
        self._count_round = count_round
        if self._feed is not None:
            self._feed.changed.disconnect(self._feed_changed)
        self._feed, self._desk = feed, None
        if feed is not None:
            feed.changed.connect(self._feed_changed)
        elif vote_id is not None:
            try:
                self._desk = BallotDesk(self.session.store, vote_id)
            except VoteError:
                self._desk = None
        self._scheduled = self.view
        self.update()

    @Slot()
    def _feed_changed(self) -> None:
        """New numbers (the feed already holds them): what moved is repainted at the next frame."""
        before, after = self._scheduled, self.view
        self._scheduled = after
        changed = self._changes(before, after)
        if changed is not None and changed.isEmpty():
            return  # nothing on the wall looks different
        if changed is None:
            self._pending_all = True
        else:
            self._pending += changed
        if not self._frame_timer:
            # the widget's own timer (no QTimer object, no reference to keep alive or collect)
            self._frame_timer = self.startTimer(FRAME_MS, Qt.TimerType.PreciseTimer)

    def timerEvent(self, event: QTimerEvent) -> None:
        if event.timerId() == self._frame_timer:
            self.flush()
        else:
            super().timerEvent(event)

    def flush(self) -> None:
        """Ask now for the repaint that waits for the next frame (the frame timer's end)."""
        if self._frame_timer:
            self.killTimer(self._frame_timer)
            self._frame_timer = 0
        if self._pending_all:
            self.update()
        elif not self._pending.isEmpty():
            self.update(self._pending)
        self._pending, self._pending_all = QRegion(), False

    def _changes(self, before: LiveView | None, after: LiveView | None) -> QRegion | None:
        """The parts of the slide that differ between two live views (None: all of it)."""
        if before is None or after is None or before.is_final or after.is_final:
            return None
        old, new = self._layout(before, None), self._layout(after, None)
        if old.key != new.key:
            return None
        bars = changed_areas(
            before, after, new.bars, _font(self.height(), 1.0), language=self.language
        )
        if bars is None:
            return None
        region = QRegion()
        for rect in bars:
            region += rect.toAlignedRect()
        # of the lines above and below the bars, only the letters that changed (a ballot's digits)
        body = _spans(self.height(), bold=False)
        span = body.changed(new.counted, self.counted_text(before), self.counted_text(after))
        if span is not None:
            region += span.toAlignedRect()
        bold = _spans(self.height(), bold=True)
        for rect, line, was in zip(
            new.lines,
            status_lines(after, self.language),
            status_lines(before, self.language),
            strict=True,
        ):
            if line == was:
                continue
            # the same words in another colour (a warning no longer): all of them
            span = bold.changed(rect, was[0] if was[0] != line[0] else "", line[0], wraps=False)
            if span is not None:
                region += span.toAlignedRect()
        return region

    def refresh(self) -> None:
        if self._desk is not None:
            try:
                self._desk.reload()
            except VoteError:
                self._desk = None
        self.update()

    def on_data_changed(self, topic: str) -> None:
        if topic not in (Topic.VOTES, Topic.MEETINGS) or not self.isVisible():
            return
        view = self.view
        if self._feed is not None and view is not None and not view.is_final:
            # Live numbers are drawn from the feed's view alone: only what it changed since the
            # last repaint is drawn again (a keystroke also announces VOTES).
            self._feed_changed()
            return
        self.refresh()

    def follow_count_round(self, vote_id: int, number: int) -> None:
        """The facilitator stepped the board to round `number` of this vote's count."""
        view = self.view
        if view is not None and view.vote_id == vote_id:
            self._count_round = number
            self.update()

    def final_count_round(self, view: LiveView) -> CountRound | None:
        """The round of a finalized ranked count on the wall: the one the facilitator's board
        shows, else the last (the count is read from the file once per view)."""
        if view.method is not Method.PAPER_RANKED or not view.is_final:
            return None
        if (
            self._final_count is None
            or self._final_count[0] is not view
            or self._final_count[1] != self.language
        ):
            vote = load_vote(self.session.store, view.vote_id)
            final = next((r for r in reversed(vote.rounds) if r.is_final and r.result), None)
            rounds = final.result["rounds"] if final is not None and final.result else []
            counted_rounds = count_rounds(view, rounds, self.language) if rounds else []
            self._final_count = (view, self.language, counted_rounds)
        counted = self._final_count[2]
        if not counted:
            return None
        wanted = self._count_round
        return (
            counted[wanted - 1]
            if wanted is not None and 1 <= wanted <= len(counted)
            else counted[-1]
        )

    def spanish_texts(self, view: LiveView) -> tuple[str, str]:
        """The race's title and the vote's question in Spanish ("" title: not written yet)."""
        if self._spanish is None or self._spanish[0] != view.vote_id:
            vote = load_vote(self.session.store, view.vote_id)
            race = get_race(self.session.store, vote.race_id)
            title_es = race.title_es if race is not None else ""
            question = spanish_question(vote.question, vote.question_es, view.race_title, title_es)
            self._spanish = (view.vote_id, title_es, question)
        return self._spanish[1], self._spanish[2]

    def heading_lines(self, view: LiveView) -> list[tuple[str, float, bool]]:
        """(text, size as a multiple of body text, bold) above the bars: the race and the
        question, in each language the projector shows; a Spanish line is as large as its
        English one."""
        title_es, question_es = self.spanish_texts(view) if self.language.has_spanish else ("", "")
        titles = self.in_languages(view.race_title, title_es)
        if len(titles) == 2:  # one heading line: "Mayor / Alcaldía"
            titles = (" / ".join(titles),)
        return [
            *((title, 1.5, True) for title in titles),
            *((question, 1.0, False) for question in self.in_languages(view.question, question_es)),
        ]

    def round_text(self, number: int) -> str:
        if self.language is Language.EN:
            return self.tr("Round %d") % number
        return " / ".join(t.round_heading.format(n=number) for t in texts(self.language))

    def counted_text(self, view: LiveView) -> str:
        """ "30 ballots counted · final", in the projector's language(s)."""
        if self.language is Language.EN:
            counted = (
                self.tr("1 ballot counted")
                if view.ballots == 1
                else self.tr("%d ballots counted") % view.ballots
            )
            return counted + (self.tr(" · final") if view.is_final else "")
        return " / ".join(
            t.ballots_counted[view.ballots != 1].format(n=view.ballots)
            + (f" · {t.final}" if view.is_final else "")
            for t in texts(self.language)
        )

    @property
    def view(self) -> LiveView | None:
        if self._feed is not None:
            return self._feed.view
        return self._desk.view() if self._desk is not None else None

    def caption(self) -> str:
        view = self.view
        if view is None:
            return self.tr("Live vote")
        counted = self.final_count_round(view)
        if counted is not None:  # "round 3 of 3" of the count, as the heading on the wall says
            return self.tr("Live vote: %s, %s") % (view.race_title, counted.heading.lower())
        if view.method is Method.PAPER_RANKED:
            return self.tr("Live vote: %s") % view.race_title  # one collection of ballots
        return self.tr("Live vote: %s, round %d") % (view.race_title, view.round_number)

    def _heading(self, view: LiveView, counted_round: CountRound | None) -> str:
        shown = None if counted_round is None else (counted_round.number, counted_round.total)
        # the same for every key of a round: worked out once, not three times a key
        key: tuple[Any, ...] = (view.vote_id, view.race_title, view.question, view.round_number)
        key += (shown, self.language, self.tr("Round %d"))  # the app's language, too
        if self._above[0] != key:
            lines = self.heading_lines(view)
            question = "\n".join(text for text, _, _ in lines[1:])
            self._above = (key, self._full_heading(lines, view, counted_round))
            self._questions = ((view.vote_id, view.question, self.language, key[-1]), question)
        return self._above[1]

    def _full_heading(
        self, lines: list[tuple[str, float, bool]], view: LiveView, counted_round: CountRound | None
    ) -> str:
        heading = lines[0][0]
        if counted_round is not None:
            heading += " — " + counted_round.heading
        elif view.round_number > 1:
            heading += " — " + self.round_text(view.round_number)
        return heading

    def _question(self, view: LiveView) -> str:
        """The question, a line in each language the projector shows (same size, same font)."""
        if self._questions[0] != (view.vote_id, view.question, self.language, self.tr("Round %d")):
            self._heading(view, None)
        return self._questions[1]

    def _status(self, view: LiveView, counted_round: CountRound | None) -> list[tuple[str, bool]]:
        lines = status_lines(
            counted_round.view if counted_round is not None else view, self.language
        )
        if counted_round is not None:
            lines += [(reason, False) for reason in counted_round.reasons]
        return lines

    def _height_of(self, text: str, font: QFont, width: float) -> float:
        """The height `text` takes wrapped at `width` (measured once per text, font and width)."""
        key = (text, width, font.pixelSize(), font.bold(), self.height())
        if key not in self._heights:
            if len(self._heights) > 256:
                self._heights.clear()
            rect = QRectF(0, 0, width, self.height())
            self._heights[key] = QFontMetricsF(font).boundingRect(rect, _TEXT_FLAGS, text).height()
        return self._heights[key]

    def _layout(self, view: LiveView, counted_round: CountRound | None) -> _Layout:
        # A key's view is laid out to find what it changed, then painted: laid out once.
        memo = (view, counted_round, self.size(), self.language)
        last = self._laid_out
        if last is not None and all(a is b or a == b for a, b in zip(last[0], memo, strict=True)):
            return last[1]
        layout = self._new_layout(view, counted_round)
        self._laid_out = (memo, layout)
        return layout

    def _new_layout(self, view: LiveView, counted_round: CountRound | None) -> _Layout:
        height = self.height()
        margin = max(40.0, height * 0.05)
        area = QRectF(self.rect()).adjusted(margin, margin * 0.8, -margin, -margin * 0.8)
        width = area.width()
        heading = self._heading(view, counted_round)
        question = self._question(view)
        shown = counted_round.view if counted_round is not None else view
        lines = self._status(view, counted_round)
        body = _font(height, 1.0)
        counted = self.counted_text(shown)
        if _spans(height, bold=False).one_line(counted, width):
            counted = "X"  # new digits at every key, but one line is one line high: not measured
        counted_height = self._height_of(counted, body, width) + 4
        key = (self.width(), height, heading, question, counted_height, len(lines))
        last = self._laid_out
        if last is not None and last[1].key == key:
            return last[1]  # a key's new numbers, in the places the last ones were
        top = area.top()
        rects = []
        for text, font in ((heading, _font(height, 1.5, bold=True)), (question, body)):
            used = self._height_of(text, font, width) + 4
            rects.append(QRectF(area.left(), top, area.width(), used))
            top += used
        rects.append(QRectF(area.left(), top, area.width(), counted_height))
        top += counted_height + height * 0.02
        line_height = body.pixelSize() * 1.45
        bars_bottom = area.bottom() - line_height * len(lines) - height * 0.02
        bars = QRectF(area.left(), top, area.width(), max(bars_bottom - top, 10.0))
        y = bars_bottom + height * 0.02
        line_rects = tuple(
            QRectF(area.left(), y + n * line_height, area.width(), line_height)
            for n in range(len(lines))
        )
        return _Layout(key, rects[0], rects[1], rects[2], bars, line_rects)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self.view
        height = self.height()
        if view is None:
            margin = max(40.0, height * 0.05)
            area = QRectF(self.rect()).adjusted(margin, margin * 0.8, -margin, -margin * 0.8)
            painter.setPen(PALETTE.muted)
            painter.setFont(_font(height, 1.2))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("No vote is open"))
            painter.end()
            return
        counted_round = self.final_count_round(view)
        layout = self._layout(view, counted_round)
        clip = event.region()  # a keystroke repaints only the parts that moved
        shown = counted_round.view if counted_round is not None else view
        texts = (
            (layout.heading, self._heading(view, counted_round), True),
            (layout.question, self._question(view), False),
            (layout.counted, self.counted_text(shown), False),
        )
        for rect, text, title in texts:
            # (less a pixel each side: the counted line's repaint grazes the question's edge)
            if clip.intersects(rect.adjusted(1, 1, -1, -1).toAlignedRect()):
                painter.setFont(_font(height, 1.5 if title else 1.0, bold=title))
                painter.setPen(PALETTE.text if title else PALETTE.muted)
                # drawn in the rest of the slide's height, as measured: wrapping stays the same
                painter.drawText(
                    QRectF(rect.left(), rect.top(), rect.width(), height), _TEXT_FLAGS, text
                )
        paint_vote_bars(
            painter,
            layout.bars,
            shown,
            COLOURS,
            _font(height, 1.0),
            count_round=counted_round.number if counted_round is not None else 1,
            clip=clip,
            language=self.language,
        )
        bold = _font(height, 1.0, bold=True)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        for rect, (text, warning) in zip(
            layout.lines, self._status(view, counted_round), strict=True
        ):
            # (less a pixel each side: the next line's repaint grazes its edge, where no
            # letter reaches; drawing all its letters for that pixel cost a long line's layout)
            if clip.intersects(rect.adjusted(1, 1, -1, -1).toAlignedRect()):
                painter.setPen(PALETTE.orange if warning else PALETTE.text)
                draw_line(painter, rect, text, metrics)
        painter.end()
