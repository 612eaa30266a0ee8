"""Crash-safety harness (SPEC §8): a recorder process that can be killed or frozen at any moment.

Run as a script, it opens a group file with `Store.open` and records changes through the same core
services the screens use: paper ballots through `BallotDesk` (the tally screen's only writer),
ballots taken back, rows of a commitment sign-up sheet (a new member and their pledges in one
transaction), pledge status changes and deletions, member edits, scorecard ratings (set and
cleared), group settings, and now and then finalizing a round (totals, result, audit, endorsement,
then a backup) and opening the next round or vote. Before each change it prints
`begin SEQ WHAT …`; once the service has returned — the moment a screen would show the change as
recorded — it prints `ok SEQ …`. A change the core refuses prints `refused SEQ` (and changes
nothing).

The test side (`Recorder`, `Journal`, `verify`) reads those lines, kills or freezes the recorder,
and checks the file against them: every acknowledged change is there, at most the one change in
flight is there besides, and nothing is half-written.

Every value the recorder writes carries the change's sequence number in each of its fields
(a member becomes "F17" "L17" "N17"), so a row written halfway would show two numbers.
"""

from __future__ import annotations

import copy
import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script: the package lives at the repository root
    sys.path.insert(0, str(REPO))

from endorse_desktop.core import (
    members,
    ratings,
    settings,
)
from endorse_desktop.core.check import check_database
from endorse_desktop.core.commitments import pledges as commitments
from endorse_desktop.core.commitments.records import Activity, Pledge, PledgeStatus
from endorse_desktop.core.endorsements import Endorsement, add_endorsement
from endorse_desktop.core.meetings import Meeting, add_meeting
from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race
from endorse_desktop.core.store import SCHEMA_VERSION, Store
from endorse_desktop.core.store.backups import list_backups
from endorse_desktop.core.values import Value, add_value
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.rules import (
    Base,
    Comparison,
    Policy,
    Threshold,
)
from endorse_desktop.core.voting.stored import Method, load_vote

RULE = voting.VoteRule(
    Threshold(Fraction(1, 2), Comparison.MORE_THAN), Base.VOTES_CAST, None, Policy.KEEP_ALL, True
)
CANDIDATES = ("Ana Núñez", "Bob Lee", "Cy Young")
VALUES = ("Housing", "Transit", "Clean air")
STATUSES = [str(status) for status in PledgeStatus]
SHEET_ACTIVITIES = ("Phone bank", "Canvassing (door knocking)")
# How often each change is made (finalizing is rare: it ends a round and takes a backup).
WEIGHTS = {
    "ballot": 40,
    "undo": 5,
    "sheet": 6,
    "status": 10,
    "delete": 3,
    "member": 10,
    "rating": 12,
    "settings": 5,
    "finalize": 2,
}
# Checkpoints copy the log back into the file: a crash in the middle of one is a state the file
# must survive, so the recorder makes them frequent (the app's default is every 1000 pages).
CHECKPOINT_EVERY_PAGES = 16
VOTERS = 1000
VOTER_NOTE = "voter"
# Members the recorder edits: neither the voters nor those a sign-up sheet added.
EDITED = "SELECT id FROM members WHERE notes NOT IN (?, ?) ORDER BY id"


