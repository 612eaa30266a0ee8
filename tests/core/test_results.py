"""Results: outcomes and shares typed by hand or read from a CSV of official results."""

from __future__ import annotations

import csv
import io
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endorse_desktop.core import results
from endorse_desktop.core.endorsements import Endorsement, add_endorsement
from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race
from endorse_desktop.core.results import (
    Result,
    ResultError,
    ResultsImportError,
    apply_results,
    parse_share,
    race_outcome,
    read_results_csv,
    set_result,
    share_text,
)
from endorse_desktop.core.store import Store


@pytest.fixture
def race(store: Store) -> tuple[int, int, int]:
    made = add_race(store, Race(office="Mayor", district="City of Riverton"))
    assert made.id is not None
    ana = add_candidate(store, Candidate(race_id=made.id, name="Ana Núñez"))
    bob = add_candidate(store, Candidate(race_id=made.id, name="Bob Lee"))
    assert ana.id is not None and bob.id is not None
    return made.id, ana.id, bob.id


def test_a_typed_percentage_is_kept_exactly() -> None:
    assert parse_share("52.3%") == Fraction(523, 1000)
    assert parse_share("52,3 %") == Fraction(523, 1000)
    assert share_text(Fraction(2, 3)) == "66.7%"
    assert share_text(Fraction(1, 8)) == "12.5%"
    with pytest.raises(ResultError, match="not a percentage"):
        parse_share("lots")
    with pytest.raises(ResultError, match="from 0 to 100"):
        parse_share("104")


def test_shares_are_worked_out_from_votes_when_all_are_in(
    store: Store, race: tuple[int, int, int]
) -> None:
    race_id, ana, bob = race
    set_result(store, Result(ana, "won", votes=6000, decided_on="2026-06-02"))
    before = set_result(store, Result(bob, "lost", votes=4000))
    assert before is None
    outcome = race_outcome(store, race_id)
    assert [(line.candidate.name, line.share) for line in outcome.lines] == [
        ("Ana Núñez", Fraction(3, 5)),
        ("Bob Lee", Fraction(2, 5)),
    ]
    # changing a result returns the old one (undo) and is audited
    old = set_result(store, Result(bob, "withdrew", votes=4000))
    assert old is not None and old.outcome == "lost"
    assert (
        store.scalar(
            "SELECT count(*) FROM audit_log WHERE entity = 'results' AND entity_id = ?", (bob,)
        )
        == 2
    )


def test_the_endorsed_result_sits_beside_what_the_group_delivered(
    store: Store, race: tuple[int, int, int]
) -> None:
    race_id, ana, _ = race
    made = add_endorsement(store, Endorsement(race_id=race_id, candidate_id=ana, endorsed_on=""))
    store.execute(
        "INSERT INTO members (first_name, created_at, updated_at) VALUES ('Mo', 'x', 'x')"
    )
    for quantity, status in ((3, "done"), (2, "pledged"), (4, "no_show")):
        store.execute(
            "INSERT INTO pledges (member_id, endorsement_id, activity_id, quantity, unit, "
            "pledged_on, status, created_at, updated_at) VALUES (1, ?, 2, ?, 'shifts', "
            "'2026-05-01', ?, 'x', 'x')",
            (made.id, quantity, status),
        )
    set_result(store, Result(ana, "won", share=Fraction(11, 20)))
    outcome = race_outcome(store, race_id)
    [line] = outcome.endorsed
    assert line.candidate.name == "Ana Núñez" and line.result is not None
    assert line.result.outcome == "won" and share_text(line.share) == "55.0%"
    [canvass] = outcome.delivered
    assert canvass.activity_name == "Canvassing (door knocking)"
    assert (canvass.tally.pledged, canvass.tally.done) == (5, 3)


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def test_official_results_are_imported_all_at_once(
    store: Store, race: tuple[int, int, int]
) -> None:
    _, ana, bob = race
    data = _csv(
        [
            ["Contest", "Candidate", "Result", "Votes", "Percent", "Date"],
            ["Mayor — City of Riverton", "ANA NUNEZ", "Elected", "6,000", "60%", "2026-06-02"],
            ["Mayor", "Bob Lee", "defeated", "4000", "40", "2026-06-02"],
        ]
    )
    assert apply_results(store, read_results_csv(data, "county.csv"), "county.csv") == 2
    ana_result = results.get_result(store, ana)
    assert ana_result == Result(ana, "won", 6000, Fraction(3, 5), "2026-06-02", "county.csv")
    bob_result = results.get_result(store, bob)
    assert bob_result is not None and bob_result.outcome == "lost"


def test_a_bad_row_names_its_row_and_column_and_nothing_is_written(
    store: Store, race: tuple[int, int, int]
) -> None:
    data = _csv(
        [
            ["Race", "Candidate", "Outcome", "Votes"],
            ["Mayor", "Ana Núñez", "won", "6000"],
            ["Mayor", "Bob Lee", "lost", "four thousand"],
        ]
    )
    with pytest.raises(ResultsImportError, match=r"row 3, column 'Votes'"):
        read_results_csv(data, "county.csv")
    unknown = _csv(
        [["Race", "Candidate", "Outcome"], ["Mayor", "Ana Núñez", "won"], ["Mayor", "Zed", "lost"]]
    )
    with pytest.raises(ResultsImportError, match=r"row 3, column 'candidate'.*Zed"):
        apply_results(store, read_results_csv(unknown))
    assert store.scalar("SELECT count(*) FROM results") == 0
    with pytest.raises(ResultsImportError, match="no 'outcome' column"):
        read_results_csv(_csv([["Race", "Candidate"], ["Mayor", "Ana"]]))


_CELL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELL, min_size=0, max_size=7), min_size=0, max_size=6), st.booleans())
def test_any_file_is_read_or_refused_with_a_row_named(rows: list[list[str]], header: bool) -> None:
    """Whatever the file holds, the importer returns checked rows or a ResultsImportError that
    says which row and column (or that the file as a whole is unusable); nothing else escapes."""
    if header:
        rows = [["race", "candidate", "outcome", "votes", "share", "date"], *rows]
    try:
        found = read_results_csv(_csv(rows), "f.csv")
    except ResultsImportError as error:
        message = str(error)
        assert "\n" not in message
        assert "row " in message or "f.csv" in message
        return
    for row in found:
        assert row.outcome in results.OUTCOMES
        assert row.votes is None or row.votes >= 0
        assert row.share is None or 0 <= row.share <= 1
        assert row.race and row.candidate


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.fractions(min_value=0, max_value=100).map(lambda f: f.limit_denominator(1000)),
    st.sampled_from(sorted(results.OUTCOME_WORDS)),
)
def test_good_rows_read_back_exactly(votes: int, percent: Fraction, word: str) -> None:
    text = f"{float(percent):.3f}"
    data = _csv(
        [
            ["race", "candidate", "outcome", "votes", "share"],
            ["Mayor", "Ana", word, f"{votes:,}", text],
        ]
    )
    [row] = read_results_csv(data)
    assert row.votes == votes
    assert row.share == Fraction(text) / 100
    assert row.outcome == results.OUTCOME_WORDS[word]
