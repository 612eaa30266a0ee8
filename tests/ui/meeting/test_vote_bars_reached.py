""" "✓ reached" only when the ballots still to come cannot change it (issue 12 #6)."""

from __future__ import annotations

from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.lifecycle import create_vote
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.ui.meeting.vote_bars import bar_rows


def test_a_lead_is_said_so_far_until_the_rest_cannot_overturn_it(demo_store) -> None:
    meeting_id, race_id = demo_store.row("SELECT meeting_id, race_id FROM votes WHERE id = 2")
    vote = create_vote(demo_store, meeting_id, race_id, Method.PAPER_RANKED)
    marcus = next(o for o in vote.options if o.key == 1)
    desk = BallotDesk(demo_store, vote.id)
    can_vote = desk.view().can_vote
    assert can_vote is not None and can_vote > 25

    def note() -> str:
        return next(r.note for r in bar_rows(desk.view()) if r.label == marcus.label)

    for _ in range(10):
        desk.record_ranked(((marcus.id,),))
    assert note() == "✓ so far"  # 10 of 10, but many more can still vote
    while desk.view().ballots < can_vote - 2:
        desk.record_ranked(((marcus.id,),))
    assert note() == "✓ reached"  # two more ballots against cannot take it below the line
