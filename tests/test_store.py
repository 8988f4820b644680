"""The encrypted local store: passphrase, key file, no plaintext on disk, migrations, audit, crashes, bad files."""
import base64
import dataclasses
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from desktop_app.core.model import Inburgeraar
from desktop_app.store import vault
from desktop_app.store.errors import (DiskFull, KeyFileMissing, SchemaTooNew, StoreCorrupt, StoreMissing,
                                      WrongPassphrase)
from desktop_app.store.migrate import current_revision, head_revision
from desktop_app.store.store import DB_FILE, Store

PASSPHRASE = "correct paard batterij nietje"  # the one tests/conftest.py uses for its stores

MARKERS = ["MARKERzqxAmal", "مرحباقزح", "ሰናይትዝቅ", "Şenqzx-V-9912873465"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_right_passphrase_opens_wrong_one_is_refused_and_nothing_changes(store, store_dir):
    store.save(Inburgeraar(voornamen="Amal", achternaam="Haddad"))
    store.close()
    before = _sha(store_dir / DB_FILE)
    with pytest.raises(WrongPassphrase) as fout:
        Store.open(store_dir, "verkeerd wachtwoord")
    assert "klopt niet" in str(fout.value)
    assert PASSPHRASE not in str(fout.value)
    assert _sha(store_dir / DB_FILE) == before
    again = Store.open(store_dir, PASSPHRASE)
    assert [ib.voornamen for ib in again.load_all(Inburgeraar)] == ["Amal"]
    again.close()


def test_repeated_failures_wait_longer_each_time_and_success_resets(store, store_dir, monkeypatch):
    store.close()
    waited = []   # the vault's waits, recorded instead of sat out
    monkeypatch.setattr(vault, "time", types.SimpleNamespace(sleep=waited.append))
    announced = []
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as fout:
            Store.open(store_dir, "fout")
        announced.append(fout.value.wacht_seconden)
    assert announced == [0, 1, 2]
    assert (store_dir / vault.FAILURES_FILE).exists()     # recorded on disk: a restart does not reset the count
    Store.open(store_dir, PASSPHRASE).close()
    # every try, the right passphrase too, first waited what the refusal before it announced
    assert waited == announced
    assert not (store_dir / vault.FAILURES_FILE).exists()
    with pytest.raises(WrongPassphrase) as fout:
        Store.open(store_dir, "fout")
    assert fout.value.wacht_seconden == 0 and waited == announced


def _unwraps_with(keyfile: dict, passphrase: str, time_cost: int, memory_kib: int, parallelism: int) -> bool:
    """Derive the key-encryption key independently of the vault and try it on the wrapped database key: it opens only
    if these are the parameters the key was wrapped with."""
    kek = hash_secret_raw(passphrase.encode(), base64.b64decode(keyfile["salt"]), time_cost, memory_kib, parallelism,
                          32, Type.ID)
    try:
        AESGCM(kek).decrypt(base64.b64decode(keyfile["nonce"]), base64.b64decode(keyfile["wrapped_key"]),
                            keyfile["store_id"].encode())
        return True
    except InvalidTag:
        return False


def test_default_kdf_is_argon2id_with_its_parameters_in_the_key_file_and_those_are_the_ones_used(tmp_path):
    s = Store.create(tmp_path / "s", PASSPHRASE, user="x")
    s.close()
    keyfile = json.loads((tmp_path / "s" / vault.KEY_FILE).read_text())
    assert (tmp_path / "s" / vault.KEY_FILE).stat().st_mode & 0o077 == 0
    kdf = keyfile["kdf"]
    assert kdf == {"name": "argon2id", **dataclasses.asdict(vault.KdfParams())}
    assert kdf["memory_kib"] >= 65536 and kdf["time_cost"] >= 2     # well above OWASP's minimum for Argon2id
    params = {k: v for k, v in kdf.items() if k != "name"}
    assert _unwraps_with(keyfile, PASSPHRASE, **params)
    Store.open(tmp_path / "s", PASSPHRASE).close()


def test_the_kdf_parameters_asked_for_are_the_ones_recorded_and_unlock_needs_no_flag(tmp_path):
    asked = vault.KdfParams(time_cost=3, memory_kib=16_384, parallelism=1)
    Store.create(tmp_path / "s", PASSPHRASE, user="x", kdf=asked).close()
    keyfile = json.loads((tmp_path / "s" / vault.KEY_FILE).read_text())
    assert keyfile["kdf"] == {"name": "argon2id", "time_cost": 3, "memory_kib": 16_384, "parallelism": 1}
    assert _unwraps_with(keyfile, PASSPHRASE, 3, 16_384, 1)
    Store.open(tmp_path / "s", PASSPHRASE).close()


def _scan(directories, markers):
    found = []
    for directory in directories:
        for path in Path(directory).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for m in markers:
                    for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                        if m.encode(enc) in data:
                            found.append((str(path), m, enc))
    return found


def test_no_plaintext_on_disk_anywhere(store, store_dir, _private_tmp):
    ib = Inburgeraar(voornamen=MARKERS[0], achternaam=MARKERS[1], naam_eigen_schrift=MARKERS[2], adres=MARKERS[3])
    store.save(ib)
    for i in range(200):                 # enough to spill into WAL pages and the freelist
        store.put("notitie", f"n{i}", {"tekst": MARKERS[i % 4] * 20})
    store.delete("notitie", "n3")
    store.backup("test")
    assert (store_dir / f"{DB_FILE}-wal").exists()
    assert _scan([store_dir, _private_tmp], MARKERS) == []   # while open, WAL present
    store.close()
    assert _scan([store_dir, _private_tmp], MARKERS) == []   # after close
    assert _scan([store_dir], [PASSPHRASE]) == []


def test_audit_records_who_when_which_field_old_and_new(store):
    ib = Inburgeraar(voornamen="Rania", achternaam="Suleiman")
    store.save(ib)
    ib.achternaam = "Suleiman-Haddad"
    store.save(ib, reason="spelling volgens BRP")
    trail = [a for a in store.audit_trail("inburgeraar", ib.id) if a["field"] == "achternaam"]
    assert [(a["old"], a["new"]) for a in trail] == [(None, "Suleiman"), ("Suleiman", "Suleiman-Haddad")]
    assert trail[-1]["user"] == "K. de Vries" and trail[-1]["reason"] == "spelling volgens BRP"
    assert trail[-1]["at"].startswith("20")
    assert store.save(ib) == {}          # nothing changed → nothing written


def test_edit_and_outbox_entry_are_one_transaction(store):
    ib = Inburgeraar(voornamen="Omar")
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            store.put(ib.ENTITY, ib.id, ib.to_fields(), conn=conn)
            raise RuntimeError("crash in the middle")
    with store.transaction() as conn:
        assert conn.execute(text("select count(*) from outbox")).scalar() == 0
        assert conn.execute(text("select count(*) from audit")).scalar() == 0
    assert store.load(Inburgeraar, ib.id) is None


def test_the_head_constant_matches_the_migration_scripts():
    from desktop_app.store.migrate import HEAD
    assert HEAD == head_revision(), "update HEAD in desktop_app/store/migrate.py to the newest migration"


def test_schema_newer_than_the_app_is_refused_and_untouched(store, store_dir):
    with store.transaction() as conn:
        conn.execute(text("update alembic_version set version_num = '9999_future'"))
    store.close()
    before = _sha(store_dir / DB_FILE)
    with pytest.raises(SchemaTooNew) as fout:
        Store.open(store_dir, PASSPHRASE)
    assert "nieuwere versie" in str(fout.value) and "9999_future" in str(fout.value)
    assert _sha(store_dir / DB_FILE) == before


def test_an_older_store_is_backed_up_encrypted_before_migration(store, store_dir):
    from alembic import command
    from desktop_app.store.migrate import _config
    assert head_revision() != "0001", "needs a second migration to exercise the upgrade path"
    store.save(Inburgeraar(voornamen=MARKERS[0]))
    config = _config()
    with store.transaction() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    store.close()
    reopened = Store.open(store_dir, PASSPHRASE)
    assert current_revision(reopened) == head_revision()
    assert reopened.load_all(Inburgeraar)[0].voornamen == MARKERS[0]
    backups = reopened.backups()
    assert len(backups) == 1 and "voor-migratie-0001" in backups[0].name
    reopened.close()
    assert _scan(backups, MARKERS) == []
    # the backup opens with the same passphrase and still has the old schema and the data
    copy = Store.__new__(Store)
    db_key, store_id = vault.unwrap(backups[0], PASSPHRASE)
    Store.__init__(copy, backups[0], db_key, store_id)
    with copy.transaction() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0001"
    assert copy.get("inburgeraar", copy.all("inburgeraar")[0][0])["voornamen"] == MARKERS[0]
    copy.close()


def test_missing_key_file_missing_store_and_corrupt_database_say_what_to_do(store, store_dir, tmp_path):
    store.close()
    with pytest.raises(StoreMissing, match="koers init"):
        Store.open(tmp_path / "nergens", PASSPHRASE)
    (store_dir / vault.KEY_FILE).rename(tmp_path / "key.bak")
    with pytest.raises(KeyFileMissing, match="koers restore"):
        Store.open(store_dir, PASSPHRASE)
    (tmp_path / "key.bak").rename(store_dir / vault.KEY_FILE)
    db = store_dir / DB_FILE
    for wal in store_dir.glob(f"{DB_FILE}-*"):
        wal.unlink()
    data = bytearray(db.read_bytes())
    data[: len(data) // 2] = os.urandom(len(data) // 2)       # truncated/overwritten: garbage
    db.write_bytes(bytes(data[: len(data) * 3 // 4]))
    before = _sha(db)
    with pytest.raises(StoreCorrupt, match="koers restore"):
        Store.open(store_dir, PASSPHRASE)
    assert _sha(db) == before
    (store_dir / vault.KEY_FILE).write_text("{niet json")
    with pytest.raises(StoreCorrupt, match="sleutelbestand"):
        Store.open(store_dir, PASSPHRASE)


def test_disk_full_during_a_write_loses_nothing_already_saved(store):
    store.save(Inburgeraar(voornamen="Filmon"))
    with store.transaction() as conn:
        pages = conn.execute(text("pragma page_count")).scalar()
    # A real SQLITE_FULL: cap the database at its current size for this connection pool.
    from sqlalchemy import event

    @event.listens_for(store.engine, "connect")
    def cap(dbapi_conn, _):
        dbapi_conn.execute(f"pragma max_page_count = {pages}")
    store.engine.dispose()
    with pytest.raises(DiskFull, match="schijf is vol"):
        with store.transaction() as conn:
            for i in range(500):
                store.put("notitie", f"n{i}", {"tekst": "x" * 4000}, conn=conn)
    assert [ib.voornamen for ib in store.load_all(Inburgeraar)] == ["Filmon"]
    assert store.count("notitie") == 0


CHILD = textwrap.dedent("""
    import sys
    from desktop_app.store.store import Store
    store = Store.open(sys.argv[1], sys.argv[2])
    i = 0
    while True:
        store.put("meting", f"m{i}", {"i": i, "tekst": "x" * 500})
        print(i, flush=True)      # printed only after the commit returned
        i += 1
""")


def test_sigkill_in_a_stream_of_writes_loses_no_committed_write(store, store_dir):
    store.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(store_dir), PASSPHRASE], stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).parents[1])
    committed = -1
    for line in child.stdout:
        committed = int(line)
        if committed >= 150:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    reopened = Store.open(store_dir, PASSPHRASE)
    ids = {i for i, _ in reopened.all("meting")}
    assert {f"m{i}" for i in range(committed + 1)} <= ids
    assert len(ids) - (committed + 1) <= 1          # at most the one in flight
    with reopened.transaction() as conn:
        assert conn.execute(text("pragma integrity_check")).scalar() == "ok"
    reopened.close()


def test_locked_store_refuses_work_with_a_message(store):
    store.close()
    from desktop_app.store.errors import StoreError
    with pytest.raises(StoreError, match="vergrendeld"):
        store.get("inburgeraar", "x")


def test_damage_deep_in_the_database_is_reported_when_read(store, store_dir):
    for i in range(300):
        store.put("notitie", f"n{i}", {"tekst": "x" * 2000})
    store.close()
    for wal in store_dir.glob(f"{DB_FILE}-*"):
        wal.unlink()
    db = store_dir / DB_FILE
    data = bytearray(db.read_bytes())
    van, tot = len(data) // 4, len(data) * 9 // 10
    data[van:tot] = os.urandom(tot - van)               # the data pages; page 1 and the schema stay intact
    db.write_bytes(bytes(data))
    reopened = Store.open(store_dir, PASSPHRASE)        # the header and schema still open
    with pytest.raises(StoreCorrupt, match="beschadigd"):
        reopened.all("notitie")
    reopened.close()


def test_backup_while_writing_is_a_consistent_encrypted_snapshot(store, store_dir):
    import threading
    for i in range(50):
        store.put("meting", f"m{i}", {"i": i})
    stop = threading.Event()

    def schrijf():
        i = 1000
        while not stop.is_set():
            store.put("meting", f"m{i}", {"i": i, "tekst": MARKERS[0] * 10})
            i += 1
    schrijver = threading.Thread(target=schrijf)
    schrijver.start()
    try:
        kopie_dir = store.backup("test")
    finally:
        stop.set()
        schrijver.join()
    assert _scan([kopie_dir], MARKERS) == []
    kopie = Store.__new__(Store)
    db_key, store_id = vault.unwrap(kopie_dir, PASSPHRASE)
    Store.__init__(kopie, kopie_dir, db_key, store_id)
    with kopie.transaction() as conn:
        assert conn.execute(text("pragma integrity_check")).scalar() == "ok"
    assert {f"m{i}" for i in range(50)} <= {i for i, _ in kopie.all("meting")}
    kopie.close()
    assert not [p for p in (store_dir / "backups").iterdir() if p.name.startswith(".")], "no half copy left"


def test_daily_backup_once_a_day_keeping_the_last_seven(store):
    import datetime as dt
    start = dt.datetime(2026, 11, 1, 9, 0)
    for dag in range(10):
        assert store.dagelijkse_backup(nu=start + dt.timedelta(days=dag)) is not None
        assert store.dagelijkse_backup(nu=start + dt.timedelta(days=dag, hours=5)) is None   # same day: none
    dagelijks = [p.name[:8] for p in store.backups() if p.name.endswith("-dagelijks")]
    assert dagelijks == [f"202611{d:02d}" for d in range(4, 11)]
