"""What a tab may use of the window around it, and what the window may ask of a tab.

Tabs depend on `TabHost`, never on `MainWindow`: the window imports the tabs, the tabs import
this small protocol, and no import goes round in a circle. The window finds a tab's features
through `TabFeatures` (a tab subclasses it and overrides what it offers), not by probing with
`hasattr`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from endorse_desktop.ui.shell.session import Session
    from endorse_desktop.ui.shell.workers import Runner


class TabHost(Protocol):
    """The window as a tab sees it."""

    @property
    def session(self) -> Session: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    @property
    def projector(self) -> Any:
        """The projector window, or None while it has never been opened."""

    @property
    def import_roster_action(self) -> QAction:
        """File ▸ Import ▸ Members Roster: the Members tab lists it in its own menu too."""

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        """A message in the window's status bar."""

    def show_meeting_status(self, meeting_id: int | None) -> None:
        """Which meeting the status bar's present/quorum line follows."""

    def ensure_projector(self) -> Any:
        """The projector window, created if needed (not shown)."""

    def export(self, kind: str, output: Path, open_after: bool = True, **options: Any) -> None:
        """Write a document off the GUI thread, then open it."""

    # Slow work off the GUI thread, with the window's progress dialog.
    run_in_background: Runner

    def show_tab(self, key: str) -> Any:
        """Bring a tab to the front (built if needed) and return it."""


PresentationRequest = tuple[str, dict[str, Any]]


class TabFeatures:
    """What a tab offers the window; every feature has a do-nothing default.

    A plain mixin (not a `typing.Protocol`): Qt's metaclass and Protocol's cannot be combined,
    and subclassing makes the contract explicit: `class ValuesTab(TabPage)`.
    """

    def menu_title(self) -> str:
        """The title of the tab's own menu (empty: the tab's title)."""
        return ""

    def menu_actions(self) -> list[QAction]:
        """The tab's menu, shown while the tab is; no actions, no menu."""
        return []

    def presentation(self) -> PresentationRequest | None:
        """What F5 puts on the projector: a slide id and its parameters (None: the title)."""
        return None

    def smoke_test(self, folder: Path) -> None:
        """Exercise the tab for `--smoke-test` (writing any files into `folder`)."""

    def refresh(self) -> None:
        """Re-read the data (after the file changed under the tab)."""


class TabPage(QWidget, TabFeatures):
    """A tab's page: the session it shows, the window around it (`window_`), and its name for
    screen readers."""

    def __init__(self, session: Session, window: TabHost, accessible_name: str = "") -> None:
        super().__init__()
        self.session = session
        self.window_ = window
        if accessible_name:
            self.setAccessibleName(accessible_name)