# ----- the group every run starts from ------------------------------------------------------------
def prepare(path: Path) -> None:
    """A group with members, a race, values, a meeting with a big hall, an open vote and an
    endorsement with pledges to edit."""
    with Store.open(path) as store:
        settings.save_settings(store, settings.GroupSettings(name="Chapter 0", cycle="Cycle 0"))
        race = add_race(store, Race("Mayor"))
        assert race.id is not None
        candidates = [add_candidate(store, Candidate(race.id, name)) for name in CANDIDATES]
        for title in VALUES:
            add_value(store, Value(title))
        team = members.add_members(
            store,
            [
                members.Member(first_name=f"F0 {n}", last_name="L0", email=f"m{n}@example.org")
                for n in range(6)
            ],
        )
        meeting = add_meeting(store, Meeting("2026-05-02", head_count=1_000_000))
        # Enough members eligible to vote that no round holds more ballots than voters.
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO members (first_name, last_name, notes, created_at, updated_at) "
                "VALUES ('Voter', ?, ?, 'x', 'x')",
                [(str(n), VOTER_NOTE) for n in range(VOTERS)],
            )
        assert meeting.id is not None
        voting.create_vote(store, meeting.id, race.id, Method.PAPER_CHOOSE_ONE, RULE)
        endorsement = add_endorsement(
            store, Endorsement(race.id, candidates[2].id or 0, "2026-04-01")
        )
        assert endorsement.id is not None
        for activity in SHEET_ACTIVITIES:
            if commitments.find_activity(store, activity) is None:
                commitments.add_activity(store, Activity(activity))
        phone_bank = commitments.find_activity(store, SHEET_ACTIVITIES[0])
        assert phone_bank is not None and phone_bank.id is not None
        for member in team[:4]:
            assert member.id is not None
            commitments.add_pledge(
                store, Pledge(member.id, endorsement.id, phone_bank.id, quantity=2)
            )


# ----- the recorder (child process) --------------------------------------------------------------
class _Recorder:
    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.rng = random.Random(seed)
        self.seq = seed * 1_000_000  # each run numbers its changes apart from the others
        self.endorsement_id = int(
            store.scalar("SELECT min(id) FROM endorsements WHERE vote_id IS NULL")
        )
        self.activities = [
            activity.id
            for name in SHEET_ACTIVITIES
            if (activity := commitments.find_activity(store, name)) is not None
        ]
        self.members = store.column(EDITED, (commitments.SHEET_MEMBER_NOTE, VOTER_NOTE))
        self.cells = [
            (candidate, value)
            for candidate in store.column("SELECT id FROM candidates ORDER BY id")
            for value in store.column("SELECT id FROM group_values ORDER BY id")
        ]
        self.pledges = store.column("SELECT id FROM pledges ORDER BY id")
        self.desk = BallotDesk(store, self._open_vote())
        # Each vote favours some option, so that some rounds decide and others go on.
        self.favourite = self.rng.randrange(1, len(CANDIDATES) + 2)

    def _open_vote(self) -> int:
        """The vote to record into: the latest, with its next round or a new vote if needed
        (a previous run may have been killed between finalizing and opening what comes next)."""
        vote = load_vote(self.store, int(self.store.scalar("SELECT max(id) FROM votes")))
        if vote.is_closed:
            vote = voting.create_vote(
                self.store, vote.meeting_id, vote.race_id, Method.PAPER_CHOOSE_ONE, RULE
            )
        elif vote.current_round.is_final:
            vote = voting.open_next_round(self.store, vote.id)
        return vote.id

    def run(self) -> None:
        kinds = list(WEIGHTS)
        weights = list(WEIGHTS.values())
        while True:
            self.seq += 1
            kind = self.rng.choices(kinds, weights)[0]
            getattr(self, f"_{kind}")()

    @staticmethod
    def say(*words: object) -> None:
        _say(*words)

    # Each change: announce, make it through the service, acknowledge.
    def _ballot(self) -> None:
        key = self.favourite if self.rng.random() < 0.5 else self.rng.randrange(0, 5)
        self.say("begin", self.seq, "ballot")
        self.say("ok", self.seq, self.desk.record_key(key))

    def _undo(self) -> None:
        last = self.desk.tally.last_ballot()
        if last is None:
            return
        self.say("begin", self.seq, "undo", last.id)
        self.say("ok", self.seq, self.desk.take_back(last.id))

    def _sheet(self) -> None:
        self.say("begin", self.seq, "sheet")
        entry = commitments.SheetEntry(
            name=f"Sheet {self.seq}",
            email=f"s{self.seq}@example.org",
            phone="555-0100",
            quantities=tuple((activity, n + 1) for n, activity in enumerate(self.activities)),
        )
        row = commitments.record_sheet_row(self.store, self.endorsement_id, entry)
        ids = [pledge.id for pledge in row.pledges]
        self.pledges += ids
        self.say("ok", self.seq, row.member.id, *ids)

    def _status(self) -> None:
        if not self.pledges:
            return
        pledge, status = self.rng.choice(self.pledges), self.rng.choice(STATUSES)
        self.say("begin", self.seq, "status", pledge, status)
        commitments.set_pledge_status(self.store, [pledge], status)
        self.say("ok", self.seq)

    def _delete(self) -> None:
        if len(self.pledges) < 3:
            return
        pledge = self.pledges.pop(self.rng.randrange(len(self.pledges)))
        self.say("begin", self.seq, "delete", pledge)
        commitments.delete_pledges(self.store, [pledge])
        self.say("ok", self.seq)

    def _member(self) -> None:
        member_id = self.rng.choice(self.members)
        self.say("begin", self.seq, "member", member_id)
        member = members.get_member(self.store, member_id)
        assert member is not None
        members.update_member(
            self.store,
            replace(
                member,
                first_name=f"F{self.seq}",
                last_name=f"L{self.seq}",
                notes=f"N{self.seq}",
            ),
        )
        self.say("ok", self.seq)

    def _rating(self) -> None:
        candidate, value = self.rng.choice(self.cells)
        score = self.rng.choice([0, 1, 2, 3, 4, None, "clear"])
        self.say("begin", self.seq, "rating", candidate, value, score)
        if score == "clear":  # an empty cell is deleted (and audited)
            cell = ratings.Rating(candidate, value)
        else:
            cell = ratings.Rating(candidate, value, score, f"E{self.seq} r{score}", "record")
        ratings.set_rating(self.store, cell)
        self.say("ok", self.seq)

    def _settings(self) -> None:
        self.say("begin", self.seq, "settings")
        current = settings.settings_or_default(self.store)
        settings.save_settings(
            self.store, replace(current, name=f"Chapter {self.seq}", cycle=f"Cycle {self.seq}")
        )
        self.say("ok", self.seq)

    def _finalize(self) -> None:
        round_id = self.desk.round.id
        self.say("begin", self.seq, "finalize", round_id)
        try:
            voting.finalize_round(self.store, self.desk.vote_id)  # takes the backup, as the app
        except ValueError as refusal:
            self.say("refused", self.seq, " ".join(str(refusal).split()))
            return
        self.say("ok", self.seq)
        self.desk = BallotDesk(self.store, self._open_vote())
        self.favourite = self.rng.randrange(1, len(CANDIDATES) + 2)


