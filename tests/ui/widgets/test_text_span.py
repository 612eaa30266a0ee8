"""Where new words differ from the old on one line: what a repaint must cover, and no less."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from endorse_desktop.ui.widgets.text_span import LineSpans

LINE = QRectF(10, 20, 2000, 40)


def spans(qapp) -> tuple[LineSpans, QFontMetricsF]:  # type: ignore[no-untyped-def]
    font = QFont()
    font.setPixelSize(36)
    metrics = QFontMetricsF(font)
    return LineSpans(metrics), metrics


def test_the_same_words_need_no_repaint(qapp) -> None:
    line, _ = spans(qapp)
    assert line.changed(LINE, "Needed: 7 of 12", "Needed: 7 of 12") is None


def test_a_changed_number_with_the_rest_in_place_covers_the_number_only(qapp) -> None:
    line, metrics = spans(qapp)
    old = "Needed: 5011 of 10020 votes cast (majority)"
    new = "Needed: 5011 of 10021 votes cast (majority)"
    span = line.changed(LINE, old, new)
    assert span is not None
    digit = metrics.horizontalAdvance("Needed: 5011 of 1002")  # where the changed digit is
    assert span.left() < LINE.left() + digit < span.right()
    assert span.width() < metrics.horizontalAdvance(new) / 3
    assert (span.top(), span.height()) == (LINE.top(), LINE.height())


def test_a_longer_number_moves_what_follows_so_the_span_runs_to_the_end(qapp) -> None:
    line, metrics = spans(qapp)
    old = "Needed: 500 of 999 votes cast (majority)"
    new = "Needed: 501 of 1000 votes cast (majority)"
    span = line.changed(LINE, old, new)
    assert span is not None
    assert span.right() >= LINE.left() + metrics.horizontalAdvance(new)
    assert span.left() > LINE.left()  # "Needed: 50" stays as it was


def test_words_that_may_wrap_or_read_right_to_left_repaint_the_whole_line(qapp) -> None:
    line, _ = spans(qapp)
    narrow = QRectF(0, 0, 120, 40)
    assert line.changed(narrow, "Needed: 5011 of 10020", "Needed: 5011 of 10021") == narrow
    hebrew = "נדרש: 5011 מתוך 10020"
    assert line.changed(LINE, hebrew, hebrew.replace("10020", "10021")) == LINE
    assert line.changed(LINE, "one\nline 1", "one\nline 2") == LINE


def test_a_line_that_does_not_wrap_is_repainted_where_it_runs_on(qapp) -> None:
    """A warning longer than the wall is wide runs past the edge: its digits are found there."""
    line, metrics = spans(qapp)
    old = "⚠ Over-vote: 10070 ballots but only 4375 members can vote"
    new = "⚠ Over-vote: 10071 ballots but only 4375 members can vote"
    narrow = QRectF(0, 0, metrics.horizontalAdvance("⚠ Over-vote: 100"), 40)
    span = line.changed(narrow, old, new, wraps=False)
    assert span is not None
    assert span.right() > narrow.right()  # the changed digit is past the edge
    assert span.width() < metrics.horizontalAdvance(new) / 3
