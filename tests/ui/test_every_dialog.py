"""Every dialog in the app, opened as a user opens it: the focus starts in an input, no two
visible labels or buttons share an Alt+letter, and a dialog nobody listed here fails the run.

The dialogs are found by importing every module under `endorse_desktop.ui`, so a new dialog
cannot slip past: it must be added to FACTORIES (with the sample data it needs) to pass.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

import endorse_desktop.ui
from endorse_desktop.core.endorsements import list_endorsements
from endorse_desktop.core.races import Candidate
from endorse_desktop.core.ratings import Rating
from endorse_desktop.core.roster_import import preview_import, read_roster
from endorse_desktop.core.store import Store
from endorse_desktop.core.values import list_values
from endorse_desktop.core.voting import lifecycle as voting
from endorse_desktop.core.voting.journal import BallotDesk
from endorse_desktop.core.voting.stored import Method, Vote, load_vote
from endorse_desktop.core.voting.tally import TallyKind
from endorse_desktop.ui.commitments.activities_dialog import ActivitiesDialog, ActivityDialog
from endorse_desktop.ui.commitments.dialogs import (
    EndorsementDialog,
    GoalDialog,
    PledgeDialog,
    SignupPrintDialog,
)
from endorse_desktop.ui.meeting.correction_dialogs import (
    AmendDialog,
    EndorsementStatusDialog,
    RecusalDialog,
)
from endorse_desktop.ui.meeting.dialogs import (
    FinalizeDialog,
    LotDialog,
    MeetingDialog,
    NewVoteDialog,
    NextRoundDialog,
)
from endorse_desktop.ui.members.dialog import MemberDialog
from endorse_desktop.ui.members.import_dialog import ImportSummaryDialog, RosterImportDialog
from endorse_desktop.ui.results.dialogs import (
    NewCycleDialog,
    OfficeActionDialog,
    ResultDialog,
    ReviewDialog,
)
from endorse_desktop.ui.scorecards.dialogs import CandidateDialog, RaceDialog, RatingDialog
from endorse_desktop.ui.shell.help import HelpDialog, meeting_guide_html
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.restore_dialog import RestoreDialog
from endorse_desktop.ui.shell.settings_dialog import GroupSettingsDialog
from endorse_desktop.ui.values.dialog import ValueDialog
from endorse_desktop.ui.values.dot_weights_dialog import DotWeightsDialog
from endorse_desktop.ui.widgets.forms import INPUT_TYPES, FormDialog, is_input, mnemonic
from endorse_desktop.ui.widgets.print_dialogs import BallotsDialog, SummaryDialog
from tests.language import ui_language
from tests.voting_setup import new_meeting, new_vote

# Bases that are not dialogs anyone opens.
BASES: set[type[QDialog]] = {FormDialog}

ROSTER_CSV = b"First name,Last name,Email\nAna,Lopez,ana.lopez@example.org\n"


def hand_count_vote(store: Store) -> Vote:
    """A hand-count vote for Mayor whose round 1 is finalized: 12 for the first candidate."""
    vote = new_vote(store, "Mayor", Method.HAND_COUNT, present=20)
    desk = BallotDesk(store, vote.id)
    desk.set_count(TallyKind.OPTION, vote.options[0].id, 12)
    desk.set_count(TallyKind.ABSTAIN, None, 2)
    voting.finalize_round(store, vote.id, backup=False)
    return load_vote(store, vote.id)


def _roster_import(window: MainWindow) -> QDialog:
    plan = read_roster(ROSTER_CSV, "roster.csv")
    store = window.session.store
    return RosterImportDialog(
        plan,
        lambda mapping, eligible: preview_import(
            store, plan, mapping, new_members_eligible=eligible
        ),
        window,
    )


def _import_summary(window: MainWindow) -> QDialog:
    plan = read_roster(ROSTER_CSV, "roster.csv")
    return ImportSummaryDialog(preview_import(window.session.store, plan), "roster.csv", window)


def _dot_weights(window: MainWindow) -> QDialog:
    values = list_values(window.session.store)
    dots = {value.id: 1 for value in values if value.id is not None}
    changes = {value.id: (value.weight, 5) for value in values if value.id is not None}
    return DotWeightsDialog(values, dots, changes, window)


def _endorsements(window: MainWindow) -> dict[int, str]:
    return {e.id: f"endorsement {e.id}" for e in list_endorsements(window.session.store) if e.id}


def _first_race_id(window: MainWindow) -> int:
    return int(window.session.store.scalar("SELECT id FROM races ORDER BY id LIMIT 1"))


def _review(window: MainWindow) -> QDialog:
    from endorse_desktop.core.accountability import review_prompts

    [prompt] = review_prompts(window.session.store)  # the sample's official on a dealbreaker
    return ReviewDialog(prompt, window)


Factory = Callable[[MainWindow], QDialog]

FACTORIES: dict[type[QDialog], Factory] = {
    MemberDialog: lambda w: MemberDialog(None, lambda member: member, w),
    RosterImportDialog: _roster_import,
    ImportSummaryDialog: _import_summary,
    ValueDialog: lambda w: ValueDialog(None, set(), w),
    DotWeightsDialog: _dot_weights,
    RaceDialog: lambda w: RaceDialog(None, w),
    CandidateDialog: lambda w: CandidateDialog(Candidate(_first_race_id(w), ""), "Mayor", w),
    RatingDialog: lambda w: RatingDialog(Rating(1, 1), "Ana Ruiz", "Affordable housing", w),
    MeetingDialog: lambda w: MeetingDialog(None, w),
    NewVoteDialog: lambda w: NewVoteDialog(w.session.store, new_meeting(w.session.store), w),
    FinalizeDialog: lambda w: FinalizeDialog(1, "Ana Ruiz is endorsed.", "Ana Ruiz", w),
    NextRoundDialog: lambda w: NextRoundDialog(2, ["Ana", "Ben", "Cy"], ["Ben", "Cy"], 1, w),
    LotDialog: lambda w: LotDialog(1, ["Ben", "Cy"], w),
    AmendDialog: lambda w: AmendDialog(hand_count_vote(w.session.store), w, store=w.session.store),
    RecusalDialog: lambda w: RecusalDialog([(1, "Ana Ruiz"), (2, "Ben Okafor")], set(), w),
    EndorsementStatusDialog: lambda w: EndorsementStatusDialog("active", "", w),
    PledgeDialog: lambda w: PledgeDialog(w.session, _endorsements(w), parent=w),
    GoalDialog: lambda w: GoalDialog(w.session, next(iter(_endorsements(w))), parent=w),
    EndorsementDialog: lambda w: EndorsementDialog(w.session, w),
    ActivityDialog: lambda w: ActivityDialog(parent=w),
    ActivitiesDialog: lambda w: ActivitiesDialog(w.session, w.undo_stack, w),
    SignupPrintDialog: lambda w: SignupPrintDialog(w.session, w),
    GroupSettingsDialog: lambda w: GroupSettingsDialog(w.session.settings, w),
    RestoreDialog: lambda w: RestoreDialog(Path(w.session.store.path), w),
    HelpDialog: lambda w: HelpDialog("Running the meeting", meeting_guide_html(), w),
    BallotsDialog: lambda w: BallotsDialog(w.session.store, w),
    SummaryDialog: lambda w: SummaryDialog(w.session.store, None, w),
    ResultDialog: lambda w: ResultDialog(1, "Ana Núñez — Mayor", None, w),
    OfficeActionDialog: lambda w: OfficeActionDialog(
        1, "Ana Núñez", list_values(w.session.store), w
    ),
    ReviewDialog: _review,
    NewCycleDialog: lambda w: NewCycleDialog(["2027 Primary"], w),
}


def dialogs_in_the_app() -> set[type[QDialog]]:
    found: set[type[QDialog]] = set()
    for module in pkgutil.walk_packages(endorse_desktop.ui.__path__, "endorse_desktop.ui."):
        imported = importlib.import_module(module.name)
        for _, cls in inspect.getmembers(imported, inspect.isclass):
            if (
                issubclass(cls, QDialog)
                and cls.__module__.startswith("endorse_desktop.")
                and cls not in BASES
            ):
                found.add(cls)
    return found


pytestmark = pytest.mark.usefixtures("no_modal_boxes")  # tests/conftest.py


def open_dialog(qtbot, dialog: QDialog) -> QWidget:
    """Show the dialog as `exec` would and return where the focus went."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def mnemonic_owners(dialog: QDialog) -> list[tuple[str, str]]:
    """(letter, text) of every visible label with a buddy, button and group box title."""
    owners: list[tuple[str, str]] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            owners.append((letter, text))
    return owners