def _say(*words: object) -> None:
    """One line in one write: a line is acknowledged whole or not at all (print may write its
    pieces one by one, e.g. with PYTHONUNBUFFERED set)."""
    os.write(1, (" ".join(map(str, words)) + "\n").encode())


def _record_forever(path: str, seed: int) -> None:
    store = Store.open(path)
    store.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_EVERY_PAGES}")
    recorder = _Recorder(store, seed)
    _say("ready")
    recorder.run()


def _serve() -> None:
    """Fork a recorder for each `PATH SEED` line read from stdin; print its pid.

    A fresh interpreter per run would spend longer importing the app than recording: this one
    has imported it already, and each fork starts recording in a few milliseconds.
    """
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed recorders are reaped at once
    for line in sys.stdin:
        path, seed = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                _record_forever(path, int(seed))
            finally:
                os._exit(1)  # only ever reached if the recorder failed
        _say("pid", pid)


# ----- the test side: running, killing and freezing recorders ----------------------------------
class RecorderServer:
    """The process that forks recorders, and the lines they print (one recorder at a time)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            bufsize=0,
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        self._fd = self.process.stdout.fileno()
        self._partial = b""
        self.lines: list[str] = []

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(10)
        self.process.stdout.close()

    def __enter__(self) -> RecorderServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self, path: Path, seed: int) -> Run:
        """Fork a recorder on `path` and wait until it has opened the file."""
        assert self.process.stdin is not None
        self.lines, self._partial = [], b""
        self.process.stdin.write(f"{path} {seed}\n".encode())
        # The server's "pid" line and the recorder's first lines may come in either order.
        self._wait_for(lambda: "ready" in self.lines and self._pid_line() is not None)
        pid_line = self._pid_line()
        assert pid_line is not None
        self.lines.remove(pid_line)
        self.lines.remove("ready")
        return Run(self, int(pid_line.split()[1]))

    def _pid_line(self) -> str | None:
        return next((line for line in self.lines if line.startswith("pid ")), None)

    def _wait_for(self, condition: Any, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            assert left > 0 and self.process.poll() is None, "the recorder stopped (see above)"
            self._read(left)

    def _read(self, timeout: float) -> bool:
        """Read what arrives within `timeout` seconds; False if nothing was waiting."""
        ready, _, _ = select.select([self._fd], [], [], max(0.0, timeout))
        if not ready:
            return False
        chunk = os.read(self._fd, 1 << 16)
        assert chunk, "the recorder server stopped"
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        # A line cut off by a kill was never acknowledged: only whole lines count (a later
        # line cannot continue it: the next recorder starts only after a "pid" line).
        self.lines += [line.decode() for line in complete]
        return True

    def pump(self, seconds: float) -> None:
        """Keep reading for `seconds` (a full pipe would stall the recorder)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self._read(left)

    def run_for(self, changes: int, rng: random.Random) -> None:
        """Let the recorder acknowledge `changes` more changes, then a random sliver of time
        more, so that what comes next (a kill, a freeze) lands anywhere in a change: before its
        transaction, inside it, in its commit or checkpoint, between commit and acknowledgment.
        Counted in changes rather than seconds: a slow disk makes runs longer, not emptier."""
        target = sum(line.startswith("ok ") for line in self.lines) + changes
        self._wait_for(lambda: sum(line.startswith("ok ") for line in self.lines) >= target)
        self.pump(rng.uniform(0, 0.002))

    def drain(self) -> None:
        """Read everything already written (while the recorder is stopped or dead)."""
        while self._read(0):
            pass


