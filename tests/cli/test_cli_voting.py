"""The voting commands as a user's shell runs them: count, check, export ballots/summary/csv."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from conftest import SAMPLE
from pypdf import PdfReader

from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.record import vote_record_to_json
from endorse_desktop.core.voting.stored import load_vote, vote_record
from tests.pdf_text import pdf_pages_text, pdf_text

SPEC_EXAMPLE = {
    "options": ["Ana Núñez", "Bob Lee", "No endorsement"],
    "method": "choose_one",
    "policy": "drop_last",
    "threshold": "two_thirds",
    "base": "votes_cast",
    "present": 31,
    "eligible": 48,
    "recused": 1,
    "quorum": 12,
    "rounds": [{"counts": {"Ana Núñez": 20, "Bob Lee": 8, "No endorsement": 2}, "abstain": 0}],
}


def test_count_prints_the_result_json(cli, tmp_path: Path) -> None:
    record = tmp_path / "vote.json"
    record.write_text(json.dumps(SPEC_EXAMPLE, ensure_ascii=False), encoding="utf-8")
    result = cli("count", str(record))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "outcome": "endorsed",
        "winner": "Ana Núñez",
        "rounds": [
            {
                "counts": {"Ana Núñez": 20, "Bob Lee": 8, "No endorsement": 2},
                "base": 30,
                "needed": 20,
                "exhausted": 0,
                "eliminated": [],
                "tied_for_last": [],
            }
        ],
    }


def test_count_refuses_bad_input_with_one_line_and_exit_2(cli, tmp_path: Path) -> None:
    cases = {
        "not-json.json": "{ this is not json",
        "unknown-option.json": json.dumps(
            {**SPEC_EXAMPLE, "rounds": [{"counts": {"Ana Nunez": 3, "Bob Lee": 1}}]}
        ),
        "over-vote.json": json.dumps(
            {
                **SPEC_EXAMPLE,
                "rounds": [{"counts": {"Ana Núñez": 40, "Bob Lee": 1, "No endorsement": 0}}],
            }
        ),
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = cli("count", str(path))
        assert result.returncode == 2, name
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, name
    missing = cli("count", str(tmp_path / "nowhere.json"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_count_reproduces_every_stored_vote_of_the_sample_group(
    cli, demo_path: Path, tmp_path: Path
) -> None:
    with Store.open(demo_path, readonly=True) as store:
        for vote_id in store.column("SELECT id FROM votes"):
            vote = load_vote(store, vote_id)
            path = tmp_path / f"vote-{vote_id}.json"
            path.write_text(
                json.dumps(vote_record_to_json(vote_record(store, vote))), encoding="utf-8"
            )
            result = cli("count", str(path))
            assert result.returncode == 0, result.stderr
            assert json.loads(result.stdout) == vote.rounds[-1].result


def test_check_passes_then_fails_naming_the_vote_after_tampering(cli, demo_path: Path) -> None:
    clean = cli("check", "--db", str(demo_path))
    assert clean.returncode == 0, clean.stderr
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute(
            "UPDATE round_totals SET votes = votes + 1 WHERE round_id = "
            "(SELECT id FROM rounds WHERE vote_id = 1 AND number = 2) AND option_id = "
            "(SELECT id FROM vote_options WHERE vote_id = 1 AND label = 'Ana Núñez')"
        )
    conn.close()
    tampered = cli("check", "--db", str(demo_path))
    assert tampered.returncode == 1
    assert "problem: vote 1 round 2: Ana Núñez recorded 22, recount 21" in tampered.stderr


def test_check_notices_a_changed_announced_result(cli, demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute(
            "UPDATE rounds SET result_json = replace(result_json, '\"needed\": 20', "
            "'\"needed\": 19') WHERE vote_id = 1 AND number = 1"
        )
    conn.close()
    tampered = cli("check", "--db", str(demo_path))
    assert tampered.returncode == 1
    assert "vote 1 round 1: needed recorded 19, recount 20" in tampered.stderr


def test_export_ballots_40_copies_4_per_page(cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ballots.pdf"
    result = cli(
        "export",
        "ballots",
        "--db",
        str(demo_path),
        "--race",
        "Mayor",
        "--copies",
        "40",
        "--per-page",
        "4",
        "--serial-numbers",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    pages = pdf_pages_text(out)
    assert len(pages) == 10
    for page in pages:
        for name in ("Ana Núñez", "Bob Lee", "Carmen Diaz-Whitfield", "No endorsement"):
            assert page.count(name) == 4, (name, page)
        assert "Mayor" in page
    assert "0001 / 0040" in pages[0] and "0040 / 0040" in pages[-1]


def test_export_ranked_ballots_and_default_copies(cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ranked.pdf"
    result = cli(
        "export",
        "ballots",
        "--db",
        str(demo_path),
        "--race",
        "City Council",
        "--ranked",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    # The sample meeting had 31 present: 31 + 10 % rounded up = 35 ballots, one to a page.
    assert len(PdfReader(str(out)).pages) == 35
    text = pdf_text(out)
    assert "Rank the choices" in text and "Marcus Okafor" in text and "No endorsement" in text
    wrong = cli("export", "ballots", "--db", str(demo_path), "--race", "Dogcatcher", "-o", str(out))
    assert wrong.returncode == 1 and "no race called 'Dogcatcher'" in wrong.stderr


def test_export_summary_of_the_latest_meeting(cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result = cli("export", "summary", "--db", str(demo_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert f"Minutes of the meeting of {SAMPLE.meeting_day.isoformat()}" in text
    assert "31 present (checked in)" in text and "Quorum (15) was met." in text
    assert (
        "Ana Núñez is endorsed in round 2: 21 of 29 votes, needed 20 (two-thirds of votes cast)."
        in text
    )
    assert "Marcus Okafor is endorsed in round 3" in text
    assert "The group makes no endorsement" in text
    assert "Facilitator" in text and "Signed:" in text
    missing = cli("export", "summary", "--db", str(demo_path), "--meeting", "99", "-o", str(out))
    assert missing.returncode == 1 and "no meeting 99" in missing.stderr


def test_export_csv_writes_votes_per_round_per_option(cli, demo_path: Path, tmp_path: Path) -> None:
    result = cli("export", "csv", "--db", str(demo_path), "-o", str(tmp_path / "csv"))
    assert result.returncode == 0, result.stderr
    with (tmp_path / "csv" / "votes.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    mayor = [row for row in rows if row["vote_id"] == "1"]
    assert [(r["round"], r["option"], r["votes"]) for r in mayor] == [
        ("1", "Ana Núñez", "17"),
        ("1", "Bob Lee", "8"),
        ("1", "Carmen Diaz-Whitfield", "3"),
        ("1", "No endorsement", "1"),
        ("2", "Ana Núñez", "21"),
        ("2", "Bob Lee", "7"),
        ("2", "No endorsement", "1"),
    ]
    assert mayor[2]["left_ballot_after_round"] == "yes"
    assert mayor[0]["percent_of_base"] == "58.6" and mayor[0]["needed"] == "20"
    assert not any("member" in column for column in rows[0])
