"""bijlagen: attachments in chunks, content-addressed per tenant

Revision ID: c0002
Revises: c0001
"""
import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("bijlage",
                    sa.Column("gemeente_id", sa.Integer, sa.ForeignKey("gemeente.id"), primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("grootte", sa.BigInteger, nullable=False),
                    sa.Column("compleet", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_table("bijlage_deel",
                    sa.Column("gemeente_id", sa.Integer, primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("n", sa.Integer, primary_key=True),
                    sa.Column("data", sa.LargeBinary, nullable=False))


def downgrade() -> None:
    op.drop_table("bijlage_deel")
    op.drop_table("bijlage")
