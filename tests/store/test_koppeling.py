"""Issue 12.2: database and key file belong together. A 0-byte, fresh or foreign database beside an existing key file is
refused with a message that points at `koers restore`, and a backup that is empty or much smaller than the one before
never pushes the good copies out."""
import datetime as dt
import shutil

import pytest

from desktop_app.core.demo import demo_inburgeraars
from desktop_app.store import vault
from desktop_app.store.errors import StoreCorrupt
from desktop_app.store.layout import DB_FILE, KEY_FILE
from desktop_app.store.store import Store

VANDAAG = dt.date(2026, 11, 22)


def _vul(store, n=12):
    for ib in demo_inburgeraars(n, VANDAAG):
        store.save(ib)


def _zonder_wal(store_dir):
    for deel in store_dir.glob(f"{DB_FILE}-*"):
        deel.unlink()


def test_a_zero_byte_database_is_refused_not_turned_into_a_new_store(store, store_dir, passphrase):
    _vul(store)
    device = store.get_meta("device_id")
    store.dagelijkse_backup()
    store.close()
    (store_dir / DB_FILE).write_bytes(b"")
    _zonder_wal(store_dir)
    for _ in range(3):                       # as often as the user tries: refused, untouched
        with pytest.raises(StoreCorrupt) as fout:
            Store.open(store_dir, passphrase)
        assert "leeg" in str(fout.value) and f"koers restore --store {store_dir}" in str(fout.value)
        assert (store_dir / DB_FILE).stat().st_size == 0
    # the daily copy brings everything back, device id included
    from desktop_app.store import herstel
    herstel.zet_terug(store_dir, herstel.kopieen(store_dir)[0].pad, passphrase)
    terug = Store.open(store_dir, passphrase)
    assert terug.count("inburgeraar") == 12 and terug.get_meta("device_id") == device
    terug.close()


def test_a_fresh_database_made_by_another_tool_beside_the_key_file_is_refused(store, store_dir, passphrase):
    _vul(store)
    db_key = store.db_key
    store.close()
    (store_dir / DB_FILE).unlink()
    _zonder_wal(store_dir)
    from desktop_app.store.verbinding import verbind
    leeg = verbind(store_dir / DB_FILE, db_key)      # a new SQLCipher database with the right key, no tables
    leeg.execute("PRAGMA journal_mode = WAL")
    leeg.close()
    with pytest.raises(StoreCorrupt, match="leeg.*koers restore"):
        Store.open(store_dir, passphrase)


def test_a_database_of_another_store_beside_the_key_file_is_refused(store, store_dir, passphrase, tmp_path):
    _vul(store)
    store.close()
    ander = Store.create(tmp_path / "ander", passphrase, user="J. Bakker", kdf=vault.FAST_KDF_FOR_TESTS)
    ander.close()
    # the other store's key file beside this database: its key does not open this database
    shutil.copy(store_dir / KEY_FILE, tmp_path / "eigen.key")
    shutil.copy(tmp_path / "ander" / KEY_FILE, store_dir / KEY_FILE)
    with pytest.raises(StoreCorrupt, match="hoort niet bij dit sleutelbestand.*koers restore"):
        Store.open(store_dir, passphrase)
    # the same database key under another store id (a hand-made mix-up): the store id in the database says no
    shutil.copy(tmp_path / "eigen.key", store_dir / KEY_FILE)
    db_key, _ = vault.unwrap(store_dir, passphrase)
    vault.create_key_file(store_dir, passphrase, "een-andere-opslag", vault.FAST_KDF_FOR_TESTS, db_key)
    with pytest.raises(StoreCorrupt, match="andere opslag.*koers restore"):
        Store.open(store_dir, passphrase)


def test_an_emptied_store_does_not_push_its_good_daily_copies_out(store):
    _vul(store, 20)
    start = dt.datetime(2026, 11, 1, 9, 0)
    for dag in range(7):
        store.dagelijkse_backup(nu=start + dt.timedelta(days=dag))
    for id_, _ in store.all("inburgeraar"):
        store.delete("inburgeraar", id_)        # emptied (by accident) …
    for dag in range(7, 21):                   # … and two weeks of daily unlocks after it
        store.dagelijkse_backup(nu=start + dt.timedelta(days=dag))
    met_gegevens = [p.name[:8] for p in store.backups() if store.aantal_records(p) > 0]
    assert met_gegevens == ["20261107"], "the last good copy stays"
    assert len([p for p in store.backups() if p.name.endswith("-dagelijks")]) == 8


def test_a_much_smaller_copy_pushes_nothing_out_that_day(store):
    _vul(store, 20)
    start = dt.datetime(2026, 11, 1, 9, 0)
    for dag in range(7):
        store.dagelijkse_backup(nu=start + dt.timedelta(days=dag))
    for id_, _ in store.all("inburgeraar")[:15]:
        store.delete("inburgeraar", id_)
    store.dagelijkse_backup(nu=start + dt.timedelta(days=7))
    assert len(store.backups()) == 8
