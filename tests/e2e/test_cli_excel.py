"""xianbao templates / export / import as a person runs them: separate processes, a real file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.e2e.test_cli import county, run

__all__ = ["county"]


def test_templates_lists_the_shipped_samples(county: Path, tmp_path: Path) -> None:
    done = run(county, "templates", "--templates", str(tmp_path))
    assert done.returncode == 0, done.stderr
    for template_id in (
        "sc-county-monthly",
        "sc-city-summary",
        "jx-county-quarterly",
        "qh-county-annual",
    ):
        assert template_id in done.stdout
    assert "川商电统1表" in done.stdout and "样表" in done.stdout


def test_export_then_import_with_dry_run_then_for_real(county: Path, tmp_path: Path) -> None:
    for month, text in (("2025-02", "1,000.50"), ("2025-03", "２０００")):
        assert run(county, "set", "511921", "C02", month, text).returncode == 0
    assert run(county, "set", "511921", "A04", "2025-03", "300").returncode == 0
    out = tmp_path / "out.xlsx"
    done = run(
        county,
        "export",
        "--template",
        "sc-county-monthly",
        "--period",
        "2025-03",
        "-o",
        str(out),
        "--preparer",
        "=王五",
        "--date",
        "2025-04-08",
        "--templates",
        str(tmp_path / "none"),
    )
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert (
        "填表人：=王五" in texts
        and "报告期：2025年3月" in texts
        and "填报单位（盖章）：通江县商务局" in texts
    )
    assert "报出日期：2025年4月8日" in texts
    numbers = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float))]
    assert 300 in numbers and 2000 in numbers and 999.5 in numbers  # A04, C02 累计, C02 本月

    # A clerk corrects the file and sends it back.
    for row in ws.iter_rows():
        for c in row:
            if c.value == 300:
                c.value = 310
    wb.save(out)
    dry = run(county, "import", str(out), "--dry-run", "--templates", str(tmp_path / "none"))
    assert dry.returncode == 0, dry.stderr
    assert "1 changed" in dry.stdout or "1 个修改" in dry.stdout or "A04" in dry.stdout
    show = run(county, "show", "511921", "2025-03")
    assert " 300" in show.stdout  # nothing written by the dry run
    real = run(county, "import", str(out), "--templates", str(tmp_path / "none"))
    assert real.returncode == 0, real.stderr
    assert " 310" in run(county, "show", "511921", "2025-03").stdout


def test_errors_exit_2_with_a_clear_message(county: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    done = run(county, "import", str(bad), "--templates", str(tmp_path / "none"), lang="en")
    assert done.returncode == 2
    assert "bad.xlsx is damaged" in done.stdout + done.stderr
    done = run(county, "export", "--template", "nope", "--period", "2025-03", lang="en")
    assert done.returncode == 2 and "no Excel template" in done.stderr
    done = run(
        county, "export", "--template", "jx-county-quarterly", "--period", "2025Q1", lang="en"
    )
    assert done.returncode == 2 and "another province" in done.stderr
