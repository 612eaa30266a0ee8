"""`export signup`, `export commitments` and `export announcement`: gather, then render.

Each exporter reads plain data through the core services and hands it to its ReportLab document
(imported here, inside the function, so that start-up never pays for ReportLab).
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from endorse_desktop.core.clock import today_iso
from endorse_desktop.core.commitments.announcement import announcement_text, announcement_text_es
from endorse_desktop.core.commitments.pledges import (
    activity_map,
    election_dates,
    list_goals,
    member_names,
    offered_activities,
)
from endorse_desktop.core.commitments.progress import (
    ActivityTotal,
    GoalProgress,
    OverduePledge,
    Progress,
    Tally,
    days_late,
    effective_due,
    is_overdue,
    name_key,
)
from endorse_desktop.core.commitments.records import (
    Activity,
    ActivityCategory,
    Goal,
    Pledge,
    PledgeStatus,
)
from endorse_desktop.core.document_text import Language
from endorse_desktop.core.endorsements import (
    Endorsement,
    EndorsementError,
    describe,
    endorsements_for_race,
    list_endorsements,
)
from endorse_desktop.core.races import (
    Race,
    find_race,
    get_candidate,
    get_race,
    list_races,
)
from endorse_desktop.core.settings import settings_or_default
from endorse_desktop.core.store import Store
from endorse_desktop.core.store import commitments as commitments_repo
from endorse_desktop.reports.announcement import AnnouncementDocument, render_announcement
from endorse_desktop.reports.commitments_report import (
    CommitmentReport,
    EndorsementSection,
    MemberPledge,
    render_commitment_report,
)
from endorse_desktop.reports.signup import (
    DEFAULT_ASK,
    SignupDocument,
    SignupSheet,
    render_signup_sheets,
)


# ----- sign-up sheets ---------------------------------------------------------------------------
def _present_names_by_last_name(store: Store) -> tuple[str, ...]:
    """The members checked in at the latest meeting, by last name as people read them.

    SQLite's NOCASE puts "Élodie Hernández" after "Ruth Hernández" (it compares bytes past
    ASCII); `name_key` sets accented letters with their plain ones.
    """
    rows = sorted(
        commitments_repo.present_at_latest_meeting(store),
        key=lambda r: (name_key(r["last_name"] or ""), name_key(r["first_name"] or "")),
    )
    names = (f"{r['first_name'] or ''} {r['last_name'] or ''}".strip() for r in rows)
    return tuple(name for name in names if name)


def export_signup(
    store: Store,
    output: Path,
    *,
    race: str | None = None,
    present_names: bool = False,
    lang: Language | str | None = None,
    **_: Any,
) -> list[Path]:
    """Sheets for one race (`--race NAME`), else for every active endorsement, else every race."""
    settings = settings_or_default(store)
    names = _present_names_by_last_name(store) if present_names else ()
    sheets = tuple(
        _sheet(store, race_, endorsement, names) for race_, endorsement in _targets(store, race)
    )
    document = SignupDocument(
        group_name=settings.name,
        cycle_name=settings.cycle,
        sheet_date=today_iso(),
        ask=settings.signup_ask.strip() or DEFAULT_ASK,
        sheets=sheets,
        page_size=settings.page_size,
        independent_expenditures=settings.independent_expenditures,
        language=Language.parse(lang),
        ask_es=settings.signup_ask_es.strip(),
    )
    render_signup_sheets(document, output)
    return [output]


def _targets(store: Store, race_name: str | None) -> list[tuple[Race | None, Endorsement | None]]:
    if race_name:
        race = find_race(store, race_name)
        assert race.id is not None
        standing = [e for e in endorsements_for_race(store, race.id) if e.status != "rescinded"]
        return [(race, e) for e in standing] or [(race, None)]
    endorsed: list[tuple[Race | None, Endorsement | None]] = [
        (get_race(store, e.race_id), e) for e in list_endorsements(store, include_rescinded=False)
    ]
    if endorsed:
        return endorsed
    return [(race, None) for race in list_races(store)] or [(None, None)]


def _sheet(
    store: Store, race: Race | None, endorsement: Endorsement | None, names: tuple[str, ...]
) -> Any:
    offered = offered_activities(store, endorsement.id if endorsement else None)
    candidate = get_candidate(store, endorsement.candidate_id) if endorsement else None
    return SignupSheet(
        race_title=race.title if race else "",
        candidate=candidate.name if candidate else None,
        election_date=race.election_date if race else None,
        activities=tuple(a.name for a in offered),
        prefilled_names=names,
        offers_money=any(a.category == ActivityCategory.MONEY for a in offered),
        race_title_es=race.title_es if race else "",
        activities_es=tuple(a.name_es for a in offered),
    )


# ----- the commitment report --------------------------------------------------------------------
@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the block runs.

    The report of a large group holds a few hundred thousand small objects (pledges, rows,
    cells) that live until it is written; each full collection walks all of them again, an
    eighth of the export's time on the large sample (issue 14). Reference counting still frees
    everything else as it goes; the few cycles made meanwhile are collected afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def export_commitments(store: Store, output: Path, **_: Any) -> list[Path]:
    with _no_cycle_collection():
        return _export_commitments(store, output)


def _export_commitments(store: Store, output: Path) -> list[Path]:
    settings = settings_or_default(store)
    today = today_iso()
    activities = activity_map(store)
    names = member_names(store)
    # Each member's place in the lists: the roster's one name order (by last name, then first,
    # "Élodie" with the E's), which `member_names` reads them in.
    place = {member_id: n for n, member_id in enumerate(names)}
    goals: dict[int, list[Goal]] = {}
    for goal in list_goals(store):
        goals.setdefault(goal.endorsement_id, []).append(goal)
    endorsements = list_endorsements(store)
    order = {endorsement.id: n for n, endorsement in enumerate(endorsements)}
    rows, tallies = _read_pledges(store, goals, place, order)
    by_endorsement: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_endorsement.setdefault(row[0], []).append(row)
    titles = {e.id: describe(store, e) for e in endorsements if e.id is not None}
    sections = []
    for endorsement in endorsements:
        assert endorsement.id is not None
        sections.append(
            EndorsementSection(
                title=titles[endorsement.id],
                status=endorsement.status,
                endorsed_on=endorsement.endorsed_on,
                progress=_progress(
                    goals.get(endorsement.id, []),
                    tallies.get(endorsement.id, {}),
                    by_endorsement.get(endorsement.id, []),
                    activities=activities,
                    names=names,
                    today=today,
                ),
            )
        )
    labels = _pledged_for(store, endorsements, titles)
    report = CommitmentReport(
        group_name=settings.name,
        cycle_name=settings.cycle,
        as_of=today,
        sections=tuple(sections),
        pledges=tuple(_member_pledges(rows, names, activities, labels, today)),
        page_size=settings.page_size,
    )
    render_commitment_report(report, output)
    return [output]


def _pledged_for(
    store: Store, endorsements: list[Endorsement], titles: dict[int, str]
) -> dict[int, str]:
    """Endorsement id → whom a pledge is for, as the member list says it: the candidate's name,
    or the endorsement's title ("Ana Núñez — Mayor") where two share a candidate's name."""
    names = {}
    for endorsement in endorsements:
        assert endorsement.id is not None
        candidate = get_candidate(store, endorsement.candidate_id)
        names[endorsement.id] = candidate.name if candidate else "?"
    used = Counter(names.values())
    return {key: name if used[name] == 1 else titles[key] for key, name in names.items()}


def _read_pledges(
    store: Store, goals: dict[int, list[Goal]], place: dict[int, int], order: dict[Any, int]
) -> tuple[list[tuple[Any, ...]], dict[int, dict[tuple[int, str], Tally]]]:
    """Every pledge read once, in one scan of the table: the list's rows (endorsement, member,
    pledge, activity, quantity, unit, status, due by, notes, phone, email) by member, then by
    endorsement (in `order`), and, summed as they pass, the figures per activity and unit (a
    second pass, in SQLite, would cost more than the sums)."""
    goal_due = {
        (g.endorsement_id, g.activity_id): g.due_on for mine in goals.values() for g in mine
    }
    dates = election_dates(store)
    contacts = commitments_repo.member_contacts(store)
    rows = []
    sums: dict[tuple[int, int, str, str], int] = defaultdict(int)
    counts: dict[tuple[int, int, str], int] = defaultdict(int)
    none = ("", "")
    for e, m, i, a, quantity, unit, status, due_on, notes in commitments_repo.report_rows(store):
        due = effective_due(due_on, goal_due.get((e, a)), dates.get(e))
        rows.append((e, m, i, a, quantity, unit, status, due, notes, *contacts.get(m, none)))
        sums[(e, a, unit, status)] += quantity
        counts[(e, a, unit)] += 1
    last = len(place)
    rows.sort(key=lambda r: (place.get(r[1], last), order.get(r[0], last), r[7] or "", r[2]))
    by_status: dict[tuple[int, int, str], dict[PledgeStatus, int]] = defaultdict(dict)
    for (e, a, unit, status), quantity in sums.items():
        by_status[(e, a, unit)][PledgeStatus(status)] = quantity
    tallies: dict[int, dict[tuple[int, str], Tally]] = {}
    for (e, a, unit), quantities in by_status.items():
        tallies.setdefault(e, {})[(a, unit)] = Tally(quantities, counts[(e, a, unit)])
    return rows, tallies


def _progress(
    goals: list[Goal],
    tallies: dict[tuple[int, str], Tally],
    rows: list[tuple[Any, ...]],
    *,
    activities: dict[int, Activity],
    names: dict[int, str],
    today: str,
) -> Progress:
    """The figures the report prints for one endorsement, by the rules of
    core/commitments/progress.py, from the store's sums and the rows read for the list."""
    per_goal = tuple(
        GoalProgress(
            goal,
            activities[goal.activity_id].name,
            activities[goal.activity_id].category,
            activities[goal.activity_id].unit,
            tallies.get((goal.activity_id, activities[goal.activity_id].unit), Tally()),
        )
        for goal in goals
    )
    order = {activity_id: n for n, activity_id in enumerate(activities)}
    lines = sorted(tallies, key=lambda key: (order.get(key[0], len(order)), key[1]))
    totals = tuple(
        ActivityTotal(
            activity_id,
            activities[activity_id].name,
            activities[activity_id].category,
            unit,
            tallies[(activity_id, unit)],
        )
        for activity_id, unit in lines
    )
    late = [
        OverduePledge(
            Pledge(r[1], r[0], r[3], r[4], r[5], due_on=r[7], status=PledgeStatus(r[6]), id=r[2]),
            names.get(r[1], "?"),
            activities[r[3]].name,
            r[7],
            days_late(r[7], today),
        )
        for r in rows
        if is_overdue(r[6], r[7], today)
    ]
    late.sort(key=lambda item: (item.due, name_key(item.member_name), item.pledge.id))
    return Progress(
        goals=per_goal,
        activities=totals,
        members=(),  # the report lists each member's pledges under their name instead
        overdue=tuple(late),
        overdue_goals=tuple(g for g in per_goal if g.overdue(today)),
    )


