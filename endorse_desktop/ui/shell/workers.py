"""Run slow work (PDF export, imports, backups) off the GUI thread, with progress if it lasts.

One small helper in the spirit of Anki's operations: the work function gets plain data and returns
plain data; `on_success`/`on_failure` run back on the GUI thread. The worker never touches widgets.
A busy dialog appears only if the work is still running after half a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500

# How a window lends its progress dialog to slow work: `run_in_background` with the window as
# the parent (a label, the work, then what to do with its result or with its error).
Runner = Callable[[str, Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], Any]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread, shown to the user there
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """Keeps the job, its signals and its progress dialog alive until the job reports back.

    Making one starts its job: `run_in_background(parent, label, work, on_success, on_failure)`.
    """

    _running: ClassVar[set[BackgroundTask]] = set()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._on_success = on_success
        self._on_failure = on_failure
        self._dialog: QProgressDialog | None = None
        self._job = _Job(work)
        self._job.setAutoDelete(False)
        self._job.signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._start()

    def _start(self) -> None:
        BackgroundTask._running.add(self)
        self._timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(self._job)

    @Slot()
    def _show_progress(self) -> None:
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(self.tr("Working…"))
        dialog.show()
        self._dialog = dialog

    def _finish(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        BackgroundTask._running.discard(self)
        self.deleteLater()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish()
        self._on_failure(error if isinstance(error, Exception) else RuntimeError(str(error)))


run_in_background = BackgroundTask


def wait_for_background_tasks(timeout_ms: int = 30_000) -> bool:
    """For tests and the smoke run: let queued jobs finish and report back."""
    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(QDeadlineTimer(timeout_ms))
    for _ in range(5):
        QCoreApplication.processEvents()
    return finished and not BackgroundTask._running
