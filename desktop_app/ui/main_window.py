"""The main window: a region tree, a period, and the return of the chosen region and period.

The window is shown in two steps so that it appears at once: ``MainWindow()`` builds the frame
(menus, toolbar, an empty tree and a "opening the database" page) from Qt and the domain alone,
without SQLAlchemy or the services; ``attach(workspace)`` then adds the return pages and the
regions once the store is open, and emits ``loaded``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QWidget,
)

from desktop_app.domain.periods import Period
from desktop_app.ui.period_picker import PeriodPicker
from desktop_app.ui.settings import UserSettings, load_settings, save_settings

if TYPE_CHECKING:
    from desktop_app.domain.regions import Region
    from desktop_app.services.bundle import ServiceBundle
    from desktop_app.services.regions import RegionQueries
    from desktop_app.ui.map_view import MapWindow
    from desktop_app.ui.multi_unit import MultiUnitPage
    from desktop_app.ui.region_tree_model import RegionTreeModel
    from desktop_app.ui.return_page import ReturnPage, Services
    from desktop_app.ui.return_snapshot import ReturnSnapshot, SnapshotPage


def _hold_off(action: QAction) -> None:
    """Keep `action` off whatever its page does later (a page enables submit on every draft)."""
    action.setEnabled(False)
    action.changed.connect(lambda: action.setEnabled(False) if action.isEnabled() else None)


def last_month(today: date) -> Period:
    """Returns are made in the first days of a month for the month before."""
    return Period.month(today.year, today.month).previous()


def opening_period(regions: RegionQueries, home_region: str | None, today: date) -> Period:
    """The latest period with figures for the home region, else the period due now."""
    latest = regions.latest_period_with_data(home_region, today) if home_region else None
    return latest or last_month(today)


@dataclass(frozen=True)
class Workspace:
    """What the window shows once the store is open: the services, built once at start-up
    (services/bundle.py), and the home region."""

    bundle: ServiceBundle
    home_region: str | None
    database_label: str

    @property
    def regions(self) -> RegionQueries:
        return self.bundle.regions

    @cached_property
    def services(self) -> Services:
        """The return page's services, taken from the bundle."""
        from desktop_app.ui.return_page import Services

        bundle = self.bundle
        return Services(
            values=bundle.values,
            cells=bundle.cells,
            returns=bundle.returns,
            screen=bundle.screen,
            registers=bundle.registers,
        )

    @property
    def database_path(self) -> Path | None:  # for backups and restore
        return self.bundle.database_path


