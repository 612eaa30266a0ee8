"""Election cycles: the app works in one, a new one carries over what the facilitator picks,
and a candidate who runs again is the same person."""

from __future__ import annotations

import pytest

from endorse_desktop.core import cycles
from endorse_desktop.core.endorsements import Endorsement, add_endorsement, list_endorsements
from endorse_desktop.core.meetings import list_meetings
from endorse_desktop.core.races import (
    Candidate,
    Race,
    add_candidate,
    add_race,
    list_candidates,
    list_races,
)
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import Value, add_value, update_value


def _mayor_race(store: Store) -> tuple[int, int, int]:
    race = add_race(store, Race(office="Mayor", election_date="2026-06-02"))
    assert race.id is not None
    ana = add_candidate(store, Candidate(race_id=race.id, name="Ana Núñez"))
    bob = add_candidate(store, Candidate(race_id=race.id, name="Bob Lee"))
    assert ana.id is not None and bob.id is not None
    return race.id, ana.id, bob.id


def test_a_new_file_starts_in_one_current_cycle(store: Store) -> None:
    [cycle] = cycles.list_cycles(store)
    assert cycle.is_current and cycle.name == "First cycle"


def test_a_new_cycle_shows_only_its_own_races_and_endorsements(store: Store) -> None:
    race_id, ana, _ = _mayor_race(store)
    add_endorsement(store, Endorsement(race_id=race_id, candidate_id=ana, endorsed_on=""))
    first = cycles.current_cycle(store)
    cycles.open_cycle(store, "2026 General", cycles.CarryOver(advancing_races=False))
    assert list_races(store) == []
    assert list_endorsements(store) == []
    assert list_candidates(store) == []
    # the same office can run again in the new cycle
    add_race(store, Race(office="Mayor"))
    assert [race.office for race in list_races(store)] == ["Mayor"]
    cycles.switch_cycle(store, first.id)
    assert [race.id for race in list_races(store)] == [race_id]
    assert len(list_endorsements(store)) == 1


def test_meetings_belong_to_the_cycle_they_were_held_in(store: Store) -> None:
    from endorse_desktop.core.meetings import Meeting, add_meeting

    add_meeting(store, Meeting(held_on="2026-03-01", title="Endorsement meeting"))
    cycles.open_cycle(store, "Next")
    assert list_meetings(store) == []


def test_a_returning_candidate_is_the_same_person_with_their_history(store: Store) -> None:
    from endorse_desktop.core.ratings import Rating, set_rating

    value = add_value(store, Value(title="Housing"))
    assert value.id is not None
    race_id, ana, _ = _mayor_race(store)
    set_rating(store, Rating(candidate_id=ana, value_id=value.id, rating=4))
    add_endorsement(store, Endorsement(race_id=race_id, candidate_id=ana, endorsed_on=""))
    cycles.open_cycle(store, "2028 Primary", cycles.CarryOver(advancing_races=False))
    race = add_race(store, Race(office="State Senate"))
    assert race.id is not None
    again = add_candidate(store, Candidate(race_id=race.id, name="ana nunez"))
    assert again.id is not None
    assert cycles.person_of(store, again.id) == cycles.person_of(store, ana)
    [earlier] = cycles.earlier_candidacies(store, again.id)
    assert earlier.cycle_name == "First cycle"
    assert earlier.race_title == "Mayor"
    assert earlier.endorsement == "active"
    assert earlier.ratings == {value.id: 4}


def test_values_keep_their_weight_in_each_closed_cycle(store: Store) -> None:
    value = add_value(store, Value(title="Housing", weight=3))
    cycles.open_cycle(store, "Second")
    update_value(store, Value(title="Housing", weight=5, dealbreaker=True, id=value.id))
    cycles.open_cycle(store, "Third")
    assert value.id is not None
    history = cycles.weight_history(store)[value.id]
    assert [(s.cycle_name, s.weight, s.dealbreaker) for s in history] == [
        ("First cycle", 3, False),
        ("Second", 5, True),
    ]


def test_advancing_candidates_and_their_endorsement_carry_over(store: Store) -> None:
    from endorse_desktop.core.results import Result, set_result

    race_id, ana, bob = _mayor_race(store)
    made = add_endorsement(store, Endorsement(race_id=race_id, candidate_id=ana, endorsed_on=""))
    store.execute(
        "INSERT INTO goals (endorsement_id, activity_id, target, created_at, updated_at) "
        "VALUES (?, 1, 12, 'x', 'x')",
        (made.id,),
    )
    set_result(store, Result(candidate_id=ana, outcome="advanced_general", votes=5200))
    set_result(store, Result(candidate_id=bob, outcome="lost", votes=3100))
    cycles.open_cycle(store, "2026 General")
    [race] = list_races(store)
    assert (race.office, race.stage) == ("Mayor", "general")
    [carried] = list_candidates(store, race.id)
    assert carried.name == "Ana Núñez" and carried.status == "endorsed"
    assert carried.id is not None
    assert cycles.person_of(store, carried.id) == cycles.person_of(store, ana)
    [endorsement] = list_endorsements(store)
    assert endorsement.candidate_id == carried.id
    target = store.scalar("SELECT target FROM goals WHERE endorsement_id = ?", (endorsement.id,))
    assert target == 12


def test_a_carried_candidate_keeps_who_they_are_not_the_last_races_paperwork(
    store: Store,
) -> None:
    from endorse_desktop.core.results import Result, set_result

    race = add_race(store, Race(office="Sheriff", election_date="2026-06-02"))
    assert race.id is not None
    who = Candidate(race.id, "Lou Park", party="Green", incumbent=True, website="lou.example")
    paperwork = {"questionnaire_returned": True, "interview_date": "2026-04-01", "notes": "late"}
    lou = add_candidate(store, Candidate(**{**who.__dict__, **paperwork}))
    assert lou.id is not None
    set_result(store, Result(candidate_id=lou.id, outcome="advanced_general", votes=900))
    cycles.open_cycle(store, "2026 General")
    [general] = list_races(store)
    [carried] = list_candidates(store, general.id)
    assert (carried.name, carried.party, carried.incumbent, carried.website) == (
        "Lou Park",
        "Green",
        True,
        "lou.example",
    )
    assert (carried.questionnaire_returned, carried.interview_date, carried.notes) == (
        False,
        None,
        "",
    )


def test_cycle_names_are_unique_and_found_by_name(store: Store) -> None:
    cycles.open_cycle(store, "2026 General")
    with pytest.raises(cycles.CycleError, match="already a cycle"):
        cycles.open_cycle(store, "2026 general")
    assert cycles.find_cycle(store, "2026 GENERAL").name == "2026 General"
    with pytest.raises(cycles.CycleError, match="no cycle called"):
        cycles.find_cycle(store, "1999")
