"""Draw a round's options as labelled bars with the threshold line: the tally screen and the
projector use the same drawing, each with its own colours and size.

Colour never carries meaning alone: every bar has its number, share and "needs N more" or
"✓ reached" in words, and "No endorsement" is also hatched. "✓ reached" (and the green bar) is
said only when the decision cannot change any more: the round is final, or the ballots still
to come could not take the option below the line (`decided`); before that it is "✓ so far".

A count with several rounds (ranked ballots) is shown one round at a time (`count_rounds`):
the bars of that round, "Round 2 of 3" as its heading, and who left after it and why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from endorse_desktop.core.voting.counting import NO_ENDORSEMENT, Base
from endorse_desktop.core.voting.journal import LiveOption, LiveView
from endorse_desktop.core.voting.sentences import BASE_WORDS, departure_sentences


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


@dataclass(frozen=True)
class CountRound:
    """One round of a count, as the bars show it."""

    view: LiveView  # the round's counts in the shape the bars draw
    number: int
    total: int
    reasons: tuple[str, ...]  # who left up to the end of this round, and why

    @property
    def heading(self) -> str:
        if self.total == 1:
            return _tr("Round %1").replace("%1", str(self.number))
        text = _tr("Round %1 of %2").replace("%1", str(self.number))
        return text.replace("%2", str(self.total))


def count_rounds(view: LiveView, rounds: Sequence[Mapping[str, Any]]) -> list[CountRound]:
    """Each round of a counted result (the §5 JSON's "rounds") as bars: the candidates still in,
    their votes against that round's line, the ballots with no choice left."""
    keys = {option.label: option.key for option in view.options}
    reasons = departure_sentences(rounds)
    shown = []
    for number, entry in enumerate(rounds, start=1):
        base, needed = int(entry["base"]), int(entry["needed"])
        counts: Mapping[str, int] = entry["counts"]
        options = tuple(
            LiveOption(
                key=keys.get(label, 0),
                label=label,
                votes=votes,
                still_needed=max(0, needed - votes),
                percent_tenths=None if base == 0 else (votes * 1000 + base // 2) // base,
                is_no_endorsement=label == NO_ENDORSEMENT,
            )
            for label, votes in counts.items()
        )
        reached = [label for label, votes in counts.items() if base and votes >= needed]
        round_view = replace(
            view,
            options=options,
            base=base,
            needed=needed,
            blank=view.blank if number == 1 else int(entry.get("exhausted") or 0),
            decision=reached[0] if len(reached) == 1 else None,
        )
        # who has left by the end of this round: the final round says why each is missing
        so_far = tuple(line for lines in reasons[:number] for line in lines)
        shown.append(CountRound(round_view, number, len(rounds), so_far))
    return shown


def decided(view: LiveView, option: LiveOption) -> bool:
    """Whether the option's reaching the line is settled: the round is final, or even if every
    member who can still vote went against it, it would stay at or above the line."""
    if view.is_final:
        return True
    if view.needed is None or not view.base or option.votes < view.needed:
        return False
    if view.can_vote is None:
        return False  # nobody knows how many ballots are still to come
    remaining = max(0, view.can_vote - view.ballots)
    if remaining == 0 or view.base_words in (BASE_WORDS[Base.PRESENT], BASE_WORDS[Base.ELIGIBLE]):
        return True  # no more ballots, or a line that more ballots do not move
    # the most the base can grow; needed/base is at least the rule's share, so this holds it
    return option.votes * view.base >= view.needed * (view.base + remaining)


def bar_rows(view: LiveView, count_round: int = 1) -> list[BarRow]:
    rows = [_row(option, view) for option in view.options]
    if view.method.value != "hand_count" or view.blank:
        if view.method.value != "paper_ranked":
            blank_label = _tr("Blank or spoiled")
        elif count_round == 1:
            blank_label = _tr("Blank or overvoted")
        else:
            blank_label = _tr("No choice left")
        key = "" if view.method.value == "paper_ranked" else "0"
        rows.append(BarRow(key, blank_label, str(view.blank), "", _tr("not counted")))
    return rows


def _row(option: LiveOption, view: LiveView) -> BarRow:
    if option.still_needed is None or view.needed is None:
        note = ""
    elif view.base == 0:
        note = _tr("no votes yet")
    elif option.still_needed == 0:
        note = _tr("✓ reached") if decided(view, option) else _tr("✓ so far")
    else:
        note = _tr_n("needs %n more", None, option.still_needed)
    return BarRow(str(option.key), option.label, str(option.votes), option.percent_text, note)


def _tr_n(text: str, disambiguation: str | None, n: int) -> str:
    # (text, None, n): the shape lupdate reads as a plural (numerus) message
    return QCoreApplication.translate("VoteBars", text, disambiguation, n)


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
    count_round: int = 1,
) -> None:
    """Fill `area` with one row per option (and blank ballots), bars to a common scale."""
    rows = bar_rows(view, count_round)
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
            reached = option.still_needed == 0 and (view.base or 0) > 0 and decided(view, option)
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
