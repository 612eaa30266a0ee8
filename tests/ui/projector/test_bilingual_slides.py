"""Issue 15: the projector in English, Spanish or both. Bilingual, the race and the question show
in both languages, each line at full projector size (never below the 28 px minimum)."""

from __future__ import annotations

from pathlib import Path

import pytest

from endorse_desktop.core.document_text import Language
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.stored import load_vote, vote_ids
from endorse_desktop.ui.projector import ProjectorWindow
from endorse_desktop.ui.projector.slide import MIN_BODY_PX, projector_font
from endorse_desktop.ui.projector.thermometer_slide import ThermometerSlide
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session


@pytest.fixture
def session(demo_path: Path):
    store = Store.open(demo_path)
    store.execute("UPDATE races SET office_es = 'Alcaldía' WHERE office = 'Mayor'")
    return Session(store)


def mayor_vote(store: Store) -> int:
    for vote_id in vote_ids(store):
        vote = load_vote(store, vote_id)
        if store.scalar("SELECT office FROM races WHERE id = ?", (vote.race_id,)) == "Mayor":
            return vote_id
    raise AssertionError("the sample has a vote on Mayor")


@pytest.mark.parametrize("size", [(1920, 1080), (800, 450)])
def test_a_bilingual_vote_slide_shows_both_languages_at_full_size(qtbot, session, size) -> None:
    projector = ProjectorWindow(session)
    qtbot.addWidget(projector)
    projector.resize(*size)
    slide = projector.show_slide("vote", vote_id=mayor_vote(session.store))
    view = slide.view  # type: ignore[attr-defined]
    english = slide.heading_lines(view)  # type: ignore[attr-defined]
    assert [text for text, _, _ in english] == [view.race_title, view.question]

    projector.set_language(Language.BOTH)
    lines = slide.heading_lines(view)  # type: ignore[attr-defined]
    texts = [text for text, _, _ in lines]
    spanish_title = view.race_title.replace("Mayor", "Alcaldía")  # the district as it is
    assert texts[0] == f"{view.race_title} / {spanish_title}"
    assert view.question in texts
    assert f"¿A quién debe respaldar el grupo para {spanish_title}?" in texts
    height = slide.height()
    for _, scale, bold in lines:
        assert projector_font(height, scale, bold).pixelSize() >= MIN_BODY_PX
    assert not projector.grab().isNull()

    counted = slide.counted_text(view)  # type: ignore[attr-defined]
    assert "ballots counted" in counted and "papeletas contadas" in counted

    projector.set_language(Language.ES)
    texts = [text for text, _, _ in slide.heading_lines(view)]  # type: ignore[attr-defined]
    assert texts == [spanish_title, f"¿A quién debe respaldar el grupo para {spanish_title}?"]


def test_the_thermometer_names_activities_in_both_languages(qtbot, session) -> None:
    endorsement_id = session.store.scalar("SELECT endorsement_id FROM goals LIMIT 1")
    slide = ThermometerSlide(session)
    qtbot.addWidget(slide)
    slide.language = Language.BOTH
    slide.present(endorsement_id=endorsement_id)
    texts = slide.texts()
    assert slide.goals
    for goal in slide.goals:
        name_es = session.store.scalar(
            "SELECT name_es FROM activities WHERE id = ?", (goal.goal.activity_id,)
        )
        assert name_es  # the catalog's activities come with their Spanish
        assert f"{goal.activity_name} / {name_es}" in texts


def test_view_menu_chooses_the_projector_language(qtbot, session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    both = next(
        a for a in window.projector_language_menu.actions() if a.data() == Language.BOTH.value
    )
    both.trigger()
    projector = window.projector_control.ensure_projector()
    assert projector.language is Language.BOTH
    assert projector.slide("vote").language is Language.BOTH
    window.close()
