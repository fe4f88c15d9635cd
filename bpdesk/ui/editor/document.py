"""A design open in the editor: the model, its undo stack, its file and its version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from bpdesk.io import load_design, save_design
from bpdesk.model import ProcessDesign, validate
from bpdesk.model.events import (
    DesignEvent,
    EdgeAdded,
    EdgeRemoved,
    FieldAdded,
    FieldChanged,
    FieldRemoved,
    NodeAdded,
    NodeChanged,
    NodeMoved,
    NodeRemoved,
    ProcessChanged,
    RoleAdded,
    RoleChanged,
    RoleRemoved,
)
from bpdesk.model.validation import Problem


class DesignDocument(QObject):
    """Bridges a ``ProcessDesign``'s events to Qt signals for the scene and the panels."""

    nodeAdded = Signal(object)  # AnyNode
    nodeRemoved = Signal(object)
    nodeChanged = Signal(object, object)  # old, new
    nodeMoved = Signal(str, float, float)
    edgeAdded = Signal(object)  # Edge
    edgeRemoved = Signal(object)
    fieldsChanged = Signal()
    rolesChanged = Signal()
    processChanged = Signal()
    changed = Signal()  # anything at all (for titles, lists)
    problemsChanged = Signal()  # validation ran again, shortly after the last change
    pathChanged = Signal(object)

    VALIDATION_DELAY_MS = 150

    def __init__(
        self,
        design: ProcessDesign,
        path: Path | None = None,
        read_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.design = design
        self.path = path
        self.read_only = read_only
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        self._unsubscribe = design.subscribe(self._on_event)
        self._problems: list[Problem] | None = None
        # Validation of a big design takes tens of milliseconds: run it once the
        # person pauses, not on every step of a drag.
        self._validation = QTimer(self)
        self._validation.setSingleShot(True)
        self._validation.setInterval(self.VALIDATION_DELAY_MS)
        self._validation.timeout.connect(self.validate_now)
        self._validation.start()  # the first check, too, runs after the canvas is on screen

    @classmethod
    def open(cls, path: Path) -> DesignDocument:
        return cls(load_design(path), Path(path))

    @classmethod
    def new(cls, name: str = "New process") -> DesignDocument:
        from bpdesk.model import StartNode

        design = ProcessDesign.new("new-process", name)
        design.add_node(StartNode(title="Start"))
        return cls(design)

    # ------------------------------------------------------------ file
    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self.path or "")
        if not str(target):
            raise ValueError("choose where to save the design first")
        save_design(self.design, target)
        if target != self.path:
            self.path = target
            self.pathChanged.emit(target)
        self.undo_stack.setClean()
        return target

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        return self.path.name if self.path else self.design.name

    # -------------------------------------------------------- problems
    def problems(self) -> list[Problem]:
        """The design's problems, computed once per change."""
        if self._problems is None:
            self._problems = validate(self.design)
        return self._problems

    @property
    def problems_known(self) -> bool:
        """Whether the current state is checked yet (panels say "checking" until then)."""
        return self._problems is not None

    def validate_now(self) -> None:
        """Validate at once and tell the panels (the timer does this after edits)."""
        self._validation.stop()
        self._problems = None
        self.problems()
        self.problemsChanged.emit()

    # ---------------------------------------------------------- events
    def _on_event(self, event: DesignEvent) -> None:
        self._problems = None
        if isinstance(event, NodeAdded):
            self.nodeAdded.emit(event.node)
        elif isinstance(event, NodeRemoved):
            self.nodeRemoved.emit(event.node)
        elif isinstance(event, NodeChanged):
            self.nodeChanged.emit(event.old, event.new)
        elif isinstance(event, NodeMoved):
            self.nodeMoved.emit(event.node_id, event.new.x, event.new.y)
        elif isinstance(event, EdgeAdded):
            self.edgeAdded.emit(event.edge)
        elif isinstance(event, EdgeRemoved):
            self.edgeRemoved.emit(event.edge)
        elif isinstance(event, FieldAdded | FieldRemoved | FieldChanged):
            self.fieldsChanged.emit()
        elif isinstance(event, RoleAdded | RoleRemoved | RoleChanged):
            self.rolesChanged.emit()
        elif isinstance(event, ProcessChanged):
            self.processChanged.emit()
        self.changed.emit()
        self._validation.start()

    def close(self) -> None:
        self._validation.stop()
        self._unsubscribe()
