"""The xianbao command as a person runs it: a separate process on a real database file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.e2e.conftest import Initialised


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


#: The county the command-line tests keep: `xianbao init` with these arguments.
COUNTY_INIT = ("--region", "511921", "--bureau", "通江县商务局")


@pytest.fixture
def county(initialised: Initialised, tmp_path: Path) -> Path:
    """tmp_path/xianbao.sqlite3 as `xianbao init COUNTY_INIT` leaves it (run once, copied)."""
    done = initialised.output(*COUNTY_INIT)
    assert done.returncode == 0, done.stderr
    assert "通江县" in done.stdout
    return initialised.copy(tmp_path, *COUNTY_INIT)


def test_cli_init_regions_and_indicators(county: Path) -> None:
    regions = run(county, "regions", "--under", "511900")
    assert regions.returncode == 0
    assert "511921  通江县" in regions.stdout
    assert "共 5 个区划" in regions.stdout
    indicators = run(county, "indicators")
    assert "村级电子商务服务点" in indicators.stdout
    assert "流量" in indicators.stdout


def test_cli_set_and_show_county_and_prefecture(county: Path) -> None:
    for args in [
        ("511921", "D02", "2016年1月", "１，２００"),
        ("511921", "D02", "2016-02", "300"),
        ("511921", "D02", "2015-02", "250"),
        ("511922", "D02", "2016-02", "100"),
    ]:
        done = run(county, "set", *args)
        assert done.returncode == 0, done.stderr
    shown = run(county, "show", "511921", "2016-02")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    header = next(line for line in lines if line.startswith("代码"))
    for column in ["本月", "1-本月累计", "上年同期", "同比(%)"]:
        assert column in header
    county_part, prefecture_part = shown.stdout.split("汇总：")
    d02 = next(line for line in county_part.splitlines() if line.startswith("D02"))
    assert d02.split()[3:8] == ["300", "1,500", "250", "—", "20.0"]
    assert "巴中市（511900）2016年2月" in prefecture_part
    d02_city = next(line for line in prefecture_part.splitlines() if line.startswith("D02"))
    # 南江县 has no January: its 1-2月累计 is unknown, so the prefecture's is 通江县's alone,
    # marked and explained (not 1,600 with 南江县's February counted as its year to date).
    assert d02_city.split()[3:5] == ["400*", "1,500*"]
    assert d02_city.split()[-1] == "2/5"
    note = next(line for line in prefecture_part.splitlines() if line.startswith("* D02:"))
    assert note.startswith("* D02: 本月 2/5（缺：巴州区、恩阳区、平昌县）")
    assert "1-本月累计 1/5（缺：巴州区、恩阳区、南江县、平昌县）" in note


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set", "519999", "D02", "2016-01", "1"), "没有代码为 519999 的行政区划"),
        (("set", "511921", "Z99", "2016-01", "1"), "没有代码为 Z99 的指标"),
        (("set", "511921", "D02", "2016-13", "1"), "第 13 个"),
        (("set", "511921", "D02", "明年", "1"), "不是有效的报告期"),
        (("set", "511921", "D02", "2016-01", "12a"), "不是数字"),
        (("set", "511921", "D02", "2016-01", "-3"), "不能为负数"),
        (("show", "519999", "2016-01"), "没有代码为 519999 的行政区划"),
    ],
)
def test_cli_errors_are_clear_and_fail(county: Path, args: tuple[str, ...], message: str) -> None:
    done = run(county, *args)
    assert done.returncode != 0
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_speaks_english_when_asked(county: Path) -> None:
    done = run(county, "set", "511921", "D02", "2016-01", "x", lang="en")
    assert "is not a number" in done.stderr


def test_cli_refuses_a_damaged_database(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"\x00garbage" * 1000)
    done = run(broken, "regions")
    assert done.returncode == 2
    assert "不是县报数据库或无法读取" in done.stderr
