"""示范单位评定 (台账 ▸ 示范单位评定…): the facts typed into the form are checked as they are typed
(full-width digits too), a bad figure is said and saves nothing, a passing candidate is
recommended within the prefecture's quota, and the review calendar puts the overdue unit first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.standards import Status
from desktop_app.services.bundle import ServiceBundle, build_bundle
from desktop_app.services.store import Store
from desktop_app.ui.standards_dialog import (
    CandidateTableModel,
    FactsForm,
    NewCandidateDialog,
    StandardsDialog,
)

TONGJIANG, NANJIANG = "511921", "511922"
GENERAL = (
    "lawful_and_advanced",
    "licences_shown",
    "icp",
    "organisation",
    "fraud_controls",
    "sichuan_legal_person",
    "social_benefit",
    "reports_statistics",
)


@pytest.fixture
def bundle(store: Store) -> ServiceBundle:
    return build_bundle(store, "张三")


@pytest.fixture
def dialog(bundle: ServiceBundle, qtbot: QtBot, qapp: QApplication) -> Iterator[StandardsDialog]:
    found = StandardsDialog(bundle, TONGJIANG, "通江县", today=date(2016, 7, 1))
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    yield found


def editor(form: FactsForm, key: str) -> Any:
    return form.editors[key]


def type_into(qtbot: QtBot, form: FactsForm, key: str, text: str) -> None:
    """Type over a figure's field, key by key; a full-width or Chinese character as an IME
    delivers it (QTest only knows ASCII keys)."""
    line = editor(form, key)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(line, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(line, event)


def test_standards_dialog_models_pass_modeltester(
    dialog: StandardsDialog, bundle: ServiceBundle, qtmodeltester: Any
) -> None:
    bundle.standards.add(TONGJIANG, "county", "通江县", {"coverage": Decimal(35)})
    dialog.reload()
    dialog.tabs.setCurrentIndex(1)
    dialog.tabs.setCurrentIndex(2)
    for model in (dialog.model, dialog.list_model, dialog.review_model):
        qtmodeltester.check(model)


def test_standards_dialog_checks_as_typed_and_recommends(
    dialog: StandardsDialog, bundle: ServiceBundle, qtbot: QtBot
) -> None:
    # Given a B2C candidate typed in for 通江县 (a 市州 county: 500万元 of sales is enough)
    added = dialog.add("b2c_platform", "巴山优品商城")
    assert added is not None and dialog.current is not None
    form = dialog.facts_form
    assert form.outcome_of("capital") == "missing"
    assert dialog.verdict_label.property("verdict") == "incomplete"

    # When 150 is typed in full-width digits: red, with the figures compared
    type_into(qtbot, form, "capital", "１５０")
    assert form.outcome_of("capital") == "fail"
    assert "150" in form.checks["capital"].text() and "200" in form.checks["capital"].text()
    assert dialog.verdict_label.property("verdict") == "fail"
    assert dialog.save_button.isEnabled()

    # A word in a figure's field is said under it and saves nothing
    type_into(qtbot, form, "platform_sales", "八百")
    assert form.outcome_of("platform_sales") == "bad_input"
    dialog.save_button.click()
    assert "八百" in dialog.message.text()
    assert bundle.standards.candidate(added.id).facts == {}

    # When every fact is given and met (one unit at the threshold), it passes
    type_into(qtbot, form, "capital", "200")
    type_into(qtbot, form, "platform_sales", "500")
    for key in (*GENERAL, "online_payment"):
        combo = editor(form, key)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("是"))
    assert form.outcome_of("platform_sales") == "pass"
    assert dialog.verdict_label.property("verdict") == "pass"

    # Then 推荐 on a day saves the facts and recommends it; the list shows it used
    dialog.day_edit.setDate(QDate(2016, 6, 20))
    dialog.recommend_button.click()
    stored = bundle.standards.candidate(added.id)
    assert stored.status is Status.RECOMMENDED
    assert stored.recommended_on == date(2016, 6, 20)
    assert stored.facts["capital"] == Decimal(200)
    row = dialog.model.row_of(added.id)
    assert dialog.model.index(row, CandidateTableModel.COL_DAY).data() == "2016-06-20"
    assert not dialog.recommend_button.isEnabled() and dialog.withdraw_button.isEnabled()
    dialog.year_spin.setValue(2016)
    dialog.tabs.setCurrentIndex(1)
    assert "1" in dialog.quota_label.text()
    assert dialog.list_model.rowCount() == 1


def test_standards_dialog_refuses_a_recommendation_beyond_the_quota(
    dialog: StandardsDialog, bundle: ServiceBundle
) -> None:
    facts: dict[str, Any] = dict.fromkeys(GENERAL, True)
    facts.update(capital=Decimal(300), platform_sales=Decimal(800), online_payment=True)
    service = bundle.standards
    for name, county in (("甲", NANJIANG), ("乙", NANJIANG)):
        service.recommend(service.add(county, "b2c_platform", name, facts).id, date(2016, 5, 1))
    third = service.add(TONGJIANG, "b2c_platform", "丙", facts)
    dialog.reload(third.id)
    assert dialog.current is not None and dialog.current.id == third.id
    dialog.recommend_button.click()
    assert "丙" in dialog.message.text() and "2016" in dialog.message.text()
    assert service.candidate(third.id).status is Status.CANDIDATE


def test_standards_dialog_review_calendar_overdue_first_in_red(
    dialog: StandardsDialog, bundle: ServiceBundle
) -> None:
    service = bundle.standards
    later = service.add(TONGJIANG, "county", "通江县")
    service.recognise(later.id, date(2015, 9, 1))
    base = service.add(TONGJIANG, "base", "通江县电子商务产业园")
    service.recognise(base.id, date(2014, 3, 1))
    dialog.reload()
    dialog.tabs.setCurrentIndex(2)
    model = dialog.review_model
    assert [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())] == [
        "通江县电子商务产业园",
        "通江县",
    ]
    assert model.index(0, model.COL_DUE).data() == "2016-03-01"
    assert model.index(0, model.COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, model.COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "122" in str(model.index(0, model.COL_LEFT).data())


def test_standards_dialog_new_candidate_from_the_register(
    dialog: StandardsDialog, bundle: ServiceBundle, qtbot: QtBot
) -> None:
    row = bundle.registers.add(
        "enterprises",
        TONGJIANG,
        {"name": "通江银耳网", "kind": "enterprise", "capital": Decimal(250)},
    )
    assert dialog.standards is not None and row.id is not None
    chooser = NewCandidateDialog(dialog.standards, [(row.id, row.name, "")], "通江县", dialog)
    qtbot.addWidget(chooser)
    chooser.standard.setCurrentIndex(chooser.standard.findData("b2c_platform"))
    chooser.source.setCurrentIndex(1)
    assert chooser.name.text() == "通江银耳网" and chooser.entry_id() == row.id
    chooser.standard.setCurrentIndex(chooser.standard.findData("county"))
    assert chooser.name.text() == "通江县" and not chooser.source.isEnabled()
    added = dialog.add("b2c_platform", "通江银耳网", row.id)
    assert added is not None
    line = editor(dialog.facts_form, "capital")
    assert isinstance(line, QLineEdit) and line.text() == "250"
    assert dialog.facts_form.outcome_of("capital") == "pass"


def test_standards_dialog_says_when_a_province_has_no_standards(
    bundle: ServiceBundle, qtbot: QtBot
) -> None:
    found = StandardsDialog(bundle, "360704", "赣县区", today=date(2016, 7, 1))
    qtbot.addWidget(found)
    assert not found.tabs.isEnabled()
    assert "360704" in found.message.text()  # no standards for Jiangxi's counties
    # A former division's code is refused with a sentence too, not a traceback.
    former = StandardsDialog(bundle, "510124", "郫县", today=date(2016, 7, 1))
    qtbot.addWidget(former)
    assert not former.tabs.isEnabled() and former.message.text()
