"""Journey tests walk a whole capability the way people do: real SQLCipher stores (`make_store`), the real central
server on a real PostgreSQL (`server`, both in tests/conftest.py), the real CLI, the real window offscreen and real
PDFs."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.diensten import Diensten
from synchelp import PASSPHRASE


@pytest.fixture
def wachtwoordbestand(tmp_path: Path) -> Path:
    pad = tmp_path / "wachtwoord.txt"
    pad.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return pad


def synchroniseer(store):
    """A sync round as the app runs it: through the sync service, which also brings what is derived from the
    received records up to date (the startklas advice)."""
    return Diensten(store).sync.synchroniseer(backoff=0.01)


def pdftekst(pdf: Path) -> str:
    """The logical text of a PDF (pdftotext), as a reader's screen reader or a search would find it."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdffonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


assert shutil.which("pdftotext"), "poppler-utils ontbreekt: make test installeert het (scripts/system-deps.sh)"
