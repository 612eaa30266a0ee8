"""Tabs know the window only as `TabHost`; the window knows tabs only as `TabFeatures`."""

from __future__ import annotations

import ast
from pathlib import Path

import endorse_desktop
from endorse_desktop.core.store import Store
from endorse_desktop.ui.shell.host import TabFeatures, TabHost
from endorse_desktop.ui.shell.main_window import MainWindow
from endorse_desktop.ui.shell.session import Session

UI = Path(endorse_desktop.__file__).parent / "ui"
# The entry point makes the window; the smoke test drives it.
MAY_IMPORT_THE_WINDOW = {"shell/main_window.py", "shell/app.py", "shell/smoke.py"}


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_tab_imports_the_main_window() -> None:
    importers = sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if "endorse_desktop.ui.shell.main_window" in imported_modules(path)
        and str(path.relative_to(UI)) not in MAY_IMPORT_THE_WINDOW
    )
    assert importers == []


def test_every_tab_offers_its_features_through_the_contract(qtbot, demo_path: Path) -> None:
    window = MainWindow(Session(Store.open(demo_path)))
    qtbot.addWidget(window)
    host: TabHost = window  # the window is what tabs are promised (checked by mypy)
    for key in window.tab_keys():
        tab = window.tab_widget(key)
        assert isinstance(tab, TabFeatures), key
        assert tab.menu_actions(), f"the {key} tab has a menu"
    host.show_status("Checked in: Ana")
    assert window.statusBar().currentMessage() == "Checked in: Ana"
    window.close()


def test_every_action_is_made_from_the_action_table() -> None:
    """One way to make a command (ui/widgets/actions.py), so keys, tooltips and contexts agree."""
    made_by_hand = sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if "QAction(" in path.read_text(encoding="utf-8")
        and str(path.relative_to(UI)) != "widgets/actions.py"
    )
    assert made_by_hand == []
