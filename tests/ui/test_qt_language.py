"""The Chinese interface does not leak English or the OS login: Qt's own file dialog, the dates
it writes, and the person named in the audit trail and on the lock."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window, reopen_window
from desktop_app.domain.indicators import unit_label
from desktop_app.persistence.models import AuditRecord
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators, use_language_locale
from desktop_app.ui.settings import UserSettings, save_settings
from tests.ui.test_main_window import FEB, fill_everything


def test_file_dialog_labels_are_chinese(qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    # qtbase_zh_CN.qm of PySide6 6.12 lacks Qt 6's "&Look in:" and "Files of &type:";
    # Xianbao's own catalogue fills them.
    dialog = QFileDialog(None, "导出", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and all(not text.isascii() for text in labels), labels
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels


@pytest.mark.parametrize(
    ("environ", "language", "changed", "lc_time"),
    [
        ({"LANG": "C.UTF-8"}, "zh_CN", True, "zh_CN.UTF-8"),
        ({}, "zh_CN", True, "zh_CN.UTF-8"),
        ({"LANG": "POSIX"}, "en", True, "en_GB.UTF-8"),
        ({"LC_ALL": "C", "LANG": "C"}, "zh_CN", True, "zh_CN.UTF-8"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN", False, None),
        ({"LANG": "en_US.UTF-8"}, "zh_CN", False, None),  # a real system locale is kept
        ({"LC_TIME": "de_DE.UTF-8", "LANG": "C"}, "zh_CN", False, "de_DE.UTF-8"),
    ],
)
def test_use_language_locale_only_replaces_a_missing_locale(
    environ: dict[str, str], language: str, changed: bool, lc_time: str | None
) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows' system locale does not come from the environment")
    env = dict(environ)
    assert use_language_locale(language, env) is changed
    assert env.get("LC_TIME") == lc_time
    if changed:
        assert "LC_ALL" not in env


def test_file_dialog_dates_follow_the_language_under_a_c_locale(tmp_path: Path) -> None:
    # Given a system without a locale (LANG=C.UTF-8) and a file changed on 2025-03-04 05:06
    sample = tmp_path / "报表.pdf"
    sample.write_bytes(b"%PDF")
    stamp = 1741064760  # 2025-03-04 05:06:00 UTC
    os.utime(sample, (stamp, stamp))
    code = (
        "import sys, time\n"
        "from desktop_app.ui.language import use_language_locale\n"
        "use_language_locale('zh_CN')\n"
        "from PySide6.QtWidgets import QApplication, QFileSystemModel\n"
        "app = QApplication([])\n"
        "model = QFileSystemModel()\n"
        f"root = model.setRootPath({str(tmp_path)!r})\n"
        "for _ in range(300):\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "    if model.rowCount(root): break\n"
        "print(model.index(0, 3, root).data())\n"
    )
    env = dict(os.environ, LANG="C.UTF-8", TZ="UTC", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    env.pop("LC_TIME", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    # Then the file dialog's 修改日期 reads as a Chinese date, not "4 3 2025 05:06"
    assert done.stdout.strip().splitlines()[-1] == "2025/3/4 05:06"


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[None]:
    """The user's settings in tmp_path, as run_gui reads them (QSettings' default store)."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings.setPath(
        QSettings.Format.NativeFormat,
        QSettings.Scope.UserScope,
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation),
    )


def test_audit_and_lock_name_the_person_not_the_login(
    store: Store, qtbot: QtBot, chinese: None, user_settings: None
) -> None:
    # Given 填表人 王五 in the user's settings, and a return filled by someone else
    save_settings(UserSettings(preparer="王五"))
    store.set_home_region("511921")
    fill_everything(store)
    first = build_main_window(store, "zh_CN")
    qtbot.addWidget(first)
    # When the window is (re)made as the program makes it and a figure is saved and submitted
    window = reopen_window(first, store, "zh_CN")
    qtbot.addWidget(window)
    assert window.page is not None
    window.set_period(FEB)
    services = window.page.services
    services.values.set_text("511921", "A08", FEB, "5")
    # Then the audit trail names 王五
    with store.sessions() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
        assert last is not None and last.who == "王五"
    # and so does the lock of the submitted return
    for issue in services.returns.check("511921", FEB).unexplained:
        code = str(issue.params["indicator"])
        services.returns.explain("511921", FEB, code, issue.code, "撤并")
    services.returns.submit("511921", FEB)
    lock = services.returns.lock_of("511921", FEB)
    assert lock is not None and lock.changed_by == "王五"


@pytest.mark.parametrize(
    ("unit", "language", "expected"),
    [
        ("万元", "en", "¥10k"),
        ("万件", "en", "10k"),
        ("个", "en", "no."),
        ("人次", "en", "no."),
        ("%", "en", "%"),
        ("万元", "zh_CN", "万元"),
        ("公顷", "en", "公顷"),  # a province's own unit is shown as written
    ],
)
def test_unit_label_speaks_the_interface_language(unit: str, language: str, expected: str) -> None:
    assert unit_label(unit, language) == expected


def test_english_window_units_in_english_and_no_sideways_scroll_at_1280(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    install_translators("en")
    store.set_home_region("511921")
    window = build_main_window(store, "en", user="t")
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    assert window.page is not None
    model = window.page.model
    units = {
        model.index(row, model.COL_UNIT).data()
        for row in range(model.rowCount())
        if model.index(row, 0).data(model.CodeRole)
    }
    assert "¥10k" in units and "no." in units
    assert not any("\u4e00" <= ch <= "\u9fff" for unit in units for ch in str(unit)), units
    qtbot.waitUntil(lambda: window.page is not None and window.page.view.isVisible())
    assert window.page.view.horizontalScrollBar().maximum() == 0
