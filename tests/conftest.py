"""Shared fixtures. Qt runs offscreen; stores are real SQLCipher stores in a temp directory; tests that talk to the
central server get a REAL PostgreSQL 15 (started once per session, never skipped) and a real uvicorn on 127.0.0.1."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent / "sync"))  # `synchelp`: the live server and sync helpers

import pytest  # noqa: E402

from tests.devpg import TempPostgres  # noqa: E402
from desktop_app.store import vault  # noqa: E402
from desktop_app.store.store import Store  # noqa: E402
from synchelp import LiveServer  # noqa: E402

PASSPHRASE = "correct paard batterij nietje"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path):
    """A consultant's store with a cheap KDF (the key file records it; unlock works as with the default)."""
    s = Store.create(store_dir, PASSPHRASE, user="K. de Vries", role="consultant", kdf=vault.FAST_KDF_FOR_TESTS)
    yield s
    s.close()


@pytest.fixture
def docent_store(tmp_path: Path):
    s = Store.create(tmp_path / "docent", PASSPHRASE, user="J. Bakker", role="docent", kdf=vault.FAST_KDF_FOR_TESTS)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _private_tmp(tmp_path_factory, monkeypatch):
    """Every test gets its own TMPDIR (the plaintext scan looks at everything the app wrote there) and its own
    settings folder."""
    tmp = tmp_path_factory.mktemp("tmpdir")
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("KOERS_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))  # never the developer's settings
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    yield tmp


@pytest.fixture(scope="session")
def koers_wheel(tmp_path_factory) -> Path:
    """The wheel `pip wheel` builds from the repository's files (tracked and new, not ignored), once per session.
    Built from a copy: an in-tree build would write build/ into the checkout, and a stale build/ from an earlier
    build can put files in the wheel that the repository no longer has."""
    root = Path(__file__).parents[1]
    work = tmp_path_factory.mktemp("wheel")
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root,
                           check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if (root / name).is_file():          # listed but deleted in the working tree: not part of the repo any more
            (work / "src" / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, work / "src" / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(work / "src")],
                   check=True, capture_output=True, timeout=600)
    return next(work.glob("koers-*.whl"))


@pytest.fixture(scope="session")
def postgres():
    pg = TempPostgres()
    yield pg
    pg.stop()


@pytest.fixture
def pg_url(postgres) -> str:
    """A fresh, empty database per test."""
    return postgres.new_database()


@pytest.fixture
def server(pg_url):
    s = LiveServer(pg_url)
    yield s
    s.stop()
    s.engine.dispose()


@pytest.fixture
def make_store(tmp_path: Path):
    """Several stores (devices) per test: make_store("naam", user=..., role=...)."""
    stores: list[Store] = []

    def make(name: str, user: str = "K. de Vries", role: str = "consultant") -> Store:
        s = Store.create(tmp_path / name, PASSPHRASE, user=user, role=role, kdf=vault.FAST_KDF_FOR_TESTS)
        stores.append(s)
        return s

    yield make
    for s in stores:
        s.close()
