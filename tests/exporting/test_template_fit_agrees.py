"""Template fit is one rule: the templates the Reports menu offers for a region and period
(ExcelReturns.fitting_templates) are exactly those export does not refuse as not made for them.

Each case is a copy of the shipped Sichuan county form saved as the clerk's own template, with
its levels, province, years or kind of period changed; the export is a real workbook written.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from desktop_app.domain.issues import DomainError
from desktop_app.domain.periods import Period
from desktop_app.services.excel_returns import ExcelReturns, shipped_templates_dir
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import Store

SHIPPED = "sc_county_monthly_样表"
MARCH = Period.month(2025, 3)
Q1 = Period.quarter(2025, 1)
WHOLE = '["county", "prefecture"]'


def own_template(folder: Path, case: str, levels: str, province: str, years: str, kind: str) -> str:
    """The shipped county form under the id `case`, with the header keys given (TOML text)."""
    text = (shipped_templates_dir() / f"{SHIPPED}.toml").read_text(encoding="utf-8")
    for key, value in (
        ("id", f'"{case}"'),
        ("levels", levels),
        ("province", f'"{province}"'),
        ("years", years),
        ("period_kind", f'"{kind}"'),
    ):
        text, count = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", text, count=1)
        assert count == 1, key
    (folder / f"{case}.toml").write_text(text, encoding="utf-8")
    workbook = folder / f"{SHIPPED}.xlsx"
    if not workbook.exists():
        shutil.copy(shipped_templates_dir() / workbook.name, workbook)
    return case


# (levels, province, years, kind of period, region, period, the refusal expected or None)
CASES = [
    (WHOLE, "51", "[2024, 2026]", "month", "511921", MARCH, None),
    (WHOLE, "51", "[2024, 2026]", "month", "511900", MARCH, None),  # 巴中市, a prefecture
    (WHOLE, "51", "[2024, 2026]", "month", "360102", MARCH, "template_wrong_province"),
    (WHOLE, "", "[2024, 2026]", "month", "360102", MARCH, None),  # any province
    (WHOLE, "51", "[2024, 2026]", "month", "510000", MARCH, "template_wrong_level"),
    ('["prefecture"]', "51", "[2024, 2026]", "month", "511921", MARCH, "template_wrong_level"),
    ("[]", "51", "[2024, 2026]", "month", "511921", MARCH, None),  # no levels: any level
    ("[]", "51", "[2024, 2026]", "month", "510000", MARCH, None),
    (WHOLE, "51", "[2024, 2024]", "month", "511921", MARCH, "template_wrong_period"),
    (WHOLE, "51", "[2026, 2027]", "month", "511921", MARCH, "template_wrong_period"),
    (WHOLE, "51", "[2024, 2026]", "month", "511921", Q1, "template_wrong_period"),
    (WHOLE, "51", "[2024, 2026]", "quarter", "511921", MARCH, "template_wrong_period"),
    (WHOLE, "51", "[2024, 2026]", "quarter", "511921", Q1, None),
]


def test_template_fit_menu_list_and_export_refusal_agree(store: Store, tmp_path: Path) -> None:
    # Given one of the clerk's own templates per case, in one folder
    folder, out = tmp_path / "templates", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    ids = [own_template(folder, f"case-{n}", *case[:4]) for n, case in enumerate(CASES)]
    service = ExcelReturns(store.sessions, [folder])
    regions = RegionQueries(store.sessions)
    assert not service.refused_templates()
    for template_id, (*_header, code, period, expected) in zip(ids, CASES, strict=True):
        region = regions.get(code)
        # When the menu lists the templates for the region and period, and export is asked
        offered = template_id in {t.id for t in service.fitting_templates(region, period)}
        try:
            written = service.export(template_id, code, period, out / template_id)
        except DomainError as exc:
            refusal: str | None = exc.issue.code
        else:
            refusal = None
            assert written.is_file()
        # Then the menu offers the template exactly when export writes it
        assert refusal == expected, (template_id, code, period.code)
        assert offered is (refusal is None), (template_id, code, period.code)
