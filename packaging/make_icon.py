"""Render resources/icons/xianbao.svg to the icon files the packaging needs.

    .venv/bin/python packaging/make_icon.py

Writes resources/icons/xianbao.png (256 px, the window's icon where SVG cannot be read) and
resources/icons/xianbao.ico (16-256 px, the Windows executable's, the installer's and the Start
menu's icon). Qt renders the SVG (QtSvg, part of PySide6-Essentials); Pillow, which reportlab
already needs, writes the multi-size .ico. Run it again after changing the SVG and commit the
results: the build does not render anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return Image.frombuffer(
        "RGBA", (size, size), bytes(rgba.constBits()), "raw", "RGBA", rgba.bytesPerLine(), 1
    )


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "xianbao.svg"))
    if not renderer.isValid():
        print("resources/icons/xianbao.svg cannot be read", file=sys.stderr)
        return 1
    largest = render(renderer, SIZES[-1])
    largest.save(ICONS / "xianbao.png")
    # Each size rendered from the drawing, not scaled down from the largest: small sizes stay sharp.
    frames = [render(renderer, size) for size in SIZES]
    frames[-1].save(ICONS / "xianbao.ico", sizes=[(s, s) for s in SIZES], append_images=frames[:-1])
    del app
    print(
        f"wrote {ICONS / 'xianbao.png'} and {ICONS / 'xianbao.ico'} ({', '.join(map(str, SIZES))} px)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
