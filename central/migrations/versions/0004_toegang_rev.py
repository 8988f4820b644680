"""where access stands: the revision of the last write that may have taken a record from a device

Revision ID: c0004
Revises: c0003
"""
import sqlalchemy as sa
from alembic import op

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("gemeente", sa.Column("toegang_rev", sa.BigInteger, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("gemeente") as batch:
        batch.drop_column("toegang_rev")
