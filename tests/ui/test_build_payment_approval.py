"""Payment approval built from an empty canvas with the mouse and keyboard only.

Every step comes from the palette by drag-and-drop, every connection from a port
drag, every setting from the inspector's editors; the result must match the
shipped ``designs/en/payment-approval.bpd.json`` in everything but ids and places.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from bpdesk.io import dump_design, load_design
from bpdesk.model import ProcessDesign, validate
from bpdesk.ui.editor.process_panel import FieldsEditor
from bpdesk.ui.editor.widgets import PersonPicker
from bpdesk.ui.editor.window import DesignerWindow
from tests.ui.gestures import (
    button,
    choose,
    click_table_row,
    connect,
    drop_from_palette,
    named,
    press,
    row,
    select_nothing,
    select_step,
    set_checked,
    tick,
    type_text,
)
from tests.ui.test_designer import PAYMENT

SHOWN = ["amount", "counterparty", "purpose", "invoice"]


def structure(design: ProcessDesign) -> dict[str, Any]:
    """The design without ids and positions: steps by their settings, edges by their ends."""
    data = json.loads(dump_design(design))
    ids: dict[str, str] = {}
    steps = []
    for node in data["nodes"]:
        node_id = node.pop("id")
        node.pop("position")
        signature = json.dumps(node, sort_keys=True, ensure_ascii=False)
        ids[node_id] = signature
        steps.append(signature)
    edges = Counter(
        (ids[edge["source"]], edge.get("port", "out"), ids[edge["target"]])
        for edge in data["edges"]
    )
    for item in data["fields"] + data["roles"]:
        item.pop("id")
    rest = {k: v for k, v in data.items() if k not in ("id", "nodes", "edges")}
    return {"process": rest, "steps": Counter(steps), "edges": edges}


def fill_process(window: DesignerWindow, reference: ProcessDesign) -> None:
    props = reference.properties
    select_nothing(window)
    type_text(row(window, "Name"), props.name)
    type_text(row(window, "Key"), props.key)
    type_text(row(window, "Description"), props.description)
    choose(row(window, "Colour"), props.color)
    icon = row(window, "Icon")
    assert isinstance(icon, QComboBox)
    choose(icon, props.icon)
    editor = window.inspector.widget().findChild(FieldsEditor)
    for field in reference.fields:
        type_text(editor.new_key, field.key)
        press(button(window, "Add field"))
        click_table_row(editor.table, field.key)
        type_text(row(window, "Label", editor), field.label)
        choose(row(window, "Type", editor), field.type.value)
        choose(row(window, "Required", editor), field.required)
        start = next(c for c in editor.findChildren(QCheckBox) if c.text() == "On the start form")
        set_checked(start, field.start_form)
        if field.help:
            type_text(row(window, "Help", editor), field.help)
    # the title template names fields, so it is typed once they exist
    type_text(row(window, "Instance title"), props.title_template)
    for role in reference.roles:
        new_key = next(
            e
            for e in window.inspector.widget().findChildren(QLineEdit)
            if e.placeholderText() == "new_role_key"
        )
        type_text(new_key, role.key)
        press(button(window, "Add role"))
        type_text(named(window, QLineEdit, f"Name of role {role.key}"), role.label)
        choose(named(window, QComboBox, f"Who is role {role.key}"), "position")
        type_text(named(window, QLineEdit, f"Value of role {role.key}"), role.resolve.position)


def task(
    window: DesignerWindow,
    node_id: str,
    title: str,
    role: str,
    *,
    text: str = "",
    due: int | None = None,
    shown: list[str] | None = None,
    fill: list[str] | None = None,
) -> None:
    select_step(window, node_id)
    type_text(row(window, "Title"), title)
    picker = row(window, "Assignee")
    assert isinstance(picker, PersonPicker)
    choose(picker.kind, "role")
    choose(picker.value, role)
    if text:
        type_text(row(window, "Text"), text)
    if due:
        type_text(row(window, "Due in"), str(due))
    tick(row(window, "Fields shown"), shown or [])
    tick(row(window, "Fields to fill"), fill or [])


def notify(window: DesignerWindow, node_id: str, title: str, to: str, subject: str, message: str):  # type: ignore[no-untyped-def]
    select_step(window, node_id)
    type_text(row(window, "Title"), title)
    tick(row(window, "Recipients"), [f"role:{to}"])
    type_text(row(window, "Subject"), subject)
    type_text(row(window, "Message"), message)


def titled(window: DesignerWindow, node_id: str, title: str) -> None:
    select_step(window, node_id)
    type_text(row(window, "Title"), title)


def test_payment_approval_built_by_hand_matches_the_shipped_design(
    window: DesignerWindow,
) -> None:
    reference = load_design(PAYMENT)
    window.new_design()
    design = window.scene.design
    empty = dump_design(design)
    (start,) = [n.id for n in design.nodes]
    window.view.set_zoom(1.0)
    fill_process(window, reference)

    def at(column: int, line: int = 0) -> QPointF:
        start_item = window.scene.nodes[start]
        return start_item.pos() + QPointF(260 * column, 170 * line)

    cfo_stage = drop_from_palette(window, "stage", at(1))
    cfo_task = drop_from_palette(window, "approve", at(2))
    ceo_needed = drop_from_palette(window, "choice", at(3))
    rejected_note = drop_from_palette(window, "notify", at(3, 1))
    rejected = drop_from_palette(window, "end_rejected", at(4, 1))
    ceo_stage = drop_from_palette(window, "stage", at(4, -1))
    ceo_task = drop_from_palette(window, "approve", at(5, -1))
    paying_stage = drop_from_palette(window, "stage", at(6))
    owner_note = drop_from_palette(window, "notify", at(7))
    pay = drop_from_palette(window, "todo", at(8))
    act_stage = drop_from_palette(window, "stage", at(9))
    provide_act = drop_from_palette(window, "request_info", at(10))
    paid = drop_from_palette(window, "end_success", at(11))

    approve_title = "Approve payment {{ amount }} to {{ counterparty }}"
    titled(window, start, "Payment requested")
    titled(window, cfo_stage, "CFO")
    for node_id, role in ((cfo_task, "cfo"), (ceo_task, "ceo")):
        task(window, node_id, approve_title, role, text="{{ purpose }}", due=2, shown=SHOWN)
        set_checked(
            next(
                c
                for c in window.inspector.widget().findChildren(QCheckBox)
                if c.text() == "A comment is required to reject"
            ),
            True,
        )
    task(window, ceo_needed, "Is the CEO's approval needed?", "cfo", shown=SHOWN)
    type_text(row(window, "Options (key = label)"), "yes = Yes, ask the CEO\nno = No")
    notify(
        window,
        rejected_note,
        "Tell the initiator it was rejected",
        "initiator",
        "Payment rejected: {{ counterparty }}",
        "Your request to pay {{ amount }} to {{ counterparty }} was rejected.",
    )
    titled(window, rejected, "Rejected")
    titled(window, ceo_stage, "CEO")
    titled(window, paying_stage, "Invoice in payment")
    notify(
        window,
        owner_note,
        "Tell the owner the invoice is approved",
        "owner",
        "Invoice approved: {{ counterparty }}",
        "The invoice for {{ amount }} from {{ counterparty }} is approved for payment.",
    )
    task(
        window,
        pay,
        "Pay the invoice",
        "accountant",
        text="Pay {{ amount }} to {{ counterparty }}.",
        due=3,
        shown=SHOWN,
    )
    titled(window, act_stage, "Waiting for the act")
    task(
        window,
        provide_act,
        "Provide the act",
        "initiator",
        shown=["amount", "counterparty", "invoice"],
        fill=["act"],
    )
    titled(window, paid, "Paid")

    for source, port, target in [
        (start, "out", cfo_stage),
        (cfo_stage, "out", cfo_task),
        (cfo_task, "approved", ceo_needed),
        (cfo_task, "rejected", rejected_note),
        (ceo_needed, "yes", ceo_stage),
        (ceo_needed, "no", paying_stage),
        (rejected_note, "out", rejected),
        (ceo_stage, "out", ceo_task),
        (ceo_task, "approved", paying_stage),
        (ceo_task, "rejected", rejected_note),
        (paying_stage, "out", owner_note),
        (owner_note, "out", pay),
        (pay, "done", act_stage),
        (act_stage, "out", provide_act),
        (provide_act, "done", paid),
    ]:
        connect(window, source, port, target)

    assert [p.message for p in validate(design)] == []
    built, shipped = structure(design), structure(reference)
    assert built["process"] == shipped["process"]
    assert built["steps"] == shipped["steps"]
    assert built["edges"] == shipped["edges"]
    # and it all undoes to the empty canvas it started from, and redoes to the same design
    full = dump_design(design)
    stack = window.document.undo_stack  # type: ignore[union-attr]
    assert stack.count() > 50  # typing merged, but each setting is its own step
    while stack.canUndo():
        stack.undo()
    assert dump_design(design) == empty
    while stack.canRedo():
        stack.redo()
    assert dump_design(design) == full
