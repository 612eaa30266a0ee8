"""Change topics are an enum: listeners hear exactly the topics that exist, a misspelt one fails."""

from __future__ import annotations

import pytest

from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.session import Session, Topic


def test_a_listener_hears_the_topic_and_can_compare_it_with_the_enum(qtbot, store: Store) -> None:
    session = Session(store)
    heard: list[str] = []
    session.changed.connect(heard.append)
    session.notify(Topic.MEMBERS)
    assert heard == ["members"] and heard[0] == Topic.MEMBERS


def test_a_topic_nobody_listens_for_is_refused(qtbot, store: Store) -> None:
    session = Session(store)
    with pytest.raises(ValueError, match="member"):
        session.notify("member")  # type: ignore[arg-type]
