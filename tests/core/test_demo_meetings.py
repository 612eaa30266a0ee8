"""The sample group's meetings and votes (small), and the benchmark scale of SPEC §7 (large)."""

from __future__ import annotations

from pathlib import Path

from conftest import SAMPLE

from endorse_desktop.core.check import check_database
from endorse_desktop.core.demo import build_demo
from endorse_desktop.core.endorsements import list_endorsements
from endorse_desktop.core.meetings import attendance, list_meetings
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.stored import Method, load_vote


def test_the_small_sample_has_a_past_meeting_with_three_kinds_of_vote(demo_store) -> None:
    (meeting,) = list_meetings(demo_store)
    assert meeting.id is not None and meeting.held_on == SAMPLE.meeting_day.isoformat()
    assert attendance(demo_store, meeting.id).present == 31
    mayor, council, state_house = (load_vote(demo_store, n) for n in (1, 2, 3))

    assert mayor.method is Method.PAPER_CHOOSE_ONE and mayor.policy.value == "drop_last"
    assert [r.number for r in mayor.rounds] == [1, 2] and all(r.is_final for r in mayor.rounds)
    assert mayor.rounds[0].result["outcome"] == "no_decision"
    assert mayor.rounds[0].result["rounds"][0]["eliminated"] == ["Carmen Diaz-Whitfield"]
    assert (mayor.outcome, mayor.label_of(mayor.winner_option_id)) == ("endorsed", "Ana Núñez")
    ballots = demo_store.scalar(
        "SELECT count(*) FROM ballot_events e JOIN rounds r ON r.id = e.round_id "
        "WHERE r.vote_id = 1 AND e.kind = 'ballot'"
    )
    assert ballots == 30 + 30 + 1  # every ballot of both rounds, plus one read wrongly
    assert mayor.rounds[0].recused == 1

    assert council.method is Method.PAPER_RANKED
    assert len(council.rounds[0].result["rounds"]) == 3
    assert council.label_of(council.winner_option_id) == "Marcus Okafor"

    assert state_house.method is Method.HAND_COUNT and state_house.outcome == "no_endorsement"

    made = {(e.vote_id, e.status) for e in list_endorsements(demo_store)}
    assert made == {(1, "active"), (2, "conditional")}
    assert check_database(demo_store) == []


def test_the_large_sample_counts_true(tmp_path: Path) -> None:
    # How long it takes to build is a benchmark figure (python -m tests.benchmarks), not a test.
    path = tmp_path / "large.sqlite3"
    summary = build_demo(path, size="large")
    assert "40 meetings, 60 votes, 100,000 ballot events" in summary
    with Store.open(path, readonly=True) as store:
        assert store.scalar("SELECT count(*) FROM ballot_events") == 100_000
        assert store.scalar("SELECT count(*) FROM votes WHERE status = 'closed'") == 60
        outcomes = set(store.column("SELECT DISTINCT outcome FROM votes"))
        assert {"endorsed", "no_endorsement", "no_decision"} <= outcomes
        # The latest meeting is the endorsement night: a vote per race, the 20-vote minutes
        # of SPEC P-4.
        latest = list_meetings(store)[0]
        assert store.scalar("SELECT count(*) FROM votes WHERE meeting_id = ?", (latest.id,)) == 20
        assert check_database(store) == []
