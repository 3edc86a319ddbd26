"""Figures of a county and of its prefecture as a roll-up, from a real SQLite file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.indicators import Basis
from desktop_app.domain.periods import Period
from desktop_app.services.figures import FigureService
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

D = Decimal


@pytest.fixture
def keyed(store: Store) -> Store:
    v = ValueService(store.sessions, user="t")
    # 通江县 keys retail as 1-N月累计 (the catalogue's basis), 南江县 as monthly own figures.
    for month, ytd in [(1, "100.00"), (2, "250.00"), (3, "400.00")]:
        v.set_text("511921", "C02", Period.month(2016, month), ytd)
    for month, own in [(1, "10.00"), (2, "20.00"), (3, "30.00")]:
        v.set_text("511922", "C02", Period.month(2016, month), own, basis=Basis.OWN)
    for month, ytd in [(1, "80.00"), (2, "200.00"), (3, "320.00")]:
        v.set_text("511921", "C02", Period.month(2015, month), ytd)
    # Coverage: 40 of 50 villages and 10 of 150.
    for code, covered, total in [("511921", "40", "50"), ("511922", "10", "150")]:
        v.set_text(code, "A05", Period.month(2016, 3), covered)
        v.set_text(code, "A06", Period.month(2016, 3), total)
    v.set_text("511921", "D02", Period.month(2016, 3), "无")
    return store


def test_figure_service_county_month(keyed: Store) -> None:
    result = FigureService(keyed.sessions).figures("511921", Period.month(2016, 3))
    c02 = result.by_code()["C02"].figures
    assert (c02.current, c02.cumulative) == (D("150.00"), D("400.00"))
    assert (c02.last_year, c02.last_year_cumulative) == (D("120.00"), D("320.00"))
    assert (c02.yoy, c02.yoy_cumulative) == (D("25.0"), D("25.0"))
    assert result.by_code()["A07"].figures.current == D("80.0")
    assert str(result.by_code()["D02"].figures.current) == "无"
    assert [r.indicator.code for r in result.rows][:3] == ["A01", "A02", "A03"]


def test_figure_service_prefecture_rolls_up_mixed_keying(keyed: Store) -> None:
    result = FigureService(keyed.sessions).figures("511900", Period.month(2016, 3))
    c02 = result.by_code()["C02"]
    # 通江 150 + 南江 30 this month; 400 + 60 year to date.
    assert (c02.figures.current, c02.figures.cumulative) == (D("180.00"), D("460.00"))
    assert c02.reporting == 2
    # Ratio recomputed from parts: (40 + 10) / (50 + 150) = 25.0%, not (80% + 6.7%) / 2.
    assert result.by_code()["A07"].figures.current == D("25.0")


def test_figure_service_province_quarter(keyed: Store) -> None:
    result = FigureService(keyed.sessions).figures("510000", Period.quarter(2016, 1))
    c02 = result.by_code()["C02"].figures
    assert c02.current == D("460.00")
    assert c02.last_year == D("320.00")  # only 通江 reported last year
    # 同比 compares like with like: 通江 alone, the one county with both years (400 vs 320).
    assert c02.yoy == D("25.0")
    row = result.by_code()["C02"]
    assert row.coverage["current"].label == "1/21"  # 巴中市 alone of Sichuan's 21 prefectures
    assert not row.coverage["current"].complete
    assert "成都市" in row.coverage["current"].missing


def test_figure_service_flags_falling_year_to_date(store: Store) -> None:
    v = ValueService(store.sessions, user="t")
    v.set_text("511921", "C02", Period.month(2016, 1), "100.00")
    v.set_text("511921", "C02", Period.month(2016, 2), "90.00")
    feb = FigureService(store.sessions).figures("511921", Period.month(2016, 2))
    issues = feb.by_code()["C02"].issues
    assert [(i.code, i.params["month"]) for i in issues] == [("ytd_falls", "2016-M02")]
    jan = FigureService(store.sessions).figures("511921", Period.month(2016, 1))
    assert jan.by_code()["C02"].issues == ()


def test_figures_below_equal_each_region_asked_alone(keyed: Store) -> None:
    service = FigureService(keyed.sessions)
    march = Period.month(2016, 3)
    codes = ["511902", "511921", "511922"]
    below = service.figures_below("511900", march, codes)
    assert sorted(below) == codes
    for code in codes:
        alone = service.figures(code, march).by_code()
        for ind_code, row in below[code].items():
            assert row.figures == alone[ind_code].figures, (code, ind_code)
            assert row.coverage == alone[ind_code].coverage
            assert row.target == alone[ind_code].target