@dataclass
class Run:
    server: RecorderServer
    pid: int

    def kill(self) -> list[str]:
        """SIGKILL the recorder; returns the lines it printed."""
        os.kill(self.pid, signal.SIGKILL)
        _wait_until(lambda: not _alive(self.pid))
        self.server.drain()
        return self.server.lines

    def freeze(self) -> list[str]:
        """Stop the recorder wherever it is (mid-transaction, mid-checkpoint …); returns the
        lines it has printed so far."""
        os.kill(self.pid, signal.SIGSTOP)
        _wait_until(lambda: _state(self.pid) in ("T", "t"))
        self.server.drain()
        return list(self.server.lines)

    def thaw(self) -> None:
        os.kill(self.pid, signal.SIGCONT)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _state(pid: int) -> str:
    """The kernel's one-letter state of a process (Linux)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        return handle.read().rsplit(")", 1)[1].split()[0]


def _wait_until(condition: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the recorder did not stop"
        time.sleep(0.0005)


def copy_file_set(path: Path, folder: Path) -> Path:
    """Copy the database and its -wal/-shm as they are on disk now: what a power cut leaves."""
    folder.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        with suppress(FileNotFoundError):
            (folder / source.name).write_bytes(source.read_bytes())
    return folder / path.name


# ----- what the file must say ------------------------------------------------------------------
Key = tuple[Any, ...]


@dataclass
class Journal:
    """What the recorder acknowledged, and the one change it may have been making."""

    ballots: set[int] = field(default_factory=set)  # ballot events
    undos: set[int] = field(default_factory=set)  # 'undo' events
    state: dict[Key, Any] = field(default_factory=dict)  # each record's last acknowledged value
    sheet_rows: int = 0
    deletions: int = 0  # pledges deleted
    finalized: set[int] = field(default_factory=set)  # round ids
    backups_checked: set[str] = field(default_factory=set)
    pending: list[str] | None = None  # the words of the last `begin` not yet acknowledged
    acknowledged: int = 0

    def feed(self, lines: list[str]) -> None:
        for line in lines:
            words = line.split()
            if words[0] == "begin":
                self.pending = words[1:]
            elif words[0] == "ok":
                assert self.pending is not None and words[1] == self.pending[0], line
                self._apply(self.pending, words[2:])
                self.pending = None
                self.acknowledged += 1
            elif words[0] == "refused":
                self.pending = None

    def _apply(self, begin: list[str], result: list[str]) -> None:
        seq, kind, args = begin[0], begin[1], begin[2:]
        if kind == "ballot":
            self.ballots.add(int(result[0]))
        elif kind == "undo":
            self.undos.add(int(result[0]))
        elif kind == "sheet":
            self.sheet_rows += 1
            for pledge in result[1:]:
                self.state[("pledge", int(pledge))] = str(PledgeStatus.PLEDGED)
        elif kind == "finalize":
            self.finalized.add(int(args[0]))
        else:
            self.deletions += kind == "delete"
            key, value = _effect(seq, kind, args)
            self.state[key] = value

    def pending_effect(self) -> tuple[Key, Any] | None:
        if self.pending is None or self.pending[1] in ("ballot", "undo", "sheet", "finalize"):
            return None
        return _effect(self.pending[0], self.pending[1], self.pending[2:])

    def pending_kind(self) -> str | None:
        return None if self.pending is None else self.pending[1]

    def settle(self, store: Store) -> None:
        """After a kill: take what the file holds (already verified) as the new baseline, so the
        change that was in flight counts as made or as never made, whichever it was."""
        self.ballots = set(_events(store, "ballot"))
        self.undos = set(_events(store, "undo"))
        self.sheet_rows = _sheet_rows(store)
        self.deletions = _audited_deletions(store)
        self.finalized = set(store.column("SELECT id FROM rounds WHERE status = 'final'"))
        known = self.state.keys() | set(_read_keys(store))
        self.state = {key: _read(store, key) for key in known}
        self.pending = None

    def snapshot(self) -> Journal:
        return copy.deepcopy(self)


def _effect(seq: str, kind: str, args: list[str]) -> tuple[Key, Any]:
    if kind == "status":
        return ("pledge", int(args[0])), args[1]
    if kind == "delete":
        return ("pledge", int(args[0])), "deleted"
    if kind == "member":
        return ("member", int(args[0])), (f"F{seq}", f"L{seq}", f"N{seq}")
    if kind == "rating":
        candidate, value, score = int(args[0]), int(args[1]), args[2]
        cell = (
            None
            if score == "clear"
            else (None if score == "None" else int(score), f"E{seq} r{score}")
        )
        return ("rating", candidate, value), cell
    if kind == "settings":
        return ("settings",), (f"Chapter {seq}", f"Cycle {seq}")
    raise AssertionError(f"unknown change {kind}")


def _events(store: Store, kind: str) -> list[int]:
    return store.column("SELECT id FROM ballot_events WHERE kind = ?", (kind,))


def _sheet_rows(store: Store) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM members WHERE notes = ?", (commitments.SHEET_MEMBER_NOTE,)
        )
    )


def _audited_deletions(store: Store) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM audit_log WHERE entity = 'pledges' AND action = 'delete'"
        )
    )


def _read_keys(store: Store) -> Iterator[Key]:
    yield ("settings",)
    for member_id in store.column(EDITED, (commitments.SHEET_MEMBER_NOTE, VOTER_NOTE)):
        yield ("member", member_id)
    for pledge_id in store.column("SELECT id FROM pledges"):
        yield ("pledge", pledge_id)
    for candidate, value in store.rows("SELECT candidate_id, value_id FROM ratings"):
        yield ("rating", candidate, value)


def _read(store: Store, key: Key) -> Any:
    if key[0] == "settings":
        row = store.row("SELECT name, cycle FROM group_settings")
        return None if row is None else tuple(row)
    if key[0] == "member":
        row = store.row("SELECT first_name, last_name, notes FROM members WHERE id = ?", key[1:])
        return None if row is None else tuple(row)
    if key[0] == "pledge":
        status = store.scalar("SELECT status FROM pledges WHERE id = ?", key[1:])
        return "deleted" if status is None else status
    if key[0] == "rating":
        row = store.row(
            "SELECT rating, evidence FROM ratings WHERE candidate_id = ? AND value_id = ?", key[1:]
        )
        return None if row is None else tuple(row)
    raise AssertionError(key)


def verify(store: Store, journal: Journal) -> None:
    """The file holds every acknowledged change, at most the one in flight besides, and no
    change halfway. Raises AssertionError naming what is wrong."""
    assert check_database(store) == [], check_database(store)
    pending = journal.pending_kind()

    # Ballots: each acknowledged one is there; an unacknowledged one only if it was in flight.
    for kind, acknowledged in (("ballot", journal.ballots), ("undo", journal.undos)):
        stored = set(_events(store, kind))
        assert acknowledged <= stored, f"lost {kind} events {sorted(acknowledged - stored)}"
        extra = stored - acknowledged
        assert len(extra) <= (pending == kind), f"{kind} events nobody recorded: {sorted(extra)}"
    orphans = store.scalar(
        "SELECT count(*) FROM ballot_events WHERE round_id NOT IN (SELECT id FROM rounds)"
    )
    assert orphans == 0, "ballot events without their round"

    # Finalized rounds: each acknowledged one is final, with its totals, result and audit entry.
    final = set(store.column("SELECT id FROM rounds WHERE status = 'final'"))
    assert journal.finalized <= final, f"finalized rounds lost: {journal.finalized - final}"
    assert len(final - journal.finalized) <= (pending == "finalize")
    for round_id in final:
        result, at = store.row(
            "SELECT result_json, finalized_at FROM rounds WHERE id = ?", (round_id,)
        )
        assert result and at, f"round {round_id} final without its result"
        assert store.scalar(
            "SELECT count(*) FROM audit_log WHERE entity = 'rounds' AND entity_id = ? "
            "AND action = 'finalize'",
            (round_id,),
        ), f"round {round_id} final without its audit entry"

    # Sheet rows: whole (the member and both pledges) or not there at all.
    rows = _sheet_rows(store)
    assert journal.sheet_rows <= rows <= journal.sheet_rows + (pending == "sheet")
    # (a pledge deleted since counts too: the audit log names its member)
    half = store.rows(
        "SELECT m.id, (SELECT count(*) FROM pledges WHERE member_id = m.id) + (SELECT count(*) "
        "FROM audit_log WHERE entity = 'pledges' AND action = 'delete' AND old_value LIKE "
        "m.first_name || ' ' || m.last_name || ': %') AS made FROM members AS m "
        "WHERE m.notes = ? AND made <> ?",
        (commitments.SHEET_MEMBER_NOTE, len(SHEET_ACTIVITIES)),
    )
    assert not half, f"sheet rows written halfway: {[tuple(row) for row in half]}"

    # Records: the last acknowledged value, or the value of the change in flight.
    in_flight = journal.pending_effect()
    for key, expected in journal.state.items():
        found = _read(store, key)
        allowed = [expected] + ([in_flight[1]] if in_flight and in_flight[0] == key else [])
        assert found in allowed, f"{key}: the file has {found!r}, expected one of {allowed!r}"
    known = journal.state.keys() | ({in_flight[0]} if in_flight else set())
    for key in _read_keys(store):
        if key[0] == "pledge" and pending == "sheet":
            continue  # the pledges of the sheet row in flight
        assert key in known, f"{key} is in the file but was never recorded"

    # A pledge is gone if and only if its deletion is in the audit log (same transaction).
    # (Counted, not matched by id: SQLite gives a new row the id of a deleted last one.)
    deleting = in_flight is not None and in_flight[1] == "deleted"
    done = deleting and _read(store, in_flight[0]) == "deleted"  # type: ignore[index]
    assert _audited_deletions(store) == journal.deletions + done, "a deletion not audited"

    # Backups: every one offered for a restore is a whole, current file.
    for backup in list_backups(store.path):
        if backup.path.name in journal.backups_checked:
            continue
        journal.backups_checked.add(backup.path.name)
        with Store.open(backup.path, readonly=True) as copy_:
            assert copy_.column("PRAGMA integrity_check") == ["ok"], backup.path.name
            assert copy_.scalar("PRAGMA user_version") == SCHEMA_VERSION


if __name__ == "__main__":
    _serve()
