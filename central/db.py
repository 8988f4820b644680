"""Database access for the central server: the engine, migrations, and the administrator's tasks (enroll, revoke)."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, insert, select, text, update
from sqlalchemy.engine import Connection, Engine

from koers_protocol.sync import ROLLEN

from .schema import aanmelding, apparaat, gebruiker, gemeente

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATIESLOT = 0x4B6F657273   # "Koers": the PostgreSQL advisory lock held while the schema is upgraded
CODE_GELDIG = dt.timedelta(days=7)
STANDAARD_GEMEENTE = "Gemeente"


class Weigering(Exception):
    """A refusal of an administrator's command, with a Dutch message that says what to do."""


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def vandaag() -> dt.date:
    """The server's day: a placement has ended from the day after its `tot` (one place, so a test can move it)."""
    return dt.date.today()


def digest(geheim: str) -> str:
    return hashlib.sha256(geheim.encode()).hexdigest()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def pragmas(dbapi_conn, _):
            dbapi_conn.execute("PRAGMA journal_mode = WAL")
            dbapi_conn.execute("PRAGMA foreign_keys = ON")

        @event.listens_for(engine, "begin")
        def begin_immediate(conn):
            # SQLite: take the write lock at BEGIN so concurrent pushes queue instead of failing half-way.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        # pysqlite's own transaction handling must step aside for the BEGIN above.
        @event.listens_for(engine, "connect")
        def no_autobegin(dbapi_conn, _):
            dbapi_conn.isolation_level = None

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Upgrade the schema to head. Several instances starting together on one database take turns: on PostgreSQL
    under an advisory lock held until the upgrade commits (the others then find nothing to do), on SQLite under the
    write lock that BEGIN IMMEDIATE takes."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:slot)"), {"slot": MIGRATIESLOT})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _gemeente_id(conn: Connection, naam: str) -> int:
    found = conn.execute(select(gemeente.c.id).where(gemeente.c.naam == naam)).scalar()
    if found is None:
        found = conn.execute(insert(gemeente).values(naam=naam, rev=0).returning(gemeente.c.id)).scalar()
    return found


def enroll(engine: Engine, user: str, role: str, gemeente_naam: str = STANDAARD_GEMEENTE) -> str:
    """Create (or reuse) the user and a one-time enrollment code for one device. Returns the code."""
    if role not in ROLLEN:
        raise Weigering(f"Onbekende rol {role!r}: kies consultant, docent of beheerder.")
    if not user.strip():
        raise Weigering("Geef de naam van de gebruiker met --user.")
    with engine.begin() as conn:
        gid = _gemeente_id(conn, gemeente_naam)
        row = conn.execute(select(gebruiker.c.id, gebruiker.c.rol).where(
            gebruiker.c.gemeente_id == gid, gebruiker.c.naam == user)).first()
        if row is None:
            uid = conn.execute(insert(gebruiker).values(gemeente_id=gid, naam=user, rol=role)
                               .returning(gebruiker.c.id)).scalar()
        elif row.rol != role:
            raise Weigering(f"{user} heeft bij {gemeente_naam} al de rol {row.rol}. Gebruik die rol, of een andere "
                            f"gebruikersnaam.")
        else:
            uid = row.id
        # 10 characters from a 32-letter alphabet without look-alikes: 50 bits, typed by hand once.
        alfabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        ruw = "".join(secrets.choice(alfabet) for _ in range(10))
        code = f"{ruw[:5]}-{ruw[5:]}"
        verloopt = (dt.datetime.now(dt.timezone.utc) + CODE_GELDIG).isoformat()
        conn.execute(insert(aanmelding).values(code_hash=digest(normalise_code(code)), gebruiker_id=uid,
                                               verloopt=verloopt))
    return code


def normalise_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def revoke(engine: Engine, device_id: str) -> None:
    with engine.begin() as conn:
        if conn.execute(update(apparaat).where(apparaat.c.id == device_id, apparaat.c.ingetrokken.is_(None))
                        .values(ingetrokken=now())).rowcount == 0:
            bestaat = conn.execute(select(apparaat.c.id).where(apparaat.c.id == device_id)).first()
            if not bestaat:
                raise Weigering(f"Geen apparaat met id {device_id}. 'koers-central devices' toont de aangemelde "
                                f"apparaten.")


def devices(engine: Engine) -> list[dict]:
    with engine.begin() as conn:
        rows = conn.execute(select(apparaat.c.id, apparaat.c.naam, apparaat.c.aangemeld, apparaat.c.ingetrokken,
                                   gebruiker.c.naam.label("gebruiker"), gebruiker.c.rol,
                                   gemeente.c.naam.label("gemeente"))
                            .join(gebruiker, gebruiker.c.id == apparaat.c.gebruiker_id)
                            .join(gemeente, gemeente.c.id == gebruiker.c.gemeente_id)
                            .order_by(apparaat.c.aangemeld)).mappings().all()
    return [dict(r) for r in rows]
