"""Tutorial learners' progress: who practised which lesson, how far they got, and when.

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
        "learner_progress",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("learner", sa.String(30), nullable=False),
        sa.Column("lesson_id", sa.String(100), nullable=False),
        sa.Column("steps", sa.Integer(), nullable=False),
        sa.Column("step_reached", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("started", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_learner_progress_started", "learner_progress", ["started"])


def downgrade() -> None:
    op.drop_index("ix_learner_progress_started", table_name="learner_progress")
    op.drop_table("learner_progress")
