"""Concerns for the carer, and the daily "I'm OK today" check-ins and missed-check-in alerts.

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
        "concerns",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("call_back", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("carer_name", sa.String(100), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("sent", sa.DateTime(), nullable=True),
        sa.Column("acknowledged", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(100), nullable=True),
        sa.Column("escalated", sa.DateTime(), nullable=True),
        sa.Column("escalated_to", sa.String(300), nullable=False, server_default=""),
        sa.Column("escalation_outbox_ids", sa.Text(), nullable=False),
    )
    op.create_index("ix_concerns_status", "concerns", ["status"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_checkins_day", "checkins", ["day"])


def downgrade() -> None:
    op.drop_table("checkins")
    op.drop_table("concerns")
