"""How races came out (issue 16): outcome, votes and share per candidate, typed or imported.

A result belongs to a candidate in a race: won, lost, advanced to the general or to a runoff,
withdrew; the votes they got and their share of the votes cast (official results often give only
a percentage, so either may be typed; a share is kept as an exact fraction, never a float); the
date the result was decided; and where it comes from.

`race_outcome` puts the endorsed candidate's result beside what the group delivered for that race
(pledged and done, by activity), from the same rollups the commitments tab uses.

`read_results_csv` reads a CSV of official results and, like the roster importer, fails loudly: a
row it cannot use is named with its column and nothing is written (`apply_results` is one
transaction).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from endorse_desktop.core.bilingual import Said, in_code
from endorse_desktop.core.dates import checked_day
from endorse_desktop.core.errors import InvalidInputError

from .commitments.pledges import activity_map, list_goals, list_pledges
from .commitments.progress import ActivityTotal, GoalProgress, activity_totals, goal_progress
from .names import name_key
from .races import Candidate, Race, get_race, list_candidates, list_races
from .store import Store, audit
from .store import cycles as repo

OUTCOMES = ("won", "lost", "advanced_general", "advanced_runoff", "withdrew")
# Words a CSV of official results (or a person) uses for each outcome.
OUTCOME_WORDS = {
    "won": "won",
    "win": "won",
    "elected": "won",
    "winner": "won",
    "lost": "lost",
    "loss": "lost",
    "defeated": "lost",
    "advanced": "advanced_general",
    "advanced to general": "advanced_general",
    "advanced_general": "advanced_general",
    "general": "advanced_general",
    "runoff": "advanced_runoff",
    "advanced to runoff": "advanced_runoff",
    "advanced_runoff": "advanced_runoff",
    "withdrew": "withdrew",
    "withdrawn": "withdrew",
}
OUTCOME_LABELS = {
    "won": "Won",
    "lost": "Lost",
    "advanced_general": "Advanced to the general",
    "advanced_runoff": "Advanced to a runoff",
    "withdrew": "Withdrew",
}
_MAX_VOTES = 10**12  # more than any electorate; a bigger number is a typing slip


class ResultError(InvalidInputError):
    """A result that cannot be recorded (one line, for the user)."""


@dataclass(frozen=True)
class Result:
    candidate_id: int
    outcome: str
    votes: int | None = None
    share: Fraction | None = None  # of the votes cast, 0..1
    decided_on: str | None = None
    source: str = ""


def outcome_label(outcome: str | None) -> str:
    return OUTCOME_LABELS.get(outcome or "", "No result yet")


def parse_outcome(text: str) -> str:
    found = OUTCOME_WORDS.get(" ".join(text.strip().lower().replace("-", " ").split()))
    if found is None:
        raise ResultError(
            f"{text.strip()!r} is not an outcome (won, lost, advanced, runoff, withdrew)",
            es=f"{text.strip()!r} no es un resultado (won, lost, advanced, runoff, withdrew)",
        )
    return found


def parse_votes(text: str) -> int | None:
    cleaned = text.strip().replace(",", "").replace("_", "")
    if not cleaned:
        return None
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ResultError(
            f"{text.strip()!r} is not a whole number of votes",
            es=f"{text.strip()!r} no es un número entero de votos",
        )
    votes = int(cleaned)
    if votes > _MAX_VOTES:
        raise ResultError(
            f"{text.strip()!r} votes is more than any election counts",
            es=f"{text.strip()!r} votos es más de lo que cuenta cualquier elección",
        )
    return votes


def parse_share(text: str) -> Fraction | None:
    """A percentage as official results print it ("52.3", "52.3%", "52,3 %") → exact 0.523."""
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        if not cleaned.isascii() or cleaned.count(".") > 1 or "/" in cleaned or "e" in cleaned:
            raise ValueError(cleaned)
        percent = Fraction(cleaned)
    except (ValueError, ZeroDivisionError):
        raise ResultError(
            f"{text.strip()!r} is not a percentage such as 52.3",
            es=f"{text.strip()!r} no es un porcentaje como 52.3",
        ) from None
    if not 0 <= percent <= 100:
        raise ResultError(
            f"{text.strip()!r} is not a percentage from 0 to 100",
            es=f"{text.strip()!r} no es un porcentaje de 0 a 100",
        )
    return percent / 100


def share_text(share: Fraction | None) -> str:
    """52.3% (one decimal, exactly half rounding up), or an empty string."""
    if share is None:
        return ""
    tenths = share * 1000
    whole = int(tenths)
    if tenths - whole >= Fraction(1, 2):
        whole += 1
    return f"{whole // 10}.{whole % 10}%"


def parse_date(text: str | None) -> str | None:
    return checked_day(text, ResultError, example="2026-06-02")


def _from_row(row: Any) -> Result:
    return Result(
        candidate_id=int(row["candidate_id"]),
        outcome=str(row["outcome"]),
        votes=row["votes"],
        share=None if row["share"] is None else Fraction(row["share"]),
        decided_on=row["decided_on"],
        source=str(row["source"]),
    )


def get_result(store: Store, candidate_id: int) -> Result | None:
    row = repo.result_for(store, candidate_id)
    return None if row is None else _from_row(row)


def results_for_race(store: Store, race_id: int) -> dict[int, Result]:
    return {
        int(row["candidate_id"]): _from_row(row) for row in repo.results_for_race(store, race_id)
    }


def _checked(result: Result) -> Result:
    if result.outcome not in OUTCOMES:
        raise ResultError(
            f"outcome must be one of {', '.join(OUTCOMES)}",
            es=f"el resultado debe ser uno de {', '.join(OUTCOMES)}",
        )
    if result.votes is not None and not 0 <= result.votes <= _MAX_VOTES:
        raise ResultError(
            "votes must be a whole number from 0", es="los votos deben ser un número entero desde 0"
        )
    if result.share is not None and not 0 <= result.share <= 1:
        raise ResultError(
            "a share of the vote is from 0% to 100%", es="un porcentaje del voto va de 0% a 100%"
        )
    parse_date(result.decided_on)
    return result


def set_result(store: Store, result: Result) -> Result | None:
    """Record (or change) a candidate's result; returns the one it replaces (for undo)."""
    _checked(result)
    before = get_result(store, result.candidate_id)
    with store.transaction():
        if store.scalar("SELECT 1 FROM candidates WHERE id = ?", (result.candidate_id,)) is None:
            raise ResultError("this candidate no longer exists", es="este candidato ya no existe")
        repo.put_result(store, result.candidate_id, _values(result))
        audit.record(
            store,
            "results",
            result.candidate_id,
            "set",
            field="outcome",
            old_value=None if before is None else before.outcome,
            new_value=result.outcome,
        )
    return before


