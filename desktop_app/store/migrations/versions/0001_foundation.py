"""foundation: records, audit, outbox, meta

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record",
        sa.Column("entity", sa.String, primary_key=True),
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("deleted", sa.Integer, nullable=False, server_default="0"),
        sa.Column("server_rev", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String, nullable=False),
        sa.Column("user", sa.String, nullable=False),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("record_id", sa.String, nullable=False),
        sa.Column("field", sa.String, nullable=False),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("reason", sa.Text),
    )
    op.create_index("ix_audit_record", "audit", ["entity", "record_id"])
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("record_id", sa.String, nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("deleted", sa.Integer, nullable=False, server_default="0"),
        sa.Column("base_rev", sa.Integer, nullable=False, server_default="0"),
        sa.Column("at", sa.String, nullable=False),
    )
    op.create_table("meta", sa.Column("key", sa.String, primary_key=True), sa.Column("value", sa.Text, nullable=False))


def downgrade() -> None:
    for table in ("meta", "outbox", "audit", "record"):
        op.drop_table(table)
