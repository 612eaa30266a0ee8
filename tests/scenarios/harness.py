"""Keyboard scenarios: the real app, on a real X server with a window manager, driven as a person.

Qt picks its platform once per process, and the main test run is offscreen, so every scenario
runs in a process of its own (`run_scenario`) on the X display the session fixture started
(`conftest.py`: Xvfb + openbox), with QT_QPA_PLATFORM=xcb. The child starts the app the way
`endorse-desktop --db FILE` does (`run_app`), then runs the scenario function with a `Person`:

* tabs are switched by clicking the tab bar, never by calling `show_tab`;
* every key goes to `QApplication.focusWidget()` — wherever the focus really is — with the
  event loop turning between keys, never to a widget picked by name.

A scenario asserts what the person would see (widgets' texts) and what was stored (the database).
Any assertion error, or an exception raised inside a Qt slot, fails the child and so the test.
Set ENDORSE_SCENARIO_SHOTS to a folder to keep a screenshot of the whole X screen at each
`person.screenshot(name)` (taken with ImageMagick's `import -window root`).
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parents[2]

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from endorse_desktop.ui.shell.main_window import MainWindow


def run_scenario(display: str, scenario: Callable[..., None], db_path: Path) -> str:
    """Run `scenario(person)` in a fresh app process on `display`; its output, or fail."""
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    env.pop("WAYLAND_DISPLAY", None)
    # pytest imports this package as "scenarios"; the child imports it from the checkout
    module = "tests.scenarios." + scenario.__module__.rsplit(".", 1)[-1]
    target = f"{module}:{scenario.__name__}"
    done = subprocess.run(
        [sys.executable, "-m", "tests.scenarios.harness", target, str(db_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(
            f"scenario {target} failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return done.stdout


class Person:
    """A facilitator at the keyboard and mouse of the real window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # ----- eyes --------------------------------------------------------------------------------
    def focus(self) -> QWidget | None:
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget()

    def wait(self, ms: int = 20) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def wait_until(self, condition: Callable[[], bool], what: str, ms: int = 3000) -> None:
        from PySide6.QtTest import QTest

        for _ in range(ms // 10):
            if condition():
                return
            QTest.qWait(10)
        raise AssertionError(f"waited {ms} ms for: {what}")

    def screenshot(self, name: str, window: QWidget | None = None) -> None:
        """The X screen as a person sees it, cut to `window`'s frame when one is given."""
        folder = os.environ.get("ENDORSE_SCENARIO_SHOTS")
        if folder and shutil.which("import"):
            self.wait(150)
            crop = []
            if window is not None:
                frame = window.frameGeometry()
                crop = ["-crop", f"{frame.width()}x{frame.height()}+{frame.x()}+{frame.y()}"]
            subprocess.run(
                ["import", "-window", "root", *crop, str(Path(folder) / f"{name}.png")],
                check=False,
            )

    # ----- hands -------------------------------------------------------------------------------
    def click_tab(self, title: str) -> None:
        """Click the visible tab (main tabs or a tab's own pages) whose title is `title`."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QTabBar

        for bar in self.window.findChildren(QTabBar):
            if not bar.isVisible():
                continue
            for index in range(bar.count()):
                if re.sub("&(.)", r"\1", bar.tabText(index)) == title:  # "&&" is one "&"
                    QTest.mouseClick(
                        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center()
                    )
                    self.wait(30)
                    return
        raise AssertionError(f"no visible tab called {title!r}")

    def click(self, widget: QWidget, pos=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert widget.isVisible(), f"{widget!r} is not on the screen"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())
        self.wait(20)

    def type(self, text: str) -> None:
        """Type `text` fast: one key after another, the event loop turning once between keys."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        for character in text:
            target = self._target()
            if character.isascii():
                QTest.keyClick(target, character)
            else:  # QTest knows ASCII only; a keyboard layout sends the text itself
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        target,
                        QKeyEvent(
                            kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
                        ),
                    )
            QApplication.processEvents()

    def press(self, key, modifier=None, times: int = 1) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        for _ in range(times):
            QTest.keyClick(self._target(), key, modifier or Qt.KeyboardModifier.NoModifier)
            QApplication.processEvents()

    def in_dialog(
        self,
        open_it: Callable[[], None],
        inside: Callable[[QWidget], None],
        closes_window: bool = False,
    ) -> None:
        """Do `open_it` (the keys that open a modal dialog); once the dialog is up with the focus
        in it, `inside(dialog)` runs: it sends its keys to the focus and must close the dialog.

        A modal dialog runs its own event loop, so the keys inside it are sent from a timer.
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        outcome: list[BaseException | None] = []
        tries = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            focus = QApplication.focusWidget()
            if dialog is None or focus is None or not dialog.isAncestorOf(focus):
                tries[0] += 1
                if tries[0] > 300:
                    outcome.append(AssertionError("no dialog with the focus opened"))
                else:
                    QTimer.singleShot(10, poll)
                return
            try:
                inside(dialog)
                outcome.append(None)
            except BaseException as error:
                outcome.append(error)
                dialog.close()

        QTimer.singleShot(10, poll)
        open_it()
        self.wait_until(lambda: bool(outcome), "the dialog to be dealt with", ms=6000)
        if outcome[0] is not None:
            raise outcome[0]
        # the window manager gives the window back its activation (and Qt the focus) in a moment
        if not closes_window:
            self.wait_until(
                lambda: QApplication.activeModalWidget() is not None or self.focus() is not None,
                "the focus back in the window after the dialog closed",
            )

    def _target(self) -> QWidget:
        target = self.focus()
        assert target is not None, "no widget has the keyboard focus: the key would be lost"
        return target


def _child(target: str, db_path: str) -> int:
    """In the scenario's own process: start the app as `endorse-desktop --db` does, then act."""
    module_name, function_name = target.split(":")
    scenario = getattr(importlib.import_module(module_name), function_name)
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from endorse_desktop.ui.shell.app import run_app
    from endorse_desktop.ui.shell.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    slot_errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(kind, error, trace) -> None:
        slot_errors.append("".join(traceback.format_exception(kind, error, trace)))
        previous_hook(kind, error, trace)

    sys.excepthook = hook

    def act() -> None:
        code = 1
        try:
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            # A scenario about the window's own size says `scenario.window_size = None`.
            size = getattr(scenario, "window_size", (1400, 900))
            if size is not None:
                window.resize(*size)
            assert QTest.qWaitForWindowExposed(window), "the window never appeared"
            window.activateWindow()
            QTest.qWait(50)
            scenario(Person(window))
            assert not slot_errors, "an exception inside Qt:\n" + "\n".join(slot_errors)
            code = 0
        except BaseException:
            traceback.print_exc()
        app.exit(code)

    QTimer.singleShot(0, act)
    return run_app(Path(db_path))


if __name__ == "__main__":
    code = _child(sys.argv[1], sys.argv[2])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # no teardown of half-closed windows: everything was stored as it was typed
