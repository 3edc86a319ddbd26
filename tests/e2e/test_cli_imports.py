"""xianbao imports / undo-import as a person runs them: separate processes, a real file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.e2e.test_cli import county, run

__all__ = ["county"]


def test_an_import_is_listed_and_undone_whole_from_the_command_line(
    county: Path, tmp_path: Path
) -> None:
    none = str(tmp_path / "none")
    assert run(county, "imports").stdout.strip() == "此数据库尚未导入过 Excel 报表。"
    assert run(county, "set", "511921", "A04", "2025-03", "300").returncode == 0
    out = tmp_path / "out.xlsx"
    done = run(
        county, "export", "--template", "sc-county-monthly", "--period", "2025-03", "-o", str(out),
        "--templates", none,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    wb = load_workbook(out)
    for row in wb.worksheets[0].iter_rows():
        for cell in row:
            if cell.value == 300:
                cell.value = 310
    wb.save(out)
    assert run(county, "import", str(out), "--templates", none).returncode == 0
    assert " 310" in run(county, "show", "511921", "2025-03").stdout

    listed = run(county, "imports")
    assert listed.returncode == 0, listed.stderr
    (line,) = [text for text in listed.stdout.splitlines() if "out.xlsx" in text]
    number = line.split()[0]
    assert len(number) == len("20261201-223801-3f2a")
    fields = line.split()
    assert "1" in fields and "2025年3月" in fields

    undone = run(county, "undo-import", number[:15])
    assert undone.returncode == 0, undone.stderr
    assert "1 个值" in undone.stdout
    assert " 300" in run(county, "show", "511921", "2025-03").stdout
    assert "已于" in run(county, "imports").stdout

    again = run(county, "undo-import", number, lang="en")
    assert again.returncode == 2
    assert "was undone already" in again.stderr and "Traceback" not in again.stderr
    unknown = run(county, "undo-import", "1999", lang="en")
    assert unknown.returncode == 2 and "xianbao imports" in unknown.stderr
