"""SPEC §8: killing the app while ballots are being entered loses no acknowledged ballot.

A child process records ballots through the same service the tally screen uses (`BallotDesk`,
one durable transaction per key) and prints each ballot's id once the call returns, which is when
the screen would show it. The parent kills it with SIGKILL at random moments, reopens the file,
and checks that every acknowledged ballot is there, that nothing half-written is, and that the
round still replays and finalizes to a clean `check`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import REPO

from endorse_desktop.core import voting
from endorse_desktop.core.check import check_database
from endorse_desktop.core.meetings import Meeting, add_meeting
from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race
from endorse_desktop.core.settings import GroupSettings, save_settings
from endorse_desktop.core.store import Store
from endorse_desktop.core.stored_votes import Method, Vote, load_vote, round_tally

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = """
import random, sys
from endorse_desktop.core.ballot_entry import BallotDesk
from endorse_desktop.core.store import Store

store = Store.open(sys.argv[1])
desk = BallotDesk(store, int(sys.argv[2]))
rng = random.Random(int(sys.argv[3]))
print("ready", flush=True)
while True:
    if rng.random() < 0.1 and desk.tally.last_ballot() is not None:
        taken = desk.take_back_last()
        print(f"undo {taken.id}", flush=True)
    else:
        print(f"ballot {desk.record_key(rng.randrange(5))}", flush=True)
"""
KILLS = 6


def run_and_kill(path: Path, vote_id: int, seed: int, rng: random.Random) -> list[str]:
    """Start a recorder, let it run a random while, SIGKILL it; return the lines it printed."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(vote_id), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.endswith("\n"):  # a line cut off by the kill was never acknowledged
                lines.append(line.strip())
            if line.startswith("ready"):
                ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    assert ready.wait(30), "the recorder did not start"
    time.sleep(rng.uniform(0.02, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    return [line for line in lines if line != "ready"]


def a_vote_in_a_big_hall(path: Path) -> Vote:
    """A group with no roster and a head count of a million: room for every ballot typed."""
    with Store.open(path) as store:
        save_settings(store, GroupSettings(name="Crash Test Chapter"))
        race = add_race(store, Race("Mayor"))
        assert race.id is not None
        for name in ("Ana Núñez", "Bob Lee", "Cy Young"):
            add_candidate(store, Candidate(race.id, name))
        meeting = add_meeting(store, Meeting("2026-05-02", head_count=1_000_000))
        assert meeting.id is not None
        return voting.create_vote(store, meeting.id, race.id, Method.PAPER_CHOOSE_ONE)


def test_sigkill_while_recording_loses_no_acknowledged_ballot(db_path: Path) -> None:
    vote = a_vote_in_a_big_hall(db_path)
    round_id = vote.current_round.id
    rng = random.Random(2026)
    acknowledged: set[int] = set()
    taken_back: set[int] = set()
    for seed in range(KILLS):
        for line in run_and_kill(db_path, vote.id, seed, rng):
            kind, number = line.split()
            (acknowledged if kind == "ballot" else taken_back).add(int(number))
        with Store.open(db_path) as store:
            assert store.column("PRAGMA integrity_check") == ["ok"]
            stored = set(
                store.column(
                    "SELECT id FROM ballot_events WHERE round_id = ? AND kind = 'ballot'",
                    (round_id,),
                )
            )
            assert acknowledged <= stored
            undone = set(store.column("SELECT undoes FROM ballot_events WHERE kind = 'undo'"))
            assert taken_back <= undone
            # At most the one ballot whose id was being printed when the kill came is unknown.
            assert len(stored - acknowledged) <= seed + 1
            round_tally(store, load_vote(store, vote.id), load_vote(store, vote.id).rounds[0])
    assert len(acknowledged) > 20, "the recorder hardly ran: the test proves nothing"
    with Store.open(db_path) as store:
        done = voting.finalize_round(store, vote.id, backup=False)
        assert (
            sum(done.result.rounds[0].counts.values()) + done.result.rounds[0].exhausted
            <= len(acknowledged) + KILLS
        )
        assert check_database(store) == []
