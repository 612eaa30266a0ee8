"""The README's pictures, from the real app on a real X screen, driven as a person drives it.

    python -m tests.scenarios.screenshots [FOLDER]      (default: docs/screenshots)

Starts Xvfb (1920×1080, the projector's size) with openbox, builds the sample group in a
temporary folder (with a private HOME, so no settings of yours are read or changed), and runs
three scenarios through the keyboard-scenario harness: the first run, a tour of the tabs, and
the projector. Each picture is `import -window root`, cut to the window it shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.scenarios.harness import REPO, Person, run_scenario

COUNCIL = "City Council — Ward 3"
ROSTER_CSV = (
    "First Name,Last Name,Email,Phone,Zip Code,Dues Paid,Volunteer Interests\n"
    "Maya,Ortiz,maya@example.org,555-0101,48104,yes,canvassing\n"
    "Dev,Patel,dev@example.org,555-0102,48103,no,phone bank\n"
    "MAYA,Ortiz,MAYA@EXAMPLE.ORG,,48104,,text bank\n"
)


def first_run(person: Person) -> None:
    """The welcome page of an empty file, then the group settings it opens."""
    from PySide6.QtCore import Qt

    window = person.window
    person.wait_until(lambda: window.pages.currentWidget() is window.welcome, "the welcome page")
    person.screenshot("welcome", window)

    def settings(dialog) -> None:
        person.type("Riverton Indivisible")
        person.press(Qt.Key.Key_Tab)
        person.type("2026 General")
        person.screenshot("group-settings", dialog)
        person.press(Qt.Key.Key_Escape)

    person.in_dialog(lambda: person.click(window.welcome.create_button), settings)


first_run.window_size = (1100, 700)  # type: ignore[attr-defined]


def tour(person: Person) -> None:
    """Each tab of the sample group, as the README shows it."""
    from PySide6.QtCore import Qt

    from tests.scenarios.test_scenario_ranked_result import choose_vote

    window = person.window
    person.click_tab("Values")
    person.screenshot("values", window)

    person.click_tab("Candidates & Scorecards")
    tab = window.tabs.currentWidget()
    person.click(tab.grid, tab.grid.visualRect(tab.grid.model().index(1, 1)).center())
    person.screenshot("scorecards", window)

    person.click_tab("Meeting & Voting")
    choose_vote(person, COUNCIL)
    person.screenshot("meeting", window)

    person.click_tab("Commitments")
    person.press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Progress
    person.screenshot("commitments", window)
    person.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Type In a Sign-up Sheet
    sheet = window.tabs.currentWidget().sheet
    person.click(sheet.view)
    person.type("sofia")
    person.press(Qt.Key.Key_Return)
    person.type("13")
    person.screenshot("signup-entry", window)
    person.press(Qt.Key.Key_Escape)

    person.click_tab("Members")
    person.screenshot("members", window)
    roster = window.session.path.with_name("action-network-export.csv")
    roster.write_text(ROSTER_CSV, encoding="utf-8")
    members = window.tabs.currentWidget()

    def look(dialog) -> None:
        person.screenshot("roster-import", dialog)
        person.press(Qt.Key.Key_Escape)

    person.in_dialog(lambda: members.import_roster(roster), look)

    dark = next(a for a in window._theme_actions.actions() if a.data() == "dark")
    dark.trigger()  # View ▸ Theme ▸ Dark
    window.statusBar().clearMessage()
    window.resize(1200, 720)  # the grid at 1200 px paints its header and first column whole
    person.wait_until(lambda: window.width() == 1200, "the window at 1200 px")
    person.click_tab("Candidates & Scorecards")
    person.screenshot("scorecards-dark", window)


tour.window_size = (1280, 800)  # type: ignore[attr-defined]


def projector(person: Person) -> None:
    """The projector full screen: at rest, a scorecard, the live vote, the result, the timer and
    the thermometer, each put up with the facilitator's keys."""
    from PySide6.QtCore import Qt

    from tests.scenarios.test_scenario_ranked_result import choose_vote

    window = person.window
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    def back_to_the_window() -> None:  # the facilitator clicks their own window again
        window.activateWindow()
        person.wait_until(window.isActiveWindow, "the main window active again")

    def wall(slide_id: str) -> None:
        wall_window = window.projector
        person.wait_until(
            lambda: wall_window.current_slide.slide_id == slide_id, f"the {slide_id} slide"
        )
        # one X screen here: the projector's window comes to the front for its picture (in the
        # room it is on a screen of its own), then the facilitator's window takes the keys again
        wall_window.raise_()
        wall_window.activateWindow()
        person.wait_until(wall_window.isActiveWindow, "the projector in front")
        person.wait(300)
        person.screenshot(f"projector-{slide_id}")
        back_to_the_window()

    person.click_tab("Values")
    person.press(Qt.Key.Key_P, ctrl_shift)  # Projector Window
    person.wait_until(lambda: window.projector is not None, "the projector window")
    person.press(Qt.Key.Key_F11)
    projector_window = window.projector
    person.wait_until(projector_window.isFullScreen, "the projector full screen")
    back_to_the_window()
    person.press(Qt.Key.Key_F5)  # Present Current: Values has nothing to show, so the title
    wall("title")

    person.click_tab("Candidates & Scorecards")
    tab = window.tabs.currentWidget()
    person.click(tab.grid, tab.grid.visualRect(tab.grid.model().index(0, 0)).center())
    back_to_the_window()
    person.press(Qt.Key.Key_F5)
    wall("scorecard")

    person.click_tab("Meeting & Voting")
    choose_vote(person, COUNCIL)
    back_to_the_window()
    person.press(Qt.Key.Key_F6)
    wall("vote")
    person.press(Qt.Key.Key_F7)
    wall("result")
    person.press(Qt.Key.Key_F8)
    wall("timer")

    person.click_tab("Commitments")
    back_to_the_window()
    person.press(Qt.Key.Key_F5)
    wall("thermometer")


def main(argv: list[str]) -> int:
    from endorse_desktop.core.demo import build_demo
    from tests.scenarios.conftest import _x_server

    out = Path(argv[0] if argv else REPO / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            (root / name.lower()).mkdir()
            os.environ[name] = str(root / name.lower())
        os.environ["HOME"] = str(root)
        os.environ["ENDORSE_SCENARIO_SHOTS"] = str(out)
        sample = root / "sample-group.sqlite3"
        build_demo(sample)
        server = _x_server(_Folders(root), "1920x1080x24")
        display = next(server)
        # the scenarios by their importable name (run as a script, this module is "__main__")
        from tests.scenarios import screenshots

        try:
            run_scenario(display, screenshots.first_run, root / "our-group.sqlite3")
            run_scenario(display, screenshots.projector, sample)
            run_scenario(display, screenshots.tour, sample)  # ends in the dark theme
        finally:
            server.close()
    print(f"pictures in {out}")
    return 0


class _Folders:
    """What the X server start-up needs of pytest's tmp_path_factory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def mktemp(self, name: str) -> Path:
        folder = self.root / name
        folder.mkdir()
        return folder


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
