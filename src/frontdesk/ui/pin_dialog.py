"""The supervisor PIN prompt every supervisor action goes through (retention change, guide-pack import).

Without a PIN set, supervisor actions are open, as on the command line (a one-person counter needs none).
The guard does the checking and rate limiting; its PinError text is shown as is and the dialog stays open for
another try. Opened with ``open()`` (window-modal, never a nested event loop), so the action runs from
``accepted`` and tests can drive the dialog like a user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from frontdesk.supervisor import PinError, SupervisorGuard


class PinDialog(QDialog):
    def __init__(self, guard: SupervisorGuard, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guard = guard
        self.setObjectName("supervisorPin")
        self.setWindowTitle(self.tr("Leder-PIN"))
        self.setMinimumWidth(420)  # room for the reason and the guard's messages on one or two lines
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Leder-PIN"))
        self.pin.setPlaceholderText(self.tr("Leder-PIN"))
        # Digits only (the guard refuses anything else anyway); the limit stops pasted text, not real PINs.
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,32}", self.pin))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Avbryt"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self) -> None:
        """Accept when the guard accepts the PIN; otherwise show its message and let the user try again."""
        try:
            self._guard.verify(self.pin.text())
        except PinError as error:
            self.error.setText(self._describe(error))
            self.error.show()
            self.pin.clear()
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    def _describe(self, error: PinError) -> str:
        """The guard's error in the UI language (its own text is bokmål only)."""
        if error.kind == "wrong":
            return self.tr("Feil PIN-kode.")
        if error.kind == "locked":
            return self.tr("For mange feil forsøk. Prøv igjen om %n sekunder.", "", error.seconds)
        if error.kind == "no_pin":
            return self.tr("Ingen leder-PIN er satt.")
        return str(error)


def with_supervisor_pin(guard: SupervisorGuard, parent: QWidget, reason: str,
                        action: Callable[[], object]) -> PinDialog | None:
    """Run ``action`` now when no PIN is set; else after the right PIN. Returns the open dialog, if any."""
    if not guard.has_pin:
        action()
        return None
    dialog = PinDialog(guard, reason, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: action())
    dialog.open()
    return dialog
