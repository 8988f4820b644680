"""An encrypted local store: a directory with the SQLCipher database (WAL), the key file and encrypted backups.

Every write goes through `put`/`delete`, which write the record, an audit row per changed field and the sync outbox
entry in one transaction. What sync needs of the store is in synchronisatie.py (mixed into `Store`); this package is
the only code with SQL on the local database.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from sqlalchemy import create_engine, event, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from desktop_app.core.model import Record

from . import instantie, vault, wachtwoord
from .errors import DiskFull, StoreCorrupt, StoreError, StoreMissing, terugzet_advies
from .files import fsync_dir, maak_prive
from .layout import BACKUP_DIR, DB_FILE, KEY_FILE
from .schema import audit, concept, meta, record
from .synchronisatie import VERWIJDERD, SyncOpslag, audit_rijen
from .verbinding import verbind
from .waarden import als_json as _json
from .waarden import nu as _now

R = TypeVar("R", bound=Record)
STORE_ID = "store_id"     # in meta: binds the database to its key file
NIEUW_DB = f".{DB_FILE}.nieuw"   # a store being created: renamed to koers.db only once complete
# A daily backup with fewer than this share of the records of an older copy does not push that copy out.
KRIMP = 0.5


class Store(SyncOpslag):
    """Open with `Store.create` or `Store.open`; `close()` disposes the engine and drops the key."""

    def __init__(self, directory: Path, db_key: bytes, store_id: str, db_file: str = DB_FILE):
        self.directory = directory
        self.store_id = store_id
        self._key_hex = db_key.hex()
        self._pad = directory / db_file
        self._slot = False        # holds the one-process lock (open/create), released by close()
        self.engine: Engine | None = self._make_engine()

    # -- opening -------------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, directory: Path | str, passphrase: str, *, user: str, role: str = "consultant",
               kdf: vault.KdfParams = vault.KdfParams()) -> "Store":
        """The database is built under a temporary name and the key file written last, so a crash never leaves an
        empty database beside a key file."""
        directory = Path(directory)
        if (directory / KEY_FILE).exists() or (directory / DB_FILE).exists():
            raise StoreError(f"In {directory} staat al een Koers-opslag. Open die, of kies een lege map.")
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        (directory / BACKUP_DIR).mkdir(exist_ok=True, mode=0o700)
        maak_prive(directory)
        with instantie.vast(directory):
            _verwijder_db(directory / NIEUW_DB)
            store_id, db_key = str(uuid.uuid4()), os.urandom(32)
            store = cls(directory, db_key, store_id, NIEUW_DB)
            try:
                store._migrate()
                for key, value in ((STORE_ID, store_id), ("user", user), ("role", role),
                                   ("device_id", str(uuid.uuid4()))):
                    store.set_meta(key, value)
                store.engine.dispose()          # the last connection checkpoints and removes the WAL
                os.replace(directory / NIEUW_DB, directory / DB_FILE)
                fsync_dir(directory)
                vault.create_key_file(directory, passphrase, store_id, kdf, db_key)
            except BaseException:
                store.close()
                _verwijder_db(directory / NIEUW_DB)
                raise
            store._pad = directory / DB_FILE
            store._neem_slot()
        return store

    @staticmethod
    def controleer_aanwezig(directory: Path) -> None:
        """Before asking for a passphrase: is there a store here at all?"""
        if not (directory / DB_FILE).exists():
            if (directory / KEY_FILE).exists():
                raise StoreCorrupt(f"De database {DB_FILE} ontbreekt in {directory}. {terugzet_advies(directory)}")
            raise StoreMissing(f"In {directory} staat geen Koers-opslag. Maak er een met 'koers init --store "
                               f"{directory}' of kies de juiste map.")

    @classmethod
    def open(cls, directory: Path | str, passphrase: str) -> "Store":
        directory = Path(directory)
        cls.controleer_aanwezig(directory)
        with instantie.vast(directory):
            ruim_op(directory)
            db_key, store_id = wachtwoord.ontgrendel(directory, passphrase)
            store = cls(directory, db_key, store_id)
            store._neem_slot()
            try:
                store._check_readable()
                store._migrate()
                if store.get_meta(STORE_ID) is None:     # a store from before the binding: bind it now
                    store.set_meta(STORE_ID, store_id)
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def exists(cls, directory: Path | str) -> bool:
        return (Path(directory) / KEY_FILE).exists()

    def _neem_slot(self) -> None:
        instantie.neem(self.directory)
        self._slot = True

    @property
    def db_key(self) -> bytes:
        return bytes.fromhex(self._key_hex)

    def zet_sleutel(self, db_key: bytes) -> None:
        """After a re-key: new connections use the new key."""
        self.engine.dispose()
        self._key_hex = db_key.hex()

    def _verbind(self, path: Path):
        """A raw SQLCipher connection to `path` with this store's key."""
        return verbind(path, self.db_key)

    def _make_engine(self) -> Engine:
        engine = create_engine("sqlite://", creator=lambda: self._verbind(self._pad), module=sqlcipher3,
                               poolclass=QueuePool, pool_size=2, max_overflow=2)

        @event.listens_for(engine, "connect")
        def pragmas(dbapi_conn, _):
            # temp_store=MEMORY: SQLite's temp files would be plaintext. WAL pages are encrypted by SQLCipher.
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY", "busy_timeout = 10000"):
                dbapi_conn.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def begin(conn):
            # The driver starts no transaction itself (isolation_level=None): DDL is transactional too.
            conn.exec_driver_sql("BEGIN")

        return engine

    def _check_readable(self) -> None:
        """The key opens the header and schema, and the database belongs to this key file. Read on a bare connection
        (the engine's first connection would turn an empty file into a new WAL database). No full PRAGMA quick_check:
        it reads every page, 0.3 s for 10,000 inburgeraars; damage further in surfaces as StoreCorrupt when that page
        is read, see _translate."""
        conn = self._verbind(self._pad)
        try:
            tabellen = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            eigen = conn.execute("SELECT value FROM meta WHERE key = ?", (STORE_ID,)).fetchone() \
                if "meta" in tabellen else None
        except sqlcipher3.DatabaseError:
            raise StoreCorrupt(f"De database in {self.directory} is beschadigd of hoort niet bij dit sleutelbestand "
                               f"(het wachtwoord klopt wel). {terugzet_advies(self.directory)}") from None
        finally:
            conn.close()
        if not tabellen:
            raise StoreCorrupt(f"De database {DB_FILE} in {self.directory} is leeg, maar het sleutelbestand hoort bij "
                               f"een bestaande opslag: de gegevens zijn kwijt uit dit bestand. Er is niets gewijzigd. "
                               f"{terugzet_advies(self.directory)}")
        if "meta" not in tabellen or (eigen is not None and eigen[0] != self.store_id):
            raise StoreCorrupt(f"De database {DB_FILE} in {self.directory} hoort bij een andere opslag dan het "
                               f"sleutelbestand. Er is niets gewijzigd. {terugzet_advies(self.directory)}")

    def _migrate(self) -> None:
        from .migrate import migrate  # Alembic is only imported once a store is open
        migrate(self)

    def close(self) -> None:
        """Lock: dispose all pooled connections, drop the key (as far as Python lets us), release the store."""
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        self._key_hex = ""
        if self._slot:
            self._slot = False
            instantie.laat_los(self.directory)

    def change_passphrase(self, old: str, new: str, kdf: vault.KdfParams = vault.KdfParams()) -> None:
        """New passphrase and new database key; every backup re-encrypted (see wachtwoord.py)."""
        wachtwoord.wijzig(self, old, new, kdf)

    # -- transactions ----------------------------------------------------------------------------------------------
    def transaction(self):
        if self.engine is None:
            raise StoreError("De opslag is vergrendeld. Ontgrendel Koers met uw wachtwoord.")
        return _Transaction(self.engine)

    # -- meta ------------------------------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.transaction() as conn:
            value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            if conn.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount == 0:
                conn.execute(insert(meta).values(key=key, value=value))

    @property
    def user(self) -> str:
        return self.get_meta("user", "onbekend")

    @property
    def role(self) -> str:
        return self.get_meta("role", "consultant")

    # -- records ---------------------------------------------------------------------------------------------------
    def get(self, entity: str, record_id: str) -> dict | None:
        with self.transaction() as conn:
            row = conn.execute(select(record.c.data).where(record.c.entity == entity, record.c.id == record_id,
                                                           record.c.deleted == 0)).first()
        return json.loads(row.data) if row else None

    def all(self, entity: str, **where: Any) -> list[tuple[str, dict]]:
        """All live records of one kind; `where` filters on field values (in Python, after decoding)."""
        with self.transaction() as conn:
            rows = conn.execute(select(record.c.id, record.c.data).where(record.c.entity == entity,
                                                                         record.c.deleted == 0)).all()
        uit = [(r.id, json.loads(r.data)) for r in rows]
        if where:
            uit = [(i, d) for i, d in uit if all(d.get(k) == v for k, v in where.items())]
        return uit

    def count(self, entity: str) -> int:
        return self.aantallen().get(entity, 0)

    def aantallen(self) -> dict[str, int]:
        """Live records per kind (for `koers info`: counts, no personal data)."""
        with self.transaction() as conn:
            return dict(conn.execute(select(record.c.entity, func.count()).where(record.c.deleted == 0)
                                     .group_by(record.c.entity)).all())

    def put(self, entity: str, record_id: str, fields: dict[str, Any], *, reason: str | None = None,
            conn: Connection | None = None) -> dict[str, Any]:
        """Merge `fields` into the record. Returns the fields that really changed (empty: nothing written)."""
        if conn is None:
            with self.transaction() as conn:
                return self.put(entity, record_id, fields, reason=reason, conn=conn)
        # The autosave hot path: plain driver SQL (a few µs) instead of building Core statements (~100 µs each).
        row = conn.exec_driver_sql("SELECT data, deleted, server_rev FROM record WHERE entity = ? AND id = ?",
                                   (entity, record_id)).first()
        old = json.loads(row.data) if row and not row.deleted else {}
        changed = {k: v for k, v in fields.items() if k not in old or old[k] != v}
        if not changed and row and not row.deleted:
            return {}
        now = _now()
        data = _json({**old, **changed})
        if row:
            conn.exec_driver_sql("UPDATE record SET data = ?, deleted = 0, updated_at = ? WHERE entity = ? AND id = ?",
                                 (data, now, entity, record_id))
        else:
            conn.exec_driver_sql("INSERT INTO record (entity, id, data, deleted, server_rev, updated_at) "
                                 "VALUES (?, ?, ?, 0, 0, ?)", (entity, record_id, data, now))
        self._audit(conn, now, entity, record_id, {k: (old.get(k), v) for k, v in changed.items()}, reason)
        self._outbox(conn, now, entity, record_id, changed, False, row.server_rev if row else 0)
        return changed

    def delete(self, entity: str, record_id: str, *, reason: str | None = None,
               conn: Connection | None = None) -> bool:
        """A tombstone: the record disappears from every list, the deletion syncs, the audit keeps the old values.
        Returns whether there was a live record to delete."""
        if conn is None:
            with self.transaction() as conn:
                return self.delete(entity, record_id, reason=reason, conn=conn)
        return self._verwijder(conn, entity, record_id, reason)

    def _verwijder(self, conn: Connection, entity: str, record_id: str, reason: str | None, *,
                   user: str | None = None, naar_server: bool = True) -> bool:
        """Every deletion on this device: a local one (it syncs) and one the server asks for (`naar_server=False`)."""
        row = conn.exec_driver_sql("SELECT data, server_rev FROM record WHERE entity = ? AND id = ? AND deleted = 0",
                                   (entity, record_id)).first()
        if not row:
            return False
        now = _now()
        conn.exec_driver_sql("UPDATE record SET deleted = 1, updated_at = ? WHERE entity = ? AND id = ?",
                             (now, entity, record_id))
        self._audit(conn, now, entity, record_id, {VERWIJDERD: (json.loads(row.data), None)}, reason, user)
        if naar_server:
            self._outbox(conn, now, entity, record_id, {}, True, row.server_rev)
        return True

    @staticmethod
    def _outbox(conn: Connection, now: str, entity: str, record_id: str, changed: dict, deleted: bool,
                base_rev: int) -> None:
        """Every outbox entry is written here."""
        conn.exec_driver_sql("INSERT INTO outbox (entity, record_id, fields, deleted, base_rev, at) "
                             "VALUES (?, ?, ?, ?, ?, ?)", (entity, record_id, _json(changed), int(deleted), base_rev, now))

    def _audit(self, conn: Connection, now: str, entity: str, record_id: str,
               changes: dict[str, tuple[Any, Any]], reason: str | None, user: str | None = None) -> None:
        self._schrijf_audit(conn, audit_rijen(now, user or self._cached_user(conn), entity, record_id, changes,
                                              reason))

    @staticmethod
    def _schrijf_audit(conn: Connection, rijen: list[tuple]) -> None:
        """Every audit row is written here (straight to the driver: a pulled page holds thousands)."""
        if rijen:
            conn.exec_driver_sql('INSERT INTO audit ("at", "user", entity, record_id, field, old, new, reason) '
                                 'VALUES (?, ?, ?, ?, ?, ?, ?, ?)', rijen)

    def _cached_user(self, conn: Connection) -> str:
        if not hasattr(self, "_user"):
            self._user = conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'user'").scalar() or "onbekend"
        return self._user

    def audit_trail(self, entity: str | None = None, record_id: str | None = None) -> list[dict]:
        query = select(audit).order_by(audit.c.seq)
        if entity:
            query = query.where(audit.c.entity == entity)
        if record_id:
            query = query.where(audit.c.record_id == record_id)
        with self.transaction() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**r, "old": r["old"] and json.loads(r["old"]), "new": r["new"] and json.loads(r["new"])} for r in rows]

    # -- typed records (desktop_app.core dataclasses) -----------------------------------------------------------
    def save(self, rec: Record, *, reason: str | None = None) -> dict[str, Any]:
        return self.put(rec.ENTITY, rec.id, rec.to_fields(), reason=reason)

    def load(self, cls: type[R], record_id: str) -> R | None:
        fields = self.get(cls.ENTITY, record_id)
        return None if fields is None else cls.from_fields(record_id, fields)

    def load_all(self, cls: type[R], **where: Any) -> list[R]:
        return [cls.from_fields(i, d) for i, d in self.all(cls.ENTITY, **where)]

    # -- drafts ----------------------------------------------------------------------------------------------------
    def bewaar_concept(self, sleutel: str, soort: str, data: dict) -> None:
        """A half-finished edit that could not be saved (it was not valid when Koers locked), kept encrypted here on
        this device only (no audit, no sync) until the user finishes or discards it."""
        with self.transaction() as conn:
            conn.execute(concept.delete().where(concept.c.sleutel == sleutel))
            conn.execute(insert(concept).values(sleutel=sleutel, soort=soort, data=_json(data), at=_now()))

    def concepten(self) -> list[tuple[str, str, dict]]:
        with self.transaction() as conn:
            rows = conn.execute(select(concept.c.sleutel, concept.c.soort, concept.c.data).order_by(concept.c.at))
            return [(r.sleutel, r.soort, json.loads(r.data)) for r in rows]

    def verwijder_concept(self, sleutel: str) -> None:
        with self.transaction() as conn:
            conn.execute(concept.delete().where(concept.c.sleutel == sleutel))

    # -- backups ---------------------------------------------------------------------------------------------------
    @staticmethod
    def kopie_naam(reason: str, nu: dt.datetime | None = None) -> str:
        return f"{(nu or dt.datetime.now()).strftime('%Y%m%dT%H%M%S%f')}-{reason}"

    def backup(self, reason: str, nu: dt.datetime | None = None, naam: str | None = None) -> Path:
        """An encrypted copy (same database key) plus the key file, in backups/<time>-<reason>/.

        SQLite's online backup makes a consistent snapshot even while the app writes; the copy is encrypted with the
        same key, page by page, so nothing readable is written. It appears under its final name only when complete."""
        target = self.directory / BACKUP_DIR / (naam or self.kopie_naam(reason, nu))
        bezig = target.with_name(f".{target.name}.bezig")
        bezig.mkdir(parents=True, mode=0o700)
        try:
            kopie = self._verbind(bezig / DB_FILE)
            try:
                with self.engine.connect() as conn:
                    conn.connection.dbapi_connection.backup(kopie)
            finally:
                kopie.close()
            shutil.copy2(self.directory / KEY_FILE, bezig / KEY_FILE)
            fsync_dir(bezig)
            bezig.rename(target)
        except BaseException:
            shutil.rmtree(bezig, ignore_errors=True)
            raise
        fsync_dir(target.parent)
        return target

    def backups(self) -> list[Path]:
        return sorted(p for p in (self.directory / BACKUP_DIR).iterdir() if p.is_dir() and not p.name.startswith("."))

    def aantal_records(self, kopie: Path) -> int:
        """Live records in a backup (0 when it does not open): how much a copy holds, without personal data."""
        conn = self._verbind(kopie / DB_FILE)
        try:
            return conn.execute("SELECT count(*) FROM record WHERE deleted = 0").fetchone()[0]
        except sqlcipher3.DatabaseError:
            return 0
        finally:
            conn.close()

    def dagelijkse_backup(self, bewaar: int = 7, nu: dt.datetime | None = None) -> Path | None:
        """At most one backup a day (a lost or broken laptop disk is the common case); the newest `bewaar` daily
        copies stay, older daily ones go, except the newest older one that holds much more than every copy kept: a
        store emptied by accident must not push out its last good copy, and a copy much smaller than the one before
        it pushes out none. Copies taken before a migration are never
        removed here."""
        nu = nu or dt.datetime.now()
        dagelijks = [p for p in self.backups() if p.name.endswith("-dagelijks")]
        if dagelijks and dagelijks[-1].name[:8] == nu.strftime("%Y%m%d"):
            return None
        dagelijks.append(self.backup("dagelijks", nu))
        weg, blijft = dagelijks[:-bewaar], dagelijks[-bewaar:]
        if len(dagelijks) > 1 and self.aantal_records(dagelijks[-1]) < KRIMP * self.aantal_records(dagelijks[-2]):
            return dagelijks[-1]     # much smaller than yesterday's copy: it pushes nothing out
        if weg:
            grootste = max(self.aantal_records(p) for p in blijft)
            goed = next((p for p in reversed(weg) if grootste < KRIMP * self.aantal_records(p)), None)
            for oud in weg:
                if oud != goed:
                    shutil.rmtree(oud)
        return dagelijks[-1]


