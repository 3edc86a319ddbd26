"""Round trip: export → import gives back exactly the stored values, for every shipped template."""

from __future__ import annotations

import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.indicators import Basis, Indicator, Temporal
from desktop_app.domain.periods import Period
from desktop_app.exporting.excel.mapping import Measure, TemplateMapping
from desktop_app.persistence.repositories import (
    IndicatorRepository,
    RegionRepository,
    ValueRepository,
)
from desktop_app.services.excel_returns import Change, ExcelReturns
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import CellInput, ValueService
from tests.exporting.excel_support import PERIOD_OF, region_for, shipped_template_ids


def carried_measure(ind: Indicator, period: Period) -> tuple[Measure, ...]:
    """The columns that carry what the store keeps (the spec of import, written independently)."""
    if ind.temporal is Temporal.STOCK:
        return (Measure.CURRENT,)
    keyed = Measure.CUMULATIVE if ind.entry_basis is Basis.YTD else Measure.CURRENT
    if period.start_month == 1:
        return (keyed, Measure.CURRENT, Measure.CUMULATIVE)
    return (keyed,)


def carried(mapping: TemplateMapping, store: Store, period: Period) -> dict[str, Indicator]:
    """Indicators whose stored value the template writes and reads back."""
    with store.sessions() as session:
        inds = {r.indicator.code: r.indicator for r in IndicatorRepository(session).active()}
    mapped: dict[str, set[Measure]] = {}
    for sheet in mapping.sheets:
        cells = [(v.indicator, v.measure) for v in sheet.values]
        if sheet.table is not None:
            cells += [(c.indicator, c.measure) for c in sheet.table.columns]
        for code, measure in cells:
            mapped.setdefault(code, set()).add(measure)
    return {
        code: inds[code]
        for code, measures in mapped.items()
        if not inds[code].is_computed and measures & set(carried_measure(inds[code], period))
    }


def value_text(ind: Indicator) -> st.SearchStrategy[str]:
    if ind.scale == 0:
        number = st.integers(min_value=0, max_value=10**7).map(str)
    else:
        number = st.decimals(
            min_value=0, max_value=10**7, places=ind.scale, allow_nan=False, allow_infinity=False
        ).map(lambda d: format(d, "f"))
    return st.one_of(number, st.just("无"))


def stored(
    store: Store, regions: list[str], codes: list[str], period: Period
) -> dict[tuple[str, str], tuple[str, Decimal | None, str]]:
    out = {}
    with store.sessions() as session:
        for region in regions:
            record = RegionRepository(session).require(region)
            for code in codes:
                ind = IndicatorRepository(session).require(code)
                value = ValueRepository(session).get(record.id, ind.id, period)
                if value is not None:
                    out[(region, code)] = (value.state, value.amount, value.basis)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("template_id", shipped_template_ids())
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_export_then_import_gives_back_the_stored_values(
    prepared_db: Path, template_id: str, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        shutil.copy(prepared_db, here / "a.sqlite3")
        shutil.copy(prepared_db, here / "b.sqlite3")
        source, target = (
            open_sqlite_store(here / "a.sqlite3"),
            open_sqlite_store(here / "b.sqlite3"),
        )
        try:
            service = ExcelReturns(source.sessions)
            template = service.template(template_id)
            period = PERIOD_OF[template_id]
            region = region_for(template.mapping)
            is_table = any(s.table is not None for s in template.mapping.sheets) and not any(
                s.values for s in template.mapping.sheets
            )
            regions = (
                [r.code for r in RegionQueries(source.sessions).children(region)]
                if is_table
                else [region]
            )
            inds = carried(template.mapping, source, period)
            assert len(inds) >= 5
            cells = []
            for code in regions:
                for ind in inds.values():
                    text = data.draw(
                        st.one_of(st.none(), value_text(ind)), label=f"{code} {ind.code}"
                    )
                    if text is not None:
                        cells.append(CellInput(code, ind.code, period, text))
            _changes, refused = ValueService(source.sessions).set_many(cells, source="typed")
            assert refused == []
            path = service.export(template_id, region, period, here)

            result = ExcelReturns(target.sessions).import_path(path)
            outcome = result.outcomes[0]
            assert outcome.error is None, outcome.error
            assert outcome.preview is not None
            assert outcome.preview.of(Change.CONFLICT) == []
            assert outcome.written == len(cells)

            codes = sorted(inds)
            assert stored(target, regions, codes, period) == stored(source, regions, codes, period)
            again = ExcelReturns(target.sessions).preview(path)
            assert again.writes == []  # a second import changes nothing
        finally:
            source.close()
            target.close()
