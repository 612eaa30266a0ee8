"""A race's scorecard as screens and paper need it: values × candidates, ratings and scores.

`load_scorecard` gathers one race from the store (the tab's grid and the projector slide read
it); `handout_document` gathers every race (or one) into the input of the printed handout,
`reports/scorecard.py`. The arithmetic itself is `scoring.py`'s, so screen and paper always agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .document_text import Language
from .documents import RatingEntry, ScorecardCandidate, ScorecardDocument, ScorecardRace
from .races import Candidate, Race, get_race, list_candidates, list_races
from .ratings import Rating, ratings_for_race
from .scoring import CandidateScore, ValueWeight, score_candidate
from .settings import settings_or_default
from .store import Store
from .values import Value, list_values


@dataclass(frozen=True)
class RaceScorecard:
    race: Race
    values: tuple[Value, ...]
    candidates: tuple[Candidate, ...]
    ratings: Mapping[tuple[int, int], Rating]  # (candidate id, value id) → the stored cell
    scores: Mapping[int, CandidateScore] = field(default_factory=dict)  # by candidate id

    def rating(self, candidate: Candidate, value: Value) -> Rating:
        assert candidate.id is not None and value.id is not None
        found = self.ratings.get((candidate.id, value.id))
        return found if found is not None else Rating(candidate.id, value.id)

    def score(self, candidate: Candidate) -> CandidateScore:
        assert candidate.id is not None
        return self.scores[candidate.id]

    def is_dealbreaker_hit(self, candidate: Candidate, value: Value) -> bool:
        return value.dealbreaker and self.rating(candidate, value).rating == 0


def value_weights(values: tuple[Value, ...] | list[Value]) -> tuple[ValueWeight, ...]:
    return tuple(ValueWeight(v.title, v.weight, v.dealbreaker) for v in values)


def build_scorecard(
    race: Race,
    values: tuple[Value, ...],
    candidates: tuple[Candidate, ...],
    ratings: Mapping[tuple[int, int], Rating],
) -> RaceScorecard:
    weights = value_weights(values)
    scores = {}
    for candidate in candidates:
        assert candidate.id is not None
        by_title = {
            value.title: ratings[(candidate.id, value.id)].rating
            for value in values
            if value.id is not None and (candidate.id, value.id) in ratings
        }
        scores[candidate.id] = score_candidate(weights, by_title)
    return RaceScorecard(race, values, candidates, ratings, scores)


def load_scorecard(store: Store, race_id: int, values: list[Value] | None = None) -> RaceScorecard:
    """One race: its current (not archived) candidates against every value, in display order."""
    race = get_race(store, race_id)
    if race is None:
        raise ValueError("this race no longer exists")
    if values is None:
        values = list_values(store)
    candidates = tuple(list_candidates(store, race_id))
    return build_scorecard(race, tuple(values), candidates, ratings_for_race(store, race_id))


def handout_document(
    store: Store, race_id: int | None = None, language: Language = Language.EN
) -> ScorecardDocument:
    """Everything the printed handout shows: every current race, or only `race_id`."""
    settings = settings_or_default(store)
    values = list_values(store)
    weights = value_weights(values)
    races = list_races(store) if race_id is None else [r for r in [get_race(store, race_id)] if r]
    printed = []
    for race in races:
        assert race.id is not None
        card = load_scorecard(store, race.id, values)
        candidates = []
        for candidate in card.candidates:
            entries = {}
            for value in values:
                cell = card.rating(candidate, value)
                if not cell.is_empty:
                    entries[value.title] = RatingEntry(cell.rating, cell.evidence, cell.source)
            candidates.append(
                ScorecardCandidate(
                    candidate.name, candidate.party, candidate.incumbent, ratings=entries
                )
            )
        printed.append(
            ScorecardRace(
                race.title,
                weights,
                tuple(candidates),
                office=race.office,
                district=race.district,
                election_date=race.election_date,
                stage=race.stage,
                title_es=race.title_es,
            )
        )
    return ScorecardDocument(
        settings.name or "Endorse Desktop",
        settings.cycle,
        tuple(printed),
        page_size=settings.page_size,
        language=language,
        value_titles_es={v.title: v.title_es for v in values if v.title_es},
    )
