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

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QRegion

from endorse_desktop.core.document_text import Language, texts
from endorse_desktop.core.voting.counting import NO_ENDORSEMENT, Base
from endorse_desktop.core.voting.journal import LiveOption, LiveView
from endorse_desktop.core.voting.sentences import BASE_WORDS, departure_sentences
from endorse_desktop.ui.meeting.bars_layout import MEMO_SIZE, BarRow, BarsLayout, bars_layout
from endorse_desktop.ui.widgets.core_text import ui_code
from endorse_desktop.ui.widgets.text import translator

_tr = translator("VoteBars")


def _in(language: Language, window_text: str, field: str, n: int | None = None) -> str:
    """A bar's words: the window's own (.ts) on an English projector; in Spanish or both, the
    printed documents' catalog entry `field` (a pair is singular/plural of `n`)."""
    if language is Language.EN:
        return window_text
    said = []
    for t in texts(language):
        entry = getattr(t, field)
        said.append((entry[n != 1] if isinstance(entry, tuple) else entry).format(n=n))
    return " / ".join(said)


def _label(label: str, language: Language) -> str:
    """An option's name on its bar: "No endorsement" in the projector's language(s) (in the
    window's own on an English projector); a candidate's name as written."""
    if label != NO_ENDORSEMENT:
        return label
    if language is Language.EN:
        return texts(Language.ES if ui_code() == "es" else Language.EN)[0].no_endorsement
    return " / ".join(t.no_endorsement for t in texts(language))


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
class CountRound:
    """One round of a count, as the bars show it."""

    view: LiveView  # the round's counts in the shape the bars draw
    number: int
    total: int
    reasons: tuple[str, ...]  # who left up to the end of this round, and why
    language: Language = Language.EN  # the projector's; English: the window's

    @property
    def heading(self) -> str:
        number, total = self.number, self.total
        if self.language is not Language.EN:
            return " / ".join(
                t.round_heading.format(n=number)
                if total == 1
                else t.round_of.format(n=number, total=total)
                for t in texts(self.language)
            )
        if total == 1:
            return _tr("Round %1").replace("%1", str(number))
        text = _tr("Round %1 of %2").replace("%1", str(number))
        return text.replace("%2", str(total))


def count_rounds(
    view: LiveView, rounds: Sequence[Mapping[str, Any]], language: Language = Language.EN
) -> list[CountRound]:
    """Each round of a counted result (the §5 JSON's "rounds") as bars: the candidates still in,
    their votes against that round's line, the ballots with no choice left."""
    keys = {option.label: option.key for option in view.options}
    codes = (ui_code(),) if language is Language.EN else language.codes
    # who left after each round and why: in each language, English first
    said = [departure_sentences(rounds, code) for code in codes]
    reasons = [[line for lines in said for line in lines[n]] for n in range(len(rounds))]
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
        shown.append(CountRound(round_view, number, len(rounds), so_far, language))
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


# The rows of the views drawn last. A key's view is drawn by the board and by the wall and
# compared with the next key's, each needing its rows: they are worked out once per view (the
# same object: a view is new whenever a number in it is) and per language they are said in.
_ROWS: dict[tuple[int, int, Language], tuple[LiveView, str, list[BarRow]]] = {}


def bar_rows(
    view: LiveView, count_round: int = 1, language: Language = Language.EN
) -> list[BarRow]:
    said = _tr("not counted")  # the window's language changed: the rows are said anew
    memo = _ROWS.get((id(view), count_round, language))
    if memo is not None and memo[0] is view and memo[1] == said:
        return list(memo[2])
    rows = _bar_rows(view, count_round, language)
    if len(_ROWS) >= MEMO_SIZE:
        _ROWS.clear()
    _ROWS[(id(view), count_round, language)] = (view, said, rows)
    return list(rows)


def _bar_rows(view: LiveView, count_round: int, language: Language) -> list[BarRow]:
    rows = [_row(option, view, language) for option in view.options]
    if view.method.value != "hand_count" or view.blank:
        if view.method.value != "paper_ranked":
            blank_label = _in(language, _tr("Blank or spoiled"), "blank_or_spoiled")
        elif count_round == 1:
            blank_label = _in(language, _tr("Blank or overvoted"), "blank_or_overvoted")
        else:
            blank_label = _in(language, _tr("No choice left"), "no_choice_left")
        key = "" if view.method.value == "paper_ranked" else "0"
        note = _in(language, _tr("not counted"), "not_counted")
        rows.append(BarRow(key, blank_label, str(view.blank), "", note))
    return rows


