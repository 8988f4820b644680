"""Journey tests walk a whole capability the way people do: real SQLCipher stores, the real central server on a real
PostgreSQL (started here, never skipped), the real CLI, the real window offscreen and real PDFs."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))  # LiveServer, do_sync, records

from central.devpg import TempPostgres  # noqa: E402
from desktop_app.store import vault  # noqa: E402
from desktop_app.store.store import Store  # noqa: E402
from synchelp import PASSPHRASE, LiveServer  # noqa: E402


@pytest.fixture(scope="session")
def postgres():
    pg = TempPostgres()
    yield pg
    pg.stop()


@pytest.fixture
def server(postgres):
    s = LiveServer(postgres.new_database())
    yield s
    s.stop()
    s.engine.dispose()


@pytest.fixture
def apparaat(tmp_path: Path):
    """A device: apparaat("naam", user=..., role=...) is an encrypted store as `koers init` makes it."""
    stores: list[Store] = []

    def maak(naam: str, user: str = "K. de Vries", role: str = "consultant") -> Store:
        s = Store.create(tmp_path / naam, PASSPHRASE, user=user, role=role, kdf=vault.FAST_KDF_FOR_TESTS)
        stores.append(s)
        return s

    yield maak
    for s in stores:
        s.close()


@pytest.fixture
def wachtwoordbestand(tmp_path: Path) -> Path:
    pad = tmp_path / "wachtwoord.txt"
    pad.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return pad


def pdftekst(pdf: Path) -> str:
    """The logical text of a PDF (pdftotext), as a reader's screen reader or a search would find it."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdffonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


assert shutil.which("pdftotext"), "poppler-utils ontbreekt: make test installeert het (scripts/system-deps.sh)"
