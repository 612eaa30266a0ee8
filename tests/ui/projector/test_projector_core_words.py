"""Issue 15: on a Spanish or bilingual projector the words the core supplies are in those
languages too: the bars' labels and notes, "Needed", quorum, the round headings and the result
sentence; on an English projector they are as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from endorse_desktop.core.document_text import Language
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import Method, load_vote, vote_ids
from endorse_desktop.ui.meeting.vote_bars import bar_rows
from endorse_desktop.ui.meeting.vote_lines import status_lines
from endorse_desktop.ui.projector import ProjectorWindow
from endorse_desktop.ui.shell.session import Session
from tests.voting_setup import new_meeting, race_id, rule


@pytest.fixture
def session(demo_path: Path):
    return Session(Store.open(demo_path))


def counting_vote(store: Store) -> int:
    """A choose-one vote on Mayor with a few ballots in and a quorum the room has."""
    meeting_id = new_meeting(store, 20)
    vote = voting.create_vote(
        store, meeting_id, race_id(store, "Mayor"), Method.PAPER_CHOOSE_ONE, rule()
    )
    desk = BallotDesk(store, vote.id)
    no_endorsement = next(o.key for o in vote.options if o.label == "No endorsement")
    for key in (1, 1, 2, no_endorsement, 0):
        desk.record_key(key)
    return vote.id


def test_spanish_projector_bars_and_lines_are_spanish(qtbot, session) -> None:
    projector = ProjectorWindow(session)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    slide = projector.show_slide("vote", vote_id=counting_vote(session.store))
    view = slide.view  # type: ignore[attr-defined]

    projector.set_language(Language.ES)
    lines = [text for text, _ in status_lines(view, Language.ES)]
    assert lines == [
        "Se necesitan: 3 de 4 votos emitidos (dos tercios de los votos emitidos)",
        "Quórum 15: alcanzado ✓ (20 presentes)",
    ]
    rows = bar_rows(view, 1, Language.ES)
    labels = [row.label for row in rows]
    assert "Sin respaldo" in labels and "No endorsement" not in labels
    assert labels[-1] == "En blanco o anuladas"
    assert rows[0].note == "falta 1" and rows[-1].note == "no se cuenta"
    assert not projector.grab().isNull()  # painted in Spanish without trouble

    both = [text for text, _ in status_lines(view, Language.BOTH)]
    assert both[0].startswith("Needed: 3 of 4 votes cast") and both[1].startswith("Se necesitan")
    assert bar_rows(view, 1, Language.BOTH)[0].note == "needs 1 more / falta 1"

    english = [text for text, _ in status_lines(view)]
    assert english[0] == "Needed: 3 of 4 votes cast (two-thirds of votes cast)"
    assert "No endorsement" in [row.label for row in bar_rows(view)]


def test_the_result_slide_says_its_sentence_in_the_projector_language(qtbot, session) -> None:
    store = session.store
    mayor = next(
        v for v in vote_ids(store) if load_vote(store, v).race_id == race_id(store, "Mayor")
    )
    projector = ProjectorWindow(session)
    qtbot.addWidget(projector)
    slide = projector.show_slide("result", vote_id=mayor)
    english = slide.text.sentence  # type: ignore[attr-defined]
    assert english.startswith("Ana Núñez is endorsed in round 2")

    projector.set_language(Language.ES)
    text = slide.text  # type: ignore[attr-defined]
    assert text.sentence.startswith("Ana Núñez recibe el respaldo en la ronda 2: 21 de 29")
    assert text.counts[0].startswith("Ronda 1: Ana Núñez 17")
    assert "Carmen Diaz-Whitfield sale de la papeleta tras la ronda 1" in " ".join(text.counts)
    assert "«Sin respaldo» 1" in " ".join(text.counts)

    projector.set_language(Language.BOTH)
    both = slide.text.sentence.split("\n")  # type: ignore[attr-defined]
    assert both == [english, text.sentence]
