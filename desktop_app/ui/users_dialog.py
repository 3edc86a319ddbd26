"""用户管理: the staff accounts of the database, for a 管理员.

A table of the accounts (login, name, role as 填报员/审核员/管理员, the regions each is limited
to by name, whether it is active, until when it is locked); buttons to add one, change its role,
limit it to regions (picked from the region tree: prefectures and counties), set its password,
unlock it and disable or enable it. Every change goes through the accounts service
(services/users.py), which checks that the person logged in may make it; a refusal (the last
administrator cannot be demoted, a short password, …) is said in a sentence under the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.issues import DomainError
from desktop_app.domain.regions import Region, RegionLevel
from desktop_app.domain.users import Role, User
from desktop_app.i18n import QT_TRANSLATE_NOOP, issue_message, role_text, translate
from desktop_app.services.locks import as_local
from desktop_app.ui.table_model_base import HeaderedTableModel, Index

REFUSAL_STYLE = "color: #b00020"
#: A disabled account's row.
DISABLED_BRUSH = QBrush(QColor("#8a8a8a"))
#: The roles in the order they are offered (the least first).
ROLES = (Role.CLERK, Role.REVIEWER, Role.ADMIN)


class Accounts(Protocol):
    """What the dialog needs of the accounts service (services/users.py UserService)."""

    def users(self) -> list[User]: ...

    def add(
        self,
        login: str,
        name: str,
        role: Role | str,
        password: str,
        regions: Sequence[str] = (),
    ) -> User: ...

    def set_password(self, login: str, password: str) -> None: ...

    def set_role(self, login: str, role: Role | str) -> User: ...

    def set_regions(self, login: str, regions: Sequence[str]) -> User: ...

    def set_active(self, login: str, active: bool) -> User: ...

    def unlock(self, login: str) -> User: ...

    def log_in(self, login: str, password: str) -> User: ...


class RegionLookup(Protocol):
    """What the dialog needs of the regions (services/regions.py RegionQueries)."""

    def children(self, code: str | None) -> list[Region]: ...

    def get(self, code: str) -> Region: ...

    def lineage(self, code: str) -> list[Region]: ...


@dataclass(frozen=True)
class UserRow:
    """One account as the table shows it: the account and its regions by name."""

    user: User
    regions_text: str


class UsersTableModel(HeaderedTableModel):
    COL_LOGIN, COL_NAME, COL_ROLE, COL_REGIONS, COL_ACTIVE, COL_LOCKED = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("UsersTableModel", "Login"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Name"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Role"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Regions"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Active"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Locked until"),
    )
    LoginRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UserRow] = []
        self._clock = clock or (lambda: datetime.now(UTC))

    def set_rows(self, rows: Sequence[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UserRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, login: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.user.login == login), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        user = row.user
        if role == self.LoginRole:
            return user.login
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return DISABLED_BRUSH
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_LOGIN:
            return user.login
        if column == self.COL_NAME:
            return user.name
        if column == self.COL_ROLE:
            return role_text(user.role.value)
        if column == self.COL_REGIONS:
            return row.regions_text
        if column == self.COL_ACTIVE:
            return (
                translate("UsersTableModel", "yes")
                if user.active
                else translate("UsersTableModel", "disabled")
            )
        if column == self.COL_LOCKED:
            if not user.locked(self._clock()) or user.locked_until is None:
                return ""
            return as_local(user.locked_until).strftime("%Y-%m-%d %H:%M")
        return None


def regions_text(codes: Sequence[str], name_of: Callable[[str], str]) -> str:
    """The regions an account is limited to, by name ("通江县、南江县"), or 全部地区."""
    if not codes:
        return translate("UsersDialog", "all regions")
    return "、".join(name_of(code) for code in codes)


class RegionPicker(QDialog):
    """Tick the prefectures and counties an account is limited to (none ticked: every region).
    The tree is the home region's province with its prefectures and their counties."""

    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        regions: RegionLookup,
        home_region: str | None,
        chosen: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("regionPicker")
        self.setWindowTitle(self.tr("Limit to regions"))
        self.resize(420, 520)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        picked = set(chosen)
        for province in self._provinces(regions, home_region):
            top = self._item(province, picked, checkable=False)
            self.model.appendRow(top)
            for prefecture in regions.children(province.code):
                under = self._item(prefecture, picked)
                top.appendRow(under)
                for county in regions.children(prefecture.code):
                    if county.level is RegionLevel.COUNTY:
                        under.appendRow(self._item(county, picked))
                if under.checkState() == Qt.CheckState.Checked or any(
                    under.child(i).checkState() == Qt.CheckState.Checked
                    for i in range(under.rowCount())
                ):
                    self.tree.expand(under.index())
            self.tree.expand(top.index())
        intro = QLabel(
            self.tr(
                "Tick the prefectures and counties this account works on: it sees and changes "
                "only their figures, returns and registers (and the townships under them). "
                "With nothing ticked it works on every region."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _provinces(regions: RegionLookup, home_region: str | None) -> list[Region]:
        if home_region:
            return [regions.lineage(home_region)[-1]]
        return regions.children(None)

    def _item(self, region: Region, picked: set[str], *, checkable: bool = True) -> QStandardItem:
        item = QStandardItem(region.name)
        item.setData(region.code, self.CodeRole)
        item.setToolTip(region.code)
        item.setEditable(False)
        if checkable:
            item.setCheckable(True)
            checked = region.code in picked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def item_of(self, code: str) -> QStandardItem | None:
        found = self.model.match(
            self.model.index(0, 0),
            self.CodeRole,
            code,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return self.model.itemFromIndex(found[0]) if found else None

    def chosen(self) -> tuple[str, ...]:
        """The codes ticked, in the tree's order."""
        codes: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                item = self.model.itemFromIndex(index)
                if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
                    codes.append(str(item.data(self.CodeRole)))
                walk(index)

        walk(QModelIndex())
        return tuple(codes)


class PasswordDialog(QDialog):
    """A new password, typed twice (never shown)."""

    def __init__(self, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Set the password of %1").replace("%1", login))
        self.password_edit = _password_edit("password")
        self.again_edit = _password_edit("passwordAgain")
        self.refusal_label = _refusal_label()
        form = QFormLayout()
        form.addRow(_caption(self.tr("New &password:"), self.password_edit), self.password_edit)
        form.addRow(_caption(self.tr("Password &again:"), self.again_edit), self.again_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refusal_label)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            _refuse(
                self.refusal_label,
                translate("UsersDialog", "The two passwords differ. Type the password again."),
            )
            self.password_edit.setFocus()
            self.password_edit.selectAll()
            return
        self.accept()

    def password(self) -> str:
        return self.password_edit.text()


class OwnPasswordDialog(QDialog):
    """The person logged in changes their own password: the current one first (someone else at
    a PC left logged in cannot), then the new one twice. A wrong current password counts as a
    failed login."""

    def __init__(self, users: Accounts, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownPasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(400)
        self._users = users
        self._user = user
        self.current_edit = _password_edit("currentPassword")
        self.password_edit = _password_edit("password")
        self.again_edit = _password_edit("passwordAgain")
        self.refusal_label = _refusal_label()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Account:")), QLabel(f"{user.name} ({user.login})"))
        form.addRow(_caption(self.tr("&Current password:"), self.current_edit), self.current_edit)
        form.addRow(_caption(self.tr("New &password:"), self.password_edit), self.password_edit)
        form.addRow(_caption(self.tr("Password &again:"), self.again_edit), self.again_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refusal_label)
        layout.addWidget(buttons)

    def refusal(self) -> str:
        return self.refusal_label.text() if not self.refusal_label.isHidden() else ""

    def try_change(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            _refuse(
                self.refusal_label,
                translate("UsersDialog", "The two passwords differ. Type the password again."),
            )
            self.password_edit.setFocus()
            return
        try:
            self._users.log_in(self._user.login, self.current_edit.text())
        except DomainError as exc:
            self.current_edit.clear()
            self.current_edit.setFocus()
            wrong = exc.issue.code == "login_failed"
            _refuse(
                self.refusal_label,
                self.tr("The current password is wrong.") if wrong else issue_message(exc.issue),
            )
            return
        try:
            self._users.set_password(self._user.login, self.password_edit.text())
        except DomainError as exc:
            self.password_edit.setFocus()
            _refuse(self.refusal_label, issue_message(exc.issue))
            return
        self.accept()


class AddUserDialog(QDialog):
    """A new account: login, name, role, password twice and the regions it is limited to. The
    account is added by the service when OK is pressed; a refusal keeps the dialog open."""

    def __init__(
        self,
        users: Accounts,
        regions: RegionLookup,
        home_region: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add an account"))
        self.setMinimumWidth(440)
        self._users = users
        self._regions = regions
        self._home_region = home_region
        self.codes: tuple[str, ...] = ()
        self.added: User | None = None
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.login_edit.setPlaceholderText(self.tr("letters, digits, . _ -"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("as the audit and the returns name the person"))
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("role")
        for role in ROLES:
            self.role_combo.addItem(role_text(role.value), role.value)
        self.password_edit = _password_edit("password")
        self.again_edit = _password_edit("passwordAgain")
        self.regions_label = QLabel(regions_text((), self._name_of))
        self.regions_label.setObjectName("regionsLabel")
        self.regions_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseRegions")
        choose.clicked.connect(self.choose_regions)
        regions_row = QHBoxLayout()
        regions_row.addWidget(self.regions_label, 1)
        regions_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(_caption(self.tr("&Login:"), self.login_edit), self.login_edit)
        form.addRow(_caption(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(_caption(self.tr("&Role:"), self.role_combo), self.role_combo)
        form.addRow(_caption(self.tr("&Password:"), self.password_edit), self.password_edit)
        form.addRow(_caption(self.tr("Password &again:"), self.again_edit), self.again_edit)
        form.addRow(QLabel(self.tr("Regions:")), regions_row)
        self.refusal_label = _refusal_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.try_add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refusal_label)
        layout.addWidget(buttons)

    def _name_of(self, code: str) -> str:
        return _region_name(self._regions, code)

    def choose_regions(self) -> None:
        picker = RegionPicker(self._regions, self._home_region, self.codes, self)
        try:
            if picker.exec() == QDialog.DialogCode.Accepted:
                self.set_regions(picker.chosen())
        finally:
            picker.deleteLater()

    def set_regions(self, codes: Sequence[str]) -> None:
        self.codes = tuple(codes)
        self.regions_label.setText(regions_text(self.codes, self._name_of))

    def try_add(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            _refuse(
                self.refusal_label,
                translate("UsersDialog", "The two passwords differ. Type the password again."),
            )
            self.password_edit.setFocus()
            return
        try:
            self.added = self._users.add(
                self.login_edit.text(),
                self.name_edit.text(),
                Role(str(self.role_combo.currentData())),
                self.password_edit.text(),
                self.codes,
            )
        except DomainError as exc:
            _refuse(self.refusal_label, issue_message(exc.issue))
            return
        self.accept()


class UsersDialog(QDialog):
    """The accounts and what can be done to them (see the module's docstring)."""

    def __init__(
        self,
        users: Accounts,
        regions: RegionLookup,
        home_region: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.resize(820, 440)
        self._users = users
        self._regions = regions
        self._home_region = home_region
        self._names: dict[str, str] = {}
        self.model = UsersTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UsersTableModel.COL_REGIONS, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("R&ole…"))
        self.regions_button = QPushButton(self.tr("Re&gions…"))
        self.password_button = QPushButton(self.tr("&Password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.active_button = QPushButton(self.tr("&Disable"))
        for name, button, slot in (
            ("addButton", self.add_button, self.add_user),
            ("roleButton", self.role_button, self.change_role),
            ("regionsButton", self.regions_button, self.change_regions),
            ("passwordButton", self.password_button, self.change_password),
            ("unlockButton", self.unlock_button, self.unlock),
            ("activeButton", self.active_button, self.toggle_active),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.regions_button,
            self.password_button,
            self.unlock_button,
            self.active_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)

        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.refusal_label = _refusal_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.refusal_label)
        layout.addWidget(buttons)
        self.reload()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    # --- reading ----------------------------------------------------------------------------
    def _name_of(self, code: str) -> str:
        if code not in self._names:
            self._names[code] = _region_name(self._regions, code)
        return self._names[code]

    def reload(self, select: str | None = None) -> None:
        """The accounts as they are stored now; `select` (a login) is chosen again."""
        chosen = select or self.current_login()
        rows = [UserRow(u, regions_text(u.regions, self._name_of)) for u in self._users.users()]
        self.model.set_rows(rows)
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.view.selectRow(row)
        self._update_buttons()

    def current(self) -> User | None:
        found = self.model.row_at(self.view.currentIndex().row())
        return found.user if found is not None else None

    def current_login(self) -> str | None:
        user = self.current()
        return user.login if user is not None else None

    def _chosen(self) -> None:
        """Another account chosen: what was said about the last one goes."""
        self.refusal_label.setVisible(False)
        self.message_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.current()
        for button in (
            self.role_button,
            self.regions_button,
            self.password_button,
            self.unlock_button,
            self.active_button,
        ):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("&Enable") if user is not None and not user.active else self.tr("&Disable")
        )

    # --- telling ----------------------------------------------------------------------------
    def refusal(self) -> str:
        return self.refusal_label.text() if not self.refusal_label.isHidden() else ""

    def _done(self, text: str, login: str | None) -> None:
        self.reload(login)  # first: choosing the row again clears what was said
        self.refusal_label.setVisible(False)
        self.message_label.setText(text)

    def _do(self, change: Callable[[], object], text: str, login: str) -> bool:
        """Make a change through the service; its refusal is said under the table."""
        try:
            change()
        except DomainError as exc:
            self.reload(login)
            self.message_label.clear()
            _refuse(self.refusal_label, issue_message(exc.issue))
            return False
        self._done(text, login)
        return True

    # --- changing ---------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = AddUserDialog(self._users, self._regions, self._home_region, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.added is None:
                return
            added = dialog.added
        finally:
            dialog.deleteLater()
        self._done(
            self.tr("Account %1 (%2) added.").replace("%1", added.login).replace("%2", added.name),
            added.login,
        )

    def change_role(self, role: Role | None = None) -> bool:
        user = self.current()
        if user is None:
            return False
        if role is None:
            names = [role_text(r.value) for r in ROLES]
            name, ok = QInputDialog.getItem(
                self,
                self.tr("Role of %1").replace("%1", user.name),
                self.tr("Role:"),
                names,
                ROLES.index(user.role),
                False,
            )
            if not ok:
                return False
            role = ROLES[names.index(name)]
        chosen = role
        return self._do(
            lambda: self._users.set_role(user.login, chosen),
            self.tr("%1 is now %2.").replace("%1", user.name).replace("%2", role_text(chosen)),
            user.login,
        )

    def change_regions(self, codes: Sequence[str] | None = None) -> bool:
        user = self.current()
        if user is None:
            return False
        if codes is None:
            picker = RegionPicker(self._regions, self._home_region, user.regions, self)
            try:
                if picker.exec() != QDialog.DialogCode.Accepted:
                    return False
                codes = picker.chosen()
            finally:
                picker.deleteLater()
        chosen = tuple(codes)
        return self._do(
            lambda: self._users.set_regions(user.login, chosen),
            self.tr("%1 works on: %2.")
            .replace("%1", user.name)
            .replace("%2", regions_text(chosen, self._name_of)),
            user.login,
        )

    def change_password(self, password: str | None = None) -> bool:
        user = self.current()
        if user is None:
            return False
        if password is None:
            dialog = PasswordDialog(user.login, self)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                password = dialog.password()
            finally:
                dialog.deleteLater()
        chosen = password
        return self._do(
            lambda: self._users.set_password(user.login, chosen),
            self.tr("The password of %1 was changed.").replace("%1", user.name),
            user.login,
        )

    def unlock(self) -> bool:
        user = self.current()
        if user is None:
            return False
        return self._do(
            lambda: self._users.unlock(user.login),
            self.tr("%1 may log in again.").replace("%1", user.name),
            user.login,
        )

    def toggle_active(self) -> bool:
        user = self.current()
        if user is None:
            return False
        active = not user.active
        text = (
            self.tr("%1 may log in again.") if active else self.tr("%1 can no longer log in.")
        ).replace("%1", user.name)
        return self._do(lambda: self._users.set_active(user.login, active), text, user.login)


def _region_name(regions: RegionLookup, code: str) -> str:
    try:
        return regions.get(code).name
    except DomainError:
        return code


def _caption(text: str, buddy: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(buddy)
    return caption


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _refusal_label() -> QLabel:
    label = QLabel()
    label.setObjectName("refusalLabel")
    label.setWordWrap(True)
    label.setStyleSheet(REFUSAL_STYLE)
    label.setVisible(False)
    return label


def _refuse(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(True)


def open_users(
    parent: QWidget | None,
    users: Accounts,
    regions: RegionLookup,
    home_region: str | None,
) -> None:
    """The users dialog, modal; the accounts are read again each time it opens."""
    dialog = UsersDialog(users, regions, home_region, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
