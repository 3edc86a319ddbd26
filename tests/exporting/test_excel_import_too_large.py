"""A number too large to store, in a return being imported, is refused in the preview (a
conflict naming the largest number accepted), never shown as 新增, and the import writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.exporting.excel.mapping import Measure
from desktop_app.i18n import issue_message
from desktop_app.services.excel_returns import Change, ExcelReturns
from desktop_app.services.store import Store
from tests.exporting.excel_support import counts
from tests.exporting.test_excel_import import cell_of, edit

MARCH = Period.month(2025, 3)


@pytest.mark.parametrize(
    "huge",
    [
        99999999999999999999,  # as a program writes a whole number: <v>99999999999999999999</v>
        1e20,  # as Excel keeps it: a double
        100_000_000_000,  # the first number past the largest accepted
    ],
)
def test_a_number_too_large_to_store_is_a_conflict_not_new(
    store: Store, tmp_path: Path, huge: object
) -> None:
    store.set_home_region("511921")
    service = ExcelReturns(store.sessions)
    path = service.export("sc-county-monthly", "511921", MARCH, tmp_path)
    edit(
        path,
        {
            cell_of(service, "A03", Measure.CURRENT): huge,
            cell_of(service, "A01", Measure.CURRENT): 5,  # a good new value, held back with it
        },
    )
    before = counts(store)
    preview = service.preview(path)
    items = {i.indicator: i for i in preview.items}
    assert items["A01"].change is Change.NEW
    assert items["A03"].change is Change.CONFLICT
    issue = items["A03"].issue
    assert issue is not None and issue.code == "too_large"
    assert "99,999,999,999" in issue_message(issue)
    with pytest.raises(DomainError) as refused:
        service.apply(preview)
    assert refused.value.issue.code == "import_has_conflicts"
    assert counts(store) == before
