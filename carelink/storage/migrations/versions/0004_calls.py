"""Calls: each contact's kept Jitsi room, and the meeting link and ringing state of incoming call invites.

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
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("call_room", sa.String(100), nullable=True))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("call_url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("call_state", sa.String(16), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("call_state")
        batch.drop_column("call_url")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("call_room")
