"""The program's icon: the window's, and the Windows executable's and installer's."""

from __future__ import annotations

from PIL import Image

from pytestqt.qtbot import QtBot

from desktop_app.paths import resources_dir
from desktop_app.ui.app_icon import application_icon


def test_app_icon_is_read_and_drawn(qtbot: QtBot) -> None:
    icon = application_icon()
    assert not icon.isNull()
    image = icon.pixmap(32, 32).toImage()
    assert (image.width(), image.height()) == (32, 32)
    # The red sheet's corner and the white page's middle: the drawing, not an empty pixmap.
    assert image.pixelColor(3, 16).red() > 150 and image.pixelColor(3, 16).green() < 80
    middle = image.pixelColor(16, 9)
    assert min(middle.red(), middle.green(), middle.blue()) > 200


def test_app_icon_windows_file_holds_every_size_explorer_asks_for() -> None:
    # packaging/xianbao.spec gives the executable this file, packaging/xianbao.iss the installer.
    with Image.open(resources_dir() / "icons" / "xianbao.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
