"""Ctrl++ / Ctrl+- / Ctrl+0: scale the whole app's font, remembered in settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

MIN_SCALE, MAX_SCALE, STEP = 0.75, 2.0, 0.1


class FontZoom:
    def __init__(self, app: QApplication, scale: float, save: Callable[[float], None]) -> None:
        self._app = app
        self._base = app.font().pointSizeF()
        self._save = save
        self.scale = 1.0
        self.apply(scale, persist=False)

    def apply(self, scale: float, *, persist: bool = True) -> None:
        self.scale = round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)
        font = self._app.font()
        font.setPointSizeF(self._base * self.scale)
        self._app.setFont(font)
        if persist:
            self._save(self.scale)

    def zoom_in(self) -> None:
        self.apply(self.scale + STEP)

    def zoom_out(self) -> None:
        self.apply(self.scale - STEP)

    def reset(self) -> None:
        self.apply(1.0)

    def restore_base(self) -> None:
        """Put the app font back as found (the window is closing; tests build many windows in one app)."""
        font = self._app.font()
        font.setPointSizeF(self._base)
        self._app.setFont(font)
