"""Writing files so that a crash leaves either the old or the new version, never half of one; and keeping a store
private to its user (directories 0700, files 0600)."""
from __future__ import annotations

import os
import stat
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)  # restrictive before the first byte
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def maak_prive(directory: Path) -> None:
    """The store directory 0700 and everything in it 0600/0700, also when it was made (or copied) with looser modes."""
    for pad in [directory, *directory.rglob("*")]:
        modus = pad.lstat().st_mode
        if stat.S_ISLNK(modus):
            continue
        gewenst = 0o700 if stat.S_ISDIR(modus) else 0o600
        if stat.S_IMODE(modus) != gewenst:
            os.chmod(pad, gewenst)