def _row(option: LiveOption, view: LiveView, language: Language) -> BarRow:
    if option.still_needed is None or view.needed is None:
        note = ""
    elif view.base == 0:
        note = _in(language, _tr("no votes yet"), "no_votes_yet")
    elif option.still_needed == 0:
        if decided(view, option):
            note = _in(language, _tr("✓ reached"), "reached")
        else:
            note = _in(language, _tr("✓ so far"), "so_far")
    else:
        more = _tr("needs %n more", None, option.still_needed)
        note = _in(language, more, "needs_more", option.still_needed)
    label = _label(option.label, language)
    return BarRow(str(option.key), label, str(option.votes), option.percent_text, note)


def scale_of(view: LiveView) -> int:
    top = max((option.votes for option in view.options), default=0)
    return max(view.base or 0, view.needed or 0, top, 1)


def _filled(view: LiveView, index: int, width: float, scale: int) -> tuple[float, str]:
    """How much of row `index`'s track is filled (whole pixels), and in which colour (by name).

    Whole pixels: with thousands of ballots a ballot moves every bar by a fraction of a pixel,
    which nobody can see but would repaint every bar at every key."""
    option = view.options[index] if index < len(view.options) else None
    votes = option.votes if option is not None else view.blank
    filled = float(round(width * min(votes, scale) / scale))
    if option is None:
        return filled, "muted"
    if option.is_no_endorsement:
        return filled, "no_endorsement"
    reached = option.still_needed == 0 and (view.base or 0) > 0 and decided(view, option)
    return filled, "reached" if reached else "bar"


def changed_areas(
    old: LiveView | None,
    new: LiveView,
    area: QRectF,
    font: QFont,
    *,
    show_keys: bool = True,
    count_round: int = 1,
    language: Language = Language.EN,
) -> list[QRectF] | None:
    """The parts of `area` that look different with `new` than with `old` painted there: the
    numbers and notes that changed, the bars whose length or colour changed, the threshold line
    and its label if it moved. None when the rows themselves changed (other options, another
    vote): then everything is repainted."""
    if old is None or old.vote_id != new.vote_id or old.method is not new.method:
        return None
    old_rows = bar_rows(old, count_round, language)
    new_rows = bar_rows(new, count_round, language)
    if [(r.key, r.label) for r in old_rows] != [(r.key, r.label) for r in new_rows]:
        return None
    layout = bars_layout(area, new_rows, font, show_keys=show_keys)
    changed: list[QRectF] = []
    old_scale, new_scale = scale_of(old), scale_of(new)
    for index, (before, after) in enumerate(zip(old_rows, new_rows, strict=True)):
        if (before.votes, before.share) != (after.votes, after.share):
            changed.append(layout.numbers_rect(index))
        if before.note != after.note:
            changed.append(layout.note_rect(index))
        width = layout.bar_width
        was, now = _filled(old, index, width, old_scale), _filled(new, index, width, new_scale)
        if was[1] != now[1]:
            changed.append(layout.track_rect(index))  # another colour: the whole bar
        elif was[0] != now[0]:
            changed.append(layout.fill_edge(index, was[0], now[0]))  # only the end moved
    old_line = _threshold_x(old, layout, old_scale)
    new_line = _threshold_x(new, layout, new_scale)
    if (old_line, old.needed) != (new_line, new.needed):
        metrics = layout.metrics
        # the label's old words are cleared and its new ones written; the line's old place
        # is cleared, its new place drawn
        changed += [
            layout.needed_label(x, _needed_text(view, language), metrics)
            for x, view in ((old_line, old), (new_line, new))
            if x is not None and view.needed
        ]
        if old_line != new_line:
            changed += [layout.threshold_line(x) for x in (old_line, new_line) if x is not None]
    return changed


def _needed_text(view: LiveView, language: Language = Language.EN) -> str:
    return _in(language, _tr("%d needed") % view.needed, "needed_count", view.needed)


def _threshold_x(view: LiveView, layout: BarsLayout, scale: int) -> float | None:
    if not (view.needed and view.base):
        return None
    # on a whole pixel of the track, as the bars' ends are: it moves when the eye can see it
    return layout.bar_left + round(layout.bar_width * min(view.needed, scale) / scale)


