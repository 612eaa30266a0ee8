"""The group's track record (issue 16): what it endorsed, how those races came out, and what it
delivered, cycle by cycle — to put in front of an elected or a new campaign.

Figures, all whole numbers read from the file:

* an **endorsement** counts once, whatever its status; rescinded ones are counted apart too;
* a **win** is a result of won, or advanced (to the general or a runoff: a primary won);
  a **loss** is lost; withdrew is its own column; an endorsement without a result is pending;
* **primaries** are races of stage primary; **generals** every other stage (general, runoff,
  special);
* **pledges made** are all the pledges members made for the endorsement, whatever became of
  them (a no-show or a dropped pledge was made and not kept: the record must show it);
  **pledges kept** are the done ones; a **goal met** has done ≥ target.

No member is named anywhere in it (only counts of pledges), so every part may be public.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .commitments.pledges import activity_map, list_goals, list_pledges
from .commitments.progress import ActivityTotal, activity_totals, goal_progress, percent
from .cycles import Cycle, find_cycle, list_cycles
from .results import get_result, shares_from_votes
from .results import results_for_race as race_results
from .store import Store

WINS = ("won", "advanced_general", "advanced_runoff")


@dataclass(frozen=True)
class EndorsementLine:
    cycle_name: str
    race_title: str
    stage: str
    election_date: str | None
    candidate: str
    status: str  # active / conditional / rescinded
    outcome: str | None
    share: Fraction | None
    goals_set: int
    goals_met: int
    pledges_made: int
    pledges_kept: int
    activities: tuple[ActivityTotal, ...]

    @property
    def won(self) -> bool:
        return self.outcome in WINS

    @property
    def is_primary(self) -> bool:
        return self.stage == "primary"


@dataclass(frozen=True)
class Tallies:
    """Counts over some endorsements (a cycle, its primaries, its generals, or all)."""

    endorsements: int = 0
    won: int = 0
    lost: int = 0
    withdrew: int = 0
    pending: int = 0
    rescinded: int = 0
    goals_set: int = 0
    goals_met: int = 0
    pledges_made: int = 0
    pledges_kept: int = 0

    @classmethod
    def of(cls, lines: list[EndorsementLine] | tuple[EndorsementLine, ...]) -> Tallies:
        return cls(
            endorsements=len(lines),
            won=sum(1 for line in lines if line.won),
            lost=sum(1 for line in lines if line.outcome == "lost"),
            withdrew=sum(1 for line in lines if line.outcome == "withdrew"),
            pending=sum(1 for line in lines if line.outcome is None),
            rescinded=sum(1 for line in lines if line.status == "rescinded"),
            goals_set=sum(line.goals_set for line in lines),
            goals_met=sum(line.goals_met for line in lines),
            pledges_made=sum(line.pledges_made for line in lines),
            pledges_kept=sum(line.pledges_kept for line in lines),
        )

    @property
    def decided(self) -> int:
        return self.won + self.lost


@dataclass(frozen=True)
class CycleRecord:
    cycle: Cycle
    lines: tuple[EndorsementLine, ...]

    @property
    def totals(self) -> Tallies:
        return Tallies.of(self.lines)

    @property
    def primaries(self) -> Tallies:
        return Tallies.of([line for line in self.lines if line.is_primary])

    @property
    def generals(self) -> Tallies:
        return Tallies.of([line for line in self.lines if not line.is_primary])


@dataclass(frozen=True)
class TrackRecord:
    cycles: tuple[CycleRecord, ...]

    @property
    def lines(self) -> tuple[EndorsementLine, ...]:
        return tuple(line for record in self.cycles for line in record.lines)

    @property
    def totals(self) -> Tallies:
        return Tallies.of(self.lines)


def track_record(store: Store, cycle_name: str | None = None) -> TrackRecord:
    """Every cycle (oldest first), or only `cycle_name` (`core.cycles.find_cycle` rules)."""

    chosen = [find_cycle(store, cycle_name)] if cycle_name else list_cycles(store)
    activities = activity_map(store)
    records = []
    for cycle in chosen:
        lines = []
        for row in store.rows(
            "SELECT e.id, e.status, e.candidate_id, c.name, r.id AS race_id, r.office, "
            "r.district, r.stage, r.election_date FROM endorsements e "
            "JOIN candidates c ON c.id = e.candidate_id JOIN races r ON r.id = e.race_id "
            "WHERE r.cycle_id = ? ORDER BY r.election_date, r.position, r.id, e.id",
            (cycle.id,),
        ):
            endorsement_id = int(row["id"])
            pledges = list_pledges(store, endorsement_id)
            goals = goal_progress(list_goals(store, endorsement_id), pledges, activities)
            result = get_result(store, int(row["candidate_id"]))
            share = result.share if result is not None else None
            if result is not None and share is None:
                share = shares_from_votes(race_results(store, int(row["race_id"]))).get(
                    int(row["candidate_id"])
                )
            title = f"{row['office']} — {row['district']}" if row["district"] else row["office"]
            lines.append(
                EndorsementLine(
                    cycle_name=cycle.name,
                    race_title=str(title),
                    stage=str(row["stage"]),
                    election_date=row["election_date"],
                    candidate=str(row["name"]),
                    status=str(row["status"]),
                    outcome=None if result is None else result.outcome,
                    share=share,
                    goals_set=len(goals),
                    goals_met=sum(1 for goal in goals if goal.met),
                    pledges_made=len(pledges),
                    pledges_kept=sum(1 for p in pledges if p.status == "done"),
                    activities=tuple(activity_totals(pledges, activities)),
                )
            )
        records.append(CycleRecord(cycle, tuple(lines)))
    return TrackRecord(tuple(records))


def summary_sentence(record: TrackRecord, group_name: str) -> str:
    t = record.totals
    who = group_name or "The group"
    if not t.endorsements:
        return f"{who} has made no endorsements yet, so there is no record to show."
    parts = [f"{who} endorsed {t.endorsements:,} candidate{'s' if t.endorsements != 1 else ''}"]
    parts.append(f"{t.won:,} won, {t.lost:,} lost")
    if t.withdrew:
        parts.append(f"{t.withdrew:,} withdrew")
    if t.pending:
        parts.append(f"{t.pending:,} still to be decided")
    sentence = ": ".join(parts[:1]) + ": " + ", ".join(parts[1:]) + "."
    if t.pledges_made:
        sentence += (
            f" Members kept {t.pledges_kept:,} of the {t.pledges_made:,} pledges they made "
            f"({percent(t.pledges_kept, t.pledges_made)}%)"
        )
        sentence += f" and met {t.goals_met:,} of {t.goals_set:,} goals." if t.goals_set else "."
    return sentence
