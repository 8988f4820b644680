"""drafts: a half-finished edit that was not valid when Koers locked, kept until the user finishes or discards it

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "concept",
        sa.Column("sleutel", sa.String, primary_key=True),
        sa.Column("soort", sa.String, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("at", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("concept")
