"""`xianbao report …` as a person runs it: a separate process on a real database file with the
demo county; the PDF it writes is read back."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, select

from desktop_app.domain.figures import display_figure
from desktop_app.domain.periods import Period
from desktop_app.persistence.models import IndicatorRecord, ValueRecord
from desktop_app.services.figures import FigureService
from desktop_app.services.store import open_sqlite_store
from tests.demo_county import DemoDatabase


def run(db: Path, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XIANBAO_DB": str(db), "XIANBAO_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def county(demo_county_db: DemoDatabase, tmp_path: Path) -> Path:
    """A copy of the session's demo county: 通江县 with two years of figures."""
    path = tmp_path / "xianbao.sqlite3"
    shutil.copy(demo_county_db.path, path)
    return path


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_cli_report_monthly_writes_the_summary(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "月报.pdf"
    done = run(county, "report", "monthly", "--period", "2025年3月", "-o", str(out))
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(out).pages)
    assert done.stdout.strip() == f"已生成 {out}（共 {pages} 页）。"
    text = text_of(out)
    assert "通江县电子商务发展情况月报（2025年3月）" in text
    store = open_sqlite_store(county)
    try:
        figures = FigureService(store.sessions).figures("511921", Period.month(2025, 3))
    finally:
        store.close()
    c02 = figures.by_code()["C02"]
    assert c02.indicator.name_zh in text
    assert display_figure(c02.figures.cumulative, 2) in text
    assert f"第 {pages} 页 共 {pages} 页" in text


@pytest.mark.parametrize(
    ("kind", "region", "title"),
    [
        ("city", "511900", "巴中市电子商务发展情况月报（2025年3月）"),
        ("blank", "511921", "农村电子商务发展情况月报表"),
        ("completeness", "511921", "通江县报表报送情况（2025年3月）"),
    ],
)
def test_cli_report_other_kinds(
    county: Path, tmp_path: Path, kind: str, region: str, title: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    done = run(county, "report", kind, "--region", region, "--period", "2025-03", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert title in text_of(out)


def test_cli_report_in_english(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "monthly.pdf"
    done = run(county, "report", "monthly", "--period", "2025-03", "-o", str(out), lang="en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote ")
    text = text_of(out)
    assert "e-commerce development monthly report (Mar 2025)" in text
    assert "Online retail" in text


def test_cli_report_refuses_a_cff_font_and_writes_nothing(county: Path, tmp_path: Path) -> None:
    font = tmp_path / "NotoSansCJK-Regular.otf"
    font.write_bytes(b"OTTO" + struct.pack(">HHHH", 1, 16, 0, 0) + b"CFF " + bytes(12))
    out = tmp_path / "月报.pdf"
    done = run(
        county, "report", "monthly", "--period", "2025-03", "-o", str(out), "--font", str(font)
    )
    assert done.returncode == 2
    assert "CFF" in done.stderr and "msyh.ttc" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("city", "--region", "511921"), "不是市（州）或省"),
        (("monthly", "--region", "519999"), "没有代码为 519999 的行政区划"),
        (("monthly", "--region", "511921", "--period", "明年"), "不是有效的报告期"),
    ],
)
def test_cli_report_errors_are_clear_and_fail(
    county: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "x.pdf"
    extra = () if "--period" in args else ("--period", "2025-03")
    done = run(county, "report", *args, *extra, "-o", str(out))
    assert done.returncode == 2
    assert message in done.stderr
    assert not out.exists()


def test_cli_report_monthly_of_a_county_without_one_trend_indicator(
    county: Path, tmp_path: Path
) -> None:
    # Given a county that keys 网络零售额 (C02) but never 电子商务交易额 (C01)
    store = open_sqlite_store(county)
    try:
        with store.sessions.begin() as session:
            c01 = select(IndicatorRecord.id).where(IndicatorRecord.code == "C01")
            session.execute(delete(ValueRecord).where(ValueRecord.indicator_id.in_(c01)))
    finally:
        store.close()
    # When its monthly summary is printed (it once failed: "Polyline must have 2 or more points")
    out = tmp_path / "月报.pdf"
    done = run(county, "report", "monthly", "--period", "2025-03", "-o", str(out))
    # Then it is written, its trend drawing 网络零售额 and not 电子商务交易额
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    chart = text[text.index("近12个月主要指标走势") :]
    assert "网络零售额" in chart.splitlines()
    assert "电子商务交易额" not in chart.splitlines()
    assert "电子商务交易额" in text  # its row in the table, all dashes
