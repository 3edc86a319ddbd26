"""Keep mine / take theirs in a register row's form: a row another clerk changed since the form
opened is refused, and the form names who, when and the fields where theirs and what was typed
differ. Enter takes theirs (nothing of the form is written); Ctrl+Enter saves what was typed over
their version, and a third change made meanwhile is refused and asked about again.

The other clerk works in a second program: a second engine on the same file or server (the
module runs on both back-ends)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.registers import REGISTERS
from desktop_app.persistence.engine import create_sqlite_engine, session_factory
from desktop_app.persistence.server import create_server_engine
from desktop_app.services.regions import RegionQueries
from desktop_app.services.registers import RegisterService
from desktop_app.services.store import Store
from desktop_app.ui.language import install_translators
from desktop_app.ui.register_form import RegisterForm

pytestmark = pytest.mark.both_backends

COUNTY = "511921"
TOWN = "511921100"


@pytest.fixture
def mine(store: Store, qapp: QApplication) -> Iterator[RegisterService]:
    """王五's registers, with one service point at 诺江镇."""
    assert install_translators("en")
    store.set_home_region(COUNTY)
    RegionQueries(store.sessions).add(TOWN, "诺江镇", COUNTY)
    service = RegisterService(store.sessions, "王五")
    service.add(
        "service_points",
        TOWN,
        {"name": "诺江镇电商服务站", "level": "township", "opened": date(2017, 3, 5)},
    )
    yield service


@pytest.fixture
def theirs(store: Store) -> Iterator[RegisterService]:
    """赵六's registers in a second program on the same database."""
    if store.on_server:
        engine = create_server_engine(store.engine.url)
    else:
        assert store.path is not None
        engine = create_sqlite_engine(store.path)
    yield RegisterService(session_factory(engine), "赵六")
    engine.dispose()


def open_form(service: RegisterService, qtbot: QtBot) -> RegisterForm:
    [row] = service.rows("service_points", COUNTY)
    form = RegisterForm(
        service, REGISTERS["service_points"], service.places(COUNTY), row, parent=None
    )
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def type_into(form: RegisterForm, key: str, text: str) -> None:
    editor = form.editors[key]
    assert isinstance(editor, QLineEdit)
    editor.setText(text)


def change(service: RegisterService, **values: Any) -> None:
    [row] = service.rows("service_points", COUNTY)
    service.edit(row.id or 0, row.version, row.region_code, {**row.values, **values})


def stored(service: RegisterService) -> dict[str, Any]:
    [row] = service.rows("service_points", COUNTY)
    return dict(row.values)


def press(qtbot: QtBot, form: RegisterForm, *, keep_mine: bool) -> None:
    target = QApplication.focusWidget() or form
    modifier = Qt.KeyboardModifier.ControlModifier if keep_mine else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, Qt.Key.Key_Return, modifier)


def test_a_stale_row_names_the_differences_and_enter_takes_theirs(
    mine: RegisterService, theirs: RegisterService, qtbot: QtBot
) -> None:
    # Given 王五's form open on the point, and 赵六 changing its phone meanwhile
    form = open_form(mine, qtbot)
    type_into(form, "operator", "张三")
    change(theirs, phone="110")
    # When 王五 presses OK
    form.accept()
    # Then nothing is saved, the form says who changed it and where theirs and his differ
    assert form.isVisible() and form.theirs_button.isVisible() and form.mine_button.isVisible()
    text = form.message.text()
    assert "赵六 changed “诺江镇电商服务站” after you opened it" in text
    assert "Phone: theirs 110, yours —" in text
    assert "Operator: theirs —, yours 张三" in text
    assert stored(mine).get("operator") is None
    # When he presses Enter: theirs stays, and the form closes
    press(qtbot, form, keep_mine=False)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.refused and form.saved is None
    assert stored(mine).get("phone") == "110" and stored(mine).get("operator") is None


def test_keep_mine_saves_over_theirs_and_a_third_change_is_asked_again(
    mine: RegisterService, theirs: RegisterService, qtbot: QtBot
) -> None:
    form = open_form(mine, qtbot)
    type_into(form, "operator", "张三")
    change(theirs, phone="110")
    form.accept()
    assert form.mine_button.isVisible()
    # Given 赵六 changes the row once more while 王五 reads the choice
    change(theirs, operator="李梅")
    # When 王五 keeps his (Ctrl+Enter): refused again, asked again about 赵六's new row
    press(qtbot, form, keep_mine=True)
    assert form.isVisible() and form.mine_button.isVisible()
    assert "Operator: theirs 李梅, yours 张三" in form.message.text()
    assert stored(mine).get("operator") == "李梅"
    # When he keeps his now, what he typed is saved over 赵六's row (all of his form: the
    # phone he did not type is blank again, as his form showed it)
    press(qtbot, form, keep_mine=True)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.saved is not None
    assert stored(mine).get("operator") == "张三"
    assert stored(mine).get("phone") is None
    # and the row's history names him after 赵六
    [row] = mine.rows("service_points", COUNTY)
    assert [h.who for h in mine.history(row.id or 0)][-3:] == ["赵六", "赵六", "王五"]
