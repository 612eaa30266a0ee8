"""Values, races, candidates, ratings and endorsements: nothing silently lost, undo data exact."""

from __future__ import annotations

import pytest

from endorse_desktop.core.audit import audit_entries
from endorse_desktop.core.endorsements import (
    Endorsement,
    EndorsementError,
    add_endorsement,
    get_endorsement,
    set_status,
)
from endorse_desktop.core.races import (
    Candidate,
    Race,
    RaceError,
    add_candidate,
    add_race,
    delete_candidate,
    find_race,
    get_candidate,
    list_candidates,
    restore_candidate,
    set_candidate_archived,
)
from endorse_desktop.core.ratings import Rating, get_rating, ratings_for_race, set_rating
from endorse_desktop.core.values import (
    GroupValueError,
    Value,
    add_value,
    delete_value,
    list_values,
    reorder_values,
    restore_value,
)


@pytest.fixture
def race(store):
    return add_race(store, Race(office="Mayor", district="Riverton", election_date="2026-06-02"))


def test_values_keep_order_and_reorder(store) -> None:
    titles = ["Housing", "Climate", "Labor"]
    ids = [add_value(store, Value(title)).id for title in titles]
    assert [v.title for v in list_values(store)] == titles
    before = reorder_values(store, [ids[2], ids[0], ids[1]])
    assert [v.title for v in list_values(store)] == ["Labor", "Housing", "Climate"]
    reorder_values(store, before)
    assert [v.title for v in list_values(store)] == titles


def test_value_weight_and_title_are_checked(store) -> None:
    add_value(store, Value("Housing"))
    with pytest.raises(GroupValueError, match="already a value"):
        add_value(store, Value("Housing"))
    with pytest.raises(GroupValueError, match="weight"):
        add_value(store, Value("Transit", weight=6))


def test_deleting_a_value_can_be_undone_with_its_ratings(store, race) -> None:
    value = add_value(store, Value("Housing", weight=5, dealbreaker=True))
    ana = add_candidate(store, Candidate(race.id, "Ana Núñez"))
    set_rating(store, Rating(ana.id, value.id, 4, "Built 200 units", "record"))
    deleted = delete_value(store, value.id)
    assert list_values(store) == []
    assert ratings_for_race(store, race.id) == {}
    restore_value(store, deleted)
    assert list_values(store) == [value]
    assert get_rating(store, ana.id, value.id) == Rating(
        ana.id, value.id, 4, "Built 200 units", "record"
    )
    assert [e.action for e in audit_entries(store, "group_values")] == ["delete", "restore"]


def test_rated_candidate_cannot_be_deleted_only_archived(store, race) -> None:
    value = add_value(store, Value("Housing"))
    ana = add_candidate(store, Candidate(race.id, "Ana Núñez"))
    set_rating(store, Rating(ana.id, value.id, 3))
    with pytest.raises(RaceError, match="archive"):
        delete_candidate(store, ana.id)
    set_candidate_archived(store, ana.id, True)
    assert list_candidates(store, race.id) == []
    assert get_candidate(store, ana.id).archived
    assert get_rating(store, ana.id, value.id).rating == 3


def test_unrated_candidate_delete_and_undo(store, race) -> None:
    bob = add_candidate(store, Candidate(race.id, "Bob Lee", party="Green"))
    gone = delete_candidate(store, bob.id)
    assert list_candidates(store, race.id) == []
    restore_candidate(store, gone)
    assert list_candidates(store, race.id) == [bob]


def test_clearing_a_rating_removes_the_cell(store, race) -> None:
    value = add_value(store, Value("Housing"))
    ana = add_candidate(store, Candidate(race.id, "Ana"))
    set_rating(store, Rating(ana.id, value.id, 2))
    before = set_rating(store, Rating(ana.id, value.id, None))
    assert before.rating == 2
    assert ratings_for_race(store, race.id) == {}


def test_find_race_by_title_or_unique_office(store, race) -> None:
    assert find_race(store, "Mayor").id == race.id
    assert find_race(store, "mayor — riverton").id == race.id
    add_race(store, Race(office="Mayor", district="Lakeside"))
    with pytest.raises(RaceError, match="several races"):
        find_race(store, "Mayor")
    with pytest.raises(RaceError, match="no race called"):
        find_race(store, "Sheriff")


def test_endorsement_status_changes_are_audited(store, race) -> None:
    ana = add_candidate(store, Candidate(race.id, "Ana Núñez"))
    endorsement = add_endorsement(store, Endorsement(race.id, ana.id, "2026-03-14"))
    assert get_candidate(store, ana.id).status == "endorsed"
    with pytest.raises(EndorsementError, match="condition"):
        set_status(store, endorsement.id, "conditional")
    set_status(store, endorsement.id, "conditional", condition_text="Signs the housing pledge")
    with pytest.raises(EndorsementError, match="why"):
        set_status(store, endorsement.id, "rescinded")
    set_status(store, endorsement.id, "rescinded", reason="Withdrew from the race")
    assert get_endorsement(store, endorsement.id).rescinded_reason == "Withdrew from the race"
    assert get_candidate(store, ana.id).status == "not_endorsed"
    changes = [
        (e.old_value, e.new_value, e.reason)
        for e in audit_entries(store, "endorsements")
        if e.action == "status"
    ]
    assert changes == [
        ("active", "conditional", "Signs the housing pledge"),
        ("conditional", "rescinded", "Withdrew from the race"),
    ]
