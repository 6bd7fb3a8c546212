"""The wall's own order in one index: unread first, then newest first, the newest id first among messages that came
at the same moment (read, received DESC, id DESC). The wall reads a page at a time from it (keyset paging, no
sorting of the whole table), and counting the unread uses it too, so the two indexes it replaces (read, received)
and (read) go: one index fewer to write for each message a sync stores.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_messages_wall_order", table_name="messages")
    op.drop_index("ix_messages_read", table_name="messages")
    op.create_index("ix_messages_wall", "messages", ["read", sa.text("received DESC"), sa.text("id DESC")])


def downgrade() -> None:
    op.drop_index("ix_messages_wall", table_name="messages")
    op.create_index("ix_messages_read", "messages", ["read"])
    op.create_index("ix_messages_wall_order", "messages", ["read", "received"])
