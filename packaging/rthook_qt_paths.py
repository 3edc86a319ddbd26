"""PyInstaller run-time hook, in place of PyInstaller's own for PySide6 (packaging/xianbao.spec).

PyInstaller's hook imports QtCore as the bundle starts, for every command, to register a qt.conf
that PySide6's wheels already register themselves (libpyside6 embeds one pointing at its own Qt
folder). Loading QtCore and ICU costs about 0.4 s on an office PC: `xianbao show`, `xianbao
--self-test` and the other commands do not need Qt before they use it. This hook only tells Qt
where the bundle keeps its plugins, as PyInstaller's does, and leaves Qt unloaded until the
program imports it.
"""

import os
import sys


def _point_qt_at_the_bundle() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is None:
        return
    # The wheel's layout, kept in the bundle (Linux and macOS; the spec keeps PyInstaller's own
    # hook on Windows, where the wheel's layout differs).
    os.environ["QT_PLUGIN_PATH"] = os.path.join(bundle, "PySide6", "Qt", "plugins")


_point_qt_at_the_bundle()
