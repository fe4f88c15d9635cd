"""The designer window: canvas, palette, inspector, problems, outline, minimap, menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bpdesk.io import DesignFileError, loads_design
from bpdesk.model.layout import compute_layout
from bpdesk.model.nodes import Point
from bpdesk.ui.editor import commands
from bpdesk.ui.editor.clipboard import MIME_FRAGMENT, fragment, parse_fragment
from bpdesk.ui.editor.document import DesignDocument
from bpdesk.ui.editor.inspector import Inspector
from bpdesk.ui.editor.minimap import Minimap
from bpdesk.ui.editor.outline import Outline
from bpdesk.ui.editor.palette import ENTRIES, PaletteView
from bpdesk.ui.editor.problems import ProblemsView
from bpdesk.ui.editor.scene import DesignScene
from bpdesk.ui.editor.view import DesignView

FILE_FILTER = "bpdesk designs (*.bpd.json);;All files (*)"
MAX_RECENT = 8
READABLE_ZOOM = 0.8


class DesignerWindow(QMainWindow):
    def __init__(
        self,
        document: DesignDocument | None = None,
        services: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = QSettings("bpdesk", "bpdesk")
        self.setObjectName("DesignerWindow")
        self.resize(1400, 900)
        self.view = DesignView(self)
        self.setCentralWidget(self.view)
        self._docks: dict[str, QDockWidget] = {}
        self.view.nodeKindDropped.connect(self.add_entry)
        self.palette_view = PaletteView()
        self.palette_view.entryActivated.connect(lambda key: self.add_entry(key, None))
        self._dock(
            "palette", self.tr("Steps"), self.palette_view, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.zoom_label = QLabel()
        self.problem_label = QLabel()
        self.statusBar().addPermanentWidget(self.problem_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(self._show_zoom)
        self.document: DesignDocument | None = None
        self._make_actions()
        self.set_document(document or DesignDocument.new(self.tr("New process")))
        self.arrange_docks()

    # ------------------------------------------------------------- document
    def set_document(self, document: DesignDocument) -> None:
        old = self.document
        old_scene = getattr(self, "scene", None)
        self.document = document
        document.setParent(self)
        self.scene = DesignScene(document)
        self.scene.setParent(self)  # Qt owns it: no crash when Python tears down
        self.view.setScene(self.scene)
        self.scene.errorOccurred.connect(self.show_error)
        self.inspector = Inspector(document, self.scene)
        self.problems = ProblemsView(document)
        self.problems.nodeRequested.connect(self.reveal)
        self.outline = Outline(document)
        self.outline.idsSelected.connect(self._outline_selected)
        self.scene.selectedIdsChanged.connect(self.outline.select_ids)
        self.minimap = Minimap(self.scene, self.view)
        for name, title, widget, area in (
            ("outline", self.tr("Outline"), self.outline, Qt.DockWidgetArea.LeftDockWidgetArea),
            (
                "inspector",
                self.tr("Inspector"),
                self.inspector,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
            ("minimap", self.tr("Minimap"), self.minimap, Qt.DockWidgetArea.RightDockWidgetArea),
            (
                "problems",
                self.tr("Problems"),
                self.problems,
                Qt.DockWidgetArea.BottomDockWidgetArea,
            ),
        ):
            if name in self._docks:
                previous = self._docks[name].widget()
                self._docks[name].setWidget(widget)
                if previous is not None:
                    previous.deleteLater()
            else:
                self._dock(name, title, widget, area)
        stack = document.undo_stack
        stack.cleanChanged.connect(self._clean_changed)
        document.problemsChanged.connect(self._update_status)
        document.pathChanged.connect(self._update_title)
        document.processChanged.connect(self._update_title)
        self._rebind_undo(stack)
        self._update_title()
        self._update_status()
        self.setWindowModified(document.modified)
        self.show_beginning()
        if old is not None:
            old.close()
            old.deleteLater()
        if old_scene is not None:
            old_scene.dispose()
            old_scene.deleteLater()

    def show_beginning(self) -> None:
        """A readable zoom on the start of the process; the whole of it when it fits."""
        self.view.fit_all()
        if self.view.zoom() < READABLE_ZOOM and self.scene.nodes:
            self.view.set_zoom(READABLE_ZOOM)
            rect = self.scene.items_rect()
            visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
            self.view.centerOn(rect.left() + visible.width() / 2 - 80, rect.center().y())

    def arrange_docks(self) -> None:
        docks = self._docks
        self.resizeDocks(
            [docks["palette"], docks["inspector"]], [235, 460], Qt.Orientation.Horizontal
        )
        self.resizeDocks([docks["problems"]], [120], Qt.Orientation.Vertical)
        self.resizeDocks(
            [docks["inspector"], docks["minimap"]], [600, 150], Qt.Orientation.Vertical
        )

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if name == "outline":
            self.tabifyDockWidget(self._docks["palette"], dock)
            self._docks["palette"].raise_()
        self._docks[name] = dock
        return dock

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self, *_args: object) -> None:
        assert self.document is not None
        suffix = self.tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(
            f"{self.document.display_name()}[*]{suffix} — {self.tr('bpdesk designer')}"
        )

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom {0}%").format(round(zoom * 100)))

    def _update_status(self, *_args: object) -> None:
        assert self.document is not None
        self.zoom_label.setText(self.tr("Zoom {0}%").format(round(self.view.zoom() * 100)))
        if not self.document.problems_known:
            self.problem_label.setText(self.tr("Checking…"))
            return
        problems = self.document.problems()
        errors = sum(1 for p in problems if p.severity == "error")
        self.problem_label.setText(
            self.tr("{0} problem(s)").format(errors) if errors else self.tr("No problems")
        )

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --------------------------------------------------------------- actions
    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: Any = None, menu: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        return action

    def _make_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(self.tr("&New"), self.new_design, QKeySequence.StandardKey.New, file_menu)
        self._action(self.tr("New &window"), self.new_window, "Ctrl+Shift+N", file_menu)
        self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save, file_menu)
        self._action(self.tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Publish…"), self.publish, "Ctrl+Shift+P", file_menu)
        self._action(self.tr("Open a published &version…"), self.open_version, None, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Close"), self.close, QKeySequence.StandardKey.Close, file_menu)

        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.redo_action = QAction(self.tr("&Redo"), self)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self._action(self.tr("Cu&t"), self.cut, QKeySequence.StandardKey.Cut, edit)
        self._action(self.tr("&Copy"), self.copy, QKeySequence.StandardKey.Copy, edit)
        self._action(self.tr("&Paste"), self.paste, QKeySequence.StandardKey.Paste, edit)
        self._action(self.tr("D&uplicate"), self.duplicate, "Ctrl+D", edit)
        self._action(
            self.tr("&Delete"), self.delete_selection, QKeySequence.StandardKey.Delete, edit
        )
        self._action(
            self.tr("Select &all"), self.select_all, QKeySequence.StandardKey.SelectAll, edit
        )

        arrange = bar.addMenu(self.tr("&Arrange"))
        self._action(self.tr("Auto-&layout"), self.auto_layout, "Ctrl+L", arrange)
        self._action(self.tr("Align &left"), lambda: self.align("left"), None, arrange)
        self._action(self.tr("Align &top"), lambda: self.align("top"), None, arrange)
        self._action(
            self.tr("Distribute &horizontally"), lambda: self.distribute("x"), None, arrange
        )
        self._action(self.tr("Distribute &vertically"), lambda: self.distribute("y"), None, arrange)

        view = bar.addMenu(self.tr("&View"))
        self._action(self.tr("Zoom &in"), self.view.zoom_in, QKeySequence.StandardKey.ZoomIn, view)
        self._action(
            self.tr("Zoom &out"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut, view
        )
        self._action(self.tr("&Actual size"), self.view.reset_zoom, "Ctrl+0", view)
        self._action(self.tr("&Fit to window"), self.view.fit_all, "Ctrl+1", view)

    def _rebind_undo(self, stack: Any) -> None:
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.removeAction(action)
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.edit_menu.insertAction(first, self.undo_action)
        self.edit_menu.insertAction(first, self.redo_action)

    # ---------------------------------------------------------------- editing
    def add_entry(self, key: str, position: QPointF | None) -> None:
        entry = ENTRIES.get(key)
        if entry is None:
            return
        centre = position or self.view.mapToScene(self.view.viewport().rect().center())
        node = entry.make(self.palette_view.default_title(key))
        node = node.model_copy(
            update={"position": Point(x=round(centre.x(), 1), y=round(centre.y(), 1))}
        )
        if self.scene.run(commands.AddNode(self.scene.design, node)):
            self.scene.select_ids([node.id])

    def delete_selection(self) -> None:
        nodes, edges = self.scene.selected_node_ids(), self.scene.selected_edge_ids()
        if nodes or edges:
            self.scene.run(commands.RemoveItems(self.scene.design, nodes, edges))

    def select_all(self) -> None:
        self.scene.select_ids(list(self.scene.nodes))

    def copy(self) -> bool:
        ids = self.scene.selected_node_ids()
        if not ids:
            return False
        text = fragment(self.scene.design, ids)
        mime = QMimeData()
        mime.setData(MIME_FRAGMENT, text.encode("utf-8"))
        mime.setText(text)
        QApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete_selection()

    def paste(self, text: str | None = None) -> None:
        if text is None:
            mime = QApplication.clipboard().mimeData()
            if mime.hasFormat(MIME_FRAGMENT):
                text = bytes(mime.data(MIME_FRAGMENT).data()).decode("utf-8")
            else:
                text = mime.text()
        nodes, edges = parse_fragment(text or "", (48.0, 48.0))
        if not nodes:
            self.show_error(self.tr("The clipboard holds no steps to paste."))
            return
        design = self.scene.design
        steps: list[commands.ModelCommand] = [commands.AddNode(design, node) for node in nodes]
        steps += [commands.Connect(design, e.source, e.port, e.target, e.id) for e in edges]
        if self.scene.run(commands.MacroCommand(self.tr("Paste"), steps)):
            self.scene.select_ids([node.id for node in nodes])

    def duplicate(self) -> None:
        ids = self.scene.selected_node_ids()
        if ids:
            self.paste(fragment(self.scene.design, ids))

    def auto_layout(self) -> None:
        design = self.scene.design
        command = commands.moves_to(design, compute_layout(design), self.tr("Auto-layout"))
        if command.moves:
            self.scene.run(command)
            self.view.fit_all()

    def align(self, edge: str) -> None:
        ids = self.scene.selected_node_ids()
        if len(ids) < 2:
            return
        design = self.scene.design
        nodes = [design.node(i) for i in ids]
        if edge == "left":
            x = min(n.position.x for n in nodes)
            places = {n.id: (x, n.position.y) for n in nodes}
        else:
            y = min(n.position.y for n in nodes)
            places = {n.id: (n.position.x, y) for n in nodes}
        self.scene.run(commands.moves_to(design, places, self.tr("Align")))

    def distribute(self, axis: str) -> None:
        ids = self.scene.selected_node_ids()
        if len(ids) < 3:
            return
        design = self.scene.design
        nodes = sorted((design.node(i) for i in ids), key=lambda n: getattr(n.position, axis))
        first, last = getattr(nodes[0].position, axis), getattr(nodes[-1].position, axis)
        step = (last - first) / (len(nodes) - 1)
        places = {}
        for index, node in enumerate(nodes):
            value = round(first + step * index, 1)
            places[node.id] = (value, node.position.y) if axis == "x" else (node.position.x, value)
        self.scene.run(commands.moves_to(design, places, self.tr("Distribute")))

    def reveal(self, node_id: str) -> None:
        item = self.scene.nodes.get(node_id)
        if item is not None:
            self.scene.select_ids([node_id])
            self.view.centerOn(item)

    def _outline_selected(self, ids: list[str]) -> None:
        self.scene.select_ids(ids)
        if len(ids) == 1 and ids[0] in self.scene.nodes:
            self.view.centerOn(self.scene.nodes[ids[0]])

    # ------------------------------------------------------------------ files
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document."""
        if self.document is None or not self.document.modified or self.document.read_only:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}” before closing?").format(
                self.document.display_name()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_design(self) -> None:
        if self.maybe_save():
            self.set_document(DesignDocument.new(self.tr("New process")))

    def new_window(self) -> DesignerWindow:
        window = DesignerWindow(services=self.services)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a design"), self._last_folder(), FILE_FILTER
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        try:
            document = DesignDocument.open(path)
        except DesignFileError as error:
            QMessageBox.warning(self, self.tr("Cannot open the design"), str(error))
            return False
        self.set_document(document)
        self._remember(path)
        return True

    def save(self) -> bool:
        assert self.document is not None
        if self.document.read_only:
            self.show_error(self.tr("A published version is read-only."))
            return False
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        assert self.document is not None
        suggested = str(Path(self._last_folder()) / f"{self.document.design.key}.bpd.json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the design"), suggested, FILE_FILTER
        )
        if not path:
            return False
        if not path.endswith(".bpd.json"):
            path += ".bpd.json"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        assert self.document is not None
        try:
            self.document.save(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), f"{path}: {error.strerror or error}")
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 4000)
        return True

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("designer/recent", recent[:MAX_RECENT])
        self.settings.setValue("designer/folder", str(path.parent))

    def recent_files(self) -> list[str]:
        value = self.settings.value("designer/recent", [])
        return (
            [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])
        )

    def _last_folder(self) -> str:
        return str(self.settings.value("designer/folder", str(Path.home())))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            self._action(
                Path(path).name,
                lambda p=path: self.maybe_save() and self.open_path(Path(p)),
                None,
                self.recent_menu,
            ).setToolTip(path)
        if not self.recent_files():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -------------------------------------------------------------- publishing
    def publish(self) -> None:
        assert self.document is not None
        errors = [p for p in self.document.problems() if p.severity == "error"]
        if errors:
            self._docks["problems"].raise_()
            QMessageBox.warning(
                self,
                self.tr("Cannot publish yet"),
                self.tr("Fix these {0} problem(s) first:\n\n{1}").format(
                    len(errors), "\n".join(f"• {p.message}" for p in errors[:12])
                ),
            )
            return
        if self.services is None:
            self.show_error(self.tr("No database is open to publish to."))
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Publish"), self.tr("What changed in this version?")
        )
        if not ok:
            return
        try:
            version = self.services().publish(self.document.design, note=note)
        except Exception as error:
            QMessageBox.warning(self, self.tr("Cannot publish"), str(error))
            return
        self.statusBar().showMessage(
            self.tr("Published “{0}” as version {1}").format(version.name, version.number), 8000
        )

    def open_version(self) -> None:
        if self.services is None:
            self.show_error(self.tr("No database is open."))
            return
        versions = self.services().published()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Published versions"))
        layout = QVBoxLayout(dialog)
        listing = QListWidget()
        for version in versions:
            item = QListWidgetItem(
                f"{version['name']} — v{version['number']}  {version['note'] or ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, version["id"])
            listing.addItem(item)
        layout.addWidget(listing)
        buttons = QDialogButtonBox()
        view_button = buttons.addButton(
            self.tr("View read-only"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        draft_button = buttons.addButton(
            self.tr("New draft from it"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(dialog.reject)
        choice: dict[str, bool] = {}
        view_button.clicked.connect(lambda: (choice.update(draft=False), dialog.accept()))
        draft_button.clicked.connect(lambda: (choice.update(draft=True), dialog.accept()))
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or listing.currentItem() is None:
            return
        self.open_published(
            int(listing.currentItem().data(Qt.ItemDataRole.UserRole)), choice.get("draft", False)
        )

    def open_published(self, version_id: int, as_draft: bool) -> None:
        if not self.maybe_save():
            return
        assert self.services is not None
        text = self.services().version_document(version_id)
        design = loads_design(text, source=f"version {version_id}")
        self.set_document(DesignDocument(design, None, read_only=not as_draft))
        if as_draft:
            self.document.undo_stack.resetClean()  # type: ignore[union-attr]

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
            self.minimap.setScene(None)  # type: ignore[arg-type]
            self.view.setScene(None)  # type: ignore[arg-type]
            self.scene.dispose()
        else:
            event.ignore()
