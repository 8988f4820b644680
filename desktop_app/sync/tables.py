"""The client's own sync tables (migrations 0002, 0003). Sync state itself (server, token, cursor, last pushed
number) lives in the store's encrypted `meta` table under keys starting with 'sync.'."""
from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table, Text

metadata = MetaData()

sync_conflict = Table(
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

sync_geweigerd = Table(  # changes the server refused by themselves (migration 0003); never silently dropped
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
