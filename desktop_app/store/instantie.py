"""One Koers process per store: an OS lock on koers.lock (flock / msvcrt), released by the OS when the process ends,
also after a crash. Within one process the lock is counted, so the app window and its open store share it."""
from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

from .errors import StoreInUse
from .layout import LOCK_FILE

_gehouden: dict[Path, list[int]] = {}    # directory → [file descriptor, count]
_mutex = threading.Lock()


def _vergrendel(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def neem(directory: Path) -> None:
    """Take (or count once more) this process's lock on the store; StoreInUse when another process has it."""
    sleutel = Path(directory).resolve()
    with _mutex:
        if sleutel in _gehouden:
            _gehouden[sleutel][1] += 1
            return
        fd = os.open(sleutel / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _vergrendel(fd)
        except OSError:
            ander = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            raise StoreInUse(f"Deze opslag ({directory}) is al geopend in een ander Koers-venster of een andere "
                             f"koers-opdracht (proces {ander or 'onbekend'}). Sluit dat eerst en probeer het "
                             f"opnieuw; er is niets gewijzigd.") from None
        if sys.platform != "win32":   # msvcrt locks the byte we would write
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        _gehouden[sleutel] = [fd, 1]


def laat_los(directory: Path) -> None:
    sleutel = Path(directory).resolve()
    with _mutex:
        houder = _gehouden.get(sleutel)
        if houder is None:
            return
        houder[1] -= 1
        if houder[1] == 0:
            del _gehouden[sleutel]
            os.close(houder[0])   # closing the descriptor releases the OS lock


@contextlib.contextmanager
def vast(directory: Path):
    neem(directory)
    try:
        yield
    finally:
        laat_los(directory)
