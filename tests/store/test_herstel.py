"""Issue 12.3: a backup can be put back, from the command line (`koers restore`) as the messages say; the current
state is kept aside, the backup is checked first, stale -wal/-shm never meet the restored database, and unfinished
backup folders left by a crash are removed."""
import datetime as dt
import os

import pytest
from sqlalchemy import text

from desktop_app.core.demo import demo_inburgeraars
from desktop_app.core.model import Inburgeraar
from desktop_app.store import herstel
from desktop_app.store.errors import StoreCorrupt
from desktop_app.store.layout import BACKUP_DIR, DB_FILE
from desktop_app.store.store import Store

from .conftest import koers

VANDAAG = dt.date(2026, 11, 22)


def test_restore_from_the_command_line_after_the_database_broke(store, store_dir, passphrase, pwfile):
    mensen = demo_inburgeraars(12, VANDAAG)
    for ib in mensen:
        store.save(ib)
    store.dagelijkse_backup(nu=dt.datetime(2026, 11, 21, 9))
    store.save(Inburgeraar(voornamen="Na", achternaam="de back-up"))      # written after the copy
    store.close()
    db = store_dir / DB_FILE
    db.write_bytes(os.urandom(db.stat().st_size))                        # the disk garbled it; -wal/-shm stay
    r = koers("list", "--store", store_dir, "--passphrase-file", pwfile)
    assert r.returncode == 1 and f"koers restore --store {store_dir}" in r.stderr
    assert "backups/ terug" not in r.stderr

    r = koers("restore", "--store", store_dir, "--passphrase-file", pwfile)       # which copies are there?
    assert r.returncode == 0
    naam, datum, reden, inhoud = r.stdout.splitlines()[0].split("\t")
    assert datum == "21-11-2026 09:00" and reden == "dagelijks" and inhoud == "12 inburgeraar"
    assert "Amal" not in r.stdout and mensen[0].achternaam not in r.stdout          # counts, no personal data

    r = koers("restore", "--store", store_dir, "--passphrase-file", pwfile, naam)
    assert r.returncode == 0, r.stderr
    assert "teruggezet (12 inburgeraar)" in r.stdout and "voor-herstel" in r.stdout
    opzij = [p for p in (store_dir / BACKUP_DIR).iterdir() if p.name.endswith("-voor-herstel")]
    assert len(opzij) == 1 and (opzij[0] / DB_FILE).exists()                       # kept aside, not deleted

    terug = Store.open(store_dir, passphrase)
    assert sorted(ib.id for ib in terug.load_all(Inburgeraar)) == sorted(ib.id for ib in mensen)
    with terug.transaction() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    terug.close()


def test_stale_wal_and_shm_of_the_broken_state_never_meet_the_restored_database(store, store_dir, passphrase):
    for ib in demo_inburgeraars(5, VANDAAG):
        store.save(ib)
    kopie = store.backup("test")
    for i in range(200):
        store.put("notitie", f"n{i}", {"tekst": "x" * 500})
    # the app is killed: the WAL still holds the last writes, the -shm its index
    wal = (store_dir / f"{DB_FILE}-wal").read_bytes()
    shm = (store_dir / f"{DB_FILE}-shm").read_bytes()
    store.close()
    (store_dir / f"{DB_FILE}-wal").write_bytes(wal)
    (store_dir / f"{DB_FILE}-shm").write_bytes(shm)
    opzij = herstel.zet_terug(store_dir, kopie, passphrase)
    assert (opzij / f"{DB_FILE}-wal").read_bytes() == wal          # kept aside with the state it belongs to
    terug = Store.open(store_dir, passphrase)
    assert terug.count("inburgeraar") == 5 and terug.count("notitie") == 0
    terug.close()


def test_a_damaged_backup_is_refused_before_anything_changes(store, store_dir, passphrase):
    store.save(Inburgeraar(voornamen="Huda"))
    kopie = store.backup("test")
    store.close()
    data = bytearray((kopie / DB_FILE).read_bytes())
    data[len(data) // 2:] = os.urandom(len(data) - len(data) // 2)
    (kopie / DB_FILE).write_bytes(bytes(data))
    voor = (store_dir / DB_FILE).read_bytes()
    assert not herstel.bekijk(kopie, passphrase).intact
    with pytest.raises(StoreCorrupt, match="zelf beschadigd"):
        herstel.zet_terug(store_dir, kopie, passphrase)
    assert (store_dir / DB_FILE).read_bytes() == voor


def test_unfinished_backup_folders_from_a_crash_are_removed(store, store_dir, passphrase):
    half = store_dir / BACKUP_DIR / ".20261122T090000000000-dagelijks.bezig"
    half.mkdir()
    (half / DB_FILE).write_bytes(b"half")
    store.close()
    Store.open(store_dir, passphrase).close()
    assert not half.exists()
