"""The Meeting & Voting tab's commands: one table (`ui/widgets/actions.py`).

All are window-wide while the tab is shown (issue 12: Ctrl+T and F7 right after a click on the
tab bar). A handler "votes.…" is a slot of the tab's `VoteController`, "corrections.…" of its
`VoteCorrections`; "speech_timer.…" of its
speech timer; anything else of the tab.
"""

from __future__ import annotations

from collections.abc import Callable

from endorse_desktop.ui.widgets.actions import ActionSpec, spec


def meeting_actions(tr: Callable[[str], str]) -> tuple[ActionSpec, ...]:
    return (
        spec(
            "new_meeting",
            tr("&New Meeting…"),
            "Ctrl+Alt+N",
            tr("Start a new meeting: date and place"),
            "new_meeting",
        ),
        spec(
            "edit_meeting",
            tr("&Edit Meeting…"),
            "Ctrl+Alt+M",
            tr("Change this meeting's date, place or notes"),
            "edit_meeting",
        ),
        spec(
            "check_in",
            tr("Check &In…"),
            "Ctrl+I",
            tr("Type a member's name to check them in"),
            "focus_check_in",
        ),
        spec(
            "new_vote",
            tr("New &Vote…"),
            "Ctrl+Shift+V",
            tr("Vote on a race: method and rule"),
            "votes.new_vote",
        ),
        spec(
            "count",
            tr("&Count Ballots"),
            "Ctrl+T",
            tr("Put the keyboard on the tally"),
            "focus_tally",
        ),
        spec(
            "recusals",
            tr("&Recusals…"),
            "Ctrl+Alt+R",
            tr("Members who sit this vote out for a conflict of interest"),
            "corrections.edit_recusals",
        ),
        spec(
            "finalize",
            tr("&Finalize Round…"),
            "Ctrl+Return",
            tr("Lock this round and announce the result"),
            "votes.finalize_round",
        ),
        spec(
            "next_round",
            tr("Ne&xt Round…"),
            "Ctrl+Shift+N",
            tr("No decision: open the next round under the repeated-ballot rule"),
            "votes.open_next_round",
        ),
        spec(
            "close_vote",
            tr("C&lose Vote"),
            "Ctrl+Alt+C",
            tr("Stop balloting without a decision"),
            "votes.close_vote",
        ),
        spec(
            "run_count",
            tr("Run the &Ranked Count"),
            "F9",
            tr("Count the ranked ballots so far, round by round"),
            "votes.run_ranked_count",
        ),
        spec(
            "lot",
            tr("Record a &Lot…"),
            "Ctrl+Shift+L",
            tr("A tie for fewest votes in a ranked count: record whom the lot eliminated"),
            "votes.record_lot",
        ),
        spec(
            "amend",
            tr("&Amend Finalized Round…"),
            "Ctrl+Shift+A",
            tr("Correct a finalized round, with a reason kept in the audit log"),
            "corrections.amend_round",
        ),
        spec(
            "endorsement",
            tr("En&dorsement Status…"),
            "Ctrl+Shift+D",
            tr("Active, conditional or rescinded: the change is kept in the audit log"),
            "corrections.edit_endorsement",
        ),
        spec(
            "export_record",
            tr("&Export Vote Record…"),
            "Ctrl+Alt+E",
            tr("Save this vote as a vote record (JSON) that anyone can recount"),
            "corrections.export_vote_record",
        ),
        spec(
            "show_vote",
            tr("Show Live &Vote"),
            "F6",
            tr("Put the live vote on the projector"),
            "show_live_vote",
        ),
        spec(
            "show_result",
            tr("Show Res&ult"),
            "F7",
            tr("Put the result sentence on the projector"),
            "show_result",
        ),
        spec(
            "show_timer",
            tr("Show Speech &Timer"),
            "F8",
            tr("Put the speech countdown on the projector"),
            "show_timer",
        ),
        spec(
            "timer_start",
            tr("&Start or Pause Timer"),
            "Ctrl+Shift+T",
            tr("Start the speech countdown, or pause it"),
            "speech_timer.toggle",
        ),
        spec(
            "timer_reset",
            tr("Rese&t Timer"),
            "Ctrl+Alt+T",
            tr("Put the countdown back to the full length"),
            "speech_timer.reset",
        ),
    )
