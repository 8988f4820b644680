"""Issue 12.1: a crash during a schema migration never bricks the store; the copy before it is taken once; a failing
migration puts that copy back by itself."""
import random
import shutil
import sqlite3

import pytest
from sqlalchemy import text

from bench import crash_migratie as crash
from desktop_app.core.model import Inburgeraar
from desktop_app.store.errors import MigrationFailed
from desktop_app.store.migrate import HEAD, current_revision
from desktop_app.store.store import Store


@pytest.fixture(scope="module")
def sjabloon(tmp_path_factory):
    werk = tmp_path_factory.mktemp("crash")
    aantal = crash.maak_sjabloon(werk / "sjabloon", inburgeraars=120)
    statements, duur = crash.meet(werk / "sjabloon", werk)
    return werk, aantal, statements, duur


def test_sigkill_at_every_statement_boundary_and_at_random_moments_bricks_no_store(sjabloon):
    werk, aantal, statements, duur = sjabloon
    assert statements > 20, "the upgrade from 0001 runs every migration"
    rng = random.Random(12)
    proeven = [(n, None) for n in range(1, statements + 1)] + [(0, rng.uniform(0, duur * 1.2)) for _ in range(8)]
    fouten = [(stop, na, fout) for i, (stop, na) in enumerate(proeven)
              if (fout := crash.proef(werk / "sjabloon", werk / f"p{i}", aantal, stop=stop, na=na))]
    assert fouten == []


def test_a_failing_migration_puts_the_copy_back_and_a_retry_makes_no_second_copy(sjabloon, monkeypatch, tmp_path):
    werk, aantal, _, _ = sjabloon
    pad = tmp_path / "s"
    shutil.copytree(werk / "sjabloon", pad)
    echt = Store._verbind

    def weiger_de_laatste_tabel(self, path):
        """The last migration fails halfway (after earlier ones created their tables in the same transaction)."""
        conn = echt(self, path)
        conn.set_authorizer(lambda actie, tabel, *_: sqlite3.SQLITE_DENY
                            if actie == sqlite3.SQLITE_CREATE_TABLE and tabel == "sync_ophalen" else sqlite3.SQLITE_OK)
        return conn
    monkeypatch.setattr(Store, "_verbind", weiger_de_laatste_tabel)
    for _ in range(2):
        with pytest.raises(MigrationFailed, match="teruggezet zoals hij was"):
            Store.open(pad, crash.PASS)
    kopieen = [p.name for p in (pad / "backups").iterdir()]
    assert len(kopieen) == 1 and f"voor-migratie-0001-naar-{HEAD}" in kopieen[0]
    monkeypatch.setattr(Store, "_verbind", echt)
    store = Store.open(pad, crash.PASS)
    try:
        assert current_revision(store) == HEAD
        assert len(store.load_all(Inburgeraar)) == aantal
        with store.transaction() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("SELECT count(*) FROM meta WHERE key = 'kopie_voor_migratie'")).scalar() == 0
        assert len(store.backups()) == 1
    finally:
        store.close()