def clear_result(store: Store, candidate_id: int) -> Result | None:
    """Remove a candidate's result (undo of a first entry); returns it."""
    before = get_result(store, candidate_id)
    if before is None:
        return None
    with store.transaction():
        repo.delete_result(store, candidate_id)
        audit.record(store, "results", candidate_id, "delete", old_value=before.outcome)
    return before


def _values(result: Result) -> dict[str, object]:
    return {
        "outcome": result.outcome,
        "votes": result.votes,
        "share": None if result.share is None else str(result.share),
        "decided_on": parse_date(result.decided_on),
        "source": result.source.strip(),
    }


# ----- a race's outcome beside what the group delivered -----------------------------------------
@dataclass(frozen=True)
class CandidateLine:
    candidate: Candidate
    result: Result | None
    share: Fraction | None  # as typed, else worked out from the race's votes
    endorsed: str | None  # the endorsement's status, if the group endorsed them


@dataclass(frozen=True)
class RaceOutcome:
    race: Race
    lines: tuple[CandidateLine, ...]
    delivered: tuple[ActivityTotal, ...]  # for the race's endorsements: pledged and done
    goals: tuple[GoalProgress, ...]

    @property
    def endorsed(self) -> tuple[CandidateLine, ...]:
        return tuple(line for line in self.lines if line.endorsed is not None)


