"""Process-wide settings and the editors of fields and roles (shown when nothing is selected)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bpdesk.model import ChoiceOption, FieldDef, FieldType, RoleDef, SlaRule
from bpdesk.model.design import readable_validation_error
from bpdesk.model.references import field_users, role_users
from bpdesk.model.roles import (
    DepartmentHeadRole,
    FixedUserRole,
    InitiatorManagerRole,
    InitiatorRole,
    PositionRole,
    SetDuringRunRole,
    UserFieldRole,
)
from bpdesk.ui.editor import commands
from bpdesk.ui.editor.document import DesignDocument
from bpdesk.ui.editor.widgets import (
    CheckList,
    ExpressionEdit,
    combo,
    key_label_lines,
    line,
    people_from_keys,
    people_keys,
    person_choices,
    spin,
    text_box,
)

Runner = Callable[[Any], bool]


def type_names(widget: QWidget) -> list[tuple[str, str]]:
    return [
        ("text", QCoreApplication.translate("FieldTypes", "Text")),
        ("multiline", QCoreApplication.translate("FieldTypes", "Multiline text")),
        ("number", QCoreApplication.translate("FieldTypes", "Number")),
        ("money", QCoreApplication.translate("FieldTypes", "Money")),
        ("date", QCoreApplication.translate("FieldTypes", "Date")),
        ("datetime", QCoreApplication.translate("FieldTypes", "Date and time")),
        ("boolean", QCoreApplication.translate("FieldTypes", "Yes/no")),
        ("choice", QCoreApplication.translate("FieldTypes", "Choice")),
        ("user", QCoreApplication.translate("FieldTypes", "User")),
        ("department", QCoreApplication.translate("FieldTypes", "Department")),
        ("file", QCoreApplication.translate("FieldTypes", "File")),
        ("url", QCoreApplication.translate("FieldTypes", "Link")),
        ("email", QCoreApplication.translate("FieldTypes", "E-mail")),
    ]


PROCESS_COLOURS = (
    "#3b82f6",
    "#2563eb",
    "#0d9488",
    "#16a34a",
    "#ca8a04",
    "#ea580c",
    "#dc2626",
    "#db2777",
    "#7c3aed",
    "#475569",
)
PROCESS_ICONS = (
    "workflow",
    "credit-card",
    "calendar-x",
    "user-plus",
    "pen-nib",
    "file-text",
    "truck",
    "briefcase",
    "shopping-cart",
    "tools",
)


def _is_icon(name: str) -> bool:
    return bool(name) and name.replace("-", "").isalnum() and name == name.lower()


class ProcessPanel(QWidget):
    def __init__(self, document: DesignDocument, run: Runner) -> None:
        super().__init__()
        self.document = document
        self.design = document.design
        self.run = run
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._properties())
        layout.addWidget(FieldsEditor(document, run))
        layout.addWidget(RolesEditor(document, run))

    def _set(self, merge_key: str | None, /, **changes: Any) -> None:
        self.run(commands.SetProperties(self.design, changes, merge_key))

    def _colour_picker(self, current: str) -> QComboBox:
        """The process colour (cards, board, menus): a swatch list, any other by a colour dialog."""
        box = QComboBox()
        box.setAccessibleName(self.tr("Colour"))
        colours = list(PROCESS_COLOURS)
        if current not in colours:
            colours.append(current)
        for colour in colours:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(colour))
            box.addItem(QIcon(swatch), colour, colour)
        box.addItem(self.tr("Other…"), "")
        box.setCurrentIndex(box.findData(current))

        def chosen(index: int) -> None:
            colour = box.itemData(index)
            if not colour:
                picked = QColorDialog.getColor(QColor(current), self, self.tr("Process colour"))
                if not picked.isValid():
                    box.setCurrentIndex(box.findData(current))
                    return
                colour = picked.name()
            self._set(None, color=colour)

        box.activated.connect(chosen)
        return box

    def _properties(self) -> QWidget:
        props = self.design.properties
        box = QGroupBox(self.tr("Process"))
        form = QFormLayout(box)
        form.addRow(
            self.tr("Name"),
            line(props.name, lambda t: self._set("name", name=t) if t.strip() else None),
        )
        form.addRow(self.tr("Key"), line(props.key, lambda t: self._set("key", key=t)))
        form.addRow(
            self.tr("Description"),
            text_box(props.description, lambda t: self._set("description", description=t), 48),
        )
        form.addRow(
            self.tr("Instance title"),
            ExpressionEdit(
                props.title_template,
                self.design,
                "template",
                lambda t: self._set("title_template", title_template=t),
                "Payment {{ amount }}",
            ),
        )
        form.addRow(
            self.tr("Language"),
            combo(
                [("en", "English"), ("ru", "Русский")],
                props.locale,
                lambda v: self._set(None, locale=v),
            ),
        )
        form.addRow(self.tr("Colour"), self._colour_picker(props.color))
        form.addRow(
            self.tr("Icon"),
            combo(
                [(name, name) for name in PROCESS_ICONS],
                props.icon,
                lambda v: self._set(None, icon=v) if _is_icon(v) else None,
                editable=True,
            ),
        )
        sla = props.default_sla
        form.addRow(
            self.tr("Any stage at most"),
            spin(
                sla.days if sla else None,
                lambda v: self._set(
                    "sla",
                    default_sla=SlaRule(days=v, notify=sla.notify if sla else ()) if v else None,
                ),
                self.tr("no limit"),
                365,
            ),
        )
        if sla:
            form.addRow(
                self.tr("then notify"),
                CheckList(
                    person_choices(self.design),
                    people_keys(sla.notify),
                    lambda keys: self._set(
                        None, default_sla=SlaRule(days=sla.days, notify=people_from_keys(keys))
                    ),
                ),
            )
        return box


class FieldsEditor(QGroupBox):
    """Fields of the process: a table to pick one, a form to edit it."""

    def __init__(self, document: DesignDocument, run: Runner) -> None:
        super().__init__()
        self.setTitle(self.tr("Fields"))
        self.document = document
        self.design = document.design
        self.run = run
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Label"), self.tr("Type"), self.tr("Start form")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Fields"))
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        adder = QHBoxLayout()
        self.new_key = QLineEdit()
        self.new_key.setPlaceholderText(self.tr("new_field_key"))
        add = QPushButton(self.tr("Add field"))
        add.clicked.connect(self._add)
        self.new_key.returnPressed.connect(self._add)
        remove = QPushButton(self.tr("Delete field"))
        remove.clicked.connect(self._remove)
        adder.addWidget(self.new_key, 1)
        adder.addWidget(add)
        adder.addWidget(remove)
        layout.addLayout(adder)
        self.form_host = QVBoxLayout()
        layout.addLayout(self.form_host)
        self._selected_key: str | None = None
        self._form_shape: tuple[object, ...] | None = None
        self._fill_table()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        document.fieldsChanged.connect(self._fields_changed)

    def _fill_table(self) -> None:
        names = dict(type_names(self))
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.design.fields))
            for row, field in enumerate(self.design.fields):
                for column, text in enumerate(
                    (
                        field.key,
                        field.label,
                        names[field.type.value],
                        self.tr("yes") if field.start_form else "",
                    )
                ):
                    self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.clearSelection()
            keys = [f.key for f in self.design.fields]
            if self._selected_key in keys:
                self.table.selectRow(keys.index(self._selected_key))

    def _fields_changed(self) -> None:
        """The table follows every change; the form is rebuilt only when its editors change."""
        self._fill_table()
        if self._shape() != self._form_shape:
            self._show_form()

    def _shape(self) -> tuple[object, ...]:
        field = self._current()
        return (field.key, field.type, field.required) if field else ()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._selected_key = self.design.fields[rows[0].row()].key if rows else None
        self._show_form()

    def _current(self) -> FieldDef | None:
        if self._selected_key not in {f.key for f in self.design.fields}:
            return None
        return self.design.field(self._selected_key)

    def _add(self) -> None:
        key = self.new_key.text().strip()
        try:
            field = FieldDef(
                key=key, label=key.replace("_", " ").capitalize() or "Field", type=FieldType.TEXT
            )
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Add field"), readable_validation_error(error))
            return
        if self.run(commands.FieldCommand(self.design, None, field)):
            self.new_key.clear()
            self._selected_key = field.key  # the new field opens for editing
            self._fill_table()
            self._show_form()

    def _remove(self) -> None:
        field = self._current()
        if field is None:
            return
        users = field_users(self.design, field.key)
        if users:
            answer = QMessageBox.question(
                self,
                self.tr("Delete field"),
                self.tr("“{0}” is used by:\n{1}\n\nDelete it anyway? You can undo this.").format(
                    field.label, "\n".join(users)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run(commands.FieldCommand(self.design, field, None))

    def _change(self, field: FieldDef, key: str | None, **changes: Any) -> None:
        try:
            new = FieldDef.model_validate({**field.model_dump(), **changes})
        except ValidationError as error:
            self.setToolTip(readable_validation_error(error))
            return
        self.run(commands.FieldCommand(self.design, self.design.field(field.key), new, key))

    def _show_form(self) -> None:
        self._form_shape = self._shape()
        while self.form_host.count():
            widget = self.form_host.takeAt(0).widget()
            if widget is not None:  # gone from the tree now, deleted once its signals are done
                widget.hide()
                widget.setParent(None)  # type: ignore[call-overload]
                widget.deleteLater()
        field = self._current()
        if field is None:
            return
        box = QWidget()
        form = QFormLayout(box)
        key = field.key

        def current() -> FieldDef:
            return self.design.field(key)

        form.addRow(
            self.tr("Label"),
            line(field.label, lambda t: self._change(current(), f"{key}.label", label=t)),
        )
        form.addRow(
            self.tr("Type"),
            combo(
                type_names(self),
                field.type.value,
                lambda v: self._change(
                    current(),
                    None,
                    type=v,
                    options=[] if v != "choice" else [ChoiceOption(key="option", label="Option")],
                    currency="RUB" if v == "money" else None,
                    default=None,
                ),
            ),
        )
        form.addRow(
            self.tr("Required"),
            combo(
                [
                    ("never", self.tr("No")),
                    ("always", self.tr("Always")),
                    ("when", self.tr("When…")),
                ],
                field.required,
                lambda v: self._change(
                    current(),
                    None,
                    required=v,
                    required_when=(current().required_when or "True") if v == "when" else None,
                ),
            ),
        )
        if field.required == "when":
            form.addRow(
                self.tr("Required when"),
                ExpressionEdit(
                    field.required_when or "",
                    self.design,
                    "expression",
                    lambda t: (
                        self._change(current(), f"{key}.when", required_when=t)
                        if t.strip()
                        else None
                    ),
                ),
            )
        start = QCheckBox(self.tr("On the start form"))
        start.setChecked(field.start_form)
        start.toggled.connect(lambda on: self._change(current(), None, start_form=on))
        form.addRow(start)
        if field.type is FieldType.CHOICE:
            text = "\n".join(f"{o.key} = {o.label}" for o in field.options)
            form.addRow(
                self.tr("Options (key = label)"),
                text_box(text, lambda t: self._set_options(current(), t)),
            )
        form.addRow(
            self.tr("Help"),
            line(field.help, lambda t: self._change(current(), f"{key}.help", help=t)),
        )
        self.form_host.addWidget(box)

    def _set_options(self, field: FieldDef, text: str) -> None:
        options = [ChoiceOption(key=k, label=v) for k, v in key_label_lines(text)]
        if options:
            self._change(field, f"{field.key}.options", options=options)


class RolesEditor(QGroupBox):
    """Roles of the process: a name, how the person is found, and the value that needs."""

    def __init__(self, document: DesignDocument, run: Runner) -> None:
        super().__init__()
        self.setTitle(self.tr("Roles"))
        self.design = document.design
        self.run = run
        layout = QVBoxLayout(self)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        adder = QHBoxLayout()
        self.new_key = QLineEdit()
        self.new_key.setPlaceholderText(self.tr("new_role_key"))
        add = QPushButton(self.tr("Add role"))
        add.clicked.connect(self._add)
        self.new_key.returnPressed.connect(self._add)
        adder.addWidget(self.new_key, 1)
        adder.addWidget(add)
        layout.addLayout(adder)
        self._shape: tuple[object, ...] = ()
        self._build_rows()
        document.rolesChanged.connect(self._roles_changed)

    def _roles_changed(self) -> None:
        """Rows are rebuilt when roles come, go or change kind; not while a name is typed."""
        if self._current_shape() != self._shape:
            self._build_rows()

    def _current_shape(self) -> tuple[object, ...]:
        return tuple((role.key, role.resolve.kind) for role in self.design.roles)

    def _build_rows(self) -> None:
        self._shape = self._current_shape()
        old = self.rows
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.layout().replaceWidget(old, self.rows)
        old.hide()
        old.setParent(None)  # type: ignore[call-overload]
        old.deleteLater()
        kinds = self.kinds()
        for role in self.design.roles:
            row = QHBoxLayout()
            label = line(role.label, lambda t, r=role: self._set_label(r, t))
            label.setAccessibleName(self.tr("Name of role {0}").format(role.key))
            label.setToolTip(self.tr("Key: {0}").format(role.key))
            row.addWidget(label, 1)
            kind = combo(kinds, role.resolve.kind, lambda v, r=role: self._set_kind(r, v))
            kind.setAccessibleName(self.tr("Who is role {0}").format(role.key))
            row.addWidget(kind)
            value = (
                getattr(role.resolve, "position", None)
                or getattr(role.resolve, "login", None)
                or getattr(role.resolve, "field", None)
                or ""
            )
            if role.resolve.kind in ("fixed_user", "position", "user_field", "department_head"):
                value_edit = line(str(value), lambda t, r=role: self._set_value(r, t))
                value_edit.setAccessibleName(self.tr("Value of role {0}").format(role.key))
                row.addWidget(value_edit)
            delete = QPushButton(self.tr("Delete"))
            delete.setAccessibleName(self.tr("Delete role {0}").format(role.key))
            delete.clicked.connect(lambda _=False, r=role: self._remove(r))
            row.addWidget(delete)
            self.rows_layout.addLayout(row)

    def kinds(self) -> list[tuple[str, str]]:
        return [
            ("initiator", self.tr("The initiator")),
            ("fixed_user", self.tr("A fixed user")),
            ("position", self.tr("Whoever holds a position")),
            ("user_field", self.tr("The user in a field")),
            ("department_head", self.tr("Head of a department")),
            ("initiator_manager", self.tr("The initiator's manager")),
            ("set_during_run", self.tr("Chosen during the run")),
        ]

    def _resolution(self, kind: str, value: str) -> Any:
        value = value.strip()
        if kind == "initiator":
            return InitiatorRole()
        if kind == "fixed_user":
            return FixedUserRole(login=value or "admin")
        if kind == "position":
            return PositionRole(position=value or "position")
        if kind == "user_field":
            return UserFieldRole(
                field=value
                or next((f.key for f in self.design.fields if f.type.value == "user"), "user")
            )
        if kind == "department_head":
            return DepartmentHeadRole(field=value or None)
        if kind == "initiator_manager":
            return InitiatorManagerRole()
        return SetDuringRunRole()

    def _set_kind(self, role: RoleDef, kind: str) -> None:
        current = self.design.role(role.key)  # the row may predate a change of name
        try:
            new = current.model_copy(update={"resolve": self._resolution(kind, "")})
        except ValidationError as error:
            self.setToolTip(readable_validation_error(error))
            return
        self.run(commands.RoleCommand(self.design, current, new))

    def _set_label(self, role: RoleDef, label: str) -> None:
        if not label.strip():
            return
        current = self.design.role(role.key)
        new = current.model_copy(update={"label": label.strip()})
        self.run(commands.RoleCommand(self.design, current, new, f"{role.key}.label"))

    def _set_value(self, role: RoleDef, value: str) -> None:
        current = self.design.role(role.key)
        try:
            new = current.model_copy(
                update={"resolve": self._resolution(current.resolve.kind, value)}
            )
        except (ValidationError, ValueError):
            return
        self.run(commands.RoleCommand(self.design, current, new))

    def _add(self) -> None:
        key = self.new_key.text().strip()
        try:
            role = RoleDef(key=key, label=key.replace("_", " ").capitalize() or "Role")
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Add role"), readable_validation_error(error))
            return
        if self.run(commands.RoleCommand(self.design, None, role)):
            self.new_key.clear()

    def _remove(self, role: RoleDef) -> None:
        users = role_users(self.design, role.key)
        if users:
            answer = QMessageBox.question(
                self,
                self.tr("Delete role"),
                self.tr("“{0}” is used by:\n{1}\n\nDelete it anyway? You can undo this.").format(
                    role.label, "\n".join(users)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run(commands.RoleCommand(self.design, role, None))
