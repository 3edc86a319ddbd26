"""Screenshots of the main window with a demo county, for the README and for looking at.

Run under a real X server (Xvfb) so fonts and widgets render as on a desktop:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshot.py docs/screenshots
"""

from __future__ import annotations

import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.i18n import install_translators
from desktop_app.services.store import Store, open_sqlite_store
from desktop_app.services.values import ValueService

COUNTY = "511921"  # 通江县
NEIGHBOUR = "511922"  # 南江县
STOCKS = {
    "A01": 1,
    "A02": 1,
    "A03": 20,
    "A04": 180,
    "A04.1": 60,
    "A05": 170,
    "A06": 236,
    "A08": 35,
    "A09": 230,
    "B01": 2,
    "B03": 45,
    "B04": 1200,
}
FLOWS = {"C02": Decimal("850.00"), "C02.1": Decimal("420.00"), "D01": 3, "D02": 260, "D03": 40}


def fill_demo(store: Store, code: str, seed: int) -> None:
    rng = random.Random(seed)
    values = ValueService(store.sessions, user="demo")
    for year in (2015, 2016):
        ytd: dict[str, Decimal] = {}
        for month in range(1, 13):
            period = Period.month(year, month)
            for indicator, base in STOCKS.items():
                grown = int(
                    base * (1 + 0.01 * (month + 12 * (year - 2015))) * rng.uniform(0.95, 1.0)
                )
                values.set_text(code, indicator, period, str(grown), source="imported")
            for indicator, base in FLOWS.items():
                amount = Decimal(base) * Decimal(str(round(rng.uniform(0.7, 1.3), 2)))
                amount *= Decimal("1.2") if year == 2016 else 1
                if indicator.startswith("C"):
                    ytd[indicator] = ytd.get(indicator, Decimal(0)) + amount.quantize(
                        Decimal("0.01")
                    )
                    text = str(ytd[indicator])  # keyed as 1-N月累计, as platforms report it
                else:
                    text = str(int(amount))
                values.set_text(code, indicator, period, text, source="imported")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        store = open_sqlite_store(Path(folder) / "demo.sqlite3")
        store.set_home_region(COUNTY, "通江县商务局")
        fill_demo(store, COUNTY, 1)
        fill_demo(store, NEIGHBOUR, 2)
        for language in ("zh_CN", "en"):
            install_translators(language)
            window = build_main_window(store, language)
            window.set_period(Period.month(2016, 6))
            window.show()
            app.processEvents()
            target = out_dir / f"main_window_{language}.png"
            window.grab().save(str(target))
            print(target)
            window.close()
        store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