def ruim_op(directory: Path) -> None:
    """Before a store opens: remove what a crash left half-made (backup folders still named .…bezig, a database
    still being created), and make the store private to its user (stores from before 0700/0600)."""
    for pad in (directory / BACKUP_DIR).glob(".*.bezig"):
        shutil.rmtree(pad, ignore_errors=True)
    _verwijder_db(directory / NIEUW_DB)
    maak_prive(directory)


def _verwijder_db(pad: Path) -> None:
    for deel in (pad, pad.with_name(pad.name + "-wal"), pad.with_name(pad.name + "-shm")):
        deel.unlink(missing_ok=True)


class _Transaction:
    """`with store.transaction() as conn:` commits on success; translates SQLite errors into StoreErrors."""

    def __init__(self, engine: Engine):
        self._cm = engine.begin()

    def __enter__(self) -> Connection:
        try:
            return self._cm.__enter__()
        except DatabaseError as fout:
            raise _translate(fout) from None

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self._cm.__exit__(exc_type, exc, tb)  # commits, or rolls back when the body raised
        except DatabaseError as fout:
            raise _translate(fout) from None
        if isinstance(exc, DatabaseError):
            raise _translate(exc) from None
        return False


def _translate(fout: DatabaseError) -> StoreError:
    tekst = str(fout.orig).lower()
    if "disk is full" in tekst or "disk i/o" in tekst:
        return DiskFull("De schijf is vol: de laatste wijziging is niet opgeslagen (de eerdere gegevens zijn intact). "
                        "Maak ruimte vrij en probeer het opnieuw.")
    if "locked" in tekst or "busy" in tekst:
        return StoreError("De opslag is even bezet door een ander Koers-venster of proces. Probeer het opnieuw.")
    if "malformed" in tekst or "not a database" in tekst:
        return StoreCorrupt("De database is beschadigd. Er is niets overschreven. Zet een back-up terug met "
                            "'koers restore', of in Koers op het vergrendelscherm met 'Back-up terugzetten…'.")
    return StoreError(f"Opslaan lukte niet ({fout.orig}). Er is niets half opgeslagen; probeer het opnieuw.")

