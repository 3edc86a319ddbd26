"""A 填表人 changed in the settings is who the audit names from then on, not at the next start."""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import AuditRecord
from desktop_app.services.store import Store

FEB = Period.month(2016, 2)


def test_the_person_changed_in_the_settings_is_audited_at_once(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    store.set_home_region("511921")
    window = build_main_window(store, "zh_CN", user="王五")
    qtbot.addWidget(window)
    assert window.page is not None
    values = window.page.services.values
    values.set_text("511921", "A01", FEB, "1")
    window.set_person("李四")
    values.set_text("511921", "A01", FEB, "2")
    window.report_actions.excel().values.set_text("511921", "A01", FEB, "3")
    # the return page and 乡镇分列 save and submit through the window's one screen service
    assert window.units_page is not None
    assert window.page.return_screen is window.units_page.return_screen
    assert window.units_page.return_screen.returns.user == "李四"
    window.set_person(None)  # an empty 填表人: the login name, as at start
    values.set_text("511921", "A01", FEB, "4")
    with store.sessions() as session:
        who = list(session.scalars(select(AuditRecord.who).order_by(AuditRecord.id)))
    assert who[:3] == ["王五", "李四", "李四"]
    assert who[3] not in ("王五", "李四", "") and len(who) == 4