_STATUS_LABELS = {status.value: status.label for status in PledgeStatus}


def _member_pledges(
    rows: list[tuple[Any, ...]],
    names: dict[int, str],
    activities: dict[int, Activity],
    labels: dict[int, str],
    today: str,
) -> Iterator[MemberPledge]:
    activity_names = {activity_id: a.name for activity_id, a in activities.items()}
    for endorsement, member, _, activity, quantity, unit, status, due, notes, phone, email in rows:
        yield MemberPledge(  # in field order: 20,000 of them
            member,
            names.get(member, "?"),
            phone,
            email,
            activity_names[activity],
            quantity,
            unit,
            _STATUS_LABELS[status],
            due or "",
            is_overdue(status, due, today),
            notes,
            labels.get(endorsement, "?"),
        )


# ----- the announcement -------------------------------------------------------------------------
def export_announcement(
    store: Store,
    output: Path,
    *,
    race: str | None = None,
    endorsement_id: int | None = None,
    lang: Language | str | None = None,
    **_: Any,
) -> list[Path]:
    """The endorsement's announcement as saved (or a fresh draft) as a one- or two-page PDF."""
    endorsement = _endorsement_for(store, race, endorsement_id)
    settings = settings_or_default(store)
    document = AnnouncementDocument(
        group_name=settings.name,
        cycle_name=settings.cycle,
        title=describe(store, endorsement) if endorsement else "",
        text=announcement_text(store, endorsement) if endorsement else "",
        page_size=settings.page_size,
        language=Language.parse(lang),
        # No Spanish saved yet: a Spanish draft from the record, not the English again.
        text_es=announcement_text_es(store, endorsement) if endorsement else "",
    )
    render_announcement(document, output)
    return [output]


def _endorsement_for(
    store: Store, race_name: str | None, endorsement_id: int | None
) -> Endorsement | None:
    standing = list_endorsements(store, include_rescinded=False)
    if endorsement_id is not None:
        found = [e for e in list_endorsements(store) if e.id == endorsement_id]
        if not found:
            raise EndorsementError("that endorsement no longer exists")
        return found[0]
    if race_name:
        race = find_race(store, race_name)
        in_race = [e for e in standing if e.race_id == race.id]
        if not in_race:
            raise EndorsementError(f"the group has not endorsed anyone for {race.title} yet")
        return in_race[0]
    return standing[0] if standing else None
