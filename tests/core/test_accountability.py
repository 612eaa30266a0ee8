"""After the election: an endorsed winner's actions in office, trends, and the review prompt."""

from __future__ import annotations

from fractions import Fraction

import pytest

from endorse_desktop.core import accountability as acc
from endorse_desktop.core.cycles import person_of
from endorse_desktop.core.endorsements import Endorsement, add_endorsement, get_endorsement
from endorse_desktop.core.races import Candidate, Race, add_candidate, add_race
from endorse_desktop.core.ratings import Rating, set_rating
from endorse_desktop.core.results import Result, set_result
from endorse_desktop.core.store import Store, audit
from endorse_desktop.core.values import Value, add_value


@pytest.fixture
def official(store: Store) -> tuple[int, int, int, int]:
    """(person, endorsement, housing value, dealbreaker value) for a Mayor who won."""
    housing = add_value(store, Value(title="Housing"))
    transit = add_value(store, Value(title="Public transit", dealbreaker=True))
    race = add_race(store, Race(office="Mayor"))
    assert race.id is not None and housing.id is not None and transit.id is not None
    ana = add_candidate(store, Candidate(race_id=race.id, name="Ana Núñez"))
    assert ana.id is not None
    set_rating(store, Rating(ana.id, housing.id, rating=3))
    made = add_endorsement(store, Endorsement(race_id=race.id, candidate_id=ana.id, endorsed_on=""))
    set_result(store, Result(ana.id, "won"))
    person = person_of(store, ana.id)
    assert person is not None and made.id is not None
    return person, made.id, housing.id, transit.id


def test_only_endorsed_winners_are_officials(
    store: Store, official: tuple[int, int, int, int]
) -> None:
    [found] = acc.officials(store)
    assert (found.name, found.office, found.endorsement_status) == ("Ana Núñez", "Mayor", "active")


def test_trend_per_value_follows_the_ratings_in_date_order(
    store: Store, official: tuple[int, int, int, int]
) -> None:
    person, _, housing, _ = official
    for day, rating in (("2027-03-01", 4), ("2027-01-10", 3), ("2027-06-30", 1)):
        acc.add_action(
            store,
            acc.OfficeAction(
                person, housing, f"Council vote {day}", day, rating, "minutes", "record"
            ),
        )
    trend = next(t for t in acc.trends(store, person) if t.value_id == housing)
    assert [r for _, r in trend.ratings] == [3, 4, 1]
    assert trend.average == Fraction(8, 3)
    assert trend.direction == -1
    assert trend.endorsed_rating == 3
    assert trend.latest_label == "Weak"


def test_a_dealbreaker_opposes_prompts_a_review_that_leads_to_the_conditional_flow(
    store: Store, official: tuple[int, int, int, int]
) -> None:
    person, endorsement, housing, transit = official
    acc.add_action(store, acc.OfficeAction(person, housing, "Skipped a hearing", "2027-02-01", 0))
    assert acc.review_prompts(store) == []  # Opposes on a value that is no dealbreaker
    acc.add_action(
        store, acc.OfficeAction(person, transit, "Voted to cut bus lines", "2027-04-02", 0)
    )
    [prompt] = acc.review_prompts(store)
    assert "review the endorsement" in prompt.text and "Public transit" in prompt.text
    before = acc.review_endorsement(store, prompt, "conditional", "Restore the bus lines by fall")
    assert before == "active"
    after = get_endorsement(store, endorsement)
    assert after is not None and after.status == "conditional"
    assert after.condition_text == "Restore the bus lines by fall"
    actions = [row["action"] for row in audit.entries(store, "endorsements", endorsement)]
    assert actions[-2:] == ["status", "reviewed"]
    assert acc.review_prompts(store) == []


def test_keeping_the_endorsement_is_written_down_and_rescinding_ends_prompts(
    store: Store, official: tuple[int, int, int, int]
) -> None:
    person, endorsement, _, transit = official
    acc.add_action(store, acc.OfficeAction(person, transit, "Cut bus lines", "2027-04-02", 0))
    [prompt] = acc.review_prompts(store)
    with pytest.raises(acc.AccountabilityError, match="why"):
        acc.review_endorsement(store, prompt, "keep", "  ")
    acc.review_endorsement(store, prompt, "keep", "She reversed it the next week")
    assert acc.review_prompts(store) == []
    acc.add_action(store, acc.OfficeAction(person, transit, "Cut them again", "2027-09-02", 0))
    [again] = acc.review_prompts(store)
    acc.review_endorsement(store, again, "rescinded", "Broke the transit pledge twice")
    found = get_endorsement(store, endorsement)
    assert found is not None and found.status == "rescinded"
    assert acc.review_prompts(store) == []


def test_an_action_needs_what_when_and_a_rating(
    store: Store, official: tuple[int, int, int, int]
) -> None:
    person, _, housing, _ = official
    with pytest.raises(acc.AccountabilityError, match="date"):
        acc.add_action(store, acc.OfficeAction(person, housing, "Vote", "", 2))
    with pytest.raises(acc.AccountabilityError, match="Opposes to Champion"):
        acc.add_action(store, acc.OfficeAction(person, housing, "Vote", "2027-01-01", 7))
    made = acc.add_action(store, acc.OfficeAction(person, housing, " Vote ", "2027-01-01", 2))
    assert made.action == "Vote"
    assert made.id is not None
    before = acc.update_action(
        store, acc.OfficeAction(person, housing, "Vote 2", "2027-01-02", 3, id=made.id)
    )
    assert before.action == "Vote"
    acc.delete_action(store, made.id)
    assert acc.list_actions(store, person) == []
