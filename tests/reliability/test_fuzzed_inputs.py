"""SPEC §8 fuzzing (hypothesis, bounded): whatever people type or feed the app, no crash.

* `endorse-desktop count` on generated vote records: a result (exit 0) or one line on stderr
  (exit 2), never a traceback; each ranked round adds up (Σ counts + exhausted = ballots).
* Every PDF export, after hostile text (markup characters, very long words, mixed scripts,
  emoji, control characters) went into the database through the core services: the document is
  written, its text can be extracted, and every name is found in it where it can be printed.

Also fuzzed: roster CSVs (tests/core/test_roster_import_fuzz.py), shared JSON files
(tests/core/test_shared_file.py), vote records in the core
(tests/core/voting/test_counting_properties.py) and the ballot and scorecard layouts
(tests/reports/test_report_hostile_text.py).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from endorse_desktop import cli
from endorse_desktop.core.commitments import pledges as commitments
from endorse_desktop.core.commitments.records import Activity, Goal, Pledge
from endorse_desktop.core.endorsements import list_endorsements, set_announcement
from endorse_desktop.core.meetings import Meeting, add_meeting, check_in
from endorse_desktop.core.members import Member, add_member
from endorse_desktop.core.names import NameTooLongError, clean_name
from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race
from endorse_desktop.core.ratings import Rating, set_rating
from endorse_desktop.core.settings import GroupSettings, save_settings
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import Value, add_value
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import Method
from endorse_desktop.exports.kinds import export_document
from endorse_desktop.reports.common import MISSING_GLYPH, single_line
from tests.core.voting.test_counting_properties import (
    choose_one_records,
    damage,
    json_values,
    near_records,
    ranked_records,
)
from tests.pdf_text import pdf_text
from tests.voting_setup import rule

# ----- count -------------------------------------------------------------------------------------
vote_files = st.one_of(
    near_records().map(lambda data: json.dumps(data).encode()),
    st.one_of(choose_one_records(), ranked_records(), json_values).map(
        lambda value: json.dumps(
            value if not hasattr(value, "options") else _as_json(value)
        ).encode()
    ),
    st.binary(max_size=80),
    st.text(max_size=60).map(str.encode),
    st.sampled_from([b"\xef\xbb\xbf{}", b"[" * 5000 + b"]" * 5000, b"{" * 3, b"", b'{"a":1e999}']),
)


def _as_json(record: Any) -> Any:
    from endorse_desktop.core.voting.record import vote_record_to_json

    return vote_record_to_json(record)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=vote_files, data=st.data())
def test_count_gives_a_result_or_one_line_and_exit_2(content: bytes, data: Any) -> None:
    if data.draw(st.booleans(), label="damaged") and content.startswith(b"{"):
        try:
            parsed = json.loads(content)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict) and parsed:
            content = json.dumps(damage(parsed, data.draw)).encode()
    stdout, stderr = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vote.json"
        path.write_bytes(content)
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = cli.main(["count", str(path)])  # the real command, in this process for speed
    out, err = stdout.getvalue(), stderr.getvalue()
    if code == 0:
        assert err == ""
        result = json.loads(out)
        assert result["outcome"] in (
            "endorsed",
            "no_endorsement",
            "no_decision",
            "no_quorum",
            "needs_lot",
        )
        record = json.loads(content)
        if record.get("method") == "ranked":
            for counted in result["rounds"]:
                assert sum(counted["counts"].values()) + counted["exhausted"] == len(
                    record["ballots"]
                )
    else:
        assert code == 2, err
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("endorse-desktop: error: "), err
        assert "Traceback" not in err


def test_count_in_a_real_process_refuses_junk_in_one_line(cli, tmp_path: Path) -> None:
    path = tmp_path / "vote.json"
    path.write_bytes(b'{"options": ["A", "No endorsement"], "method": "choose_one", ' + b"[" * 9000)
    result = cli("count", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


# ----- every PDF ---------------------------------------------------------------------------------
NASTY = [
    "Bob <b>Smith & Co",
    "</para><para>&amp;&nbsp;&#0;<br/><font color='red'>",
    "<img src='x'/> ]]> <![CDATA[",
    "\x00\x01\x07\x1b[31m\x7f\x85 control",
    "\u200b\u200e\u202e\ufeff\u00ad invisible",
    "Nguyễn Thị Minh Ωμέγα Иван 漢字 العربية עברית",
    "👩🏽‍⚖️ 🗳️ 😀",
    "e\u0301\u0302 combining",
    "W" * 300,
    "line one\nline two\r\nline three\ttab",
    "%PDF-1.4 endobj stream (unbalanced ( parens \\",
    "=cmd|' /C calc'!A0",
]
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=100, max_size=250),
    st.lists(st.sampled_from(NASTY), min_size=2, max_size=3).map(" ".join),
)
# What the group types, and which documents print it.
ALL = ("ballots", "scorecard", "signup", "summary", "commitments", "announcement")
# Where each field is sure to be found. A field printed after another one in the same line (the
# cycle after the group's name, the district after the office) may be cut with "…" when the one
# before it is very long, and the announcement names the race only in its shortened page header.
FIELDS = {
    "group": ALL,
    "cycle": (),
    "value": ("scorecard",),
    "description": (),  # kept for the group's own reference, printed nowhere
    "office": ALL[:-1],
    "district": (),
    "candidate": ALL[:-1],
    "rival": ("ballots", "scorecard", "summary"),
    "party": ("scorecard",),
    "evidence": ("scorecard",),
    "place": ("summary",),
    "question": ("summary",),
    "first_name": ("commitments",),
    "last_name": ("commitments",),
    "activity": ("signup", "commitments"),
    "pledge_notes": ("commitments",),
    "announcement": ("announcement",),
}


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated file: copied for each example (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("empty") / "group.sqlite3"
    Store.open(path).close()
    return path


def build_group(store: Store, typed: dict[str, str]) -> None:
    """A group whose every name and note is `typed`, through the services the screens use."""
    save_settings(store, GroupSettings(name=typed["group"], cycle=typed["cycle"]))
    value = add_value(store, Value(typed["value"], description=typed["description"]))
    race = add_race(store, Race(typed["office"], district=typed["district"]))
    assert race.id is not None and value.id is not None
    candidate = add_candidate(store, Candidate(race.id, typed["candidate"], party=typed["party"]))
    rival = add_candidate(store, Candidate(race.id, typed["rival"]))
    assert candidate.id is not None and rival.id is not None
    set_rating(store, Rating(candidate.id, value.id, 4, typed["evidence"], "record"))
    member = add_member(
        store, Member(typed["first_name"], typed["last_name"], email="ana@example.org")
    )
    meeting = add_meeting(store, Meeting("2026-05-02", place=typed["place"]))
    assert member.id is not None and meeting.id is not None
    check_in(store, meeting.id, member.id)
    vote = voting.create_vote(
        store, meeting.id, race.id, Method.PAPER_CHOOSE_ONE, rule(quorum=None), typed["question"]
    )
    BallotDesk(store, vote.id).record_key(1)
    voting.finalize_round(store, vote.id, backup=False)
    [endorsement] = list_endorsements(store)
    assert endorsement.id is not None
    activity = commitments.add_activity(store, Activity(typed["activity"]))
    assert activity.id is not None
    commitments.add_goal(store, Goal(endorsement.id, activity.id, 5))
    commitments.add_pledge(
        store, Pledge(member.id, endorsement.id, activity.id, notes=typed["pledge_notes"])
    )
    set_announcement(store, endorsement.id, typed["announcement"])


# Value titles, offices and districts follow the name rule too (one rule for every matcher).
NAME_FIELDS = ("candidate", "rival", "first_name", "last_name", "value", "office", "district")


def as_name(text: str) -> str:
    """`text` cut to what a name may be (issue 13: 200 characters, longer is refused)."""
    while True:
        try:
            clean_name(text)
            return text
        except NameTooLongError:
            text = text[:-10]


def squeezed(text: str) -> str:
    return "".join(text.split())


def printable(text: str) -> bool:
    """Text our font prints as typed, short enough never to be cut with an ellipsis, and read
    back from the PDF in the order it was typed: right-to-left letters are stored in visual
    order, so a PDF reader returns "ZQ16 /؟" for "ZQ16 ؟/" (the right-to-left scripts have their
    own tests in tests/reports/test_print_standards.py)."""
    shown = single_line(text)
    right_to_left = any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in shown)
    return (
        bool(shown)
        and MISSING_GLYPH not in shown
        and len(shown) <= 30
        and shown == text
        and not right_to_left
    )


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(hostile, min_size=len(FIELDS), max_size=len(FIELDS)))
@example(texts=[NASTY[n % len(NASTY)] for n in range(len(FIELDS))])
def test_every_pdf_export_survives_hostile_text(empty_file: Path, texts: list[str]) -> None:
    # Each field starts with a marker so it can be found whatever follows it.
    typed = {
        field: f"ZQ{number:02d} {text}"
        for number, (field, text) in enumerate(zip(FIELDS, texts, strict=True))
    }
    typed.update({field: as_name(typed[field]) for field in NAME_FIELDS})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "group.sqlite3"
        shutil.copy(empty_file, path)
        with Store.open(path) as store:
            build_group(store, typed)
            for kind in ALL:
                output = Path(folder) / f"{kind}.pdf"
                assert export_document(store, kind, output) == [output]
                text = pdf_text(output)
                for field, kinds in FIELDS.items():
                    if kind not in kinds:
                        continue
                    marker = typed[field][:4]
                    assert marker in text, f"{kind}: {field} {typed[field]!r} missing"
                    if printable(typed[field]):
                        assert squeezed(typed[field]) in squeezed(text), (kind, field)


def test_every_csv_cell_is_neutralised(empty_file: Path, tmp_path: Path) -> None:
    """Text that a spreadsheet would run as a formula, in every field of every CSV table,
    comes out with an apostrophe in front: shown as typed, never run."""
    starts = ["=", "+", "-", "@"]
    typed = {
        field: f'{starts[number % len(starts)]}HYPERLINK("http://x.example","{field}")'
        for number, field in enumerate(FIELDS)
    }
    path = tmp_path / "group.sqlite3"
    shutil.copy(empty_file, path)
    with Store.open(path) as store:
        build_group(store, typed)
        written = export_document(store, "csv", tmp_path / "csv")
    assert sorted(p.name for p in written) == [
        "commitments.csv",
        "members.csv",
        "ratings.csv",
        "votes.csv",
    ]
    cells = [
        cell
        for table in written
        for row in csv.reader(table.open(encoding="utf-8-sig", newline=""))
        for cell in row
    ]
    assert not [cell for cell in cells if cell.startswith((*starts, "\t", "\r"))]
    for field in ("candidate", "first_name", "evidence", "pledge_notes", "activity"):
        assert "'" + typed[field] in cells, field  # the text itself is kept
