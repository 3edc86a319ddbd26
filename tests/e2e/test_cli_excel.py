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


# --- imports that cannot land in the wrong place ----------------------------------------------------
def _export(county: Path, tmp_path: Path, template: str, region: str, period: str) -> Path:
    out = tmp_path / f"{template}.xlsx"
    done = run(
        county,
        "export",
        "--template",
        template,
        "--region",
        region,
        "--period",
        period,
        "-o",
        str(out),
        "--templates",
        str(tmp_path / "none"),
    )
    assert done.returncode == 0, done.stderr
    return out


def _import(county: Path, tmp_path: Path, path: Path, *args: str) -> tuple[int, str]:
    done = run(county, "import", str(path), *args, "--templates", str(tmp_path / "none"), lang="en")
    return done.returncode, done.stdout + done.stderr


def test_a_city_table_imported_for_another_prefecture_is_refused(
    county: Path, tmp_path: Path
) -> None:
    # Given 巴中市's county table in which the clerk raised 通江县's service points to 310
    assert run(county, "set", "511921", "A04", "2025-03", "300").returncode == 0
    path = _export(county, tmp_path, "sc-city-summary", "511900", "2025-03")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    row = next(r for r in range(10, 40) if ws[f"B{r}"].value == "511921")
    ws[f"C{row}"] = 310
    wb.save(path)
    # When it is imported for 南充市
    code, text = _import(county, tmp_path, path, "--region", "511300")
    # Then it is refused, saying where the rows belong, and nothing is written
    assert code == 2
    assert (
        "巴中市 (511900)" in text and "南充市 (511300)" in text and "Import it for 巴中市" in text
    )
    assert " 300" in run(county, "show", "511921", "2025-03").stdout
    # For 巴中市 itself it is stored
    code, text = _import(county, tmp_path, path, "--region", "511900")
    assert code == 0, text
    assert " 310" in run(county, "show", "511921", "2025-03").stdout


def test_a_jiangxi_form_imported_for_a_sichuan_region_is_refused(
    county: Path, tmp_path: Path
) -> None:
    path = _export(county, tmp_path, "jx-county-quarterly", "360702", "2025Q2")
    wb = load_workbook(path)
    ws = wb["表1 主要指标"]
    ws["F6"] = None  # no 行政区划代码 in the file
    ws["D14"] = 77  # A04
    wb.save(path)
    for region in ("511921", "511900"):
        code, text = _import(county, tmp_path, path, "--region", region)
        assert code == 2, text
        assert "江西省" in text and f"({region})" in text and "Nothing was imported" in text
    assert "77" not in run(county, "show", "511921", "2025Q2").stdout


def test_the_preview_lists_unread_cells_conflicts_and_silent_counties(
    county: Path, tmp_path: Path
) -> None:
    for month, text in (("2025-02", "1,000.50"), ("2025-03", "２０００")):
        assert run(county, "set", "511921", "C02", month, text).returncode == 0
    county_file = _export(county, tmp_path, "sc-county-monthly", "511921", "2025-03")
    wb = load_workbook(county_file)
    ws = wb.worksheets[0]
    assert ws["E31"].value == 2000 and ws["D31"].value == 999.5  # C02 累计, 本月
    ws["E31"] = 12000  # 累计 raised, 本月 left as it was
    wb.save(county_file)
    code, text = _import(county, tmp_path, county_file, "--dry-run")
    assert code == 0, text
    assert "changed 通江县 C02 year to date 川商电统1表!E31: 2,000.00 → 12,000.00" in text
    assert "conflict 通江县 C02 this period 川商电统1表!D31: 10,999.50 → 999.50" in text
    assert "the stored and imported values give 10,999.50" in text
    assert "0000" not in text.replace("12,000.00", "").replace("2,000.00", "")
    code, text = _import(county, tmp_path, county_file)
    assert code == 2 and "Nothing was imported" in text

    city_file = _export(county, tmp_path, "sc-city-summary", "511900", "2025-03")
    code, text = _import(county, tmp_path, city_file, "--dry-run")
    assert code == 0, text
    assert "not read 通江县 C02 this period 川商电统2表!G12: 999.50  Not read: Xianbao derives" in (
        text
    )
    for name in ("巴州区", "恩阳区", "南江县", "平昌县"):
        assert f"no figures The row of {name}" in text
    assert "no figures The row of 通江县" not in text
