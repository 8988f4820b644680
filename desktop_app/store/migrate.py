"""Schema upgrades with Alembic on the store's own encrypted connection.

Atomic: the store emits BEGIN itself (see verbinding.py), so Alembic's CREATE/ALTER statements and the new version
number commit together or not at all; a crash mid-migration leaves the old schema and the next unlock tries again.
A store whose schema is newer than this app is refused (an older app must not touch it). Before an upgrade of an
existing store one encrypted backup is taken (not one per attempt: a marker in meta names it); when the upgrade fails,
that copy is put back. Alembic itself is imported only when there is something to do: its import costs about 0.3 s,
which every unlock would otherwise pay.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from .errors import MigrationFailed, SchemaTooNew
from .layout import BACKUP_DIR

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; tests/test_store.py checks it against Alembic's own view.
HEAD = "0005"
KOPIE = "kopie_voor_migratie"   # meta: the backup taken for the upgrade under way


def _config():
    from alembic.config import Config
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(store) -> str | None:
    with store.transaction() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DatabaseError:
            return None   # a new store: no version table yet (the failed statement rolls back nothing)


def migrate(store) -> None:
    current = current_revision(store)
    if current == HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory
    config = _config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(f"Deze opslag is gemaakt met een nieuwere versie van Koers (schema {current}; deze versie "
                           f"kent tot en met {head}). Er is niets gewijzigd. Installeer de nieuwste versie van Koers.")
    kopie = None if current is None else _kopie_voor_migratie(store, current, head)
    try:
        with store.transaction() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if kopie is not None:
                conn.execute(text("DELETE FROM meta WHERE key = :k"), {"k": KOPIE})
    except Exception as fout:
        if kopie is None:
            raise
        from .herstel import vervang
        store.engine.dispose()
        vervang(store.directory, kopie, bewaar_huidige=False)
        raise MigrationFailed(f"Bijwerken van de opslag naar schema {head} is mislukt ({type(fout).__name__}). De "
                              f"opslag is teruggezet zoals hij was vóór de update (kopie {kopie.name}); er is niets "
                              f"verloren. Neem contact op met de beheerder; tot dan werkt de vorige versie van Koers "
                              f"met deze opslag.") from None


def _kopie_voor_migratie(store, current: str, head: str) -> Path:
    """The backup for this upgrade: the one already made by an earlier attempt, or a new one. The marker is written
    before the copy is made, so the copy carries it too (put back, it is again the copy of itself)."""
    reden = f"voor-migratie-{current}-naar-{head}"
    eerder = store.get_meta(KOPIE)
    if eerder and eerder.endswith(reden) and (store.directory / BACKUP_DIR / eerder).is_dir():
        return store.directory / BACKUP_DIR / eerder
    naam = store.kopie_naam(reden)
    store.set_meta(KOPIE, naam)
    return store.backup(reden, naam=naam)
