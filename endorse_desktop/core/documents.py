"""What each printed document shows, as plain data: gathered by `exports/`, drawn by `reports/`.

These records live in the core so that the layers point one way (exports → reports → core): a
report module draws one of them and nothing else, and a test can build one without a database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from endorse_desktop.core.commitments.progress import Progress
from endorse_desktop.core.document_text import Language, spanish_question
from endorse_desktop.core.scoring import CandidateScore, ValueWeight, score_candidate
from endorse_desktop.core.settings import PAGE_SIZES

BALLOTS_PER_PAGE = (1, 2, 4)


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class RatingEntry:
    rating: int | None = None  # 0–4, None = unknown
    evidence: str = ""
    source: str = ""  # questionnaire, interview, record, statement, …


@dataclass(frozen=True)
class ScorecardCandidate:
    name: str
    party: str = ""
    incumbent: bool = False
    ratings: Mapping[str, RatingEntry] = field(default_factory=dict)  # by value title

    def score(self, values: Sequence[ValueWeight]) -> CandidateScore:
        return score_candidate(values, {title: e.rating for title, e in self.ratings.items()})


@dataclass(frozen=True)
class ScorecardRace:
    title: str
    values: tuple[ValueWeight, ...]  # in display order
    candidates: tuple[ScorecardCandidate, ...]
    office: str = ""
    district: str = ""
    election_date: date | str | None = None
    stage: str = ""  # primary / general
    title_es: str = ""  # the race in Spanish; "" says the English title


@dataclass(frozen=True)
class ScorecardDocument:
    group_name: str
    cycle_name: str
    races: tuple[ScorecardRace, ...]
    page_size: str = "letter"
    generated_at: datetime = field(default_factory=datetime.now)
    language: Language = Language.EN
    value_titles_es: Mapping[str, str] = field(default_factory=dict)  # by English title


@dataclass(frozen=True, kw_only=True)
class BallotSpec:
    group_name: str
    cycle: str
    meeting_date: str | None = None
    race_title: str
    question: str | None = None  # None: asked from the race title
    options: tuple[str, ...]  # candidates, then "No endorsement" if offered: the caller decides
    ranked: bool = False
    copies: int = 1
    per_page: int = 1
    serial_numbers: bool = False
    page_size: str = "letter"
    generated_at: datetime = field(default_factory=datetime.now)
    language: Language = Language.EN
    race_title_es: str = ""  # the race in Spanish; "" prints the English title once
    question_es: str | None = None  # None or blank: asked from the race title, in Spanish

    def __post_init__(self) -> None:
        if not self.options:
            raise ValueError("a ballot needs at least one option")
        if self.per_page not in BALLOTS_PER_PAGE:
            raise ValueError(f"ballots per page must be 1, 2 or 4, not {self.per_page!r}")
        if isinstance(self.copies, bool) or self.copies < 1:
            raise ValueError(f"the number of copies must be at least 1, not {self.copies!r}")
        if self.page_size.lower() not in PAGE_SIZES:
            raise ValueError(f"unknown page size {self.page_size!r}; use 'letter' or 'a4'")

    @property
    def question_text(self) -> str:
        if self.question is not None and _one_line(self.question):
            return self.question
        return f"Whom should the group endorse for {_one_line(self.race_title)}?"

    @property
    def question_text_es(self) -> str:
        """The question in Spanish: the group's own, else asked from the race's Spanish title.
        A group question with no Spanish is printed in English (the app warned before printing)."""
        return spanish_question(
            self.question, self.question_es, self.race_title, self.race_title_es
        )


@dataclass(frozen=True)
class SignupSheet:
    """One endorsement's sheet. `candidate` None: printed before the vote, names the race only."""

    race_title: str
    candidate: str | None = None
    election_date: str | None = None
    activities: tuple[str, ...] = ()
    prefilled_names: tuple[str, ...] = ()
    offers_money: bool = False
    race_title_es: str = ""
    activities_es: tuple[str, ...] = ()  # by position with `activities`; "" where not written


@dataclass(frozen=True)
class SignupDocument:
    group_name: str
    cycle_name: str
    sheet_date: str
    ask: str
    sheets: tuple[SignupSheet, ...]
    page_size: str = "letter"
    independent_expenditures: bool = False
    generated_at: datetime = field(default_factory=datetime.now)
    language: Language = Language.EN
    ask_es: str = ""  # the group's ask in Spanish; "" with a Spanish sheet: ours


class MemberPledge(NamedTuple):
    """One line of the commitment report's pledge list. A named tuple, not a dataclass: the
    report of a large group makes 20,000 of them, a tuple in a third of the time (issue 14)."""

    member_id: int
    member_name: str
    phone: str
    email: str
    activity: str
    quantity: int
    unit: str
    status: str
    due: str
    overdue: bool = False
    notes: str = ""
    endorsement: str = ""  # whom it is for: the candidate's name ("Ana Núñez")


@dataclass(frozen=True)
class EndorsementSection:
    title: str  # "Ana Núñez — Mayor"
    status: str
    endorsed_on: str
    progress: Progress


@dataclass(frozen=True)
class CommitmentReport:
    group_name: str
    cycle_name: str
    as_of: str
    sections: tuple[EndorsementSection, ...]
    # every endorsement's pledges, by member (the roster's name order), then by endorsement:
    # one call to a member covers all they promised
    pledges: tuple[MemberPledge, ...] = ()
    page_size: str = "letter"
    generated_at: datetime = field(default_factory=datetime.now)


@dataclass(frozen=True)
class AnnouncementDocument:
    group_name: str
    cycle_name: str
    title: str  # "Ana Núñez — Mayor"
    text: str
    page_size: str = "letter"
    generated_at: datetime = field(default_factory=datetime.now)
    language: Language = Language.EN
    text_es: str = ""  # the group's Spanish text; "" prints the English one
