"""Schema upgrades with Alembic on the store's own encrypted connection.

A store whose schema is newer than this app is refused (an older app must not touch it); before any upgrade of an
existing store an encrypted backup is taken. Alembic itself is imported only when there is something to do: its
import costs about 0.3 s, which every unlock would otherwise pay.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from .errors import SchemaTooNew

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; tests/test_store.py checks it against Alembic's own view.
HEAD = "0003"


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
    if current is not None:
        store.backup(f"voor-migratie-{current}-naar-{head}")
    with store.transaction() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
