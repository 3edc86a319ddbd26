"""The program's icon on its windows and the taskbar (resources/icons; packaging/make_icon.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.paths import resources_dir


def application_icon() -> QIcon:
    """The icon rendered from resources/icons/xianbao.svg. The PNG, not the SVG: Qt reads PNG
    without loading an image-format plugin, so the first frame does not wait for one. A null icon
    (the file missing from a damaged installation) leaves Qt's default, which is harmless."""
    return QIcon(str(resources_dir() / "icons" / "xianbao.png"))
