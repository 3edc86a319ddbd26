"""综合示范自评 (报表 ▸ 综合示范自评…): points typed in the tree with their checks, the total live,
evidence attached, saved out and removed, and the 自评表 PDF written from the dialog."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.domain.issues import Issue
from desktop_app.i18n import issue_message
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.store import Store
from desktop_app.ui.evaluation_dialog import EvaluationDialog, EvaluationTreeModel

COUNTY = "511921"  # 通江县
SCHEME = "example_demonstration_county"


@pytest.fixture
def service(store: Store) -> EvaluationService:
    return EvaluationService(store.sessions, lambda: "王会计")


@pytest.fixture
def dialog(
    service: EvaluationService, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[EvaluationDialog]:
    found = EvaluationDialog(service, COUNTY, documents=tmp_path)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    yield found


def test_evaluation_dialog_points_typed_in_the_tree_update_the_total(
    dialog: EvaluationDialog, service: EvaluationService, qtbot: QtBot, qtmodeltester: object
) -> None:
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 4 and "通江县" in dialog.windowTitle()
    # Given the points cell of 1.1, typed into with the keyboard (full-width digits)
    cell = model.find("1.1").siblingAtColumn(EvaluationTreeModel.COL_POINTS)
    dialog.tree.setCurrentIndex(cell)
    dialog.tree.edit(cell)
    editor = dialog.tree.findChild(QLineEdit)
    assert editor is not None
    editor.setText("１.５")  # as an IME leaves it (QTest types ASCII only)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Then the claim is kept, the item adds it up and the total says it
    qtbot.waitUntil(lambda: cell.data() == "1.5", timeout=2000)
    assert model.find("1").siblingAtColumn(EvaluationTreeModel.COL_POINTS).data() == "1.5"
    assert "1.5" in dialog.total_label.text()
    # A second line and a note
    assert dialog.set_points("4.1", "9.5") and dialog.set_note("4.1", "覆盖28.6%")
    assert "11" in dialog.total_label.text()
    stored = service.view(COUNTY, SCHEME)
    assert stored.total == 11 and stored.claims["4.1"].note == "覆盖28.6%"


def test_evaluation_dialog_refused_points_say_why_and_keep_the_claim(
    dialog: EvaluationDialog, service: EvaluationService
) -> None:
    assert dialog.set_points("1.2", "2")
    assert not dialog.set_points("1.2", "3.5")
    params = {"item": "1.2", "points": "3.5", "maximum": "3"}
    expected = issue_message(Issue("evaluation_points_out_of_range", params=params))
    assert dialog.message.text() == expected
    assert not dialog.set_points("1.2", "abc")
    claim = service.view(COUNTY, SCHEME).claim("1.2")
    assert claim is not None and claim.points == 2
    index = dialog.model.find("1.2").siblingAtColumn(EvaluationTreeModel.COL_POINTS)
    assert index.data() == "2"


def test_evaluation_dialog_evidence_attached_saved_and_removed(
    dialog: EvaluationDialog, service: EvaluationService, tmp_path: Path
) -> None:
    content = "服务中心照片".encode() * 300
    photo = tmp_path / "服务中心.jpg"
    photo.write_bytes(content)
    evidence = dialog.model.find("2.2").siblingAtColumn(EvaluationTreeModel.COL_EVIDENCE)
    missing_before = evidence.data()
    dialog.choose("2.2")
    # Attaching the same file twice keeps one and says why for the other
    assert dialog.attach_files([photo, photo]) == 1
    assert "服务中心.jpg" in dialog.message.text()
    assert dialog.evidence_model.rowCount() == 1
    assert evidence.data() != missing_before
    dialog.evidence_view.selectRow(0)
    hash_cell = dialog.evidence_model.index(0, dialog.evidence_model.COL_HASH)
    assert hash_cell.data() == hashlib.sha256(content).hexdigest()[:12]
    saved = dialog.save_copy(tmp_path / "copy.jpg")
    assert saved is not None and saved.read_bytes() == content
    assert dialog.remove_evidence(ask=False)
    assert dialog.evidence_model.rowCount() == 0 and service.view(COUNTY, SCHEME).files("2.2") == ()


def test_evaluation_dialog_writes_the_pdf(
    dialog: EvaluationDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog.set_points("3.2", "7.5")
    target = tmp_path / "自评表.pdf"
    assert dialog.make_pdf(target) == target
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "通江县" in text and "7.5" in text
    assert str(target) in dialog.message.text()
