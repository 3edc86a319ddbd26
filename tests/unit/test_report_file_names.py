"""Report file names speak the clerk's language: 通江县_月度汇总_2025年12月.pdf, not
通江县_summary_2025-M12.pdf."""

from __future__ import annotations

import pytest

from desktop_app.domain.periods import Period
from desktop_app.services.reports import report_file_name


@pytest.mark.parametrize(
    ("report", "region", "period", "language", "expected"),
    [
        ("summary", "通江县", Period.month(2025, 12), "zh_CN", "通江县_月度汇总_2025年12月.pdf"),
        ("summary", "巴中市", Period.month(2025, 3), "zh_CN", "巴中市_月度汇总_2025年3月.pdf"),
        ("forms", "通江县", Period.month(2025, 4), "zh_CN", "通江县_空白报表_2025年4月.pdf"),
        (
            "completeness",
            "通江县",
            Period.quarter(2025, 1),
            "zh_CN",
            "通江县_报送情况_2025年第一季度.pdf",
        ),
        ("summary", "通江县", Period.month(2025, 12), "en", "通江县_monthly_summary_2025-12.pdf"),
        ("forms", "通江县", Period.half_year(2025, 2), "en", "通江县_blank_forms_2025-H2.pdf"),
        ("completeness", "通江县", Period.whole_year(2025), "en", "通江县_completeness_2025.pdf"),
        # characters Windows refuses in a file name are replaced
        ("summary", 'A/B:C"D', Period.month(2025, 1), "zh_CN", "A_B_C_D_月度汇总_2025年1月.pdf"),
    ],
)
def test_report_file_name_in_the_clerks_language(
    report: str, region: str, period: Period, language: str, expected: str
) -> None:
    assert report_file_name(report, region, period, language) == expected
