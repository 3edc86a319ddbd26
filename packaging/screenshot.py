"""The screenshot set: the main window, each dialog, the template editor and the print previews,
in Chinese and in English, for the README and for looking at before a release.

One command makes the whole set under Xvfb with a 1366×768 screen (about a minute; under two on a
busy machine), replacing the files of the same names:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshot.py docs/screenshots

Files are ``<screen>_<language>.png`` with language ``zh_CN`` or ``en`` (the list is SCREENS).
Each language runs in its own process, started as the program starts (the language's date
locale, then the QApplication and its translators), with its own database and its own settings
and data folders in a temporary directory: the user's real settings are never read or written.
The program is then used as a clerk uses it: the first-run setup chooses the demo county (the
first language does; the second opens a copy of the database it filled), figures are typed with
key events, a return is exported, changed in the workbook and imported back, and the return is
submitted with a 情况说明. Dialogs are photographed from the screen while they are open over the
main window, then closed; what is seen is what a clerk sees, without title bars (Xvfb has no
window manager).

A dialog that does not open, or one that was not expected (it is named, and a question is
answered with its destructive choice so the run goes on), makes the command fail at the end.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QRadioButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop_app.app import bundle_for, first_run, share_store, workspace_of
from desktop_app.domain.periods import Period
from desktop_app.i18n import translate
from desktop_app.services.backups import backups_folder
from desktop_app.services.store import open_sqlite_store
from desktop_app.ui.language import install_translators, use_language_locale
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UserSettings, load_settings, save_settings
from desktop_app.ui.setup_dialog import run_setup_dialog

LANGUAGES = ("zh_CN", "en")
COUNTY = "511921"  # 通江县, the demo county
PREFECTURE = "511900"  # 巴中市, for the city summary
#: Every screen of the set, in the order it is made (the file is <screen>_<language>.png).
SCREENS = (
    "setup_dialog",
    "main_window",
    "period_picker",
    "quarter_view",
    "townships",
    "add_township",
    "registers_window",
    "register_form",
    "settings_dialog",
    "keyboard_help",
    "find_indicator",
    "import_preview",
    "imports_dialog",
    "file_dialog",
    "refused_entry",
    "cell_history",
    "explanation_dialog",
    "locked_return",
    "reopen_dialog",
    "backups",
    "template_editor_cell",
    "template_editor_template",
    "print_preview_summary",
    "print_preview_forms",
    "print_preview_completeness",
    "print_preview_city_summary",
    "indicators_dialog",
    "indicator_form",
    "places_dialog",
    "targets_dialog",
    "standards_dialog",
    "evaluation_dialog",
    "users_dialog",
    "login_dialog",
)
#: The people the settings hold; the 填表人 is who the audit trail and the lock name.
PEOPLE = {
    "unit_head": "王建国",
    "statistics_head": "李秀英",
    "preparer": "张晓燕",
    "phone": "0827-7221234",
}
#: Seconds one language may take before it is stopped (a dialog that never closes, say).
TIMEOUT = 300


def main(out_dir: Path) -> int:
    """Make the set for every language, each in a process of its own."""
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="xianbao-shots-") as shared:
        for language in LANGUAGES:
            with tempfile.TemporaryDirectory(prefix="xianbao-shots-") as folder:
                env = dict(os.environ)
                for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
                    env[name] = str(Path(folder) / name.lower())
                env.setdefault("QT_QPA_PLATFORM", "xcb")
                command = [sys.executable, __file__, "--language", language, str(out_dir)]
                command += [folder, shared]
                try:
                    run = subprocess.run(command, env=env, timeout=TIMEOUT, check=False)
                    failed += run.returncode != 0
                except subprocess.TimeoutExpired:
                    print(f"{language}: stopped after {TIMEOUT} s", file=sys.stderr)
                    failed += 1
    return 1 if failed else 0


def shoot_language(language: str, out_dir: Path, folder: Path, shared: Path) -> int:
    """The whole set in one language (this process's only one). The first language fills the
    demo county through the first-run setup and leaves a copy of it in `shared` for the next,
    which opens that copy (filling it again would double the time the set takes)."""
    use_language_locale(language)  # before the QApplication, as the program does
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Xianbao")
    install_translators(language)
    app.setApplicationDisplayName(translate("App", "Xianbao"))
    session = Session(app, language, out_dir, folder, shared / "demo.sqlite3")
    session.run()
    missing = [s for s in SCREENS if s not in session.taken]
    for screen in missing:
        print(f"{language}: {screen} was not taken", file=sys.stderr)
    return 1 if missing or session.unexpected or session.failed_steps else 0


Handler = Callable[[QDialog], None]


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of an open SQLite database (its WAL included)."""
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()


class Session:
    """One language's run through the program, screen by screen."""

    def __init__(
        self, app: QApplication, language: str, out_dir: Path, folder: Path, demo: Path
    ) -> None:
        self.app = app
        self.demo = demo
        self.language = language
        self.out_dir = out_dir
        self.folder = folder
        self.database = folder / "xianbao.sqlite3"
        self.taken: list[str] = []
        self.started = time.monotonic()
        self.unexpected = 0
        self.failed_steps: list[str] = []
        self.window = MainWindow(language=language)

    # --- the camera ------------------------------------------------------------------------
    @staticmethod
    def settle(ms: int = 150) -> None:
        """Let Qt lay out and paint (and a worker thread deliver its signals)."""
        QTest.qWait(ms)

    def snap(self, screen: str, *over: QWidget) -> None:
        """The part of the screen the main window covers, with `over` (dialogs, popups) on it."""
        assert screen in SCREENS, screen
        self.settle()
        area = QRect()
        for widget in (self.window, *over):
            if widget.isVisible():
                area = area.united(widget.frameGeometry())
        desktop = self.app.primaryScreen()
        area = area.intersected(desktop.geometry())
        image = desktop.grabWindow(0, area.x(), area.y(), area.width(), area.height())
        target = self.out_dir / f"{screen}_{self.language}.png"
        image.save(str(target))
        self.taken.append(screen)
        print(f"{time.monotonic() - self.started:5.1f} s {target} {image.width()}×{image.height()}")

    def unexpected_dialog(self, widget: QWidget) -> None:
        """Named on stderr and closed; a question is answered with its destructive choice
        (Discard), so that what asked it goes on closing."""
        self.unexpected += 1
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        name = f"{type(widget).__name__} “{widget.windowTitle()}” {text}"
        print(f"{self.language}: an unexpected dialog: {name}", file=sys.stderr)
        if isinstance(widget, QMessageBox):
            for button in widget.buttons():
                if widget.buttonRole(button) is QMessageBox.ButtonRole.DestructiveRole:
                    button.click()
                    return
        widget.close()

    def while_open(
        self, trigger: Callable[[], object], *handlers: Handler, expect_boxes: bool = False
    ) -> object:
        """Call `trigger`, which opens modal dialogs and returns once they are closed; each
        dialog that opens goes to the next handler, which must close it. Progress dialogs are
        left to finish. A dialog beyond the handlers is named as unexpected and closed; a
        handler left over means a dialog did not open: both fail the run. Message boxes count
        as dialogs only with `expect_boxes`."""
        queue = list(handlers)
        seen: list[QWidget] = []
        running = True

        def poll() -> None:
            if not running:
                return
            widget = QApplication.activeModalWidget()
            # Polled again while a handler runs: closing a dialog may open another (a question).
            QTimer.singleShot(50, poll)
            if (
                widget is None
                or isinstance(widget, QProgressDialog)
                or not widget.isVisible()
                or any(widget is old for old in seen)
            ):
                return
            seen.append(widget)
            self.settle()
            expected = isinstance(widget, QDialog) and (
                expect_boxes or not isinstance(widget, QMessageBox)
            )
            if queue and expected:
                assert isinstance(widget, QDialog)
                queue.pop(0)(widget)
            else:
                self.unexpected_dialog(widget)

        QTimer.singleShot(0, poll)
        try:
            result = trigger()
        finally:
            running = False
        if queue:
            raise RuntimeError(f"{self.language}: {len(queue)} dialog(s) did not open")
        self.window.activateWindow()
        self.settle()
        return result

    def shot_and_close(self, screen: str, accept: bool = False, wait: int = 0) -> Handler:
        def handle(dialog: QDialog) -> None:
            self.settle(wait)
            self.snap(screen, dialog)
            if accept:
                dialog.accept()
            else:
                dialog.reject()

        return handle

    # --- the clerk's keys -----------------------------------------------------------------
    def focused(self) -> QWidget:
        return QApplication.focusWidget() or self.window.focusWidget() or self.window

    def type_keys(self, text: str, enter: bool = True) -> None:
        """Keys as a clerk types them, each to the widget that has the focus then."""
        for char in text:
            QTest.keyClicks(self.focused(), char)
        if enter:
            self.key(Qt.Key.Key_Return)
        self.settle()

    def key(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.focused(), key, modifiers)

    def action(self, shortcut: str = "", text: str = "") -> QAction:
        """The window's action with this key (as a clerk presses it) or this menu text."""
        key = QKeySequence(shortcut) if shortcut else None
        for found in self.window.findChildren(QAction):
            if key is not None and key in found.shortcuts():
                return found
            if text and found.text().replace("&", "") == text:
                return found
        raise LookupError(f"no action {shortcut or text!r}")

    def press(self, shortcut: str, *handlers: Handler) -> None:
        """The action of a shortcut, with the dialogs it opens."""
        self.while_open(self.action(shortcut).trigger, *handlers)

    # --- the run ----------------------------------------------------------------------------
    def run(self) -> None:
        exports = self.folder / "exports"
        exports.mkdir()
        filled = self.demo.exists()
        bureau = "通江县商务局" if filled else ""  # as the setup chose it, or to be chosen
        save_settings(
            UserSettings(
                language=self.language,
                export_folder=str(exports),
                bureau_name=bureau,
                **PEOPLE,
            )
        )
        if filled:
            copy_database(self.demo, self.database)
        window = self.window
        window.show()
        window.activateWindow()
        self.settle()
        store = open_sqlite_store(self.database)
        try:
            # As the program starts: the services built once, the first-run setup (where the
            # clerk chooses the demo county), then the window is given them.
            bundle = bundle_for(store, load_settings().person(), self.language)
            if filled:  # the setup as it opens; the county is there already
                regions, settings = bundle.regions, load_settings()
                self.while_open(
                    lambda: run_setup_dialog(regions, settings, window),
                    self.shot_and_close("setup_dialog"),
                )
            else:
                self.while_open(
                    lambda: first_run(bundle, load_settings(), window), self._choose_demo
                )
                copy_database(self.database, self.demo)
            bundle.set_person(load_settings().person())
            window.attach(workspace_of(bundle))
            share_store(window)
            self.settle(300)
            # Each step on its own: one that fails is named and the set goes on without it.
            steps: list[tuple[str, Callable[[], object]]] = [
                ("main window", lambda: self.snap("main_window")),
                ("periods", self._period_views),
                ("townships", self._townships),
                ("registers", self._registers),
                ("settings", lambda: self.press("Ctrl+,", self.shot_and_close("settings_dialog"))),
                ("help", self._keyboard_help),
                ("find", lambda: self.press("Ctrl+F", self.shot_and_close("find_indicator"))),
                ("export and import", self._round_trip),
                ("file dialog", lambda: self.press("Ctrl+I", self.shot_and_close("file_dialog"))),
                ("typing and submitting", self._typing_and_submitting),
                ("backups", self._backups),
                ("template editor", self._template_editor),
                ("print previews", self._print_previews),
                ("townships and villages", lambda: self._dialog("manage_places", "places_dialog")),
                ("targets", lambda: self._dialog("manage_targets", "targets_dialog")),
                ("standards", lambda: self._dialog("manage_standards", "standards_dialog")),
                (
                    "self-evaluation",
                    lambda: self._dialog("evaluate_demonstration", "evaluation_dialog"),
                ),
                # Last: the indicator it adds would show in the screens above.
                ("indicators", self._indicators),
                # After it: the accounts it adds make the database ask who is working.
                ("users", self._users),
            ]
            for name, step in steps:
                try:
                    step()
                except Exception:  # named, and the other screens are still made
                    traceback.print_exc()
                    print(f"{self.language}: the {name} step failed", file=sys.stderr)
                    self.failed_steps.append(name)
        finally:
            window.close()
            store.close()

    def _dialog(self, method: str, screen: str) -> None:
        """A dialog the window opens with one of its methods, as it first shows."""
        self.while_open(getattr(self.window, method), self.shot_and_close(screen, wait=300))

    def _keyboard_help(self) -> None:
        help_action = self.action("F1")
        self.while_open(
            help_action.trigger, self.shot_and_close("keyboard_help"), expect_boxes=True
        )

    def _choose_demo(self, dialog: QDialog) -> None:
        self.snap("setup_dialog", dialog)
        demo = dialog.findChild(QRadioButton, "demoRadio")
        assert demo is not None, "the setup dialog has no demo choice"
        demo.setChecked(True)
        dialog.accept()

    def _period_views(self) -> None:
        """The picker's kinds open; the quarter the month shown falls in."""
        window = self.window
        opening = window.period
        kinds = window.period_picker.kind_box
        kinds.showPopup()
        self.settle(300)
        self.snap("period_picker", QApplication.activePopupWidget() or kinds.view())
        kinds.hidePopup()
        window.set_period(Period.quarter(opening.year, (opening.end_month + 2) // 3))
        self.settle(300)
        self.snap("quarter_view")
        window.set_period(opening)

    def _townships(self) -> None:
        window = self.window
        units = window.units_page
        assert units is not None
        window.tabs.setCurrentWidget(units)
        self.settle(300)
        self.snap("townships")
        self.while_open(units.add_button.click, self._add_township)
        window.tabs.setCurrentIndex(0)
        self.settle(300)

    def _add_township(self, dialog: QDialog) -> None:
        code, name = dialog.findChildren(QLineEdit)[:2]
        code.setText(code.text() + "120")  # the code, begun with the county's
        name.setText("铁佛镇")
        self.snap("add_township", dialog)
        dialog.reject()

    def _registers(self) -> None:
        """The 台账 window on a few service points of the demo county, and a row's form."""
        window = self.window
        bundle = window.bundle
        assert bundle is not None
        registers = bundle.registers
        if not registers.rows("service_points", COUNTY):
            towns = [p for p in registers.places(COUNTY) if p.level == "township"][:3]
            village = bundle.regions.add(towns[0].code + "201", "红旗村", towns[0].code)
            points: list[tuple[str, dict[str, object]]] = [
                (COUNTY, {"name": "通江县电子商务公共服务中心", "level": "county",
                          "opened": date(2016, 5, 1), "operator": "通江县商务局",
                          "phone": "0827-7221234"}),
                (village.code, {"name": "红旗村电商服务点", "level": "village",
                                "opened": date(2018, 6, 1), "poor_village": True,
                                "funded_amount": Decimal("3.5"), "funded_year": 2018}),
            ]  # fmt: skip
            for town in towns:
                points.append(
                    (town.code, {"name": f"{town.name}电商服务站", "level": "township",
                                 "opened": date(2017, 3, 5), "operator": f"{town.name}供销社"})
                )  # fmt: skip
            for code, values in points:
                registers.add("service_points", code, values)
        opened = window.register_actions.open("service_points")
        assert opened is not None, "the registers window did not open"
        self.settle(300)
        self.snap("registers_window", opened)
        page = opened.current_page()

        def form(dialog: QDialog) -> None:
            self.snap("register_form", opened, dialog)
            dialog.reject()

        self.while_open(page.edit_row, form)
        opened.close()

    def _indicators(self) -> None:
        """指标管理 with an indicator of the bureau's own, and the form of a 其中 item of it."""
        from desktop_app.domain.indicators import Temporal, ValueKind
        from desktop_app.domain.local_indicators import IndicatorDraft
        from desktop_app.ui.indicators_dialog import IndicatorForm, IndicatorsDialog

        window = self.window
        bundle = window.bundle
        assert bundle is not None
        if bundle.catalogue.listing().entry("G01") is None:
            live = IndicatorDraft(
                "G01", "直播带货场次", "Live-stream sales sessions", "C", "场",
                ValueKind.COUNT, Temporal.FLOW,
            )  # fmt: skip
            bundle.catalogue.add(live)
        dialog = IndicatorsDialog(bundle.catalogue, self.language, window)
        dialog.show()
        dialog.select("G01")
        self.settle(300)
        self.snap("indicators_dialog", dialog)

        def form(opened: QDialog) -> None:
            assert isinstance(opened, IndicatorForm)
            opened.code.setText("G01.1")
            opened.name_zh.setText("其中：助农直播场次")
            opened.parent_code.setCurrentIndex(opened.parent_code.findData("G01"))
            self.snap("indicator_form", dialog, opened)
            opened.reject()

        self.while_open(dialog.add, form)
        dialog.close()

    def _users(self) -> None:
        """用户管理 with three accounts, and the login a database with accounts asks for, with
        the sentence a wrong password gets under the fields."""
        from desktop_app.domain.users import Role
        from desktop_app.ui.login_dialog import LoginDialog

        bundle = self.window.bundle
        assert bundle is not None
        users = bundle.users
        if not users.any_users():  # the first is the 管理员 who adds the others
            users.add("zhangxy", PEOPLE["preparer"], Role.ADMIN, "xianbao-admin-1")
            users.add("wangfang", "王芳", Role.CLERK, "xianbao-clerk-1", [COUNTY])
            users.add("lisi", "李四", Role.REVIEWER, "xianbao-review-1", [COUNTY, "511922"])
        self._dialog("manage_users", "users_dialog")
        # The login as the next start asks for it (users.log_in: this run stays as it is).
        dialog = LoginDialog(users, users.log_in, bundle.where, self.window)
        dialog.show()
        dialog.login_edit.setText("wangfang")
        dialog.password_edit.setText("not-her-password")
        dialog.try_log_in()
        self.settle(300)
        self.snap("login_dialog", dialog)
        dialog.close()
        dialog.deleteLater()

    def _round_trip(self) -> None:
        """Export the return, change two figures in the workbook, import it back."""
        actions = self.window.report_actions
        exported = self.while_open(actions.export_excel)
        assert isinstance(exported, Path), "the return was not exported"
        book = openpyxl.load_workbook(exported)
        changed = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows(min_col=1, max_col=5):
                name = str(row[0].value or "").strip()
                month, year_to_date = row[3], row[4]
                if name == "网店" and isinstance(month.value, int | float):
                    month.value = int(Decimal(str(month.value)) * Decimal("1.08"))
                    changed += 1
                elif name == "电子商务交易额" and isinstance(month.value, int | float):
                    # The month and the year to date by the same amount, so they agree.
                    month.value = float(Decimal(str(month.value)) + Decimal("1234.5"))
                    if isinstance(year_to_date.value, int | float):
                        year_to_date.value = float(
                            Decimal(str(year_to_date.value)) + Decimal("1234.5")
                        )
                    changed += 1
        assert changed == 2, "the figures to change are not in the exported return"
        book.save(exported)
        self.while_open(
            lambda: actions.import_paths([exported]), self.shot_and_close("import_preview", True)
        )
        self.while_open(actions.imports_action.trigger, self.shot_and_close("imports_dialog"))

    def _typing_and_submitting(self) -> None:
        window = self.window
        # A refused entry stays in its cell, red, with the reason, until Esc.
        window.go_to_indicator("C02")
        self.type_keys("abc")
        self.snap("refused_entry")
        self.key(Qt.Key.Key_Escape)
        self.settle()
        # A stock below last month's: a warning that needs a 情况说明 when submitting.
        window.go_to_indicator("B04")
        self.type_keys("3200")
        window.go_to_indicator("B04")
        self.press("Ctrl+H", self.shot_and_close("cell_history"))
        explained: list[QDialog] = []

        def explain(dialog: QDialog) -> None:
            edit = dialog.findChild(QPlainTextEdit)
            assert edit is not None
            edit.setFocus()
            # Chinese comes from an input method: its text arrives committed, not as keys.
            typed = QInputMethodEvent()
            typed.setCommitString("12月部分网店注销，已与市场监管局核对。")
            QApplication.sendEvent(edit, typed)
            if not explained:
                self.snap("explanation_dialog", dialog)
            explained.append(dialog)
            QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        self.press("Ctrl+Return", explain)
        self.settle(300)
        self.snap("locked_return")
        reopen = self.action(text=translate("ReturnPage", "Reopen…"))
        self.while_open(reopen.trigger, self.shot_and_close("reopen_dialog"))

    def _backups(self) -> None:
        self.window.back_up(backups_folder(self.database) / "xianbao-manual.sqlite3")
        self.while_open(self.window.restore_action.trigger, self.shot_and_close("backups"))

    def _template_editor(self) -> None:
        def both_tabs(editor: QDialog) -> None:
            tabs, sheet = editor.findChild(QTabWidget), editor.findChild(QTableView)
            assert tabs is not None and sheet is not None
            sheet.setCurrentIndex(sheet.model().index(10, 3))  # D11, a mapped figure
            self.snap("template_editor_cell", editor)
            tabs.setCurrentIndex(1)
            self.snap("template_editor_template", editor)
            editor.reject()

        self.while_open(self.window.report_actions.templates_action.trigger, both_tabs)

    def _print_previews(self) -> None:
        actions = self.window.report_actions

        def preview(screen: str) -> Handler:
            def handle(dialog: QDialog) -> None:
                # The pages are painted after the dialog shows: wait for the first, at most 5 s.
                for _ in range(50):
                    if getattr(dialog, "pages_painted", 1):
                        break
                    self.settle(100)
                self.shot_and_close(screen, wait=200)(dialog)

            return handle

        self.while_open(actions.monthly_action.trigger, preview("print_preview_summary"))
        self.while_open(actions.blank_action.trigger, preview("print_preview_forms"))
        self.while_open(actions.completeness_action.trigger, preview("print_preview_completeness"))
        tree, model = self.window.region_view, self.window.region_model
        assert model is not None
        tree.setCurrentIndex(model.find(PREFECTURE))
        self.settle(300)
        self.while_open(actions.monthly_action.trigger, preview("print_preview_city_summary"))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--language"]:
        import faulthandler

        faulthandler.dump_traceback_later(TIMEOUT - 10, exit=True)  # where a stuck run stopped
        language, out_dir, folder, shared = arguments[1], *map(Path, arguments[2:5])
        sys.exit(shoot_language(language, out_dir, folder, shared))
    sys.exit(main(Path(arguments[0] if arguments else "docs/screenshots")))
