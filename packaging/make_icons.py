"""Render data/icons/frontdesk.svg to the PNG and ICO files the installers need.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "data" / "icons" / "frontdesk.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    render(256).save(str(ROOT / "packaging" / "linux" / "frontdesk.png"))
    render(256).save(str(ROOT / "packaging" / "windows" / "frontdesk.ico"))
    app.quit()


if __name__ == "__main__":
    main()
