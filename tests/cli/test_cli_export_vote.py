"""`export vote`: a stored vote's record, written so that `count` recounts it."""

from __future__ import annotations

import json
from pathlib import Path

from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.stored import load_vote


def test_export_vote_then_count_gives_the_stored_result(cli, demo_path: Path, tmp_path) -> None:
    with Store.open(demo_path, readonly=True) as store:
        votes = {
            vote_id: load_vote(store, vote_id) for vote_id in store.column("SELECT id FROM votes")
        }
    assert votes
    for vote_id, vote in votes.items():
        out = tmp_path / f"vote-{vote_id}.json"
        exported = cli(
            "export", "vote", "--db", str(demo_path), "--vote", str(vote_id), "-o", str(out)
        )
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout.strip() == str(out)
        counted = cli("count", str(out))
        assert counted.returncode == 0, counted.stderr
        assert json.loads(counted.stdout) == vote.rounds[-1].result


def test_export_vote_needs_a_vote_that_exists(cli, demo_path: Path, tmp_path) -> None:
    out = tmp_path / "vote.json"
    missing = cli("export", "vote", "--db", str(demo_path), "-o", str(out))
    assert missing.returncode == 1 and "--vote" in missing.stderr
    unknown = cli("export", "vote", "--db", str(demo_path), "--vote", "999", "-o", str(out))
    assert unknown.returncode == 1 and "no vote 999" in unknown.stderr
    assert not out.exists()
