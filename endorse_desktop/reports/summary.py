"""The meeting summary (minutes, SPEC F-8): attendance, quorum, every vote round by round, the
endorsements made, what members pledged, and lines for the officers to sign.

Each vote gets one table: a row per option and a column per round (a repeated ballot's or a
ranked count's, both "Round N"), each cell the votes and their share of the base; under them the
abstentions, blank ballots, the base, the number needed, and who left the ballot after that round.
Columns keep a readable width rather than stretching a one-round table across the page. The
outcome follows as the same plain sentence the room saw on the projector, then the ballot
accounting (printed, issued, returned, blank, spoiled; "not recorded" where the file cannot know).

In Spanish or both languages (`language`) the headings, labels and signature lines come from
`core.document_text`; the sentences the core writes (attendance, rules, outcomes) come in the
same language(s) from `core.voting.minutes`, a bilingual one on two lines (English, then Spanish).
"""

from __future__ import annotations

import os

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from endorse_desktop.core.document_text import (
    ENGLISH,
    DocumentText,
    Language,
    format_date,
    texts,
)
from endorse_desktop.core.voting.minutes import BallotAccount, MeetingSummary, SummaryVote
from endorse_desktop.core.voting.rules import NO_ENDORSEMENT
from endorse_desktop.reports import common
from endorse_desktop.reports.common import Plain, escape

TITLE = "Meeting summary"
OPTION_COLUMN = 150.0
ROUND_COLUMN = 96.0  # at most: wide enough for "1,234 (100.0 %)" and a heading
NOT_ON_BALLOT = "—"


def render_summary(
    summary: MeetingSummary, path: str | os.PathLike[str], language: Language = Language.EN
) -> int:
    """Write the minutes to `path`; return the number of pages."""
    held_on = summary.meeting.held_on if summary.meeting else ""
    words = texts(language)
    info = common.DocumentInfo(
        group_name=summary.group_name,
        cycle_name=summary.cycle,
        title=f"{_say(words, 'minutes_title')} {held_on}".strip(),
        page_size=summary.page_size,
        language=language,
    )
    return common.build_document(path, info, _story(summary, info, words))


def _say(words: tuple[DocumentText, ...], name: str, **values: object) -> str:
    """A catalog string in each language of the minutes, on one line: "Votes / Votaciones"."""
    return " / ".join(dict.fromkeys(str(getattr(t, name)).format(**values) for t in words))


def _story(
    summary: MeetingSummary,
    info: common.DocumentInfo,
    words: tuple[DocumentText, ...] = (ENGLISH,),
) -> list[Flowable]:
    s = common.styles()
    meeting = summary.meeting
    if meeting is None:
        return [
            Paragraph(escape(_say(words, "minutes_title")), s.title),
            *(Paragraph(escape(t.no_meetings), s.body) for t in words),
        ]
    width = info.pagesize[0] - 2 * common.MARGIN
    story: list[Flowable] = [
        Paragraph(
            escape(
                " / ".join(
                    dict.fromkeys(
                        t.minutes_of.format(date=format_date(meeting.held_on, t.code))
                        for t in words
                    )
                )
            ),
            s.title,
        )
    ]
    details = " · ".join(part for part in (meeting.title, meeting.place) if part)
    if details:
        story.append(Paragraph(escape(details), s.body))
    story += [
        Paragraph(escape(_say(words, "attendance_quorum")), s.heading),
        Paragraph(escape(summary.attendance_text, line_breaks=True), s.body),
        Paragraph(f"<b>{escape(summary.quorum_text, line_breaks=True)}</b>", s.body),
    ]
    if meeting.notes:
        story.append(Paragraph(escape(meeting.notes, line_breaks=True), s.body))
    story.append(Paragraph(escape(_say(words, "votes_heading")), s.heading))
    if not summary.votes:
        story += [Paragraph(escape(t.no_votes), s.body) for t in words]
    for vote in summary.votes:
        story += _vote(vote, width, words)
    story.append(Paragraph(escape(_say(words, "endorsements_made")), s.heading))
    if summary.endorsements:
        header: list[common.Cell] = [
            _say(words, name) for name in ("candidate", "race_word", "status_word", "decided_by")
        ]
        rows: list[list[common.Cell]] = [header]
        rows += [
            [e.candidate, e.race_title, e.status_text, e.summary] for e in summary.endorsements
        ]
        story.append(common.data_table(rows, [width * 0.2, width * 0.2, width * 0.2, width * 0.4]))
    else:
        story.append(Paragraph(escape(_say(words, "none")) + ".", s.body))
    if summary.pledges:
        story.append(Paragraph(escape(_say(words, "commitments_pledged")), s.heading))
        for what, count in summary.pledges:
            said = " / ".join(
                dict.fromkeys(
                    t.pledges_so_far[count != 1].format(what=what, count=count) for t in words
                )
            )
            story.append(Paragraph(escape(said), s.body))
    story += [Spacer(0, 10), _signatures(width, words)]
    return story


