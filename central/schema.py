"""Tables of the central server. Records of every kind share one table as JSON fields (like the desktop store), with
a few columns copied out of the fields so need-to-know can be decided in SQL: who is the inburgeraar, which group,
who is the klantmanager. Changes to these tables go through an Alembic migration in central/migrations/."""
from sqlalchemy import (BigInteger, Boolean, Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table,
                        Text, UniqueConstraint)

metadata = MetaData()

gemeente = Table(
    "gemeente", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("naam", String(200), nullable=False, unique=True),
    # The tenant's revision counter. Taking it with UPDATE ... RETURNING locks the row until commit, so revisions
    # become visible in order and a pull by cursor can never skip a change that commits late.
    Column("rev", BigInteger, nullable=False, server_default="0"),
    # The revision of the last write that may have taken a record from a device (see sync._Batch): a device that
    # synced before it asks which of its records it may no longer have.
    Column("toegang_rev", BigInteger, nullable=False, server_default="0"),
)

gebruiker = Table(
    "gebruiker", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("gemeente_id", Integer, ForeignKey("gemeente.id"), nullable=False),
    Column("naam", String(200), nullable=False),
    Column("rol", String(20), nullable=False),
    UniqueConstraint("gemeente_id", "naam", name="uq_gebruiker_naam"),
)

aanmelding = Table(  # one-time enrollment codes; only a hash is stored
    "aanmelding", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("gebruiker_id", Integer, ForeignKey("gebruiker.id"), nullable=False),
    Column("verloopt", String(40), nullable=False),
    Column("gebruikt", String(40)),
    Column("apparaat_id", String(36)),   # the device the code enrolled: a retry of the same request gets it again
)

aanmeldpoging = Table(  # failed enrolments per client address, for the rate limit (shared by every instance)
    "aanmeldpoging", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client", String(100), nullable=False),
    Column("at", String(40), nullable=False),
)
Index("ix_aanmeldpoging_client", aanmeldpoging.c.client, aanmeldpoging.c.at)

apparaat = Table(
    "apparaat", metadata,
    Column("id", String(36), primary_key=True),
    Column("gebruiker_id", Integer, ForeignKey("gebruiker.id"), nullable=False),
    Column("naam", String(200), nullable=False, server_default=""),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("aangemeld", String(40), nullable=False),
    Column("ingetrokken", String(40)),
    Column("last_seq", BigInteger, nullable=False, server_default="0"),
)

record = Table(
    "record", metadata,
    Column("gemeente_id", Integer, ForeignKey("gemeente.id"), primary_key=True),
    Column("entity", String(40), primary_key=True),
    Column("id", String(80), primary_key=True),
    Column("data", Text, nullable=False),          # JSON object of fields
    Column("field_revs", Text, nullable=False),    # JSON {field: [rev, device id]}: who changed each field last
    Column("deleted", Boolean, nullable=False, server_default="0"),
    Column("rev", BigInteger, nullable=False),
    Column("by", String(200), nullable=False),     # user of the last change
    Column("created_by", String(200), nullable=False),
    Column("inburgeraar_id", String(80)),          # need-to-know columns, copied from the fields
    Column("groep_id", String(80)),
    Column("klantmanager", String(200)),
    Column("einde", String(10)),                   # a plaatsing's last day (its `tot`), ISO date
    Column("updated_at", String(40), nullable=False),
)
Index("ix_record_rev", record.c.gemeente_id, record.c.rev)
Index("ix_record_inburgeraar", record.c.gemeente_id, record.c.inburgeraar_id)
Index("ix_record_groep", record.c.gemeente_id, record.c.groep_id)

groep_docent = Table(  # startklasgroep.docenten, one row per docent, for the docent's need-to-know
    "groep_docent", metadata,
    Column("gemeente_id", Integer, primary_key=True),
    Column("groep_id", String(80), primary_key=True),
    Column("docent", String(200), primary_key=True),
)

ontvangen = Table(  # every accepted change by (device, sequence): makes a push idempotent and is the server's log
    "ontvangen", metadata,
    Column("apparaat_id", String(36), ForeignKey("apparaat.id"), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("hash", String(64), nullable=False),   # of the change's content: a replay must be byte-for-byte the same
    Column("resultaat", Text, nullable=False),    # JSON ChangeResult, answered again on a replay
    Column("at", String(40), nullable=False),
)

conflict = Table(
    "conflict", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("gemeente_id", Integer, ForeignKey("gemeente.id"), nullable=False),
    Column("apparaat_id", String(36), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", String(80), nullable=False),
    Column("field", String(64), nullable=False),
    Column("mine", Text),
    Column("theirs", Text),
    Column("theirs_by", String(200), nullable=False),
    Column("rev", BigInteger, nullable=False),
    Column("opgelost", String(40)),
    Column("keuze", String(20)),
)

bijlage = Table(  # attachments per tenant, content-addressed, complete (their chunks hash to the name)
    "bijlage", metadata,
    Column("gemeente_id", Integer, ForeignKey("gemeente.id"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("grootte", BigInteger, nullable=False),
    Column("verwezen", Boolean, nullable=False, server_default="0"),   # a record has referred to it
    Column("aangemaakt", String(40), nullable=False, server_default=""),
)

bijlage_deel = Table(  # the chunks of a complete attachment
    "bijlage_deel", metadata,
    Column("gemeente_id", Integer, primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("n", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

bijlage_upload = Table(  # one device's upload of an attachment: in progress, or done (the device proved it has it)
    "bijlage_upload", metadata,
    Column("gemeente_id", Integer, primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("apparaat_id", String(36), primary_key=True),
    Column("grootte", BigInteger, nullable=False),
    Column("begonnen", String(40), nullable=False),
    Column("klaar", Boolean, nullable=False, server_default="0"),
)
Index("ix_bijlage_upload_apparaat", bijlage_upload.c.apparaat_id)

bijlage_upload_deel = Table(  # the chunks of an upload in progress, apart per device until they hash to the name
    "bijlage_upload_deel", metadata,
    Column("gemeente_id", Integer, primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("apparaat_id", String(36), primary_key=True),
    Column("n", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
