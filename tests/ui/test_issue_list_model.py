"""The return page's list of checks: a new list of issues is shown by removing and inserting the
rows that differ (one or two after a keyed cell), never a reset; what it shows equals the list
drawn afresh, for any old and new list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.issues import Issue, Severity
from desktop_app.ui.return_page import IssueListModel

POOL = [
    Issue("missing_value", Severity.ERROR, {"indicator": code}) for code in ("A01", "B03", "D01")
] + [
    Issue("stock_dropped", Severity.WARNING, {"indicator": "A04", "value": v, "previous": "9"})
    for v in ("3", "5")
]


def shown(model: IssueListModel) -> list[tuple[object, object]]:
    return [
        (model.index(r).data(), model.index(r).data(IssueListModel.CodeRole))
        for r in range(model.rowCount())
    ]


class Signals:
    def __init__(self, model: IssueListModel) -> None:
        self.resets = 0
        self.changed_rows = 0
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._rows)
        model.rowsRemoved.connect(self._rows)

    def _reset(self) -> None:
        self.resets += 1

    def _rows(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.changed_rows += last - first + 1


lists = st.lists(st.sampled_from(POOL), max_size=6)


@settings(max_examples=150, deadline=None)
@given(old=lists, new=lists)
def test_issue_list_shows_the_new_list_as_drawn_afresh(
    qapp: QApplication, old: list[Issue], new: list[Issue]
) -> None:
    model = IssueListModel()
    model.set_issues(old)
    signals = Signals(model)
    model.set_issues(new)
    fresh = IssueListModel()
    fresh.set_issues(new)
    assert shown(model) == shown(fresh) and model.issues() == new
    assert signals.resets == 0
    # only the rows between the unchanged ends came and went
    assert signals.changed_rows <= len(old) + len(new)
    if old == new:
        assert signals.changed_rows == 0


def test_issue_list_after_one_cell_changes_one_row(
    qapp: QApplication, qtmodeltester: object
) -> None:
    model = IssueListModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_issues(POOL)
    signals = Signals(model)
    # When the second issue goes (its cell was keyed)
    model.set_issues(POOL[:1] + POOL[2:])
    assert signals.changed_rows == 1 and signals.resets == 0
    assert model.index(1).data(Qt.ItemDataRole.DisplayRole) == shown(model)[1][0]
    assert [code for _text, code in shown(model)] == ["A01", "D01", "A04", "A04"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
