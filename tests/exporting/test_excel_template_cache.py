"""Exports reuse the template as first read (exporting/excel/export.py keeps it per file), yet
every file starts from the blank template, and a template changed on disk is read again."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.exporting.excel.mapping import load_mapping, save_mapping
from desktop_app.services.excel_returns import ExcelReturns, shipped_templates_dir
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellInput, ValueService
from tests.exporting.excel_support import workbook_differences

#: About the template files; the database is only where the figures come from.
pytestmark = pytest.mark.sqlite_only

MARCH = Period.month(2025, 3)
SHIPPED = "sc_county_monthly_样表"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_sqlite_store(tmp_path_factory.mktemp("cache") / "x.sqlite3")
    store.set_home_region("511921", "通江县商务局")
    _changes, refused = ValueService(store.sessions).set_many(
        [
            CellInput("511921", "A04", MARCH, "155"),
            CellInput("511921", "C03", MARCH, "11.8"),
        ],
        source="typed",
    )
    assert not refused
    yield store
    store.close()


def test_export_after_an_export_starts_from_the_blank_template(
    store: Store, tmp_path: Path
) -> None:
    service = ExcelReturns(store.sessions)
    template = service.template("sc-county-monthly")
    # Given a return exported with figures (通江县)
    first = service.export("sc-county-monthly", "511921", MARCH, tmp_path / "tj.xlsx")
    sheet = load_workbook(first).worksheets[0]
    assert (sheet["D14"].value, sheet["D34"].value) == (155, 11.8)
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "填报单位（盖章）：通江县商务局" in texts
    # When the next return (南江县, nothing keyed) is made from the same template
    second = service.export("sc-county-monthly", "511922", MARCH, tmp_path / "nj.xlsx")
    # Then it holds none of the first one's figures, and outside the mapped cells it is the
    # template as openpyxl reads it from the file
    sheet = load_workbook(second).worksheets[0]
    assert (sheet["D14"].value, sheet["D34"].value) == (None, None)
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("511922" in t for t in texts)
    assert not any("通江" in t for t in texts)
    assert workbook_differences(template, second) == []


def _keep_modified_time(path: Path, stat: os.stat_result) -> None:
    """The file's old modification time: a change is seen by its content, however quickly
    (within one tick of the file system's clock) it was saved."""
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def _own_template(folder: Path) -> Path:
    """The user's own copy of the county return (id my-county); returns its workbook."""
    folder.mkdir()
    mapping = replace(load_mapping(shipped_templates_dir() / f"{SHIPPED}.toml"), id="my-county")
    save_mapping(mapping, folder / "my_county.toml")
    workbook = folder / mapping.workbook
    shutil.copy(shipped_templates_dir() / mapping.workbook, workbook)
    return workbook


def test_export_reads_a_template_changed_on_disk_again(store: Store, tmp_path: Path) -> None:
    # Given the user's own copy of the county return, exported once
    folder = tmp_path / "templates"
    workbook = _own_template(folder)
    service = ExcelReturns(store.sessions, [folder])
    service.export("my-county", "511921", MARCH, tmp_path / "before.xlsx")

    # When the bureau edits a printed note of the workbook (no mapped cell)
    stat = workbook.stat()
    book = load_workbook(workbook)
    book.worksheets[0]["A40"] = "本表由县商务局统计股填报"
    book.save(workbook)
    _keep_modified_time(workbook, stat)
    after = service.export("my-county", "511921", MARCH, tmp_path / "after.xlsx")
    # Then the next export has it, with the figures
    sheet = load_workbook(after).worksheets[0]
    assert sheet["A40"].value == "本表由县商务局统计股填报"
    assert sheet["D14"].value == 155

    # And when a formula is put into a mapped cell, the next export is refused again
    book = load_workbook(workbook)
    book.worksheets[0]["D14"] = "=1+1"
    book.save(workbook)
    _keep_modified_time(workbook, stat)
    with pytest.raises(DomainError) as refused:
        service.export("my-county", "511921", MARCH, tmp_path / "refused.xlsx")
    assert refused.value.issue.code == "template_cell_formula"
    assert not (tmp_path / "refused.xlsx").exists()


@pytest.mark.parametrize(
    ("damage", "code"),
    [("removed", "template_workbook_missing"), ("garbled", "template_workbook_unreadable")],
)
def test_export_refuses_a_template_workbook_removed_or_garbled_since(
    store: Store, tmp_path: Path, damage: str, code: str
) -> None:
    folder = tmp_path / "templates"
    workbook = _own_template(folder)
    service = ExcelReturns(store.sessions, [folder])
    service.export("my-county", "511921", MARCH, tmp_path / "first.xlsx")
    if damage == "removed":
        workbook.unlink()
    else:
        workbook.write_bytes(b"PK\x03\x04 not a workbook any more")
    with pytest.raises(DomainError) as refused:
        service.export("my-county", "511921", MARCH, tmp_path / "second.xlsx")
    assert refused.value.issue.code == code
    assert not (tmp_path / "second.xlsx").exists()
