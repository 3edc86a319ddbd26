"""`xianbao report monthly|city|blank|completeness`: printable reports as PDF, without a window.

xianbao report monthly --region 511921 --period 2025-03 -o 月报.pdf [--font PATH]
xianbao report city --region 511900 --period 2025-03 -o 巴中市.pdf
xianbao report blank --region 511921 --period 2025-04 -o 空白表.pdf
xianbao report completeness --region 511921 --period 2025-03 -o 报送情况.pdf [--deadline DATE]
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from desktop_app.services.store import Store

EXIT_USAGE = 2  # as the other commands: a refusal, with its message on stderr
KINDS = ("monthly", "city", "blank", "completeness")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def add_report_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the `report` sub-command to the parser's sub-parsers."""
    report: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="write a printable report as PDF (monthly summary, city report, blank form, "
        "completeness)",
    )
    report.add_argument(
        "kind",
        choices=KINDS,
        help="monthly: 月度汇总 of a region; city: a prefecture's or province's report with its "
        "counties ranked; blank: paper forms for townships; completeness: who has submitted",
    )
    report.add_argument("--region", help="region code (default: the home county)")
    report.add_argument("--period", required=True, help="e.g. 2025-03 or 2025年3月")
    report.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    report.add_argument(
        "--font", help="a Chinese TrueType font (.ttf/.ttc), e.g. C:\\Windows\\Fonts\\msyh.ttc"
    )
    report.add_argument(
        "--deadline",
        type=_date,
        help="completeness: returns are due by this date (default: the 10th of the next month)",
    )
    report.add_argument(
        "--as-of", type=_date, help="completeness: the date of the report (default: today)"
    )
    return report


def run_report(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    """Write the report; 0 on success, 2 with the translated message on a refusal."""
    # Imported here: building the parser must stay light for the GUI's start-up.
    from desktop_app.domain.issues import DomainError
    from desktop_app.domain.periods import Period
    from desktop_app.i18n import issue_message, translate
    from desktop_app.services.figures import FigureService
    from desktop_app.services.reports import ReportService

    language = getattr(args, "lang", None) or os.environ.get("XIANBAO_LANG") or "zh_CN"
    try:
        region = args.region or store.home_region()
        if region is None:
            raise DomainError.of("no_home_region")
        period = Period.parse(args.period)
        service = ReportService(
            store.sessions,
            language=language,
            font_path=args.font,
            figures=FigureService(store.sessions, access=store.access),
        )
        output = Path(args.output)
        if args.kind == "monthly":
            result = service.monthly_summary(region, period, output)
        elif args.kind == "city":
            result = service.city_report(region, period, output)
        elif args.kind == "blank":
            result = service.blank_forms(region, period, output)
        else:
            result = service.completeness(region, period, output, args.deadline, args.as_of)
    except DomainError as exc:
        print(issue_message(exc.issue), file=sys.stderr)
        return EXIT_USAGE
    out.write(
        translate("Cli", "Wrote {path} ({pages} pages).").format(
            path=result.path, pages=result.pages
        )
        + "\n"
    )
    return 0
