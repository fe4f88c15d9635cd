"""Typed editors for a form's fields, with the problem of each shown beside it as you type.

A ``FormView`` lays out one editor per field (label, editor, help, problem) and
says what the person entered: plain values for the services, files as paths.
Type mistakes show at once ("Enter an amount greater than zero"); a field that
becomes required (``required_when``) gets its star as soon as its condition holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from bpdesk.engine.evaluate import evaluate, helper_functions
from bpdesk.engine.values import ValueProblemError, expression_value, parse_value
from bpdesk.model import FieldDef
from bpdesk.model.fields import FieldType


class FieldEditor(QWidget):
    """One field's editor; ``raw()`` is what the services take (text, bool, Path or None)."""

    edited = Signal()

    def __init__(
        self,
        field: FieldDef,
        people: Sequence[tuple[str, str]] = (),
        departments: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__()
        self.field = field
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = field.type
        self.input: QWidget
        if kind is FieldType.MULTILINE:
            text = QPlainTextEdit()
            text.setFixedHeight(72)
            text.textChanged.connect(self.edited)
            self.input = text
        elif kind is FieldType.BOOLEAN:
            check = QCheckBox(field.label)
            check.toggled.connect(self.edited)
            self.input = check
        elif kind in (FieldType.DATE, FieldType.DATETIME):
            # Typed (31.12.2026, or 2026-12-31) or picked from a calendar; empty is allowed.
            line = QLineEdit()
            line.setPlaceholderText("31.12.2026" if kind is FieldType.DATE else "31.12.2026 14:30")
            line.textChanged.connect(self.edited)
            self.input = line
            pick = QToolButton()
            pick.setText("…")
            pick.setToolTip(self.tr("Pick from the calendar"))
            pick.setAccessibleName(self.tr("Pick “{0}” from the calendar").format(field.label))
            menu = QMenu(pick)
            calendar = QCalendarWidget()
            calendar.clicked.connect(lambda day: self._picked(day, menu))
            holder = QWidgetAction(menu)
            holder.setDefaultWidget(calendar)
            menu.addAction(holder)
            pick.setMenu(menu)
            pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.picker = pick
        elif kind in (FieldType.CHOICE, FieldType.USER, FieldType.DEPARTMENT):
            box = QComboBox()
            box.addItem("", None)
            choices: Sequence[tuple[str, str]] = (
                [(o.key, o.label) for o in field.options]
                if kind is FieldType.CHOICE
                else people
                if kind is FieldType.USER
                else departments
            )
            for key, label in choices:
                box.addItem(label, key)
            box.currentIndexChanged.connect(self.edited)
            self.input = box
        elif kind is FieldType.FILE:
            self.input = QPushButton(self.tr("Choose a file…"))
            self.input.clicked.connect(self._choose_file)
        else:
            line = QLineEdit()
            if kind is FieldType.MONEY:
                line.setPlaceholderText("1 250,00")
            elif kind is FieldType.URL:
                line.setPlaceholderText("https://")
            line.textChanged.connect(self.edited)
            self.input = line
        self.input.setAccessibleName(field.label)
        layout.addWidget(self.input, 1)
        if kind in (FieldType.DATE, FieldType.DATETIME):
            layout.addWidget(self.picker)
        if kind is FieldType.MONEY:
            layout.addWidget(QLabel(field.currency or "RUB"))
        if kind is FieldType.FILE:
            self.file_name = QLabel(self.tr("no file chosen"))
            layout.addWidget(self.file_name, 1)
        if field.default is not None:
            self.set_raw(field.default)

    def _picked(self, day: QDate, menu: QMenu) -> None:
        assert isinstance(self.input, QLineEdit)
        time = ""
        if self.field.type is FieldType.DATETIME:
            parts = self.input.text().split()
            time = " " + (parts[1] if len(parts) > 1 else "09:00")
        self.input.setText(day.toString("dd.MM.yyyy") + time)
        menu.close()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach to “{0}”").format(self.field.label)
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path | None) -> None:
        self.path = path
        self.file_name.setText(path.name if path else self.tr("no file chosen"))
        self.edited.emit()

    def raw(self) -> Any:
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPushButton):
            return self.path
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_raw(self, value: Any) -> None:
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif self.field.type is FieldType.DATE and isinstance(widget, QLineEdit):
            day = dt.date.fromisoformat(value) if value else None
            widget.setText(day.strftime("%d.%m.%Y") if day else "")
        elif self.field.type is FieldType.DATETIME and isinstance(widget, QLineEdit):
            moment = dt.datetime.fromisoformat(value) if value else None
            widget.setText(moment.strftime("%d.%m.%Y %H:%M") if moment else "")
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    def problem(self) -> str | None:
        """A type mistake in what is there now, in words; None when it reads well."""
        raw = self.raw()
        if self.field.type is FieldType.FILE or raw in (None, ""):
            return None
        try:
            parse_value(self.field, raw)
        except ValueProblemError as problem:
            text = str(problem)
            return text[:1].upper() + text[1:]
        return None


