"""The one way Koers runs work off the GUI thread.

    run_in_background(operation, on_success=..., on_failure=..., on_progress=...)

`operation(progress)` runs on a worker thread and must not touch widgets; `progress(done, total, text)` may be called
from it. The callbacks run on the GUI thread. Store work is serialised on one worker (SQLite allows one writer).
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from koers_protocol.foutmelding import veilige_beschrijving

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Signals(QObject):
    success = Signal(object)
    failure = Signal(object)
    progress = Signal(int, int, str)


class _Operation(QRunnable):
    def __init__(self, operation: Callable[[Callable[[int, int, str], None]], Any]):
        super().__init__()
        self.operation = operation
        self.signals = _Signals()

    def run(self) -> None:
        # The operation lives only while it runs: its closure may hold a secret (the unlock's passphrase).
        operation, self.operation = self.operation, None
        try:
            result = operation(lambda done, total, text="": self.signals.progress.emit(done, total, text))
        except Exception as error:  # reported to the GUI thread, never swallowed
            log.debug("background operation failed: %s", veilige_beschrijving(error))
            self.signals.failure.emit(error)
        else:
            self.signals.success.emit(result)


_running: set[_Operation] = set()


def run_in_background(operation: Callable[[Callable[[int, int, str], None]], Any], *,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[Exception], None] | None = None,
                      on_progress: Callable[[int, int, str], None] | None = None) -> None:
    job = _Operation(operation)
    job.setAutoDelete(False)
    _running.add(job)

    def done(_=None):
        # Qt holds these slots where Python's garbage collector cannot see them: job → signals → slots → done →
        # job would keep the job (and whatever its callbacks refer to) alive forever. Disconnecting breaks the cycle.
        _running.discard(job)
        for signal in (job.signals.success, job.signals.failure) + ((job.signals.progress,) if on_progress else ()):
            signal.disconnect()

    if on_success:
        job.signals.success.connect(on_success)
    if on_failure:
        job.signals.failure.connect(on_failure)
    if on_progress:
        job.signals.progress.connect(on_progress)
    job.signals.success.connect(done)
    job.signals.failure.connect(done)
    pool().start(job)


def wait_for_background(msecs: int = 30_000) -> bool:
    """For shutdown and tests: block until queued operations have finished."""
    return pool().waitForDone(msecs)
