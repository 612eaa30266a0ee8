"""The track record (issue 16): a one-page public summary, then every endorsement by cycle.

Page one stands alone (`summary_only` prints just it): what the group endorsed, how those races
came out, primaries against generals, and what members delivered, as counts. The pages after it
list each cycle's endorsements in a `StreamTable` (a group with years of cycles prints fast).
No member is named anywhere: every page may be handed to an elected or a campaign.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from endorse_desktop.core.commitments.progress import percent
from endorse_desktop.core.results import outcome_label, share_text
from endorse_desktop.core.track_record import CycleRecord, Tallies, TrackRecord, summary_sentence
from endorse_desktop.reports import common
from endorse_desktop.reports.common import Plain, escape

TITLE = "Track record"
SUMMARY_TITLE = "Track record · public summary"
_MAX_WINS_LISTED = 10  # the summary must stay one page


def render_track_record(
    record: TrackRecord,
    path: str | os.PathLike[str],
    *,
    group_name: str,
    page_size: str = "letter",
    summary_only: bool = False,
) -> int:
    """Write the PDF; returns the number of pages."""
    info = common.DocumentInfo(
        group_name,
        _cycles_text(record),
        SUMMARY_TITLE if summary_only else TITLE,
        page_size,
    )
    width = info.pagesize[0] - 2 * common.MARGIN
    story = _summary(record, group_name, width)
    if not summary_only:
        for cycle in record.cycles:
            story.append(PageBreak())
            story += _cycle_pages(cycle, width)
    return common.build_document(path, info, story)


def _cycles_text(record: TrackRecord) -> str:
    names = [r.cycle.name for r in record.cycles]
    if not names:
        return ""
    return names[0] if len(names) == 1 else f"{names[0]} – {names[-1]}"


def _widths(width: float, parts: Sequence[float]) -> list[float]:
    total = sum(parts)
    return [width * part / total for part in parts]


def _kept(t: Tallies) -> str:
    if not t.pledges_made:
        return "–"
    return f"{t.pledges_kept:,} of {t.pledges_made:,} ({percent(t.pledges_kept, t.pledges_made)}%)"


def _won_of(t: Tallies) -> str:
    return f"{t.won:,} of {t.endorsements:,}" if t.endorsements else "–"


def _summary(record: TrackRecord, group_name: str, width: float) -> list[Flowable]:
    s = common.styles()
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(escape(summary_sentence(record, group_name)), s.body),
    ]
    if not record.cycles:
        return story
    rows: list[list[common.Cell]] = [
        [
            "Cycle",
            "Endorsed",
            "Won",
            "Lost",
            "Withdrew",
            "Pending",
            "Primaries won",
            "Generals won",
            "Pledges kept",
        ]
    ]
    for cycle in record.cycles:
        t, p, g = cycle.totals, cycle.primaries, cycle.generals
        rows.append(
            [
                cycle.cycle.name,
                *(Plain(f"{n:,}") for n in (t.endorsements, t.won, t.lost, t.withdrew, t.pending)),
                Plain(_won_of(p)),
                Plain(_won_of(g)),
                Plain(_kept(t)),
            ]
        )
    if len(record.cycles) > 1:
        t = record.totals
        p = Tallies.of([line for line in record.lines if line.is_primary])
        g = Tallies.of([line for line in record.lines if not line.is_primary])
        rows.append(
            [
                Plain("All cycles"),
                *(Plain(f"{n:,}") for n in (t.endorsements, t.won, t.lost, t.withdrew, t.pending)),
                Plain(_won_of(p)),
                Plain(_won_of(g)),
                Plain(_kept(t)),
            ]
        )
    story.append(Paragraph("By cycle", s.heading))
    widths = _widths(width, [1.9, 1.0, 0.6, 0.6, 1.0, 0.9, 1.1, 1.1, 1.6])
    style = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    if len(record.cycles) > 1:
        style.append(("FONTNAME", (0, -1), (-1, -1), common.FONT_BOLD))
    story.append(common.data_table(rows, widths, style=style))
    wins = [line for line in record.lines if line.won]
    if wins:
        story.append(Paragraph("Endorsed and elected (or advanced)", s.heading))
        for line in wins[-_MAX_WINS_LISTED:][::-1]:
            share = f", {share_text(line.share)}" if line.share is not None else ""
            story.append(
                Paragraph(
                    escape(
                        f"{line.candidate} — {line.race_title} ({line.cycle_name}): "
                        f"{outcome_label(line.outcome).lower()}{share}"
                    ),
                    s.body,
                )
            )
        if len(wins) > _MAX_WINS_LISTED:
            story.append(
                Paragraph(escape(f"… and {len(wins) - _MAX_WINS_LISTED:,} earlier."), s.small)
            )
    story.append(Spacer(0, 8))
    story.append(
        Paragraph(
            escape(
                "A win is a race won or a primary the candidate advanced from. Pledges kept are "
                "the pledges members marked done, of all they made (no-shows and dropped "
                "pledges count as made, not kept). No member is named in this record."
            ),
            s.small,
        )
    )
    return story


def _cycle_pages(cycle: CycleRecord, width: float) -> list[Flowable]:
    s = common.styles()
    story: list[Flowable] = [Paragraph(escape(cycle.cycle.name), s.heading)]
    if not cycle.lines:
        story.append(Paragraph("No endorsements in this cycle.", s.body))
        return story
    rows = []
    for line in cycle.lines:
        delivered = "; ".join(
            f"{a.activity_name}: {a.tally.done:,} of {a.tally.pledged:,} {a.unit} done"
            for a in line.activities
            if a.tally.pledged
        )
        rows.append(
            [
                line.race_title,
                line.stage,
                line.candidate,
                line.status,
                outcome_label(line.outcome),
                share_text(line.share) or "–",
                f"{line.goals_met:,} of {line.goals_set:,}" if line.goals_set else "–",
                delivered or "–",
            ]
        )
    story.append(
        common.StreamTable(
            [
                "Race",
                "Stage",
                "Candidate",
                "Status",
                "Result",
                "Share",
                "Goals met",
                "Delivered (done of pledged)",
            ],
            rows,
            _widths(width, [1.7, 0.9, 1.5, 1.1, 1.3, 0.8, 0.8, 3.0]),
            caption=f"{cycle.cycle.name}, continued",
            right=frozenset({5, 6}),
        )
    )
    return story
