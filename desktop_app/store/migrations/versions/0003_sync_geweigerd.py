"""sync: changes the server refused for need-to-know, kept until the person exports or discards them

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_geweigerd",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("record_id", sa.String, nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("deleted", sa.Integer, nullable=False, server_default="0"),
        sa.Column("base_rev", sa.Integer, nullable=False),
        sa.Column("gewijzigd", sa.String, nullable=False),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("reden", sa.Text, nullable=False),
        sa.Column("geweigerd", sa.String, nullable=False),
        sa.Column("verwijderd", sa.String),
    )


def downgrade() -> None:
    op.drop_table("sync_geweigerd")
