"""Tables of the local store. Records of every kind share one table as JSON fields: sync merges them per field,
and a new field in desktop_app.core needs no migration. Changes to these tables go through an Alembic migration.
Sync state (server, token, cursor, last acknowledged outbox number) lives in `meta` under keys starting with 'sync.'
(see synchronisatie.py)."""
from sqlalchemy import Column, Index, Integer, LargeBinary, MetaData, String, Table, Text

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

# -- sync (migrations 0002, 0003, 0005) ------------------------------------------------------------------------------
sync_conflict = Table(  # kept until the person who made the edit resolves it
    "sync_conflict", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # the server's conflict id
    Column("entity", String, nullable=False),
    Column("record_id", String, nullable=False),
    Column("field", String, nullable=False),
    Column("mine", Text),     # JSON: the value this device pushed
    Column("theirs", Text),   # JSON: the value kept on the server
    Column("theirs_by", String, nullable=False),
    Column("rev", Integer, nullable=False),
    Column("at", String, nullable=False),
    Column("opgelost", String),   # when the person resolved it
    Column("keuze", String),      # mijn | hun | bewerkt
    Column("gemeld", Integer, nullable=False, default=0),  # resolution reported to the server
)

sync_bijlage = Table(  # attachments by content hash, inside the encrypted database
    "sync_bijlage", metadata,
    Column("sha256", String, primary_key=True),
    Column("data", LargeBinary),          # NULL: referred to by a pulled record, not yet downloaded
    Column("geupload", Integer, nullable=False, default=0),
)

sync_geweigerd = Table(  # changes the server refused by themselves; never silently dropped
    "sync_geweigerd", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),  # the outbox number it was pushed under
    Column("entity", String, nullable=False),
    Column("record_id", String, nullable=False),
    Column("fields", Text, nullable=False),   # JSON: the changed fields with the values this device sent
    Column("deleted", Integer, nullable=False, default=0),
    Column("base_rev", Integer, nullable=False),
    Column("gewijzigd", String, nullable=False),  # when the edit was made on the device
    Column("code", String, nullable=False),       # the server's code (protocol.Weigering), also one not known here
    Column("reden", Text, nullable=False),        # the server's Dutch message
    Column("geweigerd", String, nullable=False),  # when the server refused it
    Column("verwijderd", String),                 # when the person discarded it from the queue (audited)
)

sync_ophalen = Table(  # records whose local copy holds what the server refused: fetched again until in step
    "sync_ophalen", metadata,
    Column("entity", String, primary_key=True),
    Column("record_id", String, primary_key=True),
)