def paint_vote_bars(
    painter: QPainter,
    area: QRectF,
    view: LiveView,
    colours: BarColours,
    font: QFont,
    *,
    show_keys: bool = True,
    count_round: int = 1,
    clip: QRegion | None = None,
    language: Language = Language.EN,
) -> None:
    """Fill `area` with one row per option (and blank ballots), bars to a common scale.

    With `clip` (the part of the widget being repainted), only what lies in it is drawn: the
    rest of the screen already shows it (a keystroke repaints its own bar and numbers)."""
    rows = bar_rows(view, count_round, language)
    if not rows:
        return
    metrics = QFontMetrics(font)
    layout = bars_layout(area, rows, font, show_keys=show_keys)
    # which of the five columns (key, label, track, numbers, note) the repaint reaches at all:
    # a key's numbers and notes leave the keys and labels be, row after row
    reached = [True] * 5 if clip is None else [clip.intersects(c) for c in layout.columns]

    def wanted(column: int, inner: QRect) -> bool:
        return reached[column] and (clip is None or clip.intersects(inner))

    visible = QRectF(clip.boundingRect()) if clip is not None else None

    def seen(rect: QRectF) -> QRectF:
        return rect if visible is None else rect.intersected(visible)

    scale = scale_of(view)
    brushes = {
        "muted": colours.muted,
        "no_endorsement": colours.no_endorsement,
        "reached": colours.reached,
        "bar": colours.bar,
    }
    row_rects = layout.row_rects
    painter.save()
    painter.setFont(font)
    for index, (row, cells) in enumerate(zip(rows, layout.cells, strict=True)):
        if clip is not None and not clip.intersects(row_rects[index]):
            continue  # nothing of this row changed: what the screen shows of it stays
        key, label, track, numbers, note = cells
        if show_keys and row.key and wanted(0, key[1]):
            painter.setPen(colours.muted)
            draw_line(painter, key[0], row.key, metrics)
        if wanted(1, label[1]):
            painter.setPen(colours.text)
            width = int(layout.label_width - 8)
            elided = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, width)
            draw_line(painter, label[0], elided, metrics)
        if wanted(2, track[1]):
            filled, colour = _filled(view, index, layout.bar_width, scale)
            bar = track[0].adjusted(0, 0, -(layout.bar_width - filled), 0)
            # filled where the repaint is (a bar's moved end, say), not the whole track: the
            # smoothed edges of a track drawn whole are drawn alike there, the rest is clipped
            painter.fillRect(seen(track[0]), colours.track)
            painter.fillRect(seen(bar), brushes[colour])
            if colour == "no_endorsement":
                painter.fillRect(seen(bar), QBrush(colours.text, Qt.BrushStyle.BDiagPattern))
        if wanted(3, numbers[1]):
            painter.setPen(colours.text)
            draw_line(painter, numbers[0], f"{row.votes}  {row.share}".rstrip(), metrics)
        if wanted(4, note[1]):
            painter.setPen(colours.muted)
            draw_line(painter, note[0], row.note, metrics)
    x = _threshold_x(view, layout, scale)
    if x is not None and view.needed:
        pen = QPen(colours.threshold, max(2.0, layout.line / 10))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        top = layout.area.top()
        # a dashed line is many strokes: drawn only when the repaint reaches it (its ends'
        # caps included), as it is when a key moves it, not when a number beside it changes
        reach = layout.threshold_line(x).adjusted(0, -layout.line, 0, layout.line)
        if clip is None or clip.intersects(reach.toAlignedRect()):
            bottom = top + len(view.options) * layout.row_height
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        if clip is None or clip.intersects(layout.strip_rect().toAlignedRect()):
            painter.setPen(colours.threshold)
            painter.drawText(
                QRectF(
                    x - layout.bar_width, top - layout.strip, 2 * layout.bar_width, layout.strip
                ),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                _needed_text(view, language),
            )
    painter.restore()


def draw_line(painter: QPainter, rect: QRectF, text: str, metrics: QFontMetrics) -> None:
    """One line of `text` from the left edge of `rect`, centred in its height: drawn at its
    baseline, as drawText(rect, AlignVCenter) puts it, without laying the text out in a box
    first (a key redraws a dozen numbers and notes, and the box's layout was half their cost)."""
    if not text:
        return
    baseline = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
    painter.drawText(QPointF(rect.left(), baseline), text)


def rows_height(view: LiveView, font: QFont) -> float:
    return (len(bar_rows(view)) * 2.6 + 1.3) * QFontMetrics(font).height()
