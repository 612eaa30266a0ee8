"""Start-up pays only for the first paint (SPEC P-1, issue 17): the tab on screen is built, the
others are built the first time they are shown or one of their commands is used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session

REPO = Path(__file__).resolve().parents[3]

# What the first paint of a group's file never needs: the other tabs' packages, the projector,
# the documents' libraries, the announcement's words, the first-run page, the language switch.
NOT_AT_START = (
    "endorse_desktop.ui.scorecards.tab",
    "endorse_desktop.ui.meeting.tab",
    "endorse_desktop.ui.commitments.tab",
    "endorse_desktop.ui.members.tab",
    "endorse_desktop.ui.results.tab",
    "endorse_desktop.ui.projector",
    "endorse_desktop.exports.kinds",
    "endorse_desktop.core.commitments.announcement",
    "endorse_desktop.ui.shell.welcome",
    "endorse_desktop.ui.shell.language_carry",
    "reportlab",
    "sqlite_utils",
    "platformdirs",  # a start with --db never looks for the default file
    # The first-steps checklist counts rows: the voting rules and the races' code are not needed.
    "endorse_desktop.core.races",
    "endorse_desktop.core.voting.counting",
    # Present and quorum come right after the first frame, with the meetings' code.
    "endorse_desktop.ui.meeting.status",
    "endorse_desktop.core.meetings",
    # The print and export commands' controller is made when one is first used.
    "endorse_desktop.ui.shell.documents_controller",
    "endorse_desktop.ui.widgets.language_combo",
    "json",  # a drag of values, a recount
    "ctypes",  # only a PySide6 with the reference fault needs it
)

_REPORT_MODULES = """
import atexit, gc, sys
atexit.register(lambda: print("modules=" + ",".join(sorted(sys.modules)), flush=True))
atexit.register(lambda: print("gc=" + str(gc.isenabled()), flush=True))
from endorse_desktop.cli import main
sys.exit(main(["--db", sys.argv[1], "--exit-after-startup"]))
"""


def _fresh_process(script: str, demo_path: Path) -> subprocess.CompletedProcess[str]:
    """`script` run on the demo file in a Python of its own: what it imports is its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [sys.executable, "-c", script, str(demo_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return run


def test_the_app_starts_without_what_its_first_paint_does_not_need(demo_path: Path) -> None:
    run = _fresh_process(_REPORT_MODULES, demo_path)
    assert "startup_ms=" in run.stdout
    line = next(line for line in run.stdout.splitlines() if line.startswith("modules="))
    loaded = set(line.removeprefix("modules=").split(","))
    assert "endorse_desktop.ui.values.tab" in loaded  # the first tab, shown
    early = [name for name in NOT_AT_START if name in loaded]
    assert early == []
    assert "gc=True" in run.stdout  # the cycle collector, off while starting, is on again


_VISIT_EVERY_TAB = """
import sys
from PySide6.QtWidgets import QApplication
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session
app = QApplication(sys.argv[:1])
window = MainWindow(Session(Store.open(sys.argv[1])))
window.show()
for key in window.tab_keys():
    window.show_tab(key)
    app.processEvents()
print("reportlab=" + str("reportlab" in sys.modules), flush=True)
"""


def test_every_tab_opens_without_the_documents_library(demo_path: Path) -> None:
    """ReportLab (~27 MB) comes with the first document printed, not with a tab that only
    offers to print one (the announcement editor's language box once brought it)."""
    assert "reportlab=False" in _fresh_process(_VISIT_EVERY_TAB, demo_path).stdout


def test_a_tab_is_built_when_first_shown_and_its_menu_works(qtbot, demo_path: Path) -> None:
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.show()
    assert window.built_tab("values") is not None
    waiting = [key for key in window.tab_keys() if window.built_tab(key) is None]
    assert waiting == ["scorecards", "meeting", "commitments", "members", "results"]
    menu_titles = [action.text() for action in window.menuBar().actions()]

    window.tabs.setCurrentIndex(window.tab_keys().index("members"))  # a click on its tab
    members = window.built_tab("members")
    assert members is not None and window.tabs.currentWidget() is members
    titles = [action.text() for action in window.menuBar().actions()]
    assert len(titles) == len(menu_titles)  # its menu took the Values tab's place
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() not in menu_titles)
    assert menu is not None and any(action.isEnabled() for action in menu.actions())
    window.close()


def test_a_window_command_builds_the_tab_it_needs(qtbot, demo_path: Path) -> None:
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.show()
    assert window.built_tab("results") is None
    window.window_actions["choose_cycle"].trigger()  # View ▸ Cycle, before the tab was ever shown
    QApplication.processEvents()
    results = window.built_tab("results")
    assert results is not None and window.tabs.currentWidget() is results
    assert results.cycle_box.count() > 0  # type: ignore[attr-defined]
    window.close()


def test_present_and_quorum_come_right_after_the_first_frame(qtbot, demo_path: Path) -> None:
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    assert window.meeting_status is None  # no part of the first frame
    window.show()
    qtbot.waitUntil(lambda: window.meeting_status is not None)
    label = window.meeting_status
    assert label is not None
    qtbot.waitUntil(lambda: label.text() != "")
    assert label.isVisible()
    assert label.text().startswith("Present: ")  # the demo group's latest meeting
    window.close()


def test_a_tab_naming_a_meeting_before_the_first_frame_shows_it(qtbot, demo_path: Path) -> None:
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.show_meeting_status(None)  # a tab says "no meeting" before anything was painted
    assert window.meeting_status is not None
    assert window.meeting_status.text() == "No meeting yet"
    assert window.shown_meeting_id() is None
    window.close()


def test_a_document_command_works_before_its_controller_is_made(
    qtbot, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from endorse_desktop.ui.shell import documents_controller

    written: list[tuple[str, Path]] = []
    monkeypatch.setattr(
        documents_controller.QFileDialog, "getExistingDirectory", lambda *_: str(tmp_path)
    )
    monkeypatch.setattr(
        documents_controller.DocumentController,
        "export",
        lambda self, kind, output, open_after=True, **options: written.append((kind, output)),
    )
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    window.show()
    window.window_actions["export_csv_dialog"].trigger()  # File ▸ Export ▸ All tables as CSV
    assert written == [("csv", tmp_path)]
    window.close()
