"""Schema upgrades with Alembic on the store's own encrypted connection.

A store whose schema is newer than this app is refused (an older app must not touch it); before any upgrade of an
existing store an encrypted backup is taken.
"""
from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic import command

from .errors import SchemaTooNew

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(store) -> str | None:
    with store.transaction() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(store) -> None:
    config = _config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(store)
    head = script.get_current_head()
    if current == head:
        return
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(f"Deze opslag is gemaakt met een nieuwere versie van Koers (schema {current}; deze versie "
                           f"kent tot en met {head}). Er is niets gewijzigd. Installeer de nieuwste versie van Koers.")
    if current is not None:
        store.backup(f"voor-migratie-{current}-naar-{head}")
    with store.transaction() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