def shares_from_votes(results: dict[int, Result]) -> dict[int, Fraction]:
    """Each candidate's share of the votes, when every result in the race has its votes."""
    if not results or any(r.votes is None for r in results.values()):
        return {}
    total = sum(r.votes or 0 for r in results.values())
    return {cid: Fraction(r.votes or 0, total) for cid, r in results.items()} if total else {}


def race_outcome(store: Store, race_id: int) -> RaceOutcome:
    race = get_race(store, race_id)
    if race is None:
        raise ResultError("this race no longer exists", es="esta contienda ya no existe")
    results = results_for_race(store, race_id)
    worked_out = shares_from_votes(results)
    endorsements = store.rows(
        "SELECT id, candidate_id, status FROM endorsements WHERE race_id = ? ORDER BY id",
        (race_id,),
    )
    status = {int(row["candidate_id"]): str(row["status"]) for row in endorsements}
    lines = []
    for candidate in list_candidates(store, race_id, include_archived=True):
        assert candidate.id is not None
        result = results.get(candidate.id)
        given = result.share if result is not None else None
        lines.append(
            CandidateLine(
                candidate, result, given or worked_out.get(candidate.id), status.get(candidate.id)
            )
        )
    activities = activity_map(store)
    pledges = [p for row in endorsements for p in list_pledges(store, int(row["id"]))]
    goals = [g for row in endorsements for g in list_goals(store, int(row["id"]))]
    return RaceOutcome(
        race,
        tuple(lines),
        tuple(activity_totals(pledges, activities)),
        tuple(goal_progress(goals, pledges, activities)),
    )


# ----- a CSV of official results ---------------------------------------------------------------
COLUMNS = ("race", "candidate", "outcome", "votes", "share", "date")
_REQUIRED = ("race", "candidate", "outcome")
_HEADER_WORDS = {
    "race": "race",
    "office": "race",
    "contest": "race",
    "candidate": "candidate",
    "name": "candidate",
    "outcome": "outcome",
    "result": "outcome",
    "votes": "votes",
    "vote count": "votes",
    "share": "share",
    "percent": "share",
    "%": "share",
    "pct": "share",
    "date": "date",
    "decided on": "date",
}


class ResultsImportError(ResultError):
    """An official-results file that cannot be used; names the row and column."""


@dataclass(frozen=True)
class ResultRow:
    line: int  # the row's number in the file (the header is row 1)
    race: str
    candidate: str
    outcome: str
    votes: int | None
    share: Fraction | None
    decided_on: str | None


