"""Web links from a guide open in the system browser only after staff see the domain, with a warning when it
is not on the official allowlist (``data/agencies.yaml``): a citizen may be about to log in there.

The address is judged as the browser will read it (knowledge/links.py), and exactly that address is opened; a
link that hides where it goes (a user name before the host) shows in full, with the warning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.links import normalise_href, web_host

translate = QCoreApplication.translate  # a plain name lupdate recognises; the texts are the window's


def confirm_external_link(parent: QWidget, registry: AgencyRegistry, url: QUrl,
                          open_url: Callable[[QUrl], object]) -> QMessageBox:
    address = normalise_href(url.toString()) or url.toString()
    host = web_host(address) or address
    official = registry.is_official_url(address)
    url = QUrl(address)
    text = translate("MainWindow", "Lenken åpnes i nettleseren og går til:") + f"\n\n{host}\n"
    if not official:
        text += "\n" + translate("MainWindow", "Advarsel: dette er ikke et av de offentlige nettstedene på listen. "
                                 "Sjekk at det er riktig side før innbyggeren logger inn eller oppgir noe.")
    box = QMessageBox(QMessageBox.Icon.Information if official else QMessageBox.Icon.Warning,
                      translate("MainWindow", "Åpne lenke"), text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("linkConfirmation")
    box.setTextFormat(Qt.TextFormat.PlainText)
    accept = box.addButton(translate("MainWindow", "Åpne i nettleseren"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("MainWindow", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: button is accept and open_url(url))
    box.open()
    return box
