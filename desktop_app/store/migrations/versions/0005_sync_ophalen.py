"""sync: records whose local copy holds a change the server refused, fetched again until device and server agree

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_ophalen",
        sa.Column("entity", sa.String, primary_key=True),
        sa.Column("record_id", sa.String, primary_key=True),
    )
    # Changes refused before this version left their values in the local copy: bring those records in step too.
    op.execute("INSERT INTO sync_ophalen (entity, record_id) SELECT DISTINCT entity, record_id FROM sync_geweigerd")


def downgrade() -> None:
    op.drop_table("sync_ophalen")
