"""`votes.csv`: every finalized round of every vote, one row per option (SPEC §3 F-8, §6).

Rows carry counts, never ballots, so nothing in the file can be traced to a member. A ranked vote
has one row per option per counting round of its instant runoff.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from endorse_desktop.core.races import get_race
from endorse_desktop.core.store import Store
from endorse_desktop.core.voting.minutes import METHOD_WORDS
from endorse_desktop.core.voting.stored import (
    Vote,
    load_vote,
    vote_ids,
)
from endorse_desktop.exports.csv_files import write_csv

VOTES_HEADER = (
    "vote_id",
    "meeting_date",
    "race",
    "question",
    "method",
    "round",
    "option",
    "votes",
    "percent_of_base",
    "base",
    "needed",
    "left_ballot_after_round",
    "vote_outcome",
    "winner",
)


def write_votes_csv(store: Store, path: Path) -> int:
    return write_csv(path, VOTES_HEADER, _rows(store))


def _rows(store: Store) -> Iterator[tuple[object, ...]]:
    titles: dict[int, str] = {}
    for vote_id in vote_ids(store):
        vote = load_vote(store, vote_id)
        if vote.race_id not in titles:
            race = get_race(store, vote.race_id)
            titles[vote.race_id] = race.title if race else ""
        yield from _vote_rows(vote, titles[vote.race_id])


def _vote_rows(vote: Vote, race_title: str) -> Iterator[tuple[object, ...]]:
    last_final = next((r for r in reversed(vote.rounds) if r.is_final), None)
    result = last_final.result if last_final is not None else None
    if result is None:
        return
    winner = result.get("winner") or ""
    for number, entry in enumerate(result["rounds"], start=1):
        base = entry["base"]
        for label, votes in entry["counts"].items():
            tenths = (votes * 1000 + base // 2) // base if base else None
            yield (
                vote.id,
                vote.meeting_held_on,
                race_title,
                vote.question,
                METHOD_WORDS[vote.method],
                number,
                label,
                votes,
                "" if tenths is None else f"{tenths // 10}.{tenths % 10}",
                base,
                entry["needed"],
                "yes" if label in entry["eliminated"] else "",
                result["outcome"],
                winner,
            )
