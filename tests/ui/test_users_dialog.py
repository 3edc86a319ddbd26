"""用户管理 and what each role finds in the window: the accounts table, adding an account,
changing its role, regions and password, unlocking and disabling it, each refusal a sentence;
the window turns off what the person's role may not do and lists only their regions.

Runs on both back-ends (the `store` fixture)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.app import bundle_for, workspace_of
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.users import Role
from desktop_app.services.bundle import ServiceBundle
from desktop_app.services.store import Store
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.users_dialog import AddUserDialog, RegionPicker, UsersDialog, UsersTableModel

pytestmark = pytest.mark.both_backends

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PREFECTURE, TONGJIANG, NANJIANG = "511900", "511921", "511922"  # 巴中市, 通江县, 南江县
FEB = Period.month(2016, 2)


@pytest.fixture
def staff(store: Store) -> Store:
    """巴中市's server: 赵敏 (管理员), 王芳 (填报员, 通江县 only) and 李四 (审核员)."""
    store.set_home_region(PREFECTURE)
    bundle = bundle_for(store, None, "en")
    bundle.users.hasher = CHEAP
    bundle.users.add("zhaomin", "赵敏", Role.ADMIN, "admin-pass-1")
    bundle.log_in("zhaomin", "admin-pass-1")
    bundle.users.add("wangfang", "王芳", Role.CLERK, "clerk-pass-1", [TONGJIANG])
    bundle.users.add("lisi", "李四", Role.REVIEWER, "review-pass-1")
    return store


def logged_in(store: Store, login: str, password: str) -> ServiceBundle:
    bundle = bundle_for(store, None, "en")
    bundle.users.hasher = CHEAP
    bundle.log_in(login, password)
    return bundle


@pytest.fixture
def admin(staff: Store) -> ServiceBundle:
    return logged_in(staff, "zhaomin", "admin-pass-1")


@pytest.fixture
def dialog(admin: ServiceBundle, qtbot: QtBot) -> UsersDialog:
    made = UsersDialog(admin.users, admin.regions, PREFECTURE)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def cell(dialog: UsersDialog, login: str, column: int) -> str:
    model = dialog.model
    return str(model.index(model.row_of(login), column).data())


def choose(dialog: UsersDialog, login: str) -> None:
    dialog.view.selectRow(dialog.model.row_of(login))
    assert dialog.current_login() == login


