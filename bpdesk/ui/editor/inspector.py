"""The inspector: settings of the selected step or connection, or of the process itself.

Every change is an undoable command; typing into one setting merges into one
step. When the model changes from elsewhere (undo, another panel) the form is
rebuilt from the model, so it always shows what is true.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bpdesk.model import AnyNode, Branch, FieldToFill, Outcome
from bpdesk.model.actions import (
    CalendarEventAction,
    CreateInstanceAction,
    InviteUserAction,
    NotifyAction,
    PlannedExpenseAction,
    SetFieldAction,
    SetRoleAction,
    WebhookAction,
)
from bpdesk.model.nodes import (
    ActionNode,
    ConditionNode,
    EndNode,
    RoleFromField,
    StageNode,
    StartNode,
    StartRule,
    TaskNode,
    TimerNode,
)
from bpdesk.ui.editor import commands
from bpdesk.ui.editor.document import DesignDocument
from bpdesk.ui.editor.items import kind_words
from bpdesk.ui.editor.process_panel import ProcessPanel
from bpdesk.ui.editor.scene import DesignScene
from bpdesk.ui.editor.widgets import (
    CheckList,
    ExpressionEdit,
    PersonPicker,
    combo,
    key_label_lines,
    line,
    people_from_keys,
    people_keys,
    person_choices,
    spin,
    text_box,
)


class Inspector(QScrollArea):
    def __init__(
        self, document: DesignDocument, scene: DesignScene, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.design = document.design
        self.scene = scene
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Inspector"))
        self._ids: list[str] = []
        self._pushing = False
        self._shown_shape: tuple[object, ...] = ()
        self._rebuild_soon = QTimer(self)
        self._rebuild_soon.setSingleShot(True)
        self._rebuild_soon.setInterval(0)
        self._rebuild_soon.timeout.connect(self.rebuild)
        scene.selectedIdsChanged.connect(self.show_ids)
        document.changed.connect(self._model_changed)
        self.rebuild()

    # ----------------------------------------------------------------- flow
    def show_ids(self, ids: list[str]) -> None:
        self._ids = list(ids)
        self.rebuild()

    def _model_changed(self) -> None:
        """Edits made elsewhere (undo, the canvas) rebuild the form; the inspector's own
        edits rebuild it only when they change which editors it needs (a new branch, a
        task that became a choice), and then once control returns to the event loop, so
        the editor that made the change is not deleted under its own signal."""
        self._ids = [i for i in self._ids if self.design.has_node(i) or i in self.scene.edges]
        if not self._pushing or self._shape() != self._shown_shape:
            self._rebuild_soon.start()

    def _shape(self) -> tuple[object, ...]:
        """What decides the editors shown: not the values typed into them."""
        nodes = [self.design.node(i) for i in self._ids if self.design.has_node(i)]
        if len(nodes) != 1:
            return (tuple(self._ids), self.design.properties.default_sla is not None)
        node = nodes[0]
        action = getattr(node, "action", None)
        return (
            node.id,
            node.kind,
            getattr(node, "task", None),
            getattr(action, "type", None),
            len(getattr(node, "branches", ())),
            getattr(node, "otherwise", None),
            getattr(node, "wait", None),
            tuple((f.key, f.label, f.type) for f in self.design.fields),
            tuple((r.key, r.label) for r in self.design.roles),
        )

    def run(self, command: Any) -> bool:
        self._pushing = True
        try:
            return self.scene.run(command)
        finally:
            self._pushing = False

    def update_node(self, node_id: str, merge_key: str | None = None, **changes: Any) -> None:
        self.run(commands.UpdateNode(self.design, node_id, changes, merge_key))

    def rebuild(self) -> None:
        self._rebuild_soon.stop()
        self._shown_shape = self._shape()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        nodes = [self.design.node(i) for i in self._ids if self.design.has_node(i)]
        edges = [self.scene.edges[i] for i in self._ids if i in self.scene.edges]
        if len(nodes) == 1 and not edges:
            layout.addWidget(self._node_form(nodes[0]))
        elif len(edges) == 1 and not nodes:
            layout.addWidget(self._edge_form(edges[0].edge.id))
        elif self._ids:
            layout.addWidget(QLabel(self.tr("{0} items selected").format(len(self._ids))))
        else:
            layout.addWidget(ProcessPanel(self.document, self.run))
        self.setWidget(page)

    # --------------------------------------------------------------- forms
    def _edge_form(self, edge_id: str) -> QWidget:
        edge = self.design.edge(edge_id)
        source, target = self.design.node(edge.source), self.design.node(edge.target)
        box = QGroupBox(self.tr("Connection"))
        form = QFormLayout(box)
        form.addRow(self.tr("From"), QLabel(source.title or kind_words(source)))
        if edge.port != "out":
            form.addRow(self.tr("Outcome"), QLabel(source.port_label(edge.port)))
        form.addRow(self.tr("To"), QLabel(target.title or kind_words(target)))
        delete = QPushButton(self.tr("Delete connection"))
        delete.clicked.connect(lambda: self.run(commands.RemoveItems(self.design, [], [edge_id])))
        form.addRow(delete)
        return box

    def _node_form(self, node: AnyNode) -> QWidget:
        box = QGroupBox(kind_words(node))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        node_id = node.id
        if isinstance(node, TaskNode):
            title: QWidget = ExpressionEdit(
                node.title,
                self.design,
                "template",
                lambda t: self.update_node(node_id, "title", title=t),
            )
        else:
            title = line(node.title, lambda t: self.update_node(node_id, "title", title=t))
        title.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("Title"), title)
        if isinstance(node, TaskNode):
            self._task_rows(form, node)
        elif isinstance(node, ConditionNode):
            self._condition_rows(form, node)
        elif isinstance(node, StageNode):
            form.addRow(
                self.tr("Time limit"),
                spin(
                    node.sla_days,
                    lambda v: self.update_node(node_id, "sla_days", sla_days=v),
                    self.tr("process default"),
                    365,
                ),
            )
            form.addRow(
                self.tr("When late, notify"),
                CheckList(
                    person_choices(self.design),
                    people_keys(node.sla_notify),
                    lambda keys: self.update_node(node_id, None, sla_notify=people_from_keys(keys)),
                ),
            )
        elif isinstance(node, TimerNode):
            self._timer_rows(form, node)
        elif isinstance(node, EndNode):
            form.addRow(
                self.tr("Result"),
                combo(
                    [
                        ("success", self.tr("Success")),
                        ("rejected", self.tr("Rejected")),
                        ("cancelled", self.tr("Cancelled")),
                    ],
                    node.result,
                    lambda v: self.update_node(node_id, None, result=v),
                ),
            )
        elif isinstance(node, StartNode):
            self._start_rows(form, node)
        elif isinstance(node, ActionNode):
            self._action_rows(form, node)
        return box

    def _task_rows(self, form: QFormLayout, node: TaskNode) -> None:
        node_id = node.id
        kinds = [
            ("approve", self.tr("Approve or reject")),
            ("request_info", self.tr("Request information")),
            ("acknowledge", self.tr("Acknowledge")),
            ("todo", self.tr("To-do")),
            ("choice", self.tr("Choice")),
        ]
        form.addRow(
            self.tr("Kind"), combo(kinds, node.task, lambda v: self._set_task_kind(node_id, v))
        )
        form.addRow(
            self.tr("Assignee"),
            PersonPicker(
                node.assignee, self.design, lambda p: self.update_node(node_id, None, assignee=p)
            ),
        )
        form.addRow(
            self.tr("Text"),
            text_box(
                node.description, lambda t: self.update_node(node_id, "description", description=t)
            ),
        )
        form.addRow(
            self.tr("Due in"),
            spin(
                node.due_days,
                lambda v: self.update_node(node_id, "due_days", due_days=v),
                self.tr("no due date"),
                365,
            ),
        )
        fields = [(f.key, f.label) for f in self.design.fields]
        form.addRow(
            self.tr("Fields shown"),
            CheckList(
                fields,
                list(node.show_fields),
                lambda keys: self.update_node(node_id, None, show_fields=tuple(keys)),
            ),
        )
        form.addRow(
            self.tr("Fields to fill"),
            CheckList(
                fields,
                [f.field for f in node.fill_fields],
                lambda keys: self.update_node(
                    node_id, None, fill_fields=tuple(FieldToFill(field=k) for k in keys)
                ),
            ),
        )
        if node.task == "approve":
            check = QCheckBox(self.tr("A comment is required to reject"))
            check.setChecked(node.comment_required_on_reject)
            check.toggled.connect(
                lambda on: self.update_node(node_id, None, comment_required_on_reject=on)
            )
            form.addRow("", check)
        if node.task == "choice":
            text = "\n".join(f"{c.key} = {c.label}" for c in node.choices)
            form.addRow(
                self.tr("Options (key = label)"),
                text_box(text, lambda t: self._set_choices(node_id, t)),
            )
        user_fields = [(f.key, f.label) for f in self.design.fields if f.type.value == "user"]
        roles = [(r.key, r.label) for r in self.design.roles]
        if user_fields and roles:
            current = node.sets_roles[0] if node.sets_roles else None
            form.addRow(
                self.tr("Then set role"),
                combo(
                    [("", self.tr("(none)")), *roles],
                    current.role if current else "",
                    lambda role: self._set_role_setting(node_id, role, None),
                ),
            )
            form.addRow(
                self.tr("from field"),
                combo(
                    user_fields,
                    current.field if current else "",
                    lambda field: self._set_role_setting(node_id, None, field),
                ),
            )

    def _set_task_kind(self, node_id: str, kind: str) -> None:
        node = self.design.node(node_id)
        assert isinstance(node, TaskNode)
        changes: dict[str, Any] = {"task": kind}
        if kind == "choice" and not node.choices:
            changes["choices"] = (
                Outcome(key="yes", label=self.tr("Yes")),
                Outcome(key="no", label=self.tr("No")),
            )
        elif kind != "choice":
            changes["choices"] = ()
        if kind != "approve":
            changes["comment_required_on_reject"] = False
        probe = TaskNode.model_validate({**node.model_dump(), **changes})
        lost = [e.id for e in self.design.edges_from(node_id) if e.port not in probe.output_ports()]
        steps: list[commands.ModelCommand] = []
        if lost:
            steps.append(commands.RemoveItems(self.design, [], lost))
        steps.append(commands.UpdateNode(self.design, node_id, changes))
        self.run(commands.MacroCommand(self.tr("Change task kind"), steps))

    def _set_choices(self, node_id: str, text: str) -> None:
        choices = key_label_lines(text)
        try:
            outcomes = tuple(Outcome(key=k, label=v) for k, v in choices)
        except ValueError:
            return  # not yet valid keys: wait for more typing
        if len(outcomes) >= 2:
            self.update_node(node_id, "choices", choices=outcomes)

    def _set_role_setting(self, node_id: str, role: str | None, field: str | None) -> None:
        node = self.design.node(node_id)
        assert isinstance(node, TaskNode)
        current = node.sets_roles[0] if node.sets_roles else None
        role = role if role is not None else (current.role if current else "")
        field = field if field is not None else (current.field if current else None)
        if not field:
            field = next((f.key for f in self.design.fields if f.type.value == "user"), None)
        value = (RoleFromField(role=role, field=field),) if role and field else ()
        self.update_node(node_id, None, sets_roles=value)

    def _condition_rows(self, form: QFormLayout, node: ConditionNode) -> None:
        node_id = node.id
        for index, branch in enumerate(node.branches):
            group = QGroupBox(self.tr("Branch {0}").format(index + 1))
            inner = QFormLayout(group)
            inner.addRow(
                self.tr("Label"),
                line(branch.label, lambda t, i=index: self._set_branch(node_id, i, label=t)),
            )
            inner.addRow(
                self.tr("Holds when"),
                ExpressionEdit(
                    branch.expression,
                    self.design,
                    "expression",
                    lambda t, i=index: self._set_branch(node_id, i, expression=t),
                    "amount > 100000",
                ),
            )
            remove = QPushButton(self.tr("Remove branch"))
            remove.clicked.connect(lambda _=False, i=index: self._remove_branch(node_id, i))
            inner.addRow(remove)
            form.addRow(group)
        add = QPushButton(self.tr("Add branch"))
        add.clicked.connect(
            lambda: self.update_node(
                node_id,
                None,
                branches=(*self.design.node(node_id).branches, Branch(label=self.tr("New branch"))),
            )
        )  # type: ignore[union-attr]
        form.addRow(add)
        otherwise = QCheckBox(self.tr("Otherwise branch"))
        otherwise.setChecked(node.otherwise)
        otherwise.toggled.connect(lambda on: self._set_otherwise(node_id, on))
        form.addRow(otherwise)
        form.addRow(
            self.tr("Otherwise label"),
            line(
                node.otherwise_label,
                lambda t: self.update_node(node_id, "otherwise_label", otherwise_label=t),
            ),
        )

    def _set_branch(self, node_id: str, index: int, **change: str) -> None:
        node = self.design.node(node_id)
        assert isinstance(node, ConditionNode)
        branches = list(node.branches)
        branches[index] = branches[index].model_copy(update=change)
        self.update_node(node_id, f"branch{index}.{next(iter(change))}", branches=tuple(branches))

    def _remove_branch(self, node_id: str, index: int) -> None:
        node = self.design.node(node_id)
        assert isinstance(node, ConditionNode)
        branch = node.branches[index]
        lost = [e.id for e in self.design.edges_from(node_id) if e.port == branch.id]
        steps: list[commands.ModelCommand] = []
        if lost:
            steps.append(commands.RemoveItems(self.design, [], lost))
        rest = tuple(b for i, b in enumerate(node.branches) if i != index)
        steps.append(commands.UpdateNode(self.design, node_id, {"branches": rest}))
        self.run(commands.MacroCommand(self.tr("Remove branch"), steps))

    def _set_otherwise(self, node_id: str, on: bool) -> None:
        lost = (
            [e.id for e in self.design.edges_from(node_id) if e.port == "otherwise"]
            if not on
            else []
        )
        steps: list[commands.ModelCommand] = []
        if lost:
            steps.append(commands.RemoveItems(self.design, [], lost))
        steps.append(commands.UpdateNode(self.design, node_id, {"otherwise": on}))
        self.run(commands.MacroCommand(self.tr("Change otherwise"), steps))

    def _timer_rows(self, form: QFormLayout, node: TimerNode) -> None:
        node_id = node.id
        form.addRow(
            self.tr("Wait"),
            combo(
                [
                    ("duration", self.tr("for a while")),
                    ("date", self.tr("until a date")),
                    ("field", self.tr("until the date in a field")),
                ],
                node.wait,
                lambda v: self.update_node(node_id, None, wait=v, duration=node.duration or "P1D"),
            ),
        )
        if node.wait == "duration":
            form.addRow(
                self.tr("How long (P3D, PT4H)"),
                line(
                    node.duration or "", lambda t: self.update_node(node_id, "duration", duration=t)
                ),
            )
        elif node.wait == "date":
            form.addRow(
                self.tr("Until"),
                line(
                    node.date or "",
                    lambda t: self.update_node(node_id, "date", date=t),
                    "2026-12-31T09:00",
                ),
            )
        else:
            dates = [
                (f.key, f.label) for f in self.design.fields if f.type.value in ("date", "datetime")
            ]
            form.addRow(
                self.tr("Date field"),
                combo(dates, node.field, lambda v: self.update_node(node_id, None, field=v)),
            )

    def _start_rows(self, form: QFormLayout, node: StartNode) -> None:
        node_id = node.id
        rule = node.starters
        everyone = QCheckBox(self.tr("Everyone may start it"))
        everyone.setChecked(rule.everyone)
        everyone.toggled.connect(
            lambda on: self.update_node(
                node_id, None, starters=rule.model_copy(update={"everyone": on})
            )
        )
        form.addRow(everyone)
        form.addRow(
            self.tr("Positions"),
            line(
                ", ".join(rule.positions),
                lambda t: self.update_node(
                    node_id, "positions", starters=_rule(self.design.node(node_id), positions=t)
                ),
            ),
        )
        form.addRow(
            self.tr("Departments"),
            line(
                ", ".join(rule.departments),
                lambda t: self.update_node(
                    node_id, "departments", starters=_rule(self.design.node(node_id), departments=t)
                ),
            ),
        )

    def _action_rows(self, form: QFormLayout, node: ActionNode) -> None:
        node_id = node.id
        action = node.action

        def change(key: str | None = None, **values: Any) -> None:
            current = self.design.node(node_id)
            assert isinstance(current, ActionNode)
            self.update_node(node_id, key, action=current.action.model_copy(update=values))

        fields = [(f.key, f.label) for f in self.design.fields]
        if isinstance(action, NotifyAction):
            form.addRow(
                self.tr("Recipients"),
                CheckList(
                    person_choices(self.design),
                    people_keys(action.recipients),
                    lambda keys: change(None, recipients=people_from_keys(keys)),
                ),
            )
            form.addRow(
                self.tr("Subject"),
                ExpressionEdit(
                    action.subject, self.design, "template", lambda t: change("subject", subject=t)
                ),
            )
            form.addRow(
                self.tr("Message"), text_box(action.message, lambda t: change("message", message=t))
            )
        elif isinstance(action, SetFieldAction):
            form.addRow(
                self.tr("Field"), combo(fields, action.field, lambda v: change(None, field=v))
            )
            form.addRow(
                self.tr("Value"),
                ExpressionEdit(
                    action.expression,
                    self.design,
                    "expression",
                    lambda t: change("expression", expression=t),
                ),
            )
        elif isinstance(action, SetRoleAction):
            roles = [(r.key, r.label) for r in self.design.roles]
            form.addRow(self.tr("Role"), combo(roles, action.role, lambda v: change(None, role=v)))
            form.addRow(
                self.tr("Person"),
                PersonPicker(action.person, self.design, lambda p: change(None, person=p)),
            )
        elif isinstance(action, CalendarEventAction):
            form.addRow(
                self.tr("Title"),
                ExpressionEdit(
                    action.title, self.design, "template", lambda t: change("title", title=t)
                ),
            )
            form.addRow(
                self.tr("Starts"),
                ExpressionEdit(
                    action.start, self.design, "expression", lambda t: change("start", start=t)
                ),
            )
            form.addRow(
                self.tr("Minutes"),
                spin(
                    action.duration_minutes,
                    lambda v: change("minutes", duration_minutes=v or 60),
                    "",
                    24 * 60,
                ),
            )
            form.addRow(
                self.tr("Attendees"),
                CheckList(
                    person_choices(self.design),
                    people_keys(action.attendees),
                    lambda keys: change(None, attendees=people_from_keys(keys)),
                ),
            )
        elif isinstance(action, PlannedExpenseAction):
            form.addRow(
                self.tr("Amount"),
                ExpressionEdit(
                    action.amount, self.design, "expression", lambda t: change("amount", amount=t)
                ),
            )
            form.addRow(
                self.tr("Currency"),
                line(
                    action.currency,
                    lambda t: change("currency", currency=t.upper()) if len(t) == 3 else None,
                ),
            )
            form.addRow(
                self.tr("Category"), line(action.category, lambda t: change("category", category=t))
            )
            form.addRow(
                self.tr("Date"),
                ExpressionEdit(
                    action.date, self.design, "expression", lambda t: change("date", date=t)
                ),
            )
        elif isinstance(action, InviteUserAction):
            for name, label in (
                ("email_field", self.tr("E-mail field")),
                ("name_field", self.tr("Name field")),
                ("department_field", self.tr("Department field")),
                ("position_field", self.tr("Position field")),
            ):
                form.addRow(
                    label,
                    combo(
                        [("", self.tr("(none)")), *fields],
                        getattr(action, name),
                        lambda v, n=name: change(None, **{n: v or None}),
                    ),
                )
        elif isinstance(action, CreateInstanceAction):
            form.addRow(
                self.tr("Process key"),
                line(action.design_key, lambda t: change("design_key", design_key=t.strip())),
            )
            text = "\n".join(f"{k} = {v}" for k, v in action.fields.items())
            form.addRow(
                self.tr("Its fields (key = expression)"),
                text_box(text, lambda t: change("fields", fields=_mapping(t, "="))),
            )
        elif isinstance(action, WebhookAction):
            form.addRow(
                self.tr("Address"),
                ExpressionEdit(
                    action.url, self.design, "template", lambda t: change("url", url=t), "https://"
                ),
            )
            form.addRow(
                self.tr("Fields sent"),
                CheckList(
                    fields,
                    list(action.payload_fields),
                    lambda keys: change(None, payload_fields=tuple(keys)),
                ),
            )


def _rule(node: AnyNode, **text: str) -> StartRule:
    assert isinstance(node, StartNode)
    values = {
        key: tuple(part.strip() for part in value.split(",") if part.strip())
        for key, value in text.items()
    }
    return node.starters.model_copy(update=values)


def _mapping(text: str, separator: str) -> dict[str, str]:
    result = {}
    for raw in text.splitlines():
        key, sep, value = raw.partition(separator)
        if sep and key.strip():
            result[key.strip()] = value.strip()
    return result
