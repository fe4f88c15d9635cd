"""The instance card: everything about one case, its diagram, history, comments and files."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bpdesk.services.dto import InstanceView
from bpdesk.ui.workspace.common import open_attachment, save_attachment
from bpdesk.ui.workspace.session import Session, error_text
from bpdesk.ui.workspace.tasks import when

READABLE_ZOOM = 0.7  # the diagram opens no smaller than this, centred on the current step


class InstanceDialog(QDialog):
    """One case, read fresh from the database each time it opens or something happens."""

    changed = Signal()

    def __init__(self, session: Session, instance_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.instance_id = instance_id
        self.scene: Any = None  # the diagram's scene, made when the card is built
        self.resize(1000, 720)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel the case…"))
        self.cancel_button.clicked.connect(self.cancel_case)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            view = self.session.services.instance(self.instance_id)
        except Exception as error:
            self.header.setText(error_text(error))
            return
        self.view = view
        self.setWindowTitle(f"№{view.number} {view.title}")
        status = {
            "running": self.tr("Running"),
            "success": self.tr("Done"),
            "rejected": self.tr("Rejected"),
            "cancelled": self.tr("Cancelled"),
            "error": self.tr("Stopped by an error"),
        }.get(view.status, view.status)
        lines = [
            f"<h2>№{view.number} {view.title}</h2>",
            self.tr("{0}, version {1} · <b>{2}</b>").format(view.process, view.version, status),
        ]
        if view.stage:
            lines.append(
                self.tr("Stage: {0} (since {1})").format(view.stage, when(view.stage_entered_at))
            )
        lines.append(
            self.tr("Started by {0} on {1}").format(
                self.session.name(view.initiator), when(view.started_at)
            )
        )
        if view.finished_at:
            lines.append(self.tr("Finished on {0}").format(when(view.finished_at)))
        if view.error:
            lines.append(f"<span style='color:#dc2626'>{view.error}</span>")
        self.header.setText("<br>".join(lines))
        may_cancel = view.status == "running" and (
            self.session.login == view.initiator or self.session.account.admin
        )
        self.cancel_button.setVisible(may_cancel)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tabs.addTab(self._overview(view), self.tr("Overview"))
        self.tabs.addTab(self._diagram(), self.tr("Diagram"))
        self.tabs.addTab(self._history(view), self.tr("History"))
        self.tabs.addTab(self._comments(view), self.tr("Comments ({0})").format(len(view.comments)))
        self.tabs.addTab(self._files(view), self.tr("Files"))
        self.tabs.setCurrentIndex(max(current, 0))

    def _overview(self, view: InstanceView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        fields = QGroupBox(self.tr("Fields"))
        form = QFormLayout(fields)
        for field in view.fields:
            value = QLabel(field.text or "—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(field.label, value)
        layout.addWidget(fields)
        if view.roles:
            roles = QGroupBox(self.tr("Roles"))
            roles_form = QFormLayout(roles)
            for role, login in view.roles.items():
                roles_form.addRow(role, QLabel(self.session.name(login)))
            layout.addWidget(roles)
        tasks = QGroupBox(self.tr("Open tasks"))
        tasks_layout = QVBoxLayout(tasks)
        if not view.open_tasks:
            tasks_layout.addWidget(QLabel(self.tr("No open tasks.")))
        for task in view.open_tasks:
            due = self.tr(", due {0}").format(when(task.due_at)) if task.due_at else ""
            tasks_layout.addWidget(QLabel(f"{task.title} — {task.assignee_name}{due}"))
        layout.addWidget(tasks)
        if view.links:
            links = QGroupBox(self.tr("Linked cases"))
            links_layout = QVBoxLayout(links)
            for child in view.links:
                button = QPushButton(self._link_title(child))
                button.clicked.connect(lambda _=False, c=child: self._open_linked(c))
                links_layout.addWidget(button)
            layout.addWidget(links)
        layout.addStretch(1)
        return page

    def _link_title(self, instance_id: str) -> str:
        try:
            other = self.session.services.instance(instance_id)
        except Exception:
            return instance_id
        return f"№{other.number} {other.title} ({other.process})"

    def _open_linked(self, instance_id: str) -> None:
        InstanceDialog(self.session, instance_id, self).exec()

    def _diagram(self) -> QWidget:
        """The version the case runs on, read-only; where it is now, and the way it came."""
        # the canvas is loaded only when a card is opened: start-up does not pay for it
        from bpdesk.io.native import design_from_raw
        from bpdesk.ui.editor.document import DesignDocument
        from bpdesk.ui.editor.scene import DesignScene
        from bpdesk.ui.editor.view import DesignView

        try:
            path = self.session.services.instance_path(self.instance_id)
        except Exception as error:
            return QLabel(error_text(error))
        design = design_from_raw(json.loads(path.document), source="published version")
        if self.scene is not None:
            self.scene.dispose()
        document = DesignDocument(design, read_only=True, parent=self)
        self.scene = DesignScene(document)
        self.scene.setParent(self)
        visited, current = set(path.visited), set(path.current)
        for node_id, item in self.scene.nodes.items():
            item.set_marking(
                "current" if node_id in current else "visited" if node_id in visited else None
            )
        for edge in self.scene.edges.values():
            edge.set_taken(edge.edge.source in visited and edge.edge.target in visited)
        view = DesignView()
        view.setScene(self.scene)
        view.setAccessibleName(self.tr("Diagram of the case"))
        self.diagram = view
        return view

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is getattr(self, "diagram", None):
            self.diagram.fit_all()  # now that it has its size
            if self.diagram.zoom() < READABLE_ZOOM:  # too small to read: where the case is now
                self.diagram.set_zoom(READABLE_ZOOM)
                current = [i for i in self.scene.nodes.values() if i.marking == "current"]
                if current:
                    self.diagram.centerOn(current[0])

    def _history(self, view: InstanceView) -> QWidget:
        timeline = QListWidget()
        timeline.setAccessibleName(self.tr("History"))
        for item in view.history:
            timeline.addItem(f"{when(item.at)}   {item.text}")
        return timeline

    def _comments(self, view: InstanceView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        shown = QTextBrowser()
        shown.setOpenExternalLinks(True)
        parts = []
        for comment in view.comments:
            author = self.session.name(comment["author"])
            parts.append(
                f"**{author}**, {comment['at'][:16].replace('T', ' ')}\n\n{comment['body']}"
            )
        shown.setMarkdown("\n\n---\n\n".join(parts) if parts else self.tr("No comments yet."))
        layout.addWidget(shown, 1)
        self.new_comment = QPlainTextEdit()
        self.new_comment.setPlaceholderText(
            self.tr("Write a comment (Markdown: **bold**, lists, links)")
        )
        self.new_comment.setFixedHeight(80)
        self.new_comment.setAccessibleName(self.tr("New comment"))
        layout.addWidget(self.new_comment)
        add = QPushButton(self.tr("Add comment"))
        add.clicked.connect(self.add_comment)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        layout.addLayout(row)
        return page

    def _files(self, view: InstanceView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        files = [f for f in view.fields if f.type == "file" and isinstance(f.value, dict)]
        if not files:
            layout.addWidget(QLabel(self.tr("No files in this case.")))
        for field in files:
            row = QHBoxLayout()
            row.addWidget(QLabel(f"{field.label}: {field.value['name']}"), 1)
            open_button = QPushButton(self.tr("Open"))
            open_button.clicked.connect(lambda _=False, i=field.value["id"]: self._open_file(i))
            save_button = QPushButton(self.tr("Save as…"))
            save_button.clicked.connect(lambda _=False, i=field.value["id"]: self._save_file(i))
            row.addWidget(open_button)
            row.addWidget(save_button)
            layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _open_file(self, attachment_id: str) -> None:
        open_attachment(self.session, attachment_id)

    def _save_file(self, attachment_id: str) -> None:
        save_attachment(self, self.session, attachment_id)

    def add_comment(self) -> None:
        body = self.new_comment.toPlainText()
        try:
            self.session.services.comment(self.instance_id, self.session.login, body)
        except Exception as error:
            QMessageBox.warning(self, self.tr("Comment"), error_text(error))  # the text stays
            return
        self.changed.emit()
        self.refresh()
        self.tabs.setCurrentIndex(3)

    def cancel_case(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel the case"),
            self.tr("Why is it cancelled? (everyone involved is told)"),
        )
        if not ok:
            return
        try:
            self.session.services.cancel(self.instance_id, self.session.login, reason)
        except Exception as error:
            QMessageBox.warning(self, self.tr("Cancel the case"), error_text(error))
            self.refresh()
            return
        self.changed.emit()
        self.refresh()

    def done(self, result: int) -> None:
        if self.scene is not None:
            self.scene.dispose()
            self.scene = None
        super().done(result)