def _vote(
    vote: SummaryVote, width: float, words: tuple[DocumentText, ...] = (ENGLISH,)
) -> list[Flowable]:
    s = common.styles()
    heading = _say(words, "vote_heading", number=vote.number, race=vote.race_title)
    head = [
        Paragraph(escape(heading), s.subheading),
        Paragraph(escape(vote.question, line_breaks=True), s.body),
        Paragraph(
            f"<b>{escape(_say(words, 'method'))}:</b> {escape(vote.method_text, line_breaks=True)}"
            # a bilingual rule is two long lines of its own: it starts on a line of its own
            + (". <br/>" if len(words) > 1 else ". ")
            + f"<b>{escape(_say(words, 'rule'))}:</b> {escape(vote.rule_text, line_breaks=True)}.",
            s.body,
        ),
        Paragraph(
            f"<b>{escape(_say(words, 'could_vote'))}:</b> "
            f"{escape(vote.numbers_text, line_breaks=True)}.",
            s.body,
        ),
    ]
    outcome = [
        Spacer(0, 4),
        Paragraph(
            f"<b>{escape(_say(words, 'outcome'))}:</b> {escape(vote.sentence, line_breaks=True)}",
            s.body,
        ),
        Paragraph(escape(_say(words, "status", status=vote.status_text)), s.small),
    ]
    table = [_rounds_table(vote, width, words)] if vote.rounds else []
    if vote.ballots:
        outcome += [Spacer(0, 4), _ballots_table(vote.ballots, words)]
    # A vote reads as one piece: its rule, its rounds and its outcome on the same page
    # (a vote too long for a page still splits, table rows and all).
    parts: list[Flowable] = [KeepTogether([*head, *table, *outcome])]
    if vote.amendments:
        parts.append(Paragraph(escape(_say(words, "amendments")), s.body))
        parts += [Paragraph(f"• {escape(line)}", s.small) for line in vote.amendments]
    parts.append(Spacer(0, 8))
    return parts


def _rounds_table(
    vote: SummaryVote, width: float, words: tuple[DocumentText, ...] = (ENGLISH,)
) -> Table:
    rounds = vote.rounds
    column = min(ROUND_COLUMN, (width - OPTION_COLUMN) / max(len(rounds), 1))
    header: list[common.Cell] = [_say(words, "option")]
    header += [_say(words, "open_round", round=r.title) if r.is_open else r.title for r in rounds]
    rows: list[list[common.Cell]] = [header]

    def add(label: str, cells: list[common.Cell]) -> None:
        rows.append([label, *cells])

    for option in vote.options:
        shown = _say(words, "no_endorsement") if option == NO_ENDORSEMENT else option
        add(shown, [Plain(r.cells.get(option, NOT_ON_BALLOT)) for r in rounds])
    if any(r.abstain is not None for r in rounds):
        add(_say(words, "abstained"), [Plain(_number(r.abstain)) for r in rounds])
        add(_say(words, "blank_or_spoiled"), [Plain(_number(r.spoiled)) for r in rounds])
    if any(r.blank is not None for r in rounds):
        add(_say(words, "blank_ballots"), [Plain(_number(r.blank)) for r in rounds])
    if any(r.exhausted is not None for r in rounds):
        add(_say(words, "exhausted"), [Plain(_number(r.exhausted)) for r in rounds])
    add(_say(words, "base"), [Plain(str(r.base)) for r in rounds])
    add(_say(words, "needed"), [Plain(str(r.needed)) for r in rounds])
    add(_say(words, "leaves_after"), [", ".join(r.eliminated) or NOT_ON_BALLOT for r in rounds])
    if any(r.tied for r in rounds):
        add(_say(words, "tied"), [", ".join(r.tied) or "" for r in rounds])
    first_footer = len(vote.options) + 1
    style = [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, first_footer), (-1, -1), common.HEADER_FILL),
        ("LINEABOVE", (0, first_footer), (-1, first_footer), 1.0, common.INK),
    ]
    return common.data_table(rows, [OPTION_COLUMN] + [column] * len(rounds), style=style)


def _ballots_table(
    accounts: tuple[BallotAccount, ...], words: tuple[DocumentText, ...] = (ENGLISH,)
) -> Table:
    """Ballot accounting: a row per paper ballot handed out."""
    together = any(a.blank_or_spoiled for a in accounts)
    header: list[common.Cell] = [
        _say(words, name) for name in ("ballot_accounting", "printed_count", "issued", "returned")
    ]
    extra = ("blank_or_spoiled", "spoiled_typed") if together else ("blank", "spoiled")
    header += [_say(words, name) for name in extra]
    rows: list[list[common.Cell]] = [header]
    for account in accounts:
        rows.append(
            [
                Plain(account.title),
                *(
                    Plain(account.text(value))
                    for value in (
                        account.printed,
                        account.issued,
                        account.returned,
                        account.blank,
                        account.spoiled,
                    )
                ),
            ]
        )
    style = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    return common.data_table(rows, [OPTION_COLUMN, 66.0, 66.0, 66.0, 80.0, 80.0], style=style)


def _number(value: int | None) -> str:
    return NOT_ON_BALLOT if value is None else str(value)


def _signatures(width: float, words: tuple[DocumentText, ...] = (ENGLISH,)) -> Flowable:
    s = common.styles()
    line = "_" * (40 if len(words) == 1 else 30)  # "Firma / Signed" takes room from the line
    signed, name = _say(words, "signed"), _say(words, "name")
    date_line = _say(words, "date", date="____________________")
    rows = [
        [
            Paragraph(escape(_say(words, "facilitator")), s.body),
            Paragraph(escape(_say(words, "secretary")), s.body),
        ],
        [Paragraph(f"{escape(signed)}: {line}", s.body)] * 2,
        [Paragraph(f"{escape(name)}: {line}", s.body)] * 2,
        [Paragraph(escape(date_line), s.body)] * 2,
    ]
    table = Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 10)]))
    return KeepTogether([Paragraph(escape(_say(words, "approved")), s.heading), table])
