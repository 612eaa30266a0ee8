"""Recording the dot vote and applying weights: stored at once, and undoable through the core."""

from __future__ import annotations

import pytest

from endorse_desktop.core.values import (
    GroupValueError,
    Value,
    add_dot,
    add_value,
    clear_dots,
    dot_counts,
    list_dots,
    list_values,
    remove_latest_dot,
    restore_dots,
    set_weights,
)


@pytest.fixture
def two_values(store):
    return add_value(store, Value("Housing", weight=3)), add_value(
        store, Value("Transit", weight=2)
    )


def test_dots_count_per_value_and_the_latest_can_be_taken_back(store, two_values) -> None:
    housing, transit = two_values
    add_dot(store, housing.id)
    add_dot(store, housing.id)
    last = add_dot(store, transit.id)
    assert dot_counts(store) == {housing.id: 2, transit.id: 1}
    assert remove_latest_dot(store) == last
    assert dot_counts(store) == {housing.id: 2}
    restore_dots(store, [last])
    assert dot_counts(store) == {housing.id: 2, transit.id: 1}
    assert remove_latest_dot(store).id == last.id  # put back with its own id


def test_clearing_returns_every_dot_for_undo(store, two_values) -> None:
    housing, transit = two_values
    for value in (housing, transit, transit):
        add_dot(store, value.id)
    removed = clear_dots(store)
    assert dot_counts(store) == {} and remove_latest_dot(store) is None
    restore_dots(store, removed)
    assert list_dots(store) == removed


def test_no_member_is_recorded_with_a_dot(store, two_values) -> None:
    columns = [row[1] for row in store.rows("PRAGMA table_info(dot_votes)")]
    assert not any("member" in column for column in columns)


def test_set_weights_is_one_change_that_returns_the_old_weights(store, two_values) -> None:
    housing, transit = two_values
    before = set_weights(store, {housing.id: 5, transit.id: 1})
    assert before == {housing.id: 3, transit.id: 2}
    assert [v.weight for v in list_values(store)] == [5, 1]
    set_weights(store, before)
    assert [v.weight for v in list_values(store)] == [3, 2]


def test_set_weights_refuses_off_the_scale_and_changes_nothing(store, two_values) -> None:
    housing, transit = two_values
    with pytest.raises(GroupValueError, match="from 1 to 5"):
        set_weights(store, {housing.id: 4, transit.id: 6})
    assert [v.weight for v in list_values(store)] == [3, 2]


def test_a_dot_for_a_missing_value_is_refused(store) -> None:
    with pytest.raises(GroupValueError):
        add_dot(store, 999)


def test_deleting_a_value_and_undoing_keeps_its_dots(store, two_values) -> None:
    from endorse_desktop.core.values import delete_value, restore_value

    housing, transit = two_values
    add_dot(store, housing.id)
    add_dot(store, transit.id)
    deleted = delete_value(store, housing.id)
    assert dot_counts(store) == {transit.id: 1}
    restore_value(store, deleted)
    assert dot_counts(store) == {housing.id: 1, transit.id: 1}
