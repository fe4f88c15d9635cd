"""The composition root: builds the application, the services and the first window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QPixmapCache
from PySide6.QtWidgets import QApplication, QMessageBox

from bpdesk.ui.language import chosen_language, install_translators

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("bpdesk")
    QCoreApplication.setApplicationName("bpdesk")
    app = QApplication(list(argv or sys.argv[:1]))
    app.setStyle("Fusion")
    # The canvas keeps each visible step's picture here (see NodeItem): room for a
    # full-screen view of them at any zoom, beside Qt's own icons.
    QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))
    icon = RESOURCES / "icons" / "bpdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.aboutToQuit.connect(release_clipboard)
    install_translators(app, chosen_language())
    return app


def release_clipboard() -> None:
    """Leave copied steps on the clipboard as plain text when bpdesk quits.

    Qt would otherwise free our rich clipboard data after the application is
    gone, which crashes on some platforms; plain text stays useful to others.
    """
    from bpdesk.ui.editor.clipboard import MIME_FRAGMENT

    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(MIME_FRAGMENT):
        text = mime.text()
        clipboard.clear()
        clipboard.setText(text)


def run_designer(db: str | None = None, files: Sequence[str] = ()) -> int:
    """Open the designer on the given files (or a new design), publishing to ``db``."""
    app = make_application()
    from bpdesk.services import Services
    from bpdesk.ui.editor.window import DesignerWindow

    services: Services | None = None

    def get_services() -> Services:
        nonlocal services
        if services is None:
            services = Services.open(db)
        return services

    windows = []
    for path in files or [None]:  # type: ignore[list-item]
        window = DesignerWindow(services=get_services)
        if path is not None and not window.open_path(Path(path)):
            QMessageBox.warning(window, "bpdesk", f"{path} could not be opened.")
        window.show()
        windows.append(window)
    return app.exec()


def run_workspace(db: str | None = None, login: str | None = None) -> int:
    """The desktop application: its window at once, then the database, sign-in, the pages."""
    app = make_application()
    from bpdesk.ui.workspace.window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()  # on screen before the database layer loads
    from bpdesk.services import Services
    from bpdesk.storage.db import DatabaseError
    from bpdesk.ui.workspace.session import Session
    from bpdesk.ui.workspace.signin import FirstRunDialog, SignInDialog

    try:
        services = Services.open(db)
    except DatabaseError as error:
        QMessageBox.critical(window, "bpdesk", str(error))
        return 1
    account = None
    if not services.has_users():
        first = FirstRunDialog(services, window)
        if not first.exec():
            return 0
        account = first.account
    if account is None:
        dialog = SignInDialog(services, window)
        if login:
            dialog.login.setEditText(login)
        if not dialog.exec() or dialog.account is None:
            return 0
        account = dialog.account
    window.attach(Session(services, account))
    code = app.exec()
    services.close()
    return int(code)
