"""`endorse-desktop demo`: a believable sample chapter, built into a new file.

Each part of the sample lives in its own module (people, scorecards, meetings, commitments) and is
listed in `_parts()`, in the order that later parts build on earlier ones. Names, counts and
ballots come from a fixed seed, so they are the same on every machine and tests can rely on them;
dates are counted from the day the sample is built (calendar.py), so the story is always current.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

from endorse_desktop.core.demo import commitments, group, history, meetings, people, scorecards
from endorse_desktop.core.demo.calendar import SampleCalendar
from endorse_desktop.core.demo.context import DemoContext, Size
from endorse_desktop.core.store import Store, StoreError


def _parts() -> list[Callable[[DemoContext], None]]:
    # history last: the earlier cycles leave the current cycle's ids and dice as they were
    return [
        group.build,
        people.build,
        scorecards.build,
        meetings.build,
        commitments.build,
        history.build,
    ]


def build_demo(path: Path | str, size: Size = "small", today: date | None = None) -> str:
    """Create the sample group in `path` (new or empty file); returns a one-line summary.
    `today` fixes the sample's calendar (tests); by default it is the real today."""
    path = Path(path)
    facts: dict[str, int] = {}

    def fill(store: Store) -> None:
        context = DemoContext(
            store=store,
            size=size,
            rng=random.Random(2026),
            calendar=SampleCalendar(today or date.today()),
        )
        for build_part in _parts():
            build_part(context)
        facts.update(context.facts)

    if path.exists() and path.stat().st_size > 0:
        with Store.open(path) as store:
            if store.scalar("SELECT count(*) FROM group_settings") or store.scalar(
                "SELECT count(*) FROM members"
            ):
                raise StoreError(
                    f"{path.name} already holds a group; the sample group needs a new file",
                    es=(
                        f"{path.name} ya contiene un grupo; el grupo de ejemplo necesita "
                        "un archivo nuevo"
                    ),
                )
            fill(store)
    else:
        # Built whole under a temporary name: a kill halfway leaves no half-built sample.
        Store.create(path, fill).close()
    return ", ".join(_counted(count, what) for what, count in facts.items())


def _counted(count: int, plural: str) -> str:
    """ "1 meeting", "3 meetings": facts are named in the plural."""
    return f"{count:,} {plural.removesuffix('s') if count == 1 else plural}"
