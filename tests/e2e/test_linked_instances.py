"""An action starts a linked instance of another process, in the same transaction."""

from __future__ import annotations

from bpdesk.model import (
    ActionNode,
    CreateInstanceAction,
    EndNode,
    FieldDef,
    ProcessDesign,
    StartNode,
)
from bpdesk.services import Services


def test_a_linked_instance_starts_with_values_from_the_first(app: Services) -> None:
    design = ProcessDesign.new("trip", "Business trip")
    design.add_field(
        FieldDef(key="leave_on", label="Leave on", type="date", start_form=True, required="always")
    )
    start = design.add_node(StartNode()).id
    linked = design.add_node(
        ActionNode(
            title="Ask for the absence",
            action=CreateInstanceAction(
                design_key="employee-absence",
                fields={
                    "reason": '"remote"',
                    "date_from": "leave_on",
                    "date_to": "leave_on + days(2)",
                    "justification": '"Business trip"',
                },
            ),
        )
    ).id
    end = design.add_node(EndNode()).id
    design.connect(start, "out", linked)
    design.connect(linked, "out", end)
    app.publish(design)
    parent = app.start("trip", "lebedev", {"leave_on": "2026-04-06"})
    view = app.instance(parent.id)
    assert view.status == "success"
    (child_id,) = view.links
    child = app.instance(child_id)
    assert child.design_key == "employee-absence" and child.initiator == "lebedev"
    values = {f.key: f.value for f in child.fields}
    assert values["date_to"] == "2026-04-08" and values["reason"] == "remote"
    assert [t.assignee for t in child.open_tasks] == ["volkova"]
    assert app.instance(str(child.number)).id == child_id  # found by its number too
