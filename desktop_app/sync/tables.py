"""The client's own sync tables (migration 0002). Sync state itself (server, token, cursor, last pushed number) lives
in the store's encrypted `meta` table under keys starting with 'sync.'."""
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