def test_the_table_lists_the_accounts_with_their_roles_and_regions(
    dialog: UsersDialog,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    qtmodeltester.check(dialog.model)
    rows = [
        tuple(cell(dialog, login, c) for c in range(dialog.model.columnCount()))
        for login in ("lisi", "wangfang", "zhaomin")
    ]
    assert rows == [
        ("lisi", "李四", "reviewer", "all regions", "yes", ""),
        ("wangfang", "王芳", "clerk", "通江县", "yes", ""),
        ("zhaomin", "赵敏", "administrator", "all regions", "yes", ""),
    ]
    header = dialog.model.headerData(
        UsersTableModel.COL_LOCKED, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Locked until"


def test_adding_an_account_with_its_regions(
    dialog: UsersDialog, admin: ServiceBundle, qtbot: QtBot
) -> None:
    add = AddUserDialog(admin.users, admin.regions, PREFECTURE, dialog)
    qtbot.addWidget(add)
    add.login_edit.setText("chenjing")
    add.name_edit.setText("陈静")
    add.role_combo.setCurrentIndex(add.role_combo.findData("clerk"))
    add.password_edit.setText("chen-pass-1")
    add.again_edit.setText("chen-pass-2")
    add.try_add()
    assert "differ" in add.refusal_label.text() and add.added is None
    # The regions are ticked in the region tree: 南江县 and (its own line) 通江县
    picker = RegionPicker(admin.regions, PREFECTURE, (), add)
    qtbot.addWidget(picker)
    for code in (NANJIANG, TONGJIANG):
        item = picker.item_of(code)
        assert item is not None and item.isCheckable()
        item.setCheckState(Qt.CheckState.Checked)
    assert picker.item_of("510000") is not None  # the province heads the tree, not ticked
    add.set_regions(picker.chosen())
    assert add.regions_label.text() == "通江县、南江县"
    add.password_edit.setText("chen-pass-1")
    add.again_edit.setText("chen-pass-1")
    add.try_add()
    assert add.added is not None
    dialog.reload("chenjing")
    assert cell(dialog, "chenjing", UsersTableModel.COL_REGIONS) == "通江县、南江县"
    assert cell(dialog, "chenjing", UsersTableModel.COL_ROLE) == "clerk"
    # A login taken already is refused in a sentence
    again = AddUserDialog(admin.users, admin.regions, PREFECTURE, dialog)
    qtbot.addWidget(again)
    again.login_edit.setText("ChenJing")
    again.name_edit.setText("另一个陈静")
    again.password_edit.setText("chen-pass-9")
    again.again_edit.setText("chen-pass-9")
    again.try_add()
    assert again.added is None and "chenjing" in again.refusal_label.text()


def test_role_and_regions_change_and_the_last_administrator_stays(
    dialog: UsersDialog, admin: ServiceBundle
) -> None:
    choose(dialog, "wangfang")
    assert dialog.change_role(Role.REVIEWER)
    assert cell(dialog, "wangfang", UsersTableModel.COL_ROLE) == "reviewer"
    assert "王芳" in dialog.message_label.text()
    assert dialog.change_regions([NANJIANG])
    assert cell(dialog, "wangfang", UsersTableModel.COL_REGIONS) == "南江县"
    assert admin.users.get("wangfang").regions == (NANJIANG,)
    # The only administrator cannot be made a clerk, nor disabled: said, nothing changed
    choose(dialog, "zhaomin")
    assert not dialog.change_role(Role.CLERK)
    assert "赵敏" in dialog.refusal() or "zhaomin" in dialog.refusal()
    assert not dialog.toggle_active()
    assert cell(dialog, "zhaomin", UsersTableModel.COL_ROLE) == "administrator"
    assert cell(dialog, "zhaomin", UsersTableModel.COL_ACTIVE) == "yes"
    assert dialog.refusal() != ""
    # Choosing another account: what was said about the last one goes
    choose(dialog, "lisi")
    assert dialog.refusal() == "" and dialog.message_label.text() == ""


def test_password_unlock_and_disable(
    dialog: UsersDialog, admin: ServiceBundle, store: Store
) -> None:
    choose(dialog, "wangfang")
    assert not dialog.change_password("short")
    assert "8" in dialog.refusal()
    assert dialog.change_password("new-clerk-pass")
    assert dialog.refusal() == ""
    assert logged_in(store, "wangfang", "new-clerk-pass").person == "王芳"
    # Five wrong passwords lock her: the table says until when; unlocking lets her in again
    for _attempt in range(5):
        with pytest.raises(DomainError):
            admin.users.log_in("wangfang", "wrong-pass-0")
    dialog.reload()
    assert cell(dialog, "wangfang", UsersTableModel.COL_LOCKED) != ""
    assert dialog.unlock()
    assert cell(dialog, "wangfang", UsersTableModel.COL_LOCKED) == ""
    assert logged_in(store, "wangfang", "new-clerk-pass").user is not None
    # Disabled, she cannot log in; the button then offers enabling her
    assert dialog.toggle_active()
    assert cell(dialog, "wangfang", UsersTableModel.COL_ACTIVE) == "disabled"
    assert dialog.active_button.text() == "&Enable"
    with pytest.raises(DomainError) as refused:
        logged_in(store, "wangfang", "new-clerk-pass")
    assert refused.value.issue.code == "login_inactive"
    assert dialog.toggle_active()
    assert cell(dialog, "wangfang", UsersTableModel.COL_ACTIVE) == "yes"


# --- the window as each role finds it -----------------------------------------------------------
@pytest.fixture
def window_of(qtbot: QtBot, staff: Store) -> Iterator[object]:
    def make(login: str, password: str) -> MainWindow:
        bundle = logged_in(staff, login, password)
        win = MainWindow(language="en", period=FEB)
        qtbot.addWidget(win)
        win.attach(workspace_of(bundle))
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make


def tree_names(win: MainWindow) -> list[str]:
    model = win.region_model
    assert model is not None
    names: list[str] = []

    def walk(parent: object) -> None:
        for row in range(model.rowCount(parent)):  # type: ignore[arg-type]
            index = model.index(row, 0, parent)  # type: ignore[arg-type]
            names.append(str(index.data()))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return names


def test_a_clerk_limited_to_a_county_finds_only_it_and_no_submit(window_of, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    win = window_of("wangfang", "clerk-pass-1")
    # The tree lists the way down to 通江县 and 通江县 alone; the return shown is 通江县's
    assert tree_names(win) == ["四川省", "巴中市", "通江县"]
    model = win.region_model
    prefecture = model.find(PREFECTURE)
    assert not model.flags(prefecture) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.find(TONGJIANG)) & Qt.ItemFlag.ItemIsSelectable
    assert win.current_region_and_period()[0].code == TONGJIANG
    # Submitting, reopening and the administrator's tools are off, and stay off on a reload
    page = win.page
    for action in (page.submit_action, page.reopen_action):
        assert not action.isEnabled()
    win.refresh()
    assert not page.submit_action.isEnabled()
    for action in (
        win.users_action,
        win.indicators_action,
        win.places_action,
        win.report_actions.templates_action,
    ):
        assert not action.isEnabled(), action.text()
    assert win.units_page is not None and not win.units_page.add_button.isEnabled()
    # The status bar names her and her role
    label = win.findChild(QLabel, "userLabel")
    assert label is not None and label.text() == "王芳 (clerk)"
    # Choosing 巴中市 (the way down) opens nothing and says why
    win.region_view.setCurrentIndex(prefecture)
    assert "巴中市" in win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: win.current_region_and_period()[0].code == TONGJIANG, timeout=2000)
    assert "通江县" in win.windowTitle()


def test_a_reviewer_may_submit_and_an_administrator_manages_users(window_of) -> None:  # type: ignore[no-untyped-def]
    reviewer = window_of("lisi", "review-pass-1")
    assert reviewer.page.submit_action.isEnabled()  # a draft
    assert not reviewer.users_action.isEnabled() and not reviewer.indicators_action.isEnabled()
    assert "四川省" in tree_names(reviewer) and "南江县" in tree_names(reviewer)
    admin = window_of("zhaomin", "admin-pass-1")
    for action in (
        admin.users_action,
        admin.indicators_action,
        admin.places_action,
        admin.report_actions.templates_action,
        admin.page.submit_action,
    ):
        assert action.isEnabled(), action.text()


def test_a_person_logged_in_changes_their_own_password(
    window_of,
    staff: Store,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    from desktop_app.ui.users_dialog import OwnPasswordDialog

    win = window_of("wangfang", "clerk-pass-1")
    assert win.own_password_action.isVisible() and win.own_password_action.isEnabled()
    assert win.bundle is not None and win.bundle.user is not None
    dialog = OwnPasswordDialog(win.bundle.users, win.bundle.user, win)
    qtbot.addWidget(dialog)
    # A wrong current password: said, nothing changed
    dialog.current_edit.setText("not-my-pass")
    dialog.password_edit.setText("clerk-pass-2")
    dialog.again_edit.setText("clerk-pass-2")
    dialog.try_change()
    assert dialog.refusal() == "The current password is wrong."
    assert logged_in(staff, "wangfang", "clerk-pass-1").user is not None
    # The right one: the new password is hers from now on, the old one is refused
    dialog.current_edit.setText("clerk-pass-1")
    dialog.try_change()
    assert dialog.result() == OwnPasswordDialog.DialogCode.Accepted
    assert logged_in(staff, "wangfang", "clerk-pass-2").person == "王芳"
    with pytest.raises(DomainError):
        logged_in(staff, "wangfang", "clerk-pass-1")


def test_a_single_pc_without_accounts_has_no_login_in_the_window(
    store: Store, qtbot: QtBot, backend: str
) -> None:
    if backend != "sqlite":
        return  # a server always asks who is working (test_login_dialog)
    store.set_home_region(TONGJIANG)
    bundle = bundle_for(store, "张晓燕", "en")
    assert not bundle.login_required and bundle.user is None
    win = MainWindow(language="en", period=FEB)
    qtbot.addWidget(win)
    win.attach(workspace_of(bundle))
    assert win.findChild(QLabel, "userLabel") is None
    assert not win.own_password_action.isVisible()
    # Everything is offered (the one implicit user may do everything), Users… included
    for action in (win.users_action, win.indicators_action, win.page.submit_action):
        assert action.isEnabled(), action.text()


def test_a_limited_person_opens_on_the_latest_period_of_their_own_region(
    staff: Store, admin: ServiceBundle, qtbot: QtBot
) -> None:
    # Given 通江县 keyed up to May and 南江县 only up to February, and 王芳 limited to 南江县
    admin.values.set_text(TONGJIANG, "A01", Period.month(2016, 5), "3")
    admin.values.set_text(NANJIANG, "A01", FEB, "2")
    admin.users.set_regions("wangfang", [NANJIANG])
    # When she opens the window (no period asked for)
    win = MainWindow(language="en")
    qtbot.addWidget(win)
    win.attach(workspace_of(logged_in(staff, "wangfang", "clerk-pass-1")))
    # Then it shows 南江县 in February, where her figures are, not the city's latest month
    region, period = win.current_region_and_period()
    assert region is not None and (region.code, period) == (NANJIANG, FEB)
