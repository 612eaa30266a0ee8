"""Scorecard ratings (SPEC F-4): each candidate against each value, with the evidence for it.

A rating is 0 Opposes … 4 Champion, or None for Unknown. A cell with no rating, evidence or source
is not stored at all.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from endorse_desktop.core.errors import InvalidInputError

from .races import get_candidate
from .record_changes import refuse_unless_one_of
from .store import Store, audit
from .store import ratings as repo
from .values import get_value

SOURCES = ("", "questionnaire", "interview", "record", "statement")
MIN_RATING, MAX_RATING = 0, 4


class RatingError(InvalidInputError):
    pass


@dataclass(frozen=True)
class Rating:
    candidate_id: int
    value_id: int
    rating: int | None = None
    evidence: str = ""
    source: str = ""

    @property
    def is_empty(self) -> bool:
        return self.rating is None and not self.evidence and not self.source


def ratings_for_race(store: Store, race_id: int) -> dict[tuple[int, int], Rating]:
    """(candidate id, value id) → rating, for the cells that have anything in them."""
    return {
        (row["candidate_id"], row["value_id"]): Rating(**dict(row))
        for row in repo.for_race(store, race_id)
    }


def all_ratings(store: Store) -> list[Rating]:
    return [Rating(**dict(row)) for row in repo.all_rows(store)]


def get_rating(store: Store, candidate_id: int, value_id: int) -> Rating:
    row = repo.get(store, candidate_id, value_id)
    return Rating(candidate_id, value_id) if row is None else Rating(**dict(row))


def set_rating(store: Store, rating: Rating) -> Rating:
    """Store a cell (an empty one removes it); returns the cell as it was, for undo."""
    if rating.rating is not None and not MIN_RATING <= rating.rating <= MAX_RATING:
        raise RatingError(
            f"a rating is from {MIN_RATING} to {MAX_RATING}, or Unknown",
            es=f"una calificación va de {MIN_RATING} a {MAX_RATING}, o Desconocido",
        )
    refuse_unless_one_of(rating.source, SOURCES, "source", RatingError)
    before = get_rating(store, rating.candidate_id, rating.value_id)
    with store.transaction():
        if rating.is_empty:
            repo.delete(store, rating.candidate_id, rating.value_id)
            if not before.is_empty:
                # Clearing a cell throws away its evidence: the log keeps what it said.
                candidate = get_candidate(store, rating.candidate_id)
                value = get_value(store, rating.value_id)
                audit.record(
                    store,
                    "ratings",
                    rating.candidate_id,
                    "delete",
                    field=value.title if value else str(rating.value_id),
                    old_value=_rating_words(before, candidate.name if candidate else "?"),
                )
        else:
            repo.upsert(store, asdict(rating))
    return before


def _rating_words(rating: Rating, candidate: str) -> str:
    score = "Unknown" if rating.rating is None else str(rating.rating)
    return " — ".join(part for part in (candidate, score, rating.source, rating.evidence) if part)
