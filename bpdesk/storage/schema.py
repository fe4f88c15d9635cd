"""The database tables (SQLAlchemy Core).

State lives in ordinary rows so that "all open tasks of user X" and "cards in
stage Y" are plain queries. Every table that two clients may write at once
has a ``version`` column for optimistic concurrency. Changing anything here
needs an alembic migration (``bpdesk/storage/migrations/versions``); a test
checks that the migrations and these tables agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every database (SQLite keeps no time zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("bpdesk stores only timezone-aware moments")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Moment = UTCDateTime()

departments = Table(
    "departments",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("head", String(64), nullable=True),
    Column("parent", String(64), nullable=True),
)

positions = Table(
    "positions",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("login", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False),
    Column("department", String(64), ForeignKey("departments.key"), nullable=True),
    Column("positions", JSON, nullable=False, default=list),
    Column("position_title", String(200), nullable=True),
    Column("admin", Boolean, nullable=False, default=False),
    Column("designer", Boolean, nullable=False, default=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("password_hash", String(200), nullable=True),
    Column("invited_by_instance", String(36), nullable=True),
    Column("created_at", Moment, nullable=False),
    Index("ix_users_email", "email"),
)

designs = Table(
    "designs",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("design_id", String(36), nullable=False),
    Column("name", String(200), nullable=False),
    Column("latest_version", Integer, nullable=False, default=0),
    Column("created_at", Moment, nullable=False),
)

design_versions = Table(
    "design_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("design_key", String(100), ForeignKey("designs.key"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("document", Text, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("published_by", String(64), nullable=True),
    Column("published_at", Moment, nullable=False),
    UniqueConstraint("design_key", "number", name="uq_design_versions_key_number"),
)

instances = Table(
    "instances",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("number", Integer, nullable=False, unique=True),
    Column("design_key", String(100), ForeignKey("designs.key"), nullable=False),
    Column("version_id", Integer, ForeignKey("design_versions.id"), nullable=False),
    Column("title", String(500), nullable=False),
    Column("status", String(20), nullable=False),
    Column("initiator", String(64), nullable=False),
    Column("fields", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("stage_node_id", String(36), nullable=True),
    Column("stage_entered_at", Moment, nullable=True),
    Column("stage_entry", Integer, nullable=False, default=0),
    Column("started_at", Moment, nullable=False),
    Column("finished_at", Moment, nullable=True),
    Column("error", Text, nullable=True),
    Column("parent_id", String(36), nullable=True),
    Column("version", Integer, nullable=False, default=0),
    Index("ix_instances_design_status", "design_key", "status"),
    Index("ix_instances_status_stage", "status", "stage_node_id"),
    Index("ix_instances_board", "design_key", "status", "stage_node_id", "stage_entered_at"),
    Index("ix_instances_closed", "design_key", "status", "finished_at"),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("instance_id", String(36), ForeignKey("instances.id"), nullable=False),
    Column("node_id", String(36), nullable=False),
    Column("wait", String(10), nullable=False),
    Column("via_edge", String(36), nullable=True),
    Column("task_id", String(36), nullable=True),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_tokens_instance", "instance_id"),
)

tasks = Table(
    "tasks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("instance_id", String(36), ForeignKey("instances.id"), nullable=False),
    Column("node_id", String(36), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("title", String(500), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("assignee", String(64), nullable=False),
    Column("state", String(12), nullable=False),
    Column("outcomes", JSON, nullable=False),
    Column("fill_fields", JSON, nullable=False),
    Column("show_fields", JSON, nullable=False),
    Column("outcome", String(100), nullable=True),
    Column("completed_by", String(64), nullable=True),
    Column("on_behalf_of", String(64), nullable=True),
    Column("completed_at", Moment, nullable=True),
    Column("comment", Text, nullable=True),
    Column("created_at", Moment, nullable=False),
    Column("due_at", Moment, nullable=True),
    Column("version", Integer, nullable=False, default=0),
    Index("ix_tasks_assignee_state", "assignee", "state"),
    Index("ix_tasks_instance", "instance_id"),
)

history = Table(
    "history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("instance_id", String(36), ForeignKey("instances.id"), nullable=False),
    Column("at", Moment, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("actor", String(64), nullable=True),
    Column("node_id", String(36), nullable=True),
    Column("task_id", String(36), nullable=True),
    Column("data", JSON, nullable=False),
    Index("ix_history_instance", "instance_id"),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("instance_id", String(36), ForeignKey("instances.id"), nullable=False),
    Column("author", String(64), nullable=False),
    Column("at", Moment, nullable=False),
    Column("body", Text, nullable=False),
    Index("ix_comments_instance", "instance_id"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("instance_id", String(36), nullable=True),
    Column("name", String(255), nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("uploaded_by", String(64), nullable=False),
    Column("uploaded_at", Moment, nullable=False),
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("recipient", String(64), nullable=False),
    Column("instance_id", String(36), nullable=True),
    Column("subject", String(500), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", Moment, nullable=False),
    Column("read_at", Moment, nullable=True),
    Index("ix_notifications_recipient", "recipient", "read_at"),
)

calendar_events = Table(
    "calendar_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("instance_id", String(36), ForeignKey("instances.id"), nullable=False),
    Column("title", String(500), nullable=False),
    Column("start", DateTime, nullable=False),
    Column("end", DateTime, nullable=False),
    Column("attendees", JSON, nullable=False),
    Column("location", String(500), nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
)

planned_expenses = Table(
    "planned_expenses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("instance_id", String(36), ForeignKey("instances.id"), nullable=False),
    Column("amount", String(40), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("category", String(200), nullable=False),
    Column("date", Date, nullable=False),
    Column("description", Text, nullable=False, default=""),
)

instance_links = Table(
    "instance_links",
    metadata,
    Column("parent_id", String(36), ForeignKey("instances.id"), primary_key=True),
    Column("child_id", String(36), ForeignKey("instances.id"), primary_key=True),
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("state", String(12), nullable=False),
    Column("due_at", Moment, nullable=False),
    Column("instance_id", String(36), nullable=True),
    Column("payload", JSON, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=True),
    Column("claimed_by", String(100), nullable=True),
    Column("lease_until", Moment, nullable=True),
    Column("done_at", Moment, nullable=True),
    Index("ix_jobs_due", "state", "due_at"),
)