def read_results_csv(data: bytes, file_name: str = "the file") -> list[ResultRow]:
    """Every row of a results CSV, checked; `ResultsImportError` names the first bad row."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ResultsImportError(
            f"line {line} of {file_name} is not UTF-8 text",
            es=f"la línea {line} de {file_name} no es texto UTF-8",
        ) from None
    if "\x00" in text:
        raise ResultsImportError(
            f"{file_name} is a binary file, not a CSV file",
            es=f"{file_name} es un archivo binario, no un archivo CSV",
        )
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ResultsImportError(
            f"{file_name} is not a readable CSV file ({error})",
            es=f"{file_name} no es un archivo CSV legible ({error})",
        ) from None
    records = [r for r in records if any(cell.strip() for cell in r)]
    if not records:
        raise ResultsImportError(f"{file_name} is empty", es=f"{file_name} está vacío")
    columns = _header(records[0], file_name)
    rows = []
    for number, cells in enumerate(records[1:], start=2):
        rows.append(_row(number, cells, columns, records[0], file_name))
    if not rows:
        raise ResultsImportError(
            f"{file_name} has a header but no results",
            es=f"{file_name} tiene un encabezado pero ningún resultado",
        )
    return rows


def _header(cells: Sequence[str], file_name: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        meaning = _HEADER_WORDS.get(" ".join(cell.strip().lower().split()))
        if meaning is None:
            continue
        if meaning in columns:
            raise ResultsImportError(
                f"{file_name}: columns {cells[columns[meaning]].strip()!r} and {cell.strip()!r} "
                f"both give the {meaning}",
                es=(
                    f"{file_name}: las columnas {cells[columns[meaning]].strip()!r} "
                    f"y {cell.strip()!r} dan ambas el campo {meaning}"
                ),
            )
        columns[meaning] = index
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        raise ResultsImportError(
            f"{file_name} has no {' or '.join(repr(m) for m in missing)} column "
            f"(columns: {', '.join(COLUMNS)})",
            es=(
                f"{file_name} no tiene la columna {' o '.join(repr(m) for m in missing)} "
                f"(columnas: {', '.join(COLUMNS)})"
            ),
        )
    return columns


def _row(
    number: int, cells: Sequence[str], columns: dict[str, int], header: Sequence[str], file: str
) -> ResultRow:
    def cell(meaning: str) -> str:
        index = columns.get(meaning)
        return "" if index is None or index >= len(cells) else cells[index]

    def fail(meaning: str, why: str) -> ResultsImportError:
        name = header[columns[meaning]].strip()
        return ResultsImportError(
            f"{file}, row {number}, column {name!r}: {why}",
            es=f"{file}, fila {number}, columna {name!r}: {in_code(why, 'es')}",
        )

    for meaning in ("race", "candidate"):
        if not cell(meaning).strip():
            raise fail(meaning, Said("is empty", "está vacío"))
    parsed: dict[str, Any] = {}
    for meaning, parse in (
        ("outcome", parse_outcome),
        ("votes", parse_votes),
        ("share", parse_share),
        ("date", parse_date),
    ):
        try:
            parsed[meaning] = parse(cell(meaning))
        except ResultError as error:
            raise fail(meaning, Said(str(error), error.es)) from None
    return ResultRow(
        number,
        " ".join(cell("race").split()),
        " ".join(cell("candidate").split()),
        parsed["outcome"],
        parsed["votes"],
        parsed["share"],
        parsed["date"],
    )


def apply_results(store: Store, rows: Sequence[ResultRow], source: str = "") -> int:
    """Record every row for the current cycle's races, all or none; returns how many.
    A race or candidate the file names that the group does not have is refused, by row."""
    races = list_races(store, include_archived=True)
    by_title: dict[str, list[Race]] = {}
    for race in races:
        by_title.setdefault(name_key(race.title), []).append(race)
        if name_key(race.office) != name_key(race.title):
            by_title.setdefault(name_key(race.office), []).append(race)
    planned: list[Result] = []
    for row in rows:
        found = by_title.get(name_key(row.race), [])
        if len(found) != 1:
            why = "matches several races" if found else "is no race of this cycle"
            why_es = (
                "coincide con varias contiendas" if found else "no es una contienda de este ciclo"
            )
            raise ResultsImportError(
                f"row {row.line}, column 'race': {row.race!r} {why}",
                es=f"fila {row.line}, columna 'race': {row.race!r} {why_es}",
            )
        race = found[0]
        assert race.id is not None
        candidates = {name_key(c.name): c for c in list_candidates(store, race.id, True)}
        candidate = candidates.get(name_key(row.candidate))
        if candidate is None or candidate.id is None:
            raise ResultsImportError(
                f"row {row.line}, column 'candidate': {row.candidate!r} is not a candidate "
                f"in {race.title}",
                es=(
                    f"fila {row.line}, columna 'candidate': {row.candidate!r} no "
                    f"es candidato en {race.title}"
                ),
            )
        planned.append(
            Result(candidate.id, row.outcome, row.votes, row.share, row.decided_on, source)
        )
    with store.transaction():
        for result in planned:
            set_result(store, result)
    return len(planned)
