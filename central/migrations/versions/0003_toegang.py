"""access follows the caseload and the placement; idempotent enrolment; attachment uploads per device with a quota;
failed enrolments for the rate limit

Revision ID: c0003
Revises: c0002
"""
import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("record", sa.Column("einde", sa.String(10)))
    record = sa.table("record", sa.column("gemeente_id"), sa.column("entity"), sa.column("id"), sa.column("data"),
                      sa.column("einde"))
    conn = op.get_bind()
    for row in conn.execute(sa.select(record.c.gemeente_id, record.c.id, record.c.data)
                            .where(record.c.entity == "plaatsing")).all():
        tot = json.loads(row.data).get("tot")
        try:
            einde = dt.date.fromisoformat(tot).isoformat() if isinstance(tot, str) and tot else None
        except ValueError:
            einde = None
        if einde:
            conn.execute(sa.update(record).where(record.c.gemeente_id == row.gemeente_id,
                                                 record.c.entity == "plaatsing", record.c.id == row.id)
                         .values(einde=einde))
    op.add_column("aanmelding", sa.Column("apparaat_id", sa.String(36)))
    op.create_table("aanmeldpoging",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("client", sa.String(100), nullable=False),
                    sa.Column("at", sa.String(40), nullable=False))
    op.create_index("ix_aanmeldpoging_client", "aanmeldpoging", ["client", "at"])
    # Uploads in progress now live per device: the unfinished ones are dropped (the devices send them again); every
    # complete attachment counts as referred to, so no cleanup ever touches one from before.
    op.execute("DELETE FROM bijlage_deel WHERE NOT EXISTS (SELECT 1 FROM bijlage b WHERE b.gemeente_id = "
               "bijlage_deel.gemeente_id AND b.sha256 = bijlage_deel.sha256 AND b.compleet)")
    op.execute("DELETE FROM bijlage WHERE NOT compleet")
    op.add_column("bijlage", sa.Column("verwezen", sa.Boolean, nullable=False, server_default=sa.true()))
    op.add_column("bijlage", sa.Column("aangemaakt", sa.String(40), nullable=False, server_default=""))
    with op.batch_alter_table("bijlage") as batch:
        batch.alter_column("verwezen", server_default=sa.false())
        batch.drop_column("compleet")   # every attachment here is complete now
    op.create_table("bijlage_upload",
                    sa.Column("gemeente_id", sa.Integer, primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("apparaat_id", sa.String(36), primary_key=True),
                    sa.Column("grootte", sa.BigInteger, nullable=False),
                    sa.Column("begonnen", sa.String(40), nullable=False),
                    sa.Column("klaar", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_index("ix_bijlage_upload_apparaat", "bijlage_upload", ["apparaat_id"])
    op.create_table("bijlage_upload_deel",
                    sa.Column("gemeente_id", sa.Integer, primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("apparaat_id", sa.String(36), primary_key=True),
                    sa.Column("n", sa.Integer, primary_key=True),
                    sa.Column("data", sa.LargeBinary, nullable=False))


def downgrade() -> None:
    op.drop_table("bijlage_upload_deel")
    op.drop_table("bijlage_upload")
    with op.batch_alter_table("bijlage") as batch:
        batch.drop_column("aangemaakt")
        batch.drop_column("verwezen")
        batch.add_column(sa.Column("compleet", sa.Boolean, nullable=False, server_default=sa.true()))
    op.drop_table("aanmeldpoging")
    with op.batch_alter_table("aanmelding") as batch:
        batch.drop_column("apparaat_id")
    with op.batch_alter_table("record") as batch:
        batch.drop_column("einde")
