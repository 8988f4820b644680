"""sync: conflicts kept until the person who made the edit resolves them; attachments by content hash

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("record_id", sa.String, nullable=False),
        sa.Column("field", sa.String, nullable=False),
        sa.Column("mine", sa.Text),
        sa.Column("theirs", sa.Text),
        sa.Column("theirs_by", sa.String, nullable=False),
        sa.Column("rev", sa.Integer, nullable=False),
        sa.Column("at", sa.String, nullable=False),
        sa.Column("opgelost", sa.String),
        sa.Column("keuze", sa.String),
        sa.Column("gemeld", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "sync_bijlage",
        sa.Column("sha256", sa.String, primary_key=True),
        sa.Column("data", sa.LargeBinary),
        sa.Column("geupload", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("sync_bijlage")
    op.drop_table("sync_conflict")
