"""Indexes for the board: a column's cards in order, closed cases newest first.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 01:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("instances", schema=None) as batch_op:
        batch_op.create_index(
            "ix_instances_board",
            ["design_key", "status", "stage_node_id", "stage_entered_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_instances_closed", ["design_key", "status", "finished_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("instances", schema=None) as batch_op:
        batch_op.drop_index("ix_instances_closed")
        batch_op.drop_index("ix_instances_board")
