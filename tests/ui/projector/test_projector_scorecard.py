"""The scorecard on the projector: presented with F5, stepped with the arrow keys, legible."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from endorse_desktop.core.members import list_members
from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race
from endorse_desktop.core.ratings import Rating, set_rating
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import Value, add_value
from endorse_desktop.ui.projector.scorecard_slide import ScorecardSlide, plan_layout
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session

REPO = Path(__file__).resolve().parents[3]


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(Session(Store.open(path)))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def sample_window(qtbot, demo_path: Path):
    window = open_window(qtbot, demo_path)
    yield window
    window.close()


@pytest.fixture
def crowded_path(db_path: Path) -> Path:
    """A race of 6 candidates against 20 values (SPEC §7 scale), all rated."""
    from endorse_desktop.core.settings import GroupSettings, save_settings

    with Store.open(db_path) as store:
        save_settings(store, GroupSettings(name="Crowded Chapter", cycle="2026 General"))
        values = [
            add_value(store, Value(f"Value number {n}", weight=1 + n % 5, dealbreaker=n == 3))
            for n in range(1, 21)
        ]
        race = add_race(store, Race("County Board", "Seat 7", "2026-11-03", "general"))
        for c in range(6):
            candidate = add_candidate(store, Candidate(race.id, f"Candidate {c + 1}"))
            for n, value in enumerate(values):
                level = None if (n + c) % 7 == 0 else (n * (c + 1)) % 5
                set_rating(store, Rating(candidate.id, value.id, level))
    return db_path


def present(qtbot, window: MainWindow) -> ScorecardSlide:
    tab = window.show_tab("scorecards")
    tab.grid.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.projector
    assert projector.isVisible()
    slide = projector.current_slide
    assert isinstance(slide, ScorecardSlide)
    return slide


def test_f5_presents_the_race_and_arrow_keys_step_through_it(qtbot, sample_window) -> None:
    slide = present(qtbot, sample_window)
    projector = sample_window.projector
    assert slide.card.race.title == "Mayor — City of Riverton"
    assert (slide.focused_candidate(), slide.focused_value()) == ("Ana Núñez", "Affordable housing")

    qtbot.keyClick(projector, Qt.Key.Key_Right)
    assert slide.focused_candidate() == "Bob Lee"
    qtbot.keyClick(projector, Qt.Key.Key_Down)
    qtbot.keyClick(projector, Qt.Key.Key_Down)
    assert slide.focused_value() == "Workers' rights"
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    qtbot.keyClick(projector, Qt.Key.Key_Right)  # stays on the last candidate
    assert slide.focused_candidate() == "Carmen Diaz-Whitfield"
    qtbot.keyClick(projector, Qt.Key.Key_Up)
    assert slide.focused_value() == "Climate action"
    assert "Carmen Diaz-Whitfield" in slide.caption() and "Climate action" in slide.caption()
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    assert slide.focused_candidate() == "Bob Lee"

    # The facilitator's window steps the projector too (View ▸ Projector Next / Previous).
    qtbot.keyClick(sample_window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert slide.focused_candidate() == "Carmen Diaz-Whitfield"


def test_the_slide_follows_a_rating_made_in_the_tab(qtbot, sample_window) -> None:
    slide = present(qtbot, sample_window)
    tab = sample_window.tab_widget("scorecards")
    tab.grid.setCurrentIndex(tab.grid_model.index(2, 0))
    qtbot.keyClick(tab.grid, Qt.Key.Key_4)
    assert slide.card.rating(slide.card.candidates[0], slide.card.values[2]).rating == 4
    assert (slide.focused_candidate(), slide.focused_value()) == ("Ana Núñez", "Workers' rights")


def record_painting(monkeypatch) -> tuple[list[int], list[str]]:
    """Every font size and every string the slide paints."""
    sizes: list[int] = []
    texts: list[str] = []
    set_font, draw_text = QPainter.setFont, QPainter.drawText

    def remember_font(painter, font):
        sizes.append(font.pixelSize())
        set_font(painter, font)

    def remember_text(painter, *args):
        texts.extend(arg for arg in args if isinstance(arg, str))
        draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "setFont", remember_font)
    monkeypatch.setattr(QPainter, "drawText", remember_text)
    return sizes, texts


def test_legible_at_1920_by_1080_and_no_member_data(qtbot, sample_window, monkeypatch) -> None:
    slide = present(qtbot, sample_window)
    projector = sample_window.projector
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: slide.width() == 1920)
    sizes, texts = record_painting(monkeypatch)
    image = projector.grab()
    assert (image.width(), image.height()) == (1920, 1080)
    assert sizes and min(sizes) >= 28
    painted = "\n".join(texts)
    for label in ("Mixed", "✖ Opposes", "Strong", "Unknown", "63%", "7 of 8 rated", "×5"):
        assert label in painted
    for member in list_members(sample_window.session.store):
        for private in (member.email, member.phone, f"{member.first_name} {member.last_name}"):
            assert not private or private not in painted
    if os.environ.get("ENDORSE_SCREENSHOTS"):
        image.save(str(Path(os.environ["ENDORSE_SCREENSHOTS"]) / "projector-scorecard.png"))


def test_six_candidates_by_twenty_values_page_the_values(qtbot, crowded_path, monkeypatch):
    window = open_window(qtbot, crowded_path)
    slide = present(qtbot, window)
    projector = window.projector
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: slide.width() == 1920)
    layout = slide.layout_for_size()
    assert layout.columns_per_page == 6  # every candidate side by side
    assert layout.rows_per_page == 10  # 20 values in two even pages
    candidates, values = slide.visible_ranges()
    assert (candidates, values) == (range(6), range(10))

    sizes, texts = record_painting(monkeypatch)
    projector.grab()
    assert min(sizes) >= 28
    assert "Values 1–10 of 20" in texts
    for _ in range(10):
        qtbot.keyClick(projector, Qt.Key.Key_Down)
    assert slide.focused_value() == "Value number 11"
    assert slide.visible_ranges()[1] == range(10, 20)
    texts.clear()
    projector.grab()
    assert "Values 11–20 of 20" in texts and "Value number 20" in "".join(texts)
    qtbot.keyClick(projector, Qt.Key.Key_End)
    assert slide.focused_candidate() == "Candidate 6"
    window.close()


def test_a_small_window_pages_candidates_instead_of_shrinking_text() -> None:
    layout = plan_layout(1280, 720, values=20, candidates=6, body=28)
    assert layout.columns_per_page < 6
    assert layout.column_width >= 210
    assert layout.rows_per_page >= 4


def test_smoke_params_name_the_first_race(sample_window) -> None:
    params = ScorecardSlide.smoke_params(sample_window.session)
    assert params is not None and params["race_id"] > 0


def test_nothing_to_present_without_races(qtbot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    assert ScorecardSlide.smoke_params(window.session) is None
    slide = window.ensure_projector().show_slide("scorecard", race_id=None)
    assert slide.focused_candidate() is None
    assert not slide.step(Qt.Key.Key_Right)
    assert not window.projector.grab().isNull()
    window.close()
