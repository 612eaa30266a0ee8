"""The projector never cuts a line's name short (issue 12, item 9: "Blank or overvoted at 1st r…"),
on a small projector or a big one, in any round of a ranked count."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtGui import QFontMetrics

from endorse_desktop.core.store import Store
from endorse_desktop.ui.meeting import vote_bars
from endorse_desktop.ui.projector.vote_slide import VoteSlide
from endorse_desktop.ui.shell.session import Session


class _Watching(QFontMetrics):
    drawn: ClassVar[list[tuple[str, str]]] = []

    def elidedText(self, text, mode, width, flags=0):  # type: ignore[override]
        shown = super().elidedText(text, mode, width, flags)
        _Watching.drawn.append((text, shown))
        return shown


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)])
def test_every_line_name_is_drawn_whole(qtbot, demo_path: Path, monkeypatch, size) -> None:
    monkeypatch.setattr(vote_bars, "QFontMetrics", _Watching)
    store = Store.open(demo_path)
    ranked = store.scalar("SELECT id FROM votes WHERE method = 'paper_ranked' ORDER BY id")
    slide = VoteSlide(Session(store))
    qtbot.addWidget(slide)
    slide.resize(*size)
    slide.present(vote_id=ranked)
    rounds = slide.final_count_round(slide.view).total
    _Watching.drawn.clear()
    for number in range(1, rounds + 1):
        slide.follow_count_round(ranked, number)
        slide.grab()
    labels = {text for text, _ in _Watching.drawn}
    assert "Blank or overvoted" in labels  # round 1 was drawn
    cut = [(text, shown) for text, shown in _Watching.drawn if shown != text]
    assert not cut, cut
