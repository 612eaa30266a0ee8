"""The shared JSON carries results as an optional part: files from older versions still import."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from endorse_desktop.core.races import (
    Candidate,
    Race,
    add_candidate,
    add_race,
    list_candidates,
    list_races,
)
from endorse_desktop.core.results import Result, get_result, set_result
from endorse_desktop.core.shared_file import (
    SharedFileError,
    merge_shared_data,
    parse_shared_document,
    shared_document,
)
from endorse_desktop.core.store import Store

OLD_FILE = {
    "format": "endorse-desktop/shared",
    "version": 1,
    "values": [{"title": "Housing", "weight": 4}],
    "races": [
        {
            "office": "Mayor",
            "candidates": [{"name": "Ana Núñez", "ratings": {"Housing": {"rating": 3}}}],
        }
    ],
}


def test_results_travel_with_the_candidates(store: Store, tmp_path: Path) -> None:
    race = add_race(store, Race(office="Mayor"))
    assert race.id is not None
    ana = add_candidate(store, Candidate(race_id=race.id, name="Ana Núñez"))
    assert ana.id is not None
    set_result(store, Result(ana.id, "won", 3904, Fraction(3904, 6683), "2026-11-17", "County"))
    document = json.loads(json.dumps(shared_document(store)))
    entry = document["races"][0]["candidates"][0]["result"]
    assert entry == {
        "outcome": "won",
        "votes": 3904,
        "share": "3904/6683",
        "decided_on": "2026-11-17",
        "source": "County",
    }
    with Store.open(tmp_path / "other.sqlite3") as other:
        summary = merge_shared_data(other, parse_shared_document(document))
        assert "recorded 1 result" in summary.describe()
        [race_there] = list_races(other)
        [ana_there] = list_candidates(other, race_there.id)
        assert ana_there.id is not None
        assert get_result(other, ana_there.id) == Result(
            ana_there.id, "won", 3904, Fraction(3904, 6683), "2026-11-17", "County"
        )


def test_a_file_from_before_results_still_imports(store: Store) -> None:
    summary = merge_shared_data(store, parse_shared_document(OLD_FILE))
    assert summary.results_set == 0
    assert "added 1 value, 1 race, 1 candidate" in summary.describe()


@pytest.mark.parametrize(
    ("result", "message"),
    [
        ({"outcome": "triumphed"}, "result.outcome: 'triumphed' is not one of"),
        ({"votes": 5}, "result.outcome: is missing"),
        ({"outcome": "won", "share": 0.52}, "result.share: must be text"),
        ({"outcome": "won", "share": "7/5"}, "result.share: '7/5' should be a fraction"),
        ({"outcome": "won", "votes": -3}, "result.votes: must be a whole number"),
    ],
)
def test_a_bad_result_is_named_where_it_is(result: dict[str, object], message: str) -> None:
    document = json.loads(json.dumps(OLD_FILE))
    document["races"][0]["candidates"][0]["result"] = result
    with pytest.raises(SharedFileError, match=message.replace("(", r"\(")):
        parse_shared_document(document, "shared.json")
