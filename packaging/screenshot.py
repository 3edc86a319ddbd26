"""Screenshots of the main window with a demo county, for the README and for looking at.

Run under a real X server (Xvfb) so fonts and widgets render as on a desktop:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshot.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.app import build_main_window
from desktop_app.domain.periods import Period
from desktop_app.services.demo import fill_demo_county
from desktop_app.services.regions import RegionQueries
from desktop_app.services.store import open_sqlite_store
from desktop_app.ui.language import install_translators
from desktop_app.ui.settings import UserSettings
from desktop_app.ui.setup_dialog import SetupDialog

COUNTY = "511921"  # 通江县, the demo county


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        store = open_sqlite_store(Path(folder) / "demo.sqlite3")
        store.set_home_region(COUNTY, "通江县商务局")
        fill_demo_county(store.sessions, COUNTY)
        for language in ("zh_CN", "en"):
            install_translators(language)
            setup = SetupDialog(RegionQueries(store.sessions), UserSettings(language=language))
            setup.show()
            app.processEvents()
            setup.grab().save(str(out_dir / f"setup_dialog_{language}.png"))
            setup.close()
            install_translators(language)
            window = build_main_window(store, language)
            window.set_period(Period.month(2025, 6))
            window.show()
            app.processEvents()
            target = out_dir / f"main_window_{language}.png"
            window.grab().save(str(target))
            print(target)
            window.close()
        store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