class MainWindow(QMainWindow):
    #: The store's regions and the first return are on screen.
    loaded = Signal()
    #: Before the store is open: the return as last displayed is on screen (show_snapshot).
    snapshot_shown = Signal()
    #: The clerk confirmed restoring this backup (a Path); the owner of the store restores it.
    restore_requested = Signal(object)

    def __init__(
        self,
        *,
        language: str = "zh_CN",
        period: Period | None = None,
        settings_store: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._regions: RegionQueries | None = None
        self._period = period or last_month(date.today())
        self._region_code: str | None = None
        self._home_region: str | None = None
        self._last_message = ""  # the last sentence _show_message put in the status bar
        self._settings_store = settings_store
        self._language = language
        self.page: ReturnPage | None = None
        self.bundle: ServiceBundle | None = None  # the services, once the store is open
        self._database_path: Path | None = None
        self.units_page: MultiUnitPage | None = None
        self.snapshot_page: SnapshotPage | None = None  # until the store is open

        # The frame touches no Qt.* enum: PySide builds that namespace lazily, and it costs more
        # than the rest of the frame. The tree's model comes with the workspace.
        self.region_model: RegionTreeModel | None = None
        self.region_view = QTreeView()
        self.region_view.setHeaderHidden(True)

        self.tabs = QTabWidget()
        self.opening_label = QLabel(self.tr("Opening the database…"))
        self.opening_label.setIndent(24)
        self.tabs.addTab(self.opening_label, self.tr("Return"))

        splitter = QSplitter()  # horizontal
        splitter.addWidget(self.region_view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([240, 960])
        self.setCentralWidget(splitter)

        self.period_picker = PeriodPicker(self._period, language)
        self.period_picker.period_chosen.connect(self.set_period)
        self.period_picker.message.connect(self._show_message)
        self.period_picker.finished.connect(lambda: self.focus_grid())
        self.period_label = self.period_picker.edit  # the period shown, as text
        self._period_given = period is not None
        # (action, key): a StandardKey name or a key sequence. Set in attach(): the first
        # shortcut makes PySide build Qt's enum types, which would delay the first frame.
        self._shortcuts: list[tuple[QAction, str]] = []
        self._build_toolbar()
        self._build_menus()
        self.refresh()
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self._fit_screen()

    def attach(self, workspace: Workspace) -> None:
        """Show the store's regions and returns; the home region's return is chosen."""
        from desktop_app.ui.multi_unit import MultiUnitPage
        from desktop_app.ui.region_tree_model import RegionTreeModel
        from desktop_app.ui.report_actions import ReportActions
        from desktop_app.ui.return_page import ReturnPage

        self._install_shortcuts()
        self.bundle = workspace.bundle
        services = workspace.services
        self._regions = workspace.regions
        self.page = ReturnPage(services, self._language, self)
        self.page.message.connect(self._show_message)
        self.page.status_changed.connect(self.refresh)
        self.units_page = MultiUnitPage(
            workspace.regions, workspace.bundle.screen, self._language, self
        )
        self.units_page.message.connect(self._show_message)
        self.units_page.regions_changed.connect(self._regions_added)
        self.tabs.removeTab(0)  # the opening label, or the snapshot
        self.opening_label.deleteLater()
        if self.snapshot_page is not None:
            self.snapshot_page.deleteLater()
            self.snapshot_page = None
        self.tabs.addTab(self.page, self.tr("Return"))
        self.tabs.addTab(self.units_page, self.tr("By township"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        actions = self.page.actions_for_menu()
        self.edit_menu.insertActions(self.find_action, actions[:3])
        self.return_menu.addActions(actions[3:])
        self.report_actions = ReportActions(
            workspace,
            self.current_region_and_period,
            self,
            language=self._language,
            settings_store=self._settings_store,
        )
        self.report_actions.message.connect(self._show_message)
        self.report_actions.values_changed.connect(self.refresh)
        for action in self.report_actions.actions():
            if action is None:
                self.reports_menu.addSeparator()
            else:
                self.reports_menu.addAction(action)
        self.evaluation_action = QAction(self.tr("Demonstration self-evaluation…"), self)
        self.evaluation_action.triggered.connect(lambda: self.evaluate_demonstration())
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(self.evaluation_action)
        self.indicators_action = QAction(self.tr("Indicators…"), self)
        self.indicators_action.triggered.connect(lambda: self.manage_indicators())
        self.data_menu.addAction(self.indicators_action)
        self.places_action = QAction(self.tr("Townships and villages…"), self)
        self.places_action.triggered.connect(lambda: self.manage_places())
        self.data_menu.addAction(self.places_action)
        self.targets_action = QAction(self.tr("Annual targets…"), self)
        self.targets_action.triggered.connect(lambda: self.manage_targets())
        self.data_menu.addAction(self.targets_action)
        self.targets_report_action = QAction(self.tr("Targets and progress (PDF)…"), self)
        self.targets_report_action.triggered.connect(lambda: self.report_targets())
        self.reports_menu.addAction(self.targets_report_action)
        self.map_action = QAction(self.tr("Map…"), self)  # on at a county and above
        self.map_action.setShortcut(QKeySequence("Ctrl+M"))
        self.map_action.triggered.connect(lambda: self.show_map())
        self.reports_menu.addAction(self.map_action)
        self.map_window: MapWindow | None = None
        from desktop_app.ui.registers_window import RegisterActions

        self.register_actions = RegisterActions(
            self,
            workspace.bundle,
            self.registers_county,
            self._show_message,
            year=lambda: self._period.year,
        )
        self.registers_menu.addActions(self.register_actions.actions())
        self.registers_menu.aboutToShow.connect(self.register_actions.update_counts)
        self.register_actions.rows_changed.connect(self.refresh)  # derived counts follow
        self.registers_menu.addSeparator()
        self.standards_action = QAction(self.tr("Demonstration units…"), self)
        self.standards_action.triggered.connect(lambda: self.manage_standards())
        self.registers_menu.addAction(self.standards_action)
        if workspace.database_path is not None:  # a server's stays in its own label
            self.statusBar().showMessage(
                self.tr("Database: %1").replace("%1", workspace.database_label)
            )
        self._database_path = workspace.database_path
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(workspace.database_path is not None)
        if workspace.database_path is None:  # a server: said for as long as the window is open
            self._show_server(workspace.database_label)
        self._apply_role()

        self.region_model = RegionTreeModel(self)
        self.region_view.setModel(self.region_model)
        home_region = self._home_region = workspace.home_region
        self._load_regions(home_region)
        start = self._opening_index()
        if not self._period_given:
            self._period = self._opening_period(start)
            self.period_picker.set_period(self._period)
        self.region_view.selectionModel().currentChanged.connect(self._region_chosen)
        self.region_view.selectionModel().currentChanged.connect(lambda *_: self._allow_map())
        self.region_view.setCurrentIndex(start)
        self.region_view.expand(start.parent())
        # A region clicked or chosen with Enter is for typing in; ↓ in the tree only browses.
        self.region_view.clicked.connect(lambda _index: self.focus_grid())
        self.region_view.activated.connect(lambda _index: self.focus_grid())
        self.focus_grid()
        self.loaded.emit()

    def _opening_index(self) -> QModelIndex:
        """The region the window opens on: the home region, else the first the person may open
        (a person limited to other regions)."""
        assert self.region_model is not None
        home = self._home_region
        start = self.region_model.find(home) if home else QModelIndex()
        if not start.isValid() or not self.region_model.is_open(start):
            start = self.region_model.first_open()
        return start

    def _opening_period(self, start: QModelIndex) -> Period:
        assert self.region_model is not None and self._regions is not None
        shown = self.region_model.region_at(start)
        opening = shown.code if shown is not None else self._home_region
        return opening_period(self._regions, opening, date.today())

    # --- the snapshot of the return opened (ui/return_snapshot.py) --------------------------------
    def show_snapshot(self, snapshot: ReturnSnapshot) -> bool:
        """Before the store is open: `snapshot`, the return as last displayed, read-only and
        marked as loading, in the place of the opening label; attach() replaces it with the
        live page. False (nothing shown) once the store is open."""
        from desktop_app.ui.return_snapshot import SnapshotPage

        if self.page is not None or self.snapshot_page is not None:
            return False
        self.snapshot_page = SnapshotPage(snapshot)
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, self.snapshot_page, self.tr("Return"))
        self.tabs.setCurrentIndex(0)
        self.setWindowTitle(snapshot.title)
        if not self._period_given:
            self.period_picker.set_period(Period.from_code(snapshot.period_code))
        self.snapshot_shown.emit()
        return True

    def drop_snapshot(self) -> None:
        """The opening label again in the place of a snapshot: the file was refused, or it
        needs its first-run setup, or it asks who is working (its figures are for the person
        who logs in only), or an error was met before the live page."""
        if self.snapshot_page is None:
            return
        self.tabs.removeTab(0)
        self.snapshot_page.deleteLater()
        self.snapshot_page = None
        self.tabs.insertTab(0, self.opening_label, self.tr("Return"))
        self.setWindowTitle("")
        self.period_picker.set_period(self._period)

    def opening_snapshot(self, database: str, *, go_there: bool) -> ReturnSnapshot | None:
        """The return the window opens on, as the page displays it, for the next start to show
        before its store is open (ui/return_snapshot.py). When the page shows another return,
        it is moved to that one if `go_there` (the window is closing), else None. None too
        for a database with staff accounts, or before the store is open."""
        from desktop_app.ui.return_snapshot import take_snapshot

        page = self.page
        if page is None or self.bundle is None or self.region_model is None:
            return None
        if self.bundle.login_required:
            return None
        start = self._opening_index()
        region = self.region_model.region_at(start)
        if region is None:
            return None
        period = self._period if self._period_given else self._opening_period(start)
        if (page.region_code, page.period) != (region.code, period):
            if not go_there:
                return None
            page.load(region.code, period)
        return take_snapshot(
            page.view,
            database=database,
            language=self._language,
            region_code=region.code,
            period_code=period.code,
            title=self._title(str(start.data() or region.code), period),
            state=page.status_line.text(),
        )

    def _apply_role(self) -> None:
        """What the person logged in may not do is off: submitting and reopening for a 填报员;
        the accounts, the catalogue, the townships and the templates for all but a 管理员. The
        services refuse them anyway; the window does not offer them. With a person logged in,
        the status bar names them and their role."""
        from desktop_app.domain.users import Action
        from desktop_app.i18n import role_text

        assert self.bundle is not None and self.page is not None
        access = self.bundle.access
        gated = [
            (self.users_action, Action.MANAGE_USERS),
            (self.indicators_action, Action.MANAGE_INDICATORS),
            (self.places_action, Action.MANAGE_REGIONS),
            (self.report_actions.templates_action, Action.MANAGE_TEMPLATES),
            (self.page.submit_action, Action.SUBMIT),
            (self.page.reopen_action, Action.REOPEN),
        ]
        self.users_action.setEnabled(True)
        for action, needed in gated:
            if not access.may(needed):
                _hold_off(action)
        if self.units_page is not None and not access.may(Action.MANAGE_REGIONS):
            self.units_page.add_button.setEnabled(False)
        user = self.bundle.user
        self.own_password_action.setVisible(user is not None)
        if user is not None:
            self.user_label = QLabel(
                self.tr("%1 (%2)").replace("%1", user.name).replace("%2", role_text(user.role))
            )
            self.user_label.setObjectName("userLabel")
            self.statusBar().addPermanentWidget(self.user_label)

    def manage_users(self) -> None:
        """用户管理: the staff accounts (a 管理员's)."""
        from desktop_app.ui.users_dialog import open_users

        if self.bundle is None:
            return
        open_users(self, self.bundle.users, self.bundle.regions, self._home_region)

    def change_own_password(self) -> bool:
        """The person logged in changes their own password (the current one asked first)."""
        from desktop_app.ui.users_dialog import OwnPasswordDialog

        user = self.bundle.user if self.bundle is not None else None
        if self.bundle is None or user is None:
            return False
        dialog = OwnPasswordDialog(self.bundle.users, user, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        self._show_message(self.tr("Your password was changed."), False)
        return True

    def _show_server(self, address: str) -> None:
        """The server's address (its password hidden) in a permanent label of the status bar;
        the file actions (backups, restore) say why they are off."""
        self.server_label = QLabel(self.tr("Server: %1").replace("%1", address))
        self.server_label.setObjectName("serverLabel")
        self.statusBar().addPermanentWidget(self.server_label)
        why = self.tr("The server's database is backed up by the bureau's IT helper (pg_dump).")
        for action in (self.backup_action, self.restore_action):
            action.setToolTip(why)
            action.setStatusTip(why)

    def _fit_screen(self) -> None:
        """1280×760 where the screen has room; on a 1366×768 laptop, what it leaves for the
        window (the task bar and the title bar take their share), so the status bar shows."""
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 760)
            return
        room = screen.availableGeometry()
        title_bar = 32  # the window manager's frame is not known before the window is shown
        width = min(1280, room.width())
        height = min(760, room.height() - title_bar)
        self.resize(width, height)
        self.move(
            room.x() + (room.width() - width) // 2,
            room.y() + max(0, (room.height() - height - title_bar) // 2),
        )

    def _clear_stale_message(self) -> None:
        """A message about the last region or period (a save, a refusal) goes once another
        return is shown; one about the database (who else has it open) stays."""
        if self._last_message and self.statusBar().currentMessage() == self._last_message:
            self.statusBar().clearMessage()
        self._last_message = ""

    def focus_grid(self) -> None:
        """The keyboard goes to the grid shown, on its cell to type."""
        page = self.tabs.currentWidget()
        view = getattr(page, "view", None)
        if view is not None:
            if not view.currentIndex().isValid():
                view.go_to(view.first_editable())
            view.setFocus()

    def _install_shortcuts(self) -> None:
        for action, key in self._shortcuts:
            standard = getattr(QKeySequence.StandardKey, key, None)
            action.setShortcut(QKeySequence(standard if standard is not None else key))
        self._shortcuts.clear()

    # --- building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Period"))
        bar.setObjectName("periodToolbar")
        bar.setMovable(False)
        # The picker's ◀ ▶ step by the period shown (month, quarter, half-year or year).
        self.previous_action = QAction(self.tr("Previous period"), self)
        self._shortcuts.append((self.previous_action, "Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self.period_picker.step(-1))
        self.next_action = QAction(self.tr("Next period"), self)
        self._shortcuts.append((self.next_action, "Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self.period_picker.step(1))
        self.go_to_period_action = QAction(self.tr("Go to period…"), self)
        self._shortcuts.append((self.go_to_period_action, "Ctrl+G"))
        self.go_to_period_action.triggered.connect(self.period_picker.focus_box)
        self.addActions([self.previous_action, self.next_action, self.go_to_period_action])
        bar.addWidget(self.period_picker)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        save = QAction(self.tr("Save"), self)
        self._shortcuts.append((save, "Save"))
        save.triggered.connect(
            lambda: self._show_message(self.tr("Every change is saved as you type."), False)
        )
        settings_action = QAction(self.tr("Settings…"), self)
        self._shortcuts.append((settings_action, "Ctrl+,"))
        settings_action.triggered.connect(self.edit_settings)
        quit_action = QAction(self.tr("Quit"), self)
        # Ctrl+Q itself: Qt binds its standard Quit key under GNOME, KDE and macOS, not on Windows.
        self._shortcuts.append((quit_action, "Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self.tr("Back up the database…"), self)
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action = QAction(self.tr("Restore a backup…"), self)
        self.restore_action.triggered.connect(self.show_backups)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(False)  # once the store is open
        self.users_action = QAction(self.tr("Users…"), self)
        self.users_action.triggered.connect(lambda: self.manage_users())
        self.users_action.setEnabled(False)  # once the store is open, for a 管理员
        self.own_password_action = QAction(self.tr("Change my password…"), self)
        self.own_password_action.triggered.connect(lambda: self.change_own_password())
        self.own_password_action.setVisible(False)  # for a person logged in
        file_menu.addActions([save, settings_action, self.users_action, self.own_password_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        find = self.find_action = QAction(self.tr("Find indicator…"), self)
        self._shortcuts.append((find, "Find"))
        find.triggered.connect(self.find_indicator)
        self.edit_menu.addAction(find)
        self.return_menu = bar.addMenu(self.tr("&Return"))
        self.reports_menu = bar.addMenu(self.tr("Re&ports"))
        # 台账: the lists behind the counts; 基础资料: townships, villages and the indicators.
        # Their actions are added in attach(), once the store is open.
        self.registers_menu = bar.addMenu(self.tr("Re&gisters"))
        self.data_menu = bar.addMenu(self.tr("&Data"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("Keyboard help"), self)
        self._shortcuts.append((help_action, "HelpContents"))
        help_action.triggered.connect(self.show_help)
        help_menu.addAction(help_action)
        for action in (save, settings_action, quit_action, find, help_action):
            self.addAction(action)

    def edit_settings(self) -> UserSettings | None:
        """The people printed on returns and the language; stored in the user's settings."""
        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(load_settings(self._settings_store), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        save_settings(chosen, self._settings_store)
        self.set_person(chosen.person())
        self._show_message(self.tr("Settings saved."), False)
        return chosen

    def manage_indicators(self) -> None:
        """指标管理: the bureau's own indicators; after a change the return shown is read again
        (its catalogue with it)."""
        from desktop_app.ui.indicators_dialog import IndicatorsDialog

        if self.bundle is None:
            return
        dialog = IndicatorsDialog(self.bundle.catalogue, self._language, self)
        dialog.catalogue_changed.connect(self.refresh)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def manage_targets(self) -> None:
        """年度目标: the targets of the region shown (or the home region) for the period's year,
        measured at the end of its last month; the return is read again after a change."""
        from desktop_app.ui.targets_dialog import TargetsDialog

        region = self._region_code or self._home_region
        if self.bundle is None or not region:
            return
        period = self._period
        dialog = TargetsDialog(self.bundle.targets, region, period.year, period.end_month, self)
        dialog.targets_changed.connect(self.refresh)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def report_targets(self, target: Path | None = None) -> Path | None:
        """年度目标完成情况 of the region shown for the period's year at the end of its last
        month, as a PDF where the clerk chooses."""
        from desktop_app.domain.issues import DomainError
        from desktop_app.i18n import issue_message

        region = self._region_code or self._home_region
        if self.bundle is None or not region:
            return None
        period = self._period
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Targets and progress"),
                str(Path.home() / f"{region}-{period.year}-targets.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            chosen_font = load_settings(self._settings_store).report_font
            font = self.bundle.reports_with_font(chosen_font).font()
            self.bundle.targets.write_report(
                region, period.year, period.end_month, target, font=font, language=self._language
            )
        except DomainError as exc:
            self._show_message(issue_message(exc.issue), True)
            return None
        self._show_message(self.tr("Report written: %1").replace("%1", str(target)), False)
        return target

    def manage_places(self) -> None:
        """乡镇和村: the townships and villages of the county shown (or the home county); the
        region tree and 乡镇分列 are read again after a change."""
        from desktop_app.ui.places_dialog import PlacesDialog

        if self._regions is None:
            return
        shown = self._region_code or self._home_region
        county = self._regions.county_of(shown) if shown else None
        if county is None and self._home_region:
            county = self._regions.county_of(self._home_region)
        if county is None:
            self._show_message(
                self.tr("Choose a county first: townships are kept under one."), True
            )
            return
        dialog = PlacesDialog(self._regions, county, self)
        dialog.regions_changed.connect(self._places_changed)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def evaluate_demonstration(self) -> None:
        """综合示范自评 of the county shown (or the one it lies in, or the home county)."""
        from desktop_app.ui.evaluation_dialog import open_evaluation

        county = self.registers_county()
        if self.bundle is None or county is None:
            self._show_message(
                self.tr("Choose a county first: the self-evaluation is a county's."), True
            )
            return
        open_evaluation(self.bundle, county, self, self._settings_store)

    def manage_standards(self) -> None:
        """示范单位评定: the candidates of the county shown (or the home county) checked against
        the province's demonstration standards, its prefecture's list and the review calendar."""
        from desktop_app.ui.standards_dialog import open_standards

        if self.bundle is None or self._regions is None:
            return
        county = self.registers_county()
        if county is None:
            self._show_message(
                self.tr("Choose a county first: candidates are kept under one."), True
            )
            return
        open_standards(self, self.bundle, county, self._regions.get(county).name)

    def set_person(self, person: str | None) -> None:
        """The 填表人 the audit and the locks name from now on (the login name when empty): a
        change in the settings counts at once, not at the next start."""
        if self.bundle is not None:
            self.bundle.set_person(person)

    # --- backups ---------------------------------------------------------------------------------
    def back_up(self, target: Path | None = None) -> Path | None:
        """A copy of the database at a place the clerk chooses (a USB stick, say); by default
        the backups folder beside it."""
        from desktop_app.domain.issues import DomainError
        from desktop_app.i18n import issue_message
        from desktop_app.services.backups import BackupKind, backups_folder, make_backup

        if self._database_path is None:
            return None
        if target is None:
            folder = backups_folder(self._database_path)
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Back up the database"),
                str(folder / f"{self._database_path.stem}-{date.today():%Y%m%d}.sqlite3"),
                self.tr("Xianbao databases (*.sqlite3)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        in_folder = target.parent == backups_folder(self._database_path)
        try:
            copy = make_backup(
                self._database_path, BackupKind.MANUAL, None if in_folder else target
            )
        except DomainError as exc:
            self._show_message(issue_message(exc.issue), True)
            return None
        self._show_message(self.tr("Backup written: %1").replace("%1", str(copy)), False)
        return copy

    def show_backups(self) -> None:
        """The backups with what each holds; restoring one closes and reopens the database."""
        from desktop_app.ui.backup_dialog import BackupDialog

        if self._database_path is None:
            return
        dialog = BackupDialog(self._database_path, self._language, self)
        dialog.restore_requested.connect(self.restore_requested)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _show_message(self, text: str, refused: bool) -> None:
        """In the status bar and in the message line of the page shown, which stays on screen
        however small the window."""
        self.statusBar().showMessage(text, 0 if refused else 8000)
        self._last_message = text
        page = self.tabs.currentWidget()
        show = getattr(page, "show_message", None)
        if show is not None:
            show(text, refused)

    def find_indicator(self) -> None:
        if self.page is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Find indicator"), self.tr("Code or part of the name:")
        )
        if ok and text.strip():
            self.go_to_indicator(text.strip())

    def go_to_indicator(self, text: str) -> bool:
        if self.page is None:
            return False
        model = self.page.model
        for row in range(model.rowCount()):
            code = model.index(row, 0).data(model.CodeRole)
            name = str(model.index(row, model.COL_NAME).data() or "")
            if code and (str(code).lower() == text.lower() or text in name):
                self.page.view.go_to(model.index(row, model.keyed_column(model.row_at(row))))
                self.page.view.setFocus()
                return True
        self._show_message(self.tr("No indicator matches “%1”.").replace("%1", text), True)
        return False

    def show_help(self) -> None:
        """The keyboard help: the keys in a column, what each does beside it."""
        import html

        rows = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(keys)}</b></td>"
            f"<td>{html.escape(name)}</td></tr>"
            for keys, name in self.keyboard_keys()
        )
        intro, outro = self._help_sentences()
        QMessageBox.information(
            self,
            self.tr("Keyboard help"),
            f"<p>{html.escape(intro)}</p><table>{rows}</table><p>{html.escape(outro)}</p>",
        )

    def keyboard_help_text(self) -> str:
        """The keyboard help as plain text: one line per key, "keys  what it does"."""
        intro, outro = self._help_sentences()
        lines = [f"{keys}  {name}" for keys, name in self.keyboard_keys()]
        return "\n".join([intro, *lines, outro])

    def _help_sentences(self) -> tuple[str, str]:
        return (
            self.tr(
                "Type a number to fill the selected cell; Enter saves it and moves down, "
                "Tab moves right. Full-width digits are fine; 无 means not applicable."
            ),
            self.tr(
                "In the period box type 2025-03, 2025年3月, 2025Q1 or 2025年上半年 and press "
                "Enter; the previous and next period keys step by the kind of period shown "
                "(month, quarter, half-year or year)."
            ),
        )

    def keyboard_keys(self) -> list[tuple[str, str]]:
        """The keys of the window as its actions have them now, so the help cannot go stale:
        paste (a key of the grid, no action), then one entry per action with a shortcut, in
        menu order, then the window's own."""
        native = QKeySequence.SequenceFormat.NativeText
        keys = [
            (
                QKeySequence(QKeySequence.StandardKey.Paste).toString(native),
                self.tr("Paste figures copied from Excel or WPS"),
            )
        ]
        seen: set[int] = set()
        for action in self._actions_with_keys():
            if id(action) in seen or action.shortcut().isEmpty():
                continue
            seen.add(id(action))
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            keys.append((action.shortcut().toString(native), name.rstrip("…").strip()))
        return keys

    def _actions_with_keys(self) -> list[QAction]:
        """The menus' actions (submenus included) in the order shown, then the window's own."""
        found: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = action.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                elif not action.isSeparator() and action.isVisible():
                    found.append(action)

        walk(self.menuBar().actions())
        found.extend(action for action in self.actions() if action.isVisible())
        return found

    def _regions_added(self, under: str) -> None:
        """A township or village was added: the tree shows it, the region shown stays chosen."""
        assert self.region_model is not None
        current = self._region_code
        self.region_view.selectionModel().blockSignals(True)
        try:
            self._load_regions(self._home_region)
            index = self.region_model.find(current or under)
            if not index.isValid():  # the region shown was retired: its county is shown
                index = self.region_model.find(under)
                self._region_code = under
            self.region_view.setCurrentIndex(index)
            self.region_view.expand(index)
        finally:
            self.region_view.selectionModel().blockSignals(False)

    def _places_changed(self, county: str) -> None:
        """Townships or villages were renamed, retired, reinstated or imported: the tree and
        the page shown are read again."""
        self._regions_added(county)
        self.refresh()

    def _load_regions(self, home_region: str | None) -> None:
        assert self._regions is not None and self.region_model is not None
        regions = self._regions.tree(home_region)
        # A person limited to some regions sees the way down to them, but opens only theirs.
        limited = self.bundle is not None and self.bundle.access.limited
        self.region_model.set_regions(regions, self._regions.covers if limited else None)

    # --- reacting ------------------------------------------------------------------------------
    def _region_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        assert self.region_model is not None
        code = current.data(self.region_model.CodeRole)
        if code and not self.region_model.is_open(current):
            self._show_message(
                self.tr("%1 is listed as the way to your regions; you work only on those.").replace(
                    "%1", str(current.data())
                ),
                True,
            )
            # The region shown stays the one chosen (reports and exports take the chosen one).
            shown = self.region_model.find(self._region_code) if self._region_code else None
            if shown is not None and shown.isValid():
                QTimer.singleShot(0, lambda: self.region_view.setCurrentIndex(shown))
            return
        if code:
            self._region_code = str(code)
            self._clear_stale_message()
            self.refresh()

    def set_period(self, period: Period) -> None:
        if period != self._period:
            self._clear_stale_message()
        self._period = period
        self.period_picker.set_period(period)
        self.refresh()

    # --- the map (issue 16) --------------------------------------------------------------------
    def _allow_map(self) -> None:
        from desktop_app.domain.regions import RegionLevel

        region, _period = self.current_region_and_period()
        drawn = (RegionLevel.COUNTY, RegionLevel.PREFECTURE, RegionLevel.PROVINCE)
        self.map_action.setEnabled(region is not None and region.level in drawn)

    def show_map(self) -> MapWindow | None:
        """地图 of the prefecture or province shown (a county clicked there opens its return
        here), or of the county shown with its service points."""
        from desktop_app.ui.map_view import open_map

        region, period = self.current_region_and_period()
        if self.bundle is None or region is None or not self.map_action.isEnabled():
            return None
        known = self.map_window
        self.map_window = open_map(self.bundle.maps, region, period, self._language, self, known)
        if known is None:
            self.map_window.return_requested.connect(self.show_return)
        return self.map_window

    def show_return(self, code: str, period: Period) -> None:
        """The return of `code` for `period`, chosen in the region tree as a clerk would."""
        index = self.region_model.find(code) if self.region_model is not None else None
        if index is None or not index.isValid() or self.page is None:
            return
        if index == self.region_view.currentIndex():
            self.set_period(period)
        else:
            self._period = period  # loaded once, with the region
            self.period_picker.set_period(period)
            self.region_view.expand(index.parent())
            self.region_view.setCurrentIndex(index)
        self.tabs.setCurrentWidget(self.page)
        self.raise_()
        self.activateWindow()
        self.focus_grid()

    def current_region_and_period(self) -> tuple[Region | None, Period]:
        if self.region_model is None:
            return None, self._period
        return self.region_model.region_at(self.region_view.currentIndex()), self._period

    def registers_county(self) -> str | None:
        """The county whose registers (台账) open: the region shown, or the county it lies in;
        above county level, the home region if it is a county. None when there is none."""
        from desktop_app.domain.regions import RegionLevel

        if self._regions is None:
            return None
        region, _period = self.current_region_and_period()
        for code in (region.code if region else None, self._home_region):
            if not code:
                continue
            for found in self._regions.lineage(code):
                if found.level is RegionLevel.COUNTY:
                    return found.code
        return None

    @property
    def period(self) -> Period:
        return self._period

    def refresh(self) -> None:
        if self._region_code is None or self.page is None or self.units_page is None:
            return
        if self.tabs.currentWidget() is self.units_page:
            self.units_page.load(self._region_code, self._period)
        else:
            self.page.load(self._region_code, self._period)
        name = str(self.region_view.currentIndex().data() or self._region_code)
        self.setWindowTitle(self._title(name, self._period))

    def _title(self, region_name: str, period: Period) -> str:
        label = period.label_en if self._language == "en" else period.label_zh
        return self.tr("Xianbao — %1, %2").replace("%1", region_name).replace("%2", label)
