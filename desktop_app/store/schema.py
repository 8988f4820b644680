"""Tables of the local store. Records of every kind share one table as JSON fields: sync merges them per field,
and a new field in desktop_app.core needs no migration. Changes to these tables go through an Alembic migration."""
from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

record = Table(
    "record", metadata,
    Column("entity", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("data", Text, nullable=False),              # JSON object of fields
    Column("deleted", Integer, nullable=False, default=0),  # tombstone
    Column("server_rev", Integer, nullable=False, default=0),  # last server revision this record is based on
    Column("updated_at", String, nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", String, nullable=False),
    Column("user", String, nullable=False),
    Column("entity", String, nullable=False),
    Column("record_id", String, nullable=False),
    Column("field", String, nullable=False),
    Column("old", Text),   # JSON
    Column("new", Text),   # JSON
    Column("reason", Text),
)
Index("ix_audit_record", audit.c.entity, audit.c.record_id)

outbox = Table(
    "outbox", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("entity", String, nullable=False),
    Column("record_id", String, nullable=False),
    Column("fields", Text, nullable=False),   # JSON: the fields this edit changed, with their new values
    Column("deleted", Integer, nullable=False, default=0),
    Column("base_rev", Integer, nullable=False, default=0),
    Column("at", String, nullable=False),
)

meta = Table(
    "meta", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

concept = Table(
    "concept", metadata,
    Column("sleutel", String, primary_key=True),   # e.g. "inburgeraar:<id>"
    Column("soort", String, nullable=False),       # which dialog can take it up again
    Column("data", Text, nullable=False),          # JSON: the texts as typed
    Column("at", String, nullable=False),
)
