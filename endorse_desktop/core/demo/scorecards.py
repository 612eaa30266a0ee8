"""Sample values, races, candidates and scorecard ratings.

Small: 8 values, 3 races with 2-5 candidates, ratings with evidence, some Unknowns and one
dealbreaker hit (a candidate rated Opposes on a dealbreaker value). Large (SPEC §7): 20 values,
20 races x 6 candidates, every cell rated or Unknown.
"""

from __future__ import annotations

from endorse_desktop.core.demo.context import DemoContext

from ..races import Candidate, Race, add_candidate, add_race
from ..ratings import Rating, set_rating
from ..store import ratings as ratings_repo
from ..values import Value, add_value

VALUES = (
    ("Affordable housing", "Builds and protects homes people here can afford.", 5, True),
    ("Climate action", "Cuts emissions and prepares the town for floods and heat.", 4, False),
    ("Workers' rights", "Backs fair wages, safe jobs and the right to organise.", 4, False),
    ("Voting access", "Makes voting easier for every eligible resident.", 5, True),
    ("Public transit", "Funds buses and safe streets for walking and cycling.", 3, False),
    ("Transparent government", "Open meetings, public records, no dark money.", 3, False),
    ("Public schools", "Fully funded neighbourhood schools.", 3, False),
    ("Immigrant welcome", "Treats newcomers as neighbours.", 2, False),
)

# office, district, and whether it is decided on the later primary date (state races)
RACES = (
    ("Mayor", "City of Riverton", False),
    ("City Council", "Ward 3", False),
    ("State House", "District 52", True),
)

CANDIDATES = (
    (
        ("Ana Núñez", "Democratic", False, True),
        ("Bob Lee", "Democratic", True, True),
        ("Carmen Diaz-Whitfield", "Working Families", False, False),
    ),
    (
        ("Marcus Okafor", "Democratic", False, True),
        ("Priya Raman", "Democratic", False, True),
        ("Tom Becker", "Independent", False, False),
        ("Dolores Haddad", "Green", False, True),
    ),
    (
        ("Nguyễn Thị Minh", "Democratic", False, True),
        ("Walter Price", "Democratic", True, True),
    ),
)

EVIDENCE = {
    0: ("Voted against it twice on the council.", "record"),
    1: ("Says it matters but offered no plan.", "interview"),
    2: ("Supports parts of it; opposed the 2025 bond.", "questionnaire"),
    3: ("Co-sponsored the ordinance last year.", "record"),
    4: ("Led the coalition that passed it.", "statement"),
}


def build(context: DemoContext) -> None:
    store = context.store
    values = [
        add_value(store, Value(title, description, weight, dealbreaker))
        for title, description, weight, dealbreaker in VALUES
    ]
    if context.large:
        values += [
            add_value(store, Value(f"Local priority {n}", "Set by the members' survey.", 1 + n % 5))
            for n in range(len(VALUES) + 1, 21)
        ]
    calendar = context.calendar
    races = [
        (
            office,
            district,
            (calendar.later_election_day if later else calendar.election_day).isoformat(),
            "primary",
        )
        for office, district, later in RACES
    ]
    lineups = [list(lineup) for lineup in CANDIDATES]
    if context.large:
        for n in range(len(RACES) + 1, 21):
            races.append(
                ("County Board", f"Seat {n}", calendar.later_election_day.isoformat(), "primary")
            )
        lineups = [
            [(f"Candidate {r + 1}.{c + 1}", "Democratic", c == 0, c % 2 == 0) for c in range(6)]
            for r in range(20)
        ]
    candidate_count = 0
    for (office, district, date, stage), lineup in zip(races, lineups, strict=True):
        race = add_race(store, Race(office, district, date, stage))
        assert race.id is not None
        for name, party, incumbent, returned in lineup:
            candidate = add_candidate(
                store,
                Candidate(
                    race.id,
                    name,
                    party=party,
                    incumbent=incumbent,
                    questionnaire_returned=returned,
                    interview_date=calendar.interview_day.isoformat() if returned else None,
                ),
            )
            candidate_count += 1
            assert candidate.id is not None
            _rate(context, candidate.id, values)
    # The one dealbreaker hit of the small sample: Bob Lee opposes affordable housing.
    if not context.large:
        bob = store.scalar("SELECT id FROM candidates WHERE name = 'Bob Lee'")
        set_rating(store, Rating(bob, values[0].id or 0, 0, *EVIDENCE[0]))
    context.facts["values"] = len(values)
    context.facts["races"] = len(races)
    context.facts["candidates"] = candidate_count


def _rate(context: DemoContext, candidate_id: int, values: list[Value]) -> None:
    rng = context.rng
    rows = []
    for value in values:
        if rng.random() < 0.15:
            continue  # Unknown: nobody has asked them yet
        score = min(4, max(1, round(rng.gauss(2.8, 1.0))))
        evidence, source = EVIDENCE[score]
        rows.append(
            {
                "candidate_id": candidate_id,
                "value_id": value.id,
                "rating": score,
                "evidence": evidence if not context.large else "",
                "source": source,
            }
        )
    with context.store.transaction():
        for row in rows:
            ratings_repo.upsert(context.store, row)
