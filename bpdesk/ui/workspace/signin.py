"""Signing in: pick or type the login, the password; the last login is remembered.

An empty database is offered the demo office or a clean start with an
administrator account; a person without a password yet chooses one here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bpdesk.services import Account, EngineError, Services
from bpdesk.ui.workspace.common import problem_label
from bpdesk.ui.workspace.session import error_text

LAST_LOGIN = "signin/last_login"


class SignInDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Sign in to bpdesk"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Database: {0}").format(services.url))
        intro.setEnabled(False)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.login = QComboBox()
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.login.setAccessibleName(self.tr("Login"))
        self.login.lineEdit().setPlaceholderText(self.tr("your login, or pick your name"))
        for user in services.users():
            if user.active:
                self.login.addItem(f"{user.name} ({user.login})", user.login)
        last = str(QSettings().value(LAST_LOGIN, "") or "")
        index = self.login.findData(last)
        if index >= 0:
            self.login.setCurrentIndex(index)
        else:
            self.login.setEditText(last)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        self.message = problem_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if last else self.login).setFocus()

    def chosen_login(self) -> str:
        text = self.login.currentText().strip()
        data = self.login.currentData()
        if data and self.login.itemText(self.login.currentIndex()) == text:
            return str(data)
        if text.endswith(")") and "(" in text:
            return text.rsplit("(", 1)[1].rstrip(")").strip()
        return text.lower()

    def try_sign_in(self) -> None:
        login = self.chosen_login()
        if not login:
            self._say(self.tr("Choose or type your login."))
            return
        try:
            if self.services.needs_password(login) and not self._choose_first_password(login):
                return
            self.account = self.services.sign_in(login, self.password.text())
        except EngineError as error:
            self._say(error_text(error))
            self.password.selectAll()
            self.password.setFocus()
            return
        QSettings().setValue(LAST_LOGIN, login)
        self.accept()

    def _choose_first_password(self, login: str) -> bool:
        dialog = PasswordDialog(self, first=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.services.set_password(login, dialog.new_password())
        self.password.setText(dialog.new_password())
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class PasswordDialog(QDialog):
    """Choose a password (twice, so a typo does not lock the person out)."""

    def __init__(self, parent: QWidget | None = None, first: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Choose your password") if first else self.tr("Change password")
        )
        layout = QVBoxLayout(self)
        if first:
            layout.addWidget(QLabel(self.tr("This is your first sign-in: choose a password.")))
        form = QFormLayout()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.old, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if not first:
            form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat it"), self.again)
        layout.addLayout(form)
        self.message = problem_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Save password"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def new_password(self) -> str:
        return self.new.text()

    def old_password(self) -> str:
        return self.old.text()

    def _check(self) -> None:
        if len(self.new.text()) < 4:
            self.message.setText(self.tr("Use at least 4 characters."))
        elif self.new.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
        else:
            self.accept()
            return
        self.message.show()


class FirstRunDialog(QDialog):
    """An empty database: the demo office to try bpdesk, or a clean start with an administrator."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Welcome to bpdesk"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "This database is empty. Try bpdesk with a demo office (16 people, four "
                "ready processes; every password is “demo”), or start clean with your own "
                "administrator account."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.login = QLineEdit("admin")
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Administrator login"), self.login)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        demo = buttons.addButton(
            self.tr("Load the demo office"), QDialogButtonBox.ButtonRole.ActionRole
        )
        clean = buttons.addButton(self.tr("Start clean"), QDialogButtonBox.ButtonRole.AcceptRole)
        demo.clicked.connect(self.load_demo)
        clean.clicked.connect(self.start_clean)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.account: Account | None = None

    def load_demo(self) -> None:
        from bpdesk.ui.language import chosen_language

        try:
            self.setCursor(Qt.CursorShape.WaitCursor)
            self.services.load_demo(chosen_language())
        except EngineError as error:
            QMessageBox.warning(self, self.tr("Demo office"), error_text(error))
            return
        finally:
            self.unsetCursor()
        self.accept()

    def start_clean(self) -> None:
        try:
            self.account = self.services.create_first_admin(
                self.login.text().strip(), self.name.text(), self.email.text(), self.password.text()
            )
        except EngineError as error:
            QMessageBox.warning(self, self.tr("Start clean"), error_text(error))
            return
        self.accept()
