"""Sync tests run against a REAL PostgreSQL 15 (started here, never skipped) and a real uvicorn on 127.0.0.1."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for `synchelp`

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
    """Several client stores per test: make_store("naam", user=..., role=...)."""
    stores: list[Store] = []

    def make(name: str, user: str = "K. de Vries", role: str = "consultant") -> Store:
        s = Store.create(tmp_path / name, PASSPHRASE, user=user, role=role, kdf=vault.FAST_KDF_FOR_TESTS)
        stores.append(s)
        return s

    yield make
    for s in stores:
        s.close()


