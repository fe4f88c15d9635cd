"""The facade the UI and the command line call: one unit of work per call, plain DTOs."""

from __future__ import annotations

from bpdesk.services.accounts import Account, Accounts, DepartmentView, UserEdit
from bpdesk.services.board import BoardCard, BoardColumn, BoardFilter, BoardQueries, BoardView
from bpdesk.services.core import DatabaseUnavailableError
from bpdesk.services.demo import DemoCommands
from bpdesk.services.errors import (
    ConflictError,
    DesignRuntimeError,
    EngineError,
    FormError,
    NotAllowedError,
    NotFoundError,
    PublishError,
)
from bpdesk.services.process import ProcessCommands
from bpdesk.services.queries import Agenda, Queries, TaskLookup, Versions
from bpdesk.services.worker import Worker
from bpdesk.services.workspace import StartForm, TaskForm, WorkspaceQueries


class Services(
    ProcessCommands,
    Queries,
    TaskLookup,
    Agenda,
    Versions,
    Worker,
    DemoCommands,
    BoardQueries,
    WorkspaceQueries,
    Accounts,
):
    """Everything the application does, over one database."""


__all__ = [
    "Account",
    "BoardCard",
    "BoardColumn",
    "BoardFilter",
    "BoardView",
    "ConflictError",
    "DatabaseUnavailableError",
    "DepartmentView",
    "DesignRuntimeError",
    "EngineError",
    "FormError",
    "NotAllowedError",
    "NotFoundError",
    "PublishError",
    "Services",
    "StartForm",
    "TaskForm",
    "UserEdit",
]
