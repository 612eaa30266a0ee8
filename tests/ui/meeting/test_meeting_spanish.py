"""Issue 15: with the window in Spanish, the words the core writes for the meeting tab (the rule,
the result sentence, a refusal, the live count's lines) are Spanish too; in English, unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from endorse_desktop.core import meetings
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.stored import Method, load_vote, vote_ids
from endorse_desktop.ui.meeting.vote_lines import status_lines
from tests.language import ui_language
from tests.voting_setup import new_meeting, race_id, rule

pytestmark = pytest.mark.usefixtures("no_modal_boxes")  # tests/conftest.py


def sample_mayor_vote(window) -> int:
    """The sample's finalized choose-one vote on Mayor (decided in round 2)."""
    store = window.session.store
    for vote_id in vote_ids(store):
        if load_vote(store, vote_id).race_id == race_id(store, "Mayor"):
            return vote_id
    raise AssertionError("the sample group votes on Mayor")


def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The refusals the tab shows in message boxes, answering Yes to its questions."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def close_an_uncounted_vote(window, tab) -> None:
    """Set up a new vote, count nothing, and ask to close it (Close Vote refuses)."""
    store = window.session.store
    meeting_id = new_meeting(store, 0)
    meetings.set_head_count(store, meeting_id, 40)
    vote = voting.create_vote(
        store, meeting_id, race_id(store, "Mayor"), Method.PAPER_CHOOSE_ONE, rule()
    )
    tab.select_vote(vote.id)
    tab.action_table["close_vote"].trigger()


def test_the_meeting_tab_speaks_spanish_rule_result_and_refusal(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusals = warnings_shown(monkeypatch)
    with ui_language("es"):
        tab = window.show_tab("meeting")
        tab.select_vote(sample_mayor_vote(window))
        header, result = tab.vote_header.text(), tab.result_label.text()
        assert "Al menos dos tercios de los votos emitidos; quórum de 15" in header
        assert "Ana Núñez recibe el respaldo en la ronda 2: 21 de 29 votos" in result
        assert "dos tercios de los votos emitidos" in result
        for english in ("votes cast", "is endorsed", "quorum 15"):
            assert english not in header + result

        # a vote with nothing counted cannot be closed: the refusal is Spanish
        close_an_uncounted_vote(window, tab)
        assert refusals == ["todavía no se contó nada: elimine la votación en lugar de cerrarla"]

        # the live count's line under the board
        lines = [text for text, _ in status_lines(tab._desk.view())]
        assert lines[0] == (
            "Se necesita: dos tercios de los votos emitidos — todavía no hay votos contados"
        )
        assert "Se necesita: dos tercios de los votos emitidos" in tab.status_line.text()


def test_in_english_the_meeting_tab_is_unchanged(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusals = warnings_shown(monkeypatch)
    tab = window.show_tab("meeting")
    tab.select_vote(sample_mayor_vote(window))
    assert "At least two-thirds of votes cast; quorum 15" in tab.vote_header.text()
    assert "Ana Núñez is endorsed in round 2: 21 of 29 votes, needed 20" in (
        tab.result_label.text()
    )
    close_an_uncounted_vote(window, tab)
    assert refusals == ["nothing was counted yet: delete the vote instead of closing it"]
