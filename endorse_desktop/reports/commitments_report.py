"""The commitment report (SPEC F-8): how each endorsement's promises stand, and who made them.

For each endorsement: its goals against what members pledged and did (with bars), the totals per
activity, the overdue pledges, and every pledge grouped by member with the member's phone and
email so that organizers can follow up. Because of those contact details, every page is marked
internal in its header.

"Pledged" counts pledges that are pledged, confirmed or done; "done" counts done ones (the rule
lives in core/commitments/progress.py, shared with the screen and the projector).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from endorse_desktop.core.commitments.progress import (
    GoalProgress,
    describe_amounts,
    percent,
    quantity_text,
)
from endorse_desktop.core.documents import CommitmentReport, EndorsementSection, MemberPledge
from endorse_desktop.reports import common
from endorse_desktop.reports.common import Plain, TextPart, escape

TITLE = "Commitment report"
INTERNAL_MARK = "Internal — contains member contact details"


def render_commitment_report(report: CommitmentReport, path: str | os.PathLike[str]) -> int:
    """Write the report to `path` (PDF); return the number of pages."""
    info = common.DocumentInfo(
        report.group_name,
        report.cycle_name,
        f"{TITLE} · {INTERNAL_MARK}",
        report.page_size,
        generated_at=report.generated_at,
    )
    width = info.pagesize[0] - 2 * common.MARGIN
    s = common.styles()
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(
            f"<b>{escape(INTERNAL_MARK)}.</b> Share it only with the group's organizers.", s.body
        ),
        Paragraph(
            escape(
                f"As of {report.as_of}. Pledged counts pledges that are pledged, confirmed or "
                "done; no-shows and dropped pledges are left out. A pledge is overdue when it is "
                "still open after its due date (its own, else its goal's, else election day)."
            ),
            s.small,
        ),
    ]
    if not report.sections:
        story.append(Spacer(0, 12))
        story.append(Paragraph("The group has no endorsements yet, so nothing is pledged.", s.body))
    for index, section in enumerate(report.sections):
        if index:
            story.append(PageBreak())
        story += _section(section, width)
    return common.build_document(path, info, story)


def _section(section: EndorsementSection, width: float) -> list[Flowable]:
    s = common.styles()
    progress = section.progress
    story: list[Flowable] = [
        Paragraph(escape(section.title), s.heading),
        Paragraph(escape(f"Endorsed {section.endorsed_on} · {section.status}"), s.small),
        Paragraph("Goals", s.subheading),
    ]
    if progress.goals:
        story.append(_goals_table(progress.goals, width))
    else:
        story.append(Paragraph("No goals set for this endorsement yet.", s.body))
    story.append(Paragraph("Totals by activity", s.subheading))
    if progress.activities:
        rows: list[list[common.Cell]] = [
            ["Activity", "Unit", "Pledged", "Done", "Open", "No-show / dropped", "Pledges"]
        ]
        for line in progress.activities:
            t = line.tally
            rows.append(
                [
                    line.activity_name,
                    Plain(line.unit),
                    *(Plain(f"{n:,}") for n in (t.pledged, t.done, t.open, t.lapsed, t.pledges)),
                ]
            )
        widths = _widths(width, [3.2, 1.2, 1, 1, 1, 1.5, 1])
        story.append(common.data_table(rows, widths, style=_right(2, 6)))
    else:
        story.append(Paragraph("No pledges yet.", s.body))
    story.append(Paragraph("Overdue", s.subheading))
    if progress.overdue or progress.overdue_goals:
        for goal in progress.overdue_goals:
            story.append(
                Paragraph(
                    escape(
                        f"Goal past due: {goal.activity_name} — {goal.done:,} of "
                        f"{quantity_text(goal.target, goal.unit)} done by {goal.goal.due_on}"
                    ),
                    s.body,
                )
            )
        if progress.overdue:
            story.append(
                common.StreamTable(
                    ["Member", "Activity", "Quantity", "Due", "Days late"],
                    [
                        [
                            item.member_name,
                            item.activity_name,
                            quantity_text(item.pledge.quantity, item.pledge.unit),
                            item.due,
                            f"{item.days_late:,}",
                        ]
                        for item in progress.overdue
                    ],
                    _widths(width, [2.4, 2.4, 1.2, 1.1, 0.9]),
                    caption=f"{section.title}: overdue",
                    right=frozenset({4}),
                )
            )
    else:
        story.append(Paragraph("Nothing is overdue.", s.body))
    story.append(Paragraph("Pledges by member", s.subheading))
    if section.pledges:
        story.append(_pledges_table(section.pledges, width, section.title))
    else:
        story.append(Paragraph("No pledges yet.", s.body))
    if progress.members:
        story.append(Paragraph("Totals by member", s.subheading))
        story.append(
            common.StreamTable(
                [
                    "Member",
                    "Pledges",
                    "Open",
                    "Done",
                    "No-show / dropped",
                    "Amount pledged",
                    "Amount done",
                ],
                [
                    [
                        member.member_name,
                        *(f"{n:,}" for n in (member.pledges, member.open, member.done)),
                        f"{member.lapsed:,}",
                        describe_amounts(member.pledged_amounts) or "–",
                        describe_amounts(member.done_amounts) or "–",
                    ]
                    for member in progress.members
                ],
                _widths(width, [2.4, 0.95, 0.75, 0.75, 1.2, 2, 2]),
                caption=f"{section.title}: totals by member",
                right=frozenset({1, 2, 3, 4}),
            )
        )
    return story


def _goals_table(goals: Sequence[GoalProgress], width: float) -> Any:
    rows: list[list[common.Cell]] = [
        ["Activity", "Goal", "Pledged", "Done", "Due", "Pledged / done of the goal"]
    ]
    widths = _widths(width, [2.5, 1.3, 0.9, 0.8, 1.1, 3.0])
    # the bar fills its column but leaves room for the longest label ("1000% pledged")
    bar_width = widths[-1] - 2 * common.CELL_PADDING - common.text_width("1000% pledged", 8) - 6
    for goal in goals:
        rows.append(
            [
                goal.activity_name,
                Plain(quantity_text(goal.target, goal.unit)),
                Plain(f"{goal.pledged:,}"),
                Plain(f"{goal.done:,}"),
                Plain(goal.goal.due_on or "–"),
                [
                    _bar(
                        goal.pledged_share,
                        bar_width,
                        f"{percent(goal.pledged, goal.target)}% pledged",
                    ),
                    Spacer(0, 2),
                    _bar(
                        goal.done_share,
                        bar_width,
                        f"{percent(goal.done, goal.target)}% done",
                        done=True,
                    ),
                ],
            ]
        )
    return common.data_table(rows, widths, style=_right(2, 3))


def _bar(share: Fraction, width: float, label: str, *, done: bool = False) -> Flowable:
    # pledged blue, done orange: told apart in every kind of colour vision, and labelled
    fill = common.ORANGE if done else common.BLUE
    return common.HorizontalBar(share, width, 8, label, fill=fill)


def _pledges_table(pledges: Sequence[MemberPledge], width: float, caption: str) -> Flowable:
    """A row per pledge. The member's name is on every row (a member's pledges may run onto the
    next page); phone and email under it on the member's first row."""
    rows: list[list[common.StreamCell]] = []
    last_member: int | None = None
    overdue = TextPart("overdue", bold=True, colour=common.VERMILLION)
    for pledge in pledges:
        # plain text where a cell is one plain line: the cheapest cell to lay out, 20,000 times
        member: common.StreamCell = pledge.member_name
        if pledge.member_id != last_member:
            member = [TextPart(pledge.member_name, bold=True)]
            member += [TextPart(detail) for detail in (pledge.phone, pledge.email) if detail]
            last_member = pledge.member_id
        status: common.StreamCell = pledge.status
        if pledge.overdue:
            status = (TextPart(pledge.status), overdue)
        rows.append(
            [
                member,
                pledge.activity,
                quantity_text(pledge.quantity, pledge.unit),
                status,
                pledge.due or "–",
                pledge.notes,
            ]
        )
    return common.StreamTable(
        ["Member", "Activity", "Quantity", "Status", "Due", "Notes"],
        rows,
        _widths(width, [3.3, 2.2, 1.1, 1.1, 1.35, 1.75]),
        caption=f"{caption}: pledges by member",
    )


def _widths(width: float, weights: Sequence[float]) -> list[float]:
    total = sum(weights)
    return [width * weight / total for weight in weights]


def _right(first: int, last: int) -> list[tuple[Any, ...]]:
    return [("ALIGN", (first, 1), (last, -1), "RIGHT")]
