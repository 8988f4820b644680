"""Issue 12.10: the store directory is 0700 and everything in it 0600 (database, -wal, -shm, key file, backups), also
when `koers init` gets an existing 0777 folder and for a store made before this rule."""
import os
import stat

from desktop_app.core.model import Inburgeraar
from desktop_app.store.store import Store

from .conftest import koers


def _modi(store_dir):
    return {str(p.relative_to(store_dir)): stat.S_IMODE(p.stat().st_mode) for p in store_dir.rglob("*")}


def _alles_prive(store_dir):
    assert stat.S_IMODE(store_dir.stat().st_mode) == 0o700
    fout = {naam: oct(m) for naam, m in _modi(store_dir).items()
            if m != (0o700 if (store_dir / naam).is_dir() else 0o600)}
    assert fout == {}


def test_init_into_an_existing_0777_folder_makes_everything_private(tmp_path, pwfile):
    map_ = tmp_path / "s"
    map_.mkdir()
    os.chmod(map_, 0o777)
    r = koers("init", "--store", map_, "--passphrase-file", pwfile)
    assert r.returncode == 0, r.stderr
    _alles_prive(map_)


def test_database_wal_shm_key_and_backups_are_0600_while_open(store, store_dir):
    store.save(Inburgeraar(voornamen="Amal"))
    store.dagelijkse_backup()
    assert {"koers.db", "koers.db-wal", "koers.db-shm", "koers.key"} <= set(_modi(store_dir))
    _alles_prive(store_dir)


def test_a_store_made_with_loose_modes_is_tightened_when_opened(store, store_dir, passphrase):
    store.backup("test")
    store.close()
    for pad in [store_dir, *store_dir.rglob("*")]:
        os.chmod(pad, 0o777 if pad.is_dir() else 0o644)
    s = Store.open(store_dir, passphrase)
    _alles_prive(store_dir)
    s.close()
