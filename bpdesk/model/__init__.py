"""The design model: what a process is made of, how it is edited and checked.

Pure Python and pydantic; no Qt and no database here.
"""

from typing import TYPE_CHECKING, Any

from bpdesk.model.actions import (
    ActionSettings,
    CalendarEventAction,
    CreateInstanceAction,
    InviteUserAction,
    NotifyAction,
    PlannedExpenseAction,
    SetFieldAction,
    SetRoleAction,
    WebhookAction,
)
from bpdesk.model.design import (
    DesignData,
    DesignIntegrityError,
    ProcessDesign,
    ProcessProperties,
    SlaRule,
)
from bpdesk.model.errors import DesignError
from bpdesk.model.fields import ChoiceOption, FieldDef, FieldType
from bpdesk.model.ids import new_id
from bpdesk.model.nodes import (
    NODE_KINDS,
    NODE_SIZE,
    OTHERWISE,
    OUT,
    ActionNode,
    AnyNode,
    Branch,
    ConditionNode,
    Edge,
    EndNode,
    FieldToFill,
    JoinNode,
    Outcome,
    ParallelNode,
    Point,
    RoleFromField,
    StageNode,
    StartNode,
    StartRule,
    TaskNode,
    TimerNode,
)
from bpdesk.model.people import FieldRef, RoleRef, UserRef
from bpdesk.model.roles import (
    DepartmentHeadRole,
    FixedUserRole,
    InitiatorManagerRole,
    InitiatorRole,
    PositionRole,
    RoleDef,
    SetDuringRunRole,
    UserFieldRole,
)

if TYPE_CHECKING:
    from bpdesk.model.validation import Problem, has_errors, validate


def __getattr__(name: str) -> Any:
    """Validation (and networkx under it) loads on first use: a client that only runs
    processes starts without it."""
    if name in ("Problem", "has_errors", "validate"):
        from bpdesk.model import validation

        return getattr(validation, name)
    raise AttributeError(f"module 'bpdesk.model' has no attribute '{name}'")


__all__ = [
    "NODE_KINDS",
    "NODE_SIZE",
    "OTHERWISE",
    "OUT",
    "ActionNode",
    "ActionSettings",
    "AnyNode",
    "Branch",
    "CalendarEventAction",
    "ChoiceOption",
    "ConditionNode",
    "CreateInstanceAction",
    "DepartmentHeadRole",
    "DesignData",
    "DesignError",
    "DesignIntegrityError",
    "Edge",
    "EndNode",
    "FieldDef",
    "FieldRef",
    "FieldToFill",
    "FieldType",
    "FixedUserRole",
    "InitiatorManagerRole",
    "InitiatorRole",
    "InviteUserAction",
    "JoinNode",
    "NotifyAction",
    "Outcome",
    "ParallelNode",
    "PlannedExpenseAction",
    "Point",
    "PositionRole",
    "Problem",
    "ProcessDesign",
    "ProcessProperties",
    "RoleDef",
    "RoleFromField",
    "RoleRef",
    "SetDuringRunRole",
    "SetFieldAction",
    "SetRoleAction",
    "SlaRule",
    "StageNode",
    "StartNode",
    "StartRule",
    "TaskNode",
    "TimerNode",
    "UserFieldRole",
    "UserRef",
    "WebhookAction",
    "has_errors",
    "new_id",
    "validate",
]
