"""Logging in from the window: the login dialog on a database with accounts (always a server),
its refusals said under the fields, and the first 管理员 of a database without accounts.

Runs on both back-ends (the `store` fixture): on PostgreSQL the login is required even before
the first account exists."""

from __future__ import annotations

from decimal import Decimal

import pytest
from argon2 import PasswordHasher

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.app import bundle_for, log_in
from desktop_app.domain.periods import Period
from desktop_app.domain.users import Role
from desktop_app.services.bundle import ServiceBundle
from desktop_app.services.store import Store
from desktop_app.ui.login_dialog import LoginDialog

pytestmark = pytest.mark.both_backends

#: Argon2id, cheap enough for tests (the production parameters are the package's defaults).
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
FEB = Period.month(2016, 2)


@pytest.fixture
def bundle(store: Store) -> ServiceBundle:
    store.set_home_region("511921")
    made = bundle_for(store, "设置里的填表人", "en")
    made.users.hasher = CHEAP
    return made


@pytest.fixture
def staffed(bundle: ServiceBundle, store: Store) -> ServiceBundle:
    """The program started on a database with an administrator 赵敏 and a clerk 王芳: nobody
    has logged in yet."""
    bundle.users.add("zhaomin", "赵敏", Role.ADMIN, "admin-pass-1")
    bundle.log_in("zhaomin", "admin-pass-1")
    bundle.users.add("wangfang", "王芳", Role.CLERK, "clerk-pass-1")
    started = bundle_for(store, "设置里的填表人", "en")
    started.users.hasher = CHEAP
    assert started.login_required and started.user is None
    return started


def dialog_for(bundle: ServiceBundle, qtbot: QtBot) -> LoginDialog:
    dialog = LoginDialog(bundle.users, bundle.log_in, bundle.where)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_in(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_login_needed_on_a_server_and_on_a_file_with_accounts(
    bundle: ServiceBundle, backend: str
) -> None:
    # A server asks who is working from the start; a file only once it has accounts
    assert bundle.login_required is (backend == "postgresql")
    bundle.users.add("zhaomin", "赵敏", Role.ADMIN, "admin-pass-1")
    assert bundle.login_required


def test_refusals_are_said_under_the_fields_and_enter_logs_in(
    staffed: ServiceBundle, qtbot: QtBot, store: Store
) -> None:
    dialog = dialog_for(staffed, qtbot)
    assert not dialog.first_admin
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.name_edit.isHidden() and dialog.again_edit.isHidden()
    assert dialog.refusal() == ""
    # A wrong password: the sentence, the password cleared for the next try, still open
    type_in(qtbot, dialog.login_edit, "wangfang")
    type_in(qtbot, dialog.password_edit, "not-her-pass")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.user is None
    assert dialog.refusal().startswith("The login name or the password is wrong.")
    assert dialog.password_edit.text() == ""
    # An unknown login is told the same (nobody learns which logins exist)
    type_in(qtbot, dialog.login_edit, "nobody")
    type_in(qtbot, dialog.password_edit, "clerk-pass-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.refusal().startswith("The login name or the password is wrong.")
    # The right password and Enter: logged in, and the audit names her, not the settings' 填表人
    type_in(qtbot, dialog.login_edit, " WangFang ")
    type_in(qtbot, dialog.password_edit, "clerk-pass-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.login == "wangfang"
    assert staffed.user == dialog.user and staffed.person == "王芳"
    staffed.set_person("设置里的填表人")  # a settings change later does not rename her
    staffed.values.set_text("511921", "A01", FEB, "12")
    from tests.ui.test_main_window import stored

    assert stored(store, "A01") == Decimal(12)
    assert staffed.cells.history("511921", "A01", FEB)[0].who == "王芳"


def test_a_locked_and_a_disabled_account_are_told_so(staffed: ServiceBundle, qtbot: QtBot) -> None:
    dialog = dialog_for(staffed, qtbot)
    type_in(qtbot, dialog.login_edit, "wangfang")
    for _attempt in range(5):
        type_in(qtbot, dialog.password_edit, "wrong-pass-0")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    # The fifth failure locks the account: the sentence says until when
    assert dialog.refusal().startswith("The account wangfang is locked")
    until = dialog.refusal().split("until ", 1)[1][:16]
    assert len(until) == 16 and until[13] == ":"
    # Now even her right password is refused while the lock lasts
    type_in(qtbot, dialog.password_edit, "clerk-pass-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "is locked" in dialog.refusal() and dialog.user is None
    # A disabled account (unlocked again) is told it is disabled
    staffed.log_in("zhaomin", "admin-pass-1")
    staffed.users.unlock("wangfang")
    staffed.users.set_active("wangfang", False)
    type_in(qtbot, dialog.password_edit, "clerk-pass-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.refusal().startswith("The account wangfang has been disabled.")
    assert dialog.isVisible()


def test_a_database_without_accounts_offers_its_first_administrator(
    bundle: ServiceBundle, qtbot: QtBot
) -> None:
    dialog = dialog_for(bundle, qtbot)
    assert dialog.first_admin
    assert dialog.name_edit.isVisible() and dialog.again_edit.isVisible()
    assert dialog.again_edit.echoMode() is QLineEdit.EchoMode.Password
    type_in(qtbot, dialog.login_edit, "zhaomin")
    dialog.name_edit.setText("赵敏")  # as an input method gives it
    type_in(qtbot, dialog.password_edit, "admin-pass-1")
    type_in(qtbot, dialog.again_edit, "admin-pass-2")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    # Two different passwords: said, nothing made
    assert "differ" in dialog.refusal()
    assert not bundle.users.any_users()
    # Too short a password: the service's sentence
    type_in(qtbot, dialog.password_edit, "short")
    type_in(qtbot, dialog.again_edit, "short")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert "8" in dialog.refusal() and not bundle.users.any_users()
    type_in(qtbot, dialog.password_edit, "admin-pass-1")
    type_in(qtbot, dialog.again_edit, "admin-pass-1")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    # The administrator is made and logged in
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    [admin] = bundle.users.users()
    assert (admin.login, admin.name, admin.role) == ("zhaomin", "赵敏", Role.ADMIN)
    assert bundle.user is not None and bundle.user.login == "zhaomin"
    assert bundle.person == "赵敏"


def test_quitting_the_login_logs_nobody_in(staffed: ServiceBundle, qtbot: QtBot) -> None:
    def quit_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        dialog.reject()

    QTimer.singleShot(0, quit_dialog)
    assert log_in(staffed) is False
    assert staffed.user is None


def test_only_an_administrator_sets_up_a_database_without_a_region(
    store: Store, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import may_set_up

    # Given a database with accounts but no home region yet (its administrator quit the setup)
    first = bundle_for(store, None, "en")
    first.users.hasher = CHEAP
    first.users.add("zhaomin", "赵敏", Role.ADMIN, "admin-pass-1")
    first.log_in("zhaomin", "admin-pass-1")
    first.users.add("wangfang", "王芳", Role.CLERK, "clerk-pass-1")
    assert first.home_region() is None
    # The administrator is offered the setup
    assert may_set_up(first)
    # A clerk is told who sets it up, and the program closes (no setup dialog)
    clerk = bundle_for(store, None, "en")
    clerk.users.hasher = CHEAP
    clerk.log_in("wangfang", "clerk-pass-1")
    told: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    assert may_set_up(clerk) is False
    assert told and "administrator" in told[0]
