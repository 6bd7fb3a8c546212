"""Email: held mail, the outbox, the IMAP sync position, and subjects and references on wall messages.

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
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("subject", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("references", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_messages_wall_order", "messages", ["read", "received"])
    op.create_table(
        "held_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sender_email", sa.String(254), nullable=False),
        sa.Column("sender_name", sa.String(200), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("received", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=True, unique=True),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_held_messages_received", "held_messages", ["received"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("to_addrs", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=False, unique=True),
        sa.Column("in_reply_to", sa.String(998), nullable=True),
        sa.Column("references", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("next_attempt", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_outbox_status", "outbox", ["status"])
    op.create_index("ix_outbox_next_attempt", "outbox", ["next_attempt"])
    op.create_table(
        "mailbox_state",
        sa.Column("folder", sa.String(200), primary_key=True),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("mailbox_state")
    op.drop_table("outbox")
    op.drop_table("held_messages")
    op.drop_index("ix_messages_wall_order", "messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("references")
        batch.drop_column("subject")
