"""Small editors the inspector is built from: each reports a new value through a callback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from bpdesk.model import FieldRef, ProcessDesign, RoleRef, UserRef
from bpdesk.model.expressions import (
    ExpressionError,
    expression_names,
    template_names,
    unknown_names,
)
from bpdesk.model.people import PersonRef


def line(value: str, on_change: Callable[[str], None], placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(value)
    edit.setPlaceholderText(placeholder)
    edit.textEdited.connect(on_change)
    return edit


def text_box(value: str, on_change: Callable[[str], None], height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setFixedHeight(height)
    edit.textChanged.connect(lambda: on_change(edit.toPlainText()))
    return edit


def combo(
    choices: Sequence[tuple[str, str]],
    value: Any,
    on_change: Callable[[Any], None],
    editable: bool = False,
) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for data, label in choices:
        box.addItem(label, data)
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    elif editable and value:
        box.setEditText(str(value))
    if editable:
        box.lineEdit().editingFinished.connect(
            lambda: on_change(box.currentData() or box.currentText())
        )  # type: ignore[union-attr]
        box.activated.connect(lambda _i: on_change(box.currentData() or box.currentText()))
    else:
        box.activated.connect(lambda _i: on_change(box.currentData()))
    return box


def spin(
    value: int | None, on_change: Callable[[int | None], None], special: str, maximum: int = 3650
) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText(special)
    box.setValue(value or 0)
    box.valueChanged.connect(lambda v: on_change(v or None))
    return box


class ExpressionEdit(QWidget):
    """An expression or template with a check as you type: syntax and field names."""

    def __init__(
        self,
        value: str,
        design: ProcessDesign,
        kind: str,
        on_change: Callable[[str], None],
        placeholder: str = "",
    ) -> None:
        super().__init__()
        self.design = design
        self.kind = kind
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(value)
        self.edit.setPlaceholderText(placeholder)
        names = [f.key for f in design.fields] + ["initiator", "instance"]
        completer = QCompleter(names, self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(completer)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.edit, 3)
        self.edit.textEdited.connect(lambda text: (self.check(), on_change(text)))
        self.check()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        if text != self.edit.text():
            with QSignalBlocker(self.edit):
                self.edit.setText(text)
        self.check()

    def problem(self) -> str | None:
        text = self.edit.text()
        if not text.strip():
            return None
        try:
            names = expression_names(text) if self.kind == "expression" else template_names(text)
        except ExpressionError as error:
            return str(error)
        unknown = unknown_names(names, {f.key for f in self.design.fields})
        if unknown:
            return self.tr("Not a field: {0}").format(", ".join(unknown))
        return None

    def check(self) -> None:
        problem = self.problem()
        self.edit.setToolTip(problem or "")
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #dc2626; }" if problem else "")
        self.setAccessibleDescription(problem or "")


class PersonPicker(QWidget):
    """A role of the process, a fixed user (login), or the user in a field."""

    def __init__(
        self,
        person: PersonRef | None,
        design: ProcessDesign,
        on_change: Callable[[PersonRef], None],
    ) -> None:
        super().__init__()
        self.design = design
        self.on_change = on_change
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Role"), "role")
        self.kind.addItem(self.tr("User"), "user")
        self.kind.addItem(self.tr("User in field"), "field")
        self.value = QComboBox()
        self.value.setEditable(True)
        self.value.setMinimumContentsLength(10)
        layout.addWidget(self.kind)
        layout.addWidget(self.value, 1)
        self.set_person(person)
        self.kind.activated.connect(self._kind_changed)
        self.value.activated.connect(lambda _i: self._emit())
        self.value.lineEdit().editingFinished.connect(self._emit)  # type: ignore[union-attr]

    def set_person(self, person: PersonRef | None) -> None:
        kind = person.kind if person is not None else "role"
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self._fill(kind)
        current = ""
        if isinstance(person, RoleRef):
            current = person.role
        elif isinstance(person, UserRef):
            current = person.login
        elif isinstance(person, FieldRef):
            current = person.field
        with QSignalBlocker(self.value):
            index = self.value.findData(current)
            if index >= 0:
                self.value.setCurrentIndex(index)
            else:
                self.value.setEditText(current)

    def _fill(self, kind: str) -> None:
        with QSignalBlocker(self.value):
            self.value.clear()
            if kind == "role":
                self.value.addItem(self.tr("Initiator"), "initiator")
                for role in self.design.roles:
                    self.value.addItem(role.label, role.key)
            elif kind == "field":
                for field in self.design.fields:
                    if field.type.value == "user":
                        self.value.addItem(field.label, field.key)

    def _kind_changed(self) -> None:
        self._fill(self.kind.currentData())
        self._emit()

    def person(self) -> PersonRef | None:
        value = (
            self.value.currentData()
            if self.value.currentIndex() >= 0
            and self.value.currentText() == self.value.itemText(self.value.currentIndex())
            else None
        )
        value = value or self.value.currentText().strip()
        if not value:
            return None
        kind = self.kind.currentData()
        if kind == "role":
            return RoleRef(role=value) if value.isidentifier() and value.islower() else None
        if kind == "user":
            return UserRef(login=value)
        return FieldRef(field=value) if value.isidentifier() else None

    def _emit(self) -> None:
        person = self.person()
        if person is not None:
            self.on_change(person)


class CheckList(QListWidget):
    """Pick several of a list (fields to show, roles to notify)."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        chosen: Sequence[str],
        on_change: Callable[[list[str]], None],
    ) -> None:
        super().__init__()
        self.on_change = on_change
        for data, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(min(140, 22 * max(2, len(choices)) + 6))
        self.itemChanged.connect(lambda _item: self.on_change(self.checked()))

    def checked(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]


def person_choices(design: ProcessDesign) -> list[tuple[str, str]]:
    """People a message can go to: the initiator, each role, each user field."""
    choices = [("role:initiator", QCoreApplication.translate("PersonPicker", "Initiator"))]
    choices += [(f"role:{role.key}", role.label) for role in design.roles]
    choices += [
        (f"field:{f.key}", f"{f.label} (field)") for f in design.fields if f.type.value == "user"
    ]
    return choices


def people_from_keys(keys: list[str]) -> tuple[PersonRef, ...]:
    people: list[PersonRef] = []
    for key in keys:
        kind, _, value = key.partition(":")
        people.append(RoleRef(role=value) if kind == "role" else FieldRef(field=value))
    return tuple(people)


def people_keys(people: Sequence[PersonRef]) -> list[str]:
    keys = []
    for person in people:
        if isinstance(person, RoleRef):
            keys.append(f"role:{person.role}")
        elif isinstance(person, FieldRef):
            keys.append(f"field:{person.field}")
    return keys


def key_label_lines(text: str) -> list[tuple[str, str]]:
    """``key = label`` lines (options, outcomes) as pairs; a bare key is its own label."""
    pairs = []
    for raw in text.splitlines():
        key, _, label = raw.partition("=")
        key, label = key.strip(), label.strip()
        if key:
            pairs.append((key, label or key))
    return pairs
