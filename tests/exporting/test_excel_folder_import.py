"""A folder of returns (issue 10, defect 5): each file is read and applied or refused on its own;
a refused or failing file never stops the others; the summary lists every file; the exit code
says whether anything was refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop_app.__main__ import main
from desktop_app.domain.periods import Period
from desktop_app.exporting.excel.mapping import Measure
from desktop_app.exporting.excel.read import read_return
from desktop_app.import_summary import summary_lines
from desktop_app.services import excel_returns
from desktop_app.services.excel_returns import ExcelReturns
from desktop_app.services.store import Store
from tests.exporting.excel_support import counts, demo_db, demo_store
from tests.exporting.hostile_xlsx import rewrite, set_value

__all__ = ["demo_db", "demo_store"]

FEBRUARY, MARCH = Period.month(2025, 2), Period.month(2025, 3)


def _cell(service: ExcelReturns, indicator: str) -> tuple[str, str]:
    sheet = service.template("sc-county-monthly").mapping.sheets[0]
    (cell,) = [
        v.cell for v in sheet.values if (v.indicator, v.measure) == (indicator, Measure.CURRENT)
    ]
    return sheet.name, cell


def _changed_return(service: ExcelReturns, period: Period, folder: Path, name: str) -> Path:
    """The county's return for `period` with A03 (a stock the file keeps) set to 77."""
    path = service.export("sc-county-monthly", "511921", period, folder)
    sheet, cell = _cell(service, "A03")
    wb = load_workbook(path)
    wb[sheet][cell] = 77
    target = folder / name
    wb.save(target)
    path.unlink()
    return target


def _a03(store: Store, period: Period) -> Decimal | None:
    from desktop_app.persistence.repositories import (
        IndicatorRepository,
        RegionRepository,
        ValueRepository,
    )

    with store.sessions() as session:
        region = RegionRepository(session).require("511921")
        indicator = IndicatorRepository(session).require("A03")
        value = ValueRepository(session).get(region.id, indicator.id, period)
        return None if value is None else value.amount


@pytest.fixture
def folder(demo_store: Store, tmp_path: Path) -> Path:
    """Good returns around a damaged one, one that makes the reader fail, and other files."""
    service = ExcelReturns(demo_store.sessions)
    folder = tmp_path / "收件"
    folder.mkdir()
    first = _changed_return(service, MARCH, folder, "1_三月.xlsx")
    rewrite(
        first,
        folder / "2_损坏.xlsx",
        lambda d: set_value(d, "D11", b'<c r="D11" t="n"><v>NaN</v></c>'),
    )
    (folder / "3_出错.xlsx").write_bytes(first.read_bytes())
    _changed_return(service, FEBRUARY, folder, "4_二月.xlsx")
    (folder / "说明.txt").write_text("各县报表", encoding="utf-8")
    (folder / "~$1_三月.xlsx").write_bytes(b"\0" * 165)
    (folder / "旧").mkdir()
    return folder


@pytest.fixture
def failing_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault in the reader for 3_出错.xlsx only: an error nobody foresaw (not a DomainError)."""
    real = read_return

    def read(template: Any, book: Any, path: Path) -> Any:
        if path.name == "3_出错.xlsx":
            raise RuntimeError("a fault in the reader")
        return real(template, book, path)

    monkeypatch.setattr(excel_returns, "read_return", read)


def test_a_folder_import_goes_on_past_refused_and_failing_files(
    demo_store: Store, folder: Path, failing_reader: None
) -> None:
    service = ExcelReturns(demo_store.sessions)
    values_before, audit_before = counts(demo_store)

    result = service.import_path(folder)

    outcomes = {o.path.name: o for o in result.outcomes}
    assert list(outcomes) == ["1_三月.xlsx", "2_损坏.xlsx", "3_出错.xlsx", "4_二月.xlsx"]
    assert outcomes["1_三月.xlsx"].error is None and outcomes["1_三月.xlsx"].written == 1
    assert outcomes["4_二月.xlsx"].error is None and outcomes["4_二月.xlsx"].written == 1
    refused = {name: o.error.code for name, o in outcomes.items() if o.error is not None}
    assert refused == {"2_损坏.xlsx": "import_bad_cell", "3_出错.xlsx": "import_failed"}
    assert {s.path.name: s.issue.code for s in result.skipped} == {
        "说明.txt": "import_skipped_not_excel",
        "~$1_三月.xlsx": "import_skipped_lock_file",
        "旧": "import_skipped_folder",
    }
    # The good files before and after the refused ones are stored, one audit entry each
    assert _a03(demo_store, MARCH) == 77 and _a03(demo_store, FEBRUARY) == 77
    values_after, audit_after = counts(demo_store)
    assert audit_after == audit_before + 2 and values_after - values_before in (0, 1, 2)

    lines = summary_lines(result, dry_run=False)
    assert len(lines) == 4 + 3 + 1  # every file, every skipped entry, the totals
    for name in [*outcomes, "说明.txt", "~$1_三月.xlsx", "旧"]:
        assert sum(name in line for line in lines) >= 1, name
    assert "D11" in next(line for line in lines if "2_损坏.xlsx" in line)
    assert "RuntimeError" in next(line for line in lines if "3_出错.xlsx" in line)
    assert "Traceback" not in "\n".join(lines)


def test_a_failing_apply_writes_nothing_of_that_file_and_the_next_is_stored(
    demo_store: Store, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a fault in the value service while the first file's values are written
    service = ExcelReturns(demo_store.sessions)
    real = service.values.set_all
    calls: list[int] = []

    def set_all(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise MemoryError("out of memory")
        return real(*args, **kwargs)

    monkeypatch.setattr(service.values, "set_all", set_all)
    for other in ("2_损坏.xlsx", "3_出错.xlsx"):
        (folder / other).unlink()
    before = counts(demo_store)
    result = service.import_path(folder)
    errors = {o.path.name: o.error.code for o in result.outcomes if o.error is not None}
    assert errors["1_三月.xlsx"] == "import_failed"
    assert _a03(demo_store, MARCH) != 77  # nothing of the failed file
    assert _a03(demo_store, FEBRUARY) == 77  # the next file is stored
    assert counts(demo_store)[1] == before[1] + 1


def _cli(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_lists_every_file_and_exits_2_when_one_was_refused(
    demo_store: Store,
    folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # backups go there, not home
    db = Path(str(demo_store.engine.url.database))
    code, out, err = _cli(db, "import", str(folder), "--dry-run", capsys=capsys)
    assert code == 2 and "Traceback" not in out + err
    summary = out[out.index("== Summary") :]
    for name in ("1_三月.xlsx", "2_损坏.xlsx", "3_出错.xlsx", "4_二月.xlsx", "说明.txt", "旧"):
        assert name in summary
    assert "Dry run: 3 files read, 1 refused, 3 skipped; nothing was written." in summary
    # Without the damaged file, everything is imported and the exit code says so
    (folder / "2_损坏.xlsx").unlink()
    code, out, err = _cli(db, "import", str(folder), capsys=capsys)
    assert code == 0, out + err
    assert "3 files imported (2 values stored), 0 refused, 3 skipped." in out
