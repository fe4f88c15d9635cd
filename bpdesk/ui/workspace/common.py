"""Small pieces the workspace pages share: a case's files, and the line that says what is wrong."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from bpdesk.ui.workspace.session import Session


def open_attachment(session: Session, attachment_id: str) -> None:
    """Open a case's file with the program the desktop uses for it (from a private copy)."""
    name, data = session.services.attachment(attachment_id)
    path = Path(tempfile.mkdtemp(prefix="bpdesk-")) / name
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_attachment(parent: QWidget, session: Session, attachment_id: str) -> None:
    """Save a case's file where the person chooses."""
    name, data = session.services.attachment(attachment_id)
    title = QCoreApplication.translate("Files", "Save the file")
    target, _ = QFileDialog.getSaveFileName(parent, title, name)
    if target:
        Path(target).write_bytes(data)


def problem_label() -> QLabel:
    """Where a form says in words what stops it (hidden until there is something to say)."""
    label = QLabel()
    label.setStyleSheet("color: #dc2626;")
    label.setWordWrap(True)
    label.hide()
    return label
