"""central: tenants, users, devices, records, received changes, conflicts

Revision ID: c0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("gemeente",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("naam", sa.String(200), nullable=False, unique=True),
                    sa.Column("rev", sa.BigInteger, nullable=False, server_default="0"))
    op.create_table("gebruiker",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("gemeente_id", sa.Integer, sa.ForeignKey("gemeente.id"), nullable=False),
                    sa.Column("naam", sa.String(200), nullable=False),
                    sa.Column("rol", sa.String(20), nullable=False),
                    sa.UniqueConstraint("gemeente_id", "naam", name="uq_gebruiker_naam"))
    op.create_table("aanmelding",
                    sa.Column("code_hash", sa.String(64), primary_key=True),
                    sa.Column("gebruiker_id", sa.Integer, sa.ForeignKey("gebruiker.id"), nullable=False),
                    sa.Column("verloopt", sa.String(40), nullable=False),
                    sa.Column("gebruikt", sa.String(40)))
    op.create_table("apparaat",
                    sa.Column("id", sa.String(36), primary_key=True),
                    sa.Column("gebruiker_id", sa.Integer, sa.ForeignKey("gebruiker.id"), nullable=False),
                    sa.Column("naam", sa.String(200), nullable=False, server_default=""),
                    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
                    sa.Column("aangemeld", sa.String(40), nullable=False),
                    sa.Column("ingetrokken", sa.String(40)),
                    sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"))
    op.create_table("record",
                    sa.Column("gemeente_id", sa.Integer, sa.ForeignKey("gemeente.id"), primary_key=True),
                    sa.Column("entity", sa.String(40), primary_key=True),
                    sa.Column("id", sa.String(80), primary_key=True),
                    sa.Column("data", sa.Text, nullable=False),
                    sa.Column("field_revs", sa.Text, nullable=False),
                    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
                    sa.Column("rev", sa.BigInteger, nullable=False),
                    sa.Column("by", sa.String(200), nullable=False),
                    sa.Column("created_by", sa.String(200), nullable=False),
                    sa.Column("inburgeraar_id", sa.String(80)),
                    sa.Column("groep_id", sa.String(80)),
                    sa.Column("klantmanager", sa.String(200)),
                    sa.Column("updated_at", sa.String(40), nullable=False))
    op.create_index("ix_record_rev", "record", ["gemeente_id", "rev"])
    op.create_index("ix_record_inburgeraar", "record", ["gemeente_id", "inburgeraar_id"])
    op.create_index("ix_record_groep", "record", ["gemeente_id", "groep_id"])
    op.create_table("groep_docent",
                    sa.Column("gemeente_id", sa.Integer, primary_key=True),
                    sa.Column("groep_id", sa.String(80), primary_key=True),
                    sa.Column("docent", sa.String(200), primary_key=True))
    op.create_table("ontvangen",
                    sa.Column("apparaat_id", sa.String(36), sa.ForeignKey("apparaat.id"), primary_key=True),
                    sa.Column("seq", sa.BigInteger, primary_key=True),
                    sa.Column("hash", sa.String(64), nullable=False),
                    sa.Column("resultaat", sa.Text, nullable=False),
                    sa.Column("at", sa.String(40), nullable=False))
    op.create_table("conflict",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("gemeente_id", sa.Integer, sa.ForeignKey("gemeente.id"), nullable=False),
                    sa.Column("apparaat_id", sa.String(36), nullable=False),
                    sa.Column("entity", sa.String(40), nullable=False),
                    sa.Column("record_id", sa.String(80), nullable=False),
                    sa.Column("field", sa.String(64), nullable=False),
                    sa.Column("mine", sa.Text),
                    sa.Column("theirs", sa.Text),
                    sa.Column("theirs_by", sa.String(200), nullable=False),
                    sa.Column("rev", sa.BigInteger, nullable=False),
                    sa.Column("opgelost", sa.String(40)),
                    sa.Column("keuze", sa.String(20)))


def downgrade() -> None:
    for table in ("conflict", "ontvangen", "groep_docent", "record", "apparaat", "aanmelding", "gebruiker",
                  "gemeente"):
        op.drop_table(table)
