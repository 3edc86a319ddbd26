"""Saving a cell: one row per region × indicator × period, audited, refused with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop_app.domain.indicators import Basis
from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.domain.regions import RegionLevel
from desktop_app.domain.values import NA
from desktop_app.persistence.models import AuditRecord, ValueRecord
from desktop_app.persistence.repositories import RegionRepository
from desktop_app.services.store import Store
from desktop_app.services.values import ValueService

JAN = Period.month(2016, 1)


@pytest.fixture
def values(store: Store) -> ValueService:
    return ValueService(store.sessions, user="张三")


def test_value_service_saves_audits_and_clears(values: ValueService, store: Store) -> None:
    first = values.set_text("511921", "D02", JAN, "１，２３４")
    assert (first.old, first.new) == (None, Decimal(1234))
    second = values.set_text("511921", "D02", JAN, "无")
    assert second.new is NA
    third = values.set_text("511921", "D02", JAN, "")
    assert third.new is None
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ValueRecord)) == 0
        trail = session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()
    assert [(a.old_text, a.new_text) for a in trail] == [("", "1234"), ("1234", "无"), ("无", "")]
    assert {a.who for a in trail} == {"张三"}
    assert {a.source for a in trail} == {"typed"}


def test_value_service_unchanged_value_writes_no_audit(values: ValueService, store: Store) -> None:
    values.set_text("511921", "D02", JAN, "5")
    again = values.set_text("511921", "D02", JAN, "5.0")
    assert not again.changed
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == 1


@pytest.mark.parametrize(
    ("indicator", "text", "code"),
    [
        ("D02", "-1", "negative_value"),
        ("D02", "1.5", "count_not_integer"),
        ("C02", "1.234", "too_many_decimals"),
        ("D02", "abc", "not_a_number"),
        ("A07", "50", "computed_indicator"),
        ("ZZZ", "1", "unknown_indicator"),
    ],
)
def test_value_service_refuses_bad_input_and_writes_nothing(
    values: ValueService, store: Store, indicator: str, text: str, code: str
) -> None:
    with pytest.raises(DomainError) as caught:
        values.set_text("511921", indicator, JAN, text)
    assert caught.value.issue.code == code
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ValueRecord)) == 0
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == 0


def test_value_service_unknown_region(values: ValueService) -> None:
    with pytest.raises(DomainError) as caught:
        values.set_text("519999", "D02", JAN, "1")
    assert caught.value.issue.code == "unknown_region"


def test_value_service_stock_has_no_ytd_basis(values: ValueService) -> None:
    with pytest.raises(DomainError) as caught:
        values.set_text("511921", "A04", JAN, "1", basis=Basis.YTD)
    assert caught.value.issue.code == "stock_has_no_ytd"


def test_value_service_keeps_a_figure_at_one_level_per_branch(
    values: ValueService, store: Store
) -> None:
    with store.sessions.begin() as session:
        repo = RegionRepository(session)
        repo.add("511921100", "诺江镇", RegionLevel.TOWNSHIP, repo.require("511921"), "user")
    values.set_text("511921100", "D02", JAN, "10")
    with pytest.raises(DomainError) as caught:
        values.set_text("511921", "D02", JAN, "99")
    assert caught.value.issue.code == "entered_at_other_level"
    assert caught.value.issue.params["region"] == "511921100"
    with pytest.raises(DomainError):
        values.set_text("511900", "D02", JAN, "99")
    values.set_text("511922", "D02", JAN, "7")  # a sibling branch is independent


def test_value_database_enforces_one_row_per_cell(values: ValueService, store: Store) -> None:
    values.set_text("511921", "D02", JAN, "5")
    with store.sessions() as session:
        row = session.scalars(select(ValueRecord)).one()
        session.expunge(row)
        clone = ValueRecord(
            region_id=row.region_id,
            indicator_id=row.indicator_id,
            period=row.period,
            state="value",
            amount=Decimal(6),
            basis="own",
            source="typed",
            updated_at=row.updated_at,
            updated_by="x",
        )
        session.add(clone)
        with pytest.raises(IntegrityError):
            session.flush()


# --- one way to key a flow a year ------------------------------------------------------------------
def test_value_service_refuses_a_quarter_beside_months_of_the_same_year(store: Store) -> None:
    v = ValueService(store.sessions, user="t")
    v.set_text("511921", "D02", Period.month(2016, 1), "10")
    v.set_text("511921", "D02", Period.month(2016, 2), "12")
    with pytest.raises(DomainError) as refused:
        v.set_text("511921", "D02", Period.quarter(2016, 1), "40")
    assert refused.value.issue.code == "keyed_as_other_kind"
    assert refused.value.issue.params["existing"] == "2016-M01"
    assert refused.value.issue.params["count"] == 2
    # Another year, and another county, may key by quarter
    v.set_text("511921", "D02", Period.quarter(2017, 1), "40")
    v.set_text("511922", "D02", Period.quarter(2016, 1), "40")
    # Once the months are cleared, the quarter is accepted
    v.set_text("511921", "D02", Period.month(2016, 1), "")
    v.set_text("511921", "D02", Period.month(2016, 2), "")
    v.set_text("511921", "D02", Period.quarter(2016, 1), "40")


def test_value_service_refuses_own_figures_beside_year_to_date_ones(store: Store) -> None:
    v = ValueService(store.sessions, user="t")
    v.set_text("511921", "C02", Period.month(2016, 1), "100.00")  # 1-N月累计 (catalogue basis)
    with pytest.raises(DomainError) as refused:
        v.set_text("511921", "C02", Period.month(2016, 2), "30.00", basis=Basis.OWN)
    assert refused.value.issue.code == "keyed_as_ytd_already"
    v.set_text("511921", "C02", Period.month(2016, 2), "130.00")
    # Re-keying the only value of a year in the other basis changes the year's way
    v.set_text("511922", "C02", Period.month(2016, 1), "5.00")
    v.set_text("511922", "C02", Period.month(2016, 1), "5.00", basis=Basis.OWN)
    with pytest.raises(DomainError) as refused:
        v.set_text("511922", "C02", Period.month(2016, 2), "9.00")
    assert refused.value.issue.code == "keyed_as_own_already"


def test_value_service_keeps_a_year_at_one_level_of_a_branch(store: Store) -> None:
    with store.sessions.begin() as session:
        regions = RegionRepository(session)
        regions.add("511921001", "诺江镇", RegionLevel.TOWNSHIP, regions.require("511921"), "user")
    v = ValueService(store.sessions, user="t")
    v.set_text("511921001", "D02", Period.month(2016, 1), "10")
    # The county cannot key February itself while its township holds January
    with pytest.raises(DomainError) as refused:
        v.set_text("511921", "D02", Period.month(2016, 2), "10")
    assert refused.value.issue.code == "entered_at_other_level"
    v.set_text("511921", "D02", Period.month(2017, 2), "10")