def test_the_table_covers_every_dialog_in_the_app() -> None:
    found = dialogs_in_the_app()
    assert len(found) >= 25  # the walk really found the app's dialogs
    missing = sorted(cls.__qualname__ for cls in found - set(FACTORIES))
    assert not missing, f"dialogs with no entry in FACTORIES: {missing}"
    stale = sorted(cls.__qualname__ for cls in set(FACTORIES) - found)
    assert not stale, f"FACTORIES lists classes that are not dialogs of the app: {stale}"


def test_every_dialog_is_a_form_dialog() -> None:
    others = sorted(c.__qualname__ for c in dialogs_in_the_app() if not issubclass(c, FormDialog))
    assert not others, f"dialogs not built on FormDialog: {others}"


@pytest.fixture(params=["en", "es"])
def language(request) -> Iterator[str]:
    """Each dialog in English and in Spanish: the mnemonics must be unique in both."""
    with ui_language(request.param) as used:
        yield used


@pytest.mark.parametrize("dialog_class", list(FACTORIES), ids=lambda cls: cls.__name__)
def test_dialog_opens_in_an_input_with_unique_mnemonics(
    qtbot, window, dialog_class, language
) -> None:
    dialog = FACTORIES[dialog_class](window)
    assert type(dialog) is dialog_class
    focused = open_dialog(qtbot, dialog)
    assert dialog.isAncestorOf(focused), f"focus left the dialog: {focused!r}"
    assert is_input(focused), f"{dialog_class.__name__} opens with the focus on {focused!r}"
    assert not isinstance(focused, QPushButton)
    assert isinstance(dialog, FormDialog)
    assert not dialog.buttons.isAncestorOf(focused)
    if dialog.accept_button is not None:  # Enter accepts from the first field on
        assert dialog.accept_button.isDefault()
    assert dialog.accessibleName() == dialog.windowTitle()
    # Fields a screen reader must name (buttons and check boxes are named by their text).
    unnamed = [
        type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INPUT_TYPES)
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
        and w.isVisibleTo(dialog)
        and not w.accessibleName()
    ]
    assert not unnamed, f"{dialog_class.__name__} has inputs with no accessible name: {unnamed}"
    letters = Counter(letter for letter, _ in mnemonic_owners(dialog))
    doubled = {
        letter: [text for owned, text in mnemonic_owners(dialog) if owned == letter]
        for letter, count in letters.items()
        if count > 1
    }
    assert not doubled, f"{dialog_class.__name__} uses one Alt+letter twice: {doubled}"
    dialog.reject()
