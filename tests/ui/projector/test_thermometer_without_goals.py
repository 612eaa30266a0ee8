"""Before the group sets goals, the thermometer still shows what members pledged (issue 12 #9)."""

from __future__ import annotations

from pathlib import Path

from endorse_desktop.core.commitments.pledges import delete_goal, list_goals
from endorse_desktop.core.store import Store
from endorse_desktop.ui.projector.thermometer_slide import ThermometerSlide
from endorse_desktop.ui.shell.session import Session


def test_pledges_without_goals_are_shown_as_totals(qtbot, demo_path: Path) -> None:
    store = Store.open(demo_path)
    endorsement_id = store.scalar(
        "SELECT endorsement_id FROM pledges GROUP BY endorsement_id ORDER BY count(*) DESC"
    )
    canvassing = store.scalar(
        "SELECT coalesce(sum(p.quantity), 0) FROM pledges p JOIN activities a "
        "ON a.id = p.activity_id WHERE p.endorsement_id = ? AND a.name = ? AND p.unit = 'shifts'"
        " AND p.status IN ('pledged', 'confirmed', 'done')",
        (endorsement_id, "Canvassing (door knocking)"),
    )
    assert canvassing > 0
    for goal in list_goals(store, endorsement_id):
        assert goal.id is not None
        delete_goal(store, goal.id)
    slide = ThermometerSlide(Session(store))
    qtbot.addWidget(slide)
    slide.present(endorsement_id=endorsement_id)
    texts = slide.texts()
    assert "Pledged so far (no goals set yet):" in texts
    assert f"Canvassing (door knocking): {canvassing} shifts" in texts
    slide.resize(1920, 1080)
    assert not slide.grab().isNull()
