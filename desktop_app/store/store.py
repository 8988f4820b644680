"""An encrypted local store: a directory with the SQLCipher database (WAL), the key file and encrypted backups.

Every write goes through `put`/`delete`, which write the record, an audit row per changed field and the sync outbox
entry in one transaction.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from sqlalchemy import create_engine, event, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from desktop_app.core.model import Record

from . import vault
from .errors import DiskFull, StoreCorrupt, StoreError, StoreMissing
from .files import fsync_dir
from .layout import BACKUP_DIR, DB_FILE, KEY_FILE
from .schema import audit, meta, record

R = TypeVar("R", bound=Record)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Store:
    """Open with `Store.create` or `Store.open`; `close()` disposes the engine and drops the key."""

    def __init__(self, directory: Path, db_key: bytes, store_id: str):
        self.directory = directory
        self.store_id = store_id
        self._key_hex = db_key.hex()
        self.engine: Engine | None = self._make_engine()

    # -- opening -------------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, directory: Path | str, passphrase: str, *, user: str, role: str = "consultant",
               kdf: vault.KdfParams = vault.KdfParams()) -> "Store":
        directory = Path(directory)
        if (directory / KEY_FILE).exists() or (directory / DB_FILE).exists():
            raise StoreError(f"In {directory} staat al een Koers-opslag. Open die, of kies een lege map.")
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        (directory / BACKUP_DIR).mkdir(exist_ok=True, mode=0o700)
        store_id = str(uuid.uuid4())
        store = cls(directory, vault.create_key_file(directory, passphrase, store_id, kdf), store_id)
        store._migrate()
        store.set_meta("user", user)
        store.set_meta("role", role)
        store.set_meta("device_id", str(uuid.uuid4()))
        return store

    @staticmethod
    def controleer_aanwezig(directory: Path) -> None:
        """Before asking for a passphrase: is there a store here at all?"""
        if not (directory / DB_FILE).exists():
            if (directory / KEY_FILE).exists():
                raise StoreCorrupt(f"De database {DB_FILE} ontbreekt in {directory}. Zet de laatste kopie uit "
                                   f"{directory / BACKUP_DIR} terug als {DB_FILE}.")
            raise StoreMissing(f"In {directory} staat geen Koers-opslag. Maak er een met 'koers init --store "
                               f"{directory}' of kies de juiste map.")

    @classmethod
    def open(cls, directory: Path | str, passphrase: str) -> "Store":
        directory = Path(directory)
        cls.controleer_aanwezig(directory)
        db_key, store_id = vault.unwrap(directory, passphrase)
        store = cls(directory, db_key, store_id)
        try:
            store._check_readable()
            store._migrate()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def exists(cls, directory: Path | str) -> bool:
        return (Path(directory) / KEY_FILE).exists()

    def _verbind(self, path: Path):
        """A raw SQLCipher connection to `path` with this store's key (the raw key skips SQLCipher's own KDF)."""
        conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{self._key_hex}'\"")
        return conn

    def _make_engine(self) -> Engine:
        path = self.directory / DB_FILE
        engine = create_engine("sqlite://", creator=lambda: self._verbind(path), module=sqlcipher3,
                               poolclass=QueuePool, pool_size=2, max_overflow=2)

        @event.listens_for(engine, "connect")
        def pragmas(dbapi_conn, _):
            # temp_store=MEMORY: SQLite's temp files would be plaintext. WAL pages are encrypted by SQLCipher.
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY", "busy_timeout = 10000"):
                dbapi_conn.execute(f"PRAGMA {pragma}")

        return engine

    def _check_readable(self) -> None:
        """The key opens the header and schema. (No full PRAGMA quick_check: it reads every page, 0.3 s for 10,000
        inburgeraars; damage further in surfaces as StoreCorrupt when that page is read, see _translate.)"""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
        except DatabaseError:
            raise StoreCorrupt(f"De database in {self.directory} is beschadigd of geen Koers-database (het wachtwoord "
                               f"klopt wel). Zet de laatste kopie uit {self.directory / BACKUP_DIR} terug.") from None

    def _migrate(self) -> None:
        from .migrate import migrate  # Alembic is only imported once a store is open
        migrate(self)

    def close(self) -> None:
        """Lock: dispose all pooled connections and drop the key (as far as Python lets us)."""
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        self._key_hex = ""

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def change_passphrase(self, old: str, new: str, kdf: vault.KdfParams = vault.KdfParams()) -> None:
        vault.rewrap(self.directory, old, new, kdf)

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

    def delete(self, entity: str, record_id: str, *, reason: str | None = None) -> None:
        """A tombstone: the record disappears from every list, the deletion syncs, the audit keeps the old values."""
        with self.transaction() as conn:
            row = conn.exec_driver_sql("SELECT data, server_rev FROM record WHERE entity = ? AND id = ? AND deleted = 0",
                                       (entity, record_id)).first()
            if not row:
                return
            now = _now()
            conn.exec_driver_sql("UPDATE record SET deleted = 1, updated_at = ? WHERE entity = ? AND id = ?",
                                 (now, entity, record_id))
            self._audit(conn, now, entity, record_id, {"(verwijderd)": (json.loads(row.data), None)}, reason)
            self._outbox(conn, now, entity, record_id, {}, True, row.server_rev)

    @staticmethod
    def _outbox(conn: Connection, now: str, entity: str, record_id: str, changed: dict, deleted: bool,
                base_rev: int) -> None:
        conn.exec_driver_sql("INSERT INTO outbox (entity, record_id, fields, deleted, base_rev, at) "
                             "VALUES (?, ?, ?, ?, ?, ?)", (entity, record_id, _json(changed), int(deleted), base_rev, now))

    def _audit(self, conn: Connection, now: str, entity: str, record_id: str,
               changes: dict[str, tuple[Any, Any]], reason: str | None, user: str | None = None) -> None:
        user = user or self._cached_user(conn)
        conn.exec_driver_sql(
            "INSERT INTO audit (at, user, entity, record_id, field, old, new, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(now, user, entity, record_id, field, None if old is None else _json(old),
              None if new is None else _json(new), reason) for field, (old, new) in changes.items()])

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

    # -- backups ---------------------------------------------------------------------------------------------------
    def backup(self, reason: str, nu: dt.datetime | None = None) -> Path:
        """An encrypted copy (same database key) plus the key file, in backups/<time>-<reason>/.

        SQLite's online backup makes a consistent snapshot even while the app writes; the copy is encrypted with the
        same key, page by page, so nothing readable is written. It appears under its final name only when complete."""
        stamp = (nu or dt.datetime.now()).strftime("%Y%m%dT%H%M%S%f")
        target = self.directory / BACKUP_DIR / f"{stamp}-{reason}"
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

    def dagelijkse_backup(self, bewaar: int = 7, nu: dt.datetime | None = None) -> Path | None:
        """At most one backup a day (a lost or broken laptop disk is the common case); the newest `bewaar` daily
        copies stay, older daily ones go. Copies taken before a migration are never removed here."""
        nu = nu or dt.datetime.now()
        dagelijks = [p for p in self.backups() if p.name.endswith("-dagelijks")]
        if dagelijks and dagelijks[-1].name[:8] == nu.strftime("%Y%m%d"):
            return None
        nieuw = self.backup("dagelijks", nu)
        for oud in (dagelijks + [nieuw])[:-bewaar]:
            shutil.rmtree(oud)
        return nieuw


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
        return StoreCorrupt("De database is beschadigd. Er is niets overschreven; zet de laatste kopie uit de map "
                            "backups/ terug of neem contact op met de beheerder.")
    return StoreError(f"Opslaan lukte niet ({fout.orig}). Er is niets half opgeslagen; probeer het opnieuw.")

