"""Start the GUI: open the database (or explain why not), show the main window.

With --exit-after-startup or --smoke-test a file that cannot be opened is reported on stderr with
a non-zero exit instead of a dialog, so scripts never hang waiting for a click.
"""

from __future__ import annotations

import gc
import os
import re
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from endorse_desktop import APP_ID, APP_NAME, APP_TITLE
from endorse_desktop.core.paths import default_db_path
from endorse_desktop.core.store import Store, StoreError
from endorse_desktop.ui.shell import main_window  # read when used: a test replaces its parts
from endorse_desktop.ui.shell.app_icon import app_icon
from endorse_desktop.ui.shell.language import install_language, saved_choice
from endorse_desktop.ui.shell.session import Session
from endorse_desktop.ui.shell.theme import (
    apply_theme,
    saved_theme,
)
from endorse_desktop.ui.shell.window_state import restore_window_state
from endorse_desktop.ui.widgets.core_text import in_ui


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, IndexError, ValueError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


_IMPORTED_AT = time.perf_counter()


def run_app(
    db_path: Path | None = None, exit_after_startup: bool = False, smoke_test: bool = False
) -> int:
    scripted = exit_after_startup or smoke_test
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    _quiet_offscreen_warnings()
    existing = QApplication.instance()  # typed QCoreApplication; ours is always a QApplication
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName(APP_NAME)
    # The .desktop file's name: lets Wayland and the taskbar match windows to its icon and name.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_language(saved_choice())  # before any window: every tr() then finds its words

    apply_theme(app, saved_theme())
    app.styleHints().colorSchemeChanged.connect(lambda _: apply_theme(app, saved_theme()))

    path = db_path or default_db_path()
    while True:
        try:
            store = Store.open(path, allow_readonly=True)  # a read-only medium: view and export
            break
        except StoreError as error:
            gc.enable()  # off while starting (cli.run_gui); a dialog may stay open for long
            if scripted:
                print(f"{APP_NAME}: error: {error}", file=sys.stderr)
                return 1
            chosen = _ask_for_another_file(in_ui(error))
            if chosen is None:
                return 1
            path = chosen

    if not scripted:  # a scripted run must never wait on a dialog
        show_file_problems_in_dialogs()
    window = main_window.MainWindow(Session(store))
    if not scripted:  # a scripted run shows the window as built, wherever it was last left
        restore_window_state(window)
        window.ask_before_closing = True
    window.show()

    if exit_after_startup:

        def report_startup() -> None:
            window.repaint()
            print(f"startup_ms={process_age_ms():.0f}")
            window.close()
            app.exit(0)

        QTimer.singleShot(0, report_startup)
    elif smoke_test:
        # deferred: every export and slide behind it cost ~1,300 ms (python -X importtime)
        from endorse_desktop.ui.shell.smoke import run_smoke_test

        def smoke() -> None:
            code = run_smoke_test(window)
            window.close()
            app.exit(code)

        QTimer.singleShot(0, smoke)
    else:
        main_window.schedule_daily_backup(window)
    gc.enable()  # off while starting (cli.run_gui): the session's garbage is collected as usual
    return app.exec()


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform (smoke tests, CI) warns about window features it cannot have."""
    noise = ("does not support propagateSizeHints", "does not support raise")
    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if any(text in message for text in noise):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


_PYSIDE_PREFIX = re.compile(r"^Error calling Python override of \S+: ")


def show_file_problems_in_dialogs() -> None:
    """A file problem (disk full, file made read-only) met by any action: a message, not a
    traceback on a terminal nobody watches. Tabs catch the refusals they expect; this catches
    the rest, whichever slot they come from. Nothing was written: the store rolled it back."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, StoreError):
            previous(kind, error, trace)
            return
        # PySide re-raises an error from a Python override of a C++ method behind a prefix.
        message = _PYSIDE_PREFIX.sub("", str(error))
        print(f"{APP_NAME}: error: {message}", file=sys.stderr)
        QMessageBox.warning(QApplication.activeWindow(), APP_TITLE, message)

    sys.excepthook = hook


def _ask_for_another_file(message: str) -> Path | None:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, message)
    box.setInformativeText(
        QCoreApplication.translate(
            "StartUp", "You can open another file, or quit. The file was not changed."
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("StartUp", "Open Another File…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not open_button:
        return None
    name, _ = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("StartUp", "Open group file"),
        "",
        QCoreApplication.translate(
            "StartUp", "Endorse Desktop files (*.sqlite3 *.sqlite *.db);;All (*)"
        ),
    )
    return Path(name) if name else None
