"""Alembic for the central server; run through central.db.migrate (which passes the connection)."""
from alembic import context

from central.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
