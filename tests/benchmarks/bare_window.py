"""The floor for P-1 and P-6: a bare PySide6 window, started and painted the way the app is.

Run as a script (never imported by the app): `python tests/benchmarks/bare_window.py`. It makes a
QApplication and a main window of the app's size with one label, shows it, paints it from the
event loop's first turn and prints `startup_ms=` measured from process start, exactly as
`endorse-desktop --exit-after-startup` does (`endorse_desktop/ui/shell/app.py`), then its peak
memory (`peak_rss_kb=`, for P-6) and exits.
"""

from __future__ import annotations

import os
import sys
import time


def process_age_ms() -> float:
    """Milliseconds since this process started (the same reading the app prints)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return (uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, IndexError, ValueError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


_IMPORTED_AT = time.perf_counter()


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM), 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1200, 780)
    window.show()

    def report() -> None:
        window.repaint()
        print(f"startup_ms={process_age_ms():.0f}", flush=True)
        print(f"peak_rss_kb={peak_rss_kb()}", flush=True)
        window.close()
        app.exit(0)

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
