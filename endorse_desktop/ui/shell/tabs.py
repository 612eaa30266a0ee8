"""The main window's tabs, in order, and how each is built.

Tabs are built the first time they are shown, so start-up pays only for the one on screen.
A tab is built from the session and the window as `ui/shell/host.TabHost`; what it offers the
window (its menu, what F5 presents, its smoke test) it declares by subclassing `TabFeatures`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from endorse_desktop.ui.shell.placeholder import ComingSoonTab
from endorse_desktop.ui.values.tab import ValuesTab
from endorse_desktop.ui.widgets.text import translator

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.host import TabHost
    from endorse_desktop.ui.shell.session import Session


_tr = translator("Tabs")


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    build: Callable[[Session, TabHost], QWidget]


def _coming_soon(title: str, explanation: str) -> Callable[[Session, TabHost], QWidget]:
    def build(session: Session, window: TabHost) -> QWidget:
        return ComingSoonTab(title, explanation)

    return build


def _meeting_tab(session: Session, window: TabHost) -> QWidget:
    # deferred: built when first shown; ~300 ms at start-up otherwise (python -X importtime)
    from endorse_desktop.ui.meeting.tab import MeetingTab

    return MeetingTab(session, window)


def _build_values(session: Session, window: TabHost) -> QWidget:
    return ValuesTab(session, window)  # the first tab: built at every start


def _build_scorecards(session: Session, window: TabHost) -> QWidget:
    # deferred: built when first shown; ~105 ms at start-up otherwise (python -X importtime)
    from endorse_desktop.ui.scorecards.tab import ScorecardsTab

    return ScorecardsTab(session, window)


def _members_tab(session: Session, window: TabHost) -> QWidget:
    # deferred: built when first shown; ~95 ms at start-up otherwise (python -X importtime)
    from endorse_desktop.ui.members.tab import MembersTab

    return MembersTab(session, window)


def _commitments_tab(session: Session, window: TabHost) -> QWidget:
    # deferred: built when first shown; ~160 ms at start-up otherwise (python -X importtime)
    from endorse_desktop.ui.commitments.tab import CommitmentsTab

    return CommitmentsTab(session, window)


def _results_tab(session: Session, window: TabHost) -> QWidget:
    # deferred: built when first shown; ~420 ms at start-up otherwise (python -X importtime)
    from endorse_desktop.ui.results.tab import ResultsTab

    return ResultsTab(session, window)


def tab_specs() -> list[TabSpec]:
    return [
        TabSpec("values", _tr("&Values"), _build_values),
        TabSpec("scorecards", _tr("&Candidates && Scorecards"), _build_scorecards),
        TabSpec("meeting", _tr("&Meeting && Voting"), _meeting_tab),
        TabSpec("commitments", _tr("C&ommitments"), _commitments_tab),
        TabSpec("members", _tr("M&embers"), _members_tab),
        TabSpec("results", _tr("&Results && Track Record"), _results_tab),
    ]
