"""Alembic runs only through desktop_app.store.migrate, on the store's own (encrypted) connection."""
from alembic import context

from desktop_app.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
