"""The main window: navigation between the pages, the signed-in person and database below.

It polls the services' change token every second: when another client (or a
worker) commits, the visible page refreshes, so the board follows other people's
work within two seconds. Due jobs (timers, time limits, e-mail) run in this
client too, off the UI thread.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from bpdesk.ui.language import LANGUAGES, chosen_language, save_language
from bpdesk.ui.workspace.session import error_text

if TYPE_CHECKING:
    from bpdesk.ui.workspace.session import Session

POLL_MS = 1000  # how often the change token is read (cheap: one PRAGMA or one small query)
WORKER_MS = 30_000  # how often this client runs due timers, time limits and e-mail


class MainWindow(QMainWindow):
    """Shown at once as an empty frame (``MainWindow()``), filled in by ``attach`` once the
    database is open and the person has signed in: the window is on screen before the
    database layer has even loaded."""

    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.setWindowTitle("bpdesk")
        self.resize(1400, 900)
        self.pages: dict[str, QWidget] = {}
        self.designers: list[Any] = []
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setMaximumWidth(220)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening the database…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setEnabled(False)
        self.stack.addWidget(self.opening)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1200])
        self.setCentralWidget(splitter)
        self.poll = QTimer(self)
        self.worker = QTimer(self)
        self.session: Session | None = None
        self._last_unread: int | None = None  # to tell new notifications in the tray
        self._restore()
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """The signed-in person's workspace: pages, menus, polling and the in-process worker."""
        from bpdesk.ui.workspace.board import BoardPage
        from bpdesk.ui.workspace.lists import (
            ArchivePage,
            CalendarPage,
            DirectoryPage,
            ExpensesPage,
            NotificationsPage,
        )
        from bpdesk.ui.workspace.start import StartPage
        from bpdesk.ui.workspace.tasks import TasksPage

        self.session = session
        self.setWindowTitle(self.tr("bpdesk — {0}").format(session.account.name))
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.tasks = TasksPage(session)
        self.board = BoardPage(session)
        self.start = StartPage(session)
        self.archive = ArchivePage(session)
        self.calendar = CalendarPage(session)
        self.expenses = ExpensesPage(session)
        self.notifications = NotificationsPage(session)
        self.directory = DirectoryPage(session)
        entries = [
            ("tasks", self.tr("My tasks"), self.tasks, "Ctrl+1"),
            ("board", self.tr("Board"), self.board, "Ctrl+2"),
            ("start", self.tr("Start a process"), self.start, "Ctrl+N"),
            ("archive", self.tr("Archive"), self.archive, "Ctrl+3"),
            ("calendar", self.tr("Calendar"), self.calendar, "Ctrl+4"),
            ("expenses", self.tr("Expenses"), self.expenses, "Ctrl+5"),
            ("notifications", self.tr("Notifications"), self.notifications, "Ctrl+6"),
            ("directory", self.tr("Directory"), self.directory, "Ctrl+7"),
        ]
        go = self.menuBar().addMenu(self.tr("&Go"))
        for key, title, page, shortcut in entries:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(page)
            self.pages[key] = page
            action = QAction(title, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go.addAction(action)
        if session.account.designer or session.account.admin:
            item = QListWidgetItem(self.tr("Designer"))
            item.setData(Qt.ItemDataRole.UserRole, "designer")
            self.nav.addItem(item)
            design = QAction(self.tr("Open the &designer"), self)
            design.setShortcut(QKeySequence("Ctrl+D"))
            design.triggered.connect(self.open_designer)
            go.addSeparator()
            go.addAction(design)
        self.nav.currentItemChanged.connect(self._navigate)
        self._menus()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for text, slot in (
            (self.tr("Start a process"), lambda: self.show_page("start")),
            (self.tr("Refresh"), self.refresh_visible),
        ):
            toolbar.addAction(text).triggered.connect(slot)
        self.unread_action = toolbar.addAction(self.tr("Notifications"))
        self.unread_action.triggered.connect(lambda: self.show_page("notifications"))
        for page in (self.board, self.archive, self.calendar, self.expenses, self.notifications):
            page.opened.connect(self.open_instance)
        self.start.started.connect(self._started)
        self.tasks.status.connect(self.say)
        self.notifications.unread_changed.connect(self._unread)
        self.user_label = QLabel(self.tr("Signed in as {0}").format(session.account.name))
        self.db_label = QLabel(session.services.url)
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        session.busy.connect(lambda on: self.busy_label.setText(self.tr("Working…") if on else ""))
        session.changed.connect(self.refresh_visible)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.show()
        self._token = self._read_token()
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_for_changes)
        self.poll.start()
        self.worker.setInterval(WORKER_MS)
        self.worker.timeout.connect(self.run_due_jobs)
        self.worker.start()
        self.nav.setCurrentRow(0)  # shows My tasks, and counts unread notifications

    # ------------------------------------------------------------------ menus
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_visible)
        file_menu.addAction(refresh)
        password = QAction(self.tr("Change &password…"), self)
        password.triggered.connect(self.change_password)
        file_menu.addAction(password)
        language = file_menu.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == chosen_language())
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            language.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.menuBar().insertMenu(self.menuBar().actions()[0], file_menu)

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _navigate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == "designer":
            self.open_designer()
            return
        self.stack.setCurrentWidget(self.pages[key])
        self.refresh_visible()

    def current_key(self) -> str:
        page = self.stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), "")

    # ---------------------------------------------------------------- refresh
    def refresh_visible(self) -> None:
        """Read the visible page again (the others refresh when shown)."""
        page = self.stack.currentWidget()
        try:
            if page is self.board:
                self.board.reload()
            elif hasattr(page, "refresh"):
                page.refresh()
            if page is not self.notifications:
                self.notifications.refresh()
        except Exception as error:  # the database went away: say so, keep the window
            self.say(error_text(error))

    def _read_token(self) -> tuple[int, ...] | None:
        try:
            return self.session.services.change_token()
        except Exception:
            return None

    def check_for_changes(self) -> None:
        token = self._read_token()
        if token is not None and token != self._token:
            self._token = token
            self.session.forget_names()
            self.refresh_visible()

    def run_due_jobs(self) -> None:
        services = self.session.services
        self.session.later(lambda: services.run_due(), lambda _report: self.check_for_changes())

    # ---------------------------------------------------------------- actions
    def open_instance(self, instance_id: str) -> None:
        from bpdesk.ui.workspace.instance import InstanceDialog

        assert self.session is not None
        dialog = InstanceDialog(self.session, instance_id, self)
        dialog.changed.connect(self.refresh_visible)
        dialog.exec()

    def _started(self, instance_id: str, message: str) -> None:
        self.say(message)
        self.session.changed.emit()

    def _unread(self, count: int) -> None:
        title = self.tr("Notifications")
        item = next(
            (
                self.nav.item(r)
                for r in range(self.nav.count())
                if self.nav.item(r).data(Qt.ItemDataRole.UserRole) == "notifications"
            ),
            None,
        )
        if item is not None:
            item.setText(f"{title} ({count})" if count else title)
        self.unread_action.setText(f"{title} ({count})" if count else title)
        previous = self._last_unread
        if self.tray is not None and previous is not None and count > previous:
            self.tray.showMessage(
                "bpdesk", self.tr("{0} new notification(s)").format(count - previous)
            )
        self._last_unread = count

    def open_designer(self) -> None:
        from bpdesk.ui.editor.window import DesignerWindow

        window = DesignerWindow(services=lambda: self.session.services)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.designers.append(window)

    def change_password(self) -> None:
        from bpdesk.ui.workspace.signin import PasswordDialog

        dialog = PasswordDialog(self)
        if dialog.exec():
            try:
                self.session.services.set_password(
                    self.session.login, dialog.new_password(), dialog.old_password()
                )
            except Exception as error:
                QMessageBox.warning(self, self.tr("Change password"), error_text(error))
                return
            self.say(self.tr("Your password is changed."))

    def choose_language(self, code: str) -> None:
        save_language(code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("bpdesk speaks the chosen language from the next start."),
        )

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ----------------------------------------------------------------- layout
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("workspace/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("workspace/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("workspace/geometry", self.saveGeometry())
        settings.setValue("workspace/state", self.saveState())
        self.poll.stop()
        self.worker.stop()
        if self.session is not None:
            self.session.wait()
        for window in list(self.designers):
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                window.close()
        super().closeEvent(event)