class FormView(QWidget):
    """Editors for ``fields``; ``required`` marks fields a task demands beyond the design."""

    edited = Signal()

    def __init__(
        self,
        fields: Sequence[FieldDef],
        people: Sequence[tuple[str, str]] = (),
        departments: Sequence[tuple[str, str]] = (),
        required: Callable[[FieldDef], bool] | None = None,
        initiator: str = "",
    ) -> None:
        super().__init__()
        self.fields = list(fields)
        self.initiator = initiator
        self._required = required
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        self._shown: dict[str, str] = {}  # problems from the last submit, by field
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in self.fields:
            editor = FieldEditor(field, people, departments)
            editor.edited.connect(self._on_edit)
            label = QLabel()
            label.setBuddy(editor.input)
            self.labels[field.key] = label
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(2)
            column_layout.addWidget(editor)
            if field.help:
                help_label = QLabel(field.help)
                help_label.setWordWrap(True)
                help_label.setEnabled(False)  # the palette's quieter text
                column_layout.addWidget(help_label)
            problem = QLabel()
            problem.setStyleSheet("color: #dc2626;")
            problem.setWordWrap(True)
            problem.hide()
            column_layout.addWidget(problem)
            self.problems[field.key] = problem
            self.editors[field.key] = editor
            form.addRow(label, column)
        self._refresh()

    def values(self) -> dict[str, Any]:
        """What the services take as values: files are left to ``files``."""
        values = {}
        for key, editor in self.editors.items():
            kind, raw = editor.field.type, editor.raw()
            if kind is FieldType.BOOLEAN or (kind is not FieldType.FILE and raw not in (None, "")):
                values[key] = raw
        return values

    def files(self) -> dict[str, Path]:
        return {key: e.path for key, e in self.editors.items() if e.path is not None}

    def is_required(self, field: FieldDef) -> bool:
        if self._required is not None and self._required(field):
            return True
        if field.required == "always":
            return True
        if field.required == "when" and field.required_when:
            names: dict[str, Any] = {f.key: None for f in self.fields}
            for key, editor in self.editors.items():
                try:
                    names[key] = expression_value(
                        editor.field, parse_value(editor.field, editor.raw())
                    )
                except (ValueProblemError, ValueError):
                    names[key] = None
            names["initiator"] = self.initiator
            names["roles"] = {}
            try:
                return bool(evaluate(field.required_when, names, helper_functions(dt.datetime.now)))
            except Exception:  # a condition that cannot be worked out yet: not marked
                return False
        return False

    def show_problems(self, problems: dict[str, str]) -> None:
        """Problems the services reported ("Justification: fill this in"), beside each field."""
        self._shown = {}
        for key, text in problems.items():
            field = next((f for f in self.fields if f.key == key), None)
            if field is None:
                continue
            prefix = f"{field.label}: "
            text = text[len(prefix) :] if text.startswith(prefix) else text
            self._shown[key] = text[:1].upper() + text[1:]
        self._refresh()
        first = next((self.editors[key].input for key in self._shown), None)
        if first is not None:
            first.setFocus()

    def _on_edit(self) -> None:
        sender = self.sender()
        if isinstance(sender, FieldEditor):
            self._shown.pop(sender.field.key, None)  # it is being fixed
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        for field in self.fields:
            star = " *" if self.is_required(field) else ""
            text = field.label if field.type is not FieldType.BOOLEAN else ""
            self.labels[field.key].setText(f"{text}{star}" if text else star.strip())
            problem = self.editors[field.key].problem() or self._shown.get(field.key)
            label = self.problems[field.key]
            label.setText(problem or "")
            label.setVisible(bool(problem))

    def has_type_problems(self) -> bool:
        return any(editor.problem() for editor in self.editors.values())

    def missing(self) -> list[str]:
        """Required fields still empty, by label (checked before sending)."""
        missing = []
        for field in self.fields:
            editor = self.editors[field.key]
            empty = (
                editor.raw() in (None, "")
                if field.type is not FieldType.FILE
                else editor.path is None
            )
            if field.type is not FieldType.BOOLEAN and empty and self.is_required(field):
                missing.append(field.key)
        return missing
