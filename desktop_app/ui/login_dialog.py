"""Logging in to a database with staff accounts (always so on a server).

The dialog asks for the login and the password (never shown as typed); Enter logs in, Esc or
Cancel closes the program. A refusal (a wrong password, an account locked until a time, a
disabled account) is said in a sentence under the fields, and the password is cleared for the
next try. A database without any account yet (a new server) offers creating its first 管理员
instead, who then adds the others (Tools ▸ Users…).

The dialog holds no logic of its own: it calls `log_in(login, password)` (the bundle's, which
also makes the person named in the audit the account's) and `users.add(…)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.users import Role, User
from desktop_app.i18n import issue_message

#: The colour of a refusal under the fields (the grid's error red).
REFUSAL_STYLE = "color: #b00020"


class Accounts(Protocol):
    """What the dialog needs of the accounts service (services/users.py UserService)."""

    def any_users(self) -> bool: ...

    def add(
        self, login: str, name: str, role: Role | str, password: str, regions: tuple[str, ...] = ()
    ) -> User: ...


class LoginDialog(QDialog):
    """Log in, or create the first 管理员 of a database without accounts."""

    def __init__(
        self,
        users: Accounts,
        log_in: Callable[[str, str], User],
        where: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._users = users
        self._log_in = log_in
        #: The account logged in, once the dialog is accepted.
        self.user: User | None = None
        self.first_admin = not users.any_users()
        self._added = False
        self.setWindowTitle(
            self.tr("Create the first administrator") if self.first_admin else self.tr("Log in")
        )
        self.setMinimumWidth(440)

        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the first administrator (管理员): "
                "they add the other staff and give each a role."
            )
            if self.first_admin
            else self.tr("Log in with your account. Ask the bureau's administrator for one.")
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        self.where_label = QLabel(self.tr("Database: %1").replace("%1", where))
        self.where_label.setObjectName("whereLabel")
        self.where_label.setWordWrap(True)
        self.where_label.setVisible(bool(where))

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("as the audit and the returns name you"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("passwordAgain")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self._caption(self.tr("&Login:"), self.login_edit), self.login_edit)
        if self.first_admin:
            form.addRow(self._caption(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(self._caption(self.tr("&Password:"), self.password_edit), self.password_edit)
        if self.first_admin:
            form.addRow(
                self._caption(self.tr("Password &again:"), self.again_edit), self.again_edit
            )

        self.refusal_label = QLabel()
        self.refusal_label.setObjectName("refusalLabel")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(REFUSAL_STYLE)
        self.refusal_label.setVisible(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Create and log in") if self.first_admin else self.tr("Log in")
        )
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_log_in)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.where_label)
        layout.addLayout(form)
        layout.addWidget(self.refusal_label)
        layout.addWidget(buttons)
        self.login_edit.setFocus()

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    def refusal(self) -> str:
        """The sentence shown under the fields ("" when none)."""
        return self.refusal_label.text() if not self.refusal_label.isHidden() else ""

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.refusal_label.setText(text)
        self.refusal_label.setVisible(True)
        focus.setFocus()
        focus.selectAll()

    def try_log_in(self) -> None:
        """Log in with what is typed (making the first administrator first, if there is none);
        on a refusal the sentence is shown and the dialog stays open."""
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self._refuse(self.tr("Type your login."), self.login_edit)
            return
        if self.first_admin and not self._added:
            if password != self.again_edit.text():
                self.again_edit.clear()
                self._refuse(
                    self.tr("The two passwords differ. Type the password again."),
                    self.password_edit,
                )
                return
            try:
                self._users.add(login, self.name_edit.text(), Role.ADMIN, password)
            except DomainError as exc:
                code = exc.issue.code
                focus = (
                    self.name_edit
                    if code.startswith("user_name")
                    else self.password_edit
                    if code.startswith("password")
                    else self.login_edit
                )
                self._refuse(issue_message(exc.issue), focus)
                return
            self._added = True  # a refused login next is tried again without adding twice
        try:
            self.user = self._log_in(login, password)
        except DomainError as exc:
            self.password_edit.clear()
            self._refuse(issue_message(exc.issue), self.password_edit)
            return
        self.accept()


def run_login_dialog(
    users: Accounts,
    log_in: Callable[[str, str], User],
    where: str = "",
    parent: QWidget | None = None,
) -> User | None:
    """The account logged in, or None when the person chose to quit."""
    dialog = LoginDialog(users, log_in, where, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user
    finally:
        dialog.deleteLater()
