"""The window's own commands and menus, as data: `window_actions` says what each command is
(text, keys, where they work, tooltip, handler), `window_menus` where it sits in the menu bar.

The window builds its menu bar from these two tables; tabs add their own menu (their own table)
while they are shown; Help ▸ Keyboard Shortcuts lists what the menus hold. A handler named
"files.open_path" is a slot of the window's file controller, "documents.…" of its document
controller, "projector_control.…" of its projector controller, "help.…" of its help controller,
anything else of the window itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from endorse_desktop.ui.widgets.actions import ActionSpec, spec

SEPARATOR = "-"


@dataclass(frozen=True)
class Menu:
    """A menu: `name` is the window attribute that keeps it; no items: filled by code."""

    name: str
    title: str
    items: tuple[str | Menu, ...] = ()


def _standard_or(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's own key for a standard command, or ours where the platform has none."""
    sequence = QKeySequence(key)
    return QKeySequence(fallback) if sequence.isEmpty() else sequence


def window_actions(tr: Callable[[str], str]) -> list[ActionSpec]:
    return [
        spec(
            "undo",
            tr("&Undo"),
            QKeySequence.StandardKey.Undo,
            tr("Undo the last change"),
            "",  # the undo stack's own action
        ),
        spec(
            "redo",
            tr("&Redo"),
            QKeySequence.StandardKey.Redo,
            tr("Redo the change just undone"),
            "",
        ),
        spec(
            "new_file_dialog",
            tr("&New File…"),
            QKeySequence.StandardKey.New,
            tr("Start a new, empty group file"),
            "files.new_file_dialog",
        ),
        spec(
            "open_file_dialog",
            tr("&Open…"),
            QKeySequence.StandardKey.Open,
            tr("Open another group file"),
            "files.open_file_dialog",
        ),
        spec(
            "save_copy_dialog",
            tr("Save a &Copy…"),
            "Ctrl+Shift+S",
            tr("Write a complete copy of this file elsewhere (everything is saved already)"),
            "files.save_copy_dialog",
        ),
        spec(
            "restore_dialog",
            tr("Restore from &Backup…"),
            "Ctrl+Shift+R",
            tr("Go back to one of the automatic backups"),
            "files.restore_dialog",
        ),
        spec(
            "import_roster",
            tr("&Members Roster (CSV)…"),
            "Ctrl+Shift+I",
            tr("Add and update members from an Action Network, Mobilize or other CSV export"),
            "import_roster",
        ),
        spec(
            "print_ballots_dialog",
            tr("&Ballots…"),
            "Ctrl+Alt+B",
            tr("Paper ballots for a race: copies, ballots per page, ranked, serial numbers"),
            "documents.print_ballots_dialog",
        ),
        spec(
            "print_summary_dialog",
            tr("Meeting &Summary…"),
            "Ctrl+Alt+S",
            tr("The minutes: attendance, quorum, every vote round by round, signatures"),
            "documents.print_summary_dialog",
        ),
        spec(
            "print_signup_sheet",
            tr("&Sign-up Sheet…"),
            "Ctrl+Shift+U",
            tr("Commitment sign-up sheets to pass around the room (landscape PDF)"),
            "documents.print_signup_sheet",
        ),
        spec(
            "print_commitment_report",
            tr("Co&mmitment Report…"),
            "Ctrl+Shift+M",
            tr("Goals, pledges and who to follow up with (internal: has contact details)"),
            "documents.print_commitment_report",
        ),
        spec(
            "print_track_record",
            tr("&Track Record…"),
            "Ctrl+Alt+K",
            tr("Endorsements, results and what members delivered, by cycle (no member data)"),
            "documents.print_track_record",
        ),
        spec(
            "choose_cycle",
            tr("Election C&ycle…"),
            "Ctrl+Alt+Y",
            tr("Work in another election cycle, or open the next one"),
            "choose_cycle",
        ),
        spec(
            "export_csv_dialog",
            tr("All tables as &CSV…"),
            "Ctrl+Shift+E",
            tr("Write members, ratings, votes and commitments as CSV files for spreadsheets"),
            "documents.export_csv_dialog",
        ),
        spec(
            "edit_settings",
            tr("&Group Settings…"),
            _standard_or(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            tr("Group name, cycle, paper size and the default voting rule"),
            "edit_settings",
        ),
        spec(
            "quit",
            tr("&Quit"),
            _standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
            tr("Close the app (everything is already saved)"),
            "close",
        ),
        spec(
            "toggle_projector",
            tr("&Projector Window"),
            "Ctrl+Shift+P",
            tr("Open or close the window you show the room"),
            "projector_control.toggle_projector",
        ),
        spec(
            "present_current",
            tr("&Present Current"),
            "F5",
            tr("Show what this tab is about (e.g. the current race) on the projector"),
            "projector_control.present_current",
        ),
        spec(
            "projector_full_screen",
            tr("Projector &Full Screen"),
            "F11",
            tr("Make the projector window fill its screen (Esc leaves full screen)"),
            "projector_control.projector_full_screen",
        ),
        spec(
            "blank_projector",
            tr("&Blank Projector"),
            "Ctrl+B",
            tr("Show only the group's name on the projector"),
            "projector_control.blank_projector",
        ),
        spec(
            "projector_next",
            tr("Projector &Next"),
            "Ctrl+Right",
            tr("Step forward on the projector (next candidate or value)"),
            "projector_control.projector_next",
        ),
        spec(
            "projector_previous",
            tr("Projector Pre&vious"),
            "Ctrl+Left",
            tr("Step back on the projector"),
            "projector_control.projector_previous",
        ),
        spec(
            "show_meeting_guide",
            tr("&Running an Endorsement Meeting"),
            _standard_or(QKeySequence.StandardKey.HelpContents, "F1"),
            tr("A short guide: before, during and after the meeting"),
            "help.show_meeting_guide",
        ),
        spec(
            "show_shortcuts",
            tr("&Keyboard Shortcuts"),
            "Ctrl+/",
            tr("Every command that has a key"),
            "help.show_shortcuts",
        ),
        spec(
            "show_about",
            tr("&About Endorse Desktop"),
            "Ctrl+F1",
            tr("Version and licence"),
            "help.show_about",
        ),
    ]


def window_menus(tr: Callable[[str], str]) -> list[Menu]:
    return [
        Menu(
            "file_menu",
            tr("&File"),
            (
                "new_file_dialog",
                "open_file_dialog",
                Menu("recent_menu", tr("Open &Recent")),
                "save_copy_dialog",
                "restore_dialog",
                SEPARATOR,
                Menu("import_menu", tr("&Import"), ("import_roster",)),
                Menu("export_menu", tr("&Export"), ("export_csv_dialog",)),
                Menu(
                    "print_menu",
                    tr("&Print"),
                    (
                        "print_ballots_dialog",
                        "print_summary_dialog",
                        "print_signup_sheet",
                        "print_commitment_report",
                        "print_track_record",
                    ),
                ),
                SEPARATOR,
                "choose_cycle",
                "edit_settings",
                SEPARATOR,
                "quit",
            ),
        ),
        Menu("edit_menu", tr("&Edit"), ("undo", "redo")),
        Menu(
            "view_menu",
            tr("&View"),
            (
                "toggle_projector",
                "present_current",
                "projector_full_screen",
                Menu("theme_menu", tr("&Theme")),
                Menu("language_menu", tr("&Language")),
                Menu("screens_menu", tr("Projector &Screen")),
                Menu("projector_language_menu", tr("Projector Lan&guage")),
                "blank_projector",
                SEPARATOR,
                "projector_next",
                "projector_previous",
            ),
        ),
        Menu("help_menu", tr("&Help"), ("show_meeting_guide", "show_shortcuts", "show_about")),
    ]
